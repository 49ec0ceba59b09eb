"""What the extraction tests read off a ``Facts``: small views shared by the test files."""

from __future__ import annotations

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    """(holder, polarity, voter) of every stance."""
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def claims(facts: Facts) -> set[tuple[str, str]]:
    """(country, option) of every vote claim."""
    return {(v.country, v.option) for v in facts.votes}


def speakers(facts: Facts) -> dict[str, str]:
    """Each quote's first 16 characters, and who said it."""
    return {q.text[:16]: q.speaker.name for q in facts.quotes}


def persons(facts: Facts) -> set[str]:
    """The names of the persons found."""
    return {p.name for p in facts.persons}
