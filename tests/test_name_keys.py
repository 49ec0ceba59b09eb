"""Name keys: looking an actor up by part of a name reads an index, and finds exactly
what reading every name finds."""

from __future__ import annotations

import pytest

from kg import names
from kg.store.embedded import Store
from kg.views.queries import find_actors
from tests.support import Corpus


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Susan E. Rice", ["e", "ric", "rice", "sus", "susa", "susan"]),
        ("Agnès Strömaux", ["agn", "agne", "agnes", "str", "stro", "strom", "stroma"]),
        ("Li Wei", ["li", "wei"]),
        ("U.N.", ["n", "u"]),
    ],
    ids=["initial", "accents", "short-words", "letters"],
)
def test_the_keys_of_a_name(name: str, keys: list[str]) -> None:
    assert names.name_keys(name) == keys


def test_a_search_key_is_a_key_of_every_name_it_should_find() -> None:
    for name in ("Benedikt Kescourt", "Donald Trump", "The Washington Post"):
        for word in names.name_words(name):
            for end in range(1, len(word) + 1):
                key = names.search_key(word[:end])
                assert key is None or key in names.name_keys(name), (name, word[:end])


@pytest.fixture(scope="module")
def unkeyed(corpus: Corpus) -> Store:
    """The sample store as written before name keys: look-ups read every name."""
    store = Store(None)
    store.bulk_add(b"".join(q for q in corpus.store.iter_nquads() if b"#nameKey>" not in q))
    return store


@pytest.mark.parametrize(
    "typed",
    [
        "rice",
        "RICE",
        "s. rice",
        "Susan Rice",
        "don",
        "washington post",
        "ric",
        "e. rice",
        "state department",
        "Kremlin",
        "russia",
        "nobody atall",
        "zz",
        "u.s.",
    ],
)
def test_the_index_finds_what_reading_every_name_finds(
    corpus: Corpus, unkeyed: Store, typed: str
) -> None:
    assert find_actors(corpus.store, typed) == find_actors(unkeyed, typed)
