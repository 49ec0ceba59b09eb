"""Reference data in, quads of the reference graph out.

The reference graph holds what is known independently of any article: every UN
member and observer State (ISO codes, names, capital, ``owl:sameAs`` its Wikidata
entity), the organizations and parties of data/reference, the resolutions with
their vote events and official tallies, and the recorded per-country votes in the
shape of Popolo (VoteEvent / Vote / Count), each with its sources and confidence.
Votes the sources leave unknown are not asserted.
"""

from __future__ import annotations

from kg import iri, names
from kg.model import (
    CountryRecord,
    GroupRecord,
    OrganizationRecord,
    PartyRecord,
    RecordedVote,
    Reference,
    ResolutionRecord,
)
from kg.terms import IRI, Literal, Quad, lit, nonneg
from kg.vocab import DCTERMS, KG, OPENGOV, OWL, RDF, RDFS, SCHEMA, WIKIDATA_ENTITY, XSD

BODY_NAMES = {
    "UNGA": "UN General Assembly",
    "UNSC": "UN Security Council",
    "HRC": "UN Human Rights Council",
}


class _Graph:
    def __init__(self, graph: str) -> None:
        self.graph = IRI(graph)
        self.quads: list[Quad] = []

    def add(self, s: str, p: str, o: IRI | Literal | None) -> None:
        if o is not None:
            self.quads.append(Quad(IRI(s), IRI(p), o, self.graph))

    def link(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self.add(s, p, IRI(o))


def reference_quads(reference: Reference) -> list[Quad]:
    """All quads of the reference graph."""
    g = _Graph(iri.REFERENCE_GRAPH)
    g.add(iri.REFERENCE_GRAPH, KG.sha256, lit(reference.digest))
    g.add(iri.REFERENCE_GRAPH, RDFS.label, lit("kg reference data"))
    aliases: dict[str, list[str]] = {}
    for alias in reference.aliases:
        if alias.kind in ("name", "code", "un-name"):
            aliases.setdefault(alias.iso3, []).append(alias.alias)
    for country in reference.countries:
        _country(g, country, aliases.get(country.iso3, []))
    for org in reference.organizations:
        _organization(g, org)
    for party in reference.parties:
        _party(g, party)
    for group in reference.groups:
        _group(g, group)
    sponsors = _sponsor_index(reference)
    for resolution in reference.resolutions:
        _resolution(g, resolution)
        for sponsor in resolution.sponsor_countries:
            g.link(iri.resolution_iri(resolution.symbol), KG.sponsor, sponsors.get(sponsor))
    for vote in reference.votes:
        _vote(g, vote)
    return g.quads


def _country(g: _Graph, c: CountryRecord, aliases: list[str]) -> None:
    node = iri.country_iri(c.iso3)
    g.link(node, RDF.type, KG.Country)
    g.add(node, SCHEMA.name, lit(c.common_name))
    g.add(node, RDFS.label, lit(c.common_name))
    g.add(node, KG.unName, lit(c.un_name))
    g.add(node, KG.iso3, lit(c.iso3))
    g.add(node, KG.iso2, lit(c.iso2))
    if c.capital:
        g.add(node, KG.capital, lit(c.capital))
    g.add(node, KG.memberStatus, lit("member" if c.member == "yes" else "observer"))
    if c.wikidata:
        g.link(node, OWL.sameAs, WIKIDATA_ENTITY + c.wikidata)
    for alias in sorted(set(aliases) - {c.common_name}):
        g.add(node, KG.alias, lit(alias))


def _organization(g: _Graph, o: OrganizationRecord) -> None:
    node = iri.organization_iri(o.name)
    g.link(node, RDF.type, KG.Organization)
    g.add(node, SCHEMA.name, lit(o.name))
    _name_keys(g, node, o.name)
    g.add(node, RDFS.label, lit(o.name))
    g.add(node, KG.orgKind, lit(o.kind))
    if o.country:
        g.link(node, KG.country, iri.country_iri(o.country))
    if o.parent:
        g.link(node, KG.parent, iri.organization_iri(o.parent))
    for alias in sorted(set(o.aliases) - {o.name}):
        g.add(node, KG.alias, lit(alias))


def _name_keys(g: _Graph, node: str, name: str) -> None:
    """What a search for the organization by part of its name looks up (kg.names.name_keys)."""
    for key in names.name_keys(name):
        g.add(node, KG.nameKey, lit(key))


def _party(g: _Graph, p: PartyRecord) -> None:
    node = iri.party_iri(p.name, p.country)
    g.link(node, RDF.type, KG.PoliticalParty)
    g.add(node, SCHEMA.name, lit(p.name))
    g.link(node, KG.country, iri.country_iri(p.country))
    for alias in sorted(set(p.aliases) - {p.name}):
        g.add(node, KG.alias, lit(alias))


def _resolution(g: _Graph, r: ResolutionRecord) -> None:
    node = iri.resolution_iri(r.symbol)
    event = iri.vote_event_iri(r.symbol)
    body = iri.organization_iri(BODY_NAMES[r.body])
    g.link(node, RDF.type, KG.Resolution)
    g.add(node, KG.symbol, lit(r.symbol))
    if r.draft_symbol:
        g.add(node, KG.draftSymbol, lit(r.draft_symbol))
    if r.title:
        g.add(node, DCTERMS.title, lit(r.title))
    g.add(node, RDFS.label, lit(f"{r.symbol}: {r.title}" if r.title else r.symbol))
    g.link(node, KG.body, body)
    g.add(node, KG.date, Literal(r.date, XSD.date))
    g.add(node, KG.adopted, lit(r.adopted))
    if r.sponsor:
        g.add(node, KG.sponsorSummary, lit(r.sponsor))
    g.link(node, KG.voteEvent, event)
    g.link(event, RDF.type, KG.VoteEvent)
    g.link(event, KG.onResolution, node)
    g.link(event, KG.body, body)
    g.add(event, KG.date, Literal(r.date, XSD.date))
    counts = [
        (KG.yesCount, r.yes),
        (KG.noCount, r.no),
        (KG.abstainCount, r.abstain),
        (KG.nonVotingCount, r.non_voting),
    ]
    if any(v is not None for _, v in counts):
        tally = iri.official_tally_iri(r.symbol)
        g.link(event, KG.tally, tally)
        g.link(tally, RDF.type, KG.Tally)
        g.link(tally, KG.onResolution, node)
        if r.tally_note:
            g.add(tally, KG.sourceNote, lit(r.tally_note))
        for prop, value in counts:
            if value is not None:
                g.add(tally, prop, nonneg(value))
        _counts(g, r, event)


def _counts(g: _Graph, r: ResolutionRecord, event: str) -> None:
    """Popolo's view of the same tally: one Count per option, with its value."""
    for option, value in (
        ("yes", r.yes),
        ("no", r.no),
        ("abstain", r.abstain),
        ("non-voting", r.non_voting),
    ):
        if value is None:
            continue
        count = iri.official_count_iri(r.symbol, option)
        g.link(event, OPENGOV.count, count)
        g.link(count, RDF.type, OPENGOV.Count)
        g.link(count, KG.option, iri.option_iri(option))
        g.add(count, RDF.value, nonneg(value))


def _group(g: _Graph, group: GroupRecord) -> None:
    node = iri.organization_iri(group.name)
    g.link(node, RDF.type, KG.Group)
    g.link(node, RDF.type, KG.Organization)
    g.add(node, SCHEMA.name, lit(group.name))
    _name_keys(g, node, group.name)
    g.add(node, RDFS.label, lit(group.name))
    g.add(node, KG.usualAllies, lit(group.usual_allies))
    if group.as_of:
        g.add(node, KG.asOf, Literal(group.as_of, XSD.date))
    if group.source:
        g.add(
            node,
            KG.sourceNote,
            lit(f"members as listed by source {group.source} (data/reference/SOURCES.md)"),
        )
    for member in group.members:
        g.link(iri.country_iri(member), KG.memberOf, node)


def _sponsor_index(reference: Reference) -> dict[str, str]:
    """Sponsor names of resolution_features.csv (ISO codes or organizations) to IRIs."""
    index = {c.iso3: iri.country_iri(c.iso3) for c in reference.countries}
    for o in reference.organizations:
        for name in (o.name, *o.aliases):
            index.setdefault(name, iri.organization_iri(o.name))
    return index


def _vote(g: _Graph, v: RecordedVote) -> None:
    node = iri.vote_iri(v.resolution, v.country)
    g.link(node, RDF.type, KG.Vote)
    g.link(node, RDF.type, KG.RecordedVote)
    g.link(node, KG.voter, iri.country_iri(v.country))
    g.link(node, KG.option, iri.option_iri(v.option))
    g.link(node, KG.onResolution, iri.resolution_iri(v.resolution))
    g.link(node, KG.voteEvent, iri.vote_event_iri(v.resolution))
    if v.confidence:
        g.add(node, KG.confidence, lit(v.confidence))
    if v.source:
        g.add(node, KG.recordSource, lit(v.source))
    if v.note:
        g.add(node, KG.sourceNote, lit(v.note))
