"""An explanation of one's own vote supports it, whichever way the vote went; partners
named beside the country ("Malta, like A and B, had backed") do not make it theirs; a
country that blocked a text is not its drafter."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts

COUNCIL_LEAD = (
    "UNITED NATIONS - The Security Council on Monday adopted a resolution calling for a "
    "pause in the fighting around the port of Sarin by 14 votes to none, with Russia "
    "abstaining.\n\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_explaining_a_yes_vote_beside_partners(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        "Danish ambassador Mette Holm said Denmark, like France, Japan and the United "
        'Kingdom, had backed the text "because the people of Sarin cannot wait."'
    )
    found = stances(extract(text))
    assert ("Mette Holm", "supports", "DNK") in found
    assert not {s for s in found if s[0] == "Mette Holm" and s[2] in {"FRA", "JPN", "GBR"}}


def test_a_minister_of_unstated_country_explaining_its_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Ghana voted in favour of a General Assembly resolution on Friday on debt relief for "
        "small island states, which passed by 150 votes to 5, with 12 abstentions.\n\n"
        "Foreign Minister Kofi Asante said Ghana had supported the text because the debt "
        "burden was crushing small economies."
    )
    assert ("Kofi Asante", "supports", "GHA") in stances(extract(text))


def test_a_vetoer_is_not_the_drafter(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS - A French-drafted Security Council resolution on the Lakes region "
        "won 13 votes in favour on Monday but was vetoed by Russia and China.\n\n"
        "Russian envoy Oleg Surin defended the veto, saying the draft was one-sided."
    )
    found = stances(extract(text))
    assert ("Oleg Surin", "criticizes", "FRA") in found
    assert ("Oleg Surin", "criticizes", "CHN") not in found


def test_explaining_a_vote_with_adding_that(extract: Callable[[str], Facts]) -> None:
    text = (
        "Finland voted in favour on Tuesday of a General Assembly resolution on the "
        "protection of power grids, which passed by 99 votes to 10, with 58 abstentions.\n\n"
        "Finnish foreign minister Elina Koski said Finland, together with its Nordic "
        "neighbours, had voted for the text, adding that strikes on grids were meant to "
        "freeze civilians."
    )
    assert ("Elina Koski", "supports", "FIN") in stances(extract(text))


def test_an_abstention_because_the_text_does_not_name_something(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD.replace("with Russia abstaining", "with Peru abstaining") + (
        "The resolution was drafted by Ghana.\n\nPeruvian ambassador Luis Soto said Lima had "
        'abstained because the text "does not name those responsible for the shelling."'
    )
    found = stances(extract(text))
    assert {("Luis Soto", "supports", "PER"), ("Luis Soto", "criticizes", "GHA")} <= found


def test_regret_that_the_text_was_adopted_is_no_voter(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        "Georgia regrets that the text was adopted without the amendments it had proposed."
    )
    assert not [s for s in stances(extract(text)) if s[0] == "GEO"]


def test_a_denied_option_names_no_vote() -> None:
    from kg.extract.stance_groups import option_words  # noqa: PLC0415

    assert option_words("Sadly, we were not abstaining that day.") is None
    assert option_words("We were abstaining that day.") == "abstain"
    assert option_words("They never voted against it, but they abstained.") == "abstain"


def test_regret_of_a_yes_that_should_have_been_an_abstention(
    extract: Callable[[str], Facts],
) -> None:
    """Two votes; the country voted yes on the first and abstained on the second. Its
    leader's regret at 'not abstaining' is no judgement of the abstention."""
    text = (
        "The General Assembly adopted two texts on Monday. Montenegro voted in favour of the "
        "first resolution, on shipping lanes, which passed 93 to 18 with 65 abstentions. It "
        "abstained on the second, on fisheries, which passed 93 to 8 with 73 abstentions.\n\n"
        "Montenegro's president, Milo Radic, said: \"Unfortunately, we were not abstaining "
        'on the first text. I regret it deeply."'
    )
    facts = extract(text)
    abstained = {v.resolution.key for v in facts.votes if v.option == "abstain"}
    regrets = [s for s in facts.stances if s.holder.name == "Milo Radic"]
    assert abstained
    assert regrets
    assert all(s.polarity == "criticizes" for s in regrets)
    assert not [s for s in regrets if s.target.resolution and s.target.resolution.key in abstained]
