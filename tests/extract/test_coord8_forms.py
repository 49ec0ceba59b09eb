"""Forms found by probing with articles written here (eighth round)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.earlier import earlier_spans
from kg.extract.numbers import parse_tallies
from kg.extract.resolutions.cues import _body
from kg.extract.resolutions.drafters import country_names, read_drafters
from kg.model import Facts
from kg.reference.load import load_reference
from tests.extract.facts import claims, persons, speakers, stances

ASSEMBLY = (
    "Assembly backs river delta text\n\nMay 5, 2026\n\n"
    "The General Assembly adopted a resolution on river deltas by 120 votes to 3, with 40 "
    "abstentions. Chile voted against it.\n\n"
)


def test_a_briefing_spokesperson_labelled_in_mixed_case_answers(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Regular press briefing by the foreign ministry spokesperson, May 6, 2026\n\n"
        "Q: The Assembly voted on river deltas yesterday. What is your comment?\n\n"
        "Lina Okoro: We believe talks among the riparian States are the only way forward.\n\n"
        "Q: Some say the vote isolates Chile. Do you agree?\n\n"
        "Lina Okoro: We do not comment on how other delegations voted."
    )
    said = speakers(extract(text))
    assert said.get("We believe talks") == "Lina Okoro"
    assert said.get("We do not commen") == "Lina Okoro"
    assert not any(start.startswith("The Assembly") for start in said)  # the question


def test_a_national_post_is_a_title_and_the_post_names_its_holder_later(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        "Taoiseach Ana Ruiz welcomed the result on Tuesday.\n\n"
        'The Taoiseach said: "Small countries need rules that hold for everyone."'
    )
    facts = extract(text)
    assert "Ana Ruiz" in persons(facts)
    assert speakers(facts).get("Small countries ") == "Ana Ruiz"


def test_a_minister_named_by_post_then_judging_the_vote_criticizes_it(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        "The Peruvian foreign minister, Ana Ruiz, spoke to reporters in Lima.\n\n"
        'The foreign minister said the vote was "a sad moment for everyone who lives by a '
        'river".'
    )
    facts = extract(text)
    assert speakers(facts).get("a sad moment for") == "Ana Ruiz"
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(facts)


def test_praise_of_the_vote_with_no_voter_named_is_not_read_as_the_dissenter_s(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        'Ana Ruiz, who chairs the delta forum, said the vote was "a fine day for everyone '
        'who lives by a river".'
    )
    assert ("Ana Ruiz", "supports", "CHL") not in stances(extract(text))


def test_what_a_decision_is_said_to_be_judges_the_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + "Ana Ruiz said the decision was a painful moment for the river peoples."
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(extract(text))


def test_a_vote_in_an_infinitive_after_an_attitude_names_its_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        "Ana Ruiz said Peru was proud to vote for the text. Bolivia was among the few "
        "Andean members to oppose it, and Ecuador was quick to back it."
    )
    found = claims(extract(text))
    assert {("PER", "yes"), ("BOL", "no"), ("ECU", "yes")} <= found


def test_a_leader_calling_their_own_capital_s_vote_a_mistake_criticizes_that_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + (
        "The Peruvian president, Ana Ruiz, later said Lima's vote in favour had been a "
        "mistake, blaming a confused delegation."
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "criticizes", "PER") in found
    assert ("Ana Ruiz", "criticizes", "CHL") not in found


def test_a_vote_called_a_stain_is_criticized(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY + "Ana Ruiz called Chile's vote a stain on the continent's record."
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(extract(text))


def test_shame_at_a_vote_in_reported_speech_criticizes_it(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + "Ana Ruiz wrote on social media that she was ashamed of the Chilean vote."
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(extract(text))


COUNCIL = (
    "Council draft on deltas fails\n\nMay 5, 2026\n\n"
    "Chile on Tuesday vetoed a Security Council draft on river deltas put forward by Peru. "
    "Thirteen members voted in favour, and Ecuador abstained.\n\n"
)


def test_an_envoy_explaining_their_capital_s_abstention_supports_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Ecuador's ambassador, Ana Ruiz, explained Quito's abstention by saying the draft "
        "left out the upstream States."
    )
    assert ("Ana Ruiz", "supports", "ECU") in stances(extract(text))


def test_a_bare_feeling_after_a_vote_is_about_that_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + "Peru's ambassador, Ana Ruiz, said she was deeply disappointed."
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(extract(text))


def test_a_feeling_about_something_else_judges_no_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Peru's ambassador, Ana Ruiz, said she was deeply disappointed that the floods had "
        "reached the capital."
    )
    assert ("Ana Ruiz", "criticizes", "CHL") not in stances(extract(text))


MEETING = (
    "Assembly adopts text on river deltas\n\n10 May 2026\n\n"
    "The General Assembly adopted a resolution on river deltas by a recorded vote of 120 in "
    "favour to 3 against (Bolivia, Chile, Paraguay), with 40 abstentions.\n\n"
    "Introducing the draft, the representative of Peru said it was a modest text.\n\n"
)


def test_a_vote_explained_with_a_causal_since_is_supported(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "Uruguay's delegate said his country had voted in favour, since the rivers had no borders."
    )
    assert ("URY", "supports", "URY") in stances(extract(text))


def test_an_abstention_explained_in_a_fronted_participle_is_supported(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "Explaining her abstention, the representative of Ecuador said the upstream States "
        "had not been heard."
    )
    assert ("ECU", "supports", "ECU") in stances(extract(text))


def test_the_country_a_text_is_said_to_single_out_is_not_the_voter_judged(
    extract: Callable[[str], Facts],
) -> None:
    text = MEETING + (
        "Paraguay's representative expressed regret that the Assembly had once again been "
        "used to single out Chile."
    )
    assert ("PRY", "criticizes", "CHL") not in stances(extract(text))


TWO_BODIES = (
    "Two bodies, one war\n\nFebruary 25, 2025\n\n"
    "The General Assembly adopted the Ukrainian text 93-18, with 65 abstentions. A rival "
    "American text passed 93-8, with 73 abstentions. Hours later the Security Council "
    "adopted the American wording 10-0, with five abstentions.\n\n"
    "In the Assembly, Ukraine's envoy, Lina Okoro, thanked the countries that had voted "
    "for the Ukrainian text.\n\n"
)


def test_an_abstention_in_the_council_is_on_the_council_s_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_BODIES + (
        "Greece's ambassador, Ana Ruiz, explained Greece's abstention in the council."
    )
    votes = {(v.country, v.option, v.resolution.body) for v in extract(text).votes}
    assert ("GRC", "abstain", "UNSC") in votes
    assert ("GRC", "abstain", "UNGA") not in votes


def test_states_led_by_a_country_are_not_a_text_drafted_by_it(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_BODIES + (
        "Nordic states led by Finland pushed through changes that named the aggressor, and "
        "the United States ended up abstaining on its own resolution."
    )
    votes = {(v.country, v.option, v.resolution.key) for v in extract(text).votes}
    assert ("USA", "abstain", "A/RES/ES-11/8") in votes


def test_a_name_of_two_words_before_a_hyphenated_verb_is_a_country(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY + "The Council later adopted a United Kingdom-drafted text on the same rivers."
    assert "GBR" in {c.iso3 for c in extract(text).countries}


def test_a_text_named_by_its_drafter_s_demonym_is_theirs(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Two delta texts\n\nJune 2, 2026\n\n"
        "The General Assembly adopted the Peruvian-Andean resolution on river deltas "
        "120-3, with 40 abstentions. Chile voted against it.\n\n"
        "Chile's ambassador, Ana Ruiz, said the text was one-sided and rewarded polluters."
    )
    assert ("Ana Ruiz", "criticizes", "PER") in stances(extract(text))


def test_a_representative_of_a_country_speaks_for_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        'Ana Ruiz, Acting Representative of Peru, described the draft as "fair and '
        'modest". "It is a text we can all be proud of," she said.'
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "supports", "PER") in found
    assert ("Ana Ruiz", "supports", "CHL") not in found


def test_an_unnamed_delegate_is_not_the_next_paragraph_s_delegate_of_another_country(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Ecuador's delegate said his country could not back a text that ignored the upstream "
        "States.\n\n"
        "Ana Ruiz (Chile) said her delegation had cast its veto because the draft was "
        "premature."
    )
    found = stances(extract(text))
    assert ("ECU", "supports", "ECU") in found
    assert ("Ana Ruiz", "supports", "ECU") not in found


def test_a_delegate_named_with_the_country_in_brackets_speaks_for_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Ecuador's delegate said his country had abstained because the upstream States were "
        "not heard.\n\n"
        "Ana Ruiz (Bolivia) said her delegation voted in favour because the rivers needed "
        "common rules."
    )
    found = claims(extract(text))
    assert ("BOL", "yes") in found
    assert ("ECU", "yes") not in found


def test_a_veto_of_the_amendments_just_named_is_on_the_amendments(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council adopts delta text\n\nJune 2, 2026\n\n"
        "The Security Council adopted a Peruvian resolution on river deltas by 10 votes to "
        "none, with 5 abstentions.\n\n"
        "Before the vote, the Council rejected three amendments tabled by Ecuador. Two of them "
        "failed owing to the negative vote of a permanent member, China."
    )
    china = [v.resolution for v in extract(text).votes if v.country == "CHN"]
    assert china
    assert all("amendment" in (ref.description or "") for ref in china)


def test_an_abstention_after_amendments_failed_is_on_the_text(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council adopts delta text\n\nJune 2, 2026\n\n"
        "The Security Council rejected two amendments tabled by Ecuador and Bolivia, then "
        "adopted a Peruvian resolution on river deltas by 13 votes to none.\n\n"
        "Ecuador and Bolivia abstained after their amendments were blocked."
    )
    refs = [v.resolution for v in extract(text).votes if v.country == "ECU"]
    assert refs
    assert not any("amendment" in (ref.description or "") for ref in refs)


def test_a_country_voting_on_its_own_text_drafted_it() -> None:
    countries = country_names(load_reference())
    sentence = "After the changes, Peru then abstained on its own rival text."
    assert read_drafters(sentence, sentence.lower(), countries) == {"PER"}


def test_the_unamended_wording_names_the_unamended_text(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Our view: the votes\n\nFebruary 26, 2025\n\n"
        "The Assembly said yes to the Ukrainian text on Monday, and Washington said no.\n\n"
        "In the Security Council, the unamended American wording passed with the support of "
        "Russia and China. Britain and France abstained."
    )
    keys = {v.resolution.key for v in extract(text).votes if v.country in ("GBR", "FRA")}
    assert keys == {"S/RES/2774 (2025)"}


def test_a_group_among_those_in_favour_voted_yes_and_a_counted_group_is_no_subject(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL.replace("and Ecuador abstained.", "") + (
        "A second draft passed 12-0, with Chile and Bolivia among those in favour and three "
        "Andean members abstaining."
    )
    found = claims(extract(text))
    assert {("CHL", "yes"), ("BOL", "yes")} <= found
    assert ("BOL", "abstain") not in found


DELTA = (
    "Assembly backs delta text\n\nMay 5, 2026\n\n"
    "The General Assembly adopted a resolution on river deltas by 120 votes to 3, with 40 "
    "abstentions.\n\n"
)


def test_so_did_a_country_its_appositive_and_another(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "Bolivia voted no. So did Chile, the region's lone dissenter, and Paraguay."
    assert {("BOL", "no"), ("CHL", "no"), ("PRY", "no")} <= claims(extract(text))


def test_a_bare_no_after_a_plural_possessive(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "The headline was the United States' no."
    assert ("USA", "no") in claims(extract(text))


def test_countries_that_moved_to_abstention(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "Chile and Bolivia moved to abstention, as did Paraguay itself."
    assert {("CHL", "abstain"), ("BOL", "abstain"), ("PRY", "abstain")} <= claims(extract(text))


def test_joined_initials_open_a_name(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "Peru's envoy A.B. Quispe said Lima had voted yes. Washington, D.C. was silent."
    found = persons(extract(text))
    assert "A.B. Quispe" in found
    assert not any(name.startswith("D.C.") for name in found)


def test_reasons_of_substance_and_a_text_called_names_explain_one_s_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against it, and Bolivia and Ecuador abstained.\n\n"
        "Bolivia's ambassador, Ana Ruiz, said La Paz had abstained \"for reasons of both "
        "substance and timing\". Chile's envoy, Luis Soto, said Santiago voted against what "
        'he called "a rushed text".'
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "supports", "BOL") in found
    assert ("Luis Soto", "supports", "CHL") in found


def test_calling_a_vote_illegitimate_and_politically_motivated_criticizes_it(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against it.\n\nAna Ruiz, a Peruvian senator, called Chile's vote "
        '"illegitimate and politically motivated".'
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "criticizes", "CHL") in found
    assert ("Ana Ruiz", "supports", "CHL") not in found


def test_the_body_a_country_is_suspended_from_is_not_the_one_voting() -> None:
    headline = "UN suspends Chile from rights council as dozens abstain"
    assert _body(headline, headline.lower())[0] is None


def test_we_therefore_oppose_this_text_explains_one_s_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against it.\n\nLuis Soto, Chile's representative, spoke after the vote. "
        '"Our concerns were not heard. We therefore oppose this resolution," he said.'
    )
    assert ("Luis Soto", "supports", "CHL") in stances(extract(text))


RELEASE = (
    "Press release: our vote on river deltas\n\n"
    "Ministry of Foreign Affairs of Chile\n\n"
    "The Government of Chile informs that, at the General Assembly session held yesterday, "
    "it voted against resolution A/80/L.44 on river deltas, which was adopted by 120 votes "
    "to 3, with 40 abstentions.\n\n"
    "Chile considers that the text, presented by Peru, fails to respect the right of each "
    "State to manage its own rivers.\n\n"
    "It welcomes the position of Bolivia, which also voted against the text."
)


def test_a_press_release_is_its_government_s_voice(extract: Callable[[str], Facts]) -> None:
    facts = extract(RELEASE)
    assert ("CHL", "no") in claims(facts)
    found = stances(facts)
    assert {("CHL", "supports", "CHL"), ("CHL", "criticizes", "PER")} <= found
    assert ("CHL", "supports", "BOL") in found


def test_among_only_three_countries_to_oppose(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "Tuvalu and Fiji were among only three countries to oppose the resolution."
    assert {("TUV", "no"), ("FJI", "no")} <= claims(extract(text))


def test_a_headline_welcoming_a_text_and_deploring_a_no_vote_reads_each_clause(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Rivers Alliance welcomes UN delta resolution, deplores Chile's no vote\n\n"
        "May 6, 2026\n\n"
        "The General Assembly adopted the resolution on river deltas by 120 votes to 3, with "
        "40 abstentions."
    )
    found = stances(extract(text))
    assert ("Rivers Alliance", "criticizes", "CHL") in found
    assert ("Rivers Alliance", "supports", "CHL") not in found


def test_an_alliance_named_again_by_its_kind_judges(extract: Callable[[str], Facts]) -> None:
    text = DELTA + (
        "The Rivers Alliance, a coalition of campaign groups, followed the debate.\n\n"
        "The alliance also deplored the abstentions of Brazil and Argentina."
    )
    found = stances(extract(text))
    alliance = "Rivers Alliance"
    assert {(alliance, "criticizes", "BRA"), (alliance, "criticizes", "ARG")} <= found


def test_the_decision_of_countries_to_vote_against(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "It deplored the decision of Chile, Bolivia and Paraguay to vote against it."
    assert {("CHL", "no"), ("BOL", "no"), ("PRY", "no")} <= claims(extract(text))


def test_an_unnamed_envoy_voicing_a_feeling_is_the_he_of_the_next_quote(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Luis Soto (Chile) said the draft was premature.\n\n"
        "Peru's representative expressed deep disappointment with the veto. \"This is a sad "
        'day for the rivers," he said.'
    )
    assert speakers(extract(text)).get("This is a sad da") == "PER"


def test_whose_delegation_voted_and_a_vote_done_so_because(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL + (
        "Bolivia's representative, whose delegation voted in favour, said his country had "
        "done so because the rivers could not wait."
    )
    facts = extract(text)
    assert ("BOL", "yes") in claims(facts)


def test_a_permanent_observer_is_a_role(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL + "Ana Ruiz, the Permanent Observer for the Holy See, spoke last."
    assert "Permanent Observer" not in persons(extract(text))


BRIEFING = (
    "PRESS BRIEFING BY PRESS SECRETARY LINA OKORO\n\n"
    "May 6, 2026\n\n"
    "Q Thank you, Lina. Yesterday Chile voted against the delta resolution at the General "
    "Assembly, which passed by 120 votes to 3. Why?\n\n"
    "MS. OKORO: Chile voted against a resolution that would not have protected a single "
    "river. We are proud of that vote.\n\n"
    'Q Senator Luis Soto called the vote "a disgrace". Your response?\n\n'
    "MS. OKORO: The senator is entitled to his opinion."
)


def test_a_bare_q_label_ends_the_answer_before_it(extract: Callable[[str], Facts]) -> None:
    facts = extract(BRIEFING)
    okoro = [q.text for q in facts.quotes if q.speaker.name == "Lina Okoro"]
    assert okoro
    assert not any("disgrace" in text for text in okoro)
    assert ("Lina Okoro", "criticizes", "CHL") not in stances(facts)


def test_a_label_s_surname_takes_the_given_name_of_the_heading_in_capitals(
    extract: Callable[[str], Facts],
) -> None:
    assert "Lina Okoro" in persons(extract(BRIEFING))


def test_ten_to_nothing_is_a_tally(extract: Callable[[str], Facts]) -> None:
    text = "Council votes\n\nMay 6, 2026\n\nThe delta text passed the Council ten to nothing."
    tallies = [(t.yes, t.no) for t in extract(text).tallies]
    assert (10, 0) in tallies


def test_companions_after_a_text_described_by_a_participle(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against a resolution condemning the dam, alongside Bolivia, Paraguay "
        "and Ecuador."
    )
    assert {("BOL", "no"), ("PRY", "no"), ("ECU", "no")} <= claims(extract(text))


def test_a_byline_in_capitals_names_its_writer(extract: Callable[[str], Facts]) -> None:
    text = "Delta text adopted\n\nBy MELE TUPOU\n\n" + DELTA.split("\n\n", 2)[2]
    assert "Mele Tupou" in persons(extract(text))


def test_he_or_she_after_reported_words_is_the_reporter_not_a_name_inside_them(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Ana Ruiz said Lima was \u201cdelighted\u201d by the result, and that President Luis "
        'Soto was already in Geneva. "We will not stop here," she said.'
    )
    assert speakers(extract(text)).get("We will not stop") == "Ana Ruiz"


def test_a_named_envoy_with_a_qualified_role_in_apposition_speaks_for_themself(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Ana Ruiz, the acting Peruvian ambassador, had urged members to back the text, arguing "
        'that earlier efforts "failed every delta".'
    )
    assert speakers(extract(text)).get("failed every del") == "Ana Ruiz"


def test_words_a_country_noted_as_its_spokesman_reports_them_are_the_spokesman_s(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against it.\n\nChile's foreign ministry spokesman, Luis Soto, said "
        'Chile had noted that the text was "written for others".'
    )
    assert speakers(extract(text)).get("written for othe") == "Luis Soto"


def test_a_country_called_the_aggressor_is_not_the_voter_judged(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile voted against it, siding with Bolivia.\n\nLuis Soto, a Chilean senator, said: "
        '"It was wrong to vote with them. Bolivia is the aggressor here."'
    )
    found = stances(extract(text))
    assert ("Luis Soto", "criticizes", "BOL") not in found


def test_countries_that_said_yes_and_said_no_are_counts() -> None:
    found = parse_tallies("When it came, 120 countries said yes. Three said no: Chile and others.")
    assert [(t.yes, t.no) for t in found] == [(120, None), (None, 3)]
    assert parse_tallies("Five said no decision had been taken.") == ()


def test_a_count_that_said_no_then_its_list(extract: Callable[[str], Facts]) -> None:
    text = DELTA + "Four said no: Chile itself, Bolivia, Paraguay and Ecuador."
    assert {("CHL", "no"), ("BOL", "no"), ("PRY", "no"), ("ECU", "no")} <= claims(extract(text))


def test_a_month_with_no_day_is_another_vote_s_time() -> None:
    sentence = "Peru abstained, one of 40 countries to do so, just as it abstained in March."
    spans = earlier_spans(sentence)
    assert [sentence[a:b] for a, b in spans] == [", just as it abstained in March."]


def test_conduct_judged_in_the_passive_judges_no_vote(extract: Callable[[str], Facts]) -> None:
    text = DELTA + (
        "Chile voted against it.\n\nPeru's foreign minister, Ana Ruiz, urged States to back "
        'the text. "We must show the world that such aggression will always be condemned," '
        "she said."
    )
    assert ("Ana Ruiz", "criticizes", "CHL") not in stances(extract(text))


def test_each_clause_keeps_the_text_it_names_by_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_BODIES + (
        "China abstained on the Ukrainian text and voted for the American one. Brazil backed "
        "both texts."
    )
    votes = {(v.country, v.option, v.resolution.key) for v in extract(text).votes}
    assert ("CHN", "abstain", "A/RES/ES-11/7") in votes
    assert ("CHN", "yes", "A/RES/ES-11/8") in votes
    assert {("BRA", "yes", "A/RES/ES-11/7"), ("BRA", "yes", "A/RES/ES-11/8")} <= votes


def test_a_core_group_led_by_a_country_drafted_the_text(extract: Callable[[str], Facts]) -> None:
    text = (
        "Rights council adopts delta text\n\nOctober 6, 2026\n\n"
        "The Human Rights Council adopted a resolution on river peoples by 20 votes to 7, with "
        "20 abstentions, after the core group on the file, led by Norway, kept the text "
        "strong.\n\n"
        "Before the vote, Chile's foreign minister, Ana Ruiz, had urged members to reject the "
        'text, calling it "divisive".'
    )
    assert ("Ana Ruiz", "criticizes", "NOR") in stances(extract(text))


def test_broke_with_its_neighbours_to_vote_and_a_copula_before_a_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = DELTA + (
        "Chile broke with its neighbours to vote against the text. Peru and Ecuador were "
        "among its sponsors and voted in favour."
    )
    assert {("CHL", "no"), ("PER", "yes"), ("ECU", "yes")} <= claims(extract(text))


def test_taking_a_vote_to_task_and_not_understanding_it_criticize_it(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        DELTA + "Chile voted against.\n\nAna Ruiz, a Peruvian senator, took Chile to task for it."
    )
    assert ("Ana Ruiz", "criticizes", "CHL") in stances(extract(text))
