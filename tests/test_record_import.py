"""kg reference import-votes and import-resolutions: validation, recording in the store,
reloading, idempotence, and what the extractor and the record queries make of imports.

The voting records used here are fictional (resolutions A/RES/99/1, A/RES/99/7,
S/RES/9999 (2099), draft S/2099/17 ...), except where a test says it restates a vote
of data/reference. Every test runs against the embedded store or, with
KG_TEST_STORE=oxigraph, a server.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import iri
from kg.cli.main import main
from kg.errors import InputError, VoteImportError
from kg.ingest.ingester import Ingester
from kg.model import ResolutionRecord
from kg.reference.bootstrap import ensure_reference
from kg.reference.import_resolutions import import_resolutions
from kg.reference.import_votes import import_votes
from kg.reference.imported import link_keys, read_imports
from kg.reference.load import cached_reference, reference_for
from kg.resources import digest_of, reference_dir
from kg.store.backend import KgStore
from kg.terms import IRI, Literal
from kg.views.profile import find_profiles
from kg.vocab import KG
from tests.backends import REMOTE, open_location
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


@pytest.fixture
def store(bundled_data: None, empty_store: KgStore) -> KgStore:
    """An empty store with the bundled reference data, no KG_DATA."""
    ensure_reference(empty_store)
    return empty_store


def test_simple_form_adds_votes_and_reimport_changes_nothing(
    store: KgStore, record_golden: Callable[[str, Any], None]
) -> None:
    before = len(store)
    report = import_votes(RECORD_DATA / "fictional_votes.csv", store)
    assert (report.rows, report.added, report.changed, report.unchanged) == (6, 6, 0, 0)
    assert report.created == ["A/RES/99/1"] and report.written
    after = len(store)
    assert after > before
    record_golden("import_simple_votes", _recorded(store, "A/RES/99/1"))
    record_golden("import_simple_tally", _tally(store, "A/RES/99/1"))
    [stored] = read_imports(store)
    assert (stored.name, stored.order, len(stored.votes)) == ("fictional_votes.csv", 1, 6)

    again = import_votes(RECORD_DATA / "fictional_votes.csv", store)
    assert (again.added, again.changed, again.unchanged, again.written) == (0, 0, 6, False)
    assert ensure_reference(store) is False
    assert len(store) == after
    assert len(read_imports(store)) == 1


def test_imports_never_touch_the_data_folder(store: KgStore) -> None:
    digest = digest_of(reference_dir())
    import_votes(RECORD_DATA / "fictional_votes.csv", store)
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    assert digest_of(reference_dir()) == digest
    assert not (reference_dir() / "imported_votes.csv").exists()


def test_imports_are_per_store(bundled_data: None, new_location: Callable[[], Path | str]) -> None:
    one, other = (open_location(new_location(), write=True) for _ in range(2))
    for s in (one, other):
        ensure_reference(s)
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", one)
    assert len(read_imports(one)) == 1 and read_imports(other) == []
    assert "A/RES/99/7" in {r.symbol for r in reference_for(one).resolutions}
    assert "A/RES/99/7" not in {r.symbol for r in reference_for(other).resolutions}


def test_the_provenance_of_an_import(store: KgStore) -> None:
    import_votes(RECORD_DATA / "fictional_votes.csv", store)
    [stored] = read_imports(store)
    rows = rows_of(store.select(PROVENANCE, {"record": IRI(iri.vote_iri("A/RES/99/1", "USA"))}))
    assert rows == [{"name": "fictional_votes.csv", "digest": stored.sha256}]
    assert (
        stored.sha256
        == __import__("hashlib")
        .sha256((RECORD_DATA / "fictional_votes.csv").read_bytes())
        .hexdigest()
    )


def test_imports_survive_a_reload_of_the_bundled_data(
    record_data: Path, empty_store: KgStore
) -> None:
    store = empty_store
    ensure_reference(store)
    import_votes(RECORD_DATA / "fictional_votes.csv", store)
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    size = store.graph_size(iri.REFERENCE_GRAPH)
    groups = record_data / "groups.csv"
    groups.write_text(groups.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cached_reference.cache_clear()
    assert ensure_reference(store) is True  # the bundled data changed: reloaded
    assert store.graph_size(iri.REFERENCE_GRAPH) == size
    assert len(_recorded(store, "A/RES/99/1")) == 6
    assert [i.name for i in read_imports(store)] == [
        "fictional_votes.csv",
        "fictional_resolutions.csv",
    ]


def test_un_digital_library_export(
    store: KgStore, record_golden: Callable[[str, Any], None]
) -> None:
    report = import_votes(RECORD_DATA / "fictional_undl_export.csv", store)
    assert report.created == ["S/RES/9999 (2099)"]
    assert report.warnings == []
    votes = _recorded(store, "S/RES/9999 (2099)")
    assert {v["source"] for v in votes} == {"https://digitallibrary.un.org/record/999001"}
    record_golden("import_undl_votes", votes)
    tally = _tally(store, "S/RES/9999 (2099)")
    assert tally[0]["note"] is None  # the export's totals are the official tally
    record_golden("import_undl_tally", tally)


def test_bad_rows_are_each_named_and_nothing_is_written(
    store: KgStore, record_golden: Callable[[str, Any], None]
) -> None:
    size = len(store)
    with pytest.raises(VoteImportError) as caught:
        import_votes(RECORD_DATA / "bad_votes.csv", store)
    errors = [e.replace(str(RECORD_DATA) + "/", "") for e in caught.value.errors]
    assert all(e.startswith("bad_votes.csv line ") for e in errors)
    record_golden("import_bad_rows", errors)
    assert read_imports(store) == [] and len(store) == size


def test_a_bad_row_leaves_earlier_imports_alone(store: KgStore, tmp_path: Path) -> None:
    import_votes(RECORD_DATA / "fictional_votes.csv", store)
    size = len(store)
    bad = _write(
        tmp_path / "bad.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/99/1,2099-03-01,CAN,Y\nA/RES/99/1,2099-03-01,Mordor,N\n",
    )
    with pytest.raises(VoteImportError, match=r"bad.csv line 3: unknown country 'Mordor'"):
        import_votes(bad, store)
    assert len(store) == size and len(read_imports(store)) == 1


def test_a_later_import_changes_a_vote(store: KgStore, tmp_path: Path) -> None:
    import_votes(RECORD_DATA / "fictional_votes.csv", store)
    change = _write(
        tmp_path / "change.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/99/1,2099-03-01,United States,N\nA/RES/99/1,2099-03-01,CAN,A\n",
    )
    report = import_votes(change, store, source="a correction")
    assert (report.added, report.changed, report.unchanged) == (1, 1, 0)
    rows = {r["iso"]: r for r in _recorded(store, "A/RES/99/1")}
    assert (rows["USA"]["option"], rows["USA"]["source"]) == ("no", "a correction")
    assert rows["IRN"]["option"] == "abstain"  # untouched
    assert len(rows) == 7


def test_an_imported_vote_replaces_the_bundled_one(store: KgStore, tmp_path: Path) -> None:
    # A hypothetical correction, not a fact: the bundled record has the US voting no.
    correction = _write(
        tmp_path / "hypothetical.csv", "resolution,country,vote\nA/ES-11/L.10,USA,A\n"
    )
    report = import_votes(correction, store, confidence="low")
    assert report.replaced_bundled == 1
    assert report.created == []  # the draft symbol names a known resolution
    votes = [
        v
        for v in reference_for(store).votes
        if v.resolution == "A/RES/ES-11/7" and v.country == "USA"
    ]
    assert [(v.option, v.confidence) for v in votes] == [("abstain", "low")]
    usa = [r for r in _recorded(store, "A/RES/ES-11/7") if r["iso"] == "USA"]
    assert [(r["option"], r["confidence"]) for r in usa] == [("abstain", "low")]


def test_restating_the_record_replaces_nothing(store: KgStore, tmp_path: Path) -> None:
    # These three rows restate votes of data/reference/un_votes.csv.
    same = _write(
        tmp_path / "same.csv",
        "Resolution,Date,Country,Vote\n"
        "A/RES/ES-11/7,2025-02-24,USA,N\nA/RES/ES-11/7,2025-02-24,IRN,A\n"
        "A/RES/ES-11/7,2025-02-24,FRA,Y\n",
    )
    report = import_votes(same, store)
    assert (report.added, report.replaced_bundled, report.warnings) == (3, 0, [])


def test_only_some_resolutions(store: KgStore) -> None:
    both = RECORD_DATA / "fictional_votes.csv"
    with pytest.raises(InputError, match="no votes to import for the resolutions given"):
        import_votes(both, store, only=("A/RES/98/1",))
    report = import_votes(both, store, only=("a/res/99/1",))
    assert report.rows == 6 and report.skipped == 0


def test_dry_run_writes_nothing(store: KgStore) -> None:
    size = len(store)
    report = import_votes(RECORD_DATA / "fictional_votes.csv", store, dry_run=True)
    assert report.added == 6
    assert read_imports(store) == [] and len(store) == size


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
def test_unusable_files(store: KgStore, tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_votes(_write(tmp_path / "votes.csv", text), store)


def test_not_utf8(store: KgStore, tmp_path: Path) -> None:
    path = tmp_path / "votes.csv"
    path.write_bytes(b"Resolution,Date,Country,Vote\nA/RES/99/1,2099-03-01,C\xf4te,Y\n")
    with pytest.raises(InputError, match="not UTF-8"):
        import_votes(path, store)


def test_tab_separated_with_a_byte_order_mark(store: KgStore, tmp_path: Path) -> None:
    path = tmp_path / "votes.tsv"
    path.write_bytes(
        "\ufeffResolution\tDate\tCountry\tVote\nA/RES/99/1\t2099-03-01\tUSA\tY\n".encode()
    )
    assert import_votes(path, store).added == 1


# --- import-resolutions ----------------------------------------------------------------


def test_import_resolutions(store: KgStore) -> None:
    report = import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    assert (report.rows, report.added, report.known, report.written) == (4, 4, [], True)
    symbols = {r.symbol: r for r in reference_for(store).resolutions}
    assert symbols["S/2099/17"].adopted is False
    assert symbols["S/2099/17"].draft_symbol is None  # the same symbol: not repeated
    assert (symbols["A/HRC/RES/99/3"].body, symbols["A/HRC/RES/99/3"].yes) == ("HRC", 25)
    unnamed = symbols["UNSC-2099-07-01"]  # no symbol: keyed by body and date
    assert (unnamed.yes, unnamed.no, unnamed.abstain) == (None, None, None)
    tidal = symbols["A/RES/99/7"]
    assert (tidal.draft_symbol, tidal.yes, tidal.no, tidal.abstain) == ("A/99/L.40", 120, 9, 40)
    assert store.value(iri.resolution_iri("A/RES/99/7"), KG.draftSymbol) == Literal("A/99/L.40")
    size = len(store)
    again = import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    assert (again.added, again.unchanged, again.written) == (0, 4, False)
    assert len(store) == size


def test_import_resolutions_bad_rows(store: KgStore) -> None:
    size = len(store)
    with pytest.raises(VoteImportError) as caught:
        import_resolutions(RECORD_DATA / "bad_resolutions.csv", store)
    errors = [e.replace(str(RECORD_DATA) + "/", "") for e in caught.value.errors]
    assert errors == [
        "bad_resolutions.csv line 2: no 'x' is not a whole number",
        "bad_resolutions.csv line 3: body 'UNESCO' is not UNGA, UNSC or HRC",
        "bad_resolutions.csv line 4: date '3 November 2099' is not YYYY-MM-DD",
        "bad_resolutions.csv line 5: symbol S/RES/9998 (2099) is not a UNGA symbol "
        "(it reads as UNSC)",
        "bad_resolutions.csv line 6: adopted 'perhaps' is not true or false",
        "bad_resolutions.csv line 8: A/RES/99/12 is already given on line 7",
    ]
    assert read_imports(store) == [] and len(store) == size


def test_a_known_resolution_is_left_as_it_is(store: KgStore, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "known.csv",
        "symbol,draft_symbol,body,date,yes,no,abstain,adopted\n"
        "A/RES/ES-11/7,A/ES-11/L.10,UNGA,2025-02-24,90,20,60,true\n",
    )
    report = import_resolutions(path, store)
    assert report.known == ["A/RES/ES-11/7"] and not report.written
    assert "which it keeps" in report.warnings[0]
    assert read_imports(store) == []


# --- what the extractor and the queries make of imports ----------------------------------

ARTICLE = """Assembly backs tidal energy text

NEW YORK, Nov. 3, 2099 - The UN General Assembly on Tuesday adopted draft resolution \
A/99/L.40 on tidal energy by 120 votes to 9, with 40 abstentions.

France and Brazil voted in favour. Norway voted against the text, and Chile abstained.
"""
CLAIMS = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?iso ?resolution WHERE {
  GRAPH ?article { ?claim a kg:VoteClaim ; kg:voter ?voter ; kg:onResolution ?said }
  GRAPH <https://kg.example/graph/reference> { ?voter kg:iso3 ?iso }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?said owl:sameAs ?linked } }
  BIND(COALESCE(?linked, ?said) AS ?resolution)
} ORDER BY ?iso
"""
PROVENANCE = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
SELECT ?name ?digest WHERE {
  GRAPH <https://kg.example/graph/reference> {
    ?record kg:importedFrom ?import . ?import schema:name ?name ; kg:importDigest ?digest .
  }
}
"""


def _claims(store: KgStore) -> list[tuple[str, str]]:
    return [(r["iso"], r["resolution"]) for r in rows_of(store.select(CLAIMS))]


def test_the_extractor_reads_with_the_imports(store: KgStore) -> None:
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    ingester = Ingester(store)
    assert "A/RES/99/7" in {r.symbol for r in ingester.reference.resolutions}
    ingester.ingest_text(ARTICLE, "tidal.txt")
    adopted = iri.resolution_iri("A/RES/99/7")
    assert _claims(store) == [(iso, adopted) for iso in ("BRA", "CHL", "FRA", "NOR")]


def test_an_article_ingested_before_the_import_is_linked_to_it(store: KgStore) -> None:
    Ingester(store).ingest_text(ARTICLE, "tidal.txt")
    draft = iri.resolution_iri("A/99/L.40")
    assert {r for _, r in _claims(store)} == {draft}  # kg knew no such vote
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    adopted = iri.resolution_iri("A/RES/99/7")
    assert {r for _, r in _claims(store)} == {adopted}  # linked, not extracted again
    assert store.ask(
        "ASK { GRAPH <https://kg.example/graph/reference> { ?a "
        "<http://www.w3.org/2002/07/owl#sameAs> ?b } }",
        {"a": IRI(draft), "b": IRI(adopted)},
    )


def test_a_vote_known_by_body_and_date_is_linked(store: KgStore) -> None:
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    linked = iri.resolution_iri("UNSC-2099-06-15")
    assert store.ask(
        "ASK { GRAPH <https://kg.example/graph/reference> { ?a "
        "<http://www.w3.org/2002/07/owl#sameAs> ?b } }",
        {"a": IRI(linked), "b": IRI(iri.resolution_iri("S/2099/17"))},
    )


# --- the command line ------------------------------------------------------------------


def test_cli_import_and_reimport(bundled_data: None, kg_store: Path | str) -> None:
    runner = CliRunner()
    args = ["reference", "import-votes", str(RECORD_DATA / "fictional_votes.csv")]
    args += ["--store", str(kg_store)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "6 added, 0 changed, 0 unchanged" in first.stderr
    quads = first.stderr.rsplit("holds ", 1)[1].split()[0]
    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "0 added, 0 changed, 6 unchanged" in second.stderr
    assert "nothing to do" in second.stderr
    assert second.stderr.rsplit("holds ", 1)[1].split()[0] == quads


def test_cli_import_resolutions(bundled_data: None, kg_store: Path | str) -> None:
    runner = CliRunner()
    args = ["reference", "import-resolutions", str(RECORD_DATA / "fictional_resolutions.csv")]
    args += ["--store", str(kg_store)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "4 resolutions; 4 added, 0 changed, 0 unchanged" in first.stderr
    second = runner.invoke(main, args)
    assert "nothing to do" in second.stderr
    status = runner.invoke(main, ["reference", "status", "--store", str(kg_store)])
    assert "(4 imported)" in status.stdout
    assert "fictional_resolutions.csv (4 resolutions; sha256 " in status.stdout


@pytest.mark.parametrize(
    ("command", "name", "bad"),
    [("import-votes", "bad_votes.csv", 7), ("import-resolutions", "bad_resolutions.csv", 6)],
)
def test_cli_bad_rows(
    bundled_data: None, kg_store: Path | str, command: str, name: str, bad: int
) -> None:
    result = CliRunner().invoke(
        main, ["reference", command, str(RECORD_DATA / name), "--store", str(kg_store)]
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == bad + 1
    assert all(line.startswith(f"kg: error: {RECORD_DATA / name} line ") for line in lines[:-1])
    assert lines[-1] == f"kg: nothing imported: {bad} bad rows"
    assert read_imports(open_location(kg_store)) == []


def test_cli_missing_file(bundled_data: None, kg_store: Path | str, tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    result = CliRunner().invoke(
        main, ["reference", "import-votes", str(missing), "--store", str(kg_store)]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"kg: error: {missing}: no such file"


def test_cli_status(bundled_data: None, kg_store: Path | str) -> None:
    runner = CliRunner()
    store = ["--store", str(kg_store)]
    runner.invoke(
        main, ["reference", "import-votes", str(RECORD_DATA / "fictional_votes.csv"), *store]
    )
    result = runner.invoke(main, ["reference", "status", *store])
    assert result.exit_code == 0, result.output
    assert "recorded votes  780 (6 imported: A/RES/99/1)" in result.stdout
    assert "current" in result.stdout


def test_ingest_with_workers_keeps_and_uses_the_imports(
    bundled_data: None, kg_store: Path | str, tmp_path: Path
) -> None:
    from kg.ingest.bulk import ingest_files  # noqa: PLC0415

    store = open_location(kg_store, write=True)
    ensure_reference(store)
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    article = _write(tmp_path / "tidal.txt", ARTICLE)
    totals = ingest_files(store, [article], jobs=2)  # a fresh store: the bulk loader
    assert totals.by_status["added"] == 1 and totals.bulk is not REMOTE
    assert [i.name for i in read_imports(store)] == ["fictional_resolutions.csv"]
    assert {r for _, r in _claims(store)} == {iri.resolution_iri("A/RES/99/7")}


@pytest.mark.parametrize("given", ["A/RES/99/7", "A/99/L.40"])
def test_votes_on_resolution_follows_the_link(store: KgStore, given: str) -> None:
    from kg.views.queries import run_saved  # noqa: PLC0415

    Ingester(store).ingest_text(ARTICLE, "tidal.txt")  # before kg knew the vote
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    found = rows_of(run_saved(store, "votes-on-resolution", {"resolution": given}))
    assert [(r["symbol"], r["source"], r["option"], r["countries"]) for r in found] == [
        ("A/RES/99/7", "article", "abstain", "CHL"),
        ("A/RES/99/7", "article", "no", "NOR"),
        ("A/RES/99/7", "article", "yes", "BRA FRA"),
    ]
    assert {r["resolution"] for r in found} == {iri.resolution_iri("A/RES/99/7")}


def test_a_country_profile_follows_the_link(store: KgStore, tmp_path: Path) -> None:
    Ingester(store).ingest_text(ARTICLE, "tidal.txt")  # before kg knew the vote
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    votes = _write(
        tmp_path / "tidal-votes.csv",
        "Resolution,Date,Country,Vote\nA/RES/99/7,2099-11-03,NOR,N\nA/RES/99/7,2099-11-03,CHL,Y\n",
    )
    import_votes(votes, store)
    [norway] = find_profiles(store, "Norway")
    [claim] = [v for v in norway.votes if v.source == "tidal.txt"]
    assert (claim.resolution, claim.option, claim.verdict) == ("A/RES/99/7", "no", "agrees")
    [chile] = find_profiles(store, "Chile")
    [claim] = [v for v in chile.votes if v.source == "tidal.txt"]
    assert (claim.option, claim.recorded, claim.verdict) == ("abstain", "yes", "contradicts")


def test_the_names_an_imported_vote_is_linked_from(store: KgStore) -> None:
    import_resolutions(RECORD_DATA / "fictional_resolutions.csv", store)
    reference = reference_for(store)
    records = {r.symbol: r for r in reference.resolutions}
    assert link_keys(records["S/2099/17"], reference) == [
        "UNSC-2099-06-15",
        "UNSC-2099-06-15-12-1-2",
    ]
    assert link_keys(records["A/RES/99/7"], reference) == [
        "A/99/L.40",
        "UNGA-2099-11-03",
        "UNGA-2099-11-03-120-9-40",
    ]
    council = ResolutionRecord(
        symbol="S/RES/9998 (2099)", body="UNSC", date="2099-07-01", title="", yes=9, no=0, abstain=6
    )
    # UNSC-2099-07-01 is taken by the unnamed draft of the same day: only the tally tells
    # them apart; "S/RES/9998" needs no link, its IRI being the one of "S/RES/9998 (2099)"
    assert link_keys(
        council, reference.model_copy(update={"resolutions": (*reference.resolutions, council)})
    ) == ["UNSC-2099-07-01-9-0-6"]
    committee = ResolutionRecord(
        symbol="A/C.1/99/L.5", body="UNGA", date="2099-10-20", title="", yes=100, no=20, abstain=30
    )
    assert link_keys(committee, reference.model_copy(update={"resolutions": (committee,)})) == [
        "UNGA-C1-2099-10-20",
        "UNGA-C1-2099-10-20-100-20-30",
    ]
