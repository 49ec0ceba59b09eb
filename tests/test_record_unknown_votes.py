"""Votes kg does not know, against the record: "no record", never "contradicts".

Articles of our own about votes the bundled reference does not hold (set in 2031), with
and without a symbol, are ingested into an empty store (in memory, or on a server in
remote mode); claims-vs-record and tally-vs-record must file nothing under a bundled
resolution and give no verdict but "no record" (or "not stated"). With a reference that
holds the vote, the same article lands on it and its tally is checked against it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.ingest.ingester import Ingester
from kg.model import Reference, ResolutionRecord
from kg.reference.import_resolutions import import_resolutions
from kg.reference.import_votes import import_votes
from kg.reference.load import load_reference
from kg.store.backend import KgStore
from kg.views.queries import run_saved
from tests.conftest_record import rows_of

# Friday 14 March 2031; the vote on Tuesday the 11th
NO_SYMBOL = (
    "NEW YORK, March 14, 2031 - The General Assembly on Tuesday adopted a resolution on "
    "protecting coral reefs by 151 votes to 4, with 22 abstentions.\n\n"
    "The text, drafted by Fiji and Norway, urges states to curb ocean warming. Germany, "
    "Britain and Italy voted in favour. Brazil voted against it. Japan abstained."
)
WITH_SYMBOL = (
    "UNITED NATIONS, June 6, 2031 - The Security Council on Thursday adopted resolution "
    "2901 (2031) on space debris, 13 votes in favour, none against and two abstentions. "
    "Germany and Britain voted in favour; Russia abstained."
)
CORAL = ResolutionRecord(
    symbol="A/RES/85/12",
    body="UNGA",
    date="2031-03-11",
    title="Protection of coral reefs and ocean warming",
    yes=151,
    no=4,
    abstain=22,
)


def _ingest(store: KgStore, reference: Reference, *texts: str) -> None:
    ingester = Ingester(store, reference)
    ingester.ensure_reference()
    for n, text in enumerate(texts):
        outcome = ingester.ingest_text(text, f"tests/unknown-vote-{n}.txt")
        assert outcome.status == "added", outcome.message


def _run(store: KgStore, name: str) -> list[dict[str, Any]]:
    return rows_of(run_saved(store, name, {}))


def test_an_unknown_vote_has_no_record_and_no_contradiction(empty_store: KgStore) -> None:
    reference = load_reference()
    _ingest(empty_store, reference, NO_SYMBOL, WITH_SYMBOL)
    bundled = {r.symbol for r in reference.resolutions} | {
        r.draft_symbol for r in reference.resolutions if r.draft_symbol
    }
    claims = _run(empty_store, "claims-vs-record")
    assert {(r["iso3"], r["claimed"]) for r in claims} >= {
        ("DEU", "yes"),
        ("GBR", "yes"),
        ("BRA", "no"),
        ("JPN", "abstain"),
        ("RUS", "abstain"),
    }
    assert {r["verdict"] for r in claims} == {"no record"}
    assert {r["symbol"] for r in claims} == {"UNGA-2031-03-11", "S/RES/2901 (2031)"}
    assert not {r["symbol"] for r in claims} & bundled
    tallies = _run(empty_store, "tally-vs-record")
    assert {(r["symbol"], r["count"], r["stated"], r["verdict"]) for r in tallies} == {
        ("UNGA-2031-03-11", "yes", "151", "no record"),
        ("UNGA-2031-03-11", "no", "4", "no record"),
        ("UNGA-2031-03-11", "abstain", "22", "no record"),
        ("S/RES/2901 (2031)", "yes", "13", "no record"),
        ("S/RES/2901 (2031)", "no", "0", "no record"),
        ("S/RES/2901 (2031)", "abstain", "2", "no record"),
    }


def test_with_the_vote_in_the_reference_the_article_lands_on_it(empty_store: KgStore) -> None:
    bundled = load_reference()
    reference = bundled.model_copy(update={"resolutions": (*bundled.resolutions, CORAL)})
    _ingest(empty_store, reference, NO_SYMBOL)
    claims = _run(empty_store, "claims-vs-record")
    assert {r["symbol"] for r in claims} == {"A/RES/85/12"}
    assert {r["verdict"] for r in claims} == {"no record"}  # no country's vote is recorded
    tallies = _run(empty_store, "tally-vs-record")
    assert {(r["symbol"], r["count"], r["verdict"]) for r in tallies} == {
        ("A/RES/85/12", "yes", "agrees"),
        ("A/RES/85/12", "no", "agrees"),
        ("A/RES/85/12", "abstain", "agrees"),
    }


@pytest.mark.parametrize("stated", ["151 votes to 5", "150 votes to 4"])
def test_a_wrong_count_is_kept_and_contradicts_the_known_record(
    empty_store: KgStore, stated: str
) -> None:
    bundled = load_reference()
    reference = bundled.model_copy(update={"resolutions": (*bundled.resolutions, CORAL)})
    _ingest(empty_store, reference, NO_SYMBOL.replace("151 votes to 4", stated))
    tallies = _run(empty_store, "tally-vs-record")
    verdicts = {r["count"]: (r["symbol"], r["stated"], r["verdict"]) for r in tallies}
    yes, no = stated.split(" votes to ")
    assert verdicts["yes"] == ("A/RES/85/12", yes, "agrees" if yes == "151" else "contradicts")
    assert verdicts["no"] == ("A/RES/85/12", no, "agrees" if no == "4" else "contradicts")


def test_an_article_read_before_its_vote_was_imported_is_checked_after(
    empty_store: KgStore, tmp_path: Path
) -> None:
    """No --force: the import links the body-and-date name the article gave the vote to
    the imported record, and both verdict queries follow the link."""
    _ingest(empty_store, load_reference(), NO_SYMBOL)
    assert {r["verdict"] for r in _run(empty_store, "claims-vs-record")} == {"no record"}
    resolutions = tmp_path / "resolutions.csv"
    resolutions.write_text(
        "symbol,draft_symbol,body,date,yes,no,abstain,adopted,title\n"
        "A/RES/85/12,,UNGA,2031-03-11,151,4,22,true,Protection of coral reefs\n",
        encoding="utf-8",
    )
    votes = tmp_path / "votes.csv"
    votes.write_text(
        "Resolution,Date,Country,Vote\n"
        "A/RES/85/12,2031-03-11,Germany,Y\nA/RES/85/12,2031-03-11,Brazil,A\n",
        encoding="utf-8",
    )
    import_resolutions(resolutions, empty_store)
    import_votes(votes, empty_store)
    verdicts = {r["iso3"]: r["verdict"] for r in _run(empty_store, "claims-vs-record")}
    assert verdicts["DEU"] == "agrees"
    assert verdicts["BRA"] == "contradicts"  # the article says against; the record abstained
    assert verdicts["JPN"] == "no record"  # not in the imported votes
    counts = {r["count"]: r["verdict"] for r in _run(empty_store, "tally-vs-record")}
    assert counts == {"yes": "agrees", "no": "agrees", "abstain": "agrees"}
