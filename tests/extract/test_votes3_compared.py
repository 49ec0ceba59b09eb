"""A vote stated by comparison with another ("..., as it did on the rival text"), in
sentences of our own about votes set in 2031."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

FIRST = ResolutionRecord(
    symbol="A/RES/ES-20/1",
    draft_symbol="A/ES-20/L.1",
    body="UNGA",
    date="2031-05-06",
    title="Peace in the northern region",
    yes=101,
    no=20,
    abstain=60,
    sponsor_countries=("NOR", "ISL"),
)
SECOND = ResolutionRecord(
    symbol="A/RES/ES-20/2",
    draft_symbol="A/ES-20/L.2",
    body="UNGA",
    date="2031-05-06",
    title="A road to peace",
    yes=90,
    no=9,
    abstain=80,
    sponsor_countries=("BRA",),
)
LEAD = (
    "NEW YORK, 6 May 2031 - The General Assembly on Tuesday adopted a Norwegian text on peace "
    "in the northern region by 101 votes to 20, with 60 abstentions, and a Brazilian text by "
    "90 votes to 9, with 80 abstentions.\n\n"
)


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    return Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, FIRST, SECOND)})
    )


def _claims(facts: Facts) -> set[tuple[str, str, str]]:
    return {(v.country, v.option, v.resolution.key) for v in facts.votes}


def test_should_have_as_was_the_case_for(holding: Extractor) -> None:
    text = LEAD + (
        "Chile's president said Chile should have abstained on the Norwegian text, as was "
        "the case for the resolution proposed by Brazil."
    )
    claims = _claims(holding.extract(text))
    assert ("CHL", "abstain", "A/RES/ES-20/2") in claims
    assert ("CHL", "abstain", "A/RES/ES-20/1") not in claims


def test_as_it_did_on_a_symbol(holding: Extractor) -> None:
    text = LEAD + "Peru voted against the Norwegian text, as it did on A/ES-20/L.2."
    claims = _claims(holding.extract(text))
    assert ("PER", "no", "A/RES/ES-20/2") in claims


def test_a_negated_vote_compares_nothing(holding: Extractor) -> None:
    text = LEAD + "Peru did not abstain on the Norwegian text, as it did on the Brazilian one."
    claims = _claims(holding.extract(text))
    assert not {c for c in claims if c[0] == "PER"}
