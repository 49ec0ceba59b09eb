"""The query workers on their own (no HTTP): a job's answer and its errors come back
as the worker produced them, and a worker that dies or overruns is replaced."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import pytest

from kg.errors import QuerySyntaxError, QueryTimeoutError, StoreError
from kg.server import jobs
from kg.server.pool import ClientGone, QueryPool

from .test_server_limits import RUNAWAY

JSON = {"json": 1.0}
ASK = "ASK { GRAPH <https://kg.example/graph/reference> { ?s ?p ?o } }"


def _ask(pool: QueryPool, query: str = ASK, **options: object) -> asyncio.Future[jobs.Reply]:
    return asyncio.ensure_future(
        pool.run(jobs.run_query, query, JSON, [], [], 1_000_000, **options)  # type: ignore[arg-type]
    )


async def _with_pool(store: Path, workers: int, timeout: float, check: object) -> None:
    pool = QueryPool(store, workers=workers, writable=False, timeout=timeout)
    await pool.start()
    try:
        await check(pool)  # type: ignore[operator]
    finally:
        await pool.stop()


@pytest.mark.timeout(300)
def test_answers_errors_and_a_dead_worker(tmp_path: Path) -> None:
    async def check(pool: QueryPool) -> None:
        reply = await _ask(pool)
        assert (reply.kind, reply.fmt) == ("ask", "json")
        assert json.loads(reply.body)["boolean"] is True
        # A kg error raised in the worker reaches the server as itself.
        with pytest.raises(QuerySyntaxError):
            await _ask(pool, "SELECT nonsense")
        # A worker killed under a job: the job fails with a store error, and the
        # worker put in its place answers the next one.
        running = _ask(pool, RUNAWAY)
        await asyncio.sleep(1.0)
        (worker,) = [w for w in pool._all if w.process.is_alive()]
        os.kill(worker.process.pid, signal.SIGKILL)
        with pytest.raises(StoreError, match="stopped unexpectedly"):
            await running
        assert json.loads((await _ask(pool)).body)["boolean"] is True

    asyncio.run(_with_pool(tmp_path / "kg", 1, 60.0, check))


@pytest.mark.timeout(300)
def test_limits_and_a_client_that_leaves(tmp_path: Path) -> None:
    async def check(pool: QueryPool) -> None:
        with pytest.raises(QueryTimeoutError, match="time limit of 1 s"):
            await _ask(pool, RUNAWAY)
        # One worker, busy with a runaway: a second job waits, and its client leaves.
        left = asyncio.Event()
        busy = _ask(pool, RUNAWAY, timeout=30.0)
        await asyncio.sleep(0.2)
        waiting = _ask(pool, timeout=30.0, gone=left.wait)
        await asyncio.sleep(0.2)
        left.set()
        with pytest.raises(ClientGone):
            await waiting
        busy.cancel()  # the server would stop it at its limit; the pool stops it here
        await asyncio.gather(busy, return_exceptions=True)

    asyncio.run(_with_pool(tmp_path / "kg", 1, 1.0, check))
