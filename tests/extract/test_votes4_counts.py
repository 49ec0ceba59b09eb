"""Counts and lists written in other conventions: "ayes" and "noes", a trend whose earlier
count names its option, and the votes counted before their voters ("Among the five votes
against were those of ..."). Sentences of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.numbers import parse_tallies
from kg.model import Facts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The motion carried with 11 ayes, 3 noes and 1 abstention.", (11, 3, 1)),
        ("It passed by nine ayes to four noes.", (9, 4, None)),
        ("The count was 40 ayes, 12 nays.", (40, 12, None)),
    ],
)
def test_ayes_and_noes(text: str, counts: tuple[int | None, ...]) -> None:
    found = parse_tallies(text)
    assert [(t.yes, t.no, t.abstain) for t in found][:1] == [counts]


def test_noes_alone_are_no_tally() -> None:
    assert parse_tallies("The noes had it, the chair said.") == ()


def test_a_trend_count_names_its_option() -> None:
    found = parse_tallies(
        "Backing slipped to 97, down from 104 yes votes in 2029, when 30 opposed."
    )
    trend = [t for t in found if t.rule == "tally.trend-from"]
    assert [(t.yes, t.no) for t in trend] == [(104, None)]


def test_a_trend_without_its_option_is_still_left_to_the_sentence() -> None:
    found = parse_tallies("Support rose from 88 in 2027 to 95 this year.")
    assert [(t.yes, t.rule) for t in found] == [(88, "tally.trend-from"), (95, "tally.trend-to")]


@pytest.mark.parametrize(
    ("sentence", "option"),
    [
        ("Among the six votes against were those of Iran and Cuba.", "no"),
        ("The no votes came from Iran and Cuba.", "no"),
        ("Among the abstentions were Iran and Cuba.", "abstain"),
        ("The votes in favour included Iran and Cuba.", "yes"),
    ],
)
def test_votes_counted_then_their_voters(
    extract: Callable[[str], Facts], sentence: str, option: str
) -> None:
    text = (
        "GENEVA, 3 May 2031 - The General Assembly adopted a text on river basins by 120 "
        "votes to 6, with 30 abstentions. " + sentence
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert claims == {("IRN", option), ("CUB", option)}


def test_votes_that_are_not_followed_by_voters(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK, 3 May 2031 - The General Assembly adopted a text on river basins by 120 "
        "votes to 6. The votes against were a surprise to Cuba's delegation."
    )
    assert {(v.country, v.option) for v in extract(text).votes} == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion came from Peru, which voted in favour of it together with Cuba and Iran.",
        "Peru voted in favour of the motion, along with Cuba and Iran.",
    ],
)
def test_companions_after_the_text_voted_on(extract: Callable[[str], Facts], sentence: str) -> None:
    text = (
        "NEW YORK, 3 May 2031 - The General Assembly rejected a motion to adjourn the debate "
        "by 30 votes to 85, with 40 abstentions. " + sentence
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert {("CUB", "yes"), ("IRN", "yes")} <= claims


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("In favour (28): Chile, Peru.", (28, None, None)),
        ("Yes (9)\nChile", (9, None, None)),
        ("Against (6): Malta.", (None, 6, None)),
        ("No (1)\nMalta", (None, 1, None)),
        ("Abstentions (13): Japan.", (None, None, 13)),
    ],
)
def test_a_label_s_count(text: str, counts: tuple[int | None, ...]) -> None:
    assert [(t.yes, t.no, t.abstain) for t in parse_tallies(text)] == [counts]


@pytest.mark.parametrize(
    "text", ["He said yes (3 times) to the offer.", "The noes (12) won.", "Against (Russia): one."]
)
def test_no_label_count_inside_prose(text: str) -> None:
    assert [t for t in parse_tallies(text) if t.rule == "tally.label"] == []
