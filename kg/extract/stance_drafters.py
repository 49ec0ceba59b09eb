"""Which countries drafted a text that was voted on, as the article says it.

A judgement of a draft is a judgement of its drafters' position: attacking "the
resolution" criticizes the countries that wrote it, praising it supports them. Reporters
name the drafters in a few ways:
- a list after a drafting verb and "by": "sponsored by A and B", "tabled at the
  Council on Monday by A, B and C", "introduced by A in coordination with B";
- countries before a drafting verb whose object is the text: "A and B, which
  drafted the text", "A was among the countries that brought the motion";
- a country joined to the verb: "the A-led resolution", "the A-drafted text";
- a country's own text: "the A draft", "a A initiative" (the demonym or name before it),
  "A's draft", "the A's version" (the possessive);
- "penholder": "A, the penholder on the file".

Each group of drafters is returned with the offset where it is named, so that it can be
tied to the vote the article speaks of there.
"""

from __future__ import annotations

import re

from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded, lowered
from kg.extract.spans import SpanIndex
from kg.extract.text import Document

_DRAFTING = (
    r"(?:drafted|co-?sponsored|sponsored|introduced|presented|put\s+forward|proposed|"
    r"submitted|tabled|authored|brought|prepared|penned|written|crafted|promoted)"
)
_DRAFTING_VERB = Folded(rf"\b{_DRAFTING}")
# What follows a drafting verb (each rule is read from the verbs found in one pass):
# "drafted by", "put forward at the council for a vote on Friday by" (but in "the
# A-drafted text was vetoed by B", B is no drafter: no verb of the vote's outcome between)
# "two amendments to the Brazilian draft submitted by Russia": Russia's are the amendments
_AMENDMENTS_TO = re.compile(r"\bamendments?\s+to\s+[^.;:]*$")
_BY = Folded(
    r"\b(?:(?!\b(?:veto|reject|block|adopt|pass|oppos|defeat)\w*)[^.;:!?])"
    # ("presented on behalf of our country, Brazil and Chile": the rest listed after)
    r"{0,60}?\b(?:by|on\s+behalf\s+of)\s+(?:the\s+)?(?:(?:our|its|their)\s+country,?\s+)?"
    # ("proposed by the European Union and Ukraine": the group's member states after it)
    r"(?:(?:european\s+union|eu|african\s+union|arab\s+group)\s*(?:,|and)\s+)?"
    r"(?:(?:representatives?|delegations?|delegates?|ambassadors?)\s+of\s+(?:the\s+)?)?"
)
# "... brought the motion", "... that drafted the resolution"
_BEFORE_TEXT = Folded(
    r"\s+(?:the|a|this|their|its)\s+(?:\w+\s+)?(?:motion|draft|resolution|text|measure|proposal)\b"
    # ("A and B had proposed renewing the mission's mandate": what the text does)
    r"|\s+(?:renewing|extending|prolonging|establishing|creating)\s+(?:the|a|its|an)\b"
)
# "the A-led draft", "the A-drafted text" (the country ends right before the hyphen)
_JOINED = Folded(r"-(?:led|drafted|sponsored|authored|proposed|backed|initiated)\b")
# "the Russian draft", "a US initiative": the country's own text (the word after the
# country, which then opens the pattern)
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|its|their)(?:\s+(?:rival|competing|separate|original|alternative|"
    r"amended|own))? $"
)
_OWN_TEXT_AFTER = Folded(r"\s+(?:draft|initiative|proposal)\b")
# "the American text", "a rival U.S. resolution", "the Ukrainian-European resolution": a
# demonym or code names the drafter of a text or resolution too (a name may not: "the
# Ukraine resolution" is as often one on Ukraine)
_ADJECTIVE_TEXT_AFTER = Folded(
    r"(?:-[a-z][\w]*)?(?:\s+(?:government|administration))?\s+"  # ("a US government text")
    r"(?:draft|initiative|proposal|text|resolution)\b"
)
# "Russia's draft", "the United States' text", "Brazil's rival version": the possessive
# names whose text it is ("Russia's resolution" may be one on Russia: not taken)
_POSSESSED_TEXT_AFTER = Folded(
    r"['’]s?\s*(?:(?:own|rival|competing|alternative|original|amended|revised|new|latest|"
    r"annual)\s+){0,2}(?:draft|text|version|proposal|initiative|resolution)s?\b"
)
_PENHOLDER = Folded(r"\bpen-?holders?\b")
# A drafting group listed after its name: "the core group on X — A, B and C", "its
# main sponsors (A and B)", "the co-sponsors, namely A and B"
_CORE_GROUP = Folded(
    r"\b(?:core\s+group|main\s+sponsors|co-?sponsors|penholders)\b[^.;!?—–(:]{0,40}?"
    r"(?:\s*[—–:(]\s*|\s+-\s+|,\s+(?:namely|comprising)\s+|\s+(?:comprising|made\s+up\s+of)\s+|"
    r"\s+(?:were|are|included|include)\s+|"  # ("whose main sponsors were A, B and C")
    # "the core group on Sri Lanka, led by the United Kingdom"
    r",?\s+led\s+by\s+)"
    r"(?:the\s+)?"
)
# UN meetings coverage: "Introducing the draft, the representative of A said" (the envoy
# after), "The representative of A, presenting the text, said" (the envoy before)
_INTRODUCING = Folded(
    r"\b(?:introducing|presenting|tabling)\s+(?:the|a|its|their)\s+(?:\w+\s+)?"
    r"(?:draft|text|resolution|proposal)\b"
)
_ENVOY_AFTER = Folded(
    r"[^.;:!?]{0,80}?,\s+(?:the\s+)?(?:representative|delegate|ambassador|envoy|speaker)s?"
    r"\s+(?:of|for)\s+(?:the\s+)?"
)
_COMMA_THEN = Folded(r"[^.;:!?]{0,80}?,\s+(?:the\s+)?", needs=())
_ENVOY_OWNED = Folded(
    r"['’]s?\s+(?:\w+\s+)?(?:representative|delegate|ambassador|envoy)\b", needs=()
)
_ENVOY_BEFORE = Folded(
    r"(?:representative|delegate|ambassador|envoy|speaker)s?\s+(?:of|for)\s+(?:the\s+)?"
    r"[^,.;]{2,40},\s+$"
)
# what may stand between two countries of one list
_JOINER = Folded(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:in\s+coordination|together|along|jointly)\s+with\s+)"
    r"(?:the\s+)?"
)


def find_drafters(doc: Document, countries: list[EntityMention]) -> list[tuple[int, list[str]]]:
    """The groups of countries the article says drafted a text, each with the offset of
    the phrase that says so, in text order."""
    text = doc.norm
    index = SpanIndex(countries)
    groups: list[tuple[int, list[str]]] = []
    low = lowered(text)
    # "drafted by ...", then "drafted the text": each rule's matches as its own finditer
    # would find them (the verb and what follows; one match after the end of the last)
    before_text: list[tuple[int, list[str]]] = []
    by_end = before_end = 0
    for verb in _DRAFTING_VERB.finditer(text):
        start, end = verb.span()
        by = _BY.pattern.match(low, end) if start >= by_end else None
        if by is not None and not _AMENDMENTS_TO.search(low, max(0, start - 50), start):
            groups.append((start, _list_at(text, index, by.end())))
            by_end = by.end()
        text_after = _BEFORE_TEXT.pattern.match(low, end) if start >= before_end else None
        if text_after is not None:
            before_text.append((start, _before_in_sentence(doc, index, start, 0)))
            before_end = text_after.end()
    groups += before_text
    for m in _JOINED.finditer(text):
        joined = index.ending(m.start(), m.start())
        groups.append((m.start(), [joined[-1].key] if joined else []))
    for e in countries:
        if e.kind == "country" and (_own_text(low, e) or _possessed_text(low, e)):
            groups.append((e.start, [e.key]))
    for m in _INTRODUCING.finditer(text):
        after = _ENVOY_AFTER.pattern.match(low, m.end())
        owner = _COMMA_THEN.pattern.match(low, m.end()) if after is None else None
        named = index.starting(owner.end(), owner.end() + 1) if owner is not None else []
        if after is not None:
            groups.append((m.start(), _list_at(text, index, after.end())[:1]))
        elif named and _ENVOY_OWNED.pattern.match(low, named[0].end):
            # "Presenting the text, South Africa's ambassador X said"
            groups.append((m.start(), [named[0].key]))
        elif _ENVOY_BEFORE.pattern.search(low, max(0, m.start() - 60), m.start()):
            groups.append((m.start(), _before_in_sentence(doc, index, m.start(), 60)[-1:]))
    for m in _CORE_GROUP.finditer(text):
        groups.append((m.start(), _list_at(text, index, m.end())))
    for m in _PENHOLDER.finditer(text):
        near = _before_in_sentence(doc, index, m.start(), 40)
        groups.append((m.start(), near[-1:]))
    return sorted(((at, group) for at, group in groups if group), key=lambda g: g[0])


def _own_text(low: str, e: EntityMention) -> bool:
    """ "the Russian draft", "a US initiative": the word after first (most mentions fail
    there), then an article before it (at a paragraph's start too: "\n\nA Russian draft")."""
    return (
        _OWN_TEXT_AFTER.pattern.match(low, e.end) is not None
        or (
            e.detail in ("demonym", "code")
            and bool(_ADJECTIVE_TEXT_AFTER.pattern.match(low, e.end))
        )
    ) and _ARTICLE_BEFORE.search(low, max(0, e.start - 20), e.start) is not None


def _possessed_text(low: str, e: EntityMention) -> bool:
    """ "Russia's draft", "the United States' text" (a name, not a demonym: "Russian's")."""
    return e.detail not in ("demonym", "code") and bool(
        _POSSESSED_TEXT_AFTER.pattern.match(low, e.end)
    )


def _before_in_sentence(
    doc: Document, index: SpanIndex[EntityMention], at: int, reach: int
) -> list[str]:
    """The countries named in ``at``'s sentence before it (within ``reach`` characters
    when given)."""
    sentence = doc.sentence_at(at)
    if sentence is None:
        return []
    start = max(sentence.start, at - reach) if reach else sentence.start
    return list(dict.fromkeys(e.key for e in index.within(start, at)))


def _list_at(text: str, index: SpanIndex[EntityMention], at: int) -> list[str]:
    """The countries of a list that opens at ``at`` ("A, B and C")."""
    out: list[str] = []
    while True:
        first = index.starting(at, at + 1)
        if not first:
            return out
        e = max(first, key=lambda x: x.end)
        out.append(e.key)
        joiner = _JOINER.match(text, e.end)
        if joiner is None:
            return list(dict.fromkeys(out))
        at = joiner.end()
