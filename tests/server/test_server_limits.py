"""The server stays up: a query that would run for minutes is stopped at the time limit,
other requests are answered meanwhile, and the next request is answered normally."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from .conftest import Server

# Three copies of every statement, joined with no shared variable: about 10^12 rows
# to count, which pyoxigraph would work through for a very long time.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://kg.example/graph/reference> { ?s ?p ?o } }"


def _ask(server: Server, query: str) -> tuple[int, str]:
    with server.client() as c:
        r = c.get("/sparql", params={"query": query}, headers={"Accept": "application/json"})
    return r.status_code, r.text


def test_a_runaway_query_is_stopped_and_the_next_request_is_answered(
    limited_server: Server,
) -> None:
    status, body = _ask(limited_server, RUNAWAY)
    assert status == 503
    assert "time limit of 1.5 s" in body
    assert "stopped" in body
    # The only worker was killed; its replacement answers the next request.
    status, body = _ask(limited_server, QUICK)
    assert status == 200, body
    assert int(_json_count(body)) > 0
    assert "stopped run_query" in limited_server.log_text()
    assert limited_server.process.poll() is None


def test_other_requests_are_answered_while_a_runaway_query_runs(server: Server) -> None:
    with ThreadPoolExecutor(max_workers=1) as pool:
        runaway = pool.submit(_ask, server, RUNAWAY)
        # A second worker answers while the first is busy with the runaway query.
        status, body = _ask(server, QUICK)
        assert status == 200, body
        assert not runaway.done()
        status, _ = runaway.result(timeout=120)
    assert status == 503


def test_a_saved_query_page_is_also_bounded(limited_server: Server) -> None:
    with limited_server.client() as c:
        r = c.get("/queries/quotes", headers={"Accept": "text/csv"})
    assert r.status_code == 400  # the answer is larger than the 2000-byte limit
    assert "LIMIT" in r.text


def _json_count(body: str) -> str:
    return str(json.loads(body)["results"]["bindings"][0]["n"]["value"])
