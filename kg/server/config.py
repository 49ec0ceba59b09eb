"""What a running server is configured with (``kg serve``'s options)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import iri

DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_RESULT_BYTES = 10_000_000
DEFAULT_MAX_REQUEST_BYTES = 1_000_000
DEFAULT_DUMP_TIMEOUT = 120.0
DEFAULT_QUEUE = 8
DEFAULT_PER_CLIENT = 4


@dataclass(frozen=True)
class ServerConfig:
    """Limits and identity of one server; updates are possible only with a token."""

    store: Path
    base_iri: str = iri.BASE
    timeout: float = DEFAULT_TIMEOUT
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    workers: int = 2
    update_token: str | None = None
    dump_timeout: float = DEFAULT_DUMP_TIMEOUT
    html_rows: int = 1000
    queue: int = DEFAULT_QUEUE  # requests that may wait beyond those the workers run
    per_client: int = DEFAULT_PER_CLIENT  # requests one remote address may have admitted
    allowed_services: frozenset[str] = frozenset()  # what a query's SERVICE may call
    allowed_loads: frozenset[str] = frozenset()  # what an update's LOAD may fetch

    @property
    def updates_allowed(self) -> bool:
        return self.update_token is not None

    @property
    def id_base(self) -> str:
        """The IRIs that dereference through this server: ``{base}id/...`` is ``/id/...``."""
        return self.base_iri + "id/"
