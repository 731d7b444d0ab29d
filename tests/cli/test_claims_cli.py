"""`parley claims` end to end on a SQLite file: record, list, correct, reconcile, extract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.services.exchanges import Exchanges
from parley.store.sql_store import SqlStore
from tests.support import MEDIATOR, as_actor, build_small, snapshot

runner = CliRunner()
ARTICLE = (
    "KYIV, June 16 (Wire) - Ukraine said on Monday it had received the bodies of 1,200 "
    "soldiers from Russia. Russia's defence ministry said it had handed over 1,212 bodies "
    "and received none in return. The handover took place on the border with Belarus."
)


def parley(db: Path, *args: str, actor: str = "mediator:cli") -> tuple[int, str]:
    result = runner.invoke(
        app, ["--db", f"sqlite:///{db}", "--as", actor, *args], env={"COLUMNS": "250"}
    )
    return result.exit_code, result.output


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A ledger with agreement A1 whose stage A1-X1-S1 moved 1,212 bodies RU>UA (1,200 received)."""
    path = tmp_path / "ledger.db"
    store = SqlStore.open(f"sqlite:///{path}")
    ctx = as_actor(store, MEDIATOR)
    build_small(ctx)
    ex = Exchanges(ctx)
    ex.enter_manifest("A1-X1-S1", "A1/remains/RU>UA", count=1212)
    ex.record_handover("A1-X1-S1", "A1/remains/RU>UA", count=1212)
    ex.confirm_receipt("A1-X1-S1", "A1/remains/RU>UA", count=1200)
    store.close()
    return path


def _record(db: Path, *extra: str, actor: str = "mediator:cli") -> tuple[int, str]:
    return parley(
        db,
        "claims",
        "record",
        "--source",
        "Russia's defence ministry",
        "--said-on",
        "2025-06-16",
        "--passage",
        "Russia said it had handed over 1,212 bodies.",
        *extra,
        actor=actor,
    )


def _claim_id(out: str) -> str:
    return out.split()[1]


def test_record_list_correct_and_reconcile(db: Path) -> None:
    code, out = _record(
        db, "--subject", "agreement:A1", "--says", "handed_over", "--category", "remains",
        "--party", "RU", "--quantity", "1212", "--direction", "RU>UA",
    )  # fmt: skip
    assert code == 0, out
    first = _claim_id(out)
    code, out = parley(db, "claims", "list", "--subject", "A1")
    assert code == 0 and first in out and "1,212" in out
    code, out = parley(db, "claims", "reconcile", "A1")
    assert code == 0 and "corroborated by ledger" in out and "1,212" in out
    code, out = parley(
        db, "claims", "correct", first, "--quantity", "about 2000", "--reason", "typo"
    )
    assert code == 0, out
    code, out = parley(db, "claims", "reconcile", "A1", "--json", actor="observer:o")
    assert code == 0, out
    [whole] = json.loads(out)
    [row] = whole["rows"][0:1]
    [claim] = row["sides"][0]["claims"]
    assert (claim["quantity"], claim["level"]) == ("about 2000", "contradicted")
    code, out = parley(db, "claims", "list", "--history")
    assert "superseded" in out


def test_officer_cannot_record_the_other_sides_claim(db: Path) -> None:
    code, out = _record(
        db, "--subject", "agreement:A1", "--says", "handed_over", "--party", "RU",
        actor="officer:UA:olena",
    )  # fmt: skip
    assert code == 1 and "AccessDenied" in out


def test_extract_proposes_drafts_and_records_the_accepted(db: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out = parley(db, "claims", "extract", str(article))
    assert code == 0, out
    assert "1,212" in out and "Russia's defence ministry" in out
    code, out = parley(
        db, "claims", "extract", str(article), "--accept", "1,2",
        "--subject", "stage:A1-X1-S1", "--said-on", "2025-06-16", "--source-name", "Wire",
    )  # fmt: skip
    assert code == 0, out
    assert "recorded 2 claim(s)" in out
    code, out = parley(db, "claims", "reconcile", "A1")
    assert code == 0 and "A1-X1-S1" in out


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": b"",
        "binary": bytes(range(256)) * 4,
        "russian": "Минобороны России заявило, что передало Украине 1212 тел погибших "
        "военнослужащих и не получило ни одного тела взамен.".encode(),
    }
    out = {}
    for name, content in files.items():
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_bytes(content)
    return out


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("empty", "the text is empty"),
        ("binary", "not UTF-8 text"),
        ("russian", "not English"),
        ("unknown agreement", "unknown agreement: 'NOPE'"),
        ("unknown stage", "unknown exchange or stage: 'A1-X9'"),
        ("missing file", "cannot read it"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    db: Path, tmp_path: Path, case: str, expected: str
) -> None:
    files = _bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    store = SqlStore.open(f"sqlite:///{db}")
    before = snapshot(store)
    subject = {"unknown agreement": "agreement:NOPE", "unknown stage": "stage:A1-X9"}
    path = files.get(case, tmp_path / "absent.txt" if case == "missing file" else good)
    args = ["claims", "extract", str(path), "--accept", "1"]
    args += ["--subject", subject.get(case, "agreement:A1"), "--said-on", "2025-06-16"]
    code, out = parley(db, *args)
    assert code == 1, out
    assert expected in " ".join(out.split())
    assert snapshot(store) == before
    store.close()


@pytest.mark.slow
def test_demo_prints_what_each_side_said_beside_the_ledger(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["demo", "--file", str(tmp_path / "demo.db"), "--no-serve"], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "IST-2: RU→UA remains (ledger: handed over 6,060, confirmed 6,057)" in out
    assert "discrepancy" in out and "vs received 6,057" in out
    assert "contradiction" not in out and "corroborated by ledger" in out
    assert "Russian state media, citing sources" in out and "one-sided" in out
    assert "IST-2: other statements" in out and "holds" in out
