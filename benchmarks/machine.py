"""What a benchmark ran on: date, commit, machine, Python and package versions, load.

Figures from a shared machine mean little without its load, so the load average at
the start of the run is part of the description.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

PACKAGES = ("kg", "pydantic", "pydantic-core", "pyoxigraph", "rdflib", "pyshacl")
ROOT = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except (OSError, ValueError):
        pass
    return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def describe() -> dict[str, object]:
    """The environment of this run, as plain values (JSON-ready)."""
    commit = _git("rev-parse", "--short=12", "HEAD")
    dirty = bool(_git("status", "--porcelain", "--untracked-files=no"))
    memory = _memory_gib()
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": f"{commit}{' (uncommitted changes)' if dirty else ''}" if commit else None,
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "memory_gib": round(memory, 1) if memory else None,
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": {p: _version(p) for p in PACKAGES},
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def render(info: dict[str, object]) -> list[str]:
    packages = info["packages"]
    assert isinstance(packages, dict)
    return [
        f"date        {info['date']}",
        f"commit      {info['commit']}",
        f"machine     {info['cpu']}, {info['cpus']} logical CPUs, {info['memory_gib']} GiB",
        f"os          {info['os']}",
        f"python      {info['python']}",
        "packages    " + ", ".join(f"{k} {v}" for k, v in packages.items()),
        f"load avg    {info['load_average']} (1, 5, 15 min) at start",
    ]
