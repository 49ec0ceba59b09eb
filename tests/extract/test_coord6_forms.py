"""Person forms of shared bylines and broadcast transcripts, found by probing with articles
written here."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.numbers import parse_tallies
from kg.model import Facts
from tests.extract.facts import stances as _stances


def _names(facts: Facts) -> set[str]:
    return {p.name for p in facts.persons}


def test_every_name_of_a_shared_byline_is_a_person(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delta states split at the Assembly\n\n"
        "By Ilse Marwood, Tobiah Quennell and Rosa Brandtner\n\n"
        "The General Assembly adopted a text on river deltas by 120 votes to 6."
    )
    assert {"Ilse Marwood", "Tobiah Quennell", "Rosa Brandtner"} <= _names(extract(text))


def test_a_paragraph_opening_with_by_and_a_day_names_no_one(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Delta states split at the Assembly\n\n"
        "By Monday, Canada and Peru had both said they would vote against the text."
    )
    assert not _names(extract(text))


def test_a_host_named_in_brackets_after_the_role_label_is_a_person_not_a_speaker(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "THE EVENING DESK\n\n"
        "PRESENTER (Wilma Aldous): The Assembly voted on river deltas today. Peru voted "
        "against. Why?\n\n"
        "BRANDT: Peru says the text ignores its fishermen. I think the vote was a mistake.\n\n"
        "PRESENTER (Wilma Aldous): Thank you.\n\n"
        "BRANDT: A pleasure."
    )
    facts = extract(text)
    assert "Wilma Aldous" in _names(facts)
    assert {q.speaker.name for q in facts.quotes} == {"Brandt"}


def _counts(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(t.yes, t.no, t.abstain) for t in parse_tallies(text)]


def test_a_bare_count_with_its_verb_and_object_counts_its_side() -> None:
    text = "Thirty states backed the text, eleven opposed it and four abstained."
    assert _counts(text) == [(30, None, None), (None, 11, None), (None, None, 4)]


def test_a_bare_count_may_carry_an_aside_naming_some_of_its_voters() -> None:
    text = "Nine voted against it and 40, among them Chile and Peru, abstained."
    assert _counts(text) == [(None, 9, None), (None, None, 40)]


def test_opposed_as_an_adjective_after_a_number_counts_nothing() -> None:
    assert _counts("Three opposed delegations left the hall.") == []


def test_a_list_of_three_in_an_including_phrase_is_the_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Assembly adopted a text on river deltas by 120 votes to 6.\n\n"
        "Peru's neighbours, including Chile, Bolivia and Ecuador, voted against the text."
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert {("CHL", "no"), ("BOL", "no"), ("ECU", "no")} <= claims
    assert not {c for c in claims if c[0] == "PER"}


DELTA = (
    "Peru votes against delta text\n\nMarch 3, 2026\n\n"
    "The General Assembly adopted a text on river deltas by 120 votes to 6. "
    "Peru voted against it.\n\n"
)


def test_it_called_a_disgrace_after_a_sentence_about_the_vote_is_that_vote(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(DELTA + "The former delta commissioner Ilse Marwood called it a disgrace.")
    assert ("Ilse Marwood", "criticizes", "PER") in _stances(facts)


def test_it_called_a_disgrace_after_a_sentence_about_something_else_judges_no_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + "The rains came late this year. Ilse Marwood called it a disgrace."
    assert not extract(text).stances


def test_a_vote_said_to_be_hard_to_explain_is_criticised(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(DELTA + "Ilse Marwood said Peru's vote was hard to explain.")
    assert ("Ilse Marwood", "criticizes", "PER") in _stances(facts)


COMMITTEE = (
    "Committee approves text on river deltas\n\nNovember 4, 2026\n\n"
    "The Second Committee approved a draft resolution on river deltas by a recorded vote "
    "of 120 in favour to 6 against, with 30 abstentions.\n\n"
)


def test_the_envoy_introducing_the_draft_drafted_it(extract: Callable[[str], Facts]) -> None:
    text = COMMITTEE + (
        "Introducing the draft, the representative of Peru said the text was fair and "
        "modest.\n\nThe representative of Chile said the draft was a disgrace and an "
        "insult to fishermen."
    )
    stances = _stances(extract(text))
    assert ("PER", "supports", "PER") in stances
    assert ("CHL", "criticizes", "PER") in stances


def test_the_envoy_named_before_presenting_the_text_drafted_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "The representative of Peru, presenting the text, said it was fair.\n\n"
        "The representative of Chile said the draft was a disgrace."
    )
    assert ("CHL", "criticizes", "PER") in _stances(extract(text))


COUNCIL = (
    "Council fails to adopt delta draft\n\nMay 5, 2026\n\n"
    "The Security Council failed to adopt a draft resolution on river deltas submitted by "
    "Peru. It received 11 votes in favour to 3 against (Chile, China, Russian Federation), "
    "with 1 abstention (Ecuador).\n\n"
)


def test_vetoes_are_the_no_votes_of_permanent_members_only(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + "The representative of Bolivia said the vetoes were deeply regrettable."
    judged = {voter for holder, _, voter in _stances(extract(text)) if holder == "BOL"}
    assert judged == {"CHN", "RUS"}


def test_two_permanent_members_counted_are_the_two_vetoers(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "The representative of Bolivia said it was a disgrace that two permanent members "
        "had blocked the Council once more."
    )
    judged = {voter for holder, _, voter in _stances(extract(text)) if holder == "BOL"}
    assert judged == {"CHN", "RUS"}


def test_praise_of_what_a_veto_prevented_is_no_praise(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL + (
        "The representative of Bolivia said it was shameful that two permanent members had "
        "blocked the Council from speaking with one voice."
    )
    stances = _stances(extract(text))
    assert {("BOL", "criticizes", "CHN"), ("BOL", "criticizes", "RUS")} <= stances
    assert not {s for s in stances if s[1] == "supports"}


def test_siding_with_a_repressive_government_is_bad_company(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Ilse Marwood, a rights advocate, said those who voted against the text had sided "
        "with a repressive government."
    )
    assert ("Ilse Marwood", "criticizes", "PER") in _stances(extract(text))
