import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from parley.errors import Problem
from parley.tabular import read_table, write_table

Rejected = Callable[..., list[Problem]]


def make_book(path: Path, sheets: dict[str, list[tuple[int, list[object]]]]) -> Path:
    """Save a workbook whose sheets hold the given (row number, values) rows."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for number, values in rows:
            for column, value in enumerate(values, start=1):
                sheet.cell(row=number, column=column, value=value)
    book.save(path)
    return path


def test_round_trip_keeps_dates_cyrillic_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    born = dt.date(1987, 3, 14)
    rows = [["Гнатюк Ірина", born, 7, 2.5, None, "=1+1"], ["Ґудзь Євген", None, 3.0, 0, "", "#N/A"]]
    assert write_table(path, ["ПІБ", "born", "n", "x", "note", "formula"], iter(rows)) == 2
    table = read_table(path)
    assert table.columns == ("ПІБ", "born", "n", "x", "note", "formula")
    first, second = (dict(row.values) for row in table)
    assert first == {"ПІБ": "Гнатюк Ірина", "born": "1987-03-14", "n": "7", "x": "2.5",
                     "note": "", "formula": "=1+1"}  # fmt: skip
    assert second["n"] == "3"
    assert second["formula"] == "#N/A"


def test_written_dates_are_dates_and_header_is_bold(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_table(path, ["born"], [[dt.date(2001, 2, 3)]])
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet["A1"].font.b is True
    assert sheet["A2"].is_date
    assert sheet["A2"].value == dt.datetime(2001, 2, 3)


def test_cell_values_become_text(tmp_path: Path) -> None:
    moment = dt.datetime(2024, 5, 6, 7, 8, 9)
    row: list[object] = [dt.datetime(2024, 5, 6), moment, 12.0, 1e20, 0.1, True, " padded "]
    path = make_book(tmp_path / "v.xlsx", {"S": [(1, list("abcdefg")), (2, row)]})
    values = read_table(path).rows[0].values
    assert list(values.values()) == [
        "2024-05-06", "2024-05-06 07:08:09", "12", "100000000000000000000", "0.1", "TRUE", "padded"
    ]  # fmt: skip


def test_first_sheet_by_default_or_the_named_one(tmp_path: Path) -> None:
    path = make_book(tmp_path / "s.xlsx", {"One": [(1, ["a"]), (2, [1])], "Два": [(1, ["b"])]})
    assert read_table(path).columns == ("a",)
    assert read_table(path, sheet="Два").columns == ("b",)


def test_unknown_sheet_lists_the_sheets(tmp_path: Path, rejected: Rejected) -> None:
    path = make_book(tmp_path / "s.xlsx", {"One": [(1, ["a"])], "Два": [(1, ["b"])]})
    (problem,) = rejected(path, sheet="Three")
    assert (problem.file, problem.row, problem.field) == (str(path), None, None)
    assert problem.value == "Three"
    assert "'One', 'Два'" in problem.reason


def test_blank_rows_skipped_and_numbering_true(tmp_path: Path) -> None:
    rows: list[tuple[int, list[object]]] = [(1, ["a", "b"]), (2, [1, 2]), (3, [None, " "])]
    rows.append((6, [5]))
    table = read_table(make_book(tmp_path / "g.xlsx", {"S": rows}))
    assert [(row.number, dict(row.values)) for row in table] == [
        (2, {"a": "1", "b": "2"}),
        (6, {"a": "5", "b": ""}),
    ]


def test_trailing_empty_header_cells_are_not_columns(tmp_path: Path) -> None:
    rows: list[tuple[int, list[object]]] = [(1, ["a", "b", None, " "]), (2, [1, 2, None, None])]
    assert read_table(make_book(tmp_path / "t.xlsx", {"S": rows})).columns == ("a", "b")


def test_text_beyond_the_header_is_reported(tmp_path: Path, rejected: Rejected) -> None:
    rows: list[tuple[int, list[object]]] = [(1, ["a"]), (2, [1]), (3, [2, "stray"]), (4, [3, 4])]
    path = make_book(tmp_path / "x.xlsx", {"S": rows})
    problems = rejected(path)
    assert [(p.file, p.row, p.field, p.value) for p in problems] == [
        (str(path), 3, None, "stray"),
        (str(path), 4, None, "4"),
    ]


def test_header_problems(tmp_path: Path, rejected: Rejected) -> None:
    path = make_book(tmp_path / "h.xlsx", {"S": [(1, ["a", None, "c", "a"])]})
    problems = rejected(path)
    assert [(p.file, p.row, p.field) for p in problems] == [
        (str(path), 1, None),
        (str(path), 1, "a"),
    ]


def test_empty_sheet_has_no_header(tmp_path: Path, rejected: Rejected) -> None:
    path = make_book(tmp_path / "e.xlsx", {"S": []})
    (problem,) = rejected(path)
    assert (problem.file, problem.row) == (str(path), 1)
    assert "no header" in problem.reason


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_not_an_xlsx_file(tmp_path: Path, rejected: Rejected, content: bytes) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(content)
    (problem,) = rejected(path)
    assert (problem.file, problem.row, problem.field) == (str(path), None, None)
    assert "not a valid XLSX" in problem.reason


def test_a_zip_that_is_not_a_workbook(tmp_path: Path, rejected: Rejected) -> None:
    path = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    (problem,) = rejected(path)
    assert problem.file == str(path)
    assert "XLSX" in problem.reason


def test_progress_is_reported_for_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    write_table(path, ["n"], ([i] for i in range(1500)))
    seen: list[int] = []
    assert len(read_table(path, progress=seen.append)) == 1500
    assert seen == [1000]


def test_a_damaged_sheet_is_reported(tmp_path: Path, rejected: Rejected) -> None:
    good = make_book(tmp_path / "good.xlsx", {"S": [(1, ["a"]), (2, [1])]})
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            broken = item.filename == "xl/worksheets/sheet1.xml"
            target.writestr(item, b"<worksheet><sheetData><row" if broken else source.read(item))
    (problem,) = rejected(path)
    assert problem.file == str(path)
    assert "XLSX" in problem.reason


FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=1+1"]


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    columns = ["=1+1", *"abcd", "n"]
    write_table(path, columns, [[*FORMULAS, -3]])
    header, row = openpyxl.load_workbook(path).worksheets[0].iter_rows()
    # "f" would be a formula; "s" is text, shown as written.
    assert [(cell.value, cell.data_type) for cell in header] == [(c, "s") for c in columns]
    assert [(cell.value, cell.data_type) for cell in row[:-1]] == [(t, "s") for t in FORMULAS]
    assert (row[-1].value, row[-1].data_type) == (-3, "n")
