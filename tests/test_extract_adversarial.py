"""Adversarial text (runs of quotation marks, capitals, punctuation, endless sentences,
nested brackets, see benchmarks/adversarial.py) must not break the extractor: extraction
terminates, returns ``Facts``, and every span it reports lies inside the text.

How long it takes is measured by ``python -m benchmarks.bench_extract``, never here. Each test
has a timeout (pytest-timeout) far above its normal run: not a claim about speed, but what turns
a pattern that backtracks without end into a failure instead of a CI job that hangs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks.adversarial import KINDS, adversarial_text
from kg.extract import Extractor
from kg.model import Evidence, Facts, Span
from kg.reference.load import cached_reference


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(cached_reference())


def _spans(facts: Facts) -> Iterator[Span]:
    evidence: list[Evidence] = [
        *(m for p in facts.persons for m in p.mentions),
        *(r.evidence for p in facts.persons for r in p.roles),
        *(c.evidence for c in facts.countries),
        *(m for o in facts.organizations for m in o.mentions),
        *(q.evidence for q in facts.quotes),
        *(s.evidence for s in facts.stances),
        *(v.evidence for v in facts.votes),
        *(t.evidence for t in facts.tallies),
    ]
    yield from (e.span for e in evidence)
    yield from (part for q in facts.quotes for part in q.parts)


def _check(facts: Facts, text: str) -> None:
    assert isinstance(facts, Facts)
    for span in _spans(facts):
        assert 0 <= span.start <= span.end <= len(text), span


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_adversarial_text_extracts(extractor: Extractor, kind: str) -> None:
    text = adversarial_text(32 * 1024, kind)
    _check(extractor.extract(text), text)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_five_megabytes_of_mixed_adversarial_text_terminates(extractor: Extractor) -> None:
    """Issue 3's 5 MB case: it ends, with facts whose spans lie in the text. (How long it
    takes is the benchmark's to say, not a test's.)"""
    text = adversarial_text(5 * 1024 * 1024, "mixed")
    assert len(text) == 5 * 1024 * 1024
    _check(extractor.extract(text), text)
