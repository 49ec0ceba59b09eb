"""Article metadata from loose values: dates, bylines, URLs and language tags cleaned.

Pages, feeds, news-API records and text headers write the same things in many
ways ("2025-03-04T10:00:00Z", "Tue, 04 Mar 2025 10:00:00 GMT"; "By A and B",
"A; B"). ``make_meta`` turns what a source gives into an ``ArticleMeta``, keeping
a value only when it can be read: a date nobody can read is left out, not guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from kg.model import ArticleMeta

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,?\s+and\s+|\s+&\s+)\s*", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def parse_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or time, or an RFC 2822 date; else None."""
    if not value:
        return None
    found = _ISO_DATE.match(value)
    if found:
        try:
            return date(*(int(part) for part in found.groups())).isoformat()
        except ValueError:
            return None
    try:
        parsed: datetime = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def split_authors(value: str | None) -> tuple[str, ...]:
    """The names in a byline: "By A and B", "A; B", "A, B and C"."""
    if not value:
        return ()
    value = _BY.sub("", value.strip())
    # "A, B and C" is a list; a lone comma may be "Surname, Given", which stays whole.
    listed = value.count(",") > 1 or len(_AUTHOR_SPLIT.split(value)) > 1
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(value):
        for name in part.split(",") if listed else [part]:
            cleaned = " ".join(name.split()).strip(" ,.")
            if cleaned and cleaned not in names:
                names.append(cleaned)
    return tuple(names)


def _text(value: str | None) -> str | None:
    cleaned = " ".join(value.split()) if value else ""
    return cleaned or None


def make_meta(
    *,
    headline: str | None = None,
    date: str | None = None,
    authors: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> ArticleMeta:
    """An ``ArticleMeta`` of the values that can be read; the others left out."""
    url = (url or "").strip()
    language = (language or "").strip()
    return ArticleMeta(
        headline=_text(headline),
        date=parse_date(date),
        authors=split_authors(authors),
        publisher=_text(publisher),
        url=url if _URL.match(url) else None,
        language=language.replace("_", "-") if _LANGUAGE.match(language) else None,
    )


def merged(first: ArticleMeta, then: ArticleMeta) -> ArticleMeta:
    """``first``'s values, each missing one taken from ``then``."""
    return ArticleMeta(
        headline=first.headline or then.headline,
        date=first.date or then.date,
        authors=first.authors or then.authors,
        publisher=first.publisher or then.publisher,
        url=first.url or then.url,
        language=first.language or then.language,
    )
