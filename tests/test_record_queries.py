"""Claims against the record: claims-vs-record, tally-vs-record, votes-on-resolution, alignment.

Two kinds of store: the two sample articles as kg ingests them (what the issue's
"done when" is about), and a synthetic article whose facts are written by hand
here, so that every verdict is tested whatever the extractor finds.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import iri
from kg.errors import ParameterError
from kg.graph.article import article_quads
from kg.ingest.ingester import sha256_of
from kg.model import (
    ArticleSource,
    Evidence,
    Facts,
    ResolutionRef,
    Span,
    Tally,
    VoteClaim,
)
from kg.reference.bootstrap import ensure_reference
from kg.store.backend import KgStore
from kg.views.queries import get_query, run_saved
from tests.backends import open_location
from tests.conftest_record import REPO, rows_of
from tests.support import query_columns

Golden = Callable[[str, Any], None]
SAMPLE_004 = "data/articles/004_7f33e2db56b191e3.txt"
SAMPLE_000 = "data/articles/000_7e07d1f34e2d32f7.txt"
CLAIM_COLUMNS = (
    "iso3",
    "symbol",
    "claimed",
    "recorded",
    "verdict",
    "confidence",
    "location",
    "start",
    "end",
    "evidence",
)

# Our own text, with facts written by hand below (the record has Iran abstaining on ES-11/7).
SYNTHETIC = (
    "Iran voted against the resolution on Ukraine. Iran later abstained on it. "
    "Tehran, too, voted against it, a diplomat said. The text passed 93 to 17. "
    "Belarus voted against the resolution on the embargo, which passed 187 to 2."
)
SYNTHETIC_SOURCE = "tests/synthetic-record-article.txt"


def _span(text: str) -> Evidence:
    start = SYNTHETIC.index(text)
    return Evidence(span=Span(start=start, end=start + len(text)), rule="test.by-hand")


def synthetic_facts() -> Facts:
    ukraine = ResolutionRef(key="A/RES/ES-11/7", symbol="A/RES/ES-11/7", matched=True)
    embargo = ResolutionRef(key="embargo-2099", description="the resolution on the embargo")
    return Facts(
        votes=(
            VoteClaim(
                country="IRN",
                option="no",
                resolution=ukraine,
                evidence=_span("Iran voted against the resolution on Ukraine."),
            ),
            VoteClaim(
                country="IRN",
                option="no",
                resolution=ukraine,
                evidence=_span("Tehran, too, voted against it, a diplomat said."),
            ),
            VoteClaim(
                country="IRN",
                option="abstain",
                resolution=ukraine,
                evidence=_span("Iran later abstained on it."),
            ),
            VoteClaim(
                country="BLR",
                option="no",
                resolution=embargo,
                evidence=_span(
                    "Belarus voted against the resolution on the embargo, which passed 187 to 2."
                ),
            ),
        ),
        tallies=(
            Tally(resolution=ukraine, yes=93, no=17, evidence=_span("The text passed 93 to 17.")),
            Tally(
                resolution=embargo,
                yes=187,
                no=2,
                evidence=_span(
                    "Belarus voted against the resolution on the embargo, which passed 187 to 2."
                ),
            ),
        ),
        resolutions=(ukraine, embargo),
    )


def build_synthetic_store(store: KgStore) -> KgStore:
    """Fill an empty store with the reference data and the synthetic article."""
    ensure_reference(store)
    source = ArticleSource(
        text=SYNTHETIC,
        sha256=sha256_of(SYNTHETIC),
        source=SYNTHETIC_SOURCE,
        ingested_at="2026-11-22T00:00:00+00:00",
    )
    store.add_quads(article_quads(synthetic_facts(), source))
    return store


@pytest.fixture
def samples(sample_store: Path | str) -> Iterator[KgStore]:
    store = open_location(sample_store, write=True)
    yield store
    del store


@pytest.fixture
def synthetic(bundled_data: None, empty_store: KgStore) -> KgStore:
    return build_synthetic_store(empty_store)


def _run(
    store: KgStore, name: str, columns_: tuple[str, ...] | None = None, **params: str
) -> list[dict[str, Any]]:
    return rows_of(run_saved(store, name, params), columns_)


def _record(symbol: str) -> dict[str, str]:
    with (REPO / "data" / "reference" / "un_votes.csv").open(encoding="utf-8") as handle:
        return {
            r["country_iso3"]: r["vote"]
            for r in csv.DictReader(handle)
            if r["resolution_symbol"] == symbol
        }


def _group(name: str) -> set[str]:
    with (REPO / "data" / "reference" / "groups.csv").open(encoding="utf-8") as handle:
        return next(
            set(r["members"].split("|")) for r in csv.DictReader(handle) if r["group"] == name
        )


# --- claims-vs-record ------------------------------------------------------------------


def test_claims_vs_record_on_the_samples(samples: KgStore, record_golden: Golden) -> None:
    rows = _run(samples, "claims-vs-record", CLAIM_COLUMNS)
    record_golden("claims_vs_record_samples", rows)
    agreeing = {
        (r["iso3"], r["claimed"])
        for r in rows
        if r["verdict"] == "agrees" and r["symbol"] == "A/RES/ES-11/7"
    }
    assert {("USA", "no"), ("RUS", "no"), ("PRK", "no"), ("BLR", "no")} <= agreeing
    for row in rows:  # every evidence span is the sentence it claims to be
        text = (REPO / row["location"]).read_text(encoding="utf-8")
        assert text[int(row["start"]) : int(row["end"])] == row["evidence"]


def test_iran_claimed_no_by_004_contradicts_the_record(samples: KgStore) -> None:
    rows = _run(samples, "claims-vs-record", CLAIM_COLUMNS, country="Iran")
    assert {
        "iso3": "IRN",
        "symbol": "A/RES/ES-11/7",
        "claimed": "no",
        "recorded": "abstain",
        "verdict": "contradicts",
        "location": SAMPLE_004,
    } in [
        {k: r[k] for k in ("iso3", "symbol", "claimed", "recorded", "verdict", "location")}
        for r in rows
    ]


def test_claims_vs_record_verdicts(synthetic: KgStore, record_golden: Golden) -> None:
    rows = _run(synthetic, "claims-vs-record", CLAIM_COLUMNS)
    record_golden("claims_vs_record_synthetic", rows)
    verdicts = [(r["iso3"], r["claimed"], r["recorded"], r["verdict"], r["start"]) for r in rows]
    no_1 = str(SYNTHETIC.index("Iran voted"))
    no_2 = str(SYNTHETIC.index("Tehran"))
    abstain = str(SYNTHETIC.index("Iran later"))
    assert verdicts == [  # ordered by resolution, country, article and offset
        ("IRN", "no", "abstain", "contradicts", no_1),
        ("IRN", "abstain", "abstain", "agrees", abstain),
        ("IRN", "no", "abstain", "contradicts", no_2),
        ("BLR", "no", None, "no record", str(SYNTHETIC.index("Belarus"))),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "Iran (Islamic Republic of)"}, {("IRN", "no"), ("IRN", "abstain")}),
        ({"verdict": "contradicts"}, {("IRN", "no")}),
        ({"verdict": "no record"}, {("BLR", "no")}),
        ({"resolution": "A/ES-11/L.10", "verdict": "agrees"}, {("IRN", "abstain")}),
        ({"country": "Tehran", "verdict": "no record"}, set()),
        # a country and a resolution: the claims are read from their one vote
        ({"country": "Iran", "resolution": "A/RES/ES-11/7"}, {("IRN", "no"), ("IRN", "abstain")}),
        (
            {"country": "Iran", "resolution": "A/ES-11/L.10", "verdict": "contradicts"},
            {("IRN", "no")},
        ),
        ({"country": "Belarus", "resolution": "embargo-2099"}, {("BLR", "no")}),
        ({"country": "Iran", "resolution": "embargo-2099"}, set()),
        ({"country": "Iran", "resolution": "A/RES/ES-11/7", "verdict": "no record"}, set()),
    ],
    ids=[
        "country",
        "contradicts",
        "no-record",
        "draft-symbol",
        "capital",
        "country-and-resolution",
        "country-resolution-verdict",
        "no-record-of-the-vote",
        "no-such-claim",
        "verdict-not-found",
    ],
)
def test_claims_vs_record_parameters(
    synthetic: KgStore, params: dict[str, str], expected: set[tuple[str, str]]
) -> None:
    rows = rows_of(run_saved(synthetic, "claims-vs-record", params))
    assert {(r["iso3"], r["claimed"]) for r in rows} == expected
    # a page of one row at a time gives the same rows
    paged = [
        rows_of(run_saved(synthetic, "claims-vs-record", params, limit=1, offset=n))
        for n in range(4)
    ]
    assert {(r["iso3"], r["claimed"]) for page in paged for r in page} == expected


def test_claims_vs_record_names_a_vote_as_kg_does() -> None:
    """The query reads the claims of a country on a resolution from their vote, whose
    IRI it puts together from the resolution's and the country's as kg.iri does."""
    text = get_query("claims-vs-record").text
    for prefix in (iri.ID + "vote/", iri.ID + "resolution/", iri.ID + "country/"):
        assert f'"{prefix}"' in text
    for key, iso3 in (("A/RES/ES-11/7", "usa"), ("A/ES-11/L.10", "IRN"), ("A/RES/78/7", "BLR")):
        resolution = iri.resolution_iri(key).removeprefix(iri.ID + "resolution/")
        country = iri.country_iri(iso3).removeprefix(iri.ID + "country/")
        assert iri.vote_iri(key, iso3) == f"{iri.ID}vote/{resolution}/{country}"


# --- tally-vs-record -------------------------------------------------------------------


def test_tally_vs_record_on_the_samples(samples: KgStore, record_golden: Golden) -> None:
    rows = _run(
        samples,
        "tally-vs-record",
        ("symbol", "count", "stated", "official", "verdict", "location", "start", "end"),
    )
    record_golden("tally_vs_record_samples", rows)
    es_11_7 = {r["count"]: r["verdict"] for r in rows if r["symbol"] == "A/RES/ES-11/7"}
    assert es_11_7 == {"yes": "agrees", "no": "agrees", "abstain": "not stated"}


def test_tally_vs_record_verdicts(synthetic: KgStore, record_golden: Golden) -> None:
    rows = _run(synthetic, "tally-vs-record", ("symbol", "count", "stated", "official", "verdict"))
    record_golden("tally_vs_record_synthetic", rows)
    assert [(r["symbol"], r["count"], r["verdict"]) for r in rows] == [
        ("A/RES/ES-11/7", "yes", "agrees"),
        ("A/RES/ES-11/7", "no", "contradicts"),
        ("A/RES/ES-11/7", "abstain", "not stated"),
        ("embargo-2099", "yes", "no record"),
        ("embargo-2099", "no", "no record"),
        ("embargo-2099", "abstain", "not stated"),
    ]


# --- votes-on-resolution ---------------------------------------------------------------


def test_votes_on_resolution(samples: KgStore, record_golden: Golden) -> None:
    rows = _run(
        samples,
        "votes-on-resolution",
        ("symbol", "source", "option", "count", "highConfidence", "countries", "location"),
        resolution="A/RES/ES-11/7",
    )
    for row in rows:  # GROUP_CONCAT's order is the engine's: compare countries as sets
        row["countries"] = sorted(row["countries"].split())
    record_golden("votes_on_resolution_es_11_7", rows)
    record = _record("A/RES/ES-11/7")
    for row in rows:
        if row["source"] == "record":
            assert row["countries"] == sorted(k for k, v in record.items() if v == row["option"])
    claimed_by = {r["location"] for r in rows if r["source"] == "article"}
    assert claimed_by == {SAMPLE_000, SAMPLE_004}


# --- alignment -------------------------------------------------------------------------

ALIGN = ("option", "relation", "other", "otherOption", "allyIn", "group", "allies")


def _alignment(store: KgStore, **params: str) -> list[dict[str, Any]]:
    rows = _run(store, "alignment", ALIGN, **params)
    for row in rows:  # GROUP_CONCAT's order is the engine's: compare allyIn as a set
        row["allyIn"] = sorted(filter(None, row["allyIn"].split(", ")))
    return rows


def test_alignment_of_the_united_states(samples: KgStore, record_golden: Golden) -> None:
    rows = _alignment(samples, country="USA", resolution="A/RES/ES-11/7")
    record_golden("alignment_usa_es_11_7", rows)
    record = _record("A/RES/ES-11/7")
    same = {r["other"] for r in rows if r["relation"] == "voted the same"}
    assert same == {k for k, v in record.items() if v == "no"} - {"USA"}
    assert len(same) == 17
    g7_yes = {
        r["other"]
        for r in rows
        if r["relation"] == "ally voted differently" and "G7" in r["allyIn"]
    }
    assert (
        g7_yes
        == {k for k in _group("G7") if record[k] == "yes"}
        == {"CAN", "DEU", "FRA", "GBR", "ITA", "JPN"}
    )


def test_alignment_with_a_group(samples: KgStore, record_golden: Golden) -> None:
    rows = _alignment(samples, country="United States", resolution="A/ES-11/L.10", group="g7")
    record_golden("alignment_usa_es_11_7_g7", rows)
    allies = [r for r in rows if r["relation"] != "voted the same"]
    assert {r["other"] for r in allies} == {"CAN", "DEU", "FRA", "GBR", "ITA", "JPN"}
    assert all(r["allyIn"] == ["G7"] and r["group"] == "G7" for r in allies)


def test_alignment_with_a_list_of_allies(samples: KgStore) -> None:
    rows = _alignment(
        samples, country="Russia", resolution="A/RES/ES-11/7", allies="China, Iran, Belarus"
    )
    by_country = {r["other"]: (r["relation"], r["allyIn"]) for r in rows}
    assert by_country["CHN"] == ("ally voted differently", ["the allies given"])
    assert by_country["IRN"] == ("ally voted differently", ["the allies given"])
    assert by_country["BLR"] == ("voted the same", ["the allies given"])
    assert by_country["PRK"] == ("voted the same", [])
    assert {r["allies"] for r in rows} == {"BLR CHN IRN"}


def test_alignment_allies_without_a_record(samples: KgStore) -> None:
    rows = _alignment(samples, country="USA", resolution="A/RES/ES-11/8", group="EU")
    no_record = {r["other"] for r in rows if r["relation"] == "ally, no record"}
    record = _record("A/RES/ES-11/8")
    assert no_record == {k for k in _group("European Union") if record[k] == "unknown"}


def test_alignment_unknown_group(samples: KgStore) -> None:
    with pytest.raises(ParameterError, match="unknown group 'G8'"):
        run_saved(
            samples, "alignment", {"country": "USA", "resolution": "A/RES/ES-11/7", "group": "G8"}
        )


# --- the saved queries' headers --------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["claims-vs-record", "tally-vs-record", "votes-on-resolution", "alignment"]
)
def test_parameters_are_projected_variables(name: str) -> None:
    query = get_query(name)
    assert query.ordered
    projected = query_columns(query)
    for param in query.params:
        assert param.name in projected, param.name


def test_saved_queries_reference_named_graph_iri() -> None:
    for name in ("claims-vs-record", "tally-vs-record", "votes-on-resolution", "alignment"):
        assert f"<{iri.REFERENCE_GRAPH}>" in get_query(name).text
