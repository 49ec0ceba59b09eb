"""One node per real person across articles: the actor-links graph.

Each article names its persons on its own: "Trump" in one article is
``person/trump``, "Donald Trump" in another ``person/donald-trump``. After each
ingest run kg derives, from every person name in the store, which short names stand
for one fuller name and writes those links to a graph of their own
(``https://kg.example/graph/actor-links``): ``<person/trump> owl:sameAs
<person/donald-trump>``, with ``kg:linkReason`` saying why. The graph is a function
of the names in the store alone, so it does not depend on the order in which
articles were ingested; it is rebuilt whole each time.

The rule is deliberately narrow. A person named by one word (a family name, "Trump",
"Ms. Rice") is joined to the one person whose fuller name ends in that word, when
there is exactly one; if two known persons share the family name ("Susan Rice",
"Condoleezza Rice"), the short name stays apart, and two full names are never
joined to each other. Organizations follow the same rule on their names without a
leading "the", for any ending: "the State Department" joins "US State Department"
when no other organization's name ends in "State Department".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg import iri, names
from kg.reference.load import cached_reference
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Quad
from kg.vocab import KG, OWL, SCHEMA

LINKS_GRAPH = iri.BASE + "graph/actor-links"
_THE = re.compile(r"^the\s+", re.IGNORECASE)

_NAMES = f"""
PREFIX kg: <{KG.base}>
PREFIX schema: <{SCHEMA.base}>
SELECT DISTINCT ?actor ?type ?name WHERE {{
  GRAPH ?g {{ ?actor a ?type ; schema:name ?name . ?g a kg:Article . }}
  FILTER(?type IN (kg:Person, kg:Organization))
}}
"""
_LINKED = f"""
PREFIX owl: <{OWL.base}>
PREFIX kg: <{KG.base}>
SELECT ?actor ?reason WHERE {{
  GRAPH <{LINKS_GRAPH}> {{ ?actor owl:sameAs ?canonical ; kg:linkReason ?reason }}
}} ORDER BY ?actor
"""
_CANONICAL = f"""
PREFIX owl: <{OWL.base}>
SELECT ?canonical WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?actor owl:sameAs ?canonical }} }}
"""


@dataclass(frozen=True)
class Link:
    """A short-named actor joined to the actor it stands for, and why."""

    actor: str
    canonical: str
    reason: str


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})


def _words(name: str, kind: str) -> list[str]:
    if kind == "person":
        words = [w for w in names.person_key(name).split("-") if w]
        return words[1:] if len(words) > 1 and words[0] in _HONORIFICS else words
    return names.name_words(_THE.sub("", name))


def derive_links(
    actors: Iterable[tuple[str, str, str]], known: frozenset[str] = frozenset()
) -> list[Link]:
    """Links among (IRI, kind, name) actors: each one-word actor (any name for an
    organization) to the one fuller actor of its kind whose name ends in it, if exactly
    one does. An actor of ``known`` (the reference data's organizations) is never joined
    to another: its identity is the reference's."""
    words: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    names: dict[str, str] = {}
    for actor, kind, name in actors:
        found = _words(name, kind)
        if found:
            words.setdefault((actor, kind), set()).add(tuple(found))
            if len(name) > len(names.get(actor, "")):
                names[actor] = name
    longest = {key: max(forms, key=len) for key, forms in words.items()}
    # Every ending of every fuller name: a family name for persons; for organizations
    # any run of last words ("State Department" of "US State Department").
    by_ending: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for (actor, kind), form in longest.items():
        ends = [form[-1:]] if kind == "person" else [form[i:] for i in range(1, len(form))]
        for end in ends:
            if len(form) > len(end):
                by_ending.setdefault((kind, end), set()).add(actor)
    links = []
    for (actor, kind), form in sorted(longest.items()):
        if (kind == "person" and len(form) != 1) or actor in known:
            continue  # two full names of persons are never joined
        fuller = sorted(by_ending.get((kind, form), set()) - {actor})
        if len(fuller) != 1:
            continue
        what = "person" if kind == "person" else "organization"
        ending = "family name is" if kind == "person" else "name ends in"
        shown = " ".join(w.capitalize() for w in form)
        reason = (
            f"{names[actor]!r} is {names[fuller[0]]!r}: the only {what} in the graph "
            f"whose {ending} {shown!r}"
        )
        links.append(Link(actor, fuller[0], reason))
    return links


def actor_names(store: KgStore) -> list[tuple[str, str, str]]:
    """(IRI, kind, name) of every person and organization the articles name."""
    found = []
    for actor, kind, name in store.select(_NAMES).rows:
        if isinstance(actor, IRI) and isinstance(name, Literal) and kind is not None:
            found.append((actor.value, "person" if kind.value == KG.Person else "org", name.value))
    return found


def refresh_links(store: KgStore) -> int:
    """Rebuild the actor-links graph from the names in the store; the number of links."""
    if store.read_only:
        return 0
    reference = cached_reference()
    known = frozenset(
        iri.organization_iri(name)
        for name in (
            *(o.name for o in reference.organizations),
            *(g.name for g in reference.groups),
        )
    )
    links = derive_links(actor_names(store), known)
    graph = IRI(LINKS_GRAPH)
    quads = []
    for link in links:
        quads.append(Quad(IRI(link.actor), IRI(OWL.sameAs), IRI(link.canonical), graph))
        quads.append(Quad(IRI(link.actor), IRI(KG.linkReason), Literal(link.reason), graph))
    if quads:
        store.replace_graph(LINKS_GRAPH, quads)
    elif store.has_graph(LINKS_GRAPH):
        store.remove_graph(LINKS_GRAPH)
    return len(links)


def canonical_of(store: KgStore, actor: str) -> str:
    """The actor ``actor`` stands for (itself unless the links graph joins it to another)."""
    for (canonical,) in store.select(_CANONICAL, {"actor": IRI(actor)}).rows:
        if isinstance(canonical, IRI):
            return canonical.value
    return actor


def joined_to(store: KgStore, canonical: str) -> list[tuple[str, str]]:
    """(IRI, reason) of the actors the links graph joins to ``canonical``."""
    rows = store.select(_LINKED, {"canonical": IRI(canonical)}).rows
    return [
        (actor.value, reason.value)
        for actor, reason in rows
        if isinstance(actor, IRI) and isinstance(reason, Literal)
    ]
