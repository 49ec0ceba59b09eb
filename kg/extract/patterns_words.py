"""The pattern layer for long word lists (cue words, attitude verbs): many words, each at
a word start, compiled as a trie led by their first letters, so that ``re`` skips to the
places those letters occur. Part of the pattern layer (see ``patterns``): rules hand it
their words and never write the fast form themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_Trie = dict[str, "_Trie"]


def word_patterns(words: Iterable[str], end: str) -> tuple[str, str]:
    r"""Two patterns of ``words`` (each followed by ``end``) as a trie
    ("condemn(?:ation|ed|s)?": of the words that fit at one place each is a prefix of the
    next, and the trie tries longer ones first), for ``words_in``.

    The first finds a word at the start of a text, the second one after a character that
    is not a word character (the word in group 1). ``(?<!\w)(?:word|...)`` would read the
    same, but ``re`` tries a pattern opening on a lookbehind at every character, and one
    opening on the words' first letters at every letter; the second pattern is tried only
    at white space, punctuation and capitals (a set of ASCII characters is quicker to test
    than ``\W``, which the lookbehind then checks).
    """
    words = list(words)
    return _word_start_trie(words) + end, rf"[^a-z0-9_](?<=\W)({_trie(words)}){end}"


def words_in(
    text: str, at_start: re.Pattern[str], after_gap: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    r"""The spans of the words of ``word_patterns`` in ``text``, as ``finditer`` of
    ``(?<!\w)(?:word|...)`` would find them: a word ends before a non-word character, so
    no word starts where another ends."""
    first = at_start.match(text)
    if first is not None:
        yield first.span()
    for m in after_gap.finditer(text, first.end() if first is not None else 0):
        yield m.span(1)


def _word_start_trie(words: Iterable[str]) -> str:
    r"""``(?<!\w)(?:word|...)``, the words as a trie led by their first letters: a pattern
    that opens on a literal lets ``re`` skip to the places that letter occurs. The
    lookbehind comes after the first letter ("c(?<!\wc)" is "(?<!\w)c")."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word[1:])
    return (
        "(?:"
        + "|".join(
            f"{re.escape(letter)}(?<!\\w{re.escape(letter)}){_trie(rests)}"
            for letter, rests in by_letter.items()
        )
        + ")"
    )


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a trie, longer words tried before their prefixes."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return pattern(root)
