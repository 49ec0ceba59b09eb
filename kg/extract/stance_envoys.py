"""Who speaks for a government on a vote, and for which country.

A diplomat's words on a vote are their country's position: an ambassador explaining an
abstention supports it. The roles pass gives most envoys their country from a title
("Russian UN Ambassador X"); this reads the forms it leaves, where the role runs up to
the name with the posting in it or an article's possessive before it:
- "the U.S. ambassador to the United Nations, X", "British ambassador to the UN X";
- "A's permanent representative X", "A, via its permanent UN representative X";
- "A's envoy had warned that ...", with the name in a later sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.persons import PersonContext
from kg.extract.spans import SpanIndex
from kg.extract.text import Document

# An envoy's role ending right before a name ("... ambassador to the U.N., "); a bare
# "Representative" is a lawmaker's title, so a representative needs a posting or a
# "permanent"/"UN" before it
_POSTING = (
    r"\s+to\s+the\s+(?:u\.?n\.?|united\s+nations|security\s+council|"
    r"human\s+rights\s+council|general\s+assembly)\b\.?"
)
_ROLE_BEFORE = Folded(
    r"\b(?:(?:(?:deputy|acting|chief)\s+)?(?:u\.?n\.?\s+)?(?:ambassador|envoy|diplomat|"
    r"charg[eé]\s+d['’]affaires(?:\s+ad\s+interim|\s+a\.i\.)?)(?:" + _POSTING + r")?"
    r"|(?:permanent\s+|deputy\s+)?(?:u\.?n\.?\s+)?(?:representative|delegate)" + _POSTING + r"|"
    r"(?:permanent\s+(?:u\.?n\.?\s+)?|u\.?n\.?\s+)(?:representative|delegate))\s*,?\s*$"
)
_FORMER = re.compile(r"(?i)\b(?:former|retired|ex-)\s*(?:[\w.'’-]+\s+){0,2}$")
# What may stand between the country and the role: "'s", "via its", nothing
_COUNTRY_GAP = Folded(
    r"^\s*(?:'s|’s)?\s*(?:,?\s*(?:via|through)\s+its\s+)?(?:the\s+)?"
    r"(?:(?:counterpart|colleague)\s*,?\s*)?$"  # "Her Turkish counterpart, Ambassador X"
)
# The role before the country, the name in apposition after it (meetings coverage): "the
# representative of China, X, said", "the Permanent Representative of Chile, X,"
_ROLE_OF = Folded(
    r"\b(?:(?:deputy|acting|chief)\s+)?(?:permanent\s+)?(?:representative|delegate|ambassador|"
    r"envoy)\s+of\s+(?:the\s+)?$"
)


def envoy_countries(
    doc: Document, persons: PersonContext, entities: list[EntityMention]
) -> dict[str, str | None]:
    """The persons named right after an envoy's role, with the country the role names
    (None when it names none)."""
    index = SpanIndex([e for e in entities if e.kind == "country"])
    text = doc.norm
    out: dict[str, str | None] = {}
    for cluster in persons.clusters:
        for m in cluster.mentions:
            window = text[max(0, m.start - 80) : m.start]
            role = _ROLE_BEFORE.search(window)
            if role is None and text[m.end : m.end + 2] == " (":
                # meetings coverage: "Ana Ruiz (Chile) said": the delegate of that country
                bracketed = [
                    e for e in index.starting(m.end + 2, m.end + 3) if e.start == m.end + 2
                ]
                if bracketed and text[bracketed[0].end : bracketed[0].end + 1] == ")":
                    out[cluster.name] = bracketed[0].key
                    continue
            if role is None:
                of = _role_of_country(text, index, m.start) or _parallel_envoy(doc, index, m.start)
                if of is not None:
                    out[cluster.name] = of
                continue
            role_at = m.start - len(window) + role.start()
            if _FORMER.search(text, max(0, role_at - 40), role_at):
                continue  # "former U.S. diplomat X": no government's voice now
            country = None
            for e in reversed(index.ending(role_at - 40, role_at)):
                if _COUNTRY_GAP.match(text[e.end : role_at]):
                    country = e.key
                    break
            if country is not None or cluster.name not in out:
                out[cluster.name] = country
    return out


def _parallel_envoy(doc: Document, index: SpanIndex[EntityMention], name_at: int) -> str | None:
    """The country of "A's <name>" in a sentence that has named an envoy by role before
    it: "A's UN envoy X said ..., while B's Y stressed ..." (Y speaks for B as X for A)."""
    for e in index.ending(name_at - 4, name_at):
        if not re.fullmatch(r"\s*['’]s\s+", doc.norm[e.end : name_at]):
            continue
        sentence = doc.sentence_at(e.start)
        if sentence is not None and _ROLE_ANYWHERE.search(doc.norm, sentence.start, e.start):
            return e.key
    return None


# An envoy's role anywhere in a sentence
_ROLE_ANYWHERE = Folded(
    r"\b(?:ambassador|envoy|(?:permanent|u\.?n\.?)\s+(?:representative|delegate))\b",
    needs=("ambassador", "envoy", "representative", "delegate"),
)


def _role_of_country(text: str, index: SpanIndex[EntityMention], name_at: int) -> str | None:
    """The country of "the representative of X, <name>" or "X's representative, <name>"
    for the name at ``name_at``."""
    for e in index.ending(name_at - 3, name_at):
        if text[e.end : name_at].strip() == "," and _ROLE_OF.search(
            text, max(0, e.start - 60), e.start
        ):
            return e.key
    comma = text.rfind(",", max(0, name_at - 3), name_at)
    role = _ROLE_AFTER.search(text, max(0, comma - 40), comma) if comma >= 0 else None
    if role is not None:
        for e in index.ending(role.start() - 1, role.start()):
            return e.key
    return None


# The role after a country's possessive, the name in apposition: "Chile's representative, X"
_ROLE_AFTER = Folded(
    r"(?:'s|’s)\s+(?:(?:deputy|acting|chief|permanent)\s+)?(?:representative|delegate|ambassador|"
    r"envoy)$"
)


# A country's envoy not named where the role is ("China's envoy had warned", "the
# Brazilian ambassador said"): the role, ending before a word in lower case
_UNNAMED_ROLE = Folded(
    r"(?:'s|’s)?\s+(?:(?:deputy|permanent|chief)\s+)?(?:u\.?n\.?\s+)?"
    r"(?:envoy|ambassador|representative|delegate)\s+"
)
# How far after the role the envoy's name may come: the next sentence or two
_NAME_REACH = 400


class UnnamedEnvoy(NamedTuple):
    """A sentence in which a country's envoy speaks before the article names them."""

    name: str  # the person named next, who is that envoy
    country: str
    sentence_start: int
    sentence_end: int
    role_end: int


def unnamed_envoys(
    doc: Document, persons: PersonContext, entities: list[EntityMention]
) -> list[UnnamedEnvoy]:
    """Envoys introduced by role alone and named in the sentences that follow ("China's
    envoy had warned that ... . 'Today ...,' Chen said."): the first person named after
    the role, within ``_NAME_REACH`` characters, when nobody else is named between."""
    text = doc.norm
    mentions = sorted(
        ((m.start, cluster.name) for cluster in persons.clusters for m in cluster.mentions),
    )
    starts = [s for s, _ in mentions]
    out: list[UnnamedEnvoy] = []
    index = SpanIndex([e for e in entities if e.kind == "country"])
    for e in entities:
        if e.kind != "country":
            continue
        role = _UNNAMED_ROLE.match(text, e.end, e.end + 60)
        if role is None or not text[role.end() : role.end() + 1].islower():
            continue  # "China's envoy Chen Xu": named right there
        at = bisect_left(starts, role.end())
        if at == len(mentions) or mentions[at][0] > role.end() + _NAME_REACH:
            continue
        sentence = doc.sentence_at(e.start)
        if (
            sentence is None
            or (at > 0 and mentions[at - 1][0] >= sentence.start)
            or mentions[at][0] < sentence.end
        ):
            continue  # someone is named in the role's sentence: the role may be theirs
        named = doc.sentence_at(mentions[at][0])
        if (
            named is not None
            and doc.paragraph_at(named.start) != doc.paragraph_at(sentence.start)
            and any(o.key != e.key for o in index.starting(named.start, named.end))
        ):
            # "The Palestinian prime minister, X, ...", "X (Russian Federation) said" in the
            # next paragraph: another country's speaker
            continue
        out.append(UnnamedEnvoy(mentions[at][1], e.key, sentence.start, sentence.end, role.end()))
    return out
