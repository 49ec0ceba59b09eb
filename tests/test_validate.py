"""SHACL: the graph kg produces satisfies ontology/shapes.ttl, and a broken one does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from kg.extract import Extractor
from kg.graph.article import article_quads
from kg.graph.validate import validate
from kg.ingest.ingester import sha256_of
from kg.model import ArticleSource, Evidence, Facts, Person, Reference, Role
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.terms import IRI, Literal, Quad, lit
from kg.vocab import KG, RDF
from tests.backends import open_location
from tests.support import Corpus, RunKg, ingest_samples, sample_articles

SMALL_ARTICLE = "004_7f33e2db56b191e3"


def quote_without_speaker(article: str) -> list[Quad]:
    """A quote node complete in every way but its speaker."""
    graph = IRI(article)
    node = IRI(f"{article}/quote/1/5")
    return [
        Quad(node, IRI(RDF.type), IRI(KG.Quote), graph),
        Quad(node, IRI(KG.text), lit("words"), graph),
        Quad(node, IRI(KG.partial), lit(False), graph),
        Quad(node, IRI(KG.span), lit("1-5"), graph),
        Quad(node, IRI(KG.rule), lit("test.hand-made"), graph),
    ]


def only_article(store: KgStore) -> str:
    [article] = [g for g in store.graphs() if g.startswith("https://kg.example/id/article/")]
    return article


@pytest.fixture
def small_store(reference: Reference, extractor: Extractor, empty_store: KgStore) -> KgStore:
    """A store (in memory, or on a fresh server) with the smaller sample article."""
    ingest_samples(
        empty_store, reference, extractor, [a for a in sample_articles() if a.stem == SMALL_ARTICLE]
    )
    return empty_store


def test_the_sample_graph_conforms(corpus: Corpus) -> None:
    report = validate(corpus.store)
    assert report.conforms, report.text
    assert report.violations == 0
    assert report.triples > 1000


def test_kg_validate_passes_on_the_sample_graph(corpus_kg: RunKg) -> None:
    result = corpus_kg("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms: ")


def test_a_quote_without_speaker_fails_validation(small_store: KgStore) -> None:
    article = only_article(small_store)
    assert validate(small_store).conforms, "the store must conform before it is broken"
    small_store.add_quads(quote_without_speaker(article))
    report = validate(small_store)
    assert not report.conforms
    assert report.violations == 1
    assert "speaker" in report.text


def test_validating_one_graph_checks_that_graph(small_store: KgStore) -> None:
    article = only_article(small_store)
    small_store.add_quads(quote_without_speaker(article))
    assert not validate(small_store, article).conforms


@pytest.mark.parametrize(
    ("predicate", "value", "words"),
    [
        (KG.span, lit("3"), "pattern"),
        (KG.span, Literal("3", "http://www.w3.org/2001/XMLSchema#integer"), "datatype"),
        (KG.partial, Literal("maybe"), "datatype"),
    ],
)
def test_a_malformed_value_fails_validation(
    small_store: KgStore, predicate: str, value: Literal, words: str
) -> None:
    article = only_article(small_store)
    quads = [q for q in quote_without_speaker(article) if q.predicate.value != predicate]
    quads.append(Quad(quads[0].subject, IRI(predicate), value, IRI(article)))
    quads.append(
        Quad(
            quads[0].subject,
            IRI(KG.speaker),
            IRI("https://kg.example/id/country/USA"),
            IRI(article),
        )
    )
    small_store.add_quads(quads)
    report = validate(small_store)
    assert not report.conforms
    assert words.lower() in report.text.lower()


def test_kg_validate_fails_on_a_broken_store(
    new_location: Callable[[], Path | str],
    reference: Reference,
    extractor: Extractor,
    run_kg: RunKg,
) -> None:
    path = new_location()
    store = open_location(path, write=True)
    ingest_samples(
        store, reference, extractor, [a for a in sample_articles() if a.stem == SMALL_ARTICLE]
    )
    store.add_quads(quote_without_speaker(only_article(store)))
    store.flush()
    del store
    result = run_kg("validate", store=path)
    assert result.exit_code == 1
    assert "does not conform: 1 violation" in result.stdout
    verbose = run_kg("validate", "-v", store=path)
    assert verbose.exit_code == 1 and "speaker" in verbose.stdout


GENERATED = 300


@pytest.mark.slow
def test_a_clean_ingest_of_a_generated_corpus_validates(
    tmp_path: Path, reference: Reference, run_kg: RunKg
) -> None:
    """Articles that describe the same people differently (roles, titles, parties) still
    make a graph that conforms: nothing one article says is pinned on a shared node."""
    record = Record(reference)
    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(GENERATED):
        text, entry = article(record, 7, index)
        (folder / entry["file"]).write_text(text, encoding="utf-8")
    assert run_kg("ingest", "--jobs", "2", str(folder)).exit_code == 0
    result = run_kg("validate")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("conforms: ")
    assert f"validated {GENERATED}/{GENERATED} articles" in result.stderr
    assert "validated 100/300 articles" in result.stderr


def _article_describing(text: str, role: Role) -> list[Quad]:
    """The graph of an article that names one person holding ``role``."""
    person = Person(name="Ada Example", roles=(role,), mentions=(Evidence.at(0, 11, "test"),))
    source = ArticleSource(
        text=text,
        sha256=sha256_of(text),
        source=f"{len(text)}.txt",
        ingested_at="2026-01-01T00:00:00Z",
    )
    return article_quads(Facts(persons=(person,)), source)


def test_two_articles_may_describe_one_persons_role_differently() -> None:
    store = Store(None)
    store.add_quads(
        _article_describing(
            "Ada Example, the minister, spoke.",
            Role(label="Minister", evidence=Evidence.at(13, 25, "test")),
        )
    )
    store.add_quads(
        _article_describing(
            "Ada Example, a former minister of trade, said nothing.",
            Role(
                label="Minister",
                title="Minister of Trade",
                former=True,
                evidence=Evidence.at(13, 39, "test"),
            ),
        )
    )
    report = validate(store)
    assert report.conforms, report.text
    assert report.articles == 2
