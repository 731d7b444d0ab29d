"""HTTP load benchmark: the API under concurrent clients, on loopback, against PostgreSQL.

Makes a fresh PostgreSQL database (dropped at the end), loads synthetic persons through
the store in import-sized commands (faker's uk_UA names held by RU, ru_RU names held by
UA, some disclosed to UA), agreements with stages, handovers and receipts, and a mediator
and a UA officer with API tokens. Then serves the app with uvicorn in a separate process
and runs CLIENTS concurrent clients (one aiohttp session) for SECONDS, each request one of
the dashboard's data (the agreements, an agreement's balance) or a person search with a
query in Cyrillic or Latin, as the mediator or the officer. A short warm-up is not counted.

Each client waits for its answer, then "thinks" for a random time (exponential, mean
--think-ms) before asking again, as a person at a dashboard or typing a search would;
--think-ms 0 is closed-loop saturation, where latency is about clients / throughput.

    python bench/http.py --clients 100 --seconds 20 --persons 100000 --workers 2
    python bench/http.py --clients 100 --seconds 20 --persons 100000 --workers 2 --think-ms 0
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder leads sys.path and its name would hide the
# standard library's `http` from httpx and uvicorn: put the project's root there instead,
# so that this file is `bench.http` (as the server imports it) and its helpers `bench.*`.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import asyncio
import os
import random
import socket
import subprocess
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp
import httpx
from bench._postgres import temporary_database
from faker import Faker
from fastapi import FastAPI
from rich.console import Console
from rich.table import Table

from parley.config import Settings
from parley.domain import events as ev
from parley.domain.access import Actor
from parley.domain.model import Category, PersonName
from parley.domain.ports import Envelope
from parley.domain.romanise import romanise
from parley.runtime import tune_collector
from parley.services.context import Context, new_id, utc_now
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry
from parley.services.users import Users
from parley.store.sql_store import SqlStore

BATCH = 1000  # persons per import command, as a list from one side would come
WARM_UP_SECONDS = 3.0
V = "/api/v1"
AGREEMENTS = ("IST-1", "IST-2", "UAE-1")
PASSWORD = "bench-password-not-secret"


def app() -> FastAPI:
    """The uvicorn factory: the app over PARLEY_DATABASE_URL, as `parley serve` builds it."""
    from parley.api import create_app

    application = create_app(Settings())
    tune_collector()  # as `parley serve` does, through the `parley` entry point
    return application


# --- the ledger ------------------------------------------------------------------------


@dataclass
class Names:
    """Pools of names per side; persons combine them at random."""

    ua: tuple[list[str], list[str], list[str]]
    ru: tuple[list[str], list[str], list[str]]


def _pools(locale: str, seed: int) -> tuple[list[str], list[str], list[str]]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    surnames = [fake.last_name_male() for _ in range(3000)]
    given = [fake.first_name_male() for _ in range(300)]
    return surnames, given, [fake.middle_name_male() for _ in range(300)]


def _person(rng: random.Random, names: Names, n: int) -> ev.PersonRegistered:
    ukrainian = n % 2 == 0  # half Ukrainians held by RU, half Russians held by UA
    surnames, given, patronymics = names.ua if ukrainian else names.ru
    holder, origin = ("RU", "UA") if ukrainian else ("UA", "RU")
    name = PersonName(
        rng.choice(surnames),
        rng.choice(given),
        rng.choice(patronymics),
        "Cyrl",
        "uk" if ukrainian else "ru",
    )
    return ev.PersonRegistered(
        person_id=new_id(),
        kind=Category.POW,
        submitted_by=holder,
        origin_party=origin,
        holding_party=holder,
        names=[name],
        date_of_birth=f"{1965 + n % 40}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        service_number=f"{origin}{n:07d}",
        external_ref=f"{holder}-{n}",
    )


def load(url: str, persons: int, console: Console) -> tuple[dict[str, str], list[str]]:
    """Fill the ledger; returns an API token per role and the persons' surnames."""
    store = SqlStore.open(url)
    actor = Actor.parse("mediator:bench")
    ctx = Context(store, actor)
    _parties_and_agreements(ctx)
    names = Names(_pools("uk_UA", 1), _pools("ru_RU", 2))
    rng = random.Random(20261126)
    start = time.perf_counter()
    disclosed: list[str] = []
    for first in range(0, persons, BATCH):
        batch = [_person(rng, names, n) for n in range(first, min(first + BATCH, persons))]
        envelope = Envelope(actor, utc_now(), None, f"import-{first}", "bench", "{}")
        with store.writing() as w:
            w.append(batch, envelope)
        disclosed += [p.person_id for p in batch if p.submitted_by == "RU"][:50]
    Registry(ctx).disclose("UA", disclosed)
    console.print(
        f"  loaded {persons:,} persons in {time.perf_counter() - start:.1f}s "
        f"({len(disclosed):,} of RU's disclosed to UA)"
    )
    _stages(ctx)
    users = Users(ctx)
    users.add("amira", "mediator", PASSWORD)
    users.add("olena", "officer", PASSWORD, party="UA")
    tokens = {"mediator": users.issue_token("amira"), "officer": users.issue_token("olena")}
    # A ledger in service has planner statistics; right after a bulk load it has none yet.
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    store.close()
    return tokens, names.ua[0] + names.ru[0]


def _parties_and_agreements(ctx: Context) -> None:
    reg, ex = Registry(ctx), Exchanges(ctx)
    reg.register_party("UA", "belligerent", {"en": "Ukraine", "uk": "Україна"})
    reg.register_party("RU", "belligerent", {"en": "Russia", "ru": "Россия"})
    reg.register_party("TR", "intermediary", {"en": "Türkiye"})
    for ref in AGREEMENTS:
        ex.record_agreement(
            ref,
            title=f"bench {ref}",
            signed_on="2025-05-16",
            venue="Istanbul",
            parties=["UA", "RU"],
            intermediaries=["TR"],
            quotas=["pow:RU>UA:1000", "pow:UA>RU:1000", "remains:RU>UA:>=1000"],
        )
        ex.open_exchange(ref, f"{ref}-X")


def _stages(ctx: Context) -> None:
    """Count-only stages: what the balance sums (named manifests are not what it reads)."""
    ex = Exchanges(ctx)
    for ref in AGREEMENTS:
        for day in range(1, 6):
            stage = f"{ref}-D{day}"
            ex.schedule_stage(f"{ref}-X", stage, planned_on=f"2025-06-0{day}", place="border")
            for quota in (f"{ref}/pow/RU>UA", f"{ref}/pow/UA>RU"):
                ex.enter_manifest(stage, quota, count=200)
                ex.record_handover(stage, quota, count=200)
                ex.confirm_receipt(stage, quota, count=200 - day % 2)


# --- the server ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def serve(url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """uvicorn in its own process group on a free loopback port; waits until it answers."""
    port = _free_port()
    command = [
        *(sys.executable, "-m", "uvicorn", "--factory", "bench.http:app"),
        *("--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)),
        *("--no-access-log", "--log-level", "warning"),
    ]
    env = {**os.environ, "PARLEY_DATABASE_URL": url}
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(command, cwd=root, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + V + "/openapi.json").status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("uvicorn did not answer within 30 s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children still running (from /proc)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                pids += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def backend_cpu_seconds(database: str) -> float:
    """CPU of the PostgreSQL backends serving `database` (from /proc, by their titles)."""
    total = 0.0
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and database in (proc / "cmdline").read_text():
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def machine_busy() -> tuple[float, float]:
    """CPU seconds busy and in total, all cores, since boot (from /proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(values) - idle) / tick, sum(values) / tick


# --- the load --------------------------------------------------------------------------


def queries(surnames: list[str], rng: random.Random) -> list[str]:
    """Searches as people type them: whole surnames, prefixes, with given names, both scripts."""
    given = ["Олександр", "Александр", "Sergei", "Serhii", "Іван", "Ivan", "Dmytro", "Дмитрий"]
    out = []
    for i in range(4000):
        surname = rng.choice(surnames)
        latin = romanise(surname).title()
        shapes = (surname, latin, surname[:4], latin[:5], f"{latin} {rng.choice(given)}")
        out.append(shapes[i % len(shapes)])
    return out


@dataclass
class Tally:
    """Latencies and failures per (endpoint, role)."""

    latencies: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    found: int = 0
    warm_up: int = 0


Pick = Callable[[random.Random], tuple[str, str, dict[str, str]]]


def _picker(search_queries: list[str]) -> Pick:
    def pick(rng: random.Random) -> tuple[str, str, dict[str, str]]:
        roll = rng.random()
        if roll < 0.25:
            return "GET /agreements", V + "/agreements", {}
        if roll < 0.5:
            return (
                "GET /agreements/{ref}/balance",
                f"{V}/agreements/{rng.choice(AGREEMENTS)}/balance",
                {},
            )
        return "GET /persons/search", V + "/persons/search", {"q": rng.choice(search_queries)}

    return pick


async def _client(
    n: int,
    client: aiohttp.ClientSession,
    tokens: dict[str, str],
    pick: Pick,
    until: float,
    warm: float,
    tally: Tally,
    think_s: float,
) -> None:
    rng = random.Random(n)
    role = "mediator" if n % 2 == 0 else "officer"
    headers = {"Authorization": f"Bearer {tokens[role]}"}
    while (now := time.perf_counter()) < until:
        endpoint, path, params = pick(rng)
        try:
            async with client.get(path, params=params, headers=headers) as response:
                ok, outcome = response.status == 200, str(response.status)
                body = await response.json() if ok and "search" in endpoint else {}
                items = body.get("items", [])
        except (aiohttp.ClientError, TimeoutError) as exc:
            ok, outcome, items = False, type(exc).__name__, []
        if now < warm:
            tally.warm_up += 1
        else:
            tally.latencies[(endpoint, role)].append(time.perf_counter() - now)
            tally.found += len(items)
            if not ok:
                tally.errors[(endpoint, role)].append(f"{outcome} {params.get('q', '')}".strip())
        if think_s:
            await asyncio.sleep(rng.expovariate(1 / think_s))


async def drive(
    base: str,
    tokens: dict[str, str],
    clients: int,
    seconds: float,
    search_queries: list[str],
    think_s: float,
) -> tuple[Tally, float]:
    """CLIENTS concurrent loops for the warm-up plus SECONDS; returns the counted window."""
    tally = Tally()
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as client:
        start = time.perf_counter()
        warm = start + WARM_UP_SECONDS
        until = warm + seconds
        pick = _picker(search_queries)
        await asyncio.gather(
            *(_client(n, client, tokens, pick, until, warm, tally, think_s) for n in range(clients))
        )
        window = time.perf_counter() - warm
    return tally, window


# --- report ----------------------------------------------------------------------------


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(console: Console, tally: Tally, window: float, title: str) -> None:
    table = Table(title=title)
    for column in ("endpoint", "role", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors"):
        table.add_column(column, justify="left" if column in ("endpoint", "role") else "right")
    everything: list[float] = []
    for (endpoint, role), values in sorted(tally.latencies.items()):
        everything += values
        errors = str(len(tally.errors[(endpoint, role)]))
        table.add_row(endpoint, role, *_figures(values, window), errors)
    failed = [e for found in tally.errors.values() for e in found]
    table.add_row("all", "", *_figures(everything, window), str(len(failed)), style="bold")
    console.print(table)
    if failed:
        console.print(f"errors (status and query), first ten: {failed[:10]}")


def _figures(values: list[float], window: float) -> tuple[str, ...]:
    return (
        f"{len(values):,}",
        f"{len(values) / window:,.0f}",
        f"{_quantile(values, 0.5) * 1000:.1f}",
        f"{_quantile(values, 0.99) * 1000:.1f}",
        f"{max(values) * 1000:.1f}",
    )


def _database() -> tuple[str, Callable[[], None]]:
    return temporary_database("parley_httpbench")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured time (max 600)")
    parser.add_argument("--persons", type=int, default=100_000, help="persons in the ledger")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument(
        "--think-ms", type=float, default=1000.0, help="mean pause between a client's requests"
    )
    args = parser.parse_args()
    if not (0 < args.seconds <= 600 and 0 < args.clients <= 1000 and 0 < args.persons <= 10**6):
        parser.error("bounded: --seconds up to 600, --clients up to 1000, --persons up to 10**6")
    console = Console(width=140)
    console.print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    console.print("command: python " + " ".join(sys.argv))
    url, drop = _database()
    try:
        console.print(f"[bold]loading[/] {args.persons:,} persons into PostgreSQL")
        tokens, surnames = load(url, args.persons, console)
        proc, base = serve(url, args.workers)
        try:
            search_queries = queries(surnames, random.Random(7))
            server_cpu = cpu_seconds(proc.pid)
            client_cpu = time.process_time()
            busy = machine_busy()
            tally, window = asyncio.run(
                drive(
                    base, tokens, args.clients, args.seconds, search_queries, args.think_ms / 1000
                )
            )
            server_cpu = cpu_seconds(proc.pid) - server_cpu
            client_cpu = time.process_time() - client_cpu
            busy_after = machine_busy()
            # Backends start with the server's first queries, so this counts them whole.
            database_cpu = backend_cpu_seconds(url.rsplit("/", 1)[1])
        finally:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=30)
    finally:
        drop()
    title = (
        f"{args.clients} clients for {window:.1f}s (after {WARM_UP_SECONDS:.0f}s warm-up), "
        f"{args.persons:,} persons, uvicorn workers: {args.workers}, "
        f"mean think time {args.think_ms:,.0f} ms"
    )
    report(console, tally, window, title)
    requests = sum(len(v) for v in tally.latencies.values()) + tally.warm_up
    used, total = (a - b for a, b in zip(busy_after, busy, strict=True))
    console.print(
        f"CPU over warm-up and run ({total:.1f} core-seconds on {os.cpu_count()} cores): "
        f"machine busy {used / total:.0%}; uvicorn {server_cpu:.1f}s (about "
        f"{server_cpu / requests * 1000:.1f} ms a request), PostgreSQL {database_cpu:.1f}s "
        f"(about {database_cpu / requests * 1000:.1f} ms), load generator {client_cpu:.1f}s, "
        f"other processes {used - server_cpu - client_cpu - database_cpu:.1f}s"
    )
    console.print(
        f"search results returned: {tally.found:,}; load average {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
