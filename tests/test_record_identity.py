"""One node per real person across articles: the actor-links graph (kg.graph.identity) and
``kg actor`` following it, whatever the order of ingest, in both store modes.

The sample articles name Donald Trump in full in one article and by his family name
alone in the other. The other names here are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import main
from kg.graph.identity import LINKS_GRAPH, derive_links, refresh_links
from kg.ingest.ingester import Ingester
from kg.store.backend import KgStore
from kg.views.profile import find_profiles
from tests.backends import open_location
from tests.conftest_record import REPO, SAMPLES

FULL, SHORT = SAMPLES[1], SAMPLES[0]  # "Donald Trump" in 004, "Trump" alone in 000
DONALD = "https://kg.example/id/person/donald-trump"


def _links(actors: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(link.actor, link.canonical) for link in derive_links(actors)]


def test_a_family_name_joins_the_one_person_who_bears_it() -> None:
    actors = [
        ("p/okafor", "person", "Okafor"),
        ("p/adaeze-okafor", "person", "Adaeze N. Okafor"),
        ("p/lindqvist", "person", "Ms. Lindqvist"),
        ("p/maria-lindqvist", "person", "Maria Lindqvist"),
    ]
    assert _links(actors) == [
        ("p/lindqvist", "p/maria-lindqvist"),
        ("p/okafor", "p/adaeze-okafor"),
    ]
    [first, _] = derive_links(actors)
    assert "'Ms. Lindqvist' is 'Maria Lindqvist'" in first.reason
    assert "only person in the graph whose family name is 'Lindqvist'" in first.reason


def test_a_shared_family_name_stays_apart() -> None:
    actors = [
        ("p/okafor", "person", "Okafor"),
        ("p/adaeze-okafor", "person", "Adaeze Okafor"),
        ("p/chidi-okafor", "person", "Chidi Okafor"),
    ]
    assert _links(actors) == []


def test_two_full_names_are_never_joined() -> None:
    actors = [
        ("p/adaeze-okafor", "person", "Adaeze Okafor"),
        ("p/ada-okafor", "person", "Ada Okafor"),
        ("p/okafor-adaeze", "person", "Okafor Adaeze"),
    ]
    assert _links(actors) == []


def test_a_person_and_an_organization_are_never_joined() -> None:
    actors = [("p/marlowe", "person", "Marlowe"), ("o/marlowe-group", "org", "Marlowe Group")]
    assert _links(actors) == []


def test_organizations_named_by_the_end_of_their_name() -> None:
    actors = [
        ("o/admiralty", "org", "the Admiralty"),
        ("o/royal-admiralty", "org", "Royal Admiralty"),
        ("o/harbour-board", "org", "Harbour Board"),
        ("o/board", "org", "Board"),
        ("o/port-board", "org", "Port Board"),
        ("o/lighthouse-office", "org", "the Lighthouse Office"),
        ("o/northern-lighthouse-office", "org", "Northern Lighthouse Office"),
    ]
    assert _links(actors) == [
        ("o/admiralty", "o/royal-admiralty"),
        ("o/lighthouse-office", "o/northern-lighthouse-office"),
    ]
    reasons = [link.reason for link in derive_links(actors)]
    assert "whose name ends in 'Lighthouse Office'" in reasons[1]
    # an organization of the reference data keeps its own identity
    assert _links(actors[:2]) and derive_links(actors[:2], frozenset({"o/admiralty"})) == []


def test_the_links_do_not_depend_on_the_order_of_the_names() -> None:
    actors = [
        ("p/okafor", "person", "Okafor"),
        ("p/adaeze-okafor", "person", "Adaeze Okafor"),
        ("p/lindqvist", "person", "Lindqvist"),
        ("p/maria-lindqvist", "person", "Maria Lindqvist"),
        ("p/maria-lindqvist", "person", "Maria E. Lindqvist"),
    ]
    expected = derive_links(actors)
    for seed in range(5):
        shuffled = actors[:]
        random.Random(seed).shuffle(shuffled)
        assert derive_links(shuffled) == expected


# --- the sample articles -----------------------------------------------------------------


def _ingest(store: KgStore, sources: tuple[str, ...]) -> None:
    ingester = Ingester(store)
    ingester.ensure_reference()
    for source in sources:
        text = (REPO / source).read_text(encoding="utf-8")
        assert ingester.ingest_text(text, source).status == "added"
    ingester.link_actors()


@pytest.mark.parametrize("order", [(FULL, SHORT), (SHORT, FULL)], ids=["full-first", "short-first"])
def test_kg_actor_trump_is_one_person_whichever_article_came_first(
    bundled_data: None, empty_store: KgStore, order: tuple[str, str]
) -> None:
    _ingest(empty_store, order)
    [trump] = find_profiles(empty_store, "trump")
    assert (trump.iri, trump.name, trump.kind) == (DONALD, "Donald Trump", "person")
    assert [j.iri for j in trump.joined] == ["https://kg.example/id/person/trump"]
    assert "the only person in the graph whose family name is 'Trump'" in trump.joined[0].reason
    assert {q.source for q in trump.quotes} == set(SAMPLES)  # what both articles say of him
    assert "Trump" in trump.aliases
    assert [p.iri for p in find_profiles(empty_store, "Donald Trump")] == [DONALD]


def test_the_links_graph_is_the_same_in_both_orders(
    bundled_data: None, new_location: Callable[[], Path | str]
) -> None:
    graphs = []
    for order in ((FULL, SHORT), (SHORT, FULL)):
        store = open_location(new_location(), write=True)
        _ingest(store, order)
        graphs.append(sorted(store.iter_nquads(LINKS_GRAPH)))
    assert graphs[0] == graphs[1] and graphs[0]


def test_ms_rice_finds_susan_rice(bundled_data: None, empty_store: KgStore) -> None:
    _ingest(empty_store, SAMPLES)
    for name in ("Ms. Rice", "ms rice", "Rice"):
        assert [p.name for p in find_profiles(empty_store, name)] == ["Susan E. Rice"], name


def test_a_second_person_of_the_same_name_undoes_the_join(
    bundled_data: None, empty_store: KgStore
) -> None:
    _ingest(empty_store, SAMPLES)
    other = (
        "Harbour news\n\nGreta Trump, a harbour pilot, said the tides were late. "
        '"We wait for the moon," Greta Trump said.\n'
    )
    ingester = Ingester(empty_store)
    assert ingester.ingest_text(other, "harbour.txt").status == "added"
    assert refresh_links(empty_store) == 0  # "Trump" could now be either of two persons
    [short] = find_profiles(empty_store, "trump")  # the name itself, apart from both
    assert (short.name, short.joined) == ("Trump", [])
    assert [p.name for p in find_profiles(empty_store, "Donald Trump")] == ["Donald Trump"]


def test_cli_ingest_links_actors(bundled_data: None, kg_store: Path | str) -> None:
    runner = CliRunner()
    store = ["--store", str(kg_store)]
    for source in (SHORT, FULL):  # one at a time, the short name first
        result = runner.invoke(main, ["ingest", str(REPO / source), *store])
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["actor", "trump", *store])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Donald Trump  (person)  <{DONALD}>")
    assert "  joined: Trump <https://kg.example/id/person/trump>: 'Trump' is 'Donald Trump'" in (
        result.stdout
    )
    assert SHORT.rsplit("/", 1)[1] in result.stdout and FULL.rsplit("/", 1)[1] in result.stdout


def test_cli_ingest_with_workers_links_actors(bundled_data: None, kg_store: Path | str) -> None:
    runner = CliRunner()
    store = ["--store", str(kg_store)]
    result = runner.invoke(main, ["ingest", "--jobs", "2", str(REPO / "data/articles"), *store])
    assert result.exit_code == 0, result.output
    [trump] = find_profiles(open_location(kg_store), "trump")
    assert trump.iri == DONALD and {q.source for q in trump.quotes} == {
        str(REPO / s) for s in SAMPLES
    }
