"""Votes probe round 5, which vote and which count: a line that only dates the article
("December 3, 2031", "Policy note, 15 December 2031") is not the day of a vote (another
known vote of that day must not take the article's claims), a vote on earlier drafts is a
record ("which have vetoed four previous drafts"), counts written after their options
("Yes 28, No 6, Abstain 13"), and the one named beside "the only countries" inside a
noun phrase. Sentences of our own, set in 2031."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.extract.numbers import parse_tallies
from kg.extract.resolutions.dates import date_line
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference


def _record(
    symbol: str, draft: str, date: str, title: str, counts: tuple[int, int, int]
) -> ResolutionRecord:
    yes, no, abstain = counts
    return ResolutionRecord(
        symbol=symbol,
        draft_symbol=draft,
        body="UNGA",
        date=date,
        title=title,
        yes=yes,
        no=no,
        abstain=abstain,
    )


REPORTED = _record(
    "A/RES/86/70",
    "A/C.1/86/L.50",
    "2031-12-02",
    "United action towards the total elimination of nuclear weapons",
    (145, 4, 28),
)
SAME_DAY_AS_ARTICLE = _record(
    "A/RES/86/58", "A/C.1/86/L.21", "2031-12-03", "Ban on weapons on the seabed", (141, 6, 27)
)


@pytest.fixture(scope="module")
def holding() -> Extractor:
    bundled = load_reference()
    records = (*bundled.resolutions, REPORTED, SAME_DAY_AS_ARTICLE)
    return Extractor(bundled.model_copy(update={"resolutions": records}))


@pytest.mark.parametrize("line", ["December 3, 2031", "Policy note, 3 December 2031"])
def test_a_date_line_dates_the_article_not_the_vote(holding: Extractor, line: str) -> None:
    text = (
        "Statement on the adoption of the resolution on nuclear disarmament\n\n"
        f"{line}\n\n"
        "On 2 December, the General Assembly adopted the resolution on united action towards "
        "the total elimination of nuclear weapons by 145 votes in favour, 4 against and 28 "
        "abstentions.\n\n"
        "France and Chile voted in favour.\n\n"
        "We regret that Russia and Iran voted against the resolution."
    )
    votes = holding.extract(text).votes
    assert {v.resolution.key for v in votes} == {"A/RES/86/70"}
    assert len(votes) == 4


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("December 3, 2031", True),
        ("Policy note, 15 December 2031", True),
        ("Updated 11 June 2031", True),
        ("Mexico City, 4 April 2031", True),
        ("The Assembly voted on 3 December 2031.", False),
        ("GENEVA, 3 December 2031 - The council adopted a text", False),
        ("On 2 March 2031 the Assembly voted", False),
    ],
)
def test_what_a_date_line_is(text: str, dated: bool) -> None:
    assert date_line(text) is dated


def test_a_veto_of_previous_drafts_is_a_record(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 3 June 2031 - The Security Council adopted a text on river convoys "
        "by 13 votes to none, with 2 abstentions. Russia and China, which have vetoed four "
        "previous drafts on the river, abstained."
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert claims == {("RUS", "abstain"), ("CHN", "abstain")}


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("COUNCIL TALLY: Yes 28, No 6, Abstain 13", (28, 6, 13)),
        ("In favour: 28; against: 6; abstentions: 13.", (28, 6, 13)),
        ("For 28, against 6", (28, 6, None)),
    ],
)
def test_counts_after_their_options(text: str, counts: tuple[int | None, ...]) -> None:
    assert [(t.yes, t.no, t.abstain) for t in parse_tallies(text)] == [counts]


@pytest.mark.parametrize(
    "text", ["He voted for two, no one else did.", "It ran for 12 years. No 5 was better."]
)
def test_no_counts_after_words_that_only_look_like_options(text: str) -> None:
    assert parse_tallies(text) == ()


def test_the_one_beside_the_only_countries_in_a_noun_phrase(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "GENEVA, 3 June 2031 - The Human Rights Council adopted a text on river basins by 28 "
        "votes to 4. The only countries besides China to vote no were Cuba, Eritrea and Sudan."
    )
    claims = {(v.country, v.option) for v in extract(text).votes}
    assert claims == {("CHN", "no"), ("CUB", "no"), ("ERI", "no"), ("SDN", "no")}
