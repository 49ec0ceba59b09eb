"""Judgements the stance pass must not read as one of a vote, found by probing: conduct
a country is named as the owner of ("condemned Russia's war"), a clause welcoming the
text beside one that blames a voter, unnamed "some countries", and a government that
voted for a text and criticized something else."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


ASSEMBLY = (
    "Assembly votes again on the Tarsk war\n\n"
    "NEW YORK - The General Assembly adopted a resolution calling for peace in the Tarsk "
    "region by 141 votes to 7, with 32 abstentions. Russia, Belarus and Mali voted "
    "against. China and India were among those abstaining.\n\n"
)


def test_condemning_a_country_s_war_judges_no_vote(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY + (
        "Secretary of State Elias Varga, in Ankara the same week, condemned Russia's war "
        "as an assault on the Charter.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Elias Varga"]


def test_welcoming_the_text_does_not_praise_the_abstainer_blamed_beside_it(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        "Foreign Minister Lena Brandt welcomed the resolution but regretted that China had "
        "once again abstained.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Lena Brandt"}
    assert found == {("Lena Brandt", "criticizes", "CHN")}


def test_sorry_that_a_named_partner_abstained(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY + (
        "Prime Minister Giulia Ferrante praised the result as a sign of unity, though she "
        "said she was sorry that Senegal, a partner of Italy, had chosen to abstain.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Giulia Ferrante"}
    assert found == {("Giulia Ferrante", "criticizes", "SEN")}


def test_disappointment_at_unnamed_friends_attacks_no_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council text on the Tarsk war vetoed\n\n"
        "UNITED NATIONS - Russia vetoed a draft put forward by the United States and "
        "Albania on Friday. Eleven members voted in favour, while China, India and the "
        "United Arab Emirates abstained.\n\n"
        "Ukraine's ambassador Petro Marchenko said he was disappointed that some countries "
        "he considered friends had not stood with Ukraine.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Petro Marchenko"}
    assert not {s for s in found if s[2] in ("USA", "ALB")}


def test_a_yes_voter_criticizing_another_policy_attacks_no_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Assembly demands withdrawal\n\n"
        "The General Assembly adopted a resolution drafted by Ukraine on the Tarsk region "
        "by 141 votes to 7, with 32 abstentions.\n\n"
        "Foreign Minister Bence Kovacs said Hungary had voted in favour because the text "
        "respected international law, but he criticized the European Union's sanctions "
        "policy as harmful.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Bence Kovacs"}
    assert ("Bence Kovacs", "supports", "HUN") in found
    assert ("Bence Kovacs", "criticizes", "UKR") not in found
