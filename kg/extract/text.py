"""Pass 1: the text as the other passes see it, without losing a character offset.

``Document`` keeps the original text and a normalised copy of exactly the same
length (typographic quotes, dashes and spaces mapped one-for-one to ASCII), so an
offset found in one is valid in the other. It splits lines into paragraphs and
paragraphs into sentences, tokenises words, and cuts page boilerplate (comment
prompts, related-post lists) that follows the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, TypeVar

T = TypeVar("T")

# One character in, one character out: offsets stay valid.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ",
        "\u200b": " ", "\ufeff": " ",
    }
)

# Lines after which the rest of a page is not the article.
_BOILERPLATE_LINES = frozenset(
    {
        "comments", "leave a comment", "leave a reply", "post a comment", "popular posts",
        "popular posts from this blog", "related", "related posts", "related articles",
        "related stories", "related content", "read more", "read next", "more stories",
        "more from this author", "you may also like", "recommended", "recommended for you",
        "most read", "most popular", "share this", "share this article", "share this story",
        "sign up for our newsletter", "subscribe", "advertisement", "tags", "follow us",
        "about the author", "###", "-30-", "ends", "- ends -",
    }
)

# Words after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "hon", "st", "jr", "sr", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "messrs", "mmes", "amb", "pres", "sec", "dept", "est", "inc", "co", "corp", "ltd", "approx", "fig"]
)

_ABBREVIATION_DOT = re.compile(
    r"\b(?:[A-Z]|" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\.(?=\s|\)|,)",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_DOT_BEFORE_PUNCT = re.compile(r"(?<=[A-Za-z])\.(?=[),])")  # "(R-Pa.)", "Jr.,"
WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_](?:\w|['\-](?=\w))*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]+['\")\]]*(?=\s+|$)")
_WS = re.compile(r"\s+")


class Token(NamedTuple):
    start: int
    end: int
    text: str  # as in the normalised text

    @property
    def bare(self) -> str:
        """The word without a possessive ending ("Russia's" -> "Russia")."""
        if self.text.endswith("'s") and len(self.text) > 2:
            return self.text[:-2]
        return self.text

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    index: int
    heading: bool = False  # no closing punctuation: a headline, a label, a caption
    title_case: bool = False  # Most Words Capitalised, As In A Headline


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class Document:
    text: str
    norm: str = field(init=False)
    body_end: int = field(init=False)

    _memo: dict[str, object] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = self.text.translate(_NORMALISE)
        self.body_end = _boilerplate_start(self.norm)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per document (dates, other whole-text readings)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    # --- structure -----------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        paragraphs: list[Paragraph] = []
        for match in re.finditer(r"[^\n]+", self.norm[: self.body_end]):
            line = match.group(0)
            if not line.strip():
                continue
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            start, end = match.start() + lead, match.end() - trail
            line_text = self.norm[start:end]
            paragraphs.append(
                Paragraph(start, end, len(paragraphs), _is_heading(line_text), _is_title_case(line_text))
            )
        return paragraphs

    @cached_property
    def sentences(self) -> list[Sentence]:
        sentences: list[Sentence] = []
        for para in self.paragraphs:
            sentences.extend(
                Sentence(s, e, para.index) for s, e in split_sentences(self.norm, para.start, para.end)
            )
        return sentences

    @cached_property
    def masked(self) -> str:
        """``norm`` with the periods of abbreviations and initials replaced by "·".

        "U.N. ambassador" or "Sen. Maria" then reads as one phrase to rules that stop
        at a period; offsets are unchanged.
        """
        chars = list(self.norm)
        for match in _ABBREVIATION_DOT.finditer(self.norm):
            chars[match.end() - 1] = "\u00b7"
        for match in _DOT_BEFORE_PUNCT.finditer(self.norm):
            chars[match.start()] = "\u00b7"
        for match in _DOTTED.finditer(self.norm):
            for k in range(match.start(), match.end()):
                if chars[k] == ".":
                    chars[k] = "\u00b7"
        return "".join(chars)

    @cached_property
    def tokens(self) -> list[Token]:
        return [
            Token(m.start(), m.end(), m.group(0)) for m in WORD.finditer(self.norm, 0, self.body_end)
        ]

    @cached_property
    def title(self) -> str | None:
        if not self.paragraphs:
            return None
        first = self.paragraphs[0]
        line = self.text[first.start : first.end].strip()
        return line if first.heading or len(line) < 200 else None

    # --- lookups -------------------------------------------------------------------

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        from bisect import bisect_right

        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        from bisect import bisect_right

        i = bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        from bisect import bisect_left

        i = bisect_left(self._token_starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def token_index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        from bisect import bisect_left

        return bisect_left(self._token_starts, offset)


def _boilerplate_start(norm: str) -> int:
    """Offset where page furniture after the article begins (or the text's length)."""
    seen_lines = 0
    for match in re.finditer(r"[^\n]+", norm):
        line = _WS.sub(" ", match.group(0)).strip().lower().rstrip(":")
        if not line:
            continue
        seen_lines += 1
        if seen_lines > 2 and line in _BOILERPLATE_LINES:
            return match.start()
    return len(norm)


def _is_heading(line: str) -> bool:
    """A line without closing punctuation that reads as a headline or section label."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[-1] in ".!?\"'" and not stripped.endswith("..."):
        return False
    return len(stripped.split()) <= 25


_MINOR_WORDS = frozenset("a an the of in on at to for and or but with by from as vs".split())


def _is_title_case(line: str) -> bool:
    """Whether most content words are capitalised, as in a headline."""
    if not _is_heading(line):
        return False  # a sentence with many names in it is not a headline
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", line) if w.lower() not in _MINOR_WORDS]
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.7


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``; abbreviations and initials do not end one."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start(), start):
            continue
        following = text[stop:end].lstrip()
        if following and not (following[0].isupper() or following[0] in "\"'(0123456789"):
            continue
        if cursor < stop:
            spans.append((cursor, stop))
        cursor = stop
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
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
