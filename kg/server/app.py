"""The Starlette application: routes, middleware, and errors turned into HTTP answers.

kg errors become 400 / 404 / 406 / 503 with a readable body (HTML for a browser,
JSON for a client that prefers it, else plain text); the request-size limit gives
413, an unsupported body type 415. Only ``server_error``, the outermost handler,
catches everything else, and it logs the traceback.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.errors import (
    FormatError,
    KgError,
    QueryTimeoutError,
    StoreError,
    UnknownQueryError,
    UnknownResourceError,
)
from kg.server import pages, saved, sparql
from kg.server.admission import Admission
from kg.server.config import ServerConfig
from kg.server.context import Cache, ServerState, state
from kg.server.html import Pages
from kg.server.negotiation import pick, preferences
from kg.server.pool import ClientGone, QueryPool

log = logging.getLogger("kg.server")

STATIC = Path(__file__).parent / "static"

# Most specific first: the first class an error is an instance of decides.
STATUS: tuple[tuple[type[KgError], int], ...] = (
    (UnknownQueryError, 404),
    (UnknownResourceError, 404),
    (FormatError, 406),
    (QueryTimeoutError, 503),
    (StoreError, 503),
    (KgError, 400),
)


def status_of(exc: KgError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def error_response(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    """An error in the form the client reads best: an HTML page, JSON or plain text."""
    fmt = pick(preferences(request.headers.get("accept"), explicit=True), "page")
    if fmt == "html":
        return state(request).pages.render(
            request, "error.html", status, status_code=status, message=message
        )
    if fmt == "json":
        return JSONResponse({"error": message, "status": status}, status, headers=headers)
    return PlainTextResponse(message + "\n", status, headers=headers)


async def kg_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, KgError)
    return error_response(request, status_of(exc), str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, exc.status_code, exc.detail, dict(exc.headers or {}))


async def client_gone(request: Request, exc: Exception) -> Response:
    # Nobody reads this answer; its job was cancelled and its worker freed.
    log.info("%s %s: %s", request.method, request.url.path, exc)
    return PlainTextResponse("the client left before the answer\n", 499)


async def server_error(request: Request, exc: Exception) -> Response:
    # Starlette re-raises the error after this answer and uvicorn logs its traceback;
    # this line ties it to the request.
    log.error(
        "unexpected error answering %s %s: %s: %s",
        request.method,
        request.url.path,
        type(exc).__name__,
        exc,
    )
    response = error_response(request, 500, "the server failed to answer; the error is in its log")
    # Sent from outside the middleware stack, so given its headers here.
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


# A longer query belongs in a POST body (URLs this long are cut by proxies and logs).
MAX_QUERY_STRING = 64 * 1024


class RequestLimit:
    """Refuses request bodies over ``max_bytes`` with 413, whether or not they
    announce their length, and query strings over ``MAX_QUERY_STRING`` (or
    ``max_bytes``, if smaller) with 414."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_url_bytes = min(max_bytes, MAX_QUERY_STRING)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_url_bytes:
            message = (
                f"the query string is longer than {self.max_url_bytes} bytes; "
                "send the query by POST"
            )
            await error_response(Request(scope), 414, message)(scope, receive, send)
            return
        announced = dict(scope["headers"]).get(b"content-length", b"0")
        received = 0

        async def limited() -> Message:
            nonlocal received
            if not announced.isdigit() or int(announced) > self.max_bytes:
                raise HTTPException(413, f"the request is larger than {self.max_bytes} bytes")
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(413, f"the request is larger than {self.max_bytes} bytes")
            return message

        await self.app(scope, limited, send)


# The pages load nothing but their own stylesheet and submit forms only to this server;
# a browser refuses anything else an answer might be made to carry.
SECURITY_HEADERS = (
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; "
        b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every HTTP response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(config: ServerConfig) -> Starlette:
    """The application for one store; its workers start and stop with it."""
    pool = QueryPool(
        config.store,
        workers=config.workers,
        writable=config.updates_allowed,
        timeout=config.timeout,
        services=config.allowed_services,
        loads=config.allowed_loads,
    )
    admission = Admission(
        workers=pool.workers,
        queue=config.queue,
        per_client=config.per_client,
        retry_after=config.timeout,
    )
    cache = Cache()
    kg_state = ServerState(config, pool, Pages(config.id_base), cache, admission)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.start()
        mode = "updates allowed with the token" if config.updates_allowed else "read-only"
        log.info(
            "serving %s (%d quads), %s, %d worker(s), time limit %g s",
            config.store,
            pool.quads or 0,
            mode,
            pool.workers,
            config.timeout,
        )
        try:
            yield
        finally:
            try:
                await pool.stop()
            finally:
                if cache.folder is not None:  # the dumps written, gone with the server
                    shutil.rmtree(cache.folder, ignore_errors=True)

    routes = [
        Route("/", pages.home),
        Route("/sparql", sparql.endpoint, methods=["GET", "POST"]),
        Route("/queries", saved.index),
        Route("/queries/{name}", saved.run),
        Route("/id/{path:path}", pages.entity),
        Route("/search", pages.search),
        Route("/.well-known/void", pages.void),
        Route("/dumps", pages.dumps),
        Route("/dumps/{file}", pages.dump),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type"],
            max_age=3600,
        ),
        Middleware(RequestLimit, max_bytes=config.max_request_bytes),
    ]
    handlers = {
        KgError: kg_error,
        HTTPException: http_error,
        ClientGone: client_gone,
        Exception: server_error,
    }
    app = Starlette(
        routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers=handlers
    )
    app.state.kg = kg_state
    return app
