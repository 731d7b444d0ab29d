import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from faker import Faker

from parley.errors import InputError
from parley.tabular import read_table, write_table


def test_csv_is_utf8_with_bom_commas_and_rfc4180_quoting(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [["Гнатюк, Ірина", 'say "hi"', "two\nlines"], [None, dt.date(1990, 1, 2), 4.0]]
    assert write_table(path, ["ПІБ", "note", "x"], rows) == 2
    expected = '\ufeffПІБ,note,x\r\n"Гнатюк, Ірина","say ""hi""","two\nlines"\r\n,1990-01-02,4\r\n'
    assert path.read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize("locale", ["uk_UA", "ru_RU"])
def test_csv_round_trip_of_synthetic_names(tmp_path: Path, locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(2024)
    rows = [[fake.last_name(), fake.first_name(), fake.date_of_birth()] for _ in range(50)]
    path = tmp_path / f"{locale}.csv"
    write_table(path, ["surname", "name", "born"], rows)
    table = read_table(path)
    assert [list(row.values.values()) for row in table] == [
        [surname, name, born.isoformat()] for surname, name, born in rows
    ]


def test_cp1251_file_read_then_written_as_utf8(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("ПІБ;рік\r\nКоваленко Олександр Петрович;1979\r\n".encode("cp1251"))
    table = read_table(source)
    target = tmp_path / "out.csv"
    write_table(target, table.columns, [list(row.values.values()) for row in table])
    assert read_table(target).rows == table.rows
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def failing_rows() -> Iterator[list[object]]:
    yield ["Гнатюк", 1]
    yield ["Коваленко", 2]
    raise RuntimeError("the database went away")


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_failed_write_leaves_no_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(RuntimeError, match="went away"):
        write_table(tmp_path / name, ["surname", "n"], failing_rows())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_failed_write_keeps_the_previous_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_table(path, ["surname", "n"], [["Бондар", 1]])
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="went away"):
        write_table(path, ["surname", "n"], failing_rows())
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_row_of_the_wrong_width_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="row 3 has 1 values for 2 columns"):
        write_table(tmp_path / name, ["a", "b"], [[1, 2], [3]])
    assert list(tmp_path.iterdir()) == []


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        write_table(tmp_path / "out.ods", ["a"], [])
    assert info.value.problems[0].file == str(tmp_path / "out.ods")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        write_table(tmp_path / "nowhere" / "out.csv", ["a"], [])


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx"])
def test_header_only(tmp_path: Path, name: str) -> None:
    write: Callable[..., int] = write_table
    assert write(tmp_path / name, ["a", "b"], []) == 0
    table = read_table(tmp_path / name)
    assert table.columns == ("a", "b")
    assert len(table) == 0


FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def raw_cells(path: Path) -> list[list[str]]:
    """The cells of a CSV file exactly as a spreadsheet program would receive them."""
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_text_that_would_run_as_a_formula_gets_a_quote(tmp_path: Path, text: str) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["name"], [[text]])
    assert raw_cells(path)[1] == ["'" + text]


def test_csv_numbers_stay_numbers_but_numeric_text_is_defused(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["int", "float", "decimal", "text"], [[-3, -2.5, Decimal("-1.50"), "-3"]])
    assert raw_cells(path)[1] == ["-3", "-2.5", "-1.50", "'-3"]


@pytest.mark.parametrize(
    ("text", "written"),
    [("Мар'яна", "Мар'яна"), ("'quoted'", "'quoted'"), ("'=x", "''=x"), ("a=b", "a=b"), ("", "")],
)
def test_csv_other_text_is_left_alone_or_quoted_once_more(
    tmp_path: Path, text: str, written: str
) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["name", "n"], [[text, 1]])
    assert raw_cells(path)[1] == [written, "1"]


def test_csv_header_is_defused_too(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["-owed", "name"], [])
    assert raw_cells(path)[0] == ["'-owed", "name"]
    assert read_table(path).columns == ("-owed", "name")


def test_csv_export_reimports_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    rows = [[text, "'" + text] for text in FORMULAS] + [[-3, "-3"]]
    write_table(path, ["a", "b"], rows)
    back = [list(row.values.values()) for row in read_table(path)]
    # Cells are stripped on reading, so a leading tab or CR goes, as it always did.
    expected = [[str(a).strip(), str(b)] for a, b in rows]
    assert back == expected
