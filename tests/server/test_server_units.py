"""Pure parts of the server: content negotiation, chart geometry, links and marked text,
admission counts, and the SERVICE / LOAD check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.exceptions import HTTPException

from kg.errors import ParameterError, RemoteCallError
from kg.server.admission import Admission
from kg.server.chart import bar_chart
from kg.server.config import ServerConfig
from kg.server.html import Pages
from kg.server.negotiation import acceptable, pick, preferences, requested
from kg.store.sparql_text import check_remote_calls, remote_calls
from kg.views.entity import mark_spans


@pytest.mark.parametrize(
    ("accept", "kind", "chosen"),
    [
        (None, "select", "json"),
        ("", "construct", "turtle"),
        ("*/*", "entity", "html"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "select", "html"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "entity", "html"),
        ("application/sparql-results+xml", "select", "xml"),
        ("application/xml", "construct", "rdfxml"),
        ("application/json", "construct", "jsonld"),
        ("application/json", "select", "json"),
        ("text/*;q=0.5, application/sparql-results+xml", "select", "xml"),
        ("text/*", "select", "xml"),
        ("text/csv;q=0.2, text/tab-separated-values;q=0.9", "select", "tsv"),
        ("text/turtle;q=0, */*", "construct", "ntriples"),
        ("image/png", "select", None),
        ("text/csv", "construct", None),
        ("garbage", "select", "json"),
        ("text/csv;q=abc", "select", None),
    ],
    ids=[
        "none",
        "empty",
        "anything-entity",
        "browser-select",
        "browser-entity",
        "sparql-xml",
        "xml-graph",
        "json-graph",
        "json-select",
        "text-range",
        "text-any",
        "q-values",
        "refused-turtle",
        "image",
        "csv-graph",
        "garbage",
        "bad-q",
    ],
)
def test_pick(accept: str | None, kind: str, chosen: str | None) -> None:
    assert pick(preferences(accept), kind) == chosen


def test_explicit_preferences_ignore_wildcards() -> None:
    assert pick(preferences("*/*", explicit=True), "page") is None
    assert pick(preferences("text/html, */*", explicit=True), "page") == "html"


@pytest.mark.parametrize(
    ("given", "fmt"),
    [
        ("ttl", "turtle"),
        ("CSV", "csv"),
        ("json-ld", "jsonld"),
        ("nt", "ntriples"),
        ("rdf", "rdfxml"),
    ],
)
def test_format_parameter(given: str, fmt: str) -> None:
    assert requested(given) == {fmt: 1.0}


def test_unknown_format_parameter() -> None:
    with pytest.raises(ParameterError, match="unknown format 'yaml'"):
        requested("yaml")


def test_acceptable_before_running() -> None:
    assert acceptable(preferences("text/turtle"), ("select", "construct"))
    assert not acceptable(preferences("image/png"), ("select", "construct"))


def test_bar_chart_scales_to_the_largest_count() -> None:
    chart = bar_chart("t", {"yes": 93, "no": 18, "abstain": 0, "non-voting": 17}, width=520)
    assert [b.label for b in chart.bars] == ["yes", "no", "non-voting"]  # zero counts drop out
    yes, no, _ = chart.bars
    assert yes.width == 520 - 96 - 48
    assert no.width == round(yes.width * 18 / 93)
    assert chart.total == 128
    assert bar_chart("empty", {}).bars == ()


def test_links_into_the_server() -> None:
    pages = Pages("https://kg.example/id/")
    assert pages.href("https://kg.example/id/person/x") == "/id/person/x"
    assert pages.href("http://www.wikidata.org/entity/Q30") == "http://www.wikidata.org/entity/Q30"
    assert pages.href("urn:x") is None
    assert pages.href("javascript:alert(1)") is None
    assert pages.short("https://kg.example/ontology#Quote") == "kg:Quote"


def test_results_table_escapes_through_the_template() -> None:
    pages = Pages("https://kg.example/id/")
    cell = {"t": {"type": "literal", "value": "<b>x</b>"}}
    body = json.dumps({"head": {"vars": ["t"]}, "results": {"bindings": [cell]}}).encode()
    table = pages.results_table(body, limit=10)
    html = pages.env.from_string('{% from "_macros.html" import results %}{{ results(t) }}').render(
        t=table
    )
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x" not in html


@pytest.mark.parametrize(
    ("spans", "pieces"),
    [
        ([], [("abcdefghij", None)]),
        ([(2, 4, "q1", "A")], [("ab", None), ("cd", "q1"), ("efghij", None)]),
        ([(0, 10, "q1", "A")], [("abcdefghij", "q1")]),
        ([(2, 6, "q1", "A"), (4, 8, "q2", "B")], [("ab", None), ("cdef", "q1"), ("ghij", None)]),
        (
            [(6, 8, "q2", "B"), (1, 2, "q1", "A")],
            [("a", None), ("b", "q1"), ("cdef", None), ("gh", "q2"), ("ij", None)],
        ),
        ([(5, 20, "q1", "A")], [("abcdefghij", None)]),
    ],
    ids=["none", "one", "whole", "overlap", "unsorted", "out-of-range"],
)
def test_mark_spans(
    spans: list[tuple[int, int, str, str]], pieces: list[tuple[str, str | None]]
) -> None:
    segments = mark_spans("abcdefghij", spans)
    assert [(s.text, s.quote) for s in segments] == pieces
    assert "".join(s.text for s in segments) == "abcdefghij"


def test_the_base_iri_maps_onto_the_server() -> None:
    config = ServerConfig(store=Path("unused"), base_iri="https://data.example.org/kg/")
    pages = Pages(config.id_base)
    assert pages.href("https://data.example.org/kg/id/person/x") == "/id/person/x"
    assert pages.href("https://kg.example/id/person/x") == "https://kg.example/id/person/x"


# --- SERVICE and LOAD found in query text ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("SELECT * WHERE { SERVICE <http://a/q> { ?s ?p ?o } }", [("SERVICE", "http://a/q")]),
        ("select * { service silent <http://a/q> {} }", [("SERVICE", "http://a/q")]),
        ("SELECT * { SERVICE?x {} }", [("SERVICE", None)]),
        ("PREFIX e: <http://a/>\nSELECT * { SERVICE e:q {} }", [("SERVICE", None)]),
        ("SELECT * { \\u0053ERVICE <http://a/\\u0071> {} }", [("SERVICE", "http://a/q")]),
        ("LOAD SILENT <http://a/d.ttl> INTO GRAPH <urn:g>", [("LOAD", "http://a/d.ttl")]),
        ("SELECT * { ?s ?p ?o .SERVICE <http://a/q> {} }", [("SERVICE", "http://a/q")]),
        ("SELECT * {{}SERVICE<http://a/q>{}}", [("SERVICE", "http://a/q")]),
        ('SELECT * { ?s ?p "SERVICE <http://a/q>" }', []),
        ("SELECT * { ?service ?p ?o } # SERVICE <http://a/q>", []),
        ("PREFIX service: <http://a/>\nSELECT * { service:x ?p ?o }", []),
        ("SELECT * { <http://a/SERVICE> ?p ?o }", []),
    ],
    ids=[
        "plain",
        "silent",
        "variable",
        "prefixed",
        "escaped",
        "load",
        "after-a-dot",
        "after-a-brace",
        "in-a-string",
        "variable-and-comment",
        "prefix-named-service",
        "in-an-iri",
    ],
)
def test_remote_calls_are_found_wherever_the_parser_would_find_them(
    text: str, calls: list[tuple[str, str | None]]
) -> None:
    assert list(remote_calls(text)) == calls


def test_a_call_is_refused_unless_its_address_is_allowed() -> None:
    query = "SELECT * { SERVICE <http://a/q> {} }"
    check_remote_calls(query, frozenset({"http://a/q"}))
    with pytest.raises(RemoteCallError, match=r"SERVICE <http://a/q> is refused"):
        check_remote_calls(query, frozenset({"http://a/other"}))
    with pytest.raises(RemoteCallError, match="--allow-load"):
        check_remote_calls("LOAD <http://a/q>", frozenset({"http://a/q"}), frozenset())


def test_admission_bounds_the_queue_and_each_client() -> None:
    admission = Admission(workers=1, queue=1, per_client=1, retry_after=2.5)
    with admission.admit("a"):
        with pytest.raises(HTTPException) as same, admission.admit("a"):
            pass
        assert same.value.status_code == 429
        assert same.value.headers == {"Retry-After": "3"}
        with admission.admit("b"):
            with pytest.raises(HTTPException) as full, admission.admit("c"):
                pass
            assert full.value.status_code == 503
    # Nothing is kept for a client with nothing admitted.
    assert admission.admitted == 0 and not admission.by_client


def test_a_long_accept_header_is_read_like_a_short_one() -> None:
    short = "text/csv;q=0.5, application/sparql-results+json"
    assert preferences(short + "," + " " * 5000) == preferences(short)
    assert pick(preferences(short + "," + " " * 5000), "select") == "json"
