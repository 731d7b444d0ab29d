"""The table a reader returns, and the builder both readers share."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from parley.errors import InputError, Problem

Progress = Callable[[int], None]
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class Row:
    """One data row; `number` is the row as a spreadsheet shows it (header = 1)."""

    number: int
    values: Mapping[str, str]


@dataclass(frozen=True)
class Table:
    """A table read from a file: stripped header names and the non-blank data rows."""

    file: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)


class TableBuilder:
    """Collects the header and rows of one file, and every problem found in them."""

    def __init__(self, file: str, progress: Progress | None = None) -> None:
        self.file = file
        self.columns: tuple[str, ...] = ()
        self.problems: list[Problem] = []
        self._rows: list[Row] = []
        self._read = 0
        self._progress = progress

    def problem(
        self, reason: str, *, row: int | None = None, field: str | None = None, value: str = ""
    ) -> None:
        """Record one problem with this file."""
        self.problems.append(Problem(reason, file=self.file, row=row, field=field, value=value))

    def header(self, number: int, cells: Sequence[str]) -> None:
        """Take row `number` as the header: names stripped, none empty, none repeated."""
        names = tuple(cell.strip() for cell in cells)
        if not any(names):
            self.problem(f"no header: row {number} is blank", row=number)
            return
        seen: set[str] = set()
        for position, name in enumerate(names, start=1):
            if not name:
                self.problem(f"column {position} has no name in the header", row=number)
            elif name in seen:
                self.problem("column name repeated in the header", row=number, field=name)
            seen.add(name)
        self.columns = names

    def add(self, number: int, cells: Sequence[str]) -> None:
        """Add data row `number`; blank rows are skipped, wrong widths recorded."""
        self._read += 1
        if self._progress is not None and self._read % PROGRESS_EVERY == 0:
            self._progress(self._read)
        texts = [cell.strip() for cell in cells]
        if not any(texts):
            return
        if self._width_ok(number, texts):
            values = MappingProxyType(dict(zip(self.columns, texts, strict=True)))
            self._rows.append(Row(number, values))

    def _width_ok(self, number: int, texts: list[str]) -> bool:
        width = len(self.columns)
        if len(texts) == width:
            return True
        found = f"expected {width} fields as in the header, found {len(texts)}"
        if len(texts) < width:
            self.problem(found, row=number, field=self.columns[len(texts)])
        else:
            self.problem(found, row=number, value=texts[width])
        return False

    def finish(self) -> Table:
        """Return the table, or raise InputError listing every problem found."""
        if self.problems:
            raise InputError(self.problems)
        return Table(self.file, self.columns, tuple(self._rows))


def check_width(values: Sequence[object], width: int, number: int) -> None:
    """Refuse a row whose length differs from the header's: a caller's bug, not input."""
    if len(values) != width:
        raise ValueError(f"row {number} has {len(values)} values for {width} columns")
