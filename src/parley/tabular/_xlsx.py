"""XLSX files through openpyxl: streamed in read-only mode, written in write-only mode."""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from parley.errors import InputError, Problem
from parley.tabular._cells import to_text
from parley.tabular._table import Progress, Table, TableBuilder, check_width

# What openpyxl raises, at load or while streaming rows, for a file that is not a sound XLSX.
BROKEN = (zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, ValueError, SyntaxError)
NATIVE = (int, float, Decimal, dt.date, dt.time)


def read_xlsx(path: Path, file: str, sheet: str | None, progress: Progress | None) -> Table:
    """Read the first sheet, or the one named, of an XLSX file."""
    # Our own handle: openpyxl leaves its file open when loading fails part way.
    with path.open("rb") as handle:
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except BROKEN as err:
            raise InputError(Problem(f"not a valid XLSX file ({err})", file)) from None
        try:
            return _read_sheet(_pick_sheet(book, sheet, file), TableBuilder(file, progress))
        except BROKEN as err:
            raise InputError(Problem(f"damaged XLSX file ({err})", file)) from None
        finally:
            book.close()


def _pick_sheet(book: Any, sheet: str | None, file: str) -> Any:
    names: list[str] = list(book.sheetnames)
    if sheet is None:
        return book.worksheets[0]
    if sheet not in names:
        listed = ", ".join(repr(name) for name in names)
        raise InputError(Problem(f"no such sheet; the sheets are {listed}", file, value=sheet))
    return book[sheet]


def _read_sheet(sheet: Any, builder: TableBuilder) -> Table:
    rows = _texts(sheet.iter_rows(values_only=True))
    header = next(rows, [])
    builder.header(1, _trim(header))
    if not builder.columns:
        return builder.finish()
    width = len(builder.columns)
    for number, cells in enumerate(rows, start=2):
        builder.add(number, _fit(cells, width))
    return builder.finish()


def _texts(rows: Iterable[tuple[object, ...]]) -> Iterator[list[str]]:
    # read-only mode yields an empty tuple for each missing row, so numbering stays true.
    for values in rows:
        yield [to_text(value).strip() for value in values]


def _trim(cells: list[str]) -> list[str]:
    """Drop trailing empty cells: a sheet has no fixed width, formatting can widen it."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _fit(cells: list[str], width: int) -> list[str]:
    """Pad a short row to the header's width; keep any text beyond it to be reported."""
    kept = _trim(cells) if len(cells) > width else cells
    if len(kept) <= width:
        return kept + [""] * (width - len(kept))
    return kept


def write_xlsx(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write one sheet: a bold header, then the rows; dates stay dates."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    written = 0
    try:
        sheet.append([_text_cell(sheet, name, bold=True) for name in columns])
        for values in rows:
            check_width(values, len(columns), written + 2)
            sheet.append([_cell(sheet, value) for value in values])
            written += 1
    except BaseException:
        # Saving is openpyxl's only way to close a write-only sheet and its temp file;
        # the caller then deletes what was saved.
        with contextlib.suppress(Exception):
            book.save(path)
        raise
    book.save(path)
    return written


def _cell(sheet: Any, value: object) -> object:
    if value is None:
        return None
    aware = isinstance(value, dt.datetime | dt.time) and value.tzinfo is not None
    if isinstance(value, NATIVE) and not aware:
        return value
    return _text_cell(sheet, to_text(value))


def _text_cell(sheet: Any, text: str, *, bold: bool = False) -> Any:
    cell = WriteOnlyCell(sheet, value=text)
    # Text stays text: without this, "=..." would be written as a formula.
    cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)
    return cell
