"""Actor profiles (kg actor): roles, quotes with their article, stances, and a country's
votes next to the record."""

from __future__ import annotations

import json

import pytest

from kg.store.embedded import Store
from kg.terms import IRI, Literal, Quad
from kg.views import profile as profiles
from kg.views.profile import find_profiles
from kg.views.queries import run_saved
from kg.views.statements import resolution_symbols
from kg.vocab import KG
from tests.support import Corpus, RunKg, bound, one_error_line

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
    # the organization of a role the reference knows is named from the reference graph
    assert any(r.endswith("U.N. ambassador (United Nations)") for r in roles), roles
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
    assert out.startswith("United States  (country)  <https://kg.example/id/country/USA>")
    # A name that is a country does not also list every actor whose name contains it.
    assert "The Washington Post" not in out
    assert "    - A/RES/ES-11/7: no  (high confidence, sources " in out
    assert "    - A/RES/ES-11/7: no  agrees with the record\n" in out
    assert f"        data/articles/{BIG}.txt [" in out


def test_an_actor_named_after_a_country_is_found_by_its_full_name(corpus_kg: RunKg) -> None:
    result = corpus_kg("actor", "washington post")
    assert result.exit_code == 0
    assert result.stdout.startswith("The Washington Post  (organization)")


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


_PERSON_COUNTRIES = """
PREFIX kg: <https://kg.example/ontology#>
SELECT DISTINCT ?person ?iso3 WHERE {
  GRAPH ?g {
    ?person a kg:Person .
    OPTIONAL {
      ?person kg:country ?c . GRAPH <https://kg.example/graph/reference> { ?c kg:iso3 ?iso3 }
    }
  }
}
"""


def test_a_person_s_country_is_the_one_the_graph_gives_or_none(corpus: Corpus) -> None:
    """A person the articles give no country has none in the profile (not the first of
    the reference graph's countries, as an OPTIONAL on the code alone would give)."""
    given: dict[str, set[str]] = {}
    for row in corpus.store.select(_PERSON_COUNTRIES).rows:
        given.setdefault(bound(row[0]), set()).update([row[1].value] if row[1] else [])
    assert any(not codes for codes in given.values()), "a person without a country"
    for person, codes in given.items():
        shown = profiles.profile(corpus.store, person).country
        assert (shown in codes) if codes else shown is None, person


def test_a_resolution_is_shown_by_its_adopted_symbol_else_its_draft_else_its_key() -> None:
    """The symbols are read by subject after the stances: whichever graph holds them."""
    adopted, draft, unmatched = (IRI(f"https://kg.example/id/resolution/{k}") for k in "abc")
    facts = [
        (adopted, KG.draftSymbol, "A/ES-11/L.10", "https://kg.example/id/article/1"),
        (adopted, KG.symbol, "A/RES/ES-11/7", "https://kg.example/graph/reference"),
        (draft, KG.draftSymbol, "A/78/L.5", "https://kg.example/id/article/2"),
        (unmatched, KG.slug, "the text on the embargo", "https://kg.example/id/article/2"),
    ]
    store = Store(None)
    store.add_quads(Quad(s, IRI(p), Literal(o), IRI(g)) for s, p, o, g in facts)
    shown = resolution_symbols(store, [adopted.value, None, draft.value, unmatched.value, ""])
    assert shown == {
        adopted.value: "A/RES/ES-11/7",
        draft.value: "A/78/L.5",
        unmatched.value: "the text on the embargo",
    }
