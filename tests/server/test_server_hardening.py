"""The endpoint cannot be turned against its host: SERVICE and LOAD reach only allowed
addresses, the queue is bounded, abandoned requests are cancelled, every response
carries the browser's security headers, and odd requests get clear errors."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest

from .conftest import ARTICLES, Server, kg, start_server, stop_server

TOKEN = "hardening-token-0123456789"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = "ASK { ?s ?p ?o }"
RESULTS = {
    "head": {"vars": ["x"]},
    "results": {"bindings": [{"x": {"type": "literal", "value": "elsewhere"}}]},
}


class Listener:
    """A tiny HTTP server on 127.0.0.1 that counts the connections it receives:
    ``/sparql`` answers SPARQL JSON results, anything else an HTML page."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.paths: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    head += chunk
                path = head.split(b" ", 2)[1].decode() if head.count(b" ") >= 2 else "?"
                self.paths.append(path)
                if path.startswith("/sparql"):
                    body, media = json.dumps(RESULTS).encode(), "application/sparql-results+json"
                else:
                    body, media = b"<html><body>not RDF</body></html>", "text/html"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: "
                    + media.encode()
                    + b"\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\nConnection: close\r\n\r\n"
                    + body
                )

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.close()


@pytest.fixture(scope="module")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Listener]]:
    """A server with updates, one allowed SERVICE endpoint and one allowed LOAD document."""
    workdir = tmp_path_factory.mktemp("open")
    outside = Listener()
    running = start_server(
        workdir / "kg",
        workdir,
        "--allow-update",
        "--update-token",
        TOKEN,
        "--allow-service",
        outside.url("/sparql"),
        "--allow-load",
        outside.url("/page"),
    )
    yield running, outside
    stop_server(running)
    outside.close()


def _query(server: Server, query: str, **headers: str) -> httpx.Response:
    with server.client() as c:
        return c.get(
            "/sparql", params={"query": query}, headers={"Accept": "application/json", **headers}
        )


def _update(server: Server, update: str) -> httpx.Response:
    with server.client() as c:
        return c.post(
            "/sparql",
            content=update.encode(),
            headers={
                "Content-Type": "application/sparql-update",
                "Authorization": f"Bearer {TOKEN}",
            },
        )


# --- SERVICE and LOAD ----------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE<{url}>{{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX x: <{url}>\nSELECT * WHERE {{ SERVICE x: {{ ?s ?p ?o }} }}",
        "ASK {{ SERVICE ?where {{ ?s ?p ?o }} VALUES ?where {{ <{url}> }} }}",
    ],
    ids=["plain", "silent-lower-case", "nested", "escaped", "prefixed", "variable"],
)
def test_service_is_refused_and_nothing_is_sent(
    server: Server, listener: Listener, template: str
) -> None:
    query = template.format(url=listener.url("/sparql"))
    got = _query(server, query)
    with server.client() as c:
        posted = c.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    for r in (got, posted):
        assert r.status_code == 400, r.text
        assert "refused" in r.text and "--allow-service" in r.text
    time.sleep(0.2)
    assert listener.paths == []


def test_service_to_an_allowed_endpoint_is_called(open_server: tuple[Server, Listener]) -> None:
    server, outside = open_server
    allowed = _query(
        server, f"SELECT ?x WHERE {{ SERVICE <{outside.url('/sparql')}> {{ ?x ?p ?o }} }}"
    )
    assert allowed.status_code == 200, allowed.text
    assert allowed.json()["results"]["bindings"] == [
        {"x": {"type": "literal", "value": "elsewhere"}}
    ]
    other = _query(
        server, f"SELECT ?x WHERE {{ SERVICE <{outside.url('/other')}> {{ ?x ?p ?o }} }}"
    )
    assert other.status_code == 400 and "refused" in other.text
    assert outside.paths.count("/other") == 0


def test_load_is_refused_unless_allowed(open_server: tuple[Server, Listener]) -> None:
    server, outside = open_server
    refused = _update(server, f"LOAD <{outside.url('/elsewhere')}>")
    assert refused.status_code == 400 and "--allow-load" in refused.text
    assert "/elsewhere" not in outside.paths
    # An allowed document that is no RDF: a clear 400, not a server error.
    failed = _update(server, f"LOAD <{outside.url('/page')}>")
    assert failed.status_code == 400, failed.text
    assert "the update failed" in failed.text and "text/html" in failed.text
    assert "/page" in outside.paths


def test_kg_sparql_refuses_service_unless_allowed(store_dir: Path, listener: Listener) -> None:
    query = f"SELECT ?x WHERE {{ SERVICE <{listener.url('/sparql')}> {{ ?x ?p ?o }} }}"
    refused = kg("sparql", query, store=store_dir, check=False)
    assert refused.returncode == 1 and "refused" in refused.stderr
    assert listener.paths == []
    allowed = kg("sparql", "--allow-service", listener.url("/sparql"), query, store=store_dir)
    assert "elsewhere" in allowed.stdout


# --- admission -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker, two queue places, two requests per client, a 5 s time limit."""
    workdir = tmp_path_factory.mktemp("busy")
    store = workdir / "kg"
    kg("ingest", *(str(p) for p in ARTICLES), store=store)
    running = start_server(
        store, workdir, "--workers", "1", "--timeout", "5", "--queue", "2", "--per-client", "2"
    )
    yield running
    stop_server(running)


def _abandon(server: Server, query: str) -> None:
    """Send a query and hang up without reading the answer."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as conn:
        target = "/sparql?" + urlencode({"query": query})
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: text/csv\r\n\r\n".encode())
        time.sleep(0.3)


def test_abandoned_runaway_queries_do_not_hold_up_the_next(busy_server: Server) -> None:
    for _ in range(6):
        _abandon(busy_server, RUNAWAY)
    # Each was cancelled when its client left; queued behind them, this one would
    # reach its own time limit (counted from admission) and get 503.
    with httpx.Client(base_url=busy_server.url, timeout=120) as c:
        r = c.get("/sparql", params={"query": QUICK}, headers={"Accept": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["boolean"] is True
    assert "the client left" in busy_server.log_text()


def test_the_queue_and_each_client_are_bounded(busy_server: Server) -> None:
    def runaway(client: httpx.Client) -> httpx.Response:
        return client.get("/sparql", params={"query": RUNAWAY})

    try:
        other = httpx.Client(
            base_url=busy_server.url,
            timeout=120,
            transport=httpx.HTTPTransport(local_address="127.0.0.2"),
        )
        other.get("/sparql", params={"query": QUICK}).raise_for_status()
    except (httpx.ConnectError, OSError):
        pytest.skip("no second loopback address (127.0.0.2) to be another client from")
    mine = httpx.Client(base_url=busy_server.url, timeout=120)
    with ThreadPoolExecutor(max_workers=3) as pool, mine:
        held = [pool.submit(runaway, mine) for _ in range(2)]
        time.sleep(1.0)
        third = runaway(mine)  # a third at once from the same client
        assert third.status_code == 429, third.text
        assert int(third.headers["retry-after"]) >= 1
        queued = pool.submit(runaway, other)  # fills the last queue place
        time.sleep(1.0)
        full = runaway(other)
        assert full.status_code == 503, full.text
        assert "busy" in full.text and int(full.headers["retry-after"]) >= 1
        statuses = [f.result(timeout=120).status_code for f in [*held, queued]]
    other.close()
    # Every admitted runaway was stopped at its limit, counted from admission.
    assert statuses == [503, 503, 503]


# --- headers and small refusals ----------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/sparql?query=nonsense", "/id/nothing/here", "/static/kg.css"]
)
def test_every_response_carries_the_security_headers(server: Server, path: str) -> None:
    with server.client() as c:
        r = c.get(path, headers={"Accept": "text/html"})
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "style-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("size", [100_000, 500_000])
def test_a_long_query_string_gets_the_applications_414(server: Server, size: int) -> None:
    # httpx refuses to send such a URL, so the request is written by hand.
    host, port = server.url.removeprefix("http://").split(":")
    target = "/sparql?" + urlencode({"query": "#" + "x" * size + "\nASK {}"})
    with socket.create_connection((host, int(port)), timeout=60) as conn:
        conn.sendall(
            f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414"), head
    assert "send the query by POST" in json.loads(body)["error"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "/queries/claims-vs-record?verdict=maybe",
            "must be one of agrees, contradicts, no record",
        ),
        ("/queries/claims-vs-record?resolution=A/RES/99/999", "no resolution 'A/RES/99/999'"),
        ("/queries/claims-vs-record?country=USA&country=FRA", "country is repeated"),
        ("/sparql?query=ASK%7B%7D&format=csv&format=json", "give format once"),
    ],
    ids=["unknown-verdict", "unknown-resolution", "repeated", "repeated-format"],
)
def test_a_parameter_that_means_nothing_is_an_error(server: Server, url: str, words: str) -> None:
    with server.client() as c:
        r = c.get(url, headers={"Accept": "application/json"})
    assert r.status_code == 400, r.text
    assert words in r.json()["error"]


def test_a_known_verdict_and_resolution_are_accepted(server: Server) -> None:
    with server.client() as c:
        r = c.get(
            "/queries/claims-vs-record",
            params={"verdict": "Agrees", "resolution": "A/RES/ES-11/7"},
            headers={"Accept": "application/json"},
        )
    assert r.status_code == 200, r.text


def test_a_read_only_server_needs_an_existing_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo"
    with pytest.raises(RuntimeError, match="no store at"):
        start_server(missing, tmp_path)
    assert not missing.exists()
