"""The linked-data side of ``kg serve``: saved queries by URL, entity pages with content
negotiation, escaping of article text, search, VoID and dumps."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl

import pytest

from kg.views.queries import saved_queries

from .conftest import Server, count_quads, kg, parse_rdf

RICE = "/id/person/susan-rice"
USA = "/id/country/USA"
RESOLUTION = "/id/resolution/a-res-es-11-7"
SCHEMA_NAME = "http://schema.org/name"


def _html(server: Server, path: str, **params: str) -> str:
    with server.client() as c:
        r = c.get(path, params=params, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def _links(page: str, prefix: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page) if h.startswith(prefix)]


def test_landing_page(server: Server) -> None:
    page = _html(server, "/")
    assert 'action="/search"' in page and 'action="/sparql"' in page
    for name in saved_queries():
        assert f'href="/queries/{name}"' in page
    figures = kg("stats", "--format", "json", store=server.store).stdout
    articles = re.search(r'"articles": (\d+)', figures)
    assert articles is not None
    assert re.search(rf"<dt>articles</dt><dd>{articles.group(1)}</dd>", page)
    assert 'href="/.well-known/void"' in page and 'href="/dumps/kg.trig"' in page
    assert str(server.store) not in page  # no server paths on public pages


def test_saved_query_list_as_json(server: Server) -> None:
    with server.client() as c:
        listed = c.get("/queries", headers={"Accept": "application/json"}).json()
    by_name = {q["name"]: q for q in listed}
    assert set(by_name) == set(saved_queries())
    params = by_name["who-criticized-the-vote"]["parameters"]
    assert [p["name"] for p in params] == ["voter", "resolution"]
    assert all({"type", "required", "description"} <= set(p) for p in params)
    assert by_name["quotes"]["title"] == saved_queries()["quotes"].title


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_saved_query_in_every_result_format(server: Server, fmt: str) -> None:
    with server.client() as c:
        r = c.get("/queries/quotes-by-actor", params={"actor": "Rice", "format": fmt})
    assert r.status_code == 200, r.text
    assert "Susan E. Rice" in r.text
    assert "We must all question why this is happening." in r.text


def test_saved_query_page_has_a_form_and_a_table(server: Server) -> None:
    page = _html(server, "/queries/who-criticized-the-vote", voter="USA", resolution="")
    assert re.search(r'<input type="text" name="voter" value="USA"', page)
    assert re.search(r'<input type="text" name="resolution" value=""', page)
    assert '<table class="results">' in page
    assert 'href="/id/country/USA"' in page
    assert "/queries/who-criticized-the-vote?voter=USA&amp;format=csv" in page
    blank = _html(server, "/queries/quotes-by-actor")  # a required parameter missing
    assert "Give actor to run this query" in blank and "<table" not in blank


def test_saved_query_page_shows_a_page_of_rows_and_links_the_next(server: Server) -> None:
    with server.client() as c:
        whole = c.get("/queries/vote-claims", params={"format": "json"}).json()
        part = c.get("/queries/vote-claims", params={"format": "json", "limit": 2, "offset": 1})
        # pages come in the store's order, the whole answer in the query's
        paged = c.get("/queries/vote-claims", params={"format": "json", "limit": 10**6}).json()
    rows = whole["results"]["bindings"]
    assert len(rows) > 6
    in_store_order = paged["results"]["bindings"]
    assert sorted(map(str, in_store_order)) == sorted(map(str, rows))
    assert part.json()["results"]["bindings"] == in_store_order[1:3]  # other formats: as asked
    first = _html(server, "/queries/vote-claims", limit="3")
    assert "Rows 1–3; more follow" in first and first.count("<tr>") == 4  # head and 3 rows
    (after,) = [h for h in _links(first, "/queries/vote-claims?") if "offset=3" in h]
    path, _, query = after.partition("?")
    second = _html(server, path, **dict(parse_qsl(query)))
    assert "Rows 4–6" in second and 'rel="prev"' in second
    assert second.split("<tbody>")[1] != first.split("<tbody>")[1]
    last = _html(server, "/queries/vote-claims", limit="3", offset=str(len(rows) - 1))
    assert f"Rows {len(rows)}–{len(rows)}" in last and "more follow" not in last


def test_entity_pages_take_an_offset(server: Server) -> None:
    page = _html(server, "/id/vote/a-res-es-11-7/USA", offset="0")
    assert "Stances on this vote" in page
    with server.client() as c:
        r = c.get(
            "/id/vote/a-res-es-11-7/USA", params={"offset": "x"}, headers={"Accept": "text/html"}
        )
    assert r.status_code == 400


@pytest.mark.parametrize(
    ("path", "params", "status", "words"),
    [
        ("/queries/no-such-query", {}, 404, "no saved query named"),
        ("/queries/quotes-by-actor", {}, 400, "needs -p actor"),
        ("/queries/who-criticized-the-vote", {"voter": "Atlantis"}, 400, "unknown country"),
        ("/queries/quotes", {"speaker": "x"}, 400, "has no parameter 'speaker'"),
        ("/id/person/nobody-at-all", {}, 404, "says nothing about"),
        ("/dumps/kg.zip", {}, 404, "no dump named"),
    ],
    ids=[
        "unknown-query",
        "missing-parameter",
        "bad-country",
        "unknown-parameter",
        "unknown-entity",
        "unknown-dump",
    ],
)
def test_page_errors(
    server: Server, path: str, params: dict[str, str], status: int, words: str
) -> None:
    with server.client() as c:
        r = c.get(path, params=params, headers={"Accept": "application/json"})
    assert r.status_code == status, r.text
    assert words in r.json()["error"]


def test_person_page(server: Server) -> None:
    page = _html(server, RICE)
    assert "<h1>Susan E. Rice" in page
    assert "national security adviser" in page.lower()  # a role
    quotes = _links(page, "/id/article/")
    assert any("/quote/" in link for link in quotes)
    assert any(re.fullmatch(r"/id/article/[0-9a-f]{16}", link) for link in quotes)
    assert "From the sentence" in page
    assert 'class="polarity criticizes"' in page  # her stance on the US vote
    assert "Votes Susan E. Rice took a stance on" in page
    assert 'href="/id/vote/a-res-es-11-7/USA"' in page


def test_quote_page_links_speaker_sentence_and_article(server: Server) -> None:
    person = _html(server, RICE)
    quote = next(link for link in _links(person, "/id/article/") if "/quote/" in link)
    page = _html(server, quote)
    assert f'href="{RICE}"' in page
    assert "Where it comes from" in page
    article = quote.split("/quote/")[0]
    assert f'href="{article}"' in page
    text = _html(server, article)
    assert f'href="{quote}"' in text  # the article marks the quote in its text


def test_country_page_shows_record_and_claims_with_agreement(server: Server) -> None:
    page = _html(server, USA)
    assert "Votes in the official record" in page
    assert "What articles claim" in page
    assert 'class="verdict agrees"' in page
    assert 'href="/id/resolution/a-res-es-11-7"' in page
    assert (
        "https://www.wikidata.org/entity/Q30" in page
        or "http://www.wikidata.org/entity/Q30" in page
    )


def test_resolution_page_has_a_chart_and_links(server: Server) -> None:
    page = _html(server, RESOLUTION)
    assert "<svg" in page and 'class="bar yes"' in page
    assert re.search(r"Official record \(\d+\)", page)
    assert 'href="/id/vote/a-res-es-11-7/USA"' in page
    assert 'href="/id/org/un-general-assembly"' in page


def test_vote_page(server: Server) -> None:
    page = _html(server, "/id/vote/a-res-es-11-7/USA")
    assert f'href="{USA}"' in page and f'href="{RESOLUTION}"' in page
    assert 'class="option no"' in page  # the official record
    assert "Stances on this vote" in page


def test_any_other_resource_has_a_page(server: Server) -> None:
    page = _html(server, "/id/tally/a-res-es-11-7")
    assert "kg:yesCount" in page and "Referred to by" in page


def test_article_text_is_escaped(server: Server) -> None:
    with server.client() as c:
        found = c.get(
            "/queries/quotes-by-actor",
            params={"actor": "Brenneke"},
            headers={"Accept": "application/sparql-results+json"},
        ).json()
    quote = next(b for b in found["results"]["bindings"] if "<script>" in b["text"]["value"])
    article = quote["article"]["value"].removeprefix("https://kg.example")
    for page in (_html(server, article), _html(server, "/id/person/halvard-brenneke")):
        assert "<script>" not in page
        assert "&lt;script&gt;alert(" in page
        assert "nothing to hide &amp; nothing to add" in page


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/rdf+xml", "xml"),
    ],
    ids=["turtle", "jsonld", "ntriples", "rdfxml"],
)
def test_entities_for_machines(server: Server, accept: str, fmt: str) -> None:
    with server.client() as c:
        r = c.get(RICE, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    graph = parse_rdf(r.content, fmt)
    names = {
        str(o)
        for s, p, o in graph
        if str(s).endswith("/person/susan-rice") and str(p) == SCHEMA_NAME
    }
    assert names == {"Susan E. Rice"}


def test_an_article_for_machines_is_its_graph(server: Server) -> None:
    with server.client() as c:
        article = c.get("/queries/quotes", params={"format": "json"}).json()
        iri = article["results"]["bindings"][0]["article"]["value"]
        r = c.get(iri.removeprefix("https://kg.example"), headers={"Accept": "text/turtle"})
        size = c.get(
            "/sparql",
            params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": "application/json"},
        ).json()
    assert len(parse_rdf(r.content, "turtle")) == int(size["results"]["bindings"][0]["n"]["value"])


def test_search(server: Server) -> None:
    page = _html(server, "/search", q="rice")
    assert f'href="{RICE}"' in page
    with server.client() as c:
        found = c.get(
            "/search", params={"q": "united states"}, headers={"Accept": "application/json"}
        ).json()
        empty = c.get("/search", params={"q": "zzzz-nobody"}, headers={"Accept": "text/html"})
        blank = c.get("/search", params={"q": " "}, follow_redirects=False)
    assert {
        "iri": "https://kg.example/id/country/USA",
        "name": "United States",
        "kind": "country",
    } in found
    assert "No person, organization or country matches" in empty.text
    assert blank.status_code == 303


def test_void_describes_the_dataset(server: Server) -> None:
    with server.client() as c:
        r = c.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    graph = parse_rdf(r.content, "turtle")
    void = "http://rdfs.org/ns/void#"
    values = {str(p).removeprefix(void): str(o) for s, p, o in graph if str(s).endswith("#dataset")}
    # Named at the configured base (--base-iri), whatever Host the request gave.
    assert values["sparqlEndpoint"] == "https://kg.example/sparql"
    assert values["uriSpace"] == "https://kg.example/id/"
    figures = kg("stats", "--format", "json", store=server.store).stdout
    quads = re.search(r'"quads": (\d+)', figures)
    assert quads is not None and values["triples"] == quads.group(1)
    dumps = {str(o) for s, p, o in graph if str(p) == void + "dataDump"}
    assert "https://kg.example/dumps/kg.trig" in dumps


@pytest.mark.parametrize(("name", "fmt"), [("kg.nq", "nquads"), ("kg.trig", "trig")])
def test_dumps_hold_every_quad(server: Server, name: str, fmt: str) -> None:
    with server.client() as c:
        r = c.get(f"/dumps/{name}")
        count = c.get(
            "/sparql",
            params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "application/json"},
        ).json()
    assert r.status_code == 200
    assert r.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert count_quads(r.content, fmt) == int(count["results"]["bindings"][0]["n"]["value"])
