"""Which clauses of a sentence are about an earlier vote than the one it reports."""

from __future__ import annotations

import pytest

from kg.extract.earlier import earlier_spans, masked, opens_earlier, predicate_time


def clauses(sentence: str) -> list[str]:
    return [sentence[a:b].strip(" ,-–—") for a, b in earlier_spans(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The text won 120 votes, up from 98 in 2019.",
            ["up from 98 in 2019."],
            id="up-from",
        ),
        pytest.param(
            "It drew 130 votes - the same number that backed the appeal a year ago - and "
            "passed easily.",
            ["the same number that backed the appeal a year ago"],
            id="same-number-between-dashes",
        ),
        pytest.param(
            "Fiji, which opposed the draft in the 2016 vote, abstained this time.",
            ["which opposed the draft in the 2016 vote"],
            id="relative-clause",
        ),
        pytest.param(
            "It passed with 88 votes, fewer than the 97 it drew last year, when Peru abstained.",
            ["fewer than the 97 it drew last year, when Peru abstained."],
            id="a-when-clause-goes-on",
        ),
        pytest.param("In 2019, the Assembly adopted a similar text.", [], id="the-sentence-own"),
        pytest.param(
            "Chile, which has backed such texts since 2014, voted yes.", [], id="since-is-no-vote"
        ),
        pytest.param(
            "The text, which the Assembly adopted in 2023, drew 140 votes in 2023.",
            [],
            id="the-year-of-the-sentence-own-vote",
        ),
        pytest.param("Peru, a close partner, voted no.", [], id="no-other-time"),
    ],
)
def test_earlier_clauses(sentence: str, expected: list[str]) -> None:
    assert clauses(sentence) == expected


def test_masked_keeps_offsets() -> None:
    sentence = "The text won 120 votes, up from 98 in 2019."
    out = masked(sentence)
    assert len(out) == len(sentence)
    assert out.startswith("The text won 120 votes")
    assert "98" not in out and "2019" not in out
    assert masked("Peru voted no.") == "Peru voted no."


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        ("Last year, Peru abstained.", "2025", True),
        ("In 2019, the text drew 120 votes.", "2025", True),
        ("Back in early 2019, Peru abstained.", None, True),
        ("Two years ago, Peru abstained.", "2025", True),
        ("In 2025, the vote was closer.", "2025", False),  # the reported vote's year
        ("Peru abstained last year.", "2025", False),  # not opening the sentence
        ("In the end, Peru abstained.", "2025", False),
    ],
)
def test_a_sentence_opening_on_another_time(
    sentence: str, year: str | None, expected: bool
) -> None:
    assert opens_earlier(sentence, year) is expected


def test_the_time_a_predicate_names() -> None:
    text = "Peru abstained last year but voted no."
    end = text.index("abstained") + len("abstained")
    assert predicate_time(text, end, "2025") == (end, text.index("but"))
    later = text.index("voted no") + len("voted no")
    assert predicate_time(text, later, "2025") is None
    same = "Peru voted no in 2025."
    assert predicate_time(same, same.index(" in"), "2025") is None
