"""A vote of another year on a yearly text, named by its year ("abstained in 2029", "voted
no last year"): the record's vote of that year on the same text, if it holds exactly one.
Sentences of our own, about votes set in 2029-2031."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.earlier import year_named
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference


def _record(
    symbol: str, draft: str, date: str, title: str, counts: tuple[int, int, int]
) -> ResolutionRecord:
    yes, no, abstain = counts
    return ResolutionRecord(
        symbol=symbol,
        draft_symbol=draft,
        body="UNGA",
        date=date,
        title=title,
        yes=yes,
        no=no,
        abstain=abstain,
    )


NOW = _record(
    "A/RES/86/150", "A/C.3/86/L.30", "2031-12-16", "Rights of coastal fishers", (120, 20, 40)
)
BEFORE = _record(
    "A/RES/84/150", "A/C.3/84/L.30", "2029-12-18", "Rights of coastal fishers", (110, 25, 45)
)
OTHER = _record(
    "A/RES/84/90", "A/C.3/84/L.12", "2029-12-18", "Literacy of rural women", (150, 2, 20)
)


def _holding(*records: ResolutionRecord) -> Extractor:
    bundled = load_reference()
    return Extractor(bundled.model_copy(update={"resolutions": (*bundled.resolutions, *records)}))


@pytest.fixture(scope="module")
def holding() -> Extractor:
    return _holding(NOW, BEFORE, OTHER)


def _claims(facts: Facts) -> set[tuple[str, str, str]]:
    return {(v.country, v.option, v.resolution.key) for v in facts.votes}


STORY = (
    "NEW YORK, 17 December 2031 - The General Assembly on Tuesday adopted resolution 86/150 "
    "on the rights of coastal fishers by 120 votes to 20, with 40 abstentions.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru, which voted against the text two years ago, abstained on Tuesday.",
        "Peru, which voted against it in 2029, abstained this time.",
        "In 2029, Peru voted against the text. This year Peru abstained.",
    ],
)
def test_the_vote_of_the_year_named(holding: Extractor, sentence: str) -> None:
    claims = _claims(holding.extract(STORY + sentence))
    assert ("PER", "no", "A/RES/84/150") in claims
    assert ("PER", "abstain", "A/RES/86/150") in claims
    assert ("PER", "no", "A/RES/86/150") not in claims


def test_a_year_the_record_holds_no_vote_of_gives_none(holding: Extractor) -> None:
    claims = _claims(holding.extract(STORY + "Peru, which voted against it in 2027, abstained."))
    assert {(c, o) for c, o, _ in claims} == {("PER", "abstain")}


def test_two_votes_of_that_year_on_the_text_give_none() -> None:
    twin = _record(
        "A/RES/84/151",
        "A/C.3/84/L.31",
        "2029-12-18",
        "Rights of coastal fishers and their families",
        (100, 30, 50),
    )
    extractor = _holding(NOW, BEFORE, twin)
    claims = _claims(extractor.extract(STORY + "Peru, which voted against it in 2029, abstained."))
    assert {(c, o) for c, o, _ in claims} == {("PER", "abstain")}


def test_an_earlier_count_goes_to_that_year_s_vote(holding: Extractor) -> None:
    text = STORY + "Two years ago, 25 countries voted against the text."
    facts = holding.extract(text)
    assert {(t.resolution.key, t.no) for t in facts.tallies if t.no == 25} == {("A/RES/84/150", 25)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("abstained in 2029", "2029"),
        ("voted no last year", "2030"),
        ("two years ago", "2029"),
        ("in 2029 and in 2030", None),
        ("this year", None),
        ("in 2031", None),
    ],
)
def test_year_named(text: str, year: str | None) -> None:
    assert year_named(text, "2031") == year


# a Council draft that failed for want of votes, on 20 March 2031
FAILED = ResolutionRecord(
    symbol="S/2031/181",
    draft_symbol="S/2031/181",
    body="UNSC",
    date="2031-03-20",
    title="Convoy corridors",
    yes=4,
    no=2,
    abstain=9,
    adopted=False,
)
COUNCIL_STORY = (
    "20 March 2031\n\nA draft resolution on convoy corridors failed in the Security Council "
    "today, with 4 votes in favour, 2 against and 9 abstentions.\n\n"
)


def test_a_sentence_on_when_a_body_last_voted_is_another_vote() -> None:
    extractor = _holding(FAILED)
    text = COUNCIL_STORY + (
        "The Council last voted on the crisis in November, when a text drafted by Chile was "
        "blocked by the Russian Federation."
    )
    claims = _claims(extractor.extract(text))
    assert ("RUS", "no", "S/2031/181") not in claims
