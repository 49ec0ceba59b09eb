"""Everything the graph says about one resource, gathered for its page.

``describe_resource(store, iri)`` looks at what the resource is and returns a view
made for it: a ``Profile`` (kg.views.profile) for a person, organization or country; a
``QuotePage``, ``VotePage`` or ``ArticlePage`` (kg.views.entity) or a ``ResolutionPage``
(kg.views.breakdown); and for anything else a ``ResourcePage`` of its statements.
Views hold plain strings, so they cross process boundaries and templates alike.
Every query binds the resource as an RDF term; none is built from its text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import UnknownResourceError
from kg.iri import REFERENCE_GRAPH
from kg.store.backend import KgStore
from kg.terms import IRI, Literal
from kg.views.breakdown import resolution_page
from kg.views.counts import vote_claim_counts
from kg.views.profile import profile
from kg.views.queries import run_saved
from kg.views.statements import (
    PREFIXES,
    ClaimLine,
    Link,
    Paging,
    StanceLine,
    StanceSummary,
    article_link,
    page_of,
    plain,
    resolution_symbols,
    rows,
    stance_lines,
    stance_summary,
    verdict,
)
from kg.vocab import KG, SCHEMA

# A display name for any node: its own name, else the reference graph's, else a label.
NAME = """
  OPTIONAL { ?{v} schema:name|kg:symbol|schema:headline ?{v}Own }
  OPTIONAL { ?{v} rdfs:label ?{v}Label }
  BIND(COALESCE(?{v}Own, ?{v}Label) AS ?{v}Name)
"""
_TYPES = PREFIXES + "SELECT DISTINCT ?type ?r WHERE { ?r a ?type }"
# Whether the resource has one type: it stops at the first graph that says so, where
# _TYPES reads every graph's (a country is typed in every article that names it: 52 ms
# for the USA at 100k articles, 3 ms at 10k).
_IS_A = PREFIXES + "ASK { ?r a ?type }"
# The types that choose a view, in the order that decides between them.
_VIEW_TYPES = (
    KG.Country,
    KG.Person,
    KG.Organization,
    KG.Quote,
    KG.Resolution,
    KG.Vote,
    KG.Article,
)
_STATEMENTS = (
    PREFIXES
    + """
SELECT DISTINCT ?r ?p ?o ?g ?oName WHERE {
  GRAPH ?g { ?r ?p ?o }
"""
    + NAME.replace("{v}", "o")
    + "} ORDER BY ?p ?o ?g LIMIT 500"
)
_INCOMING = (
    PREFIXES
    + """
SELECT DISTINCT ?r ?s ?p ?g ?sName WHERE {
  GRAPH ?g { ?s ?p ?r }
"""
    + NAME.replace("{v}", "s")
    + "} ORDER BY ?p ?s LIMIT 500"
)

_QUOTE = (
    PREFIXES
    + """
SELECT ?q ?text ?partial ?sentence ?start ?end ?rule ?speaker ?speakerName ?article ?source
       ?headline WHERE {
  GRAPH ?article { ?q a kg:Quote ; kg:text ?text ; kg:speaker ?speaker ;
                      kg:span ?span ; kg:rule ?rule .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText .
                   OPTIONAL { ?q kg:partial ?isPartial }
                   OPTIONAL { ?article schema:headline ?headline }
                   OPTIONAL { ?speaker schema:name ?local } }
  BIND(COALESCE(?isPartial, false) AS ?partial)
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?speaker schema:name ?known } }
  BIND(COALESCE(?local, ?known) AS ?speakerName)
}
"""
)
_VOTE_RECORD = (
    PREFIXES
    + """
SELECT ?vote ?option ?confidence ?recordSource ?note WHERE {
  GRAPH <https://kg.example/graph/reference> { ?vote kg:option ?o .
    OPTIONAL { ?vote kg:confidence ?confidence } OPTIONAL { ?vote kg:recordSource ?recordSource }
    OPTIONAL { ?vote kg:sourceNote ?note } }
  ?o rdfs:label ?option .
}
"""
)
_VOTE_CLAIMS = (
    PREFIXES
    + """
SELECT DISTINCT ?vote ?claim ?option ?sentence ?article ?source WHERE {
  # One claim of a page (vote_page reads the page's claims first).
  GRAPH ?article { ?claim a kg:VoteClaim ; kg:about ?vote ; kg:option ?o ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText . }
  ?o rdfs:label ?option .
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?article ?option
"""
)
# The claims about a vote: the keys of a page (their counts: kg.views.counts).
_CLAIM_KEYS = "?claim kg:about ?vote . ?claim a kg:VoteClaim ."
_VOTE = (
    PREFIXES
    + """
SELECT DISTINCT ?vote ?voter ?voterName ?res ?symbol WHERE {
  # A vote and its resolution are read graph by graph: every article that names the vote
  # repeats its voter, resolution and symbols, and over the union those repeats multiply.
  # The reference graph's symbol stands in for an article that names only the draft.
  GRAPH ?g { ?vote kg:voter ?voter }
  OPTIONAL { GRAPH ?g { ?vote kg:onResolution ?res } }
  OPTIONAL { GRAPH ?g { ?res kg:symbol ?adopted } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?res kg:symbol ?recordSymbol } }
  OPTIONAL { GRAPH ?g { ?res kg:slug ?slug } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  BIND(COALESCE(?adopted, ?recordSymbol, ?slug) AS ?symbol)
}
# The page shows the first row: one from a graph that names the resolution, if any does.
ORDER BY DESC(BOUND(?res)) DESC(BOUND(?symbol))
"""
)
_ARTICLE = (
    PREFIXES
    + """
SELECT ?article ?source ?headline ?sha256 ?ingested ?version ?text ?date ?url ?language
       ?publisher ?publisherName WHERE {
  GRAPH ?article { ?article a kg:Article ; kg:sourceLocation ?source ; kg:sha256 ?sha256 ;
                            schema:text ?text .
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article prov:generatedAtTime ?ingested }
    OPTIONAL { ?article kg:extractorVersion ?version }
    OPTIONAL { ?article schema:datePublished ?date }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?article schema:inLanguage ?language }
    OPTIONAL { ?article schema:publisher ?publisher . ?publisher schema:name ?publisherName } }
}
"""
)
_ARTICLE_AUTHORS = (
    PREFIXES
    + """
SELECT DISTINCT ?article ?author ?name WHERE {
  GRAPH ?article { ?article schema:author ?author . ?author schema:name ?name }
} ORDER BY ?name ?author
"""
)
_ARTICLE_QUOTES = (
    PREFIXES
    + """
SELECT ?article ?q ?text ?start ?end ?speaker ?speakerName WHERE {
  GRAPH ?article { ?q a kg:Quote ; kg:text ?text ; kg:speaker ?speaker ; kg:span ?span .
                   OPTIONAL { ?speaker schema:name ?local } }
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?speaker schema:name ?known } }
  BIND(COALESCE(?local, ?known) AS ?speakerName)
} ORDER BY ?start
"""
)
_ARTICLE_CLAIMS = (
    PREFIXES
    + """
SELECT DISTINCT ?article ?claim ?vote ?voter ?voterName ?option ?recorded ?symbol ?sentence WHERE {
  GRAPH ?article { ?claim a kg:VoteClaim ; kg:voter ?voter ; kg:option ?o ; kg:about ?vote ;
                          kg:onResolution ?res ; kg:span ?span .
                   ?article schema:text ?articleText . }
  ?o rdfs:label ?option .
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  # The symbols from the claim's own graph (else the record's): the union of all graphs
  # repeats them once per article that names the resolution.
  OPTIONAL { GRAPH ?article { ?res kg:symbol ?adopted } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?res kg:symbol ?recordSymbol } }
  OPTIONAL { GRAPH ?article { ?res kg:slug ?slug } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?vote kg:option ?ro }
             ?ro rdfs:label ?recorded }
  BIND(COALESCE(?adopted, ?recordSymbol, ?slug) AS ?symbol)
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?symbol ?voterName ?option
"""
)


@dataclass
class Statement:
    """One triple of a resource's page: the other end, the property and the graph."""

    predicate: str
    value: str
    is_iri: bool
    label: str
    graph: str


@dataclass
class ResourcePage:
    iri: str
    types: list[str]
    statements: list[Statement] = field(default_factory=list)
    incoming: list[Statement] = field(default_factory=list)


@dataclass
class QuotePage:
    iri: str
    text: str
    partial: bool
    sentence: str
    start: int
    end: int
    rule: str
    speaker: Link
    article: Link
    stances: list[StanceLine] = field(default_factory=list)


@dataclass
class VotePage:
    iri: str
    voter: Link
    resolution: Link | None
    option: str | None = None  # in the official record
    confidence: str | None = None
    record_source: str | None = None
    note: str | None = None
    claims: list[ClaimLine] = field(default_factory=list)
    stances: list[StanceLine] = field(default_factory=list)
    # The claims and stances are long lists at scale: a page of each, and their summary.
    claims_paging: Paging = field(default_factory=Paging)
    stances_paging: Paging = field(default_factory=Paging)
    claim_counts: dict[str, int] = field(default_factory=dict)  # option -> claims
    stance_summary: StanceSummary = field(default_factory=StanceSummary)

    def verdict_counts(self) -> dict[str, int]:
        """The claims counted by their verdict against the record."""
        counts: dict[str, int] = {}
        for option, n in self.claim_counts.items():
            key = verdict(option, self.option)
            counts[key] = counts.get(key, 0) + n
        return counts


@dataclass
class Segment:
    """A piece of article text, marked when it is the evidence of a quote."""

    text: str
    quote: str | None = None
    speaker: str | None = None
    start: int = 0


@dataclass
class ArticlePage:
    iri: str
    source: str
    headline: str | None
    sha256: str
    ingested: str | None
    version: str | None
    date: str | None = None  # of publication
    url: str | None = None
    language: str | None = None
    publisher: Link | None = None
    authors: list[Link] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    quotes: list[tuple[Link, Link, str]] = field(default_factory=list)  # quote, speaker, text
    actors: list[tuple[Link, str, int]] = field(default_factory=list)  # actor, kind, mentions
    claims: list[ClaimLine] = field(default_factory=list)
    stances: list[StanceLine] = field(default_factory=list)


def describe_resource(
    store: KgStore, resource: str, offset: int = 0, size: int | None = None
) -> object:
    """The view of one resource; UnknownResourceError when the graph has none.

    The long lists of a vote, a resolution or an actor (claims, stances, tallies,
    quotes) hold the rows ``offset`` to ``offset + size`` of each (all of them when
    ``size`` is None), with their counts; a page's summary counts the whole list."""
    kind = next(
        (t for t in _VIEW_TYPES if store.ask(_IS_A, {"r": IRI(resource), "type": IRI(t)})), None
    )
    if kind in (KG.Country, KG.Person, KG.Organization):
        name = {KG.Country: "country", KG.Person: "person"}.get(kind, "organization")
        return profile(store, resource, name, offset=offset, size=size)
    if kind == KG.Quote:
        return quote_page(store, resource)
    if kind == KG.Resolution:
        return resolution_page(store, resource, offset=offset, size=size)
    if kind == KG.Vote:
        return vote_page(store, resource, offset=offset, size=size)
    if kind == KG.Article:
        return article_page(store, resource)
    rows = store.select(_TYPES, {"r": IRI(resource)}).rows
    page = resource_page(store, resource, sorted({t for t in (plain(r[0]) for r in rows) if t}))
    if not page.statements and not page.incoming:
        raise UnknownResourceError(f"the graph says nothing about <{resource}>")
    return page


def resource_page(store: KgStore, resource: str, types: list[str]) -> ResourcePage:
    page = ResourcePage(resource, types)
    seen: set[tuple[str, str, str, str]] = set()
    bound = {"r": IRI(resource)}
    for row in store.select(_STATEMENTS, bound).dicts():
        obj, key = (
            row["o"],
            ("out", plain(row["p"]) or "", plain(row["o"]) or "", plain(row["g"]) or ""),
        )
        if key not in seen:
            seen.add(key)
            page.statements.append(
                Statement(
                    key[1], key[2], isinstance(obj, IRI), plain(row["oName"]) or key[2], key[3]
                )
            )
    for row in store.select(_INCOMING, bound).dicts():
        key = ("in", plain(row["p"]) or "", plain(row["s"]) or "", plain(row["g"]) or "")
        if key not in seen:
            seen.add(key)
            page.incoming.append(
                Statement(key[1], key[2], True, plain(row["sName"]) or key[2], key[3])
            )
    return page


def quote_page(store: KgStore, resource: str) -> QuotePage:
    found = rows(store, _QUOTE, resource, "q")
    if not found:
        raise UnknownResourceError(f"no quote <{resource}>")
    row = found[0]
    page = QuotePage(
        resource,
        row["text"] or "",
        row["partial"] == "true",
        row["sentence"] or "",
        int(row["start"] or 0),
        int(row["end"] or 0),
        row["rule"] or "",
        Link(row["speaker"] or "", row["speakerName"] or row["speaker"] or ""),
        article_link(row["article"], row["source"], row["headline"]),
    )
    page.stances = stance_lines(store, resource, "quote")
    return page


def _recorded_vote(store: KgStore, resource: str) -> dict[str, str | None] | None:
    """A vote's voter and resolution as the reference graph has them (one lookup each,
    where reading every article that names the vote took seconds), or None."""
    voter = store.value(resource, str(KG.voter), REFERENCE_GRAPH)
    res = store.value(resource, str(KG.onResolution), REFERENCE_GRAPH)
    if voter is None or res is None:
        return None
    name = store.value(voter.value, str(SCHEMA.name), REFERENCE_GRAPH)
    symbol = resolution_symbols(store, [res.value]).get(res.value)
    return {
        "voter": voter.value,
        "voterName": name.value if name else None,
        "res": res.value,
        "symbol": symbol,
    }


def vote_page(store: KgStore, resource: str, offset: int = 0, size: int | None = None) -> VotePage:
    row = _recorded_vote(store, resource)
    if row is None:
        found = rows(store, _VOTE, resource, "vote")
        if not found:
            raise UnknownResourceError(f"no vote <{resource}>")
        row = found[0]
    voter = Link(row["voter"] or "", row["voterName"] or (row["voter"] or "").rsplit("/", 1)[-1])
    resolution = Link(row["res"], row["symbol"] or row["res"]) if row["res"] else None
    page = VotePage(resource, voter, resolution)
    for rec in rows(store, _VOTE_RECORD, resource, "vote"):
        page.option, page.confidence = rec["option"], rec["confidence"]
        page.record_source, page.note = rec["recordSource"], rec["note"]
    bound = {"vote": IRI(resource)}
    page.claim_counts = vote_claim_counts(store, resource)
    page.claims_paging = Paging(offset, size)
    total = sum(page.claim_counts.values())
    keys = page_of(store, _CLAIM_KEYS, "claim", bound, page.claims_paging, total=total)
    claims = [
        {k: plain(v) for k, v in row.items()}
        for _, key in keys
        for row in store.select(_VOTE_CLAIMS, {"vote": IRI(resource), "claim": IRI(key)}).dicts()
    ]
    # A page is cut in the order of the keys, then shown in the order of the list.
    for claim in sorted(claims, key=lambda c: (c["article"] or "", c["option"] or "")):
        option = claim["option"] or ""
        page.claims.append(
            ClaimLine(
                claim["claim"] or "",
                option,
                claim["sentence"] or "",
                article_link(claim["article"], claim["source"]),
                verdict(option, page.option),
            )
        )
    page.stance_summary = stance_summary(store, resource, "vote")
    page.stances_paging = Paging(offset, size)
    page.stances = stance_lines(store, resource, "vote", page.stances_paging, page.stance_summary)
    return page


def article_page(store: KgStore, resource: str) -> ArticlePage:
    found = rows(store, _ARTICLE, resource, "article")
    if not found:
        raise UnknownResourceError(f"no article <{resource}>")
    row = found[0]
    page = ArticlePage(
        resource,
        row["source"] or "",
        row["headline"],
        row["sha256"] or "",
        row["ingested"],
        row["version"],
        date=row["date"],
        url=row["url"],
        language=row["language"],
        publisher=Link(row["publisher"], row["publisherName"] or row["publisher"])
        if row["publisher"]
        else None,
    )
    authors = rows(store, _ARTICLE_AUTHORS, resource, "article")
    page.authors = [Link(a["author"] or "", a["name"] or "") for a in authors]
    spans = []
    for q in rows(store, _ARTICLE_QUOTES, resource, "article"):
        speaker = Link(q["speaker"] or "", q["speakerName"] or q["speaker"] or "")
        page.quotes.append((Link(q["q"] or "", q["text"] or ""), speaker, q["text"] or ""))
        spans.append((int(q["start"] or 0), int(q["end"] or 0), q["q"] or "", speaker.label))
    page.segments = mark_spans(row["text"] or "", spans)
    result = run_saved(store, "actors-in-article", {"article": resource})
    for actor in result.dicts():
        name = actor["name"] or actor["actor"]
        count = actor["mentions"]
        page.actors.append(
            (
                Link(plain(actor["actor"]) or "", plain(name) or ""),
                plain(actor["kind"]) or "",
                int(count.value) if isinstance(count, Literal) else 0,
            )
        )
    for c in rows(store, _ARTICLE_CLAIMS, resource, "article"):
        option = c["option"] or ""
        label = f"{c['voterName'] or c['voter']} on {c['symbol'] or 'an unnamed resolution'}"
        page.claims.append(
            ClaimLine(
                c["claim"] or "",
                option,
                c["sentence"] or "",
                Link(resource, page.source),
                verdict(option, c["recorded"]),
                Link(c["vote"] or "", label),
            )
        )
    page.stances = stance_lines(store, resource, "article")
    return page


def mark_spans(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` into plain and marked pieces; a span overlapping an earlier one is skipped."""
    segments: list[Segment] = []
    at = 0
    for start, end, quote, speaker in sorted(spans):
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            segments.append(Segment(text[at:start], start=at))
        segments.append(Segment(text[start:end], quote, speaker, start))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:], start=at))
    return segments
