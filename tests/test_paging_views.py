"""Pages of long lists and their summaries: a vote's, a resolution's and an actor's.

On a store of generated articles, each list cut into pages gives back the whole list
(no row lost or repeated, page 2 not page 1), each page says the whole list's count,
and each summary counts what the whole list holds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from kg.extract import Extractor
from kg.ingest.ingester import Ingester
from kg.model import Reference
from kg.store.embedded import Store
from kg.views.breakdown import resolution_page
from kg.views.entity import describe_resource, vote_page
from kg.views.profile import find_profiles, profile
from kg.views.statements import Paging
from tests.conftest import _runner
from tests.support import BUSIEST_VOTE, FIXED_NOW, USA

ARTICLES = 30


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, reference: Reference) -> Store:
    folder = tmp_path_factory.mktemp("paging") / "store"
    built = Store(folder)
    ingester = Ingester(built, reference, Extractor(reference))
    ingester.ensure_reference()
    record = Record(reference)
    for index in range(ARTICLES):
        text, entry = article(record, 3, index)
        ingester.ingest_text(text, entry["file"], now=FIXED_NOW)
    return built


@pytest.fixture(scope="module")
def busiest(store: Store) -> tuple[str, str]:
    row = store.select(BUSIEST_VOTE).rows[0]
    assert row[0] is not None and row[1] is not None
    return row[0].value, row[1].value


def _pages(read: object, total: int, size: int) -> list[list[str]]:
    """Every page of a list, by offsets of ``size`` rows (``read(offset)`` gives one)."""
    assert callable(read)
    return [read(offset) for offset in range(0, total, size)]


def test_a_vote_page_pages_its_stances_and_claims(store: Store, busiest: tuple[str, str]) -> None:
    vote = busiest[0]
    whole = vote_page(store, vote)
    assert len(whole.stances) > 4 and len(whole.claims) > 4, "too few rows to page"
    assert whole.stances_paging.total == len(whole.stances)
    first = vote_page(store, vote, 0, 3)
    second = vote_page(store, vote, 3, 3)
    assert len(first.stances) == 3 and len(second.stances) == 3
    assert {s.stance for s in first.stances}.isdisjoint(s.stance for s in second.stances)
    assert first.stances_paging.total == len(whole.stances)
    assert first.stances_paging.next == 3 and second.stances_paging.previous == 0
    assert first.claims_paging.total == len(whole.claims)
    pages = _pages(
        lambda at: [s.stance for s in vote_page(store, vote, at, 3).stances],
        len(whole.stances),
        3,
    )
    flat = [s for page in pages for s in page]
    assert sorted(flat) == sorted(s.stance for s in whole.stances)
    assert len(flat) == len(set(flat))
    claims = _pages(
        lambda at: [c.claim for c in vote_page(store, vote, at, 4).claims], len(whole.claims), 4
    )
    assert sorted(c for page in claims for c in page) == sorted(c.claim for c in whole.claims)
    past = vote_page(store, vote, len(whole.stances) + len(whole.claims), 3)
    assert past.stances == [] and past.stances_paging.total == len(whole.stances)
    assert past.stances_paging.next is None


def test_a_vote_page_sums_up_the_whole_lists(store: Store, busiest: tuple[str, str]) -> None:
    vote = busiest[0]
    whole = vote_page(store, vote)
    page = vote_page(store, vote, 0, 2)
    assert page.stance_summary.counts == dict(Counter(s.polarity for s in whole.stances))
    holders = Counter((s.polarity, s.holder.iri) for s in whole.stances)
    for polarity, top in page.stance_summary.top.items():
        counted = [n for (p, _), n in holders.items() if p == polarity]
        assert [n for _, n in top] == sorted(counted, reverse=True)[: len(top)]
        for holder, n in top:
            assert holders[polarity, holder.iri] == n
            assert holder.label and not holder.label.startswith("http")
    assert page.claim_counts == dict(Counter(c.option for c in whole.claims))
    assert page.verdict_counts() == dict(Counter(c.verdict for c in whole.claims))


def test_a_resolution_page_pages_and_sums_up(store: Store, busiest: tuple[str, str]) -> None:
    res = busiest[1]
    whole = resolution_page(store, res)
    assert len(whole.claims) > 4 and len(whole.tallies) > 2 and len(whole.stances) > 4
    size = 2
    for name in ("claims", "tallies", "stances"):
        rows = getattr(whole, name)
        key = {"claims": "claim", "tallies": "tally", "stances": "stance"}[name]
        pages = _pages(
            lambda at, n=name, k=key: [
                getattr(line, k) for line in getattr(resolution_page(store, res, at, size), n)
            ],
            len(rows),
            size,
        )
        assert pages[0] != pages[1], name
        # A fact read from two places (a tally stated twice) has a line for each.
        keys = {getattr(line, key) for line in rows}
        assert {x for page in pages for x in page} == keys, name
        paging = getattr(resolution_page(store, res, 0, size), f"{name}_paging")
        assert paging.total == len(keys), name
    page = resolution_page(store, res, 0, size)
    assert page.claim_verdicts() == dict(Counter(c.verdict for c in whole.claims))
    verdicts = Counter(
        "no record" if t.agrees is None else ("agrees" if t.agrees else "contradicts")
        for t in whole.tallies
    )
    assert page.tally_verdicts == dict(verdicts)
    claimed: dict[str, set[str]] = {}
    for c in whole.claims:
        claimed.setdefault(c.option, set()).add(c.vote.iri if c.vote else "")
    assert {k: v for k, v in page.claimed_countries().items() if v} == {
        k: len(v) for k, v in claimed.items()
    }
    assert page.stance_summary.counts == dict(Counter(s.polarity for s in whole.stances))


def test_a_country_profile_pages_its_claims_and_sums_them_by_resolution(store: Store) -> None:
    whole = profile(store, USA, "country")
    claims = whole.claimed_votes
    assert len(claims) > 4
    first = profile(store, USA, "country", 0, 3)
    second = profile(store, USA, "country", 3, 3)
    assert len(first.claimed_votes) == 3
    assert {v.claim for v in first.claimed_votes}.isdisjoint(v.claim for v in second.claimed_votes)
    assert first.claims_paging.total == len(claims)
    assert first.recorded_votes == whole.recorded_votes  # the record is short: whole
    counted = Counter((v.resolution, v.option, v.verdict) for v in claims)
    assert {(c.resolution, c.option, c.verdict): c.claims for c in first.claim_counts} == dict(
        counted
    )


def test_a_persons_quotes_and_stances_page(store: Store) -> None:
    speakers = store.select(
        """PREFIX kg: <https://kg.example/ontology#>
        SELECT ?who (COUNT(DISTINCT ?q) AS ?n) WHERE { GRAPH ?g { ?q kg:speaker ?who ;
        a kg:Quote . ?who a kg:Person } } GROUP BY ?who ORDER BY DESC(?n) ?who LIMIT 1"""
    ).rows
    who = speakers[0][0]
    assert who is not None
    whole = profile(store, who.value)
    assert len(whole.quotes) >= 2
    pages = [profile(store, who.value, None, at, 1).quotes for at in range(len(whole.quotes))]
    assert all(len(page) == 1 for page in pages)
    assert sorted(page[0].iri for page in pages) == sorted(q.iri for q in whole.quotes)
    assert profile(store, who.value, None, 0, 1).quotes_paging.total == len(whole.quotes)


def test_describe_resource_passes_the_page_on(store: Store, busiest: tuple[str, str]) -> None:
    page = describe_resource(store, busiest[0], 2, 2)
    assert page.stances_paging == Paging(2, 2, vote_page(store, busiest[0]).stances_paging.total)  # type: ignore[attr-defined]
    assert find_profiles(store, "USA", 1, 2)[0].claims_paging.offset == 1


def test_kg_actor_shows_a_page_and_says_what_follows(tmp_path: Path, reference: Reference) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    record = Record(reference)
    for index in range(12):
        text, entry = article(record, 3, index)
        (articles / entry["file"]).write_text(text, encoding="utf-8")
    run = _runner(tmp_path / "store")
    assert run("ingest", str(articles)).exit_code == 0
    result = run("actor", "USA", "--limit", "2")
    assert result.exit_code == 0, result.stderr
    assert "claimed votes by resolution:" in result.stdout
    assert "(rows 1-2 of " in result.stdout and "more follow: --offset 2" in result.stdout
    later = run("actor", "USA", "--limit", "2", "--offset", "2")
    assert "(rows 3-4 of " in later.stdout
    assert later.stdout != result.stdout
