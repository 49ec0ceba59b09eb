"""Official per-country votes from a CSV export, imported into the store's reference graph.

``kg reference import-votes FILE`` reads a voting record with one row per country
and resolution: the UN Digital Library's voting-data export (columns ``resolution``,
``date``, ``ms_code`` / ``ms_name``, ``ms_vote``, ...) or our simple form
(``Resolution``, ``Date``, ``Country``, ``Vote``). Every row is checked first;
a bad row is an error naming its line, and nothing is written unless every row is
good. Good rows are recorded in the store (kg.reference.imported: a later import of the
same country and resolution replaces the earlier vote; the same file again
changes nothing) and its reference graph is rebuilt: an imported vote replaces the
bundled vote of the same country on the same resolution. Resolutions the
reference data lacks are created from the rows (symbol, date, the body from the
symbol's prefix, tallies from the export's totals or counted from the rows).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, VoteImportError
from kg.model import Reference
from kg.names import fold
from kg.reference.imported import (
    TOTALS,
    Applied,
    ImportRow,
    StoredImport,
    apply_imports,
    body_of,
    counted,
    iso_date,
    read_imports,
    row_key,
    with_resolution_facts,
)
from kg.reference.load import cached_reference
from kg.reference.lookup import find_country, find_resolution, symbol_key

if TYPE_CHECKING:
    from kg.store.backend import KgStore

# Accepted header names (compared without case, spaces, hyphens or underscores).
HEADERS: dict[str, tuple[str, ...]] = {
    "resolution": ("resolution", "resolution symbol", "resolution_symbol", "symbol"),
    "date": ("date", "vote date", "vote_date"),
    "code": ("ms_code", "country_iso3", "iso3", "country code", "iso code"),
    "country": ("country", "ms_name", "member state", "country name", "country or area"),
    "vote": ("vote", "ms_vote"),
    "draft": ("draft", "draft symbol", "draft_symbol"),
    "title": ("title",),
    "body": ("body",),
    "source": ("source", "undl_link"),
    "confidence": ("confidence",),
    "note": ("note",),
    "yes": ("total_yes",),
    "no": ("total_no",),
    "abstain": ("total_abstentions", "total_abstain"),
    "non_voting": ("total_non_voting",),
}
VOTES: dict[str, str] = {
    "y": "yes", "yes": "yes", "n": "no", "no": "no",
    "a": "abstain", "abstain": "abstain", "abstention": "abstain",
    "": "non-voting", "x": "non-voting", "nv": "non-voting", "non-voting": "non-voting",
    "non voting": "non-voting", "not voting": "non-voting", "absent": "non-voting",
}  # fmt: skip
CONFIDENCES = ("high", "medium", "low")


@dataclass
class ImportReport:
    """What an import read, and what it changed."""

    file: str
    target: str
    rows: int = 0
    skipped: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    replaced_bundled: int = 0
    resolutions: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: bool = False


def _norm_header(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", fold(name)).strip()


def _columns(header: list[str], where: str) -> dict[str, int]:
    found: dict[str, int] = {}
    normalised = [_norm_header(h) for h in header]
    for fieldname, names in HEADERS.items():
        for name in names:
            if _norm_header(name) in normalised:
                found[fieldname] = normalised.index(_norm_header(name))
                break
    for needed, what in (("resolution", "the resolution symbol"), ("vote", "the vote")):
        if needed not in found:
            expected = ", ".join(HEADERS[needed])
            raise InputError(f"{where}: no column for {what} (expected one of: {expected})")
    if "code" not in found and "country" not in found:
        expected = ", ".join(HEADERS["country"] + HEADERS["code"])
        raise InputError(f"{where}: no column for the country (expected one of: {expected})")
    return found


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    for candidate in ("\t", ";"):
        if candidate in first and "," not in first:
            return candidate
    return ","


class _Parser:
    """Checks the rows of one file against the reference data, gathering errors."""

    def __init__(self, reference: Reference, where: str, source: str, confidence: str) -> None:
        self.reference = reference
        self.where = where
        self.source = source
        self.confidence = confidence
        self.known = {r.symbol: r for r in reference.resolutions}
        self.observers = {c.iso3 for c in reference.countries if c.member == "observer"}
        self.errors: list[str] = []
        self.dates: dict[str, tuple[str, int]] = {}
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}

    def fail(self, line: int, message: str) -> None:
        self.errors.append(f"{self.where} line {line}: {message}")

    def row(self, cells: dict[str, str], line: int) -> ImportRow | None:  # noqa: PLR0911
        raw = re.sub(r"\s+", " ", cells.get("resolution", "")).strip()
        if not raw:
            self.fail(line, "no resolution symbol")
            return None
        symbol = find_resolution(raw, self.reference) or raw
        record = self.known.get(symbol)
        body = record.body if record is not None else body_of(symbol)
        if body is None:
            self.fail(
                line,
                f"cannot tell the UN body of {raw!r} (General Assembly symbols start "
                "with A/, Human Rights Council ones with A/HRC/, Security Council ones with S/)",
            )
            return None
        given_body = cells.get("body", "").strip().upper()
        if given_body and given_body != body:
            self.fail(line, f"body {given_body} does not match the symbol {symbol}")
            return None
        country = self._country(cells, line)
        vote = VOTES.get(fold(cells.get("vote", "")).strip())
        if vote is None:
            self.fail(
                line,
                f"unknown vote {cells.get('vote', '')!r} (expected Y, N, A, blank or non-voting)",
            )
        date = self._date(symbol, cells.get("date", ""), line)
        confidence = cells.get("confidence", "").strip().lower() or self.confidence
        if confidence not in CONFIDENCES:
            self.fail(line, f"unknown confidence {confidence!r} (expected high, medium or low)")
            return None
        totals = self._totals(cells, line)
        if country is None or vote is None or date is None or totals is None:
            return None
        if not self._first(symbol, country, vote, line):
            return None
        return ImportRow(
            symbol,
            country,
            vote,
            date,
            body,
            cells.get("draft", "").strip(),
            cells.get("title", "").strip(),
            confidence,
            cells.get("source", "").strip() or self.source,
            cells.get("note", "").strip(),
            totals,
        )

    def _country(self, cells: dict[str, str], line: int) -> str | None:
        given = [cells.get(k, "").strip() for k in ("code", "country")]
        for value in given:
            iso3 = find_country(value, self.reference, names_only=True) if value else None
            if iso3 in self.observers:
                self.fail(line, f"{value!r} is a UN observer State, which does not vote")
                return None
            if iso3:
                return iso3
        shown = " / ".join(repr(v) for v in given if v) or "an empty cell"
        self.fail(line, f"unknown country {shown} (give an ISO code or a UN member name)")
        return None

    def _date(self, symbol: str, raw: str, line: int) -> str | None:
        known = self.known.get(symbol)
        if not raw.strip():
            if known is None:
                self.fail(line, f"no date for {symbol}, which the reference data does not know")
                return None
            return known.date
        date = iso_date(raw)
        if date is None:
            self.fail(line, f"date {raw.strip()!r} is not YYYY-MM-DD")
            return None
        if known is not None and known.date != date:
            self.fail(line, f"date {date} differs from {known.date}, the recorded date of {symbol}")
            return None
        first = self.dates.setdefault(symbol, (date, line))
        if first[0] != date:
            self.fail(
                line, f"date {date} differs from {first[0]} given for {symbol} on line {first[1]}"
            )
            return None
        return date

    def _totals(self, cells: dict[str, str], line: int) -> tuple[int | None, ...] | None:
        values: list[int | None] = []
        for key in TOTALS:
            raw = cells.get(key, "").strip()
            if not raw:
                values.append(None)
            elif raw.isdigit():
                values.append(int(raw))
            else:
                self.fail(line, f"total {key.replace('_', '-')} {raw!r} is not a whole number")
                return None
        return tuple(values)

    def _first(self, symbol: str, country: str, vote: str, line: int) -> bool:
        earlier = self.seen.setdefault((symbol, country), (vote, line))
        if earlier[1] != line and earlier[0] != vote:
            self.fail(
                line, f"{country} already voted {earlier[0]} on {symbol} on line {earlier[1]}"
            )
            return False
        return earlier[1] == line


def parse_votes(
    path: Path,
    reference: Reference,
    *,
    only: tuple[str, ...] = (),
    source: str | None = None,
    confidence: str = "high",
) -> tuple[list[ImportRow], int]:
    """Validated rows of a voting-record file, and how many rows ``only`` left out.

    Raises InputError for an unreadable file or header, VoteImportError naming
    every bad row.
    """
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: empty file") from None
    except csv.Error as exc:
        raise InputError(f"{path} line 1: {exc}") from exc
    columns = _columns(header, str(path))
    wanted = {symbol_key(find_resolution(s, reference) or s) for s in only}
    parser = _Parser(reference, str(path), source or f"imported from {path.name}", confidence)
    rows: list[ImportRow] = []
    skipped = 0
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            cells = {k: record[i] if i < len(record) else "" for k, i in columns.items()}
            if (
                wanted
                and symbol_key(
                    find_resolution(cells["resolution"], reference) or cells["resolution"]
                )
                not in wanted
            ):
                skipped += 1
                continue
            row = parser.row(cells, line)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        parser.fail(reader.line_num, str(exc))
    if parser.errors:
        raise VoteImportError(parser.errors)
    if not rows:
        raise InputError(
            f"{path}: no votes to import" + (" for the resolutions given" if only else "")
        )
    return rows, skipped


# --- recording -------------------------------------------------------------------------


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def record_import(
    store: KgStore, applied: Applied, new: StoredImport, *, dry_run: bool = False
) -> bool:
    """Add ``new`` to the store's imports and rebuild its reference graph; False (nothing
    written) when the store holds that very import already, or with ``dry_run``."""
    same = [i for i in applied.imports if i.sha256 == new.sha256]
    if same and same[0].records_text() == new.records_text():
        return False
    if dry_run:
        return True
    from kg.reference.bootstrap import ensure_reference  # noqa: PLC0415  (it imports this module's peers)

    others = [i for i in applied.imports if i.sha256 != new.sha256]
    order = max((i.order for i in applied.imports), default=0) + 1
    ensure_reference(store, cached_reference(), imports=[*others, replace(new, order=order)])
    return True


def import_votes(
    path: Path,
    store: KgStore,
    *,
    only: tuple[str, ...] = (),
    source: str | None = None,
    confidence: str = "high",
    dry_run: bool = False,
) -> ImportReport:
    """Check ``path`` and record its votes in ``store``'s reference graph.

    Nothing is written when a row is bad (VoteImportError), when the store holds
    this import already, or with ``dry_run``.
    """
    bundled = cached_reference()
    applied = apply_imports(bundled, read_imports(store))
    reference = applied.reference
    rows, skipped = parse_votes(path, reference, only=only, source=source, confidence=confidence)
    report = ImportReport(file=str(path), target=str(store.path), rows=len(rows), skipped=skipped)
    existing = applied.vote_rows
    for row in rows:
        old = existing.get(row_key(row))
        if old is None:
            report.added += 1
        elif old.vote != row.vote:
            report.changed += 1
        else:
            report.unchanged += 1
    options = {(v.resolution, v.country): v.option for v in bundled.votes}
    report.replaced_bundled = sum(1 for r in rows if options.get(row_key(r), r.vote) != r.vote)
    report.resolutions = sorted({r.resolution for r in rows})
    known = {r.symbol for r in reference.resolutions}
    report.created = [s for s in report.resolutions if s not in known]
    merged = {**existing, **{row_key(r): r for r in rows}}
    final = with_resolution_facts(list(merged.values()))
    report.warnings = _tally_warnings(final, reference, report.resolutions)
    new = StoredImport(path.name, file_digest(path), 0, votes=tuple(rows))
    report.written = record_import(store, applied, new, dry_run=dry_run)
    return report


def _tally_warnings(rows: list[ImportRow], reference: Reference, symbols: list[str]) -> list[str]:
    """Where a complete set of imported votes does not add up to the official tally."""
    official = {r.symbol: r for r in reference.resolutions if r.tally_note is None}
    warnings = []
    for symbol in symbols:
        mine = [r for r in rows if r.resolution == symbol]
        counts = counted(mine)
        record = official.get(symbol)
        stated: tuple[int | None, ...] = mine[0].totals
        if record is not None and None not in (record.yes, record.no, record.abstain):
            stated = (record.yes, record.no, record.abstain, record.non_voting)
        if None in stated or sum(s or 0 for s in stated) != sum(counts):
            continue  # no official tally, or a partial import: nothing to compare
        if stated != counts:
            warnings.append(
                f"{symbol}: the imported votes count {_tally(counts)}; the official "
                f"tally is {_tally(stated)}"
            )
    return warnings


def _tally(counts: tuple[int | None, ...]) -> str:
    return "-".join(str(c) for c in counts[:3]) + f" ({counts[3]} non-voting)"
