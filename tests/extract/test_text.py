"""Pass 1: normalisation keeps offsets; sentences, paragraphs and boilerplate."""

from __future__ import annotations

import pytest

from kg.extract.text import WORD, Document, split_sentences


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
    [
        "The U.S. and the U.K. voted; Russia's envoy (a co-sponsor) didn't.",
        "A 93-8 vote, 73 abstentions: A/ES-11/L.5 on 2 March 2022, 3rd time.",
        "snake_case words, O'Neill-Smith, rock-'n'-roll and x.y.z. or e.g. this",
        "Ends with a dash- and a quote' then '- alone, 1.5 and U.N.-backed texts",
    ],
)
def test_ascii_words_are_the_general_words(text: str) -> None:
    # an ASCII text is split with ASCII classes spelt out: the same tokens as WORD finds
    doc = Document(text)
    assert [(t.start, t.end, t.text) for t in doc.tokens] == [
        (m.start(), m.end(), m.group()) for m in WORD.finditer(doc.norm)
    ]
