"""Titles of foreign services written before a name (a vice-minister, an undersecretary,
an ambassador extraordinary and plenipotentiary, "H.E."), and a long capitalised post
before a comma and the name ("said the Minister of Foreign Affairs of X, Y")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            '"The text is fair," said Ambassador Extraordinary and Plenipotentiary Ilona Varga.',
            "Ilona Varga",
            id="plenipotentiary",
        ),
        pytest.param(
            'Vice-Minister Tomas Ruzicka said: "We wanted more."', "Tomas Ruzicka", id="vice"
        ),
        pytest.param(
            '"It is a start," said Undersecretary for Global Affairs Lucia Pardo.',
            "Lucia Pardo",
            id="undersecretary",
        ),
        pytest.param(
            'H.E. Mr. Kofi Mensah, Permanent Representative of Ghana, said: "We agree."',
            "Kofi Mensah",
            id="his-excellency",
        ),
        pytest.param(
            '"We regret the outcome," said the Minister for Foreign Affairs and Trade of '
            "Iceland, Gudrun Sigurdardottir.",
            "Gudrun Sigurdardottir",
            id="long-post-comma-name",
        ),
    ],
)
def test_a_titled_speaker_is_named_without_the_title(
    extract: Callable[[str], Facts], text: str, name: str
) -> None:
    facts = extract(text)
    assert [q.speaker.name for q in facts.quotes] == [name]
    assert {p.name for p in facts.persons} == {name}
