"""Numbers written in digits or words, and the vote tallies built from them.

``parse_number("one hundred and forty-one") == 141``. ``parse_tallies`` finds the
forms news copy uses for a result: "93-18-65", "93–8 with 73 abstentions",
"by 93 votes to 18, with 65 abstentions", "10 in favour, none against, five
abstentions", "ninety-three in favour, eighteen against", "passed with 93 votes",
"Sixty-five countries abstained". Patterns are linear: no nested quantifiers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kg.extract.lexicon import NUMBER_WORDS
from kg.extract.patterns import Folded, at_word_start

# The number words of a tally, longest first, so "eighteen" is not read as "eight".
_UNIT_WORDS = tuple(
    sorted(
        "zero none nil nothing one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
        "sixty seventy eighty ninety".split(),
        key=len,
        reverse=True,
    )
)
_UNIT = rf"(?:{'|'.join(_UNIT_WORDS)})\b"
WORD_NUMBER = (
    rf"(?:(?:a[\s-]hundred(?:\s+and)?(?:[\s-]{_UNIT}){{0,2}})"
    rf"|{_UNIT}(?:[\s-]hundred(?:\s+and)?)?(?:[\s-]{_UNIT}){{0,2}})"
)
NUMBER = rf"(?:\d{{1,3}}|{WORD_NUMBER})"


def parse_number(text: str) -> int | None:
    """The value of a number in digits or English words, or None."""
    text = text.strip().lower().replace("-", " ")
    if text.isdigit():
        return int(text)
    total = 0
    current = 0
    seen = False
    for word in text.split():
        if word == "and":
            continue
        if word == "a" and not seen:  # "a hundred and forty-one"
            current = 1
            seen = True
            continue
        if word == "hundred":
            current = max(current, 1) * 100
            seen = True
            continue
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        current += value
        seen = True
    total += current
    return total if seen else None


@dataclass(frozen=True)
class TallyMatch:
    start: int
    end: int
    yes: int | None
    no: int | None
    abstain: int | None
    rule: str


def _n(name: str) -> str:
    return f"(?P<{name}>{NUMBER})"


# who cast the votes counted, between a number and its option ("149 nations voted in favour")
_VOTERS = r"(?:(?:other\s+)?(?:countries|states|nations|members|member\s+states|delegations)\s+)?"
_FOR = (
    rf"{_VOTERS}(?:vot(?:ed|ing)\s+)?(?:votes?\s+)?(?:in\s+(?:its\s+|their\s+)?favou?r|for\b|yes\b(?:\s+votes?\b)?|in\s+support|ayes\b|"
    r"said\s+yes\b)"
    r"(?:\s+of\s+(?:the|a|this|that|its)(?:\s+(?:resolution|draft|text|motion|measure))?|"
    r"\s+of\s+it)?"
)
_AGAINST = (
    rf"{_VOTERS}(?:voted\s+)?(?:votes?\s+)?(?:against|no\b(?:\s+votes?\b)?|opposed|noes\b|nays\b|"
    r"said\s+no\b)"
)
_ABST = r"abstentions?|abstaining|abstained"
# the abstentions after the other counts, "no abstentions" among them (none: 0)
_ABSTAIN_COUNT = rf"(?P<abstain>{NUMBER}|no)\s+(?:{_ABST})"
# what comes before the abstentions after two counts: "93 to 18, with 65 abstentions",
# "93-8 and 73 abstentions", "by 88 to 20 (52 abstentions)"
_ABST_AFTER = r"(?:\s*,?\s*(?:with|and)\s+|\s*\(\s*(?:with\s+)?)"
# the countries a count names, in brackets: "one against (Russia)"
_NAMED = r"(?:\s*\([^()]{1,80}\))?"
_SEP = (
    rf"{_NAMED}\s*(?:,\s*(?:and\s+|with\s+|while\s+)?|\s+and\s+|\s+with\s+|\s+to\s+|;\s*|"
    r"\s+while\s+)"
)

_PATTERNS: list[tuple[str, Folded | re.Pattern[str]]] = [
    # 93-18-65, 187-2-1, 93–18–65 (digits only: "sixty-five" is one number). The dash
    # patterns put "(?<![\d/-])" after the first digit, so that they open on a digit, which
    # re skips ahead to.
    (
        "tally.dashes3",
        re.compile(
            r"(?P<yes>\d(?<![\d/-]\d)\d{0,2})\s*[-\u2013\u2014]\s*(?P<no>\d{1,3})\s*[-\u2013\u2014]\s*"
            r"(?P<abstain>\d{1,3})"
            r"(?![\d/])(?!\s*-)"
        ),
    ),
    # "by 115 votes to 44 abstentions": the yes votes and the abstentions, no count of noes
    (
        "tally.votes-to-abstentions",
        Folded(
            "(?i)"
            + rf"(?<![\w.,]){_n('yes')}\s+votes?\s+(?:to|against)\s+{_n('abstain')}"
            + r"\s+abstentions?\b",
            needs=("abstention",),
        ),
    ),
    # by 93 votes to 18, with 65 abstentions / 10 votes to nil / 141 to 7, with 32 abstentions
    (
        "tally.votes-to",
        Folded(
            # (and "14-to-nothing", "13-to-2")
            "(?i)" + rf"(?<![\w.,]){_n('yes')}(?:\s+(?:votes?\s+)?to\s+|-to-){_n('no')}"
            # ("115 votes to 44 abstentions": no count of no votes)
            r"(?!\s*(?:votes?\s+)?(?:in\s+fav))(?![\w.,]\d)(?!\d|\s+(?:margin|ratio|majority|abstentions?\b))"
            # ("a maximum of 80 to 90 countries supporting it": a range of one count)
            r"(?!\s+(?:countries|nations|states|members|delegations)\b)"
            rf"(?:{_ABST_AFTER}{_n('abstain')}\s+(?:{_ABST}))?",
            needs=("to",),
        ),
    ),
    # 93-8 with 73 abstentions / 93–18, with 65 abstentions / adopted 93-8
    (
        "tally.dashes2",
        Folded(
            "(?i)" + r"(?P<yes>\d(?<![\d/-]\d)\d{0,2})\s*[-\u2013\u2014]\s*"
            r"(?P<no>\d{1,3})(?![\d/])(?!\s*-)"
            rf"(?:{_ABST_AFTER}{_n('abstain')}\s+(?:{_ABST}))?"
        ),
    ),
    # 93 votes in favor, 18 against and 65 abstentions / 10 in favour, none against, five
    # abstentions / 9 ayes, 2 noes and 4 abstentions
    (
        "tally.in-favour",
        Folded(
            "(?i)" + rf"{_n('yes')}\s+{_FOR}"
            rf"(?:{_SEP}{_n('no')}\s+{_AGAINST})?"
            rf"(?:{_SEP}{_ABSTAIN_COUNT})?",
            needs=("favo", "for", "yes", "support", "ayes"),
        ),
    ),
    # eight against and seventy-three abstentions, nine negative votes, 18 no votes (yes
    # stated elsewhere)
    (
        "tally.against",
        Folded(
            "(?i)"
            + rf"(?<!\w){_n('no')}\s+(?:(?:votes?\s+)?against|negative\s+votes?\b|no votes?\b|"
            # "Five said no: Russia, ..." (not "five said no decision was made")
            r"said\s+no\b(?=\s*[:.,;]|\s+to\b))"
            rf"(?:{_SEP}{_ABSTAIN_COUNT})?",
            needs=("against", "negative", "said", "no vote"),
        ),
    ),
    # with 65 abstentions / five abstentions
    (
        "tally.abstentions",
        Folded("(?i)" + rf"(?<!\w){_n('abstain')}\s+(?:{_ABST})\b", needs=("abst",)),
    ),
    # passed with 93 votes / drew 141 votes / secured 93 votes / the same 141 votes
    (
        "tally.votes",
        Folded(
            "(?i)"
            + r"(?:passed|adopted|approved|won|winning|drew|drawing|secured|securing|received|"
            r"receiving|garnered|garnering|got|getting|gained|gaining|same|by)\s+"
            rf"(?:with\s+|by\s+)?(?:only\s+|just\s+)?{_n('yes')}\s+"
            r"(?:supporting\s+|affirmative\s+|favou?rable\s+|positive\s+)?votes\b"
            r"(?!\s+(?:to|against))",
            needs=("votes",),
        ),
    ),
    # Sixty-five countries abstained / Seven states voted no / 93 countries voted yes / 32
    # countries abstaining
    (
        "tally.countries",
        Folded(
            "(?i)"
            # "Ten of the council's 15 members": the second number is the body's size (but
            # "was one of 35 countries to abstain", "were two of the 35 that": the 35)
            # (the count opens a word: tested first, it passes most offsets by at once)
            + r"(?<!\w)(?:(?<!\bwere\s)(?<!\bare\s)(?!one\s+of\b)|(?![\w-]+\s+of\b))"
            # ("No council members voted against": none, 0)
            + rf"(?P<count>{NUMBER}|no)\s+"
            r"(?:(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.]+['’]s\s+)?\d{2,3}\s+)?"
            r"(?P<other>other\s+)?"
            # ("Eleven mostly European and African countries": all of them, mostly those)
            r"(?:(?:mostly|largely|mainly|chiefly|predominantly)\s+[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?\s+)?"
            r"(?:(?:security\s+)?council\s+|assembly\s+|u\.?n\.?\s+|unsc\s+|unga\s+)?"
            r"(?:countries|states|nations|members|member states|"
            # ("Ten countries, including Chile, voted no": an aside may follow the noun,
            # with its commas or without: "five members including Chile abstained")
            rf"delegations|governments)(?:\s*,[^,.;]{{1,60}},|\s+including\s[^,.;]{{1,60}}?(?=\s)|"
            # ("Seven countries, including A, B and C, were against": a list in the aside)
            r"\s*,\s*(?:including|among\s+them|such\s+as)\s[^.;:]{1,100}?,|"
            r"\s*[(\[][^()\[\]]{1,80}[)\]]|"  # ("three countries (A, B and C) abstained")
            r"\s+[—–-]\s+[^—–]{1,200}?\s+[—–-])?"  # ("93 members — including A, B — voted")
            # "of the 15-member council"
            r"(?:\s+(?:of|in|on)\s+the\s+(?:\d{1,3}-(?:member|nation)\s+)?(?:[\w-]+\s+)?"
            r"(?:council|assembly|body|committee|unsc|unga)(?:\s*,[^,.;]{1,60},)?)?"
            # (a few words between, none opening another count: "..., while 18 voted no"; a
            # year may be one: "100 countries that in 2014 supported")
            r"\s+(?:(?!while\b|whereas\b|but\b|\d{1,3}\b)\w+\s+){0,3}?"
            r"(?P<verb>abstain(?:ed|ing)|to\s+abstain|"
            rf"vot(?:ed|ing)\s+(?:no|yes|against|in\s+(?:its\s+|their\s+)?favou?r|for)|supported|backed|opposed|"
            # ("21 states voted to support it", "seven countries were against")
            r"vot(?:ed|ing)\s+to\s+(?:support|back|endorse|approve|adopt|oppose|reject)|"
            r"were\s+(?:against|in\s+(?:its\s+|their\s+)?favou?r)(?=\s*(?:[,.;]|and\b|with\b|while\b|$))|"
            r"rejected)",
            needs=(
                *("abstain", "voted", "voting", "supported", "backed", "opposed", "rejected"),
                "were",
            ),
        ),
    ),
    # "Of the 193 members of the United Nations, 188 backed Cuba": a count of the whole
    (
        "tally.of-the-members",
        Folded(
            "(?i)"
            + r"\bof\s+the\s+\d{2,3}\s+(?:[\w-]+\s+){0,2}?(?:members|countries|states|nations)"
            r"(?:\s+of\s+the\s+(?:[\w.]+\s+){0,3}?[\w.]+)?\s*,\s+"
            + rf"{_n('count')}\s+(?P<verb>voted\s+(?:no|yes|against|"
            r"in\s+(?:its\s+|their\s+)?favou?r|for)|backed|supported|opposed|rejected|abstained)\b",
        ),
    ),
    # "supported by 141, with 7 countries siding with Russia against the resolution": in a
    # tally's "with" clause, the count of the no side (alone, "Eleven states sided with
    # Cuba" may count only the partner's companions)
    (
        "tally.siding-with",
        Folded(
            "(?i)" + rf"(?<=\bwith\s){_n('no')}\s+(?:countries|states|nations|members|"
            r"delegations)\s+sid(?:ed|ing)\s+with\s+(?:[\w.'’-]+\s+){1,3}?against\b"
        ),
    ),
    # opposition from only 18 countries
    (
        "tally.opposition",
        Folded(
            "(?i)" + rf"opposition\s+from\s+(?:only\s+|just\s+)?{_n('no')}\s+"
            r"(?:countries|states|nations|members)",
            needs=("opposition",),
        ),
    ),
    # backing from 93 nations / the support of 141 countries / of 13 of the 15 members / a
    # majority of 153 states
    (
        "tally.backing",
        Folded(
            "(?i)"
            + r"(?:(?:backing|support)\s+(?:from|of)|majority\s+of)\s+(?:only\s+|just\s+)?"
            + rf"{_n('yes')}\s+(?:of\s+(?:the\s+|its\s+)?\d{{2,3}}\s+)?"
            r"(?:countries|states|nations|members|member\s+states)",
        ),
    ),
    # supported by 28 countries / backed by 141 states / opposed by 12 nations
    (
        "tally.by-countries",
        Folded(
            "(?i)"
            + r"\b(?P<verb>supported|backed|endorsed|approved|adopted|passed|opposed|rejected)"
            rf"\s+by\s+(?:only\s+|just\s+)?{_n('count')}\s+(?:other\s+)?"
            r"(?:of\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?\d{2,3}\s+)?"
            r"(?:u\.?n\.?\s+|(?:security\s+)?council\s+|assembly\s+)?"
            r"(?:countries|states|nations|members|member[\s-](?:states|countries)|delegations|"
            r"votes)\b"
        ),
    ),
    # while seven voted against / while 14 were against / Nineteen abstained / 65,
    # including Chile, abstained / nine opposed it (with its object: "opposed" alone may be
    # an adjective)
    (
        "tally.bare-verb",
        Folded(
            "(?i)" + rf"(?<!\w){_n('count')}"
            r"(?:\s*,\s*(?:including|among\s+them|such\s+as|led\s+by)\b[^,.;]{1,60},|"
            r"\s*\((?:including|among\s+them|such\s+as|led\s+by)\b[^()]{1,60}\))?"
            r"\s+(?:(?:that|who|which)\s+)?"
            r"(?P<verb>abstained|abstaining|opposing|vot(?:ed|ing)\s+(?:no|yes|against|in\s+(?:its\s+|their\s+)?favou?r|"
            r"for)|were\s+(?:against|in\s+(?:its\s+|their\s+)?favou?r)(?=\s*(?:[,.;]|and\b|with\b|while\b|$))|"
            r"(?:opposed|supported|backed)(?=\s+(?:it|them|the\s+(?:text|resolution|draft|"
            r"measure|motion|amendment))\b))\b"
        ),
    ),
    # a label opening a line, its count in brackets: "In favour (28): ...", "Against (6)",
    # "Abstentions (13):", "Yes (9)" (the option the label's)
    (
        "tally.label",
        Folded(
            r"(?i)(?:^|(?<=\n))[^\S\n]*[-•*–]?[^\S\n]*(?P<verb>in\s+(?:its\s+|their\s+)?favou?r|yes|against|no|"
            r"abstentions?|abstaining|abstained|abstain)[^\S\n]*\((?P<count>\d{1,3})\)"
        ),
    ),
    # "Yes 28, No 6, Abstain 13", "In favour: 28; against: 6; abstentions: 13" (each count,
    # in digits, after its option; the first two at least)
    (
        "tally.labels-first",
        Folded(
            r"(?i)\b(?:yes|in\s+(?:its\s+|their\s+)?favou?r|for)[^\S\n]*:?[^\S\n]*(?P<yes>\d{1,3})[^\S\n]*[,;.][^\S\n]*"
            r"(?:no|against)[^\S\n]*:?[^\S\n]*(?P<no>\d{1,3})(?![\w-])"
            r"(?:[^\S\n]*[,;.][^\S\n]*(?:abstentions?|abstaining|abstain(?:ed)?)[^\S\n]*:?"
            r"[^\S\n]*(?P<abstain>\d{1,3})(?![\w-]))?"
        ),
    ),
    # the option's votes, then their number: "The votes in favour of the amended text were
    # 93", "the number of abstentions rose to 73", "votes against totalled 8"
    (
        "tally.noun-count",
        Folded(
            r"(?i)\b(?:the\s+)?(?:number\s+of\s+)?(?P<verb>(?:votes?\s+)?(?:in\s+favou?r|against)|"
            r"abstentions|yes\s+votes|no\s+votes)(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
            r"(?:resolution|text|draft|motion))?\s+(?:were|was|numbered|totall?ed|rose\s+to|"
            r"reached|stood\s+at|came\s+to)\s+" + _n("count") + r"(?![\w-])"
        ),
    ),
    # in a vote of 93 to 18 (covered by votes-to)
]


# Whether a text holds a number at all: a digit, or a number word as a whole word. (The
# patterns, whose numbers do not all start a word, are not run on a text without one.)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = Folded("(?i)" + at_word_start(*_UNIT_WORDS) + r"\b")
# For ASCII text (nearly all), bytes.translate reads a text at C speed where a pattern
# tries most offsets: deleting the digits shortens a text that holds one, and blanking
# every character but a word character (lowering the rest) leaves its words to split.
_ASCII_DIGITS = b"0123456789"
_ASCII_WORDS = bytes(
    ord(c.lower()) if c.isalnum() or c == "_" else ord(" ") for c in map(chr, range(128))
) + bytes(range(128, 256))
_NUMBER_WORD_BYTES = frozenset(w.encode() for w in _UNIT_WORDS)


def has_digit(text: str) -> bool:
    if text.isascii():
        data = text.encode()
        return len(data.translate(None, _ASCII_DIGITS)) != len(data)
    return _DIGIT.search(text) is not None


def _may_hold_number(text: str) -> bool:
    if not text.isascii():
        return _DIGIT.search(text) is not None or _NUMBER_WORD.search(text) is not None
    data = text.encode()
    if len(data.translate(None, _ASCII_DIGITS)) != len(data):
        return True
    return not _NUMBER_WORD_BYTES.isdisjoint(data.translate(_ASCII_WORDS).split())


# "support has risen from 104 in 2007 to 130 this year": the count of an earlier year's
# vote and of this one, of the option the sentence names
_TREND_VERB = (
    r"\b(?:ris(?:en|e|es|ing)|rose|gr(?:own|ew|ows?|owing)|increas(?:ed|es|ing)|"
    r"climb(?:ed|s|ing)|jump(?:ed|s|ing)|up|f(?:allen|ell|alls?|alling)|dropp(?:ed|ing)|"
    r"declin(?:ed|es|ing)|down|slipp(?:ed|ing)|shr(?:ank|unk|inking))"
)
_UNITS = r"(?:(?:votes?|countries|states|nations|members)\s+)?"
# (the option may name the count's unit: "from 126 yes votes in 2024")
_FROM_YEAR = (
    rf"from\s+(?P<before>{NUMBER})\s+(?:(?P<unit>yes|no|affirmative|negative)\s+votes?\s+)?"
    rf"{_UNITS}in\s+(?P<year>(?:19|20)\d\d)\b"
)
_NOW = rf"(?P<now>{NUMBER})\b(?!\s+(?:in\s+)?(?:19|20)\d\d)"
# "rose from 104 in 2007 to 130", "fell to 93 votes from 141 in 2023", "93 votes, down
# from 141 in 2023" (the count of now stated before it, by another form)
_TRENDS = (
    Folded(rf"(?i){_TREND_VERB}\s+{_FROM_YEAR}\s+to\s+{_NOW}"),
    Folded(rf"(?i){_TREND_VERB}\s+to\s+{_NOW}\s+{_UNITS}{_FROM_YEAR}"),
    Folded(rf"(?i)\b(?:up|down)\s+{_FROM_YEAR}"),
)
_TREND_OPTION = (
    ("abstain", Folded(r"(?i)\babst(?:ain|ention)")),
    ("no", Folded(r"(?i)\b(?:against|opposed|opposing|opposition|no\s+votes?)\b")),
    (
        "yes",
        Folded(
            r"(?i)\b(?:in\s+(?:its\s+|their\s+)?favou?r|support(?:ed|ing|ers?)?|backing|backed|yes\s+votes?)\b"
        ),
    ),
)


def trend_origins(text: str) -> list[tuple[int, int]]:
    """The spans of "from 104 in 2007" in "support rose from 104 in 2007 to 130": the count
    of an earlier year's vote."""
    return [(m.start("before"), m.end("year")) for m in _trend_matches(text)]


def _trend_matches(text: str) -> list[re.Match[str]]:
    """The trends of ``text``, the fuller forms first, without overlaps."""
    if " from " not in text:
        return []
    out: list[re.Match[str]] = []
    for pattern in _TRENDS:
        for m in pattern.finditer(text):
            if not any(m.start() < o.end() and o.start() < m.end() for o in out):
                out.append(m)
    return out


def _trends(text: str) -> list[TallyMatch]:
    """ "rose from 104 in 2007 to 130": two counts, "from 104 in 2007" (rule
    ``tally.trend-from``: an earlier year's vote) and "to 130" (this one), where the
    sentence names exactly one option; "93 votes, down from 141 in 2023": the first only."""
    out: list[TallyMatch] = []
    for m in _trend_matches(text):
        floor = max(
            0, m.start() - 150, text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())
        )
        near = text[floor : m.end() + 40]  # the trend's own sentence
        unit = m.group("unit")
        if unit:  # "from 126 yes votes in 2024": the option of the count itself
            options = ["yes" if unit in ("yes", "affirmative") else "no"]
        else:
            options = [o for o, pattern in _TREND_OPTION if pattern.search(near)]
        before = _value(m.group("before"))
        now = _value(m.groupdict().get("now"))
        if len(options) != 1 or before is None or max(before, now or 0) > 200:
            continue
        stated = [(m.start("before"), m.end("year"), before, "tally.trend-from")]
        if now is not None:
            stated.append((m.start("now"), m.end("now"), now, "tally.trend-to"))
        for start, end, count, rule in sorted(stated):
            counts = {o: (count if o == options[0] else None) for o in ("yes", "no", "abstain")}
            out.append(TallyMatch(start, end, counts["yes"], counts["no"], counts["abstain"], rule))
    return out


def parse_tallies(text: str) -> tuple[TallyMatch, ...]:
    """Every tally stated in ``text``, longest forms first, without overlaps."""
    if not _may_hold_number(text):
        return ()
    found: list[TallyMatch] = _trends(text)
    # The spans already read, disjoint and in order: an overlap is found by bisection.
    starts: list[int] = sorted(t.start for t in found)
    ends: list[int] = sorted(t.end for t in found)
    for rule, pattern in _PATTERNS:
        if rule == "tally.label" and "(" not in text:
            continue  # (its count is in brackets: most texts hold none)
        for m in pattern.finditer(text):
            i = bisect_left(starts, m.end()) - 1
            if i >= 0 and ends[i] > m.start():
                continue
            groups = m.groupdict()
            yes = _value(groups.get("yes"))
            no = _value(groups.get("no"))
            abstain = _value(groups.get("abstain"))
            if (groups.get("abstain") or "").lower() == "no":
                abstain = 0  # "two against and no abstentions"
            if rule in _ONE_OPTION:
                yes, no, abstain = _one_option(rule, groups)
            if yes is None and no is None and abstain is None:
                continue
            if (
                yes is not None
                and no is not None
                and yes > no
                and _defeated(text, m.start(), rule)
                and not _LABELLED_COUNT.search(text, m.start(), m.end())
            ):
                # "the motion was rejected 19-17": the winning side first (but not "rejected
                # by 11 in favour, 1 against": each count said with its option)
                yes, no = no, yes
            # "besides Russia, four other states voted no": not the whole count (but "All 13
            # other members backed it": every one besides those named)
            if groups.get("other") and not _ALL_BEFORE.search(
                text, max(0, m.start() - 5), m.start()
            ):
                continue
            if not _plausible(yes, no, abstain, rule) or _required(text, m.start(), m.end()):
                continue
            if _SIZE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Ten of the council's 15 members voted yes": 15 is its size
            i = bisect_left(starts, m.start())
            starts.insert(i, m.start())
            ends.insert(i, m.end())
            found.append(TallyMatch(m.start(), m.end(), yes, no, abstain, rule))
    found.sort(key=lambda t: t.start)
    return tuple(found)


# The rules that count one option, the one their verb or label names
_ONE_OPTION = frozenset(
    {
        "tally.countries",
        "tally.bare-verb",
        "tally.by-countries",
        "tally.label",
        "tally.of-the-members",
        "tally.noun-count",
    }
)


def _one_option(rule: str, groups: dict[str, str | None]) -> tuple[int | None, ...]:
    """(yes, no, abstain) of a one-option count: the count under the option named."""
    count = 0 if (groups.get("count") or "").lower() == "no" else _value(groups.get("count"))
    verb = (groups.get("verb") or "").lower()
    if rule == "tally.label":
        option = (
            "abstain" if verb.startswith("abst") else "no" if verb in ("against", "no") else "yes"
        )
    elif "abst" in verb:
        option = "abstain"
    elif re.search(r"no|against|oppos|rejected", verb):
        option = "no"
    else:
        option = "yes"
    return tuple(count if o == option else None for o in ("yes", "no", "abstain"))


# A count a vote needs, not one it got: "at least nine votes in favour", "the nine votes
# required".
_REQUIRED_BEFORE = Folded(
    r"(?i)\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|needs?|needed|requires?|required|"
    r"the\s+necessary|the\s+required)\s+$"
)
_REQUIRED_AFTER = Folded(r"(?i)^\s*(?:votes?\s+)?(?:needed|required|necessary)\b")


_ALL_BEFORE = re.compile(r"(?i)\ball\s+$")
# A body's size after the count of its part: "Ten of the council's 15 members", "nine of
# its 15 members"
_SIZE_BEFORE = Folded(
    # (not "was one of 35 countries to abstain", "were two of the 35 that abstained")
    rf"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<![\w-])(?!one\b){NUMBER}"
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.]+['’]s\s+)?$"
)


# A defeat stated before a count of two sides, whose first figure is then the winning side,
# the votes against: the defeat just before the count ("was rejected 19-17", "voted the
# motion down 19-17"), or, before a count in votes ("by 19 votes to 17"), a defeat "by"
# it ("rejected the motion on ... by 19 votes to 17", "was defeated by a vote of 25 to
# 20"). A vetoed draft, whose majority was in favour, is left alone.
_DEFEATED_BEFORE = Folded(
    r"(?i)\b(?:rejected|defeated|voted\s+down|voted\s+(?:it|the\s+\w+)\s+down)\s+"
    r"(?:(?!adopted|passed|approved|carried)[\w-]+\s+){0,6}$",
    needs=("rejected", "defeated", "down"),
)
_DEFEATED_BY = Folded(
    r"(?i)\b(?:rejected|defeated|voted\s+down|turned\s+down|voted\s+against)\b"
    r"(?:(?!adopt|approv|pass|endors|back|support)[^.;\d]){0,90}?"
    r"\bby(?:\s+a\s+(?:vote|margin)\s+of)?\s+$"
)


def _defeated(text: str, start: int, rule: str) -> bool:
    """Whether the count at ``start`` (read by ``rule``) is stated after its defeat."""
    if _DEFEATED_BEFORE.search(text, max(0, start - 60), start) or (
        rule == "tally.votes-to" and _DEFEATED_BY.search(text, max(0, start - 120), start)
    ):
        return not _VETO.search(text)
    return False


_VETO = Folded(r"(?i)\bveto", needs=("veto",))
_LABELLED_COUNT = re.compile(r"(?i)\bin\s+(?:its\s+|their\s+)?favou?r\b|\bagainst\b")


def _required(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24) : start]
    return bool(_REQUIRED_BEFORE.search(before) or _REQUIRED_AFTER.search(text[end : end + 24]))


def _value(text: str | None) -> int | None:
    return parse_number(text) if text else None


def _plausible(yes: int | None, no: int | None, abstain: int | None, rule: str) -> bool:
    values = [v for v in (yes, no, abstain) if v is not None]
    if any(v > 200 for v in values) or sum(values) > 200:
        return False
    if rule == "tally.dashes2" and yes is not None and no is not None and abstain is None:
        # a bare "2022-23" or a score is not a vote; a vote tally has yes > 0
        return yes > 0 and (yes + no) <= 200
    return True
