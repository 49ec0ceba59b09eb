"""The embedded store: an on-disk pyoxigraph dataset.

A ``Store`` is an on-disk pyoxigraph dataset holding one named graph per article,
the reference graph and the ontology graph. Writes of an article are atomic: its
quads go in as one transaction, and only then is a superseded version of the same
source removed, so a reader never sees a partial graph. Queries see the union of
all graphs as their default graph.

Location: ``--store`` or ``KG_STORE``, else ``$XDG_DATA_HOME/kg/store``
(``~/.local/share/kg/store``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg import iri
from kg.errors import (
    ParameterError,
    QuerySyntaxError,
    RemoteCallError,
    StoreError,
    StoreLockedError,
    UpdateRefusedError,
)
from kg.store.lock import opening
from kg.store.results import (
    GRAPH_FORMATS,
    RDF_FORMATS,
    Answer,
    SelectResult,
    bind,
    from_ox,
    graph_triples,
    iter_rows_from_ox,
    rows_from_ox,
    to_ox,
    written,
)
from kg.store.sparql_text import (
    UPDATES_REFUSED,
    check_remote_calls,
    declares_dataset,
    is_update,
    projected_variables,
    remote_calls,
)
from kg.terms import IRI, Literal, Quad, Term, to_nquads
from kg.vocab import KG, RDF

ENV_STORE = "KG_STORE"
# What else an article's write does in its transaction: given the graphs the write
# removes, SPARQL update operations (or None).
AlsoWrite = Callable[[list[str]], str | None]


def default_location() -> Path:
    """Where the store lives unless told otherwise."""
    explicit = os.environ.get(ENV_STORE)
    if explicit:
        return Path(explicit)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "kg" / "store"


def _first_line(exc: Exception, limit: int = 160) -> str:
    """The first line of a parser's message, its list of expected tokens cut short."""
    line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if len(line) <= limit:
        return line
    return line[: line.rfind(",", 0, limit)] + ", ..."


def _is_lock_error(exc: OSError) -> bool:
    message = str(exc).lower()
    return "lock" in message or "resource temporarily unavailable" in message


def is_store(path: Path) -> bool:
    """Whether ``path`` holds an on-disk store (RocksDB writes CURRENT in every one)."""
    return (path / "CURRENT").is_file()


def missing_store(path: Path) -> StoreError:
    """The error for a reader pointed at a folder that holds no store."""
    what = "nothing"
    if path.is_dir():
        what = "a folder that is not a kg store" if any(path.iterdir()) else "an empty folder"
    return StoreError(
        f"no store at {path} ({what} there): kg ingest creates one; check --store or $KG_STORE"
    )


class Store:
    """An on-disk (or, with ``path=None``, in-memory) kg store.

    ``allowed_services`` / ``allowed_loads``: the addresses a query's SERVICE and an
    update's LOAD may name (none unless the caller says so).
    """

    allowed_services: frozenset[str] = frozenset()
    allowed_loads: frozenset[str] = frozenset()

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                with opening(path):  # never in the middle of a bulk load's swap
                    self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                with opening(path):
                    self._store = ox.Store(str(path))
        except OSError as exc:
            if _is_lock_error(exc):
                raise StoreLockedError(
                    f"the store at {path} is in use by another kg process"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
        except RuntimeError as exc:  # RocksDB reports a damaged store this way
            detail = " ".join(str(exc).split())
            raise StoreError(f"cannot open the store at {path}: {detail}") from exc

    @classmethod
    def open(cls, path: Path | None = None, *, write: bool = True) -> Store:
        """Open the store at ``path`` (default location if None).

        A reader falls back to a read-only view when a writer (``kg serve``) holds
        the store.
        """
        location = path or default_location()
        if location.parts and location.parts[0].lower() in ("http:", "https:"):
            # A server's URL made into a path; kg.store.backend.open_store opens a remote store.
            raise StoreError(f"{location} is a URL, not a store folder")
        if write:
            return cls(location)
        if not is_store(location):
            # A reader never creates a store: a mistyped --store is an error, not an
            # empty store that answers every question with nothing.
            raise missing_store(location)
        try:
            return cls(location)
        except StoreLockedError:
            return cls(location, read_only=True)

    # --- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return bool(self._store.contains_named_graph(ox.NamedNode(graph)))

    def graph_size(self, graph: str) -> int:
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def value(self, subject: str, predicate: str, graph: str | None = None) -> Term | None:
        g = ox.NamedNode(graph) if graph else None
        for quad in self._store.quads_for_pattern(
            ox.NamedNode(subject), ox.NamedNode(predicate), None, g
        ):
            return from_ox(quad.object)
        return None

    def subjects(self, predicate: str, obj: Term, graph: str | None = None) -> list[str]:
        g = ox.NamedNode(graph) if graph else None
        return sorted(
            {
                q.subject.value
                for q in self._store.quads_for_pattern(None, ox.NamedNode(predicate), to_ox(obj), g)
                if isinstance(q.subject, ox.NamedNode)
            }
        )

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> SelectResult:
        """Run a SELECT query with parameters bound as RDF terms."""
        solutions = self._run(sparql, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QuerySyntaxError("expected a SELECT query")
        variables = tuple(v.value for v in solutions.variables)
        rows = rows_from_ox(solutions)
        return SelectResult(variables, rows)

    def select_rows(
        self, sparql: str, bindings: Mapping[str, Term] | None = None
    ) -> tuple[tuple[str, ...], Iterator[tuple[Term | None, ...]]]:
        """A SELECT query's variables, and its rows as the store finds them (streamed:
        for an answer written out row by row)."""
        solutions = self._run(sparql, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QuerySyntaxError("expected a SELECT query")
        return tuple(v.value for v in solutions.variables), iter_rows_from_ox(solutions)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        result = self._run(sparql, bindings)
        return bool(result)

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
        """Run any query and serialise its answer.

        Returns the query form ("select", "ask", "construct") and the bytes:
        SELECT / ASK answers in a SPARQL results format (json, xml, csv, tsv),
        CONSTRUCT / DESCRIBE answers in an RDF format (turtle, ntriples, jsonld, rdfxml).
        """
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
        """Run any query; its form is known at once, its serialisation chosen later.

        The dataset: ``default_graphs`` / ``named_graphs`` when given (the SPARQL
        Protocol's ``default-graph-uri`` / ``named-graph-uri``; naming only named
        graphs leaves the default graph empty), else the query's own FROM / FROM NAMED,
        else the union of all graphs as the default graph.
        """
        return Answer(
            self._run(sparql, bindings, default_graphs=default_graphs, named_graphs=named_graphs)
        )

    def _run(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        projected: frozenset[str] | None = projected_variables(sparql) if bindings else frozenset()
        sparql, substitutions = bind(sparql, bindings or {})
        for name, term in (bindings or {}).items():
            # A parameter bound by the VALUES row is also a substitution where pyoxigraph
            # allows one (a projected variable). The VALUES row alone leaves pyoxigraph to
            # read a whole GRAPH ?g pattern or sub-select before joining the bound term
            # (60 ms instead of 1 ms for one article's actors on 200 articles); the
            # substitution alone misses joins that start from the VALUES row. Together
            # they were the faster of the two on every query measured, same answers.
            if projected is None or name in projected:
                substitutions[ox.Variable(name)] = to_ox(term)
        check_remote_calls(sparql, self.allowed_services)
        kwargs: dict[str, Any] = {}
        try:
            if default_graphs or named_graphs:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
            elif not declares_dataset(sparql):
                kwargs["use_default_graph_as_union"] = True
            if named_graphs:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        except ValueError as exc:
            raise ParameterError(f"a graph name is not an IRI: {exc}") from exc
        try:
            return self._store.query(sparql, substitutions=substitutions or None, **kwargs)
        except SyntaxError as exc:
            if is_update(sparql):
                raise UpdateRefusedError(UPDATES_REFUSED) from exc
            raise QuerySyntaxError(f"invalid SPARQL: {_first_line(exc)}") from exc
        except RuntimeError as exc:
            raise QuerySyntaxError(str(exc).splitlines()[0]) from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def dump(self, rdf_format: str, graph: str | None = None) -> bytes:
        """The store, or one named graph, serialised.

        One graph in a dataset format (TriG, N-Quads) keeps its name; in a triple
        format it is written as plain triples.
        """
        fmt = RDF_FORMATS[rdf_format]
        try:
            if graph is not None and rdf_format in GRAPH_FORMATS:
                quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
                return written(ox.serialize(quads, format=fmt))
            if graph is not None:
                return written(self._store.dump(format=fmt, from_graph=ox.NamedNode(graph)))
            if rdf_format in GRAPH_FORMATS:
                return written(self._store.dump(format=fmt))
            return written(self._store.dump(format=fmt, from_graph=ox.DefaultGraph()))
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def dump_with_prefixes(self, rdf_format: str, prefixes: dict[str, str]) -> bytes:
        fmt = RDF_FORMATS[rdf_format]
        try:
            if rdf_format == "trig":
                return written(self._store.dump(format=fmt, prefixes=prefixes))
            return written(self._store.dump(format=fmt))
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def write_file(
        self, target: Path, rdf_format: str, union: str, prefixes: Mapping[str, str]
    ) -> None:
        """The whole store written to ``target`` as it is read, never held in memory:
        a quad format as stored (TriG with ``prefixes``), a triple format as the answer
        to the CONSTRUCT query ``union`` (with ``prefixes`` where the format has them)."""
        fmt = RDF_FORMATS[rdf_format]
        try:
            if rdf_format == "trig":
                self._store.dump(str(target), format=fmt, prefixes=dict(prefixes))
            elif rdf_format in GRAPH_FORMATS:
                self._store.dump(str(target), format=fmt)
            else:
                triples = self._store.query(union)
                if not isinstance(triples, ox.QueryTriples):
                    raise StoreError(f"not a CONSTRUCT query: {union}")
                ox.serialize(triples, str(target), format=fmt, prefixes=dict(prefixes))
        except OSError as exc:
            raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from exc

    def dump_to(
        self,
        output: BinaryIO,
        rdf_format: str,
        graph: str | None = None,
        union: str | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> None:
        """The store, or one named graph, written to the binary stream ``output`` as it
        is read (pyoxigraph's writers), never held in memory. Without a graph, a quad
        format writes the dataset (TriG with ``prefixes``), a triple format the answer to
        the CONSTRUCT query ``union``; Turtle is written with ``prefixes``."""
        fmt = RDF_FORMATS[rdf_format]
        some = dict(prefixes or {}) if rdf_format in {"turtle", "trig"} else None
        try:
            if graph is not None and rdf_format in GRAPH_FORMATS:
                quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
                ox.serialize(quads, output, format=fmt, prefixes=some)
            elif graph is not None:
                self._store.dump(output, format=fmt, from_graph=ox.NamedNode(graph), prefixes=some)
            elif rdf_format in GRAPH_FORMATS:
                self._store.dump(output, format=fmt, prefixes=some)
            else:
                triples = self._store.query(union or "CONSTRUCT {} WHERE {}")
                if not isinstance(triples, ox.QueryTriples):
                    raise StoreError(f"not a CONSTRUCT query: {union}")
                ox.serialize(triples, output, format=fmt, prefixes=some)
        except OSError as exc:
            raise StoreError(f"cannot export the store: {exc.strerror or exc}") from exc

    def iter_nquads(self, graph: str | None = None) -> Iterator[bytes]:
        """The store (or one graph) as N-Quads lines, streamed."""
        g = ox.NamedNode(graph) if graph else None
        for quad in self._store.quads_for_pattern(None, None, None, g):
            yield f"{quad} .\n".encode()

    # --- writing -------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreLockedError("the store is open read-only (another kg process holds it)")

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction) against the store's own graphs."""
        self._writable()
        check_remote_calls(sparql, self.allowed_services, self.allowed_loads)
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc).splitlines()[0]) from exc
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        except RuntimeError as exc:  # an allowed LOAD or SERVICE that failed, and the like
            failed = RemoteCallError if remote_calls(sparql) else QuerySyntaxError
            raise failed(f"the update failed: {_first_line(exc)}") from exc

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction: all of them or none."""
        self._writable()
        data = to_nquads(quads)
        try:
            self._store.load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc

    def bulk_add(self, nquads: str | bytes | BinaryIO) -> None:
        """Load pre-serialised N-Quads through pyoxigraph's bulk path (fresh stores).

        ``nquads`` may be a binary stream, read as the load goes: memory stays bounded.
        Not a transaction: a load that fails midway leaves what it had written so far.
        """
        self._writable()
        try:
            self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc

    def remove_graph(self, graph: str) -> None:
        self._writable()
        try:
            self._store.remove_graph(ox.NamedNode(graph))
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace a graph's content in one SPARQL update transaction.

        The update text is built only from our own terms, serialised by ``to_nquads``;
        no user-supplied query text is involved.
        """
        self._writable()
        body = to_nquads(q._replace(graph=IRI(graph)) for q in quads)
        triples = "".join(line.rsplit(" ", 2)[0] + " .\n" for line in body.splitlines() if line)
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{triples}}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc

    def load_turtle_graph(self, graph: str, turtle: str) -> None:
        """Replace a graph with the triples of a Turtle document (the ontology)."""
        self._writable()
        try:
            triples = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise StoreError(f"cannot parse Turtle for graph {graph}: {exc}") from exc
        body = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc

    def flush(self) -> None:
        """Nothing to do: every write is a committed transaction, in RocksDB's write-ahead
        log, which the next open of the store replays.

        pyoxigraph's own ``Store.flush`` (writing the memory tables out to files) is not
        called: with the RocksDB options pyoxigraph sets (two memory tables merged per
        flush), a manual flush can wait forever with nothing left to do, and did so
        after 1,000 articles written one by one into a 10k-article store
        (benchmarks/README.md). RocksDB writes its memory tables out in the background.
        """

    def optimize(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.optimize()

    def close(self) -> None:
        """Release an on-disk store's files and lock (``reopen`` opens it again)."""
        self.__dict__.pop("_store", None)

    def reopen(self) -> None:
        """Open the folder at ``path`` again, after ``close`` (its content may be new)."""
        if self.path is not None and "_store" not in self.__dict__:
            self._store = Store(self.path, read_only=self.read_only)._store

    # --- articles ------------------------------------------------------------------

    def article_graphs_from(self, source: str) -> list[str]:
        """The article graphs whose text was read from ``source``."""
        return [
            g
            for g in self.subjects(KG.sourceLocation, Literal(source))
            if self.value(g, RDF.type, g) == IRI(KG.Article)
        ]

    def article_exists(self, sha256: str) -> bool:
        return self.has_graph(iri.article_iri(sha256))

    def write_article(
        self,
        sha256: str,
        source: str,
        nquads: str | bytes,
        also: AlsoWrite | None = None,
    ) -> tuple[bool, list[str]]:
        """Store one article's graph, given as N-Quads, in one transaction that also
        drops its older copy and the other versions read from the same ``source``.

        ``also``, given the graphs the write removes, returns SPARQL update operations
        run in the same transaction (kg.graph.summary: the counts the article changes).
        Returns whether the graph was there before, and the superseded graphs removed.
        A new article is a plain ``load``; a replacement, or a write with more to do,
        is one SPARQL update built from the minted N-Quads (our own terms), never from
        user text. (pyoxigraph 0.5 gives no transaction that spans calls: ``load``,
        ``extend`` and ``update`` are each one, so the article's triples cannot take the
        loader's path when the counts change with them.)
        """
        self._writable()
        graph = iri.article_iri(sha256)
        superseded = [g for g in self.article_graphs_from(source) if g != graph]
        existed = self.has_graph(graph)
        removed = [graph, *superseded] if existed else superseded
        more = also(removed) if also is not None else None
        try:
            if not removed and not more:
                self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
                return existed, superseded
            triples = graph_triples(nquads, graph)
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in removed)
            tail = f" ;\n{more}" if more else ""
            self._store.update(f"{drops}INSERT DATA {{ GRAPH <{graph}> {{\n{triples}}} }}{tail}")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc
        return existed, superseded

    def put_article(
        self, sha256: str, source: str, quads: list[Quad], also: AlsoWrite | None = None
    ) -> list[str]:
        """Store one article's graph and drop older versions of the same source, in one
        transaction (``write_article``): a crash leaves the old version or the new one,
        never both. Returns the IRIs of the superseded graphs it removed.
        """
        _, superseded = self.write_article(sha256, source, to_nquads(quads), also)
        return superseded
