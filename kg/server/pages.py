"""The linked-data side: landing page, entity pages, actor search, VoID and dumps.

An IRI under the served base (``{base}id/...``) dereferences at ``/id/...``: HTML
for a browser, Turtle, JSON-LD, N-Triples or RDF/XML for a machine (Accept or
``format=``). ``/.well-known/void`` describes the dataset, ``/dumps`` offers it
whole in every RDF format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from kg.errors import FormatError, ParameterError
from kg.graph.void import Site
from kg.server import jobs
from kg.server.chart import bar_chart
from kg.server.context import run_job, state, wanted
from kg.server.negotiation import KINDS, SUFFIXES, content_type, pick
from kg.server.sparql import EXAMPLE
from kg.views.breakdown import ResolutionPage
from kg.views.entity import ArticlePage, QuotePage, ResourcePage, VotePage
from kg.views.profile import Profile
from kg.views.queries import saved_queries
from kg.views.statements import PAGE_SIZE

DUMP_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld", "rdfxml")
TEMPLATES = {
    Profile: "actor.html",
    QuotePage: "quote.html",
    VotePage: "vote.html",
    ArticlePage: "article.html",
    ResolutionPage: "resolution.html",
    ResourcePage: "resource.html",
}


def _choose(request: Request, kind: str) -> str:
    fmt = pick(wanted(request), kind)
    if fmt is None:
        raise FormatError(
            f"the client accepts none of the formats offered: {', '.join(KINDS[kind])}"
        )
    return fmt


async def home(request: Request) -> Response:
    server = state(request)
    figures = await server.cache.get(("figures",), lambda: run_job(request, jobs.figures))
    return server.pages.render(
        request,
        "landing.html",
        figures=figures,
        queries=list(saved_queries().values()),
        example=EXAMPLE,
        dumps=DUMP_FORMATS,
        suffixes=SUFFIXES,
    )


async def entity(request: Request) -> Response:
    server = state(request)
    resource = server.config.id_base + request.path_params["path"]
    fmt = _choose(request, "entity")
    if fmt != "html":
        body = await run_job(request, jobs.describe, resource, fmt)
        return Response(body, media_type=content_type(fmt), headers={"Vary": "Accept"})
    page = await run_job(request, jobs.page, resource, _offset(request), PAGE_SIZE)
    context: dict[str, Any] = {"page": page, "iri": resource}
    if isinstance(page, ResolutionPage):
        record = page.official or page.recorded_counts()
        context["charts"] = [
            bar_chart("Official record" if page.official else "Recorded votes", record),
            bar_chart("What articles claim (countries per option)", page.claimed_countries()),
        ]
    return server.pages.render(request, TEMPLATES[type(page)], **context)


def _offset(request: Request) -> int:
    """The first row of a page's long lists (``?offset=N``; 0 when not given)."""
    raw = request.query_params.get("offset", "").strip()
    if not raw:
        return 0
    if not raw.isdigit():
        raise ParameterError(f"offset must be a whole number of rows (0 or more), not {raw!r}")
    return int(raw)


async def search(request: Request) -> Response:
    text = request.query_params.get("q", "").strip()
    if not text:
        return RedirectResponse("/", status_code=303)
    server = state(request)
    found = await run_job(request, jobs.search, text)
    if pick(wanted(request), "page") == "json":
        rows = [{"iri": iri, "name": name, "kind": kind} for iri, name, kind in found]
        return JSONResponse(rows, headers={"Vary": "Accept"})
    return server.pages.render(request, "search.html", q=text, found=found)


def _site(request: Request) -> Site:
    """Where the dataset is published: at the configured base (whose ``id/`` the
    server dereferences), never at whatever ``Host`` a request names."""
    config = state(request).config
    base = config.base_iri
    return Site(
        dataset=f"{base}.well-known/void#dataset",
        sparql_endpoint=f"{base}sparql",
        dumps=tuple(f"{base}dumps/kg{SUFFIXES[fmt]}" for fmt in DUMP_FORMATS),
        uri_space=config.id_base,
    )


async def void(request: Request) -> Response:
    server = state(request)
    fmt = _choose(request, "void")
    site = _site(request)
    wire = "turtle" if fmt == "html" else fmt
    body = await server.cache.get(
        ("void", wire), lambda: run_job(request, jobs.void_description, site, wire)
    )
    if fmt == "html":
        return server.pages.render(request, "void.html", turtle=body.decode("utf-8"))
    return Response(body, media_type=content_type(fmt), headers={"Vary": "Accept"})


async def dumps(request: Request) -> Response:
    return state(request).pages.render(request, "dumps.html", dumps=DUMP_FORMATS, suffixes=SUFFIXES)


async def dump(request: Request) -> Response:
    name = request.path_params["file"]
    by_file = {f"kg{SUFFIXES[fmt]}": fmt for fmt in DUMP_FORMATS}
    if name not in by_file:
        raise HTTPException(404, f"no dump named {name}; /dumps lists them")
    fmt = by_file[name]
    server = state(request)

    async def write() -> Path:
        target = server.cache.file(name)
        await run_job(request, jobs.dump, fmt, str(target), timeout=server.config.dump_timeout)
        return target

    # Written to a file by a worker once per version of the store, then sent from disk.
    path = await server.cache.get(("dump", fmt), write)
    return FileResponse(
        path, media_type=content_type(fmt), filename=name, content_disposition_type="attachment"
    )
