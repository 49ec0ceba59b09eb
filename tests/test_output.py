"""The contract formats (JSON, CSV, TSV) are written row by row, in the same text as
the whole answer rendered at once."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from kg.store.results import SelectResult
from kg.terms import IRI, Literal, Term
from kg.views.output import render, write_json, write_rows

VARIABLES = ("who", "said", "where")
ROWS: tuple[tuple[Term | None, ...], ...] = (
    (IRI("https://kg.example/id/person/ada-quill"), Literal('a "quoted"\nline, é'), None),
    (
        IRI("https://kg.example/id/country/NOR"),
        Literal("2", "http://www.w3.org/2001/XMLSchema#integer"),
        Literal("x\ty"),
    ),
)


@pytest.mark.parametrize("rows", [ROWS, ROWS[:1], ()])
def test_json_written_row_by_row_is_json_dumps_of_the_whole(
    rows: tuple[tuple[Term | None, ...], ...],
) -> None:
    out = io.StringIO()
    write_json(VARIABLES, rows, out)
    whole = [
        {k: None if t is None else t.value for k, t in zip(VARIABLES, r, strict=True)} for r in rows
    ]
    assert out.getvalue() == json.dumps(whole, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
def test_each_row_is_written_before_the_next_is_read(fmt: str) -> None:
    out = io.StringIO()
    seen: list[int] = []

    def rows() -> Iterator[tuple[Term | None, ...]]:
        for row in ROWS:
            seen.append(len(out.getvalue()))
            yield row

    write_rows(VARIABLES, rows(), fmt, out)
    assert seen[1] > seen[0], "the first row was written before the second was asked for"
    assert out.getvalue() == render(SelectResult(VARIABLES, ROWS), fmt)
