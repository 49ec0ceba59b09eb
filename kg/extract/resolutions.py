"""Which vote a sentence is about.

Every vote an article reports is identified from the article's own evidence: the UN
symbol when one is given ("A/ES-10/L.33", "S/RES/2334 (2016)", "resolution 79/179",
"ES-10/19"), else what the sentence says of it: the body (General Assembly, Security
Council, Human Rights Council, a Main Committee), the day (a date, or "on Monday"
read against the article's date), the year, the tally, the drafters ("the
Russian-drafted text", "drafted by Britain and Sierra Leone", "Moscow's draft"), the
outcome (adopted, vetoed) and the subject (the words of a resolution's title).

A resolution of the reference data is chosen only when that evidence points to it
(``_Cues.score``: the day or a tally alone, else two kinds of evidence such as the
drafters and the subject, and nothing against it): never as a default. A vote the
reference does not hold gets a ResolutionRef of its own: keyed by its symbol when the
article gives one, else by its body and day ("UNSC-2024-05-20"), with the tally (or the
drafters) appended where one article reports two votes of one body on one day.
Sentences that describe such a vote are grouped within the article (``_cluster``): the
sentences of one vote agree on body, day, tally and drafters. A sentence with no cue
inherits its paragraph's vote, a paragraph its section's (a live-blog heading), and
otherwise the article's main vote.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from kg.extract.earlier import masked
from kg.extract.numbers import TallyMatch, has_digit, parse_tallies
from kg.extract.text import Document, Folded, lowered, near_start
from kg.iri import fold, resolution_key
from kg.model import Reference, ResolutionRecord, ResolutionRef

# --- symbols ---------------------------------------------------------------------------

# Adopted and draft symbols of the General Assembly (plenary, emergency special session,
# Main Committees), the Human Rights Council and the Security Council.
_SYMBOL = re.compile(
    r"\b(?:(?P<full>A/(?:HRC/)?RES/(?:ES-\d+|S-\d+|\d+)/\d+"
    r"|A/(?:HRC/|C\.[1-6]/)?(?:ES-\d+|S-\d+|\d+)/L\.\s?\d+(?:/Rev\.\s?\d+)?"
    r"|S/RES/\d+(?:\s*\(\d{4}\))?"
    r"|S/(?:19|20)\d\d/\d+)"
    r"|(?P<es>ES-\d+/\d+)"
    r"|(?:[Rr]esolution|UNSCR)\s+(?P<session>\d{1,2}/\d{1,3})\b"
    r"|(?:[Rr]esolution|UNSCR)\s*(?P<number>\d{3,4})(?:\s*\((?P<year>\d{4})\))?)"
)
_HRC_BEFORE = re.compile(r"(?:Human Rights Council|HRC)\W*$")

# --- dates -----------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_NAME})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{_MONTH_NAME})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}}))\b"
)
# what follows the date of a dateline
_DATELINE_END = re.compile(r"\s*(?:[-\u2013\u2014:|(/]|\d{1,2}:\d\d)")
# Every date holds a year: most article heads hold none, and _DATE, opening on "\b", is
# tried at every offset of the 1,200 characters read.
_DATE_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DAY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_NAME})"
    rf"|(?P<m2>{_MONTH_NAME})\.?\s+(?P<d2>\d{{1,2}}))\b"
    r"(?P<year>,?\s+(?:19|20)\d{2})?"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SINCE = Folded(r"(?i)\b(?:since|until|till|before|by|from)\s+$")  # "since 2022" dates no vote
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = Folded(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_RELATIVE = Folded(
    r"(?i)\b(?:(?P<today>today|tonight|this morning|this afternoon|this evening)"
    r"|(?P<yesterday>yesterday)"
    r"|(?P<lastweek>last week|a week ago|earlier this month)"
    r"|(?P<thisweek>this week|earlier this week)"
    r"|(?P<lastmonth>last month|a month ago))\b"
)
# "26 February, two days after ...": the day of what follows is that many days away
_DAYS_APART = re.compile(
    r",?\s+(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_SHIFTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# a date that is not the vote's: "protests that began on Sept. 16", "since March 2"
_NOT_THE_VOTE = re.compile(
    r"(?i)\b(?:since|until|till|began|begun|started|starting|erupted|broke out|from|"
    r"before|died|killed|announced)\s+(?:on\s+)?$"
)
_LAST_YEAR = Folded(r"(?i)\b(?:last year|a year earlier|the previous year|a year ago)\b")

# --- bodies ----------------------------------------------------------------------------

_UNSC = re.compile(r"\b(?:Security Council|UNSC|security council|UN Council)\b")
_HRC = re.compile(
    r"\b(?:Human Rights Council|UNHRC|HRC|[Hh]uman [Rr]ights [Cc]ouncil|[Rr]ights [Cc]ouncil)\b"
)
_COUNCIL = re.compile(r"\b(?:[Tt]he|15-member|47-member|[Tt]his)\s+[Cc]ouncil\b|\b[Cc]ouncil's\b")
_UNGA = re.compile(
    r"\b(?:General Assembly|UNGA|[Tt]he Assembly|Assembly's|general assembly|UN Assembly|"
    r"[Gg]eneral [Aa]ssembly|world body's \d+-member)"
)
_PLURAL_RESOLUTIONS = re.compile(r"\s+(?:resolutions|decisions)\b")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_COMMITTEE = re.compile(
    r"\b(First|Second|Third|Fourth|Fifth|Sixth|first|second|third|fourth|fifth|sixth)\s+"
    r"Committee\b|\b[Dd]isarmament and [Ii]nternational [Ss]ecurity [Cc]ommittee\b"
)

# --- drafters --------------------------------------------------------------------------

_DRAFT_VERB = (
    r"(?:drafted|backed|sponsored|co-sponsored|led|authored|proposed|penned|written|tabled|"
    r"introduced)"
)
_WHO = r"[A-Z][\w.’']*(?:(?:[-/]| (?:and )?)[A-Z][\w.’']*)*"
_DRAFTED_BY_PREFIX = re.compile(rf"\b(?P<who>{_WHO})[-\u2013]{_DRAFT_VERB}\b")
_DRAFTED_BY = re.compile(
    r"\b(?i:drafted|sponsored|co-sponsored|put forward|introduced|proposed|tabled|submitted|"
    r"presented|brought forward|penned|written|authored|drawn up|led)\s+(?:jointly\s+)?by\s+"
    r"(?P<list>[^.;:()]{1,90})"
)
_POSSESSIVE_DRAFT = re.compile(
    rf"\b(?P<who>{_WHO})['’]s\s+(?:own\s+|rival\s+|competing\s+)?"
    r"(?:draft|resolution|text|proposal|motion|amendment)"
)
_NAMED_DRAFT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Rr]ival)\s+(?P<who>{_WHO})\s+"
    r"(?:draft|text|proposal|motion|resolution)\b"
)
# the countries of a compound ("Albania/United States", "US and Japan")
_PARTS = re.compile(r"[-/\u2013]| and ")
# where a list of drafters ends: a clause or a phrase that is not a name
_LIST_END = re.compile(r"\s(?:that|which|who|to|on|in|at|calling|demanding|and\s+[a-z])")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’']*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’']*)*")
_DRAFT_WORDS = (
    "draft",
    "sponsor",
    "backed",
    "-led",
    "authored",
    "proposed",
    "penned",
    "written",
    "tabled",
    "introduced",
    "put forward",
    "submitted",
    "presented",
    "brought forward",
    "drawn up",
    "'s ",
    "’s ",
    " text",
    "proposal",
    "motion",
    "led by",
)

# --- outcome and other cues -------------------------------------------------------------

_FAILED = Folded(
    r"(?i)\b(?:vetoe?[sd]?|vetoing|failed|fails|rejected|rejects|voted down|blocked|defeated|"
    r"did not pass|not adopted|fell short|was not adopted)\b"
)
_ADOPTED = Folded(r"(?i)\b(?:adopted|adopts|passed|passes|approved|approves|endorsed)\b")
_VOTE_WORDS = Folded(
    r"(?i)\b(?:vot(?:e|ed|es|ing)|resolution|draft|motion|adopt(?:ed|s)?|passed|approved|"
    r"vetoe?[sd]?|abstain(?:ed|s)?|rejected|ballot|tally)\b"
)
_AMENDED = Folded(r"(?i)\b(?:amended|revised version|modified resolution|rewritten)\b")
_AMENDED_WORDS = ("amended", "revised", "modified", "rewritten")
_UNAMENDED = Folded(r"(?i)\b(?:unamended|original,? unamended)\b")
_AMENDMENTS = Folded(r"(?i)\bamendments\b")
_THAT_VOTE = Folded(
    r"(?i)\s*(?:in|at|during|after)\s+(?:that|this|the\s+latter)\s+(?:vote|ballot|session)\b"
)
_THAT_VOTE_OPENS = frozenset("iaIAdD")

# Words one of which every cue other than a tally, a date, a year or a symbol contains
# (those hold a digit or a weekday name): a sentence with none says nothing about its vote.
_CUE_WORDS = (
    "council",
    "unsc",
    "hrc",
    "assembly",
    "unga",
    "committee",
    "year",
    "amended",
    "revised",
    "modified",
    "rewritten",
    "day",
    "tonight",
    "week",
    "month",
    "morning",
    "afternoon",
    "evening",
    *_DRAFT_WORDS,
)
# Words of titles and keywords that say nothing of a resolution's subject.
_GENERIC = frozenset(
    """
    united nations resolution resolutions draft general assembly security council human
    rights adopted adopting text vote votes untitled state states with without from that
    this their there which also into over under other session special emergency meeting
    about against between same first second third fourth fifth sixth committee plenary
    report reported including include includes within calls call upon towards toward
    """.split()
)
_WORDS = re.compile(r"[a-z]{4,}")


def _stems(text: str) -> frozenset[str]:
    """The subject words of a text, cut to their first six letters, a plural "s" off."""
    return frozenset(
        (w[:-1] if w.endswith("s") and len(w) > 4 else w)[:6]
        for w in _WORDS.findall(text)
        if w not in _GENERIC
    )


# --- context ---------------------------------------------------------------------------


@dataclass
class ResolutionMention:
    start: int
    end: int
    ref: ResolutionRef
    rule: str


@dataclass
class ResolutionContext:
    """The vote each sentence of a document is about."""

    by_sentence: dict[int, ResolutionRef] = field(default_factory=dict)
    primary: ResolutionRef | None = None
    mentions: list[ResolutionMention] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    strong: dict[int, bool] = field(default_factory=dict)
    tied: dict[int, list[ResolutionRef]] = field(default_factory=dict)
    defaulted: set[int] = field(default_factory=set)
    weights: list[tuple[ResolutionRef, float, int]] = field(default_factory=list)
    amendments: dict[int, ResolutionRef] = field(default_factory=dict)

    def index_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def settle_primary(self, ref: ResolutionRef) -> None:
        """Make ``ref`` the main vote: sentences that only inherited the old one follow."""
        self.primary = ref
        for i in self.defaulted:
            self.by_sentence[i] = ref

    def at(self, offset: int) -> ResolutionRef | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return self.primary
        return self.by_sentence.get(i, self.primary)

    def is_explicit(self, offset: int) -> bool:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.strong.get(i, False)

    def amendment_at(self, offset: int) -> ResolutionRef | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.amendments.get(i)

    def all_refs(self) -> list[ResolutionRef]:
        seen: dict[str, ResolutionRef] = {}
        for ref in [*self.by_sentence.values(), *self.amendments.values()]:
            seen.setdefault(ref.key, ref)
        return list(seen.values())


def ref_of(record: ResolutionRecord) -> ResolutionRef:
    return ResolutionRef(
        key=record.symbol,
        symbol=record.symbol,
        draft_symbol=record.draft_symbol,
        body=record.body,
        date=record.date,
        description=record.title,
        matched=True,
    )


def canonical_symbol(symbol: str) -> str:
    """A symbol in one spelling: single spaces removed, upper case but for "Rev"."""
    s = re.sub(r"\s+", "", symbol).upper().replace("/REV.", "/Rev.")
    m = re.fullmatch(r"(S/RES/\d+)\((\d{4})\)", s)
    return f"{m.group(1)} ({m.group(2)})" if m else s


class ResolutionMatcher:
    def __init__(self, reference: Reference) -> None:
        self.records = list(reference.resolutions)
        self.recorded: dict[tuple[str, str], str] = {
            (v.resolution, v.country): v.option for v in reference.votes
        }
        self._by_symbol: dict[str, ResolutionRecord] = {}
        for r in self.records:
            for s in (r.symbol, r.draft_symbol or ""):
                if s:
                    self._by_symbol.setdefault(resolution_key(canonical_symbol(s)), r)
        self._scored = [_Scored.of(r) for r in self.records]
        self._scored_by_symbol = {s.record.symbol: s for s in self._scored}
        # the records by their official counts, two or three of them (a tally's look-up)
        self.by_counts: dict[Count, list[ResolutionRecord]] = {}
        for r in self.records:
            y, n, a = r.yes, r.no, r.abstain
            for key in ((y, n, a), (y, n, None), (y, None, a), (None, n, a)):
                if sum(v is not None for v in key) >= 2:
                    self.by_counts.setdefault(key, []).append(r)
        self._countries = _country_names(reference)

    # -- symbols --

    def by_symbol(self, symbol: str) -> ResolutionRef:
        """The vote a symbol names: the reference's record, else a vote of its own."""
        symbol = canonical_symbol(symbol)
        record = self._by_symbol.get(resolution_key(symbol))
        if record is not None:
            return ref_of(record)
        adopted = "/RES/" in symbol
        body = (
            "HRC"
            if symbol.startswith("A/HRC/")
            else ("UNSC" if symbol.startswith("S/") else "UNGA")
        )
        return ResolutionRef(
            key=resolution_key(symbol),
            symbol=symbol if adopted else None,
            draft_symbol=None if adopted else symbol,
            body=body,
            matched=False,
        )

    def symbols_in(self, text: str, offset: int) -> list[ResolutionMention]:
        out: list[ResolutionMention] = []
        if "/" not in text and "esolution" not in text and "UNSCR" not in text:
            return out  # every symbol has a slash but "Resolution 2774"
        for m in _SYMBOL.finditer(text):
            if m.group("full"):
                ref = self.by_symbol(m.group("full"))
            elif m.group("es"):
                ref = self.by_symbol("A/RES/" + m.group("es"))
            elif m.group("session"):
                hrc = _HRC_BEFORE.search(text, max(0, m.start() - 30), m.start())
                ref = self.by_symbol(("A/HRC/RES/" if hrc else "A/RES/") + m.group("session"))
            else:
                number = m.group("number")
                year = m.group("year")
                ref = self.by_symbol(f"S/RES/{number}" + (f" ({year})" if year else ""))
            out.append(
                ResolutionMention(offset + m.start(), offset + m.end(), ref, "resolution.symbol")
            )
        return out

    # -- descriptions --

    def describe(self, text: str, doc: Document) -> ResolutionRef | None:
        """The known resolution a short passage describes on its own, if it clearly does."""
        return self._reading(doc, text).ref

    def candidates(self, text: str, doc: Document) -> list[ResolutionRef]:
        """The known resolutions a short passage could describe: one, several tied, or none.
        A passage that only names a body ("we abstained in the Council") could describe
        the known votes of that body the article names."""
        reading = self._reading(doc, text)
        if reading.ref is not None:
            return [reading.ref]
        if reading.tied:
            return reading.tied
        cues = self._cues(doc, text)
        if cues is None or not (cues.body or cues.council):
            return []
        named = _named(doc).values()
        if cues.body:
            return [ref for ref in named if ref.body == cues.body]
        return [ref for ref in named if ref.body in ("UNSC", "HRC")]

    def _reading(self, doc: Document, text: str) -> _Reading:
        cues = self._cues(doc, text)
        if cues is None:
            return _Reading(None, 0.0, [])
        return doc.once(self._match, cues, _article_date(doc))

    def _cues(self, doc: Document, text: str) -> _Cues | None:
        tallies = doc.once(parse_tallies, text)
        if not tallies and text.isascii() and not _may_cue(text):
            return None  # most sentences: no cue of any kind
        published = _article_date(doc)
        inferred = published is not None and published == _vote_date(doc).get("date")
        cues = doc.once(self._read_cues, text, published, tallies, inferred)
        return cues if cues.any() else None

    def _read_cues(
        self,
        text: str,
        article_date: str | None,
        tallies: tuple[TallyMatch, ...],
        inferred: bool = False,
    ) -> _Cues:
        return _Cues.read(text, article_date, tallies, self._countries, inferred)

    def _match(self, cues: _Cues, article_date: str | None) -> _Reading:
        """The known resolution ``cues`` point to, when the evidence is enough; else the
        ones it fits on one kind of evidence only (``weak``: chosen only where the
        article names one of them on its own elsewhere)."""
        scores: list[tuple[float, ResolutionRecord]] = []
        weak: list[tuple[ResolutionRef, frozenset[str], float]] = []
        kinds_of: dict[str, frozenset[str]] = {}
        for scored in self._scored:
            total, kinds = cues.score(scored, article_date)
            if total >= 5 and ("decisive" in kinds or len(kinds) >= 2):
                scores.append((total, scored.record))
                kinds_of[scored.record.symbol] = frozenset(kinds)
            elif total >= 4 and kinds:
                weak.append((ref_of(scored.record), frozenset(kinds), total))
        if not scores:
            return _Reading(None, 0.0, [], weak)
        scores.sort(key=lambda t: -t[0])
        best = scores[0][0]
        tied = [ref_of(r) for sc, r in scores if best - sc <= 1]
        if len(tied) == 1:
            return _Reading(tied[0], best, tied, kinds=kinds_of[tied[0].key])
        return _Reading(None, best, tied, kinds=kinds_of[tied[0].key])

    # -- the whole article --

    def analyse(self, doc: Document) -> ResolutionContext:
        ctx, readings = self._analyse(doc)
        primary = ctx.primary
        if _article_date(doc) is None and primary is not None and primary.matched:
            # An article with no date: the day of the known vote it reports stands in for
            # it ("on Monday" is then that vote's Monday, or the Monday before it), where
            # the article gives that day (votes tied on it share it)
            days = {
                ref.date
                for r in readings
                if r.kinds & _DAY_KINDS
                for ref in ([r.ref] if r.ref is not None else r.tied)
                if ref.date and ref.key == primary.key
            }
            if len(days) == 1:
                _vote_date(doc)["date"] = days.pop()
                ctx, _ = self._analyse(doc)
        named = _named(doc)
        named.clear()
        for ref in ctx.by_sentence.values():
            if ref.matched:
                named.setdefault(ref.key, ref)
        return ctx

    def _analyse(self, doc: Document) -> tuple[ResolutionContext, list[_Reading]]:
        ctx = ResolutionContext(sentence_starts=[s.start for s in doc.sentences])
        article_date = _article_date(doc)
        readings: list[_Reading] = []
        protos: dict[int, _Proto] = {}
        nows: list[int] = []  # sentences that say "today" in an undated article
        for i, sentence in enumerate(doc.sentences):
            text = doc.norm[sentence.start : sentence.end]
            symbols = self.symbols_in(text, sentence.start)
            ctx.mentions.extend(symbols)
            if symbols:
                readings.append(_Reading(symbols[0].ref, 100.0, [symbols[0].ref]))
                continue
            # (a clause about an earlier vote is not read as this sentence's vote)
            cues = self._cues(doc, masked(text))
            reading = _Reading(None, 0.0, [])
            if cues is not None:
                reading = doc.once(self._match, cues, article_date)
                if cues.now and reading.ref is None and not reading.tied:
                    nows.append(i)
                if reading.ref is None and not reading.tied:
                    proto = _Proto.of(cues)
                    if proto is not None:
                        protos[i] = proto
            if (
                reading.ref is None
                and i not in protos
                and readings
                # "in", "at", "during", "after": most sentences open on another letter
                and text.lstrip()[:1] in _THAT_VOTE_OPENS
                and _THAT_VOTE.match(text)
            ):
                # "In that vote, ...": the vote the previous sentence named last
                reading = self._last_named(doc, i - 1) or reading
            readings.append(reading)
        _settle_weak(readings, protos)
        if nows:
            _latest_for_now(readings, nows)
        if protos:
            for i, ref in _cluster(
                doc, protos, readings, article_date, self._scored_by_symbol
            ).items():
                readings[i] = _Reading(ref, 4.0, [ref])
        ctx.weights = _weights(readings)
        ctx.primary = ctx.weights[0][0] if ctx.weights else None
        self._inherit(doc, ctx, readings)
        return ctx, readings

    def _inherit(self, doc: Document, ctx: ResolutionContext, readings: list[_Reading]) -> None:
        section_ref: ResolutionRef | None = None
        paragraph_ref: ResolutionRef | None = None
        current_para = -1
        low = lowered(doc.norm)
        for i, (reading, sentence) in enumerate(zip(readings, doc.sentences, strict=True)):
            para = doc.paragraphs[sentence.paragraph]
            if sentence.paragraph != current_para:
                current_para = sentence.paragraph
                paragraph_ref = None
                if para.heading:
                    section_ref = None
            if reading.ref is not None:
                paragraph_ref = reading.ref
                if para.heading and para.number > 0:  # the title is the lead, not a section
                    section_ref = reading.ref
                ctx.strong[i] = True
            elif len(reading.tied) > 1:
                ctx.tied[i] = reading.tied
            chosen = paragraph_ref or section_ref
            if chosen is None:
                ctx.defaulted.add(i)
                chosen = ctx.primary
            if chosen is not None:
                ctx.by_sentence[i] = chosen
            if (
                i - 1 not in ctx.amendments
                and low.find("amendments", sentence.start, sentence.end) < 0
            ):
                continue  # most sentences neither say "amendments" nor follow one about them
            text = doc.norm[sentence.start : sentence.end]
            if _AMENDMENTS.search(text) or (
                i > 0
                and i - 1 in ctx.amendments
                and re.search(
                    r"(?i)\b(?:them|these|all three|both|the amendments|these efforts)\b", text
                )
            ):
                parent = chosen
                if parent is not None and i - 1 in ctx.amendments and not _AMENDMENTS.search(text):
                    ctx.amendments[i] = ctx.amendments[i - 1]
                elif parent is not None and parent.body == "UNSC":
                    ctx.amendments[i] = _amendments_ref(parent, text)

    def _last_named(self, doc: Document, index: int) -> _Reading | None:
        """The reading of the last known resolution sentence ``index`` describes: from its
        last naming of a body on ("... the push for an alternative resolution through the
        Security Council"). None if that part describes none clearly."""
        sentence = doc.sentences[index]
        text = doc.norm[sentence.start : sentence.end]
        bodies = [*_UNSC.finditer(text), *_UNGA.finditer(text), *_HRC.finditer(text)]
        if not bodies:
            return None
        last = max(bodies, key=lambda m: m.start())
        # the words that describe it: from the clause that leads to the body's name
        clause = max(text.rfind(",", 0, last.start()), text.rfind(" and ", 0, last.start()))
        tail = text[clause + 1 :] if clause >= 0 else text
        cues = self._cues(doc, tail)
        whole = self._cues(doc, text)
        if cues is None:
            return None
        if whole is not None and not (cues.day or cues.year or cues.weekday is not None):
            # the sentence's day is the tail's too ("the vote on Monday and the push for
            # a text in the Council")
            cues = replace(cues, day=whole.day, year=whole.year, weekday=whole.weekday)
        reading = doc.once(self._match, cues, _article_date(doc))
        return reading if reading.ref is not None else None


def _settle_weak(readings: list[_Reading], protos: dict[int, _Proto]) -> None:
    """A sentence that fits some known votes on one kind of evidence only ("a resolution
    condemning the invasion") is about the one of them the article names clearly
    elsewhere, if it names exactly one; else about the one that such sentences fit on two
    kinds of evidence between them ("settlements" in one, "14 votes in favour" in
    another), if exactly one is."""
    named = {r.ref.key: r.ref for r in readings if r.ref is not None and r.ref.matched}
    if not named:
        kinds: dict[str, set[str]] = {}
        totals: dict[str, float] = {}
        refs: dict[str, ResolutionRef] = {}
        for reading in readings:
            for ref, found, total in reading.weak:
                kinds.setdefault(ref.key, set()).update(found)
                totals[ref.key] = totals.get(ref.key, 0.0) + total
                refs[ref.key] = ref
        # two kinds between them; of several such votes, the one with clearly more
        combined = sorted(
            (k for k, found in kinds.items() if len(found) >= 2), key=lambda k: -totals[k]
        )
        if not combined or (len(combined) > 1 and totals[combined[0]] - totals[combined[1]] < 1):
            return
        named = {combined[0]: refs[combined[0]]}
    for i, reading in enumerate(readings):
        if reading.ref is not None or not reading.weak:
            continue
        found_refs = [ref for ref, _, _ in reading.weak if ref.key in named]
        if len(found_refs) == 1:
            readings[i] = _Reading(found_refs[0], 4.0, found_refs)
            protos.pop(i, None)


def _latest_for_now(readings: list[_Reading], nows: list[int]) -> None:
    """ "Today", "this week" in an article with no date: the latest of the known votes
    the article names (it reports the latest; the others are its background)."""
    named = [r.ref for r in readings if r.ref is not None and r.ref.matched and r.ref.date]
    if len(named) < 2:
        return
    latest = max(named, key=lambda ref: ref.date or "")
    for i in nows:
        readings[i] = _Reading(latest, 4.0, [latest])


def _may_cue(text: str) -> bool:
    # substring tests: as one alternation, the words' common first letters make the
    # regex engine try them at most offsets
    low = lowered(text)
    for word in _CUE_WORDS:
        if word in low:
            return True
    return has_digit(text)


class _Scored(NamedTuple):
    """What a record is scored on, read from it once."""

    record: ResolutionRecord
    year: str
    day: str  # "MM-DD"
    amended: bool
    unamended: bool
    stems: frozenset[str]  # the words of its title and keywords
    title_stems: frozenset[str]  # the words of its title
    committee: int | None  # the Main Committee of its draft symbol
    sponsors: frozenset[str]
    weekday: int | None  # the day of the week it was voted on (0 is Monday)

    @classmethod
    def of(cls, r: ResolutionRecord) -> _Scored:
        committee = re.match(r"A/C\.(\d)/", r.draft_symbol or r.symbol)
        return cls(
            r,
            r.date[:4],
            r.date[5:],
            "amended" in r.keywords,
            "unamended" in r.keywords,
            _stems(fold(r.title + " " + " ".join(k for k in r.keywords if "-" not in k))),
            _stems(fold(r.title)),
            int(committee.group(1)) if committee else None,
            frozenset(r.sponsor_countries),
            date.weekday() if (date := _parse_date(r.date)) else None,
        )


@dataclass
class _Reading:
    """What one sentence says about its vote: a clear match, or tied candidates."""

    ref: ResolutionRef | None
    score: float
    tied: list[ResolutionRef]
    # known votes it fits on one kind of evidence only, with that kind
    weak: list[tuple[ResolutionRef, frozenset[str], float]] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()  # the kinds of evidence a known vote was chosen on


def _weights(readings: list[_Reading]) -> list[tuple[ResolutionRef, float, int]]:
    """Evidence for each vote over the article: (ref, weight, first sentence)."""
    totals: dict[str, list] = {}  # type: ignore[type-arg]
    for i, reading in enumerate(readings):
        candidates = reading.tied if reading.ref is None else [reading.ref]
        if not candidates or reading.score < 3:
            continue
        weight = min(reading.score, 12.0) * (3.0 if i < 4 else 1.0) / len(candidates)
        for ref in candidates:
            entry = totals.setdefault(ref.key, [ref, 0.0, i])
            entry[1] += weight
    ranked = sorted(totals.values(), key=lambda e: (-e[1], e[2]))
    return [(e[0], e[1], e[2]) for e in ranked]


Count = tuple[int | None, int | None, int | None]


@dataclass(frozen=True)
class _Cues:
    """What one sentence says of the vote it is about."""

    body: str | None  # UNGA, UNSC or HRC
    committee: int | None
    year: int | None
    day: str | None  # YYYY-MM-DD: a date, or a weekday read against the article's date
    month_day: str | None  # MM-DD of a day named without its year
    window: tuple[str, str] | None  # a span of days ("last week")
    tallies: tuple[Count, ...]
    drafters: frozenset[str]
    outcome: str | None  # adopted | failed
    amended: bool
    unamended: bool
    stems: frozenset[str]
    vote: bool  # the sentence speaks of a vote
    council: bool  # "the council": the Security Council or the Human Rights Council
    weekday: int | None = None  # "on Monday" in an article with no date (0 is Monday)
    soft: bool = False  # the day is "today": it may be the day before
    weekdays: frozenset[int] = frozenset()  # every weekday named
    now: bool = False  # "today", "this week" in an article with no date

    @classmethod
    def read(
        cls,
        text: str,
        article_date: str | None,
        tallies: tuple[TallyMatch, ...],
        countries: dict[str, str],
        inferred: bool = False,
    ) -> _Cues:
        """The cues of ``text``; ``inferred``: ``article_date`` is the day of the vote the
        article reports, not its own (so "today" is not read against it)."""
        low = lowered(text)
        bodies: dict[str, int] = {}  # each body named, at its first naming
        if "ouncil" in text or "UNSC" in text:
            _name_body(bodies, "UNSC", _UNSC, text)
        if "ouncil" in text or "HRC" in text:
            _name_body(bodies, "HRC", _HRC, text)
        committee = None
        if "ommittee" in text:
            cm = _COMMITTEE.search(text)
            if cm:
                word = (cm.group(1) or "first").lower()
                committee = _ORDINALS.index(word) + 1
                bodies["UNGA"] = cm.start()
        if "ssembly" in low or "UNGA" in text:
            _name_body(bodies, "UNGA", _UNGA, text)
        council = not bodies and "ouncil" in text and _COUNCIL.search(text) is not None
        body = next(iter(bodies)) if len(bodies) == 1 else None
        if len(bodies) > 1:
            # "the vote at the General Assembly and the push for a text in the Security
            # Council": the body nearest the first word of voting
            vote = _VOTE_WORDS.search(text)
            anchor = vote.start() if vote else 0
            body = min(bodies, key=lambda b: abs(bodies[b] - anchor))
        years = [
            int(m.group(1))
            for m in _YEAR.finditer(text)
            if not _SINCE.search(text[near_start(text, 0, m.start(), 40) : m.start()])
        ]
        year = years[0] if years else None
        day, month_day, window = _days(text, low, article_date, inferred)
        soft = window is _SOFT
        if soft:
            window = None
        if day is not None:
            year = int(day[:4])
        if year is None and article_date and "year" in low and _LAST_YEAR.search(text):
            year = int(article_date[:4]) - 1
        weekday = None
        now = False
        weekdays: frozenset[int] = frozenset()
        if article_date is None and "day" in low:
            # every weekday the sentence names ("on Tuesday it praised Monday's vote")
            weekdays = frozenset(
                _WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(text)
            )
            weekday = min(weekdays) if weekdays else None
        if (article_date is None or inferred) and weekday is None:
            relative = _RELATIVE.search(text)
            now = bool(relative and (relative.group("today") or relative.group("thisweek")))
        outcome = None
        if _FAILED.search(text):
            outcome = "failed"
        elif _ADOPTED.search(text):
            outcome = "adopted"
        return cls(
            body,
            committee,
            year,
            day,
            month_day,
            window,
            _merged_counts(tallies),
            _drafters(text, low, countries),
            outcome,
            any(w in low for w in _AMENDED_WORDS) and bool(_AMENDED.search(text)),
            "unamended" in low and bool(_UNAMENDED.search(text)),
            _stems(fold(text)),
            bool(_VOTE_WORDS.search(text)),
            council,
            weekday=weekday,
            weekdays=weekdays,
            now=now,
            soft=soft,
        )

    def any(self) -> bool:
        return bool(
            self.body
            or self.council
            or self.year
            or self.day
            or self.month_day
            or self.window
            or self.drafters
            or self.amended
            or self.tallies
            or self.weekday is not None
            or self.now
        )

    def score(self, scored: _Scored, article_date: str | None) -> tuple[float, set[str]]:
        """(total, kinds): how well the cues fit a record, and the kinds of evidence beyond
        the body and the outcome (which many votes share) that agree with it. The day and
        a tally of two counts or more decide alone ("decisive"); other kinds (the year,
        the drafters, two words of its subject, the article's date) in pairs."""
        r = scored.record
        s = 0.0
        kinds: set[str] = set()
        if self.body:
            s += 3 if self.body == r.body else -5
        elif self.council:
            s += 1 if r.body in ("UNSC", "HRC") else -5
        if self.committee is not None and scored.committee != self.committee:
            s -= 4
        if self.day:
            if self.day == r.date:
                s += 5
                kinds.add("decisive")
            elif self.soft and _days_between(r.date, self.day) == 1:
                s += 4
                kinds.add("decisive")
            else:
                s -= 6
        elif self.year:
            if str(self.year) == scored.year:
                s += 3
                kinds.add("year")
            else:
                s -= 6
            if self.month_day:
                s += 3 if scored.day == self.month_day else -4
                if scored.day == self.month_day:
                    kinds.add("decisive")
        elif self.month_day:
            s += 2 if scored.day == self.month_day else -3
            if scored.day == self.month_day:
                kinds.add("decisive")
        elif self.window:
            if self.window[0] <= r.date <= self.window[1]:
                s += 2
                kinds.add("day")
            else:
                s -= 4
        if self.weekday is not None and scored.weekday is not None:
            if scored.weekday in self.weekdays:
                s += 2
                kinds.add("weekday")
            else:
                s -= 1  # the day may be another event's ("on Tuesday, critics assailed")
        if article_date:
            if r.date > article_date:
                s -= 10  # an article does not report a vote held after it was written
            elif not (self.day or self.year or self.window or self.month_day):
                days = _days_between(r.date, article_date)
                if days is not None and days <= 3:
                    s += 2
                    kinds.add("recent")
                elif days is not None and days > 45:
                    s -= 3
        if self.drafters and scored.sponsors:
            if self.drafters <= scored.sponsors:
                s += 3
                kinds.add("drafters")
            elif self.drafters & scored.sponsors:
                s += 1
            else:
                s -= 4
        if self.outcome is not None:
            s += 0.5 if (self.outcome == "adopted") == r.adopted else -5
        if self.amended:
            s += 3 if scored.amended else -1
            if scored.amended:
                kinds.add("amended")
        if self.unamended:
            s += 2 if scored.unamended else -2
        for yes, no, abstain in self.tallies:
            stated = [(yes, r.yes), (no, r.no), (abstain, r.abstain)]
            known = [(a, b) for a, b in stated if a is not None and b is not None]
            agreeing = sum(1 for a, b in known if a == b)
            if known and agreeing == len(known):
                s += 4 + 2 * (len(known) - 1)
                kinds.add("decisive" if len(known) >= 2 else "tally")
            elif len(known) == 3 and agreeing == 2:
                s += 2  # one figure misstated ("93 to 18, with 67 abstentions"): still this vote
                kinds.add("decisive")
            elif known:
                s -= 8
        subject = len(self.stems & scored.stems)
        if subject:
            s += min(subject, 4)
            if subject >= 2:
                kinds.add("subject")
            if len(self.stems & scored.title_stems) >= 4:
                kinds.add("title")  # four words of its very title: a second kind
        return s, kinds


def _merged_counts(tallies: tuple[TallyMatch, ...]) -> tuple[Count, ...]:
    """A sentence's tallies, its partial counts of one vote joined ("secured 93 votes ...
    opposition from only 18 countries")."""
    out: list[Count] = []
    for t in tallies:
        count = (t.yes, t.no, t.abstain)
        if out and _same_count(out[-1], count):
            out[-1] = _joined(out[-1], count)
        else:
            out.append(count)
    return tuple(out)


def _name_body(bodies: dict[str, int], body: str, pattern: re.Pattern[str], text: str) -> None:
    """Note where ``text`` first names the body as the one voting: not in "Security
    Council resolutions" (its past resolutions, in general)."""
    for m in pattern.finditer(text):
        if not _PLURAL_RESOLUTIONS.match(text, m.end()):
            bodies.setdefault(body, m.start())
            return


def _days_between(a: str, b: str) -> int | None:
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return None


def _days(
    text: str, low: str, article_date: str | None, inferred: bool = False
) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(the day, a month and day without year, a window of days) ``text`` dates its vote
    by: of the dates it gives, the one nearest its first word of voting ("voted on
    Thursday to set up an inquiry into protests that began on Sept. 16")."""
    published = _parse_date(article_date) if article_date else None
    # (offset, day, month and day, window)
    found: list[tuple[int, str | None, str | None, tuple[str, str] | None]] = []
    if has_digit(text) and _MONTH_WORD.search(text):
        for m in _DAY.finditer(text):
            name = (m.group("m1") or m.group("m2") or "").lower()
            month = _MONTHS.get(name) or _MONTH_ABBR.get("sep" if name == "sept" else name[:3])
            number = int(m.group("d1") or m.group("d2"))
            if not month or not 1 <= number <= 31 or len(name) < 3:
                continue
            year_text = m.group("year")
            # "on 26 February, two days after the vote": the vote's day is the 24th
            offset = _DAYS_APART.match(text, m.end())
            shift = 0
            if offset:
                shift = _SHIFTS.get(offset.group("n").lower(), 0) or int(
                    offset.group("n") if offset.group("n").isdigit() else 0
                )
                shift = -shift if offset.group("dir").lower() == "after" else shift
            at = offset.end() if offset else m.start()
            if year_text:
                year = int(year_text.strip(", "))
            elif published is not None:
                year = published.year
                if (month, number) > (published.month, published.day) and not inferred:
                    year -= 1  # a day after the article's date is last year's
            else:
                try:  # a year with no 29 February moves no other day
                    shifted = dt.date(2001, month, number) + dt.timedelta(days=shift)
                except ValueError:
                    continue
                found.append((at, None, shifted.strftime("%m-%d"), None))
                continue
            try:
                voted = dt.date(year, month, number) + dt.timedelta(days=shift)
            except ValueError:
                continue
            found.append((at, voted.isoformat(), None, None))
    if published is not None:
        if "day" in low:
            for weekday in _WEEKDAY.finditer(text):
                # the latest such day on or before the article's date
                wanted = _WEEKDAYS.index(weekday.group(1).lower())
                back = (published.weekday() - wanted) % 7
                day = (published - dt.timedelta(days=back)).isoformat()
                found.append((weekday.start(), day, None, None))
        for relative in () if inferred else _RELATIVE.finditer(text):
            if relative.group("today"):
                # "today", "this morning": the article's day, or the day before when the
                # words are a speaker's, quoted the next day
                found.append((relative.start(), published.isoformat(), None, _SOFT))
            elif relative.group("yesterday"):
                day = (published - dt.timedelta(days=1)).isoformat()
                found.append((relative.start(), day, None, None))
            else:
                far, near = (
                    (13, 1)
                    if relative.group("lastweek")
                    else ((6, 0) if relative.group("thisweek") else (62, 1))
                )
                span = (
                    (published - dt.timedelta(days=far)).isoformat(),
                    (published - dt.timedelta(days=near)).isoformat(),
                )
                found.append((relative.start(), None, None, span))
    found = [f for f in found if not _NOT_THE_VOTE.search(text, max(0, f[0] - 24), f[0])]
    if not found:
        return None, None, None
    if len(found) > 1:
        vote = _VOTE_WORDS.search(text)
        anchor = vote.start() if vote else 0
        found.sort(key=lambda f: abs(f[0] - anchor))
    return found[0][1], found[0][2], found[0][3]


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


# --- drafters ----------------------------------------------------------------------------


def _country_names(reference: Reference) -> dict[str, str]:
    """Every name, demonym, code and capital of a country, lowered, to its ISO code; the
    European Union as "EU" (resolution_features.csv names it so among drafters)."""
    names: dict[str, str] = {}
    for c in reference.countries:
        names.setdefault(c.common_name.lower(), c.iso3)
        names.setdefault(c.un_name.lower(), c.iso3)
    for a in reference.aliases:
        names.setdefault(a.alias.lower(), a.iso3)
    for eu in ("eu", "e.u.", "european", "european union", "europe"):
        names[eu] = "EU"
    return names


def _lookup(name: str, countries: dict[str, str]) -> str | None:
    name = name.strip(" .,’'").removeprefix("the ").removeprefix("The ")
    return countries.get(name.lower()) or countries.get(name.lower().rstrip("."))


def _drafters(text: str, low: str, countries: dict[str, str]) -> frozenset[str]:
    """The countries ``text`` says drafted the text it speaks of."""
    if not any(w in low for w in _DRAFT_WORDS) and " resolution" not in low:
        return frozenset()
    found: set[str] = set()
    for m in _DRAFTED_BY_PREFIX.finditer(text):
        for part in _PARTS.split(m.group("who")):
            iso = _lookup(part, countries)
            if iso:
                found.add(iso)
    for m in _POSSESSIVE_DRAFT.finditer(text):
        iso = _lookup(m.group("who"), countries)
        if iso:
            found.add(iso)
    for m in _NAMED_DRAFT.finditer(text):
        for part in _PARTS.split(m.group("who")):
            iso = _lookup(part, countries)
            if iso:
                found.add(iso)
    for m in _DRAFTED_BY.finditer(text):
        listed = _LIST_END.split(m.group("list"))[0]
        for run in _CAPITALISED_RUN.finditer(listed):
            iso = _lookup(run.group(), countries)
            if iso is None:  # "the United States and Albania" read as one run
                for part in re.split(r"\s+and\s+|,\s*", run.group()):
                    iso2 = _lookup(part, countries)
                    if iso2:
                        found.add(iso2)
            else:
                found.add(iso)
    return frozenset(found)


# --- votes the reference does not hold -------------------------------------------------


@dataclass
class _Proto:
    """A vote one sentence describes, not (yet) named."""

    body: str | None
    committee: int | None
    day: str | None
    year: int | None
    tally: Count | None
    drafters: frozenset[str]
    explicit: bool  # body, day or drafters stated: the sentence itself names a vote
    dated: bool = False  # a day or a span of days is stated ("last week")

    @classmethod
    def of(cls, cues: _Cues) -> _Proto | None:
        tally: Count | None = None
        for t in cues.tallies:  # the sentence's partial counts, where they fit together
            if tally is None:
                tally = t
            elif _same_count(tally, t):
                tally = _joined(tally, t)
        named = bool(cues.body or cues.council or cues.drafters)
        if not named and tally is None:
            return None
        if named and not (cues.vote or tally):
            return None
        body = cues.body or ("COUNCIL" if cues.council else None)
        return cls(
            body,
            cues.committee,
            cues.day,
            cues.year,
            tally,
            cues.drafters,
            named or bool(cues.day),
            bool(cues.day or cues.window or cues.month_day),
        )

    def fits(self, other: _Proto) -> bool:
        return (
            _same_body(self.body, other.body)
            and (self.day is None or other.day is None or self.day == other.day)
            and (self.year is None or other.year is None or self.year == other.year)
            and _same_count(self.tally, other.tally)
            and (not self.drafters or not other.drafters or bool(self.drafters & other.drafters))
        )

    def fits_record(self, scored: _Scored) -> bool:
        """Whether nothing of this description contradicts a known vote."""
        r = scored.record
        body = self.body
        return (
            (body is None or body == r.body or (body == "COUNCIL" and r.body != "UNGA"))
            and (self.day is None or self.day == r.date)
            and (self.year is None or str(self.year) == scored.year)
            and _same_count(self.tally, (r.yes, r.no, r.abstain))
            and (not self.drafters or not scored.sponsors or bool(self.drafters & scored.sponsors))
        )

    def absorb(self, other: _Proto) -> None:
        if self.body is None or self.body == "COUNCIL":
            self.body = other.body or self.body
        self.committee = self.committee or other.committee
        self.day = self.day or other.day
        self.year = self.year or other.year
        if self.tally is None or other.tally is None:
            self.tally = self.tally or other.tally
        else:
            self.tally = _joined(self.tally, other.tally)
        self.drafters = self.drafters | other.drafters
        self.dated = self.dated or other.dated


def _same_body(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return "COUNCIL" in (a, b) and "UNGA" not in (a, b)


def _joined(a: Count, b: Count) -> Count:
    return (
        a[0] if a[0] is not None else b[0],
        a[1] if a[1] is not None else b[1],
        a[2] if a[2] is not None else b[2],
    )


def _same_count(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


# Clusters compared with each new description: a bound, so that a text of many different
# descriptions stays linear.
_RECENT_CLUSTERS = 16


def _cluster(
    doc: Document,
    protos: dict[int, _Proto],
    readings: list[_Reading],
    article_date: str | None,
    scored: dict[str, _Scored],
) -> dict[int, ResolutionRef]:
    """The votes the article describes without a known record: the descriptions that fit
    together are one vote. Returns each describing sentence's ref.

    A description that fits a known resolution the article names elsewhere is left to
    inherit it (the sentence says nothing against it); a bare tally joins the vote of the
    sentences before it where it fits."""
    known = {r.ref.key: r.ref for r in readings if r.ref is not None and r.ref.matched}
    records = [scored[k] for k in known if k in scored]
    clusters: list[_Proto] = []
    member: dict[int, int] = {}
    last = -1
    named: dict[int, ResolutionRef] = {}
    for i in sorted(protos):
        proto = protos[i]
        fitting = [r for r in records if proto.fits_record(r)]
        if fitting:
            if proto.body and len(fitting) == 1:
                # "we abstained in the Council": the one known Council vote the article names
                named[i] = ref_of(fitting[0].record)
            continue
        if not proto.explicit and not clusters and (known or not _is_full(proto.tally)):
            continue  # a bare tally with no vote to join: tallies.py settles it
        found = -1
        if not proto.explicit and last >= 0 and clusters[last].fits(proto):
            found = last
        else:
            for n in range(len(clusters) - 1, max(-1, len(clusters) - 1 - _RECENT_CLUSTERS), -1):
                if clusters[n].fits(proto):
                    found = n
                    break
        if found >= 0:
            clusters[found].absorb(proto)
        else:
            found = len(clusters)
            clusters.append(replace(proto))
        member[i] = last = found
    if not clusters:
        return named
    bodies = [c.body for c in clusters if c.body and c.body != "COUNCIL"]
    main_body = max(set(bodies), key=bodies.count) if bodies else None
    council = "HRC" if "HRC" in bodies and "UNSC" not in bodies else "UNSC"
    vote_day = next((c.day for c in clusters if c.day), None) or article_date
    for c in clusters:
        if c.body == "COUNCIL":
            c.body = council
        elif c.body is None:
            c.body = main_body
        if c.day is None and c.dated and article_date and c.year is None:
            c.year = int(article_date[:4])  # "last week": not a day, but this year's vote
        elif c.day is None and vote_day and (c.year is None or str(c.year) == vote_day[:4]):
            c.day = vote_day
    keys = _keys(doc, clusters)
    refs = [
        ResolutionRef(
            key=key,
            body=c.body if c.body in ("UNGA", "UNSC", "HRC") else None,
            date=c.day,
            matched=False,
        )
        for key, c in zip(keys, clusters, strict=True)
    ]
    return {**named, **{i: refs[n] for i, n in member.items()}}


def _is_full(tally: Count | None) -> bool:
    return tally is not None and sum(v is not None for v in tally) >= 2


def _keys(doc: Document, clusters: list[_Proto]) -> list[str]:
    """Each vote's key: body and day, with the tally or the drafters where two votes of
    the article share them; body and tally for a vote with no day; else one of the
    article's own."""
    bases = []
    for c in clusters:
        body = c.body or "UN"
        if c.committee:
            body = f"{body}-C{c.committee}"
        if c.day:
            bases.append(f"{body}-{c.day}")
        elif c.tally is not None and sum(v is not None for v in c.tally) >= 2:
            bases.append(f"{body}-{c.year or 'undated'}-{_tally_tag(c.tally)}")
        else:
            digest = hashlib.sha256(doc.text.encode()).hexdigest()[:8]
            bases.append(f"{body}-{c.year or 'undated'}-{digest}")
    shared = {b for b in bases if bases.count(b) > 1} if len(bases) < 64 else set(bases)
    keys = []
    for base, c in zip(bases, clusters, strict=True):
        key = base
        if base in shared:
            if c.tally is not None:
                key = f"{base}-{_tally_tag(c.tally)}"
            elif c.drafters:
                key = f"{base}-{'-'.join(sorted(c.drafters)).lower()}"
        keys.append(key)
    return keys


def _tally_tag(tally: Count) -> str:
    return "-".join("x" if v is None else str(v) for v in tally)


def _amendments_ref(parent: ResolutionRef, text: str) -> ResolutionRef:
    proposer = re.search(r"(?i)\b(european|western|russian|arab|african|american|chinese)\b", text)
    who = f"{proposer.group(1).lower()}-" if proposer else ""
    date = parent.date or ""
    key = f"{parent.body or 'UN'}-{date}-{who}amendments".replace("--", "-")
    return ResolutionRef(
        key=key,
        body=parent.body,
        date=parent.date,
        description=f"amendments to {parent.symbol or parent.key}",
        matched=False,
    )


# --- the article's date -----------------------------------------------------------------


_VOTE_DATE = "vote date"
# the window of a day read from "today": the day itself, or the one before it
_SOFT: tuple[str, str] = ("", "")
# evidence of its day a known vote must have been chosen on for its date to stand in for
# an undated article's (a tally or the subject alone may name an earlier vote)
_DAY_KINDS = frozenset({"decisive", "weekday", "day"})


def _article_date(doc: Document) -> str | None:
    """The article's date: from its metadata, else from its first lines (a dateline or a
    date line), ISO 8601; else, once known, the day of the known vote it reports."""
    if doc.date:
        return doc.date
    found = doc.memo("article_date", lambda: _find_date(doc))
    return found if found is not None else _vote_date(doc).get("date")


def _named(doc: Document) -> dict[str, ResolutionRef]:
    """The known votes the article names, once it is read."""
    return doc.memo("named votes", dict)


def _vote_date(doc: Document) -> dict[str, str]:
    """Where the day of the known vote an undated article reports is kept, once known."""
    return doc.memo(_VOTE_DATE, dict)


def _find_date(doc: Document) -> str | None:
    """The date of a dateline or a date line among the article's first lines: a date on
    a short line ("By A. Writer | December 21, 2017"), or near the start of a line and
    followed by a dash, a bar or a colon ("UNITED NATIONS, 24 February 2025 - ..."). A
    date in the first sentence of the story ("On 2 March 2022 the Assembly ...") is the
    date of what it tells, not the article's."""
    head = doc.norm[: min(len(doc.norm), 1200)]
    if not _DATE_YEAR.search(head):
        return None
    for match in _DATE.finditer(head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        line_end = head.find("\n", match.end())
        line_end = len(doc.norm) if line_end < 0 else line_end
        paragraph = doc.paragraph_at(match.start())
        short = line_end - line_start <= 100 and paragraph is not None and paragraph.heading
        leading = match.start() - line_start <= 60 and _DATELINE_END.match(head, match.end())
        if not (short or leading):
            continue
        day = match.group("d1") or match.group("d2")
        month_name = (match.group("m1") or match.group("m2") or "").lower()
        year = match.group("y1") or match.group("y2")
        month = _MONTHS.get(month_name) or _MONTH_ABBR.get(month_name[:3])
        if not month:
            continue
        try:
            return dt.date(int(year), month, int(day)).isoformat()
        except ValueError:
            continue
    return None
    day = match.group("d1") or match.group("d2")
    month_name = (match.group("m1") or match.group("m2") or "").lower()
    year = match.group("y1") or match.group("y2")
    month = _MONTHS.get(month_name) or _MONTH_ABBR.get(month_name[:3])
    if not month:
        return None
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
