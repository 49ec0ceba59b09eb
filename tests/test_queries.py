"""Saved queries: golden answers over the sample articles, headers, parameters, binding.

Every ``sparql/*.rq`` has a golden answer in ``tests/golden/queries/<name>.json``,
compared as a multiset of rows unless the query's header says ``#+ order: fixed``.
Cells are written in N-Triples form (``<iri>``, ``"text"``, ``"5"^^<…#integer>``) so a
changed datatype or a literal turned IRI shows up. Parameters are bound as RDF terms:
the tests check that a bound value filters exactly the rows it names and that no
value, however hostile, changes the query.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from kg.errors import ParameterError, QueryError
from kg.store.results import SelectResult
from kg.terms import IRI, Literal, Term, term_nt
from kg.views.queries import (
    SavedQuery,
    bind_parameters,
    parse_saved_query,
    run_saved,
    saved_queries,
)
from tests.support import GOLDEN, Corpus, Golden, RunKg, one_error_line, query_columns

QUERIES = saved_queries()
NAMES = sorted(QUERIES)
SMALL_ARTICLE = "004_7f33e2db56b191e3"

HOSTILE = [
    "'} ; DROP ALL ; #",
    '"} ; DROP ALL ; #',
    '""" } DELETE WHERE { ?s ?p ?o } #',
    "<> <http://example.org/p> <http://example.org/o>",
    "<https://kg.example/id/country/USA>",
    "line one\nline two\r\n} ;",
    "?actor",
    "\\u0022 ) } UNION { ?s ?p ?o",
    "",
]


def sample_values(corpus: Corpus) -> dict[str, str]:
    """A value of each parameter type that names something in the sample articles."""
    return {
        "country": "USA",
        "resolution": "A/RES/ES-11/7",
        "actor": "Rice",
        "iri": corpus.article(SMALL_ARTICLE).graph,
        "integer": "1",
        "string": "x",
        "group": "G7",
        "countries": "GBR,FRA",
    }


# Values for parameters whose type alone does not say what names something in the samples.
# The small sample article puts Iran beside the United States in voting no; the record has
# Iran abstaining, so this is a claim the record contradicts.
PARAM_SAMPLES = {
    ("claims-vs-record", "country"): "IRN",
    ("claims-vs-record", "verdict"): "contradicts",
}
# Parameters that change what a query computes instead of filtering its rows: who counts as an
# ally in `alignment`. The filter check below does not apply to them.
NOT_FILTERS = {"group", "countries"}


def required_params(query: SavedQuery, corpus: Corpus) -> dict[str, str]:
    values = sample_values(corpus)
    return {p.name: values[p.type] for p in query.params if p.required}


def cells(result: SelectResult) -> list[tuple[str | None, ...]]:
    return [tuple(None if t is None else term_nt(t) for t in row) for row in result.rows]


def show(variables: Sequence[str], row: Sequence[object]) -> str:
    return "  " + ", ".join(f"{v}={c}" for v, c in zip(variables, row, strict=True))


def diff_rows(
    variables: list[str],
    expected: Sequence[Sequence[Any]],
    actual: Sequence[Sequence[Any]],
    ordered: bool,
) -> str:
    """A readable difference between two answers, as a multiset or as a sequence."""
    if ordered:
        exp = [json.dumps(r, ensure_ascii=False) for r in expected]
        act = [json.dumps(r, ensure_ascii=False) for r in actual]
        return "\n".join(difflib.unified_diff(exp, act, "golden", "actual", lineterm=""))
    want = Counter(tuple(r) for r in expected)
    got = Counter(tuple(r) for r in actual)
    lines = [f"variables: {', '.join(variables)}"]
    missing = sorted((want - got).elements(), key=str)
    extra = sorted((got - want).elements(), key=str)
    if missing:
        lines += ["rows in the golden answer but not in the result:"]
        lines += [show(variables, r) for r in missing]
    if extra:
        lines += ["rows in the result but not in the golden answer:"]
        lines += [show(variables, r) for r in extra]
    return "\n".join(lines)


# --- golden answers ----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_saved_query_matches_its_golden_answer(name: str, corpus: Corpus, golden: Golden) -> None:
    query = QUERIES[name]
    params = required_params(query, corpus)
    result = run_saved(corpus.store, name, params)
    rows = [list(r) for r in cells(result)]
    if not query.ordered:
        rows.sort(key=lambda r: json.dumps(r, ensure_ascii=False))
    actual = {
        "query": name,
        "params": params,
        "ordered": query.ordered,
        "variables": list(result.variables),
        "rows": rows,
    }
    expected = golden.json(GOLDEN / "queries" / f"{name}.json", actual)
    assert isinstance(expected, dict)
    assert expected["params"] == params, "the golden answer was made with other parameters"
    assert expected["variables"] == list(result.variables)
    if query.ordered:
        same = expected["rows"] == rows
    else:
        same = Counter(map(tuple, expected["rows"])) == Counter(map(tuple, rows))
    assert same, f"{name} differs from its golden answer:\n" + diff_rows(
        expected["variables"], expected["rows"], rows, query.ordered
    )


def test_every_saved_query_has_a_golden_answer_and_no_golden_answer_is_orphaned() -> None:
    files = {p.stem for p in (GOLDEN / "queries").glob("*.json")}
    assert sorted(files) == NAMES


def test_golden_answers_are_not_empty() -> None:
    """A golden answer with no rows tests nothing: each query answers something on the samples."""
    empty = [
        p.stem
        for p in sorted((GOLDEN / "queries").glob("*.json"))
        if not json.loads(p.read_text(encoding="utf-8"))["rows"]
    ]
    assert empty == []


# --- headers and parameters ----------------------------------------------------------


def test_there_are_saved_queries() -> None:
    contract = {"persons", "countries", "quotes", "stances", "vote-claims", "tallies"}
    issue = {
        "who-criticized-the-vote",
        "who-supported-the-vote",
        "quotes-by-actor",
        "votes-on-resolution",
        "countries-voting-with",
        "actors-in-article",
    }
    assert contract | issue <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_header_has_title_description_and_well_formed_parameters(name: str) -> None:
    query = QUERIES[name]
    assert query.title.strip() and query.description.strip()
    assert query.description.rstrip().endswith("."), "end the description with a full stop"
    for p in query.params:
        assert p.description.strip(), f"parameter {p.name} needs a description"
    assert len({p.name for p in query.params}) == len(query.params)


@pytest.mark.parametrize("name", NAMES)
def test_every_parameter_is_a_projected_variable(name: str) -> None:
    query = QUERIES[name]
    projected = query_columns(query)
    for p in query.params:
        assert p.name in projected, f"{name}: parameter {p.name} is not in SELECT {projected}"


@pytest.mark.parametrize(
    "name", ["persons", "countries", "quotes", "stances", "vote-claims", "tallies"]
)
def test_contract_queries_answer_with_their_contract_columns(name: str) -> None:
    contract = {
        "persons": ("name", "role", "party", "country"),
        "countries": ("iso3", "name"),
        "quotes": ("speaker", "text", "article"),
        "stances": ("actor", "stance", "target", "article"),
        "vote-claims": ("country", "option", "resolution", "article"),
        "tallies": ("resolution", "yes", "no", "abstain", "article"),
    }[name]
    assert query_columns(QUERIES[name])[: len(contract)] == contract


def _optional_cases() -> list[tuple[str, tuple[str, ...]]]:
    cases: list[tuple[str, tuple[str, ...]]] = []
    for name in NAMES:
        optional = tuple(
            p.name for p in QUERIES[name].params if not p.required and p.type not in NOT_FILTERS
        )
        cases += [(name, (p,)) for p in optional]
        if len(optional) > 1:
            cases.append((name, optional))
    return cases


@pytest.mark.parametrize(
    ("name", "given"), _optional_cases(), ids=[f"{n}-{'+'.join(g)}" for n, g in _optional_cases()]
)
def test_optional_parameter_filters_exactly_the_rows_it_names(
    name: str, given: tuple[str, ...], corpus: Corpus
) -> None:
    """With an optional parameter, the answer is the rows of the unfiltered answer that
    carry that value: no row dropped, none added, none relabelled."""
    query = QUERIES[name]
    base = required_params(query, corpus)
    values = sample_values(corpus)
    extra = {p: PARAM_SAMPLES.get((name, p)) or values[query.param(p).type] for p in given}
    unfiltered = run_saved(corpus.store, name, base)
    filtered = run_saved(corpus.store, name, {**base, **extra})
    bound = bind_parameters(corpus.store, query, extra)
    index = {v: i for i, v in enumerate(unfiltered.variables)}
    expected = [
        row for row in unfiltered.rows if all(row[index[p]] == term for p, term in bound.items())
    ]
    assert expected, f"the sample values {extra} should name something in the samples"
    assert Counter(filtered.rows) == Counter(expected), diff_rows(
        list(filtered.variables),
        [list(r) for r in expected],
        [list(r) for r in filtered.rows],
        ordered=False,
    )


@pytest.mark.parametrize("name", [n for n in NAMES if any(p.required for p in QUERIES[n].params)])
def test_missing_required_parameter_is_a_parameter_error(name: str, corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match="needs -p"):
        run_saved(corpus.store, name, {})


def test_unknown_parameter_is_a_parameter_error(corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match="no parameter 'colour'"):
        run_saved(corpus.store, "persons", {"colour": "blue"})


def test_malformed_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("#+ title: Only a title\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="description"):
        parse_saved_query(path)
    path.write_text(
        "#+ title: T\n#+ description: D.\n#+ param: x colour required  X.\n"
        "SELECT ?x WHERE { ?x ?p ?o }\n",
        encoding="utf-8",
    )
    with pytest.raises(QueryError, match="malformed parameter"):
        parse_saved_query(path)


# --- binding: values are terms, never query text ----------------------------------------


ECHO = """#+ title: Echo
#+ description: Its parameter back, and the quotes whose text it is.
#+ param: text string required  Any text.
PREFIX kg: <https://kg.example/ontology#>
SELECT ?text ?quote WHERE { OPTIONAL { GRAPH ?g { ?quote kg:text ?text } } }
"""


@pytest.fixture(scope="module")
def echo(tmp_path_factory: pytest.TempPathFactory) -> SavedQuery:
    path = tmp_path_factory.mktemp("queries") / "echo.rq"
    path.write_text(ECHO, encoding="utf-8")
    return parse_saved_query(path)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_string_parameter_comes_back_as_the_same_literal(
    value: str, echo: SavedQuery, corpus: Corpus
) -> None:
    before = len(corpus.store)
    bindings = bind_parameters(corpus.store, echo, {"text": value})
    assert bindings == {"text": Literal(value)}
    result = corpus.store.select(echo.text, bindings)
    assert [row[0] for row in result.rows] == [Literal(value)]
    assert result.rows[0][1] is None, "no quote has this text"
    assert len(corpus.store) == before


def test_a_string_parameter_matches_a_real_value(echo: SavedQuery, corpus: Corpus) -> None:
    text = next(row[1] for row in run_saved(corpus.store, "quotes").rows)
    assert isinstance(text, Literal)
    bindings = bind_parameters(corpus.store, echo, {"text": text.value})
    result = corpus.store.select(echo.text, bindings)
    assert result.rows and all(isinstance(row[1], IRI) for row in result.rows)


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("quotes-by-actor", "actor"),
        ("votes-on-resolution", "resolution"),
        ("who-criticized-the-vote", "voter"),
        ("actors-in-article", "article"),
    ],
)
def test_hostile_values_are_refused_or_bound_as_one_term(
    name: str, param: str, value: str, corpus: Corpus
) -> None:
    query = QUERIES[name]
    params = {**required_params(query, corpus), param: value}
    before = len(corpus.store)
    try:
        bindings = bind_parameters(corpus.store, query, params)
    except ParameterError as exc:
        assert "\n" not in str(exc), "an error message is one line"
    else:
        term: Term = bindings[param]
        result = corpus.store.select(query.text, bindings)
        column = result.variables.index(param)
        assert all(row[column] == term for row in result.rows)
        if isinstance(term, IRI):
            assert not any(c in term.value for c in ' <>"{}|\\^`\n'), term
    assert len(corpus.store) == before


@pytest.mark.parametrize("value", ["not an iri", "http://a b", "<http://x>", "http://x>}", ""])
def test_iri_parameter_must_be_an_absolute_iri(value: str, corpus: Corpus) -> None:
    with pytest.raises(ParameterError, match="absolute IRI"):
        bind_parameters(corpus.store, QUERIES["actors-in-article"], {"article": value})


@pytest.mark.parametrize("value", HOSTILE)
def test_cli_reports_a_hostile_value_on_one_line_and_leaves_the_store_alone(
    value: str, corpus: Corpus, corpus_kg: RunKg
) -> None:
    before = len(corpus.store)
    result = corpus_kg("query", "quotes-by-actor", "-p", f"actor={value}", "--format", "json")
    if result.exit_code == 0:
        assert json.loads(result.stdout) == []
    else:
        assert result.exit_code == 1
        assert one_error_line(result).startswith("kg: error: ")
    assert len(corpus.on_disk()) == before
