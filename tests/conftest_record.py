"""Fixtures of the record tests (issue 4): golden files, stores, a private reference folder.

Loaded as a plugin from tests/conftest.py. Golden files live in tests/golden/record/
and are rewritten only with ``pytest --regen-golden`` (review the diff before
committing it); a missing golden file is a failure that says so.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.ingest.ingester import Ingester
from kg.reference import lookup
from kg.reference.bootstrap import ensure_reference
from kg.reference.load import cached_reference
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.results import SelectResult
from kg.views.output import plain
from tests.backends import REMOTE, Servers, open_location

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "record"
RECORD_DATA = Path(__file__).resolve().parent / "data" / "record"
SAMPLES = ("data/articles/000_7e07d1f34e2d32f7.txt", "data/articles/004_7f33e2db56b191e3.txt")


def pytest_addoption(parser: pytest.Parser) -> None:
    # Another conftest may register the shared option too; the first one wins.
    with contextlib.suppress(ValueError):
        parser.addoption(
            "--regen-golden",
            action="store_true",
            default=False,
            help="Rewrite golden files from the current results (then review the diff).",
        )


def _clear_caches() -> None:
    """Forget reference data read under another KG_DATA."""
    cached_reference.cache_clear()
    lookup._cache.clear()
    lookup._symbols.clear()


def rows_of(result: SelectResult, columns: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """Query answers as plain dicts (optionally only some columns)."""
    keep = columns or result.variables
    return [{k: plain(row[k]) for k in keep} for row in result.dicts()]


@pytest.fixture
def record_golden(request: pytest.FixtureRequest) -> Callable[[str, Any], None]:
    """``golden(name, data)``: compare ``data`` with tests/golden/record/NAME.json."""
    regen = bool(request.config.getoption("--regen-golden"))

    def check(name: str, data: Any) -> None:
        path = GOLDEN / f"{name}.json"
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        if regen:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(
                f"no golden file {path.relative_to(REPO)}: run pytest --regen-golden and review it"
            )
        expected = json.loads(path.read_text(encoding="utf-8"))
        assert data == expected, f"differs from {path.relative_to(REPO)}"

    return check


@pytest.fixture
def record_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of data/reference, in use through KG_DATA, for tests that write to it."""
    folder = tmp_path / "reference"
    shutil.copytree(REPO / "data" / "reference", folder)
    (folder / "imported_votes.csv").unlink(missing_ok=True)
    monkeypatch.setenv("KG_DATA", str(folder))
    _clear_caches()
    yield folder
    _clear_caches()


@pytest.fixture
def bundled_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The repository's own reference data (no KG_DATA), with fresh caches."""
    monkeypatch.delenv("KG_DATA", raising=False)
    _clear_caches()
    yield
    _clear_caches()


def ingest_samples(store: KgStore) -> None:
    ingester = Ingester(store)
    ingester.ensure_reference()
    for source in SAMPLES:
        text = (REPO / source).read_text(encoding="utf-8")
        outcome = ingester.ingest_text(text, source)
        assert outcome.status == "added", outcome.message


@pytest.fixture(scope="session")
def sample_store(
    tmp_path_factory: pytest.TempPathFactory, oxigraph_servers: Servers
) -> Iterator[Path | str]:
    """A store holding the two sample articles and the bundled reference data: an on-disk
    folder, or in remote mode a server's URL."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KG_DATA", raising=False)
        _clear_caches()
        if REMOTE:
            url = oxigraph_servers.start().url
            ingest_samples(open_location(url))
            yield url
        else:
            path = tmp_path_factory.mktemp("record") / "store"
            store = Store(path)
            ingest_samples(store)
            store.flush()
            del store  # release the store's lock: tests open it again, as the CLI does
            yield path
        _clear_caches()


@pytest.fixture
def memory_store(bundled_data: None, empty_store: KgStore) -> KgStore:
    """An empty store (in memory, or on a fresh server) with the reference and ontology
    graphs only."""
    ensure_reference(empty_store)
    return empty_store
