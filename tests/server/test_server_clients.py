"""Real SPARQL clients against ``kg serve``: SPARQLWrapper and rdflib's SPARQLStore get
the same answers as ``kg query`` (run at the same time on the same store, which the
server holds, so the CLI reads it through a read-only handle)."""

from __future__ import annotations

import json
import re
import warnings
from collections import Counter

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import ResultRow
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from kg.views.queries import saved_queries

from .conftest import Server, kg, parse_rdf

# Saved queries with the parameters to run them with (every query runs; a query
# whose parameters are all optional runs once without them too).
PARAMETERS: dict[str, dict[str, str]] = {
    "alignment": {"country": "USA", "resolution": "A/RES/ES-11/7"},
    "claims-vs-record": {"country": "USA", "verdict": "agrees"},
    "tally-vs-record": {"resolution": "A/RES/ES-11/7"},
    "actors-in-article": {"article": "https://kg.example/id/article/7108cfb4d26bfa13"},
    "countries-voting-with": {"country": "USA", "resolution": "A/RES/ES-11/7"},
    "quotes-by-actor": {"actor": "Rice"},
    "who-criticized-the-vote": {"voter": "USA", "resolution": "A/ES-11/L.10"},
    "who-supported-the-vote": {"voter": "USA"},
    "votes-on-resolution": {"resolution": "A/RES/ES-11/7"},
}

Row = tuple[str | None, ...]


def _unordered_columns(text: str) -> set[str]:
    """Columns made by GROUP_CONCAT: SPARQL leaves the order of their parts open."""
    return set(re.findall(r"GROUP_CONCAT\s*\([^)]*\)\s*AS\s*\?(\w+)", text, re.IGNORECASE))


def _normalise(
    rows: list[dict[str, str | None]], variables: list[str], loose: set[str]
) -> Counter[Row]:
    def cell(var: str, value: str | None) -> str | None:
        if value is not None and var in loose:
            return " ".join(sorted(value.split()))
        return value

    return Counter(tuple(cell(v, row.get(v)) for v in variables) for row in rows)


def _cli_rows(server: Server, name: str, params: dict[str, str]) -> list[dict[str, str | None]]:
    args = [arg for k, v in params.items() for arg in ("-p", f"{k}={v}")]
    result = kg("query", name, *args, "--format", "json", store=server.store)
    rows: list[dict[str, str | None]] = json.loads(result.stdout)
    return rows


def _cases() -> list[tuple[str, dict[str, str]]]:
    cases = []
    for name, query in saved_queries().items():
        if name in PARAMETERS:
            cases.append((name, PARAMETERS[name]))
        if all(not p.required for p in query.params):
            cases.append((name, {}))
    return cases


CASES = _cases()
IDS = [f"{name}{'-' + '-'.join(params) if params else ''}" for name, params in CASES]


def test_every_saved_query_is_covered() -> None:
    assert {name for name, _ in CASES} == set(saved_queries())


@pytest.mark.parametrize(("name", "params"), CASES, ids=IDS)
def test_saved_query_by_url_matches_kg_query(
    server: Server, name: str, params: dict[str, str]
) -> None:
    with server.client() as c:
        r = c.get(
            f"/queries/{name}", params=params, headers={"Accept": "application/sparql-results+json"}
        )
    assert r.status_code == 200, r.text
    body = r.json()
    variables = body["head"]["vars"]
    served = [
        {v: b[v]["value"] if v in b else None for v in variables}
        for b in body["results"]["bindings"]
    ]
    loose = _unordered_columns(saved_queries()[name].text)
    expected = _cli_rows(server, name, params)
    assert _normalise(served, variables, loose) == _normalise(expected, variables, loose)


@pytest.mark.parametrize("name", [n for n, p in CASES if not p], ids=[n for n, p in CASES if not p])
def test_sparqlwrapper_matches_kg_query(server: Server, name: str) -> None:
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery(saved_queries()[name].text)
    client.setReturnFormat(JSON)
    body = client.queryAndConvert()
    assert isinstance(body, dict)
    variables = body["head"]["vars"]
    rows = [
        {v: b[v]["value"] if v in b else None for v in variables}
        for b in body["results"]["bindings"]
    ]
    loose = _unordered_columns(saved_queries()[name].text)
    expected = _cli_rows(server, name, {})
    assert expected, f"{name} has an answer on the sample articles"
    assert _normalise(rows, variables, loose) == _normalise(expected, variables, loose)


@pytest.mark.parametrize("name", [n for n, p in CASES if not p], ids=[n for n, p in CASES if not p])
def test_rdflib_sparqlstore_matches_kg_query(server: Server, name: str) -> None:
    store = SPARQLStore(query_endpoint=f"{server.url}/sparql", returnFormat="xml")
    text = saved_queries()[name].text
    with warnings.catch_warnings():
        # rdflib warns about its own deprecated internals (ConjunctiveGraph) here.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        result = Graph(store=store).query(text)
        variables = [str(v) for v in result.vars or []]
        rows = []
        for row in result:
            assert isinstance(row, ResultRow), "a SELECT answers with rows"
            rows.append(
                {v: (None if row[i] is None else str(row[i])) for i, v in enumerate(variables)}
            )
    loose = _unordered_columns(text)
    expected = _cli_rows(server, name, {})
    assert _normalise(rows, variables, loose) == _normalise(expected, variables, loose)


def test_sparqlwrapper_construct_matches_kg_sparql(server: Server) -> None:
    query = """PREFIX kg: <https://kg.example/ontology#>
CONSTRUCT { ?q kg:speaker ?s } WHERE { GRAPH ?g { ?q a kg:Quote ; kg:speaker ?s } }"""
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery(query)
    client.setReturnFormat(TURTLE)
    served = parse_rdf(client.query().response.read(), "turtle")
    local = parse_rdf(kg("sparql", query, store=server.store).stdout.encode(), "turtle")
    assert len(served) > 0
    assert set(served) == set(local)


def test_cli_reads_while_the_server_holds_the_store_but_cannot_write(server: Server) -> None:
    stats = kg("stats", "--format", "json", store=server.store)
    assert json.loads(stats.stdout)["articles"] >= 1
    ingest = kg("ingest", "data/articles", store=server.store, check=False)
    assert ingest.returncode == 1
    assert (
        ingest.stderr.strip()
        == f"kg: error: the store at {server.store} is in use by another kg process"
    )
