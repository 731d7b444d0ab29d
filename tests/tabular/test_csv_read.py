from collections.abc import Callable
from pathlib import Path

import pytest

from parley.tabular import Row, read_table

Writer = Callable[[str, bytes], Path]

UKRAINIAN = ["Коваленко Олександр Петрович", "Гнатюк Ірина", "Ґудзь Євгенія Їжаківна"]
RUSSIAN = ["Смирнов Алексей Юрьевич", "Щербакова Эльвира", "Воробьёв Ерофей"]


def test_reads_header_and_rows_stripped(write_bytes: Writer) -> None:
    path = write_bytes("list.csv", b" surname , age\nShevchenko ,  41 \nBondar,7\n")
    table = read_table(path)
    assert table.file == str(path)
    assert table.columns == ("surname", "age")
    assert len(table) == 2
    assert table.rows[0] == Row(2, {"surname": "Shevchenko", "age": "41"})
    assert [row.number for row in table] == [2, 3]


def test_utf8_bom_is_not_part_of_the_first_column(write_bytes: Writer) -> None:
    path = write_bytes("bom.csv", "\ufeffпрізвище,вік\nГнатюк,30\n".encode())
    table = read_table(path)
    assert table.columns == ("прізвище", "вік")
    assert table.rows[0].values["прізвище"] == "Гнатюк"


@pytest.mark.parametrize("names", [UKRAINIAN, RUSSIAN, UKRAINIAN[1:2]])
def test_cp1251_names_are_detected(write_bytes: Writer, names: list[str]) -> None:
    text = "ПІБ;номер\r\n" + "".join(f"{name};{i}\r\n" for i, name in enumerate(names))
    path = write_bytes("cp1251.csv", text.encode("cp1251"))
    table = read_table(path)
    assert table.columns == ("ПІБ", "номер")
    assert [row.values["ПІБ"] for row in table] == names


@pytest.mark.parametrize("names", [UKRAINIAN, RUSSIAN])
def test_utf8_names_without_bom(write_bytes: Writer, names: list[str]) -> None:
    text = "name\n" + "".join(f"{name}\n" for name in names)
    table = read_table(write_bytes("utf8.csv", text.encode()))
    assert [row.values["name"] for row in table] == names


@pytest.mark.parametrize(
    ("data", "columns"),
    [
        (b"a;b;c\n1;2,5;3\n", ("a", "b", "c")),
        (b"a\tb\n1\t2;3\n", ("a", "b")),
        (b'"x,y";z\n1;2\n', ("x,y", "z")),
        ("Прізвище;Ім'я\nМар'яненко;Мар'яна\n".encode(), ("Прізвище", "Ім'я")),
        (b"only\nvalue;with\tdelimiters\n", ("only",)),
    ],
)
def test_delimiter_is_sniffed_from_the_header(
    write_bytes: Writer, data: bytes, columns: tuple[str, ...]
) -> None:
    table = read_table(write_bytes("d.csv", data))
    assert table.columns == columns
    assert len(table) == 1


def test_blank_rows_are_skipped_but_numbering_stays_true(write_bytes: Writer) -> None:
    table = read_table(write_bytes("gaps.csv", b"a,b\n1,2\n\n , \n3,4\n"))
    assert [row.number for row in table] == [2, 5]


def test_quoted_newlines_stay_in_one_row(write_bytes: Writer) -> None:
    table = read_table(write_bytes("multi.csv", b'a,b\n"line one\nline two",x\n2,y\n'))
    assert table.rows[0].values["a"] == "line one\nline two"
    assert [row.number for row in table] == [2, 3]


def test_progress_is_reported_every_thousand_rows(write_bytes: Writer) -> None:
    data = b"n\n" + b"".join(b"%d\n" % i for i in range(2500))
    seen: list[int] = []
    table = read_table(write_bytes("big.csv", data), progress=seen.append)
    assert len(table) == 2500
    assert seen == [1000, 2000]


def test_values_are_read_only(write_bytes: Writer) -> None:
    row = read_table(write_bytes("ro.csv", b"a\n1\n")).rows[0]
    with pytest.raises(TypeError):
        row.values["a"] = "2"  # type: ignore[index]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("'=1+1", "=1+1"),
        ("'-3", "-3"),
        ("'+380", "+380"),
        ("'@x", "@x"),
        ("''=x", "'=x"),
        ("'abc", "'abc"),
        ("'3", "'3"),
        ("Мар'яна", "Мар'яна"),
        ("'", "'"),
        (" '=x", "'=x"),
    ],
)
def test_one_defusing_quote_is_dropped_only_before_a_formula_character(
    write_bytes: Writer, cell: str, value: str
) -> None:
    # The quote our CSV export puts before =, +, -, @, tab or CR, as OWASP advises.
    path = write_bytes("q.csv", f"name,n\n{cell},1\n".encode())
    assert read_table(path).rows[0].values["name"] == value
