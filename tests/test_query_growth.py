"""Queries must not multiply the repeats of the union of all graphs.

Every article graph repeats what it says of shared things (a resolution's symbols, a
vote's voter, a country's type), so a pattern read from the union of all graphs matches
once per article that says it. Two such patterns in one query multiply: the answer stays
the same after DISTINCT, but the solutions before it grow with the square (or a higher
power) of the number of articles, and on a few hundred articles the query ran out of
memory. This test counts the solutions a query produces before DISTINCT on a store of a
few generated articles and on one of three times as many: they may grow with the
articles (about three times), not with their square (about nine times).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from kg.extract import Extractor
from kg.ingest.ingester import Ingester
from kg.model import Reference
from kg.store.embedded import Store
from kg.terms import IRI, Term
from kg.views import profile
from kg.views.queries import bind_parameters, saved_queries
from tests.support import FIXED_NOW

SMALL, LARGE = 8, 24
_MOST_CLAIMED = """
PREFIX kg: <https://kg.example/ontology#>
SELECT ?symbol (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?claim a kg:VoteClaim ; kg:voter <https://kg.example/id/country/USA> ;
                    kg:onResolution ?r }
  GRAPH <https://kg.example/graph/reference> { ?r kg:symbol ?symbol }
} GROUP BY ?symbol ORDER BY DESC(?n) ?symbol LIMIT 1
"""
USA = IRI("https://kg.example/id/country/USA")


def _store(folder: Path, count: int, reference: Reference, extractor: Extractor) -> Store:
    store = Store(folder)
    ingester = Ingester(store, reference, extractor)
    ingester.ensure_reference()
    record = Record(reference)
    for index in range(count):
        text, entry = article(record, 5, index)
        ingester.ingest_text(text, entry["file"], now=FIXED_NOW)
    return store


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, reference: Reference) -> tuple[Store, Store]:
    extractor = Extractor(reference)
    root = tmp_path_factory.mktemp("growth")
    return (
        _store(root / "small", SMALL, reference, extractor),
        _store(root / "large", LARGE, reference, extractor),
    )


def _repeats(store: Store, text: str, bindings: Mapping[str, Term]) -> int:
    """The solutions before DISTINCT."""
    assert store.select(text, bindings).rows, "no answer here: the test would prove nothing"
    return len(store.select(text.replace("SELECT DISTINCT", "SELECT", 1), bindings).rows)


def _check(small: int, large: int, what: str) -> None:
    # Growing with the articles, the solutions triple from SMALL to LARGE articles (give
    # or take what each article says); repeats multiplied across articles grow ninefold.
    # (Plus a few solutions: a query that few articles answer varies more than that.)
    assert large <= 1.6 * (LARGE / SMALL) * small + 30, (
        f"{what}: {small} solutions before DISTINCT on {SMALL} articles, {large} on {LARGE}"
    )


DISTINCT_QUERIES = sorted(
    name for name, q in saved_queries().items() if "SELECT DISTINCT" in q.text
)


@pytest.mark.parametrize("name", DISTINCT_QUERIES)
def test_a_saved_query_does_not_multiply_the_repeats(
    stores: tuple[Store, Store], name: str
) -> None:
    query = saved_queries()[name]
    small, large = stores
    # Required parameters only (optional ones left out read the whole graph): the USA,
    # on the resolution whose vote the small store's articles claim most often.
    resolution = small.select(_MOST_CLAIMED).rows[0][0]
    assert resolution is not None
    given = {"country": "USA", "voter": "USA", "resolution": resolution.value}
    values = {p.name: given[p.name] for p in query.params if p.required}
    small_ratio, large_ratio = (
        _repeats(store, query.text, bind_parameters(store, query, values))
        for store in (small, large)
    )
    _check(small_ratio, large_ratio, name)


def test_a_country_profile_does_not_multiply_the_repeats(stores: tuple[Store, Store]) -> None:
    small_ratio, large_ratio = (_repeats(s, profile._CLAIMS, {"actor": USA}) for s in stores)
    _check(small_ratio, large_ratio, "kg actor USA: the claims of its votes")
