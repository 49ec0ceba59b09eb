"""Everything the graph knows about one actor, for ``kg actor`` and entity pages.

A person or organization is found by name (case- and accent-insensitive; a part
of the name will do); a country by ISO code, name, UN name, demonym, capital or a
government metonym ("Washington", "the Kremlin"). A profile gathers roles, party,
country, quotes with their articles, stances, and, for a country, its recorded
votes next to what articles claim, each claim marked as agreeing with the record,
contradicting it, or having no record.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

from kg import iri
from kg.errors import ParameterError
from kg.graph.identity import canonical_of, joined_to
from kg.iri import REFERENCE_GRAPH
from kg.reference.load import cached_reference
from kg.reference.lookup import country_key, resolve_country
from kg.store.backend import KgStore
from kg.terms import IRI, Term
from kg.views.counts import country_claim_counts
from kg.views.queries import find_actors
from kg.views.statements import Paging, page_of, resolution_symbols, with_recorded
from kg.vocab import KG, OWL, RDFS

# Queries see the union of all graphs, where a triple stored in two graphs (a vote
# node in an article graph and in the reference graph) matches twice: hence DISTINCT,
# with the fact's own node projected so that two facts never merge.
_PREFIXES = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
_KIND = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?type WHERE {
  ?actor a ?type . FILTER(?type IN (kg:Person, kg:Organization, kg:Country))
}
"""
)
_ROLES = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?label ?party ?country ?org ?former ?article WHERE {
  GRAPH ?article { ?actor kg:holds ?role . ?role rdfs:label ?label .
    OPTIONAL { ?role kg:former ?former }
    OPTIONAL { ?role kg:party/schema:name ?party }
    OPTIONAL {
      ?role kg:jurisdiction ?j . GRAPH <https://kg.example/graph/reference> { ?j kg:iso3 ?country }
    }
    # an organization the reference knows is named there, another in the article; two
    # flat OPTIONALs (nested in a third, the names of every organization of the store were
    # read before the join: 2.3 s at 100k articles for a person with two roles)
    OPTIONAL { ?role kg:organization ?o . ?o schema:name ?localOrg }
    OPTIONAL { ?role kg:organization ?known .
      GRAPH <https://kg.example/graph/reference> { ?known schema:name ?knownOrg } } }
  BIND(COALESCE(?localOrg, ?knownOrg) AS ?org)
}
"""
)
# Each article graph repeats what it says of an actor, so everything is read graph by
# graph: patterns on the union of all graphs would multiply those repeats together.
_FACTS = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?name ?party ?country ?alias WHERE {
  GRAPH ?g {
    ?actor schema:name ?name .
    OPTIONAL { ?actor kg:party/schema:name ?party }
    # The code with the link: an OPTIONAL on the code alone would, for an actor with
    # no country, match every country of the reference graph.
    OPTIONAL {
      ?actor kg:country ?c . GRAPH <https://kg.example/graph/reference> { ?c kg:iso3 ?country }
    }
    OPTIONAL { ?actor kg:alias ?alias }
  }
}
"""
)
_QUOTES = (
    _PREFIXES
    + """
SELECT DISTINCT ?q ?actor ?text ?partial ?sentence ?article ?source ?start WHERE {
  GRAPH ?article { ?q a kg:Quote ; kg:speaker ?actor ; kg:text ?text ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText .
                   OPTIONAL { ?q kg:partial ?isPartial } }
  BIND(COALESCE(?isPartial, false) AS ?partial)
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?article ?start
"""
)
_STANCES = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?actor ?polarity ?voter ?cue ?sentence ?article ?source ?start
       ?vote ?res ?quote WHERE {
  GRAPH ?article { ?s a kg:Stance ; kg:holder ?actor ; kg:polarity ?p ; kg:target ?vote ;
                      kg:cue ?cue ; kg:span ?span .
                   ?vote kg:voter ?c .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText . }
  GRAPH <https://kg.example/graph/reference> { ?c kg:iso3 ?voter }
  GRAPH <https://kg.example/graph/ontology> { ?p rdfs:label ?polarityLabel }
  OPTIONAL { GRAPH ?article { ?s kg:basedOnQuote ?quote } }
  # The resolution's symbol is read afterwards (kg.views.statements.resolution_symbols),
  # and so is the vote's recorded option (statements.with_recorded): in an
  # OPTIONAL here, pyoxigraph read every recorded vote of the reference graph before joining.
  OPTIONAL { GRAPH ?article { ?vote kg:onResolution ?res } }
  # The BINDs last: written between the patterns, they cut the group in two, and
  # pyoxigraph read the countries' codes first and the stance once per country (195
  # times; 20 ms a stance at 100k articles instead of 1).
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
  BIND(STR(?polarityLabel) AS ?polarity)
} ORDER BY ?article ?start
"""
)
_RECORD = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?v ?res ?symbol ?option ?confidence ?recordSource ?date WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?v a kg:RecordedVote ; kg:voter ?actor ; kg:onResolution ?res ; kg:option ?o .
    OPTIONAL { ?v kg:confidence ?confidence }
    OPTIONAL { ?v kg:recordSource ?recordSource }
    ?res kg:symbol ?symbol . OPTIONAL { ?res kg:date ?date }
  }
  ?o a kg:VoteOption ; rdfs:label ?label . BIND(STR(?label) AS ?option)
} ORDER BY ?date ?symbol
"""
)
# A claim read from several places has several spans, each with its own sentence.
_CLAIMS = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?c ?vote ?res ?symbol ?option ?sentence ?start ?end ?article
       ?source WHERE {
  GRAPH ?article { ?c a kg:VoteClaim ; kg:voter ?actor ; kg:option ?o ; kg:onResolution ?res ;
                      kg:about ?vote ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText . }
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
  ?o a kg:VoteOption ; rdfs:label ?label .
  OPTIONAL { GRAPH ?article { ?res kg:symbol ?adopted } }
  OPTIONAL { GRAPH ?article { ?res kg:draftSymbol ?draft } }
  OPTIONAL { GRAPH ?article { ?res kg:slug ?slug } }
  # The record's option and symbol are read afterwards, by lookups (_record_of): in
  # OPTIONALs here (owl:sameAs? from the vote) pyoxigraph took 60 ms a claim at 10k.
  BIND(STR(?label) AS ?option)
  BIND(COALESCE(?adopted, ?draft, ?slug) AS ?symbol)
}
"""
)
# The keys of a page of each long list (kg.statements.page_of), from the bound actor.
_QUOTE_KEYS = "?q kg:speaker ?actor . ?q a kg:Quote ."
_STANCE_KEYS = "?s kg:holder ?actor . ?s a kg:Stance ."
_CLAIM_KEYS = "?c kg:voter ?actor . ?c a kg:VoteClaim ."
_COUNTRY = (
    _PREFIXES
    + """
SELECT ?actor ?name ?unName ?iso3 ?capital ?wikidata WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?actor kg:iso3 ?iso3 ; schema:name ?name . OPTIONAL { ?actor kg:unName ?unName }
    OPTIONAL { ?actor kg:capital ?capital } OPTIONAL { ?actor owl:sameAs ?wikidata } }
}
"""
)
# The articles an actor wrote (a byline) or published.
_BYLINES = (
    _PREFIXES
    + """
SELECT DISTINCT ?article ?role ?headline ?date ?source WHERE {
  GRAPH ?article { ?article ?link ?actor ; kg:sourceLocation ?source .
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:datePublished ?date } }
  VALUES (?link ?role) { (schema:author "author") (schema:publisher "publisher") }
}
ORDER BY ?role DESC(?date) ?article
"""
)


@dataclass
class BylineView:
    """An article the actor wrote (``role`` "author") or published ("publisher")."""

    role: str
    headline: str | None
    date: str | None
    source: str
    article: str


@dataclass
class QuoteView:
    text: str
    partial: bool
    sentence: str
    article: str
    source: str
    iri: str = ""


@dataclass
class StanceView:
    polarity: str
    voter: str
    resolution: str | None
    cue: str
    sentence: str
    article: str
    source: str
    vote: str = ""  # the target vote's IRI
    resolution_iri: str | None = None
    quote: str | None = None  # the quote the stance was read from, if any
    recorded: str | None = None  # the target vote's option in the official record


@dataclass
class VoteView:
    resolution: str
    option: str
    source: str  # "record" or the article's source
    article: str | None = None
    sentence: str | None = None
    confidence: str | None = None
    verdict: str | None = None  # agrees / contradicts / no record (claims only)
    recorded: str | None = None  # the record's option, next to a claim
    record_source: str | None = None  # source IDs of a recorded vote (data/reference/SOURCES.md)
    start: int | None = None  # the claim's evidence span in the article's text
    end: int | None = None
    vote: str = ""  # the IRI of the vote (the record's node, which claims are about)
    resolution_iri: str = ""
    claim: str | None = None  # the IRI of an article's claim


@dataclass
class JoinedView:
    """An actor node joined to this one by the actor-links graph (kg.graph.identity)."""

    iri: str
    name: str
    reason: str


@dataclass
class ClaimCount:
    """How often articles claim one option for the country's vote on one resolution."""

    resolution: str  # its symbol
    resolution_iri: str
    option: str
    recorded: str | None  # the record's option for the vote
    verdict: str  # agrees / contradicts / no record
    claims: int


@dataclass
class Profile:
    iri: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    joined: list[JoinedView] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    party: str | None = None
    country: str | None = None
    details: dict[str, str] = field(default_factory=dict)
    quotes: list[QuoteView] = field(default_factory=list)
    stances: list[StanceView] = field(default_factory=list)
    votes: list[VoteView] = field(default_factory=list)
    articles: list[BylineView] = field(default_factory=list)
    # Quotes, stances and claimed votes are long lists at scale: a page of each, and
    # for a country the claims counted by resolution (its summary).
    quotes_paging: Paging = field(default_factory=Paging)
    stances_paging: Paging = field(default_factory=Paging)
    claims_paging: Paging = field(default_factory=Paging)
    claim_counts: list[ClaimCount] = field(default_factory=list)

    @property
    def recorded_votes(self) -> list[VoteView]:
        return [v for v in self.votes if v.source == "record"]

    @property
    def claimed_votes(self) -> list[VoteView]:
        return [v for v in self.votes if v.source != "record"]


def _s(term: Term | None) -> str | None:
    return None if term is None else term.value


def find_profiles(
    store: KgStore, name: str, offset: int = 0, size: int | None = None
) -> list[Profile]:
    """Profiles of every actor matching ``name`` (a country first, if one matches),
    each long list the rows ``offset`` to ``offset + size`` (kg.profile.profile).

    When ``name`` names a country ("Washington", "Russia", "the Kremlin"), other
    actors are added only if ``name`` is their name or one of their reference
    aliases (the Kremlin as an organization), not every actor whose name contains
    it (the Washington Post, a Russian ministry).
    """
    found: list[str] = []
    with contextlib.suppress(ParameterError):
        found.append(iri.country_iri(resolve_country(name)))
    is_country = bool(found)
    named = _organizations_named(name) if is_country else set()
    wanted = country_key(name).removeprefix("the ")
    actors = find_actors(store, name)
    if not actors and _HONORIFIC.match(name):  # "Ms. Rice": the name without the title
        actors = find_actors(store, _HONORIFIC.sub("", name))
    for actor, actor_name in actors:
        if is_country and country_key(actor_name) != wanted and actor not in named:
            continue
        found.append(actor)
    found.extend(sorted(named - set(found)))
    # An actor the actor-links graph joins to another is shown as that one (kg.graph.identity).
    canonical = [a if a.startswith(_COUNTRY_IRI) else canonical_of(store, a) for a in found]
    unique = list(dict.fromkeys(canonical))
    return [
        profile(store, a, "country" if a.startswith(_COUNTRY_IRI) else None, offset, size)
        for a in unique
    ]


_HONORIFIC = re.compile(
    r"^\s*(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|madam|mme|m)\.?\s+(?=\S)", re.IGNORECASE
)


_COUNTRY_IRI = iri.country_iri("")


def _organizations_named(name: str) -> set[str]:
    """Reference organizations that ``name`` names exactly (by name or alias)."""
    key = country_key(name)
    keys = {key, key.removeprefix("the ")}
    return {
        iri.organization_iri(o.name)
        for o in cached_reference().organizations
        if keys & {country_key(alias) for alias in (o.name, *o.aliases)}
    }


def search_actors(store: KgStore, text: str) -> list[tuple[str, str, str]]:
    """(IRI, name, kind) of the actors a search box should offer for ``text``: the
    country it names, if any, then persons and organizations whose name matches."""
    found: list[tuple[str, str, str]] = []
    try:
        iso3 = resolve_country(text)
    except ParameterError:
        iso3 = None
    if iso3 is not None:
        country = iri.country_iri(iso3)
        known = store.value(country, "http://schema.org/name", iri.REFERENCE_GRAPH)
        found.append((country, known.value if known else iso3, "country"))
    for actor, name in find_actors(store, text):
        types = {_s(r["type"]) for r in store.select(_KIND, {"actor": IRI(actor)}).dicts()}
        kind = "person" if "https://kg.example/ontology#Person" in types else "organization"
        found.append((actor, name, kind))
    return found


def profile(
    store: KgStore, actor: str, kind: str | None = None, offset: int = 0, size: int | None = None
) -> Profile:
    """What the graph says of one actor; its quotes, stances and claimed votes are the
    rows ``offset`` to ``offset + size`` of each list (all of them when ``size`` is None),
    with each list's count."""
    term = {"actor": IRI(actor)}
    if kind is None:
        types = {_s(r["type"]) for r in store.select(_KIND, term).dicts()}
        kind = next(
            (
                k
                for k in ("person", "organization", "country")
                if f"https://kg.example/ontology#{k.capitalize()}" in types
            ),
            "actor",
        )
    p = Profile(actor, kind, actor.rsplit("/", 1)[-1])
    p.quotes_paging, p.stances_paging = Paging(offset, size), Paging(offset, size)
    p.claims_paging = Paging(offset, size)
    members = [actor]
    if kind == "country":
        _country(store, p)
    else:
        joined = joined_to(store, actor)
        members += [a for a, _ in joined]
        for member in members:
            _person_or_org(store, p, member)
        for member, reason in joined:
            name = store.value(member, "http://schema.org/name")
            p.joined.append(JoinedView(member, name.value if name else member, reason))
            if name and name.value not in p.aliases and name.value != p.name:
                p.aliases.append(name.value)
        bylines = [r for m in members for r in store.select(_BYLINES, {"actor": IRI(m)}).dicts()]
        for row in bylines:
            p.articles.append(
                BylineView(
                    _s(row["role"]) or "",
                    _s(row["headline"]),
                    _s(row["date"]),
                    _s(row["source"]) or "",
                    _s(row["article"]) or "",
                )
            )
    bound: list[dict[str, Term]] = [{"actor": IRI(m)} for m in members]
    quotes = [
        row
        for _, q in page_of(store, _QUOTE_KEYS, "q", _one(bound), p.quotes_paging)
        for m in members
        for row in store.select(_QUOTES, {"actor": IRI(m), "q": IRI(q)}).dicts()
    ]
    quotes.sort(key=lambda r: (_s(r["article"]) or "", _int(r["start"]) or 0))
    for row in quotes:
        p.quotes.append(
            QuoteView(
                _s(row["text"]) or "",
                _s(row["partial"]) == "true",
                _s(row["sentence"]) or "",
                _s(row["article"]) or "",
                _s(row["source"]) or "",
                iri=_s(row["q"]) or "",
            )
        )
    seen: set[str | None] = set()
    stances = [
        row
        for _, s in page_of(store, _STANCE_KEYS, "s", _one(bound), p.stances_paging)
        for m in members
        for row in store.select(_STANCES, {"actor": IRI(m), "s": IRI(s)}).dicts()
    ]
    stances = with_recorded(store, stances)
    symbols = resolution_symbols(store, (_s(row["res"]) for row in stances))
    stances.sort(key=lambda r: (_s(r["article"]) or "", _int(r["start"]) or 0))
    for row in stances:
        if _s(row["s"]) in seen:  # a stance read from two quotes: listed once
            continue
        seen.add(_s(row["s"]))
        p.stances.append(
            StanceView(
                _s(row["polarity"]) or "",
                _s(row["voter"]) or "",
                symbols.get(_s(row["res"]) or ""),
                _s(row["cue"]) or "",
                _s(row["sentence"]) or "",
                _s(row["article"]) or "",
                _s(row["source"]) or "",
                vote=_s(row["vote"]) or "",
                resolution_iri=_s(row["res"]),
                quote=_s(row["quote"]),
                recorded=_s(row["recorded"]),
            )
        )
    return p


def _person_or_org(store: KgStore, p: Profile, node: str) -> None:
    """What the articles say of ``node`` (the profile's actor, or one joined to it)."""
    term = {"actor": IRI(node)}
    for row in store.select(_FACTS, term).dicts():
        name = _s(row["name"])
        if name and (p.name == p.iri.rsplit("/", 1)[-1] or len(name) > len(p.name)):
            p.name = name
        p.party = p.party or _s(row["party"])
        p.country = p.country or _s(row["country"])
        alias = _s(row["alias"])
        if alias and alias not in p.aliases:
            p.aliases.append(alias)
    for row in store.select(_ROLES, term).dicts():
        label = _s(row["label"]) or ""
        extras = [x for x in (_s(row["org"]), _s(row["country"])) if x and x not in label]
        text = label + (f" ({', '.join(extras)})" if extras else "")
        if _s(row["former"]) == "true" and "former" not in label.lower():
            text = "former " + text
        if text not in p.roles:
            p.roles.append(text)
        p.party = p.party or _s(row["party"])
        p.country = p.country or _s(row["country"])


def _country(store: KgStore, p: Profile) -> None:
    term = {"actor": IRI(p.iri)}
    for row in store.select(_COUNTRY, term).dicts():
        p.name = _s(row["name"]) or p.name
        p.country = _s(row["iso3"])
        for key in ("unName", "capital", "wikidata"):
            value = _s(row[key])
            if value:
                p.details[key] = value
    for row in store.select(_RECORD, term).dicts():
        p.votes.append(
            VoteView(
                _s(row["symbol"]) or "",
                _s(row["option"]) or "",
                "record",
                confidence=_s(row["confidence"]),
                record_source=_s(row["recordSource"]),
                vote=_s(row["v"]) or "",
                resolution_iri=_s(row["res"]) or "",
            )
        )
    recorded_option = {v.vote: v.option for v in p.votes}
    counts = country_claim_counts(store, p.iri)
    symbols = resolution_symbols(store, (res for res, _, _, _ in counts))
    for res, vote, option, n in counts:
        recorded = recorded_option.get(vote)
        p.claim_counts.append(
            ClaimCount(symbols.get(res, res), res, option, recorded, _verdict(option, recorded), n)
        )
    p.claim_counts.sort(key=lambda c: (c.resolution, c.option))
    total = sum(c.claims for c in p.claim_counts)
    claims = [
        row
        for a, c in page_of(store, _CLAIM_KEYS, "c", term, p.claims_paging, total=total)
        for row in store.select(
            _CLAIMS, {"actor": IRI(p.iri), "c": IRI(c), "article": IRI(a)}
        ).dicts()
    ]
    records: dict[str, tuple[str | None, str | None]] = {}
    for row in claims:
        vote = _s(row["vote"]) or ""
        if vote not in records:
            records[vote] = _record_of(store, vote)
    # A page is cut in the order of the keys, then shown in the order of the list.
    claims.sort(key=lambda r: (_symbol(r, records), _s(r["source"]) or "", _int(r["start"]) or 0))
    for row in claims:
        recorded = records[_s(row["vote"]) or ""][1]
        option = _s(row["option"]) or ""
        verdict = _verdict(option, recorded)
        p.votes.append(
            VoteView(
                _symbol(row, records),
                option,
                _s(row["source"]) or "",
                article=_s(row["article"]),
                sentence=_s(row["sentence"]),
                verdict=verdict,
                recorded=recorded,
                start=_int(row["start"]),
                end=_int(row["end"]),
                vote=_s(row["vote"]) or "",
                resolution_iri=_s(row["res"]) or "",
                claim=_s(row["c"]),
            )
        )


def _record_of(store: KgStore, vote: str) -> tuple[str | None, str | None]:
    """What the reference graph says of a claimed vote: the symbol of the vote it is
    linked to (a vote imported after the article was read is linked from the article's
    vote node, owl:sameAs), and the recorded option of the vote or of that one."""
    linked = store.value(vote, OWL.sameAs, REFERENCE_GRAPH)
    symbol = None
    if isinstance(linked, IRI):
        res = store.value(linked.value, KG.onResolution, REFERENCE_GRAPH)
        found = store.value(res.value, KG.symbol, REFERENCE_GRAPH) if res is not None else None
        symbol = found.value if found is not None else None
    for recorded_vote in (vote, linked.value if isinstance(linked, IRI) else None):
        if recorded_vote is None:
            continue
        option = store.value(recorded_vote, KG.option, REFERENCE_GRAPH)
        label = store.value(option.value, RDFS.label) if isinstance(option, IRI) else None
        if label is not None:
            return symbol, label.value
    return symbol, None


def _symbol(row: dict[str, Term | None], records: dict[str, tuple[str | None, str | None]]) -> str:
    """A claim's resolution symbol: the record's, for a vote linked to an imported one."""
    linked = records.get(_s(row["vote"]) or "", (None, None))[0]
    return linked or _s(row["symbol"]) or ""


def _verdict(option: str, recorded: str | None) -> str:
    if recorded is None:
        return "no record"
    return "agrees" if recorded == option else "contradicts"


def _one(bound: list[dict[str, Term]]) -> dict[str, Term] | list[dict[str, Term]]:
    """One actor's bindings as they are (paged in the store), several as a list (merged)."""
    return bound[0] if len(bound) == 1 else bound


def _int(term: Term | None) -> int | None:
    return None if term is None else int(term.value)
