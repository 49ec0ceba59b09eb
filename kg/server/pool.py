"""Query workers: the store is read in processes the server can stop at a time limit.

pyoxigraph cannot interrupt a running query, so every store access runs in a
worker process of a pebble ``ProcessPool``; a task that runs past its limit has
its worker killed and replaced, and the request gets QueryTimeoutError while the
other workers keep answering.

Read-only serving (the default): the store is brought up to date once (reference
and ontology graphs), then the server holds the store's write lock for as long as
it runs, so no ``kg ingest`` can write under the read-only workers. With updates
allowed, a single worker opens the store for writing and runs queries and
updates alike, one at a time.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from kg.bootstrap import ensure_reference
from kg.errors import QueryTimeoutError, StoreError
from kg.server import jobs
from kg.store import Store
from kg.store_lock import ReaderLock

log = logging.getLogger("kg.server")
T = TypeVar("T")


def prepare_store(path: Path) -> int:
    """Create the store if need be and bring its reference graphs up to date.

    Returns the number of quads. The writable handle is gone when this returns, so
    read-only workers never share the store with a writer.
    """
    store = Store(path)
    ensure_reference(store)
    store.flush()
    return len(store)


class QueryPool:
    """Worker processes that run ``kg.server.jobs`` functions with a time limit."""

    def __init__(self, store: Path, *, workers: int, writable: bool, timeout: float) -> None:
        self.store = store
        self.workers = 1 if writable else max(1, workers)
        self.writable = writable
        self.timeout = timeout
        self._pool: ProcessPool | None = None
        self._lock: ReaderLock | None = None
        self.quads: int | None = None

    def open(self) -> int:
        """Prepare the store and, in read-only mode, take its lock; returns its size.

        Called before the server listens, so a store in use is one clear error.
        """
        quads = prepare_store(self.store)
        if not self.writable and self._lock is None:
            self._lock = ReaderLock(self.store)
        self.quads = quads
        return quads

    def start(self) -> None:
        """Start the worker processes (opening the store first if need be)."""
        if self.quads is None:
            self.open()
        self._pool = ProcessPool(
            max_workers=self.workers,
            initializer=jobs.open_worker_store,
            initargs=(str(self.store), self.writable),
            context=multiprocessing.get_context("spawn"),
        )

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.stop()  # type: ignore[no-untyped-call]
            self._pool.join()
            self._pool = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    async def run(self, job: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run ``job(*args)`` in a worker; stop it after ``timeout`` seconds."""
        if self._pool is None:
            raise StoreError("the query workers are not running")
        limit = timeout or self.timeout
        future = self._pool.schedule(job, args=args, timeout=limit)
        try:
            result: T = await asyncio.wrap_future(future)
        except TimeoutError:
            log.warning("stopped %s after %.3g s (time limit)", job.__name__, limit)
            raise QueryTimeoutError(
                f"the query ran longer than the time limit of {limit:g} s and was stopped"
            ) from None
        except ProcessExpired as exc:
            log.error("a query worker died running %s: %s", job.__name__, exc)
            raise StoreError("the query worker stopped unexpectedly; try again") from exc
        return result
