"""Forms of real reporting found by probing with short articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.resolutions.drafters import country_names, read_drafters
from kg.model import Facts
from kg.reference.load import load_reference
from tests.extract.facts import claims as _claims
from tests.extract.facts import stances as _stances


def test_the_lone_no_vote_names_its_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Friday adopted a text on coral reefs by 160 votes to 1, "
        "with 9 abstentions. The lone no vote was cast by Palau. The only abstention came "
        "from Tonga. In the Council a week later, the sole dissenter was Fiji."
    )
    claims = _claims(extract(text))
    assert {("PLW", "no"), ("TON", "abstain"), ("FJI", "no")} <= claims


COUNCIL_LEAD = (
    "The Security Council on Friday failed to extend the observer mission in the Gulf of "
    "Tarvia, as the draft drew 12 votes in favour to 1 against (Russia), with 2 abstentions "
    "(China, Mozambique).\n\n"
)


def test_regret_for_the_abstention_of_partners_targets_the_abstainers(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        'The representative of Malta said: "It is a pity that some partners abstained. '
        'We deplore the abstentions of our friends on such a modest text."'
    )
    found = _stances(extract(text))
    assert {("MLT", "criticizes", "CHN"), ("MLT", "criticizes", "MOZ")} <= found
    assert ("MLT", "criticizes", "RUS") not in found


def test_a_no_voter_regretting_the_abstainers_keeps_its_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "The representative of Russia said the text ignored the host country's views. "
        '"We deeply regret the abstention of several colleagues," he added.'
    )
    facts = extract(text)
    assert ("RUS", "Russia") in {(q.speaker.name, "Russia") for q in facts.quotes}
    found = _stances(facts)
    assert {("RUS", "criticizes", "CHN"), ("RUS", "criticizes", "MOZ")} <= found
    assert ("RUS", "criticizes", "RUS") not in found


def test_those_who_voted_against_are_the_no_voters(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        '"Those who voted against have disgraced themselves before the people of Tarvia," '
        "said the representative of Ecuador."
    )
    found = _stances(extract(text))
    assert ("ECU", "criticizes", "RUS") in found
    assert not {s for s in found if s[2] in ("CHN", "MOZ")}


def test_a_pronoun_after_an_unnamed_envoy_speaks_for_its_country(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Guyana's delegate said the mission had kept the peace for a decade. "
        '"Its end leaves fishermen without protection," she said.'
    )
    speakers = {q.speaker.name for q in extract(text).quotes}
    assert speakers == {"GUY"}


def test_a_mild_appreciation_of_a_named_position_supports_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        'The representative of Kenya said: "We appreciate the measured position of China."'
    )
    found = _stances(extract(text))
    assert ("KEN", "supports", "CHN") in found
    assert not {s for s in found if s[0] == "KEN" and s[2] != "CHN"}


def test_a_drafter_list_ends_where_the_names_do(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council on Monday voted on two rival drafts on the floods in Tarvia. "
        "The first, put forward by Japan, was vetoed by Russia. A second draft, tabled by "
        "Russia and backed by China, failed to win enough votes."
    )
    vetoes = [v for v in extract(text).votes if v.country == "RUS" and v.option == "no"]
    assert vetoes
    assert all("rus" not in v.resolution.key.lower() for v in vetoes)
    assert any("jpn" in v.resolution.key.lower() for v in vetoes)


def test_drafters_listed_with_the_article_before_a_name() -> None:
    names = country_names(load_reference())

    def read(text: str) -> set[str]:
        return set(read_drafters(text, text.lower(), names))

    assert read("A text sponsored by Nepal and the United States was adopted.") == {"NPL", "USA"}
    assert read("The draft, tabled by Ghana but blocked by a Chinese veto, fell.") == {"GHA"}
    assert read("It was drafted by Peru, and Russia then vetoed it.") == {"PER"}


def test_a_committee_vote_beside_the_plenary_one_is_not_the_plenary_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly on Tuesday adopted a text on the rights of fishers by 131 votes "
        "to 9, with 25 abstentions.\n\n"
        "Nepal had opposed it in the Second Committee two weeks ago, but abstained on "
        "Tuesday. Bhutan voted no in committee but voted yes in the plenary."
    )
    facts = extract(text)
    plenary = {(v.country, v.option) for v in facts.votes if v.resolution.key.endswith("131-9-25")}
    assert ("NPL", "abstain") in plenary
    assert ("BTN", "yes") in plenary
    assert not {c for c in plenary if c[1] == "no"}
    assert all("-C2" not in v.resolution.key for v in facts.votes if v.option != "no")


def test_in_committee_is_the_reported_vote_when_a_committee_voted(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly's Fourth Committee on Friday approved a draft on ocean "
        "mapping by 101 votes to 6. Nepal voted against it in the committee."
    )
    assert ("NPL", "no") in _claims(extract(text))


BRIEFING = (
    "3:10 p.m. EDT\n\n"
    "MS OKONJO: Good afternoon. Canada is deeply disappointed that the Council could not "
    "agree today on the monitoring mission in Tarvia.\n\n"
    "QUESTION: Chile voted for the draft. Why didn't your country?\n\n"
    "MS OKONJO: Chile takes its own decisions. We voted against it because it left out "
    "the humanitarian corridors.\n\n"
    "QUESTION: Thank you."
)


def test_a_briefer_speaking_as_a_government_says_we_for_it(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(BRIEFING)
    assert [(p.name, p.country) for p in facts.persons] == [("Okonjo", "CAN")]
    claims = _claims(facts)
    assert ("CAN", "no") in claims
    assert ("CHL", "no") not in claims
    found = _stances(facts)
    assert ("Okonjo", "supports", "CAN") in found
    assert ("Okonjo", "criticizes", "CAN") not in found


def test_a_briefer_who_never_says_we_gets_no_country(extract: Callable[[str], Facts]) -> None:
    text = BRIEFING.replace("We voted", "Ottawa voted").replace("your country", "Ottawa")
    assert [p.country for p in extract(text).persons] == [None]


def test_a_country_with_its_own_participle_is_not_a_companion(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Security Council on Monday renewed the mission in the Gulf of Tarvia. Fourteen "
        "of its members voted in favour, with Guyana abstaining."
    )
    claims = _claims(extract(text))
    assert ("GUY", "abstain") in claims
    assert ("GUY", "yes") not in claims


def test_joining_a_bloc_and_being_joined_by_a_country(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text 170 to 2, with 6 abstentions. Nauru was joined "
        "only by Palau in voting against it. Fiji and Tonga abstained, while Samoa joined "
        "the Pacific island states in backing the text."
    )
    claims = _claims(extract(text))
    assert {("NRU", "no"), ("PLW", "no"), ("FJI", "abstain"), ("TON", "abstain")} <= claims
    assert ("WSM", "yes") in claims
    assert not {c for c in claims if c[0] in ("FJI", "TON") and c[1] != "abstain"}


def test_a_country_explaining_its_abstention_supports_it(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        "Mozambique explained its abstention by saying the text ignored the coastal states."
    )
    assert ("MOZ", "supports", "MOZ") in _stances(extract(text))


def test_those_who_blocked_it_are_the_no_voters(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        '"Those who blocked this text have shamefully betrayed the fishermen," said the '
        "representative of Ecuador."
    )
    found = _stances(extract(text))
    assert ("ECU", "criticizes", "RUS") in found
    assert not {s for s in found if s[2] in ("CHN", "MOZ")}


def test_a_praise_and_a_rebuke_in_one_sentence_are_read_apart(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly on Thursday adopted a text on river pollution by 150 votes to 3, "
        "with 8 abstentions. Chile and Peru voted against it.\n\n"
        "Bolivia's foreign minister Ana Quispe thanked the countries that voted in favour "
        'and called the Chilean position "a disgrace."'
    )
    found = _stances(extract(text))
    assert ("Ana Quispe", "criticizes", "CHL") in found
    assert ("Ana Quispe", "supports", "CHL") not in found


def test_some_delegations_chose_to_abstain(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text on press freedom 160-0-12. Laos and Oman "
        "abstained.\n\nIreland regrets that some delegations chose to abstain on so basic a text."
    )
    found = _stances(extract(text))
    assert {("IRL", "criticizes", "LAO"), ("IRL", "criticizes", "OMN")} <= found


def test_a_relative_clause_votes_for_its_antecedent(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text on glaciers by 130 votes to 10, with 30 "
        "abstentions. It was praised by Nepal and Bhutan, which voted in favour. Chile, "
        "which had voted no for a decade, abstained."
    )
    claims = _claims(extract(text))
    assert {("NPL", "yes"), ("BTN", "yes"), ("CHL", "abstain")} <= claims
    assert ("CHL", "no") not in claims


def test_welcoming_the_adoption_is_no_support_for_an_abstainer(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly today adopted a text on seed banks by a recorded vote of 120 in "
        "favour to 40 against, with 3 abstentions (Peru, Chile, Bolivia).\n\n"
        "The representative of Nepal welcomed the adoption and deplored the votes against it."
    )
    found = _stances(extract(text))
    assert not {s for s in found if s[0] == "NPL" and s[2] in ("PER", "CHL", "BOL")}


def test_a_demonym_then_a_titled_name_after_said_is_the_person(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly adopted the text 150-5-10.\n\n"
        '"It is a fair outcome," said Peruvian envoy Rosa Quispe.'
    )
    assert [q.speaker.name for q in extract(text).quotes] == ["Rosa Quispe"]


def test_defending_its_decision_is_its_own_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Russia and China on Thursday vetoed a Security Council text on sanctions against "
        "Tarvia. The vote was 11-2-2.\n\n"
        "Beijing defended its decision, saying sanctions would only deepen the crisis."
    )
    found = _stances(extract(text))
    assert ("CHN", "supports", "CHN") in found
    assert ("CHN", "supports", "RUS") not in found


def test_the_countries_that_backed_it_are_the_yes_voters(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly passed the text 150-4-20. Nauru and Palau voted no; Chile and "
        "Peru voted in favour.\n\n"
        'Nauru\'s ambassador accused the countries that backed it of "rewarding piracy."'
    )
    found = _stances(extract(text))
    assert {("NRU", "criticizes", "CHL"), ("NRU", "criticizes", "PER")} <= found
    assert ("NRU", "criticizes", "PLW") not in found


def test_idioms_of_attack_and_praise_are_cues(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Monday adopted a text on river dams by 140 votes to 9, with "
        "20 abstentions. Laos and Cambodia voted against, while Thailand abstained.\n\n"
        "Vietnam's foreign minister Tran Van Minh hit out at Laos over its vote.\n\n"
        "Amnesty International took aim at Cambodia's decision to oppose the text.\n\n"
        "Myanmar's envoy Aung Kyaw lauded Thailand for its abstention."
    )
    found = _stances(extract(text))
    assert ("Tran Van Minh", "criticizes", "LAO") in found
    assert ("Amnesty International", "criticizes", "KHM") in found
    assert ("Aung Kyaw", "supports", "THA") in found


TWO_TEXTS = (
    "The Human Rights Council on Friday adopted two rival resolutions on the floods in "
    "Tarvia. The first, drafted by Norway, passed 30-9, with 8 abstentions. The second, "
    "drafted by Egypt, was approved 25-12 with 10 abstentions.\n\n"
)


def test_the_first_and_the_second_name_the_votes_in_their_order(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_TEXTS + "Chile voted against the first and abstained on the second."
    facts = extract(text)
    by_tally = {t.resolution.key: (t.yes, t.no) for t in facts.tallies}
    first = next(k for k, v in by_tally.items() if v == (30, 9))
    second = next(k for k, v in by_tally.items() if v == (25, 12))
    chile = {(v.option, v.resolution.key) for v in facts.votes if v.country == "CHL"}
    assert chile == {("no", first), ("abstain", second)}


def test_a_count_over_both_texts_is_no_tally(extract: Callable[[str], Facts]) -> None:
    text = TWO_TEXTS + "Eleven countries voted against both texts."
    assert sorted((t.yes, t.no, t.abstain) for t in extract(text).tallies) == [
        (25, 12, 10),
        (30, 9, 8),
    ]


def test_a_possessive_country_before_an_office_in_lower_case(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly adopted the text 150-4-10. Samoa's climate minister Tala Fuimaono "
        "welcomed it."
    )
    persons = {p.name: p.country for p in extract(text).persons}
    assert persons["Tala Fuimaono"] == "WSM"


def test_the_veto_judged_beside_a_named_abstention(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Security Council failed to renew the panel after Russia vetoed the draft. "
        "Thirteen members voted in favour, while China abstained.\n\n"
        'Ambassador Mark Hale of Canada called the veto "cynical" and said China\'s '
        'abstention was "disappointing."'
    )
    found = _stances(extract(text))
    assert {("Mark Hale", "criticizes", "CHN"), ("Mark Hale", "criticizes", "RUS")} <= found


def test_a_second_option_without_its_verb(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Tuesday adopted the text on fishers by 131 votes to 9, with "
        "25 abstentions. Bhutan voted no in committee and yes in the plenary. Nepal voted in "
        "favour in 2019 but against this time."
    )
    claims = _claims(extract(text))
    assert {("BTN", "yes"), ("NPL", "no")} <= claims
    assert not {("BTN", "no"), ("NPL", "yes")} & claims


def test_the_joining_verb_nearest_the_vote_names_its_joiner(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly adopted the text 170-2-6. Palau was joined only by Nauru in "
        "voting against it, while Kiribati joined the island states in backing it."
    )
    claims = _claims(extract(text))
    assert {("PLW", "no"), ("NRU", "no"), ("KIR", "yes")} <= claims
    assert not {("PLW", "yes"), ("NRU", "yes")} & claims


def test_a_vote_wished_for_criticizes_the_vote_cast(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly passed the text 120-10-40 on Monday. Canada abstained.\n\n"
        'Canadian senator Marie Tremblay said Canada "should have voted yes." '
        '"We ought to have abstained, as we did," said Canada\'s envoy Paul Roy.'
    )
    found = _stances(extract(text))
    assert ("Marie Tremblay", "criticizes", "CAN") in found
    assert ("Paul Roy", "criticizes", "CAN") not in found


def test_two_holders_contrasted_in_one_sentence(extract: Callable[[str], Facts]) -> None:
    text = (
        "Canada voted against the Assembly resolution on Monday. It passed 120-10-40.\n\n"
        "Former envoy Luc Martin slammed the Canadian vote, while Senator Ann Roy praised it."
    )
    found = _stances(extract(text))
    assert {("Luc Martin", "criticizes", "CAN"), ("Ann Roy", "supports", "CAN")} <= found
    assert ("Luc Martin", "supports", "CAN") not in found


def test_the_cue_sentence_of_an_utterance_names_its_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Foreign Ministry Spokesperson's Regular Press Conference\n\n"
        "Reuters: The Council draft failed after a veto. What is your comment?\n\n"
        "Lin Wei: China voted in favour of the draft. We regret that Britain vetoed it.\n\n"
        "AFP: Will you raise it again?\n\n"
        "Lin Wei: We will stay in touch with all parties."
    )
    found = _stances(extract(text))
    assert ("Lin Wei", "criticizes", "GBR") in found
    assert ("Lin Wei", "criticizes", "CHN") not in found
