"""Names with particles and compound surnames, and titles that are no names: a later
short form ("De Wachter", "Ortega Ruiz", "al-Qahtani") is the person named in full
before, so their quotes go to one person."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _speakers(facts: Facts) -> dict[str, str]:
    return {q.text.strip('“”",. '): q.speaker.name for q in facts.quotes}


def _persons(facts: Facts) -> list[str]:
    return [p.name for p in facts.persons]


def test_a_surname_with_its_particle_is_the_full_name(extract: Callable[[str], Facts]) -> None:
    text = (
        "BRUSSELS - The council voted on Friday.\n\n"
        "Belgium's foreign minister, Lotte van Kerckhove, was cautious. "
        '"Sanctions will not feed anyone," Van Kerckhove said.\n'
    )
    facts = extract(text)
    assert _persons(facts) == ["Lotte van Kerckhove"]
    assert _speakers(facts)["Sanctions will not feed anyone"] == "Lotte van Kerckhove"


def test_a_double_surname_alone_is_the_full_name(extract: Callable[[str], Facts]) -> None:
    text = (
        "MADRID - The vote was close.\n\n"
        "Ana-Belén Garrido Soto, a lecturer in international law, followed the debate. "
        '"Europe spoke with two voices," Garrido Soto said.\n'
    )
    facts = extract(text)
    assert _persons(facts) == ["Ana-Belén Garrido Soto"]
    assert _speakers(facts)["Europe spoke with two voices"] == "Ana-Belén Garrido Soto"


def test_lower_case_particles_in_arabic_names(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK - The council met on Friday.\n\n"
        "Qatar's envoy, Hamad bin Khalifa al-Marri, backed the text. "
        '"The truce has failed again," al-Marri told reporters. '
        '"We cannot wait," Marri added.\n'
    )
    facts = extract(text)
    assert _persons(facts) == ["Hamad bin Khalifa al-Marri"]
    speakers = _speakers(facts)
    assert speakers["The truce has failed again"] == "Hamad bin Khalifa al-Marri"
    assert speakers["We cannot wait"] == "Hamad bin Khalifa al-Marri"


def test_two_particles_in_a_byline(extract: Callable[[str], Facts]) -> None:
    text = "Why we abstained\n\nBy Pieter van den Hoek\n\nLast week the assembly voted.\n"
    assert _persons(extract(text)) == ["Pieter van den Hoek"]


def test_a_place_opening_on_a_particle_is_no_person(extract: Callable[[str], Facts]) -> None:
    text = "JERUSALEM - Crowds gathered at al-Omari Gardens after the vote.\n"
    assert _persons(extract(text)) == []


def test_a_whip_is_a_title_not_a_name(extract: Callable[[str], Facts]) -> None:
    text = (
        "WASHINGTON - Senate Minority Whip Dora Kellerman criticised the abstention. "
        '"It was the wrong call," Kellerman said.\n'
    )
    facts = extract(text)
    assert _persons(facts) == ["Dora Kellerman"]
    assert _speakers(facts)["It was the wrong call"] == "Dora Kellerman"


def test_a_charge_d_affaires_is_a_title(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK - The assembly voted on Monday.\n\n"
        'Chargé d\'affaires Tomasz Wielgus said the debate had been "unusually sharp".\n'
    )
    facts = extract(text)
    assert _persons(facts) == ["Tomasz Wielgus"]
    assert _speakers(facts)["unusually sharp"] == "Tomasz Wielgus"


def test_delegates_named_in_capitals_with_their_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council Fails to Adopt Draft on Border Crossings\n\n"
        "NEW YORK (Harbour News) - The draft received 12 votes in favour.\n\n"
        "MARGIT OSTERHOLM-BAKKE (Norway), speaking after the vote, said the outcome "
        '"fails the people waiting at the border". She added: "We will try again."\n\n'
        "Mr. TALVANI (Chile) said his delegation had voted in favour.\n"
    )
    facts = extract(text)
    assert _persons(facts) == ["Margit Osterholm-Bakke", "Talvani"]
    assert [p.country for p in facts.persons] == ["NOR", "CHL"]
    speakers = _speakers(facts)
    assert speakers["fails the people waiting at the border"] == "Margit Osterholm-Bakke"
    assert speakers["We will try again"] == "Margit Osterholm-Bakke"


def test_capitals_before_brackets_without_a_country_name_no_one(
    extract: Callable[[str], Facts],
) -> None:
    text = "UNITED NATIONS (Harbour News) - The assembly voted. NATO (North Atlantic) met.\n"
    assert _persons(extract(text)) == []
