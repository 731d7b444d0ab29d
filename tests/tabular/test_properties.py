import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from parley.tabular import read_table, write_table

# Any text the reader gives back unchanged: no NUL (refused as binary), no surrogates
# (not encodable), no leading or trailing whitespace (cells are stripped).
CELL = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12
).filter(lambda text: text == text.strip())
# Cells are stressed with commas, quotes and newlines; also sprinkle them in explicitly.
TRICKY = st.sampled_from(["a,b", '"', 'x "y" z', "line\nbreak", "cr\r\nlf", "Гнатюк Ірина", ";"])
NAME = st.text("abcxyzАБВїєґі_0123 ", min_size=1, max_size=8).filter(lambda t: t == t.strip())


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    columns = draw(st.lists(NAME, min_size=1, max_size=5, unique=True))
    row = st.lists(CELL | TRICKY, min_size=len(columns), max_size=len(columns))
    return columns, draw(st.lists(row, max_size=8))


@given(tables())
def test_csv_round_trip_gives_the_same_cells(table: tuple[list[str], list[list[str]]]) -> None:
    columns, rows = table
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        write_table(path, columns, rows)
        back = read_table(path)
    assert back.columns == tuple(columns)
    assert [list(row.values.values()) for row in back] == [row for row in rows if any(row)]
