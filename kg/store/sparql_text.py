"""Reading SPARQL text without parsing it: does a query name its dataset, where does
its WHERE clause open, which variables does it assign.

Strings, comments and IRIs are blanked out first, so a "FROM" or "WHERE {" inside
them is never taken for a keyword. pyoxigraph has no parse-only API; these
questions are all the store needs to ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import RemoteCallError

# Strings and comments hide nothing a dataset clause needs, and may contain "FROM".
_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_DATASET_CLAUSE = re.compile(
    r"(?<![\w:?$-])FROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_][\w.-]*:|:)", re.IGNORECASE
)


@lru_cache(maxsize=256)  # the saved queries' texts come back on every call
def _masked(sparql: str) -> str:
    """The text with strings, comments and IRIs blanked out, offsets unchanged."""

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        return "<" + " " * (len(token) - 2) + ">" if token.startswith("<") else " " * len(token)

    return _STRINGS_AND_COMMENTS.sub(blank, sparql)


@lru_cache(maxsize=256)
def declares_dataset(sparql: str) -> bool:
    """Whether a query names its own dataset with FROM or FROM NAMED.

    pyoxigraph's union-default-graph option would override such a clause, so the
    store only asks for the union when the query does not choose for itself.
    """
    return bool(_DATASET_CLAUSE.search(_masked(sparql)))


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_ASSIGNED = re.compile(r"\bAS\s+[?$](\w+)", re.IGNORECASE)


@lru_cache(maxsize=256)
def where_clause_start(sparql: str) -> int | None:
    """The offset just after the ``{`` opening the WHERE clause, or None."""
    where = _WHERE.search(_masked(sparql))
    return None if where is None else where.end()


@lru_cache(maxsize=256)
def assigned_variables(sparql: str) -> frozenset[str]:
    """Variables the query assigns itself, with BIND(... AS ?v) or a (... AS ?v) projection."""
    return frozenset(_ASSIGNED.findall(_masked(sparql)))


_SELECT = re.compile(r"\bSELECT\b(.*?)\bWHERE\s*\{", re.IGNORECASE | re.DOTALL)
_VARIABLE = re.compile(r"[?$](\w+)")


@lru_cache(maxsize=256)
def projected_variables(sparql: str) -> frozenset[str] | None:
    """The variables the outer SELECT names before its WHERE clause; None for ``SELECT *``.

    An empty set when the query is no SELECT with a WHERE keyword. A variable used
    only inside a projected expression is counted too: callers that need the exact
    projection must still handle the engine's refusal.
    """
    head = _SELECT.search(_masked(sparql))
    if head is None:
        return frozenset()
    if head.group(1).strip().removeprefix("DISTINCT").removeprefix("REDUCED").strip() == "*":
        return None
    return frozenset(_VARIABLE.findall(head.group(1)))


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_AFTER_ORDER = re.compile(r"\b(?:LIMIT|OFFSET|VALUES)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def without_final_order(sparql: str) -> str:
    """The query without the ORDER BY of its outermost SELECT (one inside a sub-select
    stays), or unchanged when it has none. A LIMIT, OFFSET or VALUES clause after it
    is kept.

    pyoxigraph sorts the whole answer before the first row of an ordered query; without
    the ORDER BY, it gives rows as its joins find them and stops after a LIMIT.
    """
    masked = _masked(sparql)
    found = None
    for match in _ORDER_BY.finditer(masked):
        if masked.count("{", 0, match.start()) == masked.count("}", 0, match.start()):
            found = match
    if found is None:
        return sparql
    rest = _AFTER_ORDER.search(masked, found.end())
    end = len(sparql) if rest is None else rest.start()
    return sparql[: found.start()].rstrip() + "\n" + sparql[end:]


# A group opened by GRAPH and a term: a VALUES row inside it joins as it would outside.
_GRAPH_OPENING = re.compile(
    r"\bGRAPH\s+(?:[?$]\w+|<\s*>|[A-Za-z_][\w.-]*:[\w.-]*|:[\w.-]*)\s*$", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def binding_site(sparql: str, name: str) -> int | None:
    """Where a VALUES row binding ``?name`` should open: just inside the deepest group
    on the way from the WHERE clause to the variable's first use that is opened by
    ``GRAPH`` (and every group between is too), else at the WHERE clause's start.

    A VALUES row does not depend on the active graph, so inside such a group it
    means what it means at the top; but pyoxigraph then starts the group's join from
    the bound term instead of reading every graph first (one actor's quotes on 10k
    articles: 1 ms instead of 4.7 s). Inside OPTIONAL, UNION, MINUS or a sub-select
    it would mean something else, so the walk stops at the first such group.
    """
    masked = _masked(sparql)
    start = where_clause_start(sparql)
    if start is None:
        return None
    use = re.compile(rf"[?$]{re.escape(name)}(?!\w)").search(masked, start)
    if use is None:
        return start
    opened: list[int] = []  # offsets just inside each group still open at the use
    for offset in range(start, use.start()):
        if masked[offset] == "{":
            opened.append(offset + 1)
        elif masked[offset] == "}" and opened:
            opened.pop()
    site = start
    for inside in opened:
        if not _GRAPH_OPENING.search(masked, 0, inside - 1):
            break
        site = inside
    return site


# A line ``#+ values ?name`` in a query's body marks a place for the VALUES row that
# binds ?name (see ``binding_sites``).
_VALUES_MARK = re.compile(r"^[ \t]*#\+ values[ \t]+[?$](\w+)[ \t]*\r?\n", re.MULTILINE)


@lru_cache(maxsize=1024)
def binding_sites(sparql: str, name: str) -> tuple[int, ...]:
    """Where the VALUES rows binding ``?name`` should open: after each line of the
    query that says ``#+ values ?name``, else the one place ``binding_site`` finds
    (none when the query has no WHERE clause).

    A query marks its places when the row, written once at the top, would not reach
    the patterns that should start from the bound term: pyoxigraph joins a VALUES
    row with a UNION or a sub-select only after evaluating it in full, and a row
    outside a sub-select with a LIMIT would cut the page before binding. The query
    vouches that a row at each mark means what one row at the top means: one in
    every branch of a UNION, one inside a sub-select that projects the variable and
    cuts nothing before the mark's group.
    """
    marked = tuple(m.end() for m in _VALUES_MARK.finditer(sparql) if m.group(1) == name)
    if marked:
        return marked
    site = binding_site(sparql, name)
    return () if site is None else (site,)


# SPARQL reads \uXXXX and \UXXXXXXXX escapes anywhere in a query before it parses it,
# so a keyword or an IRI may be written with them; they are undone before looking.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# SERVICE and LOAD as keywords: not part of a longer name, a variable or a prefixed
# name's local part. Anything else may stand before one ("?o .SERVICE" parses), and a
# name that merely ends in one ("ex:a.SERVICE") is counted too: wider is safer.
_REMOTE_KEYWORD = re.compile(
    r"(?<![^\W\d]|[:?$])(SERVICE|LOAD)(?![\w:.\-])(?:\s+SILENT(?![\w:.\-]))?\s*",
    re.IGNORECASE,
)
_FULL_IRI = re.compile(r"<([^<>\"{}|^`\\\s]*)>")


def _unescaped(sparql: str) -> str:
    def codepoint(match: re.Match[str]) -> str:
        value = int(match.group(1) or match.group(2), 16)
        return chr(value) if value <= 0x10FFFF else match.group(0)

    return _CODEPOINT.sub(codepoint, sparql)


@lru_cache(maxsize=256)
def remote_calls(sparql: str) -> tuple[tuple[str, str | None], ...]:
    """Every SERVICE and LOAD of a query or update: the keyword (upper case) and the
    IRI it names, or None when that is not written as a full IRI (a prefixed name, a
    variable), which only running the query would resolve.

    Deliberately wide: a keyword-like token that the text reading cannot place is
    counted, so a caller refusing these refuses too much rather than too little.
    """
    text = _unescaped(sparql)
    masked = _masked(text)
    found = []
    for match in _REMOTE_KEYWORD.finditer(masked):
        target = _FULL_IRI.match(text, match.end())
        found.append((match.group(1).upper(), target.group(1) if target else None))
    return tuple(found)


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
