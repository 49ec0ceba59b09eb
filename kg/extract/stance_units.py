"""Pass 7, units: the evidence a stance is read from, each attributed to a named actor.

A unit is what a holder says or is reported to think: their quotes (consecutive quotes of
one speaker in a paragraph are one utterance), and narration where they are the subject
of a speech or attitude verb ("defended the decision"), named after it ("..., argued the
German ambassador X."), the source of "According to X, ...", or the owner of an attitude
noun ("the Kremlin's approval")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import dropwhile, pairwise, takewhile
from typing import NamedTuple

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.lexicon import COMMUNICATION_VERBS
from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.patterns_words import word_patterns, words_in
from kg.extract.quotes.attribution import Attributor
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.spans import Intervals, SpanIndex
from kg.extract.stance_cues import JUDGING_IDIOM_VERBS
from kg.extract.stance_envoys import UnnamedEnvoy
from kg.extract.stance_lexicon import VOTE_CONTEXT_WORDS
from kg.extract.stance_passive import BALLOT_VERBS as _BALLOT_VERBS
from kg.extract.stance_passive import PassiveUnits
from kg.extract.stance_voices import VoiceUnits, without
from kg.extract.text import Document
from kg.extract.votes import ClaimEvidence
from kg.extract.votes.phrases import SEPARATOR
from kg.model import ActorRef, Evidence, Polarity, Quote, ResolutionRef, Stance, VoteTarget

# Verbs by which a country named as the subject judges ("France condemned the veto"); a
# country that "said" is mostly the article's summary of a statement, read from its quotes
_JUDGING_VERBS = frozenset(
    "condemned condemns criticized criticised criticizes criticises denounced denounces "
    "deplored deplores regretted regrets lamented laments slammed blasted decried decries "
    "welcomed welcomes praised praises hailed hails applauded applauds commended commends "
    "defended defends backed supported rejected rejects accused accuses explained explains "
    # a headline's present ("A, B and C criticize the US veto")
    "condemn criticize criticise denounce deplore decry slam blast welcome praise hail".split()
) | (JUDGING_IDIOM_VERBS - {"took", "takes", "paid", "hit", "hits"})
# "expressed its deep regret", "voiced their support": a judgement as a country's verb
_EXPRESSED_ATTITUDE = re.compile(
    r"(?i)\s+(?:its|their|his|her|a|the)?\s*(?:[\w-]+\s+)?"
    r"(?:regret|disappointment|dismay|outrage|indignation|anger|concern|condemnation|"
    r"support|satisfaction|gratitude|appreciation|solidarity)\b"
)
# from the last country of a list subject to its verb
_LIST_TO_VERB = re.compile(r"\s+(?:(?:also|jointly|together|all|both|swiftly|quickly)\s+)?")
# A verb negated, or put in the infinitive, before an attitude verb: no judgement made
_NOT_DONE = re.compile(r"(?i)\b(?:not|n't|never|to|did|does|would|could|should|might)\s+$")
# A list's joint judgement: "A, B and C, its permanent members - joined forces in condemning"
_JOINT_VERB = re.compile(
    r"\b(?:joined\s+forces|were\s+united|united|joined)\s+in\s+(?P<verb>condemning|critici[sz]ing|"
    r"denouncing|deploring|welcoming|praising|applauding)\b"
)
_JOINT_TAIL = re.compile(
    r"(?:\s*,[^,;—–()]{1,60}?)?\s*[—–-]?\s+(?:joined\s+forces|were\s+united|united|joined)\s+in\s+"
)
_LOWER_WORDS = re.compile(r"[a-z]+")
# a country's speech for or against: "Ghana spoke against the draft", "argued in favour of"
_FOR_OR_AGAINST = re.compile(r"\s+(?:out\s+)?(?:against|in\s+favou?r\s+of)\b")
_ATTITUDE_VERBS = (
    COMMUNICATION_VERBS
    | _JUDGING_VERBS
    | frozenset(
        "defended defends backed supported assailed attacked denounced expressed voiced "
        "welcomed applauded cheered took argued questioned introduced presented tabled "
        "spoke speaks".split()
    )
    | JUDGING_IDIOM_VERBS
)
_CRITICAL_NOUNS = frozenset({"criticism", "condemnation", "warning", "rebuke"})
_ATTITUDE_NOUN = re.compile(
    r"'s\s+(approval|praise|criticism|condemnation|warning|support|endorsement|rebuke|welcome)\b"
)
# An envoy's clause that says their words explain their vote: "explaining her delegation's
# abstention", "in explanation of vote", "on his country's decision to abstain"
_DEFENDING_FIRST = re.compile(r"\s*(?:Justifying|Defending|Explaining)\s+[^,;]{3,60},")
_EXPLAINING = Folded(
    r"(?i)\b(?:explain(?:ed|ing|s)?|explanation\s+of)\s+(?:[\w']+\s+){0,3}?"
    r"(?:votes?|abstention|position|decision|veto)\b|\b(?:his|her|its|their)\s+"
    r"(?:country|delegation|government)'s\s+(?:vote|abstention|decision|position)\b|"
    # "urging support for the extension", "supporting the adoption of a resolution"
    r"\b(?:urging|supporting|backing|welcoming|opposing|rejecting)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:support|adoption|text|draft|resolution|extension|renewal)\b"
)
# A country saying why it voted as it did: "France said it had voted against because",
# "Chile said that it abstained, citing ..."
_OWN_REASONS = re.compile(
    r"(?i)\s+(?:that\s+)?(?:it|its\s+(?:government|delegation))\s+(?:had\s+|has\s+)?"
    r"(?:voted|abstained|opposed|supported|backed|chose\s+to\s+abstain)\b[^.;]{0,80}?"
    r"(?:\bbecause\b|,\s*citing\b|\bgiven\s+that\b|\bon\s+the\s+grounds?\s+that\b|"
    r"\bin\s+order\s+to\b|,\s*as\s+it\s+)"
)
# ... or what it says the text voted on is: "Russia said the resolution was biased"
_OWN_VIEW_OF_TEXT = re.compile(
    r"(?i)\s+(?:that\s+)?(?:the|this|such\s+a)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|draft)\s+"
    r"(?:was|is|were|are|would|will|had|has)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?i)\b(he|she)\s+(?:\w+\s+){0,2}$")
# White space after a sentence's closing mark ("(?<=[.!?])\s+", opening on the space)
_SENTENCE_BREAK = re.compile(r"\s(?<=[.!?]\s)\s*")
_IT = re.compile(r"\b(?:it|them)\b")
# "it" as the object a judging verb takes: "called it a disgrace", "described it as"
_IT_JUDGED = re.compile(
    r"(?i)\b(?:called|calls|calling|described|describes|branded|brands|termed|terms|labell?ed|"
    r"dubbed|deemed)\s+it\b"
)
# A feeling stated with no object, or with the outcome as its object: "said he was deeply
# disappointed.", "was dismayed by the result"
_BARE_FEELING = re.compile(
    r"(?i)\b(?:was|were|is|are|felt|feels?|remains?|remained)\s+(?:\w+ly\s+)?(?:disappointed|"
    r"dismayed|saddened|outraged|appalled|shocked|delighted|pleased|gratified|heartened|relieved)"
    r"(?:\s*(?:[.,;]|$)|\s+(?:by|with|at)\s+(?:the\s+)?(?:outcome|result|decision|move)\b)"
)
# A contrast that brings in another clause: "..., while Y praised it", "whereas Y ..."
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+")
_OTHERS_CONTRAST = re.compile(
    r",?\s+(?:but|while|whereas)\s+(?=(?:many|some|several|other|others|critics|most|dozens|"
    r"a\s+number|a\s+host)\b)"
)
# what may stand before the subject of a contrasted clause: "while (the) California
# Democrat Rep. Eric Dole", "while Sen. Ana Ruiz", "whereas former envoy Ana Ruiz"
_TITLES_BEFORE = re.compile(
    r"(?:(?:the|former|then|then-|[A-Z][\w.'’-]*)\s*){0,5}?|(?:[\w'’.-]+\s+){0,2}?"
)
# An organization named again by its kind, as the subject right before a verb: "In a
# statement, the group praised", "the rights organisation also criticized"
_ORG_ANAPHOR = re.compile(
    r"(?i)(?:^|[,;]\s*|\.\s+)the\s+(?:rights\s+|human\s+rights\s+|advocacy\s+|campaign\s+)?"
    r"(?:group|organi[sz]ation|watchdog|ngo|charity|alliance|coalition|network|campaign|"
    r"movement|federation|association|foundation|institute|centre|center)\s+"
    r"(?:also\s+|had\s+|has\s+)?$"
)
_UN_BODY = re.compile(r"(?i)\b(?:united\s+nations|general\s+assembly|council|committee|u\.?n\.?)\b")
# What may stand between a verb and the speaker named after it: a role in capitals
# ("argued German Ambassador", "said the Brazilian envoy")
# The comma that ends reported words before their speaker's clause: "..., its deputy
# UN ambassador " (a few words of a role between)
_LEAD_OF_SAID = re.compile(r",\s*(?:[\w.'’-]+\s+){0,6}$")
# the where or when after "..., its envoy X said": "on the radio", "in a statement"
_SAID_TAIL = re.compile(r"(?:\s+(?:on|in|at|during|after|before|later)\b[^,;.]{0,40})?[\s.;]*")
_ROLE_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+){0,4}|\s+")


@dataclass
class Unit:
    holder: ActorRef
    start: int
    end: int
    text: str  # what the holder says or is reported to think
    quote: Quote | None = None
    segments: list[str] = field(default_factory=list)  # the utterances it joins
    fixed: tuple[Polarity, str] | None = None  # polarity given by an attitude noun or camp
    camp: bool = False  # a camp's member ("Supporters of the draft included A"): its side
    editorial: bool = False  # a sentence in an editorial's own voice


class Read(NamedTuple):
    """A stance read from a unit (a model is built only for the stances kept)."""

    unit: Unit
    polarity: Polarity
    voter: str
    cue: str
    resolution: ResolutionRef | None
    focal: bool = False  # the unit names no voter: the article's focal one was taken
    # "own": the holder's own vote, explained; "drafter": read from the text's drafters;
    # "sentence": one sentence of a longer utterance, read for the vote it reports;
    # "group": a voter of a group the unit names by its option ("those who abstained")
    role: str = ""

    def model(self) -> Stance:
        unit = self.unit
        return Stance.trusted(
            holder=unit.holder,
            polarity=self.polarity,
            target=VoteTarget.trusted(voter=self.voter, resolution=self.resolution),
            evidence=Evidence.at(
                unit.start, unit.end, "stance.quote" if unit.quote else "stance.narration"
            ),
            cue=self.cue,
        )


# An attitude verb as a whole word in lower case ("defended", not "Defended" or "defended2")
_ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP = (
    re.compile(p)
    for p in word_patterns(
        sorted(v for v in _ATTITUDE_VERBS if re.fullmatch("[a-z]+", v)), r"(?!\w)"
    )
)


class UnitReader(PassiveUnits, VoiceUnits):
    """The article's state that stance reading shares, and its units."""

    def __init__(
        self,
        doc: Document,
        actors: ActorIndex,
        entities: list[EntityMention],
        ctx: ResolutionContext,
        matcher: ResolutionMatcher,
        quotes: list[Quote],
        claims: list[ClaimEvidence],
        holder_country: dict[str, str],
    ) -> None:
        self.doc = doc
        self.actors = actors
        self.countries = [e for e in entities if e.kind == "country"]
        self._by_position = SpanIndex(self.countries)
        self._scores: dict[int, float] = {}  # country mention start -> _voter_score
        self._defaulted = False  # whether the last _voter call fell back on the focal voter
        # each country's surface forms, in the order first named (for "_country_named")
        self._surfaces: dict[str, str] = {}
        for e in self.countries:
            self._surfaces.setdefault(e.surface, e.key)
        self.ctx = ctx
        self.matcher = matcher
        self.quotes = quotes
        self.claims = claims
        # the claims in text order, found by position (a sentence asks for its own)
        self._claims_by_start = SpanIndex(sorted(claims, key=lambda c: c.start))
        self.holder_country = holder_country
        # reads "the representative of X" and "X's delegate" as X, as quote attribution does
        self._attributor = Attributor(doc, actors, holder_country)
        self.envoys: frozenset[str] = frozenset()
        self.leaders: frozenset[str] = frozenset()
        self.drafters: list[tuple[int, list[str]]] = []
        self.later_named: list[UnnamedEnvoy] = []
        self.voters = {c.country for c in claims}
        self.explicit_voters = {
            c.country
            for c in claims
            if not c.rule.startswith(("vote.aligned", "vote.opposed", "vote.list", "vote.back"))
        }
        # (kind, name) of a speaker -> the spans of the quotes they speak
        self._spoken_by: dict[tuple[str, str], list[tuple[int, int]]] | None = None

    def units(self) -> list[Unit]:
        units = self._quote_units()
        quoted = Intervals((p.start, p.end) for q in self.quotes for p in q.parts)
        before: str = ""  # the narration of the sentence before, in the same or last paragraph
        for sentence in self.doc.sentences:
            last, before = before, ""
            if not self.actors.any_within(sentence.start, sentence.end):
                before = self.doc.norm[sentence.start : sentence.end]
                continue  # nobody named in the sentence: no narration unit
            text = self.doc.norm[sentence.start : sentence.end]
            before = text
            narration = without(text, sentence.start, quoted)
            source = self._according_to(sentence.start, narration)
            if source is not None:
                units.append(self._unit(source, sentence.start, sentence.end, narration))
                continue
            units += self._camp_units(sentence.start, sentence.end, narration)
            for m in _ATTITUDE_NOUN.finditer(narration):
                owner = [
                    a
                    for a in self.actors.within(sentence.start, sentence.start + m.start() + 2)
                    if a.end == sentence.start + m.start() and a.actor.kind != "country"
                ]
                if owner:
                    noun = m.group(1)
                    polar: Polarity = "criticizes" if noun in _CRITICAL_NOUNS else "supports"
                    unit = self._unit(
                        owner[-1].actor, sentence.start, sentence.end, narration[m.start() :]
                    )
                    unit.fixed = (polar, noun)
                    units.append(unit)
            parts = self._contrasted(sentence.start, sentence.end, narration)
            for n, (start, end) in enumerate(parts):
                part = narration[start - sentence.start : end - sentence.start]
                # "X slammed the vote, while Y praised it": "it" is the vote
                of_vote = (
                    (
                        n > 0
                        and _IT.search(part) is not None
                        and VOTE_CONTEXT_WORDS.search(narration[: start - sentence.start])
                        is not None
                    )
                    or (
                        # "The US voted no. X called it a disgrace.": "it" is the vote before
                        n == 0
                        and _IT_JUDGED.search(part) is not None
                        and VOTE_CONTEXT_WORDS.search(last) is not None
                    )
                    or (
                        # "X said he was deeply disappointed.": a feeling with no object, in an
                        # article that reports votes, is about the vote it reports
                        bool(self.claims) and _BARE_FEELING.search(part) is not None
                    )
                )
                # ("A, B and C, which chairs the Council, joined forces in condemning X": the
                # list, not the body named on the way)
                joint = _JOINT_VERB.search(part) is not None
                listed = self._coordinated_units(start, end, part) if joint else []
                subject_unit = None if listed else self._narration_unit(start, end, part, of_vote)
                if subject_unit is not None:
                    units.append(subject_unit)
                else:
                    units.extend(listed if joint else self._coordinated_units(start, end, part))
        for unit in [u for u in units if u.holder.kind == "person"]:
            # "A and his colleague B called the abstention ...": B's judgement too
            for other in self.actors.co_subjects(unit.holder, unit.start, unit.end):
                units.append(replace(unit, holder=other, segments=list(unit.segments)))
        units.extend(self._later_named_units(quoted))
        units.extend(self._editorial_units(quoted))
        units.extend(self._opinion_units(quoted))
        return units

    def _contrasted(self, start: int, end: int, narration: str) -> list[tuple[int, int]]:
        """The sentence, or its two clauses where a contrast brings in another subject:
        "X slammed the vote, while Y praised it" is X's and Y's."""
        m = _CONTRAST.search(narration)
        if m is None:
            # "X said the text "...", but many former officials condemned it": the clause
            # after is theirs, no one's the article names
            others = _OTHERS_CONTRAST.search(narration)
            if others is not None:
                return [(start, start + others.start()), (start + others.end(), end)]
            return [(start, end)]
        subject = self.actors.starting_at(start + m.end(), slack=48)
        if subject is None or not _TITLES_BEFORE.fullmatch(
            self.doc.norm, start + m.end(), subject.start
        ):
            return [(start, end)]
        return [(start, start + m.start()), (start + m.end(), end)]

    def _later_named_units(self, quoted: Intervals) -> list[Unit]:
        """ "China's envoy had warned that the motion ...": the envoy's words, theirs by
        the name the article gives them next."""
        units: list[Unit] = []
        for envoy in self.later_named:
            start, end = envoy.sentence_start, envoy.sentence_end
            narration = without(self.doc.norm[start:end], start, quoted)
            offset = envoy.role_end - start
            verb = next(
                words_in(narration[offset:], _ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP), None
            )
            if verb is None or verb[0] > 12:  # the verb right after the role ("had warned")
                continue
            said = narration[offset + verb[0] :]
            if VOTE_CONTEXT_WORDS.search(said):
                holder = ActorRef(kind="person", name=envoy.name)
                units.append(self._unit(holder, start, end, said))
        return units

    def _unit(
        self, holder: ActorRef, start: int, end: int, text: str, quote: Quote | None = None
    ) -> Unit:
        segments = [s for s in _SENTENCE_BREAK.split(text) if s.strip()]
        return Unit(holder, start, end, text, quote, segments)

    def _quote_units(self) -> list[Unit]:
        units: list[Unit] = []
        for q in self.quotes:
            span = q.evidence.span
            text = self.doc.norm[span.start : span.end] if q.partial else q.text
            last = units[-1] if units else None
            if (
                last is not None
                and last.quote is not None
                and (last.holder.name, last.holder.kind) == (q.speaker.name, q.speaker.kind)
                and not q.partial
                and not last.quote.partial
                and self.doc.paragraph_at(last.start) == self.doc.paragraph_at(span.start)
            ):
                # one speaker's consecutive quotes in a paragraph are one utterance
                last.end = max(last.end, span.end)
                last.text += " " + text
                last.segments.extend(x for x in _SENTENCE_BREAK.split(text) if x.strip())
                continue
            start, end = span.start, span.end
            if q.partial:
                # "A called it "...", while B argued ...": A's words end at the contrast
                clauses = self._contrasted(start, end, text)
                if len(clauses) == 2:
                    start, end = next(
                        ((a, b) for a, b in clauses if a <= q.parts[0].start < b), (start, end)
                    )
                    text = self.doc.norm[start:end]
            sentences = [x for x in _SENTENCE_BREAK.split(text) if x.strip()]
            units.append(Unit(q.speaker, start, end, text, q, sentences or [text]))
        return units

    def _narration_unit(
        self, start: int, end: int, narration: str, of_vote: bool = False
    ) -> Unit | None:
        """``of_vote``: the clause before spoke of the vote this one calls "it"."""
        verbs = self._attitude_verbs(start, narration)
        if verbs and not of_vote and self._to_no_vote(start, narration, verbs):
            return None
        verbs, judged = self._passives(start, end, narration, verbs)
        if judged is not None:
            return judged
        for at, to in verbs:
            subject = self._judge_at(start, at, narration)
            holder = subject.actor if subject is not None else None
            envoy = None
            if holder is None:
                # "the representative of X said", "X's delegate condemned": the country
                envoy = holder = self._named_envoy(
                    self._attributor.envoy_country(start, start + at), end
                )
            if holder is None:
                subject, holder = self._anaphoric_judge(start, at, narration)
            if holder is None:
                postposed = self._postposed_subject(start, at, to, narration)
                if postposed is not None:
                    return postposed
            if holder is None or (
                holder.kind == "country"
                and envoy is None
                and narration[at:to].strip().lower() not in _JUDGING_VERBS
                and _OWN_REASONS.match(narration, to) is None
                and _OWN_VIEW_OF_TEXT.match(narration, to) is None
                and _FOR_OR_AGAINST.match(narration, to) is None
                and not (
                    narration[at:to].strip().lower() in ("expressed", "voiced")
                    and _EXPRESSED_ATTITUDE.match(narration, to)
                )
            ):
                continue  # a country named as subject counts where it judges ("condemned")
            if (
                holder.kind == "country"
                and envoy is None
                and narration[at:to].strip().lower() in _BALLOT_VERBS
                and any(
                    c.country == holder.name for c in self._claims_by_start.starting(start, end)
                )
                and _JUDGING_VERBS.isdisjoint(_LOWER_WORDS.findall(narration.lower(), to))
            ):
                # "Russia rejected the resolution": its vote, which the sentence reports (but
                # "..., and criticized Laos for backing it" judges)
                continue
            verb_end = start + to
            # an unnamed office ("the German Foreign Ministry") speaks for its country, as
            # its quotes do (kg.extract.quotes.offices)
            holder = self._attributor.body_country(holder, start + at)
            if (envoy is not None and _EXPLAINING.search(narration, 0, at)) or (
                subject is not None and _DEFENDING_FIRST.match(narration, 0, subject.start - start)
            ):
                # "The representative of X, explaining her delegation's abstention, said",
                # "Justifying India's abstention, X said": what they speak of
                return self._unit(holder, start, end, narration)
            if subject is not None and _SAID_TAIL.fullmatch(narration, to):
                # "China abstained because ..., its deputy ambassador X said.": the words
                # before the speaker's clause are theirs
                lead = _LEAD_OF_SAID.search(narration, 0, subject.start - start)
                if lead is not None and VOTE_CONTEXT_WORDS.search(narration, 0, lead.start()):
                    return self._unit(holder, start, end, narration[: lead.start()])
            if (
                not of_vote
                and not VOTE_CONTEXT_WORDS.search(narration[at:])
                and not self._voter_object(verb_end)
            ):
                # "welcomed President Macron": an attitude, but not to a vote; "accused
                # Hungary of betraying its allies" is about a country the article has voting
                return None
            return self._unit(holder, start, end, narration[at:])
        return None

    def _anaphoric_judge(
        self, start: int, at: int, narration: str
    ) -> tuple[ActorMention | None, ActorRef | None]:
        """(subject, holder) of a verb whose subject is a pronoun ("He then criticized
        ...": the pronoun opens the sentence, the verb follows) or an organization named
        again ("In a statement, the group praised ...": the organization named last)."""
        pronoun = next(
            (p for p in (_PRONOUN_SUBJECT.match(narration, k, at) for k in range(3)) if p), None
        )
        if pronoun:
            subject = self.actors.resolve_pronoun(start, pronoun.group(1))
            if subject is not None:
                return subject, subject.actor
        if _ORG_ANAPHOR.search(narration, 0, at):
            return None, self._organization_before(start)
        return None, None

    def _to_no_vote(self, start: int, narration: str, verbs: list[tuple[int, int]]) -> bool:
        """No vote word, and no voter right after a verb: whoever the subject is, the
        attitude is to no vote (the words after a verb, or before it for a speaker named
        after it, are part of the narration: they hold no vote word either)."""
        return not VOTE_CONTEXT_WORDS.search(narration) and not any(
            self._voter_object(start + to) for _, to in verbs
        )

    def _attitude_verbs(self, start: int, narration: str) -> list[tuple[int, int]]:
        """The attitude verbs of a clause that judge, not a person's conduct, and are done
        (not "did not condemn the vote", "refused to praise it", "never hailed")."""
        return [
            (at, to)
            for at, to in words_in(narration, _ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP)
            if not _NOT_DONE.search(narration, max(0, at - 12), at)
            and not self._judges_a_person(narration[at:to], start + to)
        ]

    def _coordinated_units(self, start: int, end: int, narration: str) -> list[Unit]:
        """ "France, the United States and Britain condemned Russia for blocking it": a
        judging verb whose subject is a list of countries opening the clause (perhaps
        after an opening phrase, "Following the veto, ..."); a unit for each of them."""
        named = self.actors.within(start, end)
        if sum(m.actor.kind == "country" for m in named) < 2:
            return []  # (most clauses: the cheap test first)
        verbs = list(words_in(narration, _ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP))
        joint = _JOINT_VERB.search(narration)  # "- joined forces in condemning X"
        if verbs and narration[verbs[0][0] : verbs[0][1]].strip().lower() in _JUDGING_VERBS:
            (at, to), tail = verbs[0], _LIST_TO_VERB
        elif joint is not None:
            (at, to), tail = joint.span("verb"), _JOINT_TAIL
        else:
            return []
        # the countries opening the clause (a descriptor after them may name a body, and
        # so may the opening: "three permanent Council members - A, B and C - ...")
        before = dropwhile(
            lambda m: m.actor.kind != "country", self.actors.within(start, start + at)
        )
        listed = list(takewhile(lambda m: m.actor.kind == "country", before))
        if len(listed) < 2:
            return []
        text = self.doc.norm
        opening = text[start : listed[0].start].rstrip()
        if opening not in ("", "The", "the") and not opening.endswith((",", "—", "–", " -", ":")):
            return []  # ("Three members - A, B and C - ...": a list set off after its count)
        if not all(
            SEPARATOR.match(text[a.end : b.start]) for a, b in pairwise(listed)
        ) or not tail.fullmatch(text, listed[-1].end, start + at):
            return []
        if not VOTE_CONTEXT_WORDS.search(narration[at:]) and not self._voter_object(start + to):
            return []
        return [self._unit(m.actor, start, end, narration[at:]) for m in listed]

    def _organization_before(self, offset: int) -> ActorRef | None:
        """The non-governmental organization named last in the sentence before ``offset``
        or in its paragraph (not a body that votes, nor the UN)."""
        para = self.doc.paragraph_at(offset)
        before = self.doc.sentence_at(max(0, offset - 2))
        floor = min(para.start if para else offset, before.start if before else offset)
        for m in reversed(self.actors.within(floor, offset)):
            if m.actor.kind == "person":
                return None  # someone else named since
            if m.actor.kind == "organization" and not _UN_BODY.search(m.actor.name):
                return m.actor
        return None

    def _judges_a_person(self, verb: str, verb_end: int) -> bool:
        """ "harshly criticized Ukrainian President X": a judgement of a person."""
        return verb.strip().lower() in _JUDGING_VERBS and self.actors.person_object(verb_end)

    def _voter_object(self, verb_end: int) -> bool:
        """Whether a country the article has voting is named right after a verb (its object)."""
        return any(
            e.key in self.explicit_voters
            for e in self._by_position.starting(verb_end, verb_end + 6)
        )

    def _named_envoy(self, country: ActorRef | None, end: int) -> ActorRef | None:
        """An unnamed envoy ("Russia's ambassador criticized ...") whom the article names
        by the end of the next sentence ("..., Ivan Petrov said") is that person."""
        if country is None:
            return None
        for envoy in self.later_named:
            if envoy.sentence_end == end and envoy.country == country.name:
                return ActorRef(kind="person", name=envoy.name)  # named later on
        following = self.doc.sentence_at(end + 1)
        if following is not None and self.doc.paragraph_at(following.start) != (
            self.doc.paragraph_at(max(0, end - 1))
        ):
            following = None  # the next paragraph's speaker is another one
        until = following.end if following is not None else end
        persons = [m.actor for m in self.actors.within(end, until) if m.actor.kind == "person"]
        for person in persons:
            if self.holder_country.get(person.name) == country.name:
                return person
        if len({p.name for p in persons}) == 1 and persons[0].name not in self.holder_country:
            return persons[0]  # the one person named next, of no other country
        return country

    def _postposed_subject(self, start: int, at: int, to: int, narration: str) -> Unit | None:
        """ "..., the text ignored the hostages, argued Egypt's ambassador Hany Saleh.": the
        speaker named after the verb, the words before it theirs."""
        if not narration[:at].rstrip().endswith(","):
            return None
        after = self.actors.starting_at(start + to, slack=60)
        if after is None or after.actor.kind == "country":
            return None
        gap = self.doc.norm[start + to : after.start]
        tail = self.doc.norm[after.end : after.end + 2]
        if not _ROLE_GAP.fullmatch(gap) or not (tail[:1] in ".,;" or not tail):
            return None
        said = narration[:at]
        if not VOTE_CONTEXT_WORDS.search(said):
            return None
        return self._unit(after.actor, start, start + at, said)
