# Sourced by scripts/demo and scripts/check: makes a virtualenv with Parley and its
# dependencies, reused while pyproject.toml is unchanged. Needs only python3 (>= 3.11).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extras="${1:-}"
# One virtualenv per clone and version of pyproject.toml: the install is editable, so
# two clones sharing one would import each other's code.
stamp="$( (cat "$root/pyproject.toml"; echo "$extras"; echo "$root") | sha256sum | cut -c1-16)"
venv="${PARLEY_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/parley/venv-$stamp}"
if [ ! -x "$venv/bin/python" ] || [ ! -f "$venv/.complete" ]; then
    echo "parley: setting up $venv (first run only)" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet -e "$root${extras:+[$extras]}" >&2
    touch "$venv/.complete"
fi
export PATH="$venv/bin:$PATH"
# The web UI's browser libraries (htmx, Chart.js, Pico CSS) come from npm, pinned by the
# committed package-lock.json; reinstalled whenever the lock file changes.
web="$root/src/parley/web"
if [ ! -f "$web/node_modules/.package-lock.json" ] \
    || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    echo "parley: installing the web UI's libraries (npm ci)" >&2
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
# The browser tests drive Debian's Chromium; as root, install it when missing.
if [ "$extras" = "dev" ] && ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "parley: installing chromium for the browser tests (apt-get)" >&2
    apt-get install -y -q chromium >&2 || { apt-get update -q >&2 && apt-get install -y -q chromium >&2; }
fi
cd "$root"
