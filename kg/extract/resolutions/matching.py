"""Matching against known votes: how well what a sentence says of its vote (``Cues``)
fits a record of the reference (``score``), and what each sentence's reading adds to the
article's evidence for each vote (``vote_weights``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kg.extract.resolutions.cues import Cues, subject_stems
from kg.extract.resolutions.dates import days_between, parse_date
from kg.extract.resolutions.symbols import ref_of
from kg.model import ResolutionRecord, ResolutionRef
from kg.names import fold

# A vote held this many days or fewer before an article is "recent" evidence for it
RECENT_DAYS = 3
# Votes held this many days apart or fewer are reported together ("last week's veto")
SAME_WEEK = 7
# A vote held longer than this before an article is named by more than weak evidence
HALF_YEAR = 180


class Scored(NamedTuple):
    """What a record is scored on, read from it once."""

    record: ResolutionRecord
    year: str
    day: str  # "MM-DD"
    amended: bool
    unamended: bool
    stems: frozenset[str]  # the words of its title and keywords
    title_stems: frozenset[str]  # the words of its title
    title_own: frozenset[str]  # those of them no other title could hold (no country names)
    committee: int | None  # the Main Committee of its draft symbol
    sponsors: frozenset[str]
    weekday: int | None  # the day of the week it was voted on (0 is Monday)
    ref: ResolutionRef  # the record as an article's reference to it (one, shared: frozen)

    @classmethod
    def of(
        cls,
        r: ResolutionRecord,
        not_subject: frozenset[str] = frozenset(),
        titled_drafters: frozenset[str] = frozenset(),
    ) -> Scored:
        """``r`` read for scoring; ``not_subject``: the stems of its title that are not
        its own (country names: a title may note "vetoed by Russia, China abstained");
        ``titled_drafters``: the drafters its title names ("Algerian draft on ..."), its
        sponsors where the record lists none."""
        committee = re.match(r"A/C\.(\d)/", r.draft_symbol or r.symbol)
        return cls(
            r,
            r.date[:4],
            r.date[5:],
            "amended" in r.keywords,
            "unamended" in r.keywords,
            subject_stems(fold(r.title + " " + " ".join(k for k in r.keywords if "-" not in k))),
            subject_stems(fold(r.title)) - _VOTED_STEMS,
            subject_stems(fold(r.title)) - not_subject - _VOTED_STEMS,
            int(committee.group(1)) if committee else None,
            frozenset(r.sponsor_countries) or titled_drafters,
            date.weekday() if (date := parse_date(r.date)) else None,
            ref_of(r),
        )


# the stems of how a text was voted on, which a title may note: no words of its subject
_VOTED_STEMS = frozenset({"abstai", "vetoed", "veto", "favour", "favor", "agains", "backed"})


@dataclass
class Reading:
    """What one sentence says about its vote: a clear match, or tied candidates."""

    ref: ResolutionRef | None
    score: float
    tied: list[ResolutionRef]
    # known votes it fits on one kind of evidence only, with that kind
    weak: list[tuple[ResolutionRef, frozenset[str], float]] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()  # the kinds of evidence a known vote was chosen on


def vote_weights(readings: list[Reading]) -> list[tuple[ResolutionRef, float, int]]:
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


def score(
    cues: Cues, scored: Scored, article_date: str | None, floor: str | None = None
) -> tuple[float, set[str]]:
    """(total, kinds): how well the cues fit a record, and the kinds of evidence beyond
    the body and the outcome (which many votes share) that agree with it. The day and
    a tally of two counts or more decide alone ("decisive"); other kinds (the year,
    the drafters, two words of its subject, the article's date) in pairs."""
    kinds: set[str] = set()
    # each part's points are whole or half numbers: their sum is exact in any order
    s = _body_points(cues, scored) + _day_points(cues, scored, kinds)
    if article_date:
        s += _recency_points(cues, scored.record, article_date, kinds)
    s += _text_points(cues, scored, kinds)
    if cues.tallies:
        s += _tally_points(cues, scored.record, kinds)
    if floor and "decisive" not in kinds and not (cues.day or cues.year or cues.window):
        # (``floor``: an undated article was written after that day) a vote held half a
        # year before it, in a sentence that gives no time of its own: not on weak evidence
        days = days_between(scored.record.date, floor)
        if days is not None and days > HALF_YEAR:
            s -= 10
    return s, kinds


def _body_points(cues: Cues, scored: Scored) -> float:
    """The body and the Main Committee."""
    s = 0.0
    if cues.body:
        s += 3 if cues.body == scored.record.body else -5
    elif cues.council:
        s += 1 if scored.record.body in ("UNSC", "HRC") else -5
    if cues.committee is not None and scored.committee != cues.committee:
        s -= 4
    return s


def _day_points(cues: Cues, scored: Scored, kinds: set[str]) -> float:
    """The day, the year, a month and day, a span of days, the weekday."""
    date = scored.record.date
    s = 0.0
    if cues.day:
        if cues.day == date:
            s += 5
            kinds.add("decisive")
        elif cues.soft and days_between(date, cues.day) == 1:
            s += 4
            kinds.add("decisive")
        else:
            # a day of the sentence's own, weeks away from the record's: another vote,
            # whatever its counts ("on Tuesday ... 10 to 0" in 2026 is no vote of 2025)
            apart = days_between(date, cues.day)
            s -= 12 if apart is None or abs(apart) > 7 else 6
    elif cues.year:
        if str(cues.year) == scored.year:
            s += 3
            kinds.add("year")
        else:
            s -= 6
        if cues.month_day:
            s += 3 if scored.day == cues.month_day else -4
            if scored.day == cues.month_day:
                kinds.add("decisive")
    elif cues.month_day:
        s += 2 if scored.day == cues.month_day else -3
        if scored.day == cues.month_day:
            kinds.add("decisive")
    elif cues.window:
        if cues.window[0] <= date <= cues.window[1]:
            s += 2
            kinds.add("day")
        else:
            s -= 4
    if cues.weekday is not None and scored.weekday is not None:
        if scored.weekday in cues.weekdays:
            s += 2
            kinds.add("weekday")
        else:
            s -= 1  # the day may be another event's ("on Tuesday, critics assailed")
    return s


def _recency_points(
    cues: Cues, record: ResolutionRecord, article_date: str, kinds: set[str]
) -> float:
    """The article's date, where the sentence gives no day of its own."""
    if record.date > article_date:
        return -10  # an article does not report a vote held after it was written
    if cues.day or cues.year or cues.window or cues.month_day:
        return 0
    days = days_between(record.date, article_date)
    if days is not None and days <= RECENT_DAYS:
        kinds.add("recent")
        if days == 0 and cues.body == record.body:
            kinds.add("day")  # the body's vote of the article's own day (its news)
        return 2
    if days is not None and days > HALF_YEAR:
        # half a year before the article, in a sentence that gives no time of its own:
        # its counts or words alone do not make it the vote ("adopted it 10-0-5" in an
        # article of 2026 is not the Council's 10-0-5 of 2025)
        return -10
    if days is not None and days > 45:
        return -3
    return 0


def _text_points(cues: Cues, scored: Scored, kinds: set[str]) -> float:
    """The drafters, the outcome, an amended text, the subject."""
    s = 0.0
    if cues.drafters and scored.sponsors:
        if cues.drafters <= scored.sponsors:
            s += 3
            kinds.add("drafters")
        elif cues.drafters & scored.sponsors:
            s += 1
        else:
            s -= 4
    if cues.outcome is not None:
        s += 0.5 if (cues.outcome == "adopted") == scored.record.adopted else -5
    if cues.amended:
        s += 3 if scored.amended else -1
        if scored.amended:
            kinds.add("amended")
    if cues.unamended:
        s += 2 if scored.unamended else -2
        if scored.unamended:
            kinds.add("amended")  # ("the unamended wording": as telling as "amended")
    if cues.titled and fold(scored.record.title).rstrip(".") in cues.titled:
        s += 5  # its very title, quoted ('titled "The path to peace"')
        kinds.add("decisive")
    subject = len(cues.stems & scored.stems)
    if subject:
        s += min(subject, 4)
        if subject >= 2:
            kinds.add("subject")
        if len(cues.stems & scored.title_stems) >= 4 and len(cues.stems & scored.title_own) >= 2:
            # four words of its very title, two of them more than country names: a second
            # kind ("China and Russia backed it" is not the title "...; vetoed by Russia,
            # China abstained")
            kinds.add("title")
    return s


def _tally_points(cues: Cues, record: ResolutionRecord, kinds: set[str]) -> float:
    """Each tally the sentence gives, against the record's counts."""
    s = 0.0
    for yes, no, abstain in cues.tallies:
        stated = [(yes, record.yes), (no, record.no), (abstain, record.abstain)]
        known = [(a, b) for a, b in stated if a is not None and b is not None]
        agreeing = sum(1 for a, b in known if a == b)
        if known and agreeing == len(known):
            s += 4 + 2 * (len(known) - 1)
            kinds.add("decisive" if len(known) >= 2 else "tally")
        elif len(known) == 3 and agreeing == 2:
            s += 2  # one figure misstated ("93 to 18, with 67 abstentions"): still this vote
            kinds.add("decisive")
        elif len(known) == 3 and agreeing and sum(abs(a - b) for a, b in known) <= 2:
            s += 2  # an early count a vote or two off ("87-58-32" for 87-57-33)
            kinds.add("tally")
        elif known:
            s -= 8
    return s


def settle_ties(readings: list[Reading], protos: dict[int, Any]) -> None:
    """A sentence that fits several known votes equally well, or some on one kind of
    evidence only, is about the one of them held within ``SAME_WEEK`` days of a vote the
    article identifies by its day or counts, where exactly one is: a report gives the
    votes of one day or week together ("the Council passed it with five abstentions"
    beside the Assembly's 93-18-65 of that day is not a Council vote of another decade)."""
    dated = {
        r.ref.date for r in readings if r.ref is not None and r.ref.date and "decisive" in r.kinds
    }
    if not dated:
        return
    for i, reading in enumerate(readings):
        if reading.ref is not None:
            continue
        candidates = reading.tied or [ref for ref, _, _ in reading.weak]
        near = [ref for ref in candidates if ref.date and _near_any(ref.date, dated)]
        if len(near) == 1:
            readings[i] = Reading(near[0], max(reading.score, 4.0), near, kinds=reading.kinds)
            protos.pop(i, None)


def _near_any(date: str, dates: set[str]) -> bool:
    return any(
        (days := days_between(d, date)) is not None and abs(days) <= SAME_WEEK for d in dates
    )


def latest_for_now(readings: list[Reading], nows: list[int]) -> None:
    """ "Today", "this week" in an article with no date: the latest of the known votes
    the article names (it reports the latest; the others are its background)."""
    named = [r.ref for r in readings if r.ref is not None and r.ref.matched and r.ref.date]
    if len(named) < 2:
        return
    latest = max(named, key=lambda ref: ref.date or "")
    for i in nows:
        readings[i] = Reading(latest, 4.0, [latest])


def settle_weak(readings: list[Reading], protos: dict[int, Any]) -> None:
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
            readings[i] = Reading(found_refs[0], 4.0, found_refs)
            protos.pop(i, None)


def reads_older(readings: list[Reading], floor: str) -> bool:
    """Whether a reading chose or weighed, on less than decisive evidence, a known vote
    held more than half a year before ``floor``: the only readings a floor changes (read
    again only then)."""
    for r in readings:
        if "decisive" in r.kinds:
            continue
        for ref in (r.ref, *r.tied, *(w[0] for w in r.weak)):
            if ref is not None and ref.date and (days_between(ref.date, floor) or 0) > HALF_YEAR:
                return True
    return False
