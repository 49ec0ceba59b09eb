"""``kg reference``: the reference data kg checks articles against.

Thin commands over kg.reference.import_votes, kg.reference.import_resolutions and
kg.reference.load: import resolutions kg does not know and official voting records into a
store, and show what the reference data holds.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.options import open_store, store_option
from kg.errors import VoteImportError

if TYPE_CHECKING:
    from kg.store.backend import KgStore


@click.group("reference")
def reference() -> None:
    """The reference data: UN member States, resolutions and official votes.

    Imports go into the store's reference graph (one store at a time: --store or
    $KG_STORE), never into kg's own data folder.

    \b
    Examples:
      kg reference status
      kg reference import-resolutions resolutions.csv
      kg reference import-votes votes.csv
    """


def _bad_rows(exc: VoteImportError) -> None:
    for error in exc.errors:
        click.echo(f"kg: error: {error}", err=True)
    count = len(exc.errors)
    click.echo(f"kg: nothing imported: {count} bad row{'s' if count != 1 else ''}", err=True)
    sys.exit(1)


@reference.command("import-resolutions")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check the file and report; write nothing.")
@store_option
def import_resolutions(file: Path, dry_run: bool, store_path: Path | str | None) -> None:
    """Tell kg about votes it does not know: one row per resolution or draft.

    The columns are those of kg's un_resolutions.csv: symbol, draft_symbol, body
    (UNGA, UNSC or HRC), date (YYYY-MM-DD), title, yes, no, abstain (blank where
    unknown) and adopted (true or false); other columns are ignored. A vote without
    a symbol is keyed by its draft symbol, else by its body and date
    (UNSC-2024-05-20). Every row is checked first: a bad row is reported with its
    line number and nothing is written. The resolutions go into the store's
    reference graph with the file's name and sha256; articles ingested afterwards
    are read with them, and articles ingested before are linked to them. Importing
    the same file again changes nothing.

    \b
    Example:
      kg reference import-resolutions my-votes.csv
      kg reference import-resolutions my-votes.csv --store /tmp/kg-store --dry-run
    """
    from kg.reference.import_resolutions import import_resolutions as run

    store = open_store(store_path, write=not dry_run)
    try:
        report = run(file, store, dry_run=dry_run)
    except VoteImportError as exc:
        _bad_rows(exc)
        return
    click.echo(
        f"{report.file}: {report.rows} resolution{'s' if report.rows != 1 else ''}; "
        f"{report.added} added, {report.changed} changed, {report.unchanged} unchanged"
        + (f", {len(report.known)} already in kg's reference data" if report.known else ""),
        err=True,
    )
    _finish(report.warnings, dry_run, report.written, store)


def _finish(warnings: list[str], dry_run: bool, written: bool, store: KgStore) -> None:
    for warning in warnings:
        click.echo(f"  warning: {warning}", err=True)
    location = store.path
    if dry_run:
        click.echo("  dry run: nothing written", err=True)
    elif not written:
        click.echo(f"  the store {location} holds this import already: nothing to do", err=True)
    else:
        click.echo(f"  imported into the store {location}", err=True)
    if not dry_run:
        click.echo(f"  store {location} holds {len(store)} quads", err=True)


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
@store_option
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
    with its line number and nothing is written. The votes go into the store's
    reference graph with the file's name and sha256, and replace the bundled vote
    of the same country on the same resolution (and an earlier import's).
    Importing the same file again changes nothing.

    \b
    Example:
      kg reference import-votes ga-votes.csv
      kg reference import-votes undl-export.csv --resolution A/RES/ES-11/7 --dry-run
    """
    from kg.reference.import_votes import import_votes as run

    store = open_store(store_path, write=not dry_run)
    try:
        report = run(file, store, only=only, source=source, confidence=confidence, dry_run=dry_run)
    except VoteImportError as exc:
        _bad_rows(exc)
        return
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
            f"  {report.replaced_bundled} votes differ from kg's bundled record and take its place",
            err=True,
        )
    _finish(report.warnings, dry_run, report.written, store)


@reference.command("status")
@store_option
def status(store_path: Path | str | None) -> None:
    """What the reference data holds (with the store's imports), and whether the
    store's reference graph is current.

    \b
    Example:
      kg reference status
    """
    from kg import iri
    from kg.reference.imported import apply_imports, read_imports
    from kg.reference.load import cached_reference
    from kg.resources import reference_dir
    from kg.vocab import KG

    folder = reference_dir()
    bundled = cached_reference()
    store = open_store(store_path)
    imports = read_imports(store)
    applied = apply_imports(bundled, imports)
    ref = applied.reference
    click.echo(f"reference data  {folder}")
    click.echo(
        f"countries       {len(ref.countries)} "
        f"({sum(1 for c in ref.countries if c.member == 'yes')} members)"
    )
    click.echo(f"groups          {', '.join(g.name for g in ref.groups) or 'none'}")
    click.echo(
        f"resolutions     {len(ref.resolutions)} ({len(applied.resolution_sources)} imported)"
    )
    imported_symbols = sorted({r for r, _ in applied.vote_sources})
    click.echo(
        f"recorded votes  {len(ref.votes)} ({len(applied.vote_sources)} imported"
        + (f": {', '.join(imported_symbols)})" if imported_symbols else ")")
    )
    for imp in imports:
        what = (
            f"{len(imp.resolutions)} resolutions" if imp.resolutions else f"{len(imp.votes)} votes"
        )
        click.echo(f"import {imp.order:<8} {imp.name} ({what}; sha256 {imp.sha256[:16]})")
    graph = store.graph_size(iri.REFERENCE_GRAPH)
    stamp = store.value(iri.REFERENCE_GRAPH, KG.sha256, iri.REFERENCE_GRAPH)
    current = stamp is not None and stamp.value.startswith(bundled.digest)
    click.echo(
        f"store           {store.path}: reference graph of {graph} quads, "
        f"{'current' if current else 'out of date (a writable kg command reloads it)'}"
    )
