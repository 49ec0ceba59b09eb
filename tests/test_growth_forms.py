"""The forms that keep a page's cost with its rows as the store grows (issue 18).

``who-criticized-the-vote`` and ``who-supported-the-vote`` with a voter and a
resolution start from the vote's node, which the query derives from the two
(``#+ derive``, kg.iri.vote_of) instead of stepping over every claim of the voter; a
profile reads its stances' recorded options by vote (kg.views.statements.with_recorded).
These tests check that the forms give the answers of the plain ones; how fast they
are is for benchmarks/bench_pages.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg import iri
from kg.errors import QueryError
from kg.terms import IRI
from kg.views.profile import profile
from kg.views.queries import (
    bind_parameters,
    get_query,
    parse_saved_query,
    query_bindings,
    run_saved,
)
from kg.vocab import KG, RDFS
from tests.support import Corpus

_HEADER = "#+ title: T\n#+ description: D.\n"
_PARAMS = (
    "#+ param: voter country optional  A country.\n"
    "#+ param: resolution resolution optional  A resolution.\n"
)
_BODY = "SELECT ?voter ?resolution WHERE { ?vote ?p ?voter }\n"


@pytest.mark.parametrize("key", ["A/RES/ES-11/7", "A/ES-11/L.10", "S/RES/2758 (2024)", "x y"])
def test_the_derived_vote_is_the_vote_kg_mints(key: str) -> None:
    resolution, country = iri.resolution_iri(key), iri.country_iri("fra")
    assert iri.vote_of(resolution, country) == iri.vote_iri(key, "FRA")


def test_no_vote_is_derived_from_iris_kg_did_not_mint() -> None:
    country = iri.country_iri("FRA")
    assert iri.vote_of("https://example.org/resolution/r1", country) is None
    assert iri.vote_of(iri.resolution_iri("A/RES/1/1"), "https://example.org/FRA") is None


@pytest.mark.parametrize(
    ("derive", "problem"),
    [
        ("?vote = tally(?voter, ?resolution)", "malformed derive"),
        ("?vote = vote(?resolution, ?voter)", "needs a country and a resolution"),
        ("?voter = vote(?voter, ?resolution)", "a name of its own"),
    ],
)
def test_a_malformed_derive_is_refused(tmp_path: Path, derive: str, problem: str) -> None:
    path = tmp_path / "q.rq"
    path.write_text(_HEADER + _PARAMS + f"#+ derive: {derive}\n" + _BODY, encoding="utf-8")
    with pytest.raises(QueryError, match=problem):
        parse_saved_query(path)


@pytest.mark.parametrize("name", ["who-criticized-the-vote", "who-supported-the-vote"])
def test_the_vote_is_derived_only_from_both_parameters(name: str, corpus: Corpus) -> None:
    query = get_query(name)
    both = query_bindings(corpus.store, query, {"voter": "USA", "resolution": "A/RES/ES-11/7"})
    assert both["vote"] == IRI(iri.vote_iri("A/RES/ES-11/7", "USA"))
    assert "vote" not in query_bindings(corpus.store, query, {"voter": "USA"})
    assert "vote" not in query_bindings(corpus.store, query, {"resolution": "A/RES/ES-11/7"})
    assert "vote" not in run_saved(corpus.store, name, {"voter": "USA"}).variables


@pytest.mark.parametrize("name", ["who-criticized-the-vote", "who-supported-the-vote"])
@pytest.mark.parametrize("resolution", ["A/RES/ES-11/7", "A/ES-11/L.10"])
def test_the_derived_vote_changes_no_row(name: str, resolution: str, corpus: Corpus) -> None:
    """The answer with the vote bound is the answer without it, every row once."""
    query = get_query(name)
    values = {"voter": "USA", "resolution": resolution}
    plain = corpus.store.select(query.text, bind_parameters(corpus.store, query, values)).rows
    derived = run_saved(corpus.store, name, values).rows
    assert Counter(derived) == Counter(plain)
    if name == "who-criticized-the-vote":
        assert derived, "the samples criticize this vote: the check would prove nothing"


def test_a_stance_carries_the_recorded_option_of_its_vote(corpus: Corpus) -> None:
    store = corpus.store
    holders = store.select(
        "PREFIX kg: <https://kg.example/ontology#> "
        "SELECT DISTINCT ?h WHERE { GRAPH ?g { ?s a kg:Stance ; kg:holder ?h } }"
    ).rows
    checked = 0
    for (holder,) in holders:
        assert isinstance(holder, IRI)
        for stance in profile(store, holder.value).stances:
            option = store.value(stance.vote, KG.option, iri.REFERENCE_GRAPH)
            label = store.value(option.value, RDFS.label) if option is not None else None
            assert stance.recorded == (label.value if label is not None else None)
            checked += stance.recorded is not None
    assert checked, "no stance on a recorded vote in the samples: the check proves nothing"
