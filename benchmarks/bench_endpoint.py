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
from contextlib import contextmanager
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

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
def running(name: str, command: list[str], url: str, workdir: Path) -> Iterator[None]:
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=workdir)
    try:
        wait_ready(url, process, log)
        yield
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
    from kg.views.queries import bind_parameters, get_query  # noqa: PLC0415  only in this mode

    query = get_query(name)
    handle = Store(store, read_only=True)
    text, substitutions = bind(query.text, bind_parameters(handle, query, params))
    if substitutions:
        raise SystemExit(f"{name}: a parameter is a substitution, not text; choose another query")
    return text


def timed_load(url: str, request: dict[str, Any], clients: int, seconds: float, run: Run) -> None:
    """``clients`` threads send the same request back to back for ``seconds``."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(timeout=120) as client:
            while time.perf_counter() < deadline:
                _send(client, run, lock, url=url, **request)

    _in_parallel(clients, worker, run)


def levels(args: argparse.Namespace) -> int:
    """Requests/s of one saved query at each number of clients, kg serve and oxigraph serve."""
    store = args.store
    params = dict(p.split("=", 1) for p in args.param)
    text = final_text(store, args.saved, params)
    accept = {"Accept": "application/sparql-results+json"}
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("needs the oxigraph command: pip install oxigraph")
    counts = list(map(int, args.levels.split(",")))
    runs: list[Run] = []
    answers: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        workdir = Path(tmp)
        for name in ("kg serve", "oxigraph serve-read-only"):
            port = free_port()
            if name == "kg serve":
                command = [
                    str(BIN / "kg"),
                    "serve",
                    "--store",
                    str(store),
                    "--port",
                    str(port),
                    "--workers",
                    str(args.workers),
                    "--no-access-log",
                    "--timeout",
                    "120",
                ]
                ready = f"http://127.0.0.1:{port}/sparql"
                url = f"http://127.0.0.1:{port}/queries/{args.saved}"
                request: dict[str, Any] = {"method": "GET", "params": params, "headers": accept}
            else:
                command = [
                    oxigraph,
                    "serve-read-only",
                    "--location",
                    str(store),
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--union-default-graph",
                ]
                ready = url = f"http://127.0.0.1:{port}/query"
                request = {"method": "POST", "data": {"query": text}, "headers": accept}
            with running(re.sub(r"\W+", "-", name), command, ready, workdir):
                with httpx.Client(timeout=300) as client:
                    first = client.request(url=url, **request)
                    first.raise_for_status()
                    answers[name] = len(first.json()["results"]["bindings"])
                for clients in counts:
                    warm = Run(name, f"{clients} clients (warm-up)")
                    timed_load(url, request, clients, min(2.0, args.seconds), warm)
                    run = Run(name, f"{clients} clients")
                    timed_load(url, request, clients, args.seconds, run)
                    runs.append(run)
                    print(
                        f"{name:26} {clients:3d} clients  {run.rate:8.1f} requests/s  "
                        f"p50 {run.percentile(50):8.1f} ms  p95 {run.percentile(95):8.1f} ms  "
                        f"errors {len(run.errors)}",
                        flush=True,
                    )
    same = len(set(answers.values())) == 1
    report = {
        "store": str(store),
        "saved": args.saved,
        "params": params,
        "rows": answers,
        "same_answers": same,
        "seconds_per_level": args.seconds,
        "kg_workers": args.workers,
        "runs": [
            {
                "server": r.server,
                "clients": int(r.mix.split()[0]),
                "requests": len(r.latencies),
                "errors": len(r.errors),
                "seconds": r.seconds,
                "rate": r.rate,
                "p50_ms": r.percentile(50),
                "p95_ms": r.percentile(95),
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
