"""Votes probe round 5: a bare option after a list's own vote ("voted yes, with Cuba
against"), a vote foreseen rather than cast ("was expected to join Peru in voting no"),
"it" as the subject of a second clause, and the vote left behind by a switch, a
relative clause or an "after" that names its time. Sentences of our own, set in 2029-2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

COUNCIL = (
    "UNITED NATIONS, 4 March 2031 - The Security Council on Tuesday voted on a draft on "
    "river convoys in the north. "
)


def _pairs(facts: Facts) -> set[tuple[str, str]]:
    return {(v.country, v.option) for v in facts.votes}


def test_a_bare_option_after_the_list_is_its_own(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, 4 March 2031 - The Human Rights Council adopted a text on river basins by "
        "30 votes to 5. Peru and Chile voted yes, with Cuba and Iran against."
    )
    assert _pairs(extract(text)) == {
        ("PER", "yes"),
        ("CHL", "yes"),
        ("CUB", "no"),
        ("IRN", "no"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana had been expected to join Brazil in voting no.",
        "Ghana was set to join Brazil in opposing the text.",
        "Ghana is expected to vote against it.",
        "Ghana had threatened to veto any text that named its ally.",
        "Brazil urged Ghana to abstain.",
        "Ghana plans to abstain.",
    ],
)
def test_a_vote_foreseen_is_no_vote(extract: Callable[[str], Facts], sentence: str) -> None:
    assert "GHA" not in {c for c, _ in _pairs(extract(COUNCIL + sentence))}


def test_it_after_a_clause_is_the_sentence_s_subject(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL + "Ghana had been expected to join Brazil in voting no, but it voted in favour."
    assert ("GHA", "yes") in _pairs(extract(text))
    assert ("GHA", "no") not in _pairs(extract(text))


def _record(symbol: str, draft: str, date: str, counts: tuple[int, int, int]) -> ResolutionRecord:
    yes, no, abstain = counts
    return ResolutionRecord(
        symbol=symbol,
        draft_symbol=draft,
        body="UNGA",
        date=date,
        title="Protection of mountain glaciers",
        yes=yes,
        no=no,
        abstain=abstain,
    )


NOW = _record("A/RES/86/140", "A/C.2/86/L.20", "2031-12-16", (120, 20, 40))
BEFORE = _record("A/RES/85/140", "A/C.2/85/L.20", "2030-12-17", (110, 25, 45))


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    return Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, NOW, BEFORE)})
    )


STORY = (
    "NEW YORK, 17 December 2031 - The General Assembly on Tuesday adopted resolution 86/140 "
    "on the protection of mountain glaciers by 120 votes to 20, with 40 abstentions.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "now", "before"),
    [
        ("Chile switched from abstention last year to a no vote.", "no", "abstain"),
        ("Chile moved the other way, from a no vote last year to yes.", "yes", "no"),
        ("Chile, which had abstained on last year's text, voted in favour.", "yes", "abstain"),
        ("Chile, which voted yes last year, abstained this time.", "abstain", "yes"),
        ("Chile voted against the text, as it did last year.", "no", "no"),
        (
            "The surprise was Chile, which abstained after backing last year's text.",
            "abstain",
            "yes",
        ),
    ],
)
def test_the_vote_left_behind_is_the_earlier_one(
    holding: Extractor, sentence: str, now: str, before: str
) -> None:
    claims = {
        (v.country, v.option, v.resolution.key) for v in holding.extract(STORY + sentence).votes
    }
    assert claims == {("CHL", now, "A/RES/86/140"), ("CHL", before, "A/RES/85/140")}


def test_a_switch_without_its_time_leaves_the_earlier_vote_alone(holding: Extractor) -> None:
    claims = {
        (v.country, v.option, v.resolution.key)
        for v in holding.extract(STORY + "Chile switched from abstention to a no vote.").votes
    }
    assert claims == {("CHL", "no", "A/RES/86/140")}
