"""Actor profiles (kg actor): roles, quotes with their article, stances, and a country's
votes next to the record."""

from __future__ import annotations

import json

import pytest

from kg.profile import find_profiles
from kg.queries import run_saved
from tests.support import Corpus, RunKg, one_error_line

BIG = "000_7e07d1f34e2d32f7"


def test_kg_actor_rice_shows_roles_quotes_with_their_article_and_stance(
    corpus: Corpus, corpus_kg: RunKg
) -> None:
    result = corpus_kg("actor", "rice")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Susan E. Rice  (person)  <https://kg.example/id/person/susan-rice>")
    roles = out.split("  roles:\n", 1)[1].split("\n  quotes", 1)[0].splitlines()
    assert any("ambassador" in r for r in roles) and any("security adviser" in r for r in roles)
    article = corpus.article(BIG)
    quotes = run_saved(corpus.store, "quotes-by-actor", {"actor": "rice"}).dicts()
    assert f"  quotes ({len(quotes)}):" in out
    flat = " ".join(out.split())
    for quote in quotes:
        assert " ".join(quote["text"].value.split()) in flat  # type: ignore[union-attr]
    assert f"in data/articles/{BIG}.txt  <{article.graph}>" in out
    assert "  stances (1):\n    - criticizes the USA vote on A/RES/ES-11/7" in out


def test_names_match_without_case_or_accents_and_in_part(corpus: Corpus) -> None:
    for name in ("RICE", "susan e. rice", "Susan Rice", "rícé", "s. rice", "E. Rice"):
        assert [p.name for p in find_profiles(corpus.store, name)] == ["Susan E. Rice"], name


def test_several_matches_are_all_listed(corpus_kg: RunKg) -> None:
    result = corpus_kg("actor", "don")
    assert result.exit_code == 0
    assert result.stdout.startswith("2 actors match 'don':")
    assert "Don Bacon  (person)" in result.stdout and "Donald Trump  (person)" in result.stdout


def test_no_match_is_an_error(corpus_kg: RunKg) -> None:
    result = corpus_kg("actor", "Nobody Atall")
    assert result.exit_code == 1
    assert one_error_line(result) == "kg: error: no actor matches 'Nobody Atall'"


def test_a_country_by_metonym_shows_the_record_beside_the_claims(corpus_kg: RunKg) -> None:
    result = corpus_kg("actor", "Washington")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(
        "2 actors match 'Washington':\n\n"
        "United States  (country)  <https://kg.example/id/country/USA>"
    )
    assert "The Washington Post  (organization)" in out
    assert "    - A/RES/ES-11/7: no (high confidence)" in out
    assert f"    - A/RES/ES-11/7: no says data/articles/{BIG}.txt  (agrees with the record)" in out


def test_json_profiles(corpus: Corpus, corpus_kg: RunKg) -> None:
    result = corpus_kg("actor", "Curtis", "--format", "json")
    assert result.exit_code == 0
    [profile] = json.loads(result.stdout)
    assert profile["name"] == "John Curtis" and profile["party"] == "Republican"
    assert profile["country"] == "USA"
    assert [s["polarity"] for s in profile["stances"]] == ["criticizes"]
    assert all(q["article"] == corpus.article(BIG).graph for q in profile["quotes"])
    assert len(profile["quotes"]) == len({q["text"] for q in profile["quotes"]}), "no duplicates"


@pytest.mark.parametrize("name", ["rice", "Curtis", "Bacon", "Leavitt", "USA"])
def test_nothing_is_listed_twice(name: str, corpus: Corpus) -> None:
    for profile in find_profiles(corpus.store, name):
        quotes = [(q.text, q.article) for q in profile.quotes]
        stances = [
            (s.polarity, s.voter, s.resolution, s.article, s.sentence) for s in profile.stances
        ]
        votes = [(v.resolution, v.option, v.source, v.sentence) for v in profile.votes]
        assert len(quotes) == len(set(quotes))
        assert len(stances) == len(set(stances))
        assert len(votes) == len(set(votes))
