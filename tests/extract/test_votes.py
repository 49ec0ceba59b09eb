"""Pass 6: vote claims, tallies and the resolution they are about."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts

LEAD = (
    "UNITED NATIONS, 24 February 2025 - The General Assembly adopted the Ukrainian-European "
    "resolution by 93 votes to 18, with 65 abstentions. "
)


def votes(facts: Facts) -> set[tuple[str, str, str]]:
    return {(v.country, v.option, v.resolution.symbol or v.resolution.key) for v in facts.votes}


L10 = "A/RES/ES-11/7"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Russia, Belarus, Eritrea and Sudan voted against.",
            {("RUS", "no", L10), ("BLR", "no", L10), ("ERI", "no", L10), ("SDN", "no", L10)},
            id="enumeration",
        ),
        pytest.param("China abstained.", {("CHN", "abstain", L10)}, id="abstained"),
        pytest.param(
            "Even China, a close partner of Russia, chose abstention.",
            {("CHN", "abstain", L10)},
            id="appositive-skipped",
        ),
        pytest.param(
            "Eritrea joined Russia in opposing the text.",
            {("ERI", "no", L10), ("RUS", "no", L10)},
            id="joined-in-opposing",
        ),
        pytest.param(
            "Austria joined Chile in backing the measure.",
            {("AUT", "yes", L10), ("CHL", "yes", L10)},
            id="joined-in-backing",
        ),
        pytest.param(
            "Among the countries that abstained on the text were Mongolia, Laos and Togo.",
            {("MNG", "abstain", L10), ("LAO", "abstain", L10), ("TGO", "abstain", L10)},
            id="among-those-that-abstained",
        ),
        pytest.param(
            "States voting against it included Nicaragua and Mali.",
            {("NIC", "no", L10), ("MLI", "no", L10)},
            id="those-voting-against-included",
        ),
        pytest.param(
            "Peru voted in favour. Peru was joined by Fiji and Ghana.",
            {("PER", "yes", L10), ("FJI", "yes", L10), ("GHA", "yes", L10)},
            id="was-joined-by",
        ),
        pytest.param(
            "The text passed, with Nauru among the countries that voted against it.",
            {("NRU", "no", L10)},
            id="with-a-country-among-those-that",
        ),
        pytest.param(
            "Tuvalu joined The Gambia in backing the resolution.",
            {("TUV", "yes", L10), ("GMB", "yes", L10)},
            id="joined-a-name-with-the",
        ),
        pytest.param(
            "Among the countries that voted against the resolution calling for a just peace "
            "(A/ES-11/L.10) were Mali and Niger.",
            {("MLI", "no", L10), ("NER", "no", L10)},
            id="relative-list-naming-the-symbol",
        ),
        pytest.param(
            "Ana Ruiz condemned Qatar's decision to abstain on the resolution.",
            {("QAT", "abstain", L10)},
            id="decision-to-abstain",
        ),
        pytest.param(
            "The United States voted no, alongside Hungary and Israel.",
            {("USA", "no", L10), ("HUN", "no", L10), ("ISR", "no", L10)},
            id="alongside",
        ),
        pytest.param(
            "Voting yes were Chile, Peru and Spain.",
            {("CHL", "yes", L10), ("PER", "yes", L10), ("ESP", "yes", L10)},
            id="inverted",
        ),
        pytest.param(
            "Lithuania voted yes. So did Latvia and Estonia.",
            {("LTU", "yes", L10), ("LVA", "yes", L10), ("EST", "yes", L10)},
            id="so-did",
        ),
        pytest.param(
            "Mali voted against. Chad and Niger, both neighbours of Mali, voted the same way.",
            {("MLI", "no", L10), ("TCD", "no", L10), ("NER", "no", L10)},
            id="voted-the-same-way-keeps-the-first-voter",
        ),
        pytest.param(
            "Brazil declined to back the text, abstaining alongside India.",
            {("BRA", "abstain", L10), ("IND", "abstain", L10)},
            id="participle",
        ),
        pytest.param(
            "By voting no, the United States broke with its allies.",
            {("USA", "no", L10)},
            id="fronted-participle",
        ),
        pytest.param(
            "The resolution passed despite U.S. opposition.", {("USA", "no", L10)}, id="opposition"
        ),
        pytest.param("Moldova did not vote against it.", set(), id="negated"),
    ],
)
def test_claims(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected


def test_implied_votes_follow_the_anchor(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "The United States voted against the resolution. It stood with Russia and Belarus "
        "and stood against Britain, France and Germany."
    )
    found = votes(extract(text))
    assert {("RUS", "no", L10), ("BLR", "no", L10)} <= found
    assert {("GBR", "yes", L10), ("FRA", "yes", L10), ("DEU", "yes", L10)} <= found


def test_security_council_context(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Hours later the Security Council adopted Resolution 2774 by 10 votes to none, "
        "with five abstentions: France, Britain, Denmark, Greece and Slovenia."
    )
    found = votes(extract(text))
    assert ("FRA", "abstain", "S/RES/2774 (2025)") in found
    assert all(c[2] == "S/RES/2774 (2025)" for c in found)


def test_a_different_resolution_gets_its_body_and_day(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 30 October 2024 - The General Assembly again called for an end to "
        "the embargo imposed by the United States against Cuba, adopting the resolution by 187 "
        "votes to 2, with 1 abstention. Only the United States and Israel voted against. "
        "Moldova abstained."
    )
    facts = extract(text)
    assert votes(facts) == {
        ("USA", "no", "UNGA-2024-10-30"),
        ("ISR", "no", "UNGA-2024-10-30"),
        ("MDA", "abstain", "UNGA-2024-10-30"),
    }
    assert [(t.resolution.key, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("UNGA-2024-10-30", 187, 2, 1)
    ]


def test_a_misstated_tally_stays_with_its_vote(extract: Callable[[str], Facts]) -> None:
    # one figure off (65 abstentions on the record): the article misstates this vote, which
    # tally-vs-record then shows; it is not some other, unknown resolution
    facts = extract(
        "The General Assembly adopted the Ukrainian-European text on 24 February 2025 "
        "by 93 votes to 18, with 67 abstaining."
    )
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/7", 93, 18, 67)
    ]


def test_tally_in_words_matches_the_record(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "The amended text passed by ninety-three votes to eight, with seventy-three abstentions."
    )
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/8", 93, 8, 73)
    ]


def test_resolution_by_symbol(extract: Callable[[str], Facts]) -> None:
    facts = extract("In resolution ES-11/1, adopted 141-5-35, Syria voted against.")
    assert ("SYR", "no", "A/RES/ES-11/1") in votes(facts)


def test_in_that_vote_is_the_vote_named_last(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Diplomats were surprised by the Assembly vote and by the push for a rival text "
        "in the Security Council, adopted later as resolution 2774. In that vote, Malta "
        "and Greece abstained."
    )
    found = votes(extract(text))
    assert ("MLT", "abstain", "S/RES/2774 (2025)") in found
    assert ("MLT", "abstain", L10) not in found


def test_despite_opposition_gives_way_to_the_stated_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The amended US text (A/RES/ES-11/8) passed despite U.S. opposition. In the end the "
        "United States abstained on the amended text."
    )
    assert {c for c in votes(extract(text)) if c[0] == "USA"} == {
        ("USA", "abstain", "A/RES/ES-11/8")
    }


def test_a_count_before_abstaining_is_no_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the text by 93 votes to 18, with 65 abstaining, with Nepal "
        "among the countries that voted against it."
    )
    assert {c for c in votes(extract(text)) if c[0] == "NPL"} == {("NPL", "no", L10)}


def test_a_day_without_its_year_names_the_vote(extract: Callable[[str], Facts]) -> None:
    # 23 February is the day of A/RES/ES-11/6, not of A/RES/ES-11/7 (24 February)
    found = votes(
        extract("The General Assembly adopted the resolution on Feb. 23. Gabon voted in favour.")
    )
    assert found == {("GAB", "yes", "A/RES/ES-11/6")}


def test_as_they_had_on_both_previous_occasions(extract: Callable[[str], Facts]) -> None:
    text = (
        "In March 2022 the General Assembly adopted resolution A/RES/ES-11/1. "
        "In February 2023 it adopted A/RES/ES-11/6.\n\n"
        "On 24 February 2025 it adopted A/RES/ES-11/7. Laos abstained, as it had on both "
        "previous occasions."
    )
    found = {c for c in votes(extract(text)) if c[0] == "LAO"}
    assert found == {("LAO", "abstain", r) for r in ("A/RES/ES-11/1", "A/RES/ES-11/6", L10)}


def test_voting_for_peace_is_rhetoric(extract: Callable[[str], Facts]) -> None:
    text = LEAD + 'Hungary voted against it. "We voted for peace," its envoy said.'
    assert {c for c in votes(extract(text)) if c[0] == "HUN"} == {("HUN", "no", L10)}
