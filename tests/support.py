"""Helpers the tests share: the sample corpus, golden files, CLI result checks.

Fixtures live in conftest.py; this module holds the plain code they and the tests use.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import rdflib
from click.testing import Result

from kg import iri
from kg.extract import Extractor
from kg.ingest.ingester import Ingester, read_article, sha256_of
from kg.model import Reference
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.terms import Term
from kg.views.queries import SavedQuery
from tests.backends import open_location

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "data" / "articles"
GOLDEN = Path(__file__).resolve().parent / "golden"
FIXED_NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

RunKg = Callable[..., Result]


def source_of(path: Path) -> str:
    """How a sample article's source is recorded: its path in the repository."""
    return path.resolve().relative_to(REPO).as_posix()


@dataclass(frozen=True)
class Article:
    stem: str
    path: Path
    text: str
    graph: str  # the article's IRI, which names its graph


@dataclass(frozen=True)
class Corpus:
    """The sample articles ingested into an on-disk store at ``path``; ``store`` is an
    in-memory copy of it for the tests that use the library directly. In remote mode
    ``path`` is the URL of the server holding them and ``store`` a client of it."""

    path: Path | str
    store: KgStore
    articles: dict[str, Article]

    def article(self, stem: str) -> Article:
        return self.articles[stem]

    def on_disk(self) -> KgStore:
        """A read-only view of the on-disk store itself (drop it before a CLI command runs),
        or in remote mode another client of the server."""
        return open_location(self.path)


def sample_articles() -> list[Article]:
    articles = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = read_article(path)
        articles.append(Article(path.stem, path, text, iri.article_iri(sha256_of(text))))
    return articles


def ingest_samples(
    store: KgStore, reference: Reference, extractor: Extractor, articles: Sequence[Article]
) -> None:
    """Ingest articles as the session corpus does: repository paths, fixed ingest time."""
    ingester = Ingester(store, reference, extractor)
    ingester.ensure_reference()
    for article in articles:
        outcome = ingester.ingest_text(article.text, source_of(article.path), now=FIXED_NOW)
        assert outcome.status == "added", outcome


def one_error_line(result: Result) -> str:
    """The single diagnostic line a failed command printed on stderr."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    return lines[0]


class Golden:
    """Reads golden files, or (with --regen-golden) rewrites them from the current output."""

    def __init__(self, regenerate: bool) -> None:
        self.regenerate = regenerate

    def text(self, path: Path, actual: str) -> str:
        """The golden text at ``path``; with --regen-golden, ``actual`` is written first."""
        if self.regenerate:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        if not path.exists():
            pytest.fail(
                f"no golden file {path.relative_to(REPO)}: run pytest --regen-golden "
                "and review what it writes",
                pytrace=False,
            )
        return path.read_text(encoding="utf-8")

    def json(self, path: Path, actual: object) -> object:
        text = json.dumps(actual, ensure_ascii=False, indent=1) + "\n"
        return json.loads(self.text(path, text))


# rdflib 7.5 / 7.6 warn about their own internal use of the deprecated Dataset API
# (Dataset.default_context, Dataset.identifier, ConjunctiveGraph) whenever a Dataset
# parses anything: RDFLib/rdflib#3475. Only those warnings, raised from rdflib's own
# code, are let through by ``load_dataset``; any other warning still fails the test.
_RDFLIB_SELF_DEPRECATION = re.compile(r"^(Dataset\.\w+|ConjunctiveGraph) is deprecated")


def _rdflib_self_deprecation(caught: warnings.WarningMessage) -> bool:
    return (
        issubclass(caught.category, DeprecationWarning)
        and _RDFLIB_SELF_DEPRECATION.match(str(caught.message)) is not None
        and "rdflib" in Path(caught.filename).parts
    )


def load_dataset(data: bytes | str, rdflib_format: str) -> tuple[int, set[str]]:
    """Parse ``data`` into a fresh rdflib Dataset: (number of triples, graph names).

    Triples in the default graph count too; its name is reported as "".
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=rdflib_format)
        sizes = {
            (
                "" if g.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
            ): len(g)
            for g in dataset.graphs()
        }
    for warning in caught:
        if not _rdflib_self_deprecation(warning):
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return sum(sizes.values()), {name for name, size in sizes.items() if size}


def query_columns(query: SavedQuery) -> tuple[str, ...]:
    """The variables a saved SELECT query answers with, as the query engine sees them."""
    return Store(None).select(query.text).variables


def bound(term: Term | None) -> str:
    """The value of a term a test expects bound (the test fails if it is unbound)."""
    assert term is not None, "an unbound value"
    return term.value


USA = "https://kg.example/id/country/USA"
# The vote and the resolution with the most stances on them.
BUSIEST_VOTE = """
PREFIX kg: <https://kg.example/ontology#>
SELECT ?vote ?res (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s kg:target ?vote . ?vote kg:onResolution ?res }
} GROUP BY ?vote ?res ORDER BY DESC(?n) ?vote LIMIT 1
"""
