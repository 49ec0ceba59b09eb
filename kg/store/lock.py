"""Keeping writers out of an on-disk store while read-only handles serve it, and
openers out of it while the bulk loader puts a new folder in its place."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


OPEN_WAIT_SECONDS = 60.0


def opening_lock_path(path: Path) -> Path:
    """The lock file beside a store folder that its openers and the bulk loader share."""
    return path.with_name(f".{path.name}.open-lock")


@contextmanager
def opening(path: Path, *, wait: float = OPEN_WAIT_SECONDS) -> Iterator[None]:
    """Hold the store's opening lock while the block runs.

    Opening a store folder and putting a new folder in its place (the bulk loader's
    swap) take turns: between the swap's closing of the old store and its opening of
    the new one, the store's own lock (RocksDB's ``LOCK``) is free, and a writer that
    opened the folder then could write into the store about to be moved aside. A
    process waits up to ``wait`` seconds for a swap to end, then gives up with
    StoreLockedError without opening anything.

    An fcntl lock belongs to the process: the process holding it may take it again
    (the swap reopens the store under it). Where the lock file cannot be made (a
    folder one may only read), opening goes ahead without it: nobody can swap there.
    """
    try:
        fd = os.open(opening_lock_path(path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if time.monotonic() >= deadline:
                    raise StoreLockedError(
                        f"the store at {path} is being replaced by a bulk load that has "
                        f"not finished in {wait:g} s; try again when it has"
                    ) from exc
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # drops the lock
