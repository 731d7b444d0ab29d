"""Decoding CSV bytes: UTF-8 (with or without BOM) or Windows-1251, nothing else."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from parley.errors import InputError, Problem

# Restricting the candidates keeps a short cp1251 list of names from being read as,
# say, KOI8-R or MacCyrillic, which a free guess on a few dozen bytes often prefers.
CANDIDATES = ["utf_8", "cp1251"]
NOT_TEXT = "not a text file in UTF-8 or Windows-1251 (cp1251)"


def decode(data: bytes, file: str) -> str:
    """Return the text of a CSV file's bytes, or raise InputError saying where it breaks."""
    if b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise InputError(Problem(f"contains NUL bytes: {NOT_TEXT} (binary? UTF-16?)", file, line))
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", file)
    return _strict(data, _detect(data), file)


def _detect(data: bytes) -> str:
    """Name the encoding: valid UTF-8 wins; otherwise charset-normalizer picks."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=CANDIDATES).best()
        # No plausible match: decoding as UTF-8 below reports where the bytes break.
        return best.encoding if best is not None else "utf-8"
    return "utf-8"


def _strict(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        shown = err.object[err.start : err.start + 4].hex(" ")
        line = _line_of(data, err.start)
        problem = Problem(f"undecodable bytes: {NOT_TEXT}", file, line, value=shown)
        raise InputError(problem) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1
