"""The whole scale benchmark in one command, every figure beside its anchor of the same run.

    python -m benchmarks.run                      # 10k articles, and 100k
    python -m benchmarks.run --sizes 10000        # 10k only (about 15 minutes here)

For each size it generates the corpus (seed 1, kept between runs), then measures in
child processes, one at a time:

- **ingest**: ``kg ingest --jobs 2`` into a fresh store (articles/s, quads/s, peak
  RSS of the writer and of each worker) against pyoxigraph ``bulk_load`` of the
  very same quads, exported from that store as N-Quads (its seconds and peak RSS);
- **incremental ingest** (first size only): ``kg ingest --jobs 2`` of ``--more``
  new articles into a copy of that store, against pyoxigraph loading the same
  article graphs one ``Store.load`` each into another copy;
- **export** (first size only): ``kg export`` as N-Quads, Turtle and JSON-LD
  against pyoxigraph ``dump`` (``CONSTRUCT`` of the union for Turtle, as kg writes it);
- **queries**: ``benchmarks.bench_queries`` (every saved query and ``kg actor``,
  through kg and as the same calls on pyoxigraph) with the same cases at each
  size, and, at the first size, the same SPARQL on rdflib;
- **pages**: ``benchmarks.bench_pages --no-whole`` (every page the server shows and
  every saved query with all its parameters, as its first page), at each size,
  against the one-second target of issue 18; the whole-graph saved queries of the
  **queries** step are measured once per size instead (their first page, and their
  whole answer streamed for at most ``WHOLE_CAP`` seconds), so that a run at 100k
  does not spend most of an hour computing whole answers twice;
- **endpoint** (first size only): ``benchmarks.bench_endpoint --levels 1,8,32`` of
  one entity-centred saved query, kg serve against oxigraph serve.

Each step writes its JSON to ``--out`` (default ``benchmarks/out/run``) and is
skipped when that JSON is already there, so an interrupted run resumes
(``--fresh`` starts over). Then ``benchmarks/RESULTS.md`` is written from them
(``--results`` elsewhere). Nothing here asserts: targets are printed beside figures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from benchmarks.machine import describe, render
from benchmarks.procs import Measured, measure

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
KG = str(Path(PYTHON).with_name("kg"))
EXPORTS = {"nquads": "nq", "turtle": "ttl", "jsonld": "jsonld"}
LEVELS = "1,8,32"
MIN_LAYER_RUNS = 3  # timed runs for a case to count in the kg-layer verdict
RDFLIB_LOAD_LIMIT = 600  # seconds for rdflib to load the N-Quads
RDFLIB_QUERY_LIMIT = 60  # seconds for each query on rdflib
EXPORT_MEMORY_GIB = 12  # address space of a kg export process
WHOLE_CAP = 60  # seconds of a whole-graph query's answer read, once per size
PAGE_BUDGET = 5  # seconds per page case (bench_pages --budget), at most PAGE_RUNS runs
PAGE_RUNS = 10


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


class Runner:
    """Runs the steps; each keeps its figures in ``out/NAME.json``."""

    def __init__(self, out: Path, jobs: int) -> None:
        self.out = out
        self.jobs = jobs
        out.mkdir(parents=True, exist_ok=True)

    def step(self, name: str, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        path = self.out / f"{name}.json"
        if path.exists():
            print(f"[{name}] kept from an earlier run ({path})", flush=True)
            data: dict[str, Any] = json.loads(path.read_text())
            return data
        print(f"[{name}] running", flush=True)
        machine = describe()
        figures = run()
        figures["_measured"] = {"date": machine.get("date"), "commit": machine.get("commit")}
        path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        return figures

    def child(self, name: str, command: list[str], timeout: float | None = None) -> Measured:
        """Run one measured child; its output is kept in ``out/logs``."""
        logs = self.out / "logs"
        logs.mkdir(exist_ok=True)
        done = measure(command, cwd=REPO, timeout=timeout, log=logs / name)
        if done.returncode != 0:
            raise SystemExit(
                f"{name} failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}"
            )
        return done


def corpus(out: Path, size: int, start: int = 0) -> Path:
    """The seeded corpus of ``size`` articles from number ``start``, generated once."""
    name = f"corpus-{label(size)}" + (f"-from-{label(start)}" if start else "")
    folder = out.parent / name
    if len(list(folder.glob("a*.txt"))) != size:
        print(f"generating {name}", flush=True)
        command = [
            PYTHON,
            "-m",
            "benchmarks.generate",
            "--count",
            str(size),
            "--out",
            str(folder),
            "--seed",
            "1",
            "--force",
        ]
        if start:
            command += ["--start", str(start)]
        measure(command, cwd=REPO)
        if len(list(folder.glob("a*.txt"))) != size:
            raise SystemExit(f"the generator did not write {size} articles into {folder}")
    return folder


def quads_in(store: Path) -> int:
    return len(ox.Store.read_only(str(store)))


def fresh(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    return path


# --- the steps -------------------------------------------------------------------------


def ingest(r: Runner, size: int, articles: Path) -> dict[str, Any]:
    store = fresh(r.out / f"store-{label(size)}")
    done = r.child(
        f"ingest-{label(size)}",
        [
            KG,
            "ingest",
            "--jobs",
            str(r.jobs),
            "--no-progress",
            "--store",
            str(store),
            str(articles),
        ],
    )
    quads = quads_in(store)
    return {
        "articles": size,
        "jobs": r.jobs,
        "seconds": done.seconds,
        "quads": quads,
        "articles_per_s": size / done.seconds,
        "quads_per_s": quads / done.seconds,
        "writer_peak_mib": done.root_peak_mib,
        "worker_peaks_mib": done.descendants_peak_mib,
        "total_peak_bound_mib": done.total_peak_bound_mib,
        "largest_process_peak_mib": done.peak_rss_mib,
        "summary": done.stderr.strip().splitlines()[0] if done.stderr.strip() else "",
    }


def bulk_anchor(r: Runner, size: int, keep_dump: bool) -> dict[str, Any]:
    """``keep_dump``: the N-Quads stay for rdflib's step (first size only; at 100k they
    would take 16 GB of disk for nothing)."""
    store = r.out / f"store-{label(size)}"
    dump = fresh(r.out / f"store-{label(size)}.nq")
    r.child(
        f"dump-{label(size)}",
        [PYTHON, "-m", "benchmarks.anchors", "dump", str(store), str(dump), "--format", "nquads"],
    )
    target = fresh(r.out / f"bulk-{label(size)}")
    done = r.child(
        f"bulk-load-{label(size)}",
        [PYTHON, "-m", "benchmarks.anchors", "bulk-load", str(dump), str(target)],
    )
    report = done.json_line()
    quads = quads_in(target)
    shutil.rmtree(target)
    dump_bytes = dump.stat().st_size
    if not keep_dump:
        dump.unlink()
    return {
        "quads": quads,
        "seconds": report["seconds"],
        "with_flush": report["with_flush"],
        "quads_per_s": quads / report["with_flush"],
        "process_seconds": done.seconds,
        "peak_mib": done.peak_rss_mib,
        "nquads_bytes": dump_bytes,
    }


def incremental(r: Runner, size: int, more: Path, count: int) -> dict[str, Any]:
    base = r.out / f"store-{label(size)}"
    ours = fresh(r.out / f"store-{label(size)}-plus")
    shutil.copytree(base, ours)
    done = r.child(
        "ingest-more",
        [KG, "ingest", "--jobs", str(r.jobs), "--no-progress", "--store", str(ours), str(more)],
    )
    added = quads_in(ours) - quads_in(base)
    graphs = fresh(r.out / "more-graphs.nq")
    made = r.child(
        "more-graphs",
        [PYTHON, "-m", "benchmarks.anchors", "article-graphs", str(ours), str(more), str(graphs)],
    ).json_line()
    theirs = fresh(r.out / f"store-{label(size)}-anchor")
    shutil.copytree(base, theirs)
    anchor = r.child(
        "per-article-load",
        [PYTHON, "-m", "benchmarks.anchors", "per-article-load", str(graphs), str(theirs)],
    )
    figures = anchor.json_line()
    shutil.rmtree(theirs)
    shutil.rmtree(ours)
    return {
        "articles": count,
        "seconds": done.seconds,
        "quads_added": added,
        "articles_per_s": count / done.seconds,
        "quads_per_s": added / done.seconds,
        "anchor": {
            "graphs": made["graphs"],
            "quads": figures["quads"],
            "seconds": figures["with_flush"],
            "quads_per_s": figures["quads"] / figures["with_flush"],
            "articles_per_s": figures["graphs"] / figures["with_flush"],
        },
    }


def export(r: Runner, size: int, limit: float) -> dict[str, Any]:
    """Each format through kg export (abandoned after ``limit`` seconds) and pyoxigraph."""
    store = r.out / f"store-{label(size)}"
    figures: dict[str, Any] = {}
    for fmt, suffix in EXPORTS.items():
        theirs = fresh(r.out / f"dump.{suffix}")
        anchor = r.child(
            f"dump-{fmt}",
            [PYTHON, "-m", "benchmarks.anchors", "dump", str(store), str(theirs), "--format", fmt],
        ).json_line()
        theirs.unlink()
        ours = fresh(r.out / f"export.{suffix}")
        # Address space capped: an export that builds the whole graph in memory (JSON-LD
        # goes through rdflib) fails with MemoryError instead of taking the machine down.
        command = [
            "prlimit",
            f"--as={EXPORT_MEMORY_GIB << 30}",
            KG,
            "export",
            "--store",
            str(store),
            "--format",
            fmt,
            "-o",
            str(ours),
        ]
        done = measure(command, cwd=REPO, timeout=limit, log=r.out / "logs" / f"export-{fmt}")
        finished = done.returncode == 0
        figures[fmt] = {
            "seconds": done.seconds if finished else None,
            "limit": limit,
            "returncode": done.returncode,
            "bytes": ours.stat().st_size if finished else None,
            "peak_mib": done.peak_rss_mib,
            "anchor_seconds": anchor["seconds"],
            "anchor_bytes": anchor["bytes"],
        }
        if ours.exists():
            ours.unlink()
    return figures


def queries(r: Runner, size: int, articles: Path, min_runs: int) -> dict[str, Any]:
    """``min_runs``: 3 at the first size; 1 beyond it, where a whole-graph query takes
    minutes (the table shows each case's runs)."""
    result = r.out / f"queries-{label(size)}.out.json"
    r.child(
        f"queries-{label(size)}",
        [
            PYTHON,
            "-m",
            "benchmarks.bench_queries",
            str(r.out / f"store-{label(size)}"),
            str(articles),
            "--cases",
            str(r.out / "cases.json"),
            "--json",
            str(result),
            "--min-runs",
            str(min_runs),
            "--whole-cap",
            str(WHOLE_CAP),
        ],
    )
    data: dict[str, Any] = json.loads(result.read_text())
    for case in data["cases"]:
        case.pop("calls_made", None)
    return data


def pages(r: Runner, size: int, articles: Path) -> dict[str, Any]:
    """Every page and every saved query with all its parameters, its first page."""
    result = r.out / f"pages-{label(size)}.out.json"
    r.child(
        f"pages-{label(size)}",
        [
            PYTHON,
            "-m",
            "benchmarks.bench_pages",
            str(r.out / f"store-{label(size)}"),
            str(articles),
            "--no-whole",
            "--budget",
            str(PAGE_BUDGET),
            "--runs",
            str(PAGE_RUNS),
            "--json",
            str(result),
        ],
    )
    return {"cases": json.loads(result.read_text())}


def rdflib_queries(r: Runner, size: int) -> dict[str, Any]:
    result = r.out / f"rdflib-{label(size)}.out.json"
    r.child(
        f"rdflib-{label(size)}",
        [
            PYTHON,
            "-m",
            "benchmarks.bench_queries",
            "--rdflib",
            str(r.out / f"store-{label(size)}.nq"),
            "--calls",
            str(r.out / f"queries-{label(size)}.out.json"),
            "--json",
            str(result),
            "--load-timeout",
            str(RDFLIB_LOAD_LIMIT),
            "--timeout",
            str(RDFLIB_QUERY_LIMIT),
        ],
    )
    data: dict[str, Any] = json.loads(result.read_text())
    return data


def endpoint(r: Runner, size: int) -> dict[str, Any]:
    cases = json.loads((r.out / "cases.json").read_text())
    case = next(c for c in cases if c["name"] == "who-criticized-the-vote" and c["params"])
    result = r.out / "endpoint.out.json"
    command = [
        PYTHON,
        "-m",
        "benchmarks.bench_endpoint",
        "--store",
        str(r.out / f"store-{label(size)}"),
        "--levels",
        LEVELS,
        "--saved",
        case["name"],
        "--json",
        str(result),
        "--workers",
        str(r.jobs),
        "--rounds",
        "3",
    ]
    for key, value in case["params"].items():
        command += ["-p", f"{key}={value}"]
    r.child("endpoint", command)
    data: dict[str, Any] = json.loads(result.read_text())
    return data


# --- RESULTS.md ------------------------------------------------------------------------


def ms(seconds: float | None) -> str:
    return "timeout" if seconds is None else f"{seconds * 1e3:,.1f}"


def ratio(value: float, anchor: float) -> str:
    return f"{value / anchor:.2f}" if anchor else "n/a"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def write_results(path: Path, sizes: list[int], figures: dict[str, Any], command: str) -> None:
    first = label(sizes[0])
    lines = [
        "# Benchmark results",
        "",
        "Written by `" + command + "` (see `benchmarks/README.md`); every figure sits beside",
        "its anchor, measured in the same run on the same machine. Nothing here is edited",
        "by hand: run the command again when performance changes.",
        "",
        *render(figures["machine"]),
        "",
        "When, and at which commit, each step was measured (a step kept from an earlier",
        "invocation, where the run resumed, keeps its own date):",
        "",
        *_provenance(figures.get("_steps", {})),
        "",
        "## Ingest",
        "",
        f"`kg ingest --jobs {figures['jobs']}` into a fresh store, extraction included, against",
        "pyoxigraph `bulk_load` of the very same quads (the store exported as N-Quads). Peak",
        "RSS: kg's writer and each extraction worker (VmHWM), against the `bulk_load` process.",
        "",
        "| articles | kg seconds | articles/s | quads | kg quads/s | bulk_load quads/s "
        "| ratio (target >= 0.5) | kg writer peak | kg workers' peaks | bulk_load peak "
        "| writer / bulk_load (target <= 1.5) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sizes:
        ours = figures[f"ingest-{label(size)}"]
        theirs = figures[f"bulk-{label(size)}"]
        workers = ", ".join(f"{p:,.0f}" for p in ours["worker_peaks_mib"]) or "n/a"
        rate = ours["quads_per_s"] / theirs["quads_per_s"]
        memory = ours["writer_peak_mib"] / theirs["peak_mib"]
        lines.append(
            f"| {size:,} | {ours['seconds']:,.1f} | {ours['articles_per_s']:,.1f} "
            f"| {ours['quads']:,} | {ours['quads_per_s']:,.0f} | {theirs['quads_per_s']:,.0f} "
            f"| {rate:.2f} ({verdict(rate >= 0.5)}) | {ours['writer_peak_mib']:,.0f} MiB "
            f"| {workers} MiB | {theirs['peak_mib']:,.0f} MiB "
            f"| {memory:.2f} ({verdict(memory <= 1.5)}) |"
        )
    more = figures.get("incremental")
    if more:
        rate = more["quads_per_s"] / more["anchor"]["quads_per_s"]
        lines += [
            "",
            f"Incremental: {more['articles']:,} more articles into the {first} store (each one "
            "transaction), against pyoxigraph loading the same graphs one `Store.load` each:",
            "",
            "| | seconds | articles/s | quads | quads/s |",
            "|---|---|---|---|---|",
            f"| kg ingest --jobs {figures['jobs']} | {more['seconds']:,.1f} "
            f"| {more['articles_per_s']:,.1f} | {more['quads_added']:,} "
            f"| {more['quads_per_s']:,.0f} |",
            f"| pyoxigraph per-article load | {more['anchor']['seconds']:,.1f} "
            f"| {more['anchor']['articles_per_s']:,.1f} | {more['anchor']['quads']:,} "
            f"| {more['anchor']['quads_per_s']:,.0f} |",
            "",
            f"Ratio {rate:.2f} (target >= 0.8: {verdict(rate >= 0.8)}).",
        ]
    lines += _query_section(sizes, figures)
    lines += _pages_section(sizes, figures)
    lines += _endpoint_section(figures)
    lines += _export_section(first, figures)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _provenance(steps: dict[str, Path]) -> list[str]:
    """When (and from which commit, where recorded) each step's figures were measured."""
    lines = []
    for name, path in steps.items():
        data = json.loads(path.read_text())
        measured = data.get("_measured") or {}
        when = measured.get("date") or datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime(
            "%Y-%m-%d %H:%M UTC"
        )
        commit = measured.get("commit")
        lines.append(f"- {name}: {when}" + (f", commit {commit}" if commit else ""))
    return lines


def _query_section(sizes: list[int], figures: dict[str, Any]) -> list[str]:  # noqa: PLR0912, PLR0915
    runs = [figures[f"queries-{label(s)}"] for s in sizes]
    rdflib = figures.get(f"rdflib-{label(sizes[0])}")
    by_label = [{c["label"]: c for c in run["cases"]} for run in runs]
    head = "| query |"
    rule = "|---|"
    for size in sizes:
        head += (
            f" {label(size)} rows | {label(size)} kg median / p95 ms (runs) "
            f"| pyoxigraph median / p95 ms | kg layer |"
        )
        rule += "---|---|---|---|"
    rdflib_ran = bool(rdflib and rdflib.get("cases"))
    if rdflib_ran:
        head += f" rdflib {label(sizes[0])} ms |"
        rule += "---|"
    if len(sizes) > 1:
        head += f" growth {label(sizes[0])} to {label(sizes[-1])} |"
        rule += "---|"
    lines = [
        "",
        "## Queries",
        "",
        "Every saved query (required parameters filled, optional ones left out, so the whole",
        "graph is read) and the entity-centred cases (marked *). A whole-graph query is",
        "measured once per size: its first page, and its whole answer streamed for at most",
        f"{WHOLE_CAP} s. The others through kg (parameters",
        "resolved and bound, answers converted) and as exactly the calls kg made, replayed",
        "on pyoxigraph on the same store handle, timed in turn. Latencies in milliseconds;",
        "'kg layer' is the median through kg over the median on pyoxigraph, less one",
        "(target <= +10%). Growth is the kg median at the largest size over the smallest",
        "(target for entity-centred queries: <= 2x).",
        "",
        head,
        rule,
    ]
    rd = {c["label"]: c for c in rdflib.get("cases", [])} if rdflib else {}
    overheads: list[float] = []
    growths: list[tuple[str, float, float]] = []  # label, time growth, answer growth
    singles = 0  # cases timed fewer than MIN_LAYER_RUNS times: not a figure of the layer
    for case in runs[0]["cases"]:
        name = case["label"] + (" *" if case["entity"] else "")
        row = f"| `{name}` |"
        for cases in by_label:
            c = cases.get(case["label"])
            if c is None:
                row += " | | | |"
                continue
            if "whole" in c:  # a whole-graph query, measured once (bench_queries.time_whole)
                whole = f"over {c['cap']:g} s" if c["capped"] else ms(c["whole"])
                rows = "" if c["capped"] else f"{c['rows']:,}"
                row += (
                    f" {rows} | whole answer streamed {whole}; "
                    f"first page {ms(c['first_page']) if c['first_page'] is not None else whole} "
                    "(1) | | |"
                )
                continue
            single = c["runs"] < MIN_LAYER_RUNS
            if single:
                singles += 1
            else:
                overheads.append(c["overhead"])
            layer = f"({c['overhead']:+.1%})" if single else f"{c['overhead']:+.1%}"
            row += (
                f" {c['rows']:,} | {ms(c['kg_median'])} / {ms(c['kg_p95'])} ({c['runs']}) "
                f"| {ms(c['raw_median'])} / {ms(c['raw_p95'])} | {layer} |"
            )
        if rdflib_ran:
            replayed = rd.get(case["label"], {})
            row += " fails |" if "error" in replayed else f" {ms(replayed.get('seconds'))} |"
        if len(sizes) > 1:
            last = by_label[-1].get(case["label"])
            if last and "whole" in last:
                once = [c for c in (case, last) if "whole" in c]
                if len(once) == 2 and not (case["capped"] or last["capped"]):
                    row += f" {last['whole'] / case['whole']:.2f}x (whole answer) |"
                else:
                    row += " |"
            elif last and "whole" not in case:
                growth = last["kg_median"] / case["kg_median"]
                answers = max(last["rows"], 1) / max(case["rows"], 1)
                if case["entity"]:
                    growths.append((case["label"], growth, answers))
                row += f" {growth:.2f}x (rows {answers:.1f}x) |"
            else:
                row += " |"
        lines.append(row)
    if overheads:
        worst = max(overheads)
        lines += [
            "",
            f"kg layer: median {statistics.median(overheads):+.1%}, worst {worst:+.1%} "
            f"(target <= +10%: {verdict(worst <= 0.10)}), over the cases timed at least "
            f"{MIN_LAYER_RUNS} times.",
        ]
    if singles:
        lines += [
            f"In brackets ({singles} cases): timed fewer than {MIN_LAYER_RUNS} times, the",
            "warm-up pair counted as the first run, because one call takes minutes. A single",
            "run of such a query on a store larger than the page cache varies by tens of",
            "percent with what ran before it, and kg's call always goes first, straight after",
            "another query: not a measure of kg's layer. The same queries at the first size,",
            "warmed and repeated, are.",
        ]
    if growths:
        worst_entity = max(g for _, g, _ in growths)
        per_row = max(g / a for _, g, a in growths)
        lines += [
            f"Entity-centred growth from {label(sizes[0])} to {label(sizes[-1])}: worst "
            f"{worst_entity:.2f}x (target <= 2x: {verdict(worst_entity <= 2)}).",
            "Where an entity's answer itself grows with the corpus (more articles quote or",
            "criticize the same actor or vote), its time must grow with it; per row of",
            f"answer, the worst entity-centred growth is {per_row:.2f}x.",
        ]
    if rdflib:
        load = rdflib["load"]
        if load.get("finished"):
            shown = f"loaded {load['quads']:,} quads in {load['seconds']:,.0f} s"
        elif load.get("memory_error"):
            shown = (
                f"ran out of its {rdflib['memory_limit_gib']:g} GiB of address space after "
                f"{load['seconds']:,.0f} s of loading the N-Quads, so no query ran"
            )
        else:
            shown = f"had not loaded the N-Quads after {load['seconds']:,.0f} s; no query ran"
        lines.append(f"rdflib (`Dataset`, in memory) at {label(sizes[0])}: {shown}.")
    return lines


def _pages_section(sizes: list[int], figures: dict[str, Any]) -> list[str]:
    """Issue 18's table: every page and parameterised saved query, against one second."""
    from benchmarks.bench_pages import table  # noqa: PLC0415  only here

    lines = [
        "",
        "## Pages and parameterised queries",
        "",
        "`benchmarks.bench_pages --no-whole`: every page the server shows (a page of",
        "rows of each long list, and the summaries) and every saved query that takes",
        "parameters, with all of them given, as its first page (50 rows and one more, in",
        "the store's order); in process, without rendering. Target of issue 18: under one",
        "second (median) at 100k articles.",
    ]
    for size in sizes:
        found = figures.get(f"pages-{label(size)}")
        if not found:
            continue
        lines += ["", f"### {label(size)} articles", "", table(found["cases"]).rstrip()]
    return lines


def _endpoint_section(figures: dict[str, Any]) -> list[str]:
    data = figures.get("endpoint")
    if not data:
        return []
    params = " ".join(f"{k}={v}" for k, v in data["params"].items())
    rounds = data.get("rounds", 1)
    lines = [
        "",
        "## Endpoint",
        "",
        f"`{data['saved']} {params}` on loopback, clients sending requests back to back for",
        f"{data['seconds_per_level']:.0f} s per level after a warm-up: kg serve answers it by",
        f"name (`/queries/{data['saved']}`, {data['kg_workers']} query workers), `oxigraph",
        "serve-read-only` gets the same final SPARQL text. Same answers: "
        + ("yes" if data["same_answers"] else "**no**")
        + f". {rounds} round(s), the two servers alternating level by level: medians, the",
        "ratio's range in brackets; CPU: each server's processes, per request.",
        "",
        "| clients | kg serve requests/s | CPU ms | oxigraph serve requests/s | CPU ms "
        "| ratio | CPU ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    at8 = None
    for level in data.get("levels", []):
        ratio, cpu = level["ratio"], level["cpu_ratio"]
        if level["clients"] == 8:
            at8 = ratio
        lines.append(
            f"| {level['clients']} | {level['kg_rate']['median']:,.2f} "
            f"| {level['kg_cpu_ms']['median']:,.0f} | {level['oxigraph_rate']['median']:,.2f} "
            f"| {level['oxigraph_cpu_ms']['median']:,.0f} "
            f"| {ratio['median']:.2f} ({ratio['min']:.2f}-{ratio['max']:.2f}) "
            f"| {cpu['median']:.2f} ({cpu['min']:.2f}-{cpu['max']:.2f}) |"
        )
    if at8 is not None:
        met = at8["median"] >= 0.8
        lines += [
            "",
            f"At 8 clients: {at8['median']:.2f} (target >= 0.8: {verdict(met)}).",
        ]
    return lines


def _export_section(first: str, figures: dict[str, Any]) -> list[str]:
    data = figures.get("export")
    if not data:
        return []
    lines = [
        "",
        "## Export",
        "",
        f"`kg export` of the {first} store (a whole process, from start-up) against pyoxigraph",
        "`dump` (the operation alone; Turtle is the union of the graphs, as kg writes it).",
        "",
        "| format | kg seconds | bytes | pyoxigraph seconds | bytes | ratio (anchor / kg) |",
        "|---|---|---|---|---|---|",
    ]
    for fmt, f in data.items():
        if fmt.startswith("_"):
            continue  # the step's own record (when it was measured), not a format
        if f["seconds"] is None:
            why = (
                f"did not finish in {f['limit']:,.0f} s"
                if f["returncode"] < 0
                else f"failed (exit {f['returncode']}; {EXPORT_MEMORY_GIB} GiB address space)"
            )
            lines.append(
                f"| {fmt} | {why} | | {f['anchor_seconds']:,.1f} | {f['anchor_bytes']:,} | n/a |"
            )
            continue
        lines.append(
            f"| {fmt} | {f['seconds']:,.1f} | {f['bytes']:,} | {f['anchor_seconds']:,.1f} "
            f"| {f['anchor_bytes']:,} | {ratio(f['anchor_seconds'], f['seconds'])} |"
        )
    return lines


# --- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        default="10000,100000",
        help="corpus sizes, smallest first (default 10000,100000)",
    )
    parser.add_argument(
        "--more", type=int, default=1000, help="articles of the incremental ingest (default 1000)"
    )
    parser.add_argument("--jobs", type=int, default=2, help="kg ingest --jobs (default 2)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "run")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "RESULTS.md")
    parser.add_argument("--fresh", action="store_true", help="forget the steps already run")
    parser.add_argument(
        "--export-limit",
        type=float,
        default=900.0,
        help="seconds before an export is abandoned (default 900)",
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.fresh and args.out.exists():
        shutil.rmtree(args.out)
    r = Runner(args.out, args.jobs)
    figures: dict[str, Any] = {"jobs": args.jobs}
    first = sizes[0]
    for size in sizes:
        articles = corpus(args.out, size)
        figures[f"ingest-{label(size)}"] = r.step(
            f"ingest-{label(size)}", lambda s=size, a=articles: ingest(r, s, a)
        )
        figures[f"bulk-{label(size)}"] = r.step(
            f"bulk-{label(size)}", lambda s=size: bulk_anchor(r, s, keep_dump=s == first)
        )
        if size == first:
            more = corpus(args.out, args.more, start=max(sizes) + 1)
            figures["incremental"] = r.step(
                "incremental", lambda s=size, m=more: incremental(r, s, m, args.more)
            )
            figures["export"] = r.step("export", lambda s=size: export(r, s, args.export_limit))
        figures[f"queries-{label(size)}"] = r.step(
            f"queries-{label(size)}",
            lambda s=size, a=articles: queries(r, s, a, min_runs=3 if s == first else 1),
        )
        figures[f"pages-{label(size)}"] = r.step(
            f"pages-{label(size)}", lambda s=size, a=articles: pages(r, s, a)
        )
        if size == first:
            figures[f"rdflib-{label(size)}"] = r.step(
                f"rdflib-{label(size)}", lambda s=size: rdflib_queries(r, s)
            )
            figures["endpoint"] = r.step("endpoint", lambda s=size: endpoint(r, s))
    figures["machine"] = describe()
    figures["_steps"] = {
        p.stem: p
        for p in sorted(args.out.glob("*.json"))
        if p.stem != "cases" and "." not in p.stem
    }
    command = "python -m benchmarks.run" + (
        "" if args.sizes == "10000,100000" else f" --sizes {args.sizes}"
    )
    write_results(args.results, sizes, figures, command)
    print(f"wrote {args.results}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
