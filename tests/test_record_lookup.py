"""Linking names to the reference data: countries, groups of States, resolutions."""

from __future__ import annotations

import pytest

from kg.errors import ParameterError
from kg.reference.load import load_reference
from kg.reference.lookup import (
    country_key,
    find_country,
    resolve_countries,
    resolve_country,
    resolve_group,
    resolve_resolution,
)

pytestmark = pytest.mark.usefixtures("bundled_data")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("USA", "USA"),
        ("United States", "USA"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("US", "USA"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("IRAN (ISLAMIC REPUBLIC OF)", "IRN"),
        ("Iran, Islamic Republic of", "IRN"),
        ("Iranian", "IRN"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("the U.K.", "GBR"),
        ("Downing Street", "GBR"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("the Kremlin", "RUS"),
        ("Russian Federation", "RUS"),
        ("DRC", "COD"),
        ("Congo", "COG"),
        ("Korea, Republic of", "KOR"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic People\u2019s Republic of Korea", "PRK"),
        ("COTE D'IVOIRE", "CIV"),
        ("Türkiye", "TUR"),
        ("Netherlands (Kingdom of the)", "NLD"),
        ("  united   states  ", "USA"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_resolve_country(name: str, iso3: str) -> None:
    assert resolve_country(name) == iso3


@pytest.mark.parametrize("name", ["Narnia", "", "Europe", "the"])
def test_unknown_country_is_a_parameter_error(name: str) -> None:
    with pytest.raises(ParameterError, match="unknown country"):
        resolve_country(name)


def test_every_code_and_name_resolves_to_its_own_country() -> None:
    reference = load_reference()
    for c in reference.countries:
        for name in (c.iso3, c.iso2, c.un_name, c.common_name):
            assert resolve_country(name, reference) == c.iso3, name


def test_no_alias_names_two_countries() -> None:
    """A name, demonym or capital shared by two countries would resolve to whichever came first."""
    reference = load_reference()
    owners: dict[str, set[str]] = {}
    for c in reference.countries:
        for name in (c.iso3, c.iso2, c.un_name, c.common_name):
            owners.setdefault(country_key(name), set()).add(c.iso3)
    for a in reference.aliases:
        owners.setdefault(country_key(a.alias), set()).add(a.iso3)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_names_only_ignores_demonyms_capitals_and_seats_of_government() -> None:
    reference = load_reference()
    for name in ("Washington", "Iranian", "the Kremlin"):
        assert find_country(name, reference) is not None
        assert find_country(name, reference, names_only=True) is None
    assert find_country("IRAN (ISLAMIC REPUBLIC OF)", reference, names_only=True) == "IRN"


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("G7", "G7"),
        ("g-7", "G7"),
        ("Group of Seven", "G7"),
        ("EU", "European Union"),
        ("the European Union", "European Union"),
        ("nato", "NATO"),
        ("GCC", "Gulf Cooperation Council"),
        ("BRICS", "BRICS"),
    ],
)
def test_resolve_group(name: str, group: str) -> None:
    assert resolve_group(name) == group


def test_unknown_group_lists_the_groups() -> None:
    with pytest.raises(ParameterError, match=r"unknown group 'G8' \(groups: G7, European Union"):
        resolve_group("G8")


def test_resolve_countries_sorts_and_deduplicates() -> None:
    assert resolve_countries("UK, France; Germany, Britain") == ["DEU", "FRA", "GBR"]
    with pytest.raises(ParameterError, match="unknown country 'Atlantis'"):
        resolve_countries("France, Atlantis")
    with pytest.raises(ParameterError):
        resolve_countries(" , ")


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("A/RES/ES-11/7", "A/RES/ES-11/7"),
        ("A/ES-11/L.10", "A/RES/ES-11/7"),
        ("a/es-11/l.10", "A/RES/ES-11/7"),
        ("S/RES/2774", "S/RES/2774 (2025)"),
        ("S/RES/2774(2025)", "S/RES/2774 (2025)"),
        ("A/RES/78/1", "A/RES/78/1"),
    ],
)
def test_resolve_resolution(given: str, key: str) -> None:
    assert resolve_resolution(given) == key
