"""Vote phrasings of reporting the real corpus does not show, written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.numbers import parse_tallies
from kg.model import Facts
from tests.extract.facts import claims as _claims


def test_with_after_a_country_object_starts_the_voters(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Tuesday urged an end to the trade blockade against Nauru, "
        "with Chile and Peru voting against the text and Fiji abstaining. It passed 170-2-1."
    )
    claims = _claims(extract(text))
    assert {("CHL", "no"), ("PER", "no"), ("FJI", "abstain")} <= claims
    assert not {c for c in claims if c[0] == "NRU"}


def test_an_envoy_title_with_its_seat_at_the_un(extract: Callable[[str], Facts]) -> None:
    text = (
        "Peru's Ambassador to the United Nations Rosa Quispe Mamani said the text was late. "
        "Deputy Ambassador to the U.N. Tomas Lind of Sweden agreed."
    )
    persons = {p.name: p for p in extract(text).persons}
    rosa = persons["Rosa Quispe Mamani"]
    assert rosa.country == "PER"
    assert [r.label for r in rosa.roles] == ["Peru's Ambassador to the United Nations"]
    assert persons["Tomas Lind"].roles[0].label.startswith("Deputy Ambassador to the U.N.")


def test_a_treaty_title_names_no_person(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Fourth Committee on Monday backed the Convention on the Protection of "
        "Coral Reefs by 99 votes to 12. Delegates of Fiji welcomed it."
    )
    facts = extract(text)
    assert not facts.persons
    names = {o.name for o in facts.organizations}
    assert not {n for n in names if "Monday" in n}


def test_a_count_stands_for_the_countries(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 131-11-40 on Friday. Chad, Laos and Oman were "
        "among the 11 that opposed it. Kenya joined Nepal among the 40 that abstained."
    )
    claims = _claims(extract(text))
    assert {("TCD", "no"), ("LAO", "no"), ("OMN", "no")} <= claims
    assert {("KEN", "abstain"), ("NPL", "abstain")} <= claims


def test_the_only_country_to_back_it(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council rejected the draft 1-2-12 on Tuesday. Malta was the only "
        "European member to back it, and Japan cast the sole vote against. Ghana urged "
        "Norway to support the text."
    )
    claims = _claims(extract(text))
    assert {("MLT", "yes"), ("JPN", "no")} <= claims
    assert ("NOR", "yes") not in claims


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Eleven members of the 15-member council voted in favour.", (11, None, None)),
        ("Eleven of the council's 15 members voted in favour.", (11, None, None)),
        ("Nine of its 15 members voted yes, and four abstained.", (9, None, 4)),
        ("Twelve council members voted in favour.", (12, None, None)),
        ("Laos was one of 41 countries to abstain.", (None, None, 41)),
        ("Chad and Laos were two of the 41 countries that abstained.", (None, None, 41)),
        (
            "It was backed by 88 UN member states, including Chad, while 12 voted no.",
            (88, 12, None),
        ),
        ("It beat the 91 countries that in 2019 supported it.", (91, None, None)),
    ],
)
def test_a_count_of_a_body_s_members(text: str, counts: tuple[int | None, ...]) -> None:
    found = [(t.yes, t.no, t.abstain) for t in parse_tallies(text)]
    merged = tuple(next((f[k] for f in found if f[k] is not None), None) for k in range(3))
    assert merged == counts


def test_neither_nor_denies_the_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council voted on the Haiti draft on Monday. Neither Guyana nor the "
        "United Kingdom vetoed it, and Mozambique abstained."
    )
    claims = _claims(extract(text))
    assert ("MOZ", "abstain") in claims
    assert not {c for c in claims if c[0] in ("GUY", "GBR")}


def test_along_with_in_commas_adds_a_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 101-7-50 on Friday. Belarus, together with "
        "Eritrea and Mali, voted against."
    )
    assert {("BLR", "no"), ("ERI", "no"), ("MLI", "no")} <= _claims(extract(text))


def test_a_veto_from_names_its_casters(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council voted on the Yemen draft on Monday. It fell to a double veto "
        "from Russia and China. It drew no votes from Peru."
    )
    claims = _claims(extract(text))
    assert {("RUS", "no"), ("CHN", "no")} <= claims
    assert ("PER", "no") not in claims


def test_a_second_verb_of_the_subject(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 101-7-50 on Friday. Ghana and Peru co-sponsored "
        "the draft and voted for it. Chile said Bolivia would back it and then abstained."
    )
    claims = _claims(extract(text))
    assert {("GHA", "yes"), ("PER", "yes")} <= claims
    assert not {c for c in claims if c[0] in ("CHL", "BOL")}


def test_a_person_or_delegation_as_the_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 101-7-50 on Friday. Nepali envoy Hari Thapa, "
        "who voted in favour, spoke first. The Bolivian delegation abstained. The delegation "
        "of Fiji voted against. Ecuador' delegate, Rosa Vera, also voted against. "
        "Ambassador Tomas Lind of Sweden said his country backed the text."
    )
    claims = _claims(extract(text))
    assert {("NPL", "yes"), ("BOL", "abstain"), ("FJI", "no"), ("ECU", "no")} <= claims
    assert ("SWE", "yes") in claims


def test_a_country_s_support_for_a_cause_is_no_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 101-7-50 on Friday. The representative of "
        "Chile said her country supported the cause of the island states."
    )
    assert not _claims(extract(text))


def test_an_envoy_s_country_in_the_title_or_before_the_name(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Security Council met on Monday.\n\n"
        "Deputy Permanent Representative of Ghana Kofi Mensah said the text was late. "
        "Then the representative of the Republic of Peru, Rosa Vera, took the floor."
    )
    persons = {p.name: p for p in extract(text).persons}
    assert persons["Kofi Mensah"].country == "GHA"
    assert persons["Rosa Vera"].country == "PER"
    assert persons["Rosa Vera"].roles[0].label == "Representative of the Republic of Peru"


def test_a_name_followed_by_of_a_country(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly met on Monday.\n\n"
        "Also taking the floor was Tashi Wangmo of Bhutan, who praised the text."
    )
    persons = {p.name: p for p in extract(text).persons}
    assert persons["Tashi Wangmo"].country == "BTN"


def test_a_left_out_verb_and_a_bare_option(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Human Rights Council voted on the motion on Friday. Malawi voted in favour, "
        "Nepal against and Fiji abstained. Gabon and Togo were in favour of it. Samoa was "
        "against the war."
    )
    claims = _claims(extract(text))
    assert {("MWI", "yes"), ("NPL", "no"), ("FJI", "abstain")} <= claims
    assert {("GAB", "yes"), ("TGO", "yes")} <= claims
    assert not {c for c in claims if c[0] == "WSM"}


def test_a_demonym_surname_at_a_sentence_start(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Human Rights Council met on Monday.\n\n"
        "Greta Dane, the council's legal adviser, said the motion was in order. "
        "Karl Finn told reporters it was not."
    )
    facts = extract(text)
    names = {p.name for p in facts.persons}
    assert {"Greta Dane", "Karl Finn"} <= names
    assert not {c for c in facts.countries if c.iso3 in ("DNK", "FIN")}


def test_an_abbreviated_ambassador_title(extract: Callable[[str], Facts]) -> None:
    text = "The Security Council met on Monday.\n\nChilean Amb. Rosa Vera said the draft was late."
    persons = {p.name: p for p in extract(text).persons}
    assert persons["Rosa Vera"].country == "CHL"
    assert persons["Rosa Vera"].roles[0].title == "Ambassador"


def test_negative_votes_are_the_no_count() -> None:
    found = parse_tallies("It got 88 affirmative votes, 6 negative votes and 41 abstentions.")
    assert {(t.yes, t.no, t.abstain) for t in found} == {(88, None, None), (None, 6, 41)}


def test_a_switch_gives_the_vote_now(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the fisheries text 150-3-20 on Friday. Tonga switched "
        "from yes to no. Samoa moved from abstaining to supporting the text. Fiji changed "
        "its vote from voting against to abstaining."
    )
    claims = _claims(extract(text))
    assert {("TON", "no"), ("WSM", "yes"), ("FJI", "abstain")} <= claims
    assert ("WSM", "abstain") not in claims and ("FJI", "no") not in claims
