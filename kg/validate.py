"""SHACL validation of the stored graphs against ontology/shapes.ttl (pyshacl).

The data graph is the union of the article graphs with the reference graph, so a
shape can require, for instance, that every country a quote or vote points to is
a known country with an ISO code.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.backend import KgStore
from kg.errors import ValidationError
from kg.resources import ontology_dir

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str
    triples: int


def validate(store: KgStore, graph: str | None = None) -> Report:
    """Validate the union of all graphs, or one graph together with the reference graph."""
    # rdflib and pyshacl take most of a second to import: only kg validate pays for them.
    import rdflib  # noqa: PLC0415
    from pyshacl import validate as shacl  # noqa: PLC0415

    from kg.iri import REFERENCE_GRAPH  # noqa: PLC0415

    shapes = rdflib.Graph()
    try:
        shapes.parse(ontology_dir() / "shapes.ttl", format="turtle")
    except Exception as exc:  # rdflib raises many parser types; report them as one
        raise ValidationError(f"cannot read ontology/shapes.ttl: {exc}") from exc
    data = rdflib.Graph()
    if graph is None:
        _, nt = store.query_serialized(_UNION, "ntriples")
        data.parse(data=nt, format="nt")
    else:
        for g in (graph, REFERENCE_GRAPH):
            if store.has_graph(g):
                data.parse(data=store.dump("ntriples", g), format="nt")
    conforms, results, text = shacl(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True
    )
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = sum(1 for _ in results.subjects(rdflib.RDF.type, sh.ValidationResult))
    return Report(bool(conforms), violations, str(text), len(data))
