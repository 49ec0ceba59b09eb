"""Numbers in words and digits; tallies in the forms news copy uses."""

from __future__ import annotations

import pytest

from kg.extract.numbers import parse_number, parse_tallies


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("93", 93),
        ("eighteen", 18),
        ("ninety-three", 93),
        ("sixty five", 65),
        ("one hundred and forty-one", 141),
        ("none", 0),
        ("nil", 0),
        ("banana", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param("adopted 93-18-65 on Monday", (93, 18, 65), id="dashes"),
        pytest.param(
            "passed 93\u201318 with 65 abstentions", (93, 18, 65), id="en-dash-and-abstentions"
        ),
        pytest.param("by 93 votes to 18, with 65 abstentions", (93, 18, 65), id="votes-to"),
        pytest.param(
            "by ninety-three votes to eighteen, with sixty-five abstentions",
            (93, 18, 65),
            id="words",
        ),
        pytest.param("by 10 votes to none, with five abstentions", (10, 0, 5), id="to-none"),
        pytest.param("10 in favour, none against, five abstentions", (10, 0, 5), id="in-favour"),
        pytest.param(
            "10 votes in favor and five abstentions", (10, None, 5), id="no-count-unstated"
        ),
        pytest.param("it passed with 93 votes", (93, None, None), id="yes-only"),
        pytest.param("Sixty-five countries abstained", (None, None, 65), id="countries-abstained"),
        pytest.param(
            "faced opposition from only 18 countries", (None, 18, None), id="opposition-from"
        ),
        pytest.param("in a vote of 93 to 18", (93, 18, None), id="vote-of"),
        pytest.param("there were zero votes against", (None, 0, None), id="zero-in-words"),
    ],
)
def test_tallies(text: str, counts: tuple[int | None, ...]) -> None:
    found = parse_tallies(text)
    assert found, text
    merged = tuple(
        next((getattr(t, k) for t in found if getattr(t, k) is not None), None)
        for k in ("yes", "no", "abstain")
    )
    assert merged == counts


@pytest.mark.parametrize(
    "text",
    [
        "the 2022-23 session",
        "call (202) 555-0147",
        "a 193-member body",
        "in 2025 it changed",
        "three years of war",
        "the score was 3-1",
    ],
)
def test_not_tallies(text: str) -> None:
    assert [t for t in parse_tallies(text) if t.yes and t.yes > 5] == []
