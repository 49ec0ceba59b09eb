r"""The one place where the extraction rules' patterns are compiled.

A rule is written readably (``\bvot(?:ed|es)\s+against``) and compiled here, through
``Folded`` (case-insensitive, matched on lowered text) or ``compile_rule`` (as
``re.compile``). Two things are done to it mechanically, so that nobody writes them by hand:

The fast form. Python's regex engine skips ahead to a pattern's possible first characters
only when the pattern opens on literals; one that opens on ``\b`` is tried at every offset.
``\bw`` for a word character ``w`` matches exactly where ``w(?<!\ww)`` does (the boundary
before a word character is "no word character before it"), so each top-level branch that
opens on ``\b`` (or ``(?<!\w)``) and then a literal word character, or a group whose every
alternative does, is rewritten to open on that character (``fast_form``). A branch it cannot
rewrite so (a quantified first character or group, a class, an escape) is left as written.

The prefilter words. ``needs_of`` reads the pattern's parse (Python's own ``re`` parser):
a run of literals every match contains, with small alternations and optional pieces spelt
out ("br(?:oke|eaks)" gives broke, breaks); of a sequence's runs the most selective is kept
(the longest shortest word, then the fewest words); a branch needs one of its alternatives'
words, and nothing if any alternative needs nothing. What a lookaround reads is not part
of the match and gives no word. A derived list is kept only when it is worth testing for
(at most a dozen words, none shorter than three characters). ``Folded`` runs a pattern
only where one of its words occurs. A caller may still give ``needs`` (a cheaper or a more selective
choice): tests/extract/test_patterns.py checks each such list with ``implies`` (every match
contains one of the words). ``Prefilter`` is the union of several rules' words: the cheap
test that lets a sentence skip them all, kept in step with the rules by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

# The parser re itself uses (private, but the same module from Python 3.11 on; the old
# public names sre_parse / sre_constants warn that they are deprecated).
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

# --- the fast form ---------------------------------------------------------------------

_QUANTIFIERS = ("?", "*", "+", "{")
_BOUNDARIES = (r"\b", r"(?<!\w)")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _is_word_literal(c: str) -> bool:
    """A character that is a word character under any flags (\\w of ASCII or Unicode)."""
    return c.isascii() and (c.isalnum() or c == "_")


def _skip_class(pattern: str, i: int) -> int:
    """The index just after the character class opening at ``pattern[i] == "["``."""
    n = len(pattern)
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":  # a first "]" is a member
        i += 1
    while i < n and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _structure(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each character of ``pattern`` from ``i`` that is
    neither escaped nor inside a character class; depth counts the groups open around
    it, a "(" counted in its own depth and a ")" not."""
    depth, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _close(pattern: str, i: int) -> int | None:
    """The index of the ")" closing the group that opens at ``pattern[i] == "("``."""
    return next((j for j, c, depth in _structure(pattern, i) if c == ")" and depth == 0), None)


def _branches(pattern: str) -> list[str]:
    """``pattern`` split at each "|" outside every group and character class."""
    bars = [j for j, c, depth in _structure(pattern) if c == "|" and depth == 0]
    bounds = [-1, *bars, len(pattern)]
    return [pattern[a + 1 : b] for a, b in pairwise(bounds)]


def _has_top_level_branch(pattern: str) -> bool:
    """Whether ``pattern`` has a "|" outside every group and character class."""
    return len(_branches(pattern)) > 1


def _group_header(pattern: str) -> str | None:
    """The opening of a plain group at the start of ``pattern`` ("(", "(?:", "(?P<name>"),
    or None for anything else (a lookaround, a flag group, a conditional)."""
    if pattern.startswith("(?:"):
        return "(?:"
    if pattern.startswith("(?P<"):
        end = pattern.find(">")
        return pattern[: end + 1] if end > 0 else None
    if pattern.startswith("(") and not pattern.startswith("(?"):
        return "("
    return None


def _open(branch: str, bounded: bool) -> str | None:
    """``branch`` rewritten to open on a literal word character in each of its ways, with
    a word boundary before it (``bounded``) moved behind that character; None if it
    cannot be."""
    if not bounded:
        for boundary in _BOUNDARIES:
            if branch.startswith(boundary):
                return _open(branch[len(boundary) :], True)
    first = branch[:1]
    if _is_word_literal(first) and branch[1:2] not in _QUANTIFIERS:
        if not bounded:
            return branch
        return f"{first}(?<!\\w{first}){branch[1:]}"
    header = _group_header(branch)
    if header is None:
        return None
    end = _close(branch, 0)
    if end is None or branch[end + 1 : end + 2] in _QUANTIFIERS:
        return None
    ways = [_open(way, bounded) for way in _branches(branch[len(header) : end])]
    if any(way is None for way in ways):
        return None
    return header + "|".join(w for w in ways if w is not None) + branch[end:]


def fast_form(pattern: str) -> str:
    r"""``pattern`` with each top-level branch that opens on a word boundary and then word
    characters (``\bvoted``, ``\b(?:yes|no)``) rewritten to open on those characters
    (``v(?<!\wv)oted``, ``(?:y(?<!\wy)es|n(?<!\wn)o)``): the same matches, found faster.
    Branches it cannot rewrite so stay as they are; a verbose pattern is left whole."""
    if r"\b" not in pattern and r"(?<!\w)" not in pattern:
        return pattern  # no boundary to move (most patterns: a quick way out)
    flags = _GLOBAL_FLAGS.match(pattern)
    prefix = flags.group() if flags else ""
    if "x" in prefix:
        return pattern
    body = pattern[len(prefix) :]
    out = []
    for branch in _branches(body) if "|" in body else [body]:
        opened = _open(branch, False)
        out.append(branch if opened is None else opened)
    return prefix + "|".join(out)


def at_word_start(*alternatives: str) -> str:
    r"""``\b(?:alternative|...)`` for alternatives that each open on a letter of their own
    (not quantified), in the fast form ``(?:a(?<!\wa)lternative|...)``. Refuses (ValueError)
    what it cannot write so. New rules write ``\b(?:...)`` and let ``Folded`` rewrite it."""
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if not first.isalpha() or rest[:1] in _QUANTIFIERS:
            raise ValueError(f"an alternative opens on a letter of its own: {alternative!r}")
        if _has_top_level_branch(rest):
            raise ValueError(f"an alternative is one branch (no top-level |): {alternative!r}")
    return fast_form(r"\b(?:" + "|".join(alternatives) + ")")


def compile_rule(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` of the pattern's fast form (a drop-in for rules
    matched as written, case-sensitively or with their own flags)."""
    if flags & re.VERBOSE:
        return re.compile(pattern, flags)
    return re.compile(fast_form(pattern), flags)


# --- the prefilter words -----------------------------------------------------------------

_MOST_EXACT = 16  # the most strings a piece's "every string it matches" set holds
_MOST_NEEDS = 12  # the most words a derived prefilter tries
_SHORTEST_NEED = 3  # a derived prefilter word this short is in most sentences: none is kept
_MOST_REPEAT = 3  # a bounded repeat spelt out up to this many times
_MOST_CLASS = 4  # a character class spelt out up to this many characters
_MOST_WAYS = 4096  # the most sequences ``implies`` spells out of a pattern's alternations
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)
_FOLDS_CASE = sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE

Words = frozenset[str]
_NOTHING: Words = frozenset({""})


class _Piece(NamedTuple):
    """What the parse shows of a piece of a pattern: every string it matches (when they
    are few), strings every match starts with and ends with, and sets of strings of which
    every match contains one (each set on its own)."""

    exact: Words | None
    head: Words | None
    tail: Words | None
    runs: tuple[Words, ...] = ()


_OPAQUE = _Piece(None, None, None)


def _known(words: Words) -> _Piece:
    return _Piece(words, words, words)


def _product(a: Words, b: Words) -> Words | None:
    if a is _NOTHING:
        return b
    if b is _NOTHING:
        return a
    if len(a) * len(b) > _MOST_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _reduce(words: Iterable[str]) -> Words | None:
    """The words without those that contain another (the shorter one is in them); None if
    the empty string is one (it is in every text)."""
    unique = sorted(set(words), key=lambda w: (len(w), w))
    if not unique or unique[0] == "":
        return None
    kept: list[str] = []
    for w in unique:
        if not any(k in w for k in kept):
            kept.append(w)
    return frozenset(kept)


def _best(runs: Iterable[Words]) -> Words | None:
    """The most selective set: its shortest word the longest, then the fewest words."""
    usable = [r for r in (_reduce(run) for run in runs) if r is not None]
    usable = [r for r in usable if len(r) <= _MOST_NEEDS]
    if not usable:
        return None
    return max(usable, key=lambda r: (min(map(len, r)), -len(r), sorted(r)))


def _class(items: Sequence[tuple[Any, Any]]) -> Words | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MOST_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category (\w, \s), a wide range
        if len(chars) > _MOST_CLASS:
            return None
    return frozenset(chars)


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Piece:
    """A sequence of parse items. A run of pieces whose strings are known is spelt out
    (the set of their concatenations); a piece that is not known ends the run, which is
    then extended by the strings that piece starts with, and the next run begins with the
    strings it ends with."""
    runs: list[Words] = []
    run: Words = _NOTHING
    whole: Words | None = _NOTHING
    head: Words | None = None
    leading = True
    for item in items:
        piece = _item(*item)
        if piece.exact is not None:
            joined = _product(run, piece.exact)
            if joined is None:
                runs.append(run)
                if leading:
                    head, leading = run, False
                joined = piece.exact
            run = joined
            whole = _product(whole, piece.exact) if whole is not None else None
            continue
        extended = _product(run, piece.head) if piece.head is not None else None
        runs.append(extended if extended is not None else run)
        if leading:
            head, leading = extended, False
        runs.extend(piece.runs)
        run = piece.tail if piece.tail is not None else _NOTHING
        whole = None
    runs.append(run)
    if leading:
        head = run
    return _Piece(whole, head, run, tuple(runs))


def _union(sets: Sequence[Words | None]) -> Words | None:
    if any(s is None for s in sets):
        return None
    union = frozenset(w for s in sets for w in s or ())
    return union if len(union) <= _MOST_EXACT else None


def _branch(ways: Sequence[Any]) -> _Piece:
    pieces = [_sequence(way) for way in ways]
    exact = _union([p.exact for p in pieces])
    if exact is not None:
        return _known(exact)
    needs = [_best(p.runs) for p in pieces]
    runs: tuple[Words, ...] = ()
    if all(n is not None for n in needs):
        union = _reduce(w for n in needs for w in n or ())
        runs = (union,) if union is not None and len(union) <= _MOST_NEEDS else ()
    return _Piece(None, _union([p.head for p in pieces]), _union([p.tail for p in pieces]), runs)


def _repeat(low: int, high: int, inner: _Piece) -> _Piece:
    if inner.exact is not None and high <= _MOST_REPEAT:
        every: set[str] = set()
        power: Words | None = _NOTHING
        for k in range(high + 1):
            if power is None:
                break
            if k >= low:
                every.update(power)
            if k < high:
                power = _product(power, inner.exact)
        if power is not None and len(every) <= _MOST_EXACT:
            return _known(frozenset(every))
    if low >= 1:  # at least once: what one match of the inner piece shows
        runs = inner.runs + ((inner.exact,) if inner.exact is not None else ())
        return _Piece(None, inner.head, inner.tail, runs)
    return _OPAQUE


def _inner(op: Any, av: Any) -> Any | None:
    """The items of a group matched as written (its capture does not matter); None for
    anything else, and for a group that folds case (its literals are not the text's)."""
    if op is sre.SUBPATTERN:
        return None if av[1] & _FOLDS_CASE else av[3]
    if _ATOMIC is not None and op is _ATOMIC:
        return av
    return None


_LITERALS: dict[int, _Piece] = {}


def _item(op: Any, av: Any) -> _Piece:
    if op is sre.LITERAL:
        piece = _LITERALS.get(av)
        if piece is None:
            piece = _LITERALS[av] = _known(frozenset({chr(av)}))
        return piece
    if op is sre.IN:
        chars = _class(av)
        return _OPAQUE if chars is None else _known(chars)
    if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
        return _known(_NOTHING)  # zero width: what a lookaround reads is not in the match
    if op is sre.BRANCH:
        return _branch(av[1])
    inner = _inner(op, av)
    if inner is not None:
        return _sequence(inner)
    if op in _REPEATS:
        low, high, body = av
        return _repeat(low, high, _sequence(body))
    return _OPAQUE  # any character, a back reference, a conditional, a folded group


def _parse(pattern: str) -> Any | None:
    """The parse of a case-sensitive pattern; None for one that folds case (its literals
    are not the text's)."""
    tree = sre_parse.parse(pattern)
    if tree.state.flags & _FOLDS_CASE:
        return None
    return tree


def needs_of(pattern: str) -> tuple[str, ...]:
    """Words of which every match of ``pattern`` (matched case-sensitively) contains one,
    sorted; () when the parse shows none worth testing for (at most a dozen words, none
    shorter than three characters: shorter ones are in almost every sentence)."""
    tree = _parse(pattern)
    if tree is None:
        return ()
    needs = _best(_sequence(tree).runs)
    if needs is None or min(map(len, needs)) < _SHORTEST_NEED:
        return ()
    return tuple(sorted(needs))


def _fits(run: Words, needs: Sequence[str]) -> bool:
    reduced = _reduce(run)
    return reduced is not None and all(any(n in w for n in needs) for w in reduced)


def _covered(items: list[tuple[Any, Any]], needs: Sequence[str], budget: list[int]) -> bool:
    """Whether every match of the sequence contains one of ``needs``: a run of the sequence
    shows it, or one of its items does on its own (every way of an alternation, a group,
    a piece repeated at least once); else the sequence is spelt out over each way of its
    first alternation, groups opened in place, so that "t(?:hem|wo)" (the parser takes a
    common first letter out of the ways) reads as "them" and "two"."""
    if any(_fits(run, needs) for run in _sequence(items).runs):
        return True
    for op, av in items:
        inner = _inner(op, av)
        if inner is not None and _covered(list(inner), needs, budget):
            return True
        if op in _REPEATS and av[0] >= 1 and _covered(list(av[2]), needs, budget):
            return True
        if op is sre.BRANCH and all(_covered(list(way), needs, budget) for way in av[1]):
            return True
    for i, (op, av) in enumerate(items):
        inner = _inner(op, av)
        if inner is not None:
            return _covered([*items[:i], *inner, *items[i + 1 :]], needs, budget)
        if op is sre.BRANCH:
            budget[0] -= len(av[1])
            if budget[0] < 0:
                return False
            return all(
                _covered([*items[:i], *way, *items[i + 1 :]], needs, budget) for way in av[1]
            )
    return False


def implies(pattern: str, needs: Sequence[str]) -> bool:
    """Whether the parse of ``pattern`` shows that every match contains one of ``needs``
    (a sound check: True is proven; False may be a list it cannot prove)."""
    tree = _parse(pattern)
    return tree is not None and bool(needs) and _covered(list(tree), needs, [_MOST_WAYS])


# --- case-insensitive patterns, run on lower-cased text -------------------------------
#
# Python's regex engine skips ahead on a pattern's possible first characters only when it
# matches case-sensitively, so a (?i) pattern is several times slower than the same pattern
# on lower-cased text. ``Folded`` keeps the (?i) reading and the offsets: the text is
# lower-cased with its length kept, and a pattern is refused unless it is written in lower
# case. Matched text comes back lower-cased; take spans, not words, from a match.

_UPPER_OUTSIDE_ESCAPES = re.compile(r"(?<!\\)[A-Z]|\(\?-i")
# The last text lowered and its lower case, one slot for documents and one for shorter
# texts: a rule runs many patterns over one sentence, and some over the whole document.
# Each slot is one (text, lower case) pair, replaced whole: threads extracting at once
# never see one text with another's lower case.
_LOWER_MEMO: list[tuple[str, str]] = [("", ""), ("", "")]
_LONG_TEXT = 1000  # a text longer than this takes the documents' slot


def lowered(text: str) -> str:
    """``text`` in lower case, one character for one: offsets into it are offsets into ``text``."""
    slot = _LOWER_MEMO[len(text) > _LONG_TEXT]
    if text is slot[0]:
        return slot[1]
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep such a one as it is
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    _LOWER_MEMO[len(text) > _LONG_TEXT] = (text, low)
    return low


class Folded:
    """A case-insensitive pattern (as ``re.compile("(?i)...")``) matched on lowered text,
    compiled in its fast form.

    ``needs``: words of which every match contains at least one (lower case); where none
    occurs in the text searched, the pattern is not run at all: most sentences are passed
    over with a substring test. Derived from the pattern (``needs_of``) unless given;
    ``()`` runs the pattern everywhere.
    """

    __slots__ = ("explicit", "needs", "pattern", "source")

    def __init__(self, source: str, needs: tuple[str, ...] | None = None) -> None:
        body = source.removeprefix("(?i)")
        if _UPPER_OUTSIDE_ESCAPES.search(re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", body)):
            raise ValueError(f"a folded pattern is written in lower case: {source!r}")
        if needs is not None and any(n != n.lower() or not n for n in needs):
            raise ValueError(f"needs are non-empty lower-case words: {needs!r}")
        self.source = body  # as written (the readable form)
        self.pattern = re.compile(fast_form(body))
        self.explicit = needs is not None
        self.needs: tuple[str, ...] = needs_of(body) if needs is None else needs

    def __repr__(self) -> str:
        return f"Folded({self.source!r}, needs={self.needs!r})"

    def in_lowered(self, low: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        """``finditer`` on text already lowered (with ``lowered``): for a rule that runs
        many patterns over one sentence."""
        if self.needs and not _holds(low, self.needs, pos, endpos):
            return iter(())
        return self.pattern.finditer(low, pos, endpos)

    # The lowered text's memo is read in each method itself, and the words are tested in
    # one call: these run a thousand times per article, and each call saved costs about
    # as much as the tests.

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        slot = _LOWER_MEMO[len(text) > _LONG_TEXT]
        low = slot[1] if text is slot[0] else lowered(text)
        if self.needs and not _holds(low, self.needs, pos, endpos):
            return None
        return self.pattern.search(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        slot = _LOWER_MEMO[len(text) > _LONG_TEXT]
        low = slot[1] if text is slot[0] else lowered(text)
        # (anchored, it fails within a few characters where the words' test would read
        # all the rest: on a document, quadratic over calls; so only a short span's test)
        short = min(endpos, len(low)) - pos <= _LONG_TEXT
        if self.needs and short and not _holds(low, self.needs, pos, endpos):
            return None
        return self.pattern.match(low, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        slot = _LOWER_MEMO[len(text) > _LONG_TEXT]
        low = slot[1] if text is slot[0] else lowered(text)
        if self.needs and not _holds(low, self.needs, pos, endpos):
            return None
        return self.pattern.fullmatch(low, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        slot = _LOWER_MEMO[len(text) > _LONG_TEXT]
        low = slot[1] if text is slot[0] else lowered(text)
        if self.needs and not _holds(low, self.needs, pos, endpos):
            return iter(())
        return self.pattern.finditer(low, pos, endpos)


def _holds(low: str, needs: tuple[str, ...], pos: int, endpos: int) -> bool:
    """Whether one of ``needs`` occurs in ``low`` between ``pos`` and ``endpos``."""
    # Plain loops, not any(): a generator costs more than the tests
    if pos == 0 and endpos >= len(low):
        for n in needs:  # noqa: SIM110
            if n in low:
                return True
        return False
    for n in needs:  # noqa: SIM110
        if low.find(n, pos, endpos) >= 0:
            return True
    return False


class Rule:
    """A pattern matched as written (``compile_rule``: case-sensitive, or with its own
    flags), run only where one of its words occurs (``needs_of``): the case-sensitive
    counterpart of ``Folded``, for a rule whose case matters ("[A-Z]" opens a name)."""

    __slots__ = ("needs", "pattern")

    def __init__(self, source: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = compile_rule(source, flags)
        # a pattern that folds case has no words to look for as written
        self.needs: tuple[str, ...] = () if flags & _FOLDS_CASE else needs_of(source)

    def __repr__(self) -> str:
        return f"Rule({self.pattern.pattern!r}, needs={self.needs!r})"

    def _absent(self, text: str) -> bool:
        if not self.needs:
            return False
        for n in self.needs:  # noqa: SIM110
            if n in text:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text)


class Prefilter:
    """The union of several rules' words: a text that holds none of them matches none of
    the rules, so a sentence that fails ``passes`` can skip them all. Built from the rules
    themselves, it changes when they do; a rule without words would let every text pass,
    and is refused."""

    __slots__ = ("needs",)

    def __init__(self, *rules: Folded, extra: Iterable[str] = ()) -> None:
        words: list[str] = list(extra)
        for rule in rules:
            if not rule.needs:
                raise ValueError(f"a rule without prefilter words passes every text: {rule!r}")
            words.extend(rule.needs)
        reduced = _reduce(words)
        if reduced is None:
            raise ValueError("a prefilter needs words")
        self.needs = tuple(sorted(reduced))

    def passes(self, low: str, pos: int = 0, endpos: int = 2**62) -> bool:
        """Whether ``low`` (lowered text) holds one of the words between ``pos`` and ``endpos``."""
        return _holds(low, self.needs, pos, endpos)
