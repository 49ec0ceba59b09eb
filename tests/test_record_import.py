"""kg reference import-votes: validation, merging, reloading, idempotence.

The voting records used here are fictional (resolutions A/RES/99/1 and S/RES/9999
(2099)), except where a test says it restates a vote of data/reference.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import iri
from kg.backend import KgStore
from kg.bootstrap import ensure_reference
from kg.cli import main
from kg.errors import InputError, VoteImportError
from kg.imported import read_stored
from kg.reference import load_reference
from kg.terms import IRI
from kg.vote_import import import_votes
from tests.conftest_record import RECORD_DATA, rows_of

RECORDED = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?resolution ?iso ?option ?confidence ?source WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?v a kg:RecordedVote ; kg:onResolution ?resolution ; kg:voter/kg:iso3 ?iso ; kg:option ?o ;
       kg:confidence ?confidence ; kg:recordSource ?source .
  }
  ?o rdfs:label ?label . BIND(STR(?label) AS ?option)
} ORDER BY ?iso
"""
TALLY = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?resolution ?body ?date ?draft ?title ?yes ?no ?abstain ?nonVoting ?note WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?resolution kg:body ?body ; kg:date ?date ; kg:voteEvent/kg:tally ?t .
    ?t kg:yesCount ?yes ; kg:noCount ?no ; kg:abstainCount ?abstain ; kg:nonVotingCount ?nonVoting .
    OPTIONAL { ?resolution kg:draftSymbol ?draft } OPTIONAL { ?resolution dcterms:title ?title }
    OPTIONAL { ?t kg:sourceNote ?note }
  }
}
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _recorded(store: KgStore, symbol: str) -> list[dict[str, Any]]:
    return rows_of(store.select(RECORDED, {"resolution": IRI(iri.resolution_iri(symbol))}))


def _tally(store: KgStore, symbol: str) -> list[dict[str, Any]]:
    return rows_of(store.select(TALLY, {"resolution": IRI(iri.resolution_iri(symbol))}))


def test_simple_form_adds_votes_and_reimport_changes_nothing(
    record_data: Path, record_golden: Callable[[str, Any], None], empty_store: KgStore
) -> None:
    store = empty_store
    ensure_reference(store)
    before = len(store)
    report = import_votes(RECORD_DATA / "fictional_votes.csv")
    assert (report.rows, report.added, report.changed, report.unchanged) == (6, 6, 0, 0)
    assert report.created == ["A/RES/99/1"] and report.written
    assert ensure_reference(store) is True
    after = len(store)
    assert after > before
    record_golden("import_simple_votes", _recorded(store, "A/RES/99/1"))
    record_golden("import_simple_tally", _tally(store, "A/RES/99/1"))

    stored = (record_data / "imported_votes.csv").read_bytes()
    again = import_votes(RECORD_DATA / "fictional_votes.csv")
    assert (again.added, again.changed, again.unchanged, again.written) == (0, 0, 6, False)
    assert (record_data / "imported_votes.csv").read_bytes() == stored
    assert ensure_reference(store) is False
    assert len(store) == after


def test_un_digital_library_export(
    record_data: Path, record_golden: Callable[[str, Any], None], empty_store: KgStore
) -> None:
    report = import_votes(RECORD_DATA / "fictional_undl_export.csv")
    assert report.created == ["S/RES/9999 (2099)"]
    assert report.warnings == []
    store = empty_store
    ensure_reference(store)
    votes = _recorded(store, "S/RES/9999 (2099)")
    assert {v["source"] for v in votes} == {"https://digitallibrary.un.org/record/999001"}
    record_golden("import_undl_votes", votes)
    tally = _tally(store, "S/RES/9999 (2099)")
    assert tally[0]["note"] is None  # the export's totals are the official tally
    record_golden("import_undl_tally", tally)


def test_bad_rows_are_each_named_and_nothing_is_written(
    record_data: Path, record_golden: Callable[[str, Any], None]
) -> None:
    with pytest.raises(VoteImportError) as caught:
        import_votes(RECORD_DATA / "bad_votes.csv")
    errors = [e.replace(str(RECORD_DATA) + "/", "") for e in caught.value.errors]
    assert all(e.startswith("bad_votes.csv line ") for e in errors)
    record_golden("import_bad_rows", errors)
    assert not (record_data / "imported_votes.csv").exists()


def test_a_bad_row_leaves_earlier_imports_alone(record_data: Path, tmp_path: Path) -> None:
    import_votes(RECORD_DATA / "fictional_votes.csv")
    stored = (record_data / "imported_votes.csv").read_bytes()
    bad = _write(
        tmp_path / "bad.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/99/1,2099-03-01,CAN,Y\nA/RES/99/1,2099-03-01,Mordor,N\n",
    )
    with pytest.raises(VoteImportError, match=r"bad.csv line 3: unknown country 'Mordor'"):
        import_votes(bad)
    assert (record_data / "imported_votes.csv").read_bytes() == stored


def test_a_later_import_changes_a_vote(record_data: Path, tmp_path: Path) -> None:
    import_votes(RECORD_DATA / "fictional_votes.csv")
    change = _write(
        tmp_path / "change.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/99/1,2099-03-01,United States,N\nA/RES/99/1,2099-03-01,CAN,A\n",
    )
    report = import_votes(change, source="a correction")
    assert (report.added, report.changed, report.unchanged) == (1, 1, 0)
    rows = {r.country: r for r in read_stored(record_data / "imported_votes.csv")}
    assert (rows["USA"].vote, rows["USA"].source) == ("no", "a correction")
    assert rows["IRN"].vote == "abstain"  # untouched
    assert len(rows) == 7


def test_an_imported_vote_replaces_the_bundled_one(record_data: Path, tmp_path: Path) -> None:
    # A hypothetical correction, not a fact: the bundled record has the US voting no.
    correction = _write(
        tmp_path / "hypothetical.csv", "resolution,country,vote\nA/ES-11/L.10,USA,A\n"
    )
    report = import_votes(correction, confidence="low")
    assert report.replaced_bundled == 1
    assert report.created == []  # the draft symbol names a known resolution
    votes = [
        v
        for v in load_reference(record_data).votes
        if v.resolution == "A/RES/ES-11/7" and v.country == "USA"
    ]
    assert [(v.option, v.confidence) for v in votes] == [("abstain", "low")]


def test_restating_the_record_replaces_nothing(record_data: Path, tmp_path: Path) -> None:
    # These three rows restate votes of data/reference/un_votes.csv.
    same = _write(
        tmp_path / "same.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/ES-11/7,2025-02-24,USA,N\nA/RES/ES-11/7,2025-02-24,IRN,A\n"
        "A/RES/ES-11/7,2025-02-24,FRA,Y\n",
    )
    report = import_votes(same)
    assert (report.added, report.replaced_bundled, report.warnings) == (3, 0, [])


def test_only_some_resolutions(record_data: Path) -> None:
    both = RECORD_DATA / "fictional_votes.csv"
    with pytest.raises(InputError, match="no votes to import for the resolutions given"):
        import_votes(both, only=("A/RES/98/1",))
    report = import_votes(both, only=("a/res/99/1",))
    assert report.rows == 6 and report.skipped == 0


def test_dry_run_writes_nothing(record_data: Path) -> None:
    report = import_votes(RECORD_DATA / "fictional_votes.csv", dry_run=True)
    assert report.added == 6 and not report.written
    assert not (record_data / "imported_votes.csv").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("Resolution,Date,Country\nA/RES/99/1,2099-03-01,USA\n", "no column for the vote"),
        ("Resolution,Date,Vote\nA/RES/99/1,2099-03-01,Y\n", "no column for the country"),
        ("Date,Country,Vote\n2099-03-01,USA,Y\n", "no column for the resolution symbol"),
        ("Resolution,Date,Country,Vote\n", "no votes to import"),
    ],
    ids=["empty", "no-vote", "no-country", "no-resolution", "no-rows"],
)
def test_unusable_files(record_data: Path, tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_votes(_write(tmp_path / "votes.csv", text))


def test_not_utf8(record_data: Path, tmp_path: Path) -> None:
    path = tmp_path / "votes.csv"
    path.write_bytes(b"Resolution,Date,Country,Vote\nA/RES/99/1,2099-03-01,C\xf4te,Y\n")
    with pytest.raises(InputError, match="not UTF-8"):
        import_votes(path)


def test_tab_separated_with_a_byte_order_mark(record_data: Path, tmp_path: Path) -> None:
    path = tmp_path / "votes.tsv"
    path.write_bytes(
        "\ufeffResolution\tDate\tCountry\tVote\nA/RES/99/1\t2099-03-01\tUSA\tY\n".encode()
    )
    assert import_votes(path).added == 1


# --- the command line ------------------------------------------------------------------


def test_cli_import_and_reimport(record_data: Path, kg_store: Path | str) -> None:
    store = kg_store
    runner = CliRunner()
    args = [
        "reference",
        "import-votes",
        str(RECORD_DATA / "fictional_votes.csv"),
        "--store",
        str(store),
    ]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "6 added, 0 changed, 0 unchanged" in first.stderr
    quads = first.stderr.rsplit("holds ", 1)[1].split()[0]
    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "0 added, 0 changed, 6 unchanged" in second.stderr
    assert "nothing to do" in second.stderr
    assert second.stderr.rsplit("holds ", 1)[1].split()[0] == quads


def test_cli_bad_rows(record_data: Path, kg_store: Path | str) -> None:
    result = CliRunner().invoke(
        main,
        ["reference", "import-votes", str(RECORD_DATA / "bad_votes.csv"), "--store", str(kg_store)],
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 8
    assert all(line.startswith("kg: error: ") for line in lines[:-1])
    assert lines[-1] == "kg: nothing imported: 7 bad rows"
    assert not (record_data / "imported_votes.csv").exists()


def test_cli_missing_file(record_data: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["reference", "import-votes", str(tmp_path / "nope.csv")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"kg: error: {tmp_path / 'nope.csv'}: no such file"


def test_cli_status(record_data: Path, kg_store: Path | str) -> None:
    runner = CliRunner()
    store = ["--store", str(kg_store)]
    runner.invoke(
        main, ["reference", "import-votes", str(RECORD_DATA / "fictional_votes.csv"), *store]
    )
    result = runner.invoke(main, ["reference", "status", *store])
    assert result.exit_code == 0, result.output
    assert "recorded votes  538 (6 imported: A/RES/99/1)" in result.stdout
    assert "current" in result.stdout
