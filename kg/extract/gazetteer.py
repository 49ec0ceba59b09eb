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
from functools import lru_cache, partial
from itertools import compress, count, repeat
from operator import ne
from typing import Any, NamedTuple

from kg.extract.text import WORD, Document, Token
from kg.model import Reference
from kg.names import fold

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


# The words a state's official long form puts before its short name: "the Kingdom of
# Morocco", "the Republic of the Marshall Islands" (after the UN's list of official names).
_STATE_FORMS = (
    "Republic of",
    "Kingdom of",
    "State of",
    "Principality of",
    "Sultanate of",
    "Grand Duchy of",
    "Commonwealth of",
    "Federal Republic of",
    "Islamic Republic of",
    "Arab Republic of",
    "Hashemite Kingdom of",
    "Socialist Republic of",
    "Bolivarian Republic of",
    "Plurinational State of",
    "United Republic of",
    "Independent State of",
)
# Long forms that name another place: "the Republic of China" is Taiwan, "the State of
# Georgia" a state of the United States.
_NOT_STATE_FORMS = frozenset({("Republic of", "CHN"), ("State of", "GEO")})


@dataclass(frozen=True)
class Entry:
    kind: str  # country | organization | party | region | platform | none
    key: str  # ISO alpha-3, or the canonical name
    detail: str = ""  # mention kind for countries, organization kind for organizations
    country: str | None = None
    acronym: bool = False


class Match(NamedTuple):
    # A tuple, not a frozen dataclass: a scan builds dozens per article, and a frozen
    # dataclass sets each field through object.__setattr__.
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    entry: Entry
    surface: str


_match = partial(tuple.__new__, Match)  # Match(*fields) from a 6-tuple
# What a word names on its own: (start, end) in the word, the entry, and the surface when
# it is the normalised word's part (None: the original text at those offsets).
_Piece = tuple[int, int, Entry, str | None]


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
        # Bounded memos across documents: word -> what entries it may begin, _STARTS_*;
        # (word, next word) -> whether the next word continues an entry the word begins;
        # word -> what it names on its own (_pieces)
        self._may_start: dict[str, int] = {}
        self._continues: dict[tuple[str, str], bool] = {}
        self._alone: dict[str, tuple[_Piece, ...]] = {}
        self._trie: dict[str, Any] = {}
        self.country_names: dict[str, str] = {}
        for c in reference.countries:
            self.country_names[c.iso3] = c.common_name
            self._add(c.common_name, Entry("country", c.iso3, "name"))
            self._add(c.un_name.split(" (")[0], Entry("country", c.iso3, "un-name"))
        for a in reference.aliases:
            self._add(a.alias, Entry("country", a.iso3, a.kind, acronym=_is_acronym(a.alias)))
        for c in reference.countries:
            # the state's long form ("the Republic of the Marshall Islands", "the Kingdom
            # of Morocco"), where the reference has no such name of its own
            for form in _STATE_FORMS:
                for name in (f"{form} {c.common_name}", f"{form} the {c.common_name}"):
                    if (form, c.iso3) not in _NOT_STATE_FORMS and not self._known(name):
                        self._add(name, Entry("country", c.iso3, "name"))
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

    def _known(self, alias: str) -> bool:
        node = self._trie
        for m in WORD.finditer(alias):
            node = node.get(_key(m.group(0)), {})
        return _ENTRIES in node

    def match_at(self, doc: Document, i: int) -> Match | None:
        """The longest entry starting at token ``i``, if any: a walk down the token trie."""
        tokens = doc.tokens
        norm = doc.norm
        # (last token, the characters of it the entry takes or 0 for all, entries), by
        # last token; for one token the possessive's bare word before the whole
        found: list[tuple[int, int, list[Entry]]] = []
        node = self._trie
        j = i
        end = 0  # of the token before j
        while j < len(tokens):
            start, tok_end, text = tokens[j]
            if j > i and (start - end != 1 or norm[end] != " "):
                break  # not adjacent: punctuation in between
            full = node.get(_key(text))
            bare_entries = _possessive_entries(node, text)
            if bare_entries is not None:
                found.append((j, len(tokens[j].bare), bare_entries))
            elif j > i and "-" in text:
                # "a United States-drafted text": the name ends at the hyphen (a word of
                # one token is read in its hyphenated parts by _pieces)
                head = text.split("-", 1)[0]
                child = node.get(_key(head))
                if child is not None and _ENTRIES in child:
                    found.append((j, len(head), child[_ENTRIES]))
            if full is None:
                break
            if _ENTRIES in full:
                found.append((j, 0, full[_ENTRIES]))
            node = full
            end = tok_end
            j += 1
        # Most walks (from "the", "United", ...) end without an entry.
        if not found:
            return None
        # longest first, the whole word before its bare possessive: the order found, reversed
        for last, cut, entries in reversed(found):
            for entry in entries:
                if not self._case_fits(tokens, i, last, entry):
                    continue
                start, end = tokens[i].start, tokens[last].end
                if cut:
                    end = tokens[last].start + cut
                return _match((start, end, i, last, entry, doc.text[start:end]))
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
        texts = doc.token_texts
        may_start = self._may_start
        last = len(texts) - 1
        # Most tokens start no entry: one C-level pass of the per-word memo finds those
        # that may or are not known yet (None); only they are visited.
        known = list(map(may_start.get, texts))
        free = 0  # the first token no earlier match covers
        for i in compress(count(), map(ne, known, repeat(_STARTS_NOTHING))):
            if i < free:
                continue
            text = texts[i]
            starts = known[i]
            if starts is None:
                starts = self._start_kind(text)
                if len(may_start) < _MEMO_SIZE:
                    may_start[text] = starts
                if starts == _STARTS_NOTHING:
                    continue
            # Most words ("the", "United", "Russia") are followed by no word that continues
            # an entry: then what they match is what the word names on its own.
            if i < last and self._continued(text, texts[i + 1]):
                match = self.match_at(doc, i)
                if match is not None:
                    yield match
                    free = match.last + 1
                    continue
            if starts == _STARTS_LONGER:
                continue  # it names nothing on its own and holds no hyphen
            pieces = self._alone_pieces(text)
            if pieces:
                start = doc.tokens[i].start
                for a, b, entry, part in pieces:
                    surface = doc.text[start + a : start + b] if part is None else part
                    yield _match((start + a, start + b, i, i, entry, surface))

    def _continued(self, text: str, following: str) -> bool:
        """``_continuation``, remembered across documents."""
        pair = (text, following)
        further = self._continues.get(pair)
        if further is None:
            further = self._continuation(text, following)
            if len(self._continues) < _MEMO_SIZE:
                self._continues[pair] = further
        return further

    def _alone_pieces(self, text: str) -> tuple[_Piece, ...]:
        """``_pieces``, remembered across documents."""
        pieces = self._alone.get(text)
        if pieces is None:
            pieces = self._pieces(text)
            if len(self._alone) < _MEMO_SIZE:
                self._alone[text] = pieces
        return pieces

    def _start_kind(self, text: str) -> int:
        """What a word can begin: no entry, only entries of several words, or any (a
        hyphenated word may hold one: _hyphen_parts)."""
        full = self._trie.get(_key(text))
        if "-" in text or (full is not None and _ENTRIES in full):
            return _STARTS_ANY
        if _possessive_entries(self._trie, text) is not None:
            return _STARTS_ANY
        return _STARTS_NOTHING if full is None else _STARTS_LONGER

    def _continuation(self, text: str, following: str) -> bool:
        """Whether a word (or its bare possessive) may continue an entry ``text`` begins:
        else match_at's walk from ``text`` ends at it."""
        node = self._trie.get(_key(text))
        if node is None:
            return False
        if _key(following) in node:
            return True
        if "-" in following and _key(following.split("-", 1)[0]) in node:
            return True  # "United States-drafted"
        return _possessive_entries(node, following) is not None

    def _pieces(self, text: str) -> tuple[_Piece, ...]:
        """What a word names on its own, by offsets in it: the entry match_at finds when
        no word continues it, else the countries in its hyphenated parts."""
        token = [Token(0, len(text), text)]
        node = self._trie.get(_key(text))
        options = []
        if node is not None and _ENTRIES in node:
            options.append((len(text), node[_ENTRIES]))
        possessive = _possessive_entries(self._trie, text)
        if possessive is not None:
            options.append((len(text) - 2, possessive))
        for end, entries in options:  # the whole word before its bare possessive
            for entry in entries:
                if self._case_fits(token, 0, 0, entry):
                    return ((0, end, entry, None),)
        return tuple(self._hyphen_parts(text))

    def _hyphen_parts(self, text: str) -> Iterator[_Piece]:
        """Countries inside a hyphenated compound: "US-drafted", "Ukraine-Russia"."""
        if "-" not in text:
            return
        offset = 0
        for n, part in enumerate(text.split("-")):
            options = self._index.get(_key(part.removesuffix("'s")), [])
            for keys, entry in options:
                if len(keys) != 1 or entry.kind != "country" or not part[:1].isupper():
                    continue
                if entry.acronym and not part.replace(".", "").isupper():
                    continue
                # a demonym counts only at the head of a compound ("Israeli-Palestinian")
                if entry.detail == "demonym" and n > 0:
                    continue
                yield offset, offset + len(part), entry, part
                break
            offset += len(part) + 1


_MEMO_SIZE = 200_000
# What a word can begin (Gazetteer._start_kind).
_STARTS_NOTHING = 0
_STARTS_LONGER = 1  # only entries of several words
_STARTS_ANY = 2
_PRIORITY = {"country": 0, "organization": 1, "platform": 1, "party": 2, "region": 3, "none": 4}
_ENTRIES = "\x00entries"  # the key under which a trie node keeps the entries ending there


def _possessive_entries(node: dict[str, Any], word: str) -> list[Entry] | None:
    """The entries that end at ``node``'s child for ``word`` read without its possessive
    "'s" ("Russia's"), if the word has one and such entries exist."""
    if not (word.endswith("'s") and len(word) > 2):
        return None
    child = node.get(_key(word[:-2]))
    return None if child is None else child.get(_ENTRIES)


def _sort_trie(node: dict[str, Any]) -> None:
    entries = node.get(_ENTRIES)
    if entries:
        entries.sort(key=lambda e: _PRIORITY.get(e.kind, 9))
    for key, child in node.items():
        if key != _ENTRIES:
            _sort_trie(child)
