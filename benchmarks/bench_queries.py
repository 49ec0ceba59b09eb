"""Query latency: every saved query, and ``kg actor``, through kg and as the very same
SPARQL run directly on pyoxigraph; and the same SPARQL on rdflib.

    python -m benchmarks.bench_queries STORE CORPUS --json out.json [--cases cases.json]
    python -m benchmarks.bench_queries --rdflib FILE.nq --calls out.json --json rdflib.json

**kg** is what a user of the library or the CLI runs: ``kg.views.queries.run_saved`` (the
parameters resolved and bound as terms, the answer converted to kg's own terms) or
``kg.views.profile.find_profiles`` (``kg actor``). While it runs once, every call it makes
to pyoxigraph (the final SPARQL text, its substitutions and dataset options, and
pattern look-ups, with how many quads kg read of each) is recorded; **pyoxigraph**
replays exactly those calls on the same store handle and reads every value of every
answer (and as many quads of each pattern as kg read). The difference is kg's layer.
The two are timed in turn, run after run, so both see the same load.

Cases: one per saved query (required parameters filled, optional ones left out, so
the whole graph is read), plus entity-centred cases: a person found by family name
(``kg actor`` and ``quotes-by-actor``) and ``who-criticized-the-vote`` for one
country's vote on one resolution. Their values are chosen from the data of the
first (smallest) store and kept in ``--cases`` so the larger store runs the same.

**rdflib**: a child process loads the N-Quads into an ``rdflib.Dataset`` (the union
of the graphs as default graph, as kg queries see it) within ``--load-timeout``
seconds and then replays the recorded calls, each case within ``--timeout``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import multiprocessing
import queue
import resource
import signal
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.util import from_n3

from benchmarks.machine import describe
from kg import iri
from kg.ingest.ingester import read_article, sha256_of
from kg.store.embedded import Store
from kg.terms import IRI
from kg.views.profile import find_profiles
from kg.views.queries import find_actors, run_saved, saved_queries, stream_saved
from kg.views.statements import PAGE_SIZE


@dataclass(frozen=True)
class Case:
    label: str
    kind: str  # "saved" or "actor"
    name: str  # the saved query, or the name typed to kg actor
    params: dict[str, str] = field(default_factory=dict)
    entity: bool = False  # entity-centred: should not grow with the store


@dataclass
class Timing:
    case: Case
    kg: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    rows: int = 0
    calls: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "label": self.case.label,
            "kind": self.case.kind,
            "name": self.case.name,
            "params": self.case.params,
            "entity": self.case.entity,
            "rows": self.rows,
            "runs": len(self.kg),
            "calls": len(self.calls),
            "kg_median": statistics.median(self.kg),
            "kg_p95": percentile(self.kg, 0.95),
            "raw_median": statistics.median(self.raw),
            "raw_p95": percentile(self.raw, 0.95),
            "overhead": statistics.median(self.kg) / statistics.median(self.raw) - 1,
        }


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (with few runs, p95 is the slowest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


# --- choosing the cases --------------------------------------------------------------


def choose_cases(store: Store, corpus: Path) -> list[Case]:
    """Parameter values from the data: an article from the middle of the corpus, a
    person quoted in it (typed by family name, as "kg actor rice"), the vote most
    often criticized, and the official record's resolutions."""
    files = sorted(corpus.glob("a*.txt"))
    middle = files[len(files) // 2]
    article = iri.article_iri(sha256_of(read_article(middle)))
    person = _quoted_person(store, article)
    vote = store.select(_MOST_CRITICIZED).rows[0]
    voter = vote[0].value if vote[0] else "USA"
    resolution = vote[1].value if vote[1] else "A/RES/ES-11/7"
    values = {
        "article": article,
        "actor": person,
        "country": voter,
        "voter": voter,
        "resolution": resolution,
    }
    cases = []
    for name, query in saved_queries().items():
        params = {p.name: values[p.name] for p in query.params if p.required}
        shown = " ".join(f"{k}={v}" for k, v in params.items())
        cases.append(
            Case(f"{name} {shown}".strip(), "saved", name, params, entity=name == "quotes-by-actor")
        )
    cases.append(
        Case(
            f"who-criticized-the-vote voter={voter} resolution={resolution}",
            "saved",
            "who-criticized-the-vote",
            {"voter": voter, "resolution": resolution},
            entity=True,
        )
    )
    cases.append(Case(f"kg actor {person}", "actor", person, entity=True))
    return cases


_MOST_CRITICIZED = """
PREFIX kg: <https://kg.example/ontology#>
SELECT ?iso3 ?symbol (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s kg:polarity kg:criticizes ; kg:target ?vote }
  GRAPH <https://kg.example/graph/reference> {
    ?vote kg:voter/kg:iso3 ?iso3 ; kg:onResolution/kg:symbol ?symbol }
} GROUP BY ?iso3 ?symbol ORDER BY DESC(?n) ?iso3 LIMIT 1
"""
_QUOTED = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?name WHERE {
  GRAPH ?article { ?q kg:speaker ?p . ?p a kg:Person ; schema:name ?name }
} ORDER BY ?name
"""


def _quoted_person(store: Store, article: str) -> str:
    """How a user would name a person quoted in ``article``: the family name if it
    finds only them, else given and family name ("Susan Rice"), else the full name."""
    for row in store.select(_QUOTED, {"article": IRI(article)}).rows:
        name = row[0].value if row[0] else ""
        words = name.split()
        for typed in (words[-1], f"{words[0]} {words[-1]}", name) if words else ():
            if len(find_actors(store, typed)) == 1:
                return typed
    raise SystemExit(f"no person quoted in {article} is found by name")


# --- recording and replaying what kg asks pyoxigraph ---------------------------------------


class _Counted:
    """An iterator that counts what its reader takes: kg's ``value()`` reads the first
    quad of a pattern and stops, and the replay must read as many, not all of them."""

    def __init__(self, items: Any) -> None:
        self.items = iter(items)
        self.read = 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> Any:
        item = next(self.items)
        self.read += 1
        return item


class _Recorder:
    """Stands in for a store's pyoxigraph handle and notes every read call."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner = inner
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def query(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("query", args, kwargs))
        return self.inner.query(*args, **kwargs)

    def quads_for_pattern(self, *args: Any) -> Any:
        counted = _Counted(self.inner.quads_for_pattern(*args))
        self.calls.append(("quads_for_pattern", args, {"reads": counted}))
        return counted

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def consume(result: Any, limit: int | None = None) -> int:
    """Read every value of an answer, as any user of it would (or the first ``limit``
    quads of a pattern, as kg read them); the number of rows."""
    if isinstance(result, ox.QuerySolutions):
        variables = result.variables
        n = 0
        for solution in result:
            for variable in variables:
                solution[variable]
            n += 1
        return n
    if isinstance(result, ox.QueryBoolean):
        return int(bool(result))
    return sum(1 for _ in itertools.islice(result, limit))


def kg_call(store: Store, case: Case) -> Callable[[], int]:
    if case.kind == "actor":

        def actor() -> int:
            profiles = find_profiles(store, case.name)
            return sum(len(p.quotes) + len(p.stances) + len(p.votes) + 1 for p in profiles)

        return actor

    def saved() -> int:
        return len(run_saved(store, case.name, dict(case.params)).rows)

    return saved


def raw_call(
    inner: ox.Store, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]
) -> Callable[[], int]:
    def replay() -> int:
        rows = 0
        for method, args, kwargs in calls:
            if method == "query":
                rows += consume(inner.query(*args, **kwargs))
            else:
                rows += consume(inner.quads_for_pattern(*args), kwargs["reads"].read)
        return rows

    return replay


def time_case(store: Store, case: Case, budget: float, min_runs: int, max_runs: int) -> Timing:
    inner = store._store
    recorder = _Recorder(inner)
    store._store = recorder
    try:
        run_kg = kg_call(store, case)
        start = time.perf_counter()
        rows = run_kg()  # warm-up, and the calls to replay
        warm_kg = time.perf_counter() - start
    finally:
        store._store = inner
    timing = Timing(case, rows=rows, calls=[_portable(c) for c in recorder.calls])
    run_kg = kg_call(store, case)
    run_raw = raw_call(inner, recorder.calls)
    start = time.perf_counter()
    run_raw()
    warm_raw = time.perf_counter() - start
    began = time.perf_counter()
    if warm_raw > budget:
        # A query of minutes (a whole-graph answer at 100k articles) is not helped by a
        # warm cache; its warm-up pair counts as the first timed run.
        timing.kg.append(warm_kg)
        timing.raw.append(warm_raw)
        began -= warm_kg + warm_raw

    def enough() -> bool:
        runs = len(timing.kg)
        return runs >= max_runs or (runs >= min_runs and time.perf_counter() - began > budget)

    while not enough():
        for sink, call in ((timing.kg, run_kg), (timing.raw, run_raw)):
            start = time.perf_counter()
            call()
            sink.append(time.perf_counter() - start)
    return timing


def time_whole(store_path: Path, case: Case, cap: float) -> dict[str, Any]:
    """A whole-graph saved query measured once, as a user meets it: its first page (a
    table's, ``PAGE_SIZE`` rows and one more) and its whole answer streamed row by row
    (``kg query NAME --format csv``), each given at most ``cap`` seconds.
    In a child process of its own, stopped at the cap: pyoxigraph cannot be interrupted
    in a call, and an ordered answer sorts everything before its first row. Not replayed
    on pyoxigraph (at 100k articles a whole answer takes minutes; the layer's overhead
    is measured on the repeated cases); the calls are recorded for the rdflib replay."""
    context = multiprocessing.get_context("spawn")
    found: Any = context.Queue()
    child = context.Process(target=_whole_child, args=(str(store_path), asdict(case), found))
    child.start()
    figures: dict[str, Any] = {
        "label": case.label,
        "kind": case.kind,
        "name": case.name,
        "params": case.params,
        "entity": case.entity,
        "rows": 0,
        "runs": 1,
        "calls": 0,
        "first_page": None,
        "whole": None,
        "capped": True,
        "cap": cap,
        "calls_made": [],
    }
    try:
        figures.update(found.get(timeout=cap))  # the first page
        figures.update(found.get(timeout=cap))  # then the whole answer
        figures["capped"] = False
    except queue.Empty:
        pass
    finally:
        child.terminate()
        child.join()
    return figures


def _whole_child(store_path: str, fields: dict[str, Any], found: Any) -> None:
    case = Case(**fields)
    store = Store(Path(store_path), read_only=True)
    start = time.perf_counter()
    page = len(run_saved(store, case.name, dict(case.params), limit=PAGE_SIZE + 1).rows)
    found.put({"first_page": time.perf_counter() - start, "page_rows": page})
    inner = store._store
    recorder = _Recorder(inner)
    store._store = recorder
    start = time.perf_counter()
    _, answer = stream_saved(store, case.name, dict(case.params))
    rows = sum(1 for _ in answer)
    whole = time.perf_counter() - start
    calls = [_portable(c) for c in recorder.calls]
    found.put({"rows": rows, "whole": whole, "calls": len(calls), "calls_made": calls})


def _portable(call: tuple[str, tuple[Any, ...], dict[str, Any]]) -> dict[str, Any]:
    """A recorded call as JSON: terms in N-Triples syntax."""
    method, args, kwargs = call
    out: dict[str, Any] = {"method": method}
    if method == "query":
        out["sparql"] = args[0]
        out["union"] = bool(kwargs.get("use_default_graph_as_union"))
        subs = kwargs.get("substitutions") or {}
        out["substitutions"] = {v.value: str(t) for v, t in subs.items()}
        if kwargs.get("default_graph") is not None or kwargs.get("named_graphs") is not None:
            out["dataset"] = True  # not replayed on rdflib (kg's saved queries never set it)
    else:
        out["pattern"] = [None if a is None else str(a) for a in args]
        out["reads"] = kwargs["reads"].read  # quads kg read of the pattern's answer
    return out


def run(
    store_path: Path,
    corpus: Path | None,
    cases_path: Path | None,
    *,
    budget: float,
    min_runs: int,
    max_runs: int,
    whole_cap: float | None = None,
) -> dict[str, Any]:
    """``whole_cap``: the whole-graph cases (not entity-centred) measured once each
    (``time_whole``), their whole answers read for at most that many seconds."""
    store = Store(store_path, read_only=True)
    if cases_path and cases_path.exists():
        cases = [Case(**c) for c in json.loads(cases_path.read_text())]
    else:
        if corpus is None:
            raise SystemExit("a corpus is needed to choose the cases")
        cases = choose_cases(store, corpus)
        if cases_path:
            cases_path.write_text(json.dumps([asdict(c) for c in cases], indent=1))
    results = []
    for case in cases:
        if whole_cap is not None and case.kind == "saved" and not case.entity:
            once = time_whole(store_path, case, whole_cap)
            print(
                f"{case.label:70.70} {once['rows']:8d} rows  first page "
                + (
                    "over the cap"
                    if once["first_page"] is None
                    else f"{once['first_page'] * 1e3:9.1f} ms"
                )
                + "  whole "
                + ("over the cap" if once["capped"] else f"{once['whole'] * 1e3:9.1f} ms"),
                flush=True,
            )
            results.append(once)
            continue
        timing = time_case(store, case, budget, min_runs, max_runs)
        s = timing.summary()
        print(
            f"{case.label:70.70} {s['rows']:8d} rows  kg {s['kg_median'] * 1e3:9.1f} ms  "
            f"raw {s['raw_median'] * 1e3:9.1f} ms  overhead {s['overhead']:+6.1%}  "
            f"({s['runs']} runs)",
            flush=True,
        )
        results.append({**s, "calls_made": timing.calls})
    return {"store": str(store_path), "quads": len(store), "cases": results}


# --- rdflib ---------------------------------------------------------------------------------


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def rdflib_run(
    source: Path, calls_path: Path, load_timeout: float, timeout: float, memory_gib: float
) -> dict[str, Any]:
    limit = int(memory_gib * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, _alarm)
    dataset = rdflib.Dataset(default_union=True)
    began = time.perf_counter()
    report: dict[str, Any] = {"source": str(source), "memory_limit_gib": memory_gib}
    signal.setitimer(signal.ITIMER_REAL, load_timeout)
    try:
        dataset.parse(str(source), format="nquads")
    except _Timeout:
        report["load"] = {
            "finished": False,
            "seconds": time.perf_counter() - began,
            "quads": len(dataset),
        }
        return report
    except (MemoryError, SystemError):  # rdflib's parser reports running out as SystemError
        signal.setitimer(signal.ITIMER_REAL, 0)
        report["load"] = {
            "finished": False,
            "memory_error": True,
            "seconds": time.perf_counter() - began,
        }
        return report
    signal.setitimer(signal.ITIMER_REAL, 0)
    report["load"] = {
        "finished": True,
        "seconds": time.perf_counter() - began,
        "quads": len(dataset),
    }
    print(
        f"rdflib loaded {report['load']['quads']} quads in {report['load']['seconds']:.0f} s",
        flush=True,
    )
    cases = json.loads(calls_path.read_text())["cases"]
    out = []
    for case in cases:
        calls = case["calls_made"]
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            rows = 0
            for call in calls:
                if call["method"] == "query":
                    bindings = {k: from_n3(v) for k, v in call["substitutions"].items()}
                    for row in dataset.query(call["sparql"], initBindings=bindings):
                        rows += 1
                        _ = tuple(row) if not isinstance(row, bool) else row
                else:
                    s, p, o, g = (None if a is None else from_n3(a) for a in call["pattern"])
                    quads = itertools.islice(dataset.quads((s, p, o, g)), call.get("reads"))
                    rows += sum(1 for _ in quads)
            seconds: float | None = time.perf_counter() - start
        except _Timeout:
            seconds = None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        out.append({"label": case["label"], "seconds": seconds, "timeout": timeout})
        shown = "timeout" if seconds is None else f"{seconds * 1e3:.1f} ms"
        print(f"rdflib {case['label']:70.70} {shown}", flush=True)
    report["cases"] = out
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_queries", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("store", type=Path, nargs="?")
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--cases", type=Path, help="read (or write) the cases here")
    parser.add_argument(
        "--budget",
        type=float,
        default=20.0,
        help="seconds per case before it stops repeating (default 20); a case whose "
        "warm-up took longer counts the warm-up as its first run",
    )
    parser.add_argument("--min-runs", type=int, default=3)
    parser.add_argument("--max-runs", type=int, default=30)
    parser.add_argument(
        "--whole-cap",
        type=float,
        metavar="SECONDS",
        help="measure each whole-graph case once (its first page, and its whole answer "
        "streamed for at most SECONDS), not repeated nor replayed on pyoxigraph",
    )
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument(
        "--rdflib",
        type=Path,
        metavar="NQUADS",
        help="replay the calls recorded in --calls on rdflib instead",
    )
    parser.add_argument("--calls", type=Path)
    parser.add_argument("--load-timeout", type=float, default=900.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--memory-gib", type=float, default=12.0)
    args = parser.parse_args(argv)
    if args.rdflib:
        report = rdflib_run(
            args.rdflib, args.calls, args.load_timeout, args.timeout, args.memory_gib
        )
    else:
        if args.store is None:
            parser.error("STORE is required")
        figures = run(
            args.store,
            args.corpus,
            args.cases,
            budget=args.budget,
            min_runs=args.min_runs,
            max_runs=args.max_runs,
            whole_cap=args.whole_cap,
        )
        report = {"machine": describe(), **figures}
    args.json.write_text(json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
