"""SHACL validation of the stored graphs against ontology/shapes.ttl (pyshacl).

The graphs every article refers to (the reference graph, the ontology, imported
records) are read once. The article graphs are then validated a batch at a time,
each batch together with those shared graphs, so a shape can require, for instance,
that every country a quote or vote points to is a known country with an ISO code;
memory holds one batch, not the whole store. What one article says about a shared
node is its own (roles are per article), so a batch sees everything a shape needs.

A problem in the shared graphs would be found with every batch: results are counted
once each (by focus node, path, value, shape and constraint).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import iri
from kg.errors import ValidationError
from kg.resources import ontology_dir
from kg.store.backend import KgStore

if TYPE_CHECKING:
    import rdflib

BATCH = 100  # article graphs validated together: few pyshacl runs, bounded memory
ARTICLES = iri.article_iri("")

# Called after each batch with the number of article graphs validated and the total.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str
    triples: int
    articles: int = 0


def validate(
    store: KgStore,
    graph: str | None = None,
    *,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> Report:
    """Validate every graph, or one graph together with the shared graphs."""
    # rdflib and pyshacl take most of a second to import: only kg validate pays for them.
    import rdflib  # noqa: PLC0415

    shapes = rdflib.Graph()
    try:
        shapes.parse(ontology_dir() / "shapes.ttl", format="turtle")
    except Exception as exc:  # rdflib raises many parser types; report them as one
        raise ValidationError(f"cannot read ontology/shapes.ttl: {exc}") from exc
    graphs = store.graphs()
    shared = rdflib.Graph()
    for name in graphs:
        # The summary graph's counts (kg.graph.summary) are derived, and no shape reads
        # them: left out, as they would be parsed with every batch.
        if not name.startswith(ARTICLES) and name not in (graph, iri.SUMMARY_GRAPH):
            shared.parse(data=store.dump("ntriples", name), format="nt")
    articles = [graph] if graph is not None else [g for g in graphs if g.startswith(ARTICLES)]
    if graph is not None and not store.has_graph(graph):
        articles = []
    found: dict[tuple[str, ...], str] = {}
    triples = len(shared)
    runs = _batches(articles, batch) if articles else iter([[]])
    done = 0
    for names in runs:
        # A new graph per batch, dropped after it: rdflib keeps index entries for the
        # terms of removed triples, so one graph reused grew with every batch.
        data = rdflib.Graph()
        for triple in shared:
            data.add(triple)
        for name in names:
            data.parse(data=store.dump("ntriples", name), format="nt")
        triples += len(data) - len(shared)
        found.update(_results(data, shapes))
        done += len(names)
        if progress is not None and names:
            progress(done, len(articles))
    text = "\n".join(found[key] for key in sorted(found))
    return Report(not found, len(found), text, triples, len(articles))


def _batches(names: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(names), size):
        yield names[start : start + size]


def _results(data: rdflib.Graph, shapes: rdflib.Graph) -> dict[tuple[str, ...], str]:
    """Each validation result: a key that names it, and one line that describes it."""
    import rdflib  # noqa: PLC0415
    from pyshacl import validate as shacl  # noqa: PLC0415

    conforms, results, _ = shacl(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True
    )
    if conforms:
        return {}
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    found = {}
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        parts = [
            results.value(result, sh[field])
            for field in (
                "focusNode",
                "resultPath",
                "value",
                "sourceShape",
                "sourceConstraintComponent",
            )
        ]
        focus, path, value, _, component = (str(p) if p is not None else "" for p in parts)
        message = results.value(result, sh.resultMessage) or ""
        key = tuple(str(p) for p in parts)
        found[key] = (
            f"{component.rsplit('#', 1)[-1]}: {focus} {path}"
            + (f" = {value}" if value else "")
            + f": {message}"
        )
    return found
