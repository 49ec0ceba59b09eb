"""The vocabularies kg writes, as closed namespaces: a misspelt term raises.

``KG`` holds our own terms, each defined with a label and a comment in
ontology/kg.ttl (a test checks the two agree). The other namespaces are the
standard ones we align to; only the terms we use are listed.
"""

from __future__ import annotations

from typing import ClassVar


class _Closed(type):
    """Metaclass: attribute access returns the term's IRI, or raises for a non-term."""

    base: str
    terms: frozenset[str]

    def __getattr__(cls, name: str) -> str:
        terms = cls.__dict__.get("terms", frozenset())
        if name in terms:
            value = cls.base + name
            # Kept as a plain class attribute: minting a graph reads terms by the thousand.
            setattr(cls, name, value)
            return value
        raise AttributeError(f"{name!r} is not a term of <{cls.__dict__.get('base', '?')}>")


class ClosedNamespace(metaclass=_Closed):
    """A namespace whose terms are attributes; an unknown term is an error."""

    base: ClassVar[str]
    terms: ClassVar[frozenset[str]]

    def __init_subclass__(cls, base: str, terms: str) -> None:
        cls.base = base
        cls.terms = frozenset(terms.split())

    @classmethod
    def all_terms(cls) -> dict[str, str]:
        return {name: cls.base + name for name in sorted(cls.terms)}


ONTOLOGY_IRI = "https://kg.example/ontology"


class KG(
    ClosedNamespace,
    base=ONTOLOGY_IRI + "#",
    terms="""
    Article Actor Person Organization PoliticalParty Country Role Quote Stance Polarity
    Resolution VoteEvent Vote VoteClaim RecordedVote VoteOption Tally
    criticizes supports yes no abstain nonVoting
    sha256 sourceLocation extractorVersion
    span rule mentionedAt
    alias nameKey holds title organization jurisdiction region party former country
    text speaker partial
    holder polarity target cue basedOnQuote
    voter option onResolution voteEvent about confidence sourceNote recordSource
    symbol draftSymbol slug body date adopted sponsorSummary description matched
    yesCount noCount abstainCount nonVotingCount tally
    iso3 iso2 unName capital memberStatus orgKind parent
    Group memberOf usualAllies asOf sponsor
    Import importedFrom importDigest importOrder importedRecords linkReason
    StanceCount HolderCount ClaimCount TallyCount count countedFor countedIn countedPolarity
    countedHolder countedVote countedResolution countedOption countedYes countedNo countedAbstain
    summaryVersion
    """,
):
    pass


class RDF(ClosedNamespace, base="http://www.w3.org/1999/02/22-rdf-syntax-ns#", terms="type value"):
    pass


class RDFS(
    ClosedNamespace,
    base="http://www.w3.org/2000/01/rdf-schema#",
    terms="label comment subClassOf subPropertyOf domain range seeAlso Class",
):
    pass


class OWL(
    ClosedNamespace,
    base="http://www.w3.org/2002/07/owl#",
    terms="sameAs Ontology Class ObjectProperty DatatypeProperty equivalentClass "
    "NamedIndividual versionInfo",
):
    pass


class XSD(
    ClosedNamespace,
    base="http://www.w3.org/2001/XMLSchema#",
    terms="string integer nonNegativeInteger boolean date dateTime",
):
    pass


class SCHEMA(
    ClosedNamespace,
    base="http://schema.org/",
    terms="name headline text mentions NewsArticle Person Organization Country Quotation "
    "author publisher datePublished url inLanguage",
):
    pass


class SKOS(ClosedNamespace, base="http://www.w3.org/2004/02/skos/core#", terms="altLabel"):
    pass


class PROV(
    ClosedNamespace,
    base="http://www.w3.org/ns/prov#",
    terms="Entity Activity SoftwareAgent wasGeneratedBy generatedAtTime wasAssociatedWith "
    "endedAtTime used wasRevisionOf wasAttributedTo",
):
    pass


class DCTERMS(
    ClosedNamespace, base="http://purl.org/dc/terms/", terms="title source description license"
):
    pass


class VOID(
    ClosedNamespace,
    base="http://rdfs.org/ns/void#",
    terms="Dataset sparqlEndpoint dataDump uriSpace vocabulary triples entities classes properties "
    "distinctSubjects distinctObjects classPartition propertyPartition class property "
    "exampleResource rootResource feature",
):
    pass


class OPENGOV(ClosedNamespace, base="http://www.w3.org/ns/opengov#", terms="Count count"):
    """Popolo's vote terms, where kg states them directly (the counts of a vote event)."""


WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "kg": KG.base,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "owl": OWL.base,
    "xsd": XSD.base,
    "schema": SCHEMA.base,
    "skos": SKOS.base,
    "prov": PROV.base,
    "dcterms": DCTERMS.base,
    "wd": WIKIDATA_ENTITY,
}
