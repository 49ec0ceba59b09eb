"""A quotation introduced by its speaker's label, no verb said (a live blog's entries,
a caption), and a speaker after a capitalised post ("said Minister of Finance X")."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _speakers(facts: Facts) -> dict[str, tuple[str, str]]:
    return {q.text.strip('“”",. '): (q.speaker.kind, q.speaker.name) for q in facts.quotes}


def test_a_live_blog_entry_labelled_by_its_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        "Live: the assembly votes on the ceasefire\n\n"
        "14:02 - The result is on the board.\n\n"
        "14:09 - Chile's ambassador Paula Zamora Vidal: \"Nobody here can say they did not "
        'know."\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["Nobody here can say they did not know"] == ("person", "Paula Zamora Vidal")


def test_a_statement_labelled_by_a_ministry_is_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Live: the assembly votes on the ceasefire\n\n"
        "14:20 - A statement from the Danish Ministry of Foreign Affairs: "
        '"Denmark voted yes with conviction."\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["Denmark voted yes with conviction"] == ("country", "DNK")


def test_a_long_sentence_before_a_colon_is_no_label(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA - The council voted on Friday.\n\n"
        "The mood in the room darkened after the chair handed the floor to Tomas Berg: "
        '"a grim afternoon".\n'
    )
    speakers = _speakers(extract(text))
    assert speakers.get("a grim afternoon", ("", ""))[1] != "Tomas Berg"


def test_a_capitalised_post_before_the_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        "VILNIUS - The assembly voted on Tuesday.\n\n"
        '"This vote keeps a promise," said Minister of Foreign Affairs Dalia Kazlauskaite.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["This vote keeps a promise"] == ("person", "Dalia Kazlauskaite")


def test_a_speaker_after_an_owners_role_and_a_comma(extract: Callable[[str], Facts]) -> None:
    text = (
        "MAJURO - The committee voted on Thursday.\n\n"
        '"This is no theory for us," said the country\'s ambassador, Lani Tebuke-Ross.\n\n'
        '"We will keep trying," said its foreign minister, Aldo Brenner.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["This is no theory for us"] == ("person", "Lani Tebuke-Ross")
    assert speakers["We will keep trying"] == ("person", "Aldo Brenner")
