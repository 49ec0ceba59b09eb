"""The summary graph: the counts a page shows above its long lists, kept as articles come in.

A vote's page counts its stances by polarity and names the holders who take each most
often; a resolution's counts its stances the same way, its vote claims by vote and
option and its stated tallies by their figures; a country's counts its claimed votes by
resolution, vote and option. Counted per request, each count reads its whole list: for
the vote most articles are about, most of the store. Here each count is a node of the
summary graph (``https://kg.example/graph/summary``) with its number (``kg:count``),
changed in the transaction that writes or replaces an article (``kg.ingest``), so a
page reads a few nodes whatever the size of the store:

- ``kg:StanceCount``: the stances on a vote or on a resolution's votes
  (``kg:countedFor``) with one polarity (``kg:countedPolarity``);
- ``kg:HolderCount``: those of one holder (``kg:countedHolder``) among a stance
  count's. A holder count is ``kg:countedIn`` the node of the holders with the same
  number in that stance count (``<stance count>/<number>``, itself ``kg:countedIn`` the
  stance count, with that ``kg:count``): the most frequent holders are read from the
  few highest of those nodes, not sorted out of thousands of holders;
- ``kg:ClaimCount``: the vote claims with one option (``kg:countedOption``) about a
  vote, or on a resolution by vote (``kg:countedVote``), or by a country by
  resolution (``kg:countedResolution``) and vote;
- ``kg:TallyCount``: the tallies stated for a resolution with the same figures
  (``kg:countedYes``, ``kg:countedNo``, ``kg:countedAbstain``, each absent when the
  article gives none).

Each count says exactly what the page's query over the article graphs would count
(``contributions`` reads an article's graph as those queries read it; the tests compare
the two). A node's IRI is a digest of what it counts, so a writer knows it without
reading. The graph says it is complete with ``kg:summaryVersion``: a store written
before it existed has none, and its pages count their lists as before until
``kg summaries rebuild`` (``kg.graph.recount``) writes it. A store in which nothing is
kept (no such triple) stays so: an ingest into it adds no counts, which would be partial.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from kg import iri
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.terms import IRI, Literal, Quad, Term, term_nt
from kg.vocab import KG, RDF, XSD

SUMMARY_GRAPH = iri.SUMMARY_GRAPH
# The meaning of the counts: a change to what is counted raises it, and a summary of
# another version is not read (the pages count, until a rebuild).
VERSION = 1
_COUNT_BASE = iri.ID + "count/"

# A count's key: its class, the resource it is shown for, then (property, value) pairs
# in a fixed order: values are IRIs, except the tallies' figures (integers).
Key = tuple[str, ...]
_FIGURES = frozenset({KG.countedYes, KG.countedNo, KG.countedAbstain})

# The properties of an article graph that counts read.
_READ = frozenset(
    {
        RDF.type,
        KG.target,
        KG.polarity,
        KG.holder,
        KG.onResolution,
        KG.about,
        KG.voter,
        KG.option,
        KG.span,
        KG.yesCount,
        KG.noCount,
        KG.abstainCount,
    }
)


def count_iri(key: Key) -> str:
    """The node of one count: a digest of its key."""
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:24]
    return _COUNT_BASE + digest


def stance_key(resource: str, polarity: str) -> Key:
    return (KG.StanceCount, resource, KG.countedPolarity, polarity)


def holder_key(group: Key, holder: str) -> Key:
    return (KG.HolderCount, count_iri(group), KG.countedHolder, holder)


def contributions(quads: Iterable[Quad]) -> Counter[Key]:
    """What one article's graph adds to each count.

    Read as the pages' queries read the article graphs: a stance is anything with a
    target and a polarity, counted for its target vote and for that vote's resolution
    (as the same graph gives it); a claim is a ``kg:VoteClaim``, counted for the vote it
    is about, for its resolution by vote, and for its voter by resolution and vote; a
    tally is a ``kg:Tally`` with a span, counted for its resolution by its figures.
    Each fact counts once per count, however many ways it matches (``COUNT(DISTINCT)``).
    """
    facts: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for quad in quads:
        if quad.predicate.value in _READ:
            facts[quad.subject.value][quad.predicate.value].append(quad.object)
    counted: dict[Key, set[str]] = defaultdict(set)
    for node, props in facts.items():
        _stance(node, props, facts, counted)
        types = {t.value for t in props.get(RDF.type, ())}
        if KG.VoteClaim in types:
            _claim(node, props, counted)
        if KG.Tally in types and props.get(KG.span):
            _tally(node, props, counted)
    return Counter({key: len(nodes) for key, nodes in counted.items()})


def _iris(props: Mapping[str, list[Term]], predicate: str) -> list[str]:
    return list(dict.fromkeys(t.value for t in props.get(predicate, ()) if isinstance(t, IRI)))


def _stance(
    node: str,
    props: Mapping[str, list[Term]],
    facts: Mapping[str, Mapping[str, list[Term]]],
    counted: dict[Key, set[str]],
) -> None:
    for vote in _iris(props, KG.target):
        resolutions = _iris(facts.get(vote, {}), KG.onResolution)
        for polarity in _iris(props, KG.polarity):
            for resource in (vote, *resolutions):
                group = stance_key(resource, polarity)
                counted[group].add(node)
                for holder in _iris(props, KG.holder):
                    counted[holder_key(group, holder)].add(node)


def _claim(node: str, props: Mapping[str, list[Term]], counted: dict[Key, set[str]]) -> None:
    for vote in _iris(props, KG.about):
        for option in _iris(props, KG.option):
            counted[KG.ClaimCount, vote, KG.countedOption, option].add(node)
            for res in _iris(props, KG.onResolution):
                by_vote = (KG.countedVote, vote, KG.countedOption, option)
                counted[(KG.ClaimCount, res, *by_vote)].add(node)
                for voter in _iris(props, KG.voter):
                    counted[(KG.ClaimCount, voter, KG.countedResolution, res, *by_vote)].add(node)


def _tally(node: str, props: Mapping[str, list[Term]], counted: dict[Key, set[str]]) -> None:
    figures: list[list[tuple[str, ...]]] = []
    for source, target in (
        (KG.yesCount, KG.countedYes),
        (KG.noCount, KG.countedNo),
        (KG.abstainCount, KG.countedAbstain),
    ):
        found = props.get(source, ())
        values = list(dict.fromkeys(t.value for t in found if isinstance(t, Literal)))
        figures.append([(target, v) for v in values] or [()])
    for res in _iris(props, KG.onResolution):
        for yes in figures[0]:
            for no in figures[1]:
                for abstain in figures[2]:
                    counted[(KG.TallyCount, res, *yes, *no, *abstain)].add(node)


# --- the counts as quads ---------------------------------------------------------------


def _key_triples(key: Key) -> Iterator[tuple[IRI, IRI, Term]]:
    """A count's triples but its number (and, for a holder count, its group's node)."""
    node = IRI(count_iri(key))
    kind, resource, rest = key[0], key[1], key[2:]
    yield node, IRI(RDF.type), IRI(kind)
    if kind != KG.HolderCount:
        yield node, IRI(KG.countedFor), IRI(resource)
    for at in range(0, len(rest), 2):
        prop, value = rest[at], rest[at + 1]
        obj: Term = Literal(value, XSD.integer) if prop in _FIGURES else IRI(value)
        yield node, IRI(prop), obj


def _same_number(stance_count: str, n: int) -> str:
    """The node of the holders of a stance count with the number ``n``."""
    return f"{stance_count}/{n}"


def _graph_quads(triples: Iterable[tuple[IRI, IRI, Term]]) -> Iterator[Quad]:
    graph = IRI(SUMMARY_GRAPH)
    for s, p, o in triples:
        yield Quad(s, p, o, graph)


def marker_quad() -> Quad:
    """The triple that says the summary graph is complete, and of which version."""
    graph = IRI(SUMMARY_GRAPH)
    return Quad(graph, IRI(KG.summaryVersion), Literal(str(VERSION), XSD.integer), graph)


def summary_quads(counts: Mapping[Key, int], *, marker: bool = True) -> Iterator[Quad]:
    """The whole summary graph for ``counts`` (zero counts left out), its marker last."""
    graph = IRI(SUMMARY_GRAPH)
    groups: set[str] = set()
    for key, n in counts.items():
        if n <= 0:
            continue
        node = IRI(count_iri(key))
        yield from _graph_quads(_key_triples(key))
        yield Quad(node, IRI(KG.count), Literal(str(n), XSD.integer), graph)
        if key[0] == KG.HolderCount:
            group = _same_number(key[1], n)
            yield Quad(node, IRI(KG.countedIn), IRI(group), graph)
            if group not in groups:
                groups.add(group)
                yield Quad(IRI(group), IRI(KG.countedIn), IRI(key[1]), graph)
                yield Quad(IRI(group), IRI(KG.count), Literal(str(n), XSD.integer), graph)
    if marker:
        yield marker_quad()


_PAIRS = 3  # the most (property, value) pairs a key has after its resource
_PAIR_VARS = " ".join(f"?p{at} ?o{at}" for at in range(_PAIRS))


def _added_row(key: Key, n: int) -> str:
    """A VALUES row of a count not stored yet: its node, its group (holder counts), its
    number, and its key's triples as class, resource and (property, value) pairs, UNDEF
    where it has none (a template triple with an unbound variable is left out)."""
    triples = list(_key_triples(key))
    kind = term_nt(triples[0][2])
    holder = key[0] == KG.HolderCount
    group = f"<{key[1]}>" if holder else "UNDEF"
    resource = "UNDEF" if holder else f"<{key[1]}>"
    rest = triples[1 if holder else 2 :]
    if len(rest) > _PAIRS:
        raise ValueError(f"a count key with more than {_PAIRS} pairs: {key}")
    pairs = [f"{term_nt(p)} {term_nt(o)}" for _, p, o in rest]
    pairs += ["UNDEF UNDEF"] * (_PAIRS - len(rest))
    return f"(<{count_iri(key)}> {group} {int(n)} {kind} {resource} {' '.join(pairs)})"


def update_text(delta: Mapping[Key, int]) -> str | None:
    """SPARQL update operations that add ``delta`` to the counts (None: no change).

    Each count's new number is computed by the update from the stored one, so the
    operations can run in the transaction that writes the article; a count that comes
    to zero is removed with its node. Built from our own terms alone. Each operation
    starts from its VALUES rows and joins the stored counts to them (an OPTIONAL here
    read every count of the graph: milliseconds more per article at 10,000 articles).
    """
    changed = {key: n for key, n in delta.items() if n}
    if not changed:
        return None
    graph = f"<{SUMMARY_GRAPH}>"
    count, within = f"<{KG.count}>", f"<{KG.countedIn}>"

    plain, holders = [], []
    for key, n in changed.items():
        if key[0] == KG.HolderCount:
            holders.append(f"(<{count_iri(key)}> <{key[1]}> {int(n)})")
        else:
            plain.append(f"(<{count_iri(key)}> {int(n)})")
    added = "\n".join(_added_row(key, n) for key, n in changed.items() if n > 0)
    same = 'BIND(IRI(CONCAT(STR(?g), "/", STR(?new))) AS ?same)'
    operations = []
    if plain:  # counts already stored
        operations.append(
            f"DELETE {{ GRAPH {graph} {{ ?c {count} ?old }} }}\n"
            f"INSERT {{ GRAPH {graph} {{ ?c {count} ?new }} }}\n"
            f"WHERE {{ VALUES (?c ?d) {{ {' '.join(plain)} }}\n"
            f"  GRAPH {graph} {{ ?c {count} ?old }} BIND(?old + ?d AS ?new) }}"
        )
    if holders:  # a holder count also moves to the node of its new number (?g: its group)
        operations.append(
            f"DELETE {{ GRAPH {graph} {{ ?c {count} ?old ; {within} ?was }} }}\n"
            f"INSERT {{ GRAPH {graph} {{ ?c {count} ?new ; {within} ?same .\n"
            f"                          ?same {within} ?g ; {count} ?new }} }}\n"
            f"WHERE {{ VALUES (?c ?g ?d) {{ {' '.join(holders)} }}\n"
            f"  GRAPH {graph} {{ ?c {count} ?old ; {within} ?was }}\n"
            f"  BIND(?old + ?d AS ?new) {same} }}"
        )
    if holders:  # the node of the number a holder count left, if no count has it now
        operations.append(
            f"DELETE {{ GRAPH {graph} {{ ?was {within} ?g ; {count} ?left }} }}\n"
            f"WHERE {{ VALUES (?c ?g ?d) {{ {' '.join(holders)} }}\n"
            f"  GRAPH {graph} {{ ?c {count} ?new }}\n"
            f'  BIND(IRI(CONCAT(STR(?g), "/", STR(?new - ?d))) AS ?was)\n'
            f"  GRAPH {graph} {{ ?was {count} ?left }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH {graph} {{ ?other {within} ?was }} }} }}"
        )
    if added:  # counts not stored yet: their number, their node's triples
        pairs = " ; ".join(f"?p{at} ?o{at}" for at in range(_PAIRS))
        operations.append(
            f"INSERT {{ GRAPH {graph} {{ ?c a ?kind ; <{KG.countedFor}> ?for ; {pairs} ;\n"
            f"                          {count} ?new ; {within} ?same .\n"
            f"                          ?same {within} ?g ; {count} ?new }} }}\n"
            f"WHERE {{ VALUES (?c ?g ?new ?kind ?for {_PAIR_VARS}) {{\n{added} }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH {graph} {{ ?c {count} ?stored }} }} {same} }}"
        )
    # A count at zero goes, with its node (and the node of the holders with none).
    operations.append(f"DELETE WHERE {{ GRAPH {graph} {{ ?c {count} 0 ; ?p ?o }} }}")
    return " ;\n".join(operations)


def _node_triples(key: Key, n: int) -> Iterator[tuple[IRI, IRI, Term]]:
    """The number of a count and, for a holder count, its place among its group's."""
    node = IRI(count_iri(key))
    yield node, IRI(KG.count), Literal(str(n), XSD.integer)
    if key[0] == KG.HolderCount:
        group = IRI(_same_number(key[1], n))
        yield node, IRI(KG.countedIn), group


def _group_triples(stance_count: str, n: int) -> Iterator[tuple[IRI, IRI, Term]]:
    group = IRI(_same_number(stance_count, n))
    yield group, IRI(KG.countedIn), IRI(stance_count)
    yield group, IRI(KG.count), Literal(str(n), XSD.integer)


def _read_numbers(store: KgStore, nodes: Iterable[str]) -> dict[str, int]:
    """The stored numbers of the counts ``nodes`` (those stored)."""
    values = " ".join(f"<{node}>" for node in nodes)
    query = (
        f"SELECT ?c ?n WHERE {{ VALUES ?c {{ {values} }} "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?c <{KG.count}> ?n }} }}"
    )
    return {
        c.value: int(n.value)
        for c, n in store.select(query).rows
        if isinstance(c, IRI) and isinstance(n, Literal)
    }


def _stored_numbers(
    store: KgStore, nodes: Iterable[str], known: Mapping[str, int | None]
) -> dict[str, int]:
    """The stored numbers of the counts ``nodes``: those ``known`` as they are known (None:
    not stored), the others read."""
    found = {node: n for node in nodes if (n := known.get(node)) is not None}
    found.update(_read_numbers(store, [node for node in nodes if node not in known]))
    return found


def _groups_kept(store: KgStore, groups: Iterable[str], leaving: Iterable[str]) -> set[str]:
    """Those of the holders' nodes ``groups`` that hold a count other than ``leaving``."""
    values = " ".join(f"<{group}>" for group in groups)
    others = ", ".join(f"<{node}>" for node in leaving)
    query = (
        f"SELECT ?was WHERE {{ VALUES ?was {{ {values} }} FILTER EXISTS {{ "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?other <{KG.countedIn}> ?was }} "
        f"FILTER(?other NOT IN ({others})) }} }}"
    )
    return {row[0].value for row in store.select(query).rows if isinstance(row[0], IRI)}


def _count_change(
    key: Key,
    old: int | None,
    number: int,
    gone: list[tuple[IRI, IRI, Term]],
    new: list[tuple[IRI, IRI, Term]],
) -> None:
    """The triples of one count to delete and to insert, its number going from ``old``
    (None: not stored) to ``number``; a count at zero goes with its node."""
    if old is None:
        new.extend(_key_triples(key))
    else:
        gone.extend(_node_triples(key, old))
    if number == 0:
        gone.extend(_key_triples(key))
        return
    new.extend(_node_triples(key, number))
    if key[0] == KG.HolderCount:
        new.extend(_group_triples(key[1], number))


def read_update_text(
    store: KgStore,
    delta: Mapping[Key, int],
    known: Mapping[str, int | None] | None = None,
    learned: dict[str, int | None] | None = None,
) -> str | None:
    """What ``update_text`` does, as data: the counts ``delta`` changes are read first,
    and the update deletes and inserts their triples (None: no change).

    Only for a store no one else writes meanwhile (the embedded store, under its
    writer's lock): the numbers read must still be the stored ones when the update
    runs. Much faster there than ``update_text``, whose operations join the stored
    counts to each row; the stored result is the same.

    ``known``: numbers of count nodes known to be stored now (None: no such node), not
    read again. ``learned`` is given each changed node's number once the update has
    run (None: the node is not stored then).
    """
    changed = {key: n for key, n in delta.items() if n}
    if not changed:
        return None
    nodes = {key: count_iri(key) for key in changed}
    stored = _stored_numbers(store, nodes.values(), known or {})
    learning = learned if learned is not None else {}
    gone: list[tuple[IRI, IRI, Term]] = []
    new: list[tuple[IRI, IRI, Term]] = []
    left: dict[str, tuple[str, int]] = {}  # a holders' node left: its stance count, number
    entered: set[str] = set()
    holders: list[str] = []
    for key, d in changed.items():
        old = stored.get(nodes[key])
        if old is None and d <= 0:  # nothing stored to take from (as ``update_text``)
            learning[nodes[key]] = None
            continue
        number = (old or 0) + d
        learning[nodes[key]] = number or None
        _count_change(key, old, number, gone, new)
        if key[0] == KG.HolderCount:
            holders.append(nodes[key])
            if old is not None:
                left[_same_number(key[1], old)] = (key[1], old)
            if number != 0:
                entered.add(_same_number(key[1], number))
    maybe_empty = [group for group in left if group not in entered]
    if maybe_empty:
        kept = _groups_kept(store, maybe_empty, holders)
        for group in maybe_empty:
            if group not in kept:
                gone.extend(_group_triples(*left[group]))
    graph = f"<{SUMMARY_GRAPH}>"

    def data(triples: list[tuple[IRI, IRI, Term]]) -> str:
        return "".join(f"{term_nt(s)} {term_nt(p)} {term_nt(o)} .\n" for s, p, o in triples)

    operations = []
    if gone:
        operations.append(f"DELETE DATA {{ GRAPH {graph} {{\n{data(gone)}}} }}")
    if new:
        operations.append(f"INSERT DATA {{ GRAPH {graph} {{\n{data(new)}}} }}")
    return " ;\n".join(operations) or None


# --- the store's summary -------------------------------------------------------------

_GRAPH_QUADS = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_ANY_ARTICLE = f"ASK {{ GRAPH ?g {{ ?g a <{KG.Article}> }} }}"


def is_current(store: KgStore) -> bool:
    """Whether the store keeps a complete summary graph of this version."""
    found = store.value(SUMMARY_GRAPH, KG.summaryVersion, SUMMARY_GRAPH)
    return isinstance(found, Literal) and found.value == str(VERSION)


FORGET = (
    f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
    f"{{ <{SUMMARY_GRAPH}> <{KG.summaryVersion}> ?version }} }}"
)
"""An update that takes the marker away: after a change kg cannot count (a client's
SPARQL update through ``kg serve``), the pages count their lists until a rebuild."""


def graph_quads(store: KgStore, graph: str) -> list[Quad]:
    """The quads of one stored graph (an article's, before it is replaced)."""
    name = IRI(graph)
    return [
        Quad(s, p, o, name)
        for s, p, o in store.select(_GRAPH_QUADS, {"g": name}).rows
        if isinstance(s, IRI) and isinstance(p, IRI) and o is not None
    ]


_KNOWN_MOST = 500_000  # count numbers a keeper remembers (about 100 bytes each)


@dataclass
class Keeper:
    """Keeps a store's summary graph in step with the articles written to it.

    ``active`` when the store has a current summary graph, or has no article yet (its
    summary, empty, is then written at once). ``ops(added)`` gives the hook a store's
    ``write_article`` calls with the graphs the write removes: the update operations
    that add the new article's counts and take away the removed graphs'. On the
    embedded store they are data (``read_update_text``: the changed counts read first,
    their triples deleted and inserted), elsewhere operations that compute each number
    from the stored one (``update_text``).
    """

    store: KgStore
    active: bool = field(init=False)
    # Whether the counts may be read before the update that changes them: only on the
    # embedded store, whose writer holds its lock (kg.store.lock); a SPARQL server may
    # have other writers, and its update computes each number from the stored one.
    reads: bool = field(init=False)
    # In that case, the numbers of the counts this keeper's committed writes read and
    # changed (None: no such node), not read again: most articles change counts an
    # earlier one of the run changed (about 70% at 300 articles, benchmarks/README.md).
    # ``learned``: those of the last operations, kept once their write is ``committed``.
    known: dict[str, int | None] = field(init=False, default_factory=dict)
    learned: dict[str, int | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.reads = isinstance(self.store, Store) and not self.store.read_only
        self.active = is_current(self.store)
        if not self.active and not self.store.ask(_ANY_ARTICLE):
            self.store.replace_graph(SUMMARY_GRAPH, [marker_quad()])
            self.active = True

    def ops(self, added: Mapping[Key, int]) -> Callable[[list[str]], str | None] | None:
        if not self.active:
            return None

        def operations(removed: list[str]) -> str | None:
            delta = Counter(added)
            for graph in removed:
                delta.subtract(contributions(graph_quads(self.store, graph)))
            if self.reads:
                self.learned = {}
                return read_update_text(self.store, delta, self.known, self.learned)
            return update_text(delta)

        return operations

    def committed(self) -> None:
        """The write the last operations went into is committed: what they read and
        changed is known from now on. (A write that failed is not followed by this
        call, and the store holds what it held: the next operations start afresh.)"""
        if len(self.known) > _KNOWN_MOST:  # a long run: memory stays bounded
            self.known.clear()
        self.known.update(self.learned)
        self.learned = {}
