"""Two votes on one text, told apart: a committee's vote and the plenary's on the text
it recommended, and an amendment's vote and the text's. Sentences of our own, about votes
set in 2031 (after every bundled vote)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

# a Second Committee vote and the plenary's adoption of the same draft
COMMITTEE = ResolutionRecord(
    symbol="A/C.2/86/L.14",
    draft_symbol="A/C.2/86/L.14",
    body="UNGA",
    date="2031-11-12",
    title="Glacier monitoring in mountain regions",
    yes=120,
    no=14,
    abstain=40,
)
PLENARY = ResolutionRecord(
    symbol="A/RES/86/233",
    draft_symbol="A/C.2/86/L.14",
    body="UNGA",
    date="2031-12-18",
    title="Glacier monitoring in mountain regions",
    yes=118,
    no=15,
    abstain=42,
)
# a plenary text and an amendment to it, voted on the same day
TEXT = ResolutionRecord(
    symbol="A/RES/86/40",
    draft_symbol="A/86/L.21",
    body="UNGA",
    date="2031-10-08",
    title="Sharing seismic data",
    yes=130,
    no=5,
    abstain=30,
)
AMENDMENT = ResolutionRecord(
    symbol="A/86/L.24",
    draft_symbol="A/86/L.24",
    body="UNGA",
    date="2031-10-08",
    title="Amendment to the text on sharing seismic data",
    yes=20,
    no=90,
    abstain=40,
    adopted=False,
)


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    records = (*bundled.resolutions, COMMITTEE, PLENARY, TEXT, AMENDMENT)
    return Extractor(bundled.model_copy(update={"resolutions": records}))


def _claims(facts: Facts) -> set[tuple[str, str, str]]:
    return {(v.country, v.option, v.resolution.key) for v in facts.votes}


PLENARY_STORY = (
    "NEW YORK, 19 December 2031 - The General Assembly on Thursday adopted resolution "
    "86/233 on glacier monitoring by 118 votes to 15, with 42 abstentions. The draft "
    "(A/C.2/86/L.14) had been approved in the Second Committee by 120 votes to 14.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru, which voted against the draft in committee, abstained on Thursday.",
        "Peru voted no in the Second Committee but abstained in the plenary.",
    ],
)
def test_a_committee_stage_vote_is_the_committee_s(holding: Extractor, sentence: str) -> None:
    claims = _claims(holding.extract(PLENARY_STORY + sentence))
    assert ("PER", "no", "A/C.2/86/L.14") in claims
    assert ("PER", "abstain", "A/RES/86/233") in claims
    assert ("PER", "no", "A/RES/86/233") not in claims


def test_without_the_records_the_committee_vote_is_the_draft_named(
    extract: Callable[[str], Facts],
) -> None:
    text = PLENARY_STORY + "Peru, which voted against it in committee, abstained on Thursday."
    claims = _claims(extract(text))
    assert ("PER", "no", "A/C.2/86/L.14") in claims
    assert {o for c, o, k in claims if "/C.2/" not in k} == {"abstain"}


AMENDMENT_STORY = (
    "NEW YORK, 8 October 2031 - The General Assembly today adopted a resolution on sharing "
    "seismic data after rejecting an amendment to it.\n\n"
    "Before acting on the text as a whole, the Assembly voted on an amendment (document "
    "A/86/L.24) proposed by Peru. It was rejected by 20 votes in favour to 90 against, with "
    "40 abstentions. The resolution (A/86/L.21) was then adopted by 130 votes to 5, with 30 "
    "abstentions.\n\n"
)


def test_a_vote_on_the_amendment_is_the_amendment_s(holding: Extractor) -> None:
    text = AMENDMENT_STORY + "Chile's delegate said her country had voted against the amendment."
    claims = _claims(holding.extract(text))
    assert ("CHL", "no", "A/86/L.24") in claims
    assert ("CHL", "no", "A/RES/86/40") not in claims


def test_a_vote_on_the_text_stays_the_text_s(holding: Extractor) -> None:
    text = AMENDMENT_STORY + "Chile's delegate said her country had voted against the resolution."
    claims = _claims(holding.extract(text))
    assert ("CHL", "no", "A/RES/86/40") in claims
    assert ("CHL", "no", "A/86/L.24") not in claims
