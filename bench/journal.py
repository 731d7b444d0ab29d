"""Journal benchmark: append events in realistic command batches, then verify them.

Each cycle is what one stage of a real exchange writes: an import of BATCH persons, their
manifest, both sides' approvals, transit, handover and receipt; each command is one
transaction with its idempotency key. Two layers are measured:

- journal: the commands' events built directly and appended through the store (chain
  hashing, journal insert, projection update, idempotency record), as the services do
  once a command has been validated;
- service: the same cycle through the service layer (reads, validation, access checks).

Append and verify run in separate processes so each reports its own peak memory.

    python bench/journal.py --events 1000000 --db sqlite --db postgresql --layer journal
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from faker import Faker
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from _postgres import temporary_database
from parley.domain import events as ev
from parley.domain.access import Actor
from parley.domain.model import Category, PersonName
from parley.domain.ports import Envelope
from parley.runtime import tune_collector
from parley.services.context import Context, new_id, utc_now
from parley.services.demo import MemoryRow, MemoryTable
from parley.services.exchanges import Exchanges
from parley.services.registry import Registry
from parley.store.sql_store import SqlStore

BATCH = 500
# A stage, BATCH imported, 1 + BATCH listed, 2 + BATCH approved, BATCH in transit,
# 1 + BATCH handed over, 1 + BATCH received.
EVENTS_PER_CYCLE = 6 * BATCH + 6


def _names(seed: int) -> list[tuple[str, str, str]]:
    fake = Faker("uk_UA")
    fake.seed_instance(seed)
    return [
        (fake.last_name_male(), fake.first_name_male(), fake.middle_name_male())
        for _ in range(2000)
    ]


def _table(cycle: int, names: list[tuple[str, str, str]]) -> MemoryTable:
    rows = []
    for i in range(BATCH):
        surname, given, patronymic = names[(cycle * 7919 + i * 31) % len(names)]
        values = {
            "kind": "pow",
            "origin_party": "UA",
            "holding_party": "RU",
            "surname": surname,
            "given_name": given,
            "patronymic": patronymic,
            "date_of_birth": f"{1970 + i % 35}-0{1 + i % 9}-1{i % 9}",
            "service_number": f"UA{cycle:05d}{i:04d}",
            "external_ref": f"RU-{cycle}-{i}",
        }
        rows.append(MemoryRow(i + 2, values))
    return MemoryTable(f"bench-{cycle}.csv", tuple(rows[0].values), tuple(rows))


def _setup(ctx: Context) -> None:
    reg, ex = Registry(ctx), Exchanges(ctx)
    reg.register_party("UA", "belligerent", {"en": "Ukraine"})
    reg.register_party("RU", "belligerent", {"en": "Russia"})
    reg.register_party("BY", "transit", {"en": "Belarus"})
    ex.record_agreement(
        "B",
        title="bench",
        signed_on=None,
        venue="",
        parties=["UA", "RU"],
        intermediaries=[],
        quotas=["pow:RU>UA:all", "pow:UA>RU:all"],
    )
    ex.open_exchange("B", "B-X")


def _cycle(ctx: Context, cycle: int, names: list[tuple[str, str, str]]) -> None:
    reg, ex = Registry(ctx), Exchanges(ctx)
    stage, quota = f"B-X-{cycle}", "B/pow/RU>UA"
    ex.schedule_stage("B-X", stage, planned_on=None, transit_party="BY", key=f"stage-{cycle}")
    ids = reg.import_persons(_table(cycle, names), submitted_by="RU")["person_ids"]
    ex.enter_manifest(stage, quota, person_ids=ids, key=f"manifest-{cycle}")
    ex.approve_manifest(stage, quota, party="RU", key=f"approve-ru-{cycle}")
    ex.approve_manifest(stage, quota, party="UA", key=f"approve-ua-{cycle}")
    ex.start_transit(stage, quota, medical=cycle % 2 == 0, key=f"transit-{cycle}")
    ex.record_handover(stage, quota, person_ids=ids, key=f"handover-{cycle}")
    ex.confirm_receipt(stage, quota, person_ids=ids, key=f"receipt-{cycle}")


def _journal_cycle(
    store: SqlStore, actor: Actor, cycle: int, names: list[tuple[str, str, str]]
) -> None:
    """The events `_cycle` appends, built directly and appended command by command."""
    ctx = Context(store, actor)
    stage, quota = f"B-X-{cycle}", "B/pow/RU>UA"
    Exchanges(ctx).schedule_stage(
        "B-X", stage, planned_on=None, transit_party="BY", key=f"stage-{cycle}"
    )
    with store.reading() as r:
        found = r.stage(stage)
        assert found is not None
        stage_id = found.stage_id
    people = [
        ev.PersonRegistered(
            person_id=new_id(),
            kind=Category.POW,
            submitted_by="RU",
            origin_party="UA",
            holding_party="RU",
            names=[PersonName(*names[(cycle * 7919 + i * 31) % len(names)])],
            date_of_birth=f"{1970 + i % 35}-0{1 + i % 9}-1{i % 9}",
            service_number=f"UA{cycle:05d}{i:04d}",
            external_ref=f"RU-{cycle}-{i}",
        )
        for i in range(BATCH)
    ]
    ids = [p.person_id for p in people]

    def moves(a: str, b: str) -> list[ev.Event]:
        return [
            ev.StatusChanged(person_id=i, from_status=a, to_status=b, stage_id=stage_id)
            for i in ids
        ]

    commands: list[tuple[str, list[ev.Event]]] = [
        ("import", list(people)),
        (
            "manifest",
            [
                ev.ManifestEntered(
                    entry_id=new_id(),
                    stage_id=stage_id,
                    quota_id=quota,
                    person_ids=ids,
                    count=BATCH,
                    by_party=None,
                ),
                *moves("held", "listed"),
            ],
        ),
        ("approve-ru", [ev.ManifestApproved(stage_id=stage_id, quota_id=quota, by_party="RU")]),
        (
            "approve-ua",
            [
                ev.ManifestApproved(stage_id=stage_id, quota_id=quota, by_party="UA"),
                *moves("listed", "approved"),
            ],
        ),
        ("transit", moves("approved", "in_transit")),
        (
            "handover",
            [
                ev.HandoverRecorded(
                    handover_id=new_id(),
                    stage_id=stage_id,
                    quota_id=quota,
                    count=BATCH,
                    person_ids=ids,
                    by_party=None,
                ),
                *moves("in_transit", "handed_over"),
            ],
        ),
        (
            "receipt",
            [
                ev.ReceiptConfirmed(
                    receipt_id=new_id(),
                    stage_id=stage_id,
                    quota_id=quota,
                    count=BATCH,
                    person_ids=ids,
                    by_party="UA",
                ),
                *moves("handed_over", "received"),
            ],
        ),
    ]
    for name, events in commands:
        with store.writing() as w:
            w.append(events, Envelope(actor, utc_now(), None, f"{name}-{cycle}", "bench", "{}"))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def append_phase(url: str, cycles: int, layer: str, out: Any) -> None:
    tune_collector()  # as the `parley` command does when it starts
    store = SqlStore.open(url)
    actor = Actor.parse("mediator:bench")
    ctx = Context(store, actor)
    names = _names(7)
    _setup(ctx)
    columns = [
        *Progress.get_default_columns()[:2],
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    start = time.perf_counter()
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("appending", total=cycles)
        for cycle in range(cycles):
            if layer == "service":
                _cycle(ctx, cycle, names)
            else:
                _journal_cycle(store, actor, cycle, names)
            progress.advance(task)
    elapsed = time.perf_counter() - start
    events = sum(1 for _ in store.journal())
    store.close()
    out.put({"events": events, "seconds": elapsed, "peak_mib": _peak_mib()})


def verify_phase(url: str, rebuild: bool, out: Any) -> None:
    tune_collector()
    store = SqlStore.open(url, migrate=False)
    start = time.perf_counter()
    report = store.verify(rebuild=rebuild)
    elapsed = time.perf_counter() - start
    store.close()
    out.put({"ok": report.ok, "events": report.events, "seconds": elapsed, "peak_mib": _peak_mib()})


def _in_process(target: Any, *args: Any) -> dict[str, Any]:
    spawn = mp.get_context("spawn")
    out = spawn.Queue()
    proc = spawn.Process(target=target, args=(*args, out))
    proc.start()
    result: dict[str, Any] = out.get()
    proc.join()
    return result


def _database(kind: str, tmp: Path) -> tuple[str, Any]:
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'bench.db'}", lambda: None
    return temporary_database("parley_bench")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--events", type=int, default=1_000_000, help="about how many events to append"
    )
    parser.add_argument(
        "--db", action="append", choices=["sqlite", "postgresql"], help="repeatable"
    )
    parser.add_argument("--layer", choices=["journal", "service"], default="journal")
    args = parser.parse_args()
    cycles = max(1, round(args.events / EVENTS_PER_CYCLE))
    console = Console(width=170)
    title = f"journal benchmark, {args.layer} layer: {cycles} cycles of {BATCH} persons"
    table = Table(title=f"{title}, {os.cpu_count()} cores")
    for column in (
        "database",
        "events",
        "append ev/s",
        "append peak MiB",
        "verify chain ev/s",
        "verify chain+projection ev/s",
        "verify peak MiB",
        "verified",
    ):
        table.add_column(column, justify="right")
    for kind in args.db or ["sqlite", "postgresql"]:
        with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
            url, cleanup = _database(kind, Path(tmp))
            try:
                console.print(f"[bold]{kind}[/]: appending ~{cycles * EVENTS_PER_CYCLE:,} events")
                appended = _in_process(append_phase, url, cycles, args.layer)
                console.print(
                    f"  appended {appended['events']:,} in {appended['seconds']:.1f}s; verifying"
                )
                chain = _in_process(verify_phase, url, False)
                full = _in_process(verify_phase, url, True)
            finally:
                cleanup()
        table.add_row(
            kind,
            f"{appended['events']:,}",
            f"{appended['events'] / appended['seconds']:,.0f}",
            f"{appended['peak_mib']:,.0f}",
            f"{chain['events'] / chain['seconds']:,.0f}",
            f"{full['events'] / full['seconds']:,.0f}",
            f"{max(chain['peak_mib'], full['peak_mib']):,.0f}",
            "yes" if chain["ok"] and full["ok"] else "NO",
        )
    console.print(table)


if __name__ == "__main__":
    main()
