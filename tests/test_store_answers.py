"""The store's query answers: dataset choice (protocol graphs, FROM, union), parameters
bound as terms, serialisation chosen after the query form is known, and the size bound."""

from __future__ import annotations

import pytest

from kg.errors import FormatError, ParameterError, QuerySyntaxError, ResultTooLargeError
from kg.store.embedded import Store
from kg.store.sparql_text import declares_dataset
from kg.terms import IRI, Literal, Quad

# The remote store's answers (the same API over HTTP) are tested in test_remote.py.
pytestmark = pytest.mark.embedded_only("the embedded store's answers, on an in-memory store")

G1, G2 = "https://kg.example/graph/one", "https://kg.example/graph/two"
P = "http://schema.org/name"


@pytest.fixture
def store() -> Store:
    s = Store(None)
    s.add_quads(
        [
            Quad(IRI("https://kg.example/id/a"), IRI(P), Literal('Ann "A" <b>'), IRI(G1)),
            Quad(IRI("https://kg.example/id/b"), IRI(P), Literal("Bob"), IRI(G2)),
        ]
    )
    return s


def _names(store: Store, query: str, **kwargs: object) -> list[str]:
    result = store.select(query, **kwargs)  # type: ignore[arg-type]
    return sorted(row[0].value for row in result.rows if row[0] is not None)


@pytest.mark.parametrize(
    ("query", "declares"),
    [
        ("SELECT * FROM <http://g> { ?s ?p ?o }", True),
        ("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }", True),
        ("PREFIX ex: <http://x/> SELECT * FROM ex:g {}", True),
        ("select *\nfrom <http://g>\n{}", True),
        ("DESCRIBE <http://a> FROM <http://g>", True),
        ('SELECT * { ?s ?p "FROM <x>" }', False),
        ("SELECT * { ?s ?p '''FROM <x>''' }", False),
        ("SELECT * { ?s ex:from ?o } # FROM <x>", False),
        ("SELECT ?from { ?from ?p ?o }", False),
        ("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?p > 2) }", False),
    ],
)
def test_declares_dataset(query: str, declares: bool) -> None:
    assert declares_dataset(query) is declares


def test_the_default_graph_is_the_union_unless_chosen(store: Store) -> None:
    q = "SELECT ?n WHERE { ?s <http://schema.org/name> ?n }"
    assert _names(store, q) == ['Ann "A" <b>', "Bob"]
    assert _names(store, f"SELECT ?n FROM <{G2}> WHERE {{ ?s <{P}> ?n }}") == ["Bob"]
    answer = store.answer(q, default_graphs=[G1])
    assert b"Bob" not in answer.serialize("csv")
    empty = store.answer(q, named_graphs=[G2])
    assert empty.serialize("csv").strip() == b"n"


def test_bound_parameters_are_terms_not_text(store: Store) -> None:
    q = "SELECT ?s ?n WHERE { ?s <http://schema.org/name> ?n }"
    hostile = Literal('Ann "A" <b>')
    rows = store.select(q, {"n": hostile}).rows
    assert [r[0] for r in rows] == [IRI("https://kg.example/id/a")]
    assert store.select(q, {"n": Literal('x" } UNION { ?s ?p ?n')}).rows == ()
    with pytest.raises(ParameterError):
        store.select(q, {"s": IRI("http://a> } <x")})


def test_answer_form_and_formats(store: Store) -> None:
    construct = store.answer(f"CONSTRUCT {{ ?s <{P}> ?n }} WHERE {{ ?s <{P}> ?n }}")
    assert construct.form == "construct"
    with pytest.raises(FormatError):
        construct.serialize("csv")
    assert store.answer("ASK { ?s ?p ?o }").form == "ask"
    select = store.answer("SELECT * WHERE { ?s ?p ?o }")
    assert select.form == "select"
    with pytest.raises(FormatError):
        select.serialize("turtle")


def test_serialisation_is_bounded(store: Store) -> None:
    q = "SELECT * WHERE { ?s ?p ?o }"
    full = store.answer(q).serialize("json")
    assert store.answer(q).serialize("json", max_bytes=len(full)) == full
    with pytest.raises(ResultTooLargeError, match=f"limit of {len(full) - 1} bytes"):
        store.answer(q).serialize("json", max_bytes=len(full) - 1)


def test_syntax_errors_are_query_errors(store: Store) -> None:
    with pytest.raises(QuerySyntaxError, match="error at 1:"):
        store.answer("SELECT * WHERE { ?s ")


def test_update(store: Store) -> None:
    store.update(f'INSERT DATA {{ GRAPH <{G1}> {{ <https://kg.example/id/c> <{P}> "Cy" }} }}')
    assert "Cy" in _names(store, f"SELECT ?n WHERE {{ ?s <{P}> ?n }}")
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATA { <x> }")
