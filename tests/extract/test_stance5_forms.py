"""Stance forms found by probing with reaction round-ups, meetings coverage, op-eds and
rights groups' statements written here: a verdict or feeling the lexicon left unrated,
thanks to a list of voters, own votes explained with pride or reservations, an
organization named again by its kind, and an attribute that condemns the text."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def of(facts: Facts, holder: str) -> set[tuple[str, str, str]]:
    return {s for s in stances(facts) if s[0] == holder}


VETO = (
    "Council text on river pollution vetoed\n\n"
    "UNITED NATIONS - Russia on Tuesday vetoed a Security Council resolution on "
    "pollution of the Dravan river. Twelve members voted in favour and two abstained.\n\n"
)


def test_a_veto_called_cynical_is_criticized(extract: Callable[[str], Facts]) -> None:
    text = VETO + (
        "Oskar Lindqvist, Sweden's minister for development, called the veto a cynical "
        "act that would embolden the militias along the river.\n"
    )
    assert ("Oskar Lindqvist", "criticizes", "RUS") in stances(extract(text))


def test_a_leader_said_to_be_furious_at_an_abstention(extract: Callable[[str], Facts]) -> None:
    text = (
        "Premier cancels trip after abstention\n\n"
        "The Security Council adopted a resolution on the Corvane truce on Monday with 14 "
        "votes in favour and the United States abstaining.\n\n"
        "Prime Minister Anselm Roth was said to have been furious at the American decision "
        "to abstain on a text demanding a ceasefire, according to two of his aides.\n"
    )
    assert ("Anselm Roth", "criticizes", "USA") in stances(extract(text))


def test_thanks_to_a_list_of_voters_beside_a_verdict_on_the_text(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Assembly asks court for opinion on the strait\n\n"
        "The General Assembly on Friday asked the world court for an advisory opinion on "
        "the Velmar strait by 90 votes to 24, with 50 abstentions.\n\n"
        "Ambassador Hadar Levin thanked Canada, Austria, Hungary and Czechia for voting "
        "against what he called a shameful resolution.\n"
    )
    found = of(extract(text), "Hadar Levin")
    assert found == {("Hadar Levin", "supports", iso) for iso in ("CAN", "AUT", "HUN", "CZE")}


def test_an_unnamed_envoy_is_not_the_person_the_next_paragraph_introduces(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Assembly asks court for opinion on the strait\n\n"
        "The General Assembly on Friday asked the world court for an advisory opinion on "
        "the Velmar strait by 90 votes to 24, with 50 abstentions.\n\n"
        "Chile's representative said Chile had voted in favour, adding that her country "
        "trusted the court.\n\n"
        "The Peruvian foreign minister, Tomas Llosa, said the vote was a good day for the "
        "region.\n"
    )
    facts = extract(text)
    assert ("CHL", "supports", "CHL") in stances(facts)
    assert not of(facts, "Tomas Llosa") & {("Tomas Llosa", "supports", "CHL")}


MEETING = (
    "Assembly adopts text on displaced persons\n\n"
    "The General Assembly today adopted a resolution on the return of persons displaced "
    "from the Orlan valley, introduced by Georgia, by a recorded vote of 98 in favour to "
    "10 against, with 50 abstentions. Russia and Syria voted against.\n\n"
)


def test_an_envoy_proud_to_vote_in_favour_supports_their_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "The representative of Norway said her country had been proud to vote in favour.\n"
    )
    assert of(extract(text), "NOR") == {("NOR", "supports", "NOR")}


def test_a_yes_vote_cast_with_reservations_is_explained(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "The representative of Peru said her delegation voted in favour but had "
        "reservations about the wording of the fourth paragraph.\n"
    )
    assert ("PER", "supports", "PER") in stances(extract(text))


def test_a_yes_vote_beside_regret_at_others_is_explained(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "The representative of Moldova said his country had voted in favour and regretted "
        "that some delegations still sided with the occupier.\n"
    )
    assert ("MDA", "supports", "MDA") in stances(extract(text))


def test_a_vote_against_the_one_sided_text_attacks_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "The representative of Nicaragua said her delegation had voted against the "
        "one-sided text.\n"
    )
    found = of(extract(text), "NIC")
    assert ("NIC", "criticizes", "GEO") in found


def test_an_abstention_with_a_reaffirmed_principle_is_explained(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Assembly demands withdrawal\n\n"
        "The General Assembly adopted a resolution on the Tarsk region by 120 votes to 8, "
        "with 30 abstentions.\n\n"
        "Mongolia's foreign ministry said the country had abstained but reaffirmed its "
        "respect for the territorial integrity of all states.\n"
    )
    assert ("MNG", "supports", "MNG") in stances(extract(text))


def test_a_ministry_defending_its_vote_against(extract: Callable[[str], Facts]) -> None:
    text = (
        "Assembly demands withdrawal\n\n"
        "The General Assembly adopted a resolution on the Tarsk region by 120 votes to 8, "
        "with 30 abstentions.\n\n"
        "In Minsk, the Belarusian foreign ministry defended its vote against the "
        "resolution, calling it a product of pressure.\n"
    )
    assert ("BLR", "supports", "BLR") in stances(extract(text))


def test_the_group_named_again_by_its_kind_holds_the_stance(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Rights groups hail committee vote\n\n"
        "NEW YORK - A General Assembly committee on Thursday approved a resolution on "
        "executions in Varnia by 82 votes to 30, with 60 abstentions.\n\n"
        "The Delta Justice Project said the result sent a clear message. In a statement, "
        "the group praised Ghana and Fiji for voting in favour for the first time, and "
        "criticized Nepal's decision to abstain.\n"
    )
    found = stances(extract(text))
    assert {
        ("Delta Justice Project", "supports", "GHA"),
        ("Delta Justice Project", "supports", "FJI"),
        ("Delta Justice Project", "criticizes", "NPL"),
    } <= found


def test_an_op_ed_calling_the_vote_the_right_one(extract: Callable[[str], Facts]) -> None:
    text = (
        "Opinion | Our diplomats chose well\n\n"
        "By Marta Quiroga\n\n"
        "Last week the Human Rights Council renewed the mandate of the experts on Varnia, "
        "by 21 votes to 6 with 20 abstentions. Uruguay voted in favour.\n\n"
        "Let me say it plainly: Uruguay's vote was the right one. It showed that our "
        "principles do not change with the government.\n"
    )
    assert ("Marta Quiroga", "supports", "URY") in stances(extract(text))
