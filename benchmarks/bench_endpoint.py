"""Load run: ``kg serve`` against ``oxigraph serve-read-only`` on the same store.

Both servers read the very same on-disk store (kg's store is an Oxigraph store),
one after the other, with the union of all graphs as the default graph. A few
client threads on loopback send a bounded number of SPARQL queries (POST,
form-encoded, SPARQL JSON results) from two mixes:

- lookups: small queries an entity page or a client makes (an ASK, a country's
  name, a person's quotes, a country's recorded votes, a count);
- saved: the contract saved queries of sparql/ (persons, countries, quotes,
  tallies, vote claims), whole-graph scans.

Before timing, each query's answer is fetched from both servers and the row
counts compared, so both measure the same work. Prints a Markdown table of
requests/s and latency percentiles; any error or non-200 answer is counted and
makes the exit status 1.

    python benchmarks/bench_endpoint.py --requests 2000 --saved-requests 400 --clients 4

With ``--levels 1,8,32`` it measures throughput at each number of concurrent clients
instead, for one saved query (``--saved NAME -p NAME=VALUE``): kg serve answers it by
name at ``/queries/NAME`` (parameters resolved and bound by kg), oxigraph serve gets
the same final SPARQL text. Each level runs for ``--seconds`` (clients send requests
back to back until then), after a warm-up, on the store given with ``--store``:

    python -m benchmarks.bench_endpoint --store STORE --levels 1,8,32 \
        --saved who-criticized-the-vote -p voter=USA -p resolution=A/RES/ES-11/7 --json out.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PREFIXES = """PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
"""
LOOKUPS = [
    PREFIXES + "ASK { GRAPH ?g { ?s a kg:Quote } }",
    PREFIXES + "SELECT ?name WHERE { GRAPH <https://kg.example/graph/reference> "
    "{ <https://kg.example/id/country/USA> schema:name ?name } }",
    PREFIXES + "SELECT ?text ?article WHERE { GRAPH ?article "
    "{ ?q kg:speaker <https://kg.example/id/person/susan-rice> ; kg:text ?text } }",
    PREFIXES + "SELECT ?vote ?option WHERE { GRAPH <https://kg.example/graph/reference> "
    "{ ?vote kg:voter <https://kg.example/id/country/FRA> ; kg:option ?option } }",
    PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a kg:Quote } }",
]
SAVED = ["persons", "countries", "quotes", "tallies", "vote-claims"]


@dataclass
class Run:
    server: str
    mix: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    clients: int = 0
    round: int = 0
    cpu: float = 0.0  # CPU seconds the server's processes used during the run

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_request(self) -> float:
        """The server's CPU milliseconds per answered request."""
        return self.cpu / len(self.latencies) * 1000 if self.latencies else float("nan")

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by process ``pid`` and every process below it (Linux
    /proc; a reaped child's time is in its parent's cutime/cstime): a server's cost
    counted whatever else the machine runs."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += used.get(current, 0)
        todo += [child for child, parent in parents.items() if parent == current]
    return total / ticks


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited:\n{log.read_text()}")
        try:
            r = httpx.post(url, data={"query": "ASK {}"}, headers={"Accept": "application/json"})
            if r.status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server did not start:\n{log.read_text()}")


@contextmanager
def running(
    name: str, command: list[str], url: str, workdir: Path
) -> Iterator[subprocess.Popen[bytes]]:
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=workdir)
    try:
        wait_ready(url, process, log)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def saved_text(name: str) -> str:
    return (REPO / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def rows(client: httpx.Client, url: str, query: str) -> int:
    r = client.post(
        url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    r.raise_for_status()
    body = r.json()
    return 1 if "boolean" in body else len(body["results"]["bindings"])


def _send(client: httpx.Client, run: Run, lock: threading.Lock, **request: Any) -> None:
    """One request, its latency (or its error) noted in ``run``."""
    start = time.perf_counter()
    try:
        r = client.request(**request)
        r.read()
        elapsed = time.perf_counter() - start
        with lock:
            if r.status_code == 200:
                run.latencies.append(elapsed)
            else:
                run.errors.append(f"{r.status_code}: {r.text[:120]}")
    except httpx.HTTPError as exc:
        with lock:
            run.errors.append(repr(exc))


def _in_parallel(clients: int, worker: Callable[[], None], run: Run) -> None:
    """``worker`` in ``clients`` threads at once; the wall time in ``run``."""
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(worker) for _ in range(clients)]:
            future.result()
    run.seconds = time.perf_counter() - start


def load(url: str, queries: list[str], requests: int, clients: int, run: Run) -> None:
    """Send ``requests`` queries (round robin over ``queries``) from ``clients`` threads."""
    counter = iter(range(requests))
    lock = threading.Lock()
    accept = {"Accept": "application/sparql-results+json"}

    def worker() -> None:
        with httpx.Client(timeout=120) as client:
            while True:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                query = queries[n % len(queries)]
                _send(
                    client, run, lock, method="POST", url=url, data={"query": query}, headers=accept
                )

    _in_parallel(clients, worker, run)


def build_store(workdir: Path, articles: list[Path]) -> Path:
    store = workdir / "store"
    env = {**os.environ, "KG_STORE": str(store)}
    subprocess.run(
        [str(BIN / "kg"), "ingest", *map(str, articles)], env=env, check=True, capture_output=True
    )
    return store


def quads(store: Path) -> int:
    env = {**os.environ, "KG_STORE": str(store)}
    out = subprocess.run(
        [str(BIN / "kg"), "stats", "--format", "json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(json.loads(out)["quads"])


def final_text(store: Path, name: str, params: dict[str, str]) -> str:
    """The saved query as kg runs it: its parameters bound into the text as terms."""
    from kg.store.embedded import Store  # noqa: PLC0415
    from kg.store.results import bind  # noqa: PLC0415
    from kg.views.queries import get_query, query_bindings  # noqa: PLC0415  only in this mode

    query = get_query(name)
    handle = Store(store, read_only=True)
    text, substitutions = bind(query.text, query_bindings(handle, query, params))
    if substitutions:
        raise SystemExit(f"{name}: a parameter is a substitution, not text; choose another query")
    return text


def timed_load(url: str, request: dict[str, Any], clients: int, seconds: float, run: Run) -> None:
    """``clients`` threads send the same request back to back for ``seconds``."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker() -> None:
        # A whole-graph query on a busy machine can take minutes; a client that gave up
        # would count as an error what the server still answers.
        with httpx.Client(timeout=900) as client:
            while time.perf_counter() < deadline:
                _send(client, run, lock, url=url, **request)

    _in_parallel(clients, worker, run)


@dataclass
class Target:
    """A server under test: how to start it and the request it is sent."""

    name: str
    command: list[str]
    ready: str  # a /sparql-like URL that answers once the server is up
    url: str
    request: dict[str, Any]


def targets(args: argparse.Namespace, text: str, params: dict[str, str]) -> list[Target]:
    """kg serve (the saved query by name, or the SPARQL text at /sparql) and oxigraph
    serve-read-only (the same final SPARQL text), on the same store."""
    store = args.store
    accept = {"Accept": "application/sparql-results+json"}
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("needs the oxigraph command: pip install oxigraph")
    most = max(map(int, args.levels.split(",")))
    kg_port, ox_port = free_port(), free_port()
    kg_command = [
        str(BIN / "kg"),
        "serve",
        "--store",
        str(store),
        "--port",
        str(kg_port),
        "--workers",
        str(args.workers),
        "--no-access-log",
        "--timeout",
        "300",
        # Every client of the benchmark comes from 127.0.0.1 and stands for a client of
        # its own: the limit per address and the queue must not refuse any of them.
        "--per-client",
        str(most),
        "--queue",
        str(most),
    ]
    sparql = f"http://127.0.0.1:{kg_port}/sparql"
    by_text = {"method": "POST", "data": {"query": text}, "headers": accept}
    kg = (
        Target("kg serve", kg_command, sparql, sparql, by_text)
        if args.sparql
        else Target(
            "kg serve",
            kg_command,
            sparql,
            f"http://127.0.0.1:{kg_port}/queries/{args.saved}",
            {"method": "GET", "params": params, "headers": accept},
        )
    )
    ox_url = f"http://127.0.0.1:{ox_port}/query"
    ox_command = [
        oxigraph,
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"127.0.0.1:{ox_port}",
        "--union-default-graph",
    ]
    return [kg, Target("oxigraph serve-read-only", ox_command, ox_url, ox_url, by_text)]


def spread(values: list[float]) -> dict[str, float]:
    ordered = sorted(v for v in values if not math.isnan(v))  # NaN: a run without an answer
    if not ordered:
        return {"median": math.nan, "min": math.nan, "max": math.nan}
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return {"median": median, "min": ordered[0], "max": ordered[-1]}


def summary(runs: list[Run], counts: list[int]) -> list[dict[str, Any]]:
    """Per level: both servers' rates, and their ratio (kg / oxigraph) per round, with
    its median and spread; the same for the CPU each request cost (oxigraph's / kg's,
    so that above 1 means kg spends less)."""
    found = []
    for clients in counts:
        ours = {r.round: r for r in runs if r.clients == clients and r.server == "kg serve"}
        theirs = {r.round: r for r in runs if r.clients == clients and r.server != "kg serve"}
        rounds = sorted(set(ours) & set(theirs))
        found.append(
            {
                "clients": clients,
                "rounds": len(rounds),
                "kg_rate": spread([ours[n].rate for n in rounds]),
                "oxigraph_rate": spread([theirs[n].rate for n in rounds]),
                "ratio": spread([ours[n].rate / theirs[n].rate for n in rounds if theirs[n].rate]),
                "kg_cpu_ms": spread([ours[n].cpu_per_request for n in rounds]),
                "oxigraph_cpu_ms": spread([theirs[n].cpu_per_request for n in rounds]),
                "cpu_ratio": spread(
                    [theirs[n].cpu_per_request / ours[n].cpu_per_request for n in rounds]
                ),
            }
        )
    return found


def levels(args: argparse.Namespace) -> int:
    """Requests/s of one query at each number of clients, kg serve and oxigraph serve,
    in ``--rounds`` rounds that alternate the two servers level by level (both stay up:
    an idle server costs nothing), with each server's CPU per request."""
    params = dict(p.split("=", 1) for p in args.param)
    if args.sparql:
        text = args.sparql.read_text(encoding="utf-8")
    else:
        text = final_text(args.store, args.saved, params)
    counts = list(map(int, args.levels.split(",")))
    runs: list[Run] = []
    answers: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp, ExitStack() as servers:
        workdir = Path(tmp)
        pids: dict[str, int] = {}
        found = targets(args, text, params)
        for target in found:
            name = re.sub(r"\W+", "-", target.name)
            process = servers.enter_context(running(name, target.command, target.ready, workdir))
            pids[target.name] = process.pid
            with httpx.Client(timeout=600) as client:
                first = client.request(url=target.url, **target.request)
                first.raise_for_status()
                answers[target.name] = len(first.json()["results"]["bindings"])
        for round_ in range(args.rounds):
            for clients in counts:
                for target in found if round_ % 2 == 0 else found[::-1]:
                    warm = Run(target.name, f"{clients} clients (warm-up)")
                    timed_load(target.url, target.request, clients, args.warm_up, warm)
                    run = Run(target.name, f"{clients} clients", clients=clients, round=round_)
                    before = tree_cpu(pids[target.name])
                    timed_load(target.url, target.request, clients, args.seconds, run)
                    run.cpu = tree_cpu(pids[target.name]) - before
                    runs.append(run)
                    print(
                        f"round {round_ + 1} {target.name:26} {clients:3d} clients  "
                        f"{run.rate:8.2f} requests/s  p50 {run.percentile(50):8.1f} ms  "
                        f"p95 {run.percentile(95):8.1f} ms  "
                        f"CPU {run.cpu_per_request:8.1f} ms/request  errors {len(run.errors)}",
                        flush=True,
                    )
    same = len(set(answers.values())) == 1
    levels_found = summary(runs, counts)
    for level in levels_found:
        ratio, cpu = level["ratio"], level["cpu_ratio"]
        print(
            f"{level['clients']:3d} clients: requests/s ratio kg/oxigraph median "
            f"{ratio['median']:.2f} ({ratio['min']:.2f}-{ratio['max']:.2f}); CPU per request "
            f"oxigraph/kg median {cpu['median']:.2f} ({cpu['min']:.2f}-{cpu['max']:.2f}); "
            f"{level['rounds']} round(s)"
        )
    report = {
        "store": str(args.store),
        "saved": None if args.sparql else args.saved,
        "sparql": text if args.sparql else None,
        "params": params,
        "rows": answers,
        "same_answers": same,
        "seconds_per_level": args.seconds,
        "rounds": args.rounds,
        "kg_workers": args.workers,
        "load_average": list(os.getloadavg()),
        "levels": levels_found,
        "runs": [
            {
                "server": r.server,
                "round": r.round,
                "clients": r.clients,
                "requests": len(r.latencies),
                "errors": len(r.errors),
                "seconds": r.seconds,
                "rate": r.rate,
                "p50_ms": r.percentile(50),
                "p95_ms": r.percentile(95),
                "cpu_s": r.cpu,
                "cpu_ms_per_request": r.cpu_per_request,
            }
            for r in runs
        ],
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for r in runs:
        for error in r.errors[:3]:
            print(f"{r.server} {r.mix}: {error}", file=sys.stderr)
    return 0 if same and not any(r.errors for r in runs) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="an existing kg store (default: build one)")
    parser.add_argument(
        "--articles",
        type=Path,
        action="append",
        help="article files or folders to build the store from "
        "(default: data/articles and tests/server/articles)",
    )
    parser.add_argument("--requests", type=int, default=2000, help="lookup requests per server")
    parser.add_argument(
        "--saved-requests", type=int, default=400, help="saved-query requests per server"
    )
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=2, help="kg serve query workers")
    parser.add_argument("--levels", help="numbers of concurrent clients, e.g. 1,8,32")
    parser.add_argument(
        "--saved", default="who-criticized-the-vote", help="the saved query of --levels"
    )
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a parameter of the saved query (repeatable)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=15.0,
        help="how long each level of --levels runs (default 15)",
    )
    parser.add_argument(
        "--warm-up",
        type=float,
        default=2.0,
        help="seconds of requests before each level's timed run (default 2)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure every level this many times, kg serve and oxigraph alternately "
        "(the ratio's spread shows how much the machine's other load moved it)",
    )
    parser.add_argument(
        "--sparql",
        type=Path,
        metavar="FILE",
        help="with --levels: send this SPARQL query to kg's /sparql (instead of a saved "
        "query by name) and to oxigraph",
    )
    parser.add_argument("--json", type=Path, help="write the --levels figures here")
    args = parser.parse_args()
    if args.levels:
        if args.store is None:
            parser.error("--levels needs --store")
        return levels(args)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        workdir = Path(tmp)
        articles = args.articles or [
            REPO / "data" / "articles",
            REPO / "tests" / "server" / "articles",
        ]
        store = args.store or build_store(workdir, articles)
        oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
        if oxigraph is None:
            raise SystemExit("needs the oxigraph command: pip install oxigraph")
        mixes = {
            "lookups": (LOOKUPS, args.requests),
            "saved": ([saved_text(n) for n in SAVED], args.saved_requests),
        }
        servers = {
            "kg serve": [
                str(BIN / "kg"),
                "serve",
                "--store",
                str(store),
                "--port",
                "{port}",
                "--workers",
                str(args.workers),
                "--no-access-log",
                "--timeout",
                "60",
            ],
            "oxigraph serve-read-only": [
                oxigraph,
                "serve-read-only",
                "--location",
                str(store),
                "--bind",
                "127.0.0.1:{port}",
                "--union-default-graph",
            ],
        }
        counts: dict[str, list[int]] = {}
        runs: list[Run] = []
        for name, template in servers.items():
            port = free_port()
            url = f"http://127.0.0.1:{port}" + ("/sparql" if name == "kg serve" else "/query")
            command = [part.replace("{port}", str(port)) for part in template]
            with (
                running(re.sub(r"\W+", "-", name), command, url, workdir),
                httpx.Client(timeout=120) as c,
            ):
                counts[name] = [rows(c, url, q) for qs, _ in mixes.values() for q in qs]
                for mix, (queries, requests) in mixes.items():
                    for query in queries:  # warm caches the same way for both
                        rows(c, url, query)
                    run = Run(name, mix)
                    load(url, queries, requests, args.clients, run)
                    runs.append(run)
        same = len({tuple(v) for v in counts.values()}) == 1
        source = (
            store
            if args.store
            else " + ".join(
                str(a.relative_to(REPO)) if a.is_relative_to(REPO) else str(a) for a in articles
            )
        )
        print(
            f"store: {source} ({quads(store)} quads)  clients: {args.clients}  "
            f"kg workers: {args.workers}  "
            f"same answers (row counts): {'yes' if same else 'NO: ' + json.dumps(counts)}\n"
        )
        print("| server | mix | requests | errors | seconds | requests/s | p50 ms | p95 ms |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for r in runs:
            print(
                f"| {r.server} | {r.mix} | {len(r.latencies) + len(r.errors)} | {len(r.errors)} "
                f"| {r.seconds:.2f} | {r.rate:.1f} | {r.percentile(50):.1f} "
                f"| {r.percentile(95):.1f} |"
            )
        for r in runs:
            for error in r.errors[:3]:
                print(f"{r.server} {r.mix}: {error}", file=sys.stderr)
        return 0 if same and not any(r.errors for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
