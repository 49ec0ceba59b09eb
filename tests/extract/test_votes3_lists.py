"""Recorded-vote lists and clauses about an earlier vote, in sentences written for these
tests: a label's list that wraps onto the next line or runs on across semicolons, "with
X and Y opposed", and a "when" clause hung on another time."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import claims as _claims


def test_a_label_list_wraps_onto_the_next_line(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the text on oceans by a recorded vote of 140 in favour to 6 "
        "against, with 12 abstentions.\n\n"
        "Against: Belarus, Eritrea, Nicaragua,\nSyria, Mali and Niger.\n\n"
        "Abstain: Chile, Peru.\n"
    )
    claims = _claims(extract(text))
    against = {"BLR", "ERI", "NIC", "SYR", "MLI", "NER"}
    assert {(iso, "no") for iso in against} <= claims
    assert {("CHL", "abstain"), ("PER", "abstain")} <= claims
    assert not {c for c in claims if c[0] in {"CHL", "PER"} and c[1] == "no"}


def test_a_label_list_runs_on_across_semicolons(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly approved the fisheries text on Monday by 150 votes to 2.\n\n"
        "Abstaining: Ghana; Kenya; Nepal; Qatar.\n\nAgainst: Fiji, Tonga.\n"
    )
    claims = _claims(extract(text))
    assert {("GHA", "abstain"), ("KEN", "abstain"), ("NPL", "abstain"), ("QAT", "abstain")} <= (
        claims
    )
    assert {("FJI", "no"), ("TON", "no")} <= claims
    assert ("FJI", "abstain") not in claims


def test_a_label_list_stops_at_a_full_stop(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Council voted on the text on Friday and it passed 13-2.\n\n"
        "Against: Laos, Cuba.\nGhana and Kenya welcomed the outcome.\n"
    )
    claims = _claims(extract(text))
    assert {("LAO", "no"), ("CUB", "no")} <= claims
    assert not {c for c in claims if c[0] in {"GHA", "KEN"}}


def test_with_countries_opposed(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the drought text on Tuesday by 150 votes to 3, with Belarus "
        "and Syria opposed and Chile abstaining."
    )
    claims = _claims(extract(text))
    assert {("BLR", "no"), ("SYR", "no"), ("CHL", "abstain")} <= claims


def test_with_a_country_against_a_country_is_no_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the text on Tuesday by 150 votes to 3, after talks with Chile "
        "against Peru's wishes had stalled."
    )
    claims = _claims(extract(text))
    assert not {c for c in claims if c[0] in {"CHL", "PER"}}


def test_a_when_clause_after_another_time_is_that_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Human Rights Council adopted the text on water on Thursday by 30 votes to 9, "
        "with 8 abstentions. The margin was wider than a year earlier, when a similar text "
        "passed 22-14-11."
    )
    tallies = {(t.yes, t.no, t.abstain) for t in extract(text).tallies}
    assert (30, 9, 8) in tallies
    main = next(t for t in extract(text).tallies if t.yes == 30).resolution.key
    assert not [t for t in extract(text).tallies if t.yes == 22 and t.resolution.key == main]


def test_a_sentence_about_a_similar_text_of_another_year(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Geneva, 9 May 2024\n\nThe General Assembly adopted the forests text on Thursday by "
        "131 votes to 7. A comparable draft in 2019 had passed 118-7. Last year's resolution "
        "was opposed by Chile."
    )
    facts = extract(text)
    main = next(t for t in facts.tallies if t.yes == 131).resolution.key
    assert not [t for t in facts.tallies if t.yes == 118 and t.resolution.key == main]
    assert not [v for v in facts.votes if v.country == "CHL" and v.resolution.key == main]


def test_the_year_of_the_vote_reported_is_not_another_time(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Geneva, 9 May 2024\n\nThe General Assembly voted on the forests text on Thursday. "
        "The 2024 resolution was opposed by Chile."
    )
    assert ("CHL", "no") in _claims(extract(text))


def test_names_then_their_label_on_one_line(extract: Callable[[str], Facts]) -> None:
    text = (
        "How the Council voted on Monday's draft on coastal shipping:\n\n"
        "Ghana, Kenya: in favour\nChile: against\n- Peru and Togo: abstained\n"
        "Mali said: no.\n"
    )
    claims = _claims(extract(text))
    assert {("GHA", "yes"), ("KEN", "yes"), ("CHL", "no"), ("PER", "abstain")} <= claims
    assert ("TGO", "abstain") in claims
    assert not {c for c in claims if c[0] == "MLI"}


def test_the_only_member_of_a_body_to_vote_no(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Wednesday adopted the text on reef protection by 150 votes "
        "to 4. France was the only permanent member of the Security Council to vote no."
    )
    facts = extract(text)
    claims = {(v.country, v.option, v.resolution.body) for v in facts.votes}
    assert ("FRA", "no", "UNGA") in claims
    assert (
        len({v.resolution.key for v in facts.votes} | {t.resolution.key for t in facts.tallies})
        == 1
    )


def test_a_count_of_votes_with_a_country_is_no_alignment(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Council voted on Monday. Peru abstained. A draft by Chile got 12 votes with "
        "Peru abstaining, and it failed."
    )
    claims = _claims(extract(text))
    assert ("PER", "abstain") in claims
    assert ("CHL", "abstain") not in claims


def test_among_the_supporters_and_opponents(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the soil text on Monday by 120 votes to 9. Ghana and Kenya "
        "were among the supporters. Togo was among the nine opponents. One of the "
        "supporters of the idea, Chile, spoke first."
    )
    claims = _claims(extract(text))
    assert {("GHA", "yes"), ("KEN", "yes"), ("TGO", "no")} <= claims
    assert not {c for c in claims if c[0] == "CHL"}


def test_council_members_name_a_council_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "March 3, 2031\n\nFrance on Monday vetoed a draft on fishing rights. Twelve council "
        "members voted in favour and Ghana abstained."
    )
    facts = extract(text)
    assert {v.resolution.body for v in facts.votes} == {"UNSC"}


def test_a_rejection_by_a_count_gives_the_votes_against_first(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "GENEVA, 6 October 2031 - The Human Rights Council on Thursday rejected a motion on "
        "the situation in the northern provinces by 21 votes to 16, with 10 abstentions. The "
        "motion failed 16-21-10."
    )
    tallies = {(t.yes, t.no, t.abstain) for t in extract(text).tallies}
    assert tallies == {(16, 21, 10)}


def test_a_rejection_then_an_adoption_keeps_the_order(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "NEW YORK, 6 October 2031 - The Assembly rejected the amendment, then adopted the "
        "text by 120 votes to 5."
    )
    assert {(t.yes, t.no) for t in extract(text).tallies} == {(120, 5)}


def test_singular_dissenter_and_broke_ranks(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Council voted on the text on Monday. Ghana was the sole dissenter. Kenya broke "
        "ranks with its usual partners to abstain. Togo was the lone abstainer."
    )
    claims = _claims(extract(text))
    assert {("GHA", "no"), ("KEN", "abstain"), ("TGO", "abstain")} <= claims


def test_a_text_supported_by_countries(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Council voted on the fisheries text on Monday. The text was supported by Ghana, "
        "Peru and Chile, while Togo abstained. The ceasefire plan was backed by Egypt and "
        "Qatar."
    )
    claims = _claims(extract(text))
    assert {("GHA", "yes"), ("PER", "yes"), ("CHL", "yes"), ("TGO", "abstain")} <= claims
    assert not {c for c in claims if c[0] in {"EGY", "QAT"}}


def test_the_negative_vote_of_a_permanent_member_named(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Security Council on Monday failed to adopt the draft on fishing rights, owing to "
        "the negative vote of a permanent member (France). The Council also failed to adopt a "
        "text on shipping owing to the negative vote of a permanent member, the United "
        "Kingdom."
    )
    claims = _claims(extract(text))
    assert {("FRA", "no"), ("GBR", "no")} <= claims


def test_a_permanent_member_named_without_a_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council on Monday adopted the draft on fishing rights 15-0. Its "
        "sponsor was a permanent member, France."
    )
    assert not {c for c in _claims(extract(text)) if c[0] == "FRA"}
