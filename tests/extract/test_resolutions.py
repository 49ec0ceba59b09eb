"""Which vote each sentence is about: from the article's own evidence, never by default.

The articles here are our own, about votes the bundled reference does not hold (set in
2031, after every bundled vote) and about bundled votes described without a symbol.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.extract.resolutions import ResolutionMatcher, canonical_symbol
from kg.extract.text import Document
from kg.iri import resolution_iri
from kg.model import Facts, Reference, ResolutionRecord
from kg.reference.load import load_reference

# Friday 14 March 2031
CORAL = (
    "NEW YORK, March 14, 2031 - The General Assembly on Tuesday adopted a resolution on "
    "protecting coral reefs by 151 votes to 4, with 22 abstentions.\n\n"
    "The text, drafted by Fiji and Norway, urges states to curb ocean warming. Brazil voted "
    "against it. Japan abstained."
)
CORAL_RECORD = ResolutionRecord(
    symbol="A/RES/85/12",
    draft_symbol="A/85/L.7",
    body="UNGA",
    date="2031-03-11",
    title="Protection of coral reefs and ocean warming",
    yes=151,
    no=4,
    abstain=22,
    sponsor_countries=("FJI", "NOR"),
)
TWO_VOTES = (
    "UNITED NATIONS, June 6, 2031 - The Security Council on Monday rejected a "
    "Russian-drafted text on space debris, seven in favour, seven against and one "
    "abstention.\n\n"
    "Hours later the Council adopted a rival draft put forward by Malta and Guyana, "
    "14 votes in favour, none against and one abstention (Russia). France voted against "
    "the Russian text."
)


@pytest.fixture(scope="module")
def bundled() -> Reference:
    return load_reference()


@pytest.fixture(scope="module")
def holding(bundled: Reference) -> Extractor:
    """An extractor whose reference holds the coral-reef vote, as after an import."""
    return Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, CORAL_RECORD)})
    )


def keys(facts: Facts) -> set[str]:
    return (
        {v.resolution.key for v in facts.votes}
        | {t.resolution.key for t in facts.tallies}
        | {s.target.resolution.key for s in facts.stances if s.target.resolution}
    )


def bundled_symbols(reference: Reference) -> set[str]:
    return {r.symbol for r in reference.resolutions}


def test_an_unknown_vote_is_filed_under_its_body_and_day(
    extract: Callable[[str], Facts], bundled: Reference
) -> None:
    facts = extract(CORAL)
    assert keys(facts) == {"UNGA-2031-03-11"}
    assert not keys(facts) & bundled_symbols(bundled)
    assert {(v.country, v.option) for v in facts.votes} >= {("BRA", "no"), ("JPN", "abstain")}
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(151, 4, 22)]
    assert all(not r.matched for r in facts.resolutions)


def test_the_article_date_from_metadata_dates_a_relative_day(extractor: Extractor) -> None:
    text = CORAL.replace("NEW YORK, March 14, 2031 - ", "")
    assert keys(extractor.extract(text, date="2031-03-14")) == {"UNGA-2031-03-11"}
    # yesterday, on a Wednesday
    said = text.replace("on Tuesday", "yesterday")
    assert keys(extractor.extract(said, date="2031-03-12")) == {"UNGA-2031-03-11"}


def test_an_unknown_vote_lands_on_the_record_that_holds_it(holding: Extractor) -> None:
    facts = holding.extract(CORAL)
    assert keys(facts) == {"A/RES/85/12"}
    assert all(v.resolution.matched for v in facts.votes)


def test_the_same_article_undated_still_finds_the_record_by_its_tally(
    holding: Extractor,
) -> None:
    text = CORAL.replace("NEW YORK, March 14, 2031 - ", "").replace(" on Tuesday", "")
    assert keys(holding.extract(text)) == {"A/RES/85/12"}


def test_a_symbol_the_reference_lacks(extract: Callable[[str], Facts], bundled: Reference) -> None:
    a = extract(
        "The Security Council adopted resolution 2901 (2031) on Thursday, 13 in favour to "
        "none against, with two abstentions (China and Russia). Algeria voted in favour."
    )
    b = extract("Resolution 2901 passed the Security Council. Algeria voted for it.")
    c = extract("S/RES/2901 (2031) was adopted; Algeria voted for it.")
    assert keys(a) == keys(b) == keys(c) == {"S/RES/2901"}
    assert [(t.yes, t.no, t.abstain) for t in a.tallies] == [(13, 0, 2)]
    assert not keys(a) & bundled_symbols(bundled)
    assert resolution_iri("S/RES/2901 (2031)") == resolution_iri("S/RES/2901")


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("A/ES-10/L.33", "A/ES-10/L.33"),
        ("S/RES/2334 (2016)", "S/RES/2334 (2016)"),
        ("S/RES/2334(2016)", "S/RES/2334 (2016)"),
        ("A/HRC/RES/55/28", "A/HRC/RES/55/28"),
        ("a/hrc/51/l.6", "A/HRC/51/L.6"),
        ("A/C.3/79/L.37/Rev.1", "A/C.3/79/L.37/Rev.1"),
    ],
)
def test_symbols_in_one_spelling(written: str, canonical: str) -> None:
    assert canonical_symbol(written) == canonical


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The Assembly adopted A/ES-10/L.33 on Friday.", "A/ES-10/L.33"),
        ("It reaffirmed resolution 79/410 of the Assembly.", "A/RES/79/410"),
        ("The vote on ES-10/31 was close.", "A/RES/ES-10/31"),
        ("Draft A/HRC/61/L.6 was rejected.", "A/HRC/61/L.6"),
        ("The Human Rights Council resolution 61/12 passed.", "A/HRC/RES/61/12"),
        ("Draft A/C.1/86/L.41 was approved by the First Committee.", "A/C.1/86/L.41"),
        ("A/HRC/RES/61/3 passed.", "A/HRC/RES/61/3"),
    ],
)
def test_symbols_of_every_body(bundled: Reference, sentence: str, key: str) -> None:
    mentions = ResolutionMatcher(bundled).all_symbols_in(sentence, 0)  # cited ones too
    assert [m.ref.key for m in mentions] == [key]
    assert not mentions[0].ref.matched


def test_two_votes_of_one_body_on_one_day_are_kept_apart(
    extract: Callable[[str], Facts], bundled: Reference
) -> None:
    facts = extract(TWO_VOTES)
    tallies = {(t.yes, t.no, t.abstain): t.resolution.key for t in facts.tallies}
    assert tallies == {
        (7, 7, 1): "UNSC-2031-06-02-7-7-1",
        (14, 0, 1): "UNSC-2031-06-02-14-0-1",
    }
    assert not keys(facts) & bundled_symbols(bundled)


def test_a_vote_near_a_bundled_one_is_not_taken_for_it(
    extract: Callable[[str], Facts], bundled: Reference
) -> None:
    # two days after the bundled votes of 24 February 2025, on another day and subject
    facts = extract(
        "UNITED NATIONS, February 26, 2025 - The General Assembly on Wednesday adopted a "
        "resolution on desert locusts, 120 in favour to 30 against. Chile voted in favour."
    )
    assert keys(facts) == {"UNGA-2025-02-26"}
    undated = extract(
        "The General Assembly adopted a US-drafted resolution on migratory birds. "
        "Chile voted in favour, and Peru abstained."
    )
    assert not keys(undated) & bundled_symbols(bundled)


def test_a_bundled_vote_described_without_its_symbol(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "The Security Council on Monday adopted the US-drafted text 10 votes to none, with "
        "five abstentions. Britain abstained.",
    )
    assert keys(facts) == {"S/RES/2774 (2025)"}


def test_last_week_matches_a_record_within_the_week(holding: Extractor) -> None:
    text = (
        "Diplomats are still arguing over the coral-reef resolution the General Assembly "
        "adopted last week. Brazil voted against the text drafted by Fiji and Norway."
    )
    assert keys(holding.extract(text, date="2031-03-18")) == {"A/RES/85/12"}
    # a month later, "last week" is another vote
    assert "A/RES/85/12" not in keys(holding.extract(text, date="2031-04-20"))


def test_drafters_are_read_through_the_gazetteer(bundled: Reference) -> None:
    matcher = ResolutionMatcher(bundled)
    doc = Document("")
    cases = {
        "The Kenyan-drafted text passed.": {"KEN"},
        "A draft sponsored by Mexico and Ireland passed.": {"MEX", "IRL"},
        "Brasilia's draft was adopted.": {"BRA"},
        "The Albania/United States draft was vetoed.": {"ALB", "USA"},
        "The vote was close.": set(),
    }
    for text, drafters in cases.items():
        cues = matcher._cues(doc, text)
        assert (set(cues.drafters) if cues else set()) == drafters, text


def test_a_day_counted_from_another(holding: Extractor) -> None:
    # no date on the article: "on 13 March, two days after" the vote is 11 March
    text = (
        "We met the envoy in Suva on 13 March, two days after the General Assembly adopted "
        "the coral-reef text. Brazil voted against it."
    )
    assert keys(holding.extract(text)) == {"A/RES/85/12"}
