"""Pass 1: the text as the other passes see it, without losing a character offset.

``Document`` keeps the original text and a normalised copy of exactly the same
length (typographic quotes, dashes and spaces mapped one-for-one to ASCII), so an
offset found in one is valid in the other. It splits lines into paragraphs and
paragraphs into sentences and tokenises words; page boilerplate that follows the
article (kg/extract/boilerplate.py) is cut first. Patterns are compiled through
kg/extract/patterns.py; span helpers are in kg/extract/spans.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import accumulate, chain, compress, count, repeat
from operator import is_
from typing import Generic, NamedTuple, TypeVar, cast

from kg.extract.boilerplate import LINE_TEXT, boilerplate_start

T = TypeVar("T")

# One character in, one character out: offsets stay valid.
_NORMALISE: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u200b": " ",
    "\ufeff": " ",
}
assert all(len(v) == 1 and v not in _NORMALISE for v in _NORMALISE.values())


def normalise(text: str) -> str:
    """Curly quotes, dashes and odd spaces in their plain form, one character for one."""
    if text.isascii():
        return text
    # One C-level replace per kind of character the text holds: faster than a function
    # called per character found (an article has dozens of curly quotes) or str.translate
    for curly, plain in _NORMALISE.items():
        if curly in text:
            text = text.replace(curly, plain)
    return text


# A line that opens a paragraph of its own even right under another: a transcript turn
# ("ANA RUIZ:", "Q:"), a list item, a time stamp
_OWN_LINE = re.compile(
    r"[A-Z][A-Z.'\- ]{0,40}(?:\([^)\n]{1,40}\))?:\s|[QA]:|[-*\u2022]\s|\d{1,2}[.):]\s?\S"
)
_WRAP_MIN_LINES = 4  # lines as long as the width, before a text counts as wrapped
_WRAP_MAX_WIDTH = 100  # no one wraps prose wider
_WRAP_MIN_WIDTH = 50


def unwrap(norm: str) -> str:
    """Hard-wrapped prose (e-mail, a PDF's copy, a feed: lines cut at about 70 columns
    inside a paragraph, a blank line between paragraphs) read as running prose: a single
    line break where the line was full (the next word would not have fitted) becomes a
    space, one character for one. Short lines (headings, datelines, sign-offs), transcript
    turns and list items keep their breaks; text with longer lines is left as it is."""
    if "\n\n" not in norm:
        return norm
    lines = norm.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    # the width it was wrapped at: nine lines in ten are no wider (a header line or a
    # link may be: "From the Congressional Record Online through the ...")
    full = sorted(w for w in widths if w)
    width = full[(len(full) - 1) * 9 // 10] if full else 0
    if width > _WRAP_MAX_WIDTH or width < _WRAP_MIN_WIDTH:
        return norm
    if sum(w >= width - 12 for w in widths) < _WRAP_MIN_LINES:
        return norm
    if sum(w > width + 20 for w in widths) * 10 > len(full):
        return norm  # long lines are more than outliers: not wrapped prose
    out = list(norm)
    at = 0
    for line, following, size in zip(lines, lines[1:], widths, strict=False):
        at += len(line) + 1  # the offset just past this line's break
        nxt = following.lstrip()
        if not nxt or size == 0 or _OWN_LINE.match(nxt):
            continue
        word = nxt.split(None, 1)[0]
        if size + 1 + len(word) > width - width // 10:  # (wrapped by hand, or narrower)
            out[at - 1] = " "
    return "".join(out)


# Words after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "prof",
        "rev",
        "hon",
        "st",
        "jr",
        "sr",
        "no",
        "nos",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "messrs",
        "mmes",
        "amb",
        "pres",
        "sec",
        "dept",
        "est",
        "inc",
        "co",
        "corp",
        "ltd",
        "approx",
        "fig",
    ]
)

# The periods masked in Document.masked. One after an initial or a known abbreviation
# that starts a word, before a space, ")" or ","; or after any letter before ")" or ","
# ("(R-Pa.)", "Jr.,"). The pattern opens on the period, so it is looked for only at periods;
# the words before it, one lookbehind per length (a lookbehind has a fixed width).
assert all(w.isascii() and w.isalpha() and w.islower() for w in ABBREVIATIONS)
_MASKED_DOT = re.compile(
    r"\.(?:(?=[\s),])(?:(?<=\b[A-Za-z]\.)"
    + "".join(
        rf"|(?<=\b(?ai:{'|'.join(sorted(w for w in ABBREVIATIONS if len(w) == n))})\.)"
        for n in sorted({len(w) for w in ABBREVIATIONS})
    )
    + r")|(?<=[A-Za-z]\.)(?=[),]))"
)
# A run of letters each with a period ("U.S.", "D.C."), from its first period.
_DOTTED_RUN = re.compile(r"\.(?<=[A-Za-z]\.)(?:[A-Za-z]\.)+")
# A word: "U.S." (letters each with a period), or a letter or digit and the word characters
# after it, joined by apostrophes and hyphens ("Russia's", "Secretary-General").
WORD = re.compile(r"[^\W_](?:(?<=[^\W\d_])\.(?:[^\W\d_]\.)+|\w*(?:['\-]\w+)*)")
# The same as one group (``split`` keeps the words between the pieces around them), and
# for ASCII text the same words with ASCII classes, the letters and digits spelt out
# (quicker to test than a negated category) and possessive repeats (nothing follows them
# in the group, so giving nothing back changes no match): a quarter faster
_WORDS_SPLIT = re.compile(f"({WORD.pattern})")
_WORDS_SPLIT_ASCII = re.compile(
    r"([A-Za-z0-9](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|\w*+(?:['\-]\w++)*+))", re.ASCII
)
# A sentence end, and (group 1) the first character after it, if any.
# (Possessive, and from the first mark of a run only: a long run of periods without white
# space after it is passed over in one step, not tried again from each of its periods.
# The check that no mark comes before is written after the first one, so the pattern
# opens on a character class, which re skips ahead to. Searches start at a line's start,
# never inside a run.)
_SENTENCE_END = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+['\")\]]*+(?=\s|$)(?=\s*+(\S)|)")


def bare(word: str) -> str:
    """The word without a possessive ending ("Russia's" -> "Russia")."""
    return word[:-2] if word.endswith("'s") and len(word) > 2 else word


class Token(NamedTuple):
    start: int
    end: int
    text: str  # as in the normalised text

    @property
    def bare(self) -> str:
        return bare(self.text)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


_MAKE_TOKEN = partial(tuple.__new__, Token)  # Token(start, end, text) from a 3-tuple


class Paragraph(NamedTuple):
    start: int
    end: int
    number: int  # its place in the document, from 0
    heading: bool = False  # no closing punctuation: a headline, a label, a caption
    title_case: bool = False  # Most Words Capitalised, As In A Headline


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


_MAKE_SENTENCE = partial(tuple.__new__, Sentence)


_UNSET = object()  # no value computed yet (None is a value)


@dataclass
class Document:
    text: str
    # the article's date of publication (ISO 8601, YYYY-MM-DD) where its metadata gives
    # one; relative dates ("on Monday") and vote identity are read against it
    date: str | None = None
    norm: str = field(init=False)
    body_end: int = field(init=False)

    _memo: dict[str, object] = field(init=False, default_factory=dict)
    _calls: dict[tuple[object, ...], object] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = unwrap(normalise(self.text))
        self.body_end = boilerplate_start(self.norm)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per document (dates, other whole-text readings)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def once(self, fn: Callable[..., T], *args: Hashable) -> T:
        """``fn(*args)`` computed once for this document: several rules ask the same
        question of one sentence. (Per document, not across documents, so nothing is
        remembered from one article to the next.)"""
        key = (fn, *args)
        value = self._calls.get(key, _UNSET)  # not try/except: half the calls are misses
        if value is _UNSET:
            value = self._calls[key] = fn(*args)
        return value  # type: ignore[return-value]

    # --- structure -----------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        paragraphs: list[Paragraph] = []
        for match in LINE_TEXT.finditer(self.norm, 0, self.body_end):
            start, end = match.span()
            line = match.group()
            heading = _is_heading(line)
            title_case = heading and _is_title_case(line)
            paragraphs.append(Paragraph(start, end, len(paragraphs), heading, title_case))
        return paragraphs

    @cached_property
    def sentences(self) -> list[Sentence]:
        # One pass over the whole text, not one per paragraph.
        bounds = [(p.start, p.end) for p in self.paragraphs]
        return list(map(_MAKE_SENTENCE, _sentence_spans(self.norm, bounds, self.body_end)))

    @cached_property
    def masked(self) -> str:
        """``norm`` with the periods of abbreviations and initials replaced by "·".

        "U.N. ambassador" or "Sen. Maria" then reads as one phrase to rules that stop
        at a period; offsets are unchanged.
        """
        norm = self.norm
        masked = [m.start() for m in _MASKED_DOT.finditer(norm)]
        for run in _DOTTED_RUN.finditer(norm):
            masked.extend(_dotted_run(norm, list(range(run.start(), run.end(), 2))))
        if not masked:
            return norm
        pieces = []
        at = 0
        for d in sorted(set(masked)):
            pieces.append(norm[at:d])
            at = d + 1
        pieces.append(norm[at:])
        return "\u00b7".join(pieces)

    @cached_property
    def _token_columns(self) -> tuple[list[int], list[int], list[str]]:
        # Built at C speed: the text split at its words (the words at the odd places,
        # what lies between them at the even ones) and the running sum of the pieces'
        # lengths, whose odd places are the words' ends and even places their starts.
        # No match object is made (they cost more than the matching).
        split = _WORDS_SPLIT_ASCII if self.norm.isascii() else _WORDS_SPLIT  # same words
        pieces = split.split(self.norm[: self.body_end])
        offsets = list(accumulate(map(len, pieces)))
        return offsets[0:-1:2], offsets[1::2], pieces[1::2]

    @cached_property
    def tokens(self) -> list[Token]:
        return list(map(_MAKE_TOKEN, zip(*self._token_columns, strict=True)))

    @cached_property
    def token_texts(self) -> list[str]:
        """The tokens' words, for lookups over all of them at C speed."""
        return self._token_columns[2]

    @cached_property
    def title(self) -> str | None:
        if not self.paragraphs:
            return None
        first = self.paragraphs[0]
        line = self.text[first.start : first.end].strip().replace("\n", " ")  # (wrapped)
        return line if first.heading or len(line) < 200 else None

    # --- lookups -------------------------------------------------------------------

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:

        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Paragraph | None:

        i = bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _token_starts(self) -> list[int]:
        return self._token_columns[0]

    def token_index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""

        return bisect_left(self._token_starts, offset)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _dotted_run(norm: str, dots: list[int]) -> list[int]:
    """The periods to mask of a run of single letters and periods ("U.S.", "D.C."): the
    whole run if it starts a word, otherwise from its second letter (two pairs at least)."""
    if len(dots) < 2:
        return []
    first = dots[0] - 1
    if first == 0 or not _is_word_char(norm[first - 1]):
        return dots
    return dots[1:] if len(dots) >= 3 else []


def _is_heading(line: str) -> bool:
    """A line without closing punctuation that reads as a headline or section label."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[-1] in ".!?\"'" and not stripped.endswith("..."):
        return False
    if stripped[-1] in ":," and _INTRODUCES.search(stripped):
        return False  # "Haley told the body before the vote:": a sentence, its quote below
    return len(stripped.split()) <= 25


# A verb of speech in a line ending on a colon: the line introduces what follows
_INTRODUCES = re.compile(
    r" (?:said|says|told|tells|added|wrote|stated|warned|declared|explained)\b"
)


_MINOR_WORDS = frozenset("a an the of in on at to for and or but with by from as vs".split())


_LETTER_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _is_title_case(line: str) -> bool:
    """Whether most content words are capitalised, as in a headline."""
    if not _is_heading(line):
        return False  # a sentence with many names in it is not a headline
    words = [w for w in _LETTER_WORD.findall(line) if w.lower() not in _MINOR_WORDS]
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``; abbreviations and initials do not end one.
    No span is longer than MAX_SENTENCE (see _cut_long)."""
    return [(s, e) for s, e, _ in _sentence_spans(text, [(start, end)], end)]


def _sentence_spans(
    text: str, bounds: list[tuple[int, int]], endpos: int
) -> list[tuple[int, int, int]]:
    """(start, end, k) of the sentences of the spans ``bounds[k]`` of ``text``: spans in
    order, apart, with nothing but white space between them and before ``endpos``, so
    one search over the text finds the sentence ends of all."""
    out: list[tuple[int, int, int]] = []
    if not bounds:
        return out
    k = 0
    start, end = bounds[0]
    cursor = start
    # (None after the last end stands for endpos, past every span: the spans left are closed)
    for match in chain(_SENTENCE_END.finditer(text, start, endpos), (None,)):
        at = endpos if match is None else match.start()
        while at >= end:  # past this span: its rest is its last sentence
            if cursor < end:
                out.extend([(s, e, k) for s, e in _cut_long(text, cursor, end)])
            k += 1
            if k == len(bounds):
                return out
            start, end = bounds[k]
            cursor = start
        if match is None:
            break  # not reached: every span ends by endpos
        if text[at] == "." and _is_abbreviation(text, at, start):
            continue
        stop = match.end()
        following = match.start(1)  # the first character after the end, or -1
        if following >= end:
            following = -1
        elif following >= 0 and not (
            text[following].isupper() or text[following] in "\"'(0123456789"
        ):
            continue
        if cursor < stop:
            out.extend([(s, e, k) for s, e in _cut_long(text, cursor, stop)])
        cursor = following if following >= 0 else end
    return out


# News sentences run to a few hundred characters. Longer runs without a sentence end are
# not prose (lists, tables, markup, adversarial input); cutting them at a clause boundary
# keeps every rule that reads a sentence within bounded work.
MAX_SENTENCE = 1000
_CLAUSE_BREAKS = ("; ", ": ", ", ", " ")


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = -1
        for mark in _CLAUSE_BREAKS:
            cut = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
            if cut >= 0:
                cut += len(mark)
                break
        if cut < 0:
            cut = limit
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    i = dot
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "Susan E. Rice"
    if "." in word:
        # U.S. / U.N. / D.C.: a sentence may still end here, but only before a
        # word that cannot continue a name ("the U.S. The next" is rare in news).
        following = text[dot + 1 : dot + 20].lstrip()
        return bool(following) and following[:1] not in "\"'" and _looks_like_name_part(following)
    if word.lower() in ("no", "nos"):
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()  # "No. 10", not "voting no."
    return word.lower() in ABBREVIATIONS


def _looks_like_name_part(following: str) -> bool:
    word = following.split(" ", 1)[0].rstrip(",")
    return word[:1].isupper() and word.lower() not in _SENTENCE_STARTERS


# Words that begin sentences far more often than they continue a name after "U.S.".
_SENTENCE_STARTERS = frozenset(
    """the a an it he she they we i you this that these those but and or so yet even also
    however meanwhile still then when while if as after before since although though some many
    most several its his her their our there here what why how who which only both neither not
    no now today later earlier instead in on at for with by from of to under over during despite
    such one two three four five all each every other another more less few nor""".split()
)


V = TypeVar("V")


class WordMemo(Generic[V]):
    """What a function of a word alone says of each word, remembered across documents:
    words, never offsets or anything else of an article, and at most ``size`` of them
    (then new words are computed each time). ``fn`` never returns None."""

    def __init__(self, fn: Callable[[str], V], size: int = 200_000) -> None:
        self._fn = fn
        self._memo: dict[str, V] = {}
        self._size = size

    def of_all(self, words: list[str]) -> list[V]:
        """``[fn(w) for w in words]``, a new list, read at C speed for known words."""
        memo = self._memo
        known = list(map(memo.get, words))
        for i in compress(count(), map(is_, known, repeat(None))):
            word = words[i]
            known[i] = value = self._fn(word)
            if len(memo) < self._size:
                memo[word] = value
        return cast("list[V]", known)  # no None is left
