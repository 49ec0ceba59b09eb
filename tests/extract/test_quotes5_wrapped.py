"""Hard-wrapped prose (e-mail, a PDF's copy, a feed): a line break inside a paragraph
where the line was full reads as a space; short lines, turns and list items keep theirs."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.text import Document, unwrap
from kg.model import Facts

_WRAPPED = (
    "NEWS RELEASE\n"
    "Department of External Relations, Republic of Norland\n"
    "\n"
    "Norland backs the Assembly's call for talks on the river basin\n"
    "\n"
    "Lindholm, 3 May 2026\n"
    "\n"
    "Norland voted in favour of the General Assembly resolution on shared\n"
    "water courses, which the Assembly adopted this afternoon after a long\n"
    "debate among the riparian states of the basin.\n"
    "\n"
    "The Minister of External Relations, Ottilie Brandqvist, said the vote\n"
    'was overdue. "Water that crosses borders has to be governed across\n'
    'borders, and no state can do that alone," Minister Brandqvist said.\n'
    "\n"
    '"We hoped for a consensus text," said the Permanent Representative,\n'
    'Ambassador Joakim Feldt. "Next year we will try again with every\n'
    'delegation that is willing."\n'
    "\n"
    "Press Office\n"
    "Telephone desk\n"
)


def _paragraphs(text: str) -> list[str]:
    doc = Document(text)
    return [doc.norm[p.start : p.end] for p in doc.paragraphs]


def test_wrapped_lines_join_into_their_paragraph() -> None:
    paragraphs = _paragraphs(_WRAPPED)
    assert "Norland voted in favour" in paragraphs[4]
    assert paragraphs[4].endswith("riparian states of the basin.")
    assert paragraphs[0] == "NEWS RELEASE"  # short lines keep their breaks
    assert paragraphs[-2:] == ["Press Office", "Telephone desk"]
    assert len(unwrap(_WRAPPED)) == len(_WRAPPED)  # one character for one


def test_quotes_across_wrapped_lines_keep_their_speakers(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(_WRAPPED)
    found = {q.text[:20]: q.speaker.name for q in facts.quotes}
    assert found == {
        "Water that crosses b": "Ottilie Brandqvist",
        "We hoped for a conse": "Joakim Feldt",
        "Next year we will tr": "Joakim Feldt",
    }
    assert all("\n" not in q.text for q in facts.quotes)


def test_long_lines_are_not_wrapped_prose() -> None:
    text = (
        "The vote was held on Monday after a debate that ran well into the evening, "
        "with more than forty speakers on the list.\nA second line follows here.\n\n"
        "Another paragraph.\n"
    )
    assert unwrap(text) == text


def test_turns_and_list_items_keep_their_lines() -> None:
    line = "word " * 13
    text = (
        f"{line}\n{line}\n{line}\n{line}\n{line}\n"
        "ANNA KOSKI: We will see what the delegations do next.\n"
        f"{line}\n"
        "- the first point\n\n"
        "Q: And the second?\n"
    )
    joined = unwrap(text)
    assert "\nANNA KOSKI:" in joined
    assert "\n- the first point" in joined
    assert joined.count("\n") == text.count("\n") - 4  # only the full prose lines joined


def test_a_hard_wrapped_transcript_keeps_its_turns(extract: Callable[[str], Facts]) -> None:
    text = (
        "TRANSCRIPT: Night Desk, 4 April\n\n"
        "HOST: Good evening. The Assembly has passed a text on the lakes region.\n"
        "With me is Ines Halvard, who advises fishing towns on the shore. Ines,\n"
        "what does this vote change for them?\n\n"
        "HALVARD: It changes who has to answer. For years the towns were told\n"
        "that nobody was responsible for the water, and tonight the Assembly\n"
        "said that someone is.\n\n"
        "HOST: Ines Halvard, thank you.\n"
    )
    facts = extract(text)
    assert [(q.speaker.name, q.text) for q in facts.quotes] == [
        (
            "Ines Halvard",
            "It changes who has to answer. For years the towns were told that nobody was "
            "responsible for the water, and tonight the Assembly said that someone is.",
        )
    ]
