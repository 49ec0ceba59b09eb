"""The remote store: kg's graphs on any SPARQL 1.1 server, through the standard protocols.

``RemoteStore`` answers the calls kg makes of its embedded ``Store`` (see
``kg.store.backend.KgStore``) with HTTP requests to a server: queries over the SPARQL 1.1
Protocol, each graph read, written and removed with the Graph Store Protocol. Writing
a new article is one ``PUT`` of its whole graph, which the server applies atomically;
replacing one (a changed text, or older versions of the same source) is one SPARQL
update that drops the old graphs and inserts the new one, a single transaction as in
the embedded store.

The server must query the union of its named graphs as its default graph, as the
embedded store does (``oxigraph serve --union-default-graph``); opening the store
checks that it does. A remote store is its named graphs: kg writes nothing else, and
its counts and dumps cover nothing else.

Parameters are bound exactly as the embedded store binds them (``kg.store.results.bind``), and
answers come back as pyoxigraph terms and are converted and serialised by the same code,
so the two backends give the same rows and the same bytes for the same data.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from kg import iri
from kg.errors import (
    ParameterError,
    QuerySyntaxError,
    RemoteStoreError,
    StoreError,
    UnsupportedOperationError,
    UpdateRefusedError,
)
from kg.store.client import Endpoints, SparqlClient, media_type
from kg.store.embedded import AlsoWrite
from kg.store.results import (
    GRAPH_FORMATS,
    RDF_FORMATS,
    Answer,
    SelectResult,
    bind,
    graph_triples,
    rows_from_ox,
)
from kg.store.sparql_text import UPDATES_REFUSED, check_remote_calls, declares_dataset, is_update
from kg.terms import IRI, Literal, Quad, Term, term_nt
from kg.vocab import KG

# What kg asks a server for: SPARQL results for SELECT and ASK, RDF for CONSTRUCT and
# DESCRIBE; the server picks the kind that fits the query.
_RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_TRIPLE_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,  # N-Triples' media type before RDF 1.1
}
_ACCEPT_ANSWER = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.8, text/turtle;q=0.7"
)
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9"
_NTRIPLES = "application/n-triples"

_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"  # ?g bound: one graph
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_HAS_GRAPH = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"
_VALUE = "SELECT ?o WHERE { ?s ?p ?o } LIMIT 1"
_VALUE_IN = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"
_SUBJECTS = "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }"
_SUBJECTS_IN = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }"
# kg writes an article's source and type in the article's own graph; asking there does
# not depend on the server's default graph.
_ARTICLES_FROM = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g ?located ?source ; a ?article } }"
# A triple of some named graph that the default graph does not show: the server's
# default graph is not the union of its named graphs.
_UNION_MISSING = (
    "ASK WHERE { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 } "
    "FILTER NOT EXISTS { ?s ?p ?o } }"
)
# A server that honours FROM finds nothing in a graph that does not exist.
_FROM_IGNORED = "ASK FROM <urn:kg:no-such-graph> WHERE { ?s ?p ?o }"


class _Triples:
    """Triples a server sent, serialisable the way pyoxigraph's own answers are."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.triples = triples

    def serialize(self, output: Any, format: Any) -> None:
        ox.serialize(self.triples, output, format)


class _TriplesAnswer(Answer):
    """A CONSTRUCT or DESCRIBE answer, serialised here as the embedded store would."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        super().__init__(_Triples(triples))
        self.form = "construct"


def _serialized(
    items: Iterable[Any], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None
) -> bytes:
    """Triples or quads written by pyoxigraph's serialiser, as the embedded store writes them."""
    data = ox.serialize(items, format=fmt, prefixes=prefixes)
    if data is None:  # pyoxigraph returns the bytes when given no output file
        raise StoreError(f"pyoxigraph wrote no {fmt} output")
    return bytes(data)


# pyoxigraph's readers may only be dropped by the thread that made them. Were one left in
# a frame that an exception's traceback keeps, the garbage collector could drop it later
# from any thread (a server's), which pyoxigraph reports as an error: so each is dropped
# here, in a finally, before any exception leaves.


def _read_to_the_end(body: bytes, fmt: Any) -> None:
    """Parse a results document to its end, raising where it breaks off."""
    results: Any = ox.parse_query_results(body, format=fmt)
    try:
        if isinstance(results, ox.QuerySolutions):
            for solution in results:
                del solution
    finally:
        del results


def _triples(body: bytes, fmt: Any) -> list[ox.Triple]:
    reader: Any = ox.parse(body, format=fmt)
    triples: list[ox.Triple] = []
    try:
        for quad in reader:  # a loop, not a comprehension: its frame would keep the reader
            triples.append(quad.triple)
        return triples
    finally:
        del reader


def _ntriples(quads: Iterable[Quad]) -> bytes:
    """The triples of our own quads as N-Triples, their graph left out."""
    return "".join(
        f"{term_nt(q.subject)} {term_nt(q.predicate)} {term_nt(q.object)} .\n" for q in quads
    ).encode("utf-8")


_PARSER_POSITION = re.compile(r"line (\d+),? (?:between )?columns? (\d+)")


def _where_it_broke(exc: Exception, body: bytes) -> str:
    """What the server wrote where its answer stops parsing (Oxigraph writes why it stopped
    there), else the parser's message."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    position = _PARSER_POSITION.search(message)
    if position is not None:
        lines = body.decode("utf-8", errors="replace").splitlines()
        line, column = int(position.group(1)), int(position.group(2))
        if 0 < line <= len(lines):
            rest = " ".join(lines[line - 1][max(column - 1, 0) :].split())
            if rest:
                return repr(rest[:120])
    return message


def _with_values(sparql: str, substitutions: Mapping[Any, Any]) -> str:
    """Bindings ``bind`` could not put at the start of the WHERE clause (a variable the
    query assigns itself, or no WHERE keyword), as a trailing VALUES clause: joined with
    the query's solutions, which is what pyoxigraph's substitutions do. The terms are
    written by pyoxigraph's serialiser from validated terms."""
    names = " ".join(str(variable) for variable in substitutions)
    terms = " ".join(str(term) for term in substitutions.values())
    return f"{sparql}\nVALUES ({names}) {{ ({terms}) }}\n"


class RemoteStore:
    """A kg store on a SPARQL 1.1 server, named by its base URL."""

    read_only = False

    allowed_services: frozenset[str] = frozenset()

    def __init__(self, url: str, *, env: Mapping[str, str] | None = None) -> None:
        self.endpoints = Endpoints.from_url(url, env)
        self._client = SparqlClient(self.endpoints, env)
        weakref.finalize(self, self._client.close)

    @classmethod
    def open(cls, url: str, *, env: Mapping[str, str] | None = None) -> RemoteStore:
        """Connect, and check the server sees the union of its graphs by default."""
        store = cls(url, env=env)
        store.check_union_default_graph()
        return store

    @property
    def path(self) -> str:
        """The store's location as the user gave it (kg prints it as the store)."""
        return self.endpoints.base

    def close(self) -> None:
        self._client.close()

    def check_union_default_graph(self) -> None:
        if self.ask(_UNION_MISSING):
            raise RemoteStoreError(
                f"the SPARQL server at {self.path} does not query the union of its named "
                "graphs as its default graph, so kg's queries would miss data: start "
                "oxigraph serve with --union-default-graph (Fuseki: tdb2:unionDefaultGraph)"
            )

    # --- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return self._count(_COUNT, {})

    def graphs(self) -> list[str]:
        rows = self.select(_GRAPHS).rows
        return sorted(row[0].value for row in rows if isinstance(row[0], IRI))

    def has_graph(self, graph: str) -> bool:
        return self.ask(_HAS_GRAPH, {"g": IRI(graph)})

    def graph_size(self, graph: str) -> int:
        return self._count(_COUNT, {"g": IRI(graph)})

    def value(self, subject: str, predicate: str, graph: str | None = None) -> Term | None:
        bindings: dict[str, Term] = {"s": IRI(subject), "p": IRI(predicate)}
        if graph:
            bindings["g"] = IRI(graph)
        rows = self.select(_VALUE_IN if graph else _VALUE, bindings).rows
        return rows[0][0] if rows else None

    def subjects(self, predicate: str, obj: Term, graph: str | None = None) -> list[str]:
        bindings: dict[str, Term] = {"p": IRI(predicate), "o": obj}
        if graph:
            bindings["g"] = IRI(graph)
        rows = self.select(_SUBJECTS_IN if graph else _SUBJECTS, bindings).rows
        return sorted({row[0].value for row in rows if isinstance(row[0], IRI)})

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        """Run a SELECT query with parameters bound as RDF terms."""
        solutions = self._run(sparql, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QuerySyntaxError("expected a SELECT query")
        variables = tuple(v.value for v in solutions.variables)
        rows = rows_from_ox([sol[v] for v in variables] for sol in solutions)
        return SelectResult(variables, rows)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return bool(self._run(sparql, bindings))

    def query_serialized(
        self,
        sparql: str,
        result_format: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        max_bytes: int | None = None,
    ) -> tuple[str, bytes]:
        """Run any query and serialise its answer (as ``Store.query_serialized``)."""
        answer = self.answer(
            sparql, bindings, default_graphs=default_graphs, named_graphs=named_graphs
        )
        return answer.serialized(result_format, max_bytes)

    def answer(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Answer:
        """Run any query; the dataset as ``Store.answer`` chooses it (protocol graphs, else
        the query's FROM, else the server's default graph, the union)."""
        result = self._run(
            sparql, bindings, default_graphs=default_graphs, named_graphs=named_graphs
        )
        if isinstance(result, list):
            return _TriplesAnswer(result)
        return Answer(result)

    def _run(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        if is_update(sparql):
            raise UpdateRefusedError(UPDATES_REFUSED)
        # The server would make the call, from wherever it runs: refused as at home.
        check_remote_calls(sparql, self.allowed_services)
        text, substitutions = bind(sparql, bindings or {})
        if substitutions:
            text = _with_values(text, substitutions)
        for graph in [*(default_graphs or []), *(named_graphs or [])]:
            try:
                ox.NamedNode(graph)
            except ValueError as exc:
                raise ParameterError(f"a graph name is not an IRI: {exc}") from exc
        if not (default_graphs or named_graphs) and declares_dataset(text):
            self._check_from_honoured()
        response = self._client.query(
            text,
            _ACCEPT_ANSWER,
            default_graphs=default_graphs or (),
            named_graphs=named_graphs or (),
        )
        return self._parse_answer(response.content, media_type(response))

    def _check_from_honoured(self) -> None:
        """Refuse FROM / FROM NAMED on a server that would answer from the union anyway."""
        response = self._client.query(_FROM_IGNORED, _ACCEPT_ANSWER)
        if bool(self._parse_answer(response.content, media_type(response))):
            raise UnsupportedOperationError(
                f"the SPARQL server at {self.path} ignores FROM and FROM NAMED (its default "
                "graph is always the union, as with oxigraph serve --union-default-graph); "
                "use GRAPH <...> { ... } in the query instead"
            )

    def _parse_answer(self, body: bytes, kind: str) -> Any:
        """The server's answer as pyoxigraph objects, parsed to the end first: a server that
        stops a query midway has already said 200 and breaks off its answer."""
        try:
            if kind in _RESULTS_FORMATS:
                _read_to_the_end(body, _RESULTS_FORMATS[kind])
                return ox.parse_query_results(body, format=_RESULTS_FORMATS[kind])
            if kind in _TRIPLE_FORMATS:
                return _triples(body, _TRIPLE_FORMATS[kind])
        except (SyntaxError, ValueError) as exc:
            raise RemoteStoreError(
                f"the answer of the SPARQL server at {self.path} breaks off: "
                f"{_where_it_broke(exc, body)} (a server may stop a query at its time limit)"
            ) from exc
        raise RemoteStoreError(
            f"the server at {self.endpoints.query} answered with {kind or 'no content type'}, "
            "not SPARQL results; is it a SPARQL query endpoint?"
        )

    def _count(self, sparql: str, bindings: Mapping[str, Term]) -> int:
        rows = self.select(sparql, bindings).rows
        text = rows[0][0].value if rows and rows[0][0] is not None else "0"
        try:
            return int(text)
        except ValueError as exc:
            raise RemoteStoreError(f"the SPARQL server at {self.path} counted {text!r}") from exc

    # --- whole graphs ----------------------------------------------------------------

    def _graph_triples(self, graph: str) -> list[ox.Triple]:
        """A named graph's triples, read with the Graph Store Protocol."""
        response = self._client.get_graph(graph, _ACCEPT_GRAPH)
        if response is None:  # 404: no such graph, or no graph store at that URL
            if self.has_graph(graph):
                raise self._client.no_graph_store()
            return []
        kind = media_type(response)
        if kind not in _TRIPLE_FORMATS:
            raise RemoteStoreError(
                f"the graph store at {self.endpoints.graph_store} answered with "
                f"{kind or 'no content type'}, not N-Triples or Turtle"
            )
        try:
            return [q.triple for q in ox.parse(response.content, format=_TRIPLE_FORMATS[kind])]
        except SyntaxError as exc:
            raise RemoteStoreError(
                f"graph <{graph}> from {self.path} does not parse: {str(exc).splitlines()[0]}"
            ) from exc

    def _quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        for name in [graph] if graph is not None else self.graphs():
            node = ox.NamedNode(name)
            for triple in self._graph_triples(name):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, node)

    def dump(self, rdf_format: str, graph: str | None = None) -> bytes:
        """The store, or one named graph, serialised (as ``Store.dump``).

        Without a graph, a triple format asks for the default graph, which holds
        nothing of kg's on a remote store: the result is an empty document.
        """
        fmt = RDF_FORMATS[rdf_format]
        if rdf_format in GRAPH_FORMATS:
            return _serialized(list(self._quads(graph)), fmt)
        triples = self._graph_triples(graph) if graph is not None else []
        return _serialized(triples, fmt)

    def dump_with_prefixes(self, rdf_format: str, prefixes: dict[str, str]) -> bytes:
        fmt = RDF_FORMATS[rdf_format]
        quads = list(self._quads())
        if rdf_format == "trig":
            return _serialized(quads, fmt, prefixes)
        if rdf_format in GRAPH_FORMATS:
            return _serialized(quads, fmt)
        return _serialized([], fmt)

    def iter_nquads(self, graph: str | None = None) -> Iterator[bytes]:
        """The store (or one graph) as N-Quads lines, one graph read at a time."""
        for quad in self._quads(graph):
            yield f"{quad} .\n".encode()

    # --- writing -------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace a graph's content with one Graph Store Protocol PUT."""
        self._put(graph, _ntriples(quads))

    def load_turtle_graph(self, graph: str, turtle: str) -> None:
        """Replace a graph with the triples of a Turtle document (the ontology)."""
        try:
            triples = [q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
        except SyntaxError as exc:
            raise StoreError(f"cannot parse Turtle for graph {graph}: {exc}") from exc
        self._put(graph, _serialized(triples, ox.RdfFormat.N_TRIPLES))

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads of one graph with one Graph Store Protocol POST: all of them or none.

        Quads of several graphs would take several requests, which is not all-or-none,
        so they are refused.
        """
        quads = list(quads)
        graphs = {q.graph.value for q in quads}
        if len(graphs) > 1:
            raise UnsupportedOperationError(
                "a remote store adds quads to one graph at a time, not to "
                f"{len(graphs)} graphs at once"
            )
        for graph in graphs:
            self._client.post_graph(graph, _ntriples(quads), _NTRIPLES)

    def remove_graph(self, graph: str) -> None:
        if not self._client.delete_graph(graph) and self.has_graph(graph):
            raise self._client.no_graph_store()

    def _put(self, graph: str, body: bytes) -> None:
        self._put_check(graph)
        self._client.put_graph(graph, body, _NTRIPLES)

    @staticmethod
    def _put_check(graph: str) -> None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise StoreError(f"cannot write graph {graph}: not an IRI") from exc

    def flush(self) -> None:
        """Nothing to do: the server has applied each write when it answers."""

    def optimize(self) -> None:
        """Nothing to do: the server looks after its own storage."""

    # --- articles ------------------------------------------------------------------

    def article_graphs_from(self, source: str) -> list[str]:
        """The article graphs whose text was read from ``source``."""
        bindings: dict[str, Term] = {
            "located": IRI(KG.sourceLocation),
            "source": Literal(source),
            "article": IRI(KG.Article),
        }
        rows = self.select(_ARTICLES_FROM, bindings).rows
        return sorted(row[0].value for row in rows if isinstance(row[0], IRI))

    def article_exists(self, sha256: str) -> bool:
        return self.has_graph(iri.article_iri(sha256))

    def write_article(
        self,
        sha256: str,
        source: str,
        nquads: str | bytes,
        also: AlsoWrite | None = None,
    ) -> tuple[bool, list[str]]:
        """Store one article's graph, given as N-Quads, with one PUT; then delete older
        versions of the same source. Returns whether the graph was there before and the
        superseded graphs removed (as ``Store.write_article``, with ``also``)."""
        graph = iri.article_iri(sha256)
        body = graph_triples(nquads, graph).encode("utf-8")
        existed = self.has_graph(graph)
        superseded = [g for g in self.article_graphs_from(source) if g != graph]
        replaced = superseded if not existed else [graph, *superseded]
        more = also(replaced) if also is not None else None
        self._write_version(graph, body, replaced, more)
        return existed, superseded

    def put_article(
        self, sha256: str, source: str, quads: list[Quad], also: AlsoWrite | None = None
    ) -> list[str]:
        """Store one article's graph with one PUT; then delete older versions of the same
        source. Returns the IRIs of the superseded graphs it removed."""
        graph = iri.article_iri(sha256)
        strays = {q.graph.value for q in quads} - {graph}
        if strays:
            raise StoreError(f"an article's quads must all be in its graph, not in {min(strays)}")
        superseded = [g for g in self.article_graphs_from(source) if g != graph]
        replaced = [graph, *superseded] if self.has_graph(graph) else superseded
        more = also(replaced) if also is not None else None
        self._write_version(graph, _ntriples(quads), replaced, more)
        return superseded

    def _write_version(
        self, graph: str, ntriples: bytes, replaced: list[str], more: str | None = None
    ) -> None:
        """Write an article's graph and remove the graphs it replaces, atomically, with
        the update operations ``more`` (the summary's counts) in the same transaction.

        A new article with nothing more is one Graph Store PUT. Otherwise one SPARQL
        update (drop the old graphs, insert the new one, then ``more``), which the server
        applies as one transaction: a crash leaves the old version or the new, never
        both. A server without an update endpoint gets the PUT, then the removals, and
        a crash between them leaves both versions until ``kg ingest --force`` of that
        source; it cannot keep the summary's counts, so their graph is removed (the
        pages count their lists instead, until ``kg summaries rebuild``).
        """
        if not replaced and not more:
            self._put(graph, ntriples)
            return
        self._put_check(graph)
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in replaced)
        body = ntriples.decode("utf-8")
        tail = f" ;\n{more}" if more else ""
        update = f"{drops}INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}{tail}"
        if self._client.update(update, f"replacing graph <{graph}>"):
            return
        self._put(graph, ntriples)
        for old in replaced:
            if old != graph:
                self.remove_graph(old)
        if more:
            self.remove_graph(iri.SUMMARY_GRAPH)
