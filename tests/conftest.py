"""Shared fixtures: the sample articles ingested once per session, CLI runners, golden files.

The session store is built through the library (``kg.ingest.Ingester``) with a fixed
ingest time, so everything derived from it (query answers, the article graphs) is
the same on every run and golden files do not churn. Golden files are rewritten
only with ``pytest --regen-golden``; review the diff before committing it.
"""

from __future__ import annotations

# The claims-vs-record tests' fixtures (and a shared --regen-golden) live in conftest_record.py.
pytest_plugins = ["conftest_record"]

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.extract import Extractor
from kg.ingest import Ingester
from kg.model import Reference
from kg.reference import load_reference
from kg.store import Store
from tests.support import Corpus, Golden, RunKg, ingest_samples, sample_articles


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files in tests/golden from the current output "
        "(then review the diff before committing).",
    )


# --- the sample corpus ---------------------------------------------------------------


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def extractor(reference: Reference) -> Extractor:
    return Extractor(reference)


@pytest.fixture(scope="session")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, reference: Reference, extractor: Extractor
) -> Corpus:
    """Both sample articles in an on-disk store, written once; the library tests read an
    in-memory copy of it.

    The writer is closed before the tests run, and no handle on the folder stays open:
    CLI commands open it the way a user's would, and pyoxigraph leaves a read-only
    view of a store that another handle writes to undefined.
    """
    articles = sample_articles()
    assert len(articles) == 2, "data/articles should hold the two sample articles"
    path = tmp_path_factory.mktemp("corpus") / "store"
    writer = Store(path)
    ingest_samples(writer, reference, extractor, articles)
    writer.flush()
    del writer
    gc.collect()  # drop pyoxigraph's handle, releasing the store's lock
    copy = Store(None)
    copy.bulk_add(b"".join(Store(path, read_only=True).iter_nquads()))
    return Corpus(path, copy, {a.stem: a for a in articles})


@pytest.fixture
def memory_store(reference: Reference) -> Store:
    """An empty in-memory store with the reference and ontology graphs."""
    store = Store(None)
    Ingester(store, reference).ensure_reference()
    return store


# --- the command line ----------------------------------------------------------------


@pytest.fixture
def kg_store(tmp_path: Path) -> Path:
    """A store folder of this test's own (created by the first command that opens it)."""
    return tmp_path / "store"


def _runner(default_store: Path) -> RunKg:
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None, store: Path | None = None) -> Result:
        env = {"KG_STORE": str(store or default_store)}
        # catch_exceptions=False: a traceback is a bug, and must fail the test loudly.
        result = runner.invoke(main, list(args), input=input, env=env, catch_exceptions=False)
        # A command that exits with sys.exit() leaves its frames, and so its open store,
        # alive in the traceback; a real process would have ended and closed the store.
        if result.exc_info is not None:
            result.exc_info[1].__traceback__ = None
            result.exc_info = (result.exc_info[0], result.exc_info[1], None)  # type: ignore[assignment]
            gc.collect()
        return result

    return run


@pytest.fixture
def run_kg(kg_store: Path) -> RunKg:
    """``kg ...`` through click's CliRunner with KG_STORE at this test's own store."""
    return _runner(kg_store)


@pytest.fixture
def corpus_kg(corpus: Corpus) -> RunKg:
    """``kg ...`` with KG_STORE at the session's store of the sample articles."""
    return _runner(corpus.path)


# --- golden files and awkward inputs -----------------------------------------------------


@pytest.fixture(scope="session")
def golden(request: pytest.FixtureRequest) -> Golden:
    return Golden(bool(request.config.getoption("--regen-golden")))


@pytest.fixture
def unreadable_file(tmp_path: Path) -> Iterator[Path]:
    """A file without read permission (skips where permissions do not bind, e.g. as root)."""
    path = tmp_path / "unreadable.txt"
    path.write_text("A short text of our own that nobody may read.\n", encoding="utf-8")
    path.chmod(0)
    try:
        with path.open("rb"):
            pass
    except PermissionError:
        yield path
    else:
        pytest.skip("file permissions are not enforced for this user (root?)")
    finally:
        path.chmod(0o644)
