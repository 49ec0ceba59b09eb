"""Which vote an article means, where the day it names is not the vote's: sentences of
our own about votes set in 2031 (after every bundled vote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

# a Human Rights Council vote of Thursday 6 March 2031
WETLANDS = ResolutionRecord(
    symbol="A/HRC/RES/88/4",
    draft_symbol="A/HRC/88/L.9",
    body="HRC",
    date="2031-03-06",
    title="Human rights and the protection of wetlands",
    yes=29,
    no=6,
    abstain=12,
)
# published the day after the vote; the weekday is the statement's
STATEMENT = (
    "Lima, 7 March 2031\n\n"
    "Peru voted in favour of the Human Rights Council resolution on wetlands, the foreign "
    "ministry said on Friday, adding that the text reflected its commitments.\n\n"
    "The ministry recalled that the resolution was adopted by 29 votes to 6."
)


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    return Extractor(bundled.model_copy(update={"resolutions": (*bundled.resolutions, WETLANDS)}))


def _keys(facts: Facts) -> set[str]:
    return {v.resolution.key for v in facts.votes} | {t.resolution.key for t in facts.tallies}


def test_the_day_of_a_statement_is_not_the_vote_day(holding: Extractor) -> None:
    facts = holding.extract(STATEMENT)
    assert ("PER", "yes") in {(v.country, v.option) for v in facts.votes}
    assert _keys(facts) == {"A/HRC/RES/88/4"}


def test_without_the_record_the_vote_stays_one_unknown_vote(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(STATEMENT)
    keys = _keys(facts)
    assert len(keys) == 1
    assert not keys & {r.symbol for r in load_reference().resolutions}


def test_a_vote_on_the_named_weekday_keeps_its_day(holding: Extractor) -> None:
    text = (
        "Lima, 14 March 2031\n\nThe Human Rights Council voted on Thursday on a text on "
        "wetlands, 30 to 5, diplomats said."
    )
    keys = _keys(holding.extract(text))
    assert keys == {"HRC-2031-03-13"}  # not the record of the week before: other counts


# an Assembly vote of Friday 13 December 2030
DECEMBER = ResolutionRecord(
    symbol="A/RES/85/201",
    draft_symbol="A/85/L.61",
    body="UNGA",
    date="2030-12-13",
    title="Protection of mangrove forests",
    yes=158,
    no=9,
    abstain=13,
)
JUNE = (
    "UNITED NATIONS, June 12, 2031 - The General Assembly voted 149-12 on Thursday, with 19 "
    "abstentions, to protect mangrove forests.\n\n"
    "In December, a similar resolution drew 158 votes in favour, with Chile and Peru "
    "again opposed."
)


def test_a_month_named_alone_is_an_earlier_vote(holding_december: Extractor) -> None:
    facts = holding_december.extract(JUNE)
    by_count = {t.yes: t.resolution.key for t in facts.tallies}
    assert by_count[158] == "A/RES/85/201"
    assert by_count[149] != "A/RES/85/201"
    assert {(v.country, v.resolution.key) for v in facts.votes if v.country in {"CHL", "PER"}} == {
        ("CHL", "A/RES/85/201"),
        ("PER", "A/RES/85/201"),
    }


def test_an_unknown_vote_of_an_earlier_month_is_not_of_the_article_day(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(JUNE)
    by_count = {t.yes: t.resolution.key for t in facts.tallies}
    assert by_count[149] == "UNGA-2031-06-12"
    assert not by_count[158].startswith("UNGA-2031")


def test_the_month_of_the_article_is_no_other_time(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, June 12, 2031 - In June, the General Assembly adopted a text on "
        "mangroves by 149 votes to 12. Chile voted no."
    )
    keys = {v.resolution.key for v in extract(text).votes}
    assert keys == {"UNGA-2031-06-12"}


@pytest.fixture(scope="module")
def holding_december() -> Extractor:
    bundled = load_reference()
    return Extractor(bundled.model_copy(update={"resolutions": (*bundled.resolutions, DECEMBER)}))


def test_a_sentence_opening_on_another_month_claims_nothing_of_this_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "UNITED NATIONS, June 12, 2031 - The General Assembly voted 149-12 on Thursday to "
        "protect mangrove forests. Ghana voted yes.\n\n"
        "In December, Chile and Peru voted against a similar text. In June, Togo abstained."
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert ("GHA", "yes") in claims
    assert ("TGO", "abstain") in claims  # the month of the vote reported
    assert not {c for c in claims if c[0] in {"CHL", "PER"}}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The 15 members of the Security Council voted 13-1 on Monday.", "UNSC"),
        ("Members of the Human Rights Council voted 28-6 on Monday.", "HRC"),
        ("Cuba, a member of the Human Rights Council, voted against the Assembly text.", "UNGA"),
        ("Brazil, which holds a seat on the Security Council, abstained in the Assembly.", "UNGA"),
    ],
)
def test_the_body_voting_and_the_body_belonged_to(sentence: str, body: str) -> None:
    from kg.extract.resolutions.cues import _body  # noqa: PLC0415

    assert _body(sentence, sentence.lower())[0] == body


def test_a_month_of_something_else_does_not_date_the_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "UNITED NATIONS, Dec 12, 2031 - The General Assembly voted to condemn the floods in "
        "October, 150 to 9. Chile voted no."
    )
    facts = extract(text)
    assert {v.resolution.key for v in facts.votes} == {"UNGA-2031-12-12"}
    assert {t.resolution.key for t in facts.tallies} == {"UNGA-2031-12-12"}
