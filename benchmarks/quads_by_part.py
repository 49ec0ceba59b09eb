"""Which parts of an article's graph carry its quads.

Extracts each text file given (or every ``*.txt`` under a directory), mints its
article graph exactly as ``kg ingest`` does (``kg.ingest.ingester.mint_article``), and sorts
every quad into one part of the graph by its subject and predicate: the mentions of
actors, the evidence of facts (span, sentence, rule), the facts themselves, the
article's text, metadata and provenance, the names and keys of actors, the types of
shared nodes, and the rest. Prints a Markdown table of quads per article by part.

    python -m benchmarks.quads_by_part data/articles /tmp/corpus
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kg.extract.pipeline import Extractor
from kg.ingest.ingester import mint_article, sha256_of
from kg.reference.load import cached_reference
from kg.terms import Quad
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA

# inArticle, start, end and sentence: the evidence terms before the span became one
# literal (kept so the script measures a graph of either shape).
_EVIDENCE = {KG.base + t for t in ("inArticle", "start", "end", "sentence")}
_EVIDENCE |= {KG.base + "span", KG.rule}
_NAMES = {SCHEMA.name, KG.nameKey, KG.alias, RDFS.label}
_FACTS = ("/quote/", "/stance/", "/claim/", "/tally/", "/role/")
_ARTICLE_TEXT = {SCHEMA.text}
_PROVENANCE = {
    PROV.generatedAtTime,
    PROV.wasGeneratedBy,
    PROV.endedAtTime,
    PROV.wasAssociatedWith,
    KG.extractorVersion,
    KG.sha256,
    KG.sourceLocation,
}
PARTS = (
    "mentions",
    "schema:mentions links",
    "fact evidence (span, rule; formerly start, end, sentence, article)",
    "facts (quotes, stances, claims, tallies, roles)",
    "names and keys (name, nameKey, alias, label)",
    "types of shared nodes (actors, votes, resolutions)",
    "article text",
    "article metadata and provenance",
    "votes, resolutions, parties (links and symbols)",
)


def part_of(quad: Quad) -> str:  # noqa: PLR0911  one answer per part
    subject, predicate = quad.subject.value, quad.predicate.value
    if "/mention/" in subject or predicate == KG.base + "mentionedAt":
        return PARTS[0]
    if predicate == SCHEMA.mentions:
        return PARTS[1]
    is_fact = any(kind in subject for kind in _FACTS)
    if is_fact and predicate in _EVIDENCE:
        return PARTS[2]
    if is_fact:
        return PARTS[3]
    if predicate in _NAMES:
        return PARTS[4]
    if predicate == RDF.type and subject != quad.graph.value and "/ingest" not in subject:
        return PARTS[5]
    if predicate in _ARTICLE_TEXT:
        return PARTS[6]
    if subject == quad.graph.value or predicate in _PROVENANCE or "/ingest" in subject:
        return PARTS[7]
    return PARTS[8]


def texts(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.glob("*.txt"))
        else:
            yield path


def measure(paths: list[Path]) -> tuple[int, Counter[str]]:
    extractor = Extractor(cached_reference())
    now = datetime(2026, 1, 1, tzinfo=UTC)
    parts: Counter[str] = Counter()
    articles = 0
    for path in texts(paths):
        text = path.read_text(encoding="utf-8")
        quads, _ = mint_article(extractor, text, sha256_of(text), path.name, now)
        articles += 1
        parts.update(part_of(q) for q in quads)
    return articles, parts


def table(articles: int, parts: Counter[str]) -> str:
    total = sum(parts.values())
    lines = [
        f"{articles} articles, {total / max(articles, 1):.1f} quads per article",
        "",
        "| part of the article graph | quads/article | share |",
        "|---|---:|---:|",
    ]
    for name in PARTS:
        n = parts[name]
        lines.append(f"| {name} | {n / max(articles, 1):.1f} | {n / max(total, 1):.0%} |")
    lines.append(f"| **all** | **{total / max(articles, 1):.1f}** | 100% |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="text files or directories of *.txt")
    args = parser.parse_args(argv)
    articles, parts = measure(args.paths)
    print(table(articles, parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
