"""Pass 4: direct quotations and who said them.

Quotation marks are paired per paragraph: curly marks by shape, straight marks by
position, single marks only where they cannot be apostrophes (a closing single
mark between two letters is "isn't"). A quotation whose paragraph ends open
continues into the next paragraph when that one opens with a mark. Spans nested
inside another quotation are dropped; a quotation interrupted mid-sentence by its
attribution ("'We will not,' she said, 'pretend ...'") is one quote.

Attribution is a sieve, most precise rule first: a speech verb and a speaker right
after the quote; a speaker and verb before it ending in a colon or comma; the
subject of a communication verb in the same sentence for a fragment; "according
to"; a quote in the same paragraph as an attributed one; a paragraph-opening
quote after "She said:"; transcript answers (``A:``, ``NAME:``). Unnamed sources
("a European diplomat said") get no quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.extract.actors import NOT_SUBJECT_BEFORE, ActorIndex, ActorMention
from kg.extract.lexicon import (
    ADVERBS_BEFORE_VERB,
    COMMUNICATION_VERBS,
    ROLE_HEADS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from kg.extract.persons import Turn
from kg.extract.spans import near_start
from kg.extract.text import Document, Sentence
from kg.iri import fold
from kg.model import ActorRef, Evidence, Quote, Span

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_OPEN_SINGLE = "\u2018"
_CLOSE_SINGLE = "\u2019"
_SINGLE_MARKS = (_OPEN_SINGLE, _CLOSE_SINGLE, "'")
# The marks each pairing pass looks at, found in one pass over the normalised text, where
# every one of them is a plain '"' or "'" (a literal the regex engine finds at C speed;
# a class of curly marks is tested character by character). A few other marks read the
# same there (primes, low quotes): the passes skip those.
_DOUBLE_IN_NORM = re.compile('"')
# A closing or straight single mark between two letters or digits is an apostrophe ("isn't",
# "Ukraine's") and is left out; an opening curly mark never is (it is sought on its own).
_SINGLE_IN_NORM = re.compile(r"'(?:(?<![^\W_].)|(?![^\W_]))")
_OPEN_SINGLE_MARK = re.compile(_OPEN_SINGLE)
_OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-:;,/\u201c\u2018\"'")


@dataclass
class _Span:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or paragraph end when unclosed)
    kind: str  # double | single
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (end, start) between paragraphs

    def parts(self) -> list[tuple[int, int]]:
        parts = []
        start = self.open + 1
        for end, nxt in self.breaks:
            parts.append((start, end))
            start = nxt
        parts.append((start, self.close))
        return parts


# --- pairing marks ---------------------------------------------------------------------


def _double_spans(doc: Document) -> list[_Span]:
    text = doc.text
    marks = list(map(re.Match.start, _DOUBLE_IN_NORM.finditer(doc.norm, 0, doc.body_end)))
    if not marks:
        return []
    spans: list[_Span] = []
    current: _Span | None = None
    paragraphs = doc.paragraphs
    i = 0  # the next mark
    for index, para in enumerate(paragraphs):
        pos = para.start
        if current is not None:
            if text[pos] in _OPEN_DOUBLE + '"':
                current.breaks.append((current.close, pos + 1))
                pos += 1
            else:
                spans.append(current)
                current = None
        while i < len(marks) and marks[i] < pos:
            i += 1
        while i < len(marks) and marks[i] < para.end:
            k = marks[i]
            i += 1
            c = text[k]
            if c in _OPEN_DOUBLE:
                if current is None:
                    current = _Span(k, para.end, "double")
            elif c in _CLOSE_DOUBLE:
                if current is not None:
                    current.close = k
                    spans.append(current)
                    current = None
            elif c == '"':
                if current is None:
                    if _opens(text, k, para.start):
                        current = _Span(k, para.end, "double")
                else:
                    current.close = k
                    spans.append(current)
                    current = None
        if current is not None:
            current.close = para.end
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is None or text[nxt.start] not in _OPEN_DOUBLE + '"':
                spans.append(current)
                current = None
    if current is not None:
        spans.append(current)
    return [s for s in spans if s.close > s.open + 1]


def _opens(text: str, k: int, floor: int) -> bool:
    before = text[k - 1] if k > floor else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (k == floor or before in _OPENING_CONTEXT) and not after.isspace()


def _single_spans(doc: Document) -> list[_Span]:
    text = doc.text
    marks = list(map(re.Match.start, _SINGLE_IN_NORM.finditer(doc.norm, 0, doc.body_end)))
    if _OPEN_SINGLE in text:
        opening_marks = _OPEN_SINGLE_MARK.finditer(text, 0, doc.body_end)
        marks = sorted(set(marks).union(map(re.Match.start, opening_marks)))
    if not marks:
        return []
    spans: list[_Span] = []
    paragraphs = doc.paragraphs
    carry: _Span | None = None
    i = 0  # the next mark
    for index, para in enumerate(paragraphs):
        opens: list[int] = []
        closes: list[int] = []
        while i < len(marks) and marks[i] < para.start:
            i += 1
        while i < len(marks) and marks[i] < para.end:
            k = marks[i]
            i += 1
            c = text[k]
            if c not in _SINGLE_MARKS:
                continue
            before = text[k - 1] if k > para.start else " "
            after = text[k + 1] if k + 1 < para.end else " "
            opening = c == _OPEN_SINGLE or (
                c == "'" and (k == para.start or before in _OPENING_CONTEXT)
            )
            if opening and not after.isspace():
                opens.append(k)
                continue
            if c in (_CLOSE_SINGLE, "'") and not before.isspace():
                if before.isalnum() and after.isalnum():
                    continue  # an apostrophe: isn't, Ukraine's
                if after.isspace() or after in '.,;:!?)]}\u201d"-\u2014\u2013' or k + 1 == para.end:
                    closes.append(k)
        cursor = para.start
        if carry is not None:
            if opens and opens[0] == para.start:
                carry.breaks.append((carry.close, para.start + 1))
                opens.pop(0)
                close = _pick_close(text, closes, para.start)
                if close is not None:
                    carry.close = close
                    spans.append(carry)
                    carry = None
                    cursor = close + 1
                else:
                    carry.close = para.end
                    continue
            else:
                spans.append(carry)
                carry = None
        for o in opens:
            if o < cursor:
                continue
            close = _pick_close(text, closes, o)
            if close is not None:
                spans.append(_Span(o, close, "single"))
                cursor = close + 1
            elif o == para.start or text[o - 1] in " \t":
                nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if nxt is not None and text[nxt.start] in (_OPEN_SINGLE, "'"):
                    carry = _Span(o, para.end, "single")
                break
    if carry is not None:
        spans.append(carry)
    return [s for s in spans if s.close > s.open + 1]


def _pick_close(text: str, closes: list[int], after: int) -> int | None:
    """The mark that closes a quotation opened at ``after``: the first closing mark past
    it, unless that is a plural possessive ("the allies' vote") and another one follows.
    ``closes`` is in text order."""
    first = bisect_right(closes, after + 1)
    for n in range(first, len(closes)):
        c = closes[n]
        plural_possessive = (
            text[c - 1] in "sS"
            and c + 2 < len(text)
            and text[c + 1] == " "
            and text[c + 2].islower()
        )
        if plural_possessive and n + 1 < len(closes):
            continue
        return c
    return None


def _outermost(spans: list[_Span]) -> list[_Span]:
    spans.sort(key=lambda s: (s.open, -s.close))
    out: list[_Span] = []
    for s in spans:
        if out and s.open < out[-1].close:
            continue  # nested in (or overlapping) an earlier quotation
        out.append(s)
    return out


# --- attribution -----------------------------------------------------------------------


@dataclass
class _Candidate:
    spans: list[_Span]
    speaker: ActorRef | None = None
    rule: str = ""

    @property
    def open(self) -> int:
        return self.spans[0].open

    @property
    def close(self) -> int:
        return self.spans[-1].close

    def parts(self) -> list[tuple[int, int]]:
        return [p for s in self.spans for p in s.parts()]


def _skip_adverbs(text: str, pos: int) -> int:
    while True:
        match = _SPACED_WORD.match(text, pos)
        if match and match.group(1) in ADVERBS_BEFORE_VERB:
            pos = match.end()
            continue
        return pos


# Read at a position of the whole text (never on a copy of the rest of it).
_SPACED_WORD = re.compile(r"\s+([a-z]+)\b")
_NEXT_WORD = re.compile(r"\s*([a-z]+)\b")
_SPACES = re.compile(r"\s*")


_SPOKESPERSON_FOR = re.compile(
    r"(?i)(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at|from)\s+(?:the\s+)?"
)
_SPOKESPERSON = re.compile(r"(?i)spokes(?:man|woman|person)\b")
_THE_SPOKESPERSON = re.compile(r"(?i)the\s+spokes(?:man|woman|person)\b")
_ROLE_WORD = re.compile(r"[a-z][a-z\-]*|'s")  # "senior", "press", "vice-chair", a possessive
_ANY_ROLE_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*|'s")
_QUALIFIER_GAP = re.compile(r"(?:'s)?\s{1,2}")
_LEAD = re.compile(r"[,.!?]?\s*")
_HE_SHE = re.compile(r"(he|she)\b")
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b([a-z]+)\b")
_WORD = re.compile(r"[\w'\-]+")
_SENTENCE_OR_QUOTE_MARK = re.compile(r"[.!?\"\u201c\u201d]")
_SPOKESPERSON_OF_BEFORE = re.compile(
    r"(?i)spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?$"
)
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\b(?P<rest>[^.!?\"]{0,80}?)[:,]\s*$")
_PRONOUN_BEFORE = re.compile(r"\b(he|she|He|She)\s+(?:[a-z]+\s+){0,2}$")
_ACCORDING_TO = re.compile(r"according to\s+", re.IGNORECASE)
_POSSESSED_NOUN = re.compile(r"'s\s+(?P<noun>[a-z]+)\b")
_LAST_WORD = re.compile(r"([a-z]+)\W*$")
# Read from the end of a reversed text, the last communication verb is the first found.
_REVERSED_COMMUNICATION_VERBS = frozenset(w[::-1] for w in COMMUNICATION_VERBS)
_INTRODUCING_VERBS = COMMUNICATION_VERBS | {"released", "issued"}


# Unnamed envoys and offices that speak for their country (UN meetings coverage): "the
# representative of X", "X's delegate", "the Sudanese Foreign Ministry", "its UN mission".
_ENVOY = (
    r"(?:(?:deputy\s+)?permanent\s+)?(?:representative|delegate|delegation|envoy|ambassador|"
    r"mission|(?:foreign\s+)?ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|"
    r"office|embassy|government|spokes(?:man|woman|person))"
)
_ENVOY_OF = re.compile(r"(?i)\b(?:the\s+)?" + _ENVOY + r"\s+(?:of|for|from)\s+(?:the\s+)?$")
_ENVOY_AFTER = re.compile(r"(?i)(?:'s?)?\s+(?:(?:UN|U\.N\.|new|top)\s+)?" + _ENVOY + r"\b")
_OFFICE_OF = re.compile(
    r"(?i)\b(?:the\s+)?(?:office|government|cabinet|administration)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*\s+)?$"
)
_ITS_ENVOY = re.compile(r"(?i)\bits\s+(?:(?:UN|U\.N\.|new|top)\s+)?" + _ENVOY + r"\b")
_ENVOY_THEN_OF = re.compile(r"(?i)(?:the\s+)?" + _ENVOY + r"\s+(?:of|for|from)\s+(?:the\s+)?")
# Between an envoy and its verb: adverbs, or a participle clause set off by commas.
_TO_VERB = re.compile(r"\s*(?:[a-z]+\s+){0,2}")
_CLAUSE_TO_VERB = re.compile(r"\s*,[^;]{1,300},\s*(?:[a-z]+\s+){0,2}")
# "the diplomat asked": a role standing for the person last named.
_THE_ROLE = re.compile(
    r"(?i)the\s+(?:diplomat|ambassador|envoy|minister|senator|lawmaker|congressman|"
    r"congresswoman|president|secretary|chancellor|premier|prime\s+minister|diplomats?)\b"
)
_ENVOY_WORD = re.compile(
    r"representative|delegat|envoy|ambassador|mission|ministry|office|embassy|government|spokes"
)
_BODY_QUALIFIER = re.compile(r"(?:'s?)?\s+")
# The wording of a resolution or draft quoted in narration: "the resolution 'demands' ...",
# "the text called on Moscow to '...'". The noun, then at most a few words with a verb of
# what a text says, then the quotation.
_WORDING = re.compile(
    r"(?i)\b(?:resolution|draft|text|measure|declaration)s?\b"
    r"(?P<gap>(?:\s+[\w'\-]+){0,12}?)[\s,]*$"
)
_WORDING_VERBS = frozenset(
    "demands demanded demanding calls called calling urges urged urging condemns condemned "
    "condemning deplores deplored deploring reaffirms reaffirmed reaffirming declares declared "
    "declaring expresses expressed expressing stresses stressed stressing requests requested "
    "requesting decides decided deciding welcomes welcomed welcoming emphasizes emphasized "
    "emphasises emphasised underlines underlined recognizes recognized recognises recognised "
    "affirms affirmed notes noted says said refers referred describes described seeks sought "
    "seeking wants wanted commits committed reiterates reiterated insists insisted "
    "acknowledges acknowledged supports supported endorses endorsed".split()
)
# A country that wrote the text: "the US-drafted resolution", "Russia's draft", "the US
# spearheaded a resolution" (read between the country and the noun).
_DRAFTER_BEFORE_NOUN = re.compile(
    r"(?i)(?:'s|-(?:drafted|sponsored|led|backed|proposed|authored))\s+(?:[\w\-]+\s+){0,2}"
)
_DRAFTER_VERB = re.compile(
    r"(?i)\s+(?:[\w\-]+\s+){0,3}?(?:drafted|sponsored|spearheaded|submitted|proposed|"
    r"introduced|tabled|authored|circulated|put\s+forward|presented)\s+(?:[\w\-]+\s+){0,4}"
)
_SO_CALLED = re.compile(r"(?i)so-called\s+$")
_SCARE_BEFORE = re.compile(r"(?i)(?:'s|so-called|\bthe)\s+$")
_NOT_WORDING = frozenset("is was were are be been being as seems seemed".split())
_UN_BODY = "un-body"
_COPULA = re.compile(r"\s+(?:was|is|were|are|as|had\s+been|has\s+been)\b")
_ATTRIBUTION_TAIL = 120  # "..., Ana Ruiz, the foreign minister, told reporters on Monday."
_CONJUNCTIONS = frozenset("while whereas but and although though as when after before".split())
_GENERIC_BODY_HEADS = frozenset(
    "ministry|office|mission|embassy|delegation|government|presidency|cabinet|affairs".split("|")
)


def _verb_at(text: str, pos: int, verbs: frozenset[str]) -> int | None:
    """End of a verb from ``verbs`` starting (after spaces) at ``pos``."""
    match = _NEXT_WORD.match(text, pos)
    if match and match.group(1) in verbs:
        return match.end()
    return None


class _Attributor:
    def __init__(
        self, doc: Document, actors: ActorIndex, country_of: Mapping[str, str] | None = None
    ) -> None:
        self.doc = doc
        self.country_of: Mapping[str, str] = country_of or {}  # a person's country, by name
        self.actors = actors
        self.norm = doc.norm
        self._according_to: dict[int, re.Match[str] | None] = {}
        # the speaker of the last quotation attributed, and its paragraph
        self.last_speaker: tuple[int, ActorRef] | None = None

    def envoy_country(self, floor: int, verb_at: int) -> ActorRef | None:
        """The country whose unnamed envoy, delegation or office is the subject of the verb
        at ``verb_at``: "the representative of X said", "X's delegate, noting ..., said",
        "the Sudanese Foreign Ministry said", "its UN mission said" (its: the country named
        last before). None where a person is named between the envoy and the verb."""
        text = self.norm
        start = near_start(text, floor, verb_at, 400)
        window = text[start:verb_at]
        if not _ENVOY_WORD.search(window.lower()):
            return None  # what every form has, read first
        found: tuple[int, int, ActorRef] | None = None  # envoy phrase start, end, country
        for m in reversed(self.actors.within(start, verb_at)):
            if m.actor.kind == "person":
                office = _OFFICE_OF.search(text, max(start, m.start - 40), m.start)
                code = self.country_of.get(m.actor.name)
                if office is None or code is None:
                    return None  # a named speaker is nearer the verb
                # "the office of Prime Minister X said": X's country
                found = (office.start(), m.end, ActorRef.trusted(kind="country", name=code))
                break
            if m.actor.kind != "country":
                continue
            before = _ENVOY_OF.search(text, max(start, m.start - 60), m.start)
            if before is not None:
                found = (before.start(), m.end, m.actor)
                break
            after = _ENVOY_AFTER.match(text, m.end, verb_at)
            if after is not None:
                found = (m.start, after.end(), m.actor)
                break
        its = None
        for match in _ITS_ENVOY.finditer(text, start, verb_at):
            its = match  # the last one
        if its is not None and (found is None or its.start() > found[0]):
            earlier = [
                m
                for m in self.actors.within(max(0, its.start() - 600), its.start())
                if m.actor.kind == "country"
            ]
            if earlier and not any(
                m.actor.kind == "person" for m in self.actors.within(its.end(), verb_at)
            ):
                found = (its.start(), its.end(), earlier[-1].actor)
        if found is None:
            return None
        phrase_start, phrase_end, speaker = found
        if not (
            _TO_VERB.fullmatch(text, phrase_end, verb_at)
            or _CLAUSE_TO_VERB.fullmatch(text, phrase_end, verb_at)
        ):
            return None
        words = _WORD.findall(text, max(0, phrase_start - 25), phrase_start)
        if words and words[-1].lower() in NOT_SUBJECT_BEFORE:
            return None  # "told the representative of X"
        return speaker

    def wording(self, cand: _Candidate) -> tuple[ActorRef | None, str] | None:
        """The words of a resolution or draft quoted in narration belong to the body that
        adopted it (the UN body named nearest before, else after), never to a person named
        nearby. None where the quotation is not such wording; (None, rule) where it is but
        no body is named."""
        text = self.norm
        sentence = self.doc.sentence_at(cand.open)
        para = self.doc.paragraph_at(cand.open)
        if sentence is None or para is None or para.heading:
            return None  # a headline's marks are the editor's
        if _SCARE_BEFORE.search(text, max(0, cand.open - 12), cand.open) and (
            len(_WORD.findall(text, cand.open, cand.close)) <= 2
        ):
            return None  # "Russia's 'referenda'", the so-called 'plan': scare quotes
        start = near_start(text, sentence.start, cand.open, 160)
        match = _WORDING.search(text, start, cand.open)
        if match is None:
            return None
        gap = [w.lower() for w in _WORD.findall(match.group("gap"))]
        first = _NEXT_WORD.match(text.lower(), cand.open + 1)
        quoted_verb = first is not None and first.group(1) in _WORDING_VERBS
        if not (set(gap) & _WORDING_VERBS or (quoted_verb and len(gap) <= 2)):
            return None
        if set(gap) & _NOT_WORDING:
            return None  # "the resolution was 'a farce'": someone's verdict on it
        if any(m.actor.kind == "person" for m in self.actors.within(match.start(), cand.open)):
            return None
        for m in reversed(self.actors.within(sentence.start, match.start())):
            if m.actor.kind == "country" and (
                _DRAFTER_BEFORE_NOUN.fullmatch(text, m.end, match.start())
                or _DRAFTER_VERB.fullmatch(text, m.end, match.start())
            ):
                return m.actor, "quote.wording.drafter"
        bodies = [
            m
            for m in self.actors.mentions
            if m.entity is not None
            and m.entity.detail == _UN_BODY
            and m.actor.kind == "organization"
        ]
        before = [m for m in bodies if m.start < cand.open]
        body = before[-1] if before else (bodies[0] if bodies else None)
        return (body.actor if body else None), "quote.wording"

    def body_country(self, speaker: ActorRef, at: int) -> ActorRef:
        """An unnamed office ("the Foreign Ministry", "the mission") speaks for its country:
        the country named right before it here or where it was named before."""
        if speaker.kind != "organization" or fold(speaker.name).split()[-1:] == []:
            return speaker
        if fold(speaker.name).split()[-1] not in _GENERIC_BODY_HEADS:
            return speaker
        text = self.norm
        for m in reversed(self.actors.within(0, at + 1)):
            if m.actor != speaker or m.entity is None or m.entity.country:
                continue
            for c in self.actors.within(max(0, m.start - 30), m.start):
                if c.actor.kind == "country" and _BODY_QUALIFIER.fullmatch(text, c.end, m.start):
                    return c.actor  # "the Sudanese Foreign Ministry", "Sudan's foreign ministry"
        return speaker

    def speaker_of(
        self, mention: ActorMention | None, pronoun: str | None, at: int
    ) -> tuple[ActorRef | None, str]:
        if pronoun:
            # '"...," a Kremlin spokeswoman said. "...," she added.': the spokeswoman goes on;
            # so does a country's unnamed representative
            para = self.doc.paragraph_at(at)
            if (
                self.last_speaker is not None
                and para is not None
                and self.last_speaker[0] == para.number
                and self.last_speaker[1].kind in ("organization", "country")
            ):
                return self.last_speaker[1], ".pronoun"
            resolved = self.actors.resolve_pronoun(at, pronoun)
            return (resolved.actor if resolved else None), ".pronoun"
        return (mention.actor if mention else None), ""

    def after(self, cand: _Candidate, limit: int) -> tuple[ActorRef | None, str] | None:
        """Speaker named right after the closing mark: ', said X', ', X said',
        ', Kremlin spokesman X told reporters', ', Slovenia's deputy ambassador, X, said'."""
        text = self.norm
        close = cand.spans[0].close  # an interrupted quote names its speaker at the break
        if len(cand.spans) > 1:
            limit = cand.spans[1].open
        pos = close + 1
        lead = _LEAD.match(text, pos, limit)
        if lead:
            pos = lead.end()
        ended = text[close - 1 : close] in (".", "!", "?") and text[close + 1 : close + 2] != ","
        if ended and text[pos : pos + 1].isupper():
            return None  # the quotation closed its sentence; what follows is a new one
        # ", said Karoline Leavitt" / "wrote Senator John Curtis"
        verb_end = _verb_at(text, pos, SPEECH_VERBS)
        if verb_end is not None:
            subj_pos = _SPACES.match(text, verb_end).end()  # type: ignore[union-attr]
            mention = self._mention_at(subj_pos)
            if mention is not None:
                return mention.actor, "quote.speaker-after"
            pron = _HE_SHE.match(text[subj_pos : subj_pos + 4].lower())
            if pron:
                return self.speaker_of(None, pron.group(1), cand.open)[
                    0
                ], "quote.speaker-after.pronoun"
            return None
        the_spokesperson = _THE_SPOKESPERSON.match(text, pos)
        if the_spokesperson and _verb_at(text, the_spokesperson.end(), SPEECH_VERBS) is not None:
            body = self._last_spokesperson_body(pos)  # "'...,' the spokeswoman said"
            return (body.actor if body else None), "quote.speaker-after.spokesperson"
        pron = _HE_SHE.match(text[pos : pos + 4].lower())
        if pron:
            end = _skip_adverbs(text, pos + len(pron.group(1)))
            if _verb_at(text, end, SPEECH_VERBS) is not None:
                actor, _ = self.speaker_of(None, pron.group(1), cand.open)
                return actor, "quote.speaker-after.pronoun"
            return None
        first = _NEXT_WORD.match(text, pos)
        if first is not None and first.group(1) in _CONJUNCTIONS:
            return None  # '"...," while X said': another clause, another speaker
        # ", <role>, X, told" / ", X, <appositive>, said": find the verb, then its subject
        window = self.doc.masked[pos : min(limit, pos + 220)]
        stop = _SENTENCE_OR_QUOTE_MARK.search(window)  # past one, a verb is not the speaker's
        words = _LOWER_WORD.finditer(window, 0, stop.start() if stop else len(window))
        verb = next((m for m in words if m.group(1) in SPEECH_VERBS), None)
        if verb is None:
            return None
        verb_at = pos + verb.start()
        envoy = self.envoy_country(pos, verb_at)  # ', Britain's delegate said'
        if envoy is not None:
            return envoy, "quote.speaker-after.envoy"
        role = _THE_ROLE.match(text, pos, verb_at)
        if role is not None and _TO_VERB.fullmatch(text, role.end(), verb_at):
            named = self._last_person(pos)  # '"...?" the diplomat asked'
            return (named.actor if named else None), "quote.speaker-after.role"
        subject = self.actors.clause_subject(verb_at, pos)
        if subject is None or subject.actor.kind == "country":
            return None
        lead_words = _WORD.findall(text, pos, subject.start)
        if len(lead_words) > 7:
            return None
        return subject.actor, "quote.speaker-after"

    def _mention_at(self, pos: int) -> ActorMention | None:
        """The speaker named at ``pos`` (after "said"): a person or a body speaking
        through its spokesperson; not a country."""
        text = self.norm
        lead = _ARTICLE.match(text[pos : pos + 6])
        at = pos + (lead.end() if lead else 0)
        titled = self._person_after_role(at)
        if titled is not None:
            return titled  # "said senior fellow Irene Corandahl", "said White House aide X"
        mention = self.actors.starting_at(at, slack=1)
        if (
            mention is None
            and lead
            and lead.group(0).lower().startswith("the")
            and _SPOKESPERSON.match(text, at)
        ):
            return self._last_spokesperson_body(at)  # "'...,' said the spokeswoman"
        envoy_of = _ENVOY_THEN_OF.match(text, pos)
        if envoy_of is not None:
            country = self.actors.starting_at(envoy_of.end(), slack=1)
            if country is not None and country.actor.kind == "country":
                return country  # "said the representative of X"
        if (
            mention is not None
            and mention.actor.kind == "country"
            and _ENVOY_AFTER.match(text, mention.end, mention.end + 60)
        ):
            return mention  # "said Britain's representative"
        if mention is None:
            # "said a spokeswoman for the Kremlin": the body speaks
            spoke = _SPOKESPERSON_FOR.match(text, at)
            body = self.actors.starting_at(spoke.end(), slack=1) if spoke else None
            return body if body is not None and body.actor.kind == "organization" else None
        if mention.actor.kind == "country":
            # "said Armenian Foreign Minister Aisha Caserhardt": the country qualifies the speaker
            after = _QUALIFIER_GAP.match(text, mention.end)
            following = self.actors.starting_at(after.end(), slack=0) if after else None
            if following is None or following.actor.kind == "country":
                return None
            return following
        if mention.actor.kind == "organization":
            # "said a State Department spokesman": the body speaks through its spokesperson
            return mention
        if lead and lead.group(0).lower().startswith("a"):
            return None
        return mention

    def _last_person(self, at: int) -> ActorMention | None:
        """The person last named in subject position before ``at`` (a few paragraphs)."""
        for m in reversed(self.actors.within(max(0, at - 1500), at)):
            if m.actor.kind == "person" and self.actors.is_subject_position(m):
                return m
        return None

    def _last_spokesperson_body(self, at: int) -> ActorMention | None:
        """The body whose spokesperson was last named before ``at`` ("a Downing Street
        spokesperson", "a spokesman for the ministry"), within the few paragraphs before."""
        text = self.norm
        for m in reversed(self.actors.within(max(0, at - 3000), at)):
            if m.actor.kind != "organization":
                continue
            if _SPOKESPERSON.match(text, m.end + 1) or _SPOKESPERSON_OF_BEFORE.search(
                text[max(0, m.start - 40) : m.start]
            ):
                return m
        return None

    def _person_after_role(self, at: int) -> ActorMention | None:
        """A person named after a role written in lower case, perhaps with the body it
        belongs to: "senior fellow Irene Corandahl", "White House press secretary X"."""
        people = [m for m in self.actors.within(at, at + 80) if m.actor.kind == "person"]
        if not people or people[0].start == at:
            return None
        person = people[0]
        bodies = [m for m in self.actors.within(at, person.start) if m.actor.kind != "person"]
        gap = list(self.norm[at : person.start])
        for m in bodies:
            gap[m.start - at : m.end - at] = " " * (m.end - m.start)
        words = "".join(gap).split()
        if not words or len(words) > 6:
            return None
        if all(_ROLE_WORD.fullmatch(w) for w in words):
            return person
        # "BBC News diplomatic correspondent X": an outlet's name, then a role noun
        if words[-1] in ROLE_HEADS and all(_ANY_ROLE_WORD.fullmatch(w) for w in words):
            return person
        return None

    def before(self, cand: _Candidate) -> tuple[ActorRef | None, str] | None:
        """Speaker and verb before the quote, ending in a colon or comma."""
        text = self.norm
        sentence = self.doc.sentence_at(cand.open)
        para = self.doc.paragraph_at(cand.open)
        floor = sentence.start if sentence else (para.start if para else 0)
        start = near_start(text, floor, cand.open, 240)  # a verb, then at most 80 characters
        left = text[start : cand.open]
        if left.rstrip()[-1:] not in (":", ","):
            return None  # what the pattern ends in: read first, as most quotes fail here
        match = _VERB_BEFORE.search(left)
        if match and match.group("verb") in SPEECH_VERBS:
            verb_at = start + match.start("verb")
        else:
            # the first lower-case word is no verb ("the representative of X said:"): the
            # last verb of speech within the pattern's reach
            last = _last_speech_verb(left[-(len(match.group(0)) if match else 0) :])
            if match is None or last is None:
                return None
            verb_at = start + len(left) - len(match.group(0)) + last
        actor, rule = self._subject_of(verb_at, floor)
        if actor is None:
            return None
        return actor, "quote.speaker-before" + rule

    def _subject_of(self, verb_at: int, floor: int) -> tuple[ActorRef | None, str]:
        text = self.norm
        start = near_start(text, floor, verb_at, 120)  # "she" and at most two words
        window = text[start:verb_at]
        # the pronoun ends one of the last three words, or the pattern cannot match
        last_words = window.rsplit(None, 3)[-3:]
        pron = (
            _PRONOUN_BEFORE.search(window)
            if any(w.endswith(("he", "He")) for w in last_words)
            else None
        )
        envoy = self.envoy_country(floor, verb_at)
        if envoy is not None:
            return envoy, ".envoy"
        subject = self.actors.clause_subject(verb_at, floor)
        if pron and (subject is None or subject.start < start + pron.start()):
            return self.speaker_of(None, pron.group(1), start + pron.start())
        if subject is None:
            return None, ""
        return subject.actor, ""

    def _according(self, sentence: Sentence) -> re.Match[str] | None:
        """Where "according to" ends in ``sentence`` (sought once per sentence)."""
        if sentence.start not in self._according_to:
            self._according_to[sentence.start] = _ACCORDING_TO.search(
                self.norm[sentence.start : sentence.end]
            )
        return self._according_to[sentence.start]

    def embedded(self, cand: _Candidate) -> tuple[ActorRef | None, str] | None:
        """A fragment inside narration: the subject of the nearest communication verb."""
        text = self.norm
        sentence = self.doc.sentence_at(cand.open)
        if sentence is None:
            return None
        # The nearest verb or noun of speech, read within a few hundred characters.
        floor = near_start(text, sentence.start, cand.open, 400)
        left = text[floor : cand.open]
        according = self._according(sentence)
        if according:
            mention = self._mention_at(sentence.start + according.end())
            if mention is not None:
                return mention.actor, "quote.according-to"
        noun = None
        for m in _POSSESSED_NOUN.finditer(left):
            if m.group("noun") in SPEECH_NOUNS and not _COPULA.match(left, m.end()):
                noun = m  # "X's warning that ..." (not "X's criticism was a '...'")
        last_verb = _last_communication_verb(left)
        if noun is not None and (last_verb is None or last_verb <= noun.start("noun")):
            owner = self.actors.within(sentence.start, floor + noun.start() + 2)
            if owner:
                return owner[-1].actor, "quote.embedded.speech-noun"
        if last_verb is None:
            # 'X justified the abstention and "urged all sides ..."': the quotation opens
            # with the verb of speech; its clause's subject is the speaker
            opening = _NEXT_WORD.match(text, cand.open + 1)
            if opening is None or opening.group(1) not in COMMUNICATION_VERBS:
                return None
            subject = next(
                (
                    m
                    for m in self.actors.within(sentence.start, cand.open)
                    if m.actor.kind == "person" and self.actors.is_subject_position(m)
                ),
                None,
            )
            return (subject.actor, "quote.embedded.quoted-verb") if subject else None
        verb_at = floor + last_verb
        actor, rule = self._subject_of(verb_at, sentence.start)
        if actor is None:
            # a participle clause ("..., claiming the talks were 'going very well'")
            first = [
                m
                for m in self.actors.within(sentence.start, verb_at)
                if self.actors.is_subject_position(m)
                and m.actor.kind != "country"
                and not self.actors.is_possessor(m)
            ]
            if first:
                return first[0].actor, "quote.embedded.clause-subject"
            return None
        return actor, "quote.embedded" + rule


def _last_speech_verb(text: str) -> int | None:
    """Where the last verb of speech in ``text`` starts."""
    found = None
    for m in _LOWER_WORD.finditer(text):
        if m.group(1) in SPEECH_VERBS:
            found = m.start()
    return found


def _last_communication_verb(text: str) -> int | None:
    """Where the last communication verb in ``text`` starts: the first one read from the
    end (most quotes have one near), with a lower-case word just as forwards."""
    backwards = text[::-1]
    for m in _LOWER_WORD.finditer(backwards):
        if m.group(1) in _REVERSED_COMMUNICATION_VERBS:
            return len(text) - m.end()
    return None


def _is_partial(doc: Document, cand: _Candidate) -> bool:
    text = doc.norm
    para = doc.paragraph_at(cand.open)
    floor = para.start if para else 0
    before = text[floor : cand.open].rstrip()
    if not before:
        return False
    if before[-1] in ":":
        return False
    if before[-1] in ",":
        content = text[cand.open + 1 : cand.spans[0].close].strip()
        last_word = _LAST_WORD.findall(before.lower())
        return not (last_word and last_word[-1] in SPEECH_VERBS) and not content[:1].isupper()
    return not (before[-1] in ".!?" or before.endswith(("--", "-")))


def _merge_interrupted(doc: Document, spans: list[_Span]) -> list[_Candidate]:
    """Join "'We will not,' she said, 'pretend ...'" into one quote."""
    out: list[_Candidate] = []
    text = doc.text
    for s in spans:
        if out:
            prev = out[-1]
            close = prev.close
            if (
                text[close - 1 : close] == ","
                and text[s.open + 1 : s.open + 2].islower()
                and s.open - close <= 100  # fewer than 100 characters between
            ):
                between = doc.norm[close + 1 : s.open]  # read last: it can be long
                if (
                    "\n" not in between
                    and _LOWER_WORD.search(between)
                    and between.rstrip().endswith(",")
                ):
                    prev.spans.append(s)
                    prev.rule = "interrupted"
                    continue
        out.append(_Candidate([s]))
    return out


# --- transcripts -----------------------------------------------------------------------

_ANSWER_LABELS = frozenset({"a", "answer"})  # the interviewee's turns, by their label's key
_HOST_ROLE = re.compile(r"(?i)\b(?:host|anchor|moderator|interviewer|presenter|correspondent)\b")
_MAX_TURN_PARAGRAPHS = 12  # a turn goes on over at most this many unlabelled paragraphs


def _transcript_quotes(doc: Document, actors: ActorIndex) -> tuple[list[Quote], set[int]]:
    """Turns of a transcript, which carry no quotation marks: the interviewee's are
    quotes, the host's or questioner's are not. A turn goes on over the unlabelled
    paragraphs up to the next turn. Who hosts is read from the text: a label with the
    role of host or anchor, a generic questioner ("Q", "QUESTION"), or a speaker whose
    turns mostly end in a question mark."""
    quotes: list[Quote] = []
    used: set[int] = set()
    turns = actors.persons.turns
    if not turns:
        return quotes, used
    paras = doc.paragraphs
    hosts = _hosts(doc, turns)
    interviewee: ActorRef | None = None
    first = paras[turns[0].paragraph]
    for m in actors.mentions:
        if m.actor.kind == "person" and paras[0].end < m.start < first.start:
            interviewee = m.actor
            break
    for n, turn in enumerate(turns):
        stop = turns[n + 1].paragraph if n + 1 < len(turns) else len(paras)
        last = min(stop, turn.paragraph + _MAX_TURN_PARAGRAPHS) - 1
        while last > turn.paragraph and paras[last].heading:
            last -= 1  # a section heading after the turn is not spoken
        used.update(range(turn.paragraph, last + 1))
        key = _label_key(turn.name)
        if key in hosts:
            continue  # the host's questions are no one's statement
        speaker: ActorRef | None = None
        rule = "quote.transcript-turn"
        if key in _ANSWER_LABELS:
            speaker, rule = interviewee, "quote.transcript-answer"
        elif not turn.generic:
            speaker = _turn_speaker(actors, turn.name)
        if speaker is None:
            continue
        end = paras[last].end
        parts = [Span.at(turn.body_start, paras[turn.paragraph].end)] + [
            Span.at(paras[k].start, paras[k].end) for k in range(turn.paragraph + 1, last + 1)
        ]
        body = "\n\n".join(doc.text[p.start : p.end].strip() for p in parts)
        quotes.append(
            Quote.trusted(
                text=body,
                parts=tuple(parts),
                speaker=speaker,
                partial=False,
                evidence=Evidence.at(turn.start, end, rule),
            )
        )
    return quotes, used


def _label_key(name: str) -> str:
    """A label by its last word: "CHRISTIANE AMANPOUR" and "AMANPOUR" are one speaker."""
    words = fold(name).replace(".", "").split()
    return words[-1] if words else ""


def _hosts(doc: Document, turns: list[Turn]) -> set[str]:
    """The labels of the host or questioner: generic questioners, labels with a host's
    role, and speakers whose turns mostly end in a question mark."""
    hosts: set[str] = set()
    asked: dict[str, list[bool]] = {}
    for turn in turns:
        key = _label_key(turn.name)
        if turn.generic and key not in _ANSWER_LABELS:
            hosts.add(key)
        elif _HOST_ROLE.search(turn.role):
            hosts.add(key)  # "ANA RUIZ, HOST", then "RUIZ"
        else:
            para = doc.paragraphs[turn.paragraph]
            asked.setdefault(key, []).append(doc.norm[para.start : para.end].rstrip().endswith("?"))
    for key, questions in asked.items():
        if sum(questions) >= 0.6 * len(questions):
            hosts.add(key)
    return hosts


def _turn_speaker(actors: ActorIndex, label: str) -> ActorRef | None:
    wanted = [w for w in fold(label).replace(".", "").split() if w not in TITLES]
    if not wanted:
        return None
    for cluster in actors.persons.clusters:
        words = fold(cluster.name).replace(".", "").split()
        if wanted[-1] == words[-1] or wanted == words:
            return ActorRef(kind="person", name=cluster.name)
    return None


# --- the pass --------------------------------------------------------------------------


def find_quotes(
    doc: Document, actors: ActorIndex, country_of: Mapping[str, str] | None = None
) -> list[Quote]:
    """The quotations of ``doc`` and who said them; ``country_of`` gives the country of
    the named persons (an office of a person speaks for that country)."""
    transcript, turn_paras = _transcript_quotes(doc, actors)
    spans = _outermost(_double_spans(doc) + _single_spans(doc))
    spans = [s for s in spans if _paragraph_index(doc, s.open) not in turn_paras]
    candidates = _merge_interrupted(doc, spans)
    actors.exclude(
        [(q.open, q.close + 1) for c in candidates for q in c.spans]
    )  # quoted names do not speak
    attributor = _Attributor(doc, actors, country_of)
    quotes: list[Quote] = list(transcript)
    by_paragraph: dict[int, ActorRef] = {}
    # paragraphs that end with a quotation (and its attribution), by its speaker
    ended_by_quote: dict[int, ActorRef] = {}
    for n, cand in enumerate(candidates):
        para_index = _paragraph_index(doc, cand.open)
        sentence = doc.sentence_at(cand.close) or doc.sentence_at(cand.open)
        limit = candidates[n + 1].open if n + 1 < len(candidates) else doc.body_end
        if sentence is not None:
            limit = min(limit, max(sentence.end, cand.close + 1) + 150)
        para = doc.paragraph_at(cand.close)
        if para is not None:
            limit = min(limit, para.end)  # an attribution never runs into the next paragraph
        if _SO_CALLED.search(doc.norm, max(0, cand.open - 12), cand.open):
            continue  # the so-called "plan": a scare quote, no one's words
        wording = attributor.wording(cand)
        if wording is not None:
            if wording[0] is not None:
                quotes.append(_quote(doc, cand, wording[0], wording[1]))
            continue  # a text's words: no one else's, and no one's after them in the paragraph
        found = (
            attributor.after(cand, limit) or attributor.before(cand) or attributor.embedded(cand)
        )
        speaker, rule = found if found else (None, "")
        if (
            speaker is None
            and para_index in by_paragraph
            and not (
                sentence is not None
                and actors.unnamed_subject(doc.norm[sentence.start : cand.open])
            )  # "Former diplomats mourned the '...'"
        ):
            speaker, rule = by_paragraph[para_index], "quote.same-paragraph"
        if speaker is None and _opens_paragraph(doc, cand):
            prev = _previous_colon(doc, attributor, para_index)
            if prev is not None:
                speaker, rule = prev, "quote.after-colon-paragraph"
            elif (
                para_index - 1 in ended_by_quote
                and doc.text[cand.open + 1 : cand.open + 2].isupper()
            ):
                # '"...," she said.' then a paragraph that is a quotation only: she goes on
                speaker, rule = ended_by_quote[para_index - 1], "quote.previous-paragraph"
        if speaker is None:
            continue
        speaker = attributor.body_country(speaker, cand.open)
        if cand.rule == "interrupted":
            rule = rule + ".interrupted"
        by_paragraph[para_index] = speaker
        attributor.last_speaker = (para_index, speaker)
        close_para = doc.paragraph_at(cand.close)
        if close_para is not None and close_para.end - cand.close <= _ATTRIBUTION_TAIL:
            ended_by_quote[close_para.number] = speaker
        else:
            ended_by_quote.pop(para_index, None)
        quotes.append(_quote(doc, cand, speaker, rule))
    quotes.sort(key=lambda q: q.parts[0].start)
    return quotes


def _paragraph_index(doc: Document, offset: int) -> int:
    para = doc.paragraph_at(offset)
    return para.number if para else -1


def _opens_paragraph(doc: Document, cand: _Candidate) -> bool:
    para = doc.paragraph_at(cand.open)
    return para is not None and para.start == cand.open


def _previous_colon(doc: Document, attributor: _Attributor, index: int) -> ActorRef | None:
    """ "She said:" ending the previous paragraph introduces this one's quote."""
    if index <= 0:
        return None
    prev = doc.paragraphs[index - 1]
    text = doc.norm[prev.start : prev.end]
    if not text.rstrip().endswith(":"):
        return None
    verbs = [m for m in _LOWER_WORD.finditer(text) if m.group(1) in _INTRODUCING_VERBS]
    if not verbs:
        return None
    verb_at = prev.start + verbs[-1].start()
    sentence = doc.sentence_at(verb_at)
    actor, _ = attributor._subject_of(verb_at, sentence.start if sentence else prev.start)
    return actor


def _quote(doc: Document, cand: _Candidate, speaker: ActorRef, rule: str) -> Quote:
    parts = []
    texts = []
    for open_at, close_at in cand.parts():
        part = doc.text[open_at:close_at]
        stripped = part.strip()
        if stripped:
            start = open_at + len(part) - len(part.lstrip())
            parts.append(Span.at(start, start + len(stripped)))
            texts.append(stripped)
    text = " ".join(texts)
    first_sentence = doc.sentence_at(cand.open)
    last_sentence = doc.sentence_at(max(cand.close - 1, cand.open))
    ev_start = first_sentence.start if first_sentence else cand.open
    ev_end = max(last_sentence.end if last_sentence else cand.close + 1, cand.close + 1)
    return Quote.trusted(
        text=text,
        parts=tuple(parts) or (Span.at(cand.open + 1, cand.close),),
        speaker=speaker,
        partial=_is_partial(doc, cand),
        evidence=Evidence.at(ev_start, min(ev_end, len(doc.text)), rule),
    )
