"""What every handler needs: the server's state and what the client asked for."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from starlette.requests import Request

from kg.server.config import ServerConfig
from kg.server.html import Pages
from kg.server.negotiation import Preferences, preferences, requested
from kg.server.pool import QueryPool

T = TypeVar("T")


@dataclass
class Cache:
    """Answers that only change when the store does (statistics, VoID, dumps)."""

    entries: dict[tuple[str, ...], Any] = field(default_factory=dict)

    async def get(self, key: tuple[str, ...], compute: Callable[[], Awaitable[T]]) -> T:
        if key not in self.entries:
            self.entries[key] = await compute()
        return cast(T, self.entries[key])

    def clear(self) -> None:
        self.entries.clear()


@dataclass
class ServerState:
    config: ServerConfig
    pool: QueryPool
    pages: Pages
    cache: Cache


def state(request: Request) -> ServerState:
    return cast(ServerState, request.app.state.kg)


def wanted(request: Request) -> Preferences:
    """The client's format preferences: a ``format`` parameter wins over Accept."""
    fmt = request.query_params.get("format")
    if fmt:
        return requested(fmt)
    return preferences(request.headers.get("accept"))


def origin(request: Request) -> str:
    """The server's own address as the client reached it, without a trailing slash."""
    return str(request.base_url).rstrip("/")
