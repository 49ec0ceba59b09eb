"""An editorial that names its institution in its headline ("The Tribune view on ...")
holds the judgements its own sentences make of how countries voted."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts

BODY = (
    "Last week the General Assembly voted 120 to 9 to condemn the seizure of the Marrow "
    "Islands, with 30 abstentions.\n\n"
    "Troubling, even alarming, is the sight of large democracies such as Peru, Kenya and "
    "Chile that abstained on the text. Foremost among them is Norway.\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_the_editorial_voice_judges_the_listed_voters(extract: Callable[[str], Facts]) -> None:
    text = "The Tribune view on the island vote: friends who look away\n\n" + BODY
    found = stances(extract(text))
    for iso in ("PER", "KEN", "CHL", "NOR"):  # Norway: "foremost among them"
        assert ("The Tribune", "criticizes", iso) in found


def test_an_ordinary_headline_has_no_institutional_voice(
    extract: Callable[[str], Facts],
) -> None:
    text = "Assembly condemns seizure of islands\n\n" + BODY
    assert not [s for s in stances(extract(text)) if s[0] == "The Tribune"]
