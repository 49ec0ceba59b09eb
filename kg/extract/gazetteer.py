"""Dictionary lookup of reference names in a tokenised text.

``Gazetteer`` is built once from the reference data: every country name, UN
name, code, demonym and capital, every organization alias, party and region.
Lookup walks the tokens once and takes the longest entry starting at each token,
so "Republic of Korea" wins over "Korea" and "Washington Post" over "Washington".
Acronyms match only in capitals ("US", never "us").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat
from operator import is_not
from typing import Any

from kg.extract.text import WORD, Document, Token
from kg.iri import fold
from kg.model import Reference

# Phrases that contain a country's word but name no country.
_NOT_COUNTRIES = (
    "Latin America",
    "Latin American",
    "Latin Americans",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "Native American",
    "Native Americans",
    "Anglo American",
    "African American",
    "African Americans",
    "Asian American",
    "Asian Americans",
    "New Yorker",
    "New York",
    "Middle East",
    "Far East",
    "Korean Peninsula",
    "Korean War",
    "Cold War",
)


@dataclass(frozen=True)
class Entry:
    kind: str  # country | organization | party | region | platform | none
    key: str  # ISO alpha-3, or the canonical name
    detail: str = ""  # mention kind for countries, organization kind for organizations
    country: str | None = None
    acronym: bool = False


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    entry: Entry
    surface: str


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return fold(word).replace(".", "")


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return letters.isalnum() and letters.isupper() and len(letters) <= 6


class Gazetteer:
    """Longest-match lookup of reference names over a document's tokens."""

    def __init__(self, reference: Reference) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        # word -> whether it may begin an entry (a bounded memo across documents)
        self._may_start: dict[str, bool] = {}
        self._trie: dict[str, Any] = {}
        self.country_names: dict[str, str] = {}
        for c in reference.countries:
            self.country_names[c.iso3] = c.common_name
            self._add(c.common_name, Entry("country", c.iso3, "name"))
            self._add(c.un_name.split(" (")[0], Entry("country", c.iso3, "un-name"))
        for a in reference.aliases:
            self._add(a.alias, Entry("country", a.iso3, a.kind, acronym=_is_acronym(a.alias)))
        for o in reference.organizations:
            kind = "platform" if o.kind == "platform" else "organization"
            for alias in {o.name, *o.aliases}:
                self._add(alias, Entry(kind, o.name, o.kind, o.country, _is_acronym(alias)))
        for p in reference.parties:
            for alias in {p.name, *p.aliases}:
                self._add(alias, Entry("party", p.name, "", p.country, _is_acronym(alias)))
        for r in reference.regions:
            self._add(r.name, Entry("region", r.name, "", r.country))
        self.region_abbreviations = {
            _key(abbr): r for r in reference.regions for abbr in r.abbreviations
        }
        for phrase in _NOT_COUNTRIES:
            self._add(phrase, Entry("none", phrase))
        for options in self._index.values():
            options.sort(key=lambda item: (-len(item[0]), _PRIORITY.get(item[1].kind, 9)))
        _sort_trie(self._trie)

    def _add(self, alias: str, entry: Entry) -> None:
        keys = tuple(_key(m.group(0)) for m in WORD.finditer(alias))
        if keys:
            self._index.setdefault(keys[0], []).append((keys, entry))
            node = self._trie
            for key in keys:
                node = node.setdefault(key, {})
            node.setdefault(_ENTRIES, []).append(entry)

    def match_at(self, doc: Document, i: int) -> Match | None:
        """The longest entry starting at token ``i``, if any: a walk down the token trie."""
        tokens = doc.tokens
        norm = doc.norm
        found: list[
            tuple[int, bool, list[Entry]]
        ] = []  # (last token, ends on a possessive, entries)
        node = self._trie
        j = i
        while j < len(tokens):
            tok = tokens[j]
            if j > i and norm[tokens[j - 1].end : tok.start] != " ":
                break  # not adjacent: punctuation in between
            full = node.get(_key(tok.text))
            if tok.bare != tok.text:
                bare = node.get(_key(tok.bare))
                if bare is not None and _ENTRIES in bare:
                    found.append((j, True, bare[_ENTRIES]))
            if full is None:
                break
            if _ENTRIES in full:
                found.append((j, False, full[_ENTRIES]))
            node = full
            j += 1
        for last, possessive, entries in sorted(found, key=lambda f: (-f[0], f[1])):
            for entry in entries:
                if not self._case_fits(tokens, i, last, entry):
                    continue
                start, end = tokens[i].start, tokens[last].end
                if possessive:
                    end = tokens[last].start + len(tokens[last].bare)
                return Match(start, end, i, last, entry, doc.text[start:end])
        return None

    @staticmethod
    def _case_fits(tokens: list[Token], i: int, last: int, entry: Entry) -> bool:
        if entry.acronym:
            return all(tokens[k].bare.replace(".", "").isupper() for k in range(i, last + 1))
        if tokens[i].text[:1].isupper():
            return True
        # Lower-case bodies in British style ("the security council"), never one word.
        return entry.kind == "organization" and last > i

    def scan(self, doc: Document) -> Iterator[Match]:
        """Every longest match, left to right, without overlaps."""
        tokens = doc.tokens
        may_start = self._may_start
        # Most tokens start no entry: one C-level pass of the per-word memo finds those
        # that may (True) or are not known yet (None); only they are visited.
        known = list(map(may_start.get, doc.token_texts))
        free = 0  # the first token no earlier match covers
        for i in compress(count(), map(is_not, known, repeat(False))):
            if i < free:
                continue
            starts = known[i]
            if starts is None:
                token = tokens[i]
                text = token.text
                starts = _key(text) in self._index or _key(token.bare) in self._index or "-" in text
                if len(may_start) < _MAY_START_SIZE:
                    may_start[text] = starts
                if not starts:
                    continue
            match = self.match_at(doc, i)
            if match is None:
                yield from self._hyphen_parts(doc, i)
                continue
            yield match
            free = match.last + 1

    def _hyphen_parts(self, doc: Document, i: int) -> Iterator[Match]:
        """Countries inside a hyphenated compound: "US-drafted", "Ukraine-Russia"."""
        token = doc.tokens[i]
        if "-" not in token.text:
            return
        offset = token.start
        for n, part in enumerate(token.text.split("-")):
            options = self._index.get(_key(part.removesuffix("'s")), [])
            for keys, entry in options:
                if len(keys) != 1 or entry.kind != "country" or not part[:1].isupper():
                    continue
                if entry.acronym and not part.replace(".", "").isupper():
                    continue
                # a demonym counts only at the head of a compound ("Israeli-Palestinian")
                if entry.detail == "demonym" and n > 0:
                    continue
                yield Match(offset, offset + len(part), i, i, entry, part)
                break
            offset += len(part) + 1


_MAY_START_SIZE = 200_000
_PRIORITY = {"country": 0, "organization": 1, "platform": 1, "party": 2, "region": 3, "none": 4}
_ENTRIES = "\x00entries"  # the key under which a trie node keeps the entries ending there


def _sort_trie(node: dict[str, Any]) -> None:
    entries = node.get(_ENTRIES)
    if entries:
        entries.sort(key=lambda e: _PRIORITY.get(e.kind, 9))
    for key, child in node.items():
        if key != _ENTRIES:
            _sort_trie(child)
