"""``/sparql``: the SPARQL 1.1 Protocol (query by GET or POST, update by POST with a token).

Queries arrive as ``GET ?query=``, a form-encoded POST, or a POST whose body is
the query (``application/sparql-query``), with ``default-graph-uri`` and
``named-graph-uri`` choosing the dataset. Updates (``application/sparql-update``
or a form's ``update``) are refused unless the server was started with
``--allow-update`` and the request carries its token as ``Authorization: Bearer``.
"""

from __future__ import annotations

import hmac
import json
from typing import Any
from urllib.parse import parse_qs

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from kg.errors import FormatError, ParameterError
from kg.server import jobs
from kg.server.context import run_job, state, wanted
from kg.server.jobs import Reply
from kg.server.negotiation import acceptable, content_type, pick

EXAMPLE = """PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>

SELECT ?speaker ?text ?article WHERE {
  GRAPH ?article { ?q a kg:Quote ; kg:speaker ?s ; kg:text ?text . }
  ?s schema:name ?speaker .
}
LIMIT 20
"""


class Protocol:
    """The parameters of one protocol request, wherever they came from."""

    def __init__(self, params: dict[str, list[str]]) -> None:
        self.query = _single(params, "query")
        self.update = _single(params, "update")
        self.default_graphs = params.get("default-graph-uri", [])
        self.named_graphs = params.get("named-graph-uri", [])
        if self.query is not None and self.update is not None:
            raise ParameterError("a request carries either a query or an update, not both")
        if self.update is not None and (
            "using-graph-uri" in params or "using-named-graph-uri" in params
        ):
            raise ParameterError("using-graph-uri is not supported; write USING in the update")


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise ParameterError(f"give {name} once, not {len(values)} times")
    return values[0]


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParameterError(f"the request body is not UTF-8 text: {exc.reason}") from None


async def read_protocol(request: Request) -> Protocol:
    url_params = {k: request.query_params.getlist(k) for k in request.query_params}
    url_params.pop("format", None)
    if request.method == "GET":
        if "update" in url_params:
            raise ParameterError("an update must be sent by POST")
        return Protocol(url_params)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = _decode(await request.body())
    if media == "application/x-www-form-urlencoded":
        form = parse_qs(body, keep_blank_values=True)
        form.pop("format", None)
        return Protocol({**url_params, **form})
    if media == "application/sparql-query":
        return Protocol({**url_params, "query": [body]})
    if media == "application/sparql-update":
        return Protocol({**url_params, "update": [body]})
    raise HTTPException(
        415,
        f"cannot read a request body of type {media or '(none)'}; send "
        "application/x-www-form-urlencoded, application/sparql-query or application/sparql-update",
    )


async def endpoint(request: Request) -> Response:
    protocol = await read_protocol(request)
    if protocol.update is not None:
        return await run_update(request, protocol.update)
    prefs = wanted(request)
    server = state(request)
    if protocol.query is None:
        if pick(prefs, "page") == "html":
            return server.pages.render(request, "sparql.html", query=EXAMPLE, reply=None)
        raise ParameterError("no query: give one as ?query=..., or POST it")
    if not acceptable(prefs, ("select", "construct")):
        raise FormatError("the client accepts none of the formats a query answer can take")
    reply = await run_job(
        request,
        jobs.run_query,
        protocol.query,
        prefs,
        protocol.default_graphs,
        protocol.named_graphs,
        server.config.max_result_bytes,
    )
    if reply.fmt == "html":
        return render_reply(request, "sparql.html", reply, query=protocol.query)
    return Response(reply.body, media_type=content_type(reply.fmt), headers={"Vary": "Accept"})


def render_reply(request: Request, template: str, reply: Reply, **context: Any) -> Response:
    """A query answer inside an HTML page: a table, a yes/no, or a graph as Turtle."""
    pages = state(request).pages
    table = boolean = graph = None
    if reply.kind == "construct":
        graph = reply.body.decode("utf-8")
    elif reply.kind == "ask":
        boolean = bool(json.loads(reply.body).get("boolean"))
    else:
        table = pages.results_table(reply.body, state(request).config.html_rows)
    return pages.render(
        request, template, reply=reply, table=table, boolean=boolean, graph=graph, **context
    )


async def run_update(request: Request, update: str) -> Response:
    server = state(request)
    token = server.config.update_token
    if token is None:
        raise HTTPException(403, "this server is read-only; updates need kg serve --allow-update")
    given = request.headers.get("authorization", "")
    scheme, _, credential = given.partition(" ")
    if scheme.lower() != "bearer" or not credential:
        raise HTTPException(
            401,
            "an update needs the server's token: Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": 'Bearer realm="kg"'},
        )
    if not hmac.compare_digest(credential.strip().encode(), token.encode()):
        raise HTTPException(403, "the update token is wrong")
    await run_job(request, jobs.run_update, update)
    server.cache.clear()
    return Response(status_code=204)
