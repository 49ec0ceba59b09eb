"""RSS/Atom feeds (feedparser) and JSON Lines exports of news APIs.

A feed is a list of entries: each entry's page is fetched and read like any
page, the entry's own title, date and author filling what the page leaves out.
A JSON Lines export holds one article per line as an object with ``text`` and
any of ``url``, ``title``, ``date``, ``author``, ``publisher`` (other keys are
ignored); a line that is not such an object is reported and skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import ArticleMeta
from kg.sources import Failure, Input
from kg.sources.files import check_regular, normalise_text, size_refusal
from kg.sources.meta import make_meta

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
        "application/feed+xml",
    }
)
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


def looks_like_feed(body: bytes, media_type: str = "") -> bool:
    """True for a feed's media type, or a body that opens on <rss>, <feed> or <rdf:RDF>."""
    return media_type in FEED_TYPES or bool(_FEED_START.match(body[:2048]))


@dataclass(frozen=True)
class Entry:
    """One feed entry: the page to fetch and what the feed says of it."""

    url: str
    meta: ArticleMeta


def feed_entries(body: bytes, source: str) -> list[Entry | Failure]:
    """The entries of an RSS or Atom feed, in the feed's order."""
    import feedparser  # type: ignore[import-untyped]  # noqa: PLC0415  imported when needed

    parsed: Any = feedparser.parse(body, response_headers={"content-location": source})
    if not parsed.entries:
        why = parsed.get("bozo_exception") if parsed.get("bozo") else None
        raise InputError(f"{source}: no entries in the feed{f' ({why})' if why else ''}")
    publisher = parsed.feed.get("title")
    entries: list[Entry | Failure] = []
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if not link or not str(link).startswith(("http://", "https://")):
            entries.append(Failure(f"{source} entry {number}", "no http(s) link to fetch"))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = time.strftime("%Y-%m-%d", stamp) if stamp else None
        meta = make_meta(
            headline=entry.get("title"),
            date=date,
            authors=entry.get("author"),
            publisher=publisher,
        )
        entries.append(Entry(str(link), meta))
    return entries


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return None


def read_json_lines(path: Path, max_bytes: int) -> Iterator[Input | Failure]:
    """The articles of a JSON Lines file, one per line; a bad line is a ``Failure``."""
    try:
        check_regular(path)
        handle = path.open("rb")
    except InputError as exc:
        yield Failure(str(path), str(exc).removeprefix(f"{path}: "))
        return
    except OSError as exc:
        yield Failure(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(iter(lambda: handle.readline(max_bytes + 1), b""), 1):
            where = f"{path}:{number}"
            if len(raw) > max_bytes:
                yield Failure(where, size_refusal(None, max_bytes))
                # the rest of an over-long line is skipped, not read as lines of its own
                rest = raw
                while rest and not rest.endswith(b"\n"):
                    rest = handle.readline(max_bytes + 1)
                continue
            if not raw.strip():
                continue
            yield _record(raw, where)


def _record(raw: bytes, where: str) -> Input | Failure:
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return Failure(where, f"not a JSON object ({exc})")
    if not isinstance(record, dict):
        return Failure(where, "not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return Failure(where, 'no "text" string')
    url = _string(record.get("url"))
    meta = make_meta(
        headline=_string(record.get("title")),
        date=_string(record.get("date")),
        authors=_string(record.get("author")),
        publisher=_string(record.get("publisher")),
        url=url,
        language=_string(record.get("language")),
    )
    try:
        text = normalise_text(text, where)
    except InputError as exc:
        return Failure(where, str(exc).removeprefix(f"{where}: "))
    # The source is where a later version of the article will be looked for (a changed
    # text from the same source replaces the older one): the record's URL. Without one,
    # a line number would not do (another export puts another article on that line), so
    # the record is named by its text and is never taken for a version of another.
    path = where.rsplit(":", 1)[0]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Input(text, meta.url or f"{path}#text-{digest}", meta)
