"""A resolution cited as a text in force is not the vote an article reports: sentences
of our own, about votes set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.resolutions import ResolutionMatcher
from kg.model import Facts
from kg.reference.load import load_reference

SESSION = (
    "NEW YORK, 12 March 2031 - Meeting under resolution 377 (V), the General Assembly on "
    "Wednesday adopted a text demanding a truce by 150 votes to 7, with 20 abstentions. "
    "Chile voted in favour.\n\n"
    "The text reaffirmed Security Council resolution 2901 (2029) and was opposed by Hungary."
)


def _keys(facts: Facts) -> set[str]:
    return {v.resolution.key for v in facts.votes} | {t.resolution.key for t in facts.tallies}


def test_a_cited_resolution_is_not_the_vote(extract: Callable[[str], Facts]) -> None:
    facts = extract(SESSION)
    assert _keys(facts) == {"UNGA-2031-03-12"}
    claims = {(v.country, v.option) for v in facts.votes}
    assert {("CHL", "yes"), ("HUN", "no")} <= claims
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(150, 7, 20)]


def test_a_cited_resolution_is_still_mentioned(extract: Callable[[str], Facts]) -> None:
    keys = {r.key for r in extract(SESSION).resolutions}
    assert {"A/RES/377(V)", "S/RES/2901"} <= keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Meeting under resolution 377 (V), the Assembly voted.",
        "It acted in line with Security Council resolution 2901.",
        "The strikes were in violation of resolution 2901 (2029).",
        "Recalling General Assembly resolution ES-12/4, the text passed.",
        "Diplomats cited the earlier resolution 2901.",
    ],
)
def test_cited_forms(sentence: str) -> None:
    matcher = ResolutionMatcher(load_reference())
    assert matcher.symbols_in(sentence, 0) == []
    assert len(matcher.all_symbols_in(sentence, 0)) == 1


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The Council adopted resolution 2901 (2029) on Monday.", "S/RES/2901"),
        ("Resolution 2901 passed 13-0-2.", "S/RES/2901"),
        ("The Assembly's resolution 181 (II) partitioned the territory.", "A/RES/181(II)"),
    ],
)
def test_a_symbol_as_the_vote(sentence: str, key: str) -> None:
    matcher = ResolutionMatcher(load_reference())
    assert [m.ref.key for m in matcher.symbols_in(sentence, 0)] == [key]
