"""Titles written before a name: the lexicon's (kg/extract/lexicon.py) and the posts of
foreign services that reporters write the same way ("Vice-Minister X", "State Secretary
X", "Ambassador Extraordinary and Plenipotentiary X", "H.E. X")."""

from __future__ import annotations

from kg.extract.lexicon import HONORIFICS as _HONORIFICS
from kg.extract.lexicon import NOT_NAME_WORDS as _NOT_NAME_WORDS
from kg.extract.lexicon import TITLES as _TITLES

_POSTS = (
    "undersecretary|under-secretary|under secretary|vice-minister|vice minister|"
    "deputy minister|state secretary|minister of state|cabinet secretary|chief of staff|"
    "chief of the general staff|chief of defence staff|chief of defense staff"
).split("|")

_EXCELLENCY = ("h.e.", "his excellency", "her excellency")

TITLES: dict[str, str] = {
    **_TITLES,
    **{post: post.title() for post in _POSTS},
    "ambassador extraordinary and plenipotentiary": "Ambassador",
    **dict.fromkeys(_EXCELLENCY, ""),
}
# each written with hyphens too: "Deputy-Secretary-General X", "Foreign-Minister X"
TITLES.update({t.replace(" ", "-"): role for t, role in list(TITLES.items()) if " " in t})
# Titles that state no role ("Mr.", "H.E.")
HONORIFICS = _HONORIFICS | frozenset(_EXCELLENCY)
# Words of such titles that are never a name's ("Extraordinary", "Plenipotentiary")
NOT_NAME_WORDS = _NOT_NAME_WORDS | frozenset(
    ("extraordinary", "plenipotentiary", "excellency", "staff")
)
