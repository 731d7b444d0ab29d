from collections.abc import Callable
from pathlib import Path

import pytest

from parley.errors import Problem

Writer = Callable[[str, bytes], Path]
Rejected = Callable[..., list[Problem]]


def where(problems: list[Problem], index: int = 0) -> tuple[str | None, int | None, str | None]:
    """The file, row and field a problem names."""
    p = problems[index]
    return p.file, p.row, p.field


def test_every_row_of_the_wrong_width_is_reported(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("w.csv", b"surname,name,born\nA,B,1990\nC,D\nE,F,1991\nG,H,1,extra\n")
    problems = rejected(path)
    assert len(problems) == 2
    assert where(problems, 0) == (str(path), 3, "born")
    assert "expected 3 fields" in problems[0].reason
    assert where(problems, 1) == (str(path), 5, None)
    assert problems[1].value == "extra"


def test_unclosed_quote_names_the_row_it_opened_in(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("q.csv", b'a,b\n1,2\n"3,4\n5,6\n')
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), 3, None)
    assert "never closed" in problem.reason


def test_text_after_a_closing_quote_is_malformed(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("q.csv", b'a,b\n"1"x,2\n3,4\n"5"y,6\n')
    problems = rejected(path)
    assert [(p.file, p.row) for p in problems] == [(str(path), 2), (str(path), 4)]


def test_duplicate_header_name(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("dup.csv", b"name, name ,age\n1,2,3\n")
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), 1, "name")
    assert "repeated" in problem.reason


def test_empty_header_name(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("empty-name.csv", b"name,,age\n1,2,3\n")
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), 1, None)
    assert "column 2 has no name" in problem.reason


def test_header_problems_and_row_problems_come_together(
    write_bytes: Writer, rejected: Rejected
) -> None:
    path = write_bytes("both.csv", b"a,a\n1\n")
    assert [(p.row, p.field) for p in rejected(path)] == [(1, "a"), (2, "a")]


def test_no_header(write_bytes: Writer, rejected: Rejected) -> None:
    path = write_bytes("nohead.csv", b"\nname,age\nA,1\n")
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), 1, None)
    assert "no header" in problem.reason


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf"])
def test_empty_file(write_bytes: Writer, rejected: Rejected, data: bytes) -> None:
    path = write_bytes("empty.csv", data)
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), None, None)
    assert "empty" in problem.reason


@pytest.mark.parametrize(
    "data", [b"a,b\n1,2\n\x00\x01\x02\x03", "a,b\n1,2\n".encode("utf-16-le")[:8] + b"\n\x00"]
)
def test_binary_file(write_bytes: Writer, rejected: Rejected, data: bytes) -> None:
    path = write_bytes("bin.csv", data)
    (problem,) = rejected(path)
    assert problem.file == str(path)
    assert problem.row is not None
    assert "NUL" in problem.reason


def test_binary_file_names_the_line(write_bytes: Writer, rejected: Rejected) -> None:
    (problem,) = rejected(write_bytes("bin.csv", b"a,b\n1,2\n3\x004\n"))
    assert problem.row == 3


def test_undecodable_bytes(write_bytes: Writer, rejected: Rejected) -> None:
    # 0x98 is unassigned in cp1251 and a stray continuation byte in UTF-8.
    path = write_bytes("bad.csv", b"name,age\nab\x98\x98cd,1\n")
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), 2, None)
    assert "undecodable" in problem.reason
    assert problem.value.startswith("98")


@pytest.mark.parametrize("name", ["list.txt", "list.xls", "list"])
def test_unknown_extension(write_bytes: Writer, rejected: Rejected, name: str) -> None:
    path = write_bytes(name, b"a,b\n1,2\n")
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), None, None)
    assert "unsupported file type" in problem.reason


@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_missing_file(tmp_path: Path, rejected: Rejected, name: str) -> None:
    path = tmp_path / name
    (problem,) = rejected(path)
    assert where([problem]) == (str(path), None, None)
    assert problem.reason == "no such file"


def test_a_folder_is_not_a_file(tmp_path: Path, rejected: Rejected) -> None:
    (tmp_path / "dir.csv").mkdir()
    (problem,) = rejected(tmp_path / "dir.csv")
    assert problem.reason == "no such file"


def test_sheet_for_a_csv_file(write_bytes: Writer, rejected: Rejected) -> None:
    (problem,) = rejected(write_bytes("s.csv", b"a\n1\n"), sheet="Sheet1")
    assert problem.value == "Sheet1"
