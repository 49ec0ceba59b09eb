"""More stance forms from the second probe round: statements in a minister's first person,
thanks naming the drafters, texts rejected as politically motivated, an explanation that
covers both texts a country voted against, verdicts the lexicon left unrated ("a
cop-out", "a blow to"), and speakers named after a party's or a group's possessive."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def of(facts: Facts, holder: str) -> set[tuple[str, str, str]]:
    return {s for s in stances(facts) if s[0] == holder}


def test_a_minister_s_statement_in_the_first_person(extract: Callable[[str], Facts]) -> None:
    text = (
        "Statement by Foreign Minister Ilona Rask on the Assembly resolution on Velmar\n\n"
        "Tallinn, 3 May\n\n"
        "I welcome the adoption today of the resolution on remembrance of the Velmar "
        "massacre, adopted with 84 votes in favour, 19 against and 68 abstentions.\n\n"
        "I regret that Serbia and a number of other states voted against a text whose "
        "purpose is remembrance.\n"
    )
    assert ("Ilona Rask", "criticizes", "SRB") in of(extract(text), "Ilona Rask")


def test_thanks_for_leading_a_mission_judge_no_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council renews sanctions on gangs\n\n"
        "The Security Council on Thursday renewed the sanctions on armed gangs in Corvane "
        "with 13 votes in favour; China and Russia abstained.\n\n"
        "Foreign Minister Jean Baptiste Celestin thanked Kenya for its leadership of the "
        "multinational security mission.\n"
    )
    assert not of(extract(text), "Jean Baptiste Celestin")


def test_a_text_rejected_as_politically_motivated_attacks_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Committee approves text on Varnia\n\n"
        "The Third Committee on Wednesday approved a Canadian-led draft resolution on "
        "human rights in Iran by 80 votes to 29, with 65 abstentions.\n\n"
        "Iran's representative rejected the text as a politically motivated exercise.\n"
    )
    assert ("IRN", "criticizes", "CAN") in stances(extract(text))


def test_an_explanation_of_opposing_such_texts_covers_both_votes(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Committee approves texts on Varnia and Orlan\n\n"
        "The Third Committee on Wednesday approved a draft resolution on human rights in "
        "Varnia by 80 votes to 29, with 65 abstentions. It then approved a text on the "
        "occupied Orlan peninsula by 78 votes to 16, with 79 abstentions.\n\n"
        "Belarus voted against both texts. Its representative said country-specific "
        "resolutions were a tool of pressure and that Belarus opposed them on principle.\n"
    )
    own = [s for s in extract(text).stances if s.holder.name == "BLR" and s.target.voter == "BLR"]
    assert len({s.target.resolution for s in own}) == 2


def test_a_drafter_s_envoy_praising_their_text_judges_no_other_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Committee approves text on Varnia\n\n"
        "The Third Committee on Wednesday approved a Canadian-led draft resolution on "
        "human rights in Varnia by 80 votes to 29, with 65 abstentions. Belarus voted "
        "against it.\n\n"
        "Canada's ambassador Robert Rae said Canada was proud to lead the resolution, which "
        "gave a voice to the women of Varnia.\n"
    )
    found = of(extract(text), "Robert Rae")
    assert ("Robert Rae", "supports", "BLR") not in found


def test_a_country_named_as_the_subject_of_a_verdict_is_not_the_focal_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Russian text fails in the Council\n\n"
        "A Russian draft on the humanitarian situation in the Tarsk region failed on "
        "Wednesday with only two votes in favour. France abstained.\n\n"
        '"Russia is the aggressor, and it cannot pose as a humanitarian," said British '
        "ambassador Clare Wynne.\n"
    )
    assert ("Clare Wynne", "criticizes", "FRA") not in stances(extract(text))


def test_proud_to_have_supported_it(extract: Callable[[str], Facts]) -> None:
    text = (
        "MPs attack British abstention\n\n"
        "LONDON - Britain's decision to abstain on a General Assembly resolution calling for "
        "a truce drew criticism on Tuesday. The resolution passed by 120 votes to 14, with "
        "45 abstentions.\n\n"
        "France and Ireland voted in favour. The Irish foreign minister, Niall Quinlan, "
        "said Ireland was proud to have supported the call.\n"
    )
    found = of(extract(text), "Niall Quinlan")
    assert found == {("Niall Quinlan", "supports", "IRL")}


def test_an_abstention_called_a_cop_out(extract: Callable[[str], Facts]) -> None:
    text = (
        "Canberra abstains on nuclear text\n\n"
        "Australia abstained on Monday when a General Assembly committee approved a draft "
        "on the nuclear weapons ban by 120 votes to 43, with 19 abstentions.\n\n"
        "Senator Mira Tolland called the abstention a cop-out.\n"
    )
    assert ("Mira Tolland", "criticizes", "AUS") in stances(extract(text))


def test_a_veto_called_a_blow_to_hopes(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council membership text vetoed\n\n"
        "The United States on Thursday vetoed a Security Council resolution on the "
        "admission of a new member. Twelve members voted in favour and two abstained.\n\n"
        "Foreign Minister Ayla Haddad called the veto a blow to the hopes of millions.\n"
    )
    assert of(extract(text), "Ayla Haddad") == {("Ayla Haddad", "criticizes", "USA")}


def test_a_speaker_after_a_party_s_possessive(extract: Callable[[str], Facts]) -> None:
    text = (
        "MPs attack abstention\n\n"
        "LONDON - Britain abstained on Tuesday on a General Assembly resolution calling for "
        "a truce, which passed by 120 votes to 14 with 45 abstentions.\n\n"
        "Labour's Nora Whitcombe said the abstention was a mistake that left Britain "
        "isolated.\n"
    )
    assert ("Nora Whitcombe", "criticizes", "GBR") in stances(extract(text))


def test_a_quote_after_a_rights_group_s_possessive_is_the_named_speaker_s(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council text vetoed\n\n"
        "Russia on Tuesday vetoed a Security Council resolution on aid to the Orvane "
        "valley. Thirteen members voted in favour and China abstained.\n\n"
        "Swiss ambassador Petra Kaelin said her delegation deplored the veto.\n\n"
        '"The veto abandons two million people," Amnesty International\'s Lucia Brenner '
        "said in a statement.\n"
    )
    assert ("Lucia Brenner", "criticizes", "RUS") in stances(extract(text))
