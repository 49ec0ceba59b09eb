"""Pass 2a: mentions of countries, organizations, parties and regions.

Countries are found by name, UN name, code, demonym and capital; a capital counts
as the state only when it acts ("Moscow welcomed", "the rift between Washington and
Kyiv"), not when it is a venue ("met in Warsaw", a dateline, "travel to Kyiv").
Organizations come from the reference list, or from a capitalised name ending in
an organizational head noun ("Halvorsen Center for Strategic Realism").
"""

from __future__ import annotations

import re
from functools import partial
from itertools import compress, count, repeat
from operator import eq
from typing import NamedTuple

from kg.extract.gazetteer import Entry, Gazetteer, Match
from kg.extract.lexicon import (
    CALENDAR_WORDS,
    NOT_NAME_WORDS,
    ORG_CONNECTORS,
    ORG_HEADS,
    ROLE_HEADS,
    TITLES,
)
from kg.extract.text import Document, Token, WordMemo, bare


class EntityMention(NamedTuple):
    # A tuple, not a frozen dataclass (see gazetteer.Match): dozens per article.
    start: int
    end: int
    first: int  # first token index
    last: int  # last token index (inclusive)
    kind: str  # country | organization | party | region | platform
    key: str  # ISO alpha-3 or canonical name
    detail: str  # mention kind (countries) or organization kind
    country: str | None
    surface: str
    rule: str


_mention = partial(tuple.__new__, EntityMention)  # EntityMention(*fields) from a 10-tuple


_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "inside",
        "outside",
        "near",
        "around",
        "across",
        "within",
        "via",
        "throughout",
        "visit",
        "visits",
        "visited",
        "visiting",
        "into",
    }
)
_MOTION = frozenset(
    {
        "travel",
        "travels",
        "travelled",
        "traveled",
        "travelling",
        "traveling",
        "fly",
        "flew",
        "flies",
        "go",
        "goes",
        "went",
        "come",
        "came",
        "return",
        "returned",
        "returns",
        "arrive",
        "arrived",
        "arrives",
        "head",
        "headed",
        "heads",
        "trip",
        "journey",
        "moved",
        "move",
        "brief",
        "back",
    }
)
# First names that are also country names: "Chad Smith" is not Chad.
_GIVEN_NAME_COUNTRIES = frozenset({"JOR", "TCD", "GEO", "ISR", "GMB"})


def find_entities(doc: Document, gazetteer: Gazetteer) -> tuple[list[EntityMention], set[int]]:
    """Entity mentions in text order, and the token indices any reference name covers."""
    mentions: list[EntityMention] = []
    covered: set[int] = set()
    surnames: set[str] = set()  # demonyms found as a surname
    for match in gazetteer.scan(doc):
        if match.start >= doc.body_end:
            break
        if match.surface in surnames or _ends_a_name(doc, match, covered):
            surnames.add(match.surface)
            continue  # "Volker Turk", then "Turk said": a surname, left to the person finder
        if _ends_another_body(doc, match) or _opens_another_body(doc, match):
            continue  # "the World Uyghur Congress", "Kenya's National Assembly": not ours
        mention = _from_match(doc, match)
        if mention is not None:
            mentions.append(mention)
        if mention is not None or not _starts_a_name(doc, match):
            covered.update(range(match.first, match.last + 1))
    generic = _generic_organizations(doc, covered)
    for m in generic:
        covered.update(range(m.first, m.last + 1))
    mentions.extend(generic)
    mentions.extend(_initialisms(doc, mentions, covered))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions, covered


def _initialisms(
    doc: Document, mentions: list[EntityMention], covered: set[int]
) -> list[EntityMention]:
    """A country's long name's initials, used after it ("the Republic of the Marshall
    Islands ... the RMI abstained"): that country, in this text only (three capitals or
    more; elsewhere "RMI" may be anything)."""
    initials: dict[str, EntityMention] = {}
    for m in mentions:
        if m.kind == "country" and m.surface.count(" ") >= 2:
            letters = "".join(w[0] for w in m.surface.split() if w[:1].isupper())
            if len(letters) >= 3:
                initials.setdefault(letters, m)
    found: list[EntityMention] = []
    if not initials:
        return found
    for k, token in enumerate(doc.tokens):
        named = initials.get(token.bare)
        if named is None or k in covered or token.start < named.end:
            continue
        if token.start >= doc.body_end:
            break
        end = token.start + len(token.bare)
        found.append(
            _mention(
                (
                    token.start,
                    end,
                    k,
                    k,
                    "country",
                    named.key,
                    "code",
                    None,
                    token.bare,
                    "country.initialism",
                )
            )
        )
    return found


def _from_match(doc: Document, match: Match) -> EntityMention | None:
    entry: Entry = match.entry
    kind = entry.kind
    if kind == "none":
        return None
    if kind == "country":
        rule = _country_rule(doc, match)
        if rule is None:
            return None
        country = None
    else:
        rule = f"{kind}.gazetteer"
        country = entry.country
    start, end, first, last, _, surface = match
    return _mention(
        (start, end, first, last, kind, entry.key, entry.detail, country, surface, rule)
    )


def _starts_a_name(doc: Document, match: Match) -> bool:
    """A place name that begins a person's name ("Sofia Kaleira", "Paris Hilton"): its
    words stay free for the person finder."""
    entry = match.entry
    if entry.kind != "country" or entry.detail not in ("capital", "name"):
        return False
    if entry.detail == "name" and entry.key not in _GIVEN_NAME_COUNTRIES:
        return False
    following = doc.tokens[match.last + 1] if match.last + 1 < len(doc.tokens) else None
    return (
        following is not None
        and doc.norm[match.end : following.start] == " "
        and following.is_capitalised
        and not following.text.isupper()
    )


# Words that open a sentence or a phrase before a body's one-word name ("In Congress",
# "The Senate", "When Parliament"): not part of another name.
_OPENING_WORDS = frozenset(
    "the a an in at on to by for of from with and but or as if when while after before "
    "since until during under over inside outside across within without both each every "
    "this that these those his her its their our your my".split()
)


def _ends_another_body(doc: Document, match: Match) -> bool:
    """A one-word name of a body ("Congress", "Senate", "Assembly") that ends a longer
    capitalised name ("the World Uyghur Congress", "the Kenyan Senate", "France's National
    Assembly"): another body, whose words stay free for the organization finder."""
    if match.entry.kind != "organization" or match.first != match.last or match.first == 0:
        return False
    if not match.surface[1:].islower():
        return False  # an acronym ("UN", "U.N."): "the US UN envoy" is still the UN
    before = doc.tokens[match.first - 1]
    if doc.norm[before.end : match.start] != " " or not before.text[1:].islower():
        return False
    return before.is_capitalised and before.text.lower() not in _OPENING_WORDS


def _opens_another_body(doc: Document, match: Match) -> bool:
    """A party's one-word name that opens another body's name ("the Democratic Alliance",
    "the Republican Front" of another country): its words stay free for the organization
    finder."""
    if match.entry.kind != "party" or match.first != match.last:
        return False
    k = match.last + 1
    if k >= len(doc.tokens) or doc.norm[match.end : doc.tokens[k].start] != " ":
        return False
    following = doc.tokens[k].text
    return following[:1].isupper() and bare(following).lower() in ORG_HEADS


_NAME_OPENS_AFTER = re.compile(r"[.!?]?[\"”’)]?\s*\n\s*|[.!?,;:(][\"”’]?\s+|\s*[\"“(]\s*")


def _ends_a_name(doc: Document, match: Match, covered: set[int]) -> bool:
    """A one-word demonym that is the surname after a given name ("Volker Turk", "Ana
    English"): the word before it is a capitalised name-like word inside a sentence that no
    reference name covers, and the one before that is not capitalised."""
    entry = match.entry
    if entry.kind != "country" or entry.detail != "demonym" or match.first != match.last:
        return False
    k = match.first - 1
    if k < 0 or k in covered:
        return False
    tokens = doc.tokens
    given = tokens[k]
    if doc.norm[given.end : match.start] != " " or not given.is_capitalised:
        return False
    word = given.text.lower()
    if not given.text[1:].islower() or word in NOT_NAME_WORDS or word in TITLES:
        return False
    if k == 0:
        return True  # the text opens on the name
    before = tokens[k - 1]
    gap = doc.norm[before.end : given.start]
    if gap == " ":
        return before.text[:1].islower()  # "chief Volker Turk", "said Ana English"
    # at a sentence's or paragraph's start, after a comma or bracket: "... rose. Volker Turk"
    # (not after a title's abbreviation: "Ms. Ana Russian" is no surname's case)
    title = before.text.lower()
    if title in TITLES or f"{title}." in TITLES:
        return False
    return bool(_NAME_OPENS_AFTER.fullmatch(gap))


def _previous_words(doc: Document, index: int, n: int) -> list[str]:
    return [t.text.lower() for t in doc.tokens[max(0, index - n) : index]]


def _country_rule(doc: Document, match: Match) -> str | None:
    """The rule that accepts this country mention, or None for a venue or a name part."""
    entry = match.entry
    following = doc.tokens[match.last + 1] if match.last + 1 < len(doc.tokens) else None
    gap = doc.norm[match.end : following.start] if following else ""
    if (
        following is not None
        and gap == " "
        and following.is_capitalised
        and not following.text.isupper()
        and entry.detail in ("capital", "name")
        and (entry.detail == "capital" or entry.key in _GIVEN_NAME_COUNTRIES)
    ):
        return None  # part of a longer name: "Paris Hilton", "Jordan Peterson"
    if entry.detail != "capital":
        return f"country.{entry.detail}"
    if _is_dateline(doc, match):
        return None
    before = _previous_words(doc, match.first, 3)
    if before and before[-1] in _LOCATIVE:
        return None
    if before and before[-1] in ("to", "from") and any(w in _MOTION for w in before[:-1]):
        return None
    if before[-2:] == ["the", "city"] or doc.norm[match.end : match.end + 5].lower() == " city":
        return None
    return "country.capital-metonym"


_PUNCTUATION_NEXT = re.compile(r"\s*[,/\-]")


_CAPITALS = re.compile(r"[A-Z .,/\-]*")


def _is_dateline(doc: Document, match: Match) -> bool:
    """A place name in capitals at the head of a paragraph: "WASHINGTON, D.C. -"."""
    para = doc.paragraph_at(match.start)
    if para is None:
        return False
    head = doc.norm[para.start : match.start]
    if head.strip(" /") and not _CAPITALS.fullmatch(head):
        return False
    return match.surface.isupper() or bool(_PUNCTUATION_NEXT.match(doc.norm, match.end))


# What a word can be in an organization's name (_name_part): nothing, a word of it, or a
# word of it that is a head noun.
_NOT_NAME_PART = 0
_NAME_PART = 1
_HEAD_NOUN = 2


def _name_part(text: str) -> int:
    if not text[:1].isupper() or (text.isupper() and len(text) > 4):
        return _NOT_NAME_PART  # lower case, or a word in capitals (a dateline, a heading)
    return _HEAD_NOUN if bare(text).lower() in ORG_HEADS else _NAME_PART


_NAME_PARTS = WordMemo(_name_part)


# Words that open a person's title: past one, a capitalised run names a person, not a body.
_TITLE_WORDS = frozenset(t for t in (*TITLES, *ROLE_HEADS) if " " not in t) - ORG_HEADS


_ARTICLES = frozenset(("The", "A", "An"))


def _generic_organizations(doc: Document, covered: set[int]) -> list[EntityMention]:
    """Capitalised names ending in an organizational head noun."""
    out: list[EntityMention] = []
    tokens = doc.tokens
    norm = doc.norm
    parts = _NAME_PARTS.of_all(doc.token_texts)
    for k in covered:
        if 0 <= k < len(parts):
            parts[k] = _NOT_NAME_PART
    for para in doc.paragraphs:
        if para.title_case:  # a headline capitalises every word: no name can be told from it
            lo, stop = doc.token_index_at(para.start), doc.token_index_at(para.end)
            parts[lo:stop] = repeat(_NOT_NAME_PART, stop - lo)
    # A name is a run of adjacent name words, from the first not in an earlier name, with a
    # head noun in it: only the runs around head nouns are read. (No run crosses a paragraph.)
    free = 0  # the first token no earlier name covers
    for head in compress(count(), map(eq, parts, repeat(_HEAD_NOUN))):
        if head < free:
            continue
        i = head
        while i > free and parts[i - 1] and norm[tokens[i - 1].end : tokens[i].start] == " ":
            i -= 1
        if i < head and tokens[i].text in _ARTICLES:
            i += 1  # "The Refugee Advocacy Network said": the sentence's article
        j = head
        while (
            j + 1 < len(tokens)
            and parts[j + 1]
            and norm[tokens[j].end : tokens[j + 1].start] == " "
            and tokens[j + 1].bare.lower() not in _TITLE_WORDS
            and tokens[j].bare == tokens[j].text
        ):
            # a title ends the name: "the Labour Party Chair Ana Ruiz"; so does a
            # possessive: "Amnesty International's Ana Ruiz"
            j += 1
        if j == i and not _has_tail(doc, tokens, j):
            free = j + 1
            continue
        j = _extend_tail(doc, tokens, j)
        start, end = tokens[i].start, tokens[j].end
        if tokens[j].bare != tokens[j].text:
            end = tokens[j].start + len(tokens[j].bare)
        name = doc.text[start:end]
        out.append(
            _mention(
                (
                    start,
                    end,
                    i,
                    j,
                    "organization",
                    name,
                    "other",
                    None,
                    name,
                    "organization.head-noun",
                )
            )
        )
        free = j + 1
    return out


def _adjacent(doc: Document, a: Token, b: Token) -> bool:
    return doc.norm[a.end : b.start] == " "


def _has_tail(doc: Document, tokens: list[Token], j: int) -> bool:
    return _extend_tail(doc, tokens, j) > j


def _extend_tail(doc: Document, tokens: list[Token], j: int) -> int:
    """Extend "Observatory" with "on Multilateral Voting", "Department" with "of ... and ..."."""
    end = j
    k = j + 1
    while k + 1 < len(tokens) and tokens[k].text.lower() in ORG_CONNECTORS:
        if not _adjacent(doc, tokens[k - 1], tokens[k]):
            break
        m = k + 1
        while m < len(tokens) and tokens[m].text.lower() in ("the",):
            m += 1
        if m >= len(tokens) or not _adjacent(doc, tokens[m - 1], tokens[m]):
            break
        if not tokens[m].is_capitalised or tokens[m].text.lower() in CALENDAR_WORDS:
            break  # "the Committee on Thursday": a date, not the name's tail
        n = m
        while (
            n + 1 < len(tokens)
            and _adjacent(doc, tokens[n], tokens[n + 1])
            and tokens[n + 1].is_capitalised
        ):
            n += 1
        end = n
        k = n + 1
    return end
