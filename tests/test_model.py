"""The fact models: the extractor's fast constructor builds the same models as validation."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from kg.model import CountryMention, Evidence, ResolutionRef, Span, VoteClaim


@pytest.mark.parametrize(("start", "end"), [(0, 0), (3, 7), (120, 4000)])
def test_trusted_evidence_is_the_validated_evidence(start: int, end: int) -> None:
    fast = Evidence.at(start, end, "quote.embedded")
    checked = Evidence(span=Span(start=start, end=end), rule="quote.embedded")
    assert fast == checked and hash(fast) == hash(checked)
    assert fast.model_dump() == checked.model_dump()
    assert fast.model_dump_json() == checked.model_dump_json()
    assert fast.model_fields_set == checked.model_fields_set
    assert fast.span.of("x" * end) == "x" * (end - start)
    span = Span.at(start, end)
    assert span == checked.span and span.model_dump_json() == checked.span.model_dump_json()


def test_trusted_evidence_is_frozen() -> None:
    fast = Evidence.at(1, 2, "r")
    with pytest.raises(ValidationError):
        fast.rule = "other"  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2)])
def test_a_bad_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="bad span"):
        Evidence.at(start, end, "r")
    with pytest.raises(ValueError, match="bad span"):
        Span.at(start, end)
    with pytest.raises(ValidationError):
        Span(start=start, end=end)


def test_a_trusted_country_mention_is_the_validated_one() -> None:
    evidence = Evidence.at(4, 10, "country.name")
    fast = CountryMention.at("UKR", "Ukraine", "name", evidence)
    checked = CountryMention(iso3="UKR", surface="Ukraine", kind="name", evidence=evidence)
    assert fast == checked and hash(fast) == hash(checked)
    assert fast.model_dump_json() == checked.model_dump_json()
    assert fast.model_fields_set == checked.model_fields_set


def test_a_trusted_model_is_the_validated_one() -> None:
    evidence = Evidence.at(0, 40, "vote.explicit")
    ref = ResolutionRef(key="A/RES/ES-11/7", symbol="A/RES/ES-11/7", matched=True)
    values: dict[str, Any] = {
        "country": "USA",
        "option": "no",
        "resolution": ref,
        "evidence": evidence,
    }
    fast = VoteClaim.trusted(**values)
    checked = VoteClaim(**values)
    assert type(fast) is VoteClaim
    assert fast == checked and hash(fast) == hash(checked)
    assert fast.model_dump_json() == checked.model_dump_json()
    assert fast.model_fields_set == checked.model_fields_set
    with pytest.raises(ValidationError):
        fast.option = "yes"  # type: ignore[misc]
