"""The summary graph: counts kept as articles are written, equal to a recount at every step.

Articles of the benchmark generator are ingested, replaced (a changed text from the same
source), written again (``--force``) and emptied (replaced by a text with no facts); after
each step the kept counts equal both recounts (graph by graph, and grouped over the whole
store), no count is left at zero, and the pages read from the counts what they count
without them. A store written before the summary graph keeps none (an ingest adds no
partial counts), and its pages count for themselves until a rebuild.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from kg.graph import recount, summary
from kg.ingest.bulk import ingest_files
from kg.ingest.ingester import Ingester
from kg.model import Reference
from kg.sources import Input
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.terms import IRI, Quad
from kg.views import counts, statements
from kg.views.breakdown import resolution_page
from kg.views.entity import vote_page
from kg.views.profile import profile
from tests.backends import open_location
from tests.conftest import _runner
from tests.support import BUSIEST_VOTE, FIXED_NOW, USA, RunKg

_NODES = f"SELECT DISTINCT ?c WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?c a ?kind }} }}"
_EMPTY_NUMBERS = f"""
PREFIX kg: <https://kg.example/ontology#>
SELECT ?same WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{
  ?same kg:countedIn ?group . ?group a kg:StanceCount .
  FILTER NOT EXISTS {{ ?h kg:countedIn ?same }} }}
}}
"""
# Each holder count with the node of its number: one each, the same number.
_NUMBERS = f"""
PREFIX kg: <https://kg.example/ontology#>
SELECT ?h ?n ?m WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{
  ?h a kg:HolderCount ; kg:count ?n . OPTIONAL {{ ?h kg:countedIn ?same . ?same kg:count ?m }} }}
}}
"""


def _texts(reference: Reference, start: int, count: int) -> list[tuple[str, str]]:
    record = Record(reference)
    found = []
    for index in range(start, start + count):
        text, entry = article(record, 3, index)
        found.append((text, entry["file"]))
    return found


def assert_counts_agree(store: KgStore) -> None:
    """The kept counts are the recounts; every node of the graph is a live count."""
    assert summary.is_current(store)
    kept = recount.stored_counts(store)
    assert kept == recount.as_stored(recount.recount(store))
    assert kept == recount.as_stored(recount.recount_by_graph(store))
    assert all(n > 0 for n in kept.values())
    nodes = {row[0].value for row in store.select(_NODES).rows if row[0] is not None}
    assert nodes == set(kept), "a count node without its number"
    numbers = [(h.value, n, m) for h, n, m in store.select(_NUMBERS).rows if h is not None]
    assert numbers and all(n == m for _, n, m in numbers), "a holder count out of its place"
    assert len({h for h, _, _ in numbers}) == len(numbers)
    empty = store.select(_EMPTY_NUMBERS).rows
    assert not empty, "the node of a number no holder count has"


def assert_rebuilt_alike(store: KgStore) -> None:
    """The graph kept through every write is the graph a rebuild writes."""
    kept = set(store.iter_nquads(summary.SUMMARY_GRAPH))
    recount.rebuild(store)
    assert set(store.iter_nquads(summary.SUMMARY_GRAPH)) == kept


def test_contributions_count_each_fact_once_per_count() -> None:
    graph = IRI("https://kg.example/id/article/0")
    vote, res = "https://kg.example/id/vote/r/USA", "https://kg.example/id/resolution/r"
    holder = "https://kg.example/id/person/a"
    crit = "https://kg.example/ontology#criticizes"

    def q(s: str, p: str, o: str) -> Quad:
        return Quad(IRI(s), IRI(p), IRI(o), graph)

    kg = "https://kg.example/ontology#"
    quads = [
        q(vote, kg + "onResolution", res),
        q(graph.value + "/stance/1", kg + "target", vote),
        q(graph.value + "/stance/1", kg + "polarity", crit),
        q(graph.value + "/stance/1", kg + "holder", holder),
        q(graph.value + "/stance/2", kg + "target", vote),
        q(graph.value + "/stance/2", kg + "polarity", crit),
    ]
    found = summary.contributions(quads)
    assert found[summary.stance_key(vote, crit)] == 2
    assert found[summary.stance_key(res, crit)] == 2
    holders = {k: n for k, n in found.items() if k[0] == kg + "HolderCount"}
    assert sorted(holders.values()) == [1, 1]  # one holder, for the vote and the resolution
    assert summary.update_text({}) is None
    assert summary.update_text({summary.stance_key(vote, crit): 0}) is None


def test_ingest_replace_rewrite_and_empty_keep_the_counts(
    memory_store: KgStore, reference: Reference
) -> None:
    store = memory_store
    ingester = Ingester(store, reference)
    texts = _texts(reference, 0, 8)
    for text, source in texts:
        ingester.ingest_text(text, source, now=FIXED_NOW)
    assert_counts_agree(store)
    # The same source with another text: the old graph's counts go, the new one's come.
    _, source = texts[0]
    other, _ = _texts(reference, 20, 1)[0]
    assert ingester.ingest_text(other, source, now=FIXED_NOW).status == "replaced"
    assert_counts_agree(store)
    # The same text written again: nothing counted twice.
    assert ingester.ingest_text(other, source, now=FIXED_NOW, force=True).status == "replaced"
    assert_counts_agree(store)
    # A source whose new text states nothing: its counts are gone, zeros removed.
    _, emptied = texts[1]
    before = recount.stored_counts(store)
    ingester.ingest_text("Nothing of note happened today.", emptied, now=FIXED_NOW)
    assert_counts_agree(store)
    assert len(recount.stored_counts(store)) < len(before)
    assert_rebuilt_alike(store)


def _pages(store: KgStore, vote: str, res: str) -> tuple[object, ...]:
    vp = vote_page(store, vote, 0, 3)
    rp = resolution_page(store, res, 0, 3)
    cp = profile(store, USA, "country", 0, 3)
    return (
        vp.claim_counts,
        vp.stance_summary.counts,
        {p: sorted(n for _, n in top) for p, top in vp.stance_summary.top.items()},
        vp.stances_paging.total,
        sorted(rp.claim_counts),
        rp.tally_verdicts,
        rp.stance_summary.counts,
        {p: sorted(n for _, n in top) for p, top in rp.stance_summary.top.items()},
        sorted((c.resolution, c.option, c.verdict, c.claims) for c in cp.claim_counts),
        cp.claims_paging.total,
    )


def _without_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (statements, counts):
        monkeypatch.setattr(module, "is_current", lambda store: False)


def test_pages_read_from_the_counts_what_they_count(
    memory_store: KgStore, reference: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = memory_store
    ingester = Ingester(store, reference)
    for text, source in _texts(reference, 0, 10):
        ingester.ingest_text(text, source, now=FIXED_NOW)
    row = store.select(BUSIEST_VOTE).rows[0]
    assert row[0] is not None and row[1] is not None
    kept = _pages(store, row[0].value, row[1].value)
    assert kept[1] and kept[4] and kept[8], "too little to compare"
    _without_summary(monkeypatch)
    assert _pages(store, row[0].value, row[1].value) == kept


def test_a_bulk_load_and_later_writes_keep_the_counts(
    new_location: Callable[[], Path | str], reference: Reference
) -> None:
    store = open_location(new_location(), write=True)
    stamp = FIXED_NOW
    first = [Input(text, source) for text, source in _texts(reference, 0, 6)]
    ingest_files(store, first, jobs=2, now=stamp, reference=reference)
    assert_counts_agree(store)
    later = [Input(text, source) for text, source in _texts(reference, 6, 4)]
    changed = Input(_texts(reference, 30, 1)[0][0], first[0].source)
    ingest_files(store, [*later, changed], jobs=2, now=stamp, reference=reference)
    assert_counts_agree(store)
    assert_rebuilt_alike(store)


def test_a_store_without_a_summary_counts_until_rebuilt(
    memory_store: KgStore, reference: Reference
) -> None:
    store = memory_store
    texts = _texts(reference, 0, 6)
    ingester = Ingester(store, reference)
    for text, source in texts[:4]:
        ingester.ingest_text(text, source, now=FIXED_NOW)
    store.remove_graph(summary.SUMMARY_GRAPH)  # as written before kg kept counts
    later = Ingester(store, reference)
    for text, source in texts[4:]:
        later.ingest_text(text, source, now=FIXED_NOW)
    assert not summary.is_current(store) and not store.has_graph(summary.SUMMARY_GRAPH)
    row = store.select(BUSIEST_VOTE).rows[0]
    assert row[0] is not None and row[1] is not None
    counted = _pages(store, row[0].value, row[1].value)
    assert recount.rebuild(store) > 0
    assert_counts_agree(store)
    assert _pages(store, row[0].value, row[1].value) == counted
    for text, source in texts[:4]:  # again, now kept: nothing changes
        later.ingest_text(text, source, now=FIXED_NOW, force=True)
    assert_counts_agree(store)


def test_kg_summaries_rebuild_and_check(tmp_path: Path, reference: Reference) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for text, source in _texts(reference, 0, 4):
        (folder / source).write_text(text, encoding="utf-8")
    run: RunKg = _runner(tmp_path / "store")
    assert run("ingest", str(folder)).exit_code == 0
    checked = run("summaries", "check")
    assert checked.exit_code == 0 and "agree with a recount" in checked.stdout
    rebuilt = run("summaries", "rebuild", "--no-progress")
    assert rebuilt.exit_code == 0 and "summary graph rebuilt" in rebuilt.stderr
    assert run("summaries", "check").exit_code == 0


def test_counts_read_first_write_what_the_update_computes(reference: Reference) -> None:
    """The embedded store reads the counts an article changes and writes them as data;
    a SPARQL server's update computes them from the stored ones: the same graph, write
    after write (new articles, replacements, a rewrite, an emptied source)."""
    stores = [Store(None), Store(None)]
    ingesters = [Ingester(store, reference) for store in stores]
    texts = _texts(reference, 0, 10)
    steps = [
        *texts,
        (_texts(reference, 20, 1)[0][0], texts[0][1]),
        (_texts(reference, 21, 1)[0][0], texts[2][1]),
        (texts[5][0], texts[5][1]),
        ("Nothing of note happened today.", texts[3][1]),
    ]
    for ingester in ingesters:
        ingester.ensure_reference()
    ingesters[1]._keeper = summary.Keeper(stores[1])
    ingesters[1]._keeper.reads = False  # as on a server: no read first
    graphs: list[list[set[bytes]]] = [[], []]
    for which, ingester in enumerate(ingesters):
        for at, (text, source) in enumerate(steps):
            ingester.ingest_text(text, source, now=FIXED_NOW, force=at == 12)
            graphs[which].append(set(stores[which].iter_nquads(summary.SUMMARY_GRAPH)))
    assert graphs[0] == graphs[1]
    for store in stores:
        assert_counts_agree(store)
