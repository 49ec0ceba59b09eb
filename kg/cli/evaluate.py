"""``kg evaluate CORPUS``: the extractor scored against a folder of annotated articles."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option(
    "--texts",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of the article texts, when they are not in CORPUS/articles or CORPUS/texts.",
)
@click.option("--only", multiple=True, metavar="ID", help="Score only this article (repeatable).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table with every miss, or the same as JSON.",
)
@click.option("--quiet", "-q", is_flag=True, help="Table only: leave out the list of misses.")
def evaluate(
    corpus: Path, texts: Path | None, only: tuple[str, ...], fmt: str, quiet: bool
) -> None:
    """Score the extractor against a folder of annotated articles.

    CORPUS holds gold/<id>.json annotations (docs/evaluation.md describes them) beside
    articles/<id>.txt or texts/<id>.txt; its resolutions*.csv, if any, list the votes
    the articles report (imported before each article, as a user would). Each article
    is ingested alone into a fresh in-memory store and the contract queries' answers
    are compared with its annotation: precision, recall and F1 per category, every
    miss, and a last line `micro F1 <value>`.

    \b
    Examples:
      kg evaluate annotated/
      kg evaluate annotated/ --only a01 --only a02
      kg evaluate annotated/ --texts my-texts/ --format json > scores.json
    """
    from kg import evaluation  # noqa: PLC0415
    from kg.reference.load import load_reference  # noqa: PLC0415

    found = evaluation.Corpus.at(corpus, texts)
    pairs = [(r.symbol, r.draft_symbol or "") for r in load_reference().resolutions]
    aliases = evaluation.Resolutions.of_files(found.resolution_files, pairs)
    report = evaluation.evaluate(found, evaluation.StoreRows(), aliases, only)
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), indent=1))
    else:
        click.echo(report.table(misses=not quiet))
    if report.failed:
        raise SystemExit(1)
