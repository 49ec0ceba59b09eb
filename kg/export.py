"""Linked-data export of the store: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.

Dataset formats (TriG, N-Quads, JSON-LD) keep every named graph; triple formats
(Turtle, N-Triples, RDF/XML) write one graph, or the union of all graphs. JSON-LD
is compacted with kg's own context (ontology/context.jsonld).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.backend import KgStore
from kg.errors import ExportError, StoreError, UnknownResourceError
from kg.resources import ontology_dir
from kg.store import GRAPH_FORMATS, RDF_FORMATS, Store, reserialize
from kg.terms import IRI
from kg.vocab import PREFIXES

FORMATS = tuple(RDF_FORMATS)
SUFFIXES = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nquads": ".nq",
    "ntriples": ".nt",
    "jsonld": ".jsonld",
    "rdfxml": ".rdf",
}
MEDIA_TYPES = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_DESCRIBE = "CONSTRUCT { ?r ?p ?o } WHERE { GRAPH ?g { ?r ?p ?o } }"
_REFERRED = "CONSTRUCT { ?s ?p ?r } WHERE { GRAPH ?g { ?s ?p ?r } }"
_STREAMED = frozenset({"nquads", "trig", "turtle", "ntriples"})
_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def jsonld_context() -> dict[str, Any]:
    path = ontology_dir() / "context.jsonld"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(f"cannot read the JSON-LD context {path}: {exc}") from exc
    return data


def export(store: KgStore, fmt: str, graph: str | None = None) -> bytes:
    """The store (or one named graph) serialised in ``fmt``."""
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if graph is not None and not store.has_graph(graph):
        raise ExportError(f"no graph named <{graph}> in the store")
    if fmt == "jsonld":
        return _jsonld(store, graph)
    if graph is not None:
        return store.dump(fmt, graph)
    if fmt in GRAPH_FORMATS:
        return _with_prefixes(store, fmt)
    _, data = store.query_serialized(_UNION, fmt)
    if fmt == "turtle":
        # the union as one graph, written with kg's prefixes like the TriG export
        return reserialize(data, "turtle", "turtle", PREFIXES)
    return data


def describe(store: KgStore, resource: str, fmt: str) -> bytes:
    """What the graph says about one resource, in a triple format or JSON-LD.

    An article is its whole named graph; anything else is the statements whose
    subject it is, from every graph (its concise description), or, for a resource
    only ever referred to, the statements that refer to it.
    """
    if fmt not in _RDFLIB_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(_RDFLIB_FORMATS)}")
    if store.has_graph(resource):
        return export(store, fmt, resource)
    bound = {"r": IRI(resource)}
    _, ntriples = store.query_serialized(_DESCRIBE, "ntriples", bound)
    if not ntriples.strip():
        _, ntriples = store.query_serialized(_REFERRED, "ntriples", bound)
    if not ntriples.strip():
        raise UnknownResourceError(f"the graph says nothing about <{resource}>")
    return serialize_triples(ntriples, fmt)


def serialize_triples(ntriples: bytes, fmt: str) -> bytes:
    """N-Triples rewritten in ``fmt`` with kg's prefixes (JSON-LD: with kg's context)."""
    import rdflib  # noqa: PLC0415  (slow to import; only these formats need it)

    graph = rdflib.Graph()
    graph.parse(data=ntriples, format="nt")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    if fmt == "jsonld":
        data = graph.serialize(format="json-ld", context=jsonld_context()["@context"])
    else:
        data = graph.serialize(format=_RDFLIB_FORMATS[fmt])
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _with_prefixes(store: KgStore, fmt: str) -> bytes:
    return store.dump_with_prefixes(fmt, PREFIXES)


def _jsonld(store: KgStore, graph: str | None) -> bytes:
    """JSON-LD compacted with kg's context, one named-graph object per graph.

    Each graph is compacted on its own from an rdflib ``Graph`` and the pieces are
    put together here: rdflib's ``Dataset`` (7.5, 7.6) warns about its own use of
    its deprecated API on every parse and serialisation (RDFLib/rdflib#3475).
    """
    context = jsonld_context()["@context"]
    nodes: list[Any] = []
    if graph is None:
        nodes += _jsonld_nodes(store.dump("ntriples"), context)  # the default graph, if any
    for name in [graph] if graph is not None else store.graphs():
        named = _jsonld_nodes(store.dump("ntriples", name), context)
        if named:
            nodes.append({"@id": name, "@graph": named})
    document = {"@context": context, "@graph": nodes}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _jsonld_nodes(ntriples: bytes, context: dict[str, Any]) -> list[Any]:
    import rdflib  # noqa: PLC0415  (slow to import; only JSON-LD needs it)

    if not ntriples.strip():
        return []
    g = rdflib.Graph()
    g.parse(data=ntriples, format="nt")
    compacted = json.loads(g.serialize(format="json-ld", context=context))
    if "@graph" in compacted:
        return list(compacted["@graph"])
    compacted.pop("@context", None)
    return [compacted] if compacted else []


def write_export(store: KgStore, fmt: str, target: Path | None, graph: str | None = None) -> int:
    """Write an export to ``target`` (atomically) and return its size in bytes.

    The whole of an embedded store goes to the file as it is read in N-Quads, TriG,
    Turtle and N-Triples (the same bytes), so memory stays flat however large the
    store; JSON-LD (compacted with kg's context) and RDF/XML are serialised in memory
    first, then written.
    """
    if target is None:
        return len(export(store, fmt, graph))
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    tmp = target.with_name(target.name + ".part")
    try:
        if isinstance(store, Store) and graph is None and fmt in _STREAMED:
            store.write_file(tmp, fmt, _UNION, PREFIXES)
        else:
            tmp.write_bytes(export(store, fmt, graph))
        tmp.replace(target)
    except (OSError, StoreError) as exc:
        tmp.unlink(missing_ok=True)
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ExportError(f"cannot write {target}: {why}") from exc
    return target.stat().st_size
