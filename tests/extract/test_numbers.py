"""Numbers in words and digits; tallies in the forms news copy uses."""

from __future__ import annotations

import pytest

from kg.extract.numbers import parse_number, parse_tallies


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("93", 93),
        ("eighteen", 18),
        ("ninety-three", 93),
        ("sixty five", 65),
        ("one hundred and forty-one", 141),
        ("none", 0),
        ("nil", 0),
        ("banana", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param("adopted 93-18-65 on Monday", (93, 18, 65), id="dashes"),
        pytest.param(
            "passed 93\u201318 with 65 abstentions", (93, 18, 65), id="en-dash-and-abstentions"
        ),
        pytest.param("by 93 votes to 18, with 65 abstentions", (93, 18, 65), id="votes-to"),
        pytest.param(
            "by ninety-three votes to eighteen, with sixty-five abstentions",
            (93, 18, 65),
            id="words",
        ),
        pytest.param("by 10 votes to none, with five abstentions", (10, 0, 5), id="to-none"),
        pytest.param("10 in favour, none against, five abstentions", (10, 0, 5), id="in-favour"),
        pytest.param(
            "10 votes in favor and five abstentions", (10, None, 5), id="no-count-unstated"
        ),
        pytest.param("it passed with 93 votes", (93, None, None), id="yes-only"),
        pytest.param("Sixty-five countries abstained", (None, None, 65), id="countries-abstained"),
        pytest.param(
            "faced opposition from only 18 countries", (None, 18, None), id="opposition-from"
        ),
        pytest.param("in a vote of 93 to 18", (93, 18, None), id="vote-of"),
        pytest.param("there were zero votes against", (None, 0, None), id="zero-in-words"),
    ],
)
def test_tallies(text: str, counts: tuple[int | None, ...]) -> None:
    found = parse_tallies(text)
    assert found, text
    merged = tuple(
        next((getattr(t, k) for t in found if getattr(t, k) is not None), None)
        for k in ("yes", "no", "abstain")
    )
    assert merged == counts


@pytest.mark.parametrize(
    "text",
    [
        "the 2022-23 session",
        "call (202) 555-0147",
        "a 193-member body",
        "in 2025 it changed",
        "three years of war",
        "the score was 3-1",
    ],
)
def test_not_tallies(text: str) -> None:
    assert [t for t in parse_tallies(text) if t.yes and t.yes > 5] == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param(
            "adopted 14 in favour to none against, with one abstention (Fiji)",
            (14, 0, 1),
            id="in-favour-to-none",
        ),
        pytest.param("carried by 158 votes to 9", (158, 9, None), id="votes-to-digits"),
        pytest.param("it passed 158-9-13", (158, 9, 13), id="three-dashes"),
        pytest.param("passed 93-8 with 73 abstentions", (93, 8, 73), id="two-dashes-abstentions"),
        pytest.param(
            "13 votes in favour, one against (Malta) and one abstention (Peru)",
            (13, 1, 1),
            id="bracketed-names",
        ),
        pytest.param(
            "seven in favour, seven against and one abstention", (7, 7, 1), id="words-three"
        ),
        pytest.param(
            "A total of 120 nations voted in favour of the text, and 30 against.",
            (120, 30, None),
            id="nations-voted-in-favour-of",
        ),
        pytest.param("The draft was supported by 28 countries.", (28, None, None), id="by-n"),
        pytest.param(
            "Nine states backed it, while eight voted against. Twelve abstained.",
            (9, 8, 12),
            id="bare-verbs",
        ),
    ],
)
def test_tallies_of_real_reporting(text: str, counts: tuple[int | None, ...]) -> None:
    test_tallies(text, counts)


@pytest.mark.parametrize(
    "text",
    [
        "a draft needs at least nine votes in favour to pass",
        "it fell short of the nine votes required",
        "prices rose from 104 in 2007 to 130 this year",  # a trend of no vote option
    ],
)
def test_counts_that_are_not_a_tally(text: str) -> None:
    assert parse_tallies(text) == ()


def test_a_long_run_of_clashing_tallies_is_merged_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each tally of a paragraph is compared with a bounded number of earlier ones, so a
    text of repeated tally lines (benchmarks/adversarial.py, kind "tallies") stays linear:
    the comparisons are counted, not timed."""
    from benchmarks.adversarial import adversarial_text  # noqa: PLC0415
    from kg.extract import Extractor  # noqa: PLC0415
    from kg.extract import tallies as module  # noqa: PLC0415
    from kg.reference.load import cached_reference  # noqa: PLC0415

    calls = 0
    fits = module._Merged.fits

    def counted(self: module._Merged, counts: dict[str, int | None]) -> bool:
        nonlocal calls
        calls += 1
        return fits(self, counts)

    monkeypatch.setattr(module._Merged, "fits", counted)
    extractor = Extractor(cached_reference())
    text = adversarial_text(48 * 1024, "tallies")
    stated = sum(len(parse_tallies(line)) for line in text.split(". "))
    facts = extractor.extract(text)
    assert stated > 500 and len(facts.tallies) > 300
    assert calls <= module._RECENT * stated


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param("a hundred and twelve states backed it", (112, None, None), id="a-hundred"),
        pytest.param("despite winning eleven supporting votes", (11, None, None), id="winning"),
        pytest.param(
            "It was backed by 120 of the assembly's 193 members", (120, None, None), id="of-all"
        ),
        pytest.param(
            "The text passed with 99 nations voting in favour and 40 that abstained",
            (99, None, 40),
            id="voting-that-abstained",
        ),
        pytest.param("Chile was one of 20 countries to abstain", (None, None, 20), id="to-abstain"),
        pytest.param("It passed with backing from 101 nations", (101, None, None), id="backing"),
        pytest.param("supported by 77 UN member states", (77, None, None), id="un-member-states"),
    ],
)
def test_more_tallies_of_real_reporting(text: str, counts: tuple[int | None, ...]) -> None:
    test_tallies(text, counts)


def test_a_trend_states_two_counts_of_the_option_the_sentence_names() -> None:
    found = parse_tallies("Backing for the appeal rose from 98 votes in 2016 to 121 this year.")
    assert [(t.yes, t.no, t.abstain, t.rule) for t in found] == [
        (98, None, None, "tally.trend-from"),
        (121, None, None, "tally.trend-to"),
    ]
    assert parse_tallies("Prices rose from 98 in 2016 to 121.") == ()  # no option named


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        pytest.param(
            "It passed with 120 yes votes, 9 no votes and 30 abstentions.",
            (120, 9, 30),
            id="yes-votes-no-votes",
        ),
        pytest.param(
            "It was carried by a large majority of 120 states, with only 9 opposing it.",
            (120, 9, None),
            id="majority-of-and-opposing",
        ),
        pytest.param(
            "Nine countries, among them Chile and Peru, voted against, and 30 abstained.",
            (None, 9, 30),
            id="an-aside-after-the-counted-noun",
        ),
        pytest.param(
            "It won 120 votes, with 30 abstaining.",
            (120, None, 30),
            id="with-n-abstaining",
        ),
    ],
)
def test_more_tallies_of_reporting(text: str, counts: tuple[int | None, ...]) -> None:
    test_tallies(text, counts)
