"""How fast ``kg.extract.Extractor`` reads articles on one core, and whether any input
makes it slow. It reports; it asserts nothing.

    python -m benchmarks.bench_extract benchmarks/out/corpus-1k

1. Throughput: the corpus's articles are read into memory, a warm-up pass over the
   first few is discarded, then every article is extracted ``--runs`` times in this
   one process. Reported: articles/s and KiB of text/s per run and their median
   (target from issue 3: >= 200 articles/s for 4 KB articles), and per-article
   latency percentiles with the slowest files.
2. Adversarial input: ``--adversarial-mb`` MB of ``benchmarks.adversarial`` text
   extracted in a child process under ``--timeout`` (target: under 10 s for 5 MB).
3. Scaling (``--scaling``): each adversarial kind at 32, 128 and 512 KiB; a time
   exponent well above 1 (time growing faster than size) marks super-linear input.
4. Profile (``--profile N``): one cProfile pass over the corpus, top N functions.
   ``--passes``: one more pass with each step of the pipeline timed on its own (its
   share of the pass, without a profiler's cost per call, which inflates functions of
   many small calls).
5. Real reporting (``--real DIR``): KiB/s and articles/s on real excerpts, read where they
   are (the rebuilt ../shared/corpus-real texts; they are third-party text, never copied
   into the repository): real articles differ from generated ones in length, quotation
   and list density, so their rate is reported apart.

Child processes run one at a time, so the benchmark never uses more than one core.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import multiprocessing as mp
import pstats
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.adversarial import KINDS, adversarial_text
from benchmarks.machine import describe, render
from kg.extract import Extractor
from kg.reference.load import load_reference

TARGET_RATE = 200.0  # articles/s on one core, issue 3
TARGET_ADVERSARIAL_S = 10.0  # for 5 MB, issue 3
SCALING_KIB = (32, 128, 512)


@dataclass
class Run:
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: what other users of the machine don't inflate
    articles_per_s: float
    kib_per_s: float

    @property
    def articles_per_cpu_s(self) -> float:
        return self.articles_per_s * self.seconds / self.cpu_seconds


def load_corpus(folder: Path, limit: int) -> list[tuple[str, str]]:
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())[:limit]
    if not files:
        raise SystemExit(f"error: no .txt articles in {folder}")
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


def throughput(
    extractor: Extractor, texts: list[tuple[str, str]], runs: int, warmup: int
) -> tuple[list[Run], dict[str, float]]:
    """Timed passes over all texts; per article, the fastest of its runs (least noise)."""
    for _, text in texts[:warmup]:
        extractor.extract(text)
    kib = sum(len(t.encode("utf-8")) for _, t in texts) / 1024
    best: dict[str, float] = {}
    out = []
    for n in range(1, runs + 1):
        began, cpu = time.perf_counter(), time.process_time()
        for name, text in texts:
            start = time.perf_counter()
            extractor.extract(text)
            spent = time.perf_counter() - start
            best[name] = min(spent, best.get(name, math.inf))
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        run = Run(seconds, cpu, len(texts) / seconds, kib / seconds)
        out.append(run)
        print(
            f"run {n}       {run.articles_per_s:8.1f} articles/s  {run.kib_per_s:8.1f} KiB/s  "
            f"({seconds:.1f} s wall, {cpu:.1f} s CPU: {run.articles_per_cpu_s:.1f} "
            "articles per CPU-second)",
            flush=True,
        )
    return out, best


def _timed_child(conn: Any, size: int, kind: str) -> None:
    text = adversarial_text(size, kind)
    extractor = Extractor(load_reference())
    began = time.perf_counter()
    facts = extractor.extract(text)
    seconds = time.perf_counter() - began
    conn.send((seconds, len(facts.quotes), len(facts.persons), len(facts.votes)))


def timed_adversarial(size: int, kind: str, timeout: float) -> tuple[float, ...] | None:
    """(seconds, quotes, persons, votes) extracting ``size`` chars of ``kind``; None on timeout."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_timed_child, args=(send, size, kind), daemon=True)
    child.start()
    send.close()
    result = receive.recv() if receive.poll(timeout) else None
    if child.is_alive():
        child.terminate()
    child.join()
    return result


def scaling(timeout: float) -> dict[str, dict[str, Any]]:
    """Each kind at growing sizes; the exponent is taken between the two largest sizes
    that finished (quadratic costs often show only past a few hundred KiB)."""
    out: dict[str, dict[str, Any]] = {}
    for kind in ["mixed", *KINDS]:
        times: dict[int, float | None] = {}
        for kib in SCALING_KIB:
            result = timed_adversarial(kib * 1024, kind, timeout)
            times[kib] = result[0] if result else None
            if result is None:
                break
        done = [(k, t) for k, t in times.items() if t]
        exponent = (
            math.log(done[-1][1] / done[-2][1]) / math.log(done[-1][0] / done[-2][0])
            if len(done) >= 2
            else None
        )
        out[kind] = {"seconds": times, "exponent": exponent}
        timed_out = None in times.values()
        verdict = "SUPER-LINEAR" if (exponent or 0) > 1.3 or timed_out else ""
        print(
            f"  {kind:14} "
            + "  ".join(
                f"{k:>4} KiB {'timeout' if v is None else f'{v:7.2f} s'}" for k, v in times.items()
            )
            + (f"  exponent {exponent:.2f}" if exponent is not None else "")
            + f"  {verdict}",
            flush=True,
        )
    return out


def profile(extractor: Extractor, texts: list[tuple[str, str]], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _, text in texts:
        extractor.extract(text)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return stream.getvalue()


# The pipeline's steps (names in kg.extract.pipeline), in the order it runs them, and what
# each one reads; the vote identity (ResolutionMatcher.analyse) is timed on the extractor.
_PASSES = (
    ("Document", "the text's structure (paragraphs, sentences, tokens: on first use)"),
    ("find_entities", "countries and organizations (the gazetteer)"),
    ("find_persons", "persons"),
    ("extract_roles", "persons' roles"),
    ("ActorIndex", "the actor index"),
    ("find_quotes", "quotations"),
    ("analyse", "vote identity (the resolution matcher)"),
    ("read_votes", "vote claims"),
    ("read_tallies", "tallies"),
    ("envoy_countries", "envoys"),
    ("unnamed_envoys", "envoys named later"),
    ("read_stances", "stances"),
)


def passes(extractor: Extractor, texts: list[tuple[str, str]]) -> dict[str, float]:
    """Each step's share of one pass over ``texts`` (timed with ``time.perf_counter``
    around each call; the rest is building the facts)."""
    from kg.extract import pipeline  # noqa: PLC0415 (its names are wrapped for this pass only)

    spent = dict.fromkeys((name for name, _ in _PASSES), 0.0)

    def timed(name: str, fn: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start

        return call

    originals = {name: getattr(pipeline, name) for name, _ in _PASSES if name != "analyse"}
    for name, fn in originals.items():
        setattr(pipeline, name, timed(name, fn))
    extractor.matcher.analyse = timed("analyse", extractor.matcher.analyse)  # type: ignore[method-assign]
    try:
        began = time.perf_counter()
        for _, text in texts:
            extractor.extract(text)
        total = time.perf_counter() - began
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
        del extractor.matcher.analyse
    shares = {name: spent[name] / total for name, _ in _PASSES}
    print(f"passes      share of one pass over {len(texts)} articles ({total:.1f} s):")
    for name, what in sorted(_PASSES, key=lambda p: -shares[p[0]]):
        print(f"  {shares[name] * 100:5.1f}%  {what}")
    print(f"  {(1 - sum(shares.values())) * 100:5.1f}%  the rest (building the facts)")
    return shares


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def corpus_run(
    extractor: Extractor, texts: list[tuple[str, str]], args: argparse.Namespace, built: float
) -> dict[str, Any]:
    total = sum(len(t.encode("utf-8")) for _, t in texts)
    print(
        f"corpus      {args.corpus}: {len(texts)} articles, "
        f"{total / len(texts) / 1024:.2f} KiB mean, {total / 1e6:.1f} MB"
    )
    print(
        f"extractor   built in {built:.3f} s; "
        f"warm-up {min(args.warmup, len(texts))} articles not timed",
        flush=True,
    )
    runs, best = throughput(extractor, texts, args.runs, args.warmup)
    rate = statistics.median(r.articles_per_s for r in runs)
    kib_rate = statistics.median(r.kib_per_s for r in runs)
    cpu_rate = statistics.median(r.articles_per_cpu_s for r in runs)
    print(
        f"median      {rate:8.1f} articles/s  {kib_rate:8.1f} KiB/s   "
        f"(target >= {TARGET_RATE:.0f} articles/s: {rate / TARGET_RATE:.2f} of it)"
    )
    print(f"            {cpu_rate:8.1f} articles per CPU-second (median; unaffected by other load)")
    latencies = list(best.values())
    print(f"best case   {len(texts) / sum(latencies):8.1f} articles/s (each article's fastest run)")
    slowest = sorted(best.items(), key=lambda kv: -kv[1])[:5]
    print(
        f"per article p50 {_percentile(latencies, 0.5) * 1e3:.1f} ms, "
        f"p95 {_percentile(latencies, 0.95) * 1e3:.1f} ms, max {max(latencies) * 1e3:.1f} ms;"
        " slowest " + ", ".join(f"{n} {s * 1e3:.0f} ms" for n, s in slowest)
    )
    return {
        "articles": len(texts),
        "bytes": total,
        "runs": [asdict(r) for r in runs],
        "median_articles_per_s": rate,
        "median_kib_per_s": kib_rate,
        "median_articles_per_cpu_s": cpu_rate,
        "best_case_articles_per_s": len(texts) / sum(latencies),
        "slowest": slowest,
    }


def real_run(extractor: Extractor, folder: Path, runs: int) -> dict[str, Any]:
    """Throughput on a folder of real article texts, read in place."""
    texts = load_corpus(folder, 10_000)
    total = sum(len(t.encode("utf-8")) for _, t in texts)
    print(f"real        {len(texts)} texts, {total / 1024:.0f} KiB ({folder})", flush=True)
    passes, _ = throughput(extractor, texts, max(runs, 1), warmup=len(texts))
    rate = statistics.median(r.articles_per_s for r in passes)
    kib_rate = statistics.median(r.kib_per_s for r in passes)
    print(f"real median {rate:8.1f} articles/s  {kib_rate:8.1f} KiB/s")
    return {
        "texts": len(texts),
        "bytes": total,
        "median_articles_per_s": rate,
        "median_kib_per_s": kib_rate,
    }


def adversarial_run(mib: float, timeout: float) -> dict[str, Any]:
    size = int(mib * 1024 * 1024)
    print(f"adversarial {mib:g} MiB of mixed text (timeout {timeout:g} s) ...", flush=True)
    result = timed_adversarial(size, "mixed", timeout)
    if result is None:
        print(
            f"adversarial did NOT finish within {timeout:g} s "
            f"(target < {TARGET_ADVERSARIAL_S:g} s for 5 MB)"
        )
    else:
        seconds, quotes, persons, votes = result
        print(
            f"adversarial {seconds:.1f} s, {size / 1024 / seconds:.1f} KiB/s "
            f"({quotes} quotes, {persons} persons, {votes} votes found; "
            f"target < {TARGET_ADVERSARIAL_S:g} s for 5 MB)"
        )
    return {"bytes": size, "seconds": result[0] if result else None, "timeout": timeout}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_extract", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("corpus", type=Path, help="folder of generated articles (*.txt)")
    parser.add_argument("--limit", type=int, default=1000, help="articles to use (default 1000)")
    parser.add_argument(
        "--runs", type=int, default=5, help="timed passes (default 5; 0 skips the corpus)"
    )
    parser.add_argument("--warmup", type=int, default=50, help="untimed articles first")
    parser.add_argument(
        "--adversarial-mb",
        type=float,
        default=5.0,
        help="size of the adversarial run, 0 to skip (default 5)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds before an adversarial run is abandoned (default 300)",
    )
    parser.add_argument("--scaling", action="store_true", help="time each adversarial kind")
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="print the top N functions of one profiled pass",
    )
    parser.add_argument(
        "--passes", action="store_true", help="print each pipeline step's share of one pass"
    )
    parser.add_argument(
        "--real",
        type=Path,
        metavar="DIR",
        help="also time a folder of real article texts (e.g. the rebuilt corpus-real texts)",
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)

    info = describe()
    print("# kg extraction benchmark (one process, one core)")
    print("\n".join(render(info)))
    results: dict[str, Any] = {"machine": info, "corpus": str(args.corpus)}
    texts = load_corpus(args.corpus, args.limit)
    began = time.perf_counter()
    extractor = Extractor(load_reference())
    if args.runs > 0:
        results.update(corpus_run(extractor, texts, args, time.perf_counter() - began))
    if args.real:
        results["real"] = real_run(extractor, args.real, args.runs)
    if args.adversarial_mb > 0:
        results["adversarial"] = adversarial_run(args.adversarial_mb, args.timeout)
    if args.scaling:
        print(
            "scaling     seconds per size; exponent of time against size between the two "
            "largest sizes that finished (1: linear, 2: quadratic)"
        )
        results["scaling"] = scaling(min(args.timeout, 120.0))
    if args.passes:
        results["passes"] = passes(extractor, texts)
    if args.profile:
        print(profile(extractor, texts, args.profile))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
