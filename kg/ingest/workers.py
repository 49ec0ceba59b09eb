"""Extraction in worker processes, for ``kg ingest --jobs N``.

A pool of N processes (started with ``spawn``, so nothing is shared by accident)
each build one ``Extractor`` from the reference data handed to them, then turn
article texts into their graph as N-Quads bytes (``kg.ingest.ingester.mint_article``, the
very function ``--jobs 1`` uses). Workers never touch the store.

``ExtractionPool.in_order`` takes a stream of items, sends the ``Job`` items to the
workers in chunks of a few consecutive jobs (one task, one answer each) and gives every
item back in input order with its result. At most ``window`` items are in flight
(queued, being extracted, or done and waiting for an earlier one), so memory stays
bounded whatever the number of files.

Why chunks: a task sent alone costs a round trip through the pool's threads in the
writing process (its manager thread, the queue's feeder, two pipes) for 10-20 ms of
extraction, and a worker that finishes while the writer is busy waits for its next
task. Profiled at 2,000 articles (benchmarks/README.md, "Ingest throughput"), the
workers spent about a quarter of their time waiting so.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from kg.errors import IngestError, KgError
from kg.extract import Extractor
from kg.graph.summary import Key, contributions
from kg.ingest.ingester import mint_article
from kg.ingest.orphans import exit_with_parent
from kg.model import ArticleMeta, Reference
from kg.terms import to_nquads

T = TypeVar("T")


@dataclass(frozen=True)
class Job:
    """One article to extract: its normalised text, the text's sha256, its source, and
    its metadata (the date of publication is given to the extractor)."""

    text: str
    sha256: str
    source: str
    meta: ArticleMeta | None = None


@dataclass(frozen=True)
class Minted:
    """A worker's answer: the article's graph as N-Quads, its size, its fact counts and
    what it adds to the summary graph's counts (kg.graph.summary)."""

    nquads: bytes
    quads: int
    counts: dict[str, int]
    summary: dict[Key, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    """A worker's answer for an article it could not extract (one line)."""

    message: str


# The state of one worker process, set once by ``_start``.
_extractor: Extractor | None = None
_now: datetime | None = None


def _start(reference: Reference, now: datetime | None) -> None:
    """Worker start-up: the extractor is built once per process."""
    global _extractor, _now  # noqa: PLW0603  per-process state of a pool worker
    # Ctrl-C reaches the whole process group: the parent decides what stops, and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent()  # a parent killed outright leaves no worker waiting for work
    _extractor = Extractor(reference)
    _now = now


def _mint_chunk(jobs: list[Job]) -> list[Minted | Failed]:
    """A chunk of jobs, each answered on its own (one failing does not fail the others)."""
    return [_mint(job) for job in jobs]


def _mint(job: Job) -> Minted | Failed:
    assert _extractor is not None, "worker used before its start-up"
    try:
        quads, counts = mint_article(
            _extractor, job.text, job.sha256, job.source, _now, meta=job.meta
        )
    except KgError as exc:
        return Failed(f"{job.source}: {exc}")
    nquads = to_nquads(quads).encode("utf-8")
    return Minted(nquads, len(quads), counts, dict(contributions(quads)))


class ExtractionPool:
    """N extraction processes; use as a context manager."""

    def __init__(
        self,
        jobs: int,
        reference: Reference,
        now: datetime | None = None,
        window: int | None = None,
        chunk: int = 4,
    ) -> None:
        if jobs < 1 or chunk < 1:
            raise ValueError("jobs and chunk must be at least 1")
        self.jobs = jobs
        self.chunk = chunk
        # Enough items ahead to keep every worker busy while one slow chunk holds up
        # the line, few enough that the texts and graphs waiting stay a few megabytes.
        self.window = window or 8 * jobs * chunk
        self._pool = ProcessPoolExecutor(
            jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(reference, now),
        )

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers; queued articles are dropped, running ones finish."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def in_order(self, items: Iterable[T]) -> Iterator[tuple[T, Minted | Failed | None]]:
        """Each item with its result, in input order: a ``Job`` with what its worker
        made of it, anything else with None (it passes through, keeping its place)."""
        pending: deque[tuple[T, Future[list[Minted | Failed]] | None, int]] = deque()
        chunk: list[Job] = []
        waiting: list[int] = []  # the input places of the jobs in ``chunk``

        def send() -> None:
            future = self._pool.submit(_mint_chunk, list(chunk))
            for place, at in enumerate(waiting):
                pending[at - dropped] = (pending[at - dropped][0], future, place)
            chunk.clear()
            waiting.clear()

        dropped = 0  # items given back so far: ``pending``'s first place in the input
        for seen, item in enumerate(items):
            if isinstance(item, Job):
                chunk.append(item)
                waiting.append(seen)
            pending.append((item, None, -1))
            if len(chunk) >= self.chunk:
                send()
            while len(pending) > self.window:
                if waiting and waiting[0] == dropped:  # its chunk is the next answer
                    send()
                dropped += 1
                yield self._settle(*pending.popleft())
        if chunk:
            send()
        while pending:
            yield self._settle(*pending.popleft())

    @staticmethod
    def _settle(
        item: T, future: Future[list[Minted | Failed]] | None, place: int = -1
    ) -> tuple[T, Minted | Failed | None]:
        if future is None:
            return item, None
        try:
            return item, future.result()[place]
        except BrokenProcessPool as exc:
            raise IngestError(
                "an extraction worker process died (out of memory, or killed); "
                "no further article could be extracted"
            ) from exc
