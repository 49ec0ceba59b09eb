"""``kg serve``: the click command that starts the server on uvicorn."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from kg import iri
from kg.cli.options import StoreLocation
from kg.errors import KgError, UnsupportedOperationError
from kg.server import config as defaults

HEAD_ROOM = 64 * 1024  # request line and headers beyond the query string


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--store",
    "store_path",
    type=StoreLocation(),
    envvar="KG_STORE",
    help="Store folder (default: $KG_STORE, else ~/.local/share/kg/store); "
    "a SPARQL server's URL is refused.",
)
@click.option(
    "--base-iri",
    default=iri.BASE,
    show_default=True,
    help="The base of the data's IRIs; BASE/id/... is served at /id/... .",
)
@click.option(
    "--timeout",
    default=defaults.DEFAULT_TIMEOUT,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Time limit of one query, in seconds.",
)
@click.option(
    "--max-result-bytes",
    default=defaults.DEFAULT_MAX_RESULT_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest answer the server sends.",
)
@click.option(
    "--max-request-bytes",
    default=defaults.DEFAULT_MAX_REQUEST_BYTES,
    show_default=True,
    type=click.IntRange(min=1),
    help="Largest request body (and query string) the server reads.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Query worker processes (read-only mode).",
)
@click.option(
    "--queue",
    default=defaults.DEFAULT_QUEUE,
    show_default=True,
    type=click.IntRange(min=0),
    help="Requests that may wait for a worker; more are refused (503, Retry-After).",
)
@click.option(
    "--per-client",
    default=defaults.DEFAULT_PER_CLIENT,
    show_default=True,
    type=click.IntRange(min=1),
    help="Requests one client address may have waiting or running; more get 429.",
)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="URL",
    help="An endpoint a query's SERVICE may call (repeatable); every other SERVICE is refused.",
)
@click.option(
    "--allow-load",
    "allow_load",
    multiple=True,
    metavar="URL",
    help="A document an update's LOAD may fetch (repeatable; with --allow-update).",
)
@click.option(
    "--access-log/--no-access-log",
    default=True,
    show_default=True,
    help="Log every request on stdout.",
)
@click.option(
    "--allow-update", is_flag=True, help="Accept SPARQL updates from clients that send the token."
)
@click.option(
    "--update-token",
    envvar="KG_UPDATE_TOKEN",
    metavar="TOKEN",
    help="The token updates must carry (Authorization: Bearer TOKEN); default $KG_UPDATE_TOKEN.",
)
def serve(
    *,
    host: str,
    port: int,
    store_path: Path | str | None,
    base_iri: str,
    timeout: float,
    max_result_bytes: int,
    max_request_bytes: int,
    workers: int,
    queue: int,
    per_client: int,
    allow_service: tuple[str, ...],
    allow_load: tuple[str, ...],
    access_log: bool,
    allow_update: bool,
    update_token: str | None,
) -> None:
    """Serve the store over HTTP: SPARQL endpoint, saved queries, entity pages.

    Read-only unless started with --allow-update and a token. While it runs, the
    server holds the store: `kg ingest` is refused until it stops, `kg query` still
    reads. Each query runs in a worker process that is stopped at the time limit; a
    request that waits for a worker past the limit is refused without running, and a
    request whose client disconnects is cancelled. SERVICE and LOAD reach only the
    addresses allowed with --allow-service and --allow-load. docs/security.md
    describes what is refused and limited.

    \b
    Endpoints:
      /                   dataset statistics, search, query editor
      /sparql             SPARQL 1.1 Protocol (GET or POST)
      /queries[/NAME]     saved queries, run with ?param=value
      /id/...             entity pages (HTML, Turtle, JSON-LD by Accept)
      /.well-known/void   VoID description;  /dumps  the whole dataset

    \b
    Examples:
      kg serve --port 8000
      curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/queries/quotes-by-actor?actor=Rice'
      KG_UPDATE_TOKEN=secret kg serve --allow-update
    """
    if isinstance(store_path, str):  # a URL: StoreLocation keeps folders as paths
        raise UnsupportedOperationError(
            f"kg serve serves an embedded store folder, not {store_path}: a SPARQL server "
            "is its own endpoint (point clients at it, or use KG_STORE=URL kg query ...)"
        )
    # The web stack is imported only to serve, so other kg commands start quickly.
    try:
        import uvicorn  # noqa: PLC0415

        from kg.server.app import create_app  # noqa: PLC0415
    except ImportError as exc:
        raise KgError(
            f"kg serve needs the server extra ({exc.name} is missing): pip install 'kg[server]'"
        ) from exc
    from kg.server.config import ServerConfig  # noqa: PLC0415
    from kg.store.embedded import default_location, is_store, missing_store  # noqa: PLC0415

    if allow_update and not update_token:
        raise click.UsageError("--allow-update needs a token: --update-token or $KG_UPDATE_TOKEN")
    if update_token and not allow_update:
        update_token = None  # a token alone does not open the store for writing
    if not base_iri.endswith(("/", "#")):
        raise click.BadParameter(
            "must end with / (e.g. https://kg.example/)", param_hint="--base-iri"
        )
    if allow_load and not allow_update:
        raise click.UsageError("--allow-load is for updates: add --allow-update")
    store = store_path or default_location()
    if not allow_update and not is_store(store):
        raise missing_store(store)  # a read-only server never creates an empty store
    config = ServerConfig(
        store=store,
        base_iri=base_iri,
        timeout=timeout,
        max_result_bytes=max_result_bytes,
        max_request_bytes=max_request_bytes,
        workers=workers,
        update_token=update_token,
        queue=queue,
        per_client=per_client,
        allowed_services=frozenset(allow_service),
        allowed_loads=frozenset(allow_load),
    )
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    app = create_app(config)
    app.state.kg.pool.open()  # a store in use is one clear error, before listening
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
        timeout_graceful_shutdown=5,
        # h11 refuses a request head over 16 KiB with a bare 400 of its own; room for a
        # query string past the limit lets the application answer 414 with its reason.
        # h11 even where httptools is installed: httptools refuses a URL over 64 KiB with
        # a bare 400 of its own, before the application can say why.
        http="h11",
        h11_max_incomplete_event_size=max_request_bytes + HEAD_ROOM,
    )
