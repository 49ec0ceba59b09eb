"""Pass 5: who criticized or supported which country's vote.

A stance is read from a unit of evidence attributed to a named actor: their
quotes (consecutive quotes of one speaker in a paragraph are one utterance), and
narration where they are the subject of a speech or attitude verb ("defended the
decision", "has called the vote a betrayal"), the source of an "According to X,
..." sentence, or the owner of an attitude noun ("the Kremlin's approval"). A
unit's polarity is the balance of critical and supportive cue words; a cue inside
a negation ("did not condemn", "declined to say whether ... a mistake", "I would
not use the word condemn") counts for nothing.

The target is a vote: whose, on which resolution.
- Whose: a country the unit presents as voting ("the United States votes with",
  "the American vote", "praised the United States for voting"); else the only
  voting country it names; else the article's focal voter, never the speaker's own
  country unless they speak of "the abstention" or "our vote". An actor defending
  their own country's vote ("we abstained because", "Athens abstained because",
  "Hungary voted for peace") supports it; criticism in that reason of "a text"
  targets the country that drafted the text; praise for "they" after a list of
  voters targets each of them.
- Which resolution: the one the same sentence's vote claims are about; else the
  unit's own description; else the one the sentences have just named, unless the
  unit says "this week" or "today" of a later vote the article reports; else the
  option it names ("the no vote"); else the voter's most recent vote in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.extract.actors import ActorIndex
from kg.extract.lexicon import (
    COMMUNICATION_VERBS,
    CRITICAL_CUES,
    NEGATORS,
    SUPPORT_CUES,
    VOTE_CONTEXT_WORDS,
)
from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded, lowered
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.spans import Intervals, SpanIndex
from kg.extract.text import Document
from kg.extract.votes import ClaimEvidence
from kg.model import ActorRef, Evidence, Polarity, Quote, ResolutionRef, Stance, VoteTarget

_ATTITUDE_VERBS = COMMUNICATION_VERBS | frozenset(
    "defended defends backed supported assailed attacked denounced expressed voiced welcomed "
    "applauded cheered took argued".split()
)
_OWN_VOTE = re.compile(
    r"(?i)\b(?P<who>we|[A-Z][\w.'\- ]{1,30}?)\s+(?:also\s+|had\s+|has\s+)?"
    r"(?P<verb>abstained|voted\s+"
    r"(?:for|against|yes|no|in\s+favou?r)|chose\s+to\s+abstain|(?:could|can|did|would|will)\s*(?:not|n't)\s+"
    r"(?:support|back|vote\s+for))\b(?P<rest>[^.]*)"
)
_THEY = Folded(r"(?i)\b(?:they|them)\b", needs=("they", "them"))
_TEXT_NOUN = Folded(
    r"(?i)\b(?:a|the|this|that|its)\s+(?:\w+\s+){0,2}?(?:text|draft|resolution)\b",
    needs=("text", "draft", "resolution"),
)
# "our closest ally", "our American partners": the voter is another country. Plural
# "our allies" usually means third parties ("Our allies are watching").
_ALLY = re.compile(
    r"(?i)(?<!not )\b(?:our|their|its|my)\s+(?:(?:closest|oldest|biggest|main|key|great|)\s*)?"
    r"(?:ally|partner|friend)\b|\b(?:our|their)\s+(?-i:[A-Z])\w+\s+(?:partners|friends|allies)\b"
)
# "this week", "today": the speaker speaks of the latest vote the article reports,
# whatever earlier vote the sentences around have just named.
_PRESENT = Folded(
    r"(?i)\b(?:this\s+(?:week|month)|today|tonight|yesterday)\b",
    needs=("this", "today", "tonight", "yesterday"),
)
_OWN_VOTE_NOUN = Folded(
    r"(?i)\b(?:the|our|its|their)\s+(?:\w+\s+)?(?:abstention|vote|decision)\b",
    needs=("abstention", "vote", "decision"),
)
_CRITICAL_NOUNS = frozenset({"criticism", "condemnation", "warning", "rebuke"})
_ATTITUDE_NOUN = re.compile(
    r"'s\s+(approval|praise|criticism|condemnation|warning|support|endorsement|rebuke|welcome)\b"
)
# Negated positives read as criticism: "will not help to end it", "cannot name the aggressor".
_NEGATED_POSITIVE = Folded(
    r"(?i)\b(?:will|would|does|do|did|can|could|is|are)\s*(?:not|n't)\s+(?:\w+\s+)?"
    r"(?:help|work|end|bring|solve|serve|say|name|stop)\b|\bcannot\s+(?:\w+\s+)?"
    r"(?:say|name|help|end|bring|explain)\b",
    needs=("not", "n't"),
)
# "with Russia, Belarus and North Korea": every country of the list sits in the phrase
_ALIGNING_BEFORE = re.compile(
    r"(?i)\b(?:with|alongside|next\s+to|against|like|including|as\s+well\s+as|such\s+as)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\-]*(?:\s+(?-i:[A-Z])[\w'.\-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+"
    r"|\s*-\s*and\s+(?:with\s+)?)(?:the\s+)?)*$"
)
_PRONOUN_SUBJECT = re.compile(r"(?i)\b(he|she)\s+(?:\w+\s+){0,2}$")
_PHRASE_BEFORE = Folded(r"(?i)\b(?:by|of|in|at|on|over|under|into|toward|towards)\s+(?:the\s+)?$")
_PREPOSITION_BEFORE = Folded(
    r"(?i)\b(?:with|alongside|next\s+to|against|like|to|from|of|in|on|into|including|and|as|than|"
    r"toward|towards|between|among|at)\s+(?:the\s+)?$"
)
# The words those two patterns' matches end on before their closing white space: a window
# that ends otherwise is passed over without trying the pattern at each of its offsets.
_PHRASE_ENDINGS = ("by", "of", "in", "at", "on", "over", "under", "into", "toward", "towards")
_PREPOSITION_ENDINGS = (
    *"with alongside to against like from of in on into including and as than".split(),
    *"toward towards between among at".split(),
)
_CUE_CACHE: dict[str, re.Pattern[str]] = {}
_CLAUSE_BREAK = re.compile(r"[.;:!?,]|\bbut\b|\band\b")
_LOWER_WORD = re.compile(r"[a-z']+")
_NEGATOR_PHRASE = re.compile("|".join(re.escape(n) for n in sorted(NEGATORS) if " " in n))
# Every negator, and the first word of every negator phrase: a window in which none occurs
# has no negated cue (the words _negated reads, and the phrases it finds, lie in the window).
_NEGATOR_HINT = re.compile("|".join(sorted({re.escape(n.split()[0]) for n in NEGATORS})))
# White space after a sentence's closing mark ("(?<=[.!?])\s+", opening on the white space
# so that re skips ahead to it)
_SENTENCE_BREAK = re.compile(r"\s(?<=[.!?]\s)\s*")
_ACCORDING = re.compile(r"(?i)\s*according to\s+")
_REFUSED = re.compile(r"(?i)\bnot\s+(?:support|back|vote)|n't\s+(?:support|back|vote)")
# Words of regret about one's own country's vote ("it was a mistake", "we should have"):
# the criticism is then of the vote itself, not of the text voted on.
_SELF_CRITICAL = Folded(
    r"(?i)\b(?:mistak(?:e|en|enly)|regret(?:s|ted|table)?|error|erroneous(?:ly)?|wrongly|"
    r"apologi[sz](?:e|ed|es)|should\s+have|ought\s+to\s+have)\b"
)
# Words that make a judgement one of the vote itself ("the vote was a disgrace"), not of
# the text voted on ("this text rewards aggression")
_ABOUT_THE_VOTE = Folded(
    r"(?i)\b(?:vot(?:e|ed|es|ing)|decision|abstention|abstain(?:ed|ing)?|veto(?:ed)?)\b"
)
_BECAUSE = re.compile(r"(?i)\s*(?:\w+\s+){0,6}?because\b")
_VOTE_AFTER = re.compile(
    r"(?:'s)?\s+(?:\w+\s+){0,2}?(?:vote|votes|voted|voting|decision|abstention|"
    r"abstained|sided|stood|aligned|has\s+taken|deserves|partners?\s+vote)"
)
_JUDGED_BEFORE = re.compile(
    r"\b(?:praised|criticized|criticised|thanked|credited|blamed|condemned|"
    r"hailed|welcomed|applauded)\s+(?:the\s+)?$"
)
_ISO3 = re.compile(r"[A-Z]{3}")
# The option words, each opening on a literal ("\bno" is "n(?<!\wn)o"): re skips ahead
# to the letters that open them.
_NO_WORDS = re.compile(
    r"n(?<!\wn)o vote|v(?<!\wv)(?:ote against|oted against|oting against|oting no|oted no|eto)"
)
_ABSTAIN_WORDS = re.compile(r"a(?<!\wa)bst(?:ention|ained|aining|ain)\b")
_YES_WORDS = re.compile(r"y(?<!\wy)es vote|v(?<!\wv)(?:oted yes|oted in favou?r|oting in favou?r)")
# A word _OWN_VOTE's verb opens on, in lowered text: where none occurs (and the text is
# ASCII, so that lowering is case folding) no phrase can.
_OWN_VOTE_VERB = re.compile(
    r"abstained|voted\s|chose\s+to\s+abstain|(?:not|n't)\s+(?:support|back|vote)"
)
_Trie = dict[str, "_Trie"]


@dataclass
class _Unit:
    holder: ActorRef
    start: int
    end: int
    text: str  # what the holder says or is reported to think
    quote: Quote | None = None
    segments: list[str] = field(default_factory=list)  # the utterances it joins
    fixed: tuple[Polarity, str] | None = None  # polarity given by an attitude noun


class _Read(NamedTuple):
    """A stance read from a unit (a model is built only for the stances kept)."""

    unit: _Unit
    polarity: Polarity
    voter: str
    cue: str
    resolution: ResolutionRef | None
    focal: bool = False  # the unit names no voter: the article's focal one was taken

    def model(self) -> Stance:
        unit = self.unit
        return Stance(
            holder=unit.holder,
            polarity=self.polarity,
            target=VoteTarget(voter=self.voter, resolution=self.resolution),
            evidence=Evidence.at(
                unit.start, unit.end, "stance.quote" if unit.quote else "stance.narration"
            ),
            cue=self.cue,
        )


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    """``a == b``, without the models' generic comparison."""
    return a is b or (a.name == b.name and a.kind == b.kind)


def _cue_pattern(cue: str) -> re.Pattern[str]:
    pattern = _CUE_CACHE.get(cue)
    if pattern is None:
        pattern = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w|'\w)", re.IGNORECASE)
        _CUE_CACHE[cue] = pattern
    return pattern


def _negated(text: str, at: int) -> bool:
    window = text[max(0, at - 60) : at].lower()
    if _NEGATOR_HINT.search(window) is None:
        return False  # most cues: no negator, nor a phrase's first word, in sight
    clause = _CLAUSE_BREAK.split(window)[-1]  # negation ends with its clause
    words = _LOWER_WORD.findall(clause)[-6:]
    if not NEGATORS.isdisjoint(words):
        return True
    return _NEGATOR_PHRASE.search(" ".join(words)) is not None


def _all_cues() -> tuple[Folded, Folded, dict[str, float]]:
    """The patterns of every cue (the longest that fits wins; see ``_word_patterns``) and
    each cue's signed weight."""
    signed: dict[str, float] = {}
    for cues, sign in ((CRITICAL_CUES, 1.0), (SUPPORT_CUES, -1.0)):
        for cue, weight in cues.items():
            if weight > 0:
                signed[cue.lower()] = sign * weight
    at_start, after_gap = _word_patterns(signed, r"(?!\w|'\w)")
    return Folded(f"(?i){at_start}"), Folded(f"(?i){after_gap}"), signed


def _word_patterns(words: Iterable[str], end: str) -> tuple[str, str]:
    r"""Two patterns of ``words`` (each followed by ``end``) as a trie
    ("condemn(?:ation|ed|s)?": of the words that fit at one place each is a prefix of the
    next, and the trie tries longer ones first), for ``_words_in``.

    The first finds a word at the start of a text, the second one after a character that
    is not a word character (the word in group 1). ``(?<!\w)(?:word|...)`` would read the
    same, but ``re`` tries a pattern opening on a lookbehind at every character, and one
    opening on the words' first letters at every letter; the second pattern is tried only
    at white space, punctuation and capitals (a set of ASCII characters is quicker to test
    than ``\W``, which the lookbehind then checks).
    """
    words = list(words)
    return _word_start_trie(words) + end, rf"[^a-z0-9_](?<=\W)({_trie(words)}){end}"


def _words_in(
    text: str, at_start: re.Pattern[str], after_gap: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    r"""The spans of the words of ``_word_patterns`` in ``text``, as ``finditer`` of
    ``(?<!\w)(?:word|...)`` would find them: a word ends before a non-word character, so
    no word starts where another ends."""
    first = at_start.match(text)
    if first is not None:
        yield first.span()
    for m in after_gap.finditer(text, first.end() if first is not None else 0):
        yield m.span(1)


def _word_start_trie(words: Iterable[str]) -> str:
    r"""``(?<!\w)(?:word|...)``, the words as a trie led by their first letters: a pattern
    that opens on a literal lets ``re`` skip to the places that letter occurs. The
    lookbehind comes after the first letter ("c(?<!\wc)" is "(?<!\w)c")."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word[1:])
    return (
        "(?:"
        + "|".join(
            f"{re.escape(letter)}(?<!\\w{re.escape(letter)}){_trie(rests)}"
            for letter, rests in by_letter.items()
        )
        + ")"
    )


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a trie, longer words tried before their prefixes."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return pattern(root)


_CUES, _CUES_AFTER_GAP, _SIGNED = _all_cues()
# An attitude verb as a whole word in lower case ("defended", not "Defended" or "defended2")
_ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP = (
    re.compile(p)
    for p in _word_patterns(
        sorted(v for v in _ATTITUDE_VERBS if re.fullmatch("[a-z]+", v)), r"(?!\w)"
    )
)


def polarity(text: str) -> tuple[Polarity | None, str, float]:
    """The polarity of a unit, the cue that decided it, and the net score
    (positive: critical, negative: supportive)."""
    score = 0.0
    best: tuple[float, str] = (0.0, "")
    for m in _NEGATED_POSITIVE.finditer(text):
        score += 1.0
        if best[0] < 1.0:
            best = (1.0, text[m.start() : m.end()])
    for cue, weight in _cue_hits(text):
        score += weight
        if abs(weight) > best[0]:
            best = (abs(weight), cue)
    if score >= 2:
        return "criticizes", best[1], score
    if score <= -2:
        return "supports", best[1], score
    return None, "", score


def _cue_hits(text: str) -> list[tuple[str, float]]:
    """Cue words found in ``text`` with their signed weights, negated ones left out.

    Overlapping cues all count ("voted with" inside "voted with the aggressor"), as they
    did when each cue was searched on its own.
    """
    hits: list[tuple[str, float]] = []
    low = lowered(text)  # one character for one: its offsets are the text's
    negators: bool | None = None  # whether any negator occurs in the text
    for start, end in _words_in(low, _CUES.pattern, _CUES_AFTER_GAP.pattern):
        if negators is None:
            negators = _NEGATOR_HINT.search(low) is not None
        for cue in _cues_within(low[start:end]):
            at = start + low[start:end].find(cue)
            if not (negators and _negated(text, at)):
                hits.append((text[at : at + len(cue)], _SIGNED[cue]))
    return hits


@lru_cache(maxsize=4096)
def _cues_within(phrase: str) -> tuple[str, ...]:
    """The cues a matched cue phrase contains, itself included."""
    out = [phrase]
    for cue in _SIGNED:
        if (
            cue != phrase
            and cue in phrase
            and re.search(rf"(?<!\w){re.escape(cue)}(?!\w|'\w)", phrase)
        ):
            out.append(cue)
    return tuple(out)


def _after(text: str, start: int, pattern: Folded | re.Pattern[str]) -> bool:
    return bool(pattern.search(text[max(0, start - 90) : start]))


def _after_word(text: str, start: int, pattern: Folded, endings: tuple[str, ...]) -> bool:
    """``_after`` for a pattern matching one of ``endings``, an optional "the", and white
    space at the end of the window."""
    window = text[max(0, start - 90) : start]
    if not window[-1:].isspace():
        return False
    last = window.rstrip()
    if last[-3:].lower() == "the":
        last = last[:-3].rstrip()
    return last[-9:].lower().endswith(endings) and pattern.search(window) is not None


class StanceReader:
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
        self.holder_country = holder_country
        self.envoys: frozenset[str] = frozenset()
        self.voters = {c.country for c in claims}
        self.explicit_voters = {
            c.country
            for c in claims
            if not c.rule.startswith(("vote.aligned", "vote.opposed", "vote.list", "vote.back"))
        }
        self.focal_ranking = self._focal_ranking()
        self._known_keys: set[str] | None = None
        # (kind, name) of a speaker -> the spans of the quotes they speak
        self._spoken_by: dict[tuple[str, str], list[tuple[int, int]]] | None = None

    # --- the article's focal voters ---------------------------------------------------

    def _focal_ranking(self) -> list[str]:
        """Countries by how much the article is about their vote: explicit claims count
        most, claims implied by alignment less, then plain mentions (the title twice)."""
        counts: dict[str, float] = {}
        seen: set[tuple[str, str, str]] = set()
        for c in self.claims:
            key = (c.country, c.option, c.resolution.key)
            if key in seen:
                continue  # a claim repeated (headline, lead, body) counts once
            seen.add(key)
            implied = c.rule.startswith(("vote.aligned", "vote.opposed", "vote.list", "vote.back"))
            counts[c.country] = counts.get(c.country, 0.0) + (1.0 if implied else 3.0)
        title_end = self.doc.paragraphs[0].end if self.doc.paragraphs else 0
        spoken = Intervals((q.evidence.span.start, q.evidence.span.end) for q in self.quotes)
        for e in self.countries:
            if e.key not in counts or _after_word(
                self.doc.norm, e.start, _PREPOSITION_BEFORE, _PREPOSITION_ENDINGS
            ):
                continue
            weight = 2.0 if e.start < title_end else 1.0
            if e.start in spoken:
                weight *= 2  # the countries quoted people talk about
            counts[e.key] += weight
        return sorted(counts, key=lambda k: -counts[k])

    def focal(self, exclude: str | None = None) -> str | None:
        return next((c for c in self.focal_ranking if c != exclude), None)

    # --- units -----------------------------------------------------------------------

    def units(self) -> list[_Unit]:
        units = self._quote_units()
        quoted = Intervals((p.start, p.end) for q in self.quotes for p in q.parts)
        for sentence in self.doc.sentences:
            if not self.actors.any_within(sentence.start, sentence.end):
                continue  # nobody named in the sentence: no narration unit
            text = self.doc.norm[sentence.start : sentence.end]
            narration = _without(text, sentence.start, quoted)
            according = _ACCORDING.match(narration)
            if according:
                source = self.actors.starting_at(sentence.start + according.end(), slack=1)
                if source is not None and source.actor.kind != "country":
                    units.append(self._unit(source.actor, sentence.start, sentence.end, narration))
                    continue
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
            subject_unit = self._narration_unit(sentence.start, sentence.end, narration)
            if subject_unit is not None:
                units.append(subject_unit)
        return units

    def _unit(
        self, holder: ActorRef, start: int, end: int, text: str, quote: Quote | None = None
    ) -> _Unit:
        segments = [s for s in _SENTENCE_BREAK.split(text) if s.strip()]
        return _Unit(holder, start, end, text, quote, segments)

    def _quote_units(self) -> list[_Unit]:
        units: list[_Unit] = []
        for q in self.quotes:
            if q.speaker.kind == "country":
                continue
            span = q.evidence.span
            text = self.doc.norm[span.start : span.end] if q.partial else q.text
            last = units[-1] if units else None
            if (
                last is not None
                and last.quote is not None
                and _same_actor(last.holder, q.speaker)
                and not q.partial
                and not last.quote.partial
                and self.doc.paragraph_at(last.start) == self.doc.paragraph_at(span.start)
            ):
                # one speaker's consecutive quotes in a paragraph are one utterance
                last.end = max(last.end, span.end)
                last.text += " " + text
                last.segments.extend(x for x in _SENTENCE_BREAK.split(text) if x.strip())
                continue
            sentences = [x for x in _SENTENCE_BREAK.split(text) if x.strip()]
            units.append(_Unit(q.speaker, span.start, span.end, text, q, sentences or [text]))
        return units

    def _narration_unit(self, start: int, end: int, narration: str) -> _Unit | None:
        for at, to in _words_in(narration, _ATTITUDE_VERB, _ATTITUDE_VERB_AFTER_GAP):
            subject = self.actors.direct_subject(start + at, start)
            if subject is None:
                # "He then criticized ...": the pronoun opens the sentence, the verb follows
                pronoun = next(
                    (p for p in (_PRONOUN_SUBJECT.match(narration, k, at) for k in range(3)) if p),
                    None,
                )
                if pronoun:
                    subject = self.actors.resolve_pronoun(start, pronoun.group(1))
            if subject is None or subject.actor.kind == "country":
                continue
            verb_end = start + to
            if not VOTE_CONTEXT_WORDS.search(narration[at:]) and not any(
                e.key in self.explicit_voters
                for e in self._by_position.starting(verb_end, verb_end + 6)  # its object
            ):
                # "welcomed President Macron": an attitude, but not to a vote; "accused
                # Hungary of betraying its allies" is about a country the article has voting
                return None
            return self._unit(subject.actor, start, end, narration[at:])
        return None

    # --- stances -----------------------------------------------------------------------

    def read(self) -> list[Stance]:
        found = [read for unit in self.units() for read in self._stances_of(unit)]
        # A unit that names no voter was given the article's focal one. When the same
        # speaker's other units name exactly one voter, that is whose vote they talk about.
        named: dict[str, set[str]] = {}
        for read in found:
            if not read.focal:
                named.setdefault(read.unit.holder.name, set()).add(read.voter)
        # Only the first stance of each key is kept, and only that one is built as a model.
        stances: dict[tuple[str, str, str, str], Stance] = {}
        for candidate in found:
            read = candidate
            theirs = named.get(read.unit.holder.name, set())
            if read.focal and len(theirs) == 1 and read.voter not in theirs:
                read = self._stance(read.unit, read.polarity, next(iter(theirs)), read.cue)
            key = (
                read.unit.holder.name,
                read.polarity,
                read.voter,
                read.resolution.key if read.resolution else "",
            )
            if key not in stances:
                stances[key] = read.model()
        return list(stances.values())

    def _stances_of(self, unit: _Unit) -> list[_Read]:
        own_vote = self._own_vote(unit)
        if own_vote is not None:
            return self._own_vote_stances(unit, *own_vote)
        pol: Polarity | None
        if unit.fixed is not None:
            pol, cue, score = unit.fixed[0], unit.fixed[1], 0.0
        else:
            pol, cue, score = self.doc.once(polarity, unit.text)
        own = self._own_country(unit)
        if pol is None and own is not None and own == self.focal() and score <= -1.5:
            pol, cue = "supports", _best_support_cue(unit.text)  # defending one's own country
        if pol is None:
            return []
        if pol == "supports" and _THEY.search(unit.text):
            listed = self._listed_voters(unit)
            if listed:
                return [self._stance(unit, pol, iso, cue) for iso in listed]
        voter = self._voter(unit, pol)
        if voter is None:
            return []
        stance = self._stance(unit, pol, voter, cue)
        if pol == "criticizes" and voter == own and self._defends_own_no(unit, stance):
            # an envoy attacking the text their country voted against, abstained on or
            # vetoed defends that vote: the attack is on the text, the support for the vote
            stance = stance._replace(polarity="supports")
        return [stance._replace(focal=True) if self._defaulted else stance]

    def _defends_own_no(self, unit: _Unit, stance: _Read) -> bool:
        """Whether the holder speaks for their government (a country, or a person in an
        envoy's role), the article says that country voted no or abstained on the
        stance's vote, and the holder's quoted words judge the text, not the vote (no
        vote word, no regret)."""
        holder = unit.holder
        if holder.kind == "person" and holder.name not in self.envoys:
            return False
        if unit.quote is None or _SELF_CRITICAL.search(unit.text):
            return False
        if _ABOUT_THE_VOTE.search(unit.quote.text) or _ABOUT_THE_VOTE.search(unit.text):
            return False
        key = stance.resolution.key if stance.resolution else None
        return any(
            c.country == stance.voter
            and c.option != "yes"
            and (key is None or c.resolution.key == key)
            for c in self.claims
        )

    def _own_vote_stances(self, unit: _Unit, voter: str, clause: str) -> list[_Read]:
        """ "We abstained in the Council because a text that cannot ...": support for one's
        own vote, criticism of the text's drafter, and whatever else the unit says."""
        own = self._stance(unit, "supports", voter, "own vote")
        out = [own]
        pol, cue, _ = self.doc.once(polarity, clause)
        if pol == "criticizes" and _TEXT_NOUN.search(clause):
            sponsor = self._sponsor(own.resolution)
            if sponsor and sponsor != voter:
                out.append(self._stance(unit, "criticizes", sponsor, cue, own.resolution))
        others = [s for s in unit.segments if clause.strip() not in s]
        if others:
            found = [(self.doc.norm.find(o[:40], unit.start), len(o)) for o in others]
            found = [(at, n) for at, n in found if at >= 0]
            start = min((at for at, _ in found), default=unit.start)
            end = max((at + n for at, n in found), default=unit.end)
            sentence = self.doc.sentence_at(start)
            if sentence is not None:
                start = min(start, sentence.start)
            rest = _Unit(unit.holder, start, end, " ".join(others), unit.quote, others)
            pol, cue, _ = self.doc.once(polarity, rest.text)
            if pol is not None:
                other = self._voter(rest, pol, exclude=voter)
                if other is not None:
                    out.append(self._stance(rest, pol, other, cue))
        return out

    def _stance(
        self,
        unit: _Unit,
        pol: Polarity,
        voter: str,
        cue: str,
        resolution: ResolutionRef | None = None,
    ) -> _Read:
        return _Read(unit, pol, voter, cue, resolution or self._resolution(unit, voter))

    def _own_country(self, unit: _Unit) -> str | None:
        return self.holder_country.get(unit.holder.name)

    def _own_vote(self, unit: _Unit) -> tuple[str, str] | None:
        own = self._own_country(unit)
        if own is None:
            return None
        for who, verb, rest, whole in self.doc.once(_own_vote_phrases, unit.text):
            if who.lower() != "we" and self._country_named(who) != own:
                continue
            pol, _, _ = self.doc.once(polarity, whole)
            refused = _REFUSED.search(verb)
            if _BECAUSE.match(rest) or pol == "supports" or (refused and _TEXT_NOUN.search(rest)):
                return own, rest
        return None

    def _country_named(self, words: str) -> str | None:
        """The country whose name ``words`` is or ends with (as named in the article)."""
        for surface, key in self._surfaces.items():
            if surface == words or words.endswith(surface):
                return key
        return None

    def _listed_voters(self, unit: _Unit) -> list[str]:
        """Voters enumerated before "they were right to do so"."""
        if unit.quote is None:
            return []
        names = [
            e.key
            for e in self._in_spans([(p.start, p.end) for p in unit.quote.parts])
            if e.key in self.voters
        ]
        own = self._own_country(unit)
        names = [n for n in dict.fromkeys(names) if n != own]
        return names if len(names) >= 2 else []

    def _in_spans(self, spans: list[tuple[int, int]]) -> list[EntityMention]:
        """The countries named in any of ``spans``, in text order."""
        found = {id(e): e for a, b in spans for e in self._by_position.starting(a, b)}
        return sorted(found.values(), key=lambda e: (e.start, e.end))

    def _spans(self, unit: _Unit) -> list[tuple[int, int]]:
        if unit.quote is not None and not unit.quote.partial:
            if self._spoken_by is None:
                self._spoken_by = {}
                for q in self.quotes:
                    self._spoken_by.setdefault((q.speaker.kind, q.speaker.name), []).extend(
                        (p.start, p.end) for p in q.parts
                    )
            spoken = self._spoken_by.get((unit.holder.kind, unit.holder.name), [])
            return [(a, b) for a, b in spoken if unit.start <= a < unit.end]
        return [(unit.start, unit.end)]

    def _voter_score(self, e: EntityMention) -> float:
        """How plainly the words around a country mention speak of its vote (computed once
        per mention: every unit that contains it asks)."""
        if e.start in self._scores:
            return self._scores[e.start]
        text = self.doc.norm
        after = text[e.end : e.end + 40].lower()
        before = text[max(0, e.start - 40) : e.start].lower()
        score = 1.0
        if _VOTE_AFTER.match(after):
            score += 3
        if _JUDGED_BEFORE.search(before):
            score += 3
        if _after(text, e.start, _ALIGNING_BEFORE):
            score -= 3
        elif _after_word(text, e.start, _PHRASE_BEFORE, _PHRASE_ENDINGS):
            score -= 1.5  # "compromised by the Russians", "the war in Ukraine"
        self._scores[e.start] = score
        return score

    def _voter(self, unit: _Unit, pol: Polarity, exclude: str | None = None) -> str | None:
        """Whose vote the unit is about (``_defaulted`` says whether it fell back on the
        article's focal voter)."""
        self._defaulted = False
        own = self._own_country(unit)
        text = self.doc.norm
        spans = self._spans(unit)
        scored: list[tuple[float, str]] = []
        for e in self._in_spans(spans):
            if e.key in (own, exclude) or e.key not in self.voters:
                continue
            scored.append((self._voter_score(e), e.key))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= 2:
            return scored[0][1]
        plain = [key for score, key in scored if score > 0 and key in self.explicit_voters]
        if len(set(plain)) == 1:
            return plain[0]  # the only country the unit names that the article has voting
        unit_text = text[unit.start : unit.end] if unit.quote is None else unit.text
        if (
            pol == "criticizes"
            and own
            and own in self.voters
            and own != exclude
            and _OWN_VOTE_NOUN.search(unit_text)
            and not plain
        ):
            return own  # "said the abstention was 'grandstanding'"
        self._defaulted = True
        if exclude is not None:
            return self.focal(exclude=exclude)
        focal = self.focal()
        if focal is not None and focal == own and _ALLY.search(unit_text):
            return self.focal(exclude=own)  # "our closest ally" is another country
        return focal

    def _sponsor(self, ref: ResolutionRef | None) -> str | None:
        if ref is None:
            return None
        for record in self.matcher.records:
            if record.symbol == ref.key and record.sponsor_countries:
                sponsor = record.sponsor_countries[0]
                return sponsor if _ISO3.fullmatch(sponsor) else None
        return None

    def _resolution(self, unit: _Unit, voter: str) -> ResolutionRef | None:
        """Which of the voter's votes the unit is about."""
        # 1. the vote the same sentences make claims about ("vote alongside Russia and Belarus")
        nearby = [
            c
            for c in self.claims
            if unit.start <= c.start < unit.end or c.start <= unit.start < c.end
        ]
        chosen = [c for c in nearby if c.country == voter] or nearby
        if chosen:
            return chosen[0].resolution
        # 2. the unit's own description (the segment that carries its cue), ties broken by body
        context = self.ctx.at(unit.start)
        known = self._known()
        segments = unit.segments or [unit.text]
        segments = [
            seg for seg in segments if self.doc.once(polarity, seg)[0] is not None
        ] or segments
        for segment in segments:
            described = [
                d for d in self.matcher.candidates(segment, self.doc) if d.matched or d.key in known
            ]
            if described:
                same_body = [d for d in described if context is not None and d.body == context.body]
                return (same_body or described)[0]
        if self.ctx.is_explicit(unit.start):
            if context is not None and any(_PRESENT.search(seg) for seg in segments):
                return self._latest(context)
            return context
        # 3. option words ("cheers the no vote"), then the voter's most recent vote
        claimed = [c for c in self.claims if c.country == voter]
        wanted = _option_words(
            self.doc.norm[unit.start : unit.end] + " " + self._heading_before(unit.start)
        )
        matching = [c for c in claimed if c.option == wanted]
        if matching:
            return matching[0].resolution
        if claimed:
            latest = max(c.resolution.date or "" for c in claimed)
            recent = [c.resolution for c in claimed if (c.resolution.date or "") == latest]
            primary = self.ctx.primary
            if primary is not None and any(r.key == primary.key for r in recent):
                return primary
            return recent[0]
        return context

    def _known(self) -> set[str]:
        """The keys of the resolutions the article names or has votes on."""
        if self._known_keys is None:
            self._known_keys = {r.key for r in self.ctx.all_refs()} | {
                c.resolution.key for c in self.claims
            }
        return self._known_keys

    def _latest(self, context: ResolutionRef) -> ResolutionRef:
        """The most recent of the dated resolutions the article names, if later than
        ``context``: the vote a speaker means by "this week" or "today"."""
        dated = [r for r in (*self.ctx.all_refs(), *(c.resolution for c in self.claims)) if r.date]
        if not dated or not context.date:
            return context
        latest = max(dated, key=lambda r: r.date or "")
        return latest if (latest.date or "") > context.date else context

    def _heading_before(self, offset: int) -> str:
        para = self.doc.paragraph_at(offset)
        if para is None:
            return ""
        for p in reversed(self.doc.paragraphs[: para.number + 1]):
            if p.heading and p.number > 0:
                return self.doc.norm[p.start : p.end]
        return ""


def _best_support_cue(text: str) -> str:
    hits = [(w, c) for c, w in SUPPORT_CUES.items() if _cue_pattern(c).search(text)]
    return max(hits)[1] if hits else ""


def _option_words(text: str) -> str | None:
    lowered = text.lower()
    if _NO_WORDS.search(lowered):
        return "no"
    if _ABSTAIN_WORDS.search(lowered):
        return "abstain"
    if _YES_WORDS.search(lowered):
        return "yes"
    return None


def _own_vote_phrases(text: str) -> list[tuple[str, str, str, str]]:
    """ "We abstained because ...", "Hungary voted against ...": (who, verb, rest, phrase)."""
    low = lowered(text)
    if not ("vot" in low or "abstain" in low or "support" in low or "back" in low):
        return []
    if text.isascii() and not _OWN_VOTE_VERB.search(low):
        return []
    return [
        (m.group("who").strip(), m.group("verb"), m.group("rest"), m.group(0))
        for m in _OWN_VOTE.finditer(text)
    ]


def _without(text: str, base: int, quoted: Intervals) -> str:
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


def read_stances(
    doc: Document,
    actors: ActorIndex,
    entities: list[EntityMention],
    ctx: ResolutionContext,
    matcher: ResolutionMatcher,
    quotes: list[Quote],
    claims: list[ClaimEvidence],
    holder_country: dict[str, str],
    envoys: frozenset[str] = frozenset(),
) -> list[Stance]:
    """The stances of one article; ``envoys`` are the persons who speak for their
    country's government (their roles say so)."""
    reader = StanceReader(doc, actors, entities, ctx, matcher, quotes, claims, holder_country)
    reader.envoys = envoys
    return reader.read()
