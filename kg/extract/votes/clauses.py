"""Clauses around a vote predicate that name its voter or a second vote (pass 6a, with
``explicit``): a relative clause on the country before it ("praised by Nepal and Bhutan,
which voted in favour"), and a second option whose verb is left out ("voted no in
committee and yes in the plenary"), and "it" for the country of the sentence before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.text import Sentence
from kg.model import Option

if TYPE_CHECKING:
    from kg.extract.votes.ledger import Group, VoteReader


# A relative clause on the country before it: "..., which (had) voted in favour", and on
# a list: "A, B and C, all of which voted in favour"
_RELATIVE_GAP = re.compile(
    r"(?i)\s*,\s*(?:(?:all|both|each)\s+of\s+)?(?:which|who|whom)\s+"
    r"(?:(?:also|then|itself|themselves|(?P<had>had))\s+)*"
)
# The rest of a relative clause, then the sentence's own vote: "..., abstained"
_MAIN_VOTE_AFTER = re.compile(
    r"(?i)[^,;.]{0,80},\s*(?:\w+\s+){0,2}?(?:abstained|voted|vetoed|backed|supported|opposed|"
    r"rejected|switched|changed)\b"
)


def relative_subjects(
    text: str, sentence: Sentence, before: list[Group], start: int, end: int
) -> list[tuple[str, str]] | None:
    """ "welcomed by Australia and New Zealand, which voted in favour": the country before
    the relative clause, even inside a phrase; none for a pluperfect clause that the
    sentence's own vote follows ("Canada, which had voted no for years, abstained")."""
    relative = _RELATIVE_GAP.fullmatch(text, before[-1].end, start) if before else None
    if relative is None:
        return None
    if relative.group("had") and _MAIN_VOTE_AFTER.match(text, end, sentence.end):
        return []
    return [(iso, "vote.subject") for iso in before[-1].isos]


# A second option for the same subject, its verb left out: "voted no in committee and yes
# in the plenary", "voted yes in 2019 but no this year"
_ELLIPTIC = re.compile(
    r"(?i)[^.;,]{0,60}?\s(?:and|but)\s+(?:then\s+)?(?P<option>yes|no|in\s+favou?r|against)\b"
)


def elliptic(
    reader: VoteReader,
    sentence: Sentence,
    subjects: list[tuple[str, str]],
    end: int,
    limit: int,
    option: Option,
) -> None:
    """ "voted no in committee and yes in the plenary": the second option's vote, the one
    its own words name (another time's or stage's, else the clause's)."""
    if not subjects:
        return
    m = _ELLIPTIC.match(reader.doc.norm, end, limit)
    if m is None:
        return
    word = m.group("option").lower()
    second: Option = "no" if word in ("no", "against") else "yes"
    if second == option:
        return
    ref, _ = reader.local_resolution(m.start("option"), limit, sentence)
    ordinal = reader.ordinal_vote(m.end(), sentence)  # "... but against the second"
    other_time = reader.predicate_time(m.end(), sentence)
    if ordinal is not None:
        ref = ordinal
    elif other_time is not None:
        ref = reader.earlier_vote(*other_time)
    for iso, _rule in subjects:
        reader.add(iso, second, ref, sentence.start, sentence.end, "vote.elliptic")


# "On Monday, at the Assembly, it voted against": "it" is the clause's subject, nothing
# else before it but a short adverbial
IT_SUBJECT = re.compile(
    r"(?is)(?:(?:on|at|in|last|this|then|yet|but|and|later|finally|instead|so|thus)\b"
    r"[^\"“”;:()]{0,60}?[\s,])?it\s+(?:(?:also|again|then|later|instead|itself|eventually|"
    r"ultimately|duly|\w+ly)\s+)?(?:has\s+|had\s+)?"
)


# what may come before the antecedent: "For three years the United States ..."
_ANTECEDENT_LEAD = re.compile(
    r"(?i)\s*(?:(?:for|on|in|at|since|after|last|over|until|this|by)\b[^,;:\"“”]{0,40}?"
    r"[\s,]\s*)?(?:the\s+)?"
)


def pronoun_antecedent(reader: VoteReader, sentence: Sentence) -> list[tuple[str, str]]:
    """The country that "it" stands for: the subject of the sentence before, in the same
    paragraph, when that subject is one country ("The United States has long backed Kyiv.
    On Monday it voted against the text"). A vote is never a resolution's doing, so "it"
    before a vote verb is the voter."""
    sentences = reader.doc.sentences
    at = reader.ctx.index_of(sentence.start)  # (a bisection: "it" may open every sentence)
    if at <= 0:
        return []
    prev = sentences[at - 1]
    paragraph = reader.doc.paragraph_at(sentence.start)
    if paragraph is None or prev.start < paragraph.start:
        return []
    groups = reader.groups(prev)
    subject = reader.sentence_subject(groups, prev.end)
    if subject is None or len(subject.isos) != 1:
        return []
    lead = reader.doc.norm[prev.start : subject.start]
    if not _ANTECEDENT_LEAD.fullmatch(lead):
        return []
    return [(subject.isos[0], "vote.pronoun")]
