"""kg actor for a country: found by any of its names, official votes, claims marked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli.main import main
from tests.backends import open_location
from tests.test_record_queries import build_synthetic_store

Golden = Callable[[str, Any], None]


def _actor(store: Path | str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["actor", *args, "--store", str(store)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "name",
    [
        "USA",
        "United States",
        "Washington",
        "Iran (Islamic Republic of)",
        "Britain",
        "UK",
        "the White House",
        "Downing Street",
        "the Kremlin",
        "Moscow",
        "U.S.",
    ],
)
def test_names_find_the_country_first(sample_store: Path | str, name: str) -> None:
    code, out, err = _actor(sample_store, name, "--format", "json")
    assert code == 0, err
    first = json.loads(out)[0]
    expected = {
        "USA": "USA",
        "United States": "USA",
        "Washington": "USA",
        "U.S.": "USA",
        "Iran (Islamic Republic of)": "IRN",
        "Britain": "GBR",
        "UK": "GBR",
        "the White House": "USA",
        "Downing Street": "GBR",
        "the Kremlin": "RUS",
        "Moscow": "RUS",
    }[name]
    assert (first["kind"], first["country"]) == ("country", expected)


@pytest.mark.parametrize(
    ("name", "iris"),
    [
        ("Russia", ["country/RUS"]),
        ("Washington", ["country/USA"]),
        ("the Kremlin", ["country/RUS", "org/kremlin"]),
        ("State Department", ["country/USA", "org/u-s-state-department"]),
    ],
)
def test_a_country_name_does_not_pull_in_every_actor_containing_it(
    sample_store: Path | str, name: str, iris: list[str]
) -> None:
    code, out, _ = _actor(sample_store, name, "--format", "json")
    assert code == 0
    assert [p["iri"] for p in json.loads(out)] == [f"https://kg.example/id/{i}" for i in iris]


def test_official_votes_and_claims_of_the_samples(
    sample_store: Path | str, record_golden: Golden
) -> None:
    code, out, err = _actor(sample_store, "Russia")
    assert code == 0, err
    record_golden("actor_russia_samples", out.splitlines())
    assert "official votes (5):" in out
    assert "what articles claim (3, 0 contradicting the record):" in out
    assert "A/RES/ES-11/7: no  agrees with the record" in out
    assert "UNSC-2025-02-24-amendments: no  no record to check against" in out


def test_iran_with_contradictions_marked(
    bundled_data: None, new_location: Callable[[], Path | str], record_golden: Golden
) -> None:
    path = new_location()
    store = build_synthetic_store(open_location(path, write=True))
    store.flush()
    del store
    code, out, err = _actor(path, "Iran")
    assert code == 0, err
    record_golden("actor_iran_synthetic", out.splitlines())
    assert "  official votes (4):" in out
    assert "    - A/RES/ES-11/7: abstain  (high confidence, sources ITV;NBN;UDL)" in out
    assert "  what articles claim (3, 2 contradicting the record):" in out
    assert out.count("<-- CONTRADICTS the record: abstain") == 2
    code, out, err = _actor(path, "Iran", "--format", "json")
    claims = [v for v in json.loads(out)[0]["votes"] if v["source"] != "record"]
    assert sorted(v["verdict"] for v in claims) == ["agrees", "contradicts", "contradicts"]
    assert all(v["start"] is not None and v["sentence"] for v in claims)


def test_unknown_actor(sample_store: Path | str) -> None:
    code, _, err = _actor(sample_store, "Atlantis")
    assert code == 1
    assert err.strip() == "kg: error: no actor matches 'Atlantis'"
