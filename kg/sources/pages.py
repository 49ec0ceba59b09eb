"""An HTML page's main text and metadata, by trafilatura.

The article text of a page is its main content: navigation, related links,
comments, captions, tables and footers are left out by trafilatura (a maintained
extractor made for news pages; kg has no boilerplate rules of its own). Its
settings here are fixed and offline: no time limit by signal (which only works
in the main thread and would make output depend on load), no network, no
deduplication memory across pages, so the same page always gives the same text.

Metadata: headline, date of publication, byline, site name (the publisher),
canonical URL (trafilatura), and the language the page declares (``<html lang>``).
"""

from __future__ import annotations

import codecs
import re
from configparser import ConfigParser
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from kg.errors import InputError
from kg.sources import Input
from kg.sources.files import normalise_text
from kg.sources.meta import make_meta

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""", re.IGNORECASE
)
_PARAGRAPH_BREAK = re.compile(r"\n+")


def decode_page(data: bytes, source: str, declared: str | None = None) -> str:
    """The page's text in the encoding the server (``declared``), a byte-order mark or
    a ``<meta charset>`` names, else UTF-8; ``InputError`` if it cannot be decoded."""
    encoding = declared
    if not encoding:
        for bom, name in (
            (codecs.BOM_UTF8, "utf-8-sig"),
            (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"),
        ):
            if data.startswith(bom):
                encoding = name
                break
    if not encoding:
        found = _META_CHARSET.search(data[:4096])
        if found:
            encoding = found.group(1).decode("ascii")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise InputError(f"{source}: unknown encoding {encoding!r}") from exc
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: not valid {encoding} though declared so (offset {exc.start})"
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: undeclared encoding, and not UTF-8 (invalid byte at offset {exc.start})"
        ) from exc


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    from trafilatura.settings import use_config  # noqa: PLC0415  a heavy import, made once

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _publisher(sitename: str | None, url: str | None) -> str | None:
    """The site's name as the page declares it; not the host name that trafilatura
    falls back on (an organization called "news.example:8080" says nothing)."""
    if not sitename or not url:
        return sitename
    host = urlsplit(url).netloc.lower()
    return None if sitename.lower() in {host, host.removeprefix("www.")} else sitename


def extract_page(html: str, source: str, url: str | None = None) -> Input:
    """The article in a page: its main text and metadata; ``InputError`` if none."""
    import trafilatura  # noqa: PLC0415  a heavy import, made when a page is read

    document: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the page")
    # trafilatura ends each paragraph with one line break; kg's texts use a blank line.
    body = normalise_text(_PARAGRAPH_BREAK.sub("\n\n", text.strip()) + "\n", source)
    language = _HTML_LANG.search(html[:4096])
    meta = make_meta(
        headline=document.title,
        date=document.date,
        authors=document.author,
        publisher=_publisher(document.sitename, document.url or url),
        url=document.url or url,
        language=language.group(1) if language else None,
    )
    return Input(body, source, meta)
