"""Passes 2b and 3: people from name shape and context; their roles, party and country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts, Person


def person(facts: Facts, name: str) -> Person:
    found = [p for p in facts.persons if p.name == name]
    assert found, f"{name} not in {[p.name for p in facts.persons]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Sen. Maria Lopez (D-Ore.) objected.", "Maria Lopez", id="senator-abbreviation"
        ),
        pytest.param("Rep. Tom Haller (R-Neb.) agreed.", "Tom Haller", id="representative"),
        pytest.param("Ambassador Kofi Mensah spoke first.", "Kofi Mensah", id="ambassador"),
        pytest.param("Foreign Minister Ana Ruiz of Peru spoke.", "Ana Ruiz", id="foreign-minister"),
        pytest.param(
            "Deputy Secretary-General Ines Kovac of the Forum spoke.",
            "Ines Kovac",
            id="deputy-secretary-general",
        ),
        pytest.param(
            "Petra Lindholm, a spokeswoman for the ministry, declined to comment.",
            "Petra Lindholm",
            id="appositive-after",
        ),
        pytest.param(
            "Chile's deputy foreign minister, Tomás Ibáñez, said little.",
            "Tomás Ibáñez",
            id="appositive-before-and-diacritics",
        ),
        pytest.param("\u201cNo,\u201d said Ravi Menon.", "Ravi Menon", id="speech-verb"),
        pytest.param("By Claire Dubois\n\nThe vote was close.", "Claire Dubois", id="byline"),
        pytest.param(
            "The meeting was chaired by Joseph K. Mwangi Jr. on Monday.",
            "Joseph K. Mwangi Jr.",
            id="initial-and-suffix",
        ),
        pytest.param(
            "Crown Prince Faisal bin Hamad of Bahrain attended.", "Faisal bin Hamad", id="particle"
        ),
        pytest.param(
            "Sofia Petrova said the vote was close.",
            "Sofia Petrova",
            id="a-capital-as-a-given-name",
        ),
        pytest.param(
            "A title\n\nBy Felipe A. Marsh\n\nThe text passed.",
            "Felipe A. Marsh",
            id="a-middle-initial-that-is-also-a-word",
        ),
    ],
)
def test_persons_found(extract: Callable[[str], Facts], text: str, name: str) -> None:
    person(extract(text), name)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("European leaders met. Several diplomats spoke.", id="plural-groups"),
        pytest.param("Cold War-era habits persisted.", id="cold-war"),
        pytest.param("Security Council Adopts Resolution On Ukraine", id="headline-title-case"),
        pytest.param("He posted on Truth Social about it.", id="platform"),
        pytest.param("GENEVA (Harbour Courier) - The text passed.", id="news-outlet-in-a-dateline"),
        pytest.param(
            "A title\n\nBy the Diplomatic Correspondent\n\nThe text passed.",
            id="a-capitalised-role",
        ),
    ],
)
def test_no_person(extract: Callable[[str], Facts], text: str) -> None:
    assert extract(text).persons == ()


def test_coreference_joins_surname_and_honorific(extract: Callable[[str], Facts]) -> None:
    facts = extract("Susan E. Rice spoke first. Later Ms. Rice added a point. Rice then left.")
    assert [p.name for p in facts.persons] == ["Susan E. Rice"]
    assert {"Ms. Rice", "Rice"} <= set(facts.persons[0].aliases)


def test_a_titled_surname_alone_is_a_person(extract: Callable[[str], Facts]) -> None:
    assert [p.name for p in extract("President Hollis spoke. Mr. Hollis left.").persons] == [
        "Hollis"
    ]


@pytest.mark.parametrize(
    ("text", "name", "label", "party", "country"),
    [
        pytest.param(
            "Sen. Maria Lopez (D-Ore.) objected.",
            "Maria Lopez",
            "Senator from Oregon",
            "Democratic",
            "USA",
            id="party-state-tag",
        ),
        pytest.param(
            "Representative Tom Haller, a Republican from Nebraska, agreed.",
            "Tom Haller",
            "Representative from Nebraska",
            "Republican",
            "USA",
            id="party-from-state",
        ),
        pytest.param(
            "Chile's deputy foreign minister, Tomás Ibáñez, spoke.",
            "Tomás Ibáñez",
            "Chile's deputy foreign minister",
            None,
            "CHL",
            id="country-possessive",
        ),
        pytest.param(
            "Lena Sørensen, the White House press secretary, spoke.",
            "Lena Sørensen",
            "White House press secretary",
            None,
            "USA",
            id="organization-country",
        ),
        pytest.param(
            "Kremlin spokesman Ivan Orlov declined.",
            "Ivan Orlov",
            "Kremlin spokesman",
            None,
            "RUS",
            id="organization-before-title",
        ),
    ],
)
def test_roles(
    extract: Callable[[str], Facts],
    text: str,
    name: str,
    label: str,
    party: str | None,
    country: str | None,
) -> None:
    p = person(extract(text), name)
    assert label in [r.label for r in p.roles]
    assert p.party == party
    assert p.country == country


def test_a_verb_phrase_after_the_name_is_no_role(extract: Callable[[str], Facts]) -> None:
    p = person(
        extract(
            "The United States, under President Ana Ruiz, stunned allies by voting "
            "against the General Assembly resolution."
        ),
        "Ana Ruiz",
    )
    assert [r.label for r in p.roles] == ["President"]


def test_then_and_former_are_a_flag_not_part_of_the_title(extract: Callable[[str], Facts]) -> None:
    p = person(extract("Then President Ana Ruiz signed it."), "Ana Ruiz")
    assert [(r.label, r.former) for r in p.roles] == [("President", True)]


def test_former_role(extract: Callable[[str], Facts]) -> None:
    p = person(
        extract("Kadri Tamm, who was Estonia's deputy ambassador to the UN, said so."), "Kadri Tamm"
    )
    assert any(r.former and r.jurisdiction == "EST" for r in p.roles)


def test_its_spokesman_takes_the_country_named_before(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "Hungary also voted against the text. Its government spokesman, Gabor Nemes, said so."
    )
    assert person(facts, "Gabor Nemes").country == "HUN"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The Green Party Chair Ana Ruiz said the vote was close.",
            ["Ana Ruiz"],
            id="a-title-after-a-body-ends-its-name",
        ),
        pytest.param(
            "Senate Budget Committee Chairman Tom Haller objected.",
            ["Tom Haller"],
            id="committee-chairman",
        ),
        pytest.param(
            "Relief chief Joran Turk told reporters the aid stopped. Turk left.",
            ["Joran Turk"],
            id="a-demonym-as-a-surname",
        ),
        pytest.param(
            "MR HARTLEY: We regret it.\n\nQUESTION: Why?\n\nMR HARTLEY: Because.",
            ["Hartley"],
            id="transcript-label-with-an-honorific",
        ),
        pytest.param(
            "ELSA BRANDT, ANCHOR: Welcome.\n\nBRANDT: Why?\n\nKOFI MENSAH: Because.",
            ["Elsa Brandt", "Kofi Mensah"],
            id="transcript-labels-host-and-guest",
        ),
        pytest.param(
            "The Hollis administration opposed the draft.",
            ["Hollis"],
            id="a-surname-leading-an-administration",
        ),
        pytest.param(
            "Canada and Hollis had called for a delay.",
            ["Hollis"],
            id="a-surname-as-the-subject-of-a-speech-verb",
        ),
    ],
)
def test_person_forms(extract: Callable[[str], Facts], text: str, names: list[str]) -> None:
    assert [p.name for p in extract(text).persons] == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Outer Space Treaty of 1967 bans such arms.", id="treaty"),
        pytest.param("The Nuclear Weapons Convention was proposed.", id="convention"),
        pytest.param("She sits on the Armed Services panel.", id="committee-area"),
        pytest.param("Human Rights Watch objected.", id="ngo"),
        pytest.param("All United Nations Member States were invited.", id="member-states"),
        pytest.param(
            "Council Backs Truce, Warns Again: \u2018No More Delays\u2019\n\nThe text passed.",
            id="a-headline-ending-in-a-quotation",
        ),
        pytest.param("Participants said the mood was grim.", id="a-sentence-opening-noun"),
        pytest.param("He now teaches law in Tartu, said a colleague.", id="a-place-then-comma"),
    ],
)
def test_not_persons(extract: Callable[[str], Facts], text: str) -> None:
    assert extract(text).persons == ()
