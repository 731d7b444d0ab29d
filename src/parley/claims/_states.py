"""Other states and international bodies a source may speak for, by ISO code or short name.

Hand-written: pycountry knows states' names but not the adjectives news uses for their
officials ("a Polish official", "Hungarian diplomats"), and the bench's codes for
international bodies ("NATO", "UN") are no ISO standard. Consulted only for a source's party,
after the belligerents and mediators in `_lexicon.PARTIES`, so no direction is read from it.
"""

from __future__ import annotations

import re

__all__ = ["state_in"]

STATES: dict[str, str] = {
    "nato": "NATO",
    "north atlantic treaty organization": "NATO",
    "european union": "EU",
    "european commission": "EU",
    "osce": "OSCE",
    "iaea": "IAEA",
    "international atomic energy agency": "IAEA",
    "poland": "PL",
    "polish": "PL",
    "warsaw": "PL",
    "hungary": "HU",
    "hungarian": "HU",
    "budapest": "HU",
    "moldova": "MD",
    "moldovan": "MD",
    "romania": "RO",
    "romanian": "RO",
    "slovakia": "SK",
    "slovak": "SK",
    "lithuania": "LT",
    "lithuanian": "LT",
    "latvia": "LV",
    "latvian": "LV",
    "estonia": "EE",
    "estonian": "EE",
    "finland": "FI",
    "finnish": "FI",
    "georgia": "GE",
    "georgian": "GE",
    "kazakhstan": "KZ",
    "kazakh": "KZ",
    "azerbaijan": "AZ",
    "armenia": "AM",
    "germany": "DE",
    "german": "DE",
    "berlin": "DE",
    "france": "FR",
    "french": "FR",
    "paris": "FR",
    "britain": "GB",
    "british": "GB",
    "united kingdom": "GB",
    "london": "GB",
    "italy": "IT",
    "italian": "IT",
    "norway": "NO",
    "norwegian": "NO",
    "switzerland": "CH",
    "swiss": "CH",
    "austria": "AT",
    "austrian": "AT",
    "american": "US",
    "china": "CN",
    "chinese": "CN",
    "beijing": "CN",
    "india": "IN",
    "indian": "IN",
    "brazil": "BR",
    "brazilian": "BR",
    "south africa": "ZA",
    "south african": "ZA",
    "israel": "IL",
    "israeli": "IL",
    "iran": "IR",
    "iranian": "IR",
    "north korea": "KP",
    "north korean": "KP",
    "pyongyang": "KP",
    "south korea": "KR",
    "south korean": "KR",
    "japan": "JP",
    "japanese": "JP",
    "oman": "OM",
    "omani": "OM",
    "kuwait": "KW",
    "egypt": "EG",
    "egyptian": "EG",
    "indonesia": "ID",
    "indonesian": "ID",
    "minsk": "BY",
    "uk": "GB",
    "pentagon": "US",
    "white house": "US",
    "canada": "CA",
    "canadian": "CA",
    "netherlands": "NL",
    "dutch": "NL",
    "spain": "ES",
    "spanish": "ES",
    "sweden": "SE",
    "swedish": "SE",
    "denmark": "DK",
    "danish": "DK",
    "czech": "CZ",
    "belgium": "BE",
    "belgian": "BE",
    "bulgaria": "BG",
    "bulgarian": "BG",
    "serbia": "RS",
    "serbian": "RS",
}
_STATE = re.compile(
    r"(?<!-)\b(?P<name>"
    + "|".join(sorted((re.escape(n) for n in STATES), key=len, reverse=True))
    + r")(?:'s)?\b",
    re.IGNORECASE,
)


# "US officials", "U.S. intelligence": in capitals only, not the pronoun "us".
_US = re.compile(r"(?<![\w.])(?:US|U\.S\.)(?![\w])")


def state_in(text: str) -> str | None:
    """The code of the first other state or international body named in `text`, if any."""
    m = _STATE.search(text)
    if m is None:
        return "US" if _US.search(text) else None
    return STATES[m["name"].lower()]
