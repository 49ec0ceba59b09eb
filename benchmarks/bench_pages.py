"""Every page and every parameterised saved query, as a user asks them, timed.

    python -m benchmarks.bench_pages STORE CORPUS [--json OUT] [--budget 10]

What the server's pages and ``kg actor`` read (kg.entity.describe_resource with a
page of rows, kg.profile.find_profiles), and each saved query that takes parameters
with its parameters given, as its page on the server asks it: the first page of rows
and one more (which says whether a next page exists), and the second page. The
values come from the data, as in ``bench_queries``: an article from the middle of the
corpus, a person quoted in it (by family name), the vote criticized most often, its
country and resolution.
Each case runs once untimed, then until ``--budget`` seconds or ``--runs`` runs;
median and p95 (nearest rank) against the target of issue 18: under one second, and
the median CPU time of the process (on a shared machine, wall time counts the waits
for a core; CPU time does not).
In process, on one store handle: the server adds its rendering and a worker hop.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.bench_queries import _MOST_CRITICIZED, _quoted_person, percentile
from kg import iri
from kg.ingest.ingester import read_article, sha256_of
from kg.store.embedded import Store
from kg.terms import IRI
from kg.views.entity import describe_resource
from kg.views.profile import find_profiles
from kg.views.queries import run_saved, saved_queries
from kg.views.statements import PAGE_SIZE

TARGET_SECONDS = 1.0
_QUOTE_OF = """
PREFIX kg: <https://kg.example/ontology#>
SELECT ?q WHERE { GRAPH ?article { ?q a kg:Quote } } ORDER BY ?q LIMIT 1
"""


@dataclass
class PageCase:
    label: str
    call: Callable[[], int]  # returns the rows it shows
    whole: bool = False  # a saved query with its optional parameters left out


def _rows(view: Any) -> int:
    """The rows a view shows: the lines of its lists."""
    lists = ("claims", "stances", "tallies", "quotes", "votes", "recorded", "statements")
    return sum(len(getattr(view, name, []) or []) for name in lists)


def _page(store: Store, resource: str, offset: int) -> int:
    return _rows(describe_resource(store, resource, offset, PAGE_SIZE))


def _saved(store: Store, name: str, params: dict[str, str], offset: int = 0) -> int:
    """A page of a saved query's answer, and one row more: is there a next?"""
    return len(run_saved(store, name, params, limit=PAGE_SIZE + 1, offset=offset).rows)


def choose(store: Store, corpus: Path) -> list[PageCase]:
    files = sorted(corpus.glob("a*.txt"))
    article = iri.article_iri(sha256_of(read_article(files[len(files) // 2])))
    person = _quoted_person(store, article)
    top = store.select(_MOST_CRITICIZED).rows[0]
    voter = top[0].value if top[0] else "USA"
    symbol = top[1].value if top[1] else "A/RES/ES-11/7"
    country = iri.country_iri(voter)
    resolution = iri.resolution_iri(symbol)
    vote = iri.vote_iri(symbol, voter)
    quote = store.select(_QUOTE_OF, {"article": IRI(article)}).rows[0][0]
    assert quote is not None
    pages: list[tuple[str, str, int]] = [
        (f"vote page {voter} on {symbol}", vote, 0),
        (f"vote page {voter} on {symbol}, rows 51-100", vote, PAGE_SIZE),
        (f"resolution page {symbol}", resolution, 0),
        (f"resolution page {symbol}, rows 51-100", resolution, PAGE_SIZE),
        (f"country page {voter}", country, 0),
        (f"country page {voter}, rows 51-100", country, PAGE_SIZE),
        ("article page", article, 0),
        ("quote page", quote.value, 0),
    ]
    cases = [
        PageCase(label, partial(_page, store, resource, offset))
        for label, resource, offset in pages
    ]
    cases.append(
        PageCase(
            f"person page / kg actor {person}",
            lambda: sum(_rows(p) for p in find_profiles(store, person, 0, PAGE_SIZE)),
        )
    )
    cases.append(
        PageCase(
            f"kg actor {voter}",
            lambda: sum(_rows(p) for p in find_profiles(store, voter, 0, PAGE_SIZE)),
        )
    )
    values = {
        "article": article,
        "actor": person,
        "country": voter,
        "voter": voter,
        "resolution": symbol,
        "verdict": "contradicts",
    }
    for name, query in saved_queries().items():
        if not query.params:
            continue
        # Every parameter a user of the page would fill (a group or a list of allies
        # is an alternative to the record's own alignment: left out).
        params = {p.name: values[p.name] for p in query.params if p.name in values}
        shown = " ".join(f"{k}={v}" for k, v in params.items())
        cases.append(
            PageCase(f"`{name}` {shown}, first page", partial(_saved, store, name, params))
        )
        cases.append(
            PageCase(
                f"`{name}` {shown}, rows 51-100",
                partial(_saved, store, name, params, PAGE_SIZE),
            )
        )
        if set(params) - {p.name for p in query.params if p.required}:
            required = {p.name: values[p.name] for p in query.params if p.required}
            shown = " ".join(f"{k}={v}" for k, v in required.items())
            label = f"`{name}` {shown}, first page".replace(" ,", ",")
            cases.append(PageCase(label, partial(_saved, store, name, required), whole=True))
    return cases


def time_case(case: PageCase, budget: float, runs: int) -> dict[str, Any]:
    began = time.perf_counter()
    shown = case.call()  # warm-up, untimed
    warm = time.perf_counter() - began
    times: list[float] = []
    cpu: list[float] = []  # the process's CPU time: what a busy machine's waits leave out
    spent = 0.0
    while len(times) < runs and (spent < budget or len(times) < 3):
        began, used = time.perf_counter(), time.process_time()
        case.call()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - used)
        spent += times[-1]
        if warm > budget:  # one call takes longer than the whole budget: once is enough
            break
    median = statistics.median(times)
    return {
        "label": case.label,
        "rows": shown,
        "runs": len(times),
        "warmup_ms": warm * 1000,
        "median_ms": median * 1000,
        "p95_ms": percentile(times, 0.95) * 1000,
        "cpu_median_ms": statistics.median(cpu) * 1000,
        "met": median < TARGET_SECONDS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_pages", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("store", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per case")
    parser.add_argument("--runs", type=int, default=30, help="most timed runs per case")
    parser.add_argument(
        "--only",
        action="append",
        help="only cases whose label contains this (repeat for several)",
    )
    parser.add_argument("--markdown", type=Path, help="write the table here (Markdown)")
    parser.add_argument(
        "--no-whole",
        action="store_true",
        help="leave out the saved queries without their optional parameters (whole-graph "
        "answers: minutes each at 10k and more)",
    )
    args = parser.parse_args(argv)
    store = Store(args.store, read_only=True)
    figures = []
    for case in choose(store, args.corpus):
        if (args.only and not any(o in case.label for o in args.only)) or (
            args.no_whole and case.whole
        ):
            continue
        found = time_case(case, args.budget, args.runs)
        figures.append(found)
        print(
            f"{found['median_ms']:10.1f} {found['p95_ms']:10.1f} ms (CPU "
            f"{found['cpu_median_ms']:.1f})  ({found['runs']:2d} runs, {found['rows']} rows)  "
            f"{case.label}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(table(figures), encoding="utf-8")
    return 0


def table(figures: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table, each against the one-second target."""
    lines = [
        "| page or query | rows shown | median / p95 ms (runs) | first call ms | under 1 s |",
        "|---|---|---|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f['label']} | {f['rows']} | {f['median_ms']:,.1f} / {f['p95_ms']:,.1f} "
            f"({f['runs']}) | {f['warmup_ms']:,.1f} | {'yes' if f['met'] else '**no**'} |"
        )
    met = sum(1 for f in figures if f["met"])
    lines.append("")
    lines.append(f"{met} of {len(figures)} under one second (median).")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
