"""Linked-data export of the store: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.

Dataset formats (TriG, N-Quads, JSON-LD) keep every named graph; triple formats
(Turtle, N-Triples, RDF/XML) write one graph, or the union of all graphs. Every
format is written as it is read, by pyoxigraph's writers. JSON-LD is pyoxigraph's
expanded JSON-LD in a document that carries kg's context (ontology/context.jsonld):
see ``JsonLdEnvelope``. ``describe`` (one resource) compacts with that context.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, BinaryIO, cast

from kg.errors import ExportError, StoreError, UnknownResourceError
from kg.resources import ontology_dir
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.results import GRAPH_FORMATS, RDF_FORMATS, reserialize
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
_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}


def jsonld_context() -> dict[str, Any]:
    path = ontology_dir() / "context.jsonld"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExportError(f"cannot read the JSON-LD context {path}: {exc}") from exc
    return data


def export(store: KgStore, fmt: str, graph: str | None = None) -> bytes:
    """The store (or one named graph) serialised in ``fmt``: what ``write_to`` writes."""
    buffer = io.BytesIO()
    write_to(store, fmt, buffer, graph)
    return buffer.getvalue()


def write_to(store: KgStore, fmt: str, output: BinaryIO, graph: str | None = None) -> None:
    """Write the store (or one named graph) in ``fmt`` to the binary stream ``output``.

    An embedded store is written as it is read, by pyoxigraph's own writers: memory
    stays flat however large the store, and the first bytes go out at once. JSON-LD
    is pyoxigraph's expanded JSON-LD inside a document that carries kg's context
    (``JsonLdEnvelope``). A remote store is read into memory first.
    """
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if graph is not None and not store.has_graph(graph):
        raise ExportError(f"no graph named <{graph}> in the store")
    if fmt == "jsonld":
        with JsonLdEnvelope(output, jsonld_context()["@context"]) as envelope:
            _write(store, fmt, envelope, graph)
        return
    _write(store, fmt, output, graph)


def _write(store: KgStore, fmt: str, output: BinaryIO | JsonLdEnvelope, graph: str | None) -> None:
    if isinstance(store, Store):
        store.dump_to(cast(BinaryIO, output), fmt, graph, _UNION, PREFIXES)
    elif graph is not None:
        output.write(store.dump(fmt, graph))
    elif fmt in GRAPH_FORMATS:
        output.write(store.dump_with_prefixes(fmt, PREFIXES))
    else:
        _, data = store.query_serialized(_UNION, fmt)
        if fmt == "turtle":
            # the union as one graph, written with kg's prefixes like the TriG export
            data = reserialize(data, "turtle", "turtle", PREFIXES)
        output.write(data)


class JsonLdEnvelope:
    """A binary stream that puts pyoxigraph's JSON-LD inside a document with a context.

    pyoxigraph writes expanded JSON-LD: a top-level array of node objects (a named
    graph is an object with ``@id`` and ``@graph``), each written as soon as its
    subject's quads are read. Compacting needs the whole of a node's surroundings and
    an in-memory JSON-LD processor, which does not stream; so the nodes stay expanded
    (full IRIs as keys, values as ``@value``/``@id`` objects) and the array becomes the
    ``@graph`` of ``{"@context": kg's context, "@graph": [...]}``. Expanding that
    document gives exactly the store's quads: a term of the context never applies to a
    key or value that is already an absolute IRI or a value object. A consumer that
    wants the short forms compacts it against its own ``@context``.
    """

    def __init__(self, output: BinaryIO, context: dict[str, Any]) -> None:
        self._output = output
        self._head = (
            b'{"@context": '
            + json.dumps(context, ensure_ascii=False).encode("utf-8")
            + b',\n "@graph": '
        )
        self._held = b""  # the last byte written: the array's closing bracket, at the end

    def write(self, data: bytes) -> int:
        chunk = self._held + bytes(data)
        if self._head:
            self._output.write(self._head)
            self._head = b""
        self._output.write(chunk[:-1])
        self._held = chunk[-1:]
        return len(data)

    def flush(self) -> None:
        self._output.flush()

    def __enter__(self) -> JsonLdEnvelope:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is not None:
            return
        if self._head:  # nothing was written: an empty dataset
            self._output.write(self._head + b"[")
        elif self._held.strip() not in {b"]"}:
            raise ExportError("pyoxigraph's JSON-LD did not end as an array")
        self._output.write(b"]}\n")


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


def write_export(store: KgStore, fmt: str, target: Path | None, graph: str | None = None) -> int:
    """Write an export to ``target`` (atomically, through ``target.part``) and return its
    size in bytes; every format is streamed to the file as it is read (``write_to``)."""
    if target is None:
        return len(export(store, fmt, graph))
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    tmp = target.with_name(target.name + ".part")
    try:
        with tmp.open("wb") as out:
            write_to(store, fmt, out, graph)
        tmp.replace(target)
    except ExportError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, StoreError) as exc:
        tmp.unlink(missing_ok=True)
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ExportError(f"cannot write {target}: {why}") from exc
    return target.stat().st_size
