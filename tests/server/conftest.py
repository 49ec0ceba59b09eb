"""Fixtures for the server tests: a store built from the sample articles, and real
``kg serve`` processes on 127.0.0.1 (a free port each) that the tests query over HTTP."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import rdflib

REPO = Path(__file__).resolve().parents[2]
ARTICLES = [REPO / "data" / "articles", Path(__file__).parent / "articles"]
KG = [sys.executable, "-m", "kg.cli.main"]
STARTUP_SECONDS = 60


def kg(*args: str, store: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the kg command line against ``store``."""
    env = {**os.environ, "KG_STORE": str(store)}
    return subprocess.run(
        [*KG, *args], env=env, capture_output=True, text=True, check=check, timeout=120
    )


@dataclass
class Server:
    """A running ``kg serve`` process."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    store: Path

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def start_server(store: Path, workdir: Path, *options: str) -> Server:
    """Start ``kg serve`` on a free port and wait until it answers a query."""
    log = workdir / f"serve-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*KG, "serve", "--host", "127.0.0.1", "--port", "0", "--store", str(store), *options],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=workdir,
        )
    deadline = time.monotonic() + STARTUP_SECONDS
    url = None
    while time.monotonic() < deadline and url is None:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited with {process.returncode}:\n{log.read_text()}")
        match = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", log.read_text())
        url = match.group(1) if match else None
        time.sleep(0.1)
    if url is None:
        process.kill()
        raise RuntimeError(f"kg serve did not start:\n{log.read_text()}")
    server = Server(url, process, log, store)
    with server.client() as client:
        client.get("/sparql", params={"query": "ASK {}"}).raise_for_status()
    return server


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
        raise


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the sample articles and the test's own article."""
    store = tmp_path_factory.mktemp("store") / "kg"
    kg("ingest", *(str(p) for p in ARTICLES), store=store)
    return store


@pytest.fixture(scope="session")
def server(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The read-only server most tests query (2 workers, a 3 s time limit)."""
    running = start_server(store_dir, tmp_path_factory.mktemp("serve"), "--timeout", "3")
    yield running
    stop_server(running)


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with small limits and one worker, on a store of its own."""
    workdir = tmp_path_factory.mktemp("limited")
    store = workdir / "kg"
    kg("ingest", *(str(p) for p in ARTICLES), store=store)
    running = start_server(
        store,
        workdir,
        "--timeout",
        "1.5",
        "--workers",
        "1",
        "--max-result-bytes",
        "2000",
        "--max-request-bytes",
        "4000",
    )
    yield running
    stop_server(running)


def plain_rows(
    bindings: list[dict[str, dict[str, str]]], variables: list[str]
) -> list[tuple[str | None, ...]]:
    """SPARQL JSON bindings as sorted tuples of plain values (None when unbound)."""
    return sorted(
        (tuple(b[v]["value"] if v in b else None for v in variables) for b in bindings),
        key=lambda row: tuple("" if x is None else x for x in row),
    )


def parse_rdf(data: bytes, fmt: str) -> rdflib.Graph:
    """Parse an RDF answer with rdflib (whose JSON-LD parser warns about its own
    deprecated internals; that warning is rdflib's business, not the server's)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        return rdflib.Graph().parse(data=data, format=fmt)


def count_quads(data: bytes, fmt: str) -> int:
    """The number of quads in a dataset document, parsed by rdflib."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=fmt)
        return len(list(dataset.quads()))
