"""Nominal votes: a vote named by a noun after its voter's possessive ("Russia's veto",
"the United States' no vote", "Chile's abstention", "the US's no.")."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.patterns import Folded, lowered
from kg.extract.votes.phrases import TEXT_NEXT

NOMINAL = Folded(
    r"(?i)\b(?P<what>no\"?\s+vote|no(?=\s*[.;]|\s*,\s+(?:and|but)\b)|yes\s+vote|abstention|veto|"
    r"vote\s+against|"
    r"vote\s+in\s+favou?r|opposition|"
    # "Chile's support for the resolution", "its opposition to the draft" (not "support for
    # Ukraine": a text follows)
    rf"(?:support|backing)\s+(?:of|for){TEXT_NEXT}|opposition\s+to{TEXT_NEXT}|"
    r"decision\s+to\s+(?:abstain|vote\s+(?:for|against|yes|no|in\s+favou?r\s+of)))\b"
)


def nominal_votes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each nominal vote in ``text``, where the words begin
    after white space, the start at that white space or an "'s" just before it: the
    matches of "(?:'s)?\\s+(?P<what>...)\\b", in lower case."""
    low = lowered(text)
    for m in NOMINAL.finditer(text):
        start = m.start()
        if '"' in m.group("what"):
            if low[start - 1 : start] != '"':
                continue  # 'no" vote' is the end of a quotation, not '"no" vote'
            start -= 1
        if start == 0 or not low[start - 1].isspace():
            continue
        while start > 0 and low[start - 1].isspace():
            start -= 1
        if start >= 2 and low[start - 2 : start] in ("'s", "’s"):
            start -= 2
        elif start >= 2 and low[start - 2 : start] in ("s'", "s’"):
            start -= 1  # "the United States' no vote": the name keeps its "s"
        elif m.group("what") == "no":
            continue  # a bare "no" is a vote only after a possessive ("the US's no.")
        yield start, m.end(), m.group("what")
