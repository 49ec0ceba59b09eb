"""Resolutions kg does not know, from a CSV file, imported into the store's reference graph.

``kg reference import-resolutions FILE`` reads one row per vote with the columns of
data/reference/un_resolutions.csv that say what the vote was: ``symbol``,
``draft_symbol``, ``body`` (UNGA, UNSC or HRC), ``date`` (YYYY-MM-DD), ``title``,
``yes``, ``no``, ``abstain`` (and ``non_voting``; blank where unknown) and
``adopted`` (true or false; blank: adopted when the symbol is a resolution's,
"/RES/"). Other columns are ignored. A vote without a symbol is keyed by its draft
symbol, else by its body and date (``UNSC-2024-05-20``), as kg names a vote an
article reports without a symbol. Every row is checked first; a bad row is an error
naming its line, and nothing is written unless every row is good. A resolution kg's
bundled reference data holds already is left as it is (a warning says so).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kg.errors import InputError, VoteImportError
from kg.model import ResolutionRecord
from kg.reference.import_votes import _norm_header, _read_text, file_digest, record_import
from kg.reference.imported import (
    BODIES,
    RESOLUTION_COLUMNS,
    Body,
    StoredImport,
    apply_imports,
    body_of,
    date_key,
    iso_date,
    read_imports,
)
from kg.reference.load import cached_reference
from kg.reference.lookup import find_resolution

if TYPE_CHECKING:
    from kg.store.backend import KgStore

# the columns read: those of data/reference/un_resolutions.csv that an import keeps
COLUMNS = RESOLUTION_COLUMNS
REQUIRED = ("symbol", "body", "date")
_TRUE = frozenset({"true", "yes", "y", "1", "adopted"})
_FALSE = frozenset({"false", "no", "n", "0", "rejected", "failed", "vetoed"})


@dataclass
class ResolutionReport:
    """What an import of resolutions read, and what it changed."""

    file: str
    target: str
    rows: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    known: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: bool = False


def _columns(header: list[str], where: str) -> dict[str, int]:
    normalised = [_norm_header(h) for h in header]
    found = {c: normalised.index(_norm_header(c)) for c in COLUMNS if _norm_header(c) in normalised}
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise InputError(
            f"{where}: no column {', '.join(missing)} (the columns are those of "
            f"un_resolutions.csv: {', '.join(COLUMNS)})"
        )
    return found


class _Rows:
    def __init__(self, where: str) -> None:
        self.where = where
        self.errors: list[str] = []
        self.seen: dict[str, int] = {}

    def fail(self, line: int, message: str) -> None:
        self.errors.append(f"{self.where} line {line}: {message}")

    def record(self, cells: dict[str, str], line: int) -> ResolutionRecord | None:
        body = cells.get("body", "").strip().upper()
        symbol = re.sub(r"\s+", " ", cells.get("symbol", "")).strip()
        draft = re.sub(r"\s+", " ", cells.get("draft_symbol", "")).strip()
        date = iso_date(cells.get("date", "")) if cells.get("date", "").strip() else None
        bad = len(self.errors)
        if body not in BODIES:
            self.fail(line, f"body {body or 'blank'!r} is not UNGA, UNSC or HRC")
        if date is None:
            self.fail(line, f"date {cells.get('date', '').strip()!r} is not YYYY-MM-DD")
        for name, value in (("symbol", symbol), ("draft symbol", draft)):
            implied = body_of(value) if "/" in value else None
            if body in BODIES and implied is not None and implied != body:
                self.fail(line, f"{name} {value} is not a {body} symbol (it reads as {implied})")
        counts = [self._count(cells, k, line) for k in ("yes", "no", "abstain", "non_voting")]
        adopted = self._adopted(cells.get("adopted", ""), symbol or draft, line)
        if len(self.errors) > bad or date is None or adopted is None:
            return None
        key = symbol or draft or date_key(body, date)
        earlier = self.seen.setdefault(key.upper(), line)
        if earlier != line:
            self.fail(line, f"{key} is already given on line {earlier}")
            return None
        return ResolutionRecord(
            symbol=key,
            draft_symbol=draft if draft and draft != key else None,
            body=cast(Body, body),
            date=date,
            title=cells.get("title", "").strip(),
            yes=counts[0],
            no=counts[1],
            abstain=counts[2],
            non_voting=counts[3],
            adopted=adopted,
        )

    def _count(self, cells: dict[str, str], key: str, line: int) -> int | None:
        raw = cells.get(key, "").strip()
        if not raw:
            return None
        if not raw.isdigit():
            self.fail(line, f"{key.replace('_', '-')} {raw!r} is not a whole number")
            return None
        return int(raw)

    def _adopted(self, raw: str, symbol: str, line: int) -> bool | None:
        value = raw.strip().lower()
        if not value:
            return "/RES/" in symbol.upper()
        if value in _TRUE or value in _FALSE:
            return value in _TRUE
        self.fail(line, f"adopted {raw.strip()!r} is not true or false")
        return None


def parse_resolutions(path: Path, *, allow_empty: bool = False) -> list[ResolutionRecord]:
    """The checked records of a resolutions file; VoteImportError names every bad row.
    A header with no rows is an error unless ``allow_empty`` (then: no records)."""
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: empty file") from None
    except csv.Error as exc:
        raise InputError(f"{path} line 1: {exc}") from exc
    columns = _columns(header, str(path))
    rows = _Rows(str(path))
    records: list[ResolutionRecord] = []
    try:
        for cells_list in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells_list):
                continue
            cells = {k: cells_list[i] if i < len(cells_list) else "" for k, i in columns.items()}
            record = rows.record(cells, line)
            if record is not None:
                records.append(record)
    except csv.Error as exc:
        rows.fail(reader.line_num, str(exc))
    if rows.errors:
        raise VoteImportError(rows.errors)
    if not records and not allow_empty:
        raise InputError(f"{path}: no resolutions to import")
    return records


def import_resolutions(path: Path, store: KgStore, *, dry_run: bool = False) -> ResolutionReport:
    """Check ``path`` and record its resolutions in ``store``'s reference graph."""
    records = parse_resolutions(path)
    bundled = cached_reference()
    applied = apply_imports(bundled, read_imports(store))
    current = {r.symbol: r for r in applied.reference.resolutions}
    report = ResolutionReport(file=str(path), target=str(store.path), rows=len(records))
    kept: list[ResolutionRecord] = []
    for record in records:
        own = find_resolution(record.symbol, bundled) or (
            find_resolution(record.draft_symbol, bundled) if record.draft_symbol else None
        )
        if own is not None:
            report.known.append(own)
            known = current[own]
            if (known.date, known.yes, known.no, known.abstain) != (
                record.date,
                *(record.yes, record.no, record.abstain),
            ):
                report.warnings.append(
                    f"{record.symbol}: kg's reference data has {own} of {known.date} "
                    f"({known.yes}-{known.no}-{known.abstain}), which it keeps"
                )
            continue
        kept.append(record)
        old = current.get(record.symbol)
        if old is None:
            report.added += 1
        elif old == record:
            report.unchanged += 1
        else:
            report.changed += 1
    new = StoredImport(path.name, file_digest(path), 0, resolutions=tuple(kept))
    if kept:
        report.written = record_import(store, applied, new, dry_run=dry_run)
    return report
