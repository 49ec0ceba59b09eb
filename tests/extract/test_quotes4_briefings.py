"""A briefing's transcript whose labels are written in ordinary case: questions
("Question:") alternating with a speaker named by role ("Spokesperson:"), who is the
person the introduction gives that role."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts

_BRIEFING = (
    "Noon briefing\n\n"
    "The following is a transcript of today's briefing by Ilse Varga-Nemeth, "
    "Spokesperson for the President of the General Assembly.\n\n"
    "Good afternoon. The President welcomes today's vote.\n\n"
    "Question: Does the President regret that some states voted against?\n\n"
    "Spokesperson: Each delegation votes as it sees fit. What counts is the outcome.\n\n"
    "Question: Will there be a second session?\n\n"
    "Spokesperson: Nothing has been decided yet.\n"
)


def test_the_spokesperson_turns_are_the_spokespersons_quotes(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(_BRIEFING)
    turns = [(q.speaker.name, q.text.split(".")[0]) for q in facts.quotes]
    assert turns == [
        ("Ilse Varga-Nemeth", "Each delegation votes as it sees fit"),
        ("Ilse Varga-Nemeth", "Nothing has been decided yet"),
    ]
    assert [p.name for p in facts.persons] == ["Ilse Varga-Nemeth"]  # not "Each Delegation"


def test_a_role_label_no_one_was_introduced_with_names_no_one(
    extract: Callable[[str], Facts],
) -> None:
    text = _BRIEFING.replace("Spokesperson for the President", "a writer for the President")
    assert not extract(text).quotes


def test_two_colon_paragraphs_make_no_briefing(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA - The council voted on Friday.\n\n"
        "Question: what happens next? Diplomats were unsure.\n\n"
        "Minister: a title the envoy no longer holds.\n"
    )
    assert not extract(text).quotes


def test_a_host_named_in_brackets_after_the_role(extract: Callable[[str], Facts]) -> None:
    text = (
        "PRESENTER (NIAMH KEOGAN): Minister, your country voted yes again. Does it matter?\n\n"
        "DARA O'FLAHERTY: It matters. When most of the world speaks, governments listen.\n\n"
        "KEOGAN: But your closest partner voted no.\n\n"
        "O'FLAHERTY: Friends can disagree, and we have said so plainly.\n\n"
        "KEOGAN: Minister, thank you.\n"
    )
    facts = extract(text)
    assert sorted(p.name for p in facts.persons) == ["Dara O'Flaherty", "Niamh Keogan"]
    assert [(q.speaker.name, q.text.split(".")[0]) for q in facts.quotes] == [
        ("Dara O'Flaherty", "It matters"),
        ("Dara O'Flaherty", "Friends can disagree, and we have said so plainly"),
    ]
