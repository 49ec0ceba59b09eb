"""Keyed pages (``#+ pages: keyed``): a page of votes-on-resolution is a page of its
groups' keys, cut inside its page query (sparql/pages/) at the ``#+ page`` line, and
only those keys' votes are grouped. Read one after another, the pages are the whole
answer, each row once, each page full but the last; the record's rows open the first
page. A parameter bound at a query's ``#+ values`` lines means what it means bound
once at the top.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.ingest.ingester import Ingester
from kg.reference.bootstrap import ensure_reference
from kg.reference.import_resolutions import import_resolutions
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.results import bind
from kg.store.sparql_text import binding_site, binding_sites
from kg.terms import IRI, Literal, Quad, Term
from kg.views.queries import get_query, page_text, parse_saved_query, run_saved
from tests.conftest_record import RECORD_DATA
from tests.support import Corpus
from tests.test_record_import import ARTICLE

Row = tuple[Term | None, ...]
NAME = "votes-on-resolution"


def _pages(store: KgStore, values: dict[str, str], size: int) -> list[list[Row]]:
    pages: list[list[Row]] = []
    while True:
        page = list(run_saved(store, NAME, values, limit=size, offset=size * len(pages)).rows)
        pages.append(page)
        if len(page) < size:
            return pages


def _check_pages(store: KgStore, values: dict[str, str], size: int) -> list[Row]:
    whole = list(run_saved(store, NAME, values).rows)
    pages = _pages(store, values, size)
    assert [len(page) for page in pages[:-1]] == [size] * (len(pages) - 1)
    assert len(pages[-1]) < size
    rows = [row for page in pages for row in page]
    assert Counter(rows) == Counter(whole)  # every row once, none missing or added
    place = {row: at for at, row in enumerate(whole)}
    for page in pages:  # each page in the query's order
        assert [place[row] for row in page] == sorted(place[row] for row in page)
    assert _pages(store, values, size) == pages  # the same pages on a second call
    return whole


@pytest.mark.parametrize("values", [{}, {"resolution": "A/RES/ES-11/7"}], ids=["all", "one"])
@pytest.mark.parametrize("size", [1, 3, 7])
def test_the_pages_are_the_whole_answer(corpus: Corpus, values: dict[str, str], size: int) -> None:
    whole = _check_pages(corpus.store, values, size)
    assert len(whole) > size


def test_the_record_opens_the_first_page(corpus: Corpus) -> None:
    values = {"resolution": "A/RES/ES-11/7"}
    whole = run_saved(corpus.store, NAME, values)
    source = whole.variables.index("source")
    record = [row for row in whole.rows if row[source] == Literal("record")]
    assert record, "the samples' store holds the record of A/RES/ES-11/7"
    first = run_saved(corpus.store, NAME, values, limit=len(record) + 1).rows
    assert list(first[: len(record)]) == record
    assert first[len(record)][source] == Literal("article")


@pytest.fixture
def linked(bundled_data: None, empty_store: KgStore) -> KgStore:
    """A claim read under a draft symbol, then the record linking it to its resolution."""
    ensure_reference(empty_store)
    Ingester(empty_store).ingest_text(ARTICLE, "tidal.txt")
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", empty_store)
    return empty_store


@pytest.mark.parametrize("given", ["A/RES/99/7", "A/99/L.40"])
def test_pages_follow_the_link_to_the_record(linked: KgStore, given: str) -> None:
    whole = _check_pages(linked, {"resolution": given}, 1)
    assert len(whole) == 3  # the article's three options, filed under the record


def test_a_keyed_page_is_cut_at_its_line_and_keeps_the_order() -> None:
    query = get_query(NAME)
    assert query.page_query is not None and not query.sorted_pages
    page = page_text(query, 51, 50)
    assert "#+ page\n" not in page
    keys, after = page.split("LIMIT 51\nOFFSET 50", 1)
    assert "SELECT DISTINCT" in keys.rsplit("{", 3)[0]
    assert after.rstrip().endswith("ORDER BY ?symbol DESC(?source) ?location ?option")
    assert page_text(query) == query.text  # the whole answer: the query itself


def _write_query(folder: Path, page: str | None) -> Path:
    path = folder / "q.rq"
    path.write_text(
        "#+ title: T\n#+ description: D\n#+ pages: keyed\nSELECT * WHERE { ?s ?p ?o }\n",
        encoding="utf-8",
    )
    if page is not None:
        (folder / "pages").mkdir()
        (folder / "pages" / "q.rq").write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "page", [None, "SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }\n#+ page\n#+ page"]
)
def test_keyed_pages_need_their_query_and_its_line(tmp_path: Path, page: str | None) -> None:
    with pytest.raises(QueryError, match="page"):
        parse_saved_query(_write_query(tmp_path, page))


def test_a_keyed_page_query_is_read(tmp_path: Path) -> None:
    query = parse_saved_query(_write_query(tmp_path, "SELECT * WHERE { ?s ?p ?o }\n  #+ page\n"))
    assert page_text(query, 2) == "SELECT * WHERE { ?s ?p ?o }\nLIMIT 2\n"
    assert page_text(query) == query.text


MARKED = """SELECT ?x ?y WHERE {
  { GRAPH ?g {
      #+ values ?x
      ?x <http://e/p> ?y } }
  UNION
  { GRAPH ?h {
      #+ values ?x
      ?y <http://e/q> ?x } }
}"""


def test_values_rows_go_where_the_query_marks_them() -> None:
    sites = binding_sites(MARKED, "x")
    assert len(sites) == 2
    assert all(MARKED[site:].lstrip().startswith(("?x <http", "?y <http")) for site in sites)
    assert binding_sites(MARKED, "y") == (binding_site(MARKED, "y"),)
    text, substitutions = bind(MARKED, {"x": IRI("http://e/a")})
    assert text.count("VALUES ?x") == 0 and text.count("VALUES (?x)") == 2
    assert not substitutions


def test_marked_rows_answer_as_one_row_at_the_top() -> None:
    store = Store(None)
    a, b, c = IRI("http://e/a"), IRI("http://e/b"), IRI("http://e/c")
    p, q, g = IRI("http://e/p"), IRI("http://e/q"), IRI("http://e/g")
    store.add_quads([Quad(a, p, b, g), Quad(c, p, b, g), Quad(b, q, a, g), Quad(b, q, c, g)])
    unmarked = MARKED.replace("#+ values ?x", "")
    top = unmarked.replace("WHERE {", "WHERE { VALUES ?x { <http://e/a> }", 1)
    expected = store.select(top).rows
    assert Counter(store.select(MARKED, {"x": a}).rows) == Counter(expected)
    assert len(expected) == 2
