"""UN meetings coverage: a country's unnamed envoy judging a veto or another country's
decision holds the stance for the country; an envoy named in the next sentence holds it
by name; "the veto" is the vote of the one country the article has voting no."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts

VETO_LEAD = (
    "NEW YORK, 9 June 2031 - The Security Council failed to renew the monitoring mission in "
    "Tarvia after Russia voted against the draft, which received 12 votes in favour, 1 "
    "against and 2 abstentions.\n\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The representative of Ireland said his delegation bitterly regretted the veto.",
            {("IRL", "criticizes", "RUS")},
            id="an-unnamed-envoy-regretting-the-veto",
        ),
        pytest.param(
            "Ghana's representative condemned Russia's decision to block the mission.",
            {("GHA", "criticizes", "RUS")},
            id="an-envoy-condemning-a-named-country",
        ),
        pytest.param(
            'The representative of Chile said: "This veto is a reckless act."',
            {("CHL", "criticizes", "RUS")},
            id="a-short-judgement-of-the-veto-itself",
        ),
        pytest.param(
            "Ireland's ambassador deplored the veto as cruel and irresponsible. "
            '"The people of Tarvia deserved better," Fergal Moran said.',
            {("Fergal Moran", "criticizes", "RUS")},
            id="the-envoy-named-in-the-next-sentence-holds-it",
        ),
    ],
)
def test_meetings_coverage(
    extract: Callable[[str], Facts], paragraph: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= stances(extract(VETO_LEAD + paragraph))


def test_the_veto_of_one_text_by_two_is_both_of_theirs(extract: Callable[[str], Facts]) -> None:
    """Two permanent members voting no on one text: "the veto" is their joint one."""
    lead = (
        VETO_LEAD.replace("after Russia voted", "after Russia and China voted")
        .replace("12 votes", "11 votes")  # (the Council's fifteen in all)
        .replace("1 against", "2 against")
    )
    text = lead + "The representative of Ireland said his delegation bitterly regretted the veto."
    found = {s for s in stances(extract(text)) if s[0] == "IRL"}
    assert found == {("IRL", "criticizes", "RUS"), ("IRL", "criticizes", "CHN")}


def test_the_veto_of_one_of_two_texts_needs_its_vetoer(extract: Callable[[str], Facts]) -> None:
    """Two vetoes of two texts: "the veto" does not say whose, so no stance is read."""
    text = (
        "NEW YORK, 9 June 2031 - The Security Council rejected two rival drafts on Tarvia. "
        "Russia vetoed the first, a French text, which received 12 votes in favour. The "
        "United States vetoed the second, a Chinese text, which received 9 votes in favour.\n\n"
        "The representative of Ireland said his delegation bitterly regretted the veto."
    )
    assert not [s for s in stances(extract(text)) if s[0] == "IRL"]


def test_thanking_the_yes_voters_is_no_stance_on_a_no_vote(
    extract: Callable[[str], Facts],
) -> None:
    """Thanks go to the countries that backed a text, which the sentence does not name;
    a vote it mentions while declining to comment is not the one thanked."""
    text = (
        "GENEVA, 9 June 2031 - The General Assembly adopted the text on Tarvia by 93 votes "
        "to 18, and Chile voted against it.\n\n"
        "Foreign Minister Ana Lind thanked the 93 countries that backed the text but "
        "declined to comment on the Chilean vote."
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Ana Lind"]
