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
from kg.iri import REFERENCE_GRAPH
from kg.store.backend import KgStore
from kg.terms import IRI
from kg.views.counts import resolution_claim_counts, tally_counts
from kg.views.statements import (
    PREFIXES,
    ClaimLine,
    Link,
    Paging,
    StanceLine,
    StanceSummary,
    article_link,
    page_of,
    rows,
    stance_lines,
    stance_summary,
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
  # One tally of a page (resolution_page reads the page's tallies first).
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
  # One claim of a page (resolution_page reads the page's claims first).
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

# The keys of a page of each long list (kg.statements.page_of), from the bound resolution.
# (A span: a tally an article states, not the record's.)
_TALLY_KEYS = "?tally kg:onResolution ?r . ?tally a kg:Tally ; kg:span ?span ."
_CLAIM_KEYS = "?claim kg:onResolution ?r . ?claim a kg:VoteClaim ."


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
    # Tallies, claims and stances are long lists at scale: a page of each, and their
    # summaries over the whole lists.
    tallies_paging: Paging = field(default_factory=Paging)
    claims_paging: Paging = field(default_factory=Paging)
    stances_paging: Paging = field(default_factory=Paging)
    tally_verdicts: dict[str, int] = field(default_factory=dict)  # verdict -> tallies
    claim_counts: list[tuple[str, str, int]] = field(default_factory=list)  # vote, option, n
    stance_summary: StanceSummary = field(default_factory=StanceSummary)

    def claim_verdicts(self) -> dict[str, int]:
        """The claims counted by their verdict against the recorded votes."""
        recorded = {line.vote.iri: line.option for line in self.recorded}
        counts: dict[str, int] = {}
        for vote, option, n in self.claim_counts:
            key = verdict(option, recorded.get(vote))
            counts[key] = counts.get(key, 0) + n
        return counts

    def claimed_countries(self) -> dict[str, int]:
        """Per option, the countries some article claims voted so."""
        votes: dict[str, set[str]] = {option: set() for option in OPTIONS}
        for vote, option, _ in self.claim_counts:
            votes.setdefault(option, set()).add(vote)
        return {option: len(found) for option, found in votes.items()}

    def recorded_counts(self) -> dict[str, int]:
        """Per-option counts of the recorded per-country votes."""
        counts = dict.fromkeys(OPTIONS, 0)
        for line in self.recorded:
            counts[line.option] = counts.get(line.option, 0) + 1
        return counts


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def _agrees(official: dict[str, int], counts: dict[str, int | None]) -> bool | None:
    """Whether a stated tally agrees with the official one (None: nothing to compare)."""
    stated = {k: v for k, v in counts.items() if v is not None}
    if not official or not stated:
        return None
    return all(official.get(k) == v for k, v in stated.items())


def resolution_page(
    store: KgStore, resource: str, offset: int = 0, size: int | None = None
) -> ResolutionPage:
    """A resolution's page; its tallies, claims and stances are the rows ``offset`` to
    ``offset + size`` of each list (all when ``size`` is None), beside their summaries."""
    # The reference graph alone when it has the resolution: every graph that names it
    # would be read otherwise (122 ms at 10k for the resolution most articles are about).
    facts = rows(store, _FACTS.replace("GRAPH ?g {", f"GRAPH <{REFERENCE_GRAPH}> {{"), resource)
    if not facts:  # a resolution the reference does not know: the articles that name it
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
    bound = {"r": IRI(resource)}
    for yes, no, abstain, n in tally_counts(store, resource):
        agrees = _agrees(page.official, {"yes": yes, "no": no, "abstain": abstain})
        key = "no record" if agrees is None else ("agrees" if agrees else "contradicts")
        page.tally_verdicts[key] = page.tally_verdicts.get(key, 0) + n
    page.tallies_paging = Paging(offset, size)
    total = sum(page.tally_verdicts.values())
    keys = page_of(store, _TALLY_KEYS, "tally", bound, page.tallies_paging, total=total)
    # Each page is cut in the order of the keys, then shown in the order of the list.
    tallies = [row for _, tally in keys for row in rows(store, _TALLIES, tally, "tally")]
    for row in sorted(tallies, key=lambda row: row["source"] or ""):
        counts = {"yes": _int(row["yes"]), "no": _int(row["no"]), "abstain": _int(row["abstain"])}
        page.tallies.append(
            TallyLine(
                row["tally"] or "",
                counts,
                row["sentence"] or "",
                article_link(row["article"], row["source"]),
                _agrees(page.official, counts),
            )
        )
    page.claim_counts = resolution_claim_counts(store, resource)
    page.claims_paging = Paging(offset, size)
    total = sum(n for _, _, n in page.claim_counts)
    keys = page_of(store, _CLAIM_KEYS, "claim", bound, page.claims_paging, total=total)
    claims = [row for _, claim in keys for row in rows(store, _CLAIMS, claim, "claim")]
    for row in sorted(claims, key=lambda row: (row["voterName"] or "", row["source"] or "")):
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
    page.stance_summary = stance_summary(store, resource, "res")
    page.stances_paging = Paging(offset, size)
    page.stances = stance_lines(store, resource, "res", page.stances_paging, page.stance_summary)
    return page
