"""Admission control: how much work may wait for the query workers, and how much of it
one client may hold.

Every request that needs a worker is admitted here first. The pool's queue is bounded
(``queue`` requests beyond the ones the workers are running; past it, 503 with
``Retry-After``), and one client (one remote address) may have at most ``per_client``
requests admitted at a time (past it, 429 with ``Retry-After``). A request leaves
when it is answered, stopped at its time limit, or its client disconnects; nothing is
kept for a client without a request admitted, so the table stays as small as the queue.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.exceptions import HTTPException


class Admission:
    """Counts of admitted requests, in total and per client (one event loop: no locks)."""

    def __init__(self, *, workers: int, queue: int, per_client: int, retry_after: float) -> None:
        self.capacity = workers + queue
        self.per_client = per_client
        self.retry_after = str(max(1, math.ceil(retry_after)))
        self.admitted = 0
        self.by_client: Counter[str] = Counter()

    @contextmanager
    def admit(self, client: str) -> Iterator[None]:
        """Hold a place for one request of ``client`` while the block runs."""
        retry = {"Retry-After": self.retry_after}
        if self.admitted >= self.capacity:
            raise HTTPException(
                503, "the server is busy: every query worker and queue place is taken", retry
            )
        if self.by_client[client] >= self.per_client:
            raise HTTPException(
                429,
                f"too many requests at once: at most {self.per_client} per client; "
                "wait for an answer before sending more",
                retry,
            )
        self.admitted += 1
        self.by_client[client] += 1
        try:
            yield
        finally:
            self.admitted -= 1
            self.by_client[client] -= 1
            if not self.by_client[client]:
                del self.by_client[client]
