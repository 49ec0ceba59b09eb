"""The store backend the suite runs against: embedded (the default) or a remote server.

``KG_TEST_STORE=oxigraph pytest`` runs the suite with every store the fixtures make on
an ``oxigraph serve`` of its own, started by the session on 127.0.0.1 with
``--union-default-graph`` (the configuration kg needs) and stopped when its test or the
session ends. The fixtures that make stores (conftest.py) ask this module for a fresh
store location and open it; tests about the embedded store itself (file locks, a damaged
folder, ``kg serve``) carry the ``embedded_only`` mark and are skipped in that mode.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.remote import RemoteStore

ENV = "KG_TEST_STORE"
MODES = ("embedded", "oxigraph")
MODE = os.environ.get(ENV) or "embedded"
REMOTE = MODE == "oxigraph"
STARTUP_SECONDS = 30


def check_mode() -> None:
    if MODE not in MODES:
        raise pytest.UsageError(f"{ENV}={MODE!r}: expected one of {', '.join(MODES)}")
    if REMOTE:
        oxigraph_binary()


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed beside this Python (the dev extra), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise pytest.UsageError(
            f"{ENV}=oxigraph needs the oxigraph server: pip install -e '.[dev]' installs it"
        )
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGTERM if the test process dies without stopping it."""
    import ctypes  # noqa: PLC0415

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class OxigraphServer:
    """One running ``oxigraph serve`` with its data folder and log."""

    url: str
    process: subprocess.Popen[bytes]
    location: Path
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _answers(url: str) -> bool:
    try:
        response = httpx.post(
            f"{url}/query",
            data={"query": "ASK {}"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=5,
        )
    except httpx.TransportError:
        return False
    return response.status_code == 200


def start_oxigraph(workdir: Path, *, union: bool = True) -> OxigraphServer:
    """Start ``oxigraph serve`` on a free port of 127.0.0.1 and wait until it answers;
    with ``union`` (what kg needs), its default graph is the union of its named graphs.

    Another process may take the port between choosing and binding it; then the server
    exits at once and another port is tried.
    """
    binary = oxigraph_binary()
    for _ in range(5):
        location = workdir / f"oxigraph-{time.monotonic_ns()}"
        log = location.with_suffix(".log")
        url = f"http://127.0.0.1:{_free_port()}"
        command = [
            binary,
            "serve",
            "--location",
            str(location),
            "--bind",
            url.removeprefix("http://"),
            *(["--union-default-graph"] if union else []),
        ]
        with log.open("wb") as out:
            process = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
            )
        server = OxigraphServer(url, process, location, log)
        deadline = time.monotonic() + STARTUP_SECONDS
        while process.poll() is None and time.monotonic() < deadline:
            if _answers(url):
                return server
            time.sleep(0.02)
        server.stop()
        if process.returncode not in (None, 0) and "in use" in log.read_text(errors="replace"):
            continue  # the port was taken meanwhile
        raise RuntimeError(f"oxigraph serve did not start:\n{log.read_text(errors='replace')}")
    raise RuntimeError("oxigraph serve found no free port on 127.0.0.1")


@dataclass
class Servers:
    """Every server the session started, so none outlives it."""

    workdir: Path
    running: list[OxigraphServer] = field(default_factory=list)

    def start(self, *, union: bool = True) -> OxigraphServer:
        server = start_oxigraph(self.workdir, union=union)
        self.running.append(server)
        return server

    def stop(self, server: OxigraphServer) -> None:
        server.stop()
        if server in self.running:
            self.running.remove(server)

    def stop_all(self) -> None:
        while self.running:
            self.stop(self.running[-1])


def open_location(location: Path | str, *, write: bool = False) -> KgStore:
    """A store at a location the fixtures made: for a folder a read-only view (so a CLI
    command can still open it) unless ``write``; for a server a client."""
    if isinstance(location, str):
        return RemoteStore(location)
    return Store(location, read_only=not write)
