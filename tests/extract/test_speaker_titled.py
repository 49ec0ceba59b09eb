"""A person named after a possessive title ("Chile's envoy Ana Rojas told ...") is the
subject of their clause: a later "she said" refers to them, not to an earlier speaker."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _speakers(facts: Facts) -> dict[str, str]:
    return {q.text.strip('“”",. '): q.speaker.name for q in facts.quotes}


def test_pronoun_after_a_possessive_title(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, 4 May 2023 - The council voted on the motion.\n\n"
        '"A sad day," said Tomas Berg, a lawyer with a rights group.\n\n'
        "Chile's envoy Ana Rojas told the council the motion went too far. "
        '"We cannot accept it," she said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["We cannot accept it"] == "Ana Rojas"
    assert speakers["A sad day"] == "Tomas Berg"


def test_possessive_before_an_untitled_name_is_no_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "GENEVA, 4 May 2023 - The council voted on the motion.\n\n"
        "Ana Rojas spoke first. Critics of Tomas Berg's plan were not convinced. "
        '"It will fail," she said.\n'
    )
    assert _speakers(extract(text))["It will fail"] == "Ana Rojas"
