"""Resolving what a user types to the reference data: countries and resolutions.

A country is found by ISO alpha-3 or alpha-2 code, UN name ("Iran (Islamic
Republic of)"), common name, an alternate name, demonym or capital of
data/reference/country_aliases.csv, or the name of a seat of government kept in
organizations.csv ("the Kremlin", "Downing Street", "the White House"). Case,
accents, curly apostrophes, runs of spaces and a leading "the" do not matter.

Imports of official voting records use a stricter index (codes and names only),
so that a demonym or a capital never stands for a voting State by accident.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg import names
from kg.errors import ParameterError
from kg.reference.load import cached_reference

if TYPE_CHECKING:
    from kg.model import Reference

# Alias kinds that name the State itself, as opposed to its people, capital or government.
NAME_KINDS = frozenset({"name", "code", "un-name"})
ALL_KINDS = frozenset({"name", "code", "un-name", "capital", "demonym", "metonym"})

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_cache: dict[tuple[str, bool], dict[str, str]] = {}
_symbols: dict[tuple[str, str], dict[str, str]] = {}


def country_key(text: str) -> str:
    """The form country names are compared in."""
    return _SPACES.sub(" ", names.fold(text).translate(_APOSTROPHES)).strip()


def country_index(reference: Reference, *, names_only: bool = False) -> dict[str, str]:
    """Keys of every country's codes and names (and, unless ``names_only``, its
    demonyms, capitals and seats of government), to its ISO alpha-3 code."""
    cache_key = (reference.digest, names_only)
    if cache_key in _cache:
        return _cache[cache_key]
    kinds = NAME_KINDS if names_only else ALL_KINDS
    index: dict[str, str] = {}
    for c in reference.countries:
        for name in (c.iso3, c.iso2, c.un_name, c.common_name):
            index.setdefault(country_key(name), c.iso3)
    for a in reference.aliases:
        if a.kind in kinds:
            index.setdefault(country_key(a.alias), a.iso3)
    if not names_only:
        for o in reference.organizations:
            if o.kind == "government" and o.country:
                for alias in (o.name, *o.aliases):
                    index.setdefault(country_key(alias), o.country)
    _cache[cache_key] = index
    return index


def find_country(value: str, reference: Reference, *, names_only: bool = False) -> str | None:
    """ISO alpha-3 of the country ``value`` names, or None."""
    index = country_index(reference, names_only=names_only)
    key = country_key(value)
    found = index.get(key)
    if found is None and key.startswith("the "):
        found = index.get(key.removeprefix("the "))
    return found


def resolve_country(value: str, reference: Reference | None = None) -> str:
    """ISO alpha-3 for a code, name, demonym, capital or seat of government.

    Raises ParameterError when nothing matches.
    """
    if reference is None:
        reference = cached_reference()
    iso3 = find_country(value, reference)
    if iso3 is None:
        raise ParameterError(f"unknown country {value!r}: give an ISO code or a country name")
    return iso3


def symbol_key(symbol: str) -> str:
    """A UN symbol compared without case and spaces: "S/RES/2774 (2025)" = "s/res/2774(2025)"."""
    return _SPACES.sub("", names.fold(symbol))


def resolution_index(reference: Reference) -> dict[str, str]:
    """Keys of every resolution's adopted and draft symbol (and, for a Council symbol,
    the symbol without its year) to the adopted symbol."""
    cache_key = (reference.digest, "resolutions")
    if cache_key in _symbols:
        return _symbols[cache_key]
    index: dict[str, str] = {}
    for r in reference.resolutions:
        for symbol in (r.symbol, r.draft_symbol or ""):
            plain = symbol_key(symbol)
            if plain:
                index.setdefault(plain, r.symbol)
                index.setdefault(re.sub(r"\(\d{4}\)$", "", plain), r.symbol)
    _symbols[cache_key] = index
    return index


def find_resolution(value: str, reference: Reference) -> str | None:
    """The adopted symbol of the reference resolution ``value`` names by its adopted or
    draft symbol, with or without the year suffix of a Council symbol."""
    return resolution_index(reference).get(symbol_key(value))


def resolve_resolution(value: str, reference: Reference | None = None) -> str:
    """The canonical key of a resolution given by adopted or draft symbol (or slug).

    A symbol the reference data does not know is kept as given: articles may name
    resolutions the reference data lacks.
    """
    if not value.strip():
        raise ParameterError("empty resolution")
    if reference is None:
        reference = cached_reference()
    return find_resolution(value, reference) or value.strip()


def resolve_countries(value: str, reference: Reference | None = None) -> list[str]:
    """ISO alpha-3 codes, sorted, of a list of countries separated by commas or semicolons."""
    parts = [p.strip() for p in re.split(r"[,;]", value) if p.strip()]
    if not parts:
        raise ParameterError("give one or more countries, separated by commas")
    return sorted({resolve_country(p, reference) for p in parts})


def resolve_group(value: str, reference: Reference | None = None) -> str:
    """The reference name of a group of States given by name or alias ("g-7", "EU")."""
    if reference is None:
        reference = cached_reference()
    wanted = country_key(value)
    names = {country_key(g.name): g.name for g in reference.groups}
    for o in reference.organizations:
        for alias in (o.name, *o.aliases):
            if country_key(o.name) in names:
                names.setdefault(country_key(alias), o.name)
    if wanted.startswith("the ") and wanted not in names:
        wanted = wanted.removeprefix("the ")
    if wanted not in names:
        known = ", ".join(g.name for g in reference.groups) or "none"
        raise ParameterError(f"unknown group {value!r} (groups: {known})")
    return names[wanted]
