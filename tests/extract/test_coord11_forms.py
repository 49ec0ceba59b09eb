"""Forms found by reading the misses of held-out real reporting (eleventh round): whose a
draft is by the possessive, a regret that opens a sentence, a people named by a plural
demonym, a head of government on their country's vote."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import stances

TWO_DRAFTS = (
    "Council rejects two harbour texts\n\nMarch 3, 2026\n\n"
    "The Security Council on Tuesday rejected two rival draft resolutions on the harbour.\n\n"
    "Peru's text failed by 9 votes in favour to 2 against (Chad, Fiji), with 4 "
    "abstentions. Chad's version then won only 4 votes in favour.\n\n"
)


def test_a_country_s_draft_by_the_possessive_names_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council rejects a harbour text\n\nMarch 3, 2026\n\n"
        "Peru's text failed by 9 votes in favour to 2 against (Chad, Fiji), with 4 "
        "abstentions.\n\nSpeaking before the vote, Ana Ruiz (Peru) said that her "
        "delegation had built a fair and balanced text with every member of the Council."
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "supports", "PER") in found
    assert not any(actor == "Ana Ruiz" and voter == "TCD" for actor, _, voter in found)


def test_a_regret_opening_a_sentence_on_a_vote_criticizes_the_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_DRAFTS + (
        '"Regrettably, Chad chose to stand with Fiji against the text," Ana Ruiz, '
        "Peru's ambassador, told reporters."
    )
    assert ("Ana Ruiz", "criticizes", "TCD") in stances(extract(text))


def test_a_regret_set_inside_a_sentence_is_an_aside(extract: Callable[[str], Facts]) -> None:
    text = TWO_DRAFTS + (
        '"Fiji has made a sensible choice, and we welcome it," Chad\'s ambassador Omar Sule '
        'said. "Peru, sadly, is still making speeches."'
    )
    assert ("Omar Sule", "supports", "FJI") in stances(extract(text))


def test_thanks_to_a_people_are_not_thanks_for_a_vote(extract: Callable[[str], Facts]) -> None:
    text = TWO_DRAFTS + (
        "Peru's ambassador Ana Ruiz regretted that Chad voted against the text. She also "
        "thanked Chadians for supporting Peru's fishermen over the years."
    )
    found = stances(extract(text))
    assert ("Ana Ruiz", "criticizes", "TCD") in found
    assert ("Ana Ruiz", "supports", "TCD") not in found


def test_bewilderment_at_a_decision_criticizes_it(extract: Callable[[str], Facts]) -> None:
    text = TWO_DRAFTS + (
        '"It is hard to comprehend the position of Chad on this text," said Ana Ruiz, '
        "Peru's ambassador."
    )
    assert ("Ana Ruiz", "criticizes", "TCD") in stances(extract(text))


def test_a_head_of_government_attacking_the_text_defends_the_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_DRAFTS + (
        "Chad's Prime Minister Omar Sule said the Peruvian resolution was a one-sided "
        "attempt to settle the harbour dispute over the heads of its people."
    )
    assert ("Omar Sule", "supports", "TCD") in stances(extract(text))


def test_a_head_of_government_on_another_matter_takes_no_side_on_the_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_DRAFTS + (
        "Earlier, Chad's Prime Minister Omar Sule proclaimed a new fishing zone around the "
        "harbour, the widest claim in the region for decades."
    )
    assert not any(actor == "Omar Sule" for actor, _, _ in stances(extract(text)))


def _votes(facts: Facts) -> set[tuple[str, str]]:
    return {(c.country, c.option) for c in facts.votes}


ASSEMBLY_DAY = (
    "Assembly votes on the lake basin\n\nMarch 3, 2026\n\n"
    "The General Assembly adopted a resolution on the lake basin on Tuesday by 93 votes "
    "to 18, with 65 abstentions.\n\n"
)


def test_a_group_with_its_examples_set_off_by_commas_then_also(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + "Several coastal states, including Chad, Peru and Fiji, also abstained."
    assert _votes(extract(text)) == {("TCD", "abstain"), ("PER", "abstain"), ("FJI", "abstain")}


def test_the_voters_of_an_option_include_a_kind_then_examples(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + (
        "The 93 countries that voted in favour include large donors such as Chad, Peru and Fiji."
    )
    assert _votes(extract(text)) == {("TCD", "yes"), ("PER", "yes"), ("FJI", "yes")}


def test_a_list_with_a_counted_group_in_brackets_and_an_aside(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + (
        "Peru, Chad, three small island states (Fiji, Samoa and Tonga) and, as expected, "
        "Laos voted against the text."
    )
    found = _votes(extract(text))
    assert {("PER", "no"), ("TCD", "no"), ("FJI", "no"), ("WSM", "no"), ("TON", "no")} <= found
    text = ASSEMBLY_DAY + (
        "Peru, Chad, three small island states (Fiji, Samoa and Tonga) and, unsurprisingly, "
        "Laos voted against the text."
    )
    assert ("LAO", "no") in _votes(extract(text))


def test_labels_after_the_voting_was_as_follows(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "The voting was as follows: In favour (3): Chad, Peru, Fiji. Against (2): Laos, "
        "Nepal. Abstaining (1): Samoa."
    )
    assert _votes(extract(text)) == {
        ("TCD", "yes"),
        ("PER", "yes"),
        ("FJI", "yes"),
        ("LAO", "no"),
        ("NPL", "no"),
        ("WSM", "abstain"),
    }


def test_adopted_with_support_from_a_list(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "The text was adopted with support from Peru, Fiji and Laos."
    assert _votes(extract(text)) == {("PER", "yes"), ("FJI", "yes"), ("LAO", "yes")}


def test_support_for_a_country_s_stand_is_no_vote_for_the_text(
    extract: Callable[[str], Facts],
) -> None:
    text = ASSEMBLY_DAY + "Chad's stand also got support from Peru, Fiji and Laos."
    assert not {"PER", "FJI", "LAO"} & {country for country, _ in _votes(extract(text))}


def test_a_vote_joined_only_by_a_partner(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "Chad voted against the text, joined only by Laos."
    assert _votes(extract(text)) == {("TCD", "no"), ("LAO", "no")}


def test_an_explanation_of_vote_by_an_envoy_supports_the_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Explanation of vote by Ambassador Ana Ruiz, Peru's Permanent Representative to "
        "the UN, in the General Assembly (3 March 2026)\n\n"
        "Thank you, President.\n\n"
        "The lake basin has suffered for too long, and its people deserve better.\n\n"
        "Peru voted in favour of the resolution on the lake basin today."
    )
    assert ("Ana Ruiz", "supports", "PER") in stances(extract(text))


def test_a_statement_that_explains_no_vote_gives_no_such_support(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Statement by Ambassador Ana Ruiz, Peru's Permanent Representative to the UN, on "
        "the lake basin (3 March 2026)\n\n"
        "The lake basin has suffered for too long, and its people deserve better.\n\n"
        "Peru voted in favour of the resolution on the lake basin today."
    )
    assert ("Ana Ruiz", "supports", "PER") not in stances(extract(text))


HARBOUR_VETO = (
    "Council fails on the harbour\n\nMarch 3, 2026\n\n"
    "The Security Council on Tuesday failed to adopt a draft on the harbour submitted by Peru "
    "and Fiji, by 13 votes in favour to 1 against (Chad), with 1 abstention (Laos), owing to "
    "the negative vote of a permanent member.\n\n"
)


def test_a_list_set_off_by_dashes_joined_in_condemning_a_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = HARBOUR_VETO + (
        "After the vote, three Council members - France, Ghana and the United Kingdom, "
        "which holds the Council presidency - joined forces in condemning Chad for blocking "
        "the extension."
    )
    found = stances(extract(text))
    assert {("FRA", "criticizes", "TCD"), ("GHA", "criticizes", "TCD")} <= found
    assert ("GBR", "criticizes", "TCD") in found
    assert not any(actor == "UN Security Council" for actor, _, _ in found)


def test_urging_support_for_a_mandate_extension_supports_its_drafters(
    extract: Callable[[str], Facts],
) -> None:
    text = HARBOUR_VETO + (
        "Japan's representative, urging support for the six-month extension, said that, "
        "while a longer mandate would have been better, the Council needed a united position."
    )
    found = stances(extract(text))
    assert {("JPN", "supports", "PER"), ("JPN", "supports", "FJI")} <= found


def test_a_headline_s_list_in_the_present_judges_as_each_country(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Ghana, Laos and Nepal criticize Chad's veto of the harbour text\n\n"
        "March 3, 2026\n\n"
        "The Security Council on Tuesday failed to adopt a Peruvian draft on the harbour, "
        "by 13 votes in favour to 1 against (Chad), with 1 abstention (Fiji)."
    )
    found = stances(extract(text))
    assert {("GHA", "criticizes", "TCD"), ("LAO", "criticizes", "TCD")} <= found
    assert ("NPL", "criticizes", "TCD") in found


def test_a_role_before_a_name_is_read_below_a_headline_that_names_countries(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Ghana, Peru and Fiji condemn the US veto on the lake\n\n"
        "The Permanent Representative of Peru to the United Nations, Ana Ruiz, said her "
        "country would bring the text back."
    )
    persons = {p.name: p for p in extract(text).persons}
    assert [r.jurisdiction for r in persons["Ana Ruiz"].roles] == ["PER"]


def test_a_judgement_not_made_is_no_stance(extract: Callable[[str], Facts]) -> None:
    text = HARBOUR_VETO + (
        "Ana Ruiz, a senior official at Ghana's foreign ministry, did not condemn Chad's "
        "vote, saying every member was free to choose."
    )
    assert not any(actor == "Ana Ruiz" for actor, _, _ in stances(extract(text)))


def test_a_list_goes_on_past_a_name_no_gazetteer_knows(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "Those that opposed it were: Chad, Peru, Marshal Isles, the United Kingdom and Fiji. "
        "Those who abstained were: Laos, Republic of Nowhere, Togo, and Nepal."
    )
    found = _votes(extract(text))
    assert {("GBR", "no"), ("FJI", "no"), ("TGO", "abstain"), ("NPL", "abstain")} <= found


def test_those_who_supported_the_move_then_a_colon(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "Those who supported the move: Chad, Peru, Fiji and Laos."
    assert _votes(extract(text)) == {("TCD", "yes"), ("PER", "yes"), ("FJI", "yes"), ("LAO", "yes")}


def test_voted_to_condemn_or_to_block(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "While old friends like Chad, Peru and Fiji voted to condemn the blockade, Laos and "
        "Nepal voted to block the measure."
    )
    assert _votes(extract(text)) == {
        ("TCD", "yes"),
        ("PER", "yes"),
        ("FJI", "yes"),
        ("LAO", "no"),
        ("NPL", "no"),
    }


def test_a_paragraph_labelled_quote_is_the_last_speaker_s(
    extract: Callable[[str], Facts],
) -> None:
    text = HARBOUR_VETO + (
        '"The towns have waited long enough," said Ana Ruiz, Peru\'s ambassador.\n\n'
        'Quote: "We will bring the text back next month."'
    )
    quotes = {q.text: q.speaker.name for q in extract(text).quotes}
    assert quotes["We will bring the text back next month."] == "Ana Ruiz"


def test_refusing_to_support_a_country_s_resolution_attacks_its_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = HARBOUR_VETO + (
        "Chad's ambassador Omar Sule said: \"That is why we cannot support Peru's "
        'resolution, and we urge its withdrawal."'
    )
    found = stances(extract(text))
    assert ("Omar Sule", "criticizes", "PER") in found
    assert ("Omar Sule", "supports", "TCD") in found


TWO_VETOES = (
    "Council text on the harbour falls\n\nMarch 3, 2026\n\n"
    "Russia and China vetoed the Security Council resolution on the harbour on Tuesday. "
    "All 13 other members of the Security Council backed the resolution.\n\n"
)


def test_all_the_other_members_are_the_whole_count_of_their_option(
    extract: Callable[[str], Facts],
) -> None:
    tallies = [(t.yes, t.no, t.abstain) for t in extract(TWO_VETOES).tallies]
    assert tallies == [(13, None, None)]
    text = TWO_VETOES.replace("All 13 other members", "Four other members").replace(
        "backed the resolution", "abstained"
    )
    assert [t for t in extract(text).tallies if t.abstain == 4] == []


def test_the_veto_cast_by_two_on_one_text_is_both_of_theirs(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_VETOES + 'Peru\'s foreign minister Ana Ruiz called the veto "a travesty".'
    found = stances(extract(text))
    assert {("Ana Ruiz", "criticizes", "RUS"), ("Ana Ruiz", "criticizes", "CHN")} <= found


def test_among_those_in_opposition_was_a_country(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + "Among those in opposition was Chad, Peru's closest ally."
    assert _votes(extract(text)) == {("TCD", "no")}


def test_a_deputy_representative_speaks_for_the_country(
    extract: Callable[[str], Facts],
) -> None:
    text = HARBOUR_VETO + (
        "Chad's Deputy Representative Omar Sule said the text was one-sided and would only "
        "deepen the divisions in the region."
    )
    assert ("Omar Sule", "supports", "TCD") in stances(extract(text))


def test_votes_to_abstentions_counts_no_noes(extract: Callable[[str], Facts]) -> None:
    text = (
        "Assembly backs the lake text\n\nMarch 3, 2026\n\n"
        "The General Assembly adopted the text on the lake basin by 115 votes to 44 "
        "abstentions."
    )
    assert [(t.yes, t.no, t.abstain) for t in extract(text).tallies] == [(115, None, 44)]


def test_a_follow_up_of_a_resolution_cites_it() -> None:
    from kg.extract.resolutions.symbols import _CITED  # noqa: PLC0415

    assert _CITED.search("presented as a follow-up of General Assembly resolution ")
    assert not _CITED.search("presented to the General Assembly as resolution ")


def test_words_of_a_quoted_title_are_no_person(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        'Titled "Measures to Protect Wetlands", the text was presented by Peru on behalf '
        "of a group of coastal states."
    )
    assert [p.name for p in extract(text).persons] == []


def test_a_name_alone_on_a_line_over_the_date_is_the_byline(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Peru votes against the lake text\n\nAna Ruiz\n\nTuesday, 3 March 2026, 18:40\n\n"
        "Peru voted against the resolution on the lake basin in the General Assembly."
    )
    assert "Ana Ruiz" in [p.name for p in extract(text).persons]
    heading = "Peru votes against the lake text\n\nMore Details\n\nPeru voted against it."
    assert [p.name for p in extract(heading).persons] == []


def test_a_country_terming_the_text_something_attacks_its_drafters(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council adopts text on the lake\n\nMarch 3, 2026\n\n"
        "The Human Rights Council adopted a resolution drafted by Peru and Fiji by 20 votes "
        "to 7, with 20 abstentions.\n\n"
        'Chad had opposed the resolution, terming it "a further case of unfortunate splits '
        'in this forum".'
    )
    found = stances(extract(text))
    assert {("TCD", "criticizes", "PER"), ("TCD", "criticizes", "FJI")} <= found
    assert ("TCD", "supports", "TCD") in found


def test_a_country_saying_what_the_text_was_defends_its_veto(
    extract: Callable[[str], Facts],
) -> None:
    text = TWO_VETOES + (
        "Russia said the resolution was one-sided and would have meant taking sides in the "
        "dispute over the harbour."
    )
    assert ("RUS", "supports", "RUS") in stances(extract(text))


def test_a_rejection_with_each_count_labelled_keeps_the_counts(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Council text falls\n\nMarch 3, 2026\n\n"
        "The Security Council rejected the draft by a vote of 11 in favour, 1 against (Chad) "
        "and 3 abstentions (Peru, Fiji, Laos)."
    )
    assert [(t.yes, t.no, t.abstain) for t in extract(text).tallies] == [(11, 1, 3)]
    unlabelled = text.replace("by a vote of 11 in favour, 1 against (Chad) and 3", "19-17, with")
    assert [(t.yes, t.no) for t in extract(unlabelled).tallies] == [(17, 19)]


def test_head_before_a_name_is_a_title(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_DAY + (
        "The party's Secretariat Head Sato Kenji on Tuesday commented on the vote at a press "
        "conference."
    )
    assert [p.name for p in extract(text).persons] == ["Sato Kenji"]


def test_a_presiding_officer_announcing_the_result_takes_no_side(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Rights body adopts lake text\n\nMarch 3, 2026\n\n"
        "By 24 votes to 9, with 14 abstentions, the Human Rights Council adopted a "
        "resolution on the lake basin drafted by Peru. Chad, Fiji and Laos abstained.\n\n"
        '"The draft resolution, as orally revised, is therefore adopted," said Ana Ruiz, '
        "Fiji's ambassador, who presides over the Council this year."
    )
    assert not any(actor == "Ana Ruiz" for actor, _, _ in stances(extract(text)))
