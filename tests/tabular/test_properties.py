import csv
import io
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


TRIGGERS = "=+-@\t\r"
# Any text the file can hold; drawn often as quotes, then a formula character, then anything.
ANY_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"))
FORMULA_LIKE = st.builds(
    lambda quotes, trigger, rest: quotes + trigger + rest,
    st.text("'", max_size=3),
    st.sampled_from(TRIGGERS),
    ANY_TEXT,
)


@given(st.lists(ANY_TEXT | FORMULA_LIKE, min_size=1, max_size=8))
def test_csv_text_comes_back_and_no_cell_starts_like_a_formula(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        write_table(path, ["n", "text"], [[i, text] for i, text in enumerate(texts)])
        raw = path.read_bytes().decode("utf-8-sig")
        back = read_table(path)
    cells = [cell for row in csv.reader(io.StringIO(raw, newline="")) for cell in row]
    assert not [cell for cell in cells if cell[:1] in set(TRIGGERS)]
    # Reading strips each cell's surrounding whitespace; nothing else may change.
    assert [row.values["text"] for row in back] == [text.strip() for text in texts]
