"""Where a parameter's VALUES row goes: inside GRAPH groups on the way to the variable's
first use (same meaning, and pyoxigraph starts from the bound term), never inside an
OPTIONAL, a UNION branch or a sub-select (another meaning)."""

from __future__ import annotations

import pytest

from kg.store.embedded import Store
from kg.store.results import bind
from kg.store.sparql_text import binding_site
from kg.terms import IRI, Literal, Quad

A = "<http://e/a>"


def _row_before(query: str, name: str, marker: str) -> None:
    site = binding_site(query, name)
    assert site is not None
    assert query[site:].lstrip().startswith(marker), query[site:][:40]


@pytest.mark.parametrize(
    ("query", "marker"),
    [
        ("SELECT ?x WHERE { GRAPH ?g { ?x <http://e/p> ?y } }", "?x <http://e/p>"),
        ("SELECT ?x WHERE { GRAPH <http://e/g> { GRAPH ?h { ?x ?p ?y } } }", "?x ?p"),
        ("SELECT ?x WHERE { ?a ?b ?c . GRAPH ?g { ?z ?p ?x } }", "?z ?p ?x"),
    ],
)
def test_inside_graph_groups(query: str, marker: str) -> None:
    _row_before(query, "x", marker)


@pytest.mark.parametrize(
    ("query", "marker"),
    [
        ("SELECT ?x WHERE { OPTIONAL { GRAPH ?g { ?x ?p ?y } } }", "OPTIONAL"),
        ("SELECT ?x WHERE { { ?x ?p ?y } UNION { ?y ?p ?x } }", "{ ?x ?p ?y }"),
        ("SELECT ?x WHERE { GRAPH ?g { OPTIONAL { ?x ?p ?y } } }", "OPTIONAL"),
        ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?y } } }", "{ SELECT"),
        ("SELECT ?x WHERE { GRAPH ?g { ?a ?p '?x' } ?x ?q ?r }", "GRAPH ?g"),
    ],
)
def test_not_where_it_would_mean_something_else(query: str, marker: str) -> None:
    _row_before(query, "x", marker)


def test_the_answers_are_those_of_a_row_at_the_top(tmp_path: object) -> None:
    store = Store(None)
    g1, g2 = IRI("http://e/g1"), IRI("http://e/g2")
    a, b, p, q = IRI("http://e/a"), IRI("http://e/b"), IRI("http://e/p"), IRI("http://e/q")
    store.add_quads([Quad(a, p, Literal("1"), g1), Quad(b, p, Literal("2"), g2), Quad(a, q, b, g2)])
    query = (
        "SELECT ?s ?o ?t WHERE { GRAPH ?g { ?s <http://e/p> ?o } "
        "OPTIONAL { GRAPH ?h { ?s <http://e/q> ?t } } }"
    )
    text, _ = bind(query, {"s": a})
    assert text.index("VALUES") > text.index("GRAPH ?g {")
    rows = store.select(query, {"s": a}).rows
    assert rows == ((a, Literal("1"), b),)
