"""Stances and vote claims as lines of a page, each with its evidence and article.

Shared by the entity pages (kg.entity) and the resolution breakdown (kg.breakdown):
the small view types they have in common, ``rows`` (a query with one resource
bound, as plain strings), and the stances on a vote, a quote, an article or a
resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.backend import KgStore
from kg.terms import IRI, Term

PREFIXES = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_STANCES_ON = (
    PREFIXES
    + """
SELECT DISTINCT ?stance ?holder ?holderName ?polarity ?vote ?voter ?voterName ?res ?symbol ?cue
       ?sentence ?quote ?article ?source WHERE {
  GRAPH ?article { ?stance a kg:Stance ; kg:holder ?holder ; kg:polarity ?p ; kg:target ?vote ;
                           kg:cue ?cue ; kg:sentence ?sentence .
                   {pattern}
                   ?vote kg:voter ?voter .
                   ?article kg:sourceLocation ?source .
                   # The target's facts from the stance's own graph: the union of all graphs
                   # repeats them once per article. Required patterns first, OPTIONALs and
                   # BINDs last: in another order pyoxigraph joins without the bindings made.
                   OPTIONAL { ?stance kg:basedOnQuote ?quote }
                   OPTIONAL { ?holder schema:name ?local }
                   OPTIONAL { ?vote kg:onResolution ?res . OPTIONAL { ?res kg:symbol ?adopted }
                              OPTIONAL { ?res kg:slug ?slug } } }
  ?p rdfs:label ?polarity .
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?holder schema:name ?known } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  BIND(COALESCE(?local, ?known) AS ?holderName)
  BIND(COALESCE(?adopted, ?slug) AS ?symbol)
} ORDER BY ?article ?holderName
"""
)


@dataclass
class Link:
    """An IRI with the text to show for it."""

    iri: str
    label: str


@dataclass
class StanceLine:
    stance: str
    holder: Link
    polarity: str
    vote: Link
    cue: str
    sentence: str
    article: Link
    quote: str | None = None


@dataclass
class ClaimLine:
    claim: str
    option: str
    sentence: str
    article: Link
    verdict: str  # agrees / contradicts / no record
    vote: Link | None = None


def rows(store: KgStore, query: str, resource: str, var: str = "r") -> list[dict[str, str | None]]:
    """The answer of ``query`` with ``?var`` bound to the resource, as plain strings."""
    answer = store.select(query, {var: IRI(resource)})
    return [{k: plain(v) for k, v in row.items()} for row in answer.dicts()]


def plain(term: Term | None) -> str | None:
    return None if term is None else term.value


def verdict(option: str, recorded: str | None) -> str:
    if recorded is None:
        return "no record"
    return "agrees" if recorded == option else "contradicts"


def article_link(article: str | None, source: str | None, headline: str | None = None) -> Link:
    return Link(article or "", headline or source or article or "")


# Required patterns that tie a bound variable to the stance (substitution alone
# would not filter a variable that only OPTIONAL patterns use).
_STANCE_TIES = {
    "vote": "",
    "article": "",
    "quote": "?stance kg:basedOnQuote ?quote .",
    "res": "?vote kg:onResolution ?res .",
}


def stance_lines(store: KgStore, resource: str, var: str) -> list[StanceLine]:
    """Stances whose ``?var`` (vote, article, quote or res) is the resource."""
    query = _STANCES_ON.replace("{pattern}", _STANCE_TIES[var])
    lines = []
    for row in rows(store, query, resource, var):
        voter = row["voterName"] or (row["voter"] or "").rsplit("/", 1)[-1]
        target = f"the vote of {voter}" + (f" on {row['symbol']}" if row["symbol"] else "")
        lines.append(
            StanceLine(
                row["stance"] or "",
                Link(row["holder"] or "", row["holderName"] or row["holder"] or ""),
                row["polarity"] or "",
                Link(row["vote"] or "", target),
                row["cue"] or "",
                row["sentence"] or "",
                article_link(row["article"], row["source"]),
                row["quote"],
            )
        )
    return lines
