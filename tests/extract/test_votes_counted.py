"""A count before a participle ("with 120 nations voting yes") is a tally's figure, not a
voter: the participle must not reach back to a country named earlier in the sentence."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _claims(facts: Facts) -> set[tuple[str, str]]:
    return {(v.country, v.option) for v in facts.votes}


def test_counted_subject_is_no_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, 3 March 2024 - The General Assembly again urged an end to the old U.K. "
        "fishing ban on Iceland, with 140 countries voting in favour, Norway and Chile "
        "voting against and Peru abstaining."
    )
    claims = _claims(extract(text))
    assert ("GBR", "yes") not in claims
    assert ("ISL", "yes") not in claims
    assert {("NOR", "no"), ("CHL", "no"), ("PER", "abstain")} <= claims
