"""Layouts of vote reports: a date line in capitals, a label alone on its line above the
names ("Yes (9)"), and a sentence opening on an earlier year without a comma. Text of our
own, about votes set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.earlier import opens_earlier
from kg.extract.resolutions.dates import find_date
from kg.extract.text import Document
from kg.model import Facts


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("PRESS BRIEFING - APRIL 9, 2031\n\nQUESTION: Any comment?", "2031-04-09"),
        ("GENEVA, 9 APRIL 2031 - The council met.", "2031-04-09"),
        ("Press briefing - April 9, 2031\n\nQUESTION: Any comment?", "2031-04-09"),
    ],
)
def test_a_date_line_in_capitals(head: str, date: str) -> None:
    assert find_date(Document(head, None)) == date


LISTING = (
    "How the council voted on the river text\n\n"
    "Published 9 April 2031\n\n"
    "Yes (3)\nChile\nPeru\nGhana\n\n"
    "No (1)\nMalta\n\n"
    "Abstain\nJapan\nKenya\n\n"
    "The Security Council text on rivers failed.\n"
)


def test_a_label_alone_above_its_names(extract: Callable[[str], Facts]) -> None:
    claims = {(v.country, v.option) for v in extract(LISTING).votes}
    assert claims == {
        ("CHL", "yes"),
        ("PER", "yes"),
        ("GHA", "yes"),
        ("MLT", "no"),
        ("JPN", "abstain"),
        ("KEN", "abstain"),
    }


def test_a_line_of_names_under_no_label_is_no_vote(extract: Callable[[str], Facts]) -> None:
    text = LISTING.replace("Abstain\n", "Observers\n")
    assert not {c for c, o in {(v.country, v.option) for v in extract(text).votes}} & {
        "JPN",
        "KEN",
    }


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("In 2029 a similar vote failed by 19 votes to 17.", True),
        ("In 2029 the council rejected the motion.", True),
        ("In 2031 the council voted.", False),
        ("In 2029 votes were rarer.", False),
    ],
)
def test_an_earlier_year_opening_without_a_comma(sentence: str, earlier: bool) -> None:
    assert opens_earlier(sentence, "2031-04-09") is earlier
