"""The whole sieve on edge cases: nothing to extract, boilerplate, hostile input."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.model import Facts


def test_an_article_with_nothing_to_extract(extract: Callable[[str], Facts]) -> None:
    text = (
        "Regional ministers meet in Oslo\n\nOSLO, 3 March 2025 - Officials from five countries "
        "met in Oslo on Monday to discuss fisheries. The talks will continue in April."
    )
    facts = extract(text)
    assert (facts.quotes, facts.stances, facts.votes, facts.tallies) == ((), (), (), ())


def test_boilerplate_after_the_article_produces_no_facts(extract: Callable[[str], Facts]) -> None:
    text = (
        "Vote report\n\nRussia voted against the Ukrainian-European text in the General Assembly "
        "on 24 February 2025.\n\nRelated posts\n\nChile's copper boom\n\nPeru and Bolivia sign deal"
    )
    facts = extract(text)
    assert {c.iso3 for c in facts.countries} == {"RUS", "UKR"}


def test_every_span_points_into_the_text(extract: Callable[[str], Facts]) -> None:
    text = (
        "Sen. Maria Lopez (D-Ore.) said: \u201cThe U.S. vote was wrong.\u201d Russia, Belarus and "
        "North Korea voted against, and China abstained, in a 93-18-65 vote."
    )
    facts = extract(text)
    spans = [m.span for p in facts.persons for m in p.mentions]
    spans += [c.evidence.span for c in facts.countries] + [q.evidence.span for q in facts.quotes]
    spans += [p for q in facts.quotes for p in q.parts] + [v.evidence.span for v in facts.votes]
    assert spans and all(0 <= s.start <= s.end <= len(text) for s in spans)
    for q in facts.quotes:
        assert " ".join(text[p.start : p.end] for p in q.parts) == q.text


def test_hostile_text_terminates_with_an_answer(extract: Callable[[str], Facts]) -> None:
    chunks = [
        '"' * 500,
        "\u201c\u2018" * 300,
        "ABC DEF " * 400,
        "!?;:" * 500,
        "(" * 300 + ")" * 300,
        "Mr. " * 300,
        "voted against " * 300,
        "Russia, " * 400,
        "-" * 1000,
        "ninety-" * 200,
        "." * 20000 + "x",  # a run of periods not followed by white space
    ]
    facts = extract("\n\n".join(chunks) * 3)
    assert isinstance(facts, Facts)


_HERE = Path(__file__).parent
_ARTICLES = sorted(
    [*(_HERE.parents[1] / "data/articles").glob("*.txt"), *(_HERE / "articles").glob("*.txt")]
)


def test_extraction_builds_no_reference_cycles(extract: Callable[[str], Facts]) -> None:
    """The extractor turns the cycle collector off while it runs (it only costs time
    there); that is sound only while everything extraction allocates is freed by
    reference counting."""
    assert _ARTICLES
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # whatever the collector finds is kept for inspection
    try:
        kept = [extract(p.read_text(encoding="utf-8")) for p in _ARTICLES]
        gc.collect()
        cyclic = sorted({type(o).__qualname__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert len(kept) == len(_ARTICLES)
    assert cyclic == []


def test_extraction_leaves_the_collector_as_it_found_it(extract: Callable[[str], Facts]) -> None:
    extract("Russia voted against the resolution.")
    assert gc.isenabled()
    with pytest.raises(AttributeError):
        extract(None)  # type: ignore[arg-type]
    assert gc.isenabled()
    gc.disable()
    try:
        extract("China abstained.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_every_model_the_extractor_builds_validates(extract: Callable[[str], Facts]) -> None:
    """The extractor builds its models without validation (Frozen.trusted, Span.at,
    Evidence.at, CountryMention.at); validating what it built must give the same facts."""
    for path in _ARTICLES:
        facts = extract(path.read_text(encoding="utf-8"))
        assert Facts.model_validate_json(facts.model_dump_json()) == facts, path.name
