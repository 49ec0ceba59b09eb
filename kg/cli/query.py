"""``kg queries``, ``kg query``, ``kg sparql`` and ``kg actor``: asking the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.cli.options import open_store, store_option
from kg.errors import KgError

# Rows a table shows unless --limit says otherwise (JSON, CSV and TSV are complete).
TABLE_PAGE = 50


@click.command("queries")
def list_queries() -> None:
    """List the saved queries, with their parameters.

    \b
    Example:
      kg queries
    """
    from kg.views.queries import saved_queries

    for q in saved_queries().values():
        click.echo(f"{q.name}\n  {q.title}: {q.description}")
        for p in q.params:
            need = "required" if p.required else "optional"
            click.echo(f"  -p {p.name}=...  ({p.type}, {need}) {p.description}")


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        if "=" not in item:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="-p")
        name, value = item.split("=", 1)
        if name.strip() in params:
            raise click.BadParameter(f"{name.strip()} is given twice", param_hint="-p")
        params[name.strip()] = value
    return params


@click.command()
@click.argument("name")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter of the query (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help=f"At most this many rows. Default: {TABLE_PAGE} for a table, all for the other formats.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    help="Skip this many rows first (a page's order is the store's: stable while the store "
    "is unchanged).",
)
@store_option
def query(
    name: str,
    params: tuple[str, ...],
    fmt: str,
    *,
    limit: int | None,
    offset: int,
    store_path: Path | str | None,
) -> None:
    """Run a saved query by NAME (see `kg queries`).

    A table shows a first page of rows and says how to see the next; JSON, CSV and
    TSV give every row unless --limit is given. The whole answer comes in the query's
    order; a page (--limit or --offset) in the store's order, the same on every call
    while the store is unchanged, so that the store stops after the page instead of
    sorting the whole answer first.

    \b
    Examples:
      kg query who-criticized-the-vote
      kg query who-criticized-the-vote -p voter=USA -p resolution=A/ES-11/L.10
      kg query vote-claims --offset 50
      kg query quotes-by-actor -p actor=Rice --format json
    """
    from kg.store.results import SelectResult
    from kg.views.output import render, write_rows
    from kg.views.queries import run_saved, stream_saved

    store = open_store(store_path)
    if fmt != "table":  # the contract formats: every row (or --limit), written as read
        variables, rows = stream_saved(
            store, name, _parse_params(params), limit=limit, offset=offset
        )
        write_rows(variables, rows, fmt, sys.stdout)
        sys.stdout.flush()
        return
    page = limit if limit is not None or fmt != "table" else TABLE_PAGE
    # one row more than the page tells whether more follow, without counting them all
    asked = page + 1 if page is not None else None
    result = run_saved(store, name, _parse_params(params), limit=asked, offset=offset)
    more = page is not None and len(result.rows) > page
    if more:
        result = SelectResult(result.variables, result.rows[:page])
    click.echo(render(result, fmt), nl=False)
    if more and fmt == "table":
        # The total is given as a bound: counting it would read the whole answer.
        last = offset + len(result.rows)
        click.echo(
            f"(rows {offset + 1}-{last} of more than {last} shown, in the store's order; "
            f"more follow: --offset {last})"
        )


@click.command()
@click.argument("query_text", metavar="QUERY")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv"]),
    default="table",
    show_default=True,
    help="Output format for SELECT (CONSTRUCT answers are Turtle).",
)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="URL",
    help="An endpoint the query's SERVICE may call (repeatable); any other SERVICE is refused.",
)
@store_option
def sparql(
    query_text: str, fmt: str, allow_service: tuple[str, ...], store_path: Path | str | None
) -> None:
    """Run a SPARQL query given as text, or read from stdin with "-" (read-only).

    Queries see the union of all graphs; use GRAPH to ask where a fact came from.
    A SERVICE clause is refused unless its endpoint is given with --allow-service:
    a query from elsewhere cannot make kg call other machines.

    \b
    Example:
      kg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      echo 'ASK { ?s a <https://kg.example/ontology#Quote> }' | kg sparql -
    """
    from kg.store.results import SelectResult
    from kg.views.output import render

    text = sys.stdin.read() if query_text == "-" else query_text
    store = open_store(store_path)
    store.allowed_services = frozenset(allow_service)
    form, data = store.query_serialized(text, "json")
    if form == "construct":
        _, ttl = store.query_serialized(text, "turtle")
        click.echo(ttl.decode("utf-8"), nl=False)
        return
    if form == "ask":
        click.echo((json.loads(data)["boolean"] and "true") or "false")
        return
    result = store.select(text)
    assert isinstance(result, SelectResult)
    click.echo(render(result, fmt), nl=False)


# --- actor -----------------------------------------------------------------------------


@click.command()
@click.argument("name")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help=f"Rows of each long list (quotes, stances, claimed votes); text shows {TABLE_PAGE} "
    "unless told, JSON all of them.",
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Rows of each long list to skip first.",
)
@store_option
def actor(
    name: str, fmt: str, limit: int | None, offset: int, store_path: Path | str | None
) -> None:
    """Look up a person, organization or country by NAME.

    Case and accents do not matter and a part of a name is enough; when several
    actors match, each is shown. A country is found by ISO code, name, demonym,
    capital or seat of government ("Washington", "the Kremlin"). Long lists are
    paged: the text shows the first rows of each with its count (--offset for the
    next), JSON every row unless --limit is given.

    \b
    Examples:
      kg actor rice
      kg actor "United States"
      kg actor USA --offset 50
      kg actor Iran --format json
    """
    from dataclasses import asdict

    from kg.views.profile import find_profiles
    from kg.views.render import profile_text

    store = open_store(store_path)
    size = limit if limit is not None or fmt == "json" else TABLE_PAGE
    profiles = find_profiles(store, name, offset=offset, size=size)
    if not profiles:
        raise KgError(f"no actor matches {name!r}")
    if fmt == "json":
        click.echo(json.dumps([asdict(p) for p in profiles], ensure_ascii=False, indent=1))
        return
    if len(profiles) > 1:
        click.echo(f"{len(profiles)} actors match {name!r}:\n")
    click.echo("\n\n".join(profile_text(p) for p in profiles))
