"""Pass 2a: countries by name, code, UN name, demonym and capital; venues are not actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts


def countries(facts: Facts) -> set[str]:
    return {c.iso3 for c in facts.countries}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The United States and Britain disagreed.", {"USA", "GBR"}, id="names"),
        pytest.param("The U.S. and the UK disagreed.", {"USA", "GBR"}, id="codes"),
        pytest.param("Iran (Islamic Republic of) abstained.", {"IRN"}, id="un-name"),
        pytest.param(
            "the Democratic People's Republic of Korea and the Republic of Korea",
            {"PRK", "KOR"},
            id="longest-match",
        ),
        pytest.param("French and Nigerian officials met.", {"FRA", "NGA"}, id="demonyms"),
        pytest.param(
            "Moscow welcomed the result, and Kyiv protested.", {"RUS", "UKR"}, id="capital-metonyms"
        ),
        pytest.param(
            "Russia's invasion and Ukraine's sovereignty", {"RUS", "UKR"}, id="possessives"
        ),
        pytest.param("the US-drafted text", {"USA"}, id="hyphen-compound"),
        pytest.param(
            "the Israeli-Palestinian conflict", {"ISR"}, id="second-demonym-of-a-compound"
        ),
        pytest.param("Côte d'Ivoire and Türkiye", {"CIV", "TUR"}, id="diacritics"),
    ],
)
def test_countries_named(extract: Callable[[str], Facts], text: str, expected: set[str]) -> None:
    assert countries(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("Ministers will meet in Brussels on Monday.", {"BEL"}, id="venue-with-in"),
        pytest.param("She will travel to Warsaw next month.", {"POL"}, id="travel-to"),
        pytest.param("WARSAW, 21 February - Officials met.", {"POL"}, id="dateline"),
        pytest.param("Latin American governments were divided.", {"USA"}, id="latin-american"),
        pytest.param("Jordan Peterson spoke at the event.", {"JOR"}, id="first-name"),
        pytest.param("Let us vote, said the chair.", {"USA"}, id="lower-case-us"),
    ],
)
def test_not_countries(extract: Callable[[str], Facts], text: str, absent: set[str]) -> None:
    assert not countries(extract(text)) & absent


def test_government_metonym_resolves_to_its_country(extract: Callable[[str], Facts]) -> None:
    facts = extract("The Kremlin welcomed the vote, and Downing Street was silent.")
    assert {"RUS", "GBR"} <= countries(facts)
    assert {o.name for o in facts.organizations} >= {"Kremlin", "Downing Street"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The General Assembly met.", "UN General Assembly", id="gazetteer"),
        pytest.param(
            "the security council adopted it.", "UN Security Council", id="lower-case-uk-style"
        ),
        pytest.param(
            "a fellow at the Harrowgate Institute for Peace Studies.",
            "Harrowgate Institute for Peace Studies",
            id="head-noun-with-tail",
        ),
        pytest.param("(Reporting by Northwind Wire)", "Northwind Wire", id="news-agency"),
    ],
)
def test_organizations(extract: Callable[[str], Facts], text: str, name: str) -> None:
    assert name in {o.name for o in extract(text).organizations}
