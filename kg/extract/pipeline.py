"""The sieve, pass by pass: ``Extractor(reference).extract(text) -> Facts``."""

from __future__ import annotations

import gc
import re
import threading
from typing import cast

from kg.extract.actors import ActorIndex
from kg.extract.administrations import with_governments
from kg.extract.gazetteer import Gazetteer
from kg.extract.mentions import EntityMention, find_entities
from kg.extract.persons import PersonContext, find_persons
from kg.extract.quotes import find_quotes
from kg.extract.resolutions import ResolutionMatcher
from kg.extract.resolutions.recorded import recorded_votes, remapped, sibling_votes
from kg.extract.roles import PersonRoles, extract_roles
from kg.extract.stance_envoys import envoy_countries, unnamed_envoys
from kg.extract.stances import read_stances
from kg.extract.tallies import read_tallies
from kg.extract.text import Document
from kg.extract.votes import read_votes
from kg.model import (
    CountryMention,
    CountryMentionKind,
    Evidence,
    Facts,
    Organization,
    Person,
    Reference,
    ResolutionRef,
)

_GOVERNMENT_KINDS = frozenset({"government"})


class Extractor:
    """Holds what extraction needs from the reference data, built once."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.gazetteer = Gazetteer(reference)
        self.matcher = ResolutionMatcher(reference)
        self.party_letters = {p.letter: (p.name, p.country) for p in reference.parties if p.letter}

    def extract(self, text: str, date: str | None = None) -> Facts:
        """The facts of one article; ``date`` (YYYY-MM-DD) is its date of publication
        where the metadata gives one."""
        # Extraction builds no reference cycles (tests/extract/test_pipeline.py checks it):
        # everything it allocates is freed by reference counting, and the cycle collector,
        # set off by the sheer number of small objects, would only spend time (5 to 10%)
        # walking them and the reference data. The switch is the process's: with other
        # threads running (they may want the collector, or be extracting too and turn it
        # back on mid-way), it is left alone.
        if not gc.isenabled() or threading.active_count() > 1:
            return self._extract(text, date)
        gc.disable()
        try:
            return self._extract(text, date)
        finally:
            gc.enable()

    def _extract(self, text: str, date: str | None) -> Facts:
        doc = Document(text, date)
        entities, covered = find_entities(doc, self.gazetteer)
        persons = find_persons(doc, entities, covered)
        entities = with_governments(
            doc, entities, persons
        )  # (the leader's surname is a person's too)
        roles = extract_roles(doc, persons, entities, self.gazetteer, self.party_letters)
        actors = ActorIndex(doc, persons, entities)
        country_of = _actor_countries(persons, roles, entities)
        quotes = find_quotes(doc, actors, country_of)
        ctx = self.matcher.analyse(doc)
        votes, claim_evidence = read_votes(doc, entities, ctx, self.matcher, quotes, country_of)
        tallies = read_tallies(doc, ctx, self.matcher)
        named_envoys = envoy_countries(doc, persons, entities)
        later_named = unnamed_envoys(doc, persons, entities)
        speaks_for = dict(country_of)
        for name, country in named_envoys.items():
            if country is not None:
                speaks_for.setdefault(name, country)
        for envoy in later_named:
            speaks_for.setdefault(envoy.name, envoy.country)
        stances = read_stances(
            doc,
            actors,
            entities,
            ctx,
            self.matcher,
            quotes,
            claim_evidence,
            speaks_for,
            _envoys(persons, roles)
            | frozenset(named_envoys)
            | frozenset(e.name for e in later_named if speaks_for[e.name] == e.country),
            later_named,
            _leaders(persons, roles),
        )
        known = recorded_votes(doc, votes, tallies, self.matcher.records, self.matcher.recorded)
        if known:
            # an unknown vote whose reported voters are a known vote's record is that vote
            votes, tallies, stances = remapped(known, votes, tallies, stances)
        # a claim its vote's record contradicts is of the other vote of that day it fits
        votes = sibling_votes(doc, votes, self.matcher.records, self.matcher.recorded)
        resolutions: dict[str, ResolutionRef] = {}
        for ref in (
            [m.ref for m in ctx.mentions]
            + [v.resolution for v in votes]
            + [t.resolution for t in tallies]
            + [s.target.resolution for s in stances if s.target.resolution]
        ):
            if ref.key not in known:
                resolutions.setdefault(ref.key, ref)
        return Facts.trusted(
            title=doc.title,
            persons=tuple(_persons(doc, persons, roles)),
            countries=tuple(_countries(entities)),
            organizations=tuple(_organizations(entities)),
            quotes=tuple(quotes),
            stances=tuple(stances),
            votes=tuple(votes),
            tallies=tuple(tallies),
            resolutions=tuple(resolutions.values()),
            issues=(),
        )


# Roles in which a person speaks for their government: a diplomat or a foreign-affairs
# official (a lawmaker's "Representative" title is not one of them).
_ENVOY_ROLE = re.compile(
    r"(?i)\b(?:ambassador|envoy|(?:permanent|deputy|alternate)\s+representative|representative\s+"
    r"(?:to|of)|delegate|"
    r"charg[eé]\s+d['’]affaires|"
    r"spokes(?:man|woman|person)|foreign\s+(?:minister|secretary)|minister\s+of\s+foreign|"
    r"secretary\s+of\s+state)\b"
)


def _envoys(persons: PersonContext, roles: dict[int, PersonRoles]) -> frozenset[str]:
    """The persons who speak for their country's government, by the roles the article
    gives them (a former ambassador speaks for no one), or as its voice in a transcript."""
    return frozenset(
        cluster.name
        for cluster in persons.clusters
        if roles[cluster.id].voice
        or any(
            _ENVOY_ROLE.search(role.label) and not role.former for role in roles[cluster.id].roles
        )
    )


# a head of state or government (not the president of a UN body)
_LEADER_ROLE = re.compile(
    r"(?i)\b(?:prime\s+minister|premier|chancellor|taoiseach|"
    r"president(?!\s+of\s+the\s+(?:general|security|human|economic|u\.?n\.?\b|united)))\b"
)


def _leaders(persons: PersonContext, roles: dict[int, PersonRoles]) -> frozenset[str]:
    """The persons the article gives a head of state's or government's role."""
    return frozenset(
        cluster.name
        for cluster in persons.clusters
        if any(_LEADER_ROLE.search(r.label) and not r.former for r in roles[cluster.id].roles)
    )


def _actor_countries(
    persons: PersonContext, roles: dict[int, PersonRoles], entities: list[EntityMention]
) -> dict[str, str]:
    """The country each named actor belongs to, by actor name."""
    out: dict[str, str] = {}
    for cluster in persons.clusters:
        country = roles[cluster.id].country
        if country:
            out[cluster.name] = country
    for e in entities:
        if e.kind == "organization" and e.country:
            out.setdefault(e.key, e.country)
    return out


def _persons(doc: Document, persons: PersonContext, roles: dict[int, PersonRoles]) -> list[Person]:
    out = []
    for cluster in persons.clusters:
        info = roles[cluster.id]
        out.append(
            Person.trusted(
                name=cluster.name,
                aliases=tuple(cluster.aliases),
                roles=info.roles,
                party=info.party,
                country=info.country,
                mentions=tuple(Evidence.at(m.start, m.end, m.rule) for m in cluster.mentions),
            )
        )
    return out


def _countries(entities: list[EntityMention]) -> list[CountryMention]:
    out = []
    for e in entities:
        if e.kind == "country":
            kind = cast(CountryMentionKind, e.detail)  # the gazetteer's kinds of country name
            out.append(
                CountryMention.at(e.key, e.surface, kind, Evidence.at(e.start, e.end, e.rule))
            )
        elif e.kind == "organization" and e.country and e.detail in _GOVERNMENT_KINDS:
            evidence = Evidence.at(e.start, e.end, "country.government-metonym")
            out.append(CountryMention.at(e.country, e.surface, "metonym", evidence))
    return out


def _organizations(entities: list[EntityMention]) -> list[Organization]:
    grouped: dict[str, list[EntityMention]] = {}
    for e in entities:
        if e.kind == "organization":
            grouped.setdefault(e.key, []).append(e)
    out = []
    for name, mentions in grouped.items():
        first = mentions[0]
        out.append(
            Organization.trusted(
                name=name,
                kind=first.detail,
                country=first.country,
                mentions=tuple(Evidence.at(m.start, m.end, m.rule) for m in mentions),
            )
        )
    return out


def extract(text: str, reference: Reference | None = None) -> Facts:
    """Extract with the bundled reference data (convenience for one-off use)."""
    from kg.reference.load import cached_reference  # noqa: PLC0415 (kg.reference.load imports kg.extract)

    return Extractor(reference or cached_reference()).extract(text)
