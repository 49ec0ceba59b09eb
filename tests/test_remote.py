"""The remote store itself: its protocols, its failures, its atomic writes.

Everything kg answers is checked against a remote store by running the whole suite with
``KG_TEST_STORE=oxigraph``; these tests hold what only a remote store has: URLs and
endpoints, a server that is down or answers 404, 500 or an HTML page, credentials, a
server not configured with the union default graph, FROM on a server that ignores it,
and Graph Store Protocol writes that replace a graph whole or not at all. They start
their own ``oxigraph serve`` (and, for answers no real server gives on demand, a small
fake one), so they run in both modes.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import kg.store.remote
from kg import iri
from kg.errors import (
    ParameterError,
    QuerySyntaxError,
    QueryTimeoutError,
    RemoteStoreError,
    ResultTooLargeError,
    StoreError,
    UnsupportedOperationError,
    UpdateRefusedError,
)
from kg.ingest.ingester import sha256_of
from kg.store.client import Endpoints, SparqlClient
from kg.store.remote import RemoteStore
from kg.terms import IRI, Literal, Quad, to_nquads
from kg.vocab import KG, RDF, SCHEMA
from tests.backends import OxigraphServer, Servers, oxigraph_binary
from tests.support import RunKg, one_error_line

G1, G2 = "https://kg.example/graph/one", "https://kg.example/graph/two"
NAME = SCHEMA.name
HOSTILE = [
    'x" } ; DROP ALL ; #',
    "} UNION { ?s ?p ?o",
    "<https://kg.example/id/a>",
    "line one\nline two\r\n\ttab",
    "back\\slash and 'single' quotes",
    "zero\u200bwidth, accents é, emoji 🗳",
]


@pytest.fixture(scope="module", autouse=True)
def _needs_oxigraph() -> None:
    try:
        oxigraph_binary()
    except pytest.UsageError as exc:
        pytest.skip(str(exc))


@pytest.fixture
def server(oxigraph_servers: Servers) -> Iterator[OxigraphServer]:
    running = oxigraph_servers.start()
    yield running
    oxigraph_servers.stop(running)


@pytest.fixture
def remote(server: OxigraphServer) -> RemoteStore:
    return RemoteStore.open(server.url)


def quads(graph: str, *names: str) -> list[Quad]:
    return [
        Quad(IRI(f"https://kg.example/id/{i}"), IRI(NAME), Literal(name), IRI(graph))
        for i, name in enumerate(names)
    ]


def names_in(store: RemoteStore, graph: str) -> list[str]:
    rows = store.select(
        "SELECT ?n WHERE { GRAPH ?g { ?s <http://schema.org/name> ?n } }", {"g": IRI(graph)}
    ).rows
    return sorted(row[0].value for row in rows if row[0] is not None)


# --- where a store is ------------------------------------------------------------------


def test_one_base_url_names_the_oxigraph_endpoints() -> None:
    ends = Endpoints.from_url("http://127.0.0.1:7878/", env={})
    assert ends == Endpoints(
        "http://127.0.0.1:7878",
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/store",
        "http://127.0.0.1:7878/update",
    )


def test_other_servers_give_their_endpoints_in_full() -> None:
    env = {
        "KG_STORE_QUERY": "http://fuseki:3030/kg/query",
        "KG_STORE_GSP": "http://fuseki:3030/kg/data",
        "KG_STORE_UPDATE": "http://fuseki:3030/kg/update",
    }
    ends = Endpoints.from_url("http://fuseki:3030/kg", env=env)
    assert (ends.base, ends.query, ends.graph_store, ends.update) == (
        "http://fuseki:3030/kg",
        "http://fuseki:3030/kg/query",
        "http://fuseki:3030/kg/data",
        "http://fuseki:3030/kg/update",
    )


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://user:secret@127.0.0.1:7878", "not in the URL"),
        ("http://", "with a host"),
        ("http://127.0.0.1:7878/#x", "fragment"),
        ("http://127.0.0.1:7878/?db=kg", "has a query"),
    ],
)
def test_a_bad_url_is_one_line(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words) as caught:
        Endpoints.from_url(url, env={})
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)


def test_kg_serve_refuses_a_remote_store(run_kg: RunKg) -> None:
    result = run_kg("serve", "--store", "http://127.0.0.1:7878")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith("kg: error: kg serve serves an embedded store folder")


# --- a server that is not there, or not right --------------------------------------------


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_a_server_that_is_down_is_one_line(run_kg: RunKg) -> None:
    url = _closed_port()
    with pytest.raises(RemoteStoreError, match="connection refused"):
        RemoteStore.open(url)
    result = run_kg("stats", store=url)
    assert result.exit_code == 1
    assert one_error_line(result) == (
        f"kg: error: cannot reach the SPARQL server at {url}: connection refused"
    )


def test_a_wrong_query_endpoint_is_named(server: OxigraphServer) -> None:
    env = {"KG_STORE_QUERY": f"{server.url}/nowhere"}
    with pytest.raises(RemoteStoreError, match=r"no SPARQL query endpoint at .*/nowhere \(404"):
        RemoteStore.open(server.url, env=env)


def test_a_wrong_graph_store_endpoint_is_named(remote: RemoteStore, server: OxigraphServer) -> None:
    remote.replace_graph(G1, quads(G1, "Ann"))
    wrong = RemoteStore(server.url, env={"KG_STORE_GSP": f"{server.url}/data"})
    with pytest.raises(RemoteStoreError, match=r"no Graph Store Protocol endpoint at .*/data"):
        wrong.replace_graph(G2, quads(G2, "Bob"))
    with pytest.raises(RemoteStoreError, match=r"no Graph Store Protocol endpoint"):
        list(wrong.iter_nquads(G1))  # the graph exists: the 404 is the endpoint's
    with pytest.raises(RemoteStoreError, match=r"no Graph Store Protocol endpoint"):
        wrong.remove_graph(G1)
    assert names_in(remote, G1) == ["Ann"] and not remote.has_graph(G2)


def test_a_server_without_the_union_default_graph_is_refused(oxigraph_servers: Servers) -> None:
    plain = oxigraph_servers.start(union=False)
    try:
        RemoteStore.open(plain.url)  # an empty store: nothing can be missed yet
        RemoteStore(plain.url).replace_graph(G1, quads(G1, "Ann"))
        with pytest.raises(RemoteStoreError, match="--union-default-graph") as caught:
            RemoteStore.open(plain.url)
        assert "\n" not in str(caught.value)
    finally:
        oxigraph_servers.stop(plain)


@dataclass
class Canned:
    """What the fake server answers, and what it was asked."""

    status: int = 200
    content_type: str = "application/sparql-results+json"
    body: bytes = b'{"head":{},"boolean":false}'
    delay: float = 0.0
    headers: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture
def fake() -> Iterator[tuple[str, Canned]]:
    """A fake SPARQL server on 127.0.0.1 that gives a canned answer to every request."""
    canned = Canned()
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            canned.headers.append(dict(self.headers))
            stop.wait(canned.delay)
            self.send_response(canned.status)
            self.send_header("Content-Type", canned.content_type)
            self.send_header("Content-Length", str(len(canned.body)))
            self.end_headers()
            self.wfile.write(canned.body)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", canned
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_server_error_is_one_line_with_the_server_s_message(
    fake: tuple[str, Canned], run_kg: RunKg
) -> None:
    url, canned = fake
    canned.status, canned.content_type = 500, "text/plain"
    canned.body = b"storage is on fire\nsecond line of a stack trace\n"
    result = run_kg("stats", store=url)
    assert result.exit_code == 1
    assert one_error_line(result) == (
        f"kg: error: the SPARQL server at {url} answered the query with "
        "500 Internal Server Error: storage is on fire"
    )


def test_a_query_refused_as_bad_is_invalid_sparql(fake: tuple[str, Canned]) -> None:
    url, canned = fake
    canned.status, canned.content_type, canned.body = 400, "text/plain", b"Parse error at 1:3\n"
    with pytest.raises(QuerySyntaxError, match=r"^invalid SPARQL: Parse error at 1:3$"):
        RemoteStore(url).select("SELECT")


def test_a_web_page_is_not_taken_for_an_answer(fake: tuple[str, Canned]) -> None:
    url, canned = fake
    canned.content_type, canned.body = "text/html", b"<html><body>Welcome</body></html>"
    with pytest.raises(RemoteStoreError, match="answered with text/html, not SPARQL results"):
        RemoteStore.open(url)
    canned.status = 502
    with pytest.raises(RemoteStoreError, match=r"502 Bad Gateway: \(an HTML page\)$"):
        RemoteStore.open(url)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-results+json", b'{"head":{"vars":["n"]},"results":{"bindings":['),
        (
            "application/n-triples",
            b'<https://kg.example/id/a> <http://schema.org/name> "Ann" .\n',
        ),
    ],
    ids=["results", "triples"],
)
def test_an_answer_that_breaks_off_is_one_line_with_what_the_server_wrote(
    fake: tuple[str, Canned], content_type: str, body: bytes
) -> None:
    """Oxigraph stops a query at its time limit after it has answered 200, and writes why
    where the answer breaks off."""
    url, canned = fake
    canned.content_type = content_type
    canned.body = body + b"The SPARQL operation has been cancelled"
    with pytest.raises(RemoteStoreError, match="breaks off: 'The SPARQL operation has been") as c:
        RemoteStore(url).answer("SELECT ?n WHERE { ?s ?p ?n }")
    assert "\n" not in str(c.value)


def test_refused_access_says_how_to_authenticate(fake: tuple[str, Canned]) -> None:
    url, canned = fake
    canned.status, canned.content_type, canned.body = 401, "text/plain", b"who are you?"
    with pytest.raises(RemoteStoreError, match="set KG_STORE_TOKEN, or KG_STORE_USER"):
        RemoteStore.open(url)


def test_credentials_from_the_environment_are_sent(fake: tuple[str, Canned]) -> None:
    url, canned = fake
    RemoteStore.open(url, env={"KG_STORE_TOKEN": "t0ken"})
    RemoteStore.open(url, env={"KG_STORE_USER": "ann", "KG_STORE_PASSWORD": "pw"})
    sent = [h.get("Authorization") for h in canned.headers]
    assert sent == ["Bearer t0ken", "Basic YW5uOnB3"]


def test_a_slow_server_is_a_query_timeout(fake: tuple[str, Canned]) -> None:
    url, canned = fake
    canned.delay = 5.0
    with pytest.raises(QueryTimeoutError, match=r"did not answer the query within 0\.2 s"):
        RemoteStore(url, env={"KG_STORE_TIMEOUT": "0.2"}).select("SELECT * WHERE { }")


@pytest.mark.parametrize("value", ["soon", "0", "-3", "nan"])
def test_a_bad_timeout_setting_is_one_line(value: str) -> None:
    with pytest.raises(StoreError, match="KG_STORE_TIMEOUT must be a positive number"):
        RemoteStore("http://127.0.0.1:7878", env={"KG_STORE_TIMEOUT": value})


# --- queries --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_parameter_comes_back_as_the_same_literal(remote: RemoteStore, text: str) -> None:
    remote.replace_graph(G1, quads(G1, text, "Bob"))
    before = len(remote)
    echoed = remote.select("SELECT ?v WHERE { }", {"v": Literal(text)}).rows
    assert echoed == ((Literal(text),),)
    found = remote.select(
        "SELECT ?s WHERE { ?s <http://schema.org/name> ?n }", {"n": Literal(text)}
    ).rows
    assert found == ((IRI("https://kg.example/id/0"),),)
    # A variable the query assigns itself is bound after the query, as pyoxigraph does.
    assigned = remote.select(
        "SELECT ?s ?v WHERE { ?s <http://schema.org/name> ?n BIND(?n AS ?v) }",
        {"v": Literal(text)},
    ).rows
    assert assigned == ((IRI("https://kg.example/id/0"), Literal(text)),)
    assert len(remote) == before


def test_a_parameter_that_is_not_a_term_is_refused(remote: RemoteStore) -> None:
    with pytest.raises(ParameterError):
        remote.select("SELECT ?s WHERE { ?s ?p ?o }", {"s": IRI("http://a> } <x")})


def test_queries_see_the_union_and_protocol_graphs_choose(remote: RemoteStore) -> None:
    remote.replace_graph(G1, quads(G1, "Ann"))
    remote.replace_graph(G2, quads(G2, "Bob"))
    query = "SELECT ?n WHERE { ?s <http://schema.org/name> ?n }"
    assert sorted(row[0].value for row in remote.select(query).rows if row[0]) == ["Ann", "Bob"]
    only = remote.answer(query, default_graphs=[G1]).serialize("csv")
    assert b"Ann" in only and b"Bob" not in only
    assert remote.answer(query, named_graphs=[G2]).serialize("csv").strip() == b"n"


def test_from_on_a_server_that_ignores_it_is_refused(remote: RemoteStore) -> None:
    remote.replace_graph(G1, quads(G1, "Ann"))
    with pytest.raises(UnsupportedOperationError, match=r"ignores FROM .* use GRAPH"):
        remote.select(f"SELECT ?n FROM <{G2}> WHERE {{ ?s ?p ?n }}")


def test_updates_are_refused_and_change_nothing(remote: RemoteStore) -> None:
    remote.replace_graph(G1, quads(G1, "Ann"))
    for update in ("DROP ALL", f"INSERT DATA {{ GRAPH <{G2}> {{ <urn:a> <urn:b> <urn:c> }} }}"):
        with pytest.raises(UpdateRefusedError, match="read-only"):
            remote.select(update)
    assert remote.graphs() == [G1] and len(remote) == 1


def test_a_syntax_error_is_invalid_sparql(remote: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        remote.select("SELECT * WHERE { ?s ")
    assert str(caught.value).startswith("invalid SPARQL: ") and "\n" not in str(caught.value)


def test_answers_are_serialised_here_and_bounded(remote: RemoteStore) -> None:
    remote.replace_graph(G1, quads(G1, "Ann", "Bob"))
    construct = f"CONSTRUCT {{ ?s <{NAME}> ?n }} WHERE {{ ?s <{NAME}> ?n }}"
    form, turtle = remote.query_serialized(construct, "json")
    assert form == "construct" and b"Bob" in turtle  # turtle, as the embedded store falls back
    assert remote.query_serialized("ASK { ?s ?p ?o }", "json") == (
        "ask",
        b'{"head":{},"boolean":true}',
    )
    full = remote.answer("SELECT * WHERE { ?s ?p ?o }").serialize("json")
    with pytest.raises(ResultTooLargeError, match=f"limit of {len(full) - 1} bytes"):
        remote.answer("SELECT * WHERE { ?s ?p ?o }").serialize("json", max_bytes=len(full) - 1)


# --- writes with the Graph Store Protocol -----------------------------------------------------


def test_a_put_replaces_the_graph_whole(remote: RemoteStore) -> None:
    remote.replace_graph(G1, quads(G1, "Ann", "Bob", "Cy"))
    remote.replace_graph(G1, quads(G1, "Dee"))
    assert names_in(remote, G1) == ["Dee"]
    assert remote.graph_size(G1) == 1 == len(remote)


def _article(text: str, source: str) -> tuple[str, list[Quad]]:
    sha = sha256_of(text)
    graph = IRI(iri.article_iri(sha))
    return sha, [
        Quad(graph, IRI(RDF.type), IRI(KG.Article), graph),
        Quad(graph, IRI(KG.sourceLocation), Literal(source), graph),
        Quad(graph, IRI(SCHEMA.text), Literal(text), graph),
        *(
            Quad(IRI(f"{graph.value}/w/{i}"), IRI(NAME), Literal(w), graph)
            for i, w in enumerate(text.split())
        ),
    ]


def test_a_changed_article_replaces_the_old_one_and_leaves_none_of_it(remote: RemoteStore) -> None:
    old_sha, old = _article("first version of the text", "news/a.txt")
    new_sha, new = _article("second and longer version of the text", "news/a.txt")
    assert remote.put_article(old_sha, "news/a.txt", old) == []
    superseded = remote.put_article(new_sha, "news/a.txt", new)
    old_graph, new_graph = iri.article_iri(old_sha), iri.article_iri(new_sha)
    assert superseded == [old_graph]
    assert remote.graphs() == [new_graph]
    assert remote.graph_size(new_graph) == len(new) == len(remote)
    stored = set(b"".join(remote.iter_nquads()).decode().splitlines())
    assert stored == {line.removesuffix(" .") + " ." for line in to_nquads(new).splitlines()}
    assert not any(old_graph in line for line in stored)
    assert remote.article_graphs_from("news/a.txt") == [new_graph]


def test_a_replacement_is_one_request_so_no_crash_can_leave_both_versions(
    remote: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_sha, old = _article("first version of the text", "news/a.txt")
    new_sha, new = _article("second and longer version of the text", "news/a.txt")
    remote.put_article(old_sha, "news/a.txt", old)
    writes: list[str] = []
    send = SparqlClient._send

    def counted(client: SparqlClient, method: str, url: str, what: str, **kwargs: object) -> object:
        if not url.endswith("/query"):
            writes.append(f"{method} {url}")
        return send(client, method, url, what, **kwargs)

    monkeypatch.setattr(SparqlClient, "_send", counted)
    remote.put_article(new_sha, "news/a.txt", new)
    assert writes == [f"POST {remote.endpoints.update}"]
    assert remote.article_graphs_from("news/a.txt") == [iri.article_iri(new_sha)]


_NTRIPLES = kg.store.remote._ntriples


def broken_halfway(quads: list[Quad]) -> bytes:
    """N-Triples that go wrong in the middle."""
    lines = _NTRIPLES(quads).splitlines(keepends=True)
    half = len(lines) // 2
    return b"".join(
        [*lines[:half], b"<https://kg.example/id/s> this is not RDF .\n", *lines[half:]]
    )


def test_a_write_that_fails_midway_changes_nothing(
    remote: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_sha, old = _article("first version of the text", "news/a.txt")
    remote.put_article(old_sha, "news/a.txt", old)
    before = sorted(remote.iter_nquads())
    monkeypatch.setattr(kg.store.remote, "_ntriples", broken_halfway)
    new_sha, new = _article("second and longer version of the text", "news/a.txt")
    with pytest.raises(RemoteStoreError, match="400 Bad Request") as caught:
        remote.put_article(new_sha, "news/a.txt", new)
    assert "\n" not in str(caught.value)
    with pytest.raises(RemoteStoreError, match="400 Bad Request"):
        remote.replace_graph(iri.article_iri(old_sha), new)
    assert not remote.has_graph(iri.article_iri(new_sha))
    assert sorted(remote.iter_nquads()) == before


def test_quads_of_several_graphs_are_not_added_piecemeal(remote: RemoteStore) -> None:
    with pytest.raises(UnsupportedOperationError, match="one graph at a time"):
        remote.add_quads([*quads(G1, "Ann"), *quads(G2, "Bob")])
    assert len(remote) == 0
    remote.add_quads(quads(G1, "Ann"))
    remote.add_quads(quads(G1, "Bob"))
    assert names_in(remote, G1) == ["Ann", "Bob"]


def test_removing_a_graph_that_is_not_there_is_fine(remote: RemoteStore) -> None:
    remote.remove_graph(G2)
    assert remote.graphs() == []


# --- the command line against a server ----------------------------------------------------------


def test_ingest_and_query_through_the_command_line(
    server: OxigraphServer, run_kg: RunKg, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        'Ambassador Jane Okafor said: "We voted against the resolution."\n', encoding="utf-8"
    )
    result = run_kg("ingest", str(article), store=server.url)
    assert result.exit_code == 0, result.stderr
    assert f"store {server.url} holds" in result.stderr
    stats = json.loads(run_kg("stats", "--format", "json", store=server.url).stdout)
    assert stats["store"] == server.url and stats["articles"] == 1
    again = run_kg("ingest", str(article), store=server.url)
    assert "1 unchanged" in again.stderr
