"""kg evaluate: the extractor scored against annotated articles of our own writing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli.main import main
from kg.evaluation import Counts, Resolutions, same_person, score_article

ARTICLE = """Ministers split over the vote at the United Nations

Luxembourg voted against the draft on Tuesday, while Norway and Chile abstained.

"This text does nothing for the people it claims to protect," Foreign Minister Anna Verhoeven said.
"""

GOLD = {
    "id": "e01",
    "persons": [{"name": "Anna Verhoeven", "aliases": ["Verhoeven"]}],
    "countries": ["LUX", "NOR", "CHL"],
    "quotes": [
        {"speaker": "Anna Verhoeven", "starts_with": "This text does nothing", "partial": False}
    ],
    "stances": [],
    "votes": [
        {"country": "LUX", "option": "no", "resolution": None},
        {"country": "NOR", "option": "abstain", "resolution": None},
        {"country": "CHL", "option": "abstain", "resolution": None},
    ],
    "tallies": [],
}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Susan E. Rice", "Ms. Rice", True),
        ("Susan Rice", "Susan E. Rice", True),
        ("Rice", "Condoleezza Rice", True),
        ("Susan Rice", "Condoleezza Rice", False),
        ("Sen. John Curtis", "John Curtis", True),
        ("John Curtis", "John Thune", False),
        ("", "John Curtis", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_resolutions_join_a_draft_and_its_adopted_symbol() -> None:
    res = Resolutions()
    res.add("A/RES/99/1", "A/99/L.5")
    res.add("S/RES/9999 (2031)", None)
    assert res.canonical("a/99/l.5") == res.canonical("A/RES/99/1")
    assert res.canonical("S/RES/9999") == res.canonical("S/RES/9999 (2031)")
    assert res.canonical("A/RES/98/1") != res.canonical("A/RES/99/1")
    assert res.canonical(None) is None


def _rows(**found: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    names = ("persons", "countries", "quotes", "stances", "vote-claims", "tallies")
    return {name: found.get(name.replace("-", "_"), []) for name in names}


def test_partial_gold_quotes_are_optional() -> None:
    gold = {
        "quotes": [
            {"speaker": "Ann Lee", "starts_with": "a fragment", "partial": True},
            {"speaker": "Ann Lee", "starts_with": "a whole sentence of hers", "partial": False},
        ]
    }
    found = score_article(gold, _rows(), Resolutions())["quotes"]
    assert (found.tp, found.fp, found.fn) == (0, 0, 1)
    hit = _rows(quotes=[{"speaker": "Lee", "text": "a fragment"}])
    found = score_article(gold, hit, Resolutions())["quotes"]
    assert (found.tp, found.fp, found.fn) == (0, 0, 1)  # found, but not counted


def test_stances_match_with_an_unknown_side_as_a_wildcard() -> None:
    gold = {"stances": [{"actor": "Ann Lee", "stance": "criticizes", "target": {"voter": "USA"}}]}
    row = {"actor": "Ann Lee", "stance": "criticizes", "voter": "USA", "resolution": "A/RES/1/1"}
    assert score_article(gold, _rows(stances=[row]), Resolutions())["stances"].tp == 1
    wrong = dict(row, voter="FRA")
    counts = score_article(gold, _rows(stances=[wrong]), Resolutions())["stances"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_counts_figures() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing to find, nothing found


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "e01.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "e01.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "articles" / "unannotated.txt").write_text("No gold for this one.\n")
    return tmp_path


def test_evaluate_scores_an_annotated_corpus(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 1  # the text without gold is not scored
    cats = report["categories"]
    assert cats["countries"]["tp"] == 3
    assert cats["persons"]["tp"] == 1
    assert cats["quotes"]["tp"] == 1
    votes = cats["votes (no resolution)"]
    assert votes["tp"] + votes["fn"] == 3
    assert 0 < report["micro_f1"] <= 1


def test_evaluate_table_ends_with_the_micro_line_and_lists_misses(corpus: Path) -> None:
    gold = dict(GOLD, countries=[*GOLD["countries"], "FJI"])
    (corpus / "gold" / "e01.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-1].startswith("micro F1 0.")
    assert any(line.startswith("missed") and "FJI" in line for line in lines)


def test_evaluate_reports_a_broken_annotation_and_scores_the_rest(corpus: Path) -> None:
    (corpus / "articles" / "e02.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "gold" / "e02.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["articles"] == 2
    assert [f.split(":")[0] for f in report["failed"]] == ["e02"]
    assert report["categories"]["countries"]["tp"] == 3


def test_evaluate_refuses_a_folder_without_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1
    assert "no gold/ folder" in result.output + (result.stderr if result.stderr_bytes else "")


HEADER = "symbol,draft_symbol,body,date,yes,no,abstain,adopted,title,source\n"


def test_a_resolution_file_with_a_header_only_lists_no_vote_and_fails_nothing(
    corpus: Path,
) -> None:
    (corpus / "resolutions-none.csv").write_text(HEADER, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["failed"] == [] and report["categories"]["countries"]["tp"] == 3


def test_a_bad_resolution_file_is_reported_once_and_every_article_still_scored(
    corpus: Path,
) -> None:
    (corpus / "articles" / "e02.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "gold" / "e02.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (corpus / "resolutions-bad.csv").write_text(HEADER + "X/1,,UNGA,not a date\n", "utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert len(report["failed"]) == 1 and "resolutions-bad.csv" in report["failed"][0]
    assert report["categories"]["countries"]["tp"] == 6  # both articles scored


def test_no_article_scored_is_no_perfect_score(corpus: Path) -> None:
    (corpus / "gold" / "e01.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(corpus)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "micro F1 0.000"
