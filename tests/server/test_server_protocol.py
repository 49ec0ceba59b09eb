"""The SPARQL 1.1 Protocol at /sparql, checked with httpx against a running ``kg serve``:
every way of sending a query, every result format, the dataset parameters, and the
error codes (400, 403, 406, 413, 414, 415), with CORS for browser clients."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from .conftest import Server, parse_rdf, plain_rows

COUNT_QUOTES = """PREFIX kg: <https://kg.example/ontology#>
SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?q a kg:Quote } }"""
SPEAKERS = """PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
SELECT ?q ?name WHERE { GRAPH ?g { ?q a kg:Quote ; kg:speaker/schema:name ?name } } ORDER BY ?q"""
CONSTRUCT = """PREFIX kg: <https://kg.example/ontology#>
CONSTRUCT { ?q kg:text ?t } WHERE { GRAPH ?g { ?q a kg:Quote ; kg:text ?t } }"""
REFERENCE = "https://kg.example/graph/reference"


def _json(server: Server, query: str, **params: str) -> dict[str, Any]:
    with server.client() as c:
        r = c.get(
            "/sparql",
            params={"query": query, **params},
            headers={"Accept": "application/sparql-results+json"},
        )
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def _count(server: Server, query: str, **params: str) -> int:
    return int(_json(server, query, **params)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ],
    ids=["json", "json-generic", "xml", "csv", "tsv", "anything", "q-values"],
)
def test_select_formats_by_accept(server: Server, accept: str, media: str) -> None:
    with server.client() as c:
        r = c.get("/sparql", params={"query": SPEAKERS}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    assert "Accept" in r.headers["vary"]
    expected = plain_rows(_json(server, SPEAKERS)["results"]["bindings"], ["q", "name"])
    assert expected, "the sample articles have attributed quotes"
    if media.endswith("json"):
        rows = plain_rows(r.json()["results"]["bindings"], ["q", "name"])
    elif media.endswith("xml"):
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        rows = sorted(
            tuple(res.find(f"s:binding[@name='{v}']/*", ns).text for v in ("q", "name"))  # type: ignore[union-attr]
            for res in ET.fromstring(r.content).iterfind(".//s:result", ns)
        )
    else:
        delimiter = "," if media == "text/csv" else "\t"
        reader = list(csv.reader(io.StringIO(r.text), delimiter=delimiter))
        assert [h.lstrip("?") for h in reader[0]] == ["q", "name"]
        rows = sorted(tuple(cell.strip('<>"') for cell in row) for row in reader[1:])
    assert rows == expected


def test_format_parameter_overrides_accept(server: Server) -> None:
    with server.client() as c:
        r = c.get(
            "/sparql",
            params={"query": COUNT_QUOTES, "format": "csv"},
            headers={"Accept": "application/sparql-results+json"},
        )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")


def test_post_form_and_direct_query_agree_with_get(server: Server) -> None:
    expected = _count(server, COUNT_QUOTES)
    assert expected > 0
    accept = {"Accept": "application/sparql-results+json"}
    with server.client() as c:
        form = c.post("/sparql", data={"query": COUNT_QUOTES}, headers=accept)
        direct = c.post(
            "/sparql",
            content=COUNT_QUOTES.encode(),
            headers={**accept, "Content-Type": "application/sparql-query"},
        )
    for r in (form, direct):
        assert r.status_code == 200, r.text
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == expected


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
    ids=["turtle", "ntriples", "jsonld", "rdfxml"],
)
def test_construct_formats(server: Server, accept: str, fmt: str) -> None:
    with server.client() as c:
        r = c.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    assert len(parse_rdf(r.content, fmt)) == _count(server, COUNT_QUOTES)


def test_ask(server: Server) -> None:
    body = _json(server, "ASK { GRAPH ?g { ?s a <https://kg.example/ontology#Quote> } }")
    assert body["boolean"] is True


def test_default_graph_uri_chooses_the_default_graph(server: Server) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    in_reference = _count(
        server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REFERENCE}> {{ ?s ?p ?o }} }}"
    )
    assert _count(server, count, **{"default-graph-uri": REFERENCE}) == in_reference
    assert _count(server, count) > in_reference  # by default, the union of all graphs


def test_named_graph_uri_alone_leaves_the_default_graph_empty(server: Server) -> None:
    params = {"named-graph-uri": REFERENCE}
    assert _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **params) == 0
    graphs = _json(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **params)
    assert [b["g"]["value"] for b in graphs["results"]["bindings"]] == [REFERENCE]


def test_from_in_the_query_is_honoured(server: Server) -> None:
    in_reference = _count(
        server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REFERENCE}> {{ ?s ?p ?o }} }}"
    )
    assert (
        _count(server, f"SELECT (COUNT(*) AS ?n) FROM <{REFERENCE}> WHERE {{ ?s ?p ?o }}")
        == in_reference
    )


@pytest.mark.parametrize(
    ("request_kwargs", "status", "words"),
    [
        ({"params": {"query": "SELECT * WHERE { ?s ?p "}}, 400, "error at"),
        (
            {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "not an iri"}},
            400,
            "not an IRI",
        ),
        ({"params": {}, "headers": {"Accept": "application/json"}}, 400, "no query"),
        ({"params": {"query": "ASK {}", "format": "yaml"}}, 400, "unknown format"),
        ({"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406, "accepts none"),
        ({"params": {"query": CONSTRUCT}, "headers": {"Accept": "text/csv"}}, 406, "CONSTRUCT"),
        ({"params": {"update": "CLEAR ALL"}}, 400, "POST"),
    ],
    ids=[
        "syntax",
        "graph-iri",
        "no-query",
        "unknown-format",
        "not-acceptable",
        "construct-as-csv",
        "update-by-get",
    ],
)
def test_query_errors(
    server: Server, request_kwargs: dict[str, Any], status: int, words: str
) -> None:
    with server.client() as c:
        r = c.get("/sparql", **request_kwargs)
    assert r.status_code == status
    assert words in r.text


def test_error_body_follows_accept(server: Server) -> None:
    bad = {"query": "SELEKT"}
    with server.client() as c:
        as_json = c.get("/sparql", params=bad, headers={"Accept": "application/json"})
        as_text = c.get("/sparql", params=bad, headers={"Accept": "*/*"})
        as_html = c.get("/sparql", params=bad, headers={"Accept": "text/html"})
    assert as_json.json()["status"] == 400 and "error at" in as_json.json()["error"]
    assert as_text.headers["content-type"].startswith("text/plain")
    assert as_text.text.count("\n") == 1  # one readable line
    assert as_html.headers["content-type"].startswith("text/html")
    assert "error at" in as_html.text


def test_unsupported_body_type_is_415(server: Server) -> None:
    with server.client() as c:
        r = c.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    assert "application/sparql-query" in r.text


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {
            "content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        {"data": {"update": "CLEAR ALL"}},
        {
            "content": b"CLEAR ALL",
            "headers": {
                "Content-Type": "application/sparql-update",
                "Authorization": "Bearer guessed",
            },
        },
    ],
    ids=["update-body", "update-form", "with-a-token"],
)
def test_updates_are_refused_by_a_read_only_server(
    server: Server, request_kwargs: dict[str, Any]
) -> None:
    before = _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    with server.client() as c:
        r = c.post("/sparql", **request_kwargs)
    assert r.status_code == 403
    assert "read-only" in r.text
    assert _count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before


def test_cors_for_browser_clients(server: Server) -> None:
    with server.client() as c:
        simple = c.get(
            "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"}
        )
        preflight = c.options(
            "/sparql",
            headers={
                "Origin": "https://example.org",
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "Accept",
            },
        )
    assert simple.headers["access-control-allow-origin"] == "*"
    assert preflight.status_code == 200
    assert "GET" in preflight.headers["access-control-allow-methods"]


def test_request_size_limits(limited_server: Server) -> None:
    padding = "#" + "x" * 5000 + "\nASK {}"
    with limited_server.client() as c:
        body = c.post(
            "/sparql",
            content=padding.encode(),
            headers={"Content-Type": "application/sparql-query"},
        )
        chunked = c.post(
            "/sparql",
            content=iter([padding.encode()]),
            headers={"Content-Type": "application/sparql-query"},
        )
        url = c.get("/sparql", params={"query": padding})
        fine = c.get("/sparql", params={"query": "ASK {}"})
    assert body.status_code == 413 and "4000 bytes" in body.text
    assert chunked.status_code == 413
    assert url.status_code == 414
    assert fine.status_code == 200


def test_result_size_limit(limited_server: Server) -> None:
    with limited_server.client() as c:
        big = c.get(
            "/sparql",
            params={"query": "SELECT * WHERE { ?s ?p ?o }"},
            headers={"Accept": "text/csv"},
        )
        small = c.get(
            "/sparql",
            params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"},
            headers={"Accept": "text/csv"},
        )
    assert big.status_code == 400
    assert "2000 bytes" in big.text and "LIMIT" in big.text
    assert small.status_code == 200
    assert len(small.text.splitlines()) == 4


def test_answers_are_json_parsable_with_unicode(server: Server) -> None:
    query = 'SELECT ?t WHERE { BIND("“quoted” — ünïcode" AS ?t) }'
    body = _json(server, query)
    assert body["results"]["bindings"][0]["t"]["value"] == "“quoted” — ünïcode"
    assert json.dumps(body)
