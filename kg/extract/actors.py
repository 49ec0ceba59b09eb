"""Who is named where: one index over person, organization and country mentions.

Quote attribution and stance detection both ask the same questions of the text:
which actor is named at this offset, which actor is the subject of the verb at
that offset, and who "he" or "she" refers to. ``ActorIndex`` answers them from
the mentions of passes 2a and 2b.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.lexicon import PRONOUNS, SPOKESPERSON_NOUNS, UNNAMED_SUBJECT_HEADS
from kg.extract.mentions import EntityMention
from kg.extract.persons import PersonContext, PersonMention
from kg.extract.text import Document, Intervals, near_start
from kg.model import ActorKind, ActorRef

_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|\n")
_NOT_SUBJECT_BEFORE = frozenset(
    [
        "of",
        "with",
        "to",
        "by",
        "from",
        "against",
        "about",
        "at",
        "for",
        "on",
        "in",
        "into",
        "like",
        "as",
        "than",
        "toward",
        "towards",
        "between",
        "among",
        "under",
        "over",
        "criticizing",
        "criticising",
        "praising",
        "accusing",
        "calling",
        "labelled",
        "labeled",
        "named",
        "called",
        "urged",
        "asked",
        "told",
        "thanked",
        "joined",
        "met",
        "meet",
        "meeting",
        "host",
        "hosted",
        "hosting",
        "welcomed",
        "visit",
        "visited",
        "alongside",
        "including",
        "and",
        "or",
        "nor",
    ]
)


@dataclass(frozen=True)
class ActorMention:
    start: int  # where the mention begins, titles included
    end: int
    actor: ActorRef
    person: PersonMention | None = None
    entity: EntityMention | None = None


class ActorIndex:
    def __init__(
        self, doc: Document, persons: PersonContext, entities: list[EntityMention]
    ) -> None:
        self.doc = doc
        self.persons = persons
        mentions: list[ActorMention] = []
        refs: dict[tuple[ActorKind, str], ActorRef] = {}  # one (immutable) ref per actor

        def ref(kind: ActorKind, name: str) -> ActorRef:
            found = refs.get((kind, name))
            if found is None:
                found = refs[kind, name] = ActorRef(kind=kind, name=name)
            return found

        for m in persons.mentions:
            cluster = persons.cluster_of(m)
            start = m.title_start if m.title_start is not None else m.start
            mentions.append(ActorMention(start, m.end, ref("person", cluster.name), m))
        for e in entities:
            if e.kind == "organization":
                mentions.append(ActorMention(e.start, e.end, ref("organization", e.key), entity=e))
            elif e.kind == "country":
                mentions.append(ActorMention(e.start, e.end, ref("country", e.key), entity=e))
        mentions.sort(key=lambda a: (a.start, -a.end))
        self.mentions = mentions
        self._all = list(mentions)
        self._starts = [a.start for a in mentions]

    # --- lookups ---------------------------------------------------------------------

    def starting_at(self, offset: int, slack: int = 0) -> ActorMention | None:
        """The mention that starts at ``offset`` (after up to ``slack`` characters)."""
        i = bisect_left(self._starts, offset)
        best = None
        while i < len(self.mentions) and self.mentions[i].start <= offset + slack:
            cand = self.mentions[i]
            if best is None or (cand.actor.kind == "person" and best.actor.kind != "person"):
                best = cand
            i += 1
        return best

    def within(self, start: int, end: int) -> list[ActorMention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def exclude(self, spans: list[tuple[int, int]]) -> None:
        """Leave out mentions inside these spans (names inside quotations)."""
        inside = Intervals(spans)
        self.mentions = [m for m in self._all if not inside.covers(m.start, m.end)]
        self._starts = [a.start for a in self.mentions]

    def is_subject_position(self, mention: ActorMention) -> bool:
        before = self.doc.norm[max(0, mention.start - 30) : mention.start]
        before = _CLAUSE_BREAK.split(before)[-1]  # words of an earlier sentence do not count
        words = re.findall(r"[\w'\-]+", before.lower())
        if before.rstrip().endswith("'s"):
            return False
        if words and words[-1] in ("the", "a", "an"):
            words = words[:-1]  # "of the Tallis Institute": the preposition decides
        if words[-2:] == ["according", "to"]:
            return True  # the source of what follows
        return not words or words[-1] not in _NOT_SUBJECT_BEFORE

    def clause_subject(self, verb_at: int, floor: int) -> ActorMention | None:
        """The subject of the verb at ``verb_at``, looking past an appositive:
        in "Okafor, a member of the Foreign Relations Committee, released", Okafor."""
        subject = self.subject_before(verb_at, floor, speakers_only=True)
        if subject is None:
            return None
        start = near_start(self.doc.norm, floor, verb_at, 320)  # an appositive and three words
        appositive = re.search(r",[^,]{1,160},\s*(?:[a-z]+\s+){0,3}$", self.doc.norm[start:verb_at])
        if appositive and start + appositive.start() < subject.start:
            outer = self.subject_before(start + appositive.start() + 1, floor, speakers_only=True)
            # "Okafor, a member of the X Committee, said": Okafor; but in "the UN's envoy,
            # Dorothy Shea, said" the name inside the commas is the speaker
            inner_is_name = subject.actor.kind == "person" and (
                outer is None or outer.actor.kind != "person"
            )
            if (
                outer is not None
                and not inner_is_name
                and not _names_unnamed_speaker(
                    self.doc.norm[outer.end : start + appositive.start()]
                )
            ):
                return outer
        return subject

    def direct_subject(self, verb_at: int, floor: int) -> ActorMention | None:
        """The actor whose verb this is: adjacent, or separated only by an appositive,
        a party tag or adverbs ("Kerrigan, a State Department spokesman, defended")."""
        subject = self.clause_subject(verb_at, floor)
        if subject is None:
            return None
        if re.match(r"'s?\s", self.doc.norm[subject.end : subject.end + 3]):
            return None  # a possessor ("Mr. Trump's team contends") is not the subject
        gap = self.doc.norm[subject.end : verb_at]
        gap = re.sub(r"^\s*\([^)]{1,20}\)", "", gap)
        gap = re.sub(r"^\s*,[^,]{1,160},", "", gap)
        words = re.findall(r"[\w'\-]+", gap)
        if len(words) > 4 or re.search(r"[;:]", gap):
            return None
        if any(
            w.lower() in ("that", "which", "who", "whose", "resolution", "vote", "text")
            for w in words
        ):
            return None
        return subject

    def subject_before(
        self, offset: int, floor: int, *, speakers_only: bool = False
    ) -> ActorMention | None:
        """The nearest named actor before ``offset`` (not before ``floor``) in subject position.

        A person wins over an organization or country named after it ("Kremlin
        spokesman Oleg Sedov said"); an unnamed subject ("a European diplomat said")
        blocks attribution to anyone further back.
        """
        last = next(
            (
                m
                for m in self._backwards(floor, offset)
                if self.is_subject_position(m) and (not speakers_only or self._may_speak(m, offset))
            ),
            None,
        )
        if last is None:
            return None
        tail = self.doc.norm[last.end : offset]
        tail = re.sub(r"^\s*\([^)]{1,20}\)", "", tail)
        tail = re.sub(r"^\s*,[^,]{1,160},", "", tail)  # an appositive describes the name
        if _names_unnamed_speaker(tail):
            spoke = re.match(
                r"^\s+(?:\w+\s+){0,2}?(spokes\w+|official|officials|representative)\b", tail
            )
            if spoke and last.actor.kind == "organization":
                return last
            return None
        return last

    def _backwards(self, floor: int, offset: int) -> Iterator[ActorMention]:
        """The mentions of ``within(floor, offset)``, nearest first (read lazily: the
        nearest one that fits is usually the first)."""
        i = bisect_left(self._starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            if self.mentions[i].end <= offset:
                yield self.mentions[i]
            i -= 1

    def _may_speak(self, m: ActorMention, offset: int) -> bool:
        """A country speaks only when it is the verb's immediate subject ("Russia said")."""
        gap = self.doc.norm[m.end : offset]
        return (
            m.actor.kind != "country"
            or not gap.strip(" ,")
            or bool(re.fullmatch(r"\s+(?:\w+\s+)?", gap))
        )

    def unnamed_subject(self, text: str) -> bool:
        """Whether ``text`` (a clause before a verb) has an unnamed subject head."""
        return _names_unnamed_speaker(text)

    def resolve_pronoun(self, offset: int, pronoun: str) -> ActorMention | None:
        """The person "he" or "she" at ``offset`` most likely refers to: the nearest
        earlier person in subject position whose known gender does not clash."""
        gender = PRONOUNS.get(pronoun.lower())
        floor = max(0, offset - 1500)
        candidates = [m for m in self.within(floor, offset) if m.actor.kind == "person"]
        for m in reversed(candidates):
            if not self.is_subject_position(m):
                continue
            assert m.person is not None
            cluster = self.persons.cluster_of(m.person)
            if gender and cluster.gender and cluster.gender != gender:
                continue
            return m
        return None


def _names_unnamed_speaker(tail: str) -> bool:
    words = re.findall(r"[a-z][\w'\-]*", tail.lower())
    return any(w in UNNAMED_SUBJECT_HEADS or w in SPOKESPERSON_NOUNS for w in words[:4])
