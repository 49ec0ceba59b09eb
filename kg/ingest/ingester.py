"""Articles into the store: read, extract, mint quads, write one graph atomically.

``Ingester`` keeps the reference and ontology graphs current (reloaded when
data/reference or ontology/kg.ttl change) and puts each article in its own named
graph. The same text again changes nothing; a changed text read from the same
source replaces the older graph; a file that cannot be read as text is reported
and skipped without touching the store. The counts of the summary graph
(kg.graph.summary) change in the transaction that writes the article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from kg import iri
from kg.errors import KgError
from kg.extract import Extractor
from kg.graph.article import article_quads
from kg.graph.identity import refresh_links
from kg.graph.summary import Keeper, contributions
from kg.model import ArticleMeta, ArticleSource, Facts, Reference
from kg.reference.bootstrap import ensure_reference
from kg.reference.load import load_reference, reference_for
from kg.sources import DEFAULT_MAX_BYTES, Failure, Input
from kg.sources.files import decode_text, normalise_text, read_bytes, split_header, walk
from kg.store.backend import KgStore
from kg.terms import Quad

Status = Literal["added", "unchanged", "replaced", "failed"]


@dataclass(frozen=True)
class IngestOutcome:
    source: str
    status: Status
    graph: str | None = None
    quads: int = 0
    message: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The whole text of an article file (a header, if any, included); ``InputError``
    if it is not usable text (see ``kg.sources.files``)."""
    return normalise_text(decode_text(read_bytes(path, max_bytes), str(path)), str(path))


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def collect_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expanded to the files kg reads (kg.sources.files.SUFFIXES:
    text, pages, feeds, JSON Lines). Folders that cannot be listed are passed over."""
    for found in walk(paths):
        if isinstance(found, Path):
            yield found


def counts_of(facts: Facts) -> dict[str, int]:
    return {
        "persons": len(facts.persons),
        "countries": len({c.iso3 for c in facts.countries}),
        "quotes": len(facts.quotes),
        "stances": len(facts.stances),
        "votes": len(facts.votes),
        "tallies": len(facts.tallies),
    }


class Ingester:
    """Extraction plus writing, with the store's reference data kept current."""

    def __init__(
        self, store: KgStore, reference: Reference | None = None, extractor: Extractor | None = None
    ) -> None:
        """``reference`` is the bundled reference data (default: read from its folder);
        the extractor reads with it plus the resolutions and votes imported into
        ``store`` (``self.reference``)."""
        self.store = store
        self.bundled = reference or load_reference()
        self.reference = reference_for(store, self.bundled)
        if extractor is None or self.reference is not self.bundled:
            extractor = Extractor(self.reference)
        self.extractor = extractor
        self._keeper: Keeper | None = None

    def ensure_reference(self) -> bool:
        """Load the reference and ontology graphs if missing or out of date."""
        return ensure_reference(self.store, self.bundled)

    def link_actors(self) -> int:
        """Rebuild the actor-links graph (kg.graph.identity), once a run of articles is in."""
        return refresh_links(self.store)

    def ingest_path(self, path: Path, *, force: bool = False) -> IngestOutcome:
        """A text file (its ``Key: value`` header, if any, read as metadata)."""
        try:
            meta, text = split_header(read_article(path))
            return self.ingest_text(text, str(path), force=force, meta=meta)
        except KgError as exc:
            return IngestOutcome(str(path), "failed", message=str(exc))

    def ingest_input(
        self, item: Input | Failure, *, force: bool = False, now: datetime | None = None
    ) -> IngestOutcome:
        """One item of ``kg.sources.gather``: an article to store, or a failure to report."""
        if isinstance(item, Failure):
            return IngestOutcome(item.source, "failed", message=str(item))
        try:
            return self.ingest_text(item.text, item.source, force=force, now=now, meta=item.meta)
        except KgError as exc:
            return IngestOutcome(item.source, "failed", message=str(exc))

    def ingest_text(
        self,
        text: str,
        source: str,
        *,
        force: bool = False,
        now: datetime | None = None,
        meta: ArticleMeta | None = None,
    ) -> IngestOutcome:
        """Store one text; its identity is its sha256 alone, so a text already stored is
        ``unchanged`` whatever metadata comes with it (``force`` writes it again)."""
        text = normalise_text(text, source)
        sha = sha256_of(text)
        graph = iri.article_iri(sha)
        exists = self.store.article_exists(sha)
        if exists and not force:
            return IngestOutcome(source, "unchanged", graph, self.store.graph_size(graph))
        quads, counts = mint_article(self.extractor, text, sha, source, now, meta=meta)
        if self._keeper is None:  # read once, at the first write (kg.graph.summary)
            self._keeper = Keeper(self.store)
        also = self._keeper.ops(contributions(quads)) if self._keeper.active else None
        superseded = self.store.put_article(sha, source, quads, also)
        self._keeper.committed()
        status: Status = "replaced" if (superseded or exists) else "added"
        return IngestOutcome(source, status, graph, len(quads), counts=counts)


def ingest_stamp(now: datetime | None = None) -> str:
    """The time of ingest in UTC, written the canonical way ("Z"), as the store keeps it."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def mint_article(
    extractor: Extractor,
    text: str,
    sha: str,
    source: str,
    now: datetime | None = None,
    *,
    meta: ArticleMeta | None = None,
) -> tuple[list[Quad], dict[str, int]]:
    """Extract one normalised text and mint its graph: the quads and the fact counts.

    The extractor is given the date of publication (``meta.date``) where known. Pure
    apart from the clock (``now``, default the current time): the same call in a
    worker process gives the same quads as in this one.
    """
    meta = meta or ArticleMeta()
    facts = extractor.extract(text, date=meta.date)
    source_info = ArticleSource(
        text=text, sha256=sha, source=source, ingested_at=ingest_stamp(now), meta=meta
    )
    return article_quads(facts, source_info), counts_of(facts)
