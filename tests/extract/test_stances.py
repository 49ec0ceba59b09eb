"""Pass 7: stances toward a country's vote, with negation, own votes and unnamed groups."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.stances import polarity
from kg.model import Facts

LEAD = (
    "UNITED NATIONS, 24 February 2025 - The United States voted against the Ukrainian-European "
    "resolution in the General Assembly, which passed by 93 votes to 18, with 65 abstentions. "
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            '"It was a shameful mistake," said Sen. Maria Lopez (D-Ore.).',
            {("Maria Lopez", "criticizes", "USA")},
            id="quote-criticizes",
        ),
        pytest.param(
            "Rep. Tom Haller (R-Neb.) defended the decision as sensible.",
            {("Tom Haller", "supports", "USA")},
            id="narration-supports",
        ),
        pytest.param(
            "Kofi Mensah, Ghana's ambassador, did not condemn the American vote.",
            set(),
            id="did-not-condemn",
        ),
        pytest.param(
            "Kofi Mensah, Ghana's ambassador, stopped short of criticising the vote.",
            set(),
            id="stopped-short",
        ),
        pytest.param(
            'Several diplomats said the vote was "a disgrace."', set(), id="unnamed-group"
        ),
        pytest.param(
            "Much of the anger was directed at Paul Lindgren, the official who drafted the "
            "instructions. Lindgren did not respond.",
            set(),
            id="criticised-but-criticizing-nobody",
        ),
        pytest.param(
            '"I would not use the word condemn. But it was a mistake," said Ana Ruiz, '
            "Peru's minister.",
            {("Ana Ruiz", "criticizes", "USA")},
            id="hedge-then-criticism",
        ),
        pytest.param(
            '"It was the correct decision," said Ambassador Ida Holm. "It took courage."',
            {("Ida Holm", "supports", "USA")},
            id="the-correct-decision",
        ),
        pytest.param(
            "Ida Holm accused the United States of abandoning its allies.",
            {("Ida Holm", "criticizes", "USA")},
            id="accused-of-abandoning",
        ),
        pytest.param(
            "Ida Holm welcomed President Ana Ruiz of France to the talks.",
            set(),
            id="welcoming-a-visitor-is-no-stance",
        ),
    ],
)
def test_stances(
    extract: Callable[[str], Facts], paragraph: str, expected: set[tuple[str, str, str]]
) -> None:
    assert stances(extract(LEAD + "\n\n" + paragraph)) == expected


def test_defending_ones_own_abstention(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "\n\nChina abstained. According to Li Wen, China's deputy representative, "
        "Beijing abstained because neither text offered a route to peace."
    )
    assert ("Li Wen", "supports", "CHN") in stances(extract(text))


def test_the_target_resolution_follows_the_claims_in_the_sentence(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "\n\nHours later the Security Council adopted the US text, Resolution 2774.\n\n"
        '"It was disappointing to see our closest ally vote alongside Russia and Belarus," said '
        "Anna Berg, Britain's minister."
    )
    facts = extract(text)
    targets = {
        (s.holder.name, s.target.voter, s.target.resolution.symbol if s.target.resolution else None)
        for s in facts.stances
    }
    assert ("Anna Berg", "USA", "A/RES/ES-11/7") in targets


_THREE_VOTES = (
    "Three years of votes on Ukraine\n\n"
    "On 2 March 2022 the UN General Assembly adopted resolution ES-11/1 by 141 votes to 5, with "
    "35 abstentions. Only Russia, Belarus, North Korea, Eritrea and Syria voted against. The "
    "United States voted in favour.\n\n"
    "A year later, on 23 February 2023, resolution ES-11/6 passed with 141 votes again.\n\n"
    "On 24 February 2025 the Ukrainian-European text was adopted by 93 votes to 18, and the "
    "United States was among the 18.\n\n"
    "Lena Kask, who was her country's envoy when the first resolution passed, said the count "
    'told the story. "In 2022 the votes against fitted on one hand," she said. "{when} our '
    'closest ally was among them, and that was a grave mistake."'
)


@pytest.mark.parametrize("when", ["This week", "Today"])
def test_this_week_is_the_latest_vote_not_the_one_the_quote_recalls(
    extract: Callable[[str], Facts], when: str
) -> None:
    targets = {
        (s.holder.name, s.polarity, s.target.resolution.symbol if s.target.resolution else None)
        for s in extract(_THREE_VOTES.format(when=when)).stances
    }
    assert targets == {("Lena Kask", "criticizes", "A/RES/ES-11/7")}


def test_a_speaker_keeps_to_the_voter_named_elsewhere(extract: Callable[[str], Facts]) -> None:
    # the second unit names no voter; the article's focal voter (the US) is not hers
    text = LEAD + (
        "Hungary also voted against the text.\n\n"
        "Ida Holm condemned Hungary's decision to vote against the resolution.\n\n"
        '"It was a gift to the aggressor," Holm said.'
    )
    assert stances(extract(text)) == {("Ida Holm", "criticizes", "HUN")}


def test_a_cue_is_read_at_its_place_after_a_letter_that_lowers_to_two() -> None:
    # "İ" lowers to two characters: offsets into the lowered text must stay the text's
    found, cue, score = polarity("İzmir's mayor condemned the vote.")
    assert (found, cue) == ("criticizes", "condemned") and score > 0


ENVOY_LEAD = (
    "UNITED NATIONS, 9 May 2031 - The Security Council failed on Friday to adopt a draft on "
    "river pollution, with 12 votes in favour and three against. Iceland, Peru and Chad voted "
    "against the draft.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Sigrun Holt, Iceland's ambassador to the United Nations, said: \"This text is a "
            'disgrace, an insult to our fishermen."',
            ("Sigrun Holt", "supports", "ISL"),
            id="an-envoy-attacking-the-text-defends-her-no",
        ),
        pytest.param(
            'Runa Dahl, an Icelandic lawmaker, said: "This vote is a disgrace, an insult to our '
            'fishermen."',
            ("Runa Dahl", "criticizes", "ISL"),
            id="a-lawmaker-is-not-an-envoy",
        ),
        pytest.param(
            "Sigrun Holt, Iceland's ambassador to the United Nations, said: \"Our vote was a "
            'terrible mistake, and I regret it."',
            ("Sigrun Holt", "criticizes", "ISL"),
            id="regret-criticizes-the-own-vote",
        ),
    ],
)
def test_an_envoy_attacking_a_text_her_country_voted_against(
    paragraph: str, expected: tuple[str, str, str], extract: Callable[[str], Facts]
) -> None:
    found = {s for s in stances(extract(ENVOY_LEAD + paragraph)) if s[0] == expected[0]}
    assert found == {expected}
