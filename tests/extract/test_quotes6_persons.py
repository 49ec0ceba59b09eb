"""Capitalised runs that are no person: a byline's role after the writer's name ("By Ana
Ruiz, Senior Fellow") and a place named by its geographic head ("the Sapphire
Archipelago")."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def test_a_byline_role_is_no_second_writer(extract: Callable[[str], Facts]) -> None:
    text = (
        "Why the abstentions grew\n\n"
        "By Imogen Vale, Senior Fellow\n\n"
        "The vote showed a divided membership.\n"
    )
    assert {p.name for p in extract(text).persons} == {"Imogen Vale"}


def test_a_shared_byline_keeps_both_writers(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council splits again\n\n"
        "By Imogen Vale, Tomas Kerr and Ada Novak\n\n"
        "The draft failed on Friday.\n"
    )
    assert {p.name for p in extract(text).persons} == {"Imogen Vale", "Tomas Kerr", "Ada Novak"}


def test_an_archipelago_is_no_person(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly welcomed the court's opinion on the Sapphire Archipelago and on the "
        "Korallen Heights, and Rafael Ortiz spoke for the sponsors.\n"
    )
    assert {p.name for p in extract(text).persons} == {"Rafael Ortiz"}


def test_a_surname_with_its_particle_named_first_joins_the_full_name(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Ter Horst defends the abstention\n\n"
        "UTRECHT - Ter Horst told the committee on Friday that the vote had been close.\n\n"
        "Margriet ter Horst has chaired the committee since May.\n"
    )
    assert {p.name for p in extract(text).persons} == {"Margriet ter Horst"}


def test_a_speaker_in_capitals_with_a_post_is_a_person(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Emergency Special Session, 30th Meeting\n\n"
        "TOMASZ WIRSKI, Deputy Minister for Foreign Affairs of Poland, introducing the "
        'draft, said the text was short. "We ask for one thing only," he said.\n\n'
        "NEW YORK, March 3, a day of talks, ended without a deal for the President.\n"
    )
    facts = extract(text)
    assert {p.name for p in facts.persons} == {"Tomasz Wirski"}
    assert {q.speaker.name for q in facts.quotes} == {"Tomasz Wirski"}


def test_a_publication_named_by_its_kind_is_no_person(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Chancellor Rudi Falk told the Morgen Kurier newspaper that the vote was right, "
        "and the Vesti Plus TV channel carried his remarks.\n"
    )
    assert {p.name for p in extract(text).persons} == {"Rudi Falk"}
