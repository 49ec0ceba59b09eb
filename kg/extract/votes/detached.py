"""Voters read where a vote's words stand apart from a predicate and its subject: options
without a verb ("Ghana and Malawi for, Sudan against, Kenya abstaining") and the voter of a
relative clause on the text voted on ("The resolution, which Peru opposed, passed"). Both
are called from ``voters.read_agents``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.patterns import compile_rule
from kg.extract.votes.phrases import clause_option
from kg.model import Option

if TYPE_CHECKING:
    from kg.extract.text import Sentence
    from kg.extract.votes.ledger import Group, VoteReader

# "The resolution, which Peru opposed, passed": the text voted on, then its voter and verb
_TEXT_WHICH = compile_rule(
    r"(?i)\b(?:resolution|text|draft|measure|motion|amendment)\s*,?\s*(?:which|that)\s+(?:the\s+)?$"
)
_OBJECT_VERB = compile_rule(
    r"(?i)\s+(?:(?:had|has|have|also|then)\s+)*(?P<verb>opposed|rejected|vetoed|backed|"
    r"supported|endorsed|voted\s+(?:against|for))\b"
)


def read_object_relative(
    reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]
) -> None:
    """ "The resolution, which Peru opposed, passed": the voter of a relative clause on
    the text voted on."""
    if not any(w in low[sentence.start : sentence.end] for w in ("which", "that")):
        return  # (a substring test first: most sentences hold no relative clause)
    for start, group in starts.items():
        if not _TEXT_WHICH.search(low, max(sentence.start, start - 40), start):
            continue
        m = _OBJECT_VERB.match(low, group.end, sentence.end)
        if m is None:
            continue
        option = clause_option(m.group("verb")) or "no"  # ("vetoed")
        ref = reader.resolution_for(start, sentence.end, sentence)
        for iso in group.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.object-relative")


# "Ghana and Malawi for, Sudan against, Kenya abstaining": the options without a verb
_VERBLESS = compile_rule(
    r"(?i)\s+(?P<option>for|against|in\s+favou?r|abstaining)(?=\s*(?:[,;:]|$)|\s+and\b)"
)


def read_verbless(
    reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]
) -> None:
    """ "Ghana and Malawi for, Sudan against, Kenya abstaining": countries each followed by
    a bare option, two options at least in the sentence (one alone is a "with" clause's)."""
    pieces: list[tuple[Group, Option]] = []
    for group in starts.values():
        m = _VERBLESS.match(low, group.end, sentence.end)
        if m is not None:
            word = m.group("option").lower()
            option: Option = (
                "abstain" if word == "abstaining" else "no" if word == "against" else "yes"
            )
            pieces.append((group, option))
    if len(pieces) < 2 or len({option for _, option in pieces}) < 2:
        return
    for group, option in pieces:
        ref = reader.resolution_for(group.start, sentence.end, sentence)
        for iso in group.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.verbless")
