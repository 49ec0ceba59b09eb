"""A VoID description of the dataset: what it holds and where to query or download it.

``void_ntriples(store, site)`` counts the store (statements, subjects, objects,
classes and properties, with a partition per class and per property) and says
where the SPARQL endpoint and the dumps are, as N-Triples that kg.graph.export turns
into Turtle or JSON-LD (https://www.w3.org/TR/void/).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import iri
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Term, term_nt
from kg.vocab import DCTERMS, KG, PROV, RDF, SCHEMA, VOID, XSD

TITLE = "kg: actors, statements and votes from news about UN resolutions"
DESCRIPTION = (
    "A knowledge graph extracted from news articles: people, organizations and countries, "
    "the quotes and stances they are reported with, the votes articles claim, and the "
    "official record of UN votes they can be checked against. One named graph per article, "
    "a reference graph and the ontology graph."
)
_VOID_CLASS = getattr(VOID, "class")  # a Python keyword, so not an attribute name
VOCABULARIES = (KG.base, SCHEMA.base, PROV.base, "http://www.w3.org/ns/opengov#")

_COUNTS = """
SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
       (COUNT(DISTINCT ?o) AS ?objects) WHERE { GRAPH ?g { ?s ?p ?o } }
"""
_CLASSES = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } }
GROUP BY ?class ORDER BY ?class
"""
_PROPERTIES = """
SELECT ?property (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?property ?o } }
GROUP BY ?property ORDER BY ?property
"""


@dataclass(frozen=True)
class Site:
    """Where the dataset is served: the dataset's IRI, its endpoint and its dumps."""

    dataset: str
    sparql_endpoint: str
    dumps: tuple[str, ...]
    uri_space: str = iri.ID


def _int(value: int) -> Literal:
    return Literal(str(value), XSD.integer)


def void_ntriples(store: KgStore, site: Site) -> bytes:
    """The VoID description of the store as served at ``site``."""
    ds = IRI(site.dataset)
    lines: list[tuple[Term, str, Term]] = [
        (ds, RDF.type, IRI(VOID.Dataset)),
        (ds, DCTERMS.title, Literal(TITLE)),
        (ds, DCTERMS.description, Literal(DESCRIPTION)),
        (ds, VOID.sparqlEndpoint, IRI(site.sparql_endpoint)),
        (ds, VOID.uriSpace, Literal(site.uri_space)),
        (ds, VOID.triples, _int(len(store))),
    ]
    lines += [(ds, VOID.dataDump, IRI(dump)) for dump in site.dumps]
    lines += [(ds, VOID.vocabulary, IRI(v)) for v in VOCABULARIES]
    counts = store.select(_COUNTS).dicts()[0]
    for key, prop in (
        ("subjects", VOID.distinctSubjects),
        ("objects", VOID.distinctObjects),
        ("properties", VOID.properties),
    ):
        term = counts[key]
        lines.append((ds, prop, _int(int(term.value) if term else 0)))
    classes = store.select(_CLASSES).rows
    lines.append((ds, VOID.classes, _int(len(classes))))
    for number, (cls, n) in enumerate(classes):
        if isinstance(cls, IRI) and n is not None:
            node = IRI(f"_:class{number}")
            lines += [
                (ds, VOID.classPartition, node),
                (node, _VOID_CLASS, cls),
                (node, VOID.entities, _int(int(n.value))),
            ]
    for number, (prop_iri, n) in enumerate(store.select(_PROPERTIES).rows):
        if isinstance(prop_iri, IRI) and n is not None:
            node = IRI(f"_:property{number}")
            lines += [
                (ds, VOID.propertyPartition, node),
                (node, VOID.property, prop_iri),
                (node, VOID.triples, _int(int(n.value))),
            ]
    return "".join(f"{_nt(s)} <{p}> {_nt(o)} .\n" for s, p, o in lines).encode("utf-8")


def _nt(term: Term) -> str:
    if isinstance(term, IRI) and term.value.startswith("_:"):
        return term.value
    return term_nt(term)
