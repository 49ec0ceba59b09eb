"""Updates through the SPARQL Protocol: only with --allow-update, and only with the token."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ARTICLES

from .conftest import KG, Server, kg, start_server, stop_server

TOKEN = "test-token-0123456789"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
INSERT = (
    "INSERT DATA { GRAPH <https://kg.example/graph/notes> { "
    f'<https://kg.example/id/note/1> {LABEL} "a note" }} }}'
)
ASK = f'ASK {{ GRAPH ?g {{ ?s {LABEL} "a note" }} }}'


# The summary graph's marker (kg.graph.summary): its counts are trusted while it is there.
MARKER = (
    "ASK { GRAPH <https://kg.example/graph/summary> { <https://kg.example/graph/summary> "
    "<https://kg.example/ontology#summaryVersion> ?v } }"
)


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    workdir = tmp_path_factory.mktemp("writable")
    ingest = [*KG, "ingest", "--store", str(workdir / "kg"), str(ARTICLES)]
    subprocess.run(ingest, check=True, capture_output=True)
    running = start_server(workdir / "kg", workdir, "--allow-update", "--update-token", TOKEN)
    yield running
    stop_server(running)


def _asked(server: Server, ask: str = ASK) -> bool:
    with server.client() as c:
        r = c.get("/sparql", params={"query": ask}, headers={"Accept": "application/json"})
    return bool(r.json()["boolean"])


@pytest.mark.parametrize(
    ("headers", "status", "words"),
    [
        ({}, 401, "needs the server's token"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "needs the server's token"),
        ({"Authorization": "Bearer wrong"}, 403, "token is wrong"),
    ],
    ids=["no-token", "other-scheme", "wrong-token"],
)
def test_an_update_without_the_token_is_refused(
    writable_server: Server, headers: dict[str, str], status: int, words: str
) -> None:
    with writable_server.client() as c:
        r = c.post(
            "/sparql",
            content=INSERT.encode(),
            headers={"Content-Type": "application/sparql-update", **headers},
        )
    assert r.status_code == status
    assert words in r.text
    if status == 401:
        assert r.headers["www-authenticate"].startswith("Bearer")
    assert not _asked(writable_server)


def test_an_update_with_the_token_is_applied(writable_server: Server) -> None:
    assert _asked(writable_server, MARKER)
    with writable_server.client() as c:
        bad = c.post(
            "/sparql",
            data={"update": "INSERT DATA { <x> }"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        good = c.post(
            "/sparql",
            content=INSERT.encode(),
            headers={
                "Content-Type": "application/sparql-update",
                "Authorization": f"Bearer {TOKEN}",
            },
        )
    assert bad.status_code == 400 and "error at" in bad.text
    assert good.status_code == 204
    assert _asked(writable_server)
    # What an update changes is not counted: the pages count their lists until a rebuild.
    assert not _asked(writable_server, MARKER)


def test_allow_update_needs_a_token(tmp_path: Path) -> None:
    result = kg("serve", "--allow-update", store=tmp_path / "kg", check=False)
    assert result.returncode == 2
    assert "--allow-update needs a token" in result.stderr


def test_a_second_server_on_the_same_store_is_one_clear_error(server: Server) -> None:
    result = kg("serve", "--port", "0", store=server.store, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"kg: error: the store at {server.store} is in use by another kg process"
    )


def test_serve_help_documents_the_endpoints() -> None:
    result = kg("serve", "--help", store=Path("unused"))
    for words in ("/sparql", "/queries", "/id/", "--timeout", "--allow-update", "Example"):
        assert words in result.stdout
