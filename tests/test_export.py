"""Export: every format parses, and loading it back gives what the store holds.

Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs, so a fresh rdflib
Dataset loaded from them holds exactly the store's quads. Triple formats (Turtle,
N-Triples, RDF/XML) write the union of the graphs, in which a triple stored in two
graphs appears once: their expected count is the number of distinct triples.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import ExportError
from kg.graph.export import FORMATS, JsonLdEnvelope, export, jsonld_context, write_to
from kg.store.embedded import Store
from kg.vocab import KG, RDF
from tests.support import Corpus, RunKg, load_dataset, one_error_line

RDFLIB_FORMAT = {
    "turtle": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "ntriples": "nt",
    "jsonld": "json-ld",
    "rdfxml": "xml",
}
DATASET_FORMATS = {"trig", "nquads", "jsonld"}
SMALL = "004_7f33e2db56b191e3"


def store_quads(corpus: Corpus, graph: str | None = None) -> list[ox.Quad]:
    return list(ox.parse(b"".join(corpus.store.iter_nquads(graph)), format=ox.RdfFormat.N_QUADS))


@pytest.fixture(scope="module")
def expected(corpus: Corpus) -> dict[str, int]:
    quads = store_quads(corpus)
    assert len(quads) == len(corpus.store), "every quad of the store is in a named graph"
    distinct = {q.triple for q in quads}
    assert len(distinct) < len(quads), "the samples share triples across graphs"
    return {"quads": len(quads), "triples": len(distinct)}


def test_the_formats_are_the_issue_s() -> None:
    assert set(FORMATS) == {"turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"}


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_turtle_and_json_ld_round_trip_through_a_fresh_rdflib_dataset(
    fmt: str, tmp_path: Path, corpus: Corpus, corpus_kg: RunKg, expected: dict[str, int]
) -> None:
    """The issue's check: export, load into a fresh rdflib Dataset, same number of triples."""
    out = tmp_path / f"kg.{fmt}"
    result = corpus_kg("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and f"of {fmt} to {out}" in result.stderr
    count, graphs = load_dataset(out.read_bytes(), RDFLIB_FORMAT[fmt])
    if fmt in DATASET_FORMATS:
        assert count == expected["quads"] == len(corpus.store)
        assert graphs == set(corpus.store.graphs())
    else:
        assert count == expected["triples"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_and_holds_everything(
    fmt: str, corpus: Corpus, corpus_kg: RunKg, expected: dict[str, int]
) -> None:
    result = corpus_kg("export", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    data = result.stdout_bytes
    count, _ = load_dataset(data, RDFLIB_FORMAT[fmt])
    assert count == expected["quads" if fmt in DATASET_FORMATS else "triples"]
    assert data == export(corpus.on_disk(), fmt), "stdout and the library give the same bytes"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_one_graph_exports_that_graph(fmt: str, corpus: Corpus, corpus_kg: RunKg) -> None:
    graph = corpus.article(SMALL).graph
    result = corpus_kg("export", "--format", fmt, "--graph", graph)
    assert result.exit_code == 0, result.stderr
    count, graphs = load_dataset(result.stdout_bytes, RDFLIB_FORMAT[fmt])
    assert count == corpus.store.graph_size(graph)
    if fmt in DATASET_FORMATS:
        assert graphs == {graph}, "a dataset format keeps the graph's name"


def test_json_ld_carries_kg_s_context_around_expanded_nodes(corpus: Corpus) -> None:
    graph = corpus.article(SMALL).graph
    data = export(corpus.store, "jsonld", graph)
    document = json.loads(data)
    assert document["@context"] == jsonld_context()["@context"]
    [named] = document["@graph"]
    assert named["@id"] == graph
    # pyoxigraph's nodes, expanded: full IRIs as keys, rdf:type as a property
    types = {t["@id"] for node in named["@graph"] for t in node.get(RDF.type, [])}
    assert {KG.Quote, KG.Tally} <= types
    # The context changes nothing: expanding the document gives the graph's quads.
    parsed = set(ox.parse(data, format=ox.RdfFormat.JSON_LD))
    assert parsed == set(store_quads(corpus, graph))


def test_an_empty_dataset_is_an_empty_json_ld_document() -> None:
    for written in ([], [b"[", b"]"], [b"[]"]):
        out = io.BytesIO()
        with JsonLdEnvelope(out, {"kg": KG.base}) as envelope:
            for chunk in written:
                envelope.write(chunk)
        assert json.loads(out.getvalue()) == {"@context": {"kg": KG.base}, "@graph": []}


class CountingStream(io.BytesIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, data: Any) -> int:
        self.writes += 1
        return super().write(data)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_export_reaches_its_stream_in_pieces_as_it_is_read(fmt: str, corpus: Corpus) -> None:
    """Streamed, not built in memory and written at the end: the samples' export (over
    a megabyte) arrives in many writes, and they add up to the in-memory export."""
    if not isinstance(corpus.store, Store):
        pytest.skip("a remote store is read into memory first")
    out = CountingStream()
    write_to(corpus.store, fmt, out)
    assert out.writes > 10
    assert out.getvalue() == export(corpus.store, fmt)


def test_an_unknown_graph_is_an_error(corpus: Corpus, corpus_kg: RunKg) -> None:
    missing = "https://kg.example/id/article/0000000000000000"
    with pytest.raises(ExportError, match="no graph named"):
        export(corpus.store, "turtle", missing)
    result = corpus_kg("export", "--graph", missing)
    assert result.exit_code == 1
    assert one_error_line(result) == f"kg: error: no graph named <{missing}> in the store"
    assert result.stdout == ""


def test_an_unknown_format_is_a_usage_error(corpus_kg: RunKg) -> None:
    result = corpus_kg("export", "--format", "csv")
    assert result.exit_code == 2


def test_export_to_a_file_in_a_missing_folder_fails_cleanly(
    tmp_path: Path, corpus_kg: RunKg
) -> None:
    target = tmp_path / "no" / "such" / "folder" / "kg.ttl"
    result = corpus_kg("export", "--format", "turtle", "-o", str(target))
    assert result.exit_code == 1
    assert one_error_line(result).startswith(f"kg: error: cannot write {target}")
    assert not target.exists() and not target.with_name("kg.ttl.part").exists()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_file_export_holds_the_same_bytes_as_the_in_memory_one(
    fmt: str, tmp_path: Path, corpus: Corpus, corpus_kg: RunKg
) -> None:
    """An embedded store is streamed to the file in N-Quads, TriG, Turtle and N-Triples
    (memory stays flat on a large store); whichever way, the bytes are the same."""
    out = tmp_path / f"kg.{fmt}"
    result = corpus_kg("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == export(corpus.on_disk(), fmt)
    assert not list(tmp_path.glob("*.part")), "the partial file is renamed into place"
