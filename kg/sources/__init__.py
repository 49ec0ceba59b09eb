"""What users have, turned into article texts with their metadata.

``kg ingest`` takes text files, saved web pages, ``http(s)://`` URLs, files of URLs,
RSS/Atom feeds and news-API exports in JSON Lines. This package reads each of them
and yields, in input order, either an ``Input`` (one article's text, where it came
from, and what is known of it: ``ArticleMeta``) or a ``Failure`` (one line saying
why an input was skipped). Nothing here extracts facts or touches the store.

- ``files``: local files and folders (size limit, special files, byte-order marks,
  the ``Key: value`` header of a text file);
- ``pages``: the main text and metadata of an HTML page (trafilatura);
- ``fetch``: HTTP(S) downloads as a good citizen (httpx);
- ``feeds``: RSS/Atom feeds (feedparser) and JSON Lines exports;
- ``gather``: every kind of input, in order, fetching with bounded concurrency.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import ArticleMeta

DEFAULT_MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Input:
    """One article to ingest: its text (normalised), its source, its metadata."""

    text: str
    source: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)


@dataclass(frozen=True)
class Failure:
    """An input that gave no article: where, and why (one line)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
