"""Forms found by probing with articles written here and with held-out real reporting
(ninth round)."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def test_counts_one_figure_off_on_a_weekday_alone_are_another_vote(
    extract: Callable[[str], Facts],
) -> None:
    # 141-5-35 is a known vote of a Wednesday; 143-5-35, also on a Wednesday, is another
    # vote (no day, year or subject of the known one): it must not be filed under it
    facts = extract(
        "Assembly rejects border change\n\n"
        "The General Assembly on Wednesday adopted a text on borders by 143 votes to 5, "
        "with 35 abstentions. Mali voted against it."
    )
    keys = {t.resolution.key for t in facts.tallies} | {c.resolution.key for c in facts.votes}
    assert keys and not any(key.startswith("A/RES/ES-11/1") for key in keys)
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(143, 5, 35)]
