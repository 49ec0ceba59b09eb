"""``/queries``: the saved queries, listed and run by URL with their parameters bound as terms.

``/queries/NAME?param=value`` answers in any result format (Accept or
``format=``); a browser gets a page with a form for the parameters, the results
as a table, and links to the same answer in every format.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kg.errors import ParameterError
from kg.server import jobs
from kg.server.context import run_job, state, wanted
from kg.server.negotiation import KINDS, content_type, pick
from kg.server.sparql import render_reply
from kg.views.queries import SavedQuery, get_query, saved_queries
from kg.views.statements import PAGE_SIZE


def describe(query: SavedQuery) -> dict[str, object]:
    return {
        "name": query.name,
        "title": query.title,
        "description": query.description,
        "url": f"/queries/{query.name}",
        "parameters": [
            {"name": p.name, "type": p.type, "required": p.required, "description": p.description}
            for p in query.params
        ],
    }


async def index(request: Request) -> Response:
    queries = list(saved_queries().values())
    if pick(wanted(request), "page") == "json":
        return JSONResponse([describe(q) for q in queries], headers={"Vary": "Accept"})
    return state(request).pages.render(request, "queries.html", queries=queries)


# Not parameters of a query: the answer's format and which of its rows to send.
_CONTROLS = ("format", "limit", "offset")


def _count(given: Any, name: str) -> int | None:
    raw = given.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ParameterError(f"{name} must be a whole number of rows (0 or more), not {raw!r}")
    return int(raw)


async def run(request: Request) -> Response:
    query = get_query(request.path_params["name"])
    given = request.query_params
    repeated = sorted({k for k in given if len(given.getlist(k)) > 1})
    if repeated:
        raise ParameterError(f"give each parameter once: {', '.join(repeated)} is repeated")
    # An empty form field means the parameter was not given.
    values = {k: v for k, v in given.items() if k not in _CONTROLS and v.strip()}
    limit, offset = _count(given, "limit"), _count(given, "offset") or 0
    prefs = wanted(request)
    server = state(request)
    as_page = pick(prefs, "select") == "html"
    # A page shows PAGE_SIZE rows (or ?limit=) from ?offset=, and reads one more to know
    # whether a next page follows: its time is that of a page, not of the whole answer.
    # Every other format sends the whole answer unless ?limit= or ?offset= is given.
    size = (limit if limit is not None else PAGE_SIZE) if as_page else limit
    missing = [p.name for p in query.params if p.required and p.name not in values]
    reply = None
    if not (as_page and missing):
        reply = await run_job(
            request,
            jobs.run_saved_query,
            query.name,
            values,
            prefs,
            server.config.max_result_bytes,
            (None if size is None else size + (1 if as_page else 0), offset),
        )
    if reply is not None and reply.fmt != "html":
        return Response(reply.body, media_type=content_type(reply.fmt), headers={"Vary": "Accept"})
    downloads = {
        fmt: f"/queries/{query.name}?{urlencode({**values, 'format': fmt})}"
        for fmt in KINDS["select"]
        if fmt != "html"
    }
    context: dict[str, Any] = {
        "query": query,
        "values": values,
        "missing": missing,
        "downloads": downloads,
    }
    if reply is None:
        return server.pages.render(request, "query.html", reply=None, table=None, **context)
    if reply.kind == "select" and size is not None:
        table = server.pages.results_table(reply.body, size)
        here = {**values, **({"limit": str(limit)} if limit is not None else {})}

        def at(row: int) -> str:
            return f"/queries/{query.name}?{urlencode({**here, 'offset': row})}"

        context["pager"] = {
            "first": offset + 1,
            "last": offset + len(table.rows),
            "next": at(offset + size) if table.total > size else None,
            "previous": at(max(0, offset - size)) if offset else None,
        }
        return server.pages.render(request, "query.html", reply=reply, table=table, **context)
    return render_reply(request, "query.html", reply, **context)
