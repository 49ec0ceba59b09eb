"""``kg reference``: the reference data kg checks articles against.

Thin commands over kg.vote_import and kg.reference: import an official voting
record, and show what the reference data holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import _store_option, open_store
from kg.errors import StoreLockedError, VoteImportError


@click.group("reference")
def reference() -> None:
    """The reference data: UN member States, resolutions and official votes.

    \b
    Examples:
      kg reference status
      kg reference import-votes votes.csv
    """


@reference.command("import-votes")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--resolution",
    "only",
    multiple=True,
    metavar="SYMBOL",
    help="Import only this resolution's rows (repeatable); other rows are skipped.",
)
@click.option(
    "--source",
    metavar="TEXT",
    help="Source recorded with each vote when the file has no source column "
    "(default: 'imported from FILE-NAME').",
)
@click.option(
    "--confidence",
    type=click.Choice(["high", "medium", "low"]),
    default="high",
    show_default=True,
    help="Confidence of each vote when the file has no such column.",
)
@click.option("--dry-run", is_flag=True, help="Check the file and report; write nothing.")
@_store_option
def import_votes(  # noqa: PLR0917  a click command: one argument per option
    file: Path,
    only: tuple[str, ...],
    source: str | None,
    confidence: str,
    dry_run: bool,
    store_path: Path | str | None,
) -> None:
    """Import official votes from a CSV voting record (one row per country and resolution).

    Accepts the UN Digital Library voting-data export (columns resolution, date,
    ms_code or ms_name, ms_vote; title, draft and total_* when present) and a
    simple form with the columns Resolution, Date, Country and Vote. A country is
    an ISO code or a UN name; a vote is Y, N, A, blank or non-voting (yes, no and
    abstain are accepted too). Every row is checked first: a bad row is reported
    with its line number and nothing is written. The votes are merged into
    imported_votes.csv in the reference-data folder (data/reference, or $KG_DATA)
    and replace the bundled vote of the same country on the same resolution; the
    store's reference graph is then reloaded. Importing the same file again
    changes nothing.

    \b
    Example:
      kg reference import-votes ga-votes.csv
      kg reference import-votes undl-export.csv --resolution A/RES/ES-11/7 --dry-run
    """
    from kg.vote_import import import_votes as run

    try:
        report = run(file, only=only, source=source, confidence=confidence, dry_run=dry_run)
    except VoteImportError as exc:
        for error in exc.errors:
            click.echo(f"kg: error: {error}", err=True)
        click.echo(
            f"kg: nothing imported: {len(exc.errors)} bad row{'s' if len(exc.errors) != 1 else ''}",
            err=True,
        )
        sys.exit(1)
    created = ""
    if report.created:
        shown = ", ".join(report.created[:5]) + (", ..." if len(report.created) > 5 else "")
        created = f" ({len(report.created)} new: {shown})"
    click.echo(
        f"{report.file}: {report.rows} votes on {len(report.resolutions)} resolution"
        f"{'s' if len(report.resolutions) != 1 else ''}{created}; "
        f"{report.added} added, {report.changed} changed, {report.unchanged} unchanged"
        + (f"; {report.skipped} rows of other resolutions skipped" if report.skipped else ""),
        err=True,
    )
    if report.replaced_bundled:
        click.echo(
            f"  {report.replaced_bundled} votes differ from data/reference/un_votes.csv "
            "and take its place",
            err=True,
        )
    for warning in report.warnings:
        click.echo(f"  warning: {warning}", err=True)
    if dry_run:
        click.echo("  dry run: nothing written", err=True)
        return
    if not report.written:
        click.echo(f"  {report.target} already holds these votes: nothing to do", err=True)
    else:
        click.echo(f"  wrote {report.target}", err=True)
    try:
        store = open_store(store_path, write=True)
    except StoreLockedError:
        click.echo(
            "  the store is in use by another kg process: its reference graph reloads "
            "the next time kg opens it",
            err=True,
        )
        return
    store.flush()
    click.echo(f"  store {store.path} holds {len(store)} quads", err=True)


@reference.command("status")
@_store_option
def status(store_path: Path | str | None) -> None:
    """What the reference data holds, and whether the store's reference graph is current.

    \b
    Example:
      kg reference status
    """
    from kg import iri
    from kg.imported import read_stored
    from kg.reference import load_reference
    from kg.resources import IMPORTED_VOTES, reference_dir
    from kg.vocab import KG

    folder = reference_dir()
    ref = load_reference(folder)
    imported = read_stored(folder / IMPORTED_VOTES)
    imported_symbols = sorted({r.resolution for r in imported})
    click.echo(f"reference data  {folder}")
    click.echo(
        f"countries       {len(ref.countries)} "
        f"({sum(1 for c in ref.countries if c.member == 'yes')} members)"
    )
    click.echo(f"groups          {', '.join(g.name for g in ref.groups) or 'none'}")
    click.echo(f"resolutions     {len(ref.resolutions)}")
    click.echo(
        f"recorded votes  {len(ref.votes)} ({len(imported)} imported"
        + (f": {', '.join(imported_symbols)})" if imported else ")")
    )
    store = open_store(store_path)
    graph = store.graph_size(iri.REFERENCE_GRAPH)
    stamp = store.value(iri.REFERENCE_GRAPH, KG.sha256, iri.REFERENCE_GRAPH)
    current = stamp is not None and stamp.value.startswith(ref.digest)
    click.echo(
        f"store           {store.path}: reference graph of {graph} quads, "
        f"{'current' if current else 'out of date (a writable kg command reloads it)'}"
    )
