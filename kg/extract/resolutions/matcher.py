"""Which vote each sentence of an article is about (``ResolutionMatcher.analyse``): a
symbol, else the known vote its evidence points to, else a vote of the article's own;
a sentence with no cue inherits its paragraph's vote, a paragraph its section's (a
live-blog heading), and otherwise the article's main vote."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extract.earlier import earlier_spans, masked
from kg.extract.numbers import parse_tallies
from kg.extract.patterns import Folded, lowered
from kg.extract.resolutions.cues import (
    GENERAL_ASSEMBLY,
    RIGHTS_COUNCIL,
    SECURITY_COUNCIL,
    Count,
    Cues,
    UndatedCues,
    may_cue,
    subject_stems,
)
from kg.extract.resolutions.dates import (
    VOTE_WORDS,
    article_dating,
    date_line,
    date_of_article,
    days_between,
    vote_date_memo,
)
from kg.extract.resolutions.drafters import country_names, names_a_drafted_text, titled_drafters
from kg.extract.resolutions.matching import (
    RECENT_DAYS,
    Reading,
    Scored,
    latest_for_now,
    reads_older,
    score,
    settle_ties,
    settle_weak,
    vote_weights,
)
from kg.extract.resolutions.symbols import ResolutionMention, SymbolIndex
from kg.extract.resolutions.unknown import Proto, amendments_ref, cluster_unknown
from kg.extract.text import Document, Sentence
from kg.model import Reference, ResolutionRecord, ResolutionRef

_AMENDMENTS = Folded(r"(?i)\bamendments\b")
_THAT_VOTE = Folded(
    r"(?i)\s*(?:in|at|during|after)\s+(?:that|this|the\s+latter)\s+(?:vote|ballot|session)\b"
)
_THAT_VOTE_OPENS = frozenset("iaIAdD")
# evidence of its day a known vote must have been chosen on for its date to stand in for
# an undated article's (a tally or the subject alone may name an earlier vote)
_DAY_KINDS = frozenset({"decisive", "weekday", "day"})
_MEMO = "resolution cues"
_CITED_RULE = "resolution.cited"
_UNREAD = object()
# the reading of a sentence with no cue (one for all: readings are never changed in place)
_NO_READING = Reading(None, 0.0, [])


class _Memo:
    """The matcher's memos of one document: the cues of each text by text and date, and
    by text alone; the date its texts are read against (``article_dating``, read again
    once ``analyse`` knows the day of the vote an undated article reports); what each
    sentence gives ``_analyse`` whatever the date (``_Sentence``, for a re-reading)."""

    __slots__ = ("cues", "dating", "floor", "recent", "sentences", "undated")

    def __init__(self) -> None:
        self.cues: dict[tuple[str, str | None, bool], Cues | None] = {}
        self.undated: dict[str, UndatedCues | None] = {}
        self.dating: tuple[str | None, bool] | None = None
        # set where the article names no known vote by body, day or count and one was
        # held in the few days before its own date: then a sentence on a vote that names
        # none of these may still describe it by its subject ("criticised after voting
        # against a resolution condemning the invasion")
        self.recent = False
        self.sentences: list[_Sentence] = []
        # an undated article's: the day of the latest known vote it gives the counts or
        # day of (it was written after that day)
        self.floor: str | None = None


class _Sentence(NamedTuple):
    """What ``_analyse`` reads of a sentence whatever the article's date: its text, the
    symbols it gives (cited ones too), and the text its cues are read from (without its
    clauses about an earlier vote or cited resolutions; None where a symbol names its
    vote)."""

    text: str
    mentioned: list[ResolutionMention]
    read: str | None


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

    def last_named(self, offset: int, refs: list[ResolutionRef]) -> ResolutionRef | None:
        """Of ``refs``, the one a sentence up to ``offset`` named last, if any."""
        keys = {r.key for r in refs}
        for i in range(self.index_of(offset), -1, -1):
            if self.strong.get(i) and (ref := self.by_sentence.get(i)) and ref.key in keys:
                return ref
        return None

    def is_explicit(self, offset: int) -> bool:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.strong.get(i, False)

    def amendment_at(self, offset: int) -> ResolutionRef | None:
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.amendments.get(i)

    def named_refs(self) -> list[ResolutionRef]:
        """Every vote the article names by symbol, then those its sentences are about (a
        short draft symbol, "L.10", is looked up among them)."""
        return [m.ref for m in self.mentions] + self.all_refs()

    def all_refs(self) -> list[ResolutionRef]:
        seen: dict[str, ResolutionRef] = {}
        for ref in [*self.by_sentence.values(), *self.amendments.values()]:
            seen.setdefault(ref.key, ref)
        return list(seen.values())


# A text introduced as not the one described before: "a second draft", "a rival text",
# "another resolution"
_ANOTHER_TEXT = Folded(
    r"(?i)\b(?:a\s+(?:second|rival|competing|separate|further|alternative)|another|the\s+second)"
    r"\s+(?:[\w-]+\s+)?(?:text|draft|resolution|proposal|measure)\b"
)
# the UN named in an article that names none of its bodies
_UNITED_NATIONS = re.compile(r"\bU\.?N\.?(?![\w.])|\b(?i:united\s+nations)\b")
# a veto is cast in the Security Council
_VETOED = Folded(r"(?i)\bveto(?:ed|es)?\b")


class ResolutionMatcher:
    def __init__(self, reference: Reference) -> None:
        self.records = list(reference.resolutions)
        self.recorded: dict[tuple[str, str], str] = {
            (v.resolution, v.country): v.option for v in reference.votes
        }
        self._symbols = SymbolIndex(self.records)
        self._countries = country_names(reference)
        not_subject = subject_stems(" ".join(self._countries))
        self._scored = [
            Scored.of(r, not_subject, titled_drafters(r, self._countries)) for r in self.records
        ]
        self._scored_by_symbol = {s.record.symbol: s for s in self._scored}
        # the records by their official counts, two or three of them (a tally's look-up)
        self.by_counts: dict[Count, list[ResolutionRecord]] = {}
        for r in self.records:
            y, n, a = r.yes, r.no, r.abstain
            for key in ((y, n, a), (y, n, None), (y, None, a), (None, n, a)):
                if sum(v is not None for v in key) >= 2:
                    self.by_counts.setdefault(key, []).append(r)

    # -- symbols --

    def by_symbol(self, symbol: str) -> ResolutionRef:
        """The vote a symbol names: the reference's record, else a vote of its own."""
        return self._symbols.ref(symbol)

    def recurring(self, ref: ResolutionRef, year: str) -> ResolutionRef | None:
        """The one known vote of ``year`` on the yearly text the known vote ``ref`` is one
        of: the same body and Main Committee, two words of its title or more in common."""
        this = self._scored_by_symbol.get(ref.symbol or "")
        if this is None or len(this.title_stems) < 2:
            return None
        found = [
            s.ref
            for s in self._scored
            if s.year == year
            and s.record.body == this.record.body
            and s.committee == this.committee
            and len(s.title_stems & this.title_stems) >= 2
        ]
        return found[0] if len(found) == 1 else None

    def drafted_by(self, doc: Document, iso: str, body: str | None) -> ResolutionRef | None:
        """The one vote of ``body`` the article names on a text ``iso`` drafted ("abstained
        on its own resolution"), if one."""
        named = named_votes(doc)
        found = [
            s.ref
            for s in self._scored
            if iso in s.sponsors and s.ref.key in named and s.record.body == body
        ]
        return found[0] if len(found) == 1 else None

    def symbols_in(self, text: str, offset: int) -> list[ResolutionMention]:
        """The symbols ``text`` gives as a vote's (``offset``: where it starts in the
        document): not those cited as texts in force ("under resolution 377 (V)")."""
        return [m for m in self._symbols.mentions_in(text, offset) if m.rule != _CITED_RULE]

    def all_symbols_in(self, text: str, offset: int) -> list[ResolutionMention]:
        """Every symbol ``text`` gives, cited ones too."""
        return self._symbols.mentions_in(text, offset)

    # -- descriptions --

    def describe(self, text: str, doc: Document) -> ResolutionRef | None:
        """The known resolution a short passage describes on its own, if it clearly does."""
        return self._reading(doc, text).ref

    def describe_or_council(
        self, text: str, doc: Document, refs: Sequence[ResolutionRef]
    ) -> ResolutionRef | None:
        """``describe``, else the one council vote among the article's votes ``refs``
        where the passage names "the council" and no body ("London's abstention in the
        council")."""
        found = self.describe(text, doc)
        if found is None and "ouncil" in text:
            cues = self._cues(doc, text)
            if cues is not None and cues.council and not cues.body:
                council = [ref for ref in refs if ref.body in ("UNSC", "HRC")]
                found = council[0] if len(council) == 1 else None
        return found

    def by_drafter(
        self, text: str, doc: Document, here: ResolutionRef | None
    ) -> ResolutionRef | None:
        """The vote a clause names by its drafter ("abstained on the Ukrainian text and
        voted for the American one"): of the known votes its cues fit, the one of the body
        of ``here`` (the vote the sentence is about), where exactly one is and it is
        another than ``here``."""
        if here is None or not here.matched or not names_a_drafted_text(text):
            return None
        fits = [ref for ref in self.candidates(text, doc) if ref.body == here.body and ref.matched]
        return fits[0] if len(fits) == 1 and fits[0].key != here.key else None

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
        named = named_votes(doc).values()
        if cues.body:
            return [ref for ref in named if ref.body == cues.body]
        return [ref for ref in named if ref.body in ("UNSC", "HRC")]

    def _reading(self, doc: Document, text: str) -> Reading:
        cues = self._cues(doc, text)
        if cues is None:
            return _NO_READING
        return doc.once(self._match, cues, date_of_article(doc))

    def _cues(self, doc: Document, text: str) -> Cues | None:
        """The cues of ``text`` read against the article's date as it stands (None: no
        cue), once per text and date: several rules ask of one passage, and an undated
        article is read again once the day of its vote is known."""
        memo = memo_of(doc)
        if memo.undated.get(text, _UNREAD) is None:
            return None  # no cue whatever the date (most texts, asked again and again)
        if memo.dating is None:
            memo.dating = article_dating(doc)
        published, inferred = memo.dating
        key = (text, published, inferred)
        found = memo.cues.get(key, _UNREAD)
        if found is _UNREAD:
            undated = self._undated(doc, text, memo.undated)
            found = memo.cues[key] = (
                undated.dated_if_any(text, published, inferred, described=memo.recent)
                if undated is not None
                else None
            )
        return found  # type: ignore[return-value]

    def _recent_vote(self, published: str | None, inferred: bool) -> bool:
        """Whether a known vote was held up to ``RECENT_DAYS`` before the article's own
        date (not one inferred from a vote)."""
        if published is None or inferred:
            return False
        for scored in self._scored:
            days = days_between(scored.record.date, published)
            if days is not None and 0 <= days <= RECENT_DAYS:
                return True
        return False

    def _undated(
        self, doc: Document, text: str, memo: dict[str, UndatedCues | None]
    ) -> UndatedCues | None:
        """What ``text`` says of its vote whatever the article's date; None where it can
        say nothing (most sentences: no cue of any kind)."""
        found = memo.get(text, _UNREAD)
        if found is _UNREAD:
            tallies = doc.once(parse_tallies, text)
            if (not tallies and text.isascii() and not may_cue(text)) or date_line(text):
                found = memo[text] = None  # (a date line dates the article, not a vote)
            else:
                found = memo[text] = UndatedCues(text, tallies, self._countries)
        return found  # type: ignore[return-value]

    def _match(self, cues: Cues, article_date: str | None, floor: str | None = None) -> Reading:
        """The known resolution ``cues`` point to, when the evidence is enough; else the
        ones it fits on one kind of evidence only (``weak``: chosen only where the
        article names one of them on its own elsewhere)."""
        scores: list[tuple[float, ResolutionRef]] = []
        weak: list[tuple[ResolutionRef, frozenset[str], float]] = []
        kinds_of: dict[str, frozenset[str]] = {}
        for scored in self._scored:
            total, kinds = score(cues, scored, article_date, floor)
            if total >= 5 and ("decisive" in kinds or len(kinds) >= 2):
                scores.append((total, scored.ref))
                kinds_of[scored.record.symbol] = frozenset(kinds)
            elif total >= 4 and kinds:
                weak.append((scored.ref, frozenset(kinds), total))
        if not scores:
            return Reading(None, 0.0, [], weak)
        scores.sort(key=lambda t: -t[0])
        best = scores[0][0]
        tied = [ref for sc, ref in scores if best - sc <= 1]
        if len(tied) > 1 and [r for r in tied if "title" in kinds_of[r.key]] == tied[:1]:
            tied = tied[:1]  # the best, and the only one its very title's words fit
        if len(tied) == 1:
            return Reading(tied[0], best, tied, kinds=kinds_of[tied[0].key])
        return Reading(None, best, tied, kinds=kinds_of[tied[0].key])

    # -- the whole article --

    def analyse(self, doc: Document) -> ResolutionContext:
        ctx, readings = self._analyse(doc)
        if (ctx.primary is None or not ctx.primary.matched) and self._recent_vote(
            *article_dating(doc)
        ):
            memo = memo_of(doc)
            memo.recent = True
            memo.cues.clear()  # (read again: sentences that cued nothing may now)
            ctx, readings = self._analyse(doc)
        if date_of_article(doc) is None and not memo_of(doc).floor:
            # An undated article: written after the latest known vote it gives the counts
            # or day of; a sentence that names no time of its own and fits a vote held long
            # before that on weaker evidence is not about it (read again)
            floor = max(
                (r.ref.date for r in readings if r.ref and r.ref.date and "decisive" in r.kinds),
                default=None,
            )
            if floor is not None and reads_older(readings, floor):
                memo_of(doc).floor = floor
                ctx, readings = self._analyse(doc)
        primary = ctx.primary
        if date_of_article(doc) is None and primary is not None and primary.matched:
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
                vote_date_memo(doc)["date"] = days.pop()
                memo_of(doc).dating = None  # read again against that day
                ctx, _ = self._analyse(doc)
        named = named_votes(doc)
        named.clear()
        for ref in ctx.by_sentence.values():
            if ref.matched:
                named.setdefault(ref.key, ref)
        return ctx

    def _analyse(self, doc: Document) -> tuple[ResolutionContext, list[Reading]]:
        ctx = ResolutionContext(sentence_starts=[s.start for s in doc.sentences])
        article_date = date_of_article(doc)
        readings: list[Reading] = []
        protos: dict[int, Proto] = {}
        nows: list[int] = []  # sentences that say "today" in an undated article
        unknown_symbols: list[tuple[Proto | None, ResolutionRef]] = []
        memo = memo_of(doc)
        if not memo.sentences:  # (read once: a re-reading uses them again)
            memo.sentences = [self._sentence(doc, s) for s in doc.sentences]
        for i, (text, mentioned, read) in enumerate(memo.sentences):
            ctx.mentions.extend(mentioned)
            if read is None:
                symbol = next(m for m in mentioned if m.rule != _CITED_RULE)
                readings.append(Reading(symbol.ref, 100.0, [symbol.ref]))
                if not symbol.ref.matched:  # a symbol the reference does not hold
                    cues = self._cues(doc, text)
                    unknown_symbols.append((Proto.of(cues) if cues else None, symbol.ref))
                continue
            cues = self._cues(doc, read)
            reading = _NO_READING
            if cues is not None:
                reading = doc.once(self._match, cues, article_date, memo.floor)
                if cues.now and reading.ref is None and not reading.tied:
                    nows.append(i)
                if reading.ref is None and not reading.tied:
                    proto = Proto.of(cues)
                    if proto is not None:
                        protos[i] = proto
                        proto.another = _ANOTHER_TEXT.search(text) is not None
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
        settle_ties(readings, protos)
        settle_weak(readings, protos)
        if nows:
            latest_for_now(readings, nows)
        if not any(p.explicit or p.full for p in protos.values()) and not any(
            r.ref or r.tied for r in readings
        ):
            protos.update(self._lone_vote(doc, article_date))  # no vote named otherwise
        if protos:
            for i, ref in cluster_unknown(
                doc, protos, readings, article_date, self._scored_by_symbol, unknown_symbols
            ).items():
                readings[i] = Reading(ref, 4.0, [ref])
        ctx.weights = vote_weights(readings)
        ctx.primary = ctx.weights[0][0] if ctx.weights else None
        self._inherit(doc, ctx, readings)
        return ctx, readings

    def _sentence(self, doc: Document, sentence: Sentence) -> _Sentence:
        text = doc.norm[sentence.start : sentence.end]
        mentioned = self.all_symbols_in(text, sentence.start)
        symbols = sum(m.rule != _CITED_RULE for m in mentioned)
        if symbols:
            return _Sentence(text, mentioned, None)
        # (a clause about an earlier vote is not read as this sentence's vote, nor a
        # resolution cited as a text in force: "reaffirming resolution 2334 (2016)")
        spans = doc.once(earlier_spans, text)
        if len(mentioned) > symbols:
            spans = _with_cited(spans, mentioned, sentence.start)
        return _Sentence(text, mentioned, masked(text, spans))

    def _lone_vote(self, doc: Document, article_date: str | None) -> dict[int, Proto]:
        """An article on a UN vote that names the vote by no body, day or tally ("The
        resolution was adopted after A and B voted against it"): its first sentence about
        a vote describes its one vote, of the body the article names anywhere (the title
        included), unknown."""
        body: str | None = None
        first: tuple[int, Cues] | None = None
        memo = memo_of(doc).undated
        for i, sentence in enumerate(doc.sentences):
            text = doc.norm[sentence.start : sentence.end]
            undated = self._undated(doc, text, memo)
            if undated is not None:
                body = body or undated.body or ("COUNCIL" if undated.council else None)
            if first is None and VOTE_WORDS.search(text):
                if undated is None:
                    undated = UndatedCues(text, doc.once(parse_tallies, text), self._countries)
                first = (i, undated.dated(text, article_date))
            if first is not None and body is not None:
                break
        if first is not None and body is None:
            sentence = doc.sentences[first[0]]
            if _VETOED.search(doc.norm[sentence.start : sentence.end]):
                body = "UNSC"  # "Russia and China vetoed the draft"
        if first is None or (body is None and not _UNITED_NATIONS.search(doc.norm)):
            return {}  # no vote, or none said to be the UN's
        return {first[0]: Proto.lone(first[1], body)}

    def _inherit(self, doc: Document, ctx: ResolutionContext, readings: list[Reading]) -> None:
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
                    ctx.amendments[i] = amendments_ref(parent, text)

    def _last_named(self, doc: Document, index: int) -> Reading | None:
        """The reading of the last known resolution sentence ``index`` describes: from its
        last naming of a body on ("... the push for an alternative resolution through the
        Security Council"). None if that part describes none clearly."""
        sentence = doc.sentences[index]
        text = doc.norm[sentence.start : sentence.end]
        bodies = [
            *SECURITY_COUNCIL.finditer(text),
            *GENERAL_ASSEMBLY.finditer(text),
            *RIGHTS_COUNCIL.finditer(text),
        ]
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
            cues = cues._replace(day=whole.day, year=whole.year, weekday=whole.weekday)
        reading = doc.once(self._match, cues, date_of_article(doc))
        return reading if reading.ref is not None else None


def _with_cited(
    spans: tuple[tuple[int, int], ...], mentions: list[ResolutionMention], offset: int
) -> tuple[tuple[int, int], ...]:
    """``spans`` (in a sentence starting at ``offset``) and the cited symbols with the
    words citing them, in order and apart."""
    cited = [(m.cited_from - offset, m.end - offset) for m in mentions if m.rule == _CITED_RULE]
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*spans, *cited]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def memo_of(doc: Document) -> _Memo:
    return doc.memo(_MEMO, _Memo)


def named_votes(doc: Document) -> dict[str, ResolutionRef]:
    """The known votes the article names, once it is read."""
    return doc.memo("named votes", dict)
