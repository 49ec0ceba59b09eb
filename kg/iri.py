"""Minting IRIs: the only place kg decides what a resource is called.

Every IRI is a function of canonical content (an ISO code, a normalised name, a
resolution symbol, a text's sha256 and a character span), never of time or
chance, so the same thing gets the same IRI in every article and every run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.vocab import KG

BASE = "https://kg.example/"
ID = BASE + "id/"
REFERENCE_GRAPH = BASE + "graph/reference"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
SOFTWARE_AGENT = ID + "software/kg"

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


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"


_WORD = re.compile(r"\w+")
# Name keys: the beginnings of a name's words, 3 to 8 letters long (a shorter word is
# a key as a whole). A look-up by the beginning of a word then reads an index instead
# of every name; longer beginnings are checked against the names found.
KEY_MIN, KEY_MAX = 3, 6


def name_words(text: str) -> list[str]:
    """The words of a name or of what a user typed, folded: how names are compared."""
    return _WORD.findall(fold(text))


def name_keys(name: str) -> list[str]:
    """The keys a name is found by: each word's beginnings of 3 to 8 letters, sorted."""
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


def article_iri(sha256: str) -> str:
    return f"{ID}article/{sha256[:16]}"


def person_iri(name: str) -> str:
    return f"{ID}person/{person_key(name)}"


def organization_iri(name: str) -> str:
    return f"{ID}org/{slug(name)}"


def party_iri(name: str, country: str) -> str:
    return f"{ID}party/{country.lower()}-{slug(name)}"


def country_iri(iso3: str) -> str:
    return f"{ID}country/{iso3.upper()}"


_COUNCIL_YEAR = re.compile(r"(?i)^(S/RES/\d+)\s*\(\d{4}\)$")


def resolution_key(key: str) -> str:
    """The form of a resolution's key its IRIs are minted from: a Security Council
    symbol without its year ("S/RES/2334 (2016)" and "S/RES/2334", as "resolution 2334"
    is read, are one resolution); every other key as it is."""
    match = _COUNCIL_YEAR.match(key)
    return match.group(1) if match else key


def resolution_iri(key: str) -> str:
    return f"{ID}resolution/{slug(resolution_key(key))}"


def vote_event_iri(key: str) -> str:
    return f"{ID}vote-event/{slug(resolution_key(key))}"


def vote_iri(key: str | None, iso3: str) -> str:
    """A country's vote on a resolution: the node the record and stances share."""
    where = slug(resolution_key(key)) if key else "unspecified"
    return f"{ID}vote/{where}/{iso3.upper()}"


def official_tally_iri(key: str) -> str:
    return f"{ID}tally/{slug(resolution_key(key))}"


def official_count_iri(resolution_key: str, option: str) -> str:
    """One count of an official tally (Popolo's Count): the yes votes of A/RES/ES-11/7."""
    return f"{official_tally_iri(resolution_key)}/{slug(option)}"


def role_iri(person_name: str, label: str) -> str:
    return f"{person_iri(person_name)}/role/{slug(label)}"


def option_iri(option: str) -> str:
    return {"yes": KG.yes, "no": KG.no, "abstain": KG.abstain, "non-voting": KG.nonVoting}[option]


def in_article(article: str, kind: str, *parts: str | int) -> str:
    """An IRI for something an article says, scoped under the article's IRI."""
    tail = "/".join(slug(str(p)) if isinstance(p, str) else str(p) for p in parts)
    return f"{article}/{kind}/{tail}"
