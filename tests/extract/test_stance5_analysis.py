"""Stance forms from the fourth probe round: explanations of vote given before the vote
("would vote against it"), analyses signed by their author, an op-ed paragraph that
judges two votes both ways, a text said to jeopardise talks, a parenthetical between a
vote and its verdict, and thanks to "the international community"."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_an_explanation_of_vote_before_the_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Rights council renews Belarus mandate\n\n"
        "GENEVA - The Human Rights Council today renewed the mandate of its rapporteur on "
        "Belarus by a vote of 23 in favour, 5 against and 19 abstentions.\n\n"
        "The representative of Cuba, speaking in explanation of vote, said Cuba would vote "
        "against it, as it always had.\n"
    )
    assert ("CUB", "supports", "CUB") in stances(extract(text))


def test_a_signed_analysis_judges_each_vote_its_sentences_judge(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Analysis: The Assembly vote on Myanmar and the region\n\n"
        "By Mira Castellano\n\n"
        "Last week the General Assembly adopted a resolution on Myanmar by 120 votes to 8, "
        "with 40 abstentions.\n\n"
        "Indonesia's yes vote was consistent with its frustration with the junta, and it was "
        "the right decision. Cambodia's abstention, by contrast, was a missed opportunity "
        "for a country that chairs the regional bloc.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Mira Castellano"}
    assert {
        ("Mira Castellano", "supports", "IDN"),
        ("Mira Castellano", "criticizes", "KHM"),
    } <= found


def test_a_text_said_to_jeopardise_talks_attacks_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council draft on the truce vetoed\n\n"
        "The draft, put forward by Algeria, received 13 votes in favour; the United States "
        "voted against it and Britain abstained.\n\n"
        "U.S. deputy ambassador Ray Sutton said Washington voted no because the text would "
        "have jeopardised the talks on the hostages.\n"
    )
    assert ("Ray Sutton", "criticizes", "DZA") in stances(extract(text))


def test_thanks_to_the_international_community_judge_no_named_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Assembly demands end to embargo\n\n"
        "The General Assembly on Thursday demanded an end to the embargo on Cuba, with 187 "
        "countries in favour, the United States and Israel against, and Moldova "
        "abstaining.\n\n"
        "Cuba's foreign minister Raul Ferrer called the embargo an act of economic war and "
        "thanked the international community for its support.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Raul Ferrer"]


def test_an_envoy_calling_the_draft_cynical_still_explains_their_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council rejects rival texts on the straits\n\n"
        "UNITED NATIONS - The Security Council on Tuesday rejected two competing texts on "
        "attacks on shipping in the Straits of Orm.\n\n"
        "A French text won 11 votes in favour but was vetoed by Russia. A rival Russian "
        "draft then received only 3 votes in favour, with France and Britain voting against "
        "and ten members abstaining.\n\n"
        "British ambassador Hugh Carrow said London had opposed the Russian draft as "
        '"a cynical distraction" from the attacks.\n'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Hugh Carrow"}
    assert ("Hugh Carrow", "supports", "GBR") in found


def test_a_veto_called_a_green_light(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council truce text vetoed\n\n"
        "The United States on Wednesday vetoed a Security Council draft demanding a truce "
        "in the Orvane valley. Thirteen members voted in favour and Britain abstained.\n\n"
        "Algeria's ambassador Samir Benali said the veto gave a green light to the "
        "bombardment of the valley.\n"
    )
    assert ("Samir Benali", "criticizes", "USA") in stances(extract(text))


def test_a_named_vote_owner_the_claims_missed(extract: Callable[[str], Facts]) -> None:
    text = (
        "Kyiv slams abstentions\n\n"
        "KYIV - Ukraine's foreign ministry thanked the 99 countries that voted for an "
        "Assembly resolution on the safety of its power plants.\n\n"
        "Foreign Minister Olena Marchuk singled out Brazil, saying its abstention was "
        "shameful for a country that claims to champion peace.\n"
    )
    assert ("Olena Marchuk", "criticizes", "BRA") in stances(extract(text))


def test_a_vote_said_to_reflect_the_voter_s_principles(extract: Callable[[str], Facts]) -> None:
    text = (
        "Guyana backs Council text\n\n"
        "GEORGETOWN - Guyana voted in favour of a Security Council resolution on the "
        "protection of aid workers, adopted by 14 votes to none with one abstention.\n\n"
        "President Ravi Persaud said Guyana's vote reflected its belief that aid workers "
        "must never be targets.\n"
    )
    assert ("Ravi Persaud", "supports", "GUY") in stances(extract(text))


def test_thanks_for_a_country_s_position(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council text on the Orvane valley vetoed\n\n"
        "Russia vetoed the British draft, which had the support of the 14 other members.\n\n"
        "The Orvane envoy Karim Haddad thanked Russia for its position.\n"
    )
    assert ("Karim Haddad", "supports", "RUS") in stances(extract(text))


def test_welcoming_the_council_s_action_is_not_praise_of_the_vetoer(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Seoul welcomes Council action\n\n"
        "The Security Council issued a statement on the missile launch after Russia and "
        "China voted against a draft resolution earlier in the week; 13 members voted in "
        "favour.\n"
    )
    assert not [s for s in extract(text).stances if s.polarity == "supports"]
