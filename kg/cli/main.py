"""The ``kg`` command line: thin commands over the library.

Data goes to stdout, diagnostics to stderr. A kg error is one line on stderr and
exit status 1; a usage error exits 2 (click's convention).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.cli.options import open_store, store_option
from kg.cli.query import actor, list_queries, query, sparql
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.model import Reference
    from kg.store.backend import KgStore


# Commands defined in other modules, imported only when used (start-up stays fast).
LAZY_COMMANDS: dict[str, str] = {
    "evaluate": "kg.cli.evaluate:evaluate",
    "reference": "kg.cli.reference:reference",
    "serve": "kg.server.command:serve",
    "summaries": "kg.cli.summaries:summaries",
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
@store_option
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
    from kg.ingest.bulk import IngestTotals, ingest_files
    from kg.ingest.ingester import Ingester, IngestOutcome
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
        from kg.graph.identity import refresh_links

        refresh_links(store)  # one person, one node, across articles (kg.graph.identity)
        _note_summary(store)
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


def _note_summary(store: KgStore) -> None:
    """Say so when the store keeps no summary graph (kg.graph.summary)."""
    from kg.graph.summary import is_current

    if not is_current(store):
        click.echo(
            "kg: note: this store keeps no summary graph (it was written before kg kept "
            "one), so pages count their long lists as they are read; "
            "`kg summaries rebuild` writes it",
            err=True,
        )


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
@store_option
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
    from kg.extract import Extractor
    from kg.ingest.ingester import read_article
    from kg.sources.files import split_header
    from kg.views.explain import facts_json, facts_table

    meta, text = split_header(read_article(file))
    facts = Extractor(_reference_of(store_path)).extract(text, date=meta.date)
    if fmt == "json":
        click.echo(json.dumps(facts_json(facts, text, explain), ensure_ascii=False, indent=1))
    else:
        click.echo(facts_table(facts, text, explain))


def _reference_of(store_path: Path | str | None) -> Reference:
    """The bundled reference data plus the store's imports (none if there is no store)."""
    from kg.reference.load import cached_reference, reference_for
    from kg.store.backend import is_remote
    from kg.store.backend import open_store as open_backend
    from kg.store.embedded import default_location

    location = store_path or default_location()
    if not is_remote(location) and not Path(location).is_dir():
        return cached_reference()
    return reference_for(open_backend(location, write=False))


for command in (list_queries, query, sparql, actor):  # kg.cli.query
    main.add_command(command)


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
@store_option
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
    from kg.graph.export import write_export, write_to

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
@store_option
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
    from kg.graph.validate import validate as run

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
@store_option
def stats(fmt: str, store_path: Path | str | None) -> None:
    """Counts of what the store holds: articles, quads, actors, quotes, stances, votes.

    \b
    Example:
      kg stats
    """
    from kg.views.statistics import store_statistics

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
