"""The store as the rest of kg sees it, and choosing a backend from a location.

kg keeps its graphs in one of two backends with the same interface, ``KgStore``:
the embedded ``kg.store.embedded.Store`` (an on-disk pyoxigraph store, the default) or
``kg.store.remote.RemoteStore`` (any SPARQL 1.1 server, when the location is an http or https
URL). Code outside the backends is written against ``KgStore`` alone, so mypy checks
both backends against what kg actually asks of a store. What only the embedded store
can do (the server's worker pool, bulk loading, SPARQL updates from ``kg serve``)
stays on ``Store``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

from kg.store.embedded import ENV_STORE, AlsoWrite, Store
from kg.store.results import SelectResult
from kg.terms import Quad, Term

_SCHEMES = ("http://", "https://")


def is_remote(location: object) -> bool:
    """Whether a store location names a SPARQL server (an http or https URL)."""
    return isinstance(location, str) and location.strip().lower().startswith(_SCHEMES)


class KgStore(Protocol):
    """What kg asks of a store; ``kg.store.embedded.Store`` documents each call."""

    allowed_services: frozenset[str]  # what a query's SERVICE may call (none by default)

    @property
    def path(self) -> Path | str | None: ...

    @property
    def read_only(self) -> bool: ...

    def __len__(self) -> int: ...

    def graphs(self) -> list[str]: ...

    def has_graph(self, graph: str) -> bool: ...

    def graph_size(self, graph: str) -> int: ...

    def value(self, subject: str, predicate: str, graph: str | None = None) -> Term | None: ...

    def subjects(self, predicate: str, obj: Term, graph: str | None = None) -> list[str]: ...

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> SelectResult: ...

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool: ...

    def query_serialized(
        self,
        sparql: str,
        result_format: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        max_bytes: int | None = None,
    ) -> tuple[str, bytes]: ...

    def dump(self, rdf_format: str, graph: str | None = None) -> bytes: ...

    def dump_with_prefixes(self, rdf_format: str, prefixes: dict[str, str]) -> bytes: ...

    def iter_nquads(self, graph: str | None = None) -> Iterator[bytes]: ...

    def add_quads(self, quads: Iterable[Quad]) -> None: ...

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None: ...

    def load_turtle_graph(self, graph: str, turtle: str) -> None: ...

    def remove_graph(self, graph: str) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...

    def article_graphs_from(self, source: str) -> list[str]: ...

    def article_exists(self, sha256: str) -> bool: ...

    def put_article(
        self, sha256: str, source: str, quads: list[Quad], also: AlsoWrite | None = None
    ) -> list[str]: ...

    def write_article(
        self, sha256: str, source: str, nquads: str | bytes, also: AlsoWrite | None = None
    ) -> tuple[bool, list[str]]: ...


def open_store(location: Path | str | None = None, *, write: bool = True) -> KgStore:
    """The store at ``location``: a SPARQL server for an http(s) URL, else a folder.

    Without a location, ``KG_STORE`` decides, then the default folder. A reader of a
    folder falls back to a read-only view while a writer holds it (``Store.open``).
    """
    if location is None and is_remote(os.environ.get(ENV_STORE)):
        location = os.environ[ENV_STORE]
    if isinstance(location, str) and is_remote(location):
        from kg.store.remote import RemoteStore  # noqa: PLC0415  httpx only for a remote store

        return RemoteStore.open(location)
    return Store.open(Path(location) if location is not None else None, write=write)
