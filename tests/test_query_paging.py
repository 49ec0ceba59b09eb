"""kg query pages its answers: --limit and --offset, a first page for a table."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.views.queries import paging
from tests.support import RunKg


def _rows(run: RunKg, *args: str) -> list[dict[str, str | None]]:
    result = run("query", "vote-claims", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, str | None]] = json.loads(result.stdout)
    return rows


def test_pages_follow_the_whole_answer_in_order(corpus_kg: RunKg) -> None:
    whole = _rows(corpus_kg)
    assert len(whole) > 6
    pages = [
        _rows(corpus_kg, "--limit", "4", "--offset", str(at)) for at in range(0, len(whole), 4)
    ]
    assert [row for page in pages for row in page] == whole
    assert _rows(corpus_kg, "--offset", str(len(whole))) == []


def test_a_table_shows_a_first_page_and_says_what_follows(corpus_kg: RunKg) -> None:
    whole = _rows(corpus_kg)
    result = corpus_kg("query", "vote-claims", "--limit", "5")
    assert result.exit_code == 0, result.stderr
    assert "(5 rows)" in result.stdout
    assert "rows 1-5 shown; more follow: --offset 5" in result.stdout
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
