"""RDF terms as two small value types, and their N-Triples / N-Quads form.

Plain tuples, cheap to make and to hash; ``kg.store.embedded`` turns them into pyoxigraph
terms and back. Nothing here imports pydantic or rdflib, so the query path of
the CLI starts quickly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from kg.vocab import RDF, XSD


class IRI(NamedTuple):
    value: str


class Literal(NamedTuple):
    value: str
    datatype: str | None = None
    lang: str | None = None


Term = IRI | Literal


class Quad(NamedTuple):
    subject: IRI
    predicate: IRI
    object: Term
    graph: IRI


TYPE = IRI(RDF.type)


def lit(value: str | int | bool) -> Literal:
    """A typed literal from a Python value."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", XSD.boolean)
    if isinstance(value, int):
        return Literal(str(value), XSD.integer)
    return Literal(value)


def nonneg(value: int) -> Literal:
    """A count or an offset.

    Typed xsd:integer, not xsd:nonNegativeInteger: pyoxigraph stores every
    integer-derived datatype as xsd:integer, so that is what the store, its
    exports and the SHACL check see; writing the same here keeps the quads we
    mint identical to the quads the store returns. The ontology's ranges still
    say xsd:nonNegativeInteger (the value space), and the shapes check >= 0.
    """
    return Literal(str(value), XSD.integer)


# --- N-Quads -------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'["\\\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def term_nt(term: Term) -> str:
    """A term in N-Triples syntax."""
    if isinstance(term, IRI):
        return f"<{term.value}>"
    text = _NEEDS_ESCAPE.sub(_escape_char, term.value)
    if term.lang:
        return f'"{text}"@{term.lang}'
    if term.datatype and term.datatype != XSD.string:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def to_nquads(quads: Iterable[Quad]) -> str:
    return "".join(
        f"{term_nt(q.subject)} {term_nt(q.predicate)} {term_nt(q.object)} {term_nt(q.graph)} .\n"
        for q in quads
    )
