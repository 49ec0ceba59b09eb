"""``kg ingest`` of web pages, URLs, feeds and JSON Lines, against a site on 127.0.0.1.

The site (tests/web_site.py) is of our own writing: an article wrapped in
navigation, related links, comments and a footer that name other countries,
a feed of three entries, and pages that fail in every way a fetch can. Nothing
here reaches beyond the loopback address.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.graph.validate import validate
from kg.server.html import Pages
from kg.store.backend import KgStore
from kg.terms import IRI, Quad, lit
from kg.views.entity import article_page
from kg.views.queries import run_saved
from kg.vocab import KG, SCHEMA
from tests.backends import open_location
from tests.support import RunKg
from tests.web_site import (
    ARTICLE_PARAGRAPHS,
    BOILERPLATE_COUNTRIES,
    Site,
    endless,
    feed,
    page,
    redirect,
    serve_site,
    slow,
)

FEED_ARTICLES = {
    "/world/1.html": (
        "Council extends observer mission",
        "Mon, 03 Mar 2025 09:00:00 GMT",
        (
            "The Security Council extended the observer mission for six months on Monday. "
            "Ghana and Ireland drafted the text."
        ),
    ),
    "/world/2.html": (
        "Assembly debates ocean treaty",
        "Tue, 04 Mar 2025 09:00:00 GMT",
        (
            "Delegates from Fiji and Portugal urged the General Assembly to ratify the ocean "
            "treaty before the summer session."
        ),
    ),
    "/world/3.html": (
        "Sanctions text withdrawn",
        "Wed, 05 Mar 2025 09:00:00 GMT",
        (
            "Sweden withdrew its draft on sanctions after Peru and Vietnam asked for more "
            "time to study the annex."
        ),
    ),
}


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as served:
        article = page(
            ARTICLE_PARAGRAPHS,
            headline="Assembly backs water security text",
            byline="Ilse Varga",
            date="2025-03-04",
            canonical="https://courier.example/world/water-vote",
        )
        served.add("/world/water-vote.html", article)
        served.routes["/short/water"] = redirect("/world/water-vote.html")
        for path, (title, _date, text) in FEED_ARTICLES.items():
            served.add(path, page([text], headline=title))  # no date, no byline in the page
        entries = [(p, t, d, "Noor Haddad") for p, (t, d, _) in FEED_ARTICLES.items()]
        served.add("/world/feed.xml", feed(served.base, entries), "application/rss+xml")
        served.add("/report.pdf", b"%PDF-1.4 not a page", "application/pdf")
        served.add("/big.html", page(["A long page. " * 4000], headline="Big"))
        served.routes["/endless.html"] = endless()
        served.routes["/loop"] = redirect("/loop")
        served.routes["/slow.html"] = slow(3.0)
        latin = page(
            ["Caf\xe9 cr\xe8me diplomacy in the Assembly hall."], headline="Caf\xe9", charset=None
        )
        served.add("/latin.html", latin.encode("latin-1"), "text/html")
        yield served


def articles(store: KgStore) -> list[dict[str, str]]:
    """The articles query, each row as plain strings (unbound values left out)."""
    result = run_saved(store, "articles")
    return [{k: v.value for k, v in row.items() if v is not None} for row in result.dicts()]


def mentioned_countries(store: KgStore) -> set[str]:
    query = """
        PREFIX schema: <http://schema.org/>
        PREFIX kg: <https://kg.example/ontology#>
        SELECT DISTINCT ?iso WHERE { GRAPH ?a { ?a a kg:Article ; schema:mentions ?c .
          ?c a kg:Country } BIND(STRAFTER(STR(?c), "/country/") AS ?iso) }"""
    return {row[0].value for row in store.select(query).rows if row[0] is not None}


def skipped(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: skipped ")]


# --- a page ----------------------------------------------------------------------------


def test_a_page_gives_its_article_facts_and_metadata_and_none_of_the_page_around_it(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    result = run_kg("ingest", site.url("/world/water-vote.html"))
    assert result.exit_code == 0, result.stderr
    assert "1 input: 1 added;" in result.stderr
    store = open_location(kg_store)
    countries = mentioned_countries(store)
    assert {"HUN", "FRA", "MEX", "EGY"} <= countries
    assert not countries & BOILERPLATE_COUNTRIES, "page furniture reached the graph"
    [row] = articles(store)
    assert row["headline"] == "Assembly backs water security text"
    assert row["date"] == "2025-03-04"
    assert row["authors"] == "Ilse Varga"
    assert row["publisher"] == "The Harbour Courier"
    assert row["url"] == "https://courier.example/world/water-vote"  # the canonical URL
    assert row["language"] == "en"
    assert row["source"] == site.url("/world/water-vote.html")
    text = store.value(row["article"], SCHEMA.text, row["article"])
    assert text is not None and "Most read" not in text.value and "Comments" not in text.value
    assert "safari" not in text.value and "All rights" not in text.value
    assert all("kg/" in agent for agent in site.agents), "every request names kg"


def test_the_byline_names_the_person_the_article_quotes_one_node(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    assert run_kg("ingest", site.url("/world/water-vote.html")).exit_code == 0
    store = open_location(kg_store)
    [row] = articles(store)
    article = row["article"]
    author = store.value(article, SCHEMA.author, article)
    assert author is not None and author.value.endswith("/person/ilse-varga")
    # the same node the article's quote is attributed to
    speakers = store.select(
        "PREFIX kg: <https://kg.example/ontology#> "
        "SELECT ?s WHERE { GRAPH ?g { ?q kg:speaker ?s } }"
    ).rows
    assert IRI(author.value) in {r[0] for r in speakers}
    kinds = store.select("SELECT ?t WHERE { GRAPH ?g { ?p a ?t } }", {"p": IRI(author.value)}).rows
    assert IRI(KG.Person) in {r[0] for r in kinds}


def test_the_same_article_by_two_urls_or_fetched_again_is_one_graph(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    first = run_kg("ingest", site.url("/world/water-vote.html"))
    assert first.exit_code == 0, first.stderr
    size = len(open_location(kg_store))
    again = run_kg("ingest", site.url("/short/water"), site.url("/world/water-vote.html"))
    assert again.exit_code == 0, again.stderr
    assert "2 unchanged" in again.stderr and "0 quads written" in again.stderr
    assert len(open_location(kg_store)) == size


# --- failures ----------------------------------------------------------------------------


def test_every_failing_url_is_one_line_and_the_rest_is_ingested(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    bad = {
        "/missing.html": "HTTP 404",
        "/report.pdf": "not HTML (application/pdf)",
        "/big.html": "too large",
        "/endless.html": "too large",
        "/loop": "redirects",
        "/slow.html": "timed out",
        "/latin.html": "undeclared encoding",
    }
    urls = [site.url(p) for p in bad]
    good = site.url("/world/water-vote.html")
    result = run_kg("ingest", *urls[:3], good, *urls[3:], "--max-bytes", "40000", "--timeout", "1")
    assert result.exit_code == 1
    lines = skipped(result.stderr)
    assert len(lines) == len(bad), result.stderr
    for line, (path, why) in zip(lines, bad.items(), strict=True):
        assert site.url(path) in line and why in line, line
    assert "Traceback" not in result.stderr
    assert "8 inputs: 1 added, 7 failed;" in result.stderr
    [row] = articles(open_location(kg_store))
    assert row["source"] == good


def test_a_missing_page_alone_is_one_line_and_exit_status_1(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    result = run_kg("ingest", site.url("/nowhere.html"))
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {site.url('/nowhere.html')}: HTTP 404 Not Found"
    ]
    assert articles(open_location(kg_store)) == []


# --- feeds, URL lists, JSON Lines ---------------------------------------------------------


def test_a_feed_s_three_entries_are_fetched_with_the_feed_s_metadata(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    result = run_kg("ingest", site.url("/world/feed.xml"), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert "3 inputs: 3 added;" in result.stderr
    rows = articles(open_location(kg_store))
    # newest first; each entry's date and author come from the feed, the page gives neither
    assert [(r["headline"], r["date"]) for r in rows] == [
        ("Sanctions text withdrawn", "2025-03-05"),
        ("Assembly debates ocean treaty", "2025-03-04"),
        ("Council extends observer mission", "2025-03-03"),
    ]
    assert {r["authors"] for r in rows} == {"Noor Haddad"}
    assert all(site.hits[p] == 1 for p in FEED_ARTICLES)


def test_a_file_of_urls(site: Site, run_kg: RunKg, kg_store: Path | str, tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(
        "# this week's reading\n"
        f"{site.url('/world/1.html')}\n\n"
        "not a link\n"
        f"{site.url('/world/2.html')}\n",
        encoding="utf-8",
    )
    result = run_kg("ingest", "--urls", str(links), "--date", "2025-03-10")
    assert result.exit_code == 1
    assert skipped(result.stderr) == [f"kg: skipped {links}:4: not an http(s) URL"]
    rows = articles(open_location(kg_store))
    assert sorted(r["headline"] for r in rows) == [
        "Assembly debates ocean treaty",
        "Council extends observer mission",
    ]
    assert {r["date"] for r in rows} == {"2025-03-10"}, "--date for pages that give none"


def test_json_lines(run_kg: RunKg, kg_store: Path | str, tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    text = "Chile and Kenya co-sponsored the draft on glacier monitoring, adopted without a vote."
    records = [
        {
            "url": "https://wire.example/a/1",
            "title": "Glacier draft adopted",
            "date": "2025-02-11T14:00:00Z",
            "author": ["Ana Ruiz", "Piotr Nowak"],
            "publisher": "Wire Example",
            "text": text,
            "sentiment": 0.4,  # other keys are ignored
        },
        {"url": "https://wire.example/a/2", "title": "No text here"},
        {"url": "https://mirror.example/a/1", "text": text},  # the same article again
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(2, "{not json")
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_kg("ingest", str(export))
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f'kg: skipped {export}:2: no "text" string',
        f"kg: skipped {export}:3: not a JSON object (Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1))",
    ]
    assert "1 added" in result.stderr and "1 unchanged" in result.stderr
    [row] = articles(open_location(kg_store))
    assert row["headline"] == "Glacier draft adopted"
    assert row["date"] == "2025-02-11"
    assert row["authors"].split("; ") == ["Ana Ruiz", "Piotr Nowak"]
    assert row["publisher"] == "Wire Example"
    assert row["url"] == row["source"] == "https://wire.example/a/1"


def test_a_saved_page_and_a_local_feed_file(
    site: Site, run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.htm"
    saved.write_text(
        page(ARTICLE_PARAGRAPHS, headline="Saved copy", byline="Ilse Varga", date="2025-03-04"),
        encoding="utf-8",
    )
    local_feed = tmp_path / "world.rss"
    entries = [("/world/3.html", "Sanctions text withdrawn", "Wed, 05 Mar 2025 09:00:00 GMT", "")]
    local_feed.write_text(feed(site.base, entries), encoding="utf-8")
    result = run_kg("ingest", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    rows = articles(open_location(kg_store))
    assert [(r["headline"], r["date"]) for r in rows] == [
        ("Sanctions text withdrawn", "2025-03-05"),
        ("Saved copy", "2025-03-04"),
    ]
    assert not mentioned_countries(open_location(kg_store)) & BOILERPLATE_COUNTRIES


def test_an_article_with_metadata_satisfies_the_shapes(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    assert run_kg("ingest", site.url("/world/water-vote.html")).exit_code == 0
    store = open_location(kg_store)
    [row] = articles(store)
    report = validate(store, row["article"])
    assert report.conforms, report
    # and the shapes do check it: a date written as a plain string is refused
    graph = IRI(row["article"])
    store = open_location(kg_store, write=True)
    store.add_quads([Quad(graph, IRI(SCHEMA.datePublished), lit("4 March 2025"), graph)])
    broken = validate(store, row["article"])
    assert not broken.conforms and "datePublished" in broken.text


def test_the_article_page_shows_headline_date_author_and_publisher(
    site: Site, run_kg: RunKg, kg_store: Path | str
) -> None:
    assert run_kg("ingest", site.url("/world/water-vote.html")).exit_code == 0
    store = open_location(kg_store)
    [row] = articles(store)
    data = article_page(store, row["article"])
    assert (data.headline, data.date, data.language) == (
        "Assembly backs water security text",
        "2025-03-04",
        "en",
    )
    assert [a.label for a in data.authors] == ["Ilse Varga"]
    assert data.publisher is not None and data.publisher.label == "The Harbour Courier"
    pages = Pages("https://kg.example/id/")
    html = pages.env.get_template("article.html").render(request=None, page=data, iri=data.iri)
    assert "<h1>Assembly backs water security text</h1>" in html
    assert '<time datetime="2025-03-04">2025-03-04</time>' in html
    assert '<a href="/id/person/ilse-varga">Ilse Varga</a>' in html
    assert '<a href="/id/org/the-harbour-courier">The Harbour Courier</a>' in html
    assert 'href="https://courier.example/world/water-vote"' in html


def test_kg_actor_lists_what_an_author_wrote_and_a_publisher_published(
    site: Site, run_kg: RunKg
) -> None:
    assert run_kg("ingest", site.url("/world/feed.xml")).exit_code == 0
    author = run_kg("actor", "Haddad")
    assert author.exit_code == 0, author.stderr
    assert "Noor Haddad  (person)" in author.stdout
    assert "wrote (3):" in author.stdout
    assert "2025-03-05 Sanctions text withdrawn" in author.stdout
    publisher = run_kg("actor", "Harbour Courier")
    assert publisher.exit_code == 0, publisher.stderr
    assert "published (3):" in publisher.stdout


def test_json_lines_without_urls_never_replace_each_other(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    first = "Malta voted for the draft on shipping lanes."
    second = "Nepal abstained on the draft on mountain passes."
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"text": first}) + "\n", encoding="utf-8")
    assert run_kg("ingest", str(export)).exit_code == 0
    # the next export puts another article on line 1 and the first one on line 2
    export.write_text(
        json.dumps({"text": second}) + "\n" + json.dumps({"text": first}) + "\n", encoding="utf-8"
    )
    for jobs in ("1", "2"):
        result = run_kg("ingest", str(export), "--jobs", jobs)
        assert result.exit_code == 0, result.stderr
        assert "replaced" not in result.stderr
    rows = articles(open_location(kg_store))
    assert len(rows) == 2 and all(r["source"].startswith(f"{export}#text-") for r in rows)
