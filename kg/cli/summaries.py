"""``kg summaries``: the counts kept for the pages (kg.graph.summary), rebuilt or checked."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kg.cli.options import open_store, store_option
from kg.graph.recount import as_stored, recount, stored_counts
from kg.graph.recount import rebuild as rebuild_summary
from kg.graph.summary import is_current


@click.group()
def summaries() -> None:
    """The counts the pages show above their long lists, kept in the summary graph.

    kg ingest keeps them as it writes each article. A store written before kg kept
    them has none, and its pages count their lists themselves (slowly in a large
    store) until `kg summaries rebuild` writes them.

    \b
    Example:
      kg summaries rebuild
      kg summaries check
    """


def _say(done: int, total: int) -> None:
    click.echo(f"counted {done}/{total} articles", err=True)


@summaries.command()
@click.option(
    "--progress/--no-progress",
    default=True,
    show_default=True,
    help="Say on stderr how many articles are counted so far.",
)
@store_option
def rebuild(progress: bool, store_path: Path | str | None) -> None:
    """Count every article graph and write the summary graph anew.

    One pass over the store, article by article. Until it ends the pages count their
    lists themselves; stopped midway, it leaves them so, and can be run again.

    \b
    Example:
      kg summaries rebuild
    """
    store = open_store(store_path, write=True)
    started = time.monotonic()
    counts = rebuild_summary(store, _say if progress else None)
    store.flush()
    seconds = time.monotonic() - started
    click.echo(f"summary graph rebuilt: {counts} counts in {seconds:.1f} s", err=True)


@summaries.command()
@store_option
def check(store_path: Path | str | None) -> None:
    """Compare the summary graph with a recount of the article graphs (exit 1 if they differ).

    \b
    Example:
      kg summaries check
    """
    store = open_store(store_path)
    if not is_current(store):
        click.echo("no current summary graph: the pages count their lists (kg summaries rebuild)")
        sys.exit(1)
    kept, counted = stored_counts(store), as_stored(recount(store))
    wrong = {node for node in kept.keys() | counted.keys() if kept.get(node) != counted.get(node)}
    if wrong:
        click.echo(f"{len(wrong)} of {len(counted)} counts differ from a recount")
        sys.exit(1)
    click.echo(f"all {len(counted)} counts agree with a recount")
