"""The anchors: what pyoxigraph itself does with the same quads, run in a child process.

    python -m benchmarks.anchors dump STORE FILE [--format nquads|turtle|jsonld|trig]
    python -m benchmarks.anchors bulk-load FILE STORE
    python -m benchmarks.anchors per-article-load FILE STORE
    python -m benchmarks.anchors article-graphs STORE CORPUS FILE

Each prints one JSON line: the seconds of the operation itself (not the start-up of
Python) and its size. ``per-article-load`` loads FILE one graph at a time, each with
its own ``Store.load`` call (one transaction each), as an ingest of articles one by
one would; the file is read and cut into graphs before the clock starts.
``article-graphs`` writes the graphs of a corpus's articles (by the sha256 of each
text) from STORE to FILE, one after the other, for ``per-article-load``.

Nothing here imports kg except ``article-graphs``: the anchors are pyoxigraph alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pyoxigraph as ox

FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
UNION = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def dump(store_path: Path, target: Path, fmt: str) -> dict[str, object]:
    store = ox.Store.read_only(str(store_path))
    began = time.perf_counter()
    if fmt == "turtle":  # a triple format: the union of the graphs, as kg's export writes it
        with target.open("wb") as out:
            store.query(UNION).serialize(out, format=FORMATS[fmt])
    else:
        store.dump(str(target), format=FORMATS[fmt])
    return {"seconds": time.perf_counter() - began, "bytes": target.stat().st_size}


def bulk_load(source: Path, store_path: Path) -> dict[str, object]:
    store = ox.Store(str(store_path))
    began = time.perf_counter()
    store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
    loaded = time.perf_counter() - began
    store.flush()
    flushed = time.perf_counter() - began
    return {"seconds": loaded, "with_flush": flushed}


def _graph_chunks(source: Path) -> list[bytes]:
    """The file cut where the graph name changes (its last term, before the dot)."""
    chunks: list[bytes] = []
    current: list[bytes] = []
    graph = b""
    with source.open("rb") as data:
        for line in data:
            name = line.rstrip()[:-1].rstrip().rsplit(b" ", 1)[-1]
            if current and name != graph:
                chunks.append(b"".join(current))
                current = []
            graph = name
            current.append(line)
    if current:
        chunks.append(b"".join(current))
    return chunks


def per_article_load(source: Path, store_path: Path) -> dict[str, object]:
    chunks = _graph_chunks(source)
    quads = sum(chunk.count(b"\n") for chunk in chunks)
    store = ox.Store(str(store_path))
    began = time.perf_counter()
    for chunk in chunks:
        store.load(chunk, format=ox.RdfFormat.N_QUADS)
    loaded = time.perf_counter() - began
    # No store.flush(): each load is a committed transaction, as each of kg's writes is,
    # and a manual flush can hang here (see kg.store.embedded.Store.flush).
    return {
        "seconds": loaded,
        "with_flush": loaded,
        "quads": quads,
        "graphs": len(chunks),
    }


def article_graphs(store_path: Path, corpus: Path, target: Path) -> dict[str, object]:
    # kg only here, to name the articles' graphs; the anchors themselves are pyoxigraph.
    from kg import iri  # noqa: PLC0415
    from kg.ingest.ingester import collect_files, read_article, sha256_of  # noqa: PLC0415

    store = ox.Store.read_only(str(store_path))
    quads = graphs = 0
    with target.open("wb") as out:
        for path in collect_files([corpus]):
            graph = ox.NamedNode(iri.article_iri(sha256_of(read_article(path))))
            found = list(store.quads_for_pattern(None, None, None, graph))
            if found:
                out.write(ox.serialize(found, format=ox.RdfFormat.N_QUADS))
                quads += len(found)
                graphs += 1
    return {"quads": quads, "graphs": graphs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.anchors")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("store", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=sorted(FORMATS), default="nquads")
    p = sub.add_parser("bulk-load")
    p.add_argument("file", type=Path)
    p.add_argument("store", type=Path)
    p = sub.add_parser("per-article-load")
    p.add_argument("file", type=Path)
    p.add_argument("store", type=Path)
    p = sub.add_parser("article-graphs")
    p.add_argument("store", type=Path)
    p.add_argument("corpus", type=Path)
    p.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        report = dump(args.store, args.file, args.format)
    elif args.command == "bulk-load":
        report = bulk_load(args.file, args.store)
    elif args.command == "per-article-load":
        report = per_article_load(args.file, args.store)
    else:
        report = article_graphs(args.store, args.corpus, args.file)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
