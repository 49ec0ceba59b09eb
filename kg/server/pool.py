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
import itertools
import logging
import multiprocessing
from asyncio import FIRST_COMPLETED
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from kg.errors import QueryTimeoutError, StoreError
from kg.reference.bootstrap import ensure_reference
from kg.server import jobs
from kg.store.embedded import Store
from kg.store.lock import ReaderLock

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

    def __init__(
        self,
        store: Path,
        *,
        workers: int,
        writable: bool,
        timeout: float,
        services: frozenset[str] = frozenset(),
        loads: frozenset[str] = frozenset(),
    ) -> None:
        self.store = store
        self.remote = (tuple(sorted(services)), tuple(sorted(loads)))
        self.workers = 1 if writable else max(1, workers)
        self.writable = writable
        self.timeout = timeout
        self._pool: ProcessPool | None = None
        self._lock: ReaderLock | None = None
        self._free: asyncio.Semaphore | None = None  # one place per worker
        self._given_up: Any = None  # shared flags: jobs.guarded skips a job given up
        self._tickets = itertools.count()
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
        context = multiprocessing.get_context("spawn")
        self._given_up = context.RawArray("b", jobs.TICKETS)
        self._pool = ProcessPool(
            max_workers=self.workers,
            initializer=jobs.open_worker_store,
            initargs=(str(self.store), self.writable, self._given_up, *self.remote),
            context=context,
        )

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.stop()  # type: ignore[no-untyped-call]
            self._pool.join()
            self._pool = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    async def run(
        self,
        job: Callable[..., T],
        *args: Any,
        timeout: float | None = None,
        gone: Callable[[], Awaitable[object]] | None = None,
    ) -> T:
        """Run ``job(*args)`` in a worker, within the time limit ``timeout``.

        The limit applies twice: to the wait for a free worker, counted from this call
        (admission), and to the run, counted from when the worker starts it. A queue of
        long queries therefore cannot keep a request waiting past its limit (it gets
        QueryTimeoutError without having run), and a worker that is still starting (a
        replacement for one stopped) does not shorten the run. When ``gone()``
        completes first (the client has disconnected), the job is given up and
        ``ClientGone`` raised.

        A job is handed to pebble only when a worker is free, and its place is freed
        only when pebble is done with it. A job given up while it runs has its worker
        stopped (and replaced); one given up before a worker took it is marked, and
        the worker that takes it skips it at once (``jobs.guarded``): stopping a
        worker for a job not yet started would cost a new worker for nothing.
        """
        if self._pool is None:
            raise StoreError("the query workers are not running")
        if self._free is None:
            self._free = asyncio.Semaphore(self.workers)
        free = self._free
        name = job.__name__
        limit = timeout or self.timeout
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        watch = asyncio.ensure_future(gone()) if gone is not None else None
        try:
            slot = asyncio.ensure_future(free.acquire())
            outcome = await _outcome(slot, deadline, watch)
            if outcome != "done":
                slot.cancel()
                await asyncio.wait({slot})
                if not slot.cancelled():  # acquired just as it was given up
                    free.release()
                raise _refusal(outcome, name, limit)
            try:
                ticket = next(self._tickets) % jobs.TICKETS
                self._given_up[ticket] = 0
                # The run's limit: pebble's, from when a worker starts the job, so a
                # worker still starting (a replacement) does not eat into it.
                future = self._pool.schedule(jobs.guarded, args=(ticket, job, *args), timeout=limit)
            except BaseException:
                free.release()
                raise
            future.add_done_callback(lambda _: loop.call_soon_threadsafe(free.release))
            answer: asyncio.Future[Any] = asyncio.wrap_future(future)
            answer.add_done_callback(_retrieve)
            # pebble answers at the run's limit; this deadline only guards a pool whose
            # workers cannot start at all.
            outcome = await _outcome(answer, loop.time() + limit + START_GRACE_SECONDS, watch)
            if outcome != "done":
                self._give_up(future, ticket, loop)
                raise _refusal(outcome, name, limit)
            result: T = answer.result()  # a job not given up is run, never skipped
            return result
        except TimeoutError:  # pebble's backstop
            raise _refusal("late", name, limit) from None
        except ProcessExpired as exc:
            log.error("a query worker died running %s: %s", name, exc)
            raise StoreError("the query worker stopped unexpectedly; try again") from exc
        finally:
            if watch is not None:
                watch.cancel()

    def _give_up(self, future: Any, ticket: int, loop: asyncio.AbstractEventLoop) -> None:
        if future.running():
            future.cancel()  # pebble stops the worker and starts another
            return
        self._given_up[ticket] = 1
        # A worker may have taken the job just before the mark: then it runs, and is
        # stopped as soon as pebble has heard that it started.
        loop.call_later(GRACE_SECONDS, lambda: future.running() and future.cancel())


GRACE_SECONDS = 0.5
START_GRACE_SECONDS = 60.0


async def _outcome(
    step: asyncio.Future[Any], deadline: float, watch: asyncio.Future[Any] | None
) -> str:
    """How waiting for ``step`` ends: "done", "gone" (the client left) or "late"."""
    waiting = {step} if watch is None else {step, watch}
    remaining = max(deadline - asyncio.get_running_loop().time(), 0)
    done, _ = await asyncio.wait(waiting, timeout=remaining, return_when=FIRST_COMPLETED)
    if step in done:
        return "done"
    return "gone" if watch is not None and watch in done else "late"


def _refusal(outcome: str, name: str, limit: float) -> Exception:
    if outcome == "gone":
        return ClientGone(f"the client left before {name} was answered")
    log.warning("stopped %s after %.3g s (time limit)", name, limit)
    return QueryTimeoutError(
        f"the query ran longer than the time limit of {limit:g} s and was stopped"
    )


def _retrieve(answer: asyncio.Future[Any]) -> None:
    """Read the outcome of an answer nobody may wait for any more (no asyncio warning)."""
    if not answer.cancelled():
        answer.exception()


class ClientGone(Exception):
    """The client disconnected while its request waited for a worker (nobody to answer)."""
