"""Transcripts as ministries and broadcasters print them: a spokesperson answering
questions labelled by the outlets that ask them ("AFP:", "Kyodo News:"), and a
correspondent's turn that reports, in quotation marks, what someone told her."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def test_outlets_ask_and_the_spokesperson_answers(extract: Callable[[str], Facts]) -> None:
    text = (
        "Foreign Ministry Spokesperson's Regular Press Conference\n\n"
        "AFP: The Assembly adopted the text on the Sahel yesterday. What is your comment?\n\n"
        "Wen Haoran: We have taken note of the vote. Our position is consistent.\n\n"
        "Kyodo News: Some say your abstention protects one side. How do you respond?\n\n"
        "Wen Haoran: That claim has no basis at all.\n\n"
        "Reuters: Will you attend the talks next month?\n\n"
        "Wen Haoran: We will release information in due course.\n"
    )
    facts = extract(text)
    speakers = {q.text[:16]: q.speaker.name for q in facts.quotes}
    assert speakers == {
        "We have taken no": "Wen Haoran",
        "That claim has n": "Wen Haoran",
        "We will release ": "Wen Haoran",
    }
    assert {p.name for p in facts.persons} == {"Wen Haoran"}  # no "Afp"


def test_two_speakers_trading_questions_are_no_briefing(
    extract: Callable[[str], Facts],
) -> None:
    # one questioner label only: the ordinary rules, no outlets' briefing
    text = (
        "Mirko Tadic: Why did you abstain?\n\n"
        "Lena Sorensen: Because the text was rushed.\n\n"
        "Mirko Tadic: Was that the only reason?\n\n"
        "Lena Sorensen: It was the main one.\n"
    )
    names = {p.name for p in extract(text).persons}
    assert {"Mirko Tadic", "Lena Sorensen"} <= names


def test_a_correspondent_reports_a_quote_in_her_turn(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "HOST: The Council failed again tonight. Our correspondent Marta Ilves is in New "
        "York. Marta, what happened?\n\n"
        "ILVES: The draft fell one vote short. The foreign minister, Paulo Mendes, came out "
        'of the chamber and told us, quote, "Every delay costs lives at the border."\n\n'
        "HOST: Will they try again?\n\n"
        "ILVES: Diplomats expect a new text next week.\n"
    )
    speakers = {q.text[:16]: q.speaker.name for q in extract(text).quotes}
    assert speakers["Every delay cost"] == "Paulo Mendes"
    assert speakers["The draft fell o"] == "Marta Ilves"
