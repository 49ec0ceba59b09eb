"""Pass 7, urged votes: calling on a country to vote otherwise than it did.

"A and B had called on C to veto the measure", when the article has C abstaining: a call
for another vote than the one cast is a criticism of the vote cast (as "we should have
voted aye" is of one's own). A call that matches the vote cast, or on a country whose
vote the article does not report, says nothing of a vote.
"""

from __future__ import annotations

import re

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.spans import SpanIndex
from kg.extract.text import Document

_URGED = Folded(r"\b(?:called\s+on|call\s+on|calls\s+on|urged|urges|pressed|pushed|lobbied)\s+")
_TO_VOTE = Folded(
    r"\s+to\s+(?P<option>veto|vote\s+(?:against|no|for|yes|in\s+favou?r\s+of)|reject|oppose|"
    r"abstain|support|back|block)\b"
)
_OPTION = {
    "veto": "no",
    "reject": "no",
    "oppose": "no",
    "block": "no",
    "abstain": "abstain",
    "support": "yes",
    "back": "yes",
}
# What stands between the holders of a call, and between the last of them and the verb
_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)?(?:(?:had|has|have|also|repeatedly|both|jointly|"
    r"publicly|earlier)\s+)*"
)


class UrgedVote:
    """A call on ``voter`` to vote ``option``, by ``holders``, in the sentence at
    ``start``-``end``."""

    __slots__ = ("end", "holders", "option", "start", "voter")

    def __init__(
        self, holders: list[ActorMention], voter: str, option: str, start: int, end: int
    ) -> None:
        self.holders = holders
        self.voter = voter
        self.option = option
        self.start = start
        self.end = end


def urged_votes(
    doc: Document, actors: ActorIndex, countries: SpanIndex[EntityMention]
) -> list[UrgedVote]:
    """Every call on a named country to vote a given way, with who made it."""
    text = doc.norm
    out: list[UrgedVote] = []
    for m in _URGED.finditer(text):
        target = [e for e in countries.starting(m.end(), m.end() + 5) if e.kind == "country"]
        if not target:
            continue
        to = _TO_VOTE.match(text, target[0].end)
        sentence = doc.sentence_at(m.start())
        if to is None or sentence is None:
            continue
        word = to.group("option").split()[-1] if to.group("option").startswith("vote") else ""
        option = _OPTION.get(to.group("option"), "no" if word in ("against", "no") else "yes")
        holders = _subjects(text, actors, sentence.start, m.start())
        if holders:
            out.append(UrgedVote(holders, target[0].key, option, sentence.start, sentence.end))
    return out


def _subjects(text: str, actors: ActorIndex, floor: int, verb_at: int) -> list[ActorMention]:
    """The actors listed right before the verb ("Israel and Trump had called on")."""
    found: list[ActorMention] = []
    until = verb_at
    for mention in reversed(actors.within(floor, verb_at)):
        if mention.end > until or not _SUBJECT_GAP.fullmatch(text, mention.end, until):
            break
        found.append(mention)
        until = mention.start
    return found[::-1]
