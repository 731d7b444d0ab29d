"""CSV files: sniffed delimiter, UTF-8 or cp1251 in; UTF-8 with BOM and commas out."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from parley.tabular._cells import to_text
from parley.tabular._encoding import decode
from parley.tabular._table import Progress, Table, TableBuilder, check_width

DELIMITERS = (",", ";", "\t")
# A cell starting with one of these runs as a formula in a spreadsheet (OWASP CSV Injection).
TRIGGERS = frozenset("=+-@\t\r")
NUMBERS = (int, float, Decimal)


def read_csv(path: Path, file: str, progress: Progress | None) -> Table:
    """Read a CSV file, collecting every malformed row before raising."""
    builder = TableBuilder(file, progress)
    data = path.read_bytes()
    if not data.removeprefix(b"\xef\xbb\xbf"):
        builder.problem("file is empty")
        return builder.finish()
    text = decode(data, file)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff(text), strict=True)
    records = _records(reader, builder)
    first = next(records, None)
    if not builder.problems:
        builder.header(1, first[1] if first else [])
    if not builder.columns:
        return builder.finish()
    for number, cells in records:
        builder.add(number, cells)
    return builder.finish()


def sniff(text: str) -> str:
    """Pick the delimiter that splits the header line into the most fields.

    Written by hand because csv.Sniffer raises on a one-column file, can guess `'`
    as the quote character (apostrophes are common in Ukrainian names: Мар'яна) and
    weighs the data rows; here only the header line decides, ties going to the comma.
    """
    line = text.split("\n", 1)[0]
    counts = {d: len(next(csv.reader([line], delimiter=d), [])) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first on ties


def _records(reader: Iterator[list[str]], builder: TableBuilder) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, restored cells); a row the csv module cannot parse becomes a problem."""
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            number += 1
            builder.problem(_reason(err), row=number)
            continue
        number += 1
        yield number, [restore(cell) for cell in cells]


def _reason(err: csv.Error) -> str:
    if "unexpected end of data" in str(err):
        return "a quote opened in this row is never closed"
    return f"malformed CSV row: {err}"


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write UTF-8 with BOM (so Excel shows Cyrillic), commas, RFC 4180 quoting.

    Text that a spreadsheet would run as a formula gets a leading `'` (see `defuse`).
    """
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([defuse(name) for name in columns])
        for values in rows:
            check_width(values, len(columns), written + 2)
            writer.writerow([_cell(value) for value in values])
            written += 1
    return written


def _cell(value: object) -> str:
    """Numbers are written as they are (-3 stays -3); any other value is text to defuse."""
    if isinstance(value, NUMBERS):
        return to_text(value)
    return defuse(to_text(value))


def defuse(text: str) -> str:
    """Prefix `'` to text starting with =, +, -, @, tab or CR (OWASP, CSV injection).

    Text made of quotes then a trigger also gets one more quote, so that `restore`
    gives back exactly what was written, whatever the text.
    """
    return "'" + text if text.lstrip("'")[:1] in TRIGGERS else text


def restore(cell: str) -> str:
    """Undo `defuse`: drop one leading `'` only where quotes are followed by a trigger."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in TRIGGERS:
        return cell[1:]
    return cell
