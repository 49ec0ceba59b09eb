"""Write a seeded corpus of synthetic news articles about UN votes, with a fact manifest.

    python -m benchmarks.generate --count 1000 --out benchmarks/out/corpus-1k --seed 1

writes ``a000000.txt`` ... (about 4 KB each) and ``manifest.jsonlines``: one JSON object per
article with the facts its templates put in (persons, countries, organizations,
quotes with their speaker, stances with their target vote, vote claims and tallies,
each claim marked ``slip`` where it contradicts the official record on purpose).
A quote's ``parts`` are its pieces as they stand between quotation marks (two when
the attribution interrupts it, one per paragraph when it runs over paragraphs).

Article N depends only on the seed and N, so a 1k corpus is the first thousand
articles of the 10k one. Articles are written one at a time: memory stays flat at
any count.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus.record import Record
from benchmarks.corpus.styles import write
from kg.errors import KgError
from kg.reference.load import load_reference

# JSON Lines, under a name that `kg ingest` of the corpus folder does not take for an
# export of articles to ingest (.jsonl, .ndjson): the folder is ingested as it is.
MANIFEST = "manifest.jsonlines"


def article_id(index: int) -> str:
    return f"a{index:06d}"


def article(record: Record, seed: int, index: int) -> tuple[str, dict[str, Any]]:
    """Article ``index`` of the corpus with ``seed``: its text and its manifest entry."""
    rng = random.Random(f"kg-benchmark:{seed}:{index}")
    style, text, facts = write(rng, record)
    data = text.encode("utf-8")
    entry = {
        "id": article_id(index),
        "file": f"{article_id(index)}.txt",
        "style": style,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "title": text.split("\n", 1)[0],
        **facts,
    }
    return text, entry


@dataclass(frozen=True)
class Summary:
    count: int
    total_bytes: int
    seconds: float


def generate(out: Path, count: int, seed: int, start: int = 0, force: bool = False) -> Summary:
    """Write articles ``start`` .. ``start + count - 1`` and their manifest into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = out / MANIFEST
    previous = [p for p in out.glob("a*.txt") if re.fullmatch(r"a\d{6,}\.txt", p.name)]
    if manifest.exists() or previous:
        if not force:
            raise FileExistsError(f"{out} already holds a corpus (use --force to replace it)")
        for p in previous:  # a smaller corpus must not keep a bigger one's articles
            p.unlink()
    record = Record(load_reference())
    began = time.perf_counter()
    total = 0
    with manifest.open("w", encoding="utf-8") as handle:
        for index in range(start, start + count):
            text, entry = article(record, seed, index)
            (out / entry["file"]).write_text(text, encoding="utf-8")
            handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
            total += entry["bytes"]
    return Summary(count, total, time.perf_counter() - began)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--count", type=int, default=1000, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="number of the first article")
    parser.add_argument("--force", action="store_true", help="replace the corpus already in --out")
    args = parser.parse_args(argv)
    if args.count < 1 or args.start < 0:
        parser.error("--count must be positive and --start not negative")
    try:
        s = generate(args.out, args.count, args.seed, args.start, args.force)
    except (FileExistsError, OSError, KgError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"wrote {s.count} articles, {s.total_bytes / 1e6:.1f} MB "
        f"(mean {s.total_bytes / s.count / 1024:.2f} KiB) to {args.out} "
        f"in {s.seconds:.1f} s; manifest {args.out / MANIFEST}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
