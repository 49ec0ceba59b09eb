"""Speakers of quotations read from what reporters say around them: "the statement said"
(whoever issued the statement named before), "according to the statement", a reply after
a semicolon, "the Secretary-General told reporters" for the person named with that post,
and "according to" a news agency after a quotation whose sentence already names its
speaker."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import speakers as _speakers


def test_the_statement_said_is_its_issuer(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Norwegian delegation did not object to the text but issued a statement "
        "after the meeting.\n\n"
        '"Norway does not read this resolution as creating new duties," the statement '
        "read.\n"
    )
    assert _speakers(extract(text)) == {"Norway does not ": "NOR"}


def test_the_statement_quoted_before_speaks_again(extract: Callable[[str], Facts]) -> None:
    text = (
        'Chile\'s mission rejected the amendment. "It empties the text of meaning," the '
        "mission said in a statement issued in Santiago.\n\n"
        '"Chile will vote for the original wording," the statement added. According to '
        'the statement, the amendment was "a gift to the aggressor".\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["Chile will vote "] == "CHL"
    assert speakers["a gift to the ag"] == "CHL"


def test_a_statement_no_one_issued_is_no_ones(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delegates argued for hours about the wording.\n\n"
        '"The parties must return to talks," the statement said.\n'
    )
    assert _speakers(extract(text)) == {}


def test_a_reply_after_a_semicolon_is_the_replier_s(extract: Callable[[str], Facts]) -> None:
    text = (
        "Oskar Lindahl said the mission was underfunded; the Irish envoy, Aoife Brennan, "
        'replied that "nobody will wait for a perfect budget".\n'
    )
    assert _speakers(extract(text)) == {"nobody will wait": "Aoife Brennan"}


def test_the_secretary_general_told_reporters(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Secretary-General, Mirela Costa, welcomed the vote on Monday. "
        '"This is a day for the civilians of the region," the Secretary-General told '
        "reporters.\n\n"
        'Rights chief Jonas Feld also spoke. "Law is not a menu," the High Commissioner '
        "said in Geneva.\n"
    )
    assert _speakers(extract(text)) == {
        "This is a day fo": "Mirela Costa",
        "Law is not a men": "Jonas Feld",
    }


def test_a_news_agency_after_the_quote_does_not_speak(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        'Foreign Ministry spokesman Pavel Orlov said the resolution would have "no effect '
        'at all", according to the Interfax news agency.\n'
    )
    assert _speakers(extract(text)) == {"no effect at all": "Pavel Orlov"}


def test_a_body_named_before_by_one_word_speaks(extract: Callable[[str], Facts]) -> None:
    text = (
        'The European Commission welcomed the outcome on Thursday. "It is a clear signal '
        'to both parties," a Commission spokeswoman said.\n\n'
        'The Ministry of Foreign Affairs of Peru was also pleased. "We have always '
        'supported this text," said a Ministry spokesman.\n\n'
        '"Nobody expected this," a Bureau spokesman said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["It is a clear si"] == "European Commission"
    assert speakers["We have always s"] == "PER"
    assert "Nobody expected " not in speakers  # no bureau was named before


def test_he_said_adding_gives_the_next_quote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Portugal's ambassador, Duarte Nobre, spoke after the vote. \"The people of the north "
        'will pay," he said, adding: "This chamber has stepped aside today."\n'
    )
    assert _speakers(extract(text)) == {
        "The people of th": "Duarte Nobre",
        "This chamber has": "Duarte Nobre",
    }


def test_the_foreign_minister_said_is_the_one_so_titled(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Foreign Minister Ines Ferraz met Defence Minister Rui Sardo in Lisbon.\n\n"
        '"An abstention is no shrug," the foreign minister said.\n\n'
        '"We were not consulted," the interior minister said.\n\n'
        'Kaisa Lehto, the Finnish trade minister, disagreed. "This is a mistake," the '
        "trade minister told reporters.\n"
    )
    assert _speakers(extract(text)) == {
        "An abstention is": "Ines Ferraz",
        "This is a mistak": "Kaisa Lehto",
    }


def test_the_text_which_says_is_the_text_s_wording(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly voted on Monday. Ambassador Oleksa Hrin said the text, which "
        '"calls for a just and lasting peace", had many sponsors. The draft, he said, '
        '"leaves no doubt about who attacked whom".\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["calls for a just"] == "UN General Assembly"
    assert speakers["leaves no doubt "] == "Oleksa Hrin"


def test_a_person_in_a_relative_clause_does_not_speak_for_the_envoy(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Norway's ambassador, Ola Brekke, defended the text. Eritrea's delegate, who spoke "
        'after Brekke, called the resolution "an exercise in double standards".\n'
    )
    assert _speakers(extract(text)) == {"an exercise in d": "ERI"}


def test_a_title_word_the_body_quotes_again_is_one_quote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Minister Dario Kos calls abstention a 'blunder'\n\n"
        'ZAGREB - Foreign Minister Dario Kos said the abstention had been "a blunder" and '
        "that he had not been consulted.\n"
    )
    quotes = [(q.speaker.name, q.text) for q in extract(text).quotes]
    assert quotes == [("Dario Kos", "a blunder")]


def test_a_crosshead_quoting_no_sentence_is_no_one_s(extract: Callable[[str], Facts]) -> None:
    text = (
        "Council rejects the draft\n\n"
        'The Kenyan envoy, Wanjiru Otieno, said: "We will return with a better text."\n\n'
        '"Alone in the chamber"\n\n'
        'Marek Zielny said the vote left his country "alone in the chamber".\n\n'
        '"We are not done," Otieno said.\n\n'
        '"Nobody here is."\n'
    )
    quotes = {q.text: q.speaker.name for q in extract(text).quotes}
    assert "Alone in the chamber" not in quotes
    assert quotes["Nobody here is."] == "Wanjiru Otieno"


def test_a_reporter_named_by_their_outlet_speaks(extract: Callable[[str], Facts]) -> None:
    text = (
        "Radio Meridian's Oskar Vale, reporting from the UN headquarters in New York, said: "
        '"The chamber fell silent when the result came up."\n'
    )
    assert _speakers(extract(text)) == {"The chamber fell": "Oskar Vale"}


def test_signed_lines_each_name_their_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        "The vote, as they saw it\n\n"
        '"We stood where we always stand." - Hana Kovac, Croatian ambassador to the UN\n\n'
        '"This chamber has again rewarded the aggressor and ignored the victims of the '
        'war." - Ilan Peretz, Israeli ambassador to the UN\n\n'
        '"The United States votes no because this text is not the path to peace." - Mark '
        "Doyle, U.S. deputy ambassador\n\n"
        '"A good day." - Lina Sato, Japanese foreign minister\n'
    )
    facts = extract(text)
    assert {q.text[:12]: q.speaker.name for q in facts.quotes} == {
        "We stood whe": "Hana Kovac",
        "This chamber": "Ilan Peretz",
        "The United S": "Mark Doyle",
        "A good day.": "Lina Sato",
    }


def test_a_title_fragment_is_the_editor_s_not_a_quote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Kremlin says vote shows 'Europe is alone'\n\n"
        "MOSCOW - The Kremlin said the vote showed that European states were isolated. "
        '"They are speaking to themselves," spokesman Oleg Varin told reporters.\n'
    )
    quotes = [(q.speaker.name, q.text) for q in extract(text).quotes]
    assert quotes == [("Oleg Varin", "They are speaking to themselves,")]


def test_a_lead_sentence_keeps_its_fragments(extract: Callable[[str], Facts]) -> None:
    text = (
        'The Assembly condemned the annexation "in the clearest terms" on Friday.\n\n'
        "The vote was 120 to 10.\n"
    )
    assert [q.text for q in extract(text).quotes] == ["in the clearest terms"]
