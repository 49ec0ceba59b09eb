"""Pass 7, groups: voters a unit names by how they voted, not by name.

"We regret the abstention of some of our partners", "those who voted against have
isolated themselves", "the abstainers", "the countries that backed it": the judgement is
of the votes cast that way, so of each country the article has voting so (the holder's
own country left out), on the vote the unit is about.
"""

from __future__ import annotations

import re

from kg.extract.patterns import Folded
from kg.model import Option

_GROUP_NOUN = (
    r"(?:those|the\s+ones|(?:the\s+|other\s+|some\s+|several\s+|many\s+)?"
    r"(?:countries|states|nations|members|delegations|governments))"
)
# Some of the members, unnamed: "some members had voted against", "several states voted yes"
_SOME = (
    r"(?:some|several|certain|other|many|a\s+few|two|three|both|the\s+two|the\s+three)\s+"
    r"(?:permanent\s+|council\s+)?(?:countries|states|nations|members|delegations|governments|"
    r"partners)"
)
# A group of voters by their option: (pattern, option). The words inside a group phrase
# say the vote (not a country's name), so the phrase's option is the group's.
_GROUPS: tuple[tuple[Folded, Option], ...] = (
    (
        Folded(
            r"\babstentions?\s+(?:of|by|from)\s+(?:our|some|certain|several|other|those|these|"
            r"many|a\s+few|so\s+many)\b|\babstainers\b|"
            # "those abstentions were right", "the five abstentions": the ones reported
            r"\b(?:those|these|the\s+(?:two|three|four|five|six))\s+abstentions\b|"
            rf"\b{_GROUP_NOUN}\s+(?:who|that|which)\s+(?:had\s+|have\s+|chose\s+to\s+)?"
            r"abstain(?:ed)?\b|\b(?:those|countries|states|nations|delegations)\s+abstaining\b|"
            r"\babstaining\s+(?:countries|states|nations|members|delegations|governments)\b|"
            r"\b(?:some|several|certain|other|many|a\s+few)\s+(?:countries|states|nations|"
            r"members|delegations|governments|partners)\s+(?:chose|decided|preferred)\s+to\s+"
            r"abstain\b"
        ),
        "abstain",
    ),
    (
        Folded(
            rf"\b{_GROUP_NOUN}\s+(?:who|that|which)\s+(?:had\s+|have\s+)?"
            r"(?:voted\s+(?:against|no)|opposed\s+(?:it|the\s+(?:text|draft|resolution|motion|proposal))|"
            r"(?:blocked|vetoed)\s+(?:it|this|the\s+(?:text|draft|resolution)))\b|"
            r"\b(?:those|countries|states|nations|delegations)\s+voting\s+(?:against|no)\b|"
            r"\bno[- ]voters\b|\bnegative\s+votes\s+(?:of|by|from)\s+(?:our|some|certain|those)\b|"
            # "criticized the opponents of Washington's resolution"
            r"\b(?:opponents|opposers)\s+of\s+(?:the\s+|this\s+|[\w.]+['’]s?\s+)?(?:\w+\s+)?"
            r"(?:text|draft|resolution|motion|proposal)\b"
        ),
        "no",
    ),
    (
        Folded(
            rf"\b{_GROUP_NOUN}\s+(?:who|that|which)\s+(?:had\s+|have\s+)?"
            r"(?:voted\s+(?:for|yes|in\s+favou?r)|(?:supported|backed)\s+(?:it|the\s+(?:text|"
            r"draft|resolution|motion|proposal)))\b|"
            r"\b(?:those|countries|states|nations|delegations)\s+voting\s+(?:for|yes|in\s+favou?r)\b"
        ),
        "yes",
    ),
)

# Some members by what they did, one pattern for the options (its group names the option):
# "some members had voted against", "two members had chosen to block the text", "both
# permanent members vetoed it", "several states voted yes"
_SOME_DID = Folded(
    rf"\b{_SOME}\s+(?:had\s+|have\s+)?(?:(?P<no>voted\s+(?:against|no)|opposed\s+it|"
    r"(?:(?:chosen|decided|opted)\s+to\s+)?(?:block(?:ed)?|veto(?:ed)?)\s+(?:it|this|"
    r"the\s+(?:text|draft|resolution)))|(?P<yes>voted\s+(?:for|yes|in\s+favou?r)))\b"
)


def group_option(text: str) -> Option | None:
    """The option by which ``text`` names a group of voters, if exactly one."""
    found: set[Option] = {option for pattern, option in _GROUPS if pattern.search(text)}
    for m in _SOME_DID.finditer(text):
        found.add("no" if m.group("no") else "yes")
    return found.pop() if len(found) == 1 else None


def without_groups(text: str) -> str:
    """``text`` with its group phrases blanked (offsets kept): "the countries that backed
    it" names voters, it is no cue of support."""
    spans = [(m.start(), m.end()) for pattern, _ in _GROUPS for m in pattern.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SOME_DID.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# The option words a unit may name its vote by ("the no vote", "the abstention")
_NO_WORDS = Folded(r"\bno votes?|\bvot(?:es? against|ed against|ing against|ing no|ed no)|\bveto")
_ABSTAIN_WORDS = Folded(r"\babst(?:ention|ained|aining|ain)\b")
_YES_WORDS = Folded(r"\byes vote|\bvot(?:ed yes|ed in favou?r|ing in favou?r)")


def option_words(text: str) -> str | None:
    """The option a unit names its vote by; one it denies ("we were not abstaining")
    names no vote."""
    for pattern, option in ((_NO_WORDS, "no"), (_ABSTAIN_WORDS, "abstain"), (_YES_WORDS, "yes")):
        m = pattern.search(text)
        if m is not None and not _DENIED.search(text, max(0, m.start() - 12), m.start()):
            return option
    return None


# A denial right before an option word: "not abstaining", "never voted against"
_DENIED = re.compile(r"(?i)\b(?:not|n't|never)\s+$")
