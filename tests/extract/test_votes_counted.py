"""A count before a participle ("with 120 nations voting yes") is a tally's figure, not a
voter: the participle must not reach back to a country named earlier in the sentence."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import claims as _claims


def test_counted_subject_is_no_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, 3 March 2024 - The General Assembly again urged an end to the old U.K. "
        "fishing ban on Iceland, with 140 countries voting in favour, Norway and Chile "
        "voting against and Peru abstaining."
    )
    claims = _claims(extract(text))
    assert ("GBR", "yes") not in claims
    assert ("ISL", "yes") not in claims
    assert {("NOR", "no"), ("CHL", "no"), ("PER", "abstain")} <= claims


def test_a_tally_after_the_word_resolution_is_no_symbol(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 3 March 2031 - The General Assembly adopted the resolution "
        "120-14-32 on Monday, and the Council later backed the resolution 187 to 2."
    )
    keys = {r.key for r in extract(text).resolutions}
    assert not [k for k in keys if k.startswith("S/RES/1")]
    assert {(t.yes, t.no, t.abstain) for t in extract(text).tallies} >= {(120, 14, 32)}


def test_a_council_resolution_by_number_is_still_read(extract: Callable[[str], Facts]) -> None:
    text = "NEW YORK, 3 March 2031 - The Council recalled resolution 2334 (2016) on Monday."
    assert "S/RES/2334" in {r.key for r in extract(text).resolutions}
