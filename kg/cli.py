"""The ``kg`` command line: thin commands over the library.

Data goes to stdout, diagnostics to stderr. A kg error is one line on stderr and
exit status 1; a usage error exits 2 (click's convention).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg import __version__
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.backend import KgStore
    from kg.model import Reference

    # click 8.5 types its parameter types by the value they make; older click is not generic.
    _LocationType = click.ParamType[Path | str, Any]
else:
    _LocationType = click.ParamType

F = TypeVar("F", bound=Callable[..., Any])

# Rows a table shows unless --limit says otherwise (JSON, CSV and TSV are complete).
TABLE_PAGE = 50


# Commands defined in other modules, imported only when used (start-up stays fast).
LAZY_COMMANDS: dict[str, str] = {
    "evaluate": "kg.evaluation_cli:evaluate",
    "reference": "kg.reference_cli:reference",
    "serve": "kg.server.command:serve",
}


class KgGroup(click.Group):
    """Turns kg's own errors into one line on stderr and exit status 1, and loads
    the commands of ``LAZY_COMMANDS`` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            import importlib

            module, _, attr = LAZY_COMMANDS[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # `kg query ... | head`
            sys.stderr.close()
            ctx.exit(0)


class StoreLocation(_LocationType):
    """A store folder, or the http(s) URL of a SPARQL server (kept as text, not a path)."""

    name = "folder|url"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | str:
        from kg.backend import is_remote

        if is_remote(value):
            return str(value).strip()
        folder: Path = click.Path(path_type=Path, file_okay=False).convert(value, param, ctx)
        return folder


STORE_HELP = (
    "Store folder, or a SPARQL server's URL (default: $KG_STORE, else ~/.local/share/kg/store)."
)


def _store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_path",
        type=StoreLocation(),
        envvar="KG_STORE",
        help=STORE_HELP,
    )(func)


def open_store(path: Path | str | None, *, write: bool = False) -> KgStore:
    """The store at ``path`` (a folder or a SPARQL server's URL), its reference data current."""
    from kg.backend import open_store as open_backend
    from kg.bootstrap import ensure_reference

    store = open_backend(path, write=write)
    ensure_reference(store)
    return store


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn news articles about UN votes into an RDF knowledge graph, and query it.

    \b
    Quick start:
      kg ingest data/articles
      kg query who-criticized-the-vote
      kg actor rice
    """


# --- ingest ----------------------------------------------------------------------------


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


@main.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--urls",
    "urls_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A file of URLs to fetch, one a line (blank lines and # comments skipped).",
)
@click.option(
    "--date",
    callback=_iso_date,
    metavar="YYYY-MM-DD",
    help="The date of publication of inputs that give none (a header, a page, a feed).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=8 * 1024 * 1024,
    show_default=True,
    help="The largest file, page or JSON line read; anything larger is refused.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds to wait for a server to connect, and then for each read.",
)
@click.option("--force", is_flag=True, help="Extract again even if the text is already stored.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: on a terminal, for 10 or more inputs).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes and downloads at once. Above 1, a fresh store is "
    "filled by the bulk loader.",
)
@_store_option
def ingest(  # noqa: PLR0917  one parameter per option
    inputs: tuple[str, ...],
    urls_file: Path | None,
    date: str | None,
    max_bytes: int,
    timeout: float,
    force: bool,
    progress: bool | None,
    jobs: int,
    store_path: Path | str | None,
) -> None:
    """Ingest articles (default: data/articles) into the store.

    INPUTS are text files (.txt, .text, .md; an optional header of "Key: value"
    lines), saved web pages (.html, .htm), RSS/Atom feeds (.rss, .atom, .xml:
    each entry's page is fetched), JSON Lines exports (.jsonl, .ndjson: one
    article a line), folders of these (searched recursively), and http(s) URLs
    of pages or feeds. A page's main text is taken, without its navigation,
    links, comments and footers, and its headline, date, author, publisher,
    URL and language are stored with it (see docs/ingest.md).

    Each article becomes one named graph, named from its text. The same text
    again changes nothing; an input that cannot be read or fetched is reported
    on one line and skipped, and the exit status is then 1.

    With --jobs N, N downloads run at once and N processes extract while this
    one writes. A fresh store is then bulk-loaded aside and put in place once
    complete; any other store takes each article in one transaction. Either
    way, a run that stops midway leaves no article half-written.

    \b
    Example:
      kg ingest data/articles
      kg ingest article.txt page.html export.jsonl --store /tmp/kg-store
      kg ingest https://news.example/2025/03/04/vote.html --date 2025-03-04
      kg ingest --urls links.txt --jobs 4
      KG_STORE=http://127.0.0.1:7878 kg ingest data/articles   # an oxigraph server
    """
    from kg.ingest import Ingester, IngestOutcome
    from kg.loader import IngestTotals, ingest_files
    from kg.resources import sample_articles_dir
    from kg.sources.fetch import FetchSettings
    from kg.sources.files import walk
    from kg.sources.gather import Options, gather, is_url

    default = Path("data/articles")
    targets = list(inputs)
    if not targets and urls_file is None:
        targets = [str(default if default.is_dir() else sample_articles_dir())]
    paths = [Path(t) for t in targets if not is_url(t)]
    remote = urls_file is not None or len(paths) < len(targets)
    expected = sum(1 for _ in walk(paths)) if paths else 0
    if not remote and not expected:
        raise KgError(f"no article files in {', '.join(targets)}")
    store = open_store(store_path, write=True)
    totals = IngestTotals()
    lines: list[str] = []  # one per article written, printed after the summary
    show = progress if progress is not None else (sys.stderr.isatty() and expected >= 10)
    fetch = FetchSettings(connect_timeout=timeout, read_timeout=timeout)
    options = Options(max_bytes=max_bytes, jobs=jobs, date=date, fetch=fetch)
    items = gather(targets, urls_file, options)
    with click.progressbar(
        length=max(expected, 1), label="ingesting", file=sys.stderr, hidden=not show
    ) as bar:

        def settle(outcome: IngestOutcome) -> None:
            totals.count(outcome)
            bar.update(1)
            if outcome.status == "failed":
                click.echo(f"kg: skipped {outcome.message}", err=True)
            elif outcome.status in ("added", "replaced") and outcome.counts:
                counts = ", ".join(f"{v} {k}" for k, v in outcome.counts.items())
                lines.append(f"  {outcome.status:8} {outcome.source}: {counts}")

        if jobs > 1:
            ingest_files(store, items, jobs=jobs, force=force, on_outcome=settle)
        else:
            ingester = Ingester(store)
            for item in items:
                settle(ingester.ingest_input(item, force=force))
    if totals.by_status["added"] or totals.by_status["replaced"]:
        from kg.identity import refresh_links

        refresh_links(store)  # one person, one node, across articles (kg.identity)
    store.flush()
    statuses = ("added", "replaced", "unchanged", "failed")
    summary = ", ".join(f"{totals.by_status[s]} {s}" for s in statuses if totals.by_status[s])
    noun = "input" if remote else "file"
    click.echo(
        f"{totals.files} {noun}{'s' if totals.files != 1 else ''}: {summary or 'nothing'}; "
        f"{totals.quads} quads written; store {store.path} holds {len(store)} quads",
        err=True,
    )
    for line in lines:
        click.echo(line, err=True)
    if totals.by_status["failed"]:
        sys.exit(1)


# --- extract ---------------------------------------------------------------------------


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option("--explain", is_flag=True, help="Show the rule that produced each fact.")
@_store_option
def extract(file: Path, fmt: str, explain: bool, store_path: Path | str | None) -> None:
    """Show what the extractor finds in one article, without touching the store.

    Every fact is listed with its character span (and, with --explain, the rule
    that produced it), so a reader can check it against the text. The extractor
    knows the resolutions and votes imported into the store (kg reference
    import-resolutions), as kg ingest does. A header of "Key: value" lines (see
    docs/ingest.md) is left out, its Date: given to the extractor.

    \b
    Example:
      kg extract data/articles/000_7e07d1f34e2d32f7.txt --explain
    """
    from kg.explain import facts_json, facts_table
    from kg.extract import Extractor
    from kg.ingest import read_article
    from kg.sources.files import split_header

    meta, text = split_header(read_article(file))
    facts = Extractor(_reference_of(store_path)).extract(text, date=meta.date)
    if fmt == "json":
        click.echo(json.dumps(facts_json(facts, text, explain), ensure_ascii=False, indent=1))
    else:
        click.echo(facts_table(facts, text, explain))


def _reference_of(store_path: Path | str | None) -> Reference:
    """The bundled reference data plus the store's imports (none if there is no store)."""
    from kg.backend import is_remote
    from kg.backend import open_store as open_backend
    from kg.reference import cached_reference, reference_for
    from kg.store import default_location

    location = store_path or default_location()
    if not is_remote(location) and not Path(location).is_dir():
        return cached_reference()
    return reference_for(open_backend(location, write=False))


# --- queries ---------------------------------------------------------------------------


@main.command("queries")
def list_queries() -> None:
    """List the saved queries, with their parameters.

    \b
    Example:
      kg queries
    """
    from kg.queries import saved_queries

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


@main.command()
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
    help="Skip this many rows first (the query's order is stable).",
)
@_store_option
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
    TSV give every row unless --limit is given.

    \b
    Examples:
      kg query who-criticized-the-vote
      kg query who-criticized-the-vote -p voter=USA -p resolution=A/ES-11/L.10
      kg query vote-claims --offset 50
      kg query quotes-by-actor -p actor=Rice --format json
    """
    from kg.output import render, write_rows
    from kg.queries import run_saved, stream_saved
    from kg.store import SelectResult

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
        shown = f"rows {offset + 1}-{offset + len(result.rows)}"
        click.echo(f"({shown} shown; more follow: --offset {offset + len(result.rows)})")


@main.command()
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
@_store_option
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
    from kg.output import render
    from kg.store import SelectResult

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


@main.command()
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
@_store_option
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

    from kg.profile import find_profiles
    from kg.render import profile_text

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


# --- export / validate / stats -----------------------------------------------------------


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]),
    default="trig",
    show_default=True,
    help="RDF serialisation.",
)
@click.option("--graph", "graph", metavar="IRI", help="Export only this named graph.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to FILE instead of stdout.",
)
@_store_option
def export_cmd(
    fmt: str, graph: str | None, output: Path | None, store_path: Path | str | None
) -> None:
    """Export the graph as linked data.

    TriG, N-Quads and JSON-LD keep the named graphs; Turtle, N-Triples and
    RDF/XML write the union of all graphs (or the one --graph names).

    \b
    Examples:
      kg export --format turtle -o kg.ttl
      kg export --format jsonld --graph https://kg.example/id/article/7e07d1f34e2d32f7
    """
    from kg.export import write_export, write_to

    store = open_store(store_path)
    if output is None:
        write_to(store, fmt, sys.stdout.buffer, graph)  # streamed as it is read
        sys.stdout.flush()
        return
    size = write_export(store, fmt, output, graph)
    click.echo(f"wrote {size} bytes of {fmt} to {output}", err=True)


@main.command()
@click.option("--graph", metavar="IRI", help="Validate one graph (with the reference graph).")
@click.option("--verbose", "-v", is_flag=True, help="Print the full SHACL report.")
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="Say on stderr how many articles are validated so far.",
)
@_store_option
def validate(
    graph: str | None, verbose: bool, progress: bool, store_path: Path | str | None
) -> None:
    """Check the stored graphs against the SHACL shapes in ontology/shapes.ttl.

    The article graphs are validated a batch at a time, each with the shared graphs
    (reference, ontology), so memory holds one batch whatever the size of the store.

    \b
    Example:
      kg validate
    """
    from kg.validate import validate as run

    def say(done: int, total: int) -> None:
        click.echo(f"validated {done}/{total} articles", err=True)

    store = open_store(store_path)
    report = run(store, graph, progress=say if progress else None)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples satisfy ontology/shapes.ttl")
        return
    click.echo(
        report.text
        if verbose
        else f"does not conform: {report.violations} violations (run with -v for the report)"
    )
    sys.exit(1)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@_store_option
def stats(fmt: str, store_path: Path | str | None) -> None:
    """Counts of what the store holds: articles, quads, actors, quotes, stances, votes.

    \b
    Example:
      kg stats
    """
    from kg.statistics import store_statistics

    store = open_store(store_path)
    figures = store_statistics(store)
    if fmt == "json":
        click.echo(json.dumps(figures, indent=1))
        return
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        click.echo(f"{key.ljust(width)}  {value}")


if __name__ == "__main__":  # pragma: no cover
    main()
