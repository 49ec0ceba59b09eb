"""The embedded store: the only module that talks to pyoxigraph.

A ``Store`` is an on-disk pyoxigraph dataset holding one named graph per article,
the reference graph and the ontology graph. Writes of an article are atomic: its
quads go in as one transaction, and only then is a superseded version of the same
source removed, so a reader never sees a partial graph. Queries see the union of
all graphs as their default graph.

Location: ``--store`` or ``KG_STORE``, else ``$XDG_DATA_HOME/kg/store``
(``~/.local/share/kg/store``).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg import iri
from kg.errors import (
    FormatError,
    ParameterError,
    QuerySyntaxError,
    RemoteCallError,
    ResultTooLargeError,
    StoreError,
    StoreLockedError,
    UpdateRefusedError,
)
from kg.store.lock import opening
from kg.store.sparql_text import (
    assigned_variables,
    binding_site,
    declares_dataset,
    projected_variables,
    remote_calls,
    where_clause_start,
)
from kg.terms import IRI, Literal, Quad, Term, to_nquads
from kg.vocab import KG, RDF

ENV_STORE = "KG_STORE"

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
GRAPH_FORMATS = {"trig", "nquads", "jsonld"}


def default_location() -> Path:
    """Where the store lives unless told otherwise."""
    explicit = os.environ.get(ENV_STORE)
    if explicit:
        return Path(explicit)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "kg" / "store"


@dataclass(frozen=True)
class SelectResult:
    """A SELECT answer with our own terms: variables, and rows of term-or-None."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


def _to_ox(term: Term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, IRI):
        return ox.NamedNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_IMPLICIT = frozenset({_XSD_STRING, _RDF_LANG_STRING})


def _from_ox(term: Any) -> Term | None:
    kind = type(term)  # exact types first: this runs for every value of every answer
    if kind is ox.NamedNode:
        return IRI(term.value)
    if term is None:
        return None
    if kind is ox.Literal or isinstance(term, ox.Literal):
        # A plain string and a language-tagged string come back in the same form as
        # they are written (Literal("x"), Literal("x", lang="fr")), so they compare equal.
        datatype = term.datatype.value
        implicit = datatype in _IMPLICIT
        return Literal(term.value, None if implicit else datatype, term.language)
    if isinstance(term, ox.NamedNode):
        return IRI(term.value)
    if isinstance(term, ox.BlankNode):
        return IRI(f"_:{term.value}")
    return Literal(str(term))


_UNSEEN = object()


def rows_from_ox(solutions: Iterable[Iterable[Any]]) -> tuple[tuple[Term | None, ...], ...]:
    """Each solution's values (in the order of its variables) as kg's terms.

    A large answer names few distinct terms many times over (its countries,
    resolutions, vote options and articles): each is converted once per answer.
    """
    known: dict[Any, Term | None] = {}
    find = known.get

    def convert(term: Any) -> Term | None:
        found = find(term, _UNSEEN)
        if found is _UNSEEN:
            found = known[term] = _from_ox(term)
        return found  # type: ignore[return-value]

    return tuple(tuple(map(convert, solution)) for solution in solutions)


def iter_rows_from_ox(solutions: Iterable[Iterable[Any]]) -> Iterator[tuple[Term | None, ...]]:
    """``rows_from_ox``, one row at a time (each distinct term still converted once)."""
    known: dict[Any, Term | None] = {}
    find = known.get
    for solution in solutions:
        row: list[Term | None] = []
        for term in solution:
            found = find(term, _UNSEEN)
            if found is _UNSEEN:
                found = known[term] = _from_ox(term)
            row.append(found)  # type: ignore[arg-type]
        yield tuple(row)


# The prologue of a SPARQL request (comments, BASE, PREFIX), then its first keyword,
# which tells a query (SELECT, CONSTRUCT, ASK, DESCRIBE) from an update.
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_UPDATE_WORDS = frozenset(
    {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
)


def is_update(sparql: str) -> bool:
    """True if the text is a SPARQL update rather than a query (judged by its first keyword)."""
    pos = 0
    while (match := _PROLOGUE.match(sparql, pos)) and match.end() > pos:
        pos = match.end()
    word = _FIRST_WORD.match(sparql, pos)
    return word is not None and word.group(1).lower() in _UPDATE_WORDS


UPDATES_REFUSED = (
    "SPARQL updates (INSERT, DELETE, LOAD, DROP ...) are refused: queries are "
    "read-only; kg ingest is how the store changes"
)


def check_remote_calls(
    sparql: str, services: frozenset[str], loads: frozenset[str] | None = None
) -> None:
    """Refuse a SERVICE or LOAD whose address is not in the allowed set.

    pyoxigraph would fetch any http(s) address a query or update names, the host's
    own included; kg calls out only where its operator has said it may. With
    ``loads`` None (a query, which the parser refuses to LOAD anyway), LOAD is not
    looked at.
    """
    for keyword, target in remote_calls(sparql):
        if keyword == "LOAD" and loads is None:
            continue
        allowed = services if keyword == "SERVICE" else (loads or frozenset())
        if target is not None and target in allowed:
            continue
        where = f"<{target}>" if target is not None else "an address not written as a full IRI"
        option = "--allow-service" if keyword == "SERVICE" else "--allow-load"
        raise RemoteCallError(
            f"{keyword} {where} is refused: kg calls only the addresses allowed with "
            f"{option} URL" + (f" (allowed: {', '.join(sorted(allowed))})" if allowed else "")
        )


def _first_line(exc: Exception, limit: int = 160) -> str:
    """The first line of a parser's message, its list of expected tokens cut short."""
    line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if len(line) <= limit:
        return line
    return line[: line.rfind(",", 0, limit)] + ", ..."


def _bind(sparql: str, bindings: Mapping[str, Term]) -> tuple[str, dict[Any, Any]]:
    """Bind parameters as RDF terms: a VALUES row opening the WHERE clause where that
    means the same, else pyoxigraph substitutions.

    pyoxigraph evaluates a substituted query in full before it applies the
    substitution, which made a country's profile take seconds; a VALUES row lets
    the optimiser start from the bound terms. A variable the query assigns itself
    (``BIND(... AS ?v)``, ``(... AS ?v)``) keeps the substitution, which replaces
    the assignment. The row is written by pyoxigraph's own term serialiser from
    validated terms (an invalid IRI or variable name raises), never from the raw
    text of a value.
    """
    if not bindings:
        return sparql, {}
    try:
        pairs = [(ox.Variable(name), _to_ox(term)) for name, term in bindings.items()]
    except ValueError as exc:
        raise ParameterError(f"cannot bind parameters: {exc}") from exc
    at = where_clause_start(sparql)
    assigned = assigned_variables(sparql)
    rows = [(v, t) for v, t in pairs if at is not None and v.value not in assigned]
    substitutions = {v: t for v, t in pairs if (v, t) not in rows}
    if not rows or at is None:
        return sparql, substitutions
    # Each row opens the group where it lets pyoxigraph start from the bound term
    # (kg.store.sparql_text.binding_site); at the WHERE clause's start otherwise.
    sites: dict[int, list[tuple[Any, Any]]] = {}
    for variable, term in rows:
        sites.setdefault(binding_site(sparql, variable.value) or at, []).append((variable, term))
    for site in sorted(sites, reverse=True):
        names = " ".join(str(variable) for variable, _ in sites[site])
        terms = " ".join(str(term) for _, term in sites[site])
        sparql = f"{sparql[:site]} VALUES ({names}) {{ ({terms}) }}{sparql[site:]}"
    return sparql, substitutions


class _ResultTooLarge(Exception):
    """Raised by a bounded sink inside pyoxigraph's serialiser, caught just outside."""


class _BoundedSink:
    """A binary file-like object that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.buffer = io.BytesIO()

    def write(self, data: bytes) -> int:
        if self.limit is not None and self.buffer.tell() + len(data) > self.limit:
            raise _ResultTooLarge
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


class Answer:
    """The answer of a query, not yet serialised; ``form`` says which kind it is."""

    def __init__(self, result: Any) -> None:
        self._result = result
        if isinstance(result, ox.QueryTriples):
            self.form = "construct"
        elif isinstance(result, ox.QuerySolutions):
            self.form = "select"
        else:
            self.form = "ask"

    def serialized(self, wanted: str, max_bytes: int | None = None) -> tuple[str, bytes]:
        """The form and the answer serialised in ``wanted`` if the form allows it, else
        in its default (Turtle for CONSTRUCT / DESCRIBE, JSON results otherwise)."""
        if self.form == "construct":
            fmt = wanted if wanted in RDF_FORMATS else "turtle"
        else:
            fmt = wanted if wanted in RESULT_FORMATS else "json"
        return self.form, self.serialize(fmt, max_bytes)

    def serialize(self, fmt: str, max_bytes: int | None = None) -> bytes:
        """Serialise in ``fmt`` (a results format for SELECT / ASK, an RDF format
        for CONSTRUCT / DESCRIBE); past ``max_bytes`` raise ResultTooLargeError."""
        if self.form == "construct":
            if fmt not in RDF_FORMATS:
                raise FormatError(f"a CONSTRUCT or DESCRIBE answer cannot be written as {fmt}")
            target: Any = RDF_FORMATS[fmt]
        else:
            if fmt not in RESULT_FORMATS:
                raise FormatError(f"a {self.form.upper()} answer cannot be written as {fmt}")
            target = RESULT_FORMATS[fmt]
        sink = _BoundedSink(max_bytes)
        try:
            self._result.serialize(sink, format=target)
        except _ResultTooLarge:
            raise ResultTooLargeError(
                f"the answer is larger than the limit of {max_bytes} bytes; "
                "narrow the query or add a LIMIT"
            ) from None
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc
        except (SyntaxError, RuntimeError) as exc:  # evaluation errors surface lazily
            raise QuerySyntaxError(str(exc).splitlines()[0]) from exc
        return sink.buffer.getvalue()


def _written(data: bytes | None) -> bytes:
    """What pyoxigraph serialised when given no file to write to (its stubs allow None)."""
    if data is None:
        raise StoreError("the store serialised nothing")
    return data


def reserialize(data: bytes, source: str, target: str, prefixes: Mapping[str, str]) -> bytes:
    """RDF ``data`` in format ``source`` written again in ``target``, with ``prefixes``
    (Turtle and TriG use them; the line formats have none)."""
    quads = ox.parse(data, format=RDF_FORMATS[source])
    return _written(ox.serialize(quads, format=RDF_FORMATS[target], prefixes=dict(prefixes)))


def _is_lock_error(exc: OSError) -> bool:
    message = str(exc).lower()
    return "lock" in message or "resource temporarily unavailable" in message


def graph_triples(nquads: str | bytes, graph: str) -> str:
    """One graph's quads, minted by kg as N-Quads, as the N-Triples of that graph.

    Raises ``StoreError`` if a line names another graph (or none): an article's
    quads all belong to its own graph.
    """
    text = nquads.decode("utf-8") if isinstance(nquads, bytes) else nquads
    suffix = f" <{graph}> ."
    lines = [line for line in text.splitlines() if line]
    if not all(line.endswith(suffix) for line in lines):
        raise StoreError(f"cannot write graph {graph}: quads of another graph given")
    return "".join(line[: -len(suffix)] + " .\n" for line in lines)


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
            return _from_ox(quad.object)
        return None

    def subjects(self, predicate: str, obj: Term, graph: str | None = None) -> list[str]:
        g = ox.NamedNode(graph) if graph else None
        return sorted(
            {
                q.subject.value
                for q in self._store.quads_for_pattern(
                    None, ox.NamedNode(predicate), _to_ox(obj), g
                )
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
        sparql, substitutions = _bind(sparql, bindings or {})
        for name, term in (bindings or {}).items():
            # A parameter bound by the VALUES row is also a substitution where pyoxigraph
            # allows one (a projected variable). The VALUES row alone leaves pyoxigraph to
            # read a whole GRAPH ?g pattern or sub-select before joining the bound term
            # (60 ms instead of 1 ms for one article's actors on 200 articles); the
            # substitution alone misses joins that start from the VALUES row. Together
            # they were the faster of the two on every query measured, same answers.
            if projected is None or name in projected:
                substitutions[ox.Variable(name)] = _to_ox(term)
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
                return _written(ox.serialize(quads, format=fmt))
            if graph is not None:
                return _written(self._store.dump(format=fmt, from_graph=ox.NamedNode(graph)))
            if rdf_format in GRAPH_FORMATS:
                return _written(self._store.dump(format=fmt))
            return _written(self._store.dump(format=fmt, from_graph=ox.DefaultGraph()))
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def dump_with_prefixes(self, rdf_format: str, prefixes: dict[str, str]) -> bytes:
        fmt = RDF_FORMATS[rdf_format]
        try:
            if rdf_format == "trig":
                return _written(self._store.dump(format=fmt, prefixes=prefixes))
            return _written(self._store.dump(format=fmt))
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
        self, sha256: str, source: str, nquads: str | bytes
    ) -> tuple[bool, list[str]]:
        """Store one article's graph, given as N-Quads, in one transaction that also
        drops its older copy and the other versions read from the same ``source``.

        Returns whether the graph was there before, and the superseded graphs removed.
        A new article is a plain ``load``; a replacement is one SPARQL update built
        from the minted N-Quads (our own terms), never from user text.
        """
        self._writable()
        graph = iri.article_iri(sha256)
        superseded = [g for g in self.article_graphs_from(source) if g != graph]
        existed = self.has_graph(graph)
        try:
            if not existed and not superseded:
                self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
                return existed, superseded
            triples = graph_triples(nquads, graph)
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in [graph, *superseded])
            self._store.update(f"{drops}INSERT DATA {{ GRAPH <{graph}> {{\n{triples}}} }}")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc
        return existed, superseded

    def put_article(self, sha256: str, source: str, quads: list[Quad]) -> list[str]:
        """Store one article's graph and drop older versions of the same source, in one
        transaction (``write_article``): a crash leaves the old version or the new one,
        never both. Returns the IRIs of the superseded graphs it removed.
        """
        _, superseded = self.write_article(sha256, source, to_nquads(quads))
        return superseded
