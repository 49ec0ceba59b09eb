"""The reference graph: States, UN bodies, resolutions, official votes, groups; reloads."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import rdflib

from kg import iri
from kg.reference.bootstrap import ensure_reference
from kg.store.backend import KgStore
from kg.vocab import KG
from tests.conftest_record import REPO, rows_of

PREFIX = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX opengov: <http://www.w3.org/ns/opengov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
REF = "<https://kg.example/graph/reference>"


def _csv(name: str) -> list[dict[str, str]]:
    with (REPO / "data" / "reference" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _count(store: KgStore, where: str) -> int:
    result = store.select(PREFIX + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    value = result.rows[0][0]
    assert value is not None
    return int(value.value)


def test_every_state_with_codes_names_capital_and_wikidata(memory_store: KgStore) -> None:
    states = _csv("un_member_states.csv")
    assert len(states) == 195
    complete = _count(
        memory_store,
        f"""GRAPH {REF} {{
        ?c a kg:Country ; kg:iso3 ?iso3 ; kg:iso2 ?iso2 ; kg:unName ?un ; schema:name ?name ;
           kg:memberStatus ?status ; owl:sameAs ?wd . }}""",
    )
    assert complete == 195
    assert _count(memory_store, f"GRAPH {REF} {{ ?c kg:memberStatus 'observer' }}") == 2
    with_capital = sum(1 for s in states if s["capital"])
    assert (
        _count(memory_store, f"GRAPH {REF} {{ ?c a kg:Country ; kg:capital ?x }}") == with_capital
    )
    iran = memory_store.select(
        PREFIX
        + f"""SELECT ?un ?name ?capital ?wd WHERE {{ GRAPH {REF} {{
        <{iri.country_iri("IRN")}> kg:unName ?un ; schema:name ?name ; kg:capital ?capital ;
        owl:sameAs ?wd }} }}"""
    )
    assert rows_of(iran) == [
        {
            "un": "Iran (Islamic Republic of)",
            "name": "Iran",
            "capital": "Tehran",
            "wd": "http://www.wikidata.org/entity/Q794",
        }
    ]


def test_un_bodies(memory_store: KgStore) -> None:
    bodies = memory_store.select(
        PREFIX
        + f"""SELECT ?name WHERE {{ GRAPH {REF} {{
        ?b kg:orgKind "un-body" ; schema:name ?name }} }} ORDER BY ?name"""
    )
    names = [r["name"] for r in rows_of(bodies)]
    assert "UN General Assembly" in names
    assert "UN Security Council" in names


def test_resolutions(memory_store: KgStore, record_golden: Callable[[str, Any], None]) -> None:
    result = memory_store.select(
        PREFIX
        + f"""
    SELECT ?symbol ?draft ?body ?date ?title ?yes ?no ?abstain ?nonVoting
           (GROUP_CONCAT(DISTINCT ?sponsorName; separator="|") AS ?sponsors)
           (COUNT(DISTINCT ?count) AS ?popoloCounts) WHERE {{ GRAPH {REF} {{
      ?r a kg:Resolution ; kg:symbol ?symbol ; kg:draftSymbol ?draft ; kg:date ?date ;
         dcterms:title ?title ; kg:body/schema:name ?body ; kg:voteEvent ?event .
      ?event kg:tally ?t .
      ?t kg:yesCount ?yes ; kg:noCount ?no ; kg:abstainCount ?abstain ;
         kg:nonVotingCount ?nonVoting .
      ?event opengov:count ?count . ?count a opengov:Count ; kg:option ?o ; rdf:value ?v .
      OPTIONAL {{ ?r kg:sponsor ?s . OPTIONAL {{ ?s kg:iso3 ?iso }}
                 OPTIONAL {{ ?s schema:name ?sn }} BIND(COALESCE(?iso, ?sn) AS ?sponsorName) }}
    }} }}
    GROUP BY ?symbol ?draft ?body ?date ?title ?yes ?no ?abstain ?nonVoting ORDER BY ?symbol"""
    )
    rows = rows_of(result)
    for row in rows:  # GROUP_CONCAT's order is the engine's: compare sponsors as a set
        row["sponsors"] = sorted(row["sponsors"].split("|"))
    assert len(rows) == len(_csv("un_resolutions.csv")) == 5
    record_golden("reference_resolutions", rows)
    es_11_7 = next(r for r in rows if r["symbol"] == "A/RES/ES-11/7")
    assert (es_11_7["yes"], es_11_7["no"], es_11_7["abstain"]) == ("93", "18", "65")
    assert es_11_7["popoloCounts"] == "4"


def test_official_votes_with_source_and_confidence(memory_store: KgStore) -> None:
    rows = _csv("un_votes.csv")
    known = [r for r in rows if r["vote"] != "unknown"]
    votes = _count(memory_store, f"GRAPH {REF} {{ ?v a kg:RecordedVote }}")
    assert votes == len(known) == 774
    sourced = _count(
        memory_store,
        f"""GRAPH {REF} {{ ?v a kg:RecordedVote ; kg:voter ?c ;
        kg:option ?o ; kg:onResolution ?r ; kg:voteEvent ?e ; kg:confidence ?conf ;
        kg:recordSource ?src }}""",
    )
    assert sourced == len(known)
    # an unknown vote is not asserted
    unknown = next(r for r in rows if r["vote"] == "unknown")
    node = iri.vote_iri(unknown["resolution_symbol"], unknown["country_iso3"])
    assert not memory_store.ask(f"ASK {{ GRAPH {REF} {{ <{node}> ?p ?o }} }}")


def test_groups(memory_store: KgStore) -> None:
    groups = _csv("groups.csv")
    for g in groups:
        node = iri.organization_iri(g["group"])
        members = _count(memory_store, f"GRAPH {REF} {{ ?c kg:memberOf <{node}> }}")
        assert members == len(g["members"].split("|")), g["group"]
    g7 = memory_store.select(
        PREFIX
        + f"""SELECT ?iso WHERE {{ GRAPH {REF} {{
        ?c kg:memberOf ?g ; kg:iso3 ?iso . ?g a kg:Group ; schema:name "G7" ;
        kg:usualAllies true }} }} ORDER BY ?iso"""
    )
    assert [r["iso"] for r in rows_of(g7)] == ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]


def test_everything_is_in_the_reference_graph(memory_store: KgStore) -> None:
    assert memory_store.graphs() == sorted([iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH])


def test_reloads_when_the_files_change(record_data: Path, empty_store: KgStore) -> None:
    store = empty_store
    assert ensure_reference(store) is True
    assert ensure_reference(store) is False  # loaded once
    size = store.graph_size(iri.REFERENCE_GRAPH)
    groups = record_data / "groups.csv"
    text = groups.read_text(encoding="utf-8")
    groups.write_text(text.replace("G7,", "G7 (edited),", 1), encoding="utf-8")
    assert ensure_reference(store) is True  # a changed file is seen
    assert store.graph_size(iri.REFERENCE_GRAPH) != size
    groups.write_text(text, encoding="utf-8")
    assert ensure_reference(store) is True
    assert store.graph_size(iri.REFERENCE_GRAPH) == size


def test_new_terms_are_defined_in_the_ontology() -> None:
    ontology = rdflib.Graph().parse(REPO / "ontology" / "kg.ttl")
    for name in ("Group", "memberOf", "usualAllies", "asOf", "sponsor"):
        term = rdflib.URIRef(getattr(KG, name))
        assert (term, rdflib.RDFS.label, None) in ontology, name
        assert (term, rdflib.RDFS.comment, None) in ontology, name
