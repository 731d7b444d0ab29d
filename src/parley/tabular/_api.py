"""read_table and write_table: pick the format by the file's suffix."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from parley.errors import InputError, Problem
from parley.tabular._csv import read_csv, write_csv
from parley.tabular._table import Progress, Table
from parley.tabular._xlsx import read_xlsx, write_xlsx

SUFFIXES = (".csv", ".xlsx")


def read_table(path: Path, *, sheet: str | None = None, progress: Progress | None = None) -> Table:
    """Read a CSV or XLSX table; header is row 1, blank rows are skipped.

    `sheet` names an XLSX sheet (default: the first). `progress`, if given, is called
    with the number of rows read so far every 1,000 rows. Raises InputError listing
    every problem found, each naming the file and, where there is one, row and field.
    """
    file = str(path)
    suffix = _suffix(path)
    if not path.is_file():
        raise InputError(Problem("no such file", file))
    if suffix == ".csv" and sheet is not None:
        raise InputError(Problem("a CSV file has no sheets", file, value=sheet))
    try:
        if suffix == ".xlsx":
            return read_xlsx(path, file, sheet, progress)
        return read_csv(path, file, progress)
    except OSError as err:
        raise InputError(Problem(f"cannot read the file ({err.strerror})", file)) from None


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a header and rows to `path` (.csv or .xlsx); return the number of rows written.

    The file appears whole or not at all: it is written beside `path` under a temporary
    name and renamed into place. A row whose length differs from `columns` raises
    ValueError; an unknown suffix or a missing folder raises InputError.
    """
    write = write_xlsx if _suffix(path) == ".xlsx" else write_csv
    if not path.parent.is_dir():
        raise InputError(Problem("the folder to write into does not exist", str(path)))
    with _atomic(path) as temporary:
        return write(temporary, columns, rows)


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        shown = suffix or "none"
        reason = f"unsupported file type ({shown}); use .csv or .xlsx"
        raise InputError(Problem(reason, str(path), value=path.suffix))
    return suffix


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success flush it to disk and rename it."""
    # mkstemp makes the file owner-only (0600), kept on purpose: exports hold personal data.
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as done:
            os.fsync(done.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
