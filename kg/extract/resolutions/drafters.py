"""Drafter evidence: the countries a sentence says drafted the text it speaks of ("the
Russian-drafted text", "drafted by Britain and Sierra Leone", "Moscow's draft")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.patterns import Rule, lowered
from kg.model import Reference, ResolutionRecord

_DRAFT_VERB = (
    r"(?:drafted|backed|sponsored|co-sponsored|led|authored|proposed|penned|written|tabled|"
    r"introduced)"
)
_NAME_WORD = r"[A-Z][\w.’']*"
_WHO = rf"{_NAME_WORD}(?:(?:[-/]| (?:and )?){_NAME_WORD})*"
# ("a US-drafted resolution", "the Russian-backed Gaza draft"; not "Moscow-backed nations")
_DRAFTED_BY_PREFIX = Rule(
    rf"\b(?P<who>{_WHO})[-\u2013]{_DRAFT_VERB}\b(?=\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:draft|resolution|text|proposal|motion|amendment|measure)s?\b)"
)
_DRAFTED_BY = Rule(
    r"\b(?i:drafted|sponsored|co-sponsored|put forward|introduced|proposed|tabled|submitted|"
    r"presented|brought forward|penned|written|authored|drawn up|"
    # ("a text led by X"; not "European states led by France forced through amendments")
    r"(?:text|draft|resolution|motion|proposal|initiative|effort)\s+led)"
    r"(?:\s+and\s+(?i:negotiated|championed|promoted|steered))?"  # ("drafted and negotiated by")
    r"\s+(?:jointly\s+)?by\s+"
    r"(?P<list>[^.;:()]{1,90})"
)
# "whose main sponsors were the US, the UK and Canada"
_SPONSORS_WERE = Rule(
    r"\b(?i:(?:main\s+|principal\s+|co-?)?sponsors)\s+(?:were|are|included|include)\s+"
    r"(?P<list>[^.;:()]{1,120})"
)
_POSSESSIVE_DRAFT = Rule(  # ("Georgia's annual resolution", "its own rival text")
    rf"\b(?P<who>{_WHO})['’]s\s*(?:(?:own|rival|competing|annual|new|latest|revised|original)\s+){{0,2}}"
    r"(?:draft|resolution|text|proposal|motion|amendment)"
)
# "the US drafted (and voted for) a separate resolution": the subject, then its text
_SUBJECT_DRAFTED = Rule(
    rf"\b(?P<who>{_WHO})\s+(?:(?:had|has|have|also|then|jointly)\s+)?(?:drafted|co-sponsored|"
    r"sponsored|tabled|authored|put\s+forward)\s+(?:and\s+[a-z]+\s+(?:for\s+|on\s+)?)?"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|text|proposal|motion)\b"
)
_ITS_OWN = Rule(
    rf"\b(?P<who>{_WHO})\s+(?:[a-z]+\s+){{0,4}}?(?:on|against|for)\s+its\s+own\s+"
    r"(?:(?:rival|amended|original)\s+)?(?:draft|resolution|text|proposal)\b"
)
_NAMED_TEXT = (  # ("the American one", "a US government resolution")
    r"(?:\s+(?:government|administration))?\s+(?:draft|text|proposal|motion|resolution|one)\b"
)
_NAMED_DRAFT = Rule(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Rr]ival)\s+(?P<who>{_WHO}){_NAMED_TEXT}")
# What every match of it holds, the name's last word and the words after it: a pattern
# that opens on a capital (tried at capitals only, where the one above, opening on a word
# boundary, is tried at every character), run first ("resolution" is in most sentences)
_NAMED_DRAFT_END = re.compile(_NAME_WORD + _NAMED_TEXT)
# the countries of a compound ("Albania/United States", "US and Japan")
_PARTS = re.compile(r"[-/\u2013]| and ")
# where a list of drafters ends: a clause or a phrase that is not a name
_LIST_END = re.compile(
    r"\s(?:that|which|who|to|on|in|at|calling|demanding|and\s+(?!the\s+[A-Z])[a-z])"
)
_LIST_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# A name followed by its own verb is no drafter: "and Russia (then) vetoed it"
_OWN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+|then\s+|later\s+)?(?:vetoed|voted|abstained|blocked|rejected|opposed|"
    r"cast|used)\b"
)
_ARTICLE = re.compile(r"^(?:the|The)\s+")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’']*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’']*)*")
DRAFT_WORDS = (
    "draft",
    "sponsor",
    "backed",
    "-led",
    "authored",
    "proposed",
    "penned",
    "written",
    "tabled",
    "introduced",
    "put forward",
    "submitted",
    "presented",
    "brought forward",
    "drawn up",
    "'s ",
    "’s ",
    " text",
    "proposal",
    "motion",
    "led by",
    " one",  # ("the American one")
)


def country_names(reference: Reference) -> dict[str, str]:
    """Every name, demonym, code and capital of a country, lowered, to its ISO code; the
    European Union as "EU" (resolution_features.csv names it so among drafters)."""
    names: dict[str, str] = {}
    for c in reference.countries:
        names.setdefault(c.common_name.lower(), c.iso3)
        names.setdefault(c.un_name.lower(), c.iso3)
    for a in reference.aliases:
        names.setdefault(a.alias.lower(), a.iso3)
    for eu in ("eu", "e.u.", "european", "european union", "europe"):
        names[eu] = "EU"
    return names


def _lookup(name: str, countries: dict[str, str]) -> str | None:
    name = name.strip(" .,’'").removeprefix("the ").removeprefix("The ")
    return countries.get(name.lower()) or countries.get(name.lower().rstrip("."))


def _may_name_drafters(low: str) -> bool:
    # a plain loop: a generator under any() costs more than the tests it makes
    for word in DRAFT_WORDS:
        if word in low:
            return True
    return " resolution" in low


def read_drafters(text: str, low: str, countries: dict[str, str]) -> frozenset[str]:
    """The countries ``text`` says drafted the text it speaks of."""
    if not _may_name_drafters(low):
        return frozenset()
    found = _named(_DRAFTED_BY_PREFIX.finditer(text), countries, split=True)
    if "'s" in text or "’s" in text:  # (its words are those of the draft, not the "'s")
        found |= _named(_POSSESSIVE_DRAFT.finditer(text), countries)
    if _NAMED_DRAFT_END.search(text):
        found |= _named(_NAMED_DRAFT.finditer(text), countries, split=True)
    if "its own" in low:
        # "the US then abstained on its own rival text": the subject drafted it
        found |= _named(_ITS_OWN.finditer(text), countries)
    found |= _named(_SUBJECT_DRAFTED.finditer(text), countries)
    found.update(_drafted_by(text, countries))
    return frozenset(found)


def _named(
    matches: Iterator[re.Match[str]], countries: dict[str, str], split: bool = False
) -> set[str]:
    """The countries the matches' "who" groups name (each part of a compound where
    ``split``: "US-Japan", "Albania/United States")."""
    found: set[str] = set()
    for m in matches:
        for part in _PARTS.split(m.group("who")) if split else (m.group("who"),):
            iso = _lookup(part, countries)
            if iso:
                found.add(iso)
    return found


def names_a_drafted_text(text: str) -> bool:
    """Whether ``text`` names a text by its drafter ("the American one", "a rival US
    draft"), whichever country that is."""
    return _NAMED_DRAFT_END.search(text) is not None and _NAMED_DRAFT.search(text) is not None


def _drafted_by(text: str, countries: dict[str, str]) -> set[str]:
    """The countries of "drafted by Britain and Sierra Leone": the names that follow, up
    to the first words that are not a name ("put forward by Japan, was vetoed by Russia"
    names Japan only)."""
    found: set[str] = set()
    lists = [*_DRAFTED_BY.finditer(text)] if "by" in text else []  # (its verbs fold case)
    if "ponsors" in text:
        lists += _SPONSORS_WERE.finditer(text)
    for m in lists:
        listed = _LIST_END.split(m.group("list"))[0]
        for piece in _LIST_PARTS.split(listed.strip()):
            part = _ARTICLE.sub("", piece.strip())
            run = _CAPITALISED_RUN.match(part)
            if run is None:
                break  # "..., was vetoed by Russia": the list has ended
            rest = part[run.end() :]
            if _OWN_VERB.match(rest):
                break  # "..., and Russia then vetoed it": the subject of another clause
            iso = _lookup(run.group(), countries)
            if iso is not None:
                found.add(iso)
            if rest.strip(" ."):
                break  # "Sweden but blocked by ...": a name, then other words
    return found


def titled_drafters(record: ResolutionRecord, countries: dict[str, str]) -> frozenset[str]:
    """The drafters a record's title names ("Algerian draft recommending ...", "US-Japan
    draft on ..."), read as a sentence would name them ("the Algerian draft"); none where
    the record lists its sponsors."""
    if record.sponsor_countries:
        return frozenset()
    title = "The " + record.title
    return read_drafters(title, lowered(title), countries)
