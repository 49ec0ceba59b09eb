"""Speakers reporters name around a quotation rather than in its sentence: "the envoy"
named in the next paragraph, a short colon introducer with no verb of speech, "according
to" an office's statement, a quotation of paragraphs after the sentence that introduces
it; and a quotation whose own source cannot be named is given to no one."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import speakers as _speakers


def test_the_envoy_is_named_in_the_next_paragraph(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Council rejected the draft on Thursday.\n\n"
        '"Nobody here wanted to hear the word truce," the Danish ambassador said.\n\n'
        "Signe Halvorsen, who had negotiated the text for Denmark, said two more rounds "
        "were planned.\n\n"
        '"They offered words and nothing else," the minister said.\n\n'
        "Tomas Brekke, Norway's minister for development, flew in for the vote.\n"
    )
    speakers = _speakers(extract(text))
    assert speakers["Nobody here want"] == "Signe Halvorsen"
    assert speakers["They offered wor"] == "Tomas Brekke"


def test_the_next_paragraph_must_give_the_same_post_and_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Council rejected the draft on Thursday.\n\n"
        '"Nobody here wanted to hear the word truce," the Danish ambassador said.\n\n'
        "Kalle Virtanen, Finland's ambassador, said his country would try again.\n\n"
        '"We will be back next month," the ambassador said.\n\n'
        "Marta Oyelaran, a lawyer at a Lagos firm, followed the debate.\n"
    )
    speakers = _speakers(extract(text))
    assert speakers["Nobody here want"] == "DNK"  # a Finn is not the Danish envoy
    assert speakers.get("We will be back ") != "Marta Oyelaran"  # a lawyer is no envoy


def test_a_short_colon_introducer_names_the_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        'Foreign Minister Elina Rautio was blunt: "A vote without teeth is a shrug."\n\n'
        "Ambassador Pablo Ibarguren spoke to reporters after the session. His message to "
        'the permanent members: "History keeps the records you forget."\n\n'
        'Senator Ruth Adeyemi in a post on X: "The Council looked away again."\n'
    )
    speakers = _speakers(extract(text))
    assert speakers == {
        "A vote without t": "Elina Rautio",
        "History keeps th": "Pablo Ibarguren",
        "The Council look": "Ruth Adeyemi",
    }


def test_according_to_an_offices_statement_is_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The mandate was renewed by 24 votes to 9.\n\n"
        'According to Ambassador Dawit Bekele, the text was "a relic of old politics".\n\n'
        '"We have answered every letter," according to a statement issued by the '
        "Ethiopian mission.\n"
    )
    speakers = _speakers(extract(text))
    assert speakers["a relic of old p"] == "Dawit Bekele"
    assert speakers["We have answered"] == "ETH"


def test_a_quotation_with_a_source_no_one_can_name_gets_no_speaker(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        'Canada\'s envoy said the text "missed the point".\n\n'
        '"The harvest will not wait for diplomats," said a note from the farmers\' '
        "cooperatives of the northern valley.\n"
    )
    speakers = _speakers(extract(text))
    assert "The harvest will" not in speakers


def test_paragraphs_of_quotation_after_the_sentence_that_introduces_them(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Three island states abstained.\n\n"
        "Tonga's ambassador, Sione Fakatava, explained the choice in an interview.\n\n"
        '"We support inspections in principle. We lived with the tests for decades.\n\n'
        '"What we could not support was a text closed to every amendment."\n\n'
        "Later that week the Assembly moved on to other business.\n"
    )
    facts = extract(text)
    assert [(q.speaker.name, q.text[:16]) for q in facts.quotes] == [
        ("Sione Fakatava", "We support inspe")
    ]


def test_a_quotation_after_narration_without_a_verb_of_speech_is_no_ones(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Sione Fakatava arrived in New York on Monday.\n\n"
        '"Nothing about us without us."\n\n'
        "The phrase is painted on the wall of the island's parliament.\n"
    )
    assert extract(text).quotes == ()


def test_a_colon_introducer_may_open_on_a_qualifier(extract: Callable[[str], Facts]) -> None:
    text = (
        "Green backbencher Maia Lindqvist, who chairs the committee, disagreed: "
        '"Allies may vote apart."\n'
    )
    assert _speakers(extract(text)) == {"Allies may vote ": "Maia Lindqvist"}


def test_a_quotation_credited_after_a_dash_to_an_unnamed_source(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        'Ambassador Lena Okafor said the talks would "go on regardless".\n\n'
        '"Nobody read the annex before the vote" -- that was the verdict of one Nordic '
        "delegate, who would not be named.\n"
    )
    assert _speakers(extract(text)) == {"go on regardless": "Lena Okafor"}


def test_a_presenter_label_is_no_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        "PRESENTER: With me is Tarek Halabi, who advises the mission. Tarek, how did it go?\n\n"
        "HALABI: Better than we feared. The text passed with room to spare.\n\n"
        "PRESENTER: Tarek Halabi, thank you.\n"
    )
    facts = extract(text)
    assert [(q.speaker.name, q.text[:12]) for q in facts.quotes] == [
        ("Tarek Halabi", "Better than ")
    ]
    assert {p.name for p in facts.persons} == {"Tarek Halabi"}


def test_said_the_envoy_then_the_next_paragraph_names_them(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Council rejected the draft on Thursday.\n\n"
        '"Nobody here wanted to hear the word truce," said the Danish ambassador.\n\n'
        "Signe Halvorsen, who negotiated the text for Denmark, said two more rounds "
        "were planned.\n\n"
        '"They offered words and nothing else," said the minister.\n\n'
        "Tomas Brekke, Norway's minister for development, flew in for the vote.\n"
    )
    speakers = _speakers(extract(text))
    assert speakers["Nobody here want"] == "Signe Halvorsen"
    assert speakers["They offered wor"] == "Tomas Brekke"


def test_the_qualified_minister_is_named_in_the_next_paragraph(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The ministers met in Reykjavik on Friday.\n\n"
        '"It was a fine day for the Charter," the Icelandic minister told reporters.\n\n'
        "Thora Gunnarsdottir, Iceland's foreign minister, chaired the meeting.\n\n"
        'Denmark\'s Lars Holm was more guarded. "A majority is not the world," he said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["It was a fine da"] == "Thora Gunnarsdottir"
    assert speakers["A majority is no"] == "Lars Holm"  # a country's possessive, then "he"


def test_a_quotation_credited_by_the_paragraph_after_it(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Assembly voted on Tuesday.\n\n"
        '"The law was on the ballot today, and the law won by a long way."\n\n'
        "Those were the words of Chilean ambassador Rosa Aguirre, speaking outside the hall.\n\n"
        '"Nobody should mistake a majority for a consensus."\n\n'
        "That was the verdict of the Austrian foreign ministry.\n"
    )
    speakers = _speakers(extract(text))
    assert speakers == {"The law was on t": "Rosa Aguirre", "Nobody should mi": "AUT"}


def test_a_quotation_signed_after_a_dash(extract: Callable[[str], Facts]) -> None:
    text = (
        "Reactions to the vote\n\n"
        '"The Charter had a good night." \u2014 Linnea Holm, Sweden\'s ambassador to the UN\n\n'
        '"A sad day for the hall." -- Ambassador Tariq Rana of Pakistan\n\n'
        'The result was "a farce" - Omar Haddad disagreed with every word of it.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["The Charter had "] == "Linnea Holm"
    assert speakers["A sad day for th"] == "Tariq Rana"
    assert speakers.get("a farce") != "Omar Haddad"  # not a signature: it opens no paragraph


def test_a_briefing_whose_title_names_the_briefer(extract: Callable[[str], Facts]) -> None:
    text = (
        "Foreign Ministry Spokesperson Lina Okoro's Regular Press Conference\n\n"
        "Q: The Assembly adopted a text on the lakes yesterday. Your comment?\n\n"
        "A: Our position is consistent. Dialogue is the only way forward.\n\n"
        "Q: Some say you blocked consensus. How do you respond?\n\n"
        "A: Such claims are groundless.\n"
    )
    facts = extract(text)
    assert [(q.speaker.name, q.text[:12]) for q in facts.quotes] == [
        ("Lina Okoro", "Our position"),
        ("Lina Okoro", "Such claims "),
    ]
