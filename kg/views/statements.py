"""Stances and vote claims as lines of a page, each with its evidence and article.

Shared by the entity pages (kg.views.entity) and the resolution breakdown (kg.views.breakdown):
the small view types they have in common, ``rows`` (a query with one resource
bound, as plain strings), and the stances on a vote, a quote, an article or a
resolution.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.store.backend import KgStore
from kg.terms import IRI, Term
from kg.vocab import KG

PREFIXES = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_STANCES_ON = (
    PREFIXES
    + """
SELECT DISTINCT ?stance ?holder ?holderName ?polarity ?vote ?voter ?voterName ?res ?cue
       ?sentence ?quote ?article ?source WHERE {
  GRAPH ?article { ?stance a kg:Stance ; kg:holder ?holder ; kg:polarity ?p ; kg:target ?vote ;
                           kg:cue ?cue ; kg:span ?span .
                   {pattern}
                   ?article kg:sourceLocation ?source ; schema:text ?articleText .
                   # The target's facts from the stance's own graph: the union of all graphs
                   # repeats them once per article. Required patterns first, OPTIONALs and
                   # BINDs last: in another order pyoxigraph joins without the bindings made.
                   # The voter is OPTIONAL (every vote has one) so that a bound vote is
                   # joined from its stances, not from every article that names the vote.
                   OPTIONAL { ?vote kg:voter ?voter }
                   OPTIONAL { ?stance kg:basedOnQuote ?quote }
                   OPTIONAL { ?holder schema:name ?local }
                   # The resolution's symbol is read afterwards (resolution_symbols).
                   OPTIONAL { ?vote kg:onResolution ?res } }
  # The label from the ontology's graph: over the union, pyoxigraph read every
  # article's labels (roles have them) before the join, seconds at 100k articles.
  GRAPH <https://kg.example/graph/ontology> { ?p rdfs:label ?polarity }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?holder schema:name ?known } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  BIND(COALESCE(?local, ?known) AS ?holderName)
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
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


_SYMBOLS = (str(KG.symbol), str(KG.draftSymbol), str(KG.slug))


def resolution_symbols(store: KgStore, resolutions: Iterable[str | None]) -> dict[str, str]:
    """The symbol to show for each resolution: the adopted one, else the draft, else
    the key an article gave a resolution the reference does not have.

    Read by subject, one index lookup per resolution whatever the number of articles
    naming it. In SPARQL, after an OPTIONAL that may leave the resolution unbound,
    pyoxigraph read every article's symbols before joining (at 100k articles, 145 ms
    of a 226 ms profile; nested in that OPTIONAL, minutes). A resolution's IRI is
    minted from its symbol or key, so every graph that has it gives the same symbol.
    """
    found: dict[str, str] = {}
    for res in resolutions:
        if not res or res in found:
            continue
        for predicate in _SYMBOLS:
            term = store.value(res, predicate)
            if term is not None:
                found[res] = term.value
                break
    return found


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
    found = rows(store, query, resource, var)
    symbols = resolution_symbols(store, (row["res"] for row in found))
    lines = []
    for row in found:
        voter = row["voterName"] or (row["voter"] or "").rsplit("/", 1)[-1]
        symbol = symbols.get(row["res"] or "")
        target = f"the vote of {voter}" + (f" on {symbol}" if symbol else "")
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
