"""Facts in, quads out: the article graph.

Pure: ``article_quads(facts, source)`` returns the quads of one article's named
graph, with every IRI minted by ``kg.iri``. Terms are two small value types,
serialised straight to N-Quads so the store can parse them natively and fast;
rdflib stays out of this hot path.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg import __version__, iri, names
from kg.model import (
    ActorRef,
    ArticleMeta,
    ArticleSource,
    CountryMention,
    Evidence,
    Facts,
    Organization,
    Person,
    Quote,
    ResolutionRef,
    Role,
    Stance,
    Tally,
    VoteClaim,
)
from kg.terms import IRI, Literal, Quad, Term, lit, nonneg
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA, XSD

# --- the article graph ---------------------------------------------------------------


class _Writer:
    """Collects the quads of one graph, without duplicates, in a stable order.

    An article's graph names the same few hundred IRIs over and over (its facts, the
    predicates): each is made into an ``IRI`` once (minting is about a quarter of a
    worker's time beside extraction, and most of it was making the same terms again).
    """

    def __init__(self, graph: str) -> None:
        self.graph = IRI(graph)
        self._seen: set[tuple[str, str, Term]] = set()
        self._iris: dict[str, IRI] = {}
        self.quads: list[Quad] = []

    def _iri(self, value: str) -> IRI:
        found = self._iris.get(value)
        if found is None:
            found = self._iris[value] = IRI(value)
        return found

    def add(self, subject: str, predicate: str, obj: Term | None) -> None:
        if obj is None:
            return
        key = (subject, predicate, obj)
        if key not in self._seen:
            self._seen.add(key)
            self.quads.append(Quad(self._iri(subject), self._iri(predicate), obj, self.graph))

    def link(self, subject: str, predicate: str, target: str | None) -> None:
        if target is not None:
            self.add(subject, predicate, self._iri(target))

    def evidence(self, subject: str, evidence: Evidence, text: str) -> None:
        """A fact's evidence: its span, one literal ``"start-end"``, and the rule that read it.

        The article is the graph's name (and the head of the fact's IRI), and the
        passage is its text between the span's ends (``SUBSTR`` in SPARQL), so neither
        is stated again.
        """
        self.add(subject, KG.span, span_literal(evidence.span.start, evidence.span.end))
        self.add(subject, KG.rule, lit(evidence.rule))


def span_literal(start: int, end: int) -> Literal:
    """A span of the article text as one literal: ``"start-end"`` (code points, end exclusive)."""
    return lit(f"{start}-{end}")


def actor_iri(actor: ActorRef) -> str:
    if actor.kind == "person":
        return iri.person_iri(actor.name)
    if actor.kind == "country":
        return iri.country_iri(actor.name)
    return iri.organization_iri(actor.name)


def _actor_class(actor: ActorRef) -> str:
    return {"person": KG.Person, "country": KG.Country, "organization": KG.Organization}[actor.kind]


def article_quads(facts: Facts, source: ArticleSource) -> list[Quad]:
    """All quads of one article's named graph (whose name is the article's IRI)."""
    article = iri.article_iri(source.sha256)
    w = _Writer(article)
    _article(w, article, facts, source)
    organizations = {org.name: org for org in facts.organizations}
    for person in facts.persons:
        _person(w, article, person, source.text, organizations)
    for mention in facts.countries:
        _country_mention(w, article, mention)
    for org in facts.organizations:
        _organization(w, article, org)
    for resolution in facts.resolutions:
        _resolution(w, resolution)
    for quote in facts.quotes:
        _quote(w, article, quote, source.text)
    for stance in facts.stances:
        _stance(w, article, stance, source.text, facts.quotes)
    for claim in facts.votes:
        _vote_claim(w, article, claim, source.text)
    for tally in facts.tallies:
        _tally(w, article, tally, source.text)
    return w.quads


def _article(w: _Writer, article: str, facts: Facts, source: ArticleSource) -> None:
    w.link(article, RDF.type, KG.Article)
    w.add(article, KG.sha256, lit(source.sha256))
    w.add(article, KG.sourceLocation, lit(source.source))
    _metadata(w, article, facts, source.meta)
    w.add(article, SCHEMA.text, lit(source.text))
    # When and by what: the time of ingest, the software (described once, in the
    # ontology graph) and its version.
    w.add(article, PROV.generatedAtTime, Literal(source.ingested_at, XSD.dateTime))
    w.link(article, PROV.wasAttributedTo, iri.SOFTWARE_AGENT)
    w.add(article, KG.extractorVersion, lit(__version__))


def _metadata(w: _Writer, article: str, facts: Facts, meta: ArticleMeta) -> None:
    """schema.org's terms for what is known of the article besides its text."""
    headline = meta.headline or facts.title
    if headline:
        w.add(article, SCHEMA.headline, lit(headline))
    if meta.date:
        w.add(article, SCHEMA.datePublished, Literal(meta.date, XSD.date))
    for author in meta.authors:
        w.link(article, SCHEMA.author, _author(w, author, facts.persons))
    if meta.publisher:
        publisher = iri.organization_iri(meta.publisher)
        w.link(publisher, RDF.type, KG.Organization)
        _named(w, publisher, meta.publisher)
        w.link(article, SCHEMA.publisher, publisher)
    if meta.url:
        w.link(article, SCHEMA.url, meta.url)
    if meta.language:
        w.add(article, SCHEMA.inLanguage, lit(meta.language))


def _author(w: _Writer, name: str, persons: tuple[Person, ...]) -> str:
    """The byline's person: the article's own person of that name (or alias) if it
    mentions one, so byline and mentions are one node; else a person of that name."""
    key = names.person_key(name)
    for person in persons:
        if names.person_key(person.name) == key or any(
            names.person_key(alias) == key for alias in person.aliases
        ):
            return iri.person_iri(person.name)
    node = iri.person_iri(name)
    w.link(node, RDF.type, KG.Person)
    _named(w, node, name)
    return node


def _mention(w: _Writer, article: str, target: str, evidence: Evidence) -> None:
    """One place the article names an actor: one quad, the actor and its span.

    The graph is the article's; the words are the article text's between the
    span's ends. One span can name two things ("the White House": the office, and
    the United States by metonymy): each gets its own quad.
    """
    w.add(target, KG.mentionedAt, span_literal(evidence.span.start, evidence.span.end))
    w.link(article, SCHEMA.mentions, target)


def _named(w: _Writer, node: str, name: str) -> None:
    """A person's or organization's name, and the keys a search by part of it reads."""
    w.add(node, SCHEMA.name, lit(name))
    for key in names.name_keys(name):
        w.add(node, KG.nameKey, lit(key))


def _party(w: _Writer, name: str | None, country: str | None) -> str | None:
    if not name:
        return None
    node = iri.party_iri(name, country or "xxx")
    w.link(node, RDF.type, KG.PoliticalParty)
    w.add(node, SCHEMA.name, lit(name))
    if country:
        w.link(node, KG.country, iri.country_iri(country))
    return node


def _country(w: _Writer, iso3: str | None) -> str | None:
    if not iso3:
        return None
    node = iri.country_iri(iso3)
    w.link(node, RDF.type, KG.Country)
    return node


def _person(
    w: _Writer, article: str, person: Person, text: str, orgs: dict[str, Organization]
) -> None:
    node = iri.person_iri(person.name)
    w.link(node, RDF.type, KG.Person)
    _named(w, node, person.name)
    for alias in person.aliases:
        w.add(node, KG.alias, lit(alias))
    w.link(node, KG.country, _country(w, person.country))
    party_country = person.country if person.party else None
    w.link(node, KG.party, _party(w, person.party, party_country))
    for role in person.roles:
        w.link(node, KG.holds, _role(w, article, person, role, text, orgs))
    for mention in person.mentions:
        _mention(w, article, node, mention)


def _role(  # noqa: PLR0917  the writer, the person and the role's parts
    w: _Writer,
    article: str,
    person: Person,
    role: Role,
    text: str,
    orgs: dict[str, Organization],
) -> str:
    # A role as one article describes it (its title, party, evidence): scoped to the
    # article, since another article may describe the same person's role otherwise, and
    # one shared node would then carry both descriptions.
    node = iri.in_article(article, "role", person.name, role.label)
    w.link(node, RDF.type, KG.Role)
    w.add(node, RDFS.label, lit(role.label))
    if role.title:
        w.add(node, KG.title, lit(role.title))
    if role.organization:
        org = iri.organization_iri(role.organization)
        w.link(node, KG.organization, org)
        w.link(org, RDF.type, KG.Organization)
        if role.organization not in orgs:  # else the reference graph names it
            _named(w, org, role.organization)
    w.link(node, KG.jurisdiction, _country(w, role.jurisdiction))
    if role.region:
        w.add(node, KG.region, lit(role.region))
    w.link(node, KG.party, _party(w, role.party, role.jurisdiction or person.country))
    if role.former:  # absent: the role is held now
        w.add(node, KG.former, lit(True))
    w.evidence(node, role.evidence, text)
    return node


def _country_mention(w: _Writer, article: str, mention: CountryMention) -> None:
    _mention(w, article, _country(w, mention.iso3) or "", mention.evidence)


def _organization(w: _Writer, article: str, org: Organization) -> None:
    """An organization the article names: its type and its mentions.

    An organization of the reference data (every kind but "other") has its name, name
    keys, kind and country in the reference graph, not repeated here; one the extractor
    found by the shape of its name alone ("the Halden Institute for Peace") is named
    here, the only place that knows it.
    """
    node = iri.organization_iri(org.name)
    w.link(node, RDF.type, KG.Organization)
    if org.kind == "other":
        _named(w, node, org.name)
    for mention in org.mentions:
        _mention(w, article, node, mention)


def _resolution(w: _Writer, ref: ResolutionRef) -> str:
    node = iri.resolution_iri(ref.key)
    w.link(node, RDF.type, KG.Resolution)
    if ref.symbol:
        w.add(node, KG.symbol, lit(ref.symbol))
    if ref.draft_symbol:
        w.add(node, KG.draftSymbol, lit(ref.draft_symbol))
    if not ref.symbol and not ref.draft_symbol:
        w.add(node, KG.slug, lit(ref.key))
    if ref.description and not ref.matched:
        w.add(node, KG.description, lit(ref.description))
    return node


def _actor(w: _Writer, actor: ActorRef) -> str:
    node = actor_iri(actor)
    w.link(node, RDF.type, _actor_class(actor))
    if actor.kind != "country":
        _named(w, node, actor.name)
    return node


def quote_iri(article: str, quote: Quote) -> str:
    return iri.in_article(article, "quote", quote.parts[0].start, quote.parts[-1].end)


def _quote(w: _Writer, article: str, quote: Quote, text: str) -> None:
    node = quote_iri(article, quote)
    w.link(node, RDF.type, KG.Quote)
    w.add(node, KG.text, lit(quote.text))
    w.link(node, KG.speaker, _actor(w, quote.speaker))
    if quote.partial:  # absent: a full quotation
        w.add(node, KG.partial, lit(True))
    w.evidence(node, quote.evidence, text)


def _vote_node(w: _Writer, voter: str, resolution: ResolutionRef | None) -> str:
    node = iri.vote_iri(resolution.key if resolution else None, voter)
    w.link(node, RDF.type, KG.Vote)
    w.link(node, KG.voter, _country(w, voter))
    if resolution is not None:
        w.link(node, KG.onResolution, _resolution(w, resolution))
    return node


def _stance(w: _Writer, article: str, stance: Stance, text: str, quotes: tuple[Quote, ...]) -> None:
    target = stance.target
    res_key = target.resolution.key if target.resolution else "unspecified"
    holder = _actor(w, stance.holder)
    node = iri.in_article(
        article, "stance", stance.holder.name, stance.polarity, target.voter, res_key
    )
    w.link(node, RDF.type, KG.Stance)
    w.link(node, KG.holder, holder)
    w.link(node, KG.polarity, KG.criticizes if stance.polarity == "criticizes" else KG.supports)
    w.link(node, KG.target, _vote_node(w, target.voter, target.resolution))
    w.add(node, KG.cue, lit(stance.cue))
    w.evidence(node, stance.evidence, text)
    span = stance.evidence.span
    for quote in quotes:
        if quote.speaker == stance.holder and any(
            p.start < span.end and span.start < p.end for p in quote.parts
        ):
            w.link(node, KG.basedOnQuote, quote_iri(article, quote))


def _vote_claim(w: _Writer, article: str, claim: VoteClaim, text: str) -> None:
    node = iri.in_article(article, "claim", claim.resolution.key, claim.country, claim.option)
    w.link(node, RDF.type, KG.VoteClaim)
    w.link(node, KG.voter, _country(w, claim.country))
    w.link(node, KG.option, iri.option_iri(claim.option))
    w.link(node, KG.onResolution, _resolution(w, claim.resolution))
    w.link(node, KG.about, _vote_node(w, claim.country, claim.resolution))
    w.evidence(node, claim.evidence, text)


def _tally(w: _Writer, article: str, tally: Tally, text: str) -> None:
    node = iri.in_article(article, "tally", tally.resolution.key, tally.evidence.span.start)
    w.link(node, RDF.type, KG.Tally)
    w.link(node, KG.onResolution, _resolution(w, tally.resolution))
    for prop, value in (
        (KG.yesCount, tally.yes),
        (KG.noCount, tally.no),
        (KG.abstainCount, tally.abstain),
    ):
        if value is not None:
            w.add(node, prop, nonneg(value))
    w.evidence(node, tally.evidence, text)


def iter_graph_iris(quads: Iterable[Quad]) -> Iterator[str]:
    seen: set[str] = set()
    for quad in quads:
        if quad.graph.value not in seen:
            seen.add(quad.graph.value)
            yield quad.graph.value
