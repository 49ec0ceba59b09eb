"""How fast ``kg ingest`` reads web pages on one core: main text, then facts. It reports;
it asserts nothing.

    python -m benchmarks.bench_html --count 300

Pages are built in memory from ``benchmarks.generate``'s articles (seeded, the same
every run), each wrapped in the furniture of a news site: a head with metadata, a
navigation bar, a ticker, a script, related links, reader comments and a footer,
about 14 KiB of HTML around a 4 KiB article. Each page is then read the way
``kg ingest page.html`` reads it, in this one process:

1. main text and metadata: ``kg.sources.pages.extract_page`` (trafilatura), timed
   alone;
2. facts: ``kg.extract.Extractor.extract`` on that text with the page's date, timed
   alone.

Reported per pass: pages/s for each step and for both, and the median over passes.
Also how well the main text was found: the share of the article's paragraphs found
whole, and pages where any sentence of the furniture reached the text.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from benchmarks.machine import describe, render
from kg.extract import Extractor
from kg.reference.load import load_reference
from kg.sources.pages import extract_page

SECTIONS = ("World", "Politics", "Business", "Science", "Climate", "Culture", "Sport", "Travel")
PLACES = ("Lisbon", "Osaka", "Nairobi", "Oslo", "Rosario", "Perth", "Quebec", "Recife")
TEASERS = (
    "Stocks close higher as {p} traders shrug off rate fears",
    "The best weekend markets in {p}, ranked by our readers",
    "{p} opens a new tram line after years of delay",
    "Heatwave warning issued for {p} and the coast",
    "Interview: the chef who brought {p} street food to the capital",
    "Five walks around {p} for a rainy afternoon",
)
# Worded so that no generated article says the same (the generator's noisy styles
# write a "Read more:" or a sign-up line of their own, which are the article's text).
FURNITURE = (
    "Get the Bench briefing every morning",
    "Most read on the Bench",
    "Comments on the Bench are moderated",
    "All rights reserved by the Bench",
    "Advertisement from the Bench",
)
LEAKS = (
    *FURNITURE,
    "ranked by our readers",
    "tram line",
    "Heatwave warning",
    "street food",
    "Not sure I agree",
    "By Desk Reporter",
)


def wrap(text: str, rng: random.Random, date: str) -> str:
    """A news page around ``text`` (its first line the headline, then paragraphs)."""
    headline, _, body = text.partition("\n")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    esc = html.escape
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in SECTIONS * 3)
    teasers = [t.format(p=rng.choice(PLACES)) for t in rng.sample(TEASERS * 4, 20)]
    related = "".join(f'<li><a href="/r/{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers))
    comments = "".join(
        f'<div class="comment"><b>reader{rng.randrange(1000)}</b><p>{esc(t)}? '
        "Not sure I agree with all of this.</p></div>"
        for t in teasers[:8]
    )
    script = "var cfg = {" + ",".join(f'"k{i}": {i}' for i in range(400)) + "};"
    article_html = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(headline)} | The Daily Bench</title>
<meta property="og:site_name" content="The Daily Bench">
<meta property="og:title" content="{esc(headline)}">
<meta name="author" content="Desk Reporter">
<meta property="article:published_time" content="{date}T07:00:00Z">
<link rel="canonical" href="https://bench.example/world/{rng.randrange(10**6)}">
<script>{script}</script></head>
<body><header><div class="promo">{FURNITURE[0]}</div><nav><ul>{nav}</ul></nav>
<div class="ticker">{esc(teasers[0])}</div></header>
<main><article><h1>{esc(headline)}</h1><p class="byline">By Desk Reporter</p>
{article_html}
<div class="ad">{FURNITURE[4]}</div></article></main>
<aside><h2>{FURNITURE[1]}</h2><ul>{related}</ul></aside>
<section class="comments"><h2>Comments</h2><p>{FURNITURE[2]}</p>{comments}</section>
<footer><p>The Daily Bench. {FURNITURE[3]}.</p><ul>{nav}</ul></footer>
</body></html>"""


def build_pages(count: int, seed: int) -> list[tuple[str, str, list[str]]]:
    """(page, date, article paragraphs) for articles 0 .. count-1 of the seeded corpus."""
    record = Record(load_reference())
    pages = []
    for index in range(count):
        text, _ = article(record, seed, index)
        rng = random.Random(f"kg-bench-html:{seed}:{index}")
        date = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        paragraphs = [p.strip() for p in text.split("\n")[1:] if p.strip()]
        pages.append((wrap(text, rng, date), date, paragraphs))
    return pages


@dataclass
class Pass:
    main_s: float = 0.0  # wall clock, finding the main text
    facts_s: float = 0.0  # wall clock, extracting the facts
    main_cpu: float = 0.0  # this process's CPU time: what other load does not inflate
    facts_cpu: float = 0.0
    found: int = 0  # the articles' paragraphs found whole
    total: int = 0
    leaky: int = 0  # pages with furniture in their text


def one_pass(extractor: Extractor, pages: list[tuple[str, str, list[str]]]) -> Pass:
    out = Pass()
    for number, (page, _date, paragraphs) in enumerate(pages):
        wall, cpu = time.perf_counter(), time.process_time()
        item = extract_page(page, f"page{number}.html")
        wall_mid, cpu_mid = time.perf_counter(), time.process_time()
        extractor.extract(item.text, date=item.meta.date)
        out.main_s += wall_mid - wall
        out.main_cpu += cpu_mid - cpu
        out.facts_s += time.perf_counter() - wall_mid
        out.facts_cpu += time.process_time() - cpu_mid
        kept = {p.strip() for p in item.text.split("\n\n")}
        out.found += sum(p in kept for p in paragraphs)
        out.total += len(paragraphs)
        out.leaky += any(f in item.text for f in LEAKS)
    return out


def _rates(run: dict[str, Any], per: str) -> str:
    return (
        f"main text {run[f'main_text_pages_per{per}_s']:7.1f} pages/s   "
        f"facts {run[f'facts_pages_per{per}_s']:7.1f} pages/s   "
        f"both {run[f'both_pages_per{per}_s']:7.1f} pages/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_html", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--count", type=int, default=300, help="pages (default 300)")
    parser.add_argument("--runs", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    if args.count < 1 or args.runs < 1:
        parser.error("--count and --runs must be positive")

    info = describe()
    print("# kg web page benchmark (one process, one core)")
    print("\n".join(render(info)))
    pages = build_pages(args.count, args.seed)
    page_kib = statistics.mean(len(p.encode()) for p, _, _ in pages) / 1024
    text_kib = statistics.mean(len("\n\n".join(ps).encode()) for _, _, ps in pages) / 1024
    print(
        f"pages       {len(pages)}: {page_kib:.1f} KiB of HTML on average, "
        f"around {text_kib:.1f} KiB of article text"
    )
    extractor = Extractor(load_reference())
    one_pass(extractor, pages[:10])  # warm-up: imports, caches
    runs: list[dict[str, Any]] = []
    n_pages = len(pages)
    for n in range(1, args.runs + 1):
        p = one_pass(extractor, pages)
        run = {
            "main_text_pages_per_s": n_pages / p.main_s,
            "facts_pages_per_s": n_pages / p.facts_s,
            "both_pages_per_s": n_pages / (p.main_s + p.facts_s),
            "main_text_pages_per_cpu_s": n_pages / p.main_cpu,
            "facts_pages_per_cpu_s": n_pages / p.facts_cpu,
            "both_pages_per_cpu_s": n_pages / (p.main_cpu + p.facts_cpu),
            "paragraphs_found": p.found / p.total,
            "pages_with_furniture": p.leaky,
        }
        runs.append(run)
        print(f"run {n}       {_rates(run, '')}   (wall clock)", flush=True)
        print(f"            {_rates(run, '_cpu')}   (per CPU-second)", flush=True)
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"median      {_rates(median, '')}   (wall clock)")
    print(f"            {_rates(median, '_cpu')}   (per CPU-second: unaffected by other load)")
    main_share = median["both_pages_per_cpu_s"] / median["main_text_pages_per_cpu_s"]
    print(f"cost        main text {main_share:.0%} of the CPU time per page, facts the rest")
    print(
        f"quality     {median['paragraphs_found']:.1%} of the articles' paragraphs found whole; "
        f"{int(median['pages_with_furniture'])} of {n_pages} pages with furniture in the text"
    )
    if args.json:
        results = {"machine": info, "pages": len(pages), "runs": runs, "median": median}
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
