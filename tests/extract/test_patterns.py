"""The pattern layer: the fast form finds what the readable form finds, the prefilter words
derived from a pattern are in every match, and every rule's own words are implied by it."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import random
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import kg.extract
from kg.extract.patterns import (
    Folded,
    Prefilter,
    Rule,
    at_word_start,
    compile_rule,
    fast_form,
    implies,
    lowered,
    needs_of,
)

REPO = Path(__file__).resolve().parents[2]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = 2**62) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]


@cache
def texts() -> tuple[str, ...]:
    """Articles of this repository, lowered: the samples, the fixtures, the golden's own."""
    paths = [
        *sorted((REPO / "data" / "articles").glob("*.txt")),
        *sorted((REPO / "tests" / "extract" / "articles").glob("*.txt")),
        *sorted((REPO / "tests" / "golden" / "extraction").glob("*/*.txt"))[:12],
    ]
    assert len(paths) >= 10, "the articles these tests read are missing"
    return tuple(lowered(p.read_text(encoding="utf-8")) for p in paths)


_PHRASES = ("voted against", "votes  against", "so did", "as did", "same way", "own text")
_WORDS = (
    *"vote voted votes voting vetoed against so as did same way yes no not never n't the them "
    "three two amendment abstained in a an x us-drafted own text 1999 2024 1 a1 _no éno".split(),
    *_PHRASES,
)
_GLUE = (" ", " ", " ", " ", " ", " ", "", "-", "'", "_", ".", ",", "  ", "é", "\n", "x")


def random_texts(seed: int, count: int = 3000) -> Iterator[str]:
    """Short texts of the words such patterns look for, glued by word and non-word
    characters (seeded)."""
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 8)):
            parts += [rng.choice(_WORDS), rng.choice(_GLUE)]
        yield "".join(parts)


# --- the fast form ---------------------------------------------------------------------

READABLE = [
    r"\bvot(?:ed|es|e|ing)\s+against",
    r"\bvoted",
    r"\b(?:yes|no)\b",
    r"\b(?:so|as)\s+did\b|same\s+way",
    r"(?:\bnot\b|n't\b|\bnever\b)\s*(?:\w+\s+){0,2}$",
    r"\b(?P<word>yes|no|vetoed)\b",
    r"\b(them|three|two|the\s+amendments?)\b",
    r"\b(?:(?:so|as)\s+did|same)\b",
    r"(?<!\w)(?:own\s+text|own|us-drafted)",
    r"\b1(?:99\d|\d)|\b20[0-4]\d\b",
    r"\b_no",
    r"\bx|\ba1|\bn't",
    r"^\s*\bthe|\bthe\s+\w+$",
]


@pytest.mark.parametrize("readable", READABLE)
def test_the_fast_form_finds_what_the_readable_form_finds(readable: str) -> None:
    fast_source = fast_form(readable)
    assert fast_source != readable, "each of these patterns can be rewritten"
    slow, fast = re.compile(readable), re.compile(fast_source)
    rng = random.Random(readable)
    for text in [*random_texts(seed=len(readable)), *texts()]:
        assert _spans(fast, text) == _spans(slow, text), text[:200]
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert _spans(fast, text, pos, endpos) == _spans(slow, text, pos, endpos)
        assert (fast.match(text, pos) is None) == (slow.match(text, pos) is None)


@pytest.mark.parametrize(
    ("readable", "fast"),
    [
        (r"\bvoted", r"v(?<!\wv)oted"),
        (r"\b(?:yes|no)\b", r"(?:y(?<!\wy)es|n(?<!\wn)o)\b"),
        (r"(?<!\w)own", r"o(?<!\wo)wn"),
        (r"\b(?P<w>yes|no)", r"(?P<w>y(?<!\wy)es|n(?<!\wn)o)"),
        (r"(?i)\bvoted", r"(?i)v(?<!\wv)oted"),
        (r"\bso\s+did|same", r"s(?<!\ws)o\s+did|same"),
        (r"(?:\bnot|n't)\b", r"(?:n(?<!\wn)ot|n't)\b"),
        (r"\b1999", r"1(?<!\w1)999"),
    ],
)
def test_the_fast_form_opens_on_the_first_character(readable: str, fast: str) -> None:
    assert fast_form(readable) == fast


@pytest.mark.parametrize(
    "readable",
    [
        r"\b(?:ab|cd)?x",  # the group may match nothing: its boundary stays where it is
        r"\bv?oted",  # a quantified first letter
        r"\bv{1,2}",
        r"\b[ab]c",  # a class
        r"\b\d+",  # an escape
        r"\b(?=a)ab",  # a lookahead
        r"\b\"no\"",  # not a word character: the boundary means something else there
        r"\béno",  # not ASCII: a word character or not, by the flags
        r"\b(?:a|\sb)",  # one way does not open on a word character
        r"\b(?:)",
        r"(?x)\b vote",  # verbose
        r"vote|ballot",  # nothing to do
        r"\b(?i:vote)",  # a flag group
    ],
)
def test_what_the_fast_form_cannot_rewrite_stays_as_written(readable: str) -> None:
    assert fast_form(readable) == readable


@pytest.mark.parametrize(
    ("readable", "by_hand"),
    [
        # hand-written forms of the rules before the pattern layer, and what they say
        (r"\bvot(?:ed|es|e|ing)\s+", r"v(?<!\wv)ot(?:ed|es|e|ing)\s+"),
        (
            r"\bno vote|\bv(?:ote against|oted against|oting no|eto)",
            r"n(?<!\wn)o vote|v(?<!\wv)(?:ote against|oted against|oting no|eto)",
        ),
        (r"\babst(?:ention|ained|aining|ain)\b", r"a(?<!\wa)bst(?:ention|ained|aining|ain)\b"),
        (r"\b(19[5-9]\d|20[0-4]\d)\b", r"(1(?<!\w1)9[5-9]\d|2(?<!\w2)0[0-4]\d)\b"),
        (r"\bveto(?:ed|es)?\b(?!\s+power)", r"v(?<!\wv)eto(?:ed|es)?\b(?!\s+power)"),
    ],
)
def test_the_fast_form_is_what_was_written_by_hand(readable: str, by_hand: str) -> None:
    """A rule written by hand in the fast form can be written readably at no cost: the
    pattern compiled is the same, character for character."""
    assert fast_form(readable) == by_hand


def test_only_the_branches_it_can_rewrite_are_rewritten() -> None:
    assert fast_form(r"\bvote|\b\d+|\bno") == r"v(?<!\wv)ote|\b\d+|n(?<!\wn)o"


def test_compile_rule_is_re_compile_of_the_fast_form() -> None:
    rule = compile_rule(r"\b(?:Yes|No)\b", re.IGNORECASE)
    assert rule.pattern == r"(?:Y(?<!\wY)es|N(?<!\wN)o)\b"
    assert rule.flags & re.IGNORECASE
    assert [m.group() for m in rule.finditer("yes, NO, Nobody, eyes")] == ["yes", "NO"]
    verbose = compile_rule(r"\b vote", re.VERBOSE)
    assert verbose.pattern == r"\b vote"


def _folded_rules() -> Iterator[tuple[str, Folded]]:
    """Every Folded pattern a module of kg.extract holds (in lists, tuples and dicts too)."""
    seen: set[int] = set()

    def walk(value: object, name: str) -> Iterator[tuple[str, Folded]]:
        if isinstance(value, Folded) and id(value) not in seen:
            seen.add(id(value))
            yield name, value
        elif isinstance(value, list | tuple):
            for i, item in enumerate(value):
                yield from walk(item, f"{name}[{i}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from walk(item, f"{name}[{key!r}]")

    for module in pkgutil.walk_packages(kg.extract.__path__, "kg.extract."):
        loaded = importlib.import_module(module.name)
        for key, value in vars(loaded).items():
            yield from walk(value, f"{module.name.removeprefix('kg.extract.')}.{key}")


RULES = sorted(_folded_rules(), key=lambda r: r[0])


def test_the_extractor_has_rules_to_check() -> None:
    assert len(RULES) > 40
    assert sum(r.explicit for _, r in RULES) > 20
    assert sum(r.pattern.pattern != r.source for _, r in RULES) > 10, "some are rewritten"


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[name for name, _ in RULES])
def test_each_rule_finds_in_the_articles_what_its_readable_form_finds(
    name: str, rule: Folded
) -> None:
    readable = re.compile(rule.source)
    for text in texts():
        assert _spans(rule.pattern, text) == _spans(readable, text), name


# --- the prefilter words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bvot(?:ed|es|e|ing)\s+against", ("against",)),  # the longest shortest word
        (r"\bvot(?:ed|es|e|ing)\s+no\b", ("vote", "voting")),  # a small alternation spelt out
        (r"colou?r", ("color", "colour")),  # an optional letter
        (r"(?:the\s+)?vote\b", ("vote",)),  # an optional group needs nothing
        (r"vote|ballot", ("ballot", "vote")),  # a branch: one of each way's words
        (r"vote|\d+", ()),  # a way that needs nothing
        (r"abc|x+", ()),
        (r"gr[ae]y", ("gray", "grey")),  # a small class
        (r"[a-z]+ing\b", ("ing",)),
        (r"(?<=abc)def", ("def",)),  # a lookbehind reads before the match
        (r"defg(?=abcde)", ("defg",)),  # a lookahead after it
        (r"them|three|two", ("them", "three", "two")),  # the parser takes the "t" out
        (r"(?:ab){2}", ("abab",)),
        (r"x(?:abc)+def", ("abcdef",)),  # a repeat ends on what it repeats
        (r"u\.s\.\s+envoy", ("envoy",)),
        (r"u\.s\.\s+", ("u.s.",)),
        (r"at|in|on", ()),  # words this short are in almost every sentence
        (r"(?i)vote", ()),  # folds case: the literals are not the text's
        (r"(?i:vote)s", ()),
        ("|".join(f"{c}word" for c in "abcdefghijklmnopqrst"), ()),  # too many words to try
        ("|".join(f"word{c}" for c in "abcdefghijklmnopqrst"), ("word",)),  # their common part
        (r"v(?<!\wv)oted\s+(?:no|against)", ("voted",)),  # a lookbehind inside a word
        (r"(?:abc|abd)e", ("abce", "abde")),
        (r"(?:x\d|y\d)abc", ("abc",)),  # each way ends on a class: the run after them
    ],
)
def test_the_words_derived_from_a_pattern(pattern: str, needs: tuple[str, ...]) -> None:
    assert needs_of(pattern) == needs


@pytest.mark.parametrize(
    ("pattern", "needs", "implied"),
    [
        (r"\bvot(?:ed|es|e|ing)\s+against", ("vot",), True),
        (r"\bvot(?:ed|es|e|ing)\s+against", ("against", "zzz"), True),
        (r"vote|ballot", ("vote",), False),
        (r"colou?r", ("colour",), False),
        (r"colou?r", ("colo",), True),
        (r"\b(?:of|on)\s+(?:them|three|two|the\s+amendments?)\b", ("them", "three", "two"), False),
        (r"\b(?:of|on)\s+(?:them|three|two|the\s+amendments?)\b", ("the", "two", "three"), True),
        (r"(?:a|b)\s+(?:yes|no)\s+vote", ("vote",), True),
        (r"(?=vote)\w+", ("vote",), False),  # what a lookahead reads is not in the match
        (r"x+", (), False),
    ],
)
def test_implies_proves_what_every_match_contains(
    pattern: str, needs: tuple[str, ...], implied: bool
) -> None:
    assert implies(pattern, needs) is implied


def test_the_words_of_a_sequence_of_alternations_are_spelt_out_to_prove_them() -> None:
    pattern = r"\b(?:had|has|did)\s+(?:so|as|if)\s+(?:previous|earlier|prior|past)\s+votes?"
    assert implies(pattern, ("previous", "earlier", "prior", "past"))
    assert not implies(pattern, ("previous", "earlier", "prior"))


@pytest.mark.parametrize(
    ("name", "rule"),
    [(name, rule) for name, rule in RULES if rule.explicit and rule.needs],
    ids=[name for name, rule in RULES if rule.explicit and rule.needs],
)
def test_every_rules_own_words_are_implied_by_its_pattern(name: str, rule: Folded) -> None:
    """A rule that keeps its own list (cheaper or more selective than the derived one) keeps
    one its pattern proves: every match contains one of the words."""
    assert implies(rule.source, rule.needs), (
        f"{name}: {rule.needs} (derived: {needs_of(rule.source)})"
    )


@pytest.mark.parametrize(("name", "rule"), RULES, ids=[name for name, _ in RULES])
def test_every_match_in_the_articles_holds_one_of_the_rules_words(name: str, rule: Folded) -> None:
    if not rule.needs:
        return
    readable = re.compile(rule.source)
    for text in texts():
        for m in readable.finditer(text):
            assert any(n in m.group() for n in rule.needs), (name, m.group())


def test_the_derived_words_are_in_every_match_of_random_text() -> None:
    for pattern in READABLE:
        needs = needs_of(pattern)
        compiled = re.compile(pattern)
        for text in random_texts(seed=7, count=500):
            for m in compiled.finditer(text):
                assert not needs or any(n in m.group() for n in needs), (pattern, m.group())


def test_folded_derives_its_words_unless_given() -> None:
    derived = Folded(r"(?i)\bvot(?:ed|es)\s+against\b")
    assert derived.needs == ("against",) and not derived.explicit
    assert derived.pattern.pattern == r"v(?<!\wv)ot(?:ed|es)\s+against\b"
    assert derived.search("They Voted AGAINST it") is not None
    assert derived.search("They voted for it") is None
    given = Folded(r"\bvot(?:ed|es)\s+against\b", needs=("vot",))
    assert given.needs == ("vot",) and given.explicit
    everywhere = Folded(r"\bvot(?:ed|es)\s+against\b", needs=())
    assert everywhere.needs == ()
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\bVoted")
    with pytest.raises(ValueError, match="lower-case words"):
        Folded(r"\bvoted", needs=("Voted",))


def test_a_rule_is_matched_as_written_where_its_words_occur() -> None:
    source = r"\b(?P<who>[A-Z]\w+)['’]s\s+(?:draft|motion)\b"
    rule = Rule(source)
    assert rule.needs == ("draft", "motion")
    assert [m.group("who") for m in rule.finditer("Peru's draft and Chile's motion")] == [
        "Peru",
        "Chile",
    ]
    assert rule.search("Peru's Draft") is None  # case-sensitive, as written
    assert list(rule.finditer("Peru's plan")) == [] and rule.search("Peru's plan") is None
    folding = Rule(r"\bpassed\b", re.IGNORECASE)
    assert folding.needs == () and folding.search("It PASSED") is not None
    as_written = re.compile(source)
    for text in [*texts()[:5], "Peru's draft, Chile's motion", "The Peru's draft"]:
        found = [(m.span(), m.groups()) for m in rule.finditer(text)]
        assert found == _spans(as_written, text)


# --- a sentence prefilter -----------------------------------------------------------------


def test_a_prefilter_is_the_union_of_its_rules_words() -> None:
    rules = [
        Folded(r"\bvot(?:ed|es|e|ing)\s+no\b"),
        Folded(r"\babstain(?:ed|s|ing)?\b", needs=("abst",)),
        Folded(r"\bveto(?:ed|es)?\b"),
    ]
    prefilter = Prefilter(*rules, extra=("voters",))
    assert prefilter.needs == ("abst", "veto", "vote", "voting")  # "voters" holds "vote"
    for text in ["they voted no", "it abstained", "a veto", "the voters", "nothing here"]:
        low = lowered(text)
        some_rule = any(r.search(text) for r in rules)
        assert prefilter.passes(low) or not some_rule
    assert not prefilter.passes("nothing here")
    assert prefilter.passes("x vote x", 2, 6) and not prefilter.passes("x vote x", 3, 8)


def test_a_prefilter_refuses_a_rule_that_needs_nothing() -> None:
    with pytest.raises(ValueError, match="passes every text"):
        Prefilter(Folded(r"\w+"))


# --- at_word_start (kept for the rules that call it) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["the US-drafted text", "a bus-driven plan", "its own text", "frown text", "own", "x own"],
)
def test_at_word_start_matches_what_a_word_boundary_does(text: str) -> None:
    alternatives = ("us-drafted", "own text", "own")
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    fast = re.compile(at_word_start(*alternatives))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.pattern.startswith("(?:u(?<!\\wu)")


def test_at_word_start_refuses_an_alternative_that_opens_on_no_letter() -> None:
    with pytest.raises(ValueError, match="opens on a letter"):
        at_word_start("own", "(?:a|b)c")
    with pytest.raises(ValueError, match="opens on a letter"):
        at_word_start("a+b")  # the quantifier would apply to the lookbehind, not the letter


@pytest.mark.parametrize("alternative", ["ab|cd", r"a(?:b)|c", r"ab\|c|d"])
def test_at_word_start_refuses_an_alternative_of_several_branches(alternative: str) -> None:
    with pytest.raises(ValueError, match="one branch"):
        at_word_start(alternative)


@pytest.mark.parametrize("alternative", [r"a(?:b|c)d", r"a[|]b", r"a\|b", r"a[]|]b", r"a[^]|]"])
def test_at_word_start_takes_a_bar_inside_a_group_or_class_or_escaped(alternative: str) -> None:
    plain = re.compile(r"\b(?:" + alternative + ")")
    fast = re.compile(at_word_start(alternative))
    for text in ["abd acd a|b a]b ab xabd", "xa|b a|b|", "a]"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# --- no new hand-written fast forms -----------------------------------------------------

# "v(?<!\wv)oted" written by hand (or built by an f-string, "{c}(?<!\\w{c})"): the pattern
# layer writes these (Folded, compile_rule, at_word_start, word_patterns); no rule does.
_HAND_WRITTEN = re.compile(r"([A-Za-z0-9])\(\?<!\\w\1\)|\(\?<!\\w\{\}")
_HAND_WRITTEN_BEFORE = 0


def _literals(tree: ast.AST) -> Iterator[str]:
    """The module's string literals (docstrings aside), an f-string with "{}" for each value."""
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    parts = {
        id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values
            )
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings | parts
        ):
            yield node.value


def _hand_written(path: Path) -> int:
    """How many string literals of the module hold a fast form written by hand."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(1 for literal in _literals(tree) if _HAND_WRITTEN.search(literal))


def test_no_rule_writes_a_fast_form_by_hand() -> None:
    found = {
        str(path.relative_to(REPO)): n
        for path in sorted((REPO / "kg" / "extract").rglob("*.py"))
        if not path.name.startswith("patterns") and (n := _hand_written(path))
    }
    assert sum(found.values()) <= _HAND_WRITTEN_BEFORE, (
        f"patterns written in the fast form by hand: {found}, more than the "
        f"{_HAND_WRITTEN_BEFORE} of before the pattern layer (write \\b... and let "
        "kg.extract.patterns.Folded or compile_rule rewrite it)"
    )
