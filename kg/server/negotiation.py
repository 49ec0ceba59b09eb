"""Content negotiation: from an Accept header (or a ``format`` parameter) to a format name.

Formats are named as kg.store names them (json, xml, csv, tsv for query results;
turtle, ntriples, jsonld, rdfxml, trig, nquads for RDF) plus html. A client's
preferences are a quality per format; which formats can carry an answer depends
on its kind (a SELECT answer is not Turtle), so the choice is made once the kind
is known, by ``pick``. Pure functions: the main process and the query workers
both use them.
"""

from __future__ import annotations

import functools

from kg.errors import ParameterError

MEDIA_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "html": ("text/html", "application/xhtml+xml"),
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
    "trig": ("application/trig",),
    "nquads": ("application/n-quads",),
}

# What can carry each kind of answer, in the server's order of preference.
KINDS: dict[str, tuple[str, ...]] = {
    "select": ("json", "xml", "csv", "tsv", "html"),
    "ask": ("json", "xml", "csv", "tsv", "html"),
    "construct": ("turtle", "ntriples", "jsonld", "rdfxml", "html"),
    "entity": ("html", "turtle", "jsonld", "ntriples", "rdfxml"),
    "void": ("turtle", "jsonld", "ntriples", "rdfxml", "html"),
    "page": ("html", "json"),
}

# Names a ``format`` parameter may use besides the format names themselves.
ALIASES = {
    "ttl": "turtle",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "rdf+xml": "rdfxml",
    "srj": "json",
    "srx": "xml",
    "nq": "nquads",
}

SUFFIXES = {
    "json": ".srj",
    "xml": ".srx",
    "csv": ".csv",
    "tsv": ".tsv",
    "turtle": ".ttl",
    "ntriples": ".nt",
    "jsonld": ".jsonld",
    "rdfxml": ".rdf",
    "trig": ".trig",
    "nquads": ".nq",
}

Preferences = dict[str, float]


def content_type(fmt: str) -> str:
    """The Content-Type header for a format."""
    media = MEDIA_TYPES[fmt][0]
    if media.startswith("text/") or fmt in ("json", "jsonld", "xml", "rdfxml"):
        return f"{media}; charset=utf-8"
    return media


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    ranges = []
    for item in accept.split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if "/" not in media:
            continue
        quality = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        kind, _, sub = media.partition("/")
        ranges.append((kind, sub, quality))
    return ranges


def _quality(ranges: list[tuple[str, str, float]], media: str) -> tuple[int, float]:
    """How specifically a range matches ``media`` (2 exact, 1 type/*, 0 */*, -1 none)
    and the quality that most specific range gives it."""
    kind, _, sub = media.partition("/")
    best: tuple[int, float] = (-1, 0.0)
    for r_kind, r_sub, quality in ranges:
        if (r_kind, r_sub) == (kind, sub):
            specificity = 2
        elif r_kind == kind and r_sub == "*":
            specificity = 1
        elif (r_kind, r_sub) == ("*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best[0]:
            best = (specificity, quality)
    return best


def preferences(accept: str | None, *, explicit: bool = False) -> Preferences:
    """The quality of every format under an Accept header (none or empty: anything).

    With ``explicit``, wildcard ranges count for nothing: only the formats a
    client names (an error reads as plain text to ``curl``, as a page to a browser).
    """
    accept = accept or "*/*"
    if len(accept) > CACHED_ACCEPT:
        return dict(_qualities.__wrapped__(accept, explicit))
    return dict(_qualities(accept, explicit))


# Clients send the same few Accept headers over and over; working one out costs more
# than the rest of a small request's negotiation. Bounded: 256 headers of at most
# CACHED_ACCEPT characters (a longer one is worked out each time).
CACHED_ACCEPT = 1024


@functools.lru_cache(maxsize=256)
def _qualities(accept: str, explicit: bool) -> tuple[tuple[str, float], ...]:
    ranges = _ranges(accept) or _ranges("*/*")
    if explicit:
        ranges = [r for r in ranges if "*" not in r[:2]]
    # A format is as acceptable as its most specifically matched media type, so that
    # "text/turtle;q=0, */*" refuses Turtle even though */* matches its other names.
    return tuple(
        (fmt, max(_quality(ranges, m) for m in media)[1]) for fmt, media in MEDIA_TYPES.items()
    )


def requested(fmt: str) -> Preferences:
    """Preferences that name one format, from a ``format`` parameter."""
    name = ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in MEDIA_TYPES:
        names = ", ".join(sorted(MEDIA_TYPES))
        raise ParameterError(f"unknown format {fmt!r}; use one of {names}")
    return {name: 1.0}


def pick(prefs: Preferences, kind: str) -> str | None:
    """The best format for an answer of ``kind``, or None if the client accepts none."""
    best: tuple[float, int] | None = None
    chosen = None
    for order, fmt in enumerate(KINDS[kind]):
        quality = prefs.get(fmt, 0.0)
        if quality > 0 and (best is None or (quality, -order) > best):
            best, chosen = (quality, -order), fmt
    return chosen


def acceptable(prefs: Preferences, kinds: tuple[str, ...]) -> bool:
    """Whether any format for any of ``kinds`` is acceptable (checked before running)."""
    return any(pick(prefs, kind) for kind in kinds)
