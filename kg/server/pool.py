"""Query workers: the store is read in processes the server can stop at a time limit.

pyoxigraph cannot interrupt a running query, so every store access runs in a
worker process; a job that runs past its limit has its worker stopped and replaced,
and the request gets QueryTimeoutError while the other workers keep answering.

Each worker is one process with one socket to the server: the server sends it a
job (a ``kg.server.jobs`` function and its arguments, pickled) only when it is
free, and reads the answer on the event loop itself (asyncio streams), so a request
costs two socket writes and two reads, with no thread between the loop and the
worker. (A general process pool hands each job through a queue, a scheduling thread
and a result thread, which cost several times the CPU of a small query.)

Read-only serving (the default): the store is brought up to date once (reference
and ontology graphs), then the server holds the store's write lock for as long as
it runs, so no ``kg ingest`` can write under the read-only workers. With updates
allowed, a single worker opens the store for writing and runs queries and
updates alike, one at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import pickle
import socket
from asyncio import FIRST_COMPLETED
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import QueryTimeoutError, StoreError
from kg.reference.bootstrap import ensure_reference
from kg.server import jobs
from kg.store.embedded import Store
from kg.store.lock import ReaderLock

log = logging.getLogger("kg.server")
T = TypeVar("T")

START_GRACE_SECONDS = 60.0  # how long a job waits for a worker that is still starting
STOP_SECONDS = 5.0  # how long a worker told to stop may take before it is killed
READ_LIMIT = 1 << 22  # bytes read ahead from a worker's socket before waiting for the loop


def prepare_store(path: Path) -> int:
    """Create the store if need be and bring its reference graphs up to date.

    Returns the number of quads. The writable handle is gone when this returns, so
    read-only workers never share the store with a writer.
    """
    store = Store(path)
    ensure_reference(store)
    store.flush()
    return len(store)


class Worker:
    """One worker process and the server's end of its socket."""

    def __init__(self, context: Any, initargs: tuple[Any, ...]) -> None:
        ours, theirs = socket.socketpair()
        self.process = context.Process(
            target=jobs.serve, args=(theirs, *initargs), name="kg-query-worker", daemon=True
        )
        self.process.start()
        theirs.close()
        self._socket = ours
        self.broken = False  # its socket closed under a job: the process is gone
        self.ready: asyncio.Task[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.ensure_future(self._connect())
        )

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        # A large answer arrives in one frame: no line limit matters (readexactly).
        reader, writer = await asyncio.open_connection(sock=self._socket, limit=READ_LIMIT)
        try:
            await jobs.read_frame(reader)  # the worker says it has opened the store
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            writer.close()
            log.error("a query worker could not start (exit code %s)", self.process.exitcode)
            raise StoreError("a query worker could not start; see the server's log") from exc
        except BaseException:  # stopped while it started
            writer.close()
            raise
        return reader, writer

    async def call(self, job: Callable[..., T], args: tuple[Any, ...]) -> T:
        """Run ``job(*args)`` in the worker: its answer, or the error it raised."""
        reader, writer = await self.ready
        writer.write(jobs.frame(pickle.dumps((job, args), pickle.HIGHEST_PROTOCOL)))
        try:
            await writer.drain()
            status, value = pickle.loads(await jobs.read_frame(reader))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self.broken = True
            log.error("a query worker died running %s", job.__name__)
            raise StoreError("the query worker stopped unexpectedly; try again") from exc
        if status == "error":
            raise value
        result: T = value
        return result

    def close(self, *, now: bool) -> None:
        """Close the worker's socket, which ends an idle worker; with ``now``, end it
        whatever it is doing (it keeps nothing that a stop would lose)."""
        if self.ready.done() and not self.ready.cancelled() and not self.ready.exception():
            self.ready.result()[1].close()
        else:
            self.ready.cancel()
            self._socket.close()
        if now and self.process.is_alive():
            self.process.terminate()  # the worker's SIGTERM is the default: it ends at once

    def join(self) -> None:
        """Wait for a closed worker to end; kill it if it takes too long."""
        self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


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
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[Worker] | None = None  # free workers (or still starting)
        self._all: set[Worker] = set()
        self._waiting = 0  # requests waiting for a free worker
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

    async def start(self) -> None:
        """Start the worker processes (opening the store first if need be) and wait
        until they have opened the store.

        Workers are started from the event loop's thread, which lives as long as the
        server: their parent-death signal (kg.ingest.orphans) follows that thread.
        """
        if self.quads is None:
            await asyncio.to_thread(self.open)
        self._idle = asyncio.Queue()
        for _ in range(self.workers):
            self._idle.put_nowait(self._new_worker())
        await asyncio.gather(*(w.ready for w in self._all), return_exceptions=True)

    def _new_worker(self) -> Worker:
        worker = Worker(self._context, (str(self.store), self.writable, *self.remote))
        worker.ready.add_done_callback(_retrieve)
        self._all.add(worker)
        return worker

    def _replace(self, worker: Worker) -> None:
        """Stop ``worker`` and put a new one in its place (it starts in the background)."""
        worker.close(now=True)
        self._all.discard(worker)
        asyncio.get_running_loop().run_in_executor(None, worker.join)
        if self._idle is not None:
            self._idle.put_nowait(self._new_worker())

    async def stop(self) -> None:
        workers, self._all, self._idle = list(self._all), set(), None
        for worker in workers:
            worker.close(now=False)
        await asyncio.gather(*(asyncio.to_thread(w.join) for w in workers))
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
        (admission), and to the run, counted from when the worker is sent the job. A
        queue of long queries therefore cannot keep a request waiting past its limit
        (it gets QueryTimeoutError without having run), and a worker that is still
        starting (a replacement for one stopped) does not shorten the run. When
        ``gone()`` completes first (the client has disconnected), the job is given up
        and ``ClientGone`` raised: a job waiting for a worker was never sent one; a job
        that runs has its worker stopped and replaced.
        """
        idle = self._idle
        if idle is None:
            raise StoreError("the query workers are not running")
        name = job.__name__
        limit = timeout or self.timeout
        loop = asyncio.get_running_loop()
        watch = asyncio.ensure_future(gone()) if gone is not None else None
        try:
            worker = await self._take(idle, limit, watch, name)
            answer = asyncio.ensure_future(worker.call(job, args))
            answer.add_done_callback(_retrieve)
            try:
                outcome = await _outcome(answer, loop.time() + limit, watch)
            except BaseException:  # cancelled: nobody waits for this job any more
                outcome = "cancelled"
                raise
            finally:
                if outcome != "done":
                    answer.cancel()
                    self._replace(worker)  # stops the job where it is
                elif worker.broken:
                    self._replace(worker)
                else:
                    idle.put_nowait(worker)
            if outcome != "done":
                raise _refusal(outcome, name, limit)
            return answer.result()
        finally:
            if watch is not None:
                watch.cancel()

    async def _take(
        self,
        idle: asyncio.Queue[Worker],
        limit: float,
        watch: asyncio.Future[Any] | None,
        name: str,
    ) -> Worker:
        """A free worker, ready to run a job, within ``limit`` (or the refusal to raise)."""
        loop = asyncio.get_running_loop()
        if self._waiting or idle.empty():
            self._waiting += 1
            try:
                worker = await self._wait_for(idle, loop.time() + limit, watch, name, limit)
            finally:
                self._waiting -= 1
        else:  # the usual case: no task to wait with, and no one waiting longer
            worker = idle.get_nowait()
        if worker.ready.done() and worker.ready.exception() is None:
            return worker
        # A replacement still starting: waiting for it costs the job none of its limit.
        try:
            outcome = await _outcome(worker.ready, loop.time() + START_GRACE_SECONDS, watch)
        except BaseException:
            idle.put_nowait(worker)
            raise
        if outcome == "gone":
            idle.put_nowait(worker)
            raise _refusal(outcome, name, limit)
        if outcome == "late" or worker.ready.exception() is not None:
            self._replace(worker)
            raise StoreError("a query worker could not start; see the server's log")
        return worker

    @staticmethod
    async def _wait_for(
        idle: asyncio.Queue[Worker],
        deadline: float,
        watch: asyncio.Future[Any] | None,
        name: str,
        limit: float,
    ) -> Worker:
        """The next free worker, in the order the requests came, by ``deadline``."""
        taking = asyncio.ensure_future(idle.get())
        try:
            outcome = await _outcome(taking, deadline, watch)
        finally:
            if not taking.done():
                taking.cancel()
                await asyncio.wait({taking})
        if outcome != "done":
            if not taking.cancelled():  # taken just as it was given up
                idle.put_nowait(taking.result())
            raise _refusal(outcome, name, limit)
        return taking.result()


async def _outcome(
    step: asyncio.Future[Any], deadline: float, watch: asyncio.Future[Any] | None
) -> str:
    """How waiting for ``step`` ends: "done", "gone" (the client left) or "late"."""
    if step.done():
        return "done"
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
        with contextlib.suppress(BaseException):
            answer.exception()


class ClientGone(Exception):
    """The client disconnected while its request waited for a worker (nobody to answer)."""
