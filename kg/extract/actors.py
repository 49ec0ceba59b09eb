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
from functools import partial
from typing import NamedTuple

from kg.extract.lexicon import PRONOUNS, SPOKESPERSON_NOUNS, UNNAMED_SUBJECT_HEADS
from kg.extract.mentions import EntityMention
from kg.extract.persons import PersonContext, PersonMention
from kg.extract.spans import Intervals, near_start
from kg.extract.text import Document
from kg.model import ActorKind, ActorRef

_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|\n")
_WORD = re.compile(r"[\w'\-]+")
# The owner of a title before a name: "China's (ambassador X)", "the United Kingdom's"
_OWNER_BEFORE = re.compile(r"(?:\bthe\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*'s?\s*$")
_LOWER_WORD = re.compile(r"[a-z][\w'\-]*")
_CAPITALS_BEFORE = re.compile(r"(?:\b[A-Z][\w'\-]*\s+)+$")
_UNNAMED_WORDS = UNNAMED_SUBJECT_HEADS | SPOKESPERSON_NOUNS
# What may come between a name and its verb, read at the name's end.
_PARENTHESIS = re.compile(r"\s*\([^)]{1,20}\)")
_APPOSITIVE = re.compile(r"\s*,[^,]{1,160},")
# A speech verb's "that" clause running up to a name: the name is inside reported words
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|argued|warned|noted|stressed|insisted)\b[^.;]*"
    r"\bthat\s+(?:[\w.'’-]+\s+){0,3}$"
)
_POSSESSIVE = re.compile(r"'s?\s")
# Between two persons of one subject: a conjunction, then perhaps their tie and titles
# ("and his comrade and former Vice President"), never a verb
_JOINED = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:his|her|their)\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|colleague|comrade|fellow|ally|former|then|party|and|deputy|vice|"
    r"senior|opposition|chairman|chairwoman|chair|leader|lawmaker|senator|minister)\s+){0,6}"
)
# Between a verb and a person as its object: titles and a demonym in capitals
_OBJECT_GAP = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}")
# A person judged as a possessor or for what they did: "X's vote", "X for voting ..."
_GROUNDS_AFTER = re.compile(r"['’]s?\b|\s+(?:for|over)\b")
# The verb right after a subject: a lower-case word that is no preposition or article
_VERB_AFTER = re.compile(
    r"(?:\s*,\s*)?\s+(?:(?:also|both|jointly|together|separately)\s+)?"
    r"(?!(?:of|in|at|for|and|or|the|to|from|with|on|who|which|that)\b)[a-z]+(?:ed|s)\b"
)
_SPOKESPERSON_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(spokes\w+|official|officials|representative)\b"
)
_LEADS = re.compile(r" (?:administration|presidency|campaign|era|government)\b")
# A relative pronoun opening the clause of a verb: "Serbia, which decried"
_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:also\s+|had\s+|has\s+|have\s+)?$")
_ONE_WORD_GAP = re.compile(
    r"\s+(?:\w+\s+)?"
    # a discourse aside between commas: "Egypt, for its part, regretted", "Chile, in
    # turn, welcomed", "Peru, in a statement, said"
    r"|\s*,\s*(?:for\s+(?:its|their)\s+part|in\s+turn|meanwhile|too|however|though|"
    r"in\s+a\s+(?:statement|communiqu[eé]|note)|on\s+\w+day)\s*,\s*(?:\w+\s+)?"
)
# After an appositive's closing comma, up to the verb: at most three lower-case words.
_APPOSITIVE_TO_VERB = re.compile(r"\s*(?:[a-z]+\s+){0,3}")
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


NOT_SUBJECT_BEFORE = _NOT_SUBJECT_BEFORE  # words after which a name is no subject


class ActorMention(NamedTuple):
    # A tuple, not a frozen dataclass: an index builds dozens per article, and a frozen
    # dataclass sets each field through object.__setattr__ (five times the cost).
    start: int  # where the mention begins, titles included
    end: int
    actor: ActorRef
    person: PersonMention | None = None
    entity: EntityMention | None = None


_mention = partial(tuple.__new__, ActorMention)  # ActorMention(*fields) from a 5-tuple


# An organization named again by what it is ("the group said", "the paper's editors
# wrote") or by the last word of its name ("the Journal opined", for The Wall Street
# Journal): the one of that kind the article named last, not long before.
_NAMED_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:(?P<media>newspaper|paper|daily|editorial\s+board|board|editors|"
    r"magazine|broadcaster)|(?P<other>group|organi[sz]ation|charity|watchdog|coalition|"
    r"(?:rights|advocacy|campaign|pressure)\s+group|think\s+tank|institute|foundation|NGO)|"
    r"(?P<last>[A-Z][a-z]+))\b(?!\s+[A-Z])"
)
_NOT_SPEAKING = frozenset({"government", "intergovernmental", "un-body", "legislature"})
_NAMED_WITHIN = 2000


def _organizations_again(text: str, named: list[ActorMention]) -> list[ActorMention]:
    """The mentions ``_NAMED_AGAIN`` finds, each of the organization it names again
    (``named``: the entity mentions, in order)."""
    orgs = [m for m in named if m.actor.kind == "organization"]
    if not orgs:
        return []
    starts = [m.start for m in orgs]
    media_last = {
        m.actor.name.split()[-1]
        for m in orgs
        if m.entity is not None and m.entity.detail == "media"
    }
    out: list[ActorMention] = []
    for m in _NAMED_AGAIN.finditer(text):
        if m.group("last") and m.group("last") not in media_last:
            continue  # ("The Council", "the Kremlin": most capitalised words after "the")
        i = bisect_left(starts, m.start()) - 1
        while i >= 0 and orgs[i].end > m.start():
            i -= 1  # (inside a name: "The Wall Street Journal" is no "the Journal")
        while i >= 0 and m.start() - orgs[i].end <= _NAMED_WITHIN:
            org = orgs[i]
            kind = org.entity.detail if org.entity is not None else ""
            last = m.group("last")
            if (
                (m.group("media") and kind == "media")
                or (m.group("other") and kind not in _NOT_SPEAKING and kind != "media")
                or (last and kind == "media" and org.actor.name.split()[-1] == last)
            ):
                at = m.start(m.lastgroup or 0)  # (after "the", as a name's mention starts)
                out.append(_mention((at, m.end(), org.actor, None, None)))
                break
            i -= 1
    return out


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
                found = refs[kind, name] = ActorRef.trusted(kind=kind, name=name)
            return found

        for m in persons.mentions:
            cluster = persons.cluster_of(m)
            start = m.title_start if m.title_start is not None else m.start
            mentions.append(_mention((start, m.end, ref("person", cluster.name), m, None)))
        # (an organization in a person's title is no actor of its own: "Deputy UN
        # Ambassador X said" is X's)
        titles = sorted(
            (a.start, a.end) for a in mentions if a.person is not None and a.start < a.person.start
        )
        for e in entities:
            if e.kind == "organization":
                i = bisect_left(titles, (e.start + 1,)) - 1
                if i >= 0 and titles[i][0] <= e.start and e.end <= titles[i][1]:
                    continue
                mentions.append(_mention((e.start, e.end, ref("organization", e.key), None, e)))
            elif e.kind == "country":
                mentions.append(_mention((e.start, e.end, ref("country", e.key), None, e)))
        mentions += _organizations_again(doc.norm, [m for m in mentions if m.entity])
        # at one start, the longer mention last: read backwards, "UN Ambassador X" is X first
        mentions.sort(key=lambda a: (a.start, a.end))
        self.mentions = mentions
        self._all = list(mentions)
        self._starts = self._all_starts = [a.start for a in mentions]
        # is_subject_position by mention start: the text before a mention does not change,
        # and the subject searches of quotes and stances ask it of the same mentions
        self._subject_position: dict[int, bool] = {}

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
        j = bisect_left(self._starts, end, i)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def any_within(self, start: int, end: int) -> bool:
        """Whether ``within(start, end)`` has a mention, without building the list."""
        i = bisect_left(self._starts, start)
        j = bisect_left(self._starts, end, i)
        mentions = self.mentions
        return any(mentions[k].end <= end for k in range(i, j))

    def exclude(self, spans: list[tuple[int, int]]) -> None:
        """Leave out mentions inside these spans (names inside quotations)."""
        everything, starts = self._all, self._all_starts
        covered: set[int] = set()
        # Each (merged) span looks up the few mentions that start in it, instead of each
        # mention looking up its span.
        for lo, hi in Intervals(spans).overlapping(0, len(self.doc.text) + 1):
            i = bisect_left(starts, lo)
            while i < len(everything) and everything[i].start <= hi:
                if everything[i].end <= hi:
                    covered.add(i)
                i += 1
        self.mentions = [m for i, m in enumerate(everything) if i not in covered]
        self._starts = [a.start for a in self.mentions]

    def is_subject_position(self, mention: ActorMention) -> bool:
        start = mention.start
        known = self._subject_position.get(start)
        if known is None:
            # a mention that opens on its title ("ambassador Chen Ming"): a possessive
            # before it owns the title ("China's ambassador X told"), not the person
            titled = mention.person is not None and mention.person.title_start == start
            known = self._subject_position[start] = self._in_subject_position(start, titled)
        return known

    def _in_subject_position(self, start: int, titled: bool = False) -> bool:
        before = self.doc.norm[max(0, start - 30) : start]
        before = _CLAUSE_BREAK.split(before)[-1]  # words of an earlier sentence do not count
        if before.rstrip().endswith("'s"):
            if not titled and not self._country_owns(start):
                # "Ruiz's Ana Vidal"; but "Finland's Ana Vidal said" and "Al Jazeera's Ana
                # Vidal, reporting from New York, said" are hers
                return False
            # the title's owner ("China's", "the United States'") is read past
            before = _OWNER_BEFORE.sub("", before)
        if titled:
            before = _CAPITALS_BEFORE.sub("", before)  # "alongside French President X"
        words = _WORD.findall(before.lower())
        if words and words[-1] in ("the", "a", "an"):
            words = words[:-1]  # "of the Tallis Institute": the preposition decides
        if words[-2:] == ["according", "to"]:
            return True  # the source of what follows
        return not words or words[-1] not in _NOT_SUBJECT_BEFORE

    def _country_owns(self, start: int) -> bool:
        """Whether a country's or a body's possessive stands right before ``start``
        ("Finland's X", "Amnesty International's X", "Labour's X"), not a person's."""
        owners = self.within(max(0, start - 40), start)
        if owners and self.doc.norm[owners[-1].end : start].strip() in ("'s", "'"):
            return owners[-1].actor.kind in ("country", "organization")
        # an owner no actor was found for: a party or body by its capitalised name
        return _NAMED_OWNER.search(self.doc.norm, max(0, start - 40), start) is not None

    def clause_subject(self, verb_at: int, floor: int) -> ActorMention | None:
        """The subject of the verb at ``verb_at``, looking past an appositive:
        in "Okafor, a member of the Foreign Relations Committee, released", Okafor."""
        norm = self.doc.norm
        which = _WHICH_BEFORE.search(norm, max(floor, verb_at - 24), verb_at)
        if which is not None:
            # "including from Serbia, which decried ...": the actor the clause is about
            nearest = next(self._backwards(max(floor, which.start() - 60), which.start() + 1), None)
            if nearest is not None and nearest.end == which.start():
                return nearest
        subject = self.subject_before(verb_at, floor, speakers_only=True)
        if subject is None:
            return None
        start = near_start(norm, floor, verb_at, 320)  # an appositive and three words
        # An appositive ", a member of the X Committee," ending at most three words before
        # the verb: its closing comma is the last comma there, its opening one the comma
        # before that (found from the end, not by a pattern tried at every comma).
        close = norm.rfind(",", start, verb_at)
        opening = norm.rfind(",", start, close) if close > start else -1
        if (
            0 <= opening < subject.start
            and 1 <= close - opening - 1 <= 160
            and _APPOSITIVE_TO_VERB.fullmatch(norm, close + 1, verb_at)
        ):
            outer = self.subject_before(opening + 1, floor, speakers_only=True)
            # "Okafor, a member of the X Committee, said": Okafor; but in "the UN's envoy,
            # Dorothy Shea, said" the name inside the commas is the speaker
            inner_is_name = subject.actor.kind == "person" and (
                outer is None or outer.actor.kind != "person"
            )
            if (
                outer is not None
                and not inner_is_name
                and not _names_unnamed_speaker(norm[outer.end : opening])
                and ";" not in norm[outer.end : opening]
            ):
                # (not past a semicolon: "X said ...; the Irish envoy, Y, replied" is Y's)
                return outer
        return subject

    def direct_subject(self, verb_at: int, floor: int) -> ActorMention | None:
        """The actor whose verb this is: adjacent, or separated only by an appositive,
        a party tag or adverbs ("Kerrigan, a State Department spokesman, defended")."""
        subject = self.clause_subject(verb_at, floor)
        if subject is None:
            return None
        norm = self.doc.norm
        if _POSSESSIVE.match(norm, subject.end, subject.end + 3):
            return None  # a possessor ("Mr. Trump's team contends") is not the subject
        gap = _after_name(norm, subject.end, verb_at)
        words = _WORD.findall(gap)
        if len(words) > 4 or ";" in gap or ":" in gap:
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
                if self.is_subject_position(m)
                and (not speakers_only or (self._may_speak(m, offset) and not self.is_possessor(m)))
            ),
            None,
        )
        if last is None:
            return None
        tail = _after_name(self.doc.norm, last.end, offset)  # an appositive describes the name
        if _names_unnamed_speaker(tail):
            spoke = _SPOKESPERSON_AFTER.match(tail)
            if spoke and last.actor.kind == "organization":
                return last
            return None
        return last

    def co_subjects(self, holder: ActorRef, start: int, end: int) -> list[ActorRef]:
        """The persons who share a verb with ``holder`` as its subject, where ``holder``
        is named in ``start``..``end`` among them: "A and his colleague B called it ...",
        "A, B and former minister C condemned ..." (each judges; none else)."""
        norm = self.doc.norm
        named = [m for m in self.within(start, end) if m.actor.kind == "person"]
        at = next((i for i, m in enumerate(named) if m.actor == holder), None)
        if at is None or len(named) < 2:
            return []
        first = last = at
        while first > 0 and _JOINED.fullmatch(norm, named[first - 1].end, named[first].start):
            first -= 1
        while last + 1 < len(named) and _JOINED.fullmatch(
            norm, named[last].end, named[last + 1].start
        ):
            last += 1
        if first == last or not _VERB_AFTER.match(norm, named[last].end):
            return []
        return [m.actor for m in named[first : last + 1] if m.actor != holder]

    def person_object(self, verb_end: int) -> bool:
        """Whether a person (titles and a demonym before) is the object of the verb ending
        at ``verb_end``, and not as a possessor ("X's vote") or with the grounds ("X for
        voting ..."): "harshly criticized Ukrainian President X" judges a person."""
        norm = self.doc.norm
        m = self.starting_at(verb_end + 1, slack=40)
        return (
            m is not None
            and m.actor.kind == "person"
            and _OBJECT_GAP.fullmatch(norm, verb_end, m.start) is not None
            and _GROUNDS_AFTER.match(norm, m.end) is None
        )

    def _backwards(self, floor: int, offset: int) -> Iterator[ActorMention]:
        """The mentions of ``within(floor, offset)``, nearest first (read lazily: the
        nearest one that fits is usually the first)."""
        i = bisect_left(self._starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            if self.mentions[i].end <= offset:
                yield self.mentions[i]
            i -= 1

    def is_possessor(self, m: ActorMention) -> bool:
        """Whether the mention owns or qualifies what follows ("Hollis's contributions",
        "the Hollis administration"): no subject."""
        norm = self.doc.norm
        return norm.startswith("'s ", m.end) or bool(_LEADS.match(norm, m.end))

    def _may_speak(self, m: ActorMention, offset: int) -> bool:
        """A country speaks only when it is the verb's immediate subject ("Russia said")."""
        if m.actor.kind != "country":
            return True
        gap = self.doc.norm[m.end : offset]
        return not gap.strip(" ,") or bool(_ONE_WORD_GAP.fullmatch(gap))

    def unnamed_subject(self, text: str) -> bool:
        """Whether ``text`` (a clause before a verb) has an unnamed subject head."""
        return _names_unnamed_speaker(text)

    def resolve_pronoun(self, offset: int, pronoun: str) -> ActorMention | None:
        """The person "he" or "she" at ``offset`` most likely refers to: the nearest
        earlier person in subject position whose known gender does not clash."""
        gender = PRONOUNS.get(pronoun.lower())
        reported: ActorMention | None = None  # a subject inside someone's reported words
        for m in self._backwards(max(0, offset - 1500), offset):
            if m.actor.kind != "person" or not self.is_subject_position(m) or self.is_possessor(m):
                continue
            assert m.person is not None
            cluster = self.persons.cluster_of(m.person)
            if gender and cluster.gender and cluster.gender != gender:
                continue
            sentence = self.doc.sentence_at(m.start)
            if (
                reported is None
                and sentence is not None
                and _REPORTED_BEFORE.search(self.doc.norm, sentence.start, m.start)
            ):
                # 'X said ... and that President Y was in the region. "...," she said':
                # Y is inside X's reported words; the speaker who reported them is "she"
                reported = m
                continue
            return m
        return reported


# A capitalised name (a party, a body) as a possessive right before a name, opening its
# clause: "Labour's X", "The Scottish National Party's X" (not "Ruiz's X" after a verb)
_NAMED_OWNER = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:Party|Labour|Greens|Democrats|"
    r"Republicans|Conservatives|Liberals|Watch|International|Institute|Council|Centre|Center)"
    r"['’]s\s+$"
)


def _names_unnamed_speaker(tail: str) -> bool:
    return not _UNNAMED_WORDS.isdisjoint(_LOWER_WORD.findall(tail.lower())[:4])


def _after_name(norm: str, end: int, offset: int) -> str:
    """``norm[end:offset]`` without a parenthesis ("(R-Pa.)") and then an appositive
    right after the name."""
    pos = end
    for part in (_PARENTHESIS, _APPOSITIVE):
        found = part.match(norm, pos, offset)
        if found:
            pos = found.end()
    return norm[pos:offset]
