"""The vocabulary in code (kg/vocab.py) and in ontology/kg.ttl agree, and the ontology files parse.

Every kg: term is defined once, in kg.ttl, with a label and a comment; the code names
exactly those terms; and every kg: IRI the shapes, the JSON-LD context and the saved
queries use is one of them, so a misspelt term anywhere fails here.
"""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.resources import ontology_dir, sparql_dir
from kg.vocab import KG, ONTOLOGY_IRI, PREFIXES, XSD, ClosedNamespace

ONTOLOGY = ontology_dir() / "kg.ttl"
SHAPES = ontology_dir() / "shapes.ttl"
CONTEXT = ontology_dir() / "context.jsonld"
KG_NS = KG.base


def parse_turtle(path) -> rdflib.Graph:  # type: ignore[no-untyped-def]
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return parse_turtle(ONTOLOGY)


def defined_terms(ontology: rdflib.Graph) -> set[str]:
    """kg: terms kg.ttl defines (gives a type to)."""
    return {
        str(s)[len(KG_NS) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(KG_NS)
    }


def test_the_ontology_files_parse(ontology: rdflib.Graph) -> None:
    assert (rdflib.URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ontology
    assert len(parse_turtle(SHAPES)) > 0
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    assert set(context) == {"@context"}
    doc = {
        "@context": context["@context"],
        "@id": "https://kg.example/id/person/x",
        "@type": "Person",
        "name": "X",
        "yes": 3,
    }
    parsed = {q.triple for q in ox.parse(json.dumps(doc), format=ox.RdfFormat.JSON_LD)}
    person = ox.NamedNode("https://kg.example/id/person/x")
    assert ox.Triple(person, ox.NamedNode(str(RDF.type)), ox.NamedNode(KG.Person)) in parsed
    assert (
        ox.Triple(
            person, ox.NamedNode(KG.yesCount), ox.Literal("3", datatype=ox.NamedNode(XSD.integer))
        )
        in parsed
    )


def test_code_and_ontology_name_the_same_kg_terms(ontology: rdflib.Graph) -> None:
    in_code = set(KG.terms)
    in_ontology = defined_terms(ontology)
    assert sorted(in_code - in_ontology) == [], "in kg/vocab.py but not defined in kg.ttl"
    assert sorted(in_ontology - in_code) == [], "defined in kg.ttl but not in kg/vocab.py"


@pytest.mark.parametrize("term", sorted(KG.terms))
def test_every_term_has_a_label_and_a_comment(term: str, ontology: rdflib.Graph) -> None:
    node = rdflib.URIRef(KG_NS + term)
    labels = [o for o in ontology.objects(node, RDFS.label) if str(o).strip()]
    comments = [o for o in ontology.objects(node, RDFS.comment) if str(o).strip()]
    assert labels, f"kg:{term} has no rdfs:label"
    assert comments, f"kg:{term} has no rdfs:comment"


def test_every_kg_iri_the_ontology_mentions_is_defined(ontology: rdflib.Graph) -> None:
    used = {
        str(t)[len(KG_NS) :]
        for triple in ontology
        for t in triple
        if isinstance(t, rdflib.URIRef) and str(t).startswith(KG_NS)
    }
    assert sorted(used - set(KG.terms)) == []


def test_the_shapes_use_only_defined_terms() -> None:
    shapes = parse_turtle(SHAPES)
    used = {
        str(t)[len(KG_NS) :]
        for triple in shapes
        for t in triple
        if isinstance(t, rdflib.URIRef) and str(t).startswith(KG_NS)
    }
    assert used, "the shapes should constrain kg: terms"
    assert sorted(used - set(KG.terms)) == []


def test_the_context_uses_only_defined_terms() -> None:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    used = set()
    for value in context.values():
        target = value["@id"] if isinstance(value, dict) else value
        if isinstance(target, str) and target.startswith("kg:"):
            used.add(target[3:])
    assert used and sorted(used - set(KG.terms)) == []
    assert context.get("kg") == KG_NS


_KG_PREFIXED = re.compile(r"(?<![\w<])kg:([A-Za-z_][\w-]*)")
_KG_FULL = re.compile(re.escape(KG_NS) + r"([A-Za-z_][\w-]*)")


@pytest.mark.parametrize("path", sorted(sparql_dir().glob("*.rq")), ids=lambda p: p.stem)
def test_saved_queries_use_only_defined_terms(path) -> None:  # type: ignore[no-untyped-def]
    body = "\n".join(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    )
    used = set(_KG_PREFIXED.findall(body)) | set(_KG_FULL.findall(body))
    assert sorted(used - set(KG.terms)) == []


def test_a_misspelt_term_raises() -> None:
    assert KG.Quote == KG_NS + "Quote"
    with pytest.raises(AttributeError, match="not a term"):
        _ = KG.Qoute


def test_prefixes_are_closed_namespaces() -> None:
    assert PREFIXES["kg"] == KG_NS
    assert issubclass(KG, ClosedNamespace)
