"""A one-word name of a body the reference knows ("Congress", "Senate", "Assembly") that
ends another body's name is that other body, not the one of the reference."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts


def _organizations(facts: Facts) -> set[str]:
    return {o.name for o in facts.organizations}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("said Lin Oduya, an organiser with the Pan-Andean Youth Congress.", "U.S. Congress"),
        ("The Kenyan Senate debated the matter for a week.", "U.S. Senate"),
        ("France's National Assembly backed the motion on Tuesday.", "UN General Assembly"),
    ],
)
def test_a_longer_name_is_another_body(
    extract: Callable[[str], Facts], sentence: str, absent: str
) -> None:
    text = "NAIROBI, 4 May 2023 - A vote was held. " + sentence
    assert absent not in _organizations(extract(text))


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("In Congress, lawmakers of both parties objected.", "U.S. Congress"),
        ("The Senate will take up the bill.", "U.S. Senate"),
        ("The US UN envoy spoke first.", "United Nations"),
    ],
)
def test_the_body_itself_is_still_found(
    extract: Callable[[str], Facts], sentence: str, present: str
) -> None:
    text = "WASHINGTON, 4 May 2023 - A vote was held. " + sentence
    assert present in _organizations(extract(text))
