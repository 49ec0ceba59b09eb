"""Dataset statistics: what the store holds (for kg stats, the landing page and VoID)."""

from __future__ import annotations

from kg.store.backend import KgStore

_COUNTS = """
PREFIX kg: <https://kg.example/ontology#>
SELECT
  (COUNT(DISTINCT ?article) AS ?articles)
  (COUNT(DISTINCT ?person) AS ?persons)
  (COUNT(DISTINCT ?org) AS ?organizations)
  (COUNT(DISTINCT ?country) AS ?countries)
  (COUNT(DISTINCT ?quote) AS ?quotes)
  (COUNT(DISTINCT ?stance) AS ?stances)
  (COUNT(DISTINCT ?claim) AS ?vote_claims)
  (COUNT(DISTINCT ?tally) AS ?tallies)
WHERE {
  GRAPH ?article { ?article a kg:Article .
    { ?person a kg:Person } UNION { ?org a kg:Organization } UNION
    { ?article <http://schema.org/mentions> ?country . ?country a kg:Country } UNION
    { ?quote a kg:Quote } UNION { ?stance a kg:Stance } UNION { ?claim a kg:VoteClaim } UNION
    { ?tally a kg:Tally } UNION { BIND(1 AS ?one) } }
}
"""
_RECORD = """
PREFIX kg: <https://kg.example/ontology#>
SELECT (COUNT(DISTINCT ?r) AS ?resolutions) (COUNT(DISTINCT ?v) AS ?recorded_votes) WHERE {
  GRAPH <https://kg.example/graph/reference> {
    { ?r a kg:Resolution } UNION { ?v a kg:RecordedVote }
  }
}
"""


def store_statistics(store: KgStore) -> dict[str, int | str]:
    figures: dict[str, int | str] = {
        "store": str(store.path),
        "quads": len(store),
        "graphs": len(store.graphs()),
    }
    for query in (_COUNTS, _RECORD):
        result = store.select(query)
        for name, term in zip(result.variables, result.rows[0], strict=True):
            figures[name] = int(term.value) if term is not None else 0
    return figures
