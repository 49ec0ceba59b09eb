"""Mark pairing: quotation marks paired per paragraph, curly marks by shape, straight
marks by position, single marks only where they cannot be apostrophes (a closing single
mark between two letters is "isn't"). A quotation whose paragraph ends open continues
into the next paragraph when that one opens with a mark. Spans nested inside another
quotation are dropped; a quotation interrupted mid-sentence by its attribution ("'We
will not,' she said, 'pretend ...'") is one quote (``Candidate``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.extract.text import Document, Paragraph
from kg.model import ActorRef

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_OPEN_SINGLE = "\u2018"
_CLOSE_SINGLE = "\u2019"
_SINGLE_MARKS = (_OPEN_SINGLE, _CLOSE_SINGLE, "'")
# The marks each pairing pass looks at, found in one pass over the normalised text, where
# every one of them is a plain '"' or "'" (a literal the regex engine finds at C speed;
# a class of curly marks is tested character by character). A few other marks read the
# same there (primes, low quotes): the passes skip those.
_DOUBLE_IN_NORM = re.compile('"')
# A closing or straight single mark between two letters or digits is an apostrophe ("isn't",
# "Ukraine's") and is left out; an opening curly mark never is (it is sought on its own).
_SINGLE_IN_NORM = re.compile(r"'(?:(?<![^\W_].)|(?![^\W_]))")
_OPEN_SINGLE_MARK = re.compile(_OPEN_SINGLE)
_OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-:;,/\u201c\u2018\"'")

# a lower-case word: what the words between the parts of an interrupted quote hold
_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")


@dataclass
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or paragraph end when unclosed)
    kind: str  # double | single
    breaks: list[tuple[int, int]] = field(default_factory=list)  # (end, start) between paragraphs

    def parts(self) -> list[tuple[int, int]]:
        parts = []
        start = self.open + 1
        for end, nxt in self.breaks:
            parts.append((start, end))
            start = nxt
        parts.append((start, self.close))
        return parts


def double_spans(doc: Document) -> list[QuoteSpan]:
    text = doc.text
    marks = list(map(re.Match.start, _DOUBLE_IN_NORM.finditer(doc.norm, 0, doc.body_end)))
    if not marks:
        return []
    spans: list[QuoteSpan] = []
    current: QuoteSpan | None = None
    paragraphs = doc.paragraphs
    i = 0  # the next mark
    for index, para in enumerate(paragraphs):
        pos = para.start
        if current is not None:
            if text[pos] in _OPEN_DOUBLE + '"':
                current.breaks.append((current.close, pos + 1))
                pos += 1
            else:
                spans.append(current)
                current = None
        i, current = _pair_double(text, marks, i, pos, para, current, spans)
        if current is not None:
            current.close = para.end
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is None or text[nxt.start] not in _OPEN_DOUBLE + '"':
                spans.append(current)
                current = None
    if current is not None:
        spans.append(current)
    return [s for s in spans if s.close > s.open + 1]


def _pair_double(
    text: str,
    marks: list[int],
    i: int,
    pos: int,
    para: Paragraph,
    current: QuoteSpan | None,
    spans: list[QuoteSpan],
) -> tuple[int, QuoteSpan | None]:
    """Pair the double marks of ``para`` from ``pos`` (``marks[i:]`` onwards): closed
    quotations go to ``spans``. Returns the next mark and the quotation still open."""
    while i < len(marks) and marks[i] < pos:
        i += 1
    while i < len(marks) and marks[i] < para.end:
        k = marks[i]
        i += 1
        c = text[k]
        if c in _OPEN_DOUBLE:
            if current is None:
                current = QuoteSpan(k, para.end, "double")
        elif c in _CLOSE_DOUBLE:
            if current is not None:
                current.close = k
                spans.append(current)
                current = None
            elif _opens(text, k, para.start):
                # a closing mark set where an opening one belongs (': ”We ...”'): it opens
                current = QuoteSpan(k, para.end, "double")
        elif c == '"':
            if current is None:
                if _opens(text, k, para.start):
                    current = QuoteSpan(k, para.end, "double")
            else:
                current.close = k
                spans.append(current)
                current = None
    return i, current


def _opens(text: str, k: int, floor: int) -> bool:
    before = text[k - 1] if k > floor else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (k == floor or before in _OPENING_CONTEXT) and not after.isspace()


def single_spans(doc: Document) -> list[QuoteSpan]:
    text = doc.text
    marks = list(map(re.Match.start, _SINGLE_IN_NORM.finditer(doc.norm, 0, doc.body_end)))
    if _OPEN_SINGLE in text:
        opening_marks = _OPEN_SINGLE_MARK.finditer(text, 0, doc.body_end)
        marks = sorted(set(marks).union(map(re.Match.start, opening_marks)))
    if not marks:
        return []
    spans: list[QuoteSpan] = []
    paragraphs = doc.paragraphs
    carry: QuoteSpan | None = None
    i = 0  # the next mark
    for index, para in enumerate(paragraphs):
        i, opens, closes = _single_marks(text, marks, i, para)
        cursor = para.start
        if carry is not None:
            if opens and opens[0] == para.start:
                carry.breaks.append((carry.close, para.start + 1))
                opens.pop(0)
                close = _pick_close(text, closes, para.start)
                if close is not None:
                    carry.close = close
                    spans.append(carry)
                    carry = None
                    cursor = close + 1
                else:
                    carry.close = para.end
                    continue
            else:
                spans.append(carry)
                carry = None
        for o in opens:
            if o < cursor:
                continue
            close = _pick_close(text, closes, o)
            if close is not None:
                spans.append(QuoteSpan(o, close, "single"))
                cursor = close + 1
            elif o == para.start or text[o - 1] in " \t":
                nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if nxt is not None and text[nxt.start] in (_OPEN_SINGLE, "'"):
                    carry = QuoteSpan(o, para.end, "single")
                break
    if carry is not None:
        spans.append(carry)
    return [s for s in spans if s.close > s.open + 1]


def _single_marks(
    text: str, marks: list[int], i: int, para: Paragraph
) -> tuple[int, list[int], list[int]]:
    """The single marks of ``para`` (``marks[i:]`` onwards) that may open a quotation and
    those that may close one (not apostrophes); and the next mark."""
    opens: list[int] = []
    closes: list[int] = []
    while i < len(marks) and marks[i] < para.start:
        i += 1
    while i < len(marks) and marks[i] < para.end:
        k = marks[i]
        i += 1
        c = text[k]
        if c not in _SINGLE_MARKS:
            continue
        before = text[k - 1] if k > para.start else " "
        after = text[k + 1] if k + 1 < para.end else " "
        opening = c == _OPEN_SINGLE or (
            c == "'" and (k == para.start or before in _OPENING_CONTEXT)
        )
        if opening and not after.isspace():
            opens.append(k)
            continue
        if c in (_CLOSE_SINGLE, "'") and not before.isspace():
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe: isn't, Ukraine's
            if after.isspace() or after in '.,;:!?)]}\u201d"-\u2014\u2013' or k + 1 == para.end:
                closes.append(k)
    return i, opens, closes


def _pick_close(text: str, closes: list[int], after: int) -> int | None:
    """The mark that closes a quotation opened at ``after``: the first closing mark past
    it, unless that is a plural possessive ("the allies' vote") and another one follows.
    ``closes`` is in text order."""
    first = bisect_right(closes, after + 1)
    for n in range(first, len(closes)):
        c = closes[n]
        plural_possessive = (
            text[c - 1] in "sS"
            and c + 2 < len(text)
            and text[c + 1] == " "
            and text[c + 2].islower()
        )
        if plural_possessive and n + 1 < len(closes):
            continue
        return c
    return None


def outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    spans.sort(key=lambda s: (s.open, -s.close))
    out: list[QuoteSpan] = []
    for s in spans:
        if out and s.open < out[-1].close:
            continue  # nested in (or overlapping) an earlier quotation
        out.append(s)
    return out


@dataclass
class Candidate:
    spans: list[QuoteSpan]
    speaker: ActorRef | None = None
    rule: str = ""

    @property
    def open(self) -> int:
        return self.spans[0].open

    @property
    def close(self) -> int:
        return self.spans[-1].close

    def parts(self) -> list[tuple[int, int]]:
        return [p for s in self.spans for p in s.parts()]


def merge_interrupted(doc: Document, spans: list[QuoteSpan]) -> list[Candidate]:
    """Join "'We will not,' she said, 'pretend ...'" into one quote."""
    out: list[Candidate] = []
    text = doc.text
    for s in spans:
        if out:
            prev = out[-1]
            close = prev.close
            if (
                text[close - 1 : close] == ","
                and text[s.open + 1 : s.open + 2].islower()
                and s.open - close <= 100  # fewer than 100 characters between
            ):
                between = doc.norm[close + 1 : s.open]  # read last: it can be long
                if (
                    "\n" not in between
                    and _LOWER_CASE_WORD.search(between)
                    and between.rstrip().endswith(",")
                ):
                    prev.spans.append(s)
                    prev.rule = "interrupted"
                    continue
        out.append(Candidate([s]))
    return out
