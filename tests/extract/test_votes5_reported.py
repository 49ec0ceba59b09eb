"""Votes probe round 5, reported forms: a country that says how it voted ("Britain said it
had abstained", a delegation's "we voted yes"), the one voter named beside "the only
country" ("the only state to vote no besides X"), lists and counts in other words ("were
among the 12 supporting it", "joined the no camp", "the abstainers were also ..."), a
tally's abstentions in brackets, and a sentence opening on "last <month>". Sentences of our
own, set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.earlier import opens_earlier
from kg.extract.numbers import parse_tallies
from kg.model import Facts

STORY = (
    "NEW YORK, 4 March 2031 - The General Assembly on Tuesday adopted a text on river basins "
    "by 120 votes to 6, with 30 abstentions. "
)


def _pairs(facts: Facts) -> set[tuple[str, str]]:
    return {(v.country, v.option) for v in facts.votes}


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("Explaining its vote, Ghana said it had abstained.", {("GHA", "abstain")}),
        ("The United States says it voted for the text.", {("USA", "yes")}),
        ("Peru and Chile said they voted against it.", {("PER", "no"), ("CHL", "no")}),
        ('"We voted yes because it is fair," Fiji\'s ambassador told reporters.', {("FJI", "yes")}),
    ],
)
def test_a_country_s_own_words_state_its_vote(
    extract: Callable[[str], Facts], sentence: str, claims: set[tuple[str, str]]
) -> None:
    assert _pairs(extract(STORY + sentence)) == claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana said it would abstain.",
        "Ghana said it could not vote for the text.",
        '"We did not vote against it," Fiji\'s ambassador said.',
    ],
)
def test_words_that_state_no_vote(extract: Callable[[str], Facts], sentence: str) -> None:
    assert _pairs(extract(STORY + sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile was the only country to vote against besides Peru.",
        "Chile was the only state to vote no besides Peru, which cited its fisheries.",
        "Besides Peru, only Chile voted against.",
    ],
)
def test_the_one_beside_the_only_voter(extract: Callable[[str], Facts], sentence: str) -> None:
    assert _pairs(extract(STORY + sentence)) == {("CHL", "no"), ("PER", "no")}


def test_a_trailing_besides_needs_an_only(extract: Callable[[str], Facts]) -> None:
    claims = _pairs(extract(STORY + "Chile voted against, besides Peru's neighbours."))
    assert claims == {("CHL", "no")}


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Among the abstainers were also Japan and Kenya.",
            {("JPN", "abstain"), ("KEN", "abstain")},
        ),
        ("Japan and Kenya were among the 120 supporting it.", {("JPN", "yes"), ("KEN", "yes")}),
        ("Japan and Kenya were among the six opposing it.", {("JPN", "no"), ("KEN", "no")}),
        ("This year Japan joined the no camp.", {("JPN", "no")}),
        ("Kenya joined the abstainers.", {("KEN", "abstain")}),
    ],
)
def test_lists_and_sides_in_other_words(
    extract: Callable[[str], Facts], sentence: str, claims: set[tuple[str, str]]
) -> None:
    assert _pairs(extract(STORY + sentence)) == claims


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The clause was kept by 70 votes to 41 (38 abstentions).", (70, 41, 38)),
        ("The clause was kept 70-41 (thirty-eight abstentions).", (70, 41, 38)),
        ("The clause was kept 70-41 (Chile, Peru).", (70, 41, None)),
    ],
)
def test_abstentions_in_brackets_after_two_counts(
    text: str, counts: tuple[int | None, ...]
) -> None:
    assert [(t.yes, t.no, t.abstain) for t in parse_tallies(text)] == [counts]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Last March a similar text drew 131 votes.", True),
        ("Last June a similar text drew 131 votes.", True),
        ("In March the text drew 131 votes.", False),
        ("In June a similar text drew 131 votes.", True),
    ],
)
def test_a_sentence_opening_on_a_month_without_a_comma(sentence: str, earlier: bool) -> None:
    assert opens_earlier(sentence, "2031-03-04") is earlier


def test_a_comma_and_after_an_and_opens_a_new_clause(extract: Callable[[str], Facts]) -> None:
    text = STORY + "Among the abstainers were Kenya and Togo, and Kuwait voted no."
    assert _pairs(extract(text)) == {("KEN", "abstain"), ("TGO", "abstain"), ("KWT", "no")}


@pytest.mark.parametrize(
    "sentence",
    ["Palau and Fiji joined the no camp in some years.", "Palau voted no in several years."],
)
def test_a_vote_of_some_years_is_a_record(extract: Callable[[str], Facts], sentence: str) -> None:
    assert _pairs(extract(STORY + sentence)) == set()


def test_a_label_after_a_live_blog_s_time(extract: Callable[[str], Facts]) -> None:
    text = STORY + "\n\n14:02 - Against: Peru, Chile.\n\n14:05 - The chair closes the meeting."
    assert _pairs(extract(text)) == {("PER", "no"), ("CHL", "no")}


def test_both_stands_for_the_two_countries_before(extract: Callable[[str], Facts]) -> None:
    text = (
        STORY + "Peru said it might abstain and Chile had not decided. In the end both voted yes."
    )
    assert _pairs(extract(text)) == {("PER", "yes"), ("CHL", "yes")}


def test_both_needs_two_countries_before(extract: Callable[[str], Facts]) -> None:
    text = STORY + "Peru said it might abstain. In the end both voted yes."
    assert _pairs(extract(text)) == set()
