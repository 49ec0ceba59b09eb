"""Pass 1: normalisation keeps offsets; sentences, paragraphs and boilerplate."""

from __future__ import annotations

import re

import pytest

from kg.extract.text import Document, at_word_start, split_sentences


def test_normalised_text_keeps_every_offset() -> None:
    text = "\u201cIt\u2019s done,\u201d she said \u2014 twice.\u00a0End."
    doc = Document(text)
    assert len(doc.norm) == len(text)
    assert doc.norm == '"It\'s done," she said - twice. End.'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sen. Maria Lopez spoke. She left.",
            ["Sen. Maria Lopez spoke.", "She left."],
            id="title-abbreviation",
        ),
        pytest.param(
            "Susan E. Rice wrote it. Then it ended.",
            ["Susan E. Rice wrote it.", "Then it ended."],
            id="middle-initial",
        ),
        pytest.param(
            "The U.S. Mission objected. It was alone.",
            ["The U.S. Mission objected.", "It was alone."],
            id="u.s.-inside-a-name",
        ),
        pytest.param(
            "It sided with the U.S. Even China abstained.",
            ["It sided with the U.S.", "Even China abstained."],
            id="u.s.-ends-a-sentence",
        ),
        pytest.param(
            "They were voting no. Others abstained.",
            ["They were voting no.", "Others abstained."],
            id="no-is-not-an-abbreviation",
        ),
        pytest.param(
            "A meeting at No. 10 ended.", ["A meeting at No. 10 ended."], id="no.-before-a-number"
        ),
        pytest.param(
            '"We will see." He smiled.', ['"We will see."', "He smiled."], id="quote-closes"
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == expected


def test_page_boilerplate_after_the_article_is_cut() -> None:
    text = (
        "A title\n\nFirst paragraph.\n\nSecond paragraph.\n\n"
        "Comments\n\nPopular posts from this blog\n\nChile mines"
    )
    doc = Document(text)
    assert doc.norm[doc.body_end :].startswith("Comments")
    assert all(p.end <= doc.body_end for p in doc.paragraphs)


def test_link_lines_and_the_headlines_before_them_are_cut() -> None:
    text = (
        "Vote splits the Assembly\n\nBy Ana Ruiz\n\nThe text passed on Monday.\n\n"
        "Malta abstained, its envoy said.\n\n"
        "Opinion: What the election in Peru means for the region\n\n"
        "Chad recalls ambassador after border incident\n\n"
        "Read more: Why Fiji is rethinking its budget\n\nTopics: Diplomacy\n"
    )
    doc = Document(text)
    assert doc.norm[: doc.body_end].rstrip().endswith("its envoy said.")


def test_a_boilerplate_word_at_the_top_is_kept() -> None:
    doc = Document("Comments\n\nThe article itself.")
    assert doc.body_end == len(doc.norm)


def test_headings_and_masked_abbreviations() -> None:
    doc = Document("Live: the vote\n\nThe U.N. envoy (R-Pa.) spoke at 10 a.m. today.")
    assert doc.paragraphs[0].heading and not doc.paragraphs[1].heading
    assert "U\u00b7N\u00b7" in doc.masked and "Pa\u00b7)" in doc.masked
    assert len(doc.masked) == len(doc.norm)


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
