"""The benchmark corpus generator: deterministic, ~4 KB articles, and a manifest whose
facts are really in the text and agree with the official record (except marked slips)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus.record import Record, number_words
from benchmarks.generate import MANIFEST, article, generate, main
from kg.model import Reference
from kg.reference.load import load_reference

SAMPLE = 300  # articles checked one by one; enough to meet every style several times


@pytest.fixture(scope="module")
def record() -> Record:
    return Record(load_reference())


@pytest.fixture(scope="module")
def sample(record: Record) -> list[tuple[str, dict[str, Any]]]:
    return [article(record, 7, i) for i in range(SAMPLE)]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", count=12, seed=3)
    generate(tmp_path / "b", count=12, seed=3)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(first) == 13  # 12 articles and the manifest
    assert first == second


def test_other_seed_other_text(tmp_path: Path) -> None:
    generate(tmp_path / "a", count=3, seed=3)
    generate(tmp_path / "b", count=3, seed=4)
    assert _files(tmp_path / "a")["a000000.txt"] != _files(tmp_path / "b")["a000000.txt"]


def test_article_depends_only_on_seed_and_number(tmp_path: Path, record: Record) -> None:
    generate(tmp_path, count=2, seed=5, start=40)
    assert (tmp_path / "a000041.txt").read_text(encoding="utf-8") == article(record, 5, 41)[0]


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    generate(tmp_path, count=3, seed=1)
    with pytest.raises(FileExistsError):
        generate(tmp_path, count=1, seed=1)
    (tmp_path / "notes.txt").write_text("mine")
    generate(tmp_path, count=1, seed=2, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a000000.txt", MANIFEST, "notes.txt"]


def test_cli_writes_manifest_line_per_article(tmp_path: Path) -> None:
    assert main(["--count", "4", "--out", str(tmp_path), "--seed", "9"]) == 0
    entries = [json.loads(line) for line in (tmp_path / MANIFEST).read_text().splitlines()]
    assert [e["file"] for e in entries] == [f"a00000{i}.txt" for i in range(4)]
    for e in entries:
        assert (tmp_path / e["file"]).stat().st_size == e["bytes"]


def test_cli_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--count", "1", "--out", str(tmp_path)])
    capsys.readouterr()
    assert main(["--count", "1", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")


def test_articles_are_about_4_kb(sample: list[tuple[str, dict[str, Any]]]) -> None:
    sizes = [entry["bytes"] for _, entry in sample]
    assert all(3 * 1024 <= s <= 6 * 1024 for s in sizes), (min(sizes), max(sizes))
    assert 3.7 * 1024 <= sum(sizes) / len(sizes) <= 4.5 * 1024


def test_every_style_and_quote_mark_style_occurs(sample: list[tuple[str, dict[str, Any]]]) -> None:
    styles = Counter(entry["style"] for _, entry in sample)
    assert set(styles) == {"wire", "oped", "liveblog", "press", "transcript", "british", "empty"}
    marks = {entry["quote_style"] for _, entry in sample}
    assert marks == {"straight", "curly", "single", "single-straight"}


def _body(text: str, entry: dict[str, Any]) -> str:
    offset = entry["boilerplate_offset"]
    return text if offset is None else text[:offset]


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference()


def _forms(reference: Reference, iso3: str) -> list[str]:
    """Every way the reference data lets an article name the country."""
    return [a.alias for a in reference.aliases if a.iso3 == iso3] + [
        c.common_name for c in reference.countries if c.iso3 == iso3
    ]


def test_manifest_facts_are_in_the_text(
    sample: list[tuple[str, dict[str, Any]]], reference: Reference
) -> None:
    aliases = {o.name: o.aliases for o in reference.organizations}
    for text, entry in sample:
        body = _body(text, entry)
        where = entry["file"]
        for p in entry["persons"]:
            assert p["name"] in body, where
            for alias in p["aliases"]:
                assert re.search(rf"\b{re.escape(alias)}\b", body), (where, alias)
        for q in entry["quotes"] + entry["unattributed_quotes"]:
            assert q["starts_with"] in body, where
            for part in q["parts"]:
                assert part in body, (where, part)
        for iso3 in entry["countries"]:
            plain = body.replace("’", "'")  # curly-quote articles write apostrophes curly
            assert any(f in plain for f in _forms(reference, iso3)), (where, iso3)
        for org in entry["organizations"]:
            assert any(a in body for a in (org, *aliases.get(org, ()))), (where, org)
        for t in entry["tallies"]:
            assert t["text"] in body, where
            for key in ("yes", "no", "abstain"):
                n = t[key]
                if n:  # stated in digits or in words
                    assert re.search(
                        rf"\b({n}|{number_words(n)}|{number_words(n, True)})\b", t["text"]
                    ), (where, t)


def test_claims_point_at_known_actors(sample: list[tuple[str, dict[str, Any]]]) -> None:
    for _, entry in sample:
        persons = {p["name"] for p in entry["persons"]}
        speakers = persons | set(entry["organizations"])
        assert {q["speaker"] for q in entry["quotes"]} <= speakers
        for s in entry["stances"]:
            assert s["actor"] in speakers
            assert s["stance"] in ("criticizes", "supports")
            assert s["target"]["voter"] in entry["countries"]
        assert {v["country"] for v in entry["votes"]} <= set(entry["countries"])


def test_votes_follow_the_record_except_marked_slips(
    sample: list[tuple[str, dict[str, Any]]], record: Record
) -> None:
    slips = 0
    votes = 0
    for _, entry in sample:
        for v in entry["votes"]:
            official = record.option_of(v["resolution"], v["country"])
            assert v["record"] == official
            assert v["slip"] == (official is not None and official != v["option"])
            slips += v["slip"]
            votes += 1
        for t in entry["tallies"]:
            res = record.resolutions[t["resolution"]]
            wrong = [
                k for k in ("yes", "no", "abstain") if t[k] is not None and t[k] != getattr(res, k)
            ]
            assert t["slip"] == bool(wrong)
    assert votes > 5 * SAMPLE  # articles state many votes ...
    assert 0 < slips < 0.05 * votes  # ... and a few deliberate slips


def test_empty_articles_state_nothing(sample: list[tuple[str, dict[str, Any]]]) -> None:
    empties = [entry for _, entry in sample if entry["style"] == "empty"]
    for entry in empties:
        assert not (entry["persons"] or entry["quotes"] or entry["votes"] or entry["tallies"])
