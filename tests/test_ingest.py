"""Ingesting: the same text again changes nothing, a new version replaces the old one,
and a file that is not usable text fails with a clear message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kg import iri
from kg.errors import InputError, StoreError
from kg.extract import Extractor
from kg.graph import summary
from kg.ingest.ingester import Ingester, collect_files, read_article, sha256_of
from kg.model import Reference
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.vocab import KG, PROV
from tests.support import FIXED_NOW, Article, sample_articles, source_of
from tests.test_summary import _texts, assert_counts_agree

SMALL = "004_7f33e2db56b191e3"


@pytest.fixture
def article() -> Article:
    return next(a for a in sample_articles() if a.stem == SMALL)


@pytest.fixture
def ingester(memory_store: KgStore, reference: Reference, extractor: Extractor) -> Ingester:
    return Ingester(memory_store, reference, extractor)


def test_the_same_article_twice_changes_nothing(ingester: Ingester, article: Article) -> None:
    store = ingester.store
    first = ingester.ingest_text(article.text, source_of(article.path), now=FIXED_NOW)
    size = len(store)
    graph = b"".join(sorted(store.iter_nquads(first.graph)))
    again = ingester.ingest_text(article.text, source_of(article.path))
    assert (first.status, again.status) == ("added", "unchanged")
    assert again.graph == first.graph and again.quads == first.quads
    assert len(store) == size
    assert b"".join(sorted(store.iter_nquads(first.graph))) == graph


def test_ingesting_the_file_twice_changes_nothing(ingester: Ingester, article: Article) -> None:
    first = ingester.ingest_path(article.path)
    size = len(ingester.store)
    second = ingester.ingest_path(article.path)
    assert (first.status, second.status) == ("added", "unchanged")
    assert len(ingester.store) == size


def test_forced_re_extraction_keeps_the_quad_count(ingester: Ingester, article: Article) -> None:
    store = ingester.store
    ingester.ingest_text(article.text, source_of(article.path), now=FIXED_NOW)
    size = len(store)
    later = FIXED_NOW + timedelta(days=1)
    forced = ingester.ingest_text(article.text, source_of(article.path), force=True, now=later)
    assert forced.status == "replaced"
    assert len(store) == size
    stamp = store.value(article.graph, PROV.generatedAtTime, article.graph)
    assert stamp is not None and stamp.value == "2025-03-02T12:00:00Z"


def test_a_changed_text_from_the_same_source_replaces_the_old_graph(
    ingester: Ingester, article: Article
) -> None:
    store = ingester.store
    source = "articles/the-same-file.txt"
    old = ingester.ingest_text(article.text, source, now=FIXED_NOW)
    changed = article.text + "\nA closing paragraph we added for this test.\n"
    new = ingester.ingest_text(changed, source, now=FIXED_NOW)
    assert (old.status, new.status) == ("added", "replaced")
    assert new.graph == iri.article_iri(sha256_of(changed)) != old.graph
    assert not store.has_graph(old.graph or "")
    assert store.has_graph(new.graph or "")
    assert store.article_graphs_from(source) == [new.graph]


def test_the_same_text_from_two_sources_is_one_article(
    ingester: Ingester, article: Article
) -> None:
    first = ingester.ingest_text(article.text, "one.txt", now=FIXED_NOW)
    second = ingester.ingest_text(article.text, "two.txt", now=FIXED_NOW)
    assert second.status == "unchanged" and second.graph == first.graph


def test_ingest_time_is_recorded_in_utc(ingester: Ingester, article: Article) -> None:
    paris = datetime(2025, 3, 1, 13, 0, tzinfo=timezone(timedelta(hours=1)))
    ingester.ingest_text(article.text, "x.txt", now=paris)
    stamp = ingester.store.value(article.graph, PROV.generatedAtTime, article.graph)
    assert stamp is not None and stamp.value == "2025-03-01T12:00:00Z"


def test_reference_and_ontology_graphs_load_once(
    memory_store: KgStore, reference: Reference
) -> None:
    assert memory_store.has_graph(iri.REFERENCE_GRAPH)
    assert memory_store.has_graph(iri.ONTOLOGY_GRAPH)
    size = len(memory_store)
    assert Ingester(memory_store, reference).ensure_reference() is False
    assert len(memory_store) == size
    digest = memory_store.value(iri.REFERENCE_GRAPH, KG.sha256, iri.REFERENCE_GRAPH)
    assert digest is not None and digest.value


# --- reading article files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n", "empty"),
        ("binary.txt", b"PK\x03\x04\x00\x00 a zip, not a text", "binary"),
        ("latin1.txt", "Caf\xe9 cr\xe8me, written in Latin-1.".encode("latin-1"), "not UTF-8"),
        ("bom-only.txt", b"\xef\xbb\xbf", "empty"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "bom-only"],
)
def test_unusable_files_raise_input_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_article(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_file_and_a_folder_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)


def test_an_unreadable_file_raises_input_error(unreadable_file: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_article(unreadable_file)


def test_text_is_normalised_bom_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond line.\rThird.".encode())
    assert read_article(path) == "First line.\nSecond line.\nThird."


def test_folders_expand_to_their_article_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b", encoding="utf-8")
    (tmp_path / "sub" / "c.TXT").write_text("c", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    given = tmp_path / "given.json"
    given.write_text("{}", encoding="utf-8")
    found = list(collect_files([tmp_path / "sub", tmp_path, given]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "sub/b.md",
        "sub/c.TXT",
        "a.txt",
        "sub/b.md",
        "sub/c.TXT",
        "given.json",
    ]


def test_every_outcome_names_its_source(ingester: Ingester, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    outcome = ingester.ingest_path(bad)
    assert outcome.status == "failed" and outcome.source == str(bad)
    assert outcome.message and "binary" in outcome.message


def test_utc_is_the_default_clock(ingester: Ingester, article: Article) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    ingester.ingest_text(article.text, "x.txt")
    stamp = ingester.store.value(article.graph, PROV.generatedAtTime, article.graph)
    assert stamp is not None
    written = datetime.strptime(stamp.value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= written <= datetime.now(UTC)


# --- the summary counts a run remembers (kg.graph.summary.Keeper) ---------------------


def test_counts_known_from_earlier_writes_are_not_read_again(
    reference: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:

    store = Store(None)
    ingester = Ingester(store, reference)
    texts = _texts(reference, 0, 8)
    for text, source in texts[:5]:
        ingester.ingest_text(text, source, now=FIXED_NOW)
    assert ingester._keeper is not None
    known = dict(ingester._keeper.known)
    assert known, "the first writes left nothing known"
    asked: list[str] = []
    read = summary._read_numbers

    def spy(store: KgStore, nodes: list[str]) -> dict[str, int]:
        asked.extend(nodes)
        return read(store, nodes)

    monkeypatch.setattr(summary, "_read_numbers", spy)
    for text, source in texts[5:]:
        ingester.ingest_text(text, source, now=FIXED_NOW)
    assert asked and not set(asked) & set(known)
    assert_counts_agree(store)


def test_a_failed_write_leaves_no_count_known(
    reference: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts an article's write would change are read before it; if the write
    fails, the store is as it was and the next writes read them again."""

    store = Store(None)
    ingester = Ingester(store, reference)
    texts = _texts(reference, 0, 6)
    for text, source in texts[:3]:
        ingester.ingest_text(text, source, now=FIXED_NOW)
    write = Store.write_article

    def failing(self: Store, sha256: str, source: str, nquads: object, also: object) -> None:
        if callable(also):
            also([])  # the counts are read and the update made, then the disk fails
        raise StoreError("cannot write: no space left")

    monkeypatch.setattr(Store, "write_article", failing)
    with pytest.raises(StoreError):
        ingester.ingest_text(*texts[3], now=FIXED_NOW)
    monkeypatch.setattr(Store, "write_article", write)
    for text, source in texts[3:]:
        assert ingester.ingest_text(text, source, now=FIXED_NOW).status == "added"
    assert_counts_agree(store)
