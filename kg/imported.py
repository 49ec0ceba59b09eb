"""The format of imported_votes.csv: official votes a user imported.

``kg reference import-votes`` (kg.vote_import) writes this file in the
reference-data folder; ``kg.reference`` reads it over un_votes.csv. One row per
resolution and country, sorted, with the facts about the resolution the import
gave (draft symbol, body, date, title, official totals) repeated on each row, as
un_votes.csv does.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, ReferenceDataError
from kg.model import RecordedVote, ResolutionRecord

OPTIONS = ("yes", "no", "abstain", "non-voting")
BODIES = {"A/": "UNGA", "S/": "UNSC"}
TOTALS = ("yes", "no", "abstain", "non_voting")
COLUMNS = (
    "resolution_symbol",
    "draft_symbol",
    "body",
    "date",
    "title",
    "country_iso3",
    "vote",
    "confidence",
    "source",
    "note",
    "total_yes",
    "total_no",
    "total_abstain",
    "total_non_voting",
)
NO_TOTALS: tuple[int | None, ...] = (None, None, None, None)


@dataclass(frozen=True)
class ImportRow:
    """One imported vote, with the facts about its resolution the import gave."""

    resolution: str
    country: str
    vote: str  # one of OPTIONS
    date: str
    body: str  # UNGA or UNSC
    draft: str = ""
    title: str = ""
    confidence: str = "high"
    source: str = ""
    note: str = ""
    totals: tuple[int | None, ...] = NO_TOTALS  # yes, no, abstain, non-voting


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` (a time after the date is ignored), or None."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def body_of(symbol: str) -> str | None:
    """UNGA for an A/ symbol, UNSC for an S/ symbol."""
    return next((b for prefix, b in BODIES.items() if symbol.upper().startswith(prefix)), None)


def read_stored(path: Path) -> list[ImportRow]:
    """The rows of an imported_votes.csv, checked; none if there is no file."""
    if not path.exists():
        return []
    rows = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for r in reader:
                rows.append(_stored_row(r, path, reader.line_num))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceDataError(f"cannot read {path}: {exc}") from exc
    return rows


def _stored_row(r: dict[str, str], path: Path, line: int) -> ImportRow:
    try:
        totals = tuple(int(r[f"total_{k}"]) if r[f"total_{k}"] else None for k in TOTALS)
        row = ImportRow(
            r["resolution_symbol"],
            r["country_iso3"],
            r["vote"],
            r["date"],
            r["body"],
            r["draft_symbol"],
            r["title"],
            r["confidence"],
            r["source"],
            r["note"],
            totals,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ReferenceDataError(f"{path} line {line}: malformed row ({exc})") from exc
    if row.vote not in OPTIONS or row.body not in BODIES.values() or iso_date(row.date) is None:
        raise ReferenceDataError(f"{path} line {line}: malformed row")
    return row


def write_stored(path: Path, rows: list[ImportRow]) -> None:
    """Write atomically: a reader sees the old file or the new one, never half of one."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in sorted(rows, key=row_key):
        totals = ["" if t is None else str(t) for t in r.totals]
        writer.writerow(
            [
                r.resolution,
                r.draft,
                r.body,
                r.date,
                r.title,
                r.country,
                r.vote,
                r.confidence,
                r.source,
                r.note,
                *totals,
            ]
        )
    fd, tmp = tempfile.mkstemp(prefix=".imported_votes.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(out.getvalue())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc


def row_key(row: ImportRow) -> tuple[str, str]:
    return (row.resolution, row.country)


def counted(rows: list[ImportRow]) -> tuple[int, int, int, int]:
    """How many rows say yes, no, abstain and non-voting."""
    c = Counter(r.vote for r in rows)
    return c["yes"], c["no"], c["abstain"], c["non-voting"]


def imported_reference(rows: list[ImportRow]) -> tuple[list[RecordedVote], list[ResolutionRecord]]:
    """Recorded votes, and a resolution record for each resolution, from imported rows.

    The tally is the official one the import gave (the export's totals), else it is
    counted from the rows and says so in ``tally_note``.
    """
    votes = [
        RecordedVote(
            resolution=r.resolution,
            country=r.country,
            option=r.vote,  # checked by read_stored
            confidence=r.confidence or None,
            source=r.source or None,
            note=r.note or None,
        )
        for r in rows
    ]
    by_symbol: dict[str, list[ImportRow]] = {}
    for r in rows:
        by_symbol.setdefault(r.resolution, []).append(r)
    resolutions = []
    for symbol, mine in sorted(by_symbol.items()):
        first = mine[0]
        stated = None not in first.totals
        counts = first.totals if stated else counted(mine)
        resolutions.append(
            ResolutionRecord(
                symbol=symbol,
                draft_symbol=first.draft or None,
                body="UNGA" if first.body == "UNGA" else "UNSC",
                date=first.date,
                title=first.title,
                yes=counts[0],
                no=counts[1],
                abstain=counts[2],
                non_voting=counts[3],
                adopted="/RES/" in symbol.upper(),
                tally_note=None if stated else f"counted from the {len(mine)} imported votes",
            )
        )
    return votes, resolutions
