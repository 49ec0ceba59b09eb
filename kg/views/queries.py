"""Saved SPARQL queries: reading sparql/*.rq, and running them with bound parameters.

Each file holds one query behind a header of grlc-style decorators::

    #+ title: Who criticized the vote
    #+ description: Actors who criticized a country's vote on a resolution.
    #+ param: voter country optional  The country whose vote it is.

A parameter is a variable of the query's SELECT clause. User input is turned into
an RDF term of the parameter's type (a country name becomes the country's IRI, a
symbol the resolution's IRI, a number an xsd:integer, a list of countries one
literal of their ISO codes, a group of States its name in the reference data)
and passed to the store as a substitution: a value never becomes query text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal as TypingLiteral

from kg import iri, names
from kg.errors import InputError, ParameterError, QueryError, UnknownQueryError
from kg.reference.load import reference_for
from kg.reference.lookup import (
    find_resolution,
    resolve_countries,
    resolve_country,
    resolve_group,
    resolve_resolution,
)
from kg.resources import sparql_dir
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.results import SelectResult
from kg.store.sparql_text import without_final_order
from kg.terms import IRI, Literal, Term
from kg.vocab import KG, SCHEMA, XSD

ParamType = TypingLiteral[
    "country", "countries", "group", "resolution", "actor", "iri", "string", "integer", "verdict"
]
PARAM_TYPES: tuple[str, ...] = (
    "country",
    "countries",
    "group",
    "resolution",
    "actor",
    "iri",
    "string",
    "integer",
    "verdict",
)
# What a claim's check against the record can conclude (claims-vs-record.rq).
VERDICTS = ("agrees", "contradicts", "no record")

_DECORATOR = re.compile(r"^#\+\s*(\w+)\s*:\s*(.*)$")
_CONTINUATION = re.compile(r"^#\+\s{2,}(.*)$")
# Where a query with keyed pages is cut: a line of its own in the body.
_PAGE_MARK = re.compile(r"^[ \t]*#\+ page[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ParamType
    required: bool
    description: str


@dataclass(frozen=True)
class Derived:
    """A variable bound from two parameters when both are given ("#+ derive: ?vote =
    vote(?voter, ?resolution)"): the node of the country's vote on the resolution,
    whose IRI is minted from theirs (kg.iri.vote_of). It is no parameter and no column:
    a query binds it where it says "#+ values ?vote", so that pyoxigraph starts from
    the vote instead of stepping over every claim of the voter (or of the resolution)
    until it reaches the vote's node."""

    name: str
    voter: str
    resolution: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    params: tuple[Parameter, ...]
    text: str
    path: Path
    ordered: bool = False
    tags: tuple[str, ...] = field(default=())
    # Whether a page of the answer keeps the query's ORDER BY ("#+ pages: sorted"), or
    # comes in the store's order (the default): see ``page_text``.
    sorted_pages: bool = False
    # With "#+ pages: keyed", the text that asks for a page: pages/NAME.rq beside the
    # query, whose "#+ page" line closes a sub-select of the keys of its groups (see
    # ``page_text``); None otherwise.
    page_query: str | None = None
    derived: tuple[Derived, ...] = ()

    def param(self, name: str) -> Parameter:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise ParameterError(f"query {self.name} has no parameter {name!r} (parameters: {known})")


def parse_saved_query(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, list[str]] = {}
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        cont = _CONTINUATION.match(line)
        if cont and last is not None:
            meta[last][-1] += " " + cont.group(1).strip()
            continue
        match = _DECORATOR.match(line)
        if match:
            last = match.group(1).lower()
            meta.setdefault(last, []).append(match.group(2).strip())
    name = path.stem
    if "title" not in meta or "description" not in meta:
        raise QueryError(f"{path.name}: the header needs '#+ title:' and '#+ description:'")
    params = tuple(_parse_param(name, raw) for raw in meta.get("param", []))
    derived = tuple(_parse_derived(name, raw, params) for raw in meta.get("derive", []))
    pages = meta.get("pages", ["store order"])[0].lower()
    page_query = _page_query(path) if pages == "keyed" else None
    return SavedQuery(
        name=name,
        title=meta["title"][0],
        description=" ".join(meta["description"]),
        params=params,
        text=text,
        path=path,
        ordered=meta.get("order", ["unordered"])[0].lower() == "fixed",
        tags=tuple(t.strip() for t in ",".join(meta.get("tags", [])).split(",") if t.strip()),
        sorted_pages=pages == "sorted",
        page_query=page_query,
        derived=derived,
    )


def _page_query(path: Path) -> str:
    """The text of a keyed query's pages: pages/NAME.rq beside it, with one "#+ page" line."""
    page_path = path.parent / "pages" / path.name
    try:
        text = page_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path.name}: 'pages: keyed' needs its page query: {exc}") from exc
    if len(_PAGE_MARK.findall(text)) != 1:
        raise QueryError(f"pages/{path.name}: a keyed page query needs one '#+ page' line")
    return text


def _parse_param(query: str, raw: str) -> Parameter:
    parts = raw.split(None, 3)
    if len(parts) < 3 or parts[1] not in PARAM_TYPES or parts[2] not in ("required", "optional"):
        raise QueryError(
            f"{query}: malformed parameter {raw!r}; expected 'NAME TYPE required|optional TEXT'"
        )
    ptype: ParamType = parts[1]  # type: ignore[assignment]  # checked just above
    return Parameter(parts[0], ptype, parts[2] == "required", parts[3] if len(parts) > 3 else "")


_DERIVE = re.compile(r"^\?(\w+)\s*=\s*vote\(\s*\?(\w+)\s*,\s*\?(\w+)\s*\)$")


def _parse_derived(query: str, raw: str, params: tuple[Parameter, ...]) -> Derived:
    match = _DERIVE.match(raw.strip())
    types = {p.name: p.type for p in params}
    if not match:
        raise QueryError(f"{query}: malformed derive {raw!r}; expected '?NAME = vote(?A, ?B)'")
    name, voter, resolution = match.groups()
    if types.get(voter) != "country" or types.get(resolution) != "resolution" or name in types:
        raise QueryError(
            f"{query}: derive {raw!r} needs a country and a resolution parameter, "
            "and a name of its own"
        )
    return Derived(name, voter, resolution)


@lru_cache(maxsize=4)
def _load_all(folder: str) -> dict[str, SavedQuery]:
    queries = {}
    for path in sorted(Path(folder).glob("*.rq")):
        query = parse_saved_query(path)
        queries[query.name] = query
    return queries


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    return _load_all(str(folder or sparql_dir()))


def get_query(name: str, folder: Path | None = None) -> SavedQuery:
    queries = saved_queries(folder)
    if name not in queries:
        close = [q for q in queries if name.lower() in q or q in name.lower()]
        hint = f"; did you mean {', '.join(close)}?" if close else "; `kg queries` lists them"
        raise UnknownQueryError(f"no saved query named {name!r}{hint}")
    return queries[name]


# --- parameters ----------------------------------------------------------------------


def bind_parameters(store: KgStore, query: SavedQuery, values: dict[str, str]) -> dict[str, Term]:
    """Turn user strings into RDF terms of each parameter's type."""
    for p in query.params:
        if p.required and p.name not in values:
            raise ParameterError(f"query {query.name} needs -p {p.name}=VALUE ({p.description})")
    bindings: dict[str, Term] = {}
    for name, raw in values.items():
        param = query.param(name)
        bindings[name] = _term(store, param, raw)
    return bindings


def query_bindings(store: KgStore, query: SavedQuery, values: dict[str, str]) -> dict[str, Term]:
    """The terms a saved query runs with: its parameters (``bind_parameters``) and the
    variables it derives from them (``Derived``), when the parameters they need are
    given."""
    bindings = bind_parameters(store, query, values)
    for derived in query.derived:
        voter, resolution = bindings.get(derived.voter), bindings.get(derived.resolution)
        if isinstance(voter, IRI) and isinstance(resolution, IRI):
            vote = iri.vote_of(resolution.value, voter.value)
            if vote is not None:
                bindings[derived.name] = IRI(vote)
    return bindings


def _term(store: KgStore, param: Parameter, raw: str) -> Term:  # noqa: PLR0911  one per type
    if param.type == "country":
        return IRI(iri.country_iri(resolve_country(raw)))
    if param.type == "countries":  # a list, bound as one literal of ISO codes: "FRA GBR"
        return Literal(" ".join(resolve_countries(raw)))
    if param.type == "group":
        return Literal(resolve_group(raw))
    if param.type == "resolution":
        return _known_resolution(store, raw)
    if param.type == "verdict":
        verdict = " ".join(raw.lower().split())
        if verdict not in VERDICTS:
            raise ParameterError(f"{param.name} must be one of {', '.join(VERDICTS)}, not {raw!r}")
        return Literal(verdict)
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", raw.strip()):
            raise ParameterError(f"{param.name} must be a whole number, not {raw!r}")
        return Literal(str(int(raw)), XSD.integer)
    if param.type == "iri":
        if not re.fullmatch(r"[a-zA-Z][\w+.-]*:[^\s<>\"{}|\\^`]*", raw.strip()):
            raise ParameterError(f"{param.name} must be an absolute IRI, not {raw!r}")
        return IRI(raw.strip())
    if param.type == "actor":
        return IRI(resolve_actor(store, raw))
    return Literal(raw)


_MENTIONED = "ASK { GRAPH ?g { { ?resolution ?p ?o } UNION { ?s ?p ?resolution } } }"


def _known_resolution(store: KgStore, raw: str) -> IRI:
    """A resolution the reference data knows, or one some graph of the store describes:
    an unknown one is an error (as an unknown country is), not an empty answer."""
    reference = reference_for(store)  # kg's data and the store's imports
    key = resolve_resolution(raw, reference)
    found = IRI(iri.resolution_iri(key))
    if find_resolution(key, reference) is None and not store.ask(_MENTIONED, {"resolution": found}):
        raise ParameterError(
            f"no resolution {raw.strip()!r} in the reference data or in any article of the "
            "store; give its adopted or draft symbol, e.g. A/RES/ES-11/7"
        )
    return found


_ACTOR_PREFIXES = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
"""
# The persons and organizations with a name word beginning with both ?key and ?also
# (kg.names.name_keys): an index look-up, however many actors the store knows.
_ACTORS_BY_KEY = (
    _ACTOR_PREFIXES
    + """
SELECT DISTINCT ?actor ?name WHERE {
  GRAPH ?g { ?actor kg:nameKey ?key ; kg:nameKey ?also ; a ?type ; schema:name ?name }
  VALUES ?type { kg:Person kg:Organization }
}
"""
)
# Every person and organization: read only when the keys cannot answer.
_ALL_ACTORS = (
    _ACTOR_PREFIXES
    + """
SELECT DISTINCT ?actor ?name WHERE {
  GRAPH ?g { ?actor a ?type ; schema:name ?name }
  VALUES ?type { kg:Person kg:Organization }
}
"""
)
_HAS_NAME_KEYS = _ACTOR_PREFIXES + "ASK { GRAPH ?g { ?actor kg:nameKey ?key } }"


def resolve_actor(store: KgStore, raw: str) -> str:
    """The IRI of the one person or organization whose name matches ``raw``.

    A country name resolves to the country. Matching is case- and accent-insensitive
    and accepts a part of the name; several matches are an error listing them.
    """
    matches = find_actors(store, raw)
    if not matches:
        try:
            return iri.country_iri(resolve_country(raw))
        except ParameterError:
            raise ParameterError(f"no actor matches {raw!r}") from None
    if len(matches) > 1:
        names = "; ".join(sorted({name for _, name in matches}))
        raise ParameterError(f"{raw!r} matches several actors: {names}")
    return matches[0][0]


def find_actors(store: KgStore, raw: str) -> list[tuple[str, str]]:
    """(IRI, name) of persons and organizations whose name matches ``raw``.

    An exact (folded) name wins; otherwise every word of ``raw`` must begin a word
    of the name, so "rice", "Susan Rice" and "s. rice" all find "Susan E. Rice".

    The candidates come from the name keys of ``raw``'s last and longest words of
    three letters or more (an index look-up); only when it has no such word, or the
    store has no name keys (written before them), is every name read.
    """
    wanted = names.fold(raw).strip()
    words = names.name_words(wanted)
    if not words:
        return []
    keys = [k for k in map(names.search_key, words) if k is not None]
    if keys and store.ask(_HAS_NAME_KEYS):
        # The last word first: in "Susan Rice" the family name narrows most.
        also = max(keys[:-1], key=len, default=keys[-1])
        rows = store.select(_ACTORS_BY_KEY, {"key": Literal(keys[-1]), "also": Literal(also)})
    else:
        rows = store.select(_ALL_ACTORS)
    found: dict[str, str] = {}
    exact: dict[str, str] = {}
    for actor, name in rows.rows:
        if not isinstance(actor, IRI) or not isinstance(name, Literal):
            continue
        folded = names.fold(name.value)
        name_words = names.name_words(folded)
        if wanted == folded:
            exact.setdefault(actor.value, name.value)
        elif all(any(w.startswith(word) for w in name_words) for word in words):
            found.setdefault(actor.value, name.value)
    chosen = exact or found
    return sorted(chosen.items(), key=lambda item: item[1])


def run_saved(
    store: KgStore,
    name: str,
    values: dict[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> SelectResult:
    """The answer of a saved query, in the query's own order; with ``limit`` or
    ``offset``, one page of it (``page_text``): the rows ``offset`` to ``offset +
    limit``."""
    query = get_query(name)
    bindings = query_bindings(store, query, values or {})
    return store.select(page_text(query, limit, offset), bindings)


def stream_saved(
    store: KgStore,
    name: str,
    values: dict[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[tuple[str, ...], Iterator[tuple[Term | None, ...]]]:
    """``run_saved``'s answer as its variables and an iterator of its rows: from an
    embedded store, each row as the store finds it (a whole-graph answer is written
    as it is read); from a remote one, the rows of the whole answer."""
    query = get_query(name)
    bindings = query_bindings(store, query, values or {})
    text = page_text(query, limit, offset)
    if isinstance(store, Store):
        return store.select_rows(text, bindings)
    result = store.select(text, bindings)
    return result.variables, iter(result.rows)


def page_text(query: SavedQuery, limit: int | None = None, offset: int = 0) -> str:
    """The text that asks for the rows ``offset`` to ``offset + limit`` of a saved
    query's answer (all of it, in the query's order, when neither is given).

    A page comes in the store's order, not the query's: the rows as pyoxigraph's
    joins find them, starting from the bound parameters, so that it stops after the
    page's last row instead of computing and sorting the whole answer first (83 s for
    a first page of votes-on-resolution at 10k articles). That order is the same on
    every call while the store is unchanged, so pages follow each other without gaps
    or repeats; an ingest between two pages can move rows across them. A query whose
    answer is small by nature (one article's actors) says ``#+ pages: sorted`` and
    keeps its ORDER BY on every page.

    A query whose rows are groups of many claims (votes-on-resolution: one row per
    article and option, counting the article's claims) says ``#+ pages: keyed``: its
    pages are asked by a second text (``pages/NAME.rq``, the same rows) that holds a
    sub-select of the groups' keys (SELECT DISTINCT, in the store's order) followed by
    a ``#+ page`` line. The page's LIMIT and OFFSET go there, so that only the claims
    of the page's keys are read and grouped, and the page, a few rows, keeps the
    ORDER BY. The whole answer is asked by the query itself, which reads each claim
    once.
    """
    if query.page_query is not None and (limit is not None or offset):
        return _PAGE_MARK.sub(lambda _: paging(limit, offset).strip(), query.page_query, count=1)
    if (limit is None and not offset) or query.sorted_pages:
        return query.text + paging(limit, offset)
    return without_final_order(query.text) + paging(limit, offset)


def paging(limit: int | None, offset: int) -> str:
    """The solution modifiers for a page of rows, from two integers (never user text)."""
    if limit is None and not offset:
        return ""
    if (limit is not None and limit < 0) or offset < 0:
        raise InputError("a page's limit and offset are counts (0 or more)")
    clause = f"\nLIMIT {int(limit)}" if limit is not None else ""
    return clause + (f"\nOFFSET {int(offset)}" if offset else "")


# Exported for callers that label IRIs (tables, pages).
LABEL_PROPERTIES = (SCHEMA.name, KG.symbol)
