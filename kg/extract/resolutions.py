"""Which resolution a sentence is about.

A sentence names its resolution by UN symbol ("A/ES-11/L.10", "Resolution 2774",
"ES-11/1"), or describes it: the body ("the Security Council"), the year, who
drafted it ("the US-drafted text", "the Ukrainian-European resolution"), a tally
that matches the record, or words such as "amended". Each description is scored
against the reference resolutions; the best positive match wins. A sentence with
no cue inherits its paragraph's resolution, a paragraph its section's (a live-blog
heading), and otherwise the article's main resolution. A resolution the reference
does not hold gets a slug from its subject and year ("cuba-embargo-2024").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extract.numbers import TallyMatch, has_digit, parse_tallies
from kg.extract.text import Document, Folded, at_word_start, lowered, near_start
from kg.iri import fold, slug
from kg.model import Reference, ResolutionRecord, ResolutionRef

_SYMBOL = re.compile(
    r"\b(?:(?P<full>(?:A/RES/ES-\d+/\d+|A/ES-\d+/L\.\d+|S/RES/\d+(?:\s*\(\d{4}\))?|"
    r"A/RES/\d+/\d+|A/\d+/L\.\d+|S/\d{4}/\d+))"
    r"|(?P<es>\bES-\d+/\d+)"
    r"|[Rr]esolution\s+(?P<number>\d{3,4})(?:\s*\((?P<year>\d{4})\))?)"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)\.?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2}))\b"
)
# Every date holds a year: most article heads hold none, and _DATE, opening on "\b", is
# tried at every offset of the 1,200 characters read.
_DATE_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DAY = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2}))\b"
    r"(?!,?\s+(?:19|20)\d{2})"
)
# "\b1" is "1(?<!\w1)": a pattern that opens on a literal lets re skip ahead to it
_YEAR = re.compile(r"(1(?<!\w1)9[5-9]\d|2(?<!\w2)0[0-4]\d)\b")
# Measures a resolution can be named after when no symbol is known ("cuba-embargo-2024").
_TOPICS = ("embargo", "sanctions", "blockade")

_UNSC = re.compile(r"\b(?:Security Council|UNSC|[Tt]he [Cc]ouncil|[Cc]ouncil's|security council)\b")
_UNGA = re.compile(
    r"\b(?:General Assembly|UNGA|[Tt]he Assembly|Assembly's|general assembly|UN Assembly)\b"
)
# The US phrases in two parts, each cheap to pass over: "us-drafted" and "u.s. text"
# open on a "u", which re skips ahead to (no substring test passes over them: "us" is in
# most sentences); every other phrase holds one of a few words rarer than "text".
_US_SPONSOR_U_PHRASES = (
    r"u(?:\.?s\.?|s)-?(?:drafted|backed|sponsored|authored|led)",
    r"u(?:\.?s\.?|s)\s+(?:text|draft|resolution|version|proposal|alternative)",
)
_US_SPONSOR_NAMED_PHRASES = (
    r"american-?(?:drafted|backed|sponsored|authored|led)",
    r"washington-?(?:drafted|backed|sponsored|authored|led)",
    r"american\s+(?:text|draft|resolution|version|proposal|alternative)",
    r"washington's\s+(?:text|draft|resolution|version|proposal|alternative)",
    r"rival\s+(?:u\.?s\.?\s+|american\s+)?(?:draft|text|resolution)",
    r"alternative\s+(?:american-drafted\s+)?(?:resolution|text|proposal)",
    r"its own (?:resolution|draft|text)",
    r"own (?:rival )?(?:text|draft|resolution)",
    r"drafted by the united states",
)
_US_SPONSOR_NAMED_NEEDS = (
    "american",
    "washington",
    "rival",
    "alternative",
    "own ",
    "drafted by the united states",
)
_UKR_SPONSOR_PHRASES = (
    "ukrainian-european",
    "ukrainian and european",
    r"ukrain(?:ian|e)-(?:drafted|backed|sponsored|authored|led)",
    r"kyiv-(?:drafted|backed|sponsored|authored|led)",
    r"eu(?:ropean)?-(?:drafted|backed|sponsored|authored|led)",
    "drafted by ukraine",
    r"ukraine's (?:resolution|draft|text)",
    "european text",
    "ukrainian text",
    "original resolution",
    "european draft",
    "ukrainian resolution",
    r"kyiv's (?:draft|resolution)",
)
_UKR_SPONSOR_NEEDS = ("ukrain", "european", "eu-", "original", "kyiv")
_US_SPONSOR_U = Folded("(?i)" + at_word_start(*_US_SPONSOR_U_PHRASES))
_US_SPONSOR_NAMED = Folded(
    "(?i)" + at_word_start(*_US_SPONSOR_NAMED_PHRASES), needs=_US_SPONSOR_NAMED_NEEDS
)
_UKR_SPONSOR = Folded("(?i)" + at_word_start(*_UKR_SPONSOR_PHRASES), needs=_UKR_SPONSOR_NEEDS)
_SPONSOR_NEEDS = _US_SPONSOR_NAMED_NEEDS + _UKR_SPONSOR_NEEDS


def _sponsor(text: str) -> str | None:
    """The country whose draft ``text`` names by its sponsor, the United States first."""
    if _US_SPONSOR_U.search(text) or _US_SPONSOR_NAMED.search(text):
        return "USA"
    return "UKR" if _UKR_SPONSOR.search(text) else None


_AMENDED = Folded(
    r"(?i)\b(?:amended|revised version|modified resolution|rewritten)\b",
    needs=("amended", "revised", "modified", "rewritten"),
)
_UNAMENDED = Folded(r"(?i)\b(?:unamended|original,? unamended)\b", needs=("unamended",))
_AMENDMENTS = Folded(r"(?i)\bamendments\b", needs=("amendments",))
_LAST_YEAR = Folded(
    r"(?i)\b(?:last year|a year earlier|the previous year|in the previous year)\b", needs=("year",)
)
# Words one of which every cue of _Cues.read other than a tally, a sponsor, a year or a
# day contains (body, "last year", amendment, topic); a year and a day hold a digit, a
# sponsor opens on a "u" or holds one of its needs. A sentence with none of these says
# nothing about its resolution.
_CUE_WORDS = (
    "council",
    "unsc",
    "assembly",
    "unga",
    "year",
    "amended",
    "revised",
    "modified",
    "rewritten",
    *_TOPICS,
)


def _may_cue(text: str) -> bool:
    # substring tests: as one alternation, the words' common first letters make the
    # regex engine try them at most offsets
    low = lowered(text)
    for word in _CUE_WORDS:
        if word in low:
            return True
    if has_digit(text) or _US_SPONSOR_U.search(text):
        return True
    for word in _SPONSOR_NEEDS:
        if word in low:
            return _sponsor(text) is not None
    return False


_THAT_VOTE = Folded(
    r"(?i)\s*(?:in|at|during|after)\s+(?:that|this|the\s+latter)\s+(?:vote|ballot|session)\b",
    needs=("vote", "ballot", "session"),
)
_THAT_VOTE_OPENS = frozenset("iaIAdD")
_SINCE = Folded(r"(?i)\b(?:since|until|till|before|by|from)\s+$")  # "since 2022" dates no vote


@dataclass
class ResolutionMention:
    start: int
    end: int
    ref: ResolutionRef
    rule: str


@dataclass
class ResolutionContext:
    """The resolution each sentence of a document is about."""

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
        """Make ``ref`` the main resolution: sentences that only inherited the old one follow."""
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
                    self._by_symbol[_norm_symbol(s)] = r
                    self._by_symbol[_norm_symbol(re.sub(r"\s*\(\d{4}\)$", "", s))] = r
        self._by_number: dict[str, ResolutionRecord | None] = {}
        # the year of the latest vote: undated news is most likely about it
        self._latest = max((r.date[:4] for r in self.records), default="")
        self._scored = [_Scored.of(r) for r in self.records]

    def by_symbol(self, symbol: str) -> ResolutionRef:
        record = self._by_symbol.get(_norm_symbol(symbol))
        if record is not None:
            return ref_of(record)
        return ResolutionRef(
            key=symbol,
            symbol=symbol if "/RES/" in symbol else None,
            draft_symbol=None if "/RES/" in symbol else symbol,
            matched=False,
        )

    def symbols_in(self, text: str, offset: int) -> list[ResolutionMention]:
        out: list[ResolutionMention] = []
        if "/" not in text and "esolution" not in text:
            return out  # every symbol has a slash but "Resolution 2774"
        for m in _SYMBOL.finditer(text):
            if m.group("full"):
                ref = self.by_symbol(" ".join(m.group("full").split()))
            elif m.group("es"):
                ref = self.by_symbol("A/RES/" + m.group("es"))
            else:
                number = m.group("number")
                record = self._numbered(number)
                if record is not None:
                    ref = ref_of(record)
                else:
                    year = m.group("year")
                    symbol = f"S/RES/{number}" + (f" ({year})" if year else "")
                    ref = ResolutionRef(key=symbol, symbol=symbol, matched=False)
            out.append(
                ResolutionMention(offset + m.start(), offset + m.end(), ref, "resolution.symbol")
            )
        return out

    def _numbered(self, number: str) -> ResolutionRecord | None:
        """The first record with ``number`` after a slash in its symbol ("Resolution 2774")."""
        if number not in self._by_number:
            ends = re.compile(rf"/{number}\b")
            self._by_number[number] = next((r for r in self.records if ends.search(r.symbol)), None)
        return self._by_number[number]

    def analyse(self, doc: Document) -> ResolutionContext:
        ctx = ResolutionContext(sentence_starts=[s.start for s in doc.sentences])
        article_year = _article_year(doc)
        article_date = _article_date(doc)
        readings: list[_Reading] = []
        for sentence in doc.sentences:
            text = doc.norm[sentence.start : sentence.end]
            symbols = self.symbols_in(text, sentence.start)
            ctx.mentions.extend(symbols)
            if symbols:
                readings.append(_Reading(symbols[0].ref, 100.0, [symbols[0].ref]))
                continue
            reading = self._reading(doc, text, article_year, article_date)
            if (
                reading.ref is None
                and readings
                # "in", "at", "during", "after": most sentences open on another letter
                and text.lstrip()[:1] in _THAT_VOTE_OPENS
                and _THAT_VOTE.match(text)
            ):
                # "In that vote, ...": the vote the previous sentence named last
                reading = (
                    self._last_named(doc, len(readings) - 1, article_year, article_date) or reading
                )
            readings.append(reading)
        ctx.weights = _weights(readings)
        ctx.primary = _primary(ctx.weights)
        if ctx.primary is not None and not ctx.primary.matched:
            readings = [_on_topic(r, ctx.primary) for r in readings]
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
        return ctx

    def _last_named(
        self, doc: Document, index: int, article_year: int | None, article_date: str | None
    ) -> _Reading | None:
        """The reading of the last resolution sentence ``index`` describes: from its last
        naming of a body on ("... the push for an alternative resolution through the
        Security Council"). None if that part describes none clearly."""
        sentence = doc.sentences[index]
        text = doc.norm[sentence.start : sentence.end]
        bodies = list(_UNSC.finditer(text)) + list(_UNGA.finditer(text))
        if not bodies:
            return None
        last = max(bodies, key=lambda m: m.start())
        # the words that describe it: from the clause that leads to the body's name
        clause = max(text.rfind(",", 0, last.start()), text.rfind(" and ", 0, last.start()))
        tail = text[clause + 1 :] if clause >= 0 else text
        reading = self._reading(doc, tail, article_year, article_date)
        return reading if reading.ref is not None else None

    def describe(self, text: str, doc: Document) -> ResolutionRef | None:
        """The resolution a short passage describes on its own, if it clearly does."""
        return self._reading(doc, text, *_dated(doc)).ref

    def candidates(self, text: str, doc: Document) -> list[ResolutionRef]:
        """The resolutions a short passage could describe: one, several tied, or none."""
        reading = self._reading(doc, text, *_dated(doc))
        return [reading.ref] if reading.ref is not None else reading.tied

    def _reading(
        self, doc: Document, text: str, article_year: int | None, article_date: str | None
    ) -> _Reading:
        """What ``text`` says about its resolution, read once per document."""
        tallies = doc.once(parse_tallies, text)
        return doc.once(self._read, text, article_year, article_date, tallies)

    def _read(
        self,
        text: str,
        article_year: int | None,
        article_date: str | None,
        tallies: tuple[TallyMatch, ...],
    ) -> _Reading:
        if not tallies and text.isascii() and not _may_cue(text):
            return _Reading(None, 0.0, [])  # most sentences: no cue of any kind (see _Cues)
        cues = _Cues.read(text, article_year, tallies)
        if not cues.any():
            return _Reading(None, 0.0, [])
        scores: list[tuple[float, ResolutionRecord]] = []
        undated = cues.year is None and article_year is None
        dated = str(article_year) if cues.year is None and article_year is not None else None
        for scored in self._scored:
            score = cues.score(scored)
            if undated and scored.year == self._latest:
                score += 1.0  # undated news is most likely about the latest vote
            elif dated is not None and dated == scored.year:
                score += 1.5
            scores.append((score, scored.record))
        scores.sort(key=lambda t: -t[0])
        best_score = scores[0][0] if scores else 0.0
        if best_score >= 3:
            tied = [ref_of(r) for sc, r in scores if best_score - sc < 1]
            if len(tied) == 1:
                return _Reading(tied[0], best_score, tied)
            return _Reading(None, best_score, tied)
        stated = max((sum(v is not None for v in t) for t in cues.tallies), default=0)
        contradicts_all = stated >= 2 and all(sc < 0 for sc, _ in scores)
        if contradicts_all or (cues.topic and cues.topic_country):
            minted = _mint(cues, text, article_year, article_date)
            if minted is not None:
                return _Reading(minted, 4.0, [minted])
        return _Reading(None, best_score, [])


class _Scored(NamedTuple):
    """What a record is scored on, read from it once."""

    record: ResolutionRecord
    year: str
    day: str
    amended: bool
    unamended: bool
    title: str  # folded
    keywords: tuple[str, ...]  # those a sentence's words can count for

    @classmethod
    def of(cls, r: ResolutionRecord) -> _Scored:
        return cls(
            r,
            r.date[:4],
            r.date[5:],
            "amended" in r.keywords,
            "unamended" in r.keywords,
            fold(r.title),
            tuple(k for k in r.keywords if len(k) > 3),
        )


@dataclass
class _Reading:
    """What one sentence says about its resolution: a clear match, or tied candidates."""

    ref: ResolutionRef | None
    score: float
    tied: list[ResolutionRef]


def _weights(readings: list[_Reading]) -> list[tuple[ResolutionRef, float, int]]:
    """Evidence for each resolution over the article: (ref, weight, first sentence)."""
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


def _primary(weights: list[tuple[ResolutionRef, float, int]]) -> ResolutionRef | None:
    """The article's main resolution: the most strongly and often described, the lead
    counting most."""
    return weights[0][0] if weights else None


@dataclass
class _Cues:
    body: str | None
    year: int | None
    sponsor: str | None
    amended: bool
    unamended: bool
    tallies: list[tuple[int | None, int | None, int | None]]
    keywords: str
    topic: str | None
    topic_country: str | None
    day: str | None = None  # "02-23" from "on Feb. 23" when no year is given

    @classmethod
    def read(cls, text: str, article_year: int | None, tallies: tuple[TallyMatch, ...]) -> _Cues:
        # the names the patterns match all hold one of these
        council = ("ouncil" in text or "UNSC" in text) and _UNSC.search(text) is not None
        assembly = ("ssembly" in text or "UNGA" in text) and _UNGA.search(text) is not None
        body = None if council == assembly else ("UNSC" if council else "UNGA")
        years = [
            int(m.group(1))
            for m in _YEAR.finditer(text)
            if not _SINCE.search(text[near_start(text, 0, m.start(), 40) : m.start()])
        ]
        year = years[0] if years else None
        if year is None and article_year and _LAST_YEAR.search(text):
            year = article_year - 1
        sponsor = _sponsor(text)
        counts = [(t.yes, t.no, t.abstain) for t in tallies]
        lowered = fold(text)
        topic = next((t for t in _TOPICS if t in lowered), None)
        country = None
        if topic:
            match = re.search(
                r"\b(?:against|on|of|with)\s+([A-Z][a-z]+)", text[lowered.find(topic) :]
            )
            country = match.group(1) if match else None
        day = None if years or not has_digit(text) else _month_day(text)
        return cls(
            body,
            year,
            sponsor,
            bool(_AMENDED.search(text)),
            bool(_UNAMENDED.search(text)),
            counts,
            lowered,
            topic,
            country,
            day,
        )

    def any(self) -> bool:
        return bool(
            self.body
            or self.year
            or self.sponsor
            or self.amended
            or self.tallies
            or self.topic
            or self.day
        )

    def score(self, scored: _Scored) -> float:
        r = scored.record
        s = 0.0
        if self.body:
            s += 3 if self.body == r.body else -5
        if self.year:
            s += 3 if str(self.year) == scored.year else -6
        elif self.day:
            s += 2 if scored.day == self.day else -2
        if self.sponsor:
            s += 3 if self.sponsor in r.sponsor_countries else -4
        if self.amended:
            s += 2 if scored.amended else -1
        if self.unamended:
            s += 2 if scored.unamended else -2
        for yes, no, abstain in self.tallies:
            stated = [(yes, r.yes), (no, r.no), (abstain, r.abstain)]
            known = [(a, b) for a, b in stated if a is not None]
            agreeing = sum(1 for a, b in known if a == b)
            if known and agreeing == len(known):
                s += 4 + 2 * (len(known) - 1)
            elif len(known) == 3 and agreeing == 2:
                s += 2  # one figure misstated ("93 to 18, with 67 abstentions"): still this vote
            elif known:
                s -= 8
        if self.topic and self.topic not in scored.title and self.topic not in r.keywords:
            s -= 6  # a text about an embargo is not a resolution about something else
        s += 0.5 * sum(map(self.keywords.__contains__, scored.keywords))
        return s


def _mint(
    cues: _Cues, text: str, article_year: int | None, article_date: str | None
) -> ResolutionRef | None:
    year = cues.year or article_year
    if cues.topic:
        subject = fold(cues.topic_country or "") + "-" if cues.topic_country else ""
        key = f"{subject}{slug(cues.topic)}" + (f"-{year}" if year else "")
    elif cues.tallies:
        key = f"{(cues.body or 'un').lower()}-resolution" + (f"-{year}" if year else "")
    else:
        return None
    return ResolutionRef(
        key=key,
        body=cues.body,
        date=article_date if year == article_year else None,
        description=" ".join(text.split())[:200],
        matched=False,
    )


def _on_topic(reading: _Reading, primary: ResolutionRef) -> _Reading:
    """ "Last year's resolution" in an article about the Cuba embargo is last year's
    Cuba embargo resolution: a slug minted without a subject takes the article's."""
    ref = reading.ref
    match = re.fullmatch(r"(.+)-(\d{4})", primary.key)
    if ref is None or ref.matched or not match or "-resolution" not in ref.key:
        return reading
    year = re.search(r"(\d{4})$", ref.key)
    if not year or year.group(1) == match.group(2):
        return _Reading(primary, reading.score, [primary])
    key = f"{match.group(1)}-{year.group(1)}"
    topical = ResolutionRef(key=key, body=ref.body, description=ref.description, matched=False)
    return _Reading(topical, reading.score, [topical])


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


def _norm_symbol(symbol: str) -> str:
    return re.sub(r"\s+", "", fold(symbol))


def _article_date(doc: Document) -> str | None:
    """The article's date: from its metadata, else from its first lines (a dateline or a
    date line), ISO 8601."""
    if doc.date:
        return doc.date
    return doc.memo("article_date", lambda: _find_date(doc))


def _month_day(text: str) -> str | None:
    """ "MM-DD" of a day named without its year ("on Feb. 23", "23 February")."""
    if not _MONTH_WORD.search(text):
        return None  # _DAY tries every capitalised word; a month must be among them
    for match in _DAY.finditer(text):
        name = (match.group("m1") or match.group("m2") or "").lower()
        month = _MONTHS.get(name) or _MONTH_ABBR.get("sep" if name == "sept" else name)
        day = int(match.group("d1") or match.group("d2"))
        if month and 1 <= day <= 31:
            return f"{month:02d}-{day:02d}"
    return None


def _find_date(doc: Document) -> str | None:
    head = doc.norm[: min(len(doc.norm), 1200)]
    match = _DATE.search(head) if _DATE_YEAR.search(head) else None
    if not match:
        return None
    day = match.group("d1") or match.group("d2")
    month_name = (match.group("m1") or match.group("m2") or "").lower()
    year = match.group("y1") or match.group("y2")
    month = _MONTHS.get(month_name) or _MONTH_ABBR.get(month_name[:3])
    if not month:
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _dated(doc: Document) -> tuple[int | None, str | None]:
    """The article's year and date, looked up once: every passage described asks."""
    return doc.memo("article_dated", lambda: (_article_year(doc), _article_date(doc)))


def _article_year(doc: Document) -> int | None:
    """The year the article is dated, when a date stands in its first lines.

    Years mentioned in passing ("a 2023 report") do not date an article.
    """
    date = _article_date(doc)
    return int(date[:4]) if date else None
