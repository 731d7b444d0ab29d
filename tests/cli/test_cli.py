"""End to end through the `parley` command, on a SQLite file."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.tabular import read_table
from tests.linkage.people import lists

runner = CliRunner()


def parley(db: Path, *args: str, actor: str = "mediator:cli") -> tuple[int, str]:
    result = runner.invoke(
        app, ["--db", f"sqlite:///{db}", "--as", actor, *args], env={"COLUMNS": "200"}
    )
    return result.exit_code, result.output


@pytest.mark.slow
def test_demo_prints_balances_and_verifies(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--file", str(db), "--no-serve"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "IST-2: discrepancies" in result.output
    assert "ua-officer" in result.output and "officer of RU" in result.output
    assert "6,057" in result.output and "journal verified" in result.output
    code, out = parley(db, "agreement", "balance", "IST-1", "--export", str(tmp_path / "b.xlsx"))
    assert code == 0
    table = read_table(tmp_path / "b.xlsx")
    assert [r.values["confirmed"] for r in table.rows] == ["1000", "1000"]
    # Numbers go out as numbers: a negative difference is not text a spreadsheet must defuse.
    code, out = parley(
        db, "agreement", "discrepancies", "IST-2", "--export", str(tmp_path / "d.csv")
    )
    assert code == 0
    text = (tmp_path / "d.csv").read_text(encoding="utf-8-sig")
    assert ",-3," in text and "'" not in text
    code, out = parley(db, "agreement", "list", actor="observer:o")
    assert code == 0 and "IST-3" in out and "at least 1,200 prisoners" in out
    code, out = parley(db, "journal", "verify", actor="observer:o")
    assert code == 0 and "journal verified" in out


def _setup(db: Path) -> None:
    for args in (
        ["party", "add", "UA", "--kind", "belligerent", "--name", "en=Ukraine"],
        ["party", "add", "RU", "--kind", "belligerent", "--name", "en=Russia"],
    ):
        assert parley(db, *args)[0] == 0


def test_import_reports_every_bad_row_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "kind,origin_party,holding_party,surname\npow,UA,RU,Бойко\npow,UA,XX,Ткач\ntank,UA,RU,Мельник\n"
    )
    code, out = parley(db, "import", "persons", str(bad), "--submitted-by", "RU")
    assert code == 1
    assert "2 problem(s); nothing was written" in out
    assert "holding_party" in out and "kind" in out
    code, out = parley(db, "person", "list")
    assert "Бойко" not in out


def test_dry_run_checks_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    good = tmp_path / "good.csv"
    good.write_text("kind,origin_party,holding_party,surname\npow,UA,RU,Бойко\npow,UA,RU,Ткач\n")
    args = ("import", "persons", str(good), "--submitted-by", "RU")
    code, out = parley(db, *args, "--dry-run")
    assert code == 0 and "2 person(s) would be imported" in out
    assert "Бойко" not in parley(db, "person", "list")[1]
    assert parley(db, *args)[0] == 0
    code, out = parley(db, *args, "--dry-run")
    assert code == 0 and "already imported" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,origin_party,holding_party,surname\npow,UA,XX,Ткач\n")
    code, out = parley(db, "import", "persons", str(bad), "--submitted-by", "RU", "--dry-run")
    assert code == 1 and "ImportRejected" in out and "holding_party" in out


def test_malformed_csv_is_named(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    bad = tmp_path / "broken.csv"
    bad.write_text('kind,origin_party,holding_party,surname\npow,UA,RU,"Бойко\n')
    code, out = parley(db, "import", "persons", str(bad), "--submitted-by", "RU")
    assert code == 1 and "broken.csv" in out


def test_lifecycle_refusal_is_readable(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    code, pid = parley(
        db,
        "person",
        "add",
        "-f",
        "kind=pow",
        "-f",
        "origin_party=UA",
        "-f",
        "holding_party=RU",
        "-f",
        "surname=Бойко",
        "--submitted-by",
        "RU",
    )
    assert code == 0
    pid = pid.strip()
    assert parley(db, "person", "status", pid, "released")[0] == 0
    code, out = parley(db, "person", "status", pid, "handed_over")
    assert code == 1 and "cannot go from 'released' to 'handed_over'" in out
    code, out = parley(db, "person", "show", pid, actor="observer:o")
    assert code == 1 and "observers see aggregate counts only" in out


def test_verify_exits_non_zero_when_the_projection_was_edited(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    code, out = parley(db, "journal", "verify", "--chain-only")
    assert code == 0 and "projection not checked" in out
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE parties SET kind = 'observer' WHERE code = 'RU'")
    code, out = parley(db, "journal", "verify")
    assert code == 1
    assert "projection disagrees with the journal at event 2" in out
    assert parley(db, "journal", "verify", "--chain-only")[0] == 0


def test_match_lists_then_review(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    _setup(db)
    held, requested, truth = lists(80, seed=3)
    for name, rows in (("held.csv", held), ("requested.csv", requested)):
        columns = list(dict.fromkeys(k for r in rows for k in r))
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, columns)
            writer.writeheader()
            writer.writerows(rows)
    code, out = parley(
        db,
        "match",
        "lists",
        str(tmp_path / "held.csv"),
        str(tmp_path / "requested.csv"),
        "--accept-above",
        "1.0",
    )
    assert code == 0, out
    assert "pairs compared" in out and "for review" in out and "clusters" in out
    with sqlite3.connect(db) as conn:
        candidate_id, left, right = conn.execute(
            "SELECT candidate_id, left_key, right_key FROM match_candidates "
            "ORDER BY probability_ppm DESC"
        ).fetchone()
    assert (left, right) in truth
    code, out = parley(db, "match", "review", "--accept", candidate_id, "--note", "same man")
    assert code == 0 and "accepted" in out
    code, out = parley(db, "match", "review", "--accept", candidate_id)
    assert code == 1 and "already accepted" in out
    code, out = parley(db, "match", "review", "--accept", candidate_id, actor="officer:UA:olena")
    assert code == 1 and "only a mediator" in out
