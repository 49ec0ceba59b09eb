"""The parts of a sentence that are about an earlier vote than the one it reports.

Reporting measures a vote against an earlier one inside a single sentence: "backed by 141
countries, well over the 100 that supported a similar text in 2014", "supported by 141
members - the same number that voted to condemn the invasion a year ago - with 7
against", "Chile, which had voted no in the 2019 vote, abstained". The inserted clause
(between dashes, commas or brackets, or running to the sentence's end) names another time
and is bound to the sentence by a comparison ("well over", "the same number that", "up
from", "than") or a relative pronoun ("which", "that", "who"). Its counts and claims
belong to that earlier vote, and its cues (the year, the body, the count) must not be
read as the reported vote's.

The first count of a trend ("support rose from 104 in 2007 to 130") is such a part too.

A sentence that opens on another time ("Last year, 141 countries backed it") is about an
earlier vote as a whole (``opens_earlier``): where it does not name its own vote, what it
claims is not the reported vote's either.

``earlier_spans`` gives those clauses (offsets in the sentence); ``masked`` blanks them
out, offsets kept, for a reading of the sentence's own vote.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.numbers import trend_origins
from kg.extract.patterns import Folded

# Another time than the vote reported: "in 2014", "in the 2014 vote" (``_PAST_YEAR``); "a
# year ago", "almost two years earlier", "last year", "the previous year", "previously"
# (``_PAST``). Two patterns: the year's opens on a letter, the other's words let most
# sentences pass it by, where as one pattern it is tried at every offset of every sentence.
_PAST_YEAR = Folded(r"(?i)\bin\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b")
_PAST = Folded(
    r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    r"(?:ago|earlier|before)\b|"
    r"\blast\s+(?:year(?:'s)?|time|session)\b|\b(?:the\s+)?(?:previous|prior)\s+(?:year|vote|session|resolution)\b|"
    r"\bthe\s+year\s+before\b|\bpreviously\b|"
    # "in March" with no day: a month named as a time of its own, not the vote's day
    r"\bin\s+(?:january|february|march|april|june|july|august|september|october|november|"
    r"december)\b(?!\s+\d)"
)
# What binds the clause to the sentence as a measure or a description of another vote.
_BOUND = Folded(
    r"(?i)^\W*(?:(?:well|far|just|slightly|exactly|almost|nearly|roughly|about|only)\s+)?"
    r"(?:(?:more|fewer|less)\s+than|over|above|below|under|up\s+from|down\s+from|"
    r"compared\s+(?:with|to)|against|the\s+(?:exact\s+)?same\s+(?:number|\w+)|"
    r"similar\s+to|as\s+in|like|unlike|than|from|matching|equal(?:ling|ing)?|"
    r"(?:just\s+)?as\s+(?:it|they|we|he|she)\s+(?:had\s+)?(?:did|done|abstained|voted))\b|"
    r"^\W*(?:[\w'’.-]+\s+){0,6}?(?:that|which|who)\b"
)
# A clause that goes on describing the earlier vote: "..., when Mali abstained".
_GOES_ON = Folded(r"(?i)^\W*(?:when|where|in\s+which|at\s+which|on\s+which)\b")
# Where a clause ends: a dash between spaces, a bracket, a comma, a semicolon.
_BOUNDARY = re.compile(r"\s[-–—]\s|[–—()]|,\s|;\s")


def earlier_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The clauses of ``text`` (a sentence) about an earlier vote, as (start, end)."""
    if not _PAST_YEAR.search(text) and not _PAST.search(text):
        return ()  # most sentences name no other time
    origins = trend_origins(text)  # "rose from 104 in 2007 to 130"
    cuts = [0, *(m.start() for m in _BOUNDARY.finditer(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for start, end in pairwise(cuts):
        if start == 0:
            continue  # the sentence's own subject opens it
        clause = text[start:end]
        if spans and spans[-1][1] == start and _GOES_ON.match(clause):
            spans[-1] = (spans[-1][0], end)  # "..., in 2022, when Mali abstained"
            continue
        if _GOES_ON.match(clause) and _ends_on_past(text, start):
            # "narrower than a year earlier, when a similar text passed 27-9-11"
            spans.append((start, end))
            continue
        year = _past_year(clause)
        if year is None or not _BOUND.search(clause):
            continue
        if year and re.search(rf"\b{year}\b", text[:start] + text[end:]):
            continue  # the sentence's own vote is of that year too
        after = AFTER_GERUND.search(clause)
        # "which abstained after backing last year's text": the gerund's part only
        gerund = after is not None and _past_year(clause, after.end()) is not None
        spans.append((start + after.start() if after and gerund else start, end))
    if origins:
        spans = sorted([*spans, *(o for o in origins if not any(a <= o[0] < b for a, b in spans))])
    return tuple(spans)


def _ends_on_past(text: str, at: int) -> bool:
    """Whether the words just before ``at`` end on another time ("last year", "in 2019",
    "a year earlier"), other than a year the rest of ``text`` names too."""
    floor = max(0, at - 40)
    for pattern in (_PAST_YEAR, _PAST):
        for m in pattern.finditer(text, floor, at):
            if m.end() == at or not text[m.end() : at].strip(" ,"):
                year = m.groupdict().get("year")
                return not year or not re.search(rf"\b{year}\b", text[: m.start()] + text[at:])
    return False


# A year that dates the event a vote is about, not a vote: "condemned Russia for the
# invasion of Ukraine in 2022", "the 2014 annexation of Crimea", "the war that began in
# 2022" (no word of voting between the event and the year)
_EVENT = (
    r"invasion|invaded|invading|war|annexation|annexed|attacks?|coup|elections?|"
    r"occupation|occupied|offensive|conflict|genocide|massacre|referend(?:um|a)|"
    r"uprising|protests|seized|began|begun|started|launched|erupted"
)
_EVENT_IN = Folded(
    rf"(?i)\b(?:{_EVENT})\b(?:(?!\bvot|\badopt|\bresolution)[^.;])*?\bin\s+(?:the\s+)?$"
)
_EVENT_AFTER = re.compile(rf"(?i)\s+(?:full-scale\s+)?(?:{_EVENT})\b")


def dates_an_event(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` dates the event a vote is about."""
    # (80 characters: the years of a list dated one by one, "annexed by Russia, Crimea
    # in 2014 and the Donetsk region in 2022")
    return _EVENT_IN.search(text[max(0, start - 80) : start]) is not None or (
        _EVENT_AFTER.match(text, end, end + 30) is not None
    )


def _past_year(text: str, pos: int = 0, endpos: int = 2**62) -> str | None:
    """Where ``text`` (between ``pos`` and ``endpos``) first names another time: the year
    it names there, else ""; None if it names none. A year that dates the event the vote
    is about ("the invasion of Ukraine in 2022") is no other time of a vote."""
    in_year = _PAST_YEAR.search(text, pos, endpos)
    while in_year is not None and dates_an_event(text, in_year.start("year"), in_year.end()):
        in_year = _PAST_YEAR.search(text, in_year.end(), endpos)
    other = _PAST.search(text, pos, endpos)
    if in_year is not None and (other is None or in_year.start() < other.start()):
        return in_year.group("year")
    return None if other is None else ""


def names_other_time(text: str, pos: int = 0, endpos: int = 2**62) -> bool:
    """Whether ``text`` between ``pos`` and ``endpos`` names another time than the vote
    reported ("last year", "in 2023", "previously")."""
    return _past_year(text, pos, endpos) is not None


# The year a passage about another vote names: "in 2024", "the 2023 vote", "last year",
# "two years ago"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARS_AGO = Folded(
    r"(?i)\b(?P<n>a|one|two|three|\d)\s+years?\s+(?:ago|earlier|before)\b|"
    r"\b(?P<last>last\s+(?:year|time|session)|(?:the\s+)?(?:previous|prior)\s+year|the\s+year\s+before)\b"
)
_AGO_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3}


def year_named(text: str, current_year: str) -> str | None:
    """The one year other than ``current_year`` that ``text`` names, by its number or as
    "last year", "two years ago" (counted back from ``current_year``); None if it names
    none, or several."""
    years = {y for y in _YEAR.findall(text) if y != current_year}
    for m in _YEARS_AGO.finditer(text):
        if current_year.isdigit():
            n = m.group("n")
            back = 1 if m.group("last") else _AGO_WORDS.get(n.lower(), 0) or int(n)
            years.add(str(int(current_year) - back))
    return years.pop() if len(years) == 1 else None


def masked(text: str, spans: tuple[tuple[int, int], ...] | None = None) -> str:
    """``text`` with its clauses about an earlier vote blanked out (offsets kept);
    ``spans``: those clauses where the caller has them (``earlier_spans(text)``)."""
    if spans is None:
        spans = earlier_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


# A sentence that opens on another time: "Last year, ...", "In 2019, ...", "Two years ago, ..."
_OPENS_EARLIER = Folded(
    r"(?i)^\W*(?:back\s+)?(?:in\s+(?:(?:late|early|mid-?)\s*)?(?:\w+\s+)?(?P<year>(?:19|20)\d\d)|"
    r"last\s+year|(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+(?:ago|earlier|before)|"
    r"the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b[^,.;]{0,40},|"
    # (without the comma before the sentence's subject: "In 2022 a similar vote failed")
    r"^\W*in\s+(?P<bare>(?:19|20)\d\d)\s+(?=(?:a|an|the)\s)"
)


# A sentence whose subject is another vote: "A similar text in 2012 had passed 138-9",
# "The 2019 resolution was opposed by ...", "Last year's text passed 140-5", "The previous
# resolution drew 12 no votes"
# (what is voted on: "last year's renewal", "the 2023 version")
_VOTED_ON = r"(?:resolution|text|vote|draft|measure|motion|renewal|extension|version)"
_SUBJECT_EARLIER = Folded(
    r"(?i)^\W*(?:(?:a|an|the)\s+(?:similar|comparable|previous|earlier|prior|identical)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|of|from)\s+(?P<year>(?:19|20)\d\d)\b|"
    rf"(?:the|a)\s+(?P<year2>(?:19|20)\d\d)\s+{_VOTED_ON}\b|"
    rf"last\s+year's\s+(?:[\w-]+\s+){{0,2}}?{_VOTED_ON}\b|"
    rf"(?:the|a)\s+(?:previous|prior|earlier)\s+(?:year's\s+)?{_VOTED_ON}\b)"
)
# A sentence on when a body last voted: "The Council last voted on the crisis in November,
# when ...", "It last took up the question in 2023"
_LAST_VOTED = Folded(
    r"(?i)^\W*(?:[\w.'’-]+\s+){1,3}?last\s+(?:voted|vetoed|acted|took\s+up)\b",
    needs=("last",),
)


def last_voted(text: str) -> bool:
    """Whether the sentence ``text`` tells when its subject last voted, or how it voted on
    a run of earlier texts ("abstained on all of those resolutions"): another vote than
    the one reported, whatever else the sentence names."""
    return _LAST_VOTED.search(text) is not None or _EARLIER_RUN.search(text) is not None


# A run of earlier texts, the object of a vote: "all of those resolutions", "each of the
# previous votes", "those earlier drafts" (not "both": the two votes of the day)
_EARLIER_RUN = Folded(
    r"(?i)\b(?:(?:all|each|every\s+one|any|none|most)\s+of\s+(?:those|these|the\s+"
    r"(?:previous|earlier|past|prior))|those\s+(?:previous|earlier|past|prior))\s+"
    r"(?:[\w-]+\s+)?(?:resolutions|votes|texts|drafts)\b",
    needs=("those", "these", "previous", "earlier", "past", "prior"),
)


# A sentence that opens on a month alone: "In December, ...", "Last September, ..."
_OPENS_MONTH = Folded(
    r"(?i)^\W*(?P<opener>in|last|this\s+past|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?!\.?\s*\d)(?:[^,.;]{0,40},|\s+(?=(?:a|an|the)\s))"
)
_MONTH_NUMBERS = {
    m: f"{i:02d}"
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
}


def opens_earlier(text: str, current: str | None) -> bool:
    """Whether a sentence opens on another time than the vote reported ("Last year, ...",
    "In 2019, ...", "In December, ..."), or its subject is another vote ("A similar text
    in 2012 passed ..."). ``current``: the day of the vote reported (YYYY-MM-DD), or its
    year; that time aside."""
    current_year = (current or "")[:4] or None
    m = _OPENS_EARLIER.search(text)
    if m is not None:
        year = m.group("year") or m.group("bare")
        if year is None or year != current_year:
            return True
    if current is not None and len(current) >= 7:
        month = _OPENS_MONTH.search(text)
        if month is not None and (
            _MONTH_NUMBERS[month.group("month").lower()] != current[5:7]
            or month.group("opener").lower() == "last"  # "Last March" in March: a year ago
        ):
            return True
    m = _SUBJECT_EARLIER.search(text)
    if m is None:
        return False
    year = m.group("year") or m.group("year2")
    return year is None or year != current_year


# Where a predicate's own words end: "abstained last year | but voted no this time".
# ("as it did last year", "unlike in 2019": a comparison is no longer the predicate's time)
_CLAUSE_END = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:but|and|while|whereas|before|after|then|as|like|unlike|than|"
    r"compared|just)\b"
)


# The committee stage of a General Assembly text: "voted against it in the Third
# Committee", "had opposed the draft in committee"
_IN_COMMITTEE = Folded(
    r"(?i)\b(?:in|at)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|main)\s+)?"
    r"committee(?:\s+stage)?\b"
)


# A vote's time, then another vote before it: "abstained after backing last year's text",
# "voted no after abstaining in 2024" (the gerund's option is ``option``)
AFTER_GERUND = Folded(
    r"(?i)\s*,?\s+(?:after|having)\s+(?:(?P<yes>backing|supporting|voting\s+(?:for|yes|in\s+"
    r"favou?r))|(?P<no>opposing|rejecting|voting\s+(?:against|no))|(?P<abstain>abstaining))\b"
)


def predicate_time(
    text: str, end: int, current_year: str | None, committee_other: bool = False
) -> tuple[int, int] | None:
    """The words after a vote predicate ending at ``end`` up to its clause's end, where they
    name another time than the reported vote's ("abstained last year but ...", "voting in
    favour in 2023"), or, with ``committee_other`` (the reported vote is not a committee's),
    the committee stage ("voted no in committee but abstained in the plenary"): (start,
    end) in ``text``; else None."""
    if AFTER_GERUND.match(text, end):
        return None  # "abstained after backing last year's text": the time is the gerund's
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 60))
    until = stop.start() if stop else min(len(text), end + 60)
    if committee_other and _IN_COMMITTEE.search(text, end, until):
        return end, until
    year = _past_year(text, end, until)
    if year is None or (year and year == current_year):
        return None
    return end, until
