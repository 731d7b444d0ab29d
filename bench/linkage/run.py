"""Benchmark Parley's linkage against plain Splink and exact matching on the same data.

    python bench/linkage/run.py --size 20000 [--seed 7] [--febrl] [--skip splink]

Each system runs in its own spawned process so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).parent))

Rows = list[dict[str, Any]]


def _child(name: str, held: Rows, requested: Rows, queue: Any) -> None:
    import systems

    try:
        start = time.perf_counter()
        found = getattr(systems, name)(held, requested)
        seconds = time.perf_counter() - start
    except Exception as exc:  # reported in the table rather than hanging the parent
        queue.put((None, repr(exc)[:60], 0.0))
        return
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((found, seconds, peak_mib))


def measure(name: str, held: Rows, requested: Rows) -> tuple[Any, Any, float]:
    """Run one system in a fresh process: its links, wall seconds and peak MiB."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name, held, requested, queue))
    proc.start()
    found, seconds, peak = queue.get()
    proc.join()
    return found, seconds, peak


def scores(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 of found pairs against the true ones."""
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def _run_dataset(
    table: Table,
    label: str,
    held: Rows,
    requested: Rows,
    truth: set[tuple[str, str]],
    names: list[str],
) -> None:
    for name in names:
        found, seconds, peak = measure(name, held, requested)
        if found is None:
            table.add_row(label, name, f"{len(held)}×{len(requested)}", "failed", str(seconds))
            continue
        p, r, f1 = scores(found, truth)
        table.add_row(
            label,
            name,
            f"{len(held)}×{len(requested)}",
            f"{p:.4f}",
            f"{r:.4f}",
            f"{f1:.4f}",
            f"{seconds:.1f}",
            f"{peak:.0f}",
        )


def main() -> None:
    """Parse arguments, build the data once, run every system on it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--febrl", action="store_true", help="also run FEBRL4 with/without SSN")
    parser.add_argument("--skip", action="append", default=[], help="system to leave out")
    args = parser.parse_args()
    names = [n for n in ("parley", "splink_standard", "exact") if n not in args.skip]
    table = Table(title="Record linkage benchmark")
    for column in ("data", "system", "size", "precision", "recall", "F1", "seconds", "peak MiB"):
        table.add_column(column)
    if args.size:
        from generate import generate

        pair = generate(args.size, args.seed)
        _run_dataset(
            table, f"synthetic seed {args.seed}", pair.held, pair.requested, pair.truth, names
        )
    if args.febrl:
        import febrl

        for with_ssn in (True, False):
            held, requested, truth = febrl.load(with_ssn)
            label = "FEBRL4 " + ("with SSN" if with_ssn else "without SSN")
            _run_dataset(table, label, held, requested, truth, names)
    Console(width=150).print(table)


if __name__ == "__main__":
    main()
