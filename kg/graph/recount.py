"""The summary graph counted anew from the article graphs (kg.graph.summary keeps it as
articles are written): ``kg summaries check`` compares the two, ``kg summaries rebuild``
writes the recount in place of the kept graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import partial
from itertools import islice

from kg import iri
from kg.graph.summary import (
    FORGET,
    SUMMARY_GRAPH,
    Key,
    contributions,
    count_iri,
    graph_quads,
    holder_key,
    marker_quad,
    stance_key,
    summary_quads,
)
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Term, to_nquads
from kg.vocab import KG

_CHUNK = 100_000  # quads written at a time by a rebuild


def article_graphs(store: KgStore) -> list[str]:
    prefix = iri.article_iri("")
    return [g for g in store.graphs() if g.startswith(prefix)]


def recount_by_graph(
    store: KgStore, progress: Callable[[int, int], None] | None = None
) -> Counter[Key]:
    """Every count, read article graph by article graph (``contributions`` of each): the
    definition the kept counts follow, slow (the terms of every graph are read)."""
    total: Counter[Key] = Counter()
    graphs = article_graphs(store)
    for done, graph in enumerate(graphs, 1):
        total.update(contributions(graph_quads(store, graph)))
        if progress is not None and (done % 1000 == 0 or done == len(graphs)):
            progress(done, len(graphs))
    return total


_PREFIX = f"PREFIX kg: <{KG.base}>\n"
# The counts of all articles at once, one query per kind of count, grouped by the store
# on its encoded terms: what ``contributions`` counts, graph by graph. A fact's IRI is
# scoped under its article's, so counting distinct facts over all graphs is the sum of
# the graphs' counts.
_STANCES_BY_VOTE = "?s kg:target ?for ; kg:polarity ?p ."
_STANCES_BY_RESOLUTION = "?s kg:target ?v ; kg:polarity ?p . ?v kg:onResolution ?for ."
_GROUPS = (
    _PREFIX
    + "SELECT ?for ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { {facts} } } GROUP BY ?for ?p"
)
_HOLDERS = (
    _PREFIX
    + "SELECT ?for ?p ?h (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { {facts} ?s kg:holder ?h } }"
    + " GROUP BY ?for ?p ?h"
)
_CLAIMS = (
    _PREFIX
    + """
SELECT ?for ?res ?vote ?o (COUNT(DISTINCT ?c) AS ?n) WHERE {
  GRAPH ?g { ?c a kg:VoteClaim ; kg:about ?vote ; kg:option ?o . {facts} }
} GROUP BY ?for ?res ?vote ?o
"""
)
_CLAIMS_BY = {
    "vote": "BIND(?vote AS ?for)",
    "resolution": "?c kg:onResolution ?for .",
    "voter": "?c kg:voter ?for ; kg:onResolution ?res .",
}
_TALLIES = (
    _PREFIX
    + """
SELECT ?for ?yes ?no ?abstain (COUNT(DISTINCT ?t) AS ?n) WHERE {
  GRAPH ?g { ?t a kg:Tally ; kg:span ?span ; kg:onResolution ?for .
             OPTIONAL { ?t kg:yesCount ?yes } OPTIONAL { ?t kg:noCount ?no }
             OPTIONAL { ?t kg:abstainCount ?abstain } }
} GROUP BY ?for ?yes ?no ?abstain
"""
)


def _values(row: tuple[Term | None, ...]) -> tuple[str | None, ...]:
    return tuple(None if term is None else term.value for term in row)


def recount(store: KgStore, progress: Callable[[int, int], None] | None = None) -> Counter[Key]:
    """Every count of the store, counted over all article graphs at once (a few grouped
    queries, in minutes at 100,000 articles): the counts ``recount_by_graph`` gives."""
    total: Counter[Key] = Counter()
    steps: tuple[Callable[[KgStore, Counter[Key]], None], ...] = (
        *(partial(_stances, facts) for facts in (_STANCES_BY_VOTE, _STANCES_BY_RESOLUTION)),
        *(partial(_claims, kind) for kind in _CLAIMS_BY),
        _tallies,
    )
    for done, step in enumerate(steps, 1):
        step(store, total)
        if progress is not None:
            progress(done, len(steps))
    return total


def _stances(facts: str, store: KgStore, total: Counter[Key]) -> None:
    for row in store.select(_GROUPS.replace("{facts}", facts)).rows:
        resource, polarity, n = _values(row)
        if resource and polarity and n:
            total[stance_key(resource, polarity)] += int(n)
    for row in store.select(_HOLDERS.replace("{facts}", facts)).rows:
        resource, polarity, holder, n = _values(row)
        if resource and polarity and holder and n:
            total[holder_key(stance_key(resource, polarity), holder)] += int(n)


def _claims(kind: str, store: KgStore, total: Counter[Key]) -> None:
    for row in store.select(_CLAIMS.replace("{facts}", _CLAIMS_BY[kind])).rows:
        resource, res, vote, option, n = _values(row)
        if not (resource and vote and option and n):
            continue
        by_option = (KG.countedOption, option)
        if kind == "vote":
            total[(KG.ClaimCount, resource, *by_option)] += int(n)
        elif kind == "resolution":
            total[(KG.ClaimCount, resource, KG.countedVote, vote, *by_option)] += int(n)
        elif res:
            by_vote = (KG.countedResolution, res, KG.countedVote, vote)
            total[(KG.ClaimCount, resource, *by_vote, *by_option)] += int(n)


def _tallies(store: KgStore, total: Counter[Key]) -> None:
    for row in store.select(_TALLIES).rows:
        resource, yes, no, abstain, n = _values(row)
        if not (resource and n):
            continue
        named = ((KG.countedYes, yes), (KG.countedNo, no), (KG.countedAbstain, abstain))
        figures = [part for prop, value in named if value is not None for part in (prop, value)]
        total[(KG.TallyCount, resource, *figures)] += int(n)


def stored_counts(store: KgStore) -> dict[str, int]:
    """The summary graph's counts by node IRI (for checks: compare with ``recount``)."""
    query = f"SELECT ?c ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?c a ?kind ; <{KG.count}> ?n }} }}"
    return {
        c.value: int(n.value)
        for c, n in store.select(query).rows
        if isinstance(c, IRI) and isinstance(n, Literal)
    }


def as_stored(counts: Mapping[Key, int]) -> dict[str, int]:
    """``counts`` by node IRI, zeros left out, as ``stored_counts`` gives them."""
    return {count_iri(key): n for key, n in counts.items() if n > 0}


_SOME = f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}"
_DELETE_SOME = (
    f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ "
    f"{{ SELECT ?s ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }} LIMIT {_CHUNK} }} }}"
)


def _clear(store: KgStore) -> None:
    """Remove the summary graph: on the embedded store its marker first, then its quads a
    chunk at a time (one transaction for millions of quads would hold them all)."""
    update = getattr(store, "update", None)
    if callable(update):
        update(FORGET)
        while store.ask(_SOME):
            update(_DELETE_SOME)
    store.remove_graph(SUMMARY_GRAPH)


def rebuild(store: KgStore, progress: Callable[[int, int], None] | None = None) -> int:
    """Recount the whole store and write its summary graph anew; returns the counts.

    The old summary graph goes first, the marker last: a rebuild that stops midway
    leaves no marker, and the pages count their lists until the next rebuild.
    """
    counts = recount(store, progress)
    _clear(store)
    bulk = getattr(store, "bulk_add", None)
    quads = summary_quads(counts, marker=False)
    while chunk := list(islice(quads, _CHUNK)):
        if callable(bulk):  # the embedded store: its bulk loader, no transaction to hold
            bulk(to_nquads(chunk).encode("utf-8"))
        else:
            store.add_quads(chunk)
    store.add_quads([marker_quad()])
    return sum(1 for n in counts.values() if n > 0)
