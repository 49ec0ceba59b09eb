"""Formatting query answers for people and programs: table, JSON, CSV, TSV.

The JSON form is the contract scripts rely on: an array of objects keyed by the
query's variables, IRIs and literals as plain strings, unbound as null.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import TextIO

from kg.store.results import SelectResult
from kg.terms import IRI, Term

FORMATS = ("table", "json", "csv", "tsv")


def plain(term: Term | None) -> str | None:
    if term is None:
        return None
    return term.value


Row = Sequence[Term | None]


def to_json(result: SelectResult) -> str:
    buffer = io.StringIO()
    write_json(result.variables, result.rows, buffer)
    return buffer.getvalue()


def write_json(variables: Sequence[str], rows: Iterable[Row], out: TextIO) -> None:
    """The JSON contract, one row at a time: the same text as ``json.dumps`` of the
    whole array with ``indent=1``, but no row waits for the next to be read."""
    first = True
    for row in rows:
        item = {k: plain(v) for k, v in zip(variables, row, strict=True)}
        text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")
        out.write(("[\n " if first else ",\n ") + text)
        first = False
    out.write("[]" if first else "\n]")


def to_delimited(result: SelectResult, delimiter: str) -> str:
    buffer = io.StringIO()
    write_delimited(result.variables, result.rows, delimiter, buffer)
    return buffer.getvalue()


def write_delimited(
    variables: Sequence[str], rows: Iterable[Row], delimiter: str, out: TextIO
) -> None:
    """CSV or TSV with a header, written row by row."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else _cell(t, delimiter) for t in row])


def write_rows(variables: Sequence[str], rows: Iterable[Row], fmt: str, out: TextIO) -> None:
    """A contract format (json, csv, tsv) written to ``out`` as the rows come: what
    ``render`` gives for the same rows."""
    if fmt == "json":
        write_json(variables, rows, out)
        out.write("\n")
    elif fmt in {"csv", "tsv"}:
        write_delimited(variables, rows, "," if fmt == "csv" else "\t", out)
    else:
        raise ValueError(f"not a streamed format: {fmt}")


def _cell(term: Term, delimiter: str) -> str:
    value = term.value
    if delimiter == "\t":
        value = value.replace("\t", " ").replace("\n", " ")
    return value


def short(term: Term | None, width: int = 0) -> str:
    """A cell for the table view: IRIs shortened to their last segment."""
    if term is None:
        return ""
    text = term.value
    if isinstance(term, IRI) and "/id/" in text:
        text = text.split("/id/", 1)[1]
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: max(width - 1, 1)] + "…"
    return text


def to_table(result: SelectResult, max_width: int | None = None) -> str:
    if not result.rows:
        return "(no results)\n"
    total = max_width or shutil.get_terminal_size((160, 24)).columns
    cols = len(result.variables)
    cap = max(12, (total - 3 * cols) // max(cols, 1))
    cells = [[short(t, cap) for t in row] for row in result.rows]
    widths = [max(len(result.variables[i]), *(len(r[i]) for r in cells)) for i in range(cols)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(list(result.variables)), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def render(result: SelectResult, fmt: str) -> str:
    if fmt == "json":
        return to_json(result) + "\n"
    if fmt == "csv":
        return to_delimited(result, ",")
    if fmt == "tsv":
        return to_delimited(result, "\t")
    return to_table(result)
