"""Pass 7, urged votes: calling on a country to vote otherwise than it did.

"A and B had called on C to veto the measure", when the article has C abstaining: a call
for another vote than the one cast is a criticism of the vote cast (as "we should have
voted aye" is of one's own). A call that matches the vote cast, or on a country whose
vote the article does not report, says nothing of a vote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.spans import SpanIndex
from kg.extract.stance_units import Read, Unit
from kg.extract.text import Document
from kg.model import Polarity

if TYPE_CHECKING:
    from kg.extract.stances import StanceReader

_URGED = Folded(r"\b(?:called\s+on|call\s+on|calls\s+on|urged|urges|pressed|pushed|lobbied)\s+")
_TO_VOTE = Folded(
    r"\s+to\s+(?P<option>veto|vote\s+[\"']?(?:against|no|for|yes|in\s+favou?r\s+of)[\"']?|reject|oppose|"
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
# The members at large: "urged countries to vote against the text", "pressed other states"
_MEMBERS = Folded(
    r"(?:the\s+)?(?:(?:other|all|fellow|member)\s+)?(?:countries|members|states|nations|delegations|"
    r"governments|allies)",
    needs=(),
)
# What stands between the holders of a call, and between the last of them and the verb
_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)?(?:(?:had|has|have|also|repeatedly|both|jointly|"
    r"publicly|earlier)\s+)*"
)


# The text voted on as the call's object: "to reject the (new) draft resolution", "it"
_THE_TEXT = re.compile(
    r"\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:draft|resolution|text|measure)\b|\s*it\b|"
    r"[\"']?\s*(?:[,.;]|and\b)"  # ('urged members to vote "no" and ...': the text voted on)
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
        members = None if target else _MEMBERS.match(text, m.end())
        after = target[0].end if target else members.end() if members else -1
        if after < 0:
            continue
        to = _TO_VOTE.match(text, after)
        sentence = doc.sentence_at(m.start())
        if to is None or sentence is None:
            continue
        word = (
            to.group("option").split()[-1].strip("\"'")
            if to.group("option").startswith("vote")
            else ""
        )
        option = _OPTION.get(to.group("option"), "no" if word in ("against", "no") else "yes")
        holders = _subjects(text, actors, sentence.start, m.start())
        if holders:
            # ("urged countries to vote against the Ukrainian text": on the text, voter "")
            voter = target[0].key if target else ""
            out.append(UrgedVote(holders, voter, option, to.end(), sentence.end))
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


def urged_stances(reader: StanceReader) -> list[Read]:
    """Calls on a country to vote otherwise than the article has it voting, and calls on
    the members at large to vote for or against a text."""
    out: list[Read] = []
    for call in urged_votes(reader.doc, reader.actors, reader._by_position):
        if not call.voter:
            out += _urged_on_text(reader, call)
            continue
        cast = [c for c in reader.claims if c.country == call.voter]
        if not cast or any(c.option == call.option for c in cast):
            continue
        for holder in call.holders:
            if holder.actor.name == call.voter:
                continue
            text = reader.doc.norm[call.start : call.end]
            unit = Unit(holder.actor, call.start, call.end, text)
            read = reader._stance(unit, "criticizes", call.voter, "urged", cast[0].resolution)
            out.append(read._replace(role="urged"))
    return out


def _urged_on_text(reader: StanceReader, call: UrgedVote) -> list[Read]:
    """ "X urged countries to vote against the Ukrainian resolution": against (or for) the
    text whose drafters its words name, so against (or for) their position."""
    drafters = {
        iso for at, group in reader.drafters if call.start <= at < call.end for iso in group
    }
    polarity: Polarity = "supports" if call.option == "yes" else "criticizes"
    out: list[Read] = []
    for holder in call.holders:
        unit = Unit(holder.actor, call.start, call.end, reader.doc.norm[call.start : call.end])
        ref = reader._resolution_for(unit, None)
        if not drafters and _THE_TEXT.match(reader.doc.norm, call.start):
            # "urged members to vote against the draft": the text voted on, its drafters
            drafters = set(reader._drafters_of(ref))
        out += [
            reader._stance(unit, polarity, iso, "urged", ref)._replace(role="drafter")
            for iso in sorted(drafters)
            if iso != holder.actor.name
        ]
    return out
