"""N-Quads serialisation of our terms: any literal text survives a trip through pyoxigraph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Quad, lit, nonneg, term_nt, to_nquads
from kg.vocab import XSD

HOSTILE_TEXT = [
    'a "quoted" word',
    "back\\slash and \\n not a newline",
    "two\nlines",
    "carriage\rreturn and\r\nwindows line end",
    "tab\there",
    "nul \x00 byte",
    "bell \x07, escape \x1b, delete \x7f",
    "line separator \u2028 paragraph separator \u2029",
    "curly “quotes” and ‘single’ ones, an emoji 🙂, and accents: Élysée",
    '" . <http://example.org/s> <http://example.org/p> "injected',
    "'} ; DROP ALL ; #",
    '> <http://example.org/g> .\n<http://example.org/s> <http://example.org/p> "x',
    "\\u0022 is not a quote here",
    "ends with a backslash \\",
    "",
]

S, P, G = (
    IRI("https://kg.example/id/s"),
    IRI("https://kg.example/id/p"),
    IRI("https://kg.example/id/g"),
)


@pytest.mark.parametrize("text", HOSTILE_TEXT)
@pytest.mark.parametrize(
    ("datatype", "lang"), [(None, None), (None, "en"), ("https://kg.example/id/datatype", None)]
)
def test_a_literal_round_trips_through_pyoxigraph(
    text: str, datatype: str | None, lang: str | None
) -> None:
    nquads = to_nquads([Quad(S, P, Literal(text, datatype, lang), G)])
    assert nquads.count("\n") == 1, "one quad, one line"
    [quad] = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    assert quad.object.value == text
    assert quad.object.language == lang
    assert quad.object.datatype.value == (
        datatype
        or ("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if lang else XSD.string)
    )
    assert quad.graph_name == ox.NamedNode(G.value)


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_a_literal_round_trips_through_the_store(text: str, empty_store: KgStore) -> None:
    store = empty_store
    store.add_quads([Quad(S, P, lit(text), G)])
    assert len(store) == 1
    assert store.value(S.value, P.value, G.value) == Literal(text)


def test_typed_values() -> None:
    assert term_nt(lit(True)) == '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    assert term_nt(lit(7)) == '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert term_nt(nonneg(0)) == '"0"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert term_nt(Literal("x", XSD.string)) == '"x"', "xsd:string is the plain form"


def test_typed_values_come_back_from_the_store_unchanged(empty_store: KgStore) -> None:
    """The store rewrites some literals to a canonical form; ours must already be in it."""
    store = empty_store
    values = [
        lit(True),
        lit(False),
        lit(0),
        lit(93),
        nonneg(18),
        Literal("2025-03-01T12:00:00Z", XSD.dateTime),
        Literal("2025-02-24", XSD.date),
    ]
    store.add_quads([Quad(S, IRI(f"{P.value}/{i}"), v, G) for i, v in enumerate(values)])
    for i, value in enumerate(values):
        assert store.value(S.value, f"{P.value}/{i}", G.value) == value
