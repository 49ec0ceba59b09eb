"""Forms found by reading the misses of held-out real reporting (twelfth round): a count
too large for the body the article names, "voted to adopt", counted groups with their
examples, a leader's "his country", persons who judge a vote together."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.numbers import parse_tallies
from kg.extract.resolutions.cues import Cues
from kg.model import Facts
from tests.extract.facts import claims, extractor_with, persons, record, stances

PERU_DRAFT = (
    "Council rejects a harbour text\n\nMarch 3, 2026\n\n"
    "The Security Council on Tuesday failed to adopt a Peruvian draft on the harbour, by "
    "13 votes in favour to 1 against (Chad), with 1 abstention (Fiji).\n\n"
)
COUNCIL_VOTE = (
    "Council vote on the harbour\n\nMarch 3, 2026\n\n"
    "The Security Council voted on Tuesday on a draft resolution on the harbour.\n\n"
)


def test_a_count_too_large_for_the_council_is_the_assembly_s_vote() -> None:
    # the undated report calls the Assembly's vote the Council's: 153 voters cannot be
    # the Council's fifteen, so the counts name the Assembly's vote
    extractor = extractor_with(
        record("A/RES/85/40", "UNGA", "2031-03-03", "Shared lake basin", (101, 12, 40)),
        record("S/RES/2901 (2031)", "UNSC", "2031-03-03", "Shared lake basin", (10, 0, 5)),
    )
    facts = extractor.extract(
        "Lake vote splits the region\n\n"
        "The Security Council's resolution was approved with 101 votes, "
        "12 against and 40 abstentions, Chad among the abstentions."
    )
    assert {t.resolution.key for t in facts.tallies} == {"A/RES/85/40"}
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "A/RES/85/40")}


def test_voted_to_adopt_tells_the_adopted_text_from_a_failed_one() -> None:
    # the failed draft's title shares more words with the sentence; "voted to adopt"
    # says the text passed
    adopted = record("S/RES/2950 (2031)", "UNSC", "2031-03-03", "Harbour of the lake", (12, 0, 3))
    failed = record(
        "S/2031/300",
        "UNSC",
        "2031-05-10",
        "Harbour of the lake: fishing quotas and patrols",
        (7, 2, 6),
        adopted=False,
    )
    facts = extractor_with(adopted, failed).extract(
        "Council acts on the lake\n\nIn 2031 the Security Council voted to adopt a resolution "
        "on fishing quotas and patrols in the harbour of the lake, with Chad abstaining."
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "S/RES/2950 (2031)")}


def test_a_counted_group_with_its_examples_and_no_commas(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "The text won 10 votes in favour, while five members including "
        "Chad and Fiji abstained."
    )
    assert {("TCD", "abstain"), ("FJI", "abstain")} <= claims(facts)
    assert [(t.yes, t.abstain) for t in facts.tallies] == [(10, 5)]


def test_a_list_after_a_count_and_a_preposition_is_not_the_subject(
    extract: Callable[[str], Facts],
) -> None:
    # "along with 17 countries including Chad": Chad is named in passing
    facts = extract(COUNCIL_VOTE + "Fiji voted no along with 17 countries including Chad.")
    assert claims(facts) == {("FJI", "no")}


def test_a_leader_s_country_is_the_one_their_title_names(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "Chilean President Ana Ruiz drew fire at home after her country "
        "abstained, weeks after a warm visit to Lima (Peru)."
    )
    assert claims(facts) == {("CHL", "abstain")}


def test_a_leader_who_is_criticized_for_the_vote_says_nothing_of_it(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "Chilean President Ana Ruiz drew fire at home after her country "
        "abstained on the resolution."
    )
    assert not any(actor == "Ana Ruiz" for actor, _, _ in stances(facts))


def test_a_leader_who_defends_the_vote_speaks_for_the_country(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "Chile abstained. Chilean President Ana Ruiz defended the abstention "
        "as the only sensible course."
    )
    assert ("Ana Ruiz", "supports", "CHL") in stances(facts)


def test_two_persons_who_judge_a_vote_together_each_judge_it(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Party leader Ana Ruiz and her colleague and former minister Carlos "
        'Vega called the Chadian vote "regrettable" and "a disgrace".'
    )
    found = stances(facts)
    assert ("Ana Ruiz", "criticizes", "TCD") in found
    assert ("Carlos Vega", "criticizes", "TCD") in found


def test_a_person_met_by_the_critic_is_no_critic(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_DRAFT + 'Ana Ruiz met Carlos Vega, who called the Chadian vote "shameful".'
    )
    found = stances(facts)
    assert ("Carlos Vega", "criticizes", "TCD") in found
    assert not any(actor == "Ana Ruiz" for actor, _, _ in found)


def test_an_organization_named_again_by_what_it_is_speaks(
    extract: Callable[[str], Facts],
) -> None:
    said = '"Members who stood aside have failed the fishermen of the harbour,"'
    for text, speaker in (
        (f"Amnesty International criticized the vote. {said} the group said.", "Amnesty"),
        (f"The Wall Street Journal faulted Chad. {said} the Journal wrote.", "The Wall"),
        (f"The Wall Street Journal faulted Chad. {said} the board wrote.", "The Wall"),
    ):
        facts = extract(PERU_DRAFT + text)
        assert [q.speaker.name.startswith(speaker) for q in facts.quotes] == [True], text


def test_the_group_is_no_government_body(extract: Callable[[str], Facts]) -> None:
    # "the group" after only a ministry names no one
    facts = extract(
        PERU_DRAFT + "The Chadian Foreign Ministry defended the vote. "
        '"We stand by our position on the harbour and always will," the group said.'
    )
    assert not any(q.speaker.kind == "organization" for q in facts.quotes)


def test_a_capitalised_pair_after_the_names_a_thing(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_DRAFT + "Ana Ruiz set out her view in an article in the Lima Gazette. "
        "Aid reached the Harbour District on Monday."
    )
    assert persons(facts) == {"Ana Ruiz"}


def test_a_legislature_before_a_name_is_no_part_of_it(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_DRAFT + "The chairman of the Knesset Ana Ruiz said the Chadian vote was a disgrace."
    )
    assert "Ana Ruiz" in persons(facts)
    assert ("Ana Ruiz", "criticizes", "TCD") in stances(facts)


def test_the_day_an_article_was_published_is_not_the_day_of_the_vote() -> None:
    sentence = (
        "Peru's decision to veto the resolution on a tribunal for the harbour collision was "
        "right, Ana Ruiz wrote in an essay published in the Lima Gazette on Monday."
    )
    cues = Cues.read(sentence, "2031-08-11", parse_tallies(sentence), {})
    assert cues.day is None
    said = sentence.replace("wrote in an essay published in the Lima Gazette", "said")
    assert Cues.read(said, "2031-08-11", parse_tallies(said), {}).day is None
    held = "The Council vetoed the resolution on the harbour collision on Monday."
    assert Cues.read(held, "2031-08-11", parse_tallies(held), {}).day == "2031-08-11"


def test_a_counted_group_with_its_members_in_brackets(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "The text was supported by 11 Council members, 3 countries "
        "[Chad, Fiji and Peru] abstained."
    )
    assert claims(facts) == {("TCD", "abstain"), ("FJI", "abstain"), ("PER", "abstain")}
    assert [(t.yes, t.abstain) for t in facts.tallies] == [(11, 3)]


def test_an_unqualified_secretary_of_state_is_the_united_states(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "The United States abstained. Secretary of State Ana Ruiz said the "
        "United States was abstaining to give talks on the harbour time to work."
    )
    roles = {r.label: r.jurisdiction for p in facts.persons for r in p.roles}
    assert roles == {"Secretary of State": "USA"}
    assert ("Ana Ruiz", "supports", "USA") in stances(facts)


def test_an_abstainer_who_endorses_the_text_supports_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Fiji's ambassador Ana Ruiz endorsed the basic content of the "
        'Peruvian draft, saying "this text is a step toward our goals."'
    )
    assert ("Ana Ruiz", "supports", "PER") in stances(facts)


def test_verbs_of_reproach_and_approval_judge(extract: Callable[[str], Facts]) -> None:
    for verb, side in (
        ("lambasted", "criticizes"),
        ("rebuked", "criticizes"),
        ("lauded", "supports"),
    ):
        facts = extract(PERU_DRAFT + f"Senator Ana Ruiz {verb} the Chadian vote against the text.")
        assert ("Ana Ruiz", side, "TCD") in stances(facts), verb


def test_the_ally_left_in_the_lurch_is_not_the_one_judged(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "Fiji voted for the text. Opposition leader Ana Ruiz said the vote "
        'meant the government had "abandoned a key democratic ally in Peru".'
    )
    found = stances(facts)
    assert ("Ana Ruiz", "criticizes", "FJI") in found
    assert not any(voter == "PER" for _, _, voter in found)


def test_an_envoy_explaining_a_yes_vote_supports_it(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "Fiji voted for the text. Fiji's ambassador Ana Ruiz said the vote "
        '"reflects our resolve to keep the harbour open to all".'
    )
    assert ("Ana Ruiz", "supports", "FJI") in stances(facts)


def test_an_envoy_on_another_matter_after_a_yes_takes_no_side(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "Fiji voted for the text. Fiji's ambassador Ana Ruiz said the storm "
        '"has left the harbour in ruins".'
    )
    assert not any(actor == "Ana Ruiz" for actor, _, _ in stances(facts))


def test_a_comments_heading_over_reported_reactions_is_part_of_the_report(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + 'Comments\n\nOpposition leader Ana Ruiz said: "The Chadian vote was a '
        'disgrace to the whole region."'
    )
    assert ("Ana Ruiz", "criticizes", "TCD") in stances(facts)
    prompt = extract(PERU_DRAFT + "Comments\n\nBe the first to comment on this story.")
    assert prompt.persons == ()


def test_a_count_with_its_examples_in_brackets(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "Twelve members voted in favour of the text, and two (including Chad "
        "and Fiji) voted against it."
    )
    assert claims(facts) == {("TCD", "no"), ("FJI", "no")}
    assert [(t.yes, t.no) for t in facts.tallies] == [(12, 2)]


def test_a_president_elect_is_no_name(extract: Callable[[str], Facts]) -> None:
    facts = extract(PERU_DRAFT + "Make up your mind, Mr. President-elect: is it yes or no?")
    assert persons(facts) == set()


def test_a_text_named_by_its_drafter_is_the_one_named_last() -> None:
    # the same country drafted the Assembly's text and the Council's of the same day; the
    # words after the Council's vote are about the Council's
    extractor = extractor_with(
        record("A/RES/85/60", "UNGA", "2031-03-03", "Peace on the lake", (90, 8, 60)),
        record("S/RES/2960 (2031)", "UNSC", "2031-03-03", "Peace on the lake", (10, 0, 5)),
    )
    facts = extractor.extract(
        "Two votes on the lake\n\nMarch 4, 2031\n\nOn Monday the General Assembly adopted a "
        "US-drafted text on peace on the lake by 90 votes to 8, with Chad abstaining.\n\n"
        "That afternoon the Security Council adopted the US draft on the lake by 10 votes to "
        "none, with 5 abstentions.\n\nRussia's ambassador Ivan Petrov said the US resolution "
        'was "a step in the right direction".'
    )
    found = {
        (s.holder.name, s.target.voter, s.target.resolution.key if s.target.resolution else None)
        for s in facts.stances
    }
    assert found == {("Ivan Petrov", "USA", "S/RES/2960 (2031)")}


def test_a_step_towards_peace_is_praise_in_either_spelling(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Peru's ambassador Ana Ruiz said her country's draft was "
        '"a simple first step towards peace".'
    )
    assert ("Ana Ruiz", "supports", "PER") in stances(facts)


def test_an_explanation_of_vote_speaks_for_the_country_whose_votes_it_explains() -> None:
    extractor = extractor_with(
        record("S/RES/2960 (2031)", "UNSC", "2031-03-03", "Peace on the lake", (10, 0, 5))
    )
    facts = extractor.extract(
        "Explanation of Vote by Ambassador Ana Ruiz on the Security Council Draft on the Lake\n\n"
        "3 March 2031\n\nColleagues,\n\nThe way Chile cast its votes on the draft and on the "
        "amendments from Peru and Fiji reflects our steady view of the lake dispute."
    )
    found = {
        (s.holder.name, s.polarity, s.target.voter, s.target.resolution.key)
        for s in facts.stances
        if s.target.resolution
    }
    assert found == {("Ana Ruiz", "supports", "CHL", "S/RES/2960 (2031)")}


def test_the_body_s_vote_of_the_article_s_own_day_is_its_news() -> None:
    extractor = extractor_with(
        record("S/RES/2960 (2031)", "UNSC", "2031-03-03", "Peace on the lake", (10, 0, 5)),
        record("S/RES/2950 (2031)", "UNSC", "2031-02-20", "Peace on the lake", (15, 0, 0)),
    )
    facts = extractor.extract(
        "Council acts on the lake\n\n3 March 2031\n\nThe Security Council adopted a text on "
        "the dispute, with Chad abstaining."
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "S/RES/2960 (2031)")}


def test_a_judgement_of_a_person_is_no_judgement_of_a_vote(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "The vote followed a shift in policy, after President Carlos Vega "
        "harshly criticized Peruvian President Ana Ruiz and adopted the Chadian stance."
    )
    assert stances(facts) == set()
    grounds = extract(PERU_DRAFT + "Senator Carlos Vega criticized Ana Ruiz for the Chadian vote.")
    assert ("Carlos Vega", "criticizes", "TCD") in stances(grounds)


def test_he_is_the_subject_before_not_the_person_beside_him(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "After the vote, Carlos Vega spoke at a press conference alongside "
        'Chilean President Ana Ruiz. He added that talks had been "very productive".'
    )
    assert [q.speaker.name for q in facts.quotes] == ["Carlos Vega"]


TWO_WAY = (
    "Council fails on the harbour\n\n"
    "Talks on the harbour have stalled. Our correspondent Ana Ruiz has been following the "
    "vote. Ana, thanks for joining us.\n\n"
    "ANA RUIZ, BYLINE: Good morning, Ben.\n\n"
    "BEN COLE: Why bring a text to a vote if everyone knew Chad would block it?\n\n"
    "RUIZ: Well, Peru wanted every member on the record. Listen to what its ambassador, "
    "Carlos Vega, said before the vote.\n\n"
    "CARLOS VEGA: There is no middle ground on the harbour.\n\n"
    "RUIZ: And that was aimed at Fiji, which abstained.\n\n"
)


def test_a_correspondent_answering_a_host_is_quoted(extract: Callable[[str], Facts]) -> None:
    said = {q.text[:12]: q.speaker.name for q in extract(TWO_WAY).quotes}
    assert said == {
        "Good morning": "Ana Ruiz",
        "Well, Peru w": "Ana Ruiz",
        "There is no ": "Carlos Vega",
        "And that was": "Ana Ruiz",
    }


def test_a_reporter_narrating_a_package_is_not_quoted(extract: Callable[[str], Facts]) -> None:
    package = TWO_WAY.replace(
        "BEN COLE: Why bring a text to a vote if everyone knew Chad would block it?\n\n", ""
    ).replace("Ana, thanks for joining us.", "Here is her report.")
    said = {q.text[:12]: q.speaker.name for q in extract(package).quotes}
    assert said == {"There is no ": "Carlos Vega"}


def test_a_fragment_after_a_choice_of_words_is_the_chooser_s(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + 'Senator Carlos Vega called the Chadian vote "unfortunate," while '
        'Senator Ana Ruiz chose the word "shameful."'
    )
    assert {q.text.rstrip(",."): q.speaker.name for q in facts.quotes} == {
        "unfortunate": "Carlos Vega",
        "shameful": "Ana Ruiz",
    }
    found = stances(facts)
    assert {("Carlos Vega", "criticizes", "TCD"), ("Ana Ruiz", "criticizes", "TCD")} <= found


def test_a_word_for_someone_else_s_remarks_is_the_speaker_s(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Senator Carlos Vega called Defense Secretary Ana Ruiz's comments on "
        'the harbour a "rookie mistake."'
    )
    assert [q.speaker.name for q in facts.quotes] == ["Carlos Vega"]


def test_wishing_for_an_aye_criticizes_the_vote_cast(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_DRAFT + "\"I think we should have voted 'aye',\" said Chad's opposition leader "
        "Omar Sule."
    )
    assert ("Omar Sule", "criticizes", "TCD") in stances(facts)


def test_naming_the_aggressor_judges_no_vote(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_DRAFT + '"I have been very clear on who the aggressors are," Senator Ana Ruiz said.'
    )
    assert stances(facts) == set()


def test_an_undated_vote_described_by_its_subject_and_told_apart_by_the_record(
    extract: Callable[[str], Facts],
) -> None:
    # the bundled record: the United States voted against the Assembly's 2025 text and for
    # its 2022 one, both condemning Russian aggression
    facts = extract(
        "Senators uneasy over the American vote\n\n"
        "The U.S. vote against a UN resolution condemning Russian aggression is a new "
        "point of friction in Washington."
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("USA", "A/RES/ES-11/7")}


PERU_GOVERNMENT_TEXT = (
    "Council adopts a harbour text\n\nMarch 3, 2026\n\n"
    "The Security Council on Tuesday adopted a Peruvian government resolution on the harbour "
    "by 12 votes in favour to none, with 3 abstentions (Chad, Fiji and Ghana).\n\n"
)


def test_an_envoy_speaking_out_against_the_text_criticizes_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_GOVERNMENT_TEXT + "Chad's ambassador, Omar Sule, spoke out clearly against the "
        'resolution: "There can be no peace on the harbour without its people," he said.'
    )
    assert ("Omar Sule", "criticizes", "PER") in stances(facts)


def test_a_drafter_s_envoy_on_the_own_text_promotes_it(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        PERU_GOVERNMENT_TEXT + "Peru's ambassador Ana Ruiz said: \"This resolution puts the "
        'harbour back on the road to calm."'
    )
    assert ("Ana Ruiz", "supports", "PER") in stances(facts)


def test_presenting_the_text_the_envoy_named_by_possessive_drafted_it(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        "Rights council backs harbour text\n\nMarch 3, 2026\n\n"
        "The Human Rights Council passed a resolution on the harbour by 23 votes to 19, "
        "with 3 abstentions.\n\nPresenting the text, Peru's ambassador Ana Ruiz said that "
        '"no fisherman should be driven from the harbour."'
    )
    assert ("Ana Ruiz", "supports", "PER") in stances(facts)


def test_a_voting_list_after_an_epithet_and_along_with(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "Voting against were veto-wielding Russia and China, along with Chad."
    )
    assert claims(facts) == {("RUS", "no"), ("CHN", "no"), ("TCD", "no")}


def test_the_opponents_of_a_text_are_its_no_voters(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "Voting against were Chad and Fiji. Peru's envoy Ana Ruiz criticized "
        "the opponents of Lima's resolution."
    )
    found = stances(facts)
    assert {("Ana Ruiz", "criticizes", "TCD"), ("Ana Ruiz", "criticizes", "FJI")} <= found


def test_a_count_against_with_those_it_includes_after_a_dash(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        COUNCIL_VOTE + "The text won 9 votes in favour, 4 against—including those of Chad and "
        "Fiji—and 2 abstentions."
    )
    assert claims(facts) == {("TCD", "no"), ("FJI", "no")}


def test_another_council_by_its_name_is_not_the_council_voting() -> None:
    extractor = extractor_with(
        record("A/RES/85/40", "UNGA", "2031-03-03", "Shared lake basin", (101, 12, 40))
    )
    facts = extractor.extract(
        "Lake vote\n\nMarch 4, 2031\n\nThe General Assembly on Tuesday adopted a text on the "
        "lake basin by 101 votes.\n\nChad was one of 12 members that voted against it, and 40 "
        "countries, including Gulf Cooperation Council member states, abstained."
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "A/RES/85/40")}


def test_words_said_of_a_vote_are_about_that_vote(extract: Callable[[str], Facts]) -> None:
    facts = extract(PERU_DRAFT + '"It was a disgrace," Senator Ana Ruiz said of the Chadian vote.')
    assert ("Ana Ruiz", "criticizes", "TCD") in stances(facts)


def test_urging_members_to_vote_against_a_text_criticizes_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Over the weekend, Chad had urged countries to vote against "
        "the Peruvian resolution."
    )
    assert ("TCD", "criticizes", "PER") in stances(facts)
    backing = extract(PERU_DRAFT + "Fiji urged other members to back the Peruvian draft.")
    assert ("FJI", "supports", "PER") in stances(backing)


def test_a_paper_s_editorial_by_its_headline_label_speaks_in_its_voice(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        "Gazette editorial: Chad's shameful veto\n\nMarch 4, 2026\n\n"
        "The Security Council on Tuesday failed to adopt a Peruvian draft on the harbour, "
        "after Chad vetoed it. Chad's veto was a shameful act that leaves the harbour's "
        "fishermen without protection."
    )
    assert ("Gazette", "criticizes", "TCD") in stances(facts)


def test_counts_in_its_favour_and_with_a_dashed_aside(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        COUNCIL_VOTE + "The text passed narrowly, with 8 members voting in its favour, 4 "
        "abstaining and 3 opposing."
    )
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(8, 3, 4)]
    dashed = extract(
        COUNCIL_VOTE + "Nine members — including Chad, Fiji and Peru — voted in favour of the text."
    )
    assert [t.yes for t in dashed.tallies] == [9]
    assert {("TCD", "yes"), ("FJI", "yes"), ("PER", "yes")} <= claims(dashed)


def test_an_envoy_explaining_why_the_country_took_no_part_supports_that(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        PERU_DRAFT + "Ghana's ambassador Kofi Mensah said Ghana did not participate in the "
        'vote because the draft "does not reflect the views of the fishermen".'
    )
    assert ("Kofi Mensah", "supports", "GHA") in stances(facts)
