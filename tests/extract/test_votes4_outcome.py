"""A failure denied is no failure: "a procedural vote, which cannot be vetoed, passed"
says the vote was adopted, so it is not taken for a failed draft of the same count.
Sentences of our own, about votes set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.extract.resolutions.cues import UndatedCues
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference

# two Council votes of one count: a procedural vote adopted, a draft vetoed
PROCEDURAL = ResolutionRecord(
    symbol="UNSC-2031-06-12-procedural",
    body="UNSC",
    date="2031-06-12",
    title="Procedural vote on holding a meeting",
    yes=10,
    no=3,
    abstain=2,
)
VETOED = ResolutionRecord(
    symbol="S/2031/501",
    draft_symbol="S/2031/501",
    body="UNSC",
    date="2031-08-14",
    title="Truce draft",
    yes=10,
    no=3,
    abstain=2,
    adopted=False,
)


def _outcome(sentence: str) -> str | None:
    cues = UndatedCues(sentence, (), {}).dated_if_any(sentence, None, False)
    return None if cues is None else cues.outcome


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The procedural vote in the council, which cannot be vetoed, passed.", "adopted"),
        ("The council text was not blocked and passed.", "adopted"),
        ("The council draft was vetoed by Russia.", "failed"),
        ("The council draft failed.", "failed"),
    ],
)
def test_a_denied_failure_is_none(sentence: str, outcome: str) -> None:
    assert _outcome(sentence) == outcome


def test_a_procedural_vote_is_not_the_vetoed_draft_of_its_count() -> None:
    bundled = load_reference()
    extractor = Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, PROCEDURAL, VETOED)})
    )
    text = (
        "The Security Council voted to hold a meeting on the crisis. The procedural vote, "
        "which cannot be vetoed, passed with 10 votes in favour, 3 against and 2 abstentions."
    )
    keys = {t.resolution.key for t in extractor.extract(text).tallies}
    assert keys == {"UNSC-2031-06-12-procedural"}


PARAGRAPH_STORY = (
    "NEW YORK, 3 May 2031 - The General Assembly adopted a text on river basins by 120 "
    "votes to 6, with 30 abstentions. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Operative paragraph 4 was retained by 98 votes to 40, with 21 abstentions.",
        "Japan abstained in a separate vote on its fifth preambular paragraph, kept by 90 to 8.",
    ],
)
def test_a_paragraph_s_count_is_not_the_text_s(
    extract: Callable[[str], Facts], sentence: str
) -> None:
    counts = {(t.yes, t.no) for t in extract(PARAGRAPH_STORY.format(sentence)).tallies}
    assert (120, 6) in counts
    assert not {c for c in counts if c[0] in (98, 90)}
