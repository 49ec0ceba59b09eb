"""Span helpers: where to start reading before an offset, and items or spans looked up by
position in logarithmic time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar


def near_start(text: str, floor: int, at: int, reach: int = 120) -> int:
    """Where to start reading the words just before ``at``: a word start at most ``reach``
    characters back, or ``floor`` if that is nearer. A pattern anchored at ``at`` then
    reads a bounded window instead of the whole sentence, which in adversarial text can
    be the whole document."""
    if at - floor <= reach:
        return floor
    space = text.find(" ", at - reach, at)
    return at if space < 0 else space + 1


# --- looking things up by position ------------------------------------------------------


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


class SpanIndex(Generic[S]):
    """Items with start and end offsets, in text order, found by position in
    logarithmic time: a rule that asks "what is near here" of every mention must not
    read all mentions each time (a long document would make it quadratic)."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = list(items)
        self._starts = [x.start for x in self.items]
        self._longest = max((x.end - x.start for x in self.items), default=0)

    @property
    def longest(self) -> int:
        """The length of the longest item."""
        return self._longest

    def starting(self, lo: int, hi: int) -> list[S]:
        """Items with ``lo <= start < hi``, in order."""
        return self.items[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def within(self, lo: int, hi: int) -> list[S]:
        """Items lying wholly in ``[lo, hi)``."""
        return [x for x in self.starting(lo, hi) if x.end <= hi]

    def ending(self, lo: int, hi: int) -> list[S]:
        """Items with ``lo <= end <= hi``, in order of start."""
        return [x for x in self.starting(lo - self._longest, hi + 1) if lo <= x.end <= hi]


class Intervals:
    """A set of offsets given as spans (which may overlap): ``offset in intervals``."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The (merged) spans that overlap ``[lo, hi)``, in order."""
        out = []
        i = max(0, bisect_right(self._starts, lo) - 1)
        while i < len(self._starts) and self._starts[i] < hi:
            if self._ends[i] > lo:
                out.append((self._starts[i], self._ends[i]))
            i += 1
        return out

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one span."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]
