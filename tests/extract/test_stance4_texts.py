"""Attacks on a text named by its drafter, verdicts the sentiment lexicon does not
rate ("a propaganda exercise", "understandable"), and "they" that opens an utterance
before any voter is named."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_an_attack_on_the_text_spares_an_abstainer(extract: Callable[[str], Facts]) -> None:
    text = (
        "A General Assembly committee on Tuesday adopted a Norwegian-drafted resolution on "
        "detentions in Valdoria by 81 votes to 30, with 60 abstentions.\n\n"
        "Valdoria's ambassador, Petr Salko, denounced the Norwegian text as an exercise "
        "in political point-scoring.\n\n"
        "Peru, which had backed a similar text last year, abstained this time.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Petr Salko"}
    assert ("Petr Salko", "criticizes", "NOR") in found
    assert ("Petr Salko", "criticizes", "PER") not in found


def test_a_text_called_a_pretence_attacks_its_drafter(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council rejects pipeline text\n\n"
        "A Russian draft resolution on the pipeline blasts failed in the Security Council on "
        "Friday. Russia, China and Brazil voted in favour and the other twelve members "
        "abstained.\n\n"
        "Dutch ambassador Lise Brandt said the Russian text was a propaganda exercise.\n"
    )
    assert ("Lise Brandt", "criticizes", "RUS") in stances(extract(text))


def test_an_abstention_found_understandable(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the resolution by 150 votes to 3. Georgia abstained.\n\n"
        "Analyst Mara Quint said: \"Georgia's abstention is understandable, given its "
        'position."\n'
    )
    assert ("Mara Quint", "supports", "GEO") in stances(extract(text))


def test_they_before_the_voters_is_no_list(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the resolution by 150 votes to 4, with 20 abstentions. "
        "Canada voted against and Georgia abstained.\n\n"
        "\"They would say so, but I think Georgia's abstention is understandable given how "
        'much Canada offered it," analyst Mara Quint said.\n'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Mara Quint"}
    assert ("Mara Quint", "supports", "GEO") in found
    assert ("Mara Quint", "supports", "CAN") not in found


def test_his_country_voted_in_favour_because(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council rejects inquiry text\n\n"
        "A draft resolution on an inquiry into the dam collapse failed in the Security "
        "Council on Friday. Russia, China and Brazil voted in favour and the other twelve "
        "members abstained.\n\n"
        "Brazil's envoy said his country voted in favour because it backed any effort to "
        "establish the facts.\n"
    )
    assert ("BRA", "supports", "BRA") in stances(extract(text))


def test_a_veto_that_sends_a_message_of_impunity(extract: Callable[[str], Facts]) -> None:
    text = (
        "France on Tuesday vetoed a Security Council draft on the Lorwen crisis. The other "
        "14 members voted in favour.\n\n"
        '"This veto sends a message of impunity to those who bomb schools," said Ghana\'s '
        "ambassador Kofi Mensor.\n"
    )
    assert ("Kofi Mensor", "criticizes", "FRA") in stances(extract(text))


def test_a_minister_says_the_country_abstained_in_order_to(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Lima explains its vote\n\n"
        "LIMA - Peru abstained on Friday when the General Assembly voted on a resolution on "
        "the Lorwen grid, which passed by 99 votes to 9 with 60 abstentions.\n\n"
        "Foreign Minister Rosa Quispe said Peru had abstained in order to keep talking to "
        "both sides.\n"
    )
    assert ("Rosa Quispe", "supports", "PER") in stances(extract(text))


def test_introducing_the_text_judges_no_later_veto(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council fails to adopt text on orbital debris\n\n"
        "The Security Council today failed to adopt a draft on orbital debris, owing to the "
        "negative vote of Russia. The vote was 13 in favour to 1 against (Russia), with 1 "
        "abstention (China).\n\n"
        'Introducing the draft, the representative of France said: "Leaving debris in low '
        'orbit would be reckless and unacceptable."\n'
    )
    found = {s for s in stances(extract(text)) if s[0] in ("France", "FRA")}
    assert not [s for s in found if s[2] == "RUS"]
