"""Pass 7, judgements whose judge is not the clause's first actor: a judging verb in the
passive ("A's vote was criticised by B": B judges A's vote; "A was condemned after the
vote": nobody named judges, and A judges nothing) and in a relative clause ("the United
States, which had criticised the draft": the antecedent judges). ``PassiveUnits`` is the
part of the unit reader (``stance_units.UnitReader``) that reads them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.text import Document
from kg.model import ActorRef, Quote

if TYPE_CHECKING:
    from kg.extract.stance_units import Unit

# Judging verbs that also report a country's ballot ("Russia rejected the text")
BALLOT_VERBS = frozenset("rejected rejects backed supported opposed".split())
# A verb in the passive, and the agent after it ("was criticised on Monday by the DA")
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|again|further)\s+)?|"
    # ("a draft text slammed by X as unjust": the participle after the text it judges)
    r"(?:draft|text|resolution|vote|decision|abstention|veto)\s+)$"
)
_BY_AGENT = re.compile(
    r"(?:\s+(?:on|in|at|late|early)\s+\w+)?\s+by\s+(?:the\s+)?"
    # ("by Sudan's ambassador X": the envoy named after the country's possessive)
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}"
)
# The auxiliary before a passive participle, at the end of the words before it
_AUX_TAIL = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$"
)
# Passive verbs of reporting, not of judging: "was quoted as saying by AFP"
_REPORTED = frozenset("quoted cited told asked said reported announced informed".split())
_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|have|also|earlier|already|long|\w+ly)\s+)*$"
)


class PassiveUnits:
    """Judges named after their verb or before a relative pronoun (a mixin of the unit
    reader, which holds the article's state declared here)."""

    doc: Document
    actors: ActorIndex

    def _unit(
        self, holder: ActorRef, start: int, end: int, text: str, quote: Quote | None = None
    ) -> Unit:
        raise NotImplementedError  # (the unit reader's)

    def _passives(
        self, start: int, end: int, narration: str, verbs: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], Unit | None]:
        """The verbs of the clause that are not passive judgements, and the unit of the
        first passive judgement with an agent ("was questioned by the DA"), if any; a
        passive without one judges nothing."""
        kept = []
        for at, to in verbs:
            verb = narration[at:to].strip().lower()
            if _PASSIVE.search(narration, max(0, at - 16), at) is None or verb in _REPORTED:
                kept.append((at, to))
                continue
            agent = self._passive_agent(start + to)
            if agent is not None:
                # read as the active clause: "A's vote was criticised by B as X" is "criticised
                # A's vote as X" (so that an attack on the text reaches its drafters)
                judged = _AUX_TAIL.sub("", narration[:at]).strip()
                text = f"{verb} {judged} {narration[agent.end - start :].strip()}"
                return kept, self._unit(agent.actor, start, end, text)
        return kept, None

    def _passive_agent(self, verb_end: int) -> ActorMention | None:
        """The person or body after "by" ("was questioned on Monday by the opposition
        DA"); not a country ("was backed by France" is France's vote, "was praised by Fiji
        and Samoa" the text's reception)."""
        by = _BY_AGENT.match(self.doc.norm, verb_end)
        if by is None:
            return None
        # (the name starting there, or the mention it ends: "ambassador X" with its title)
        return next(
            (
                m
                for m in self.actors.within(verb_end, by.end() + 80)
                if m.start <= by.end() + 1 < m.end and m.actor.kind != "country"
            ),
            None,
        )

    def _judge_at(self, start: int, at: int, narration: str) -> ActorMention | None:
        """The subject of the verb at ``at`` (from ``start``): the actor right before it,
        or the antecedent of a relative pronoun ("the United States, which had criticised
        the draft")."""
        subject = self.actors.direct_subject(start + at, start)
        relative = _RELATIVE.search(narration, 0, at) if subject is None else None
        if relative is None:
            return subject
        end = start + relative.start()
        return next((a for a in self.actors.within(start, end) if a.end == end), None)
