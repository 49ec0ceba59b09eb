"""Minting IRIs: the only place kg decides what a resource is called.

Every IRI is a function of canonical content (an ISO code, a normalised name, a
resolution symbol, a text's sha256 and a character span), never of time or
chance, so the same thing gets the same IRI in every article and every run.
"""

from __future__ import annotations

import re

from kg.names import fold, person_key, resolution_key
from kg.vocab import KG

BASE = "https://kg.example/"
ID = BASE + "id/"
REFERENCE_GRAPH = BASE + "graph/reference"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
# Counts kept for the pages as articles are written (kg.graph.summary).
SUMMARY_GRAPH = BASE + "graph/summary"
SOFTWARE_AGENT = ID + "software/kg"

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"


def article_iri(sha256: str) -> str:
    return f"{ID}article/{sha256[:16]}"


def person_iri(name: str) -> str:
    return f"{ID}person/{person_key(name)}"


def organization_iri(name: str) -> str:
    return f"{ID}org/{slug(name)}"


def party_iri(name: str, country: str) -> str:
    return f"{ID}party/{country.lower()}-{slug(name)}"


def country_iri(iso3: str) -> str:
    return f"{ID}country/{iso3.upper()}"


def resolution_iri(key: str) -> str:
    return f"{ID}resolution/{slug(resolution_key(key))}"


def vote_event_iri(key: str) -> str:
    return f"{ID}vote-event/{slug(resolution_key(key))}"


def vote_iri(key: str | None, iso3: str) -> str:
    """A country's vote on a resolution: the node the record and stances share."""
    where = slug(resolution_key(key)) if key else "unspecified"
    return f"{ID}vote/{where}/{iso3.upper()}"


def vote_of(resolution: str, country: str) -> str | None:
    """The IRI ``vote_iri`` gives a country's vote on a resolution, from their IRIs (a
    vote node is minted from the same key as its resolution's IRI); None for IRIs that
    kg did not mint so."""
    res_key = resolution.removeprefix(f"{ID}resolution/")
    iso3 = country.removeprefix(f"{ID}country/")
    if res_key == resolution or iso3 == country or not res_key or not iso3 or "/" in res_key:
        return None
    return f"{ID}vote/{res_key}/{iso3}"


def official_tally_iri(key: str) -> str:
    return f"{ID}tally/{slug(resolution_key(key))}"


def official_count_iri(resolution_key: str, option: str) -> str:
    """One count of an official tally (Popolo's Count): the yes votes of A/RES/ES-11/7."""
    return f"{official_tally_iri(resolution_key)}/{slug(option)}"


def role_iri(person_name: str, label: str) -> str:
    return f"{person_iri(person_name)}/role/{slug(label)}"


def option_iri(option: str) -> str:
    return {"yes": KG.yes, "no": KG.no, "abstain": KG.abstain, "non-voting": KG.nonVoting}[option]


def in_article(article: str, kind: str, *parts: str | int) -> str:
    """An IRI for something an article says, scoped under the article's IRI."""
    tail = "/".join(slug(str(p)) if isinstance(p, str) else str(p) for p in parts)
    return f"{article}/{kind}/{tail}"
