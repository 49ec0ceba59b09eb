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


# Commands defined in other modules, imported only when used (start-up stays fast).
LAZY_COMMANDS: dict[str, str] = {
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


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Extract again even if the text is already stored.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: on a terminal, for 10 or more files).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes. Above 1, a fresh store is filled by the bulk loader.",
)
@_store_option
def ingest(
    paths: tuple[Path, ...],
    force: bool,
    progress: bool | None,
    jobs: int,
    store_path: Path | str | None,
) -> None:
    """Ingest article files or folders (default: data/articles) into the store.

    Each article becomes one named graph. The same text again changes nothing; a
    file that cannot be read as text is reported and skipped, and the exit status
    is then 1.

    With --jobs N, N processes extract while this one writes. A fresh store is
    then bulk-loaded aside and put in place once complete; any other store takes
    each article in one transaction. Either way, a run that stops midway leaves
    no article half-written (see docs/ingest.md).

    \b
    Example:
      kg ingest data/articles
      kg ingest article.txt other.txt --store /tmp/kg-store
      kg ingest --jobs 2 news/2025/
      KG_STORE=http://127.0.0.1:7878 kg ingest data/articles   # an oxigraph server
    """
    from kg.ingest import Ingester, IngestOutcome, collect_files
    from kg.loader import IngestTotals, ingest_files
    from kg.resources import sample_articles_dir

    default = Path("data/articles")
    targets = list(paths) or [default if default.is_dir() else sample_articles_dir()]
    files = list(collect_files(targets))
    if not files:
        raise KgError(f"no article files in {', '.join(str(p) for p in targets)}")
    store = open_store(store_path, write=True)
    totals = IngestTotals()
    lines: list[str] = []  # one per article written, printed after the summary
    show = progress if progress is not None else (sys.stderr.isatty() and len(files) >= 10)
    with click.progressbar(
        length=len(files), label="ingesting", file=sys.stderr, hidden=not show
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
            ingest_files(store, files, jobs=jobs, force=force, on_outcome=settle)
        else:
            ingester = Ingester(store)
            for path in files:
                settle(ingester.ingest_path(path, force=force))
    if totals.by_status["added"] or totals.by_status["replaced"]:
        from kg.identity import refresh_links

        refresh_links(store)  # one person, one node, across articles (kg.identity)
    store.flush()
    statuses = ("added", "replaced", "unchanged", "failed")
    summary = ", ".join(f"{totals.by_status[s]} {s}" for s in statuses if totals.by_status[s])
    click.echo(
        f"{len(files)} file{'s' if len(files) != 1 else ''}: {summary}; {totals.quads} "
        f"quads written; store {store.path} holds {len(store)} quads",
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
    import-resolutions), as kg ingest does.

    \b
    Example:
      kg extract data/articles/000_7e07d1f34e2d32f7.txt --explain
    """
    from kg.explain import facts_json, facts_table
    from kg.extract import Extractor
    from kg.ingest import read_article

    text = read_article(file)
    facts = Extractor(_reference_of(store_path)).extract(text)
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
@_store_option
def query(name: str, params: tuple[str, ...], fmt: str, store_path: Path | str | None) -> None:
    """Run a saved query by NAME (see `kg queries`).

    \b
    Examples:
      kg query who-criticized-the-vote
      kg query who-criticized-the-vote -p voter=USA -p resolution=A/ES-11/L.10
      kg query quotes-by-actor -p actor=Rice --format json
    """
    from kg.output import render
    from kg.queries import run_saved

    store = open_store(store_path)
    result = run_saved(store, name, _parse_params(params))
    click.echo(render(result, fmt), nl=False)


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
@_store_option
def sparql(query_text: str, fmt: str, store_path: Path | str | None) -> None:
    """Run a SPARQL query given as text, or read from stdin with "-" (read-only).

    Queries see the union of all graphs; use GRAPH to ask where a fact came from.

    \b
    Example:
      kg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      echo 'ASK { ?s a <https://kg.example/ontology#Quote> }' | kg sparql -
    """
    from kg.output import render
    from kg.store import SelectResult

    text = sys.stdin.read() if query_text == "-" else query_text
    store = open_store(store_path)
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
@_store_option
def actor(name: str, fmt: str, store_path: Path | str | None) -> None:
    """Look up a person, organization or country by NAME.

    Case and accents do not matter and a part of a name is enough; when several
    actors match, each is shown. A country is found by ISO code, name, demonym,
    capital or seat of government ("Washington", "the Kremlin").

    \b
    Examples:
      kg actor rice
      kg actor "United States"
      kg actor Iran --format json
    """
    from dataclasses import asdict

    from kg.profile import find_profiles
    from kg.render import profile_text

    store = open_store(store_path)
    profiles = find_profiles(store, name)
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
    from kg.export import export, write_export

    store = open_store(store_path)
    if output is None:
        sys.stdout.buffer.write(export(store, fmt, graph))
        sys.stdout.flush()
        return
    size = write_export(store, fmt, output, graph)
    click.echo(f"wrote {size} bytes of {fmt} to {output}", err=True)


@main.command()
@click.option("--graph", metavar="IRI", help="Validate one graph (with the reference graph).")
@click.option("--verbose", "-v", is_flag=True, help="Print the full SHACL report.")
@_store_option
def validate(graph: str | None, verbose: bool, store_path: Path | str | None) -> None:
    """Check the stored graphs against the SHACL shapes in ontology/shapes.ttl.

    \b
    Example:
      kg validate
    """
    from kg.validate import validate as run

    store = open_store(store_path)
    report = run(store, graph)
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
