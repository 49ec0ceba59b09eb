"""What the extraction tests read off a ``Facts`` (small views shared by the test files), and
the made-up votes some of them add to the bundled reference."""

from __future__ import annotations

from typing import Literal

from kg.extract import Extractor
from kg.model import Facts, ResolutionRecord
from kg.reference.load import load_reference


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


def extractor_with(*records: ResolutionRecord) -> Extractor:
    """The extractor with the bundled reference and ``records`` beside it."""
    bundled = load_reference()
    return Extractor(bundled.model_copy(update={"resolutions": (*bundled.resolutions, *records)}))


def record(
    symbol: str,
    body: Literal["UNGA", "UNSC", "HRC"],
    date: str,
    title: str,
    counts: tuple[int, int, int],
    draft: str | None = None,
    adopted: bool = True,
) -> ResolutionRecord:
    """A vote the tests make up: its symbol (the draft's too unless ``draft``), body,
    day, title and (yes, no, abstain)."""
    yes, no, abstain = counts
    return ResolutionRecord(
        symbol=symbol,
        draft_symbol=draft or symbol,
        body=body,
        date=date,
        title=title,
        yes=yes,
        no=no,
        abstain=abstain,
        adopted=adopted,
    )
