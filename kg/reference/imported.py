"""Reference data a user imported, kept in the store's reference graph.

``kg reference import-votes`` and ``kg reference import-resolutions`` check a file
and record it in the store (never in the package's data folder): one ``kg:Import``
node per file in the reference graph, with the file's name, its sha256, its place
among the store's imports, and the records kg read from it, normalised, as CSV
(``kg:importedRecords``). The reference graph is the bundled reference data plus
these imports, applied in order (a later import's vote or resolution replaces an
earlier one's; a bundled resolution is never replaced, a bundled vote is). Each
imported resolution and vote carries ``kg:importedFrom`` its import.

An imported resolution is linked to the names an article could have given it
before kg knew it (``owl:sameAs`` from the IRI of each to the record's): its draft
symbol, a Council symbol without its year, and its body and date
(``UNSC-2024-05-20``, ``UNGA-C1-...`` for a Main Committee's draft) when no other known
vote of that body has that date, and body, date and tally (``UNSC-2024-05-20-7-7-1``). The
record queries follow those links, so articles ingested before the import meet it
without being extracted again.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, cast

from kg import iri
from kg.errors import ReferenceDataError
from kg.model import RecordedVote, Reference, ResolutionRecord
from kg.terms import IRI, Quad, lit, nonneg
from kg.vocab import KG, OWL, RDF, SCHEMA

if TYPE_CHECKING:
    from kg.store.backend import KgStore

Body = Literal["UNGA", "UNSC", "HRC"]
OPTIONS = ("yes", "no", "abstain", "non-voting")
BODIES: tuple[Body, ...] = ("UNGA", "UNSC", "HRC")
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
RESOLUTION_COLUMNS = (
    "symbol",
    "draft_symbol",
    "body",
    "date",
    "title",
    "yes",
    "no",
    "abstain",
    "non_voting",
    "adopted",
)
NO_TOTALS: tuple[int | None, ...] = (None, None, None, None)
_YEAR_SUFFIX = re.compile(r"\s*\(\d{4}\)\s*$")


@dataclass(frozen=True)
class ImportRow:
    """One imported vote, with the facts about its resolution the import gave."""

    resolution: str
    country: str
    vote: str  # one of OPTIONS
    date: str
    body: str  # UNGA, UNSC or HRC
    draft: str = ""
    title: str = ""
    confidence: str = "high"
    source: str = ""
    note: str = ""
    totals: tuple[int | None, ...] = NO_TOTALS  # yes, no, abstain, non-voting


@dataclass(frozen=True)
class StoredImport:
    """One imported file as the store keeps it."""

    name: str
    sha256: str
    order: int
    votes: tuple[ImportRow, ...] = ()
    resolutions: tuple[ResolutionRecord, ...] = ()

    @property
    def node(self) -> str:
        return import_iri(self.sha256)

    @property
    def kind(self) -> str:
        return "resolutions" if self.resolutions else "votes"

    def records_text(self) -> str:
        return resolutions_csv(self.resolutions) if self.resolutions else votes_csv(self.votes)


def import_iri(sha256: str) -> str:
    return f"{iri.ID}import/{sha256[:16]}"


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` (a time after the date is ignored), or None."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def body_of(symbol: str) -> Body | None:
    """HRC for an A/HRC/ symbol, UNGA for another A/ symbol, UNSC for an S/ symbol."""
    upper = symbol.strip().upper()
    if upper.startswith("A/HRC/"):
        return "HRC"
    if upper.startswith("A/"):
        return "UNGA"
    if upper.startswith("S/"):
        return "UNSC"
    return None


def date_key(body: str, date: str) -> str:
    """The key of a vote known only by its body and date: ``UNSC-2024-05-20``."""
    return f"{body}-{date}"


def row_key(row: ImportRow) -> tuple[str, str]:
    return (row.resolution, row.country)


def counted(rows: Iterable[ImportRow]) -> tuple[int, int, int, int]:
    """How many rows say yes, no, abstain and non-voting."""
    c = Counter(r.vote for r in rows)
    return c["yes"], c["no"], c["abstain"], c["non-voting"]


# --- the records as text ----------------------------------------------------------------


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def votes_csv(rows: Iterable[ImportRow]) -> str:
    return _csv_text(
        COLUMNS,
        (
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
                *map(_num, r.totals),
            ]
            for r in sorted(rows, key=row_key)
        ),
    )


def resolutions_csv(records: Iterable[ResolutionRecord]) -> str:
    return _csv_text(
        RESOLUTION_COLUMNS,
        (
            [
                r.symbol,
                r.draft_symbol or "",
                r.body,
                r.date,
                r.title,
                _num(r.yes),
                _num(r.no),
                _num(r.abstain),
                _num(r.non_voting),
                "true" if r.adopted else "false",
            ]
            for r in sorted(records, key=lambda r: r.symbol)
        ),
    )


def _int(value: str) -> int | None:
    return int(value) if value else None


def parse_records(text: str, where: str) -> tuple[list[ImportRow], list[ResolutionRecord]]:
    """The records of ``votes_csv`` or ``resolutions_csv`` text (told apart by the header)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    votes: list[ImportRow] = []
    resolutions: list[ResolutionRecord] = []
    try:
        header = tuple(reader.fieldnames or ())
        for r in reader:
            if header == COLUMNS:
                votes.append(_vote_row(r))
            elif header == RESOLUTION_COLUMNS:
                resolutions.append(_resolution_row(r))
            else:
                raise ReferenceDataError(f"{where}: unknown columns {', '.join(header)}")
    except (KeyError, ValueError, TypeError) as exc:
        raise ReferenceDataError(f"{where} line {reader.line_num}: malformed ({exc})") from exc
    return votes, resolutions


def _vote_row(r: dict[str, str]) -> ImportRow:
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
        tuple(_int(r[f"total_{k}"]) for k in TOTALS),
    )
    if row.vote not in OPTIONS or row.body not in BODIES or iso_date(row.date) is None:
        raise ValueError("bad vote, body or date")
    return row


def _resolution_row(r: dict[str, str]) -> ResolutionRecord:
    return ResolutionRecord(
        symbol=r["symbol"],
        draft_symbol=r["draft_symbol"] or None,
        body=cast(Body, r["body"]),
        date=r["date"],
        title=r["title"],
        yes=_int(r["yes"]),
        no=_int(r["no"]),
        abstain=_int(r["abstain"]),
        non_voting=_int(r["non_voting"]),
        adopted=r["adopted"] == "true",
    )


# --- reading the store's imports ----------------------------------------------------------

_IMPORTS = f"""
PREFIX kg: <{KG.base}>
PREFIX schema: <{SCHEMA.base}>
SELECT ?name ?digest ?order ?records WHERE {{
  GRAPH <{iri.REFERENCE_GRAPH}> {{
    ?import a kg:Import ; schema:name ?name ; kg:importDigest ?digest ;
            kg:importOrder ?order ; kg:importedRecords ?records .
  }}
}} ORDER BY ?order
"""


def read_imports(store: KgStore) -> list[StoredImport]:
    """The store's imports, in the order they were made."""
    found = []
    for row in store.select(_IMPORTS).rows:
        name, digest, order, records = (term.value if term else "" for term in row)
        votes, resolutions = parse_records(records, f"the import of {name} in the store")
        found.append(StoredImport(name, digest, int(order), tuple(votes), tuple(resolutions)))
    return found


# --- applying imports over the bundled reference ----------------------------------------


@dataclass
class Applied:
    """The bundled reference with the imports applied, and where each imported record came from."""

    reference: Reference
    imports: list[StoredImport]
    resolution_sources: dict[str, str] = field(default_factory=dict)  # symbol -> import IRI
    vote_sources: dict[tuple[str, str], str] = field(default_factory=dict)
    vote_rows: dict[tuple[str, str], ImportRow] = field(default_factory=dict)


def apply_imports(bundled: Reference, imports: Sequence[StoredImport]) -> Applied:
    """The reference data kg uses with a store: the bundled data plus its imports."""
    if not imports:
        return Applied(bundled, [])
    known = {r.symbol for r in bundled.resolutions}
    records: dict[str, ResolutionRecord] = {}
    resolution_sources: dict[str, str] = {}
    rows: dict[tuple[str, str], ImportRow] = {}
    vote_sources: dict[tuple[str, str], str] = {}
    for imp in sorted(imports, key=lambda i: i.order):
        for record in imp.resolutions:
            if record.symbol not in known:
                records[record.symbol] = record
                resolution_sources[record.symbol] = imp.node
        for row in imp.votes:
            rows[row_key(row)] = row
            vote_sources[row_key(row)] = imp.node
    merged_rows = with_resolution_facts(list(rows.values()))
    votes, derived = imported_reference(merged_rows)
    for record in derived:
        if record.symbol not in known and record.symbol not in records:
            records[record.symbol] = record
            resolution_sources[record.symbol] = vote_sources[
                next(row_key(r) for r in merged_rows if r.resolution == record.symbol)
            ]
    replaced = {(v.resolution, v.country) for v in votes}
    kept = [v for v in bundled.votes if (v.resolution, v.country) not in replaced]
    digest = hashlib.sha256(
        "".join(f"{i.order}:{i.sha256}:{i.records_text()}" for i in imports).encode()
    ).hexdigest()
    reference = bundled.model_copy(
        update={
            "resolutions": (*bundled.resolutions, *records.values()),
            "votes": (*kept, *votes),
            "digest": f"{bundled.digest}+{digest[:16]}",
        }
    )
    return Applied(
        reference,
        sorted(imports, key=lambda i: i.order),
        resolution_sources,
        vote_sources,
        {row_key(r): r for r in merged_rows},
    )


def with_resolution_facts(rows: list[ImportRow]) -> list[ImportRow]:
    """Give every row of a resolution the same draft, title and totals: the last ones given."""
    facts: dict[str, dict[str, object]] = {}
    for r in rows:
        known = facts.setdefault(r.resolution, {})
        if r.draft:
            known["draft"] = r.draft
        if r.title:
            known["title"] = r.title
        if r.totals != NO_TOTALS:
            known["totals"] = r.totals
    return [replace(r, **facts[r.resolution]) for r in rows]  # type: ignore[arg-type]


def imported_reference(rows: list[ImportRow]) -> tuple[list[RecordedVote], list[ResolutionRecord]]:
    """Recorded votes, and a resolution record for each resolution, from imported rows.

    The tally is the official one the import gave (the export's totals), else it is
    counted from the rows and says so in ``tally_note``.
    """
    votes = [
        RecordedVote.model_validate(
            {
                "resolution": r.resolution,
                "country": r.country,
                "option": r.vote,  # checked when read, and validated here
                "confidence": r.confidence or None,
                "source": r.source or None,
                "note": r.note or None,
            }
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
                body=cast(Body, first.body),
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


# --- the quads of imports -----------------------------------------------------------------


def link_keys(record: ResolutionRecord, reference: Reference) -> list[str]:
    """The keys an article may have given this resolution before kg knew it: its draft
    symbol, a Council symbol without its year, its body (a Main Committee for an
    ``A/C.n/`` draft: ``UNGA-C1``) and date when no other resolution of the reference
    has that body and date, and body, date and tally (``UNSC-2099-06-15-12-1-2``, how
    one of two votes of a day is named)."""
    keys = [k for k in (record.draft_symbol, _YEAR_SUFFIX.sub("", record.symbol)) if k]
    body = _body_key(record)
    same_day = [r for r in reference.resolutions if _body_key(r) == body and r.date == record.date]
    if len(same_day) == 1:
        keys.append(date_key(body, record.date))
    if record.yes is not None and record.no is not None and record.abstain is not None:
        keys.append(f"{date_key(body, record.date)}-{record.yes}-{record.no}-{record.abstain}")
    own = iri.resolution_iri(record.symbol)
    return sorted({k for k in keys if iri.resolution_iri(k) != own})


_COMMITTEE = re.compile(r"^A/C\.(\d)/", re.IGNORECASE)


def _body_key(record: ResolutionRecord) -> str:
    """UNGA, UNSC or HRC; UNGA-C1 ... for a Main Committee's draft (not yet adopted)."""
    if "/RES/" not in record.symbol.upper():
        for symbol in (record.symbol, record.draft_symbol or ""):
            committee = _COMMITTEE.match(symbol)
            if committee:
                return f"UNGA-C{committee.group(1)}"
    return record.body


def import_quads(applied: Applied) -> list[Quad]:
    """The import nodes, the provenance of imported records and their links."""
    graph = IRI(iri.REFERENCE_GRAPH)
    quads: list[Quad] = []

    def add(s: str, p: str, o: IRI | object) -> None:
        quads.append(Quad(IRI(s), IRI(p), o, graph))  # type: ignore[arg-type]

    for imp in applied.imports:
        add(imp.node, RDF.type, IRI(KG.Import))
        add(imp.node, SCHEMA.name, lit(imp.name))
        add(imp.node, KG.importDigest, lit(imp.sha256))
        add(imp.node, KG.importOrder, nonneg(imp.order))
        add(imp.node, KG.importedRecords, lit(imp.records_text()))
    reference = applied.reference
    by_symbol = {r.symbol: r for r in reference.resolutions}
    countries: dict[str, list[str]] = {}
    for resolution, country in applied.vote_sources:
        countries.setdefault(resolution, []).append(country)
    for symbol, source in sorted(applied.resolution_sources.items()):
        add(iri.resolution_iri(symbol), KG.importedFrom, IRI(source))
        record = by_symbol[symbol]
        for key in link_keys(record, reference):
            add(iri.resolution_iri(key), OWL.sameAs, IRI(iri.resolution_iri(symbol)))
            for country in sorted(countries.get(symbol, [])):
                add(iri.vote_iri(key, country), OWL.sameAs, IRI(iri.vote_iri(symbol, country)))
    for (resolution, country), source in sorted(applied.vote_sources.items()):
        add(iri.vote_iri(resolution, country), KG.importedFrom, IRI(source))
    return quads
