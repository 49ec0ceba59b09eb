"""Stances in articles that report two votes on one day (an Assembly text and a Council
text, the way the 24 February 2025 votes were covered), found by probing: a text named
by its drafter ("the American text") is the one that country drafted, and the body the
unit names decides between two; "those abstentions" in an op-ed; unnamed groups of
countries; verdicts the lexicon left unrated ("sad to see", "a good start", "balanced")."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts, Stance

TWO_VOTES = (
    "Europe dismayed as Washington votes with Moscow\n\n"
    "BRUSSELS, Feb 24 - The United States voted against a U.N. General Assembly "
    "resolution backed by Ukraine and the European Union that condemned Russia's "
    "invasion. The text passed with 93 votes in favour, 18 against and 65 abstentions.\n\n"
    "Later on Monday, the Security Council adopted a short U.S.-drafted resolution calling "
    "for an end to the conflict by 10 votes to none. France, Britain, Denmark, Greece and "
    "Slovenia abstained.\n\n"
)


def _of(facts: Facts, holder: str) -> list[Stance]:
    return [s for s in facts.stances if s.holder.name == holder]


def test_an_abstention_on_the_american_text_is_on_the_council_vote(
    extract: Callable[[str], Facts],
) -> None:
    lead, council = TWO_VOTES.split("Later on Monday")
    text = (
        lead
        + (
            '"It is a sad day for the alliance," the Estonian foreign minister Arvo Tamm told '
            "reporters in Brussels.\n\nLater on Monday" + council
        )
        + (
            "Britain's ambassador Ida Holm said the United Kingdom had abstained on the American "
            "text because it failed to make clear that Russia was the aggressor.\n"
        )
    )
    own = [s for s in _of(extract(text), "Ida Holm") if s.target.voter == "GBR"]
    assert own and all(
        s.target.resolution is not None and s.target.resolution.key == "S/RES/2774 (2025)"
        for s in own
    )


def test_praise_of_the_american_resolution_is_praise_of_the_council_text(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_VOTES + (
        "Russia's envoy Oleg Varin welcomed the American resolution as a step in the right "
        "direction.\n"
    )
    found = {
        (s.polarity, s.target.voter, s.target.resolution.key if s.target.resolution else None)
        for s in _of(extract(text), "Oleg Varin")
    }
    assert found == {("supports", "USA", "S/RES/2774 (2025)")}


def test_sad_to_see_a_country_vote_with_others(extract: Callable[[str], Facts]) -> None:
    text = TWO_VOTES + (
        '"It is sad to see the United States vote alongside Russia and Belarus," said '
        "the EU's foreign policy chief Liisa Kask.\n"
    )
    assert any(
        s.polarity == "criticizes" and s.target.voter == "USA"
        for s in _of(extract(text), "Liisa Kask")
    )


def test_a_text_called_a_good_start_supports_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council adopts U.S. text on Ukraine\n\n"
        "The Security Council on Monday adopted a U.S.-drafted resolution calling for an end "
        "to the war by 10 votes to none, with five abstentions. China voted in favour.\n\n"
        "China's ambassador Wen Ruo told the Council that the American text was a good start "
        "towards peace.\n"
    )
    found = {(s.polarity, s.target.voter) for s in _of(extract(text), "Wen Ruo")}
    assert ("supports", "USA") in found


def test_a_position_called_balanced_is_supported(extract: Callable[[str], Facts]) -> None:
    text = (
        "Moscow hails U.S. vote\n\n"
        "MOSCOW - The United States voted against the Ukrainian resolution in the General "
        "Assembly on Monday, which passed with 93 votes. Russia also voted against it.\n\n"
        "Kremlin spokesman Oleg Saltin said the American position was balanced.\n"
    )
    found = {(s.polarity, s.target.voter) for s in _of(extract(text), "Oleg Saltin")}
    assert found == {("supports", "USA")}


def test_regret_at_european_countries_falls_on_no_named_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Moscow hails U.S. vote\n\n"
        "MOSCOW - The United States voted against the Ukrainian resolution in the General "
        "Assembly on Monday, which passed with 93 votes.\n\n"
        "Deputy foreign minister Ilya Vorontsov said it was regrettable that European "
        "countries had again chosen confrontation by backing the Ukrainian text.\n"
    )
    assert not _of(extract(text), "Ilya Vorontsov")


def test_disappointment_at_unnamed_major_powers(extract: Callable[[str], Facts]) -> None:
    text = (
        "Beijing abstains\n\n"
        "China abstained on Monday on the General Assembly resolution on Ukraine, which "
        "passed with 93 votes in favour.\n\n"
        "Ukraine's foreign minister Taras Bilyk said he was disappointed by the positions "
        "of some major powers, without naming them.\n"
    )
    assert not _of(extract(text), "Taras Bilyk")


def test_those_abstentions_in_an_op_ed_are_the_ones_reported(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Opinion | The abstainers were right\n\n"
        "By Nils Aaberg\n\n"
        "On Monday the Security Council adopted a resolution on the Tarsk war. Five "
        "members - France, Britain, Denmark, Greece and Slovenia - abstained.\n\n"
        "Those abstentions were the right call. A peace text that cannot name the aggressor "
        "is a gift to the aggressor.\n"
    )
    found = {(s.polarity, s.target.voter) for s in _of(extract(text), "Nils Aaberg")}
    assert {("supports", iso) for iso in ("FRA", "GBR", "DNK", "GRC", "SVN")} <= found
