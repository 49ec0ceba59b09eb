"""The article graph: deterministic IRIs, stored as minted, and equal to its golden graph.

The golden graph ``tests/golden/graphs/<stem>.nq`` is one sample article's named graph
ingested at a fixed time; it is compared with ``rdflib.compare.isomorphic`` and a
failure prints the triples on either side of the difference.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import iri
from kg.extract import Extractor
from kg.graph.article import article_quads
from kg.ingest.ingester import sha256_of
from kg.model import ArticleSource, Reference
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.terms import Quad, to_nquads
from tests.support import (
    FIXED_NOW,
    GOLDEN,
    Article,
    Corpus,
    Golden,
    bound,
    ingest_samples,
    sample_articles,
    source_of,
)

GOLDEN_ARTICLE = "004_7f33e2db56b191e3"


def quads_of(article: Article, extractor: Extractor) -> list[Quad]:
    source = ArticleSource(
        text=article.text,
        sha256=sha256_of(article.text),
        source=source_of(article.path),
        ingested_at=FIXED_NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    return article_quads(extractor.extract(article.text), source)


def sorted_nquads(store: KgStore, graph: str) -> bytes:
    return b"".join(sorted(store.iter_nquads(graph)))


def parsed(nquads: str | bytes) -> set[ox.Quad]:
    return set(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


@pytest.mark.parametrize("article", sample_articles(), ids=lambda a: a.stem)
def test_same_text_gives_the_same_quads(article: Article, reference: Reference) -> None:
    first = quads_of(article, Extractor(reference))
    second = quads_of(article, Extractor(reference))
    assert first == second
    assert sorted(to_nquads(first).splitlines()) == sorted(to_nquads(second).splitlines())


@pytest.mark.parametrize("article", sample_articles(), ids=lambda a: a.stem)
def test_the_store_keeps_the_quads_as_minted(
    article: Article, corpus: Corpus, extractor: Extractor
) -> None:
    """Every term comes back from the store as rdf.py wrote it (no datatype rewritten)."""
    minted = parsed(to_nquads(quads_of(article, extractor)))
    stored = parsed(sorted_nquads(corpus.store, article.graph))
    assert stored == minted, (
        f"only minted: {sorted(map(str, minted - stored))[:10]}\n"
        f"only stored: {sorted(map(str, stored - minted))[:10]}"
    )


def test_ingest_order_does_not_change_any_graph(
    corpus: Corpus, reference: Reference, extractor: Extractor
) -> None:
    store = Store(None)
    ingest_samples(store, reference, extractor, list(reversed(sample_articles())))
    assert store.graphs() == corpus.store.graphs()
    for graph in store.graphs():
        assert sorted_nquads(store, graph) == sorted_nquads(corpus.store, graph), graph


def test_each_article_has_its_own_graph_named_by_its_iri(corpus: Corpus) -> None:
    for article in corpus.articles.values():
        assert article.graph == iri.article_iri(sha256_of(article.text))
        assert corpus.store.has_graph(article.graph)
        stored = corpus.store.value(
            article.graph, "https://kg.example/ontology#sha256", article.graph
        )
        assert bound(stored) == sha256_of(article.text)
    assert set(corpus.store.graphs()) == {
        iri.REFERENCE_GRAPH,
        iri.ONTOLOGY_GRAPH,
        iri.SUMMARY_GRAPH,  # the pages' counts (kg.graph.summary)
        *(a.graph for a in corpus.articles.values()),
    }


def test_the_article_graph_records_its_provenance(corpus: Corpus) -> None:
    article = corpus.article(GOLDEN_ARTICLE)
    prov = "http://www.w3.org/ns/prov#"
    generated = corpus.store.value(article.graph, prov + "generatedAtTime", article.graph)
    assert generated is not None and generated.value == "2025-03-01T12:00:00Z"
    source = corpus.store.value(
        article.graph, "https://kg.example/ontology#sourceLocation", article.graph
    )
    assert source is not None and source.value == f"data/articles/{GOLDEN_ARTICLE}.txt"


def _describe(graph: rdflib.Graph) -> list[str]:
    return sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())


def triples_of(nquads: str, graph: str) -> rdflib.Graph:
    """The triples of one named graph of an N-Quads text, as an rdflib Graph."""
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name for q in quads} == {ox.NamedNode(graph)}
    result = rdflib.Graph()
    result.parse(
        data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES), format="nt"
    )
    return result


def test_the_article_graph_is_isomorphic_to_its_golden_graph(
    corpus: Corpus, golden: Golden
) -> None:
    article = corpus.article(GOLDEN_ARTICLE)
    actual_nq = sorted_nquads(corpus.store, article.graph).decode("utf-8")
    expected_nq = golden.text(GOLDEN / "graphs" / f"{GOLDEN_ARTICLE}.nq", actual_nq)
    want, got = triples_of(expected_nq, article.graph), triples_of(actual_nq, article.graph)
    assert len(want) > 0
    if not isomorphic(want, got):
        _, only_golden, only_actual = graph_diff(to_isomorphic(want), to_isomorphic(got))
        lines = [
            "the article graph differs from its golden graph",
            f"only in the golden graph ({len(only_golden)}):",
            *_describe(only_golden)[:40],
            f"only in the article graph ({len(only_actual)}):",
            *_describe(only_actual)[:40],
        ]
        pytest.fail("\n".join(lines), pytrace=False)
