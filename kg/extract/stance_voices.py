"""Pass 7, units in an author's or an institution's own voice: an editorial that names
its institution, an opinion piece by its byline, a government's statement or press
release (its headings in ``stance_headings``). ``VoiceUnits`` is the part of the unit
reader (``stance_units.UnitReader``) that reads them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.actors import ActorIndex
from kg.extract.mentions import EntityMention
from kg.extract.spans import Intervals, SpanIndex
from kg.extract.stance_headings import (
    BYLINE,
    EDITORIAL_TITLE,
    ISSUER_LINE,
    ISSUER_TOP,
    OPINION_LABEL,
    OPINION_TOP,
    RELEASE_LABEL,
    STATEMENT_TITLE,
    TITLE_TOPIC,
)
from kg.extract.stance_polarity import ABOUT_THE_VOTE, broad_polarity, mixed, polarity
from kg.extract.stance_predicates import vote_predicate
from kg.extract.text import Document, Paragraph
from kg.extract.votes import ClaimEvidence
from kg.model import ActorRef, Polarity, Quote

if TYPE_CHECKING:
    from kg.extract.stance_units import Unit

# A sentence of a statement in its author's first person: "I welcome ...", "I regret ..."
_FIRST_PERSON = re.compile(r"\s*I\s+(?:also\s+|strongly\s+|deeply\s+)?[a-z]+")
# A statement's headline that ends on its author: "... - Statement by Minister X"
_STATEMENT_TAIL = re.compile(
    r"\s[-–—|:]\s+(?:joint\s+)?(?:statement|press\s+release)\s+(?:by|of|from)\s+", re.I
)
# The author's government in the first person: "We regret ...", "We are disappointed"
_WE_JUDGE = re.compile(
    r"\s*We\s+(?:also\s+|deeply\s+|strongly\s+)?(?:regret|deplore|condemn|welcome|are\s+"
    r"(?:disappointed|deeply|pleased|proud))"
)
# A standfirst's author: "..., writes DW commentator Ana Ruiz."
_WRITES = re.compile(r"[,.]\s+(?:writes|argues)\s+(?=(?:[\w'’.-]+\s+){0,4}[A-Z])")
# A post in a statement's opening line ("Foreign Ministry Spokeswoman", "Foreign Minister")
_POST_BEFORE = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|minister|ambassador|secretary)\b")
_AMONG_THEM = re.compile(r"(?i)\s*(?:foremost|chief|first|notable|prominent)\s+among\s+them\b")
# A release's sentence in the government's own voice: the country, "the Government", "it"
# or "our country" as the subject of a verb of judgement or thought
_OWN_VOICE = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|The\s+Government|It|Our\s+country|We)"
    r"\s+(?:also\s+|further\s+|firmly\s+|deeply\s+|strongly\s+)?(?:considers?|believes?|regrets?|"
    r"welcomes?|deplores?|condemns?|rejects?|reiterates?|recalls?|notes?|took\s+note|"
    r"expresses?|thanks?|calls?|urges?|wishes|hopes?|is\s+(?:convinced|concerned|disappointed))\b"
)


# The heading of an envoy's statement on a vote: "Explanation of vote by Ambassador X, ...",
# "U.S. Explanation of Vote at the Council" (then "As delivered by Ambassador X")
_EXPLANATION_HEADING = re.compile(r"(?i)\bexplanations?\s+of\s+(?:the\s+)?(?:vote|position)\b")
_EXPLANATION_TOP = 4  # the paragraphs it and the envoy's name may stand in
_ITS_VOTE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:cast\s+its\s+votes?|votes?\b|voted\b|abstained\b|abstention\b|"
    r"decided\s+to\s+(?:vote|abstain))"
)


# a camp of a text, then its members: "Supporters of X's motion included", "the draft's
# opponents were"
_CAMP = re.compile(
    r"(?i)\b(?P<camp>supporters|backers|opponents|critics)\s+(?:of\s+[^,;:]{3,60}?\s+)?"
    r"(?:included|include|were|are|comprised)\s+(?:the\s+)?"
)
_FOR_CAMPS = ("supporters", "backers")
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?")
_ACCORDING = re.compile(r"(?i)\s*according to\s+")
_AFTER_SOURCE = re.compile(r"[^,;.]{0,30},\s*")


class VoiceUnits:
    """The units of an article's own voice (a mixin of the unit reader, which holds the
    article's state declared here)."""

    doc: Document
    actors: ActorIndex
    _by_position: SpanIndex[EntityMention]
    _claims_by_start: SpanIndex[ClaimEvidence]

    def _unit(
        self, holder: ActorRef, start: int, end: int, text: str, quote: Quote | None = None
    ) -> Unit:
        raise NotImplementedError  # (the unit reader's)

    def _according_to(self, start: int, narration: str) -> ActorRef | None:
        """The source of an "According to X, ..." sentence, whose words it is, where X is
        no country and no actor follows ("According to Reuters, the Kremlin praised ...":
        the Kremlin's)."""
        according = _ACCORDING.match(narration)
        source = self.actors.starting_at(start + according.end(), slack=1) if according else None
        if source is None or source.actor.kind == "country":
            return None
        # (the words after a person's name are an apposition: "According to X, China's envoy,")
        m = (
            _AFTER_SOURCE.match(self.doc.norm, source.end)
            if source.actor.kind != "person"
            else None
        )
        if m is not None and self.actors.starting_at(m.end(), slack=4) is not None:
            return None
        return source.actor

    def _camp_units(self, start: int, end: int, narration: str) -> list[Unit]:
        """The countries listed in a camp ("Supporters of Eritrea's motion included Iran,
        Sudan and Russia", "the draft's opponents were A and B"): each holds the camp's
        position on the text named (its drafters' then)."""
        m = _CAMP.search(narration) if "ers " in narration or "nts " in narration else None
        if m is None:
            return []
        polarity: Polarity = "supports" if m.group("camp").lower() in _FOR_CAMPS else "criticizes"
        units: list[Unit] = []
        at = start + m.end()
        for mention in self.actors.within(at, end):
            if mention.actor.kind != "country" or not _LIST_GAP.fullmatch(
                self.doc.norm, at, mention.start
            ):
                break
            unit = self._unit(
                mention.actor, start + m.start(), start + m.end(), narration[m.start() : m.end()]
            )
            unit.fixed, unit.camp = (polarity, m.group("camp")), True
            units.append(unit)
            at = mention.end
        return units

    def _editorial_units(self, quoted: Intervals) -> list[Unit]:
        """An editorial that names its institution in its headline ("The Tribune view on
        ..."): its own sentences about how countries voted are the institution's words."""
        title = self.doc.title
        found = EDITORIAL_TITLE.match(title) if title else None
        holder = ActorRef(kind="organization", name=found.group("paper").strip()) if found else None
        statement = _STATEMENT_TAIL.search(title) if title else None
        if holder is None and title and (STATEMENT_TITLE.match(title) or statement):
            # "Statement by the Ministry of Foreign Affairs of X on ...": a government's
            # statement, the words of the country its headline names (also after the
            # headline's topic: "Text not adopted - Statement by Minister X")
            at = statement.end() if statement else 0
            issuer = title[: m.start()] if (m := TITLE_TOPIC.search(title, at)) else title
            countries = {e.key for e in self._by_position.starting(at, len(issuer))}
            persons = {m.actor for m in self.actors.within(at, len(issuer))} - {None}
            persons = {a for a in persons if a.kind == "person"}
            if len(countries) == 1:
                holder = ActorRef(kind="country", name=countries.pop())
            elif len(persons) == 1:
                # "Statement by Foreign Minister X on ...": the minister's own words
                holder = persons.pop()
        if holder is None and title and RELEASE_LABEL.match(title):
            holder = self._issuing_country()
        if holder is None:
            return []
        units: list[Unit] = []
        for sentence in self.doc.sentences:
            if sentence.start < len(title or ""):
                continue  # the headline itself
            narration = without(
                self.doc.norm[sentence.start : sentence.end], sentence.start, quoted
            )
            if holder.kind == "person" and (
                _FIRST_PERSON.match(narration) or (statement and _WE_JUDGE.match(narration))
            ):
                # "I regret that X voted against it": the minister's judgement, read as
                # their narrated words are
                units.append(self._unit(holder, sentence.start, sentence.end, narration))
                continue
            if not self._claims_by_start.starting(sentence.start, sentence.end):
                if holder.kind == "country" and found is None and _OWN_VOICE.match(narration):
                    # a government's release: "Chile considers that the text ...", "The
                    # Government regrets that ...": its own judgement, read as an envoy's
                    units.append(self._unit(holder, sentence.start, sentence.end, narration))
                continue  # a sentence that reports no vote
            unit = self._unit(holder, sentence.start, sentence.end, narration)
            unit.editorial = True
            if units and _AMONG_THEM.match(narration) and units[-1].end == sentence.start - 1:
                # "Foremost among them is X": the judgement of the sentence before goes on
                pol, cue = self.doc.once(broad_polarity, units[-1].text)
                if pol is not None:
                    unit.fixed = (pol, cue)
            units.append(unit)
        return units

    def explained_vote(self) -> tuple[ActorRef, str | None, int, int] | None:
        """An article that is an explanation of vote: the envoy its first lines name, the
        one country they name (``None`` if none or several), and the line naming the envoy."""
        norm = self.doc.norm
        top = self.doc.paragraphs[:_EXPLANATION_TOP]
        if not any(_EXPLANATION_HEADING.search(norm, p.start, p.end) for p in top):
            return None
        countries = {e.key for p in top for e in self._by_position.starting(p.start, p.end)}
        country = countries.pop() if len(countries) == 1 else None
        if country is None:
            # "The way China cast its votes ... reflects our principles": the one country
            # whose vote the opening speaks of
            voting = {
                e.key
                for p in top
                for e in self._by_position.starting(p.start, p.end)
                if _ITS_VOTE_AFTER.match(norm, e.end)
            }
            country = voting.pop() if len(voting) == 1 else None
        if country is None:
            # "The Russian Federation strongly condemns ...": the one country whose own
            # voice the opening speaks in
            voices = {
                e.key
                for p in top
                for e in self._by_position.starting(p.start, p.end)
                if _OWN_VOICE.match(norm, e.end) or _OWN_VOICE.match(norm, e.start)
            }
            country = voices.pop() if len(voices) == 1 else None
        for p in top:
            persons = {m.actor for m in self.actors.within(p.start, p.end)}
            persons = {a for a in persons if a is not None and a.kind == "person"}
            if len(persons) == 1:
                return persons.pop(), country, p.start, p.end
        return None

    def _issuing_country(self) -> ActorRef | None:
        """The country of the office a press release names under its headline ("Ministry
        of Foreign Affairs of X"), where that line names exactly one."""
        for para in self.doc.paragraphs[1:ISSUER_TOP]:
            line = self.doc.norm[para.start : para.end]
            if ISSUER_LINE.match(line):
                named = {e.key for e in self._by_position.starting(para.start, para.end)}
                if len(named) == 1:
                    return ActorRef(kind="country", name=named.pop())
        return None

    def _statement_speaker(self) -> tuple[ActorRef | None, int]:
        """The official whose statement the article is, named by their post on its first
        line and a colon ("Foreign Ministry Spokeswoman Ana Ruiz:"), and where that line
        ends; (None, 0) if it opens otherwise."""
        first = self.doc.paragraphs[0] if self.doc.paragraphs else None
        if first is None or not self.doc.norm[first.start : first.end].rstrip().endswith(":"):
            return None, 0
        line = self.doc.norm[first.start : first.end]
        persons = {m.actor for m in self.actors.within(first.start, first.end)}
        persons = {a for a in persons if a.kind == "person"}
        if len(persons) != 1 or not _POST_BEFORE.search(line):
            return None, 0
        return persons.pop(), first.end

    def _opinion_author(self, top: list[Paragraph]) -> tuple[ActorRef | None, int]:
        """The author an opinion piece names at its top ("By Jane Doe"; "..., writes DW
        commentator Jane Doe." in a standfirst, whose words are the author's too), and
        where the paragraphs before the author's own voice end."""
        norm = self.doc.norm
        for p in top:
            if BYLINE.match(norm, p.start, p.end):
                found = self.actors.starting_at(p.start + 3, slack=1)
                if found is not None and found.actor.kind == "person":
                    return found.actor, p.end
            elif (writes := _WRITES.search(norm, p.start, p.end)) is not None:
                named = self.actors.within(writes.end(), min(p.end, writes.end() + 60))
                if named and named[0].actor.kind == "person":
                    return named[0].actor, p.start - 1
        return None, 0

    def _opinion_units(self, quoted: Intervals) -> list[Unit]:
        """An opinion piece ("Opinion | ...", then "By Jane Doe"): each paragraph of its
        own voice that reports a vote, or says what a vote was ("The abstention was a
        failure"), is its author's judgement, read as an utterance."""
        top = self.doc.paragraphs[:OPINION_TOP]
        norm = self.doc.norm
        author, byline_end = self._statement_speaker()
        if author is None and not any(OPINION_LABEL.match(norm, p.start, p.end) for p in top):
            return []
        if author is None:
            author, byline_end = self._opinion_author(top)
        if author is None:
            return []
        units: list[Unit] = []
        sentences = self.doc.sentences
        i = 0  # (paragraphs and sentences both in text order: one walk through each)
        for p in self.doc.paragraphs:
            if p.start <= byline_end:
                continue
            narration = without(norm[p.start : p.end], p.start, quoted)
            claimed = bool(self._claims_by_start.starting(p.start, p.end))
            if claimed and not self.doc.once(mixed, narration):
                units.append(self._unit(author, p.start, p.end, narration))
                continue
            # No vote reported ("Those abstentions were the right call. A text that ... is
            # a gift."), or judgements both ways ("X's yes vote was the right decision.
            # Y's abstention was a missed opportunity."): a unit from each sentence that
            # reports a vote or says what one was, to the next such sentence
            while i < len(sentences) and sentences[i].start < p.start:
                i += 1
            opened: tuple[int, int] | None = None
            while i < len(sentences) and sentences[i].start < p.end:
                sentence = sentences[i]
                i += 1
                said = narration[sentence.start - p.start : sentence.end - p.start]
                if self.doc.once(vote_predicate, said)[0] is not None or (
                    claimed
                    and (
                        self._claims_by_start.starting(sentence.start, sentence.end)
                        # "Jakarta's yes vote ..., and it was the right decision"
                        or (ABOUT_THE_VOTE.search(said) and self.doc.once(polarity, said)[0])
                    )
                ):
                    if opened is not None:
                        units.append(self._opinion_part(author, p.start, narration, *opened))
                    opened = (sentence.start, sentence.end)
                elif opened is not None and claimed:
                    opened = (opened[0], sentence.end)  # what follows judges it
            if opened is not None:
                units.append(self._opinion_part(author, p.start, narration, *opened))
        return units

    def _opinion_part(
        self, author: ActorRef, base: int, narration: str, start: int, end: int
    ) -> Unit:
        return self._unit(author, start, end, narration[start - base : end - base])


def without(text: str, base: int, quoted: Intervals) -> str:
    """``text`` (found at ``base``) with quoted passages blanked out, offsets kept."""
    end = base + len(text)
    spans = quoted.overlapping(base, end)
    if not spans:
        return text
    pieces: list[str] = []
    cursor = base
    for start, stop in spans:
        lo, hi = max(start, base), min(stop, end)
        pieces.append(text[cursor - base : lo - base])
        pieces.append(" " * (hi - lo))
        cursor = hi
    pieces.append(text[cursor - base :])
    return "".join(pieces)
