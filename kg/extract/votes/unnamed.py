"""Pass 6a: the subject of a vote predicate that names no country: "we" in a quote, a
person or a demonym's delegation, "it" for the country of the sentence before or of a
release's opening ("The Government of X informs that ... it voted")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.spans import near_start
from kg.extract.text import Sentence
from kg.extract.votes.clauses import (
    IT_SUBJECT,
    counted_back_subject,
    pronoun_antecedent,
    said_subject,
)

if TYPE_CHECKING:
    from kg.extract.votes.ledger import VoteReader


def unnamed_subjects(reader: VoteReader, sentence: Sentence, start: int) -> list[tuple[str, str]]:
    """A subject that names no country: "we" in a quote, a person or a demonym's
    delegation, "it" for the country of the sentence before."""
    preceding = reader.doc.norm[sentence.start : start]
    we = re.search(r"(?i)\b(?:we|us)\s+(?:\w+\s+){0,2}$", preceding)
    if we:
        iso = reader.we_country(start)
        if iso:
            return [(iso, "vote.we")]
    said = said_subject(reader, sentence, start) or counted_back_subject(reader, sentence, start)
    if said:
        return said
    iso = _person_subject(reader, sentence, start) or _demonym_subject(reader, sentence, start)
    if iso:
        return [(iso, "vote.person")]
    own = _IT_AFTER_CLAUSE.search(preceding)
    if own:
        # "Russia had been expected to abstain, but it voted in favour": the sentence's subject
        subject = reader.sentence_subject(reader.groups(sentence), sentence.start + own.start())
        return [(subject.isos[0], "vote.pronoun")] if subject and len(subject.isos) == 1 else []
    after = _IT_AFTER_SUBORDINATOR.search(preceding)
    if after:
        # "Chile faced criticism after it voted against", "welcomed Chile's stance on the
        # harbour after it abstained": the nearest country before, outside a phrase
        at = sentence.start + after.start()
        text = reader.doc.norm
        before = [
            g
            for g in reader.groups(sentence)
            if g.end <= at
            and (not reader.in_phrase(g) or _OWNED_BEFORE.search(text, g.start - 30, g.start))
        ]
        return (
            [(before[-1].isos[0], "vote.pronoun")]
            if before[-1:] and len(before[-1].isos) == 1
            else []
        )
    if IT_SUBJECT.fullmatch(preceding):
        return pronoun_antecedent(reader, sentence)
    office = _OFFICE_OF_SAYS_IT.match(preceding)
    if office is not None:
        # "The Government of Chile informs that, at yesterday's session, it voted against"
        named = [
            e for e in reader.countries_in(sentence) if e.start < sentence.start + office.end()
        ]
        return [(named[0].key, "vote.pronoun")] if len(named) == 1 else []
    return []


# A release's opening: "The Government of X informs/announces that ..., it"
_OFFICE_OF_SAYS_IT = re.compile(
    r"(?i)\s*(?:the\s+)?(?:government|ministry\s+of\s+foreign\s+affairs|permanent\s+mission|"
    r"republic)\s+of\s+(?:the\s+)?[^,;]{2,40}?\s+(?:informs|announces|reports|wishes\s+to\s+"
    r"(?:inform|announce))\s+(?:\w+\s+)?that\s*,?(?:[^;]{0,120},)?\s*it\s+(?:\w+ly\s+)?$"
)


# a second clause of the sentence whose subject is "it": ", but it voted in favour"
_IT_AFTER_CLAUSE = re.compile(
    r"(?i),\s*(?:but|and|yet|so)\s+(?:(?:then|later|eventually|instead|in\s+the\s+end)\s*,?\s*)?"
    r"it\s+(?:(?:also|then|later|instead|eventually|ultimately|\w+ly)\s+)?$"
)


# "it" opening a clause of time or reason: "after it voted against"
_IT_AFTER_SUBORDINATOR = re.compile(
    r"(?i)\b(?:after|when|because|since|before|once|until)\s+it\s+(?:(?:also|then|had|has|"
    r"\w+ly)\s+)*$"
)


# the owner of a stance after its noun: "the stance of Chile"
_OWNED_BEFORE = re.compile(r"(?i)\b(?:stance|position|decision|vote)\s+of\s+(?:the\s+)?$")


# "The Kenyan delegation voted in favour": a demonym's delegation, then the vote
_DELEGATION_GAP = re.compile(
    r"\s+(?:delegation|government|mission|envoy|ambassador|representative|delegate)\s+"
    r"(?:(?:also|then|had|has|later|eventually|ultimately)\s+)*"
)


def _demonym_subject(reader: VoteReader, sentence: Sentence, start: int) -> str | None:
    text = reader.doc.norm
    for e in reader.adjectives_in(sentence):
        if e.end < start and _DELEGATION_GAP.fullmatch(text, e.end, start):
            return e.key
    return None


# between a person's name and their vote: "Martin Kimani, who voted", "Kimani also voted"
_PERSON_GAP = re.compile(
    r"(?:\s*,\s*who)?\s+(?:(?:also|then|had|has|later|eventually|ultimately|duly)\s+)*"
)


def _person_subject(reader: VoteReader, sentence: Sentence, start: int) -> str | None:
    """The country of a person named as the vote's subject ("Kenyan envoy Martin Kimani,
    who voted in favour"; "Kimani then abstained"), where the article gives one."""
    text = reader.doc.norm
    floor = near_start(text, sentence.start, start, 120)
    best: tuple[int, str] | None = None
    for name, iso in reader.speaker_country.items():
        for form in {name, name.split()[-1]}:
            at = text.rfind(form, floor, start)
            if at < 0 or (at > 0 and text[at - 1].isalnum()):
                continue
            end = at + len(form)
            if _PERSON_GAP.fullmatch(text, end, start) and (best is None or end > best[0]):
                best = (end, iso)
    return best[1] if best else None
