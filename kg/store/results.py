"""What both stores share: kg's terms in and out of pyoxigraph, parameters bound
into a query, and answers serialised.

The embedded store (``kg.store.embedded``) and the remote store (``kg.store.remote``)
both hold answers as pyoxigraph terms and results, so converting, binding and
serialising here gives the two backends the same rows and the same bytes for the
same data.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import (
    FormatError,
    ParameterError,
    QuerySyntaxError,
    ResultTooLargeError,
    StoreError,
)
from kg.store.sparql_text import assigned_variables, binding_sites, where_clause_start
from kg.terms import IRI, Literal, Term

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
GRAPH_FORMATS = {"trig", "nquads", "jsonld"}


@dataclass(frozen=True)
class SelectResult:
    """A SELECT answer with our own terms: variables, and rows of term-or-None."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


def to_ox(term: Term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, IRI):
        return ox.NamedNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_IMPLICIT = frozenset({_XSD_STRING, _RDF_LANG_STRING})


def from_ox(term: Any) -> Term | None:
    kind = type(term)  # exact types first: this runs for every value of every answer
    if kind is ox.NamedNode:
        return IRI(term.value)
    if term is None:
        return None
    if kind is ox.Literal or isinstance(term, ox.Literal):
        # A plain string and a language-tagged string come back in the same form as
        # they are written (Literal("x"), Literal("x", lang="fr")), so they compare equal.
        datatype = term.datatype.value
        implicit = datatype in _IMPLICIT
        return Literal(term.value, None if implicit else datatype, term.language)
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return IRI(f"_:{term.value}")
    return Literal(str(term))


_UNSEEN = object()


def rows_from_ox(solutions: Iterable[Iterable[Any]]) -> tuple[tuple[Term | None, ...], ...]:
    """Each solution's values (in the order of its variables) as kg's terms.

    A large answer names few distinct terms many times over (its countries,
    resolutions, vote options and articles): each is converted once per answer.
    """
    known: dict[Any, Term | None] = {}
    find = known.get

    def convert(term: Any) -> Term | None:
        found = find(term, _UNSEEN)
        if found is _UNSEEN:
            found = known[term] = from_ox(term)
        return found  # type: ignore[return-value]

    return tuple(tuple(map(convert, solution)) for solution in solutions)


def iter_rows_from_ox(solutions: Iterable[Iterable[Any]]) -> Iterator[tuple[Term | None, ...]]:
    """``rows_from_ox``, one row at a time (each distinct term still converted once)."""
    known: dict[Any, Term | None] = {}
    find = known.get
    for solution in solutions:
        row: list[Term | None] = []
        for term in solution:
            found = find(term, _UNSEEN)
            if found is _UNSEEN:
                found = known[term] = from_ox(term)
            row.append(found)  # type: ignore[arg-type]
        yield tuple(row)


def bind(sparql: str, bindings: Mapping[str, Term]) -> tuple[str, dict[Any, Any]]:
    """Bind parameters as RDF terms: a VALUES row opening the WHERE clause where that
    means the same, else pyoxigraph substitutions.

    pyoxigraph evaluates a substituted query in full before it applies the
    substitution, which made a country's profile take seconds; a VALUES row lets
    the optimiser start from the bound terms. A variable the query assigns itself
    (``BIND(... AS ?v)``, ``(... AS ?v)``) keeps the substitution, which replaces
    the assignment. The row is written by pyoxigraph's own term serialiser from
    validated terms (an invalid IRI or variable name raises), never from the raw
    text of a value.
    """
    if not bindings:
        return sparql, {}
    try:
        pairs = [(ox.Variable(name), to_ox(term)) for name, term in bindings.items()]
    except ValueError as exc:
        raise ParameterError(f"cannot bind parameters: {exc}") from exc
    at = where_clause_start(sparql)
    assigned = assigned_variables(sparql)
    rows = [(v, t) for v, t in pairs if at is not None and v.value not in assigned]
    substitutions = {v: t for v, t in pairs if (v, t) not in rows}
    if not rows or at is None:
        return sparql, substitutions
    # Each row opens the group where it lets pyoxigraph start from the bound term
    # (kg.store.sparql_text.binding_sites); at the WHERE clause's start otherwise.
    sites: dict[int, list[tuple[Any, Any]]] = {}
    for variable, term in rows:
        for site in binding_sites(sparql, variable.value) or (at,):
            sites.setdefault(site, []).append((variable, term))
    for site in sorted(sites, reverse=True):
        names = " ".join(str(variable) for variable, _ in sites[site])
        terms = " ".join(str(term) for _, term in sites[site])
        sparql = f"{sparql[:site]} VALUES ({names}) {{ ({terms}) }}{sparql[site:]}"
    return sparql, substitutions


class _ResultTooLarge(Exception):
    """Raised by a bounded sink inside pyoxigraph's serialiser, caught just outside."""


class _BoundedSink:
    """A binary file-like object that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.buffer = io.BytesIO()

    def write(self, data: bytes) -> int:
        if self.limit is not None and self.buffer.tell() + len(data) > self.limit:
            raise _ResultTooLarge
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


class Answer:
    """The answer of a query, not yet serialised; ``form`` says which kind it is."""

    def __init__(self, result: Any) -> None:
        self._result = result
        if isinstance(result, ox.QueryTriples):
            self.form = "construct"
        elif isinstance(result, ox.QuerySolutions):
            self.form = "select"
        else:
            self.form = "ask"

    def serialized(self, wanted: str, max_bytes: int | None = None) -> tuple[str, bytes]:
        """The form and the answer serialised in ``wanted`` if the form allows it, else
        in its default (Turtle for CONSTRUCT / DESCRIBE, JSON results otherwise)."""
        if self.form == "construct":
            fmt = wanted if wanted in RDF_FORMATS else "turtle"
        else:
            fmt = wanted if wanted in RESULT_FORMATS else "json"
        return self.form, self.serialize(fmt, max_bytes)

    def serialize(self, fmt: str, max_bytes: int | None = None) -> bytes:
        """Serialise in ``fmt`` (a results format for SELECT / ASK, an RDF format
        for CONSTRUCT / DESCRIBE); past ``max_bytes`` raise ResultTooLargeError."""
        if self.form == "construct":
            if fmt not in RDF_FORMATS:
                raise FormatError(f"a CONSTRUCT or DESCRIBE answer cannot be written as {fmt}")
            target: Any = RDF_FORMATS[fmt]
        else:
            if fmt not in RESULT_FORMATS:
                raise FormatError(f"a {self.form.upper()} answer cannot be written as {fmt}")
            target = RESULT_FORMATS[fmt]
        sink = _BoundedSink(max_bytes)
        try:
            self._result.serialize(sink, format=target)
        except _ResultTooLarge:
            raise ResultTooLargeError(
                f"the answer is larger than the limit of {max_bytes} bytes; "
                "narrow the query or add a LIMIT"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc
        except (SyntaxError, RuntimeError) as exc:  # evaluation errors surface lazily
            raise QuerySyntaxError(str(exc).splitlines()[0]) from exc
        return sink.buffer.getvalue()


def written(data: bytes | None) -> bytes:
    """What pyoxigraph serialised when given no file to write to (its stubs allow None)."""
    if data is None:
        raise StoreError("the store serialised nothing")
    return data


def reserialize(data: bytes, source: str, target: str, prefixes: Mapping[str, str]) -> bytes:
    """RDF ``data`` in format ``source`` written again in ``target``, with ``prefixes``
    (Turtle and TriG use them; the line formats have none)."""
    quads = ox.parse(data, format=RDF_FORMATS[source])
    return written(ox.serialize(quads, format=RDF_FORMATS[target], prefixes=dict(prefixes)))


def graph_triples(nquads: str | bytes, graph: str) -> str:
    """One graph's quads, minted by kg as N-Quads, as the N-Triples of that graph.

    Raises ``StoreError`` if a line names another graph (or none): an article's
    quads all belong to its own graph.
    """
    text = nquads.decode("utf-8") if isinstance(nquads, bytes) else nquads
    suffix = f" <{graph}> ."
    lines = [line for line in text.splitlines() if line]
    if not all(line.endswith(suffix) for line in lines):
        raise StoreError(f"cannot write graph {graph}: quads of another graph given")
    return "".join(line[: -len(suffix)] + " .\n" for line in lines)
