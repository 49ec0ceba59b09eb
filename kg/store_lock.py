"""Keeping writers out of an on-disk store while read-only handles serve it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kg.errors import StoreLockedError


class ReaderLock:
    """Keeps writers out of an on-disk store while read-only handles serve it.

    Read-only handles must not share a store with a writer (pyoxigraph leaves that
    undefined), and they take no lock of their own. This takes the store's own
    write lock (RocksDB's ``LOCK`` file, an fcntl lock) without opening the store,
    so ``kg ingest`` is refused with StoreLockedError while ``kg serve`` runs, and
    readers such as ``kg query`` fall back to read-only handles as usual.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = os.open(path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(self._fd)
            self._fd = None
            raise StoreLockedError(f"the store at {path} is in use by another kg process") from exc

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the fcntl lock
            self._fd = None
