"""Names as kg compares them: folded, split into words, keyed for look-up.

Pure text, no RDF: the extractor compares the names it reads in this form, and
``kg.iri`` mints IRIs from it, so a name read in an article and the same name in
the reference data meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_INITIAL = re.compile(r"^[a-z]$")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics: the form names are compared in."""
    if text.isascii():
        return text.lower()  # nothing to decompose; for ASCII, casefold is lower
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_WORD = re.compile(r"\w+")
# Name keys: the beginnings of a name's words, 3 to 6 letters long (a shorter word is
# a key as a whole). A look-up by the beginning of a word then reads an index instead
# of every name; longer beginnings are checked against the names found.
KEY_MIN, KEY_MAX = 3, 6


def name_words(text: str) -> list[str]:
    """The words of a name or of what a user typed, folded: how names are compared."""
    return _WORD.findall(fold(text))


def name_keys(name: str) -> list[str]:
    """The keys a name is found by: each word's beginnings of 3 to 6 letters, sorted."""
    keys: set[str] = set()
    for word in name_words(name):
        if len(word) < KEY_MIN:
            keys.add(word)
        keys.update(word[:n] for n in range(KEY_MIN, min(len(word), KEY_MAX) + 1))
    return sorted(keys)


def search_key(word: str) -> str | None:
    """The key that finds every name with a word beginning with ``word`` (a folded
    word), or None if ``word`` is too short to have one."""
    return word[:KEY_MAX] if len(word) >= KEY_MIN else None


def person_key(name: str) -> str:
    """The identity of a person's name: folded, without initials and suffixes.

    "Susan E. Rice" and "Susan Rice" are one person; "Joseph R. Biden Jr." is
    "joseph-biden".
    """
    tokens = [t for t in _NON_ALNUM.split(fold(name)) if t]
    kept = [t for t in tokens if not _INITIAL.match(t) and t not in _SUFFIXES]
    return "-".join(kept or tokens) or "x"


_COUNCIL_YEAR = re.compile(r"(?i)^(S/RES/\d+)\s*\(\d{4}\)$")


def resolution_key(key: str) -> str:
    """The form of a resolution's key its IRIs are minted from: a Security Council
    symbol without its year ("S/RES/2334 (2016)" and "S/RES/2334", as "resolution 2334"
    is read, are one resolution); every other key as it is."""
    match = _COUNCIL_YEAR.match(key)
    return match.group(1) if match else key
