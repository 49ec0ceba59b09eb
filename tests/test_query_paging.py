"""Saved queries are paged: --limit and --offset, a first page for a table.

A page comes in the store's order (the query's ORDER BY left out, so the store stops
after the page): the same rows on every call while the store is unchanged, and the
pages of an answer are the whole answer, each row once. A query marked
``#+ pages: sorted`` keeps its order on every page.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.errors import InputError
from kg.store.sparql_text import without_final_order
from kg.terms import Term
from kg.views.queries import get_query, page_text, paging, run_saved, saved_queries
from tests.support import Corpus, RunKg
from tests.test_queries import PARAM_SAMPLES, sample_values

Row = tuple[Term | None, ...]


def _values(name: str, corpus: Corpus) -> dict[str, str]:
    """Every parameter of a query given (the narrowest page a user asks for)."""
    values = sample_values(corpus)
    given = {"verdict": "contradicts"}
    return {
        p.name: PARAM_SAMPLES.get((name, p.name), given.get(p.name, values.get(p.type, "")))
        for p in get_query(name).params
        if p.type in values or p.name in given
    }


def _pages(corpus: Corpus, name: str, values: dict[str, str], size: int) -> list[list[Row]]:
    pages: list[list[Row]] = []
    while True:
        at = size * len(pages)
        page = list(run_saved(corpus.store, name, values, limit=size, offset=at).rows)
        assert len(page) <= size
        pages.append(page)
        if len(page) < size:
            return pages


@pytest.mark.parametrize("name", sorted(saved_queries()))
@pytest.mark.parametrize("with_params", [False, True], ids=["required", "all"])
def test_the_pages_of_every_saved_query_are_its_whole_answer(
    corpus: Corpus, name: str, *, with_params: bool
) -> None:
    query = get_query(name)
    values = _values(name, corpus)
    if not with_params:
        values = {k: v for k, v in values.items() if query.param(k).required}
    whole = list(run_saved(corpus.store, name, values).rows)
    assert whole or with_params, f"{name} answers nothing on the samples"
    size = max(1, len(whole) // 3)
    pages = _pages(corpus, name, values, size)
    rows = [row for page in pages for row in page]
    assert Counter(rows) == Counter(whole)  # every row once, none missing or added
    assert _pages(corpus, name, values, size) == pages  # the same pages on a second call
    if query.sorted_pages:
        assert rows == whole


def test_a_page_leaves_out_the_outer_order_only() -> None:
    text = (
        'SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p "ORDER BY" } ORDER BY ?x } }\n'
        "# ORDER BY in a comment\nORDER BY DESC(?x) ?y\n"
    )
    page = without_final_order(text)
    assert page.count("ORDER BY") == 3  # the sub-select's, the string's and the comment's
    assert "DESC" not in page
    assert without_final_order(text + "LIMIT 3") == page + "LIMIT 3"
    assert without_final_order("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"


def test_the_whole_answer_keeps_the_query_order() -> None:
    query = get_query("vote-claims")
    assert page_text(query) == query.text
    assert "ORDER BY" not in page_text(query, 5).split("WHERE")[-1].split("}")[-1]
    sorted_page = page_text(get_query("actors-in-article"), 5)
    assert "ORDER BY ?kind DESC(?mentions) ?name" in sorted_page
    assert sorted_page.endswith("\nLIMIT 5")


def _rows(run: RunKg, *args: str) -> list[dict[str, str | None]]:
    result = run("query", "vote-claims", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, str | None]] = json.loads(result.stdout)
    return rows


def test_pages_on_the_command_line_are_the_whole_answer(corpus_kg: RunKg) -> None:
    whole = _rows(corpus_kg)
    assert len(whole) > 6
    pages = [
        _rows(corpus_kg, "--limit", "4", "--offset", str(at)) for at in range(0, len(whole), 4)
    ]
    rows = [json.dumps(row, sort_keys=True) for page in pages for row in page]
    assert Counter(rows) == Counter(json.dumps(row, sort_keys=True) for row in whole)
    assert _rows(corpus_kg, "--offset", str(len(whole))) == []


def test_a_table_shows_a_first_page_and_says_what_follows(corpus_kg: RunKg) -> None:
    whole = _rows(corpus_kg)
    result = corpus_kg("query", "vote-claims", "--limit", "5")
    assert result.exit_code == 0, result.stderr
    assert "(5 rows)" in result.stdout
    assert "rows 1-5 of more than 5 shown" in result.stdout
    assert "more follow: --offset 5" in result.stdout
    last = corpus_kg("query", "vote-claims", "--limit", "5", "--offset", str(len(whole) - 2))
    assert "(2 rows)" in last.stdout
    assert "more follow" not in last.stdout


def test_only_a_table_is_paged_by_default(
    corpus_kg: RunKg, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _rows(corpus_kg)
    monkeypatch.setattr("kg.cli.query.TABLE_PAGE", 3)
    table = corpus_kg("query", "vote-claims")
    assert "(3 rows)" in table.stdout
    assert "more follow: --offset 3" in table.stdout
    assert len(_rows(corpus_kg)) == len(whole)  # JSON stays complete
    csv = corpus_kg("query", "vote-claims", "--format", "csv")
    assert len(csv.stdout.splitlines()) == len(whole) + 1


@pytest.mark.parametrize(
    ("limit", "offset", "clause"),
    [(None, 0, ""), (3, 0, "\nLIMIT 3"), (None, 7, "\nOFFSET 7"), (2, 4, "\nLIMIT 2\nOFFSET 4")],
)
def test_paging_clause(limit: int | None, offset: int, clause: str) -> None:
    assert paging(limit, offset) == clause


def test_paging_refuses_negative_counts() -> None:
    with pytest.raises(InputError):
        paging(-1, 0)


def test_a_negative_offset_is_a_usage_error(corpus_kg: RunKg) -> None:
    assert corpus_kg("query", "vote-claims", "--offset", "-1").exit_code == 2
