"""Forms found by probing with articles written here (seventh round)."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import stances as _stances

COUNCIL = (
    "Council fails to adopt delta draft\n\nMay 5, 2026\n\n"
    "The Security Council failed to adopt a draft resolution on river deltas submitted by "
    "Peru. It received 11 votes in favour to 3 against (Chile, China, Russian Federation), "
    "with 1 abstention (Ecuador).\n\n"
)


def test_a_text_faulted_in_a_relative_clause_is_attacked(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "After the vote, the representative of Chile said his delegation could not back a "
        "text that was one-sided and rewarded the polluters."
    )
    stances = _stances(extract(text))
    assert ("CHL", "criticizes", "PER") in stances


def test_a_text_praised_in_a_relative_clause_attacks_no_one(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "After the vote, the representative of Ecuador said it had hoped for a text that "
        "was balanced."
    )
    assert ("ECU", "criticizes", "PER") not in _stances(extract(text))


COMMITTEE = (
    "Committee approves delta text\n\nNovember 3, 2026\n\n"
    "The Second Committee approved a draft resolution on river deltas (document "
    "A/C.2/81/L.9) by a recorded vote of 101 in favour to 12 against, with 40 abstentions.\n\n"
    "Introducing the draft, the representative of Peru said it was fair and modest.\n\n"
)


def test_the_speaker_for_a_country_explaining_its_abstention_supports_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "The speaker for Chile said his country had abstained, as it preferred talks among "
        "the riparian States."
    )
    assert ("CHL", "supports", "CHL") in _stances(extract(text))


def test_an_abstention_with_citing_explains_it(extract: Callable[[str], Facts]) -> None:
    text = COMMITTEE + (
        "The representative of Chile said her delegation had abstained, citing the cost of "
        "the new survey."
    )
    assert ("CHL", "supports", "CHL") in _stances(extract(text))


def test_rejecting_the_text_as_politically_motivated_criticises_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "The representative of Chile, speaking before the vote, rejected the text as "
        "politically motivated and asked for a recorded vote."
    )
    assert ("CHL", "criticizes", "PER") in _stances(extract(text))


def test_praise_naming_no_voter_judges_no_one_when_two_voters_tie(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Committee backs delta study\n\nNovember 3, 2026\n\n"
        "The Second Committee approved a draft on a study of river deltas by 120 votes to 2, "
        "with 9 abstentions. Chile voted against. Peru voted against too.\n\n"
        'Ilse Marwood, a hydrologist, said: "This study is long overdue and very welcome."'
    )
    assert not [s for s in extract(text).stances if s.holder.name == "Ilse Marwood"]


def test_praise_naming_no_voter_judges_the_vote_the_article_is_about(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Chile alone against delta study\n\nNovember 3, 2026\n\n"
        "The Second Committee approved a draft on a study of river deltas by 120 votes to 1, "
        "with 9 abstentions. Chile voted against; Peru abstained.\n\n"
        'Ilse Marwood, a hydrologist, said Chile had been brave. "A wise and principled '
        'choice," she said.'
    )
    assert ("Ilse Marwood", "supports", "CHL") in _stances(extract(text))


def test_a_country_saying_why_it_voted_against_supports_its_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + "Chile said it had voted against because the survey would cost too much."
    assert ("CHL", "supports", "CHL") in _stances(extract(text))


def test_a_country_saying_only_how_it_voted_takes_no_stance(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + "Chile said it had voted against the text."
    assert ("CHL", "supports", "CHL") not in _stances(extract(text))


def test_a_representative_named_in_apposition_after_the_country_speaks_for_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Speaking after the vote, the representative of Chile, Rosa Brandtner, said her "
        "delegation had abstained."
    )
    assert ("Rosa Brandtner", "supports", "CHL") in _stances(extract(text))


def test_a_countrys_representative_named_in_apposition_speaks_for_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Chile's representative, Rosa Brandtner, said her country opposed studies imposed "
        "on the States concerned. Chile voted against."
    )
    assert ("Rosa Brandtner", "supports", "CHL") in _stances(extract(text))


def test_a_longer_quoted_judgement_of_a_named_vote_is_read_as_its_fragment(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Chile voted against.\n\n"
        'Ilse Marwood, a hydrologist, called the Chilean vote "a bitter moment for the '
        'river towns".'
    )
    assert ("Ilse Marwood", "criticizes", "CHL") in _stances(extract(text))


def test_a_ministers_joined_portfolios_are_no_part_of_the_name(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Minister of Foreign Affairs and Trade Ilse Marwood said the vote was a mistake. "
        "Minister for Europe and Foreign Affairs Tobiah Quennell disagreed."
    )
    names = {p.name for p in extract(text).persons}
    assert {"Ilse Marwood", "Tobiah Quennell"} <= names
    assert not {n for n in names if n.startswith(("Trade", "Europe"))}


TRANSCRIPT = (
    "NIGHT DESK - TRANSCRIPT\n\n"
    "WILMA ALDOUS: The Assembly voted on river deltas today, and Peru voted against. I'm "
    "joined by Rosa Brandtner, a former envoy. Thank you for being here.\n\n"
    "ROSA BRANDTNER: Thank you, Wilma.\n\n"
    "ALDOUS: Were you surprised by the vote?\n\n"
    "BRANDTNER: Not at all. Peru has said for years that the text ignores its fishermen.\n\n"
    "ALDOUS: Lima sees it differently. Tobiah Quennell, its minister, told reporters the vote was "
    '"a matter of survival for the coast."\n\n'
    "BRANDTNER: That is fair."
)


def test_a_host_named_only_by_name_is_read_from_welcoming_the_guest(
    extract: Callable[[str], Facts],
) -> None:
    speakers = {q.speaker.name for q in extract(TRANSCRIPT).quotes if not q.partial}
    assert speakers == {"Rosa Brandtner"}


def test_words_a_host_quotes_are_a_quote_of_their_own(extract: Callable[[str], Facts]) -> None:
    partial = [(q.speaker.name, q.text) for q in extract(TRANSCRIPT).quotes if q.partial]
    assert partial == [("Tobiah Quennell", "a matter of survival for the coast.")]


def test_a_welcome_beside_a_quoted_rebuke_of_named_voters_is_no_praise_of_them(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Committee backs delta study\n\nNovember 3, 2026\n\n"
        "The Second Committee approved a draft on a study of river deltas by 120 votes to 2, "
        "with 9 abstentions. Chile voted against. Peru voted against too.\n\n"
        "Ilse Marwood, a hydrologist, welcomed the vote and called the opposition of Chile "
        'and Peru "shameful."'
    )
    stances = _stances(extract(text))
    assert {("Ilse Marwood", "criticizes", "CHL"), ("Ilse Marwood", "criticizes", "PER")} <= stances
    assert not {s for s in stances if s[1] == "supports"}


def _countries(facts: Facts) -> dict[str, str | None]:
    return {p.name: p.country for p in facts.persons}


def test_a_round_up_label_gives_its_titled_official_a_country(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Here is how capitals reacted.\n\n"
        "Chile: Ambassador Rosa Brandtner said the study was a waste of money.\n\n"
        "PERU\n\n"
        "Foreign Minister Tobiah Quennell said the vote was a fair one.\n\n"
        "Scientists: Professor Ilse Marwood said the study was overdue."
    )
    countries = _countries(extract(text))
    assert countries["Rosa Brandtner"] == "CHL"
    assert countries["Tobiah Quennell"] == "PER"
    assert countries["Ilse Marwood"] is None


def _votes(facts: Facts) -> set[tuple[str, str]]:
    return {(v.country, v.option) for v in facts.votes}


def test_voting_with_partners_against_a_text_named_at_length(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "Chile voted with Peru and Bolivia on Monday against a Dutch-drafted United Nations "
        "General Assembly resolution on river deltas. It passed by 120 votes to 3."
    )
    assert {("CHL", "no"), ("PER", "no"), ("BOL", "no")} <= _votes(extract(text))


def test_a_core_group_listed_after_a_dash_drafted_the_text(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council renews delta mandate\n\nGeneva, 6 October 2026\n\n"
        "The Human Rights Council adopted a resolution on river deltas. The text, presented "
        "by the core group on deltas — Chile, Peru and Norway — passed with 20 votes in "
        "favour, 7 against and 20 abstentions.\n\n"
        "Bolivia's foreign minister, Rosa Brandtner, rejected the resolution outright as "
        "intrusive."
    )
    judged = {
        v for h, p, v in _stances(extract(text)) if h == "Rosa Brandtner" and p == "criticizes"
    }
    assert judged == {"CHL", "PER", "NOR"}


def test_thanks_for_blocking_a_text_support_the_blocker(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Chile's ambassador Rosa Brandtner thanked China for blocking what she called "
        '"a reckless and dangerous text."'
    )
    stances = _stances(extract(text))
    assert ("Rosa Brandtner", "supports", "CHN") in stances
    assert ("Rosa Brandtner", "criticizes", "CHN") not in stances


def test_a_vote_cast_in_the_conviction_that_is_explained(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Chile's ambassador, Rosa Brandtner, said Chile had voted yes \"in the firm conviction "
        'that deltas need a common survey."'
    )
    assert ("Rosa Brandtner", "supports", "CHL") in _stances(extract(text))


def test_a_list_with_all_of_which_voted_gives_each_its_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "The General Assembly adopted a resolution on river deltas by 143 votes to 9. Chile "
        "worked with partners including Peru, Bolivia and Norway, all of which supported "
        "the resolution."
    )
    assert {("PER", "yes"), ("BOL", "yes"), ("NOR", "yes")} <= _votes(extract(text))


def test_an_abstention_from_a_country_after_a_comma(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "The General Assembly adopted a resolution on river deltas by 143 votes to 9. There "
        "was one abstention, from Bolivia."
    )
    assert ("BOL", "abstain") in _votes(extract(text))


def test_a_country_after_a_fronted_phrase_ending_in_another_country_is_the_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "The General Assembly adopted two texts on river deltas. On the second text, "
        "submitted by Norway, Chile abstained."
    )
    votes = _votes(extract(text))
    assert ("CHL", "abstain") in votes
    assert ("NOR", "abstain") not in votes


def test_a_draft_named_by_its_short_symbol_is_the_one_named_in_full_before(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Two delta texts\n\nNovember 3, 2026\n\n"
        "The Second Committee voted on two drafts: A/C.2/81/L.9, adopted by 101 votes to 12, "
        "and A/C.2/81/L.14, adopted by 90 votes to 30.\n\n"
        "Chile's representative, Rosa Brandtner, said Chile had abstained on L.9 because "
        "the survey cost too much, while Peru voted against L.14."
    )
    facts = extract(text)
    stance = next(s for s in facts.stances if s.holder.name == "Rosa Brandtner")
    assert stance.target.resolution is not None
    assert "L.9" in (stance.target.resolution.draft_symbol or "")
    vote = next(v for v in facts.votes if v.country == "PER")
    assert "L.14" in (vote.resolution.draft_symbol or "")


def test_a_countrys_possessive_before_a_name_gives_the_persons_country(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + "Chile's Rosa Brandtner said the text was fair."
    assert _countries(extract(text))["Rosa Brandtner"] == "CHL"


def test_a_partial_quote_ends_where_a_contrast_brings_in_another_speaker(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Chile voted against.\n\n"
        'Peru\'s minister, Rosa Brandtner, called the result "a wise and welcome outcome," '
        "while Chile's Tobiah Quennell argued that Chile had voted no because the survey was "
        "a waste."
    )
    stances = _stances(extract(text))
    assert ("Rosa Brandtner", "supports", "CHL") not in stances
    assert ("Tobiah Quennell", "supports", "CHL") in stances


def test_counts_alone_do_not_make_a_vote_of_another_year_the_one_reported(
    extract: Callable[[str], Facts],
) -> None:
    for when in ("", " on Tuesday"):
        text = (
            "Council adopts delta text\n\nNovember 3, 2026\n\n"
            f"The Security Council{when} adopted a resolution on river deltas by 10 votes to "
            "0, with 5 abstentions."
        )
        keys = {t.resolution.key for t in extract(text).tallies}
        assert keys and not {k for k in keys if "2774" in k}, when


def test_the_prc_is_china(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "The Security Council voted on a draft on river deltas. The PRC and Russia vetoed it."
    )
    assert {("CHN", "no"), ("RUS", "no")} <= _votes(extract(text))


def test_a_vote_on_both_texts_is_a_vote_on_each(extract: Callable[[str], Facts]) -> None:
    text = (
        "Delta vote\n\nNovember 3, 2026\n\n"
        "The Second Committee voted on two drafts on river deltas, A/C.2/81/L.9 and "
        "A/C.2/81/L.14. Chile and Peru abstained on both texts."
    )
    found = {(v.country, v.option, v.resolution.key) for v in extract(text).votes}
    for iso in ("CHL", "PER"):
        assert {(iso, "abstain", "A/C.2/81/L.9"), (iso, "abstain", "A/C.2/81/L.14")} <= found


def test_an_abstention_explained_by_as_without_a_comma(
    extract: Callable[[str], Facts],
) -> None:
    text = COMMITTEE + (
        "Chile's foreign minister, Rosa Brandtner, said Chile had abstained as it preferred "
        "talks among the riparian States."
    )
    assert ("Rosa Brandtner", "supports", "CHL") in _stances(extract(text))
