"""Speakers read from the sentences around a quotation: "it said" for the body or country
speaking, "the ministry's statement said", a quotation standing alone after a sentence
whose subject opens it, and a body's possessive before a person's name."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _speakers(facts: Facts) -> dict[str, tuple[str, str]]:
    return {q.text.strip('“”",. '): (q.speaker.kind, q.speaker.name) for q in facts.quotes}


def test_it_said_is_the_body_or_country_speaking(extract: Callable[[str], Facts]) -> None:
    text = (
        "OSLO - The council voted on Friday.\n\n"
        "The Refugee Advocacy Network welcomed the vote. "
        '"Access must follow at once," it said in a statement.\n\n'
        "The Russian Foreign Ministry regretted the outcome. "
        '"The text was rushed," it said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["Access must follow at once"] == ("organization", "Refugee Advocacy Network")
    assert speakers["The text was rushed"] == ("country", "RUS")


def test_it_said_after_a_person_is_no_body(extract: Callable[[str], Facts]) -> None:
    text = (
        "OSLO - The council voted on Friday.\n\n"
        "Austria abstained. Lena Hofbauer said she regretted that. "
        '"It was avoidable," it said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers.get("It was avoidable", ("", ""))[1] != "AUT"


def test_the_statement_of_the_ministry_said(extract: Callable[[str], Facts]) -> None:
    text = (
        "PYONGYANG - The council tightened sanctions.\n\n"
        "North Korea's foreign ministry denounced the resolution. "
        '"We will never accept it," the ministry\'s statement said.\n'
    )
    assert _speakers(extract(text))["We will never accept it"] == ("country", "PRK")


def test_a_quotation_alone_after_its_speakers_sentence(extract: Callable[[str], Facts]) -> None:
    text = (
        "SEOUL - The council voted on Friday.\n\n"
        "Park Min-seo, the opposition's foreign affairs spokeswoman, was blunt. "
        '"The government has lost its nerve."\n\n'
        'Russia was unmoved. "We will veto any such text."\n\n'
        'Park\'s proposal went nowhere. "It was never serious."\n\n'
        'The vote was close. "A sad day for the council."\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["The government has lost its nerve"] == ("person", "Park Min-seo")
    assert speakers["We will veto any such text"] == ("country", "RUS")
    assert "It was never serious" not in speakers
    assert "A sad day for the council" not in speakers


def test_a_body_possessive_before_a_name_ends_the_body(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA - The vote is near.\n\n"
        "Amnesty International's Chiara Bellandi expects a good result. "
        '"Fewer states execute every year," Bellandi said.\n'
    )
    facts = extract(text)
    assert [p.name for p in facts.persons] == ["Chiara Bellandi"]
    assert [o.name for o in facts.organizations] == ["Amnesty International"]
    assert _speakers(facts)["Fewer states execute every year"] == ("person", "Chiara Bellandi")


def test_the_country_role_is_the_person_named_before(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK - The draft failed on Thursday.\n\n"
        "Russian ambassador Pavel Ostrogin rejected the text. "
        '"Nobody here cares about grain," the Russian diplomat told the council.\n\n'
        "U.S. Ambassador Mara Delgado-Finch disagreed. "
        '"Every ship that stays in port is bread lost," the American envoy said.\n\n'
        "Chile's ambassador Ana Rojas spoke next. "
        '"We regret it," the French envoy said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["Nobody here cares about grain"] == ("person", "Pavel Ostrogin")
    assert speakers["Every ship that stays in port is bread lost"] == (
        "person",
        "Mara Delgado-Finch",
    )
    assert speakers["We regret it"] == ("country", "FRA")  # not Rojas: another country


def test_she_after_an_unnamed_person_is_no_named_one(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA - The vote failed.\n\n"
        "Pavel Ostrogin, the Russian envoy, called the text flawed. I asked a Latin American "
        'diplomat what happens now. "Now we start again," she said.\n\n'
        "Ana Rojas, a senior official at the ministry, spoke last. "
        '"We go on," she said.\n'
    )
    speakers = _speakers(extract(text))
    assert "Now we start again" not in speakers
    assert speakers["We go on"] == ("person", "Ana Rojas")


def test_as_someone_put_it(extract: Callable[[str], Facts]) -> None:
    text = (
        "OSLO - The vote was close.\n\n"
        'As Kristin Haugland put it in a note to clients, "The allies voted apart."\n\n'
        'As Haugland put it, the outcome was "a warning".\n\n'
        'As one European ambassador put it, "we woke up somewhere else".\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["The allies voted apart"] == ("person", "Kristin Haugland")
    assert speakers["a warning"] == ("person", "Kristin Haugland")
    assert "we woke up somewhere else" not in speakers
