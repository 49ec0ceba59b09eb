"""How a resolution was voted: its record, its official tally, and what articles claim.

``resolution_page(store, iri)`` gathers a resolution's reference facts (symbols,
title, date, body), the official tally and per-country recorded votes of the
reference graph, the tallies articles state (each compared with the official
one), the articles' vote claims (each marked as agreeing with the record,
contradicting it, or having none) and the stances taken on votes on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import UnknownResourceError
from kg.store.backend import KgStore
from kg.views.statements import (
    PREFIXES,
    ClaimLine,
    Link,
    StanceLine,
    article_link,
    rows,
    stance_lines,
    verdict,
)

OPTIONS = ("yes", "no", "abstain", "non-voting")

_FACTS = (
    PREFIXES
    + """
SELECT DISTINCT ?r ?symbol ?draft ?slug ?description ?title ?date ?adopted ?sponsor ?body ?bodyName
WHERE {
  # One row per graph that has the resolution, its facts from that graph: each article
  # repeats the symbols, and over the union of all graphs the repeats multiplied (minutes
  # on a few hundred articles). resolution_page takes each fact from the first row with it.
  GRAPH ?g { ?r a kg:Resolution }
  OPTIONAL { GRAPH ?g { ?r kg:symbol ?symbol } }
  OPTIONAL { GRAPH ?g { ?r kg:draftSymbol ?draft } }
  OPTIONAL { GRAPH ?g { ?r kg:slug ?slug } }
  OPTIONAL { GRAPH ?g { ?r kg:description ?description } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> {
    ?r dcterms:title ?title ; kg:date ?date ; kg:adopted ?adopted ; kg:body ?body .
    ?body schema:name ?bodyName . OPTIONAL { ?r kg:sponsorSummary ?sponsor } } }
}
"""
)
_OFFICIAL = (
    PREFIXES
    + """
SELECT ?r ?yes ?no ?abstain ?nonVoting WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?r kg:voteEvent/kg:tally ?t .
    OPTIONAL { ?t kg:yesCount ?yes } OPTIONAL { ?t kg:noCount ?no }
    OPTIONAL { ?t kg:abstainCount ?abstain } OPTIONAL { ?t kg:nonVotingCount ?nonVoting } }
}
"""
)
_RECORD = (
    PREFIXES
    + """
SELECT ?r ?vote ?country ?name ?option ?confidence WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?vote a kg:RecordedVote ; kg:onResolution ?r ; kg:voter ?country ; kg:option ?o .
    OPTIONAL { ?vote kg:confidence ?confidence }
    ?country schema:name ?name . }
  ?o rdfs:label ?option .
} ORDER BY ?name
"""
)
_TALLIES = (
    PREFIXES
    + """
SELECT ?r ?tally ?yes ?no ?abstain ?sentence ?article ?source WHERE {
  GRAPH ?article { ?tally a kg:Tally ; kg:onResolution ?r ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText .
                   OPTIONAL { ?tally kg:yesCount ?yes } OPTIONAL { ?tally kg:noCount ?no }
                   OPTIONAL { ?tally kg:abstainCount ?abstain } }
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?source
"""
)
_CLAIMS = (
    PREFIXES
    + """
SELECT DISTINCT ?r ?claim ?vote ?voter ?voterName ?option ?recorded ?sentence ?article ?source
WHERE {
  GRAPH ?article { ?claim a kg:VoteClaim ; kg:onResolution ?r ; kg:voter ?voter ; kg:option ?o ;
                          kg:about ?vote ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText . }
  ?o rdfs:label ?option .
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?vote kg:option ?ro }
             ?ro rdfs:label ?recorded }
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?voterName ?source
"""
)


@dataclass
class TallyLine:
    tally: str
    counts: dict[str, int | None]
    sentence: str
    article: Link
    agrees: bool | None  # None when there is no official tally to compare with


@dataclass
class RecordedLine:
    vote: Link  # label: the country's name
    country: str
    option: str
    confidence: str | None


@dataclass
class ResolutionPage:
    iri: str
    symbol: str
    draft_symbol: str | None = None
    title: str | None = None
    description: str | None = None
    date: str | None = None
    adopted: bool | None = None
    sponsor: str | None = None
    body: Link | None = None
    official: dict[str, int] = field(default_factory=dict)  # option -> count
    recorded: list[RecordedLine] = field(default_factory=list)
    tallies: list[TallyLine] = field(default_factory=list)
    claims: list[ClaimLine] = field(default_factory=list)
    stances: list[StanceLine] = field(default_factory=list)

    def recorded_counts(self) -> dict[str, int]:
        """Per-option counts of the recorded per-country votes."""
        counts = dict.fromkeys(OPTIONS, 0)
        for line in self.recorded:
            counts[line.option] = counts.get(line.option, 0) + 1
        return counts


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def resolution_page(store: KgStore, resource: str) -> ResolutionPage:
    facts = rows(store, _FACTS, resource)
    if not facts:
        raise UnknownResourceError(f"no resolution <{resource}>")
    first = {key: next((f[key] for f in facts if f[key] is not None), None) for key in facts[0]}
    page = ResolutionPage(
        resource,
        first["symbol"] or first["draft"] or first["slug"] or resource.rsplit("/", 1)[-1],
        draft_symbol=first["draft"],
        title=first["title"],
        description=first["description"],
        date=first["date"],
        adopted=None if first["adopted"] is None else first["adopted"] == "true",
        sponsor=first["sponsor"],
        body=Link(first["body"], first["bodyName"] or first["body"]) if first["body"] else None,
    )
    for row in rows(store, _OFFICIAL, resource):
        for key, option in (
            ("yes", "yes"),
            ("no", "no"),
            ("abstain", "abstain"),
            ("nonVoting", "non-voting"),
        ):
            if row[key] is not None:
                page.official[option] = int(row[key] or 0)
    for row in rows(store, _RECORD, resource):
        page.recorded.append(
            RecordedLine(
                Link(row["vote"] or "", row["name"] or ""),
                row["country"] or "",
                row["option"] or "",
                row["confidence"],
            )
        )
    for row in rows(store, _TALLIES, resource):
        counts = {"yes": _int(row["yes"]), "no": _int(row["no"]), "abstain": _int(row["abstain"])}
        stated = {k: v for k, v in counts.items() if v is not None}
        agrees = None
        if page.official and stated:
            agrees = all(page.official.get(k) == v for k, v in stated.items())
        page.tallies.append(
            TallyLine(
                row["tally"] or "",
                counts,
                row["sentence"] or "",
                article_link(row["article"], row["source"]),
                agrees,
            )
        )
    for row in rows(store, _CLAIMS, resource):
        option = row["option"] or ""
        voter = row["voterName"] or (row["voter"] or "").rsplit("/", 1)[-1]
        page.claims.append(
            ClaimLine(
                row["claim"] or "",
                option,
                row["sentence"] or "",
                article_link(row["article"], row["source"]),
                verdict(option, row["recorded"]),
                Link(row["vote"] or "", voter),
            )
        )
    page.stances = stance_lines(store, resource, "res")
    return page
