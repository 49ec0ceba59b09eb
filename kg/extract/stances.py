"""Pass 5: who criticized or supported which country's vote.

A stance is read from a unit of evidence attributed to a named actor: each of
their quotes, and each narration sentence where they are the subject of a
speech or attitude verb ("defended the decision", "has called the vote a
betrayal", "According to X, Athens abstained because ..."). A unit's polarity is
the balance of critical and supportive cue words; a cue inside a negation
("did not condemn", "declined to say whether ... a mistake", "I would not use
the word condemn") counts for nothing.

The target is a vote: whose, on which resolution. By default it is the
article's focal voter (the country whose vote the article is about); an actor
defending their own country's vote ("we abstained because", "Hungary voted for
peace") targets their own country; praise for "they" after a list of voters
targets each of them; criticism in the reason for one's own vote ("because a
text that cannot ...") targets the country that drafted that text. The
resolution comes from the unit's own cues, else its sentence's context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.actors import ActorIndex
from kg.extract.lexicon import COMMUNICATION_VERBS, CRITICAL_CUES, NEGATORS, SUPPORT_CUES
from kg.extract.mentions import EntityMention
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.text import Document
from kg.model import (
    ActorRef,
    Evidence,
    Polarity,
    Quote,
    ResolutionRef,
    Span,
    Stance,
    VoteClaim,
    VoteTarget,
)

_ATTITUDE_VERBS = COMMUNICATION_VERBS | frozenset(
    ["defended", "defends", "backed", "supported", "assailed", "attacked", "denounced", "expressed", "voiced", "welcomed", "applauded", "cheered", "took", "argued"]
)
_OWN_VOTE = re.compile(
    r"(?i)\b(?P<who>we|[A-Z][\w.'\- ]{1,30}?)\s+(?:also\s+|had\s+|has\s+)?(?P<verb>abstained|voted\s+"
    r"(?:for|against|yes|no|in\s+favou?r)|chose\s+to\s+abstain)\b(?P<rest>[^.]*)"
)
_THEY_RIGHT = re.compile(r"(?i)\b(?:they|them)\b")
_TEXT_NOUN = re.compile(r"(?i)\b(?:a|the|this|that|its)\s+(?:\w+\s+){0,2}?(?:text|draft|resolution)\b")
_CUE_CACHE: dict[str, re.Pattern[str]] = {}


@dataclass
class _Unit:
    holder: ActorRef
    start: int
    end: int
    text: str  # what the holder says or is reported to think
    quote: Quote | None = None


def _cue_pattern(cue: str) -> re.Pattern[str]:
    pattern = _CUE_CACHE.get(cue)
    if pattern is None:
        pattern = re.compile(r"(?<![\w'])" + re.escape(cue) + r"(?![\w'])", re.IGNORECASE)
        _CUE_CACHE[cue] = pattern
    return pattern


def _negated(text: str, at: int) -> bool:
    window = text[max(0, at - 60) : at].lower()
    clause = re.split(r"[.;:!?]|,\s+but\b|\bbut\b", window)[-1]
    words = re.findall(r"[a-z']+", clause)[-6:]
    joined = " ".join(words)
    return any(w in NEGATORS for w in words) or any(n in joined for n in NEGATORS if " " in n)


# Negated positives read as criticism: "will not help to end it", "cannot name the aggressor".
_NEGATED_POSITIVE = re.compile(
    r"(?i)\b(?:will|would|does|do|did|can|could|is|are)\s*(?:not|n't)\s+(?:\w+\s+)?"
    r"(?:help|work|end|bring|solve|serve|say|name|stop)\b|\bcannot\s+(?:\w+\s+)?"
    r"(?:say|name|help|end|bring|explain)\b"
)


def polarity(text: str) -> tuple[Polarity | None, str, float]:
    """The polarity of a unit, the cue that decided it, and the net score."""
    score = 0.0
    best: tuple[float, str] = (0.0, "")
    for m in _NEGATED_POSITIVE.finditer(text):
        score += 1.0
        if best[0] < 1.0:
            best = (1.0, m.group(0))
    for cues, sign in ((CRITICAL_CUES, 1.0), (SUPPORT_CUES, -1.0)):
        for cue, weight in cues.items():
            if weight <= 0:
                continue
            for m in _cue_pattern(cue).finditer(text):
                if _negated(text, m.start()):
                    continue
                score += sign * weight
                if weight > best[0]:
                    best = (weight, m.group(0))
    if score >= 2:
        return "criticizes", best[1], score
    if score <= -2:
        return "supports", best[1], score
    return None, "", score


class StanceReader:
    def __init__(self, doc: Document, actors: ActorIndex, entities: list[EntityMention],
                 ctx: ResolutionContext, matcher: ResolutionMatcher, quotes: list[Quote],
                 votes: list[VoteClaim], holder_country: dict[str, str]) -> None:
        self.doc = doc
        self.actors = actors
        self.countries = [e for e in entities if e.kind == "country"]
        self.ctx = ctx
        self.matcher = matcher
        self.quotes = quotes
        self.votes = votes
        self.holder_country = holder_country
        self.voters = {v.country for v in votes}
        self.focal = self._focal()

    def _focal(self) -> str | None:
        """The country whose vote the article is about: the most frequent subject of its
        explicit vote claims (claims implied by alignment count less)."""
        counts: dict[str, float] = {}
        for v in self.votes:
            explicit = not v.evidence.rule.startswith(("vote.aligned", "vote.opposed", "vote.list"))
            counts[v.country] = counts.get(v.country, 0.0) + (3.0 if explicit else 1.0)
        for e in self.countries:
            if e.key in counts and not _after_preposition(self.doc.norm, e.start):
                counts[e.key] += 0.5
        return max(counts, key=lambda k: counts[k]) if counts else None

    def units(self) -> list[_Unit]:
        units = [
            _Unit(q.speaker, q.evidence.span.start, q.evidence.span.end,
                  self.doc.norm[q.evidence.span.start : q.evidence.span.end] if q.partial else q.text, q)
            for q in self.quotes if q.speaker.kind != "country"
        ]
        quoted = [(p.start, p.end) for q in self.quotes for p in q.parts]
        for sentence in self.doc.sentences:
            text = self.doc.norm[sentence.start : sentence.end]
            narration = _without(text, sentence.start, quoted)
            for m in re.finditer(r"\b([a-z]+)\b", narration):
                if m.group(1) not in _ATTITUDE_VERBS:
                    continue
                verb_at = sentence.start + m.start()
                subject = self.actors.direct_subject(verb_at, sentence.start)
                according = re.search(r"(?i)according to\s+", text)
                if according and subject is None:
                    subject = self.actors.starting_at(sentence.start + according.end(), slack=1)
                pronoun = re.search(r"(?i)\b(he|she)\s+(?:\w+\s+){0,2}$", narration[: m.start()])
                if subject is None and pronoun and pronoun.start() < 3:
                    subject = self.actors.resolve_pronoun(sentence.start, pronoun.group(1))
                if subject is None or subject.actor.kind == "country":
                    continue
                units.append(_Unit(subject.actor, sentence.start, sentence.end, narration[m.start():]))
                break
        return units

    def read(self) -> list[Stance]:
        stances: dict[tuple[str, str, str, str], Stance] = {}
        for unit in self.units():
            for stance in self._stances_of(unit):
                key = (stance.holder.name, stance.polarity, stance.target.voter,
                       stance.target.resolution.key if stance.target.resolution else "")
                stances.setdefault(key, stance)
        return list(stances.values())

    def _stances_of(self, unit: _Unit) -> list[Stance]:
        para = self.doc.paragraph_at(unit.start)
        if para is None:
            return []
        out: list[Stance] = []
        own = self._own_vote(unit)
        if own is not None:
            voter, rest = own
            out.append(self._stance(unit, "supports", voter, "own vote"))
            pol, cue, _ = polarity(rest)
            if pol == "criticizes" and _TEXT_NOUN.search(rest):
                sponsor = self._sponsor(unit)
                if sponsor and sponsor != voter:
                    out.append(self._stance(unit, "criticizes", sponsor, cue))
            return out
        pol, cue, _ = polarity(unit.text)
        if pol is None:
            return []
        listed = self._listed_voters(unit) if pol == "supports" and _THEY_RIGHT.search(unit.text) else []
        if listed:
            return [self._stance(unit, pol, iso, cue) for iso in listed]
        voter = self._voter(unit, pol)
        if voter is None:
            return []
        return [self._stance(unit, pol, voter, cue)]

    def _stance(self, unit: _Unit, pol: Polarity, voter: str, cue: str) -> Stance:
        return Stance(holder=unit.holder, polarity=pol,
                      target=VoteTarget(voter=voter, resolution=self._resolution(unit, voter)),
                      evidence=Evidence(span=Span(start=unit.start, end=unit.end),
                                        rule="stance.quote" if unit.quote else "stance.narration"),
                      cue=cue)

    def _own_country(self, unit: _Unit) -> str | None:
        return self.holder_country.get(unit.holder.name)

    def _own_vote(self, unit: _Unit) -> tuple[str, str] | None:
        """"We abstained because ...", "Athens abstained because ...": a defence of one's own vote."""
        own = self._own_country(unit)
        if own is None:
            return None
        text = self.doc.norm[unit.start : unit.end] if unit.quote is None else unit.text
        for m in _OWN_VOTE.finditer(text):
            who = m.group("who").strip()
            rest = m.group("rest")
            if who.lower() != "we" and self._country_named(who) != own:
                continue
            pol, _, _ = polarity(rest + " " + m.group("verb"))
            if re.match(r"(?i)\s*(?:\w+\s+){0,6}?because\b", rest) or pol == "supports":
                return own, rest
        return None

    def _country_named(self, words: str) -> str | None:
        for e in self.countries:
            if e.surface == words or words.endswith(e.surface):
                return e.key
        return None

    def _listed_voters(self, unit: _Unit) -> list[str]:
        """Voters enumerated just before "they were right"."""
        if unit.quote is None:
            return []
        voted = {v.country for v in self.votes}
        names = [e.key for e in self.countries
                 if any(p.start <= e.start < p.end for p in unit.quote.parts) and e.key in voted]
        own = self._own_country(unit)
        names = [n for n in dict.fromkeys(names) if n != own]
        return names if len(names) >= 2 else []

    def _voter_in_unit(self, unit: _Unit, own: str | None) -> str | None:
        """The country whose vote the unit talks about, from where countries stand in it."""
        text = self.doc.norm
        spans = [(p.start, p.end) for p in unit.quote.parts] if unit.quote and not unit.quote.partial \
            else [(unit.start, unit.end)]
        best: tuple[float, str] | None = None
        for e in self.countries:
            if e.key == own or e.key not in self.voters:
                continue
            if not any(a <= e.start < b for a, b in spans):
                continue
            after = text[e.end : e.end + 40].lower()
            before = text[max(0, e.start - 40) : e.start].lower()
            score = 1.0
            if re.match(r"(?:'s)?\s+(?:\w+\s+){0,2}?(?:vote|votes|voted|voting|decision|abstention|abstained|"
                        r"sided|stood|aligned|has\s+taken|deserves|partners?\s+vote)", after):
                score += 3
            if re.search(r"\b(?:praised|criticized|criticised|thanked|credited|blamed|condemned|hailed|"
                         r"welcomed|applauded)\s+(?:the\s+)?$", before):
                score += 3
            if _after_preposition(text, e.start):
                score -= 3
            if best is None or score > best[0]:
                best = (score, e.key)
        return best[1] if best is not None and best[0] >= 2 else None

    def _voter(self, unit: _Unit, pol: Polarity) -> str | None:
        own = self._own_country(unit)
        named = self._voter_in_unit(unit, own)
        if named is not None:
            return named
        text = self.doc.norm[unit.start : unit.end] if unit.quote is None else unit.text
        own_vote_noun = re.search(r"(?i)\b(?:the|our|its|their)\s+(?:\w+\s+)?(?:abstention|vote|decision)\b", text)
        if (
            pol == "criticizes" and own and own != self.focal and own in self.voters
            and own_vote_noun and not self._names_other_voter(unit, own)
        ):
            return own
        return self.focal

    def _names_other_voter(self, unit: _Unit, own: str) -> bool:
        return any(
            e.key in self.voters and e.key != own
            for e in self.countries if unit.start <= e.start < unit.end
        )

    def _sponsor(self, unit: _Unit) -> str | None:
        ref = self.ctx.at(unit.start)
        if ref is None:
            return None
        for record in self.matcher.records:
            if record.symbol == ref.key and record.sponsor_countries:
                sponsor = record.sponsor_countries[0]
                return sponsor if re.fullmatch(r"[A-Z]{3}", sponsor) else None
        return None

    def _resolution(self, unit: _Unit, voter: str) -> ResolutionRef | None:
        # the vote the same sentence makes claims about ("vote alongside Russia and Belarus")
        nearby = [v for v in self.votes
                  if unit.start <= v.evidence.span.start < unit.end
                  or v.evidence.span.start <= unit.start < v.evidence.span.end]
        own = [v for v in nearby if v.country == voter] or nearby
        if own:
            return own[0].resolution
        ref = self.ctx.at(unit.start)
        claimed = {v.resolution.key: v.resolution for v in self.votes if v.country == voter}
        if ref is not None and (not claimed or ref.key in claimed):
            return ref
        if len(claimed) == 1:
            return next(iter(claimed.values()))
        return ref


_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:with|alongside|next\s+to|against|like|to|from|of|in|on|into|including|and|as|than|"
    r"toward|towards|between|among)\s+(?:the\s+)?$"
)


def _after_preposition(text: str, start: int) -> bool:
    return bool(_PREPOSITION_BEFORE.search(text[max(0, start - 25) : start]))


def _without(text: str, base: int, spans: list[tuple[int, int]]) -> str:
    """``text`` with quoted passages blanked out (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        for k in range(max(start, base), min(end, base + len(text))):
            chars[k - base] = " "
    return "".join(chars)


def read_stances(doc: Document, actors: ActorIndex, entities: list[EntityMention],
                 ctx: ResolutionContext, matcher: ResolutionMatcher, quotes: list[Quote],
                 votes: list[VoteClaim], holder_country: dict[str, str]) -> list[Stance]:
    return StanceReader(doc, actors, entities, ctx, matcher, quotes, votes, holder_country).read()
