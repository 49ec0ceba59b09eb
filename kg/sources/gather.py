"""Every kind of input, in the order given, as ``Input`` or ``Failure`` items.

``gather`` takes what ``kg ingest`` was given (paths, folders, URLs, and the URLs
of ``--urls FILE``) and yields its articles in that order. Downloads run in
``jobs`` threads (one request each at a time); at most a window of items is in
flight, so a long list of URLs streams. A URL answering a feed, or a local feed
file, is replaced by its entries' pages, in the feed's order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from kg.errors import InputError
from kg.sources import DEFAULT_MAX_BYTES, Failure, Input
from kg.sources.feeds import Entry, feed_entries, looks_like_feed, read_json_lines
from kg.sources.fetch import Fetcher, FetchSettings
from kg.sources.files import decode_text, kind_of, normalise_text, read_bytes, split_header, walk
from kg.sources.meta import merged
from kg.sources.pages import decode_page, extract_page

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
Item = Input | Failure
# What a unit of work gives: articles and failures, and feed entries still to fetch.
Result = list[Item | Entry]


@dataclass(frozen=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    date: str | None = None  # the date of publication of inputs that give none
    fetch: FetchSettings | None = None


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def read_url_list(path: Path, max_bytes: int) -> list[str | Failure]:
    """The URLs of a ``--urls`` file: one a line; blank lines and ``#`` comments skipped."""
    try:
        text = normalise_text(decode_text(read_bytes(path, max_bytes), str(path)), str(path))
    except InputError as exc:
        return [Failure(str(path), str(exc).removeprefix(f"{path}: "))]
    urls: list[str | Failure] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        urls.append(line if is_url(line) else Failure(f"{path}:{number}", "not an http(s) URL"))
    return urls


def gather(
    targets: Iterable[str], urls_file: Path | None = None, options: Options | None = None
) -> Iterator[Item]:
    """The articles of ``targets`` (paths and URLs) and ``urls_file``, in order."""
    options = options or Options()
    with Fetcher(replace(options.fetch or FetchSettings(), max_bytes=options.max_bytes)) as fetcher:
        reader = _Reader(fetcher, options)
        for item in _in_order(_units(targets, urls_file, reader), reader, options.jobs):
            yield _dated(item, options.date)


def _dated(item: Item, date: str | None) -> Item:
    if date and isinstance(item, Input) and not item.meta.date:
        return Input(item.text, item.source, item.meta.model_copy(update={"date": date}))
    return item


def _units(
    targets: Iterable[str], urls_file: Path | None, reader: _Reader
) -> Iterator[Callable[[], Result]]:
    def done(result: Result) -> Callable[[], Result]:
        return lambda: result

    for target in targets:
        if is_url(target):
            yield partial(reader.url, target)
            continue
        for found in walk([Path(target)]):
            if isinstance(found, Failure):
                yield done([found])
            elif kind_of(found) == "jsonl":  # streamed a record at a time: exports are long
                for record in read_json_lines(found, reader.options.max_bytes):
                    yield done([record])
            else:
                yield partial(reader.file, found)
    if urls_file is not None:
        for line in read_url_list(urls_file, reader.options.max_bytes):
            yield done([line]) if isinstance(line, Failure) else partial(reader.url, line)


def _in_order(units: Iterator[Callable[[], Result]], reader: _Reader, jobs: int) -> Iterator[Item]:
    """Run the units in ``jobs`` threads and give their items in input order; a feed's
    entries are fetched in their turn, before the units after the feed."""
    if jobs == 1:  # no thread: extraction in this process then runs as it does alone
        for work in units:
            for item in work():
                yield from _settled(reader.entry(item)) if isinstance(item, Entry) else [item]
        return
    yield from _threaded(units, reader, jobs)


def _settled(result: Result) -> list[Item]:
    return [item for item in result if not isinstance(item, Entry)]


def _threaded(units: Iterator[Callable[[], Result]], reader: _Reader, jobs: int) -> Iterator[Item]:
    window = 4 * jobs
    pending: deque[Future[Result]] = deque()
    with ThreadPoolExecutor(jobs, thread_name_prefix="kg-fetch") as pool:
        try:
            while True:
                while len(pending) < window:
                    unit = next(units, None)
                    if unit is None:
                        break
                    pending.append(pool.submit(unit))
                if not pending:
                    return
                entries: list[Future[Result]] = []
                for item in pending.popleft().result():
                    if isinstance(item, Entry):
                        entries.append(pool.submit(reader.entry, item))
                    else:
                        yield item
                pending.extendleft(reversed(entries))
        finally:
            for future in pending:
                future.cancel()


class _Reader:
    """Reads one input of any kind; safe to call from several threads."""

    def __init__(self, fetcher: Fetcher, options: Options) -> None:
        self.fetcher = fetcher
        self.options = options

    def file(self, path: Path) -> Result:
        kind = kind_of(path)
        source = str(path)
        try:
            data = read_bytes(path, self.options.max_bytes)
            if kind == "html":
                return [extract_page(decode_page(data, source), source)]
            if kind == "feed":
                return list(feed_entries(data, source))
            meta, text = split_header(normalise_text(decode_text(data, source), source))
            return [Input(text, source, meta)]
        except InputError as exc:
            return [_failure(source, exc)]

    def url(self, url: str) -> Result:
        try:
            page = self.fetcher.get(url)
            if page.media_type in HTML_TYPES:
                return [self._page(url, page.url, page.body, page.charset)]
            if looks_like_feed(page.body, page.media_type):
                return list(feed_entries(page.body, page.url))
            shown = page.media_type or "no content type"
            return [Failure(url, f"not HTML ({shown})")]
        except InputError as exc:
            return [_failure(url, exc)]

    def entry(self, entry: Entry) -> Result:
        result = self.url(entry.url)
        # A feed's entry that is itself a feed is not followed.
        return [
            Input(item.text, item.source, merged(item.meta, entry.meta))
            if isinstance(item, Input)
            else item
            for item in _settled(result)
        ]

    @staticmethod
    def _page(source: str, final: str, body: bytes, charset: str | None) -> Input:
        # The article's URL: the canonical one where the page gives it, else where it was.
        return extract_page(decode_page(body, source, charset), source, final)


def _failure(source: str, exc: InputError) -> Failure:
    return Failure(source, str(exc).removeprefix(f"{source}: "))
