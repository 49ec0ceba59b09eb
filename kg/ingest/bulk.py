"""Ingesting many files at once: extraction in worker processes, one writer.

``kg ingest --jobs N`` reads each file here, in the writing process (so a text
already stored is skipped before any extraction), sends the texts to N extraction
workers (``kg.ingest.workers``) and writes their graphs in input order from this process,
the store's only writer. Two ways to write:

- **Bulk**, for a fresh store (it holds nothing but the reference, ontology and
  empty summary graphs) without ``--force``: the graphs stream into pyoxigraph's
  bulk loader, and the summary graph's counts (kg.graph.summary), added up as the
  graphs go, after them. A bulk load is no transaction, so on disk it fills a
  store built aside, in the sibling folder ``.NAME.loading``, which takes the
  store's place by renaming once the load is complete. A run that fails or is
  interrupted leaves the store as it was and removes the folder aside; after a
  crash (power cut, kill -9) the folder aside is left over and the next run
  removes it.
- **Per article**, for any other store, and for a SPARQL server: each article is
  one ``write_article`` (a transaction on disk, a SPARQL update or a Graph Store
  Protocol PUT on a server) that puts the new graph in, takes an older version of
  the same text or source out, and changes the summary graph's counts by the
  difference. A run that stops midway leaves every article written so far
  complete and no article half-written; running it again skips those already
  stored.

Outcomes are those of ``kg.ingest.ingester.Ingester`` (``--jobs 1``) file by file, in the
same order, and the stored graphs are the same.
"""

from __future__ import annotations

import io
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kg import iri
from kg.errors import IngestError, KgError
from kg.graph.summary import Keeper, Key, summary_quads
from kg.ingest.ingester import IngestOutcome, Status, read_article, sha256_of
from kg.ingest.workers import ExtractionPool, Failed, Job, Minted
from kg.model import Reference
from kg.reference.bootstrap import ensure_reference
from kg.reference.imported import StoredImport, apply_imports, read_imports
from kg.reference.load import load_reference
from kg.sources import Failure, Input
from kg.sources.files import normalise_text, split_header
from kg.store.backend import KgStore
from kg.store.embedded import Store
from kg.store.lock import opening, opening_lock_path
from kg.terms import to_nquads

OnOutcome = Callable[[IngestOutcome], None]
_OWN_GRAPHS = frozenset({iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH, iri.SUMMARY_GRAPH})


@dataclass(frozen=True)
class _Skip:
    """A text already stored (or met earlier in this run): nothing to extract."""

    source: str
    sha256: str


@dataclass
class IngestTotals:
    """What a run did: outcomes by status, quads written, and how it wrote them."""

    files: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    quads: int = 0
    bulk: bool = False

    def count(self, outcome: IngestOutcome) -> None:
        self.files += 1
        self.by_status[outcome.status] += 1
        if outcome.status in ("added", "replaced"):
            self.quads += outcome.quads


def is_fresh(store: KgStore) -> bool:
    """True if the store holds nothing but kg's reference, ontology and summary graphs
    (an empty summary: it counts no article)."""
    if not set(store.graphs()) <= _OWN_GRAPHS:
        return False
    # Only now count every quad (cheap in so small a store): none in the default graph.
    return len(store) == sum(store.graph_size(g) for g in _OWN_GRAPHS)


def ingest_files(
    store: KgStore,
    files: Iterable[Path | Input | Failure],
    *,
    jobs: int,
    force: bool = False,
    now: datetime | None = None,
    reference: Reference | None = None,
    on_outcome: OnOutcome | None = None,
) -> IngestTotals:
    """Ingest ``files`` into ``store`` with ``jobs`` extraction processes.

    ``files`` are text files (read here, a header taken as metadata) or the items of
    ``kg.sources.gather`` (pages, feeds, JSON Lines, URLs; failures to report).

    ``on_outcome`` hears of each file, in order, as it is settled. Raises
    ``IngestError`` (saying what the store holds) if the run cannot finish.
    """
    bundled = reference or load_reference()
    ensure_reference(store, bundled)
    imports = read_imports(store)
    reference = apply_imports(bundled, imports).reference  # what the extractor reads with
    totals = IngestTotals(bulk=isinstance(store, Store) and not force and is_fresh(store))

    def settle(outcome: IngestOutcome) -> None:
        totals.count(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        with ExtractionPool(jobs, reference, now) as pool:
            items = pool.in_order(_plan(store, files, force, fresh=totals.bulk))
            if totals.bulk and isinstance(store, Store):
                _bulk(store, bundled, imports, items, settle)
            else:
                _per_article(store, items, settle, totals)
    finally:
        if not totals.bulk:
            store.flush()
    return totals


def _plan(
    store: KgStore, files: Iterable[Path | Input | Failure], force: bool, *, fresh: bool = False
) -> Iterator[IngestOutcome | _Skip | Job]:
    """Read each file: a failure, a text to skip, or a job for the workers. A ``fresh``
    store (the bulk path: no article, and no other writer while this one holds its
    lock) is not asked whether it holds each text."""
    planned: set[str] = set()
    for given in files:
        if isinstance(given, Failure):
            yield IngestOutcome(given.source, "failed", message=str(given))
            continue
        source = str(given) if isinstance(given, Path) else given.source
        try:
            if isinstance(given, Path):
                meta, text = split_header(read_article(given))
            else:
                meta, text = given.meta, normalise_text(given.text, source)
        except KgError as exc:
            yield IngestOutcome(source, "failed", message=str(exc))
            continue
        sha = sha256_of(text)
        if not force and (sha in planned or (not fresh and store.article_exists(sha))):
            yield _Skip(source, sha)
            continue
        planned.add(sha)
        yield Job(text, sha, source, meta)


Items = Iterator[tuple[IngestOutcome | _Skip | Job, Minted | Failed | None]]


def _per_article(store: KgStore, items: Items, settle: OnOutcome, totals: IngestTotals) -> None:
    keeper = Keeper(store)
    try:
        for item, result in items:
            settle(_write(store, item, result, keeper))
    except (KeyboardInterrupt, KgError) as exc:
        why = "interrupted" if isinstance(exc, KeyboardInterrupt) else str(exc)
        raise IngestError(
            f"{why}; stopped after {totals.files} files: the articles written are complete "
            "and stay in the store, none is half-written; the same command again adds the rest"
        ) from exc


def _write(
    store: KgStore,
    item: IngestOutcome | _Skip | Job,
    result: Minted | Failed | None,
    keeper: Keeper,
) -> IngestOutcome:
    if isinstance(item, IngestOutcome):
        return item
    graph = iri.article_iri(item.sha256)
    if isinstance(item, _Skip):
        return IngestOutcome(item.source, "unchanged", graph, store.graph_size(graph))
    if isinstance(result, Failed) or result is None:
        return IngestOutcome(item.source, "failed", message=_message(result))
    also = keeper.ops(result.summary)
    existed, superseded = store.write_article(item.sha256, item.source, result.nquads, also)
    keeper.committed()
    status: Status = "replaced" if existed or superseded else "added"
    return IngestOutcome(item.source, status, graph, result.quads, counts=result.counts)


def _message(result: Failed | None) -> str:
    return result.message if result is not None else "no result from the extraction worker"


# --- the bulk path ---------------------------------------------------------------------


class _GraphStream(io.RawIOBase):
    """The workers' graphs as one N-Quads byte stream, settling each file as it goes."""

    def __init__(self, items: Items, settle: OnOutcome) -> None:
        self._items = items
        self._settle = settle
        self._chunk = memoryview(b"")
        self._sizes: dict[str, int] = {}  # sha256 -> quads, for texts met twice
        self._counted: Counter[Key] = Counter()  # the summary graph's counts (kg.graph.summary)
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._chunk:
            chunk = self._next_chunk()
            if chunk is None:
                return 0
            self._chunk = memoryview(chunk)
        size = min(len(buffer), len(self._chunk))
        buffer[:size] = self._chunk[:size]
        self._chunk = self._chunk[size:]
        return size

    def _next_chunk(self) -> bytes | None:
        for item, result in self._items:
            if isinstance(item, IngestOutcome):
                self._settle(item)
                continue
            graph = iri.article_iri(item.sha256)
            if isinstance(item, _Skip):
                quads = self._sizes.get(item.sha256, 0)
                self._settle(IngestOutcome(item.source, "unchanged", graph, quads))
                continue
            if not isinstance(result, Minted):
                self._settle(IngestOutcome(item.source, "failed", message=_message(result)))
                continue
            self._sizes[item.sha256] = result.quads
            self._counted.update(result.summary)
            self._settle(
                IngestOutcome(item.source, "added", graph, result.quads, counts=result.counts)
            )
            return result.nquads
        if not self._ended:  # the articles are in: their counts last, the graph complete
            self._ended = True
            return to_nquads(summary_quads(self._counted)).encode("utf-8")
        return None


def staging_folder(target: Path) -> Path:
    """Where a bulk load into the store at ``target`` is built before it takes its place."""
    return target.with_name(f".{target.name}.loading")


def _bulk(
    store: Store,
    reference: Reference,
    imports: list[StoredImport],
    items: Items,
    settle: OnOutcome,
) -> None:
    stream = io.BufferedReader(_GraphStream(items, settle), buffer_size=1 << 20)
    if store.path is None:  # in memory: nothing outlives the process, load in place
        store.bulk_add(stream)
        return
    target = store.path.resolve()
    aside = staging_folder(target)
    shutil.rmtree(aside, ignore_errors=True)  # left over by a crashed run: we hold the lock
    staging = Store(aside)
    done = False
    try:
        ensure_reference(staging, reference, imports=imports)  # the store's imports too
        staging.bulk_add(stream)
        staging.flush()
        staging.optimize()
        done = True
    except (KeyboardInterrupt, KgError) as exc:
        why = "interrupted" if isinstance(exc, KeyboardInterrupt) else str(exc)
        raise IngestError(
            f"{why}; the bulk load was not finished and is discarded: the store at "
            f"{store.path} is as it was before this run"
        ) from exc
    finally:
        staging.close()
        if not done:
            shutil.rmtree(aside, ignore_errors=True)
    _swap(store, target, aside)


def _swap(store: Store, target: Path, aside: Path) -> None:
    """Put the store built at ``aside`` in the place of ``store``'s folder ``target``.

    Two renames in one folder: between them (a moment) the store's name is free, and
    a crash there leaves the old store, fresh anyway, in ``.NAME.replaced``. The
    store's opening lock is held from before the old store is closed until the new
    one is open: another process that opens the store meanwhile waits for the swap
    to end (and then finds the new store held by this one), so it can neither write
    into the folder being moved aside nor stand in the way of the rename.
    """
    old = target.with_name(f".{target.name}.replaced")
    shutil.rmtree(old, ignore_errors=True)
    with opening(target):
        store.close()
        try:
            target.rename(old)
            aside.rename(target)
        except OSError as exc:
            raise IngestError(
                f"cannot put the loaded store in place of {target} ({exc.strerror or exc}); "
                f"the complete load is in {aside}"
            ) from exc
        finally:
            if not target.exists() and old.exists():
                old.rename(target)  # the second rename failed: the store goes back as it was
            store.reopen()
    shutil.rmtree(old, ignore_errors=True)
    opening_lock_path(aside).unlink(missing_ok=True)  # the staging store's, not needed now
