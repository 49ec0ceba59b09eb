"""A ministry, mission or embassy speaks for its country, never for the person named
nearest: a known one by the country it serves, an unnamed one by the country named with
it, and "the ministry" or "the spokesperson" later by the office named before."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def _speakers(facts: Facts) -> dict[str, tuple[str, str]]:
    return {q.text.strip('“”",. '): (q.speaker.kind, q.speaker.name) for q in facts.quotes}


def test_a_known_foreign_ministry_speaks_for_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "MOSCOW - The council vote was held on Tuesday.\n\n"
        "The Russian Foreign Ministry said in a statement that the text "
        '"ignored every concern we raised".\n\n'
        '"We will answer in kind," the ministry said.\n'
    )
    speakers = _speakers(extract(text))
    assert speakers["ignored every concern we raised"] == ("country", "RUS")
    assert speakers["We will answer in kind"] == ("country", "RUS")


def test_a_mission_named_after_its_quote_speaks_for_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "NEW YORK - The council met on Friday.\n\n"
        '"The panel did honest work," the U.S. Mission to the UN wrote on X.\n'
    )
    assert _speakers(extract(text))["The panel did honest work"] == ("country", "USA")


def test_the_ministry_of_a_country_named_after_it(extract: Callable[[str], Facts]) -> None:
    text = (
        "TBILISI - The assembly voted on Monday.\n\n"
        "The Ministry of Foreign Affairs of Georgia welcomes the outcome.\n\n"
        "It regrets that some states voted against the text, which, in the words of the "
        'Ministry, "shows disregard for the law".\n'
    )
    assert _speakers(extract(text))["shows disregard for the law"] == ("country", "GEO")


def test_the_spokesperson_of_a_mission_named_before(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK - The draft failed on Monday.\n\n"
        "A spokesperson for the Syrian mission welcomed the outcome. "
        '"Every convoy must pass through the capital," the spokesperson said.\n'
    )
    speaker = _speakers(extract(text))["Every convoy must pass through the capital"]
    assert speaker == ("country", "SYR")


def test_the_ministry_is_the_ministry_not_the_last_mission(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "GENEVA - The council voted on Thursday.\n\n"
        'The Japanese foreign ministry said the result was "a clear signal".\n\n'
        "A spokesman for the Syrian mission called it a farce.\n\n"
        '"Nobody is fooled by this," the ministry said.\n'
    )
    assert _speakers(extract(text))["Nobody is fooled by this"] == ("country", "JPN")


def test_a_named_office_of_leaders_keeps_its_name(extract: Callable[[str], Facts]) -> None:
    text = (
        "LONDON - The assembly voted on Monday.\n\n"
        '"Our support is unshakeable," a Downing Street spokesperson said.\n'
    )
    speaker = _speakers(extract(text))["Our support is unshakeable"]
    assert speaker == ("organization", "Downing Street")


def test_its_ministry_is_the_subject_country_not_the_last_named(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "KHARTOUM - The council vote failed on Monday.\n\n"
        "Sudan's army-led government, for its part, thanked Russia. Its foreign ministry "
        'described the outcome as "a victory for sovereignty".\n'
    )
    assert _speakers(extract(text))["a victory for sovereignty"] == ("country", "SDN")


def test_a_mission_to_the_un_is_its_country(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK - The council voted on Friday.\n\n"
        'Moldova\'s mission to the UN wrote on X: "The veto blocks peace again."\n\n'
        "Peru's ambassador to the United Nations in Geneva said the text was "
        '"badly drafted".\n\n'
        'Ana Rojas, Chile\'s ambassador to the UN, praised the vote, calling it "overdue".\n'
    )
    facts = extract(text)
    speakers = _speakers(facts)
    assert speakers["The veto blocks peace again"] == ("country", "MDA")
    assert speakers["badly drafted"] == ("country", "PER")
    assert speakers["overdue"] == ("person", "Ana Rojas")  # the envoy is named
    assert [p.name for p in facts.persons] == ["Ana Rojas"]  # "in Geneva said": no one
