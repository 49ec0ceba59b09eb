"""``kg ingest --jobs N``: the same graphs as one process, bad files skipped, and a run
that stops midway leaves no article half-written (bulk path and per-article path)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from benchmarks.corpus.record import Record
from benchmarks.generate import article
from kg import iri
from kg.errors import IngestError, StoreLockedError
from kg.extract import Extractor
from kg.ingest.bulk import ingest_files, is_fresh, staging_folder
from kg.ingest.ingester import Ingester, IngestOutcome, collect_files, read_article, sha256_of
from kg.ingest.workers import ExtractionPool, Job, Minted
from kg.model import Reference
from kg.store.backend import open_store
from kg.store.embedded import Store
from kg.store.lock import opening, opening_lock_path
from tests.support import FIXED_NOW, REPO, RunKg, sample_articles

GENERATED = 14  # generated articles beside the two samples: every style a few times


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory, reference: Reference) -> Path:
    """The sample articles and some generated ones, in one folder."""
    folder = tmp_path_factory.mktemp("articles")
    for sample in sample_articles():
        shutil.copy(sample.path, folder / sample.path.name)
    record = Record(reference)
    for index in range(GENERATED):
        text, entry = article(record, 11, index)
        (folder / entry["file"]).write_text(text, encoding="utf-8")
    return folder


def nquads(store: Store) -> list[bytes]:
    return sorted(store.iter_nquads())


def one_by_one(
    store: Store, files: list[Path], reference: Reference, extractor: Extractor
) -> list[IngestOutcome]:
    """What --jobs 1 does, with the tests' fixed clock."""
    ingester = Ingester(store, reference, extractor)
    ingester.ensure_reference()
    return [ingester.ingest_text(read_article(p), str(p), now=FIXED_NOW) for p in files]


def in_jobs(
    store: Store, files: list[Path], reference: Reference, jobs: int = 2, force: bool = False
) -> list[IngestOutcome]:
    heard: list[IngestOutcome] = []
    ingest_files(
        store,
        files,
        jobs=jobs,
        force=force,
        now=FIXED_NOW,
        reference=reference,
        on_outcome=heard.append,
    )
    return heard


def summary(outcomes: list[IngestOutcome]) -> list[tuple[str, str, int]]:
    return [(o.source, o.status, o.quads) for o in outcomes]


# --- the same graphs, whatever the number of processes -------------------------------------


def test_a_fresh_store_gets_the_same_quads_with_two_jobs(
    tmp_path: Path, articles: Path, reference: Reference, extractor: Extractor
) -> None:
    files = list(collect_files([articles]))
    files.append(files[3])  # a text met twice in one run is stored once
    alone = Store(tmp_path / "one")
    expected = one_by_one(alone, files, reference, extractor)
    bulk = Store(tmp_path / "two")
    assert is_fresh(bulk) or len(bulk) == 0
    outcomes = in_jobs(bulk, files, reference)
    assert summary(outcomes) == summary(expected)
    assert outcomes[-1].status == "unchanged"
    assert [o.counts for o in outcomes] == [o.counts for o in expected]
    assert nquads(bulk) == nquads(alone)
    assert not staging_folder(tmp_path / "two").exists()
    assert bulk.path == tmp_path / "two"  # the handle is open on the loaded store


def test_an_in_memory_store_is_bulk_loaded_in_place(
    articles: Path, reference: Reference, extractor: Extractor
) -> None:
    files = list(collect_files([articles]))[:5]
    alone = Store(None)
    one_by_one(alone, files, reference, extractor)
    bulk = Store(None)
    in_jobs(bulk, files, reference, jobs=3)
    assert nquads(bulk) == nquads(alone)


def test_an_existing_store_takes_new_changed_and_repeated_texts_as_one_process_does(
    tmp_path: Path, articles: Path, reference: Reference, extractor: Extractor
) -> None:
    files = [shutil.copy(p, tmp_path / p.name) for p in collect_files([articles])]
    first, rest = [Path(p) for p in files[:6]], [Path(p) for p in files[6:]]
    stores = {"one": Store(tmp_path / "one"), "two": Store(tmp_path / "two")}
    for store in stores.values():
        one_by_one(store, first, reference, extractor)
    # A new version of a stored article at the same path, and one text twice in the run.
    old_text = read_article(first[2])
    first[2].write_text(old_text + "\nA paragraph added for this test.\n", encoding="utf-8")
    second = [*rest, rest[0], first[2]]
    expected = one_by_one(stores["one"], second, reference, extractor)
    outcomes = in_jobs(stores["two"], second, reference)
    assert summary(outcomes) == summary(expected)
    assert [o.status for o in outcomes][-2:] == ["unchanged", "replaced"]
    assert nquads(stores["two"]) == nquads(stores["one"])
    assert not stores["two"].has_graph(iri.article_iri(sha256_of(old_text)))


def test_force_extracts_again_and_writes_the_same(
    tmp_path: Path, articles: Path, reference: Reference, extractor: Extractor
) -> None:
    files = list(collect_files([articles]))[:4]
    store = Store(tmp_path / "store")
    one_by_one(store, files, reference, extractor)
    before = nquads(store)
    outcomes = in_jobs(store, files, reference, force=True)
    assert {o.status for o in outcomes} == {"replaced"}
    assert nquads(store) == before


# --- bad files and runs that stop ------------------------------------------------------------


def test_a_bad_file_among_good_ones_is_reported_once_and_skipped(
    tmp_path: Path, articles: Path, run_kg: RunKg, kg_store: Path | str
) -> None:
    files = [str(p) for p in collect_files([articles])][:5]
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_kg("ingest", "--jobs", "2", files[0], str(bad), *files[1:])
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert len(skipped) == 1 and str(bad) in skipped[0] and "binary" in skipped[0]
    assert "6 files: 5 added, 1 failed;" in result.stderr
    assert "Traceback" not in result.stderr
    added = [line for line in result.stderr.splitlines() if line.startswith("  added ")]
    assert [line.split()[1].rstrip(":") for line in added] == files
    store = open_store(kg_store, write=False)
    assert len([g for g in store.graphs() if "/id/article/" in g]) == 5


def test_the_command_with_jobs_then_again_changes_nothing(
    articles: Path, run_kg: RunKg, kg_store: Path | str
) -> None:
    first = run_kg("ingest", "-j", "2", str(articles))
    assert first.exit_code == 0, first.stderr
    assert f"{GENERATED + 2} added;" in first.stderr
    size = len(open_store(kg_store, write=False))
    again = run_kg("ingest", "--jobs", "2", str(articles))
    assert again.exit_code == 0
    assert f"{GENERATED + 2} unchanged; 0 quads written" in again.stderr
    assert len(open_store(kg_store, write=False)) == size


def test_jobs_must_be_positive(run_kg: RunKg) -> None:
    result = run_kg("ingest", "--jobs", "0", str(REPO / "data" / "articles"))
    assert result.exit_code == 2


class Interrupt:
    """An ``on_outcome`` that is interrupted (Ctrl-C) after hearing of ``after`` files."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.heard: list[IngestOutcome] = []

    def __call__(self, outcome: IngestOutcome) -> None:
        if len(self.heard) == self.after:
            raise KeyboardInterrupt
        self.heard.append(outcome)


def test_an_interrupted_bulk_load_leaves_the_store_as_it_was(
    tmp_path: Path, articles: Path, reference: Reference
) -> None:
    path = tmp_path / "store"
    store = Store(path)
    Ingester(store, reference).ensure_reference()
    before = nquads(store)
    stop = Interrupt(after=5)
    with pytest.raises(IngestError, match="interrupted; the bulk load was not finished") as caught:
        ingest_files(
            store, list(collect_files([articles])), jobs=2, reference=reference, on_outcome=stop
        )
    assert "is as it was before this run" in str(caught.value)
    assert len(stop.heard) == 5
    assert nquads(store) == before
    assert not staging_folder(path).exists()


def test_an_interrupted_run_on_an_existing_store_keeps_whole_articles_only(
    tmp_path: Path, articles: Path, reference: Reference, extractor: Extractor
) -> None:
    files = list(collect_files([articles]))
    complete = Store(None)
    one_by_one(complete, files, reference, extractor)
    store = Store(tmp_path / "store")
    one_by_one(store, files[:1], reference, extractor)  # not fresh: one transaction per article
    stop = Interrupt(after=4)
    with pytest.raises(IngestError, match="interrupted; stopped after 5 files") as caught:
        ingest_files(store, files[1:], jobs=2, now=FIXED_NOW, reference=reference, on_outcome=stop)
    assert "none is half-written" in str(caught.value)
    # The first article, and the five settled: the fifth was written before its outcome
    # was interrupted. None other, and each whole.
    written = [g for g in store.graphs() if "/id/article/" in g]
    assert len(written) == 6
    for graph in written:
        assert sorted(store.iter_nquads(graph)) == sorted(complete.iter_nquads(graph))


def test_a_folder_left_by_a_crashed_bulk_load_is_removed(
    tmp_path: Path, articles: Path, reference: Reference
) -> None:
    path = tmp_path / "store"
    leftover = Store(staging_folder(path))
    leftover.close()
    store = Store(path)
    in_jobs(store, list(collect_files([articles]))[:2], reference)
    assert not staging_folder(path).exists()
    assert len([g for g in store.graphs() if "/id/article/" in g]) == 2


def test_a_dead_worker_stops_the_run_with_one_clear_error() -> None:
    future: Future[object] = Future()
    future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
    with pytest.raises(IngestError, match="extraction worker process died"):
        ExtractionPool._settle("x", future)  # type: ignore[arg-type]


def test_workers_answer_in_input_order(reference: Reference, articles: Path) -> None:
    files = list(collect_files([articles]))[:6]
    jobs: Iterator[object] = iter(
        [
            Job(read_article(p), sha256_of(read_article(p)), str(p)) if i % 2 else str(p)
            for i, p in enumerate(files)
        ]
    )
    with ExtractionPool(2, reference, FIXED_NOW, window=2) as pool:
        answered = list(pool.in_order(jobs))
    assert [getattr(item, "source", item) for item, _ in answered] == [str(p) for p in files]
    assert [isinstance(result, Minted) for _, result in answered] == [
        bool(i % 2) for i in range(len(files))
    ]


@pytest.mark.parametrize(("chunk", "window"), [(3, 2), (2, 40)])
def test_each_answer_of_a_chunk_is_its_own_jobs(
    reference: Reference, articles: Path, chunk: int, window: int
) -> None:
    """Jobs go to the workers a few at a time; every item still gets its own answer, in
    input order, whether the window is shorter than a chunk or holds several."""
    files = list(collect_files([articles]))[:7]
    items: list[object] = []
    for at, path in enumerate(files):
        text = read_article(path)
        items.append(str(path) if at == 2 else Job(text, sha256_of(text), str(path)))
    with ExtractionPool(2, reference, FIXED_NOW, window=window, chunk=chunk) as pool:
        answered = list(pool.in_order(iter(items)))
    assert [item for item, _ in answered] == items
    for item, result in answered:
        if isinstance(item, Job):
            assert isinstance(result, Minted)
            assert iri.article_iri(item.sha256).encode() in result.nquads
        else:
            assert result is None


# --- the swap and the workers' lifetime ---------------------------------------------------

# Tries the store's opening lock from another process: "held" or "free".
_TRY_LOCK = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    print("free")
except OSError:
    print("held")
"""


def _lock_state(path: Path) -> str:
    run = subprocess.run(
        [sys.executable, "-c", _TRY_LOCK, str(opening_lock_path(path))],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return run.stdout.strip()


def test_the_bulk_loader_holds_the_opening_lock_across_its_swap(
    tmp_path: Path, articles: Path, reference: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    store = Store(path)
    seen: list[str] = []
    rename = Path.rename

    def watched(self: Path, target: Path) -> Path:
        seen.append(_lock_state(path))  # what another process finds at each rename
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", watched)
    in_jobs(store, list(collect_files([articles]))[:2], reference)
    monkeypatch.undo()
    assert seen == ["held", "held"]
    assert _lock_state(path) == "free"
    assert len([g for g in store.graphs() if "/id/article/" in g]) == 2


# Holds the opening lock of a store (as a swap does), then writes a mark and lets go.
_SWAPPING = """
import sys, time
from pathlib import Path
from kg.store.lock import opening
with opening(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(1.5)
    Path(sys.argv[2]).write_text("released")
"""


def test_a_writer_that_finds_a_swap_in_progress_waits_for_its_end(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).close()
    mark = tmp_path / "mark"
    with subprocess.Popen(
        [sys.executable, "-c", _SWAPPING, str(path), str(mark)], stdout=subprocess.PIPE, text=True
    ) as swapper:
        assert swapper.stdout is not None and swapper.stdout.readline().strip() == "holding"
        store = Store(path)  # waits until the "swap" is over
        assert mark.read_text() == "released"
        store.close()
        assert swapper.wait(timeout=60) == 0


def test_an_opener_gives_up_on_a_swap_that_does_not_end(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).close()
    with subprocess.Popen(
        [sys.executable, "-c", _SWAPPING, str(path), str(tmp_path / "mark")],
        stdout=subprocess.PIPE,
        text=True,
    ) as swapper:
        assert swapper.stdout is not None and swapper.stdout.readline().strip() == "holding"
        with (
            pytest.raises(StoreLockedError, match="being replaced by a bulk load"),
            opening(path, wait=0.1),
        ):
            pass
        assert swapper.wait(timeout=60) == 0


# Starts an extraction pool, prints its workers' process ids, then waits to be killed.
_PARENT = """
import time
from kg.reference.load import load_reference
from kg.ingest.workers import ExtractionPool

if __name__ == "__main__":
    pool = ExtractionPool(2, load_reference())
    for future in [pool._pool.submit(time.sleep, 0.5) for _ in range(2)]:
        future.result()  # both workers are up
    print(" ".join(str(pid) for pid in pool._pool._processes), flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by its new parent) counts as gone.
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(") ")[-1].startswith("Z"))


def test_extraction_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"  # a file: spawned workers import their parent's main
    script.write_text(_PARENT, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=REPO
    ) as parent:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=60)
    deadline = time.monotonic() + 60  # a guard against hanging, not a measure
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
