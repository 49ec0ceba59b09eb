"""The command line through click's CliRunner: help, ingest, query, sparql, stats, errors.

Every failure is checked the way a user meets it: one line on stderr starting with
"kg: error:" (or "kg: skipped" for a bad input file), and the exit status.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest

from kg.cli.main import main
from kg.views.output import plain
from kg.views.queries import run_saved, saved_queries
from tests.backends import open_location
from tests.support import REPO, Corpus, RunKg, one_error_line, query_columns, sample_articles

COMMANDS = sorted(main.list_commands(click.Context(main)))


# --- help and documentation ------------------------------------------------------------


def test_the_issue_s_commands_exist() -> None:
    assert {"ingest", "queries", "query", "sparql", "actor", "export", "validate", "stats"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str, run_kg: RunKg) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None and command.help and command.help.strip()
    result = run_kg(name, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: main {name}") or f"kg {name}" in result.stdout
    assert "Example" in result.stdout, f"kg {name} --help should show an example"


def test_the_main_help_lists_every_command(run_kg: RunKg) -> None:
    result = run_kg("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name}" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_appears_in_the_readme(name: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"kg {name}" in readme


# --- ingest -------------------------------------------------------------------------------


def test_ingest_a_folder(run_kg: RunKg, kg_store: Path | str) -> None:
    result = run_kg("ingest", str(REPO / "data" / "articles"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "", "ingest reports on stderr; stdout stays for data"
    assert "2 files: 2 added;" in result.stderr
    store = open_location(kg_store)
    assert len([g for g in store.graphs() if "/id/article/" in g]) == 2


def test_ingest_files_then_again(run_kg: RunKg, kg_store: Path | str) -> None:
    paths = [str(a.path) for a in sample_articles()]
    first = run_kg("ingest", *paths)
    assert first.exit_code == 0 and "2 added" in first.stderr
    size = len(open_location(kg_store))
    again = run_kg("ingest", paths[1], paths[0])
    assert again.exit_code == 0 and "2 unchanged" in again.stderr
    assert "0 quads written" in again.stderr
    assert len(open_location(kg_store)) == size


def test_bad_files_are_reported_one_line_each_and_skipped(
    tmp_path: Path, run_kg: RunKg, kg_store: Path | str
) -> None:
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.txt": "R\xe9sum\xe9 in Latin-1, not UTF-8.".encode("latin-1"),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "missing.txt"
    good = sample_articles()[1].path
    args = [str(tmp_path / n) for n in bad] + [str(missing), str(good)]
    result = run_kg("ingest", *args)
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert len(skipped) == 4
    for path in [*(tmp_path / n for n in bad), missing]:
        assert sum(str(path) in line for line in skipped) == 1, path
    assert "1 added, 4 failed" in result.stderr
    assert "Traceback" not in result.stderr
    store = open_location(kg_store)
    assert len([g for g in store.graphs() if "/id/article/" in g]) == 1


def test_an_unreadable_file_is_reported_and_skipped(unreadable_file: Path, run_kg: RunKg) -> None:
    good = sample_articles()[1].path
    result = run_kg("ingest", str(unreadable_file), str(good))
    assert result.exit_code == 1
    [line] = [x for x in result.stderr.splitlines() if x.startswith("kg: skipped ")]
    assert str(unreadable_file) in line and "cannot read" in line
    assert "1 added, 1 failed" in result.stderr


def test_a_folder_without_articles_is_an_error(tmp_path: Path, run_kg: RunKg) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = run_kg("ingest", str(tmp_path))
    assert result.exit_code == 1
    assert one_error_line(result).startswith("kg: error: no article files")


# --- queries and query ----------------------------------------------------------------------


def test_queries_lists_every_saved_query(corpus_kg: RunKg) -> None:
    result = corpus_kg("queries")
    assert result.exit_code == 0
    for name, query in saved_queries().items():
        assert f"{name}\n  {query.title}" in result.stdout
        for p in query.params:
            assert f"-p {p.name}=" in result.stdout


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_query_json_is_the_contract(name: str, corpus: Corpus, corpus_kg: RunKg) -> None:
    query = saved_queries()[name]
    params = _params(name, corpus)
    result = corpus_kg(
        "query", name, "--format", "json", *[f"-p{k}={v}" for k, v in params.items()]
    )
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    expected = run_saved(corpus.on_disk(), name, params)
    assert isinstance(rows, list) and len(rows) == len(expected.rows)
    for row, terms in zip(rows, expected.dicts(), strict=True):
        assert list(row) == list(query_columns(query))
        assert row == {k: plain(v) for k, v in terms.items()}
        assert all(v is None or isinstance(v, str) for v in row.values())


def _params(name: str, corpus: Corpus) -> dict[str, str]:
    return {
        "actors-in-article": {"article": corpus.article("004_7f33e2db56b191e3").graph},
        "quotes-by-actor": {"actor": "Rice"},
        "countries-voting-with": {"country": "USA", "resolution": "A/RES/ES-11/7"},
        "alignment": {"country": "USA", "resolution": "A/RES/ES-11/7"},
    }.get(name, {})


def test_query_json_has_nulls_for_unbound(corpus_kg: RunKg) -> None:
    rows = json.loads(corpus_kg("query", "persons", "--format", "json").stdout)
    assert any(r["party"] is None for r in rows) and any(r["party"] for r in rows)


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_query_csv_and_tsv(fmt: str, delimiter: str, corpus: Corpus, corpus_kg: RunKg) -> None:
    result = corpus_kg("query", "quotes", "--format", fmt)
    assert result.exit_code == 0
    table = list(csv.reader(io.StringIO(result.stdout), delimiter=delimiter))
    expected = run_saved(corpus.on_disk(), "quotes")
    assert table[0] == list(expected.variables)
    assert len(table) == 1 + len(expected.rows)
    assert [row[1] for row in table[1:]] == [r[1].value for r in expected.rows]  # type: ignore[union-attr]


def test_query_table(corpus_kg: RunKg) -> None:
    result = corpus_kg("query", "stances")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["actor", "stance", "target", "article", "voter", "resolution"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(5 rows)"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["query", "who-criticised-the-vote"], "no saved query named 'who-criticised-the-vote'"),
        (["query", "quotes-by-actor"], "needs -p actor=VALUE"),
        (["query", "persons", "-p", "colour=blue"], "has no parameter 'colour'"),
        (
            [
                "query",
                "countries-voting-with",
                "-p",
                "country=Atlantis",
                "-p",
                "resolution=A/RES/ES-11/7",
            ],
            "unknown country 'Atlantis'",
        ),
        (
            ["query", "quotes-by-actor", "-p", "actor=Nobody Atall"],
            "no actor matches 'Nobody Atall'",
        ),
        (["query", "actors-in-article", "-p", "article=not an iri"], "must be an absolute IRI"),
        (["query", "quotes-by-actor", "-p", "actor=e"], "matches several actors"),
    ],
)
def test_query_errors_are_one_clear_line(args: list[str], words: str, corpus_kg: RunKg) -> None:
    result = corpus_kg(*args)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert line.startswith("kg: error: ") and words in line
    assert result.stdout == ""


def test_a_parameter_without_a_value_is_a_usage_error(corpus_kg: RunKg) -> None:
    result = corpus_kg("query", "persons", "-p", "colour")
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.stderr


# --- sparql ---------------------------------------------------------------------------------

COUNT_QUOTES = (
    "SELECT (COUNT(?q) AS ?n) WHERE { GRAPH ?g { ?q a <https://kg.example/ontology#Quote> } }"
)


def test_sparql_text(corpus: Corpus, corpus_kg: RunKg) -> None:
    result = corpus_kg("sparql", COUNT_QUOTES, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"n": str(len(run_saved(corpus.store, "quotes").rows))}]


def test_sparql_from_stdin(corpus_kg: RunKg) -> None:
    result = corpus_kg("sparql", "-", "--format", "csv", input=COUNT_QUOTES + "\n")
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "n"
    ask = corpus_kg(
        "sparql", "-", input="ASK { GRAPH ?g { ?s a <https://kg.example/ontology#Stance> } }"
    )
    assert ask.exit_code == 0 and ask.stdout == "true\n"


def test_sparql_construct_answers_turtle(corpus_kg: RunKg) -> None:
    result = corpus_kg(
        "sparql",
        "CONSTRUCT { ?s a <https://kg.example/ontology#Stance> } "
        "WHERE { GRAPH ?g { ?s a <https://kg.example/ontology#Stance> } }",
    )
    assert result.exit_code == 0
    assert result.stdout.count("<https://kg.example/ontology#Stance>") == 5


def test_sparql_syntax_error(corpus_kg: RunKg) -> None:
    result = corpus_kg("sparql", "SELECT * WHERE { ?s ?p")
    assert result.exit_code == 1
    assert one_error_line(result).startswith("kg: error: invalid SPARQL: ")


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
        "PREFIX kg: <https://kg.example/ontology#>\n"
        "INSERT DATA { GRAPH <urn:x> { <urn:a> kg:text 'x' } }",
    ],
)
def test_sparql_refuses_updates(update: str, corpus: Corpus, corpus_kg: RunKg) -> None:
    before = len(corpus.store)
    result = corpus_kg("sparql", update)
    assert result.exit_code == 1
    assert "are refused" in one_error_line(result)
    stdin = corpus_kg("sparql", "-", input=update)
    assert stdin.exit_code == 1
    assert len(corpus.on_disk()) == before


# --- stats -------------------------------------------------------------------------------------


def test_stats(corpus: Corpus, corpus_kg: RunKg) -> None:
    result = corpus_kg("stats", "--format", "json")
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["store"] == str(corpus.path)
    assert figures["quads"] == len(corpus.store)
    # two articles, the reference, ontology and summary graphs
    assert figures["graphs"] == 5 and figures["articles"] == 2
    for key, query in [("quotes", "quotes"), ("stances", "stances"), ("tallies", "tallies")]:
        assert figures[key] == len(run_saved(corpus.store, query).rows), key
    table = corpus_kg("stats")
    assert table.exit_code == 0
    assert any(line.split() == ["articles", "2"] for line in table.stdout.splitlines())


def test_stats_of_an_empty_store(run_kg: RunKg, kg_store: Path | str) -> None:
    open_location(kg_store, write=True).close()  # a writer creates the store
    result = run_kg("stats", "--format", "json")
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["articles"] == 0 and figures["quotes"] == 0


@pytest.mark.parametrize("command", [["stats"], ["query", "quotes"], ["sparql", "ASK {}"]])
def test_a_read_command_never_creates_a_store(
    run_kg: RunKg, tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "kg-stroe"
    result = run_kg(*command, store=typo)
    assert result.exit_code == 1
    assert f"no store at {typo} (nothing there): kg ingest creates one" in result.stderr
    assert not typo.exists()
    typo.mkdir()
    assert "(an empty folder there)" in run_kg(*command, store=typo).stderr


def test_a_repeated_query_parameter_is_an_error(corpus_kg: RunKg) -> None:
    result = corpus_kg("query", "quotes-by-actor", "-p", "actor=Rice", "-p", "actor=Nebenzia")
    assert result.exit_code == 2
    assert "actor is given twice" in result.stderr


@pytest.mark.parametrize(
    ("param", "words"),
    [
        ("verdict=perhaps", "must be one of agrees, contradicts, no record"),
        ("resolution=A/RES/12/345", "no resolution 'A/RES/12/345'"),
    ],
)
def test_an_unknown_verdict_or_resolution_is_an_error(
    corpus_kg: RunKg, param: str, words: str
) -> None:
    result = corpus_kg("query", "claims-vs-record", "-p", param)
    assert result.exit_code == 1
    assert words in result.stderr
