"""What a running server is configured with (``kg serve``'s options)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import iri

DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_RESULT_BYTES = 10_000_000
DEFAULT_MAX_REQUEST_BYTES = 1_000_000
DEFAULT_DUMP_TIMEOUT = 120.0


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

    @property
    def updates_allowed(self) -> bool:
        return self.update_token is not None

    @property
    def id_base(self) -> str:
        """The IRIs that dereference through this server: ``{base}id/...`` is ``/id/...``."""
        return self.base_iri + "id/"
