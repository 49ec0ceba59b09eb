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


async def run(request: Request) -> Response:
    query = get_query(request.path_params["name"])
    given = request.query_params
    repeated = sorted({k for k in given if len(given.getlist(k)) > 1})
    if repeated:
        raise ParameterError(f"give each parameter once: {', '.join(repeated)} is repeated")
    # An empty form field means the parameter was not given.
    values = {k: v for k, v in given.items() if k != "format" and v.strip()}
    prefs = wanted(request)
    server = state(request)
    as_page = pick(prefs, "select") == "html"
    missing = [p.name for p in query.params if p.required and p.name not in values]
    reply = None
    if not (as_page and missing):
        reply = await run_job(
            request, jobs.run_saved_query, query.name, values, prefs, server.config.max_result_bytes
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
    return render_reply(request, "query.html", reply, **context)
