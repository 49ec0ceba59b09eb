"""The store: writes are atomic per article, a locked store says so, reads are read-only."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import kg.store.embedded
from kg.errors import QuerySyntaxError, StoreError, StoreLockedError, UpdateRefusedError
from kg.extract import Extractor
from kg.ingest.ingester import Ingester
from kg.iri import article_iri
from kg.model import Reference
from kg.store.embedded import Store
from kg.store.sparql_text import is_update
from kg.terms import IRI, Quad, to_nquads
from tests.support import FIXED_NOW, Article, RunKg, one_error_line, sample_articles, source_of

# The remote store's own writes, errors and atomicity are tested in test_remote.py.
pytestmark = pytest.mark.embedded_only(
    "the on-disk pyoxigraph store: its transactions, file lock and damaged folders"
)

BIG, SMALL = "000_7e07d1f34e2d32f7", "004_7f33e2db56b191e3"


def broken_halfway(quads: Iterable[Quad]) -> str:
    """N-Quads that go wrong in the middle: half the lines, one bad line, the rest."""
    lines = to_nquads(quads).splitlines(keepends=True)
    half = len(lines) // 2
    return "".join(
        [*lines[:half], "<https://kg.example/id/s> this is not N-Quads .\n", *lines[half:]]
    )


@pytest.fixture
def articles() -> dict[str, Article]:
    return {a.stem: a for a in sample_articles()}


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "store")
    yield store
    del store
    gc.collect()


def snapshot(store: Store, graph: str) -> bytes:
    return b"".join(sorted(store.iter_nquads(graph)))


# --- atomic writes ---------------------------------------------------------------------


def test_a_write_that_fails_midway_leaves_no_partial_graph(
    disk_store: Store,
    reference: Reference,
    extractor: Extractor,
    articles: dict[str, Article],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ingester = Ingester(disk_store, reference, extractor)
    ingester.ensure_reference()
    first = ingester.ingest_text(articles[BIG].text, source_of(articles[BIG].path), now=FIXED_NOW)
    before_size, before_graph = len(disk_store), snapshot(disk_store, articles[BIG].graph)

    monkeypatch.setattr(kg.store.embedded, "to_nquads", broken_halfway)
    with pytest.raises(StoreError, match="cannot write"):
        ingester.ingest_text(articles[SMALL].text, source_of(articles[SMALL].path), now=FIXED_NOW)

    assert not disk_store.has_graph(articles[SMALL].graph)
    assert disk_store.graph_size(articles[SMALL].graph) == 0
    assert len(disk_store) == before_size
    assert snapshot(disk_store, first.graph or "") == before_graph


def test_a_replacement_that_fails_midway_keeps_the_old_graph(
    disk_store: Store,
    reference: Reference,
    extractor: Extractor,
    articles: dict[str, Article],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ingester = Ingester(disk_store, reference, extractor)
    ingester.ensure_reference()
    article = articles[SMALL]
    ingester.ingest_text(article.text, source_of(article.path), now=FIXED_NOW)
    before_size, before_graph = len(disk_store), snapshot(disk_store, article.graph)

    monkeypatch.setattr(kg.store.embedded, "to_nquads", broken_halfway)
    with pytest.raises(StoreError, match="cannot write"):
        ingester.ingest_text(article.text, source_of(article.path), force=True)

    assert len(disk_store) == before_size
    assert snapshot(disk_store, article.graph) == before_graph


def test_a_failed_write_is_reported_by_ingest_path_and_nothing_is_kept(
    disk_store: Store,
    reference: Reference,
    extractor: Extractor,
    articles: dict[str, Article],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ingester = Ingester(disk_store, reference, extractor)
    ingester.ensure_reference()
    before = len(disk_store)
    monkeypatch.setattr(kg.store.embedded, "to_nquads", broken_halfway)
    outcome = ingester.ingest_path(articles[SMALL].path)
    assert outcome.status == "failed"
    assert outcome.message and "cannot write" in outcome.message
    assert len(disk_store) == before
    assert not disk_store.has_graph(articles[SMALL].graph)


# A process that replaces an article and dies (os._exit: no clean-up, as kill -9) right
# after its Nth write to pyoxigraph; it writes the old version first if the store is new.
_CRASHING_REPLACEMENT = """
import os, sys
from pathlib import Path
from kg.iri import article_iri
from kg.store.embedded import Store
from kg.terms import IRI, Literal, Quad
from kg.vocab import KG, RDF

WRITES = {"load", "update", "remove_graph", "add", "remove", "extend", "bulk_load", "clear_graph"}

class Crashing:
    def __init__(self, inner, after):
        self.inner, self.after = inner, after
    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if name not in WRITES:
            return attr
        def write(*args, **kwargs):
            result = attr(*args, **kwargs)
            self.after -= 1
            if self.after == 0:
                os._exit(9)
            return result
        return write

def version(sha, words):
    graph = IRI(article_iri(sha))
    return [
        Quad(graph, IRI(RDF.type), IRI(KG.Article), graph),
        Quad(graph, IRI(KG.sourceLocation), Literal("news/a.txt"), graph),
        *(
            Quad(IRI(f"{graph.value}/w{i}"), IRI(KG.text), Literal(w), graph)
            for i, w in enumerate(words)
        ),
    ]

store = Store(Path(sys.argv[1]))
store.put_article("a" * 64, "news/a.txt", version("a" * 64, ["old", "text"]))
store._store = Crashing(store._store, int(sys.argv[2]))
store.put_article("b" * 64, "news/a.txt", version("b" * 64, ["new", "and", "longer", "text"]))
"""


@pytest.mark.parametrize("crash_after", [1, 2, 3])
def test_a_crash_during_a_replacement_leaves_one_version(tmp_path: Path, crash_after: int) -> None:
    """Killed after any of its writes, a replacement leaves the old version or the new
    one, never both (the old version's removal and the new one's write are one
    transaction)."""
    folder = tmp_path / "store"
    run = subprocess.run(
        [sys.executable, "-c", _CRASHING_REPLACEMENT, str(folder), str(crash_after)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode in (0, 9), run.stderr
    store = Store(folder)
    versions = store.article_graphs_from("news/a.txt")
    assert len(versions) == 1, versions
    old = versions[0] == article_iri("a" * 64)
    assert store.graph_size(versions[0]) == (4 if old else 6)
    if crash_after == 1:  # the replacement is the first write after the old version's
        assert not old


# --- locking -------------------------------------------------------------------------------


def test_a_store_in_use_raises_store_locked_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    holder = Store(path)
    with pytest.raises(StoreLockedError) as caught:
        Store(path)
    message = str(caught.value)
    assert str(path) in message and "in use" in message
    assert "\n" not in message
    del holder


def test_a_reader_falls_back_to_a_read_only_view_of_a_locked_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    holder = Store(path)
    reader = Store.open(path, write=False)
    assert reader.read_only
    with pytest.raises(StoreLockedError, match="read-only"):
        reader.add_quads([])
    del holder, reader


def test_kg_ingest_into_a_store_another_process_holds_fails_with_one_line(
    tmp_path: Path, run_kg: RunKg
) -> None:
    path = tmp_path / "held"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from kg.store.embedded import Store; "
            f"s = Store(Path({str(path)!r})); print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        article = sample_articles()[1]
        result = run_kg("ingest", str(article.path), store=path)
        assert result.exit_code == 1
        line = one_error_line(result)
        assert line.startswith("kg: error: ") and "in use by another kg process" in line
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0


# --- reading -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX kg: <https://kg.example/ontology#>\n# a comment\nDELETE WHERE { ?s kg:text ?o }",
        "BASE <http://example.org/> LOAD <http://example.org/data.ttl>",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "create graph <http://g>",
    ],
)
def test_updates_are_refused_and_change_nothing(update: str) -> None:
    store = Store(None)
    store.add_quads([Quad(IRI("http://a"), IRI("http://b"), IRI("http://c"), IRI("http://g"))])
    assert is_update(update)
    with pytest.raises(UpdateRefusedError, match="read-only"):
        store.select(update)
    assert len(store) == 1


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?o }",
        "PREFIX insert: <http://x#> SELECT ?insert WHERE { ?insert insert:p ?o }",
        "# DROP ALL\nASK { ?s ?p ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "DESCRIBE <http://a>",
    ],
)
def test_queries_are_not_mistaken_for_updates(query: str) -> None:
    assert not is_update(query)


def test_a_syntax_error_is_one_line() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        Store(None).select("SELECT * WHERE {")
    assert str(caught.value).startswith("invalid SPARQL: ")
    assert "\n" not in str(caught.value)


def test_a_damaged_store_is_one_line_not_a_traceback(tmp_path: Path, run_kg: RunKg) -> None:
    path = tmp_path / "damaged"
    store = Store(path)
    store.add_quads([Quad(IRI("http://a"), IRI("http://b"), IRI("http://c"), IRI("http://g"))])
    store.flush()
    del store
    gc.collect()
    for table in path.glob("*.sst"):
        table.unlink()
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(path, read_only=True)
    result = run_kg("stats", store=path)
    assert result.exit_code == 1
    assert one_error_line(result).startswith(f"kg: error: cannot open the store at {path}")
