"""Shared fixtures: the sample articles ingested once per session, CLI runners, golden files.

The session store is built through the library (``kg.ingest.ingester.Ingester``) with a fixed
ingest time, so everything derived from it (query answers, the article graphs) is
the same on every run and golden files do not churn. Golden files are rewritten
only with ``pytest --regen-golden``; review the diff before committing it.

With ``KG_TEST_STORE=oxigraph`` every store these fixtures make lives on an
``oxigraph serve`` of its own (tests/backends.py); the tests are the same.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli.main import main
from kg.extract import Extractor
from kg.ingest.ingester import Ingester
from kg.model import Reference
from kg.reference.load import load_reference
from kg.store.backend import KgStore
from kg.store.embedded import Store
from tests.backends import MODE, REMOTE, OxigraphServer, Servers, check_mode, open_location
from tests.support import Corpus, Golden, RunKg, ingest_samples, sample_articles

# The claims-vs-record tests' fixtures (and a shared --regen-golden) live in conftest_record.py.
pytest_plugins = ["tests.conftest_record"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files in tests/golden from the current output "
        "(then review the diff before committing).",
    )


def pytest_configure(config: pytest.Config) -> None:
    check_mode()
    config.addinivalue_line(
        "markers",
        "embedded_only(reason): about the embedded on-disk store itself; skipped when "
        "KG_TEST_STORE=oxigraph runs the suite against a remote store",
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"kg store backend: {MODE} (KG_TEST_STORE)"


_SERVE_ONLY = "kg serve serves an embedded store folder (it refuses a remote store)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In remote mode, skip what only the embedded store has: the tests marked
    embedded_only, and every test of kg serve (tests/server)."""
    server_tests = Path(__file__).parent / "server"
    for item in items:
        if item.path.is_relative_to(server_tests):
            item.add_marker(pytest.mark.embedded_only(_SERVE_ONLY))
        marker = item.get_closest_marker("embedded_only")
        if REMOTE and marker is not None:
            reason = marker.args[0] if marker.args else "about the embedded store"
            item.add_marker(pytest.mark.skip(reason=f"embedded store only: {reason}"))


# --- where stores live ----------------------------------------------------------------


@pytest.fixture(scope="session")
def oxigraph_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The oxigraph servers of a remote-mode session (none are started in embedded mode)."""
    servers = Servers(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield servers
    finally:
        servers.stop_all()


@pytest.fixture
def new_location(tmp_path: Path, oxigraph_servers: Servers) -> Iterator[Callable[[], Path | str]]:
    """``new_location()``: an empty store of this test's own, a folder or a server's URL."""
    servers: list[OxigraphServer] = []
    folders: list[Path] = []

    def make() -> Path | str:
        if REMOTE:
            servers.append(oxigraph_servers.start())
            return servers[-1].url
        folders.append(tmp_path / f"store-{len(folders)}" if folders else tmp_path / "store")
        return folders[-1]

    yield make
    for server in servers:
        oxigraph_servers.stop(server)


@pytest.fixture
def empty_store(new_location: Callable[[], Path | str]) -> KgStore:
    """An empty store: in memory, or (remote mode) on a fresh server."""
    if REMOTE:
        return open_location(new_location())
    return Store(None)


# --- the sample corpus ---------------------------------------------------------------


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture(scope="session")
def extractor(reference: Reference) -> Extractor:
    return Extractor(reference)


@pytest.fixture(scope="session")
def corpus(
    tmp_path_factory: pytest.TempPathFactory,
    reference: Reference,
    extractor: Extractor,
    oxigraph_servers: Servers,
) -> Corpus:
    """Both sample articles in an on-disk store, written once; the library tests read an
    in-memory copy of it.

    The writer is closed before the tests run, and no handle on the folder stays open:
    CLI commands open it the way a user's would, and pyoxigraph leaves a read-only
    view of a store that another handle writes to undefined. In remote mode the store
    is a server of the session's, and the library tests read it through a client.
    """
    articles = sample_articles()
    assert len(articles) == 2, "data/articles should hold the two sample articles"
    if REMOTE:
        url = oxigraph_servers.start().url
        remote = open_location(url)
        ingest_samples(remote, reference, extractor, articles)
        return Corpus(url, remote, {a.stem: a for a in articles})
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
def memory_store(reference: Reference, empty_store: KgStore) -> KgStore:
    """An empty store (in memory, or on a fresh server) with the reference and ontology
    graphs."""
    Ingester(empty_store, reference).ensure_reference()
    return empty_store


# --- the command line ----------------------------------------------------------------


@pytest.fixture
def kg_store(new_location: Callable[[], Path | str]) -> Path | str:
    """A store of this test's own: a folder (created by the first command that opens it),
    or in remote mode a fresh server's URL."""
    return new_location()


def _runner(default_store: Path | str) -> RunKg:
    runner = CliRunner()

    def run(
        *args: str, input: str | bytes | None = None, store: Path | str | None = None
    ) -> Result:
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
def run_kg(kg_store: Path | str) -> RunKg:
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
