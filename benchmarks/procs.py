"""Running a command as a measured child process: wall time and peak memory.

Peak RSS comes from two places. ``wait4`` gives the high-water mark of the largest
single process (the child or any descendant it waited for). A sampler reads
``VmHWM`` (each process's own high-water mark) from /proc every 0.1 s for the child
and its descendants, so the writer of ``kg ingest --jobs N`` and its workers are
told apart; the sum of their marks bounds the total from above (their peaks need
not coincide). Linux only for the per-process figures; elsewhere they are absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Measured:
    command: list[str]
    seconds: float
    returncode: int
    peak_rss_mib: float  # the largest single process (wait4)
    process_peaks_mib: dict[int, float] = field(default_factory=dict)  # pid -> VmHWM
    root: int = 0
    stdout: str = ""
    stderr: str = ""

    @property
    def root_peak_mib(self) -> float:
        """The child's own peak (the writer, for kg ingest)."""
        return self.process_peaks_mib.get(self.root, self.peak_rss_mib)

    @property
    def descendants_peak_mib(self) -> list[float]:
        return [v for pid, v in self.process_peaks_mib.items() if pid != self.root]

    @property
    def total_peak_bound_mib(self) -> float:
        return self.root_peak_mib + sum(self.descendants_peak_mib)

    def json_line(self) -> dict[str, Any]:
        """The last line of stdout that is a JSON object (what a measured child reports)."""
        for line in reversed(self.stdout.splitlines()):
            if line.startswith("{"):
                data: dict[str, Any] = json.loads(line)
                return data
        raise RuntimeError(f"no JSON report from {' '.join(self.command)}:\n{self.stderr[-2000:]}")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            found.extend(int(x) for x in text.split())
    except (OSError, ValueError):
        pass
    return found


def _hwm_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


class _Sampler(threading.Thread):
    def __init__(self, root: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.every = every
        self.peaks: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pending = [self.root]
            while pending:
                pid = pending.pop()
                hwm = _hwm_mib(pid)
                if hwm is not None:
                    self.peaks[pid] = max(hwm, self.peaks.get(pid, 0.0))
                pending.extend(_children(pid))
            self.stop.wait(self.every)


def measure(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    log: Path | None = None,
) -> Measured:
    """Run ``command`` to its end (killed past ``timeout`` seconds) and measure it."""
    out_path = log.with_suffix(".out") if log else None
    err_path = log.with_suffix(".err") if log else None
    out = out_path.open("w+", encoding="utf-8") if out_path else _temp()
    err = err_path.open("w+", encoding="utf-8") if err_path else _temp()
    began = time.perf_counter()
    process = subprocess.Popen(
        list(command), stdout=out, stderr=err, cwd=cwd, env={**os.environ, **(env or {})}
    )
    sampler = _Sampler(process.pid)
    sampler.start()
    timer = threading.Timer(timeout, process.kill) if timeout else None
    if timer:
        timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    if timer:
        timer.cancel()
    sampler.stop.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    result = Measured(
        list(command),
        seconds,
        process.returncode,
        usage.ru_maxrss / 1024,
        sampler.peaks,
        process.pid,
        out.read(),
        err.read(),
    )
    out.close()
    err.close()
    return result


def _temp() -> Any:
    return tempfile.TemporaryFile("w+", encoding="utf-8")
