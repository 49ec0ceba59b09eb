"""Day evidence: the day a sentence dates its vote by (a date, "on Monday" or "last
week" read against the article's date, "two days after"), and the article's own date
(from its metadata, a dateline, or the day of the known vote it reports)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from kg.extract.earlier import dates_an_event
from kg.extract.numbers import has_digit
from kg.extract.patterns import Folded, Prefilter, compile_rule
from kg.extract.spans import near_start
from kg.extract.text import Document

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
# (a heading in capitals writes its month so: "PRESS BRIEFING - MARCH 4, 2025")
_DATE_MONTH = f"(?:{_MONTH_NAME}|{_MONTH_NAME.upper()})"
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_DATE_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{_DATE_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}}))\b"
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
_YEAR = compile_rule(r"\b(19[5-9]\d|20[0-4]\d)\b")
_SINCE = Folded(r"(?i)\b(?:since|until|till|before|by|from)\s+$")  # "since 2022" dates no vote
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = Folded(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
RELATIVE = Folded(
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
    r"before|died|killed|announced|"
    # the day of a statement about the vote: "the ministry said on Saturday", "told
    # reporters on Friday", "said in a statement on Monday"
    r"said|says|stated|added|wrote|posted|tweeted|noted|declared|insisted|argued|warned|"
    r"published|told\s+(?:[\w-]+\s+){1,2}?)\s+(?:in\s+a\s+(?:statement|post|letter)\s+)?"
    # ("wrote in an article published in the X Gazette on Monday": where it was said)
    r"(?:(?:in|to|at)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){1,3}?)?"
    r"(?:on\s+)?$"
)
LAST_YEAR = Folded(r"(?i)\b(?:last year|a year earlier|the previous year|a year ago)\b")

# the first word of voting: of several dates or bodies a sentence names, the one nearest
# it is its vote's
VOTE_WORDS = Folded(
    r"(?i)\b(?:vot(?:e|ed|es|ing)|resolution|draft|motion|adopt(?:ed|s)?|passed|approved|"
    r"vetoe?[sd]?|abstain(?:ed|s)?|rejected|ballot|tally)\b"
)

# The forms whose day depends on the date a text is read against, as one words' test
_READ_AGAINST_DATE = Prefilter(WEEKDAY, RELATIVE, LAST_YEAR)


def dated_by_article(text: str, low: str) -> bool:
    """Whether what ``text`` (``low``: lowered) says of its day may depend on the date it
    is read against: a date by month and day (read by ``read_days`` only in a text with a
    digit and a month's name), a weekday, "today", "last week", "last year". Most texts
    name none, and their day evidence is then the same for every date."""
    if has_digit(text) and _MONTH_WORD.search(text):
        return True
    return _READ_AGAINST_DATE.passes(low)


_VOTE_DATE = "vote date"
# the window of a day read from "today": the day itself, or the one before it
SOFT: tuple[str, str] = ("", "")

# (offset, day, month and day, window): a day a sentence names, where it names it
_Found = tuple[int, str | None, str | None, tuple[str, str] | None]


def days_between(a: str, b: str) -> int | None:
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return None


@lru_cache(maxsize=512)  # (an article's date, read for each sentence that may date its vote)
def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def first_year(text: str) -> int | None:
    """The first year ``text`` names that is not what something else dates from ("since
    2022"), nor the year of the event its vote is about ("the 2022 invasion")."""
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not _SINCE.search(text[near_start(text, 0, m.start(), 40) : m.start()])
        and not dates_an_event(text, m.start(), m.end())
    ]
    return years[0] if years else None


def read_days(
    text: str, low: str, article_date: str | None, inferred: bool = False
) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(the day, a month and day without year, a window of days) ``text`` dates its vote
    by: of the dates it gives, the one nearest its first word of voting ("voted on
    Thursday to set up an inquiry into protests that began on Sept. 16")."""
    published = parse_date(article_date) if article_date else None
    found: list[_Found] = []
    if _MONTH_WORD.search(text):
        if has_digit(text):
            found.extend(_dates(text, published, inferred))
        if published is not None and not inferred:
            found.extend(_months(text, published))
    if published is not None:
        found.extend(_days_of_week(text, low, published))
        found.extend(_relative_days(text, published, inferred))
    found = [f for f in found if not _NOT_THE_VOTE.search(text, max(0, f[0] - 64), f[0])]
    if not found:
        return None, None, None
    if len(found) > 1:
        vote = VOTE_WORDS.search(text)
        anchor = vote.start() if vote else 0
        found.sort(key=lambda f: abs(f[0] - anchor))
    return found[0][1], found[0][2], found[0][3]


def _dates(text: str, published: dt.date | None, inferred: bool) -> list[_Found]:
    """The days ``text`` names by month and day ("on 26 February", "Sept. 16, 2023"); a
    day with no year is of the article's year, or a month and day only."""
    found: list[_Found] = []
    for m in _DAY.finditer(text):
        name = (m.group("m1") or m.group("m2") or "").lower()
        month = _MONTHS.get(name) or _MONTH_ABBR.get("sep" if name == "sept" else name[:3])
        number = int(m.group("d1") or m.group("d2"))
        if not month or not 1 <= number <= 31 or len(name) < 3:
            continue
        if dates_an_event(text, m.start(), m.end()):
            continue  # "within a week of its 24 February invasion": the event's day
        year_text = m.group("year")
        # "on 26 February, two days after the vote": the vote's day is the 24th
        offset = _DAYS_APART.match(text, m.end())
        shift = _shift(offset) if offset else 0
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
    return found


# A month named alone, as a time: "In December, ...", "last September", "in early March"
# (not a day of it: "December 12"; not of a year: "December 2023", read as a date)
_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Ll]ast|[Tt]his\s+past|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\.?\s*\d)"
)


# where a month alone dates a vote: opening the sentence or a clause, or after a word of
# voting or the text voted on ("adopted in March", "a similar text in December")
_MONTH_OF_VOTE = re.compile(
    r"(?i)(?:^|[,;:(]|\s[-\u2013\u2014]|\b(?:and|then|but|when|while)|"
    r"\b(?:vot\w*|adopt\w*|pass\w*|approv\w*|reject\w*|veto\w*|back\w*|abstain\w*|"
    r"resolutions?|texts?|drafts?|motions?|measures?|ballots?))\s*$"
)


def _months(text: str, published: dt.date) -> list[_Found]:
    """Each month named alone: the span of its days, the latest such month before the
    article's (its own month says nothing: the vote may be of that very month)."""
    found: list[_Found] = []
    for m in _MONTH_ALONE.finditer(text):
        if not _MONTH_OF_VOTE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "condemned the attacks in October": the month of something else
        month = _MONTHS[m.group("month").lower()]
        if month == published.month:
            continue
        year = published.year if month < published.month else published.year - 1
        first = dt.date(year, month, 1)
        last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
        found.append((m.start(), None, None, (first.isoformat(), last.isoformat())))
    return found


def _shift(offset: re.Match[str]) -> int:
    """The days from a named day to the vote's ("two days after": -2)."""
    shift = _SHIFTS.get(offset.group("n").lower(), 0) or int(
        offset.group("n") if offset.group("n").isdigit() else 0
    )
    return -shift if offset.group("dir").lower() == "after" else shift


def _days_of_week(text: str, low: str, published: dt.date) -> list[_Found]:
    """Each weekday named ("on Monday"): the latest such day on or before the article's."""
    if "day" not in low:
        return []
    found: list[_Found] = []
    for weekday in WEEKDAY.finditer(text):
        wanted = WEEKDAYS.index(weekday.group(1).lower())
        back = (published.weekday() - wanted) % 7
        day = (published - dt.timedelta(days=back)).isoformat()
        found.append((weekday.start(), day, None, None))
    return found


def _relative_days(text: str, published: dt.date, inferred: bool = False) -> list[_Found]:
    """ "Today", "yesterday", "last week" read against the article's date. ``inferred``:
    the date is the day of the vote an undated article reports (it was written that day
    or within days after): only "last week" and "last month" are read, a week later."""
    found: list[_Found] = []
    for relative in RELATIVE.finditer(text):
        if inferred and (
            relative.group("today") or relative.group("yesterday") or relative.group("thisweek")
        ):
            continue
        if relative.group("today"):
            # "today", "this morning": the article's day, or the day before when the
            # words are a speaker's, quoted the next day
            found.append((relative.start(), published.isoformat(), None, SOFT))
        elif relative.group("yesterday"):
            day = (published - dt.timedelta(days=1)).isoformat()
            found.append((relative.start(), day, None, None))
        else:
            far, near = (
                (13, 1)
                if relative.group("lastweek")
                else ((6, 0) if relative.group("thisweek") else (62, 1))
            )
            if inferred:
                near = -6  # (the article may be of the days after the vote)
            span = (
                (published - dt.timedelta(days=far)).isoformat(),
                (published - dt.timedelta(days=near)).isoformat(),
            )
            found.append((relative.start(), None, None, span))
    return found


# --- the article's date -----------------------------------------------------------------


def date_of_article(doc: Document) -> str | None:
    """The article's date: from its metadata, else from its first lines (a dateline or a
    date line), ISO 8601; else, once known, the day of the known vote it reports."""
    if doc.date:
        return doc.date
    found = doc.memo("article_date", lambda: find_date(doc))
    return found if found is not None else vote_date_memo(doc).get("date")


def article_dating(doc: Document) -> tuple[str | None, bool]:
    """(``date_of_article``, whether that is the day of the known vote the article
    reports rather than its own): what a sentence's day is read against."""
    if doc.date:
        return doc.date, False
    found = doc.memo("article_date", lambda: find_date(doc))
    if found is not None:
        return found, False
    inferred = vote_date_memo(doc).get("date")
    return inferred, inferred is not None


def vote_date_memo(doc: Document) -> dict[str, str]:
    """Where the day of the known vote an undated article reports is kept, once known."""
    return doc.memo(_VOTE_DATE, dict)


# what may stand beside the date on a line of its own: a place or a label ("Mexico City",
# "Policy note", "Updated"), capitalised or one of a few lower-case label words
_LINE_LABEL = re.compile(
    r"[\W\d]*(?:(?:[A-Z][A-Za-z.'’-]*|note|tank|updated|published|posted|issued|released|"
    r"statement|press|release|briefing)[\W\d]*){0,4}"
)


def date_line(text: str) -> bool:
    """Whether ``text`` (a sentence) is a line that holds a date and at most a short label
    ("December 3, 2026", "Policy note, 15 December 2026"): the article's date, not the day
    of a vote it tells."""
    text = text.strip()
    if len(text) > 80 or "\n" in text or text.endswith("."):
        return False
    match = _DATE.search(text)
    if match is None:
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    return _LINE_LABEL.fullmatch(rest) is not None


def find_date(doc: Document) -> str | None:
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
