"""An opinion piece ("Opinion | ..." above the headline, then a byline): the author's own
paragraphs that report a vote are the author's judgement of it; a news report with a
byline is not."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts

BODY = (
    "When the General Assembly voted on Thursday on a resolution on the protection of "
    "aid workers, Portugal abstained. That was a mistake, and an avoidable one.\n\n"
    "Ireland and Norway voted in favour. They were right to do so.\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_the_author_of_an_opinion_piece_judges(extract: Callable[[str], Facts]) -> None:
    text = "Opinion | An abstention we will regret\n\nBy Marta Sousa\n\n" + BODY
    found = stances(extract(text))
    assert ("Marta Sousa", "criticizes", "PRT") in found
    assert {("Marta Sousa", "supports", "IRL"), ("Marta Sousa", "supports", "NOR")} <= found


def test_a_reporter_byline_is_no_judgement(extract: Callable[[str], Facts]) -> None:
    text = "Portugal abstains on aid workers text\n\nBy Marta Sousa\n\n" + BODY
    assert not [s for s in stances(extract(text)) if s[0] == "Marta Sousa"]
