"""A single capitalised word before "administration", "era" or "presidency" is a leader's
surname ("the Hollis administration"), unless it is an adjective ("the Soviet era")."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def test_an_adjective_before_era_is_no_person(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delegates recalled the Soviet era and the Communist era in turn. The Colonial "
        "administration had drawn the border. The Hollis administration abstained, as the "
        "Brandt presidency had done before it.\n"
    )
    names = {p.name for p in extract(text).persons}
    assert names == {"Hollis", "Brandt"}


def test_a_wire_credit_line_names_its_reporters(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, May 2 - The council renewed the mandate on Friday.\n\n"
        "(Reporting by Ilse Marquardt and Tomasz Wielgus; Editing by Ruth Okonjo)\n"
    )
    names = {p.name for p in extract(text).persons}
    assert names == {"Ilse Marquardt", "Tomasz Wielgus", "Ruth Okonjo"}


def test_a_people_named_by_faith_is_no_person(extract: Callable[[str], Facts]) -> None:
    text = "The text covers the rights of Yazidi Christians and Bihari Muslims in the camps.\n"
    assert extract(text).persons == ()


def test_a_name_ending_on_a_joined_initial_is_no_person(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Rafael Duarte, the senior adviser, told the daily Jornal de S.Cristovao that the "
        'vote was wrong. Asked again, he said: "It was a gesture."\n'
    )
    facts = extract(text)
    assert {p.name for p in facts.persons} == {"Rafael Duarte"}
    assert [q.speaker.name for q in facts.quotes] == ["Rafael Duarte"]


def test_a_paragraph_ending_on_a_country_qualifies_no_title_after_it(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        '"A sad day." -- Ambassador Tariq Rana of Pakistan\n\n'
        'Former U.S. envoy Dana Whitlock wrote on X: "History keeps score."\n'
    )
    countries = {p.name: p.country for p in extract(text).persons}
    assert countries == {"Tariq Rana": "PAK", "Dana Whitlock": "USA"}
