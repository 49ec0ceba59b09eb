"""The work a query worker process does: everything that reads (or writes) the store.

Each worker (``serve``, started by kg.server.pool) opens the store once and then
runs the functions below, one request at a time, as the server sends them over its
socket. Arguments and results are plain picklable values; kg errors raised here
reach the server unchanged. The server stops a worker that runs past the time limit
and starts a fresh one.
"""

from __future__ import annotations

import asyncio
import pickle
import signal
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import FormatError, StoreError
from kg.graph import export, summary, void
from kg.ingest.orphans import exit_with_parent
from kg.server.negotiation import KINDS, Preferences, pick
from kg.store.embedded import Store
from kg.store.results import Answer
from kg.views import entity, profile, statistics
from kg.views.queries import get_query, page_text, query_bindings

_STORE: Store | None = None
HEADER = 8  # bytes of a frame's length, big-endian, before its pickled payload


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(HEADER, "big") + payload


async def read_frame(reader: asyncio.StreamReader) -> bytes:
    """One frame's payload, read on the server's event loop."""
    size = int.from_bytes(await reader.readexactly(HEADER), "big")
    return await reader.readexactly(size)


def open_worker_store(
    path: str,
    writable: bool,
    services: tuple[str, ...] = (),
    loads: tuple[str, ...] = (),
) -> None:
    """Open the store for this worker process (read-only unless updates are allowed);
    ``services`` and ``loads`` are the addresses SERVICE and LOAD may name."""
    global _STORE  # noqa: PLW0603  # one store per worker process, opened once
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    # A query runs inside pyoxigraph, where a Python signal handler cannot run until
    # it returns; the default action ends the worker at once when the server stops it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with_parent()
    _STORE = Store(Path(path), read_only=not writable)
    _STORE.allowed_services = frozenset(services)
    _STORE.allowed_loads = frozenset(loads)


def serve(
    server: socket.socket,
    path: str,
    writable: bool,
    services: tuple[str, ...] = (),
    loads: tuple[str, ...] = (),
) -> None:
    """A worker process's life: open the store, say so (an empty frame), then run each
    job the server sends, ``(function, arguments)``, and send back ``("ok", result)`` or
    ``("error", exception)``, until the server closes the socket."""
    open_worker_store(path, writable, services, loads)
    incoming = server.makefile("rb")
    server.sendall(frame(b""))
    while len(header := incoming.read(HEADER)) == HEADER:
        job, args = pickle.loads(incoming.read(int.from_bytes(header, "big")))
        try:
            outcome: tuple[str, Any] = ("ok", job(*args))
        except Exception as exc:  # the server raises it (or answers 500)
            outcome = ("error", exc)
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an answer or an error that cannot be pickled
            failure = StoreError(f"the answer could not be sent: {type(exc).__name__}: {exc}")
            payload = pickle.dumps(("error", failure), pickle.HIGHEST_PROTOCOL)
        server.sendall(len(payload).to_bytes(HEADER, "big"))
        server.sendall(payload)


def _store() -> Store:
    if _STORE is None:
        raise StoreError("this query worker has no store open")
    return _STORE


@dataclass(frozen=True)
class Reply:
    """A serialised answer: its kind (select, ask, construct), format and bytes.

    For ``html`` the bytes are SPARQL JSON results (or Turtle for a graph), which
    the server renders as a page.
    """

    kind: str
    fmt: str
    body: bytes


def _reply(answer: Answer, prefs: Preferences, max_bytes: int) -> Reply:
    fmt = pick(prefs, answer.form)
    if fmt is None:
        offered = ", ".join(KINDS[answer.form])
        raise FormatError(
            f"the client accepts no format for a {answer.form.upper()} answer; offered: {offered}"
        )
    wire = fmt if fmt != "html" else ("turtle" if answer.form == "construct" else "json")
    return Reply(answer.form, fmt, answer.serialize(wire, max_bytes))


def run_query(
    text: str,
    prefs: Preferences,
    default_graphs: list[str],
    named_graphs: list[str],
    max_bytes: int,
) -> Reply:
    answer = _store().answer(text, default_graphs=default_graphs, named_graphs=named_graphs)
    return _reply(answer, prefs, max_bytes)


def run_saved_query(
    name: str,
    values: dict[str, str],
    prefs: Preferences,
    max_bytes: int,
    rows: tuple[int | None, int] = (None, 0),
) -> Reply:
    """A saved query's answer; ``rows`` (limit, offset): the rows of it to send."""
    query = get_query(name)
    bindings = query_bindings(_store(), query, values)
    text = page_text(query, *rows)
    return _reply(_store().answer(text, bindings), prefs, max_bytes)


def run_update(text: str) -> None:
    store = _store()
    # What the update changes is not counted: the kept counts are no longer trusted
    # (kg.graph.summary), and the pages count their lists until `kg summaries rebuild`.
    store.update(summary.FORGET)
    store.update(text)
    store.flush()


def page(resource: str, offset: int = 0, size: int | None = None) -> object:
    return entity.describe_resource(_store(), resource, offset, size)


def describe(resource: str, fmt: str) -> bytes:
    return export.describe(_store(), resource, fmt)


def search(text: str) -> list[tuple[str, str, str]]:
    return profile.search_actors(_store(), text)


def figures() -> dict[str, int | str]:
    found = statistics.store_statistics(_store())
    found.pop("store", None)  # a path on the server's disk is nobody else's business
    return found


def void_description(site: void.Site, fmt: str) -> bytes:
    return export.serialize_triples(void.void_ntriples(_store(), site), fmt)


def dump(fmt: str, target: str) -> int:
    """Write the whole store to the file ``target``; its size in bytes."""
    return export.write_export(_store(), fmt, Path(target))
