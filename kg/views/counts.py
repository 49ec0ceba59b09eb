"""The counts above a page's long lists: a vote's claims by option, a resolution's
claims by vote and option and its stated tallies by figures, a country's claims by
resolution, vote and option.

Read from the summary graph when the store keeps a current one (kg.graph.summary: a
few nodes, whatever the size of the store); else counted here, a pass over the whole
list, as before the summary graph existed. Both give the same numbers (the stance
counts are read the same way, in kg.views.statements.stance_summary).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.graph.summary import is_current
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Term
from kg.views.statements import PREFIXES

_SUMMARY = "<https://kg.example/graph/summary>"

# --- counted over the article graphs ----------------------------------------------------

_VOTE_CLAIMS = (
    PREFIXES
    + """
SELECT ?option ?vote (COUNT(DISTINCT ?claim) AS ?n) WHERE {
  GRAPH ?article { ?claim kg:about ?vote . ?claim a kg:VoteClaim ; kg:option ?o }
  ?o rdfs:label ?option .
} GROUP BY ?option ?vote
"""
)
_RESOLUTION_CLAIMS = (
    PREFIXES
    + """
SELECT ?vote ?option ?r (COUNT(DISTINCT ?claim) AS ?n) WHERE {
  GRAPH ?article { ?claim kg:onResolution ?r . ?claim a kg:VoteClaim ; kg:about ?vote ;
                          kg:option ?o }
  ?o rdfs:label ?option .
} GROUP BY ?r ?vote ?option
"""
)
_TALLIES = (
    PREFIXES
    + """
SELECT ?yes ?no ?abstain ?r (COUNT(DISTINCT ?tally) AS ?n) WHERE {
  GRAPH ?article { ?tally kg:onResolution ?r . ?tally a kg:Tally ; kg:span ?span .
                   OPTIONAL { ?tally kg:yesCount ?yes } OPTIONAL { ?tally kg:noCount ?no }
                   OPTIONAL { ?tally kg:abstainCount ?abstain } }
} GROUP BY ?r ?yes ?no ?abstain
"""
)
# A country's claimed votes (the vote is the record's node, so its recorded option
# gives the verdict).
_COUNTRY_CLAIMS = (
    PREFIXES
    + """
SELECT ?res ?vote ?option ?actor (COUNT(DISTINCT ?c) AS ?n) WHERE {
  GRAPH ?article { ?c kg:voter ?actor . ?c a kg:VoteClaim ; kg:onResolution ?res ;
                      kg:about ?vote ; kg:option ?o }
  ?o a kg:VoteOption ; rdfs:label ?label . BIND(STR(?label) AS ?option)
} GROUP BY ?actor ?res ?vote ?option
"""
)

# --- kept in the summary graph ----------------------------------------------------------
# Each query projects the bound resource: pyoxigraph then joins from it.

_KEPT_VOTE_CLAIMS = (
    PREFIXES
    + f"""
SELECT ?c ?o ?n ?vote WHERE {{
  GRAPH {_SUMMARY} {{ ?c kg:countedFor ?vote . ?c a kg:ClaimCount ; kg:countedOption ?o ;
                                                kg:count ?n }}
}}
"""
)
_KEPT_RESOLUTION_CLAIMS = (
    PREFIXES
    + f"""
SELECT ?c ?vote ?o ?n ?r WHERE {{
  GRAPH {_SUMMARY} {{ ?c kg:countedFor ?r . ?c a kg:ClaimCount ; kg:countedVote ?vote ;
                                            kg:countedOption ?o ; kg:count ?n }}
}}
"""
)
_KEPT_TALLIES = (
    PREFIXES
    + f"""
SELECT ?c ?yes ?no ?abstain ?n ?r WHERE {{
  GRAPH {_SUMMARY} {{ ?c kg:countedFor ?r . ?c a kg:TallyCount ; kg:count ?n .
                     OPTIONAL {{ ?c kg:countedYes ?yes }} OPTIONAL {{ ?c kg:countedNo ?no }}
                     OPTIONAL {{ ?c kg:countedAbstain ?abstain }} }}
}}
"""
)
_KEPT_COUNTRY_CLAIMS = (
    PREFIXES
    + f"""
SELECT ?c ?res ?vote ?o ?n ?actor WHERE {{
  GRAPH {_SUMMARY} {{ ?c kg:countedFor ?actor . ?c a kg:ClaimCount ;
                        kg:countedResolution ?res ; kg:countedVote ?vote ;
                        kg:countedOption ?o ; kg:count ?n }}
}}
"""
)
# An option's labels, as the counting queries join them (``?o rdfs:label ?option`` over
# all graphs; a country's, of a kg:VoteOption): read per option, a few lookups, where a
# join over all graphs read every role's label first.
_LABELS = PREFIXES + "SELECT DISTINCT ?label ?o WHERE { ?o rdfs:label ?label }"
_OPTION_LABELS = (
    PREFIXES + "SELECT DISTINCT ?label ?o WHERE { ?o a kg:VoteOption ; rdfs:label ?label }"
)


def _labelled(
    store: KgStore, rows: Sequence[tuple[Term | None, ...]], at: int, query: str = _LABELS
) -> list[tuple[Term | None, ...]]:
    """``rows`` with the option at ``at`` replaced by each of its labels (as plain
    literals: the counting queries' labels are compared by their text)."""
    labels: dict[str, list[Term]] = {}
    found: list[tuple[Term | None, ...]] = []
    for row in rows:
        option = row[at]
        if not isinstance(option, IRI):
            continue
        if option.value not in labels:
            labels[option.value] = [
                Literal(label.value)
                for label, _ in store.select(query, {"o": option}).rows
                if label is not None
            ]
        found.extend((*row[:at], label, *row[at + 1 :]) for label in labels[option.value])
    return found


def _int(term: Term | None) -> int:
    return int(term.value) if isinstance(term, Literal) else 0


def _figure(term: Term | None) -> int | None:
    return int(term.value) if isinstance(term, Literal) else None


def _add(counts: dict[tuple[str, ...], int], key: tuple[str, ...], n: int) -> None:
    counts[key] = counts.get(key, 0) + n


def vote_claim_counts(store: KgStore, vote: str) -> dict[str, int]:
    """The claims about a vote, counted by option (its label)."""
    bound = {"vote": IRI(vote)}
    counts: dict[tuple[str, ...], int] = {}
    if is_current(store):
        kept = _labelled(store, store.select(_KEPT_VOTE_CLAIMS, bound).rows, 1)
        for _, label, n, _ in kept:
            if label is not None:
                _add(counts, (label.value,), _int(n))
    else:
        for label, _, n in store.select(_VOTE_CLAIMS, bound).rows:
            if label is not None:
                _add(counts, (label.value,), _int(n))
    return {key[0]: n for key, n in counts.items()}


def resolution_claim_counts(store: KgStore, res: str) -> list[tuple[str, str, int]]:
    """The claims on a resolution, counted by vote and option: (vote, option, n)."""
    bound = {"r": IRI(res)}
    counts: dict[tuple[str, ...], int] = {}
    if is_current(store):
        kept = store.select(_KEPT_RESOLUTION_CLAIMS, bound).rows
        rows = [row[1:4] for row in _labelled(store, kept, 2)]
    else:
        rows = [(*row[:2], row[3]) for row in store.select(_RESOLUTION_CLAIMS, bound).rows]
    for vote, label, n in rows:
        if isinstance(vote, IRI) and label is not None:
            _add(counts, (vote.value, label.value), _int(n))
    return [(vote, option, n) for (vote, option), n in counts.items()]


def tally_counts(store: KgStore, res: str) -> list[tuple[int | None, int | None, int | None, int]]:
    """The tallies stated for a resolution, counted by their figures: (yes, no,
    abstain, n), a figure None where the tallies give none."""
    bound = {"r": IRI(res)}
    if is_current(store):
        rows = [row[1:5] for row in store.select(_KEPT_TALLIES, bound).rows]
    else:
        rows = [(*row[:3], row[4]) for row in store.select(_TALLIES, bound).rows]
    return [(_figure(yes), _figure(no), _figure(abstain), _int(n)) for yes, no, abstain, n in rows]


def country_claim_counts(store: KgStore, actor: str) -> list[tuple[str, str, str, int]]:
    """A country's claimed votes, counted by resolution, vote and option: (resolution,
    vote, option, n)."""
    bound = {"actor": IRI(actor)}
    counts: dict[tuple[str, ...], int] = {}
    if is_current(store):
        kept = store.select(_KEPT_COUNTRY_CLAIMS, bound).rows
        rows = [row[1:5] for row in _labelled(store, kept, 3, _OPTION_LABELS)]
    else:
        rows = [(*row[:3], row[4]) for row in store.select(_COUNTRY_CLAIMS, bound).rows]
    for res, vote, label, n in rows:
        if isinstance(res, IRI) and isinstance(vote, IRI) and label is not None:
            _add(counts, (res.value, vote.value, label.value), _int(n))
    return [(res, vote, option, n) for (res, vote, option), n in counts.items()]
