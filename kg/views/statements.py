"""Stances and vote claims as lines of a page, each with its evidence and article.

Shared by the entity pages (kg.views.entity) and the resolution breakdown (kg.views.breakdown):
the small view types they have in common, ``rows`` (a query with one resource
bound, as plain strings), and the stances on a vote, a quote, an article or a
resolution.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.graph.summary import is_current
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Term
from kg.vocab import KG

# Rows of a long list on one page (a server page, `kg actor`).
PAGE_SIZE = 50
# Holders of each stance a page's summary names.
TOP = 5

PREFIXES = """
PREFIX kg: <https://kg.example/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_STANCES_ON = (
    PREFIXES
    + """
SELECT DISTINCT ?stance ?holder ?holderName ?polarity ?vote ?voter ?voterName ?res ?cue
       ?sentence ?quote ?article ?source WHERE {
  GRAPH ?article { ?stance a kg:Stance ; kg:holder ?holder ; kg:polarity ?p ; kg:target ?vote ;
                           kg:cue ?cue ; kg:span ?span .
                   ?article kg:sourceLocation ?source ; schema:text ?articleText .
                   # The target's facts from the stance's own graph: the union of all graphs
                   # repeats them once per article. Required patterns first, OPTIONALs and
                   # BINDs last: in another order pyoxigraph joins without the bindings made.
                   # The voter is OPTIONAL (every vote has one) so that a bound vote is
                   # joined from its stances, not from every article that names the vote.
                   OPTIONAL { ?vote kg:voter ?voter }
                   OPTIONAL { ?stance kg:basedOnQuote ?quote }
                   OPTIONAL { ?holder schema:name ?local }
                   # The resolution's symbol is read afterwards (resolution_symbols).
                   OPTIONAL { ?vote kg:onResolution ?res } }
  # The label from the ontology's graph: over the union, pyoxigraph read every
  # article's labels (roles have them) before the join, seconds at 100k articles.
  GRAPH <https://kg.example/graph/ontology> { ?p rdfs:label ?polarity }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?holder schema:name ?known } }
  OPTIONAL { GRAPH <https://kg.example/graph/reference> { ?voter schema:name ?voterName } }
  BIND(COALESCE(?local, ?known) AS ?holderName)
  BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
  BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
  BIND(SUBSTR(?articleText, ?start + 1, ?end - ?start) AS ?sentence)
} ORDER BY ?article ?holderName
"""
)


@dataclass
class Paging:
    """Where one page of a long list stands: the offset of its first row, the rows a
    page holds (None: all of them) and the count of the whole list."""

    offset: int = 0
    size: int | None = None
    total: int = 0

    @property
    def next(self) -> int | None:
        """The offset of the next page, if the list goes on."""
        if self.size is None or self.offset + self.size >= self.total:
            return None
        return self.offset + self.size

    @property
    def previous(self) -> int | None:
        if not self.offset:
            return None
        return max(0, self.offset - (self.size or self.offset))

    @property
    def last(self) -> int:
        """The number of the page's last row (counted from 1)."""
        if self.size is None:
            return self.total
        return min(self.total, self.offset + self.size)


def page_clause(paging: Paging) -> str:
    """The solution modifiers of a page, from two integers (never user text)."""
    if paging.size is None:
        return f"OFFSET {int(paging.offset)}" if paging.offset else ""
    return f"LIMIT {int(paging.size)} OFFSET {int(paging.offset)}"


def count(store: KgStore, query: str, bindings: Mapping[str, Term]) -> int:
    """The one number a ``SELECT ... (COUNT(...) AS ?n)`` query answers (its last column;
    no row: none counted)."""
    for row in store.select(query, bindings).rows:
        value = row[-1]
        if isinstance(value, Literal):
            return int(value.value)
    return 0


@dataclass
class StanceSummary:
    """The stances of a long list counted: by polarity, and the holders who take
    each most often (name, IRI, count)."""

    counts: dict[str, int] = field(default_factory=dict)
    top: dict[str, list[tuple[Link, int]]] = field(default_factory=dict)


@dataclass
class Link:
    """An IRI with the text to show for it."""

    iri: str
    label: str


@dataclass
class StanceLine:
    stance: str
    holder: Link
    polarity: str
    vote: Link
    cue: str
    sentence: str
    article: Link
    quote: str | None = None


@dataclass
class ClaimLine:
    claim: str
    option: str
    sentence: str
    article: Link
    verdict: str  # agrees / contradicts / no record
    vote: Link | None = None


def rows(store: KgStore, query: str, resource: str, var: str = "r") -> list[dict[str, str | None]]:
    """The answer of ``query`` with ``?var`` bound to the resource, as plain strings."""
    answer = store.select(query, {var: IRI(resource)})
    return [{k: plain(v) for k, v in row.items()} for row in answer.dicts()]


def plain(term: Term | None) -> str | None:
    return None if term is None else term.value


_SYMBOLS = (str(KG.symbol), str(KG.draftSymbol), str(KG.slug))


def resolution_symbols(store: KgStore, resolutions: Iterable[str | None]) -> dict[str, str]:
    """The symbol to show for each resolution: the adopted one, else the draft, else
    the key an article gave a resolution the reference does not have.

    Read by subject, one index lookup per resolution whatever the number of articles
    naming it. In SPARQL, after an OPTIONAL that may leave the resolution unbound,
    pyoxigraph read every article's symbols before joining (at 100k articles, 145 ms
    of a 226 ms profile; nested in that OPTIONAL, minutes). A resolution's IRI is
    minted from its symbol or key, so every graph that has it gives the same symbol.
    """
    found: dict[str, str] = {}
    for res in resolutions:
        if not res or res in found:
            continue
        for predicate in _SYMBOLS:
            term = store.value(res, predicate)
            if term is not None:
                found[res] = term.value
                break
    return found


# A vote's option in the official record, by label: what a stance's target was recorded as.
_RECORDED_OPTION = (
    PREFIXES
    + """
SELECT DISTINCT ?vote ?recorded WHERE {
  GRAPH <https://kg.example/graph/reference> { ?vote a kg:RecordedVote ; kg:option ?r }
  ?r a kg:VoteOption ; rdfs:label ?recordedLabel .
  BIND(STR(?recordedLabel) AS ?recorded)
}
"""
)


def with_recorded(
    store: KgStore, stances: list[dict[str, Term | None]]
) -> list[dict[str, Term | None]]:
    """Each stance row with its target's recorded option (``recorded``): one row per
    label the record gives the vote's option, or one row with None when it has none (as
    an OPTIONAL joining them would give), read once per vote. In the stances' query,
    that OPTIONAL read every recorded vote of the reference graph before joining."""
    options: dict[str, list[Term | None]] = {}
    found: list[dict[str, Term | None]] = []
    for row in stances:
        vote = plain(row["vote"]) or ""
        if vote not in options:
            labels = [
                r[1] for r in store.select(_RECORDED_OPTION, {"vote": IRI(vote)}).rows if r[1]
            ]
            options[vote] = list(labels) or [None]
        found.extend({**row, "recorded": label} for label in options[vote])
    return found


def verdict(option: str, recorded: str | None) -> str:
    if recorded is None:
        return "no record"
    return "agrees" if recorded == option else "contradicts"


def article_link(article: str | None, source: str | None, headline: str | None = None) -> Link:
    return Link(article or "", headline or source or article or "")


# The stances on a resource, from the bound resource outwards (pyoxigraph joins in the
# order written): the keys of a page, read before any of the stance's facts.
_STANCE_KEYS = {
    "vote": "?stance kg:target ?vote .",
    "article": "?stance a kg:Stance .",
    "quote": "?stance kg:basedOnQuote ?quote .",
    "res": "?vote kg:onResolution ?res . ?stance kg:target ?vote .",
}
_KEYS = (
    PREFIXES
    + """
SELECT DISTINCT ?article ?{key} {bound} WHERE { GRAPH ?article { {keys} } }
"""
)
_COUNT = (
    PREFIXES
    + "SELECT {bound} (COUNT(DISTINCT ?{key}) AS ?n) WHERE { GRAPH ?article { {keys} } } "
    + "GROUP BY {bound}"
)


def projected(query: str, bindings: Mapping[str, Term], skip: Iterable[str] = ()) -> str:
    """``query`` with its bound variables in place of ``{bound}`` (in its SELECT clause
    and GROUP BY): pyoxigraph substitutes a bound term only into a projected variable,
    and joins from it; a variable bound by a VALUES row alone is joined after the whole
    graph pattern has been read (seconds for a vote's thousands of stances)."""
    names = sorted(set(bindings) - set(skip))
    return query.replace("{bound}", " ".join(f"?{name}" for name in names))


def page_of(
    store: KgStore,
    keys: str,
    key: str,
    bindings: Mapping[str, Term] | Iterable[Mapping[str, Term]],
    paging: Paging,
    *,
    total: int | None = None,
) -> list[tuple[str, str]]:
    """The (article, IRI) pairs ``?key`` takes in the graph pattern ``keys`` (read in
    each article's graph, the bound terms first), one page of them; sets
    ``paging.total`` to the count of all of them. What a page shows of each key is
    read afterwards, for its keys alone.

    The keys come in the order of the store's indexes (the same on every call while
    the store is unchanged), not sorted: a sort decodes every key's IRI, and the first
    page would cost as much as the whole list (2 s for a vote's 6,500 stances on 10k
    articles); unsorted, pyoxigraph stops after the page's last row. The count reads
    the whole list, but only its encoded terms.

    ``total``, when the caller knows it (the sum of a summary's counts), spares the
    count.

    Several sets of ``bindings`` (an actor and those joined to it) are read whole,
    merged and sorted, then cut to the page."""
    if not isinstance(bindings, Mapping):
        merged = sorted(
            {pair for bound in bindings for pair in page_of(store, keys, key, bound, Paging())}
        )
        paging.total = len(merged)
        end = None if paging.size is None else paging.offset + paging.size
        return merged[paging.offset : end]
    query = _KEYS.replace("{keys}", keys).replace("{key}", key)
    query = projected(query, bindings, skip=("article", key))  # projected already
    found = [
        (row[0].value, row[1].value)
        for row in store.select(query + page_clause(paging), bindings).rows
        if isinstance(row[0], IRI) and isinstance(row[1], IRI)
    ]
    if paging.size is None and not paging.offset:
        paging.total = len(found)
    elif total is not None:
        paging.total = total
    else:
        counting = projected(_COUNT.replace("{keys}", keys).replace("{key}", key), bindings)
        paging.total = count(store, counting, bindings)
    return found


_BY_POLARITY = (
    PREFIXES
    + """
SELECT ?polarity {bound} (COUNT(DISTINCT ?stance) AS ?n) WHERE {
  GRAPH ?article { {keys} ?stance kg:polarity ?p }
  GRAPH <https://kg.example/graph/ontology> { ?p rdfs:label ?polarity }
} GROUP BY ?polarity {bound}
"""
)
_TOP_HOLDERS = (
    PREFIXES
    + """
SELECT ?holder {bound} (COUNT(DISTINCT ?stance) AS ?n) WHERE {
  GRAPH ?article { {keys} ?stance kg:polarity ?p ; kg:holder ?holder }
} GROUP BY ?holder {bound} ORDER BY DESC(?n) LIMIT {top}
"""
)


def stance_lines(
    store: KgStore,
    resource: str,
    var: str,
    paging: Paging | None = None,
    summary: StanceSummary | None = None,
) -> list[StanceLine]:
    """Stances whose ``?var`` (vote, article, quote or res) is the resource: all of
    them, or the page ``paging`` asks for (whose total it sets), in the order of their
    article and IRI. The page's keys are read first and each stance's facts after, so
    a page costs the same however many stances the resource has."""
    total = sum(summary.counts.values()) if summary is not None else None
    bound = {var: IRI(resource)}
    stances = page_of(store, _STANCE_KEYS[var], "stance", bound, paging or Paging(), total=total)
    found = [
        {k: plain(v) for k, v in row.items()}
        for article, stance in stances
        for row in store.select(
            _STANCES_ON, {"stance": IRI(stance), "article": IRI(article)}
        ).dicts()
    ]
    # A page is cut in the order of the keys, then shown in the order of the list.
    found.sort(key=lambda row: (row["article"] or "", row["holderName"] or ""))
    symbols = resolution_symbols(store, (row["res"] for row in found))
    lines = []
    seen: set[str] = set()
    for row in found:
        if (row["stance"] or "") in seen:  # a stance read from two quotes: listed once
            continue
        seen.add(row["stance"] or "")
        voter = row["voterName"] or (row["voter"] or "").rsplit("/", 1)[-1]
        symbol = symbols.get(row["res"] or "")
        target = f"the vote of {voter}" + (f" on {symbol}" if symbol else "")
        lines.append(
            StanceLine(
                row["stance"] or "",
                Link(row["holder"] or "", row["holderName"] or row["holder"] or ""),
                row["polarity"] or "",
                Link(row["vote"] or "", target),
                row["cue"] or "",
                row["sentence"] or "",
                article_link(row["article"], row["source"]),
                row["quote"],
            )
        )
    return lines


# The same counts as kept in the summary graph (kg.graph.summary): a vote's or a
# resolution's stance counts, one per polarity, and the largest of each one's holder counts.
_KEPT_STANCES = (
    PREFIXES
    + """
SELECT ?r ?c ?polarity ?n WHERE {
  GRAPH <https://kg.example/graph/summary> {
    ?c kg:countedFor ?r . ?c a kg:StanceCount ; kg:countedPolarity ?p ; kg:count ?n }
  GRAPH <https://kg.example/graph/ontology> { ?p rdfs:label ?polarity }
}
"""
)
# The nodes of a stance count's holders by their number (kg.graph.summary), then the
# holders of one number: the most frequent are read from the highest numbers alone.
_KEPT_NUMBERS = (
    PREFIXES
    + """
SELECT ?c ?same ?n WHERE {
  GRAPH <https://kg.example/graph/summary> { ?same kg:countedIn ?c . ?same kg:count ?n }
}
"""
)
_KEPT_HOLDERS = (
    PREFIXES
    + """
SELECT ?same ?holder WHERE {
  GRAPH <https://kg.example/graph/summary> { ?h kg:countedIn ?same . ?h kg:countedHolder ?holder }
} LIMIT {top}
"""
)


def kept_stance_summary(store: KgStore, resource: str, top: int = TOP) -> StanceSummary:
    """``stance_summary`` of a vote or a resolution read from the summary graph."""
    summary = StanceSummary()
    bound = {"r": IRI(resource)}
    groups: list[tuple[str, str]] = []
    for _, node, label, n in store.select(_KEPT_STANCES, bound).rows:
        if isinstance(node, IRI) and label is not None and isinstance(n, Literal):
            summary.counts[label.value] = summary.counts.get(label.value, 0) + int(n.value)
            groups.append((label.value, node.value))
    for polarity, group in groups:
        found = summary.top.setdefault(polarity, [])
        numbers = [
            (int(n.value), same.value)
            for _, same, n in store.select(_KEPT_NUMBERS, {"c": IRI(group)}).rows
            if isinstance(same, IRI) and isinstance(n, Literal)
        ]
        for number, same in sorted(numbers, reverse=True):
            if len(found) >= top:
                break
            holders = _KEPT_HOLDERS.replace("{top}", str(int(top - len(found))))
            for _, holder in store.select(holders, {"same": IRI(same)}).rows:
                if holder is not None:
                    found.append((Link(holder.value, name_of(store, holder.value)), number))
    for polarity, found in list(summary.top.items()):  # two groups of one label: merged
        if found:
            summary.top[polarity] = sorted(found, key=lambda item: -item[1])[:top]
        else:
            del summary.top[polarity]
    return summary


def stance_summary(store: KgStore, resource: str, var: str, top: int = TOP) -> StanceSummary:
    """The stances on a resource counted by polarity, with the ``top`` holders of each:
    for a vote or a resolution, from the summary graph when the store keeps one
    (kg.graph.summary); else counted here, a pass over the whole list."""
    if var in {"vote", "res"} and is_current(store):
        return kept_stance_summary(store, resource, top)
    keys = _STANCE_KEYS[var]
    bound = {var: IRI(resource)}
    summary = StanceSummary()
    by_polarity = projected(_BY_POLARITY.replace("{keys}", keys), bound)
    for row in store.select(by_polarity, bound).rows:
        label, n = row[0], row[-1]
        if label is not None and isinstance(n, Literal):
            summary.counts[label.value] = int(n.value)
    # One polarity at a time, the count alone sorted: the holders' IRIs are decoded
    # for the few listed only (a vote's critics are thousands of distinct people).
    for polarity in summary.counts:
        term = _POLARITIES.get(polarity)
        if term is None:
            continue
        with_polarity: dict[str, Term] = {**bound, "p": IRI(term)}
        holders = projected(_TOP_HOLDERS.replace("{keys}", keys), with_polarity)
        found = store.select(holders.replace("{top}", str(int(top))), with_polarity)
        for row in found.rows:
            holder, n = row[0], row[-1]
            if holder is None or not isinstance(n, Literal):
                continue
            link = Link(holder.value, name_of(store, holder.value))
            summary.top.setdefault(polarity, []).append((link, int(n.value)))
    return summary


_POLARITIES = {"criticizes": str(KG.criticizes), "supports": str(KG.supports)}
_NAME = "http://schema.org/name"


def name_of(store: KgStore, node: str) -> str:
    """A node's name (from any graph that gives one), else the end of its IRI."""
    term = store.value(node, _NAME)
    return term.value if term is not None else node.rsplit("/", 1)[-1]
