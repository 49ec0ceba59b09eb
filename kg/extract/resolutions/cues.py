"""Body, tally, outcome and subject evidence: what one sentence says of the vote it is
about (``Cues``), with the day from dates.py and the drafters from drafters.py."""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.numbers import TallyMatch, has_digit
from kg.extract.patterns import Folded, lowered
from kg.extract.resolutions.dates import (
    LAST_YEAR,
    RELATIVE,
    SOFT,
    VOTE_WORDS,
    WEEKDAY,
    WEEKDAYS,
    dated_by_article,
    first_year,
    read_days,
)
from kg.extract.resolutions.drafters import DRAFT_WORDS, read_drafters
from kg.names import fold

SECURITY_COUNCIL = re.compile(r"\b(?:Security Council|UNSC|security council|UN Council)\b")
RIGHTS_COUNCIL = re.compile(
    r"\b(?:Human Rights Council|UNHRC|HRC|[Hh]uman [Rr]ights [Cc]ouncil|[Rr]ights [Cc]ouncil)\b"
)
_COUNCIL = re.compile(
    r"\b(?:[Tt]he|15-member|47-member|[Tt]his)\s+[Cc]ouncil\b|\b[Cc]ouncil's\b|"
    r"\b[Cc]ouncil\s+members?\b"
)
GENERAL_ASSEMBLY = re.compile(
    r"\b(?:General Assembly|UNGA|[Tt]he Assembly|Assembly's|general assembly|UN Assembly|"
    r"[Gg]eneral [Aa]ssembly|world body's \d+-member)"
)
_PLURAL_RESOLUTIONS = re.compile(r"\s+(?:resolutions|decisions)\b")
# A body named as what a country belongs to, not as the one voting: "a permanent member of
# the Security Council", "its seat on the Human Rights Council", "Security Council reform"
# ("The 15 members of the Security Council voted ..." names the body voting)
_MEMBER_OF = re.compile(
    r"(?i)(?:\b(?:permanent|non-permanent|elected|veto-wielding)\s+members?|"
    r"\b(?:a|an|one|the\s+only|the\s+sole|its\s+only)\s+(?:\w+\s+)?member|\bmembership|\bseat)\s+"
    r"(?:of|on|in)\s+(?:the\s+)?(?:u\.?n\.?\s+|united\s+nations\s+)?$|"
    # "suspend Russia from the Human Rights Council", "elected to the council": the body
    # a vote puts a country in or out of is not the one voting
    r"\b(?:suspen\w*|expel\w*|remov\w*|oust\w*|kick\w*|bar\w*|elect\w*|admi\w*|return\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:from|to|into|onto)\s+(?:the\s+)?(?:u\.?n\.?\s+|"
    r"united\s+nations\s+|geneva-based\s+|un's\s+)?$"
)
_MEMBERSHIP_AFTER = re.compile(r"(?i)\s+(?:seats?|reform|membership|expansion|presidency)\b")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_COMMITTEE = re.compile(
    r"\b(First|Second|Third|Fourth|Fifth|Sixth|first|second|third|fourth|fifth|sixth)\s+"
    r"Committee\b|\b[Dd]isarmament and [Ii]nternational [Ss]ecurity [Cc]ommittee\b"
)


# --- outcome and other cues -------------------------------------------------------------

# (a failure denied is none: "the procedural vote, which cannot be vetoed, passed", "was
# not blocked")
_FAILED = Folded(
    r"(?i)\b(?<!\bnot\s)(?<!\bnot\sbe\s)(?<!n't\sbe\s)(?<!\bnever\s)(?<!cannot\sbe\s)"
    r"(?:vetoe?[sd]?|vetoing|failed|fails|rejected|rejects|voted down|blocked|defeated|"
    r"did not pass|not adopted|fell short|was not adopted)\b"
)
_ADOPTED = Folded(
    r"(?i)\b(?:adopted|adopts|passed|passes|approved|approves|endorsed|"
    r"voted\s+to\s+(?:adopt|approve|pass|endorse))\b"
)

_AMENDED = Folded(
    r"(?i)\b(?:amended|revised version|modified resolution|rewritten|"
    r"(?:after|following)\s+(?:[\w-]+\s+){0,3}?amendments)\b"  # ("passed only after amendments")
)
_AMENDED_WORDS = ("amended", "revised", "modified", "rewritten", "amendments")
_UNAMENDED = Folded(r"(?i)\b(?:unamended|original,? unamended)\b")

# A title quoted after "titled": 'the resolution, titled "The path to peace"'
_TITLED = re.compile(r"(?i)\b(?:en)?titled,?\s+[\"“]([^\"”]{8,160})[\"”,.]")
# Words one of which every cue other than a tally, a date, a year or a symbol contains
# (those hold a digit or a weekday name): a sentence with none says nothing about its vote.
_CUE_WORDS = (
    "titled",
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
    *DRAFT_WORDS,
)
# The seats of the bodies with few members: a count beyond them is no vote of theirs.
_SEATS = {"UNSC": 15, "HRC": 47}
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


def subject_stems(text: str) -> frozenset[str]:
    """The subject words of a text, cut to their first six letters, a plural "s" off (a
    hyphenated word both ways: "cease-fire" is "ceasefire", "coral-reef" "coral reef")."""
    words = _WORDS.findall(text)
    if "-" in text:
        words += _WORDS.findall(_HYPHEN.sub("", text))
    return frozenset(
        (w[:-1] if w.endswith("s") and len(w) > 4 else w)[:6] for w in words if w not in _GENERIC
    )


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def may_cue(text: str) -> bool:
    # substring tests: as one alternation, the words' common first letters make the
    # regex engine try them at most offsets
    if has_digit(text):  # a tally, a date, a year or a symbol (the quicker test first)
        return True
    low = lowered(text)
    for word in _CUE_WORDS:  # noqa: SIM110
        if word in low:
            return True
    return False


Count = tuple[int | None, int | None, int | None]


def joined(a: Count, b: Count) -> Count:
    """Two partial counts of one vote as one."""
    return (
        a[0] if a[0] is not None else b[0],
        a[1] if a[1] is not None else b[1],
        a[2] if a[2] is not None else b[2],
    )


def same_count(a: Count | None, b: Count | None) -> bool:
    """Whether two counts may be of one vote: no figure of one contradicts the other."""
    if a is None or b is None:
        return True
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


class Cues(NamedTuple):
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
    titled: frozenset[str] = frozenset()  # titles quoted after "entitled" (folded)

    @classmethod
    def read(
        cls,
        text: str,
        article_date: str | None,
        tallies: tuple[TallyMatch, ...],
        countries: dict[str, str],
        inferred: bool = False,
    ) -> Cues:
        """The cues of ``text``; ``inferred``: ``article_date`` is the day of the vote the
        article reports, not its own (so "today" is not read against it)."""
        return UndatedCues(text, tallies, countries).dated(text, article_date, inferred)

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
            or self.titled
        )


class _Dating(NamedTuple):
    """The cues of a text that depend on the date it is read against."""

    year: int | None
    day: str | None
    month_day: str | None
    window: tuple[str, str] | None
    weekday: int | None
    soft: bool
    weekdays: frozenset[int]
    now: bool


class UndatedCues:
    """What a text says of its vote whatever the article's date, read once per text and
    dated (``dated``) for each date the article is read against. What only describes a
    vote the text cues (the outcome, the subject, the word "vote") is read on first need:
    most sentences cue none."""

    __slots__ = (
        "_described",
        "_undated_day",
        "amended",
        "body",
        "committee",
        "council",
        "drafters",
        "tallies",
        "titled",
        "year",
    )

    def __init__(
        self, text: str, tallies: tuple[TallyMatch, ...], countries: dict[str, str]
    ) -> None:
        low = lowered(text)
        self.body, self.committee, self.council = _body(text, low)
        self.year = first_year(text) if has_digit(text) else None  # the first year it names
        self.tallies = merged_counts(tallies)
        if self.body in _SEATS and any(
            sum(c or 0 for c in t) > _SEATS[self.body] for t in self.tallies
        ):
            self.body = None  # "the Security Council's resolution passed 93-18-65": misnamed
        self.drafters = read_drafters(text, low, countries)
        self.amended = any(w in low for w in _AMENDED_WORDS) and bool(_AMENDED.search(text))
        self.titled = (
            frozenset(fold(m.group(1)).rstrip(" ,.;") for m in _TITLED.finditer(text))
            if "titled" in low
            else frozenset()
        )
        self._described: tuple[str | None, bool, frozenset[str], bool] | None = None
        # the day evidence of a text that names no day the article's date is needed for
        # (most texts): read once here, the same for every date (``_dating``)
        self._undated_day: _Dating | None = None
        if not dated_by_article(text, low):
            self._undated_day = _Dating(
                self.year, None, None, None, None, False, frozenset(), False
            )

    def dated(self, text: str, article_date: str | None, inferred: bool = False) -> Cues:
        """The cues of ``text`` (the text these were read from) read against
        ``article_date`` (see ``Cues.read``)."""
        return self._cues(text, self._dating(text, article_date, inferred))

    def dated_if_any(
        self, text: str, article_date: str | None, inferred: bool = False, described: bool = False
    ) -> Cues | None:
        """``dated``, or None where the text cues no vote (``Cues.any`` is false); with
        ``described`` (a known vote was held just before the article), a text that
        speaks of a vote cues it by its subject alone."""
        dating = self._dating(text, article_date, inferred)
        if not (
            (described and VOTE_WORDS.search(text) is not None)
            or self.body
            or self.council
            or dating.year
            or dating.day
            or dating.month_day
            or dating.window
            or self.drafters
            or self.amended
            or self.tallies
            or self.titled
            or dating.weekday is not None
            or dating.now
        ):
            return None
        return self._cues(text, dating)

    def _cues(self, text: str, dating: _Dating) -> Cues:
        if self._described is None:
            outcome = None
            if _FAILED.search(text):
                outcome = "failed"
            elif _ADOPTED.search(text):
                outcome = "adopted"
            low = lowered(text)
            self._described = (
                outcome,
                "unamended" in low and bool(_UNAMENDED.search(text)),
                subject_stems(fold(text)),
                bool(VOTE_WORDS.search(text)),
            )
        outcome, unamended, stems, vote = self._described
        return Cues(
            self.body,
            self.committee,
            dating.year,
            dating.day,
            dating.month_day,
            dating.window,
            self.tallies,
            self.drafters,
            outcome,
            self.amended,
            unamended,
            stems,
            vote,
            self.council,
            weekday=dating.weekday,
            weekdays=dating.weekdays,
            now=dating.now,
            soft=dating.soft,
            titled=self.titled,
        )

    def _dating(self, text: str, article_date: str | None, inferred: bool) -> _Dating:
        if self._undated_day is not None:
            return self._undated_day
        low = lowered(text)
        year = self.year
        day, month_day, window = read_days(text, low, article_date, inferred)
        soft = window is SOFT
        if soft:
            window = None
        if day is not None:
            year = int(day[:4])
        if year is None and article_date and "year" in low and LAST_YEAR.search(text):
            year = int(article_date[:4]) - 1
        weekday = None
        now = False
        weekdays: frozenset[int] = frozenset()
        if article_date is None and "day" in low:
            # every weekday the sentence names ("on Tuesday it praised Monday's vote")
            weekdays = frozenset(WEEKDAYS.index(m.group(1).lower()) for m in WEEKDAY.finditer(text))
            weekday = min(weekdays) if weekdays else None
        if (article_date is None or inferred) and weekday is None:
            relative = RELATIVE.search(text)
            now = bool(relative and (relative.group("today") or relative.group("thisweek")))
        return _Dating(year, day, month_day, window, weekday, soft, weekdays, now)


def _body(text: str, low: str) -> tuple[str | None, int | None, bool]:
    """(the body, its Main Committee, whether "the council" is named): the body a sentence
    names as the one voting; of several, the one nearest the first word of voting ("the
    vote at the General Assembly and the push for a text in the Security Council")."""
    bodies: dict[str, int] = {}  # each body named, at its first naming
    if "ouncil" in text or "UNSC" in text:
        _name_body(bodies, "UNSC", SECURITY_COUNCIL, text)
    if "ouncil" in text or "HRC" in text:
        _name_body(bodies, "HRC", RIGHTS_COUNCIL, text)
    committee = None
    if "ommittee" in text:
        cm = _COMMITTEE.search(text)
        if cm:
            word = (cm.group(1) or "first").lower()
            committee = _ORDINALS.index(word) + 1
            bodies["UNGA"] = cm.start()
    if "ssembly" in low or "UNGA" in text:
        _name_body(bodies, "UNGA", GENERAL_ASSEMBLY, text)
    if list(bodies) == ["UNGA"] and committee is None and _VETOED_TEXT.search(text):
        # "the draft, which would have recommended to the General Assembly ..., was vetoed":
        # only the Security Council's texts are vetoed; the Assembly is what it spoke of
        bodies = {"UNSC": bodies["UNGA"]}
    council = not bodies and "ouncil" in text and _names_the_council(text)
    body = next(iter(bodies)) if len(bodies) == 1 else None
    if len(bodies) > 1:
        vote = VOTE_WORDS.search(text)
        anchor = vote.start() if vote else 0
        body = min(bodies, key=lambda b: abs(bodies[b] - anchor))
    return body, committee, council


_VETOED_TEXT = re.compile(
    r"(?i)\b(?:was|were|been|being)\s+vetoed\b|\bvetoed\s+(?:the|a|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:draft|resolution|text|measure|motion)\b"
)


def _names_the_council(text: str) -> bool:
    """Whether ``text`` speaks of "the council" voting: not of another council by its
    name ("Gulf Cooperation Council member states", "European Council members")."""
    for m in _COUNCIL.finditer(text):
        at = text.find("ouncil", m.start()) - 1  # (the word before "Council" itself)
        before = _NAME_BEFORE.search(text, max(0, at - 30), at)
        if before is None or before.group(1) in ("The", "This"):
            return True
    return False


_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+$")


def merged_counts(tallies: tuple[TallyMatch, ...]) -> tuple[Count, ...]:
    """A sentence's tallies, its partial counts of one vote joined ("secured 93 votes ...
    opposition from only 18 countries")."""
    out: list[Count] = []
    for t in tallies:
        count = (t.yes, t.no, t.abstain)
        if out and same_count(out[-1], count):
            out[-1] = joined(out[-1], count)
        else:
            out.append(count)
    return tuple(out)


def _name_body(bodies: dict[str, int], body: str, pattern: re.Pattern[str], text: str) -> None:
    """Note where ``text`` first names the body as the one voting: not in "Security
    Council resolutions" (its past resolutions, in general)."""
    for m in pattern.finditer(text):
        if _PLURAL_RESOLUTIONS.match(text, m.end()) or _MEMBERSHIP_AFTER.match(text, m.end()):
            continue
        if _MEMBER_OF.search(text, max(0, m.start() - 48), m.start()):
            continue  # "the only permanent member of the Security Council to vote no"
        bodies.setdefault(body, m.start())
        return
