"""Reading the reference data in data/reference/ into ``Reference`` models.

The files are facts compiled from public sources (see data/reference/README.md and
SOURCES.md): UN member states, UN resolutions and official votes, plus our own
tables of alternate country names, demonyms and capitals, organizations, parties
and first-level regions. Nothing here knows any person.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast, get_args

from pydantic import ValidationError as PydanticValidationError

from kg.errors import ReferenceDataError
from kg.model import (
    CountryAlias,
    CountryMentionKind,
    CountryRecord,
    GroupRecord,
    OrganizationRecord,
    PartyRecord,
    RecordedVote,
    Reference,
    RegionRecord,
    ResolutionRecord,
)
from kg.reference.imported import BODIES, apply_imports, read_imports
from kg.resources import digest_of, reference_dir

if TYPE_CHECKING:
    from kg.store.backend import KgStore


def _rows(folder: Path, name: str, required: bool = True) -> Iterator[dict[str, str]]:
    path = folder / name
    if not path.exists():
        if required:
            raise ReferenceDataError(f"reference file missing: {path}")
        return
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceDataError(f"cannot read {path}: {exc}") from exc


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value else None


def load_reference(folder: Path | None = None) -> Reference:
    """Read and validate all reference files of ``folder`` (default: the bundled data)."""
    folder = folder or reference_dir()
    try:
        return _load(folder)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        raise ReferenceDataError(f"invalid reference data in {folder}: {first['msg']}") from exc
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(f"invalid reference data in {folder}: {exc}") from exc


@lru_cache(maxsize=4)
def cached_reference(folder: str | None = None) -> Reference:
    """``load_reference`` once per process and folder."""
    return load_reference(Path(folder) if folder else None)


def _load(folder: Path) -> Reference:
    countries = tuple(
        CountryRecord(
            iso3=r["iso3"],
            iso2=r["iso2"],
            un_name=r["un_name"],
            common_name=r["common_name"],
            wikidata=r["wikidata_qid"] or None,
            capital=r["capital"] or None,
            member="observer" if r["member"] == "observer" else "yes",
        )
        for r in _rows(folder, "un_member_states.csv")
    )
    kinds = get_args(CountryMentionKind)
    aliases = []
    for r in _rows(folder, "country_aliases.csv"):
        if r["kind"] not in kinds:
            raise ReferenceDataError(f"country_aliases.csv: unknown kind {r['kind']!r}")
        kind = cast(CountryMentionKind, r["kind"])
        aliases.append(CountryAlias(iso3=r["iso3"], alias=r["alias"], kind=kind))
    organizations = tuple(
        OrganizationRecord(
            name=r["name"],
            aliases=_split(r["aliases"]),
            kind=r["kind"],
            country=r["country"] or None,
            parent=r["parent"] or None,
        )
        for r in _rows(folder, "organizations.csv")
    )
    parties = tuple(
        PartyRecord(
            name=r["name"],
            aliases=_split(r["aliases"]),
            country=r["country"],
            letter=r["letter"] or None,
        )
        for r in _rows(folder, "parties.csv")
    )
    regions = tuple(
        RegionRecord(name=r["name"], country=r["country"], abbreviations=_split(r["abbreviations"]))
        for r in _rows(folder, "regions.csv")
    )
    features = {r["symbol"]: r for r in _rows(folder, "resolution_features.csv")}
    resolutions = []
    for r in _rows(folder, "un_resolutions.csv"):
        feature = features.get(r["symbol"], {})
        body = r["body"]
        if body not in BODIES:
            raise ReferenceDataError(f"un_resolutions.csv: unknown body {body!r}")
        resolutions.append(
            ResolutionRecord(
                symbol=r["symbol"],
                draft_symbol=r["draft_symbol"] or None,
                body=body,
                date=r["date"],
                title=r["title"],
                yes=_int(r["yes"]),
                no=_int(r["no"]),
                abstain=_int(r["abstain"]),
                non_voting=_int(r["non_voting"]),
                adopted=r["adopted"].strip().lower() == "true",
                sponsor=r["sponsor_summary"] or None,
                keywords=_split(feature.get("keywords")),
                sponsor_countries=_split(feature.get("sponsor_countries")),
            )
        )
    known = {c.iso3 for c in countries}
    for alias in aliases:
        if alias.iso3 not in known:
            raise ReferenceDataError(f"country_aliases.csv: unknown country {alias.iso3}")
    return Reference(
        countries=countries,
        aliases=tuple(aliases),
        organizations=organizations,
        parties=parties,
        regions=regions,
        resolutions=tuple(resolutions),
        votes=tuple(bundled_votes(folder)),
        digest=digest_of(folder),
        groups=tuple(_groups(folder, known)),
    )


def _groups(folder: Path, known: set[str]) -> Iterator[GroupRecord]:
    for r in _rows(folder, "groups.csv", required=False):
        members = _split(r["members"])
        unknown = [m for m in members if m not in known]
        if unknown:
            raise ReferenceDataError(f"groups.csv: {r['group']} has unknown members {unknown}")
        flag = r["usual_allies"].strip().lower()
        if flag not in ("true", "false"):
            raise ReferenceDataError(f"groups.csv: usual_allies of {r['group']} is not true/false")
        yield GroupRecord(
            name=r["group"],
            members=members,
            usual_allies=flag == "true",
            as_of=r["as_of"] or None,
            source=r["source"] or None,
        )


def bundled_votes(folder: Path) -> list[RecordedVote]:
    """The votes of un_votes.csv."""
    return list(_votes(folder))


def _votes(folder: Path) -> Iterator[RecordedVote]:
    for r in _rows(folder, "un_votes.csv"):
        vote = r["vote"].strip()
        if vote == "unknown":  # not asserted: the sources do not establish it
            continue
        yield RecordedVote.model_validate(
            {
                "resolution": r["resolution_symbol"],
                "country": r["country_iso3"],
                "option": vote,  # validated by pydantic
                "confidence": r["confidence"] or None,
                "source": r["source"] or None,
                "note": r["note"] or None,
            }
        )


def reference_for(store: KgStore, bundled: Reference | None = None) -> Reference:
    """The reference data kg uses with ``store``: the bundled data (or ``bundled``) plus
    the resolutions and votes imported into that store (kg.reference.imported)."""
    return apply_imports(bundled or cached_reference(), read_imports(store)).reference
