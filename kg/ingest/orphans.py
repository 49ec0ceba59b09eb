"""Worker processes that do not outlive their parent.

``kg ingest --jobs N`` and ``kg serve`` run their work in child processes. If the
parent is killed (``kill -9``, out of memory), nothing tells the children, and a
pool's worker would wait for work forever, or run a query to its end. A worker calls
``exit_with_parent`` when it starts: on Linux the kernel sends it SIGKILL when its
parent goes (``prctl(PR_SET_PDEATHSIG)``); everywhere, a thread checks once a second
that its parent is still the same process (a child whose parent has gone is handed
to another) and ends the worker if not.

PR_SET_PDEATHSIG follows the thread that started the child; the pools here start
their workers from the main thread or from a pool thread that lives as long as the
pool, so the signal only comes when the parent process, or the pool, is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
CHECK_SECONDS = 1.0


def exit_with_parent() -> None:
    """End this process when its parent process ends (call it in the child)."""
    # The pid multiprocessing started us from: the parent may be gone already (a worker
    # still starting when its parent was killed), and os.getppid() then names another.
    started_by = multiprocessing.parent_process()
    parent = started_by.pid if started_by is not None and started_by.pid else os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
    if os.getppid() != parent:  # the parent went before the signal was asked for
        os._exit(1)
    watcher = threading.Thread(
        target=_watch, args=(parent,), name="kg-exit-with-parent", daemon=True
    )
    watcher.start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(CHECK_SECONDS)
    os._exit(1)  # no clean-up: the parent that would want the result is gone
