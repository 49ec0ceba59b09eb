"""Pass 6b: vote tallies the article states.

Each tally found by ``numbers.parse_tallies`` is attached to the vote its sentence is
about. A tally that matches one reference resolution's official counts on every
stated number (two at least) belongs to that resolution even when the context names
another known one (the record settles "93-8-73" versus "93-18-65"), but not when the
sentence is about a vote the reference does not hold whose body or day differs from the
record's. A wrong count is kept as the article states it. Partial statements about one
vote in one paragraph ("passed with the same 141 votes. Seven states voted no ... and
thirty-two abstained") are merged when they do not clash. A count in a clause about an
earlier vote ("backed by 141, well over the 100 that backed a similar text in 2014") is
that vote's, where the clause says which; else it is left out. So is the first count of a
trend ("support rose from 104 in 2007 to 130"), unless the record holds one vote of that
year with that count.
"""

from __future__ import annotations

from kg.extract.earlier import earlier_spans, opens_earlier, year_named
from kg.extract.numbers import TallyMatch, parse_tallies
from kg.extract.patterns import Folded
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher, ref_of
from kg.extract.text import Document, Sentence
from kg.model import Evidence, ResolutionRef, Tally

_COUNTS = ("yes", "no", "abstain")
# A count over several votes: "voted against both texts", "abstained on all three drafts"
_ACROSS_VOTES = Folded(
    r"[^.;]*?\b(?:both|all\s+(?:two|three|four|five|\d)|each\s+of\s+the)\s+"
    r"(?:(?:\w+\s+)?(?:texts|resolutions|drafts|votes|measures|motions))\b"
)
# A vote on a paragraph of a text, not on the text: "operative paragraph 4 was retained by
# 104 votes to 40", "a separate vote on its fifth preambular paragraph"
_PARAGRAPH_VOTE = Folded(
    r"(?i)\bparagraphs?\b[^.;]{0,80}?\b(?:retained|deleted|kept|removed|struck\s+out)\b|"
    r"\bseparate\s+(?:recorded\s+)?votes?\s+on\b[^.;]{0,60}?\bparagraphs?\b"
)
# The partial tallies of one vote in one paragraph a new one is compared with: the
# latest few. A text of many clashing tallies then stays linear.
_RECENT = 4


class _Merged:
    __slots__ = ("counts", "end", "ref", "start")

    def __init__(self, ref: ResolutionRef, counts: dict[str, int | None], start: int, end: int):
        self.ref = ref
        self.counts = counts
        self.start = start
        self.end = end

    def fits(self, counts: dict[str, int | None]) -> bool:
        mine = self.counts
        for k in _COUNTS:
            a, b = mine[k], counts[k]
            if a is not None and b is not None and a != b:
                return False
        return True

    def restates(self, counts: dict[str, int | None]) -> bool:
        """Whether every count stated in ``counts`` is one of these."""
        return all(counts[k] is None or counts[k] == self.counts[k] for k in _COUNTS)

    def absorb(self, counts: dict[str, int | None], end: int) -> None:
        for k in _COUNTS:
            if self.counts[k] is None:
                self.counts[k] = counts[k]
        self.end = max(self.end, end)


def read_tallies(doc: Document, ctx: ResolutionContext, matcher: ResolutionMatcher) -> list[Tally]:
    merged: list[_Merged] = []
    open_: dict[tuple[int, str], list[_Merged]] = {}  # per paragraph and vote: the latest
    # the reported vote's day (else the article's): a sentence opening on it is about it
    day = (ctx.primary.date if ctx.primary else None) or doc.date or ""
    for sentence in doc.sentences:
        text = doc.norm[sentence.start : sentence.end]
        for t in doc.once(parse_tallies, text):
            if _ACROSS_VOTES.match(text, t.start, min(len(text), t.end + 60)):
                continue  # "Twelve countries voted against both texts": no one vote's count
            ref = _counted_vote(doc, ctx, matcher, sentence, t, day)
            if ref is None:
                continue
            counts = {"yes": t.yes, "no": t.no, "abstain": t.abstain}
            start, end = sentence.start + t.start, sentence.start + t.end
            recent = open_.setdefault((sentence.paragraph, ref.key), [])
            for entry in recent:
                if entry.fits(counts):
                    entry.absorb(counts, end)
                    break
            else:
                entry = _Merged(ref, counts, start, end)
                merged.append(entry)
                recent.append(entry)
                if len(recent) > _RECENT:
                    del recent[0]
    seen: set[tuple[str, int | None, int | None, int | None]] = set()
    # per vote, the tallies kept: a later one that only restates some of their counts
    # ("the 93 countries that supported it") adds nothing, and a fuller one after a
    # partial one ("93 to 18" ... "93 to 18, with 65 abstentions") replaces it
    kept: dict[str, list[_Merged]] = {}
    chosen: list[_Merged] = []
    dropped: set[int] = set()
    for m in merged:
        key = (m.ref.key, m.counts["yes"], m.counts["no"], m.counts["abstain"])
        if key in seen:
            continue
        seen.add(key)
        earlier = kept.setdefault(m.ref.key, [])
        if any(e.restates(m.counts) for e in earlier):
            continue
        for e in [e for e in earlier if m.restates(e.counts)]:
            earlier.remove(e)
            dropped.add(id(e))
        if len(earlier) < _RECENT:
            earlier.append(m)
        chosen.append(m)
    return [
        Tally(
            resolution=m.ref,
            yes=m.counts["yes"],
            no=m.counts["no"],
            abstain=m.counts["abstain"],
            evidence=Evidence.at(m.start, m.end, "tally"),
        )
        for m in chosen
        if id(m) not in dropped
    ]


def _counted_vote(
    doc: Document,
    ctx: ResolutionContext,
    matcher: ResolutionMatcher,
    sentence: Sentence,
    t: TallyMatch,
    day: str | None,
) -> ResolutionRef | None:
    """The vote tally ``t`` counts: its sentence's, or the earlier one a clause or a whole
    sentence about another time describes (none, if it describes none clearly)."""
    text = doc.norm[sentence.start : sentence.end]
    if t.rule == "tally.trend-from":
        # "rose from 104 in 2007 to 130": the vote of that year with that count
        return _of_year(matcher, t, text[t.end - 4 : t.end])
    context = ctx.at(sentence.start + t.start)
    within = next(((a, b) for a, b in doc.once(earlier_spans, text) if a <= t.start < b), None)
    if (
        within is None
        and not ctx.is_explicit(sentence.start + t.start)
        and doc.once(opens_earlier, text, day)
    ):
        within = (0, len(text))  # "Last year, 141 countries backed it"
    if within is not None:
        # a count of an earlier vote ("well over the 100 that backed it in 2014")
        context = _earlier_vote(doc, matcher, ctx, text[within[0] : within[1]], sentence.start)
    exact = _exact(matcher, t, context)
    if exact is None and "paragraph" in text and _PARAGRAPH_VOTE.search(text):
        return None  # the count of a paragraph's vote, not the text's (none the record holds)
    return exact or context


def _exact(
    matcher: ResolutionMatcher, t: TallyMatch, context: ResolutionRef | None
) -> ResolutionRef | None:
    """The one resolution whose official counts are every count ``t`` states, unless the
    sentence is about an unknown vote the record cannot be."""
    stated = (t.yes, t.no, t.abstain)
    if sum(v is not None for v in stated) < 2:
        return None
    hits = matcher.by_counts.get(stated, ())
    if len(hits) != 1:
        return None
    record = hits[0]
    if context is not None and not context.matched:
        if context.symbol or context.draft_symbol:
            return None  # the article names the vote by a symbol the record lacks
        if context.body is not None and context.body != record.body:
            return None
        if context.date is not None and context.date != record.date:
            return None
    return ref_of(record)


def _earlier_vote(
    doc: Document, matcher: ResolutionMatcher, ctx: ResolutionContext, clause: str, offset: int
) -> ResolutionRef | None:
    """The vote a clause about an earlier one describes, if it describes one clearly: by
    its symbol, by what it says of it, or as the known vote of the year it names on the
    yearly text reported."""
    symbols = matcher.symbols_in(clause, offset)
    if symbols:
        return symbols[0].ref
    described = matcher.describe(clause, doc)
    primary = ctx.primary
    if described is None and primary is not None and primary.matched:
        year = year_named(clause, (primary.date or doc.date or "")[:4])
        if year is not None:
            return matcher.recurring(primary, year)
    return described


def _of_year(matcher: ResolutionMatcher, t: TallyMatch, year: str) -> ResolutionRef | None:
    """The one known vote of ``year`` whose official count is the one ``t`` states."""
    found = [
        r
        for r in matcher.records
        if (r.date or "").startswith(year)
        and any(
            stated is not None and stated == official
            for stated, official in ((t.yes, r.yes), (t.no, r.no), (t.abstain, r.abstain))
        )
    ]
    return ref_of(found[0]) if len(found) == 1 else None
