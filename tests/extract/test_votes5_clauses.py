"""Votes probe round 5, clauses: a vote supposed ("Had Mexico voted yes, ..."), a count
stated in the sentence before ("... 143 votes to nine. Among the nine were ..."), options
without a verb ("A for, B against, C abstaining"), an amendment backed or rejected, a list
that goes on ("were also"), a relative clause's own vote kept out of the cue's ("...,
which had voted against the amendment"), and a sentence about last year's renewal.
Sentences of our own, set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.extract.earlier import opens_earlier
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

STORY = (
    "NEW YORK, 4 March 2031 - The General Assembly on Tuesday adopted a text on river basins "
    "by 143 votes to nine, with 25 abstentions. "
)


def _pairs(facts: Facts) -> set[tuple[str, str]]:
    return {(v.country, v.option) for v in facts.votes}


@pytest.mark.parametrize(
    "sentence",
    [
        "Had Mexico voted yes, the majority would have looked different.",
        "The margin would have been wider, had Peru and Chile abstained.",
    ],
)
def test_a_vote_supposed_is_no_vote(extract: Callable[[str], Facts], sentence: str) -> None:
    assert _pairs(extract(STORY + sentence)) == set()


def test_a_had_after_the_subject_is_still_a_vote(extract: Callable[[str], Facts]) -> None:
    assert _pairs(extract(STORY + "Peru had also voted no.")) == {("PER", "no")}


def test_a_count_stated_in_the_sentence_before(extract: Callable[[str], Facts]) -> None:
    claims = _pairs(extract(STORY + "Among the nine were Peru and Chile."))
    assert claims == {("PER", "no"), ("CHL", "no")}


def test_options_without_a_verb(extract: Callable[[str], Facts]) -> None:
    text = STORY + "Ghana and Togo for, Sudan against, Kenya abstaining: the region was split."
    assert _pairs(extract(text)) == {
        ("GHA", "yes"),
        ("TGO", "yes"),
        ("SDN", "no"),
        ("KEN", "abstain"),
    }


def test_one_bare_option_alone_is_not_a_verbless_list(extract: Callable[[str], Facts]) -> None:
    assert _pairs(extract(STORY + "Ghana said it was for dialogue, Togo too.")) == set()


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Abstaining on the text were also Peru and Chile.",
            {("PER", "abstain"), ("CHL", "abstain")},
        ),
        ("Voting against it were also Peru and Chile.", {("PER", "no"), ("CHL", "no")}),
        ("Abstaining were also Peru and Chile.", {("PER", "abstain"), ("CHL", "abstain")}),
    ],
)
def test_a_list_that_goes_on(
    extract: Callable[[str], Facts], sentence: str, claims: set[tuple[str, str]]
) -> None:
    assert _pairs(extract(STORY + sentence)) == claims


def _record(
    symbol: str, draft: str, counts: tuple[int, int, int], title: str, adopted: bool
) -> ResolutionRecord:
    yes, no, abstain = counts
    return ResolutionRecord(
        symbol=symbol,
        draft_symbol=draft,
        body="UNGA",
        date="2031-12-12",
        title=title,
        yes=yes,
        no=no,
        abstain=abstain,
        adopted=adopted,
    )


TEXT = _record("A/RES/86/170", "A/86/L.40", (81, 27, 62), "Situation in the north", True)
AMENDMENT = _record("A/86/L.51", "A/86/L.51", (31, 79, 55), "Amendment to the text", False)


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    return Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, TEXT, AMENDMENT)})
    )


TWO_VOTES = (
    "NEW YORK, 12 December 2031 - The General Assembly on Friday adopted a resolution on the "
    "situation in the north by 81 votes to 27, with 62 abstentions, after rejecting an "
    "amendment. The amendment (A/86/L.51) failed by 31 votes in favour to 79 against. "
)


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Egypt and Peru backed the amendment and then abstained on the text.",
            {
                ("EGY", "yes", "A/86/L.51"),
                ("PER", "yes", "A/86/L.51"),
                ("EGY", "abstain", "A/RES/86/170"),
                ("PER", "abstain", "A/RES/86/170"),
            },
        ),
        (
            "Abstaining on the resolution were also Chile and Mexico, which had voted against "
            "the amendment.",
            {
                ("CHL", "abstain", "A/RES/86/170"),
                ("MEX", "abstain", "A/RES/86/170"),
                ("CHL", "no", "A/86/L.51"),
                ("MEX", "no", "A/86/L.51"),
            },
        ),
    ],
)
def test_the_amendment_and_the_text(
    holding: Extractor, sentence: str, claims: set[tuple[str, str, str]]
) -> None:
    found = holding.extract(TWO_VOTES + sentence).votes
    assert {(v.country, v.option, v.resolution.key) for v in found} == claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year's renewal was adopted with 13 votes in favour.",
        "The 2030 extension passed 13-0-2.",
        "The previous version drew 12 no votes.",
    ],
)
def test_a_sentence_about_an_earlier_renewal(sentence: str) -> None:
    assert opens_earlier(sentence, "2031-01-30")


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        ("The text, which Peru opposed, passed easily.", {("PER", "no")}),
        ("The draft that Chile and Peru backed was adopted.", {("CHL", "yes"), ("PER", "yes")}),
        ("The text, which Peru drafted, passed easily.", set()),
        ("The text, which the Peruvian envoy opposed, passed easily.", set()),
    ],
)
def test_the_voter_of_a_relative_clause_on_the_text(
    extract: Callable[[str], Facts], sentence: str, claims: set[tuple[str, str]]
) -> None:
    assert _pairs(extract(STORY + sentence)) == claims
