"""What every handler needs: the server's state, what the client asked for, and a way
to run a job in a query worker on the client's behalf."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from starlette.requests import Request

from kg.errors import ParameterError
from kg.server.admission import Admission
from kg.server.config import ServerConfig
from kg.server.html import Pages
from kg.server.negotiation import Preferences, preferences, requested
from kg.server.pool import QueryPool

T = TypeVar("T")


@dataclass
class Cache:
    """Answers that only change when the store does: the statistics, the VoID
    description per format, and the dumps (as files in ``folder``, not in memory).

    The keys are a small fixed set (nothing from the request picks one), so the cache
    cannot grow with what clients send.
    """

    folder: Path | None = None
    entries: dict[tuple[str, ...], Any] = field(default_factory=dict)
    _names: itertools.count[int] = field(default_factory=itertools.count)

    async def get(self, key: tuple[str, ...], compute: Callable[[], Awaitable[T]]) -> T:
        if key not in self.entries:
            value = await compute()
            if key in self.entries:  # computed meanwhile for another request
                _discard(value)
            else:
                self.entries[key] = value
        return cast(T, self.entries[key])

    def file(self, name: str) -> Path:
        """A new file name in the cache's folder (each dump written gets its own)."""
        if self.folder is None:
            raise RuntimeError("this cache keeps no files")
        return self.folder / f"{next(self._names)}-{name}"

    def clear(self) -> None:
        for value in self.entries.values():
            _discard(value)  # a response still sending the file keeps reading it
        self.entries.clear()


def _discard(value: object) -> None:
    if isinstance(value, Path):
        value.unlink(missing_ok=True)


@dataclass
class ServerState:
    config: ServerConfig
    pool: QueryPool
    pages: Pages
    cache: Cache
    admission: Admission


def state(request: Request) -> ServerState:
    return cast(ServerState, request.app.state.kg)


async def run_job(
    request: Request, job: Callable[..., T], *args: Any, timeout: float | None = None
) -> T:
    """Run ``job(*args)`` in a query worker for this request: admitted first (bounded
    queue, a limit per client), its time limit counted from admission, and cancelled if
    the client disconnects before the answer."""
    server = state(request)
    client = request.client.host if request.client else "unknown"
    with server.admission.admit(client):
        return await server.pool.run(
            job, *args, timeout=timeout, gone=lambda: disconnected(request)
        )


async def disconnected(request: Request) -> None:
    """Return when the client has disconnected.

    Called once the request body has been read (or there is none): what the server
    receives from then on is only the news that the connection has closed.
    """
    while (await request.receive())["type"] != "http.disconnect":
        pass


def wanted(request: Request) -> Preferences:
    """The client's format preferences: a ``format`` parameter wins over Accept."""
    formats = request.query_params.getlist("format")
    if len(formats) > 1:
        raise ParameterError("give format once")
    fmt = formats[0] if formats else None
    if fmt:
        return requested(fmt)
    return preferences(request.headers.get("accept"))
