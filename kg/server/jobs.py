"""The work a query worker process does: everything that reads (or writes) the store.

Each worker opens the store once (``open_worker_store``, pebble's initializer)
and then runs the functions below, one request at a time. Arguments and results
are plain picklable values; kg errors raised here reach the server unchanged. The
server stops a worker that runs past the time limit and starts a fresh one.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import FormatError, StoreError
from kg.graph import export, summary, void
from kg.ingest.orphans import exit_with_parent
from kg.server.negotiation import KINDS, Preferences, pick
from kg.store.embedded import Store
from kg.store.results import Answer
from kg.views import entity, profile, statistics
from kg.views.queries import bind_parameters, get_query, paging

TICKETS = 4096  # more than the server ever admits at once
T = TypeVar("T")
_STORE: Store | None = None
_GIVEN_UP: Any = None  # flags shared with the server, one per ticket


def open_worker_store(
    path: str,
    writable: bool,
    given_up: Any,
    services: tuple[str, ...] = (),
    loads: tuple[str, ...] = (),
) -> None:
    """Open the store for this worker process (read-only unless updates are allowed);
    ``given_up`` holds the server's flags for jobs it no longer wants; ``services`` and
    ``loads`` are the addresses SERVICE and LOAD may name."""
    global _STORE, _GIVEN_UP  # noqa: PLW0603  # one store per worker process, opened once
    _GIVEN_UP = given_up
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    # A query runs inside pyoxigraph, where a Python signal handler cannot run until
    # it returns; the default action ends the worker at once when the server stops it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    exit_with_parent()
    _STORE = Store(Path(path), read_only=not writable)
    _STORE.allowed_services = frozenset(services)
    _STORE.allowed_loads = frozenset(loads)


def guarded(ticket: int, job: Callable[..., T], *args: Any) -> T | None:
    """Run ``job(*args)``, unless the server gave up ticket ``ticket`` while it waited
    for a worker (its client left, or its time ran out): then nothing, at once."""
    if _GIVEN_UP is not None and _GIVEN_UP[ticket]:
        return None
    return job(*args)


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
    bindings = bind_parameters(_store(), query, values)
    text = query.text + paging(*rows)
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
