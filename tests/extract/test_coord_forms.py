"""Vote forms of wire copy and editorials, found by probing with articles written here."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.numbers import parse_tallies
from kg.model import Facts
from tests.extract.facts import claims as _claims

LEAD = (
    "The General Assembly on Thursday adopted a resolution on the protection of river "
    "deltas by 120 votes to 6, with 30 abstentions.\n\n"
)


def test_an_irregular_verb_before_the_vote_keeps_its_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Canada broke with its neighbours and voted against the text. Chile took the floor "
        "first and abstained."
    )
    assert {("CAN", "no"), ("CHL", "abstain")} <= _claims(extract(text))


def test_it_before_a_vote_verb_is_the_subject_of_the_sentence_before(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "For a decade Norway championed the delta programme. On Thursday, in the Assembly "
        "hall, it voted against the text.\n\nThe resolution was drafted by Peru. It was "
        "adopted easily."
    )
    claims = _claims(extract(text))
    assert ("NOR", "no") in claims
    assert not {c for c in claims if c[0] == "PER"}


def test_it_needs_a_country_subject_in_the_same_paragraph(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + "The envoy of Norway spoke first.\n\nIt voted against the text."
    assert ("NOR", "no") not in _claims(extract(text))


def test_the_same_camp_as_aligns_the_countries_after_it(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Brazil voted against the text, which put Brasilia in the same camp as Cuba and "
        "Laos. Kenya abstained, on the same side as Ghana."
    )
    claims = _claims(extract(text))
    assert {("BRA", "no"), ("CUB", "no"), ("LAO", "no"), ("GHA", "abstain")} <= claims


def test_a_bracket_after_among_the_count_lists_that_option(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Assembly adopted the delta resolution 120 to 6, and the names among the 6 "
        "(Fiji, Tonga and Samoa) surprised diplomats."
    )
    claims = _claims(extract(text))
    assert {("FJI", "no"), ("TON", "no"), ("WSM", "no")} <= claims


def test_a_possessive_in_a_list_stands_for_the_country_it_names(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Among the countries that voted against were Cuba, Laos and Peru's neighbour Bolivia."
    )
    claims = _claims(extract(text))
    assert {("CUB", "no"), ("LAO", "no"), ("BOL", "no")} <= claims
    assert ("PER", "no") not in claims


def test_praise_of_the_result_is_not_support_for_a_no_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly on Monday called for an end to the Japanese fishing ban "
        "imposed on Tuvalu, by 170 votes to 1, with 3 abstentions. Only Japan voted "
        "against.\n\nTuvalu's foreign minister, Ana Sopoaga, hailed the result as \"a win "
        'for small islands."'
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert ("Ana Sopoaga", "supports", "JPN") not in stances


def test_an_option_label_may_open_a_sentence_inside_a_paragraph(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + "The count was read out. In favour: Peru, Chile. Against: Fiji, Tonga."
    claims = _claims(extract(text))
    assert {("PER", "yes"), ("FJI", "no"), ("TON", "no")} <= claims
    assert ("FJI", "yes") not in claims


COVERAGE = (
    "Security Council Fails to Adopt Draft Resolution on Ceasefire in Northern Tarvia, "
    "Owing to Negative Vote by Permanent Member\n\nThe Security Council today failed to "
    "adopt a draft resolution that would have demanded an immediate ceasefire in northern"
    " Tarvia, owing to the negative vote of a permanent member.\n\nThe draft (document "
    "S/2026/455), submitted by Guyana and Switzerland, received 12 votes in favour to 1 "
    "against (United States), with 2 abstentions (China, Russian Federation).\n\n"
)


def test_a_vote_described_after_its_unknown_symbol_is_that_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COVERAGE + (
        "Speaking after the vote, the representative of Guyana said she deeply regretted that"
        " the Council had once again been prevented from acting.\n\nThe representative of the"
        " United States said his delegation had voted against the text because it failed to "
        "condemn the attacks that started the fighting.\n\nThe representative of China said "
        "his delegation had abstained, as the text did not reflect the concerns of all "
        "parties.\n\nThe representative of Algeria said it was a sad day for the Council and "
        "for the people of Tarvia."
    )
    votes = {(v.country, v.option, v.resolution.key) for v in extract(text).votes}
    assert {v[2] for v in votes} == {"S/2026/455"}
    assert {("USA", "no", "S/2026/455"), ("CHN", "abstain", "S/2026/455")} <= votes


def test_two_unknown_symbols_of_one_body_leave_other_descriptions_apart(
    extract: Callable[[str], Facts],
) -> None:
    text = COVERAGE + (
        "A rival draft (document S/2026/456) received 4 votes in favour.\n\nThe "
        "representative of Fiji said his delegation had voted against the text."
    )
    keys = {v.resolution.key for v in extract(text).votes if v.country == "FJI"}
    assert "S/2026/456" not in keys


def test_not_only_voted_is_a_vote(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Canada not only voted against the text but also asked its partners to do the same. "
        "Chile did not vote against it."
    )
    claims = _claims(extract(text))
    assert ("CAN", "no") in claims
    assert ("CHL", "no") not in claims


def test_opposed_by_names_the_no_votes_not_their_opponents(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + "It was opposed by 6 states including Fiji and Samoa."
    claims = _claims(extract(text))
    assert {("FJI", "no"), ("WSM", "no")} <= claims
    assert not {c for c in claims if c[1] == "yes"}


def test_support_drawn_from_counted_countries_lists_them(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + "The text drew support from 120 countries, among them Peru and Chile."
    assert {("PER", "yes"), ("CHL", "yes")} <= _claims(extract(text))


def test_joined_in_opposition_by_gives_both_sides_the_option(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Fiji was joined in opposition by Tonga and Samoa. Kenya was joined in abstaining by Ghana."
    )
    claims = _claims(extract(text))
    assert {("FJI", "no"), ("TON", "no"), ("WSM", "no")} <= claims
    assert {("KEN", "abstain"), ("GHA", "abstain")} <= claims


def test_a_clause_after_a_semicolon_has_its_own_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + "Fiji and Tonga voted against; Peru and Chile supported it."
    claims = _claims(extract(text))
    assert {("FJI", "no"), ("TON", "no"), ("PER", "yes"), ("CHL", "yes")} <= claims
    assert ("PER", "no") not in claims


def test_a_defeat_puts_the_larger_side_against() -> None:
    def counts(text: str) -> list[tuple[int | None, int | None]]:
        return [(t.yes, t.no) for t in parse_tallies(text)]

    assert counts("The motion was rejected 21-14, with 12 abstentions.") == [(14, 21)]
    assert counts("The council voted the proposal down by 21 votes to 14.") == [(14, 21)]
    assert counts("The text was adopted 21-14.") == [(21, 14)]
    # a vetoed draft fails with most of the council in favour
    assert counts("The draft was rejected 13-1 after a veto.") == [(13, 1)]


def test_on_both_gives_the_vote_on_each_of_two_texts(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Tuesday adopted two texts on reefs. The first passed by "
        "150 votes to 3, with 12 abstentions. The second was adopted by 98 votes to 40, "
        "with 27 abstentions.\n\nChile abstained on both. Both sides of the debate "
        "praised Peru, which voted for both texts."
    )
    votes = {(v.country, v.option, v.resolution.key) for v in extract(text).votes}
    chile = {key for iso, option, key in votes if (iso, option) == ("CHL", "abstain")}
    peru = {key for iso, option, key in votes if (iso, option) == ("PER", "yes")}
    assert len(chile) == 2
    assert peru == chile


TWO_TEXTS = (
    "The General Assembly on Tuesday adopted two texts on reefs. The first passed by 150 "
    "votes to 3, with 12 abstentions. The second was adopted by 98 votes to 40, with 27 "
    "abstentions.\n\n"
)


def test_an_elliptic_second_option_names_its_own_text(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(TWO_TEXTS + "Peru voted in favour of the first text but against the second.")
    keys = {v.option: v.resolution.key for v in facts.votes if v.country == "PER"}
    assert keys["yes"] != keys["no"]
    assert "150" in keys["yes"] and "98" in keys["no"]


def test_an_explanation_of_vote_names_its_text_by_order(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        TWO_TEXTS + "The representative of Chile said her delegation had voted in favour "
        "of the second text.\n\nThe representative of Peru said his delegation had voted "
        "in favour of the first text but against the second."
    )
    votes = {(v.country, v.option, v.resolution.key.split("-")[2]) for v in facts.votes}
    assert {("CHL", "yes", "98"), ("PER", "yes", "150"), ("PER", "no", "98")} <= votes
    assert ("CHL", "yes", "150") not in votes


def test_no_abstentions_after_the_counts_is_zero() -> None:
    found = [
        (t.yes, t.no, t.abstain)
        for t in parse_tallies("It got 11 in favour, four against and no abstentions.")
    ]
    assert found == [(11, 4, 0)]
    assert parse_tallies("Nobody spoke of no abstentions.") == ()


def test_casting_the_lone_veto_is_a_no(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council on Friday voted on a draft on a truce in the highlands. "
        "Russia cast the lone veto, and China cast its first veto in years."
    )
    assert {("RUS", "no"), ("CHN", "no")} <= _claims(extract(text))


def test_two_capitalised_words_after_a_place_preposition_are_no_person(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The senator spoke to reporters on Capitol Hill and later at Turtle Bay. There "
        "Ambassador Lena Ortiz met Kofi Mensah."
    )
    names = {p.name for p in extract(text).persons}
    assert "Capitol Hill" not in names and "Turtle Bay" not in names
    assert {"Lena Ortiz", "Kofi Mensah"} <= names


def test_an_unnamed_office_judging_in_narration_speaks_for_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Canada voted against the text. The Chilean Foreign Ministry condemned the Canadian "
        "vote. The Foreign Ministry of Peru welcomed Canada's vote."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {("CHL", "criticizes", "CAN"), ("PER", "supports", "CAN")} <= stances
    assert not {s for s in stances if "Ministry" in s[0]}


def test_taking_a_side_on_a_decision_named_as_one_is_a_stance(
    extract: Callable[[str], Facts],
) -> None:
    text = LEAD + (
        "Canada voted against the text. Senator Ruth Alder said she backed the Canadian "
        "vote. Mayor Paul Denis agreed with Ottawa's decision. Minister Ines Varga said the "
        "Canadian position was hard to understand. Chile supported the resolution."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {
        ("Ruth Alder", "supports", "CAN"),
        ("Paul Denis", "supports", "CAN"),
        ("Ines Varga", "criticizes", "CAN"),
    } <= stances
    assert not {s for s in stances if s[0] in ("CHL", "Chile")}
