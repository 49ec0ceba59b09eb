"""Judgements that are not of a vote: a country as the subject of a judging verb judges
and is not judged ("Canada condemned the abductions"), and a judging verb whose object
is other conduct in a unit that names no vote ("criticized the government's handling
of the economy") falls on no voter; defending "the administration" still does."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts

LEAD = (
    "Ottawa backs Assembly call\n\n"
    "OTTAWA - Canada voted in favour of a General Assembly resolution on Thursday on the "
    "return of deported children, which passed by 91 votes to 12 with 57 abstentions.\n\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_a_country_that_condemns_is_not_judged(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Senator Aline Roy said Canada condemned the abductions in the strongest terms and "
        "would keep helping the families.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Aline Roy"]


def test_criticism_of_other_conduct_judges_no_vote(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Opposition critic Paul Lemay criticized the government's handling of the housing "
        "market in a separate statement on Thursday.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Paul Lemay"]


def test_defending_the_government_is_still_support(extract: Callable[[str], Facts]) -> None:
    text = (
        "US votes against Assembly text\n\n"
        "The United States voted against a General Assembly resolution on Thursday on the "
        "return of deported children, which passed by 91 votes to 12 with 57 abstentions.\n\n"
        'Representative Jean Dufour defended the administration. "We stood with the '
        'children today," he told reporters.\n'
    )
    assert ("Jean Dufour", "supports", "USA") in stances(extract(text))


def test_a_group_appalled_that_voters_blocked_a_debate(extract: Callable[[str], Facts]) -> None:
    text = (
        "Rights council rejects debate\n\n"
        "GENEVA - A motion to hold a debate on the Lorwen camps was defeated in the Human "
        "Rights Council on Thursday, 19 votes to 17 with 11 abstentions. Kenya, Peru and "
        "Nepal voted against.\n\n"
        "The Lorwen Rights Forum said it was appalled that states had blocked the debate, "
        "and singled out Nepal, saying it had abandoned the victims.\n"
    )
    assert ("Lorwen Rights Forum", "criticizes", "NPL") in stances(extract(text))
