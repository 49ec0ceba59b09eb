"""Forms found by probing with articles written here and with held-out real reporting
(ninth round)."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import persons, speakers, stances


def test_the_year_of_the_event_a_vote_condemns_is_not_the_vote_s_year(
    extract: Callable[[str], Facts],
) -> None:
    # "in 2009" dates the coup, not the vote: the claims are this vote's, and the year
    # does not make it some vote of 2009
    facts = extract(
        "Assembly vote splits the region\n\nMarch 3, 2026\n\n"
        "The General Assembly adopted a text on the island republic by 101 votes to 12, "
        "with 40 abstentions on Monday. Belize voted alongside Fiji and Tonga in voting "
        "no to condemn the army for the coup in 2009."
    )
    assert {(c.country, c.option) for c in facts.votes} >= {
        ("BLZ", "no"),
        ("FJI", "no"),
        ("TON", "no"),
    }
    assert {c.resolution.key for c in facts.votes} == {t.resolution.key for t in facts.tallies}


def test_a_year_before_an_event_word_dates_the_event() -> None:
    from kg.extract.resolutions.dates import first_year  # noqa: PLC0415

    assert first_year("the 2014 annexation was condemned again in a vote in 2019") == 2019
    assert first_year("voted to censure the junta over the massacre in 2011") is None
    assert first_year("the vote in 2011 on the massacre") == 2011


def test_an_article_days_after_a_known_vote_may_name_it_by_its_subject_alone(
    extract: Callable[[str], Facts],
) -> None:
    # no body, day or count: dated three days after the Assembly's vote, it names that
    # vote by what the resolution did ("condemning the invasion of Ukraine")
    text = (
        "Lisbon faces questions over UN vote\n\nFebruary 27, 2025\n\n"
        "For three days Portugal has been asked to explain itself after voting alongside "
        "Brazil against a United Nations resolution condemning the invasion of Ukraine."
    )
    assert {(c.country, c.option, c.resolution.key) for c in extract(text).votes} == {
        ("PRT", "no", "A/RES/ES-11/7"),
        ("BRA", "no", "A/RES/ES-11/7"),
    }


def test_a_vote_named_by_subject_alone_long_after_any_known_vote_stays_unknown(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Lisbon faces questions over UN vote\n\nMarch 30, 2025\n\n"
        "For three days Portugal has been asked to explain itself after voting alongside "
        "Brazil against a United Nations resolution condemning the invasion of Ukraine."
    )
    keys = {c.resolution.key for c in extract(text).votes}
    assert keys and not any(key.startswith("A/RES/") for key in keys)


ASSEMBLY_DAY = (
    "Assembly votes on the lake basin\n\nMarch 3, 2026\n\n"
    "The General Assembly adopted a resolution on the lake basin on Tuesday.\n\n"
)


def test_joined_by_a_group_including_named_countries(extract: Callable[[str], Facts]) -> None:
    for joined in (
        "It was joined by a cohort including Laos, Cuba and Nepal.",
        "Chad was joined by a group that included Laos, Cuba and Nepal.",
        "It was joined by 11 other delegations, among them Laos, Cuba and Nepal.",
    ):
        text = ASSEMBLY_DAY + "Chad voted against the resolution. " + joined
        found = {(c.country, c.option) for c in extract(text).votes}
        assert found >= {("LAO", "no"), ("CUB", "no"), ("NPL", "no")}, joined


def test_a_count_of_no_votes_after_the_abstentions(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY.replace(
        "on Tuesday.", "on Tuesday with 120 votes in favour, 40 abstentions, and 11 no votes."
    )
    assert [(t.yes, t.no, t.abstain) for t in extract(text).tallies] == [(120, 11, 40)]


def test_an_option_word_in_quotation_marks_is_a_ballot(extract: Callable[[str], Facts]) -> None:
    for said in ("'no'", "“no”", '"no"'):
        text = ASSEMBLY_DAY + f"Asked why Chad joined Laos in voting {said}, the minister smiled."
        found = {(c.country, c.option) for c in extract(text).votes}
        assert found == {("TCD", "no"), ("LAO", "no")}, said


def test_a_list_in_two_parts_not_only_but_also(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "Eleven states voted against, including not only Laos and its close partners but "
        "also Chad, Nepal, and Cuba."
    )
    found = {(c.country, c.option) for c in extract(text).votes}
    assert found == {("LAO", "no"), ("TCD", "no"), ("NPL", "no"), ("CUB", "no")}


def test_a_count_against_and_the_countries_it_includes(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "The measure drew 120 votes in favour, 11 against - including from Laos, Chad and "
        "Nepal - and 40 abstentions."
    )
    found = {(c.country, c.option) for c in extract(text).votes}
    assert found == {("LAO", "no"), ("TCD", "no"), ("NPL", "no")}


def test_opposed_a_text_qualified_by_a_few_words(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "Chad opposed a Nordic-drafted resolution at the Assembly that day."
    assert {(c.country, c.option) for c in extract(text).votes} == {("TCD", "no")}


def test_a_country_and_a_number_of_others_abstained(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "Nepal and 30 other countries abstained from voting."
    assert {(c.country, c.option) for c in extract(text).votes} == {("NPL", "abstain")}


def test_while_n_were_against_counts_the_no_side() -> None:
    from kg.extract.numbers import parse_tallies  # noqa: PLC0415

    found = parse_tallies("In all 101 states voted in favour, while 9 were against.")
    assert [(t.yes, t.no) for t in found] == [(101, None), (None, 9)]
    assert parse_tallies("Of the delegates, 9 were against the war.") == ()


def test_a_ballot_word_in_quotation_marks_is_no_quotation(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        ASSEMBLY_DAY
        + 'Ana Ruiz, the Chadian envoy, said Chad voted "no" and Laos cast a "yes" vote.'
    )
    assert speakers(extract(text)) == {}


def test_the_post_with_a_country_s_adjective_names_its_holder(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + (
        "Ana Ruiz, the Chilean foreign minister, spoke after the vote.\n\n"
        'The Chilean foreign minister said: "Small countries need the rules most."'
    )
    assert speakers(extract(text)).get("Small countries ") == "Ana Ruiz"
    other = text.replace("The Chilean foreign", "The Peruvian foreign")
    assert speakers(extract(other)).get("Small countries ") != "Ana Ruiz"


def test_each_side_of_a_contrast_has_its_own_fragment_and_judgement(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + (
        "Chad voted against it.\n\n"
        'Ana Ruiz called the vote "reckless," while Nebraska Republican Sen. Eric Dole '
        'joined others in describing the vote as the work of a "sinister club."'
    )
    facts = extract(text)
    said = speakers(facts)
    assert said.get("reckless,") == "Ana Ruiz"
    assert said.get("sinister club.") == "Eric Dole"
    found = stances(facts)
    assert ("Ana Ruiz", "criticizes", "TCD") in found
    assert ("Eric Dole", "criticizes", "TCD") in found


def test_a_head_of_government_explaining_the_country_s_abstention_supports_it(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Chile abstains from UN vote\n\nMay 11, 2024\n\n"
        "The UN General Assembly voted by a wide margin on Friday to grant new rights to "
        "the island's delegation. Chile was one of 25 nations to abstain from the vote.\n\n"
        "Prime Minister Ana Ruiz later said the country refrained from voting because of "
        "its commitment to a negotiated settlement."
    )
    assert ("Ana Ruiz", "supports", "CHL") in stances(extract(text))
    # an analyst is no voice of the country: the same words give no stance
    other = text.replace("Prime Minister Ana Ruiz", "The analyst Ana Ruiz")
    assert not any(s[0] == "Ana Ruiz" for s in stances(extract(other)))


def test_a_government_named_by_its_leader_votes_as_its_country(
    extract: Callable[[str], Facts],
) -> None:
    us = ASSEMBLY_DAY + "The US envoy spoke first. The Dole administration voted against it."
    assert ("USA", "no") in {(c.country, c.option) for c in extract(us).votes}
    # the country named by the leader's surname elsewhere is the government's
    ar = ASSEMBLY_DAY + (
        "Argentine President Ana Ruiz flew to New York; the US envoy spoke first. "
        "The Ruiz government voted against it."
    )
    assert ("ARG", "no") in {(c.country, c.option) for c in extract(ar).votes}
    # a phrase of the kind, not a surname: no country
    plain = ASSEMBLY_DAY + "The US envoy spoke. The Transitional government voted against it."
    assert not extract(plain).votes


def test_a_blunder_said_plainly_criticizes_the_vote(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "The United States voted against it.\n\n"
        '"Washington royally screwed up today," Sen. Ana Ruiz said in a statement.'
    )
    assert ("Ana Ruiz", "criticizes", "USA") in stances(extract(text))


def test_a_title_s_note_of_how_the_vote_went_is_no_words_of_its_subject() -> None:
    from kg.extract import Extractor  # noqa: PLC0415
    from kg.model import ResolutionRecord  # noqa: PLC0415
    from kg.reference.load import load_reference  # noqa: PLC0415

    noted = ResolutionRecord(
        symbol="S/2031/90",
        draft_symbol="S/2031/90",
        body="UNSC",
        date="2031-05-02",
        title="Draft renewing the river commission's mandate; vetoed by Laos, Chad abstained",
        yes=13,
        no=1,
        abstain=1,
        adopted=False,
    )
    bundled = load_reference()
    extractor = Extractor(bundled.model_copy(update={"resolutions": (*bundled.resolutions, noted)}))
    # the countries and the options of its note, in another configuration: not that vote
    other = extractor.extract(
        "Envoy urges calm over river port\n\n"
        "Chad abstained and Laos vetoed nothing as the Security Council backed a river-port "
        "text on Monday. Peru voted in favour."
    )
    assert not any(c.resolution.key == "S/2031/90" for c in other.votes)
    # its own words still name it
    same = extractor.extract(
        "Laos vetoes river text\n\n"
        "The Security Council failed on Monday to renew the river commission's mandate "
        "after Laos vetoed the draft."
    )
    assert {c.resolution.key for c in same.votes} == {"S/2031/90"}


def test_the_drafters_a_record_s_title_names_are_its_sponsors() -> None:
    from kg.extract import Extractor  # noqa: PLC0415
    from kg.model import ResolutionRecord  # noqa: PLC0415
    from kg.reference.load import load_reference  # noqa: PLC0415

    titled = ResolutionRecord(
        symbol="S/2031/44",
        draft_symbol="S/2031/44",
        body="UNSC",
        date="2031-06-12",
        title="Peruvian draft on the admission of a new member",
        yes=12,
        no=1,
        abstain=2,
        adopted=False,
    )
    bundled = load_reference()
    extractor = Extractor(
        bundled.model_copy(update={"resolutions": (*bundled.resolutions, titled)})
    )
    facts = extractor.extract(
        "Envoy vows to return\n\n"
        "Peru's envoy said his country would try again after Chad used its veto to block "
        "a draft submitted by Peru to the Security Council on the admission of a member."
    )
    assert {(c.country, c.option, c.resolution.key) for c in facts.votes} == {
        ("TCD", "no", "S/2031/44")
    }


VETOED = (
    "Council fails on the harbour text\n\nMay 3, 2031\n\n"
    "Chad vetoed the draft resolution in the Security Council on Friday.\n\n"
)


def test_a_country_with_an_aside_or_expressing_an_attitude_judges_the_veto(
    extract: Callable[[str], Facts],
) -> None:
    for said in (
        "Peru, for its part, regretted the veto by Chad.",
        "Peru expressed its deep regret over the veto by Chad.",
        "Peru, in turn, voiced its dismay at the veto by Chad.",
    ):
        assert ("PER", "criticizes", "TCD") in stances(extract(VETOED + said)), said


def test_its_ministry_speaks_for_the_country_named_before(
    extract: Callable[[str], Facts],
) -> None:
    text = VETOED + (
        "Peru regretted the outcome and stressed in a statement by its Ministry of Foreign "
        "Affairs quoted by the state news agency that "
        '"blocking the harbour text only prolongs the dispute."'
    )
    assert speakers(extract(text)).get("blocking the harb"[:16]) == "PER"


def test_countries_listed_as_one_subject_each_judge_the_veto(
    extract: Callable[[str], Facts],
) -> None:
    text = VETOED + "After the vote, Peru, Fiji and Nepal condemned Chad for blocking the text."
    found = stances(extract(text))
    assert {("PER", "criticizes", "TCD"), ("FJI", "criticizes", "TCD")} <= found
    assert ("NPL", "criticizes", "TCD") in found
    # a ballot verb is no judgement
    assert not stances(extract(VETOED + "Peru and Fiji voted against the text."))


def test_the_reporting_verbs_of_meetings_coverage(extract: Callable[[str], Facts]) -> None:
    for verb in ("underscored", "underlined", "highlighted", "reaffirmed", "observed"):
        text = (
            VETOED + f'The representative of Peru {verb}: "No country may hold the rest hostage."'
        )
        assert speakers(extract(text)).get("No country may h") == "PER", verb


def test_a_transcript_with_stamped_labels_on_their_own_lines(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Chad vetoes harbour text Transcript\n\n"
        "Chad vetoed the draft resolution in the Security Council on Tuesday.\n\n"
        "Mara Quist (00:01):\n\n"
        "Diplomats met in New York, where Chad again vetoed the text. Peru's envoy, Ana "
        "Ruiz, called the move reckless.\n\n"
        "Ana Ruiz (00:31):\n\n"
        "Blocking this text leaves the harbour towns without help for another winter.\n\n"
        "Mara Quist (00:52):\n\n"
        "The council will meet again next month."
    )
    facts = extract(text)
    assert {"Mara Quist", "Ana Ruiz"} <= persons(facts)
    said = speakers(facts)
    assert said.get("Blocking this te") == "Ana Ruiz"
    # the reporter who introduces the speaker narrates: her turns are no one's quotes
    assert not any(who == "Mara Quist" for who in said.values())


COUNCIL_UNDATED = (
    "Council backs short peace text\n\n"
    "The Security Council adopted a short text calling for peace. Britain, France and "
    "Denmark abstained, while China and Russia voted in favour."
)


def test_an_unnamed_vote_whose_voters_are_a_known_vote_s_record_is_that_vote(
    extract: Callable[[str], Facts],
) -> None:
    # no day, count or title: the five votes reported are those of the official record of
    # one known Council vote, and of no other
    keys = {c.resolution.key for c in extract(COUNCIL_UNDATED).votes}
    assert keys == {"S/RES/2774 (2025)"}


def test_one_vote_against_the_record_keeps_the_vote_unknown(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_UNDATED.replace("China and Russia voted", "China and Panama voted against")
    keys = {c.resolution.key for c in extract(text).votes}
    assert keys and not any(key.startswith("S/RES/") for key in keys)
    # and a month and more after the article's date, no record is its vote either
    later = COUNCIL_UNDATED.replace(
        "Council backs short peace text\n\n", "Council text\n\nMay 5, 2025\n\n"
    )
    assert not any(c.resolution.matched for c in extract(later).votes)
