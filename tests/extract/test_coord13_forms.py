"""Forms found by reading the misses of held-out real reporting (thirteenth round): a
state's long name and its initials, "defended its vote against", "X's decision to join Y
in voting no", "those voting to endorse it", a verb of voting in quotation marks, counts
with a qualifier ("eleven mostly African states")."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.resolutions.drafters import read_drafters
from kg.model import Facts
from kg.reference.load import load_reference
from tests.extract.facts import claims, extractor_with, record, stances

ASSEMBLY_VOTE = (
    "Assembly vote on the harbour\n\nMarch 3, 2026\n\n"
    "The General Assembly voted on Tuesday on a draft resolution on the harbour.\n\n"
)
COUNCIL_COUNTS = (
    "Council vote on the harbour\n\nMarch 3, 2026\n\n"
    "The Human Rights Council voted 25 to 6 on Tuesday on a resolution on the harbour.\n\n"
)

_EXTRACTOR = Extractor(load_reference())


def _facts(head: str, text: str) -> Facts:
    return _EXTRACTOR.extract(head + text)


def test_a_state_s_long_name_is_the_state() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "The Kingdom of Tonga and the Republic of the Marshall Islands abstained on the text.",
    )
    assert claims(facts) == {("TON", "abstain"), ("MHL", "abstain")}


def test_a_long_form_that_names_another_place_is_not_that_state() -> None:
    # "the State of Georgia" is a state of the United States; no vote of Georgia
    facts = _facts(ASSEMBLY_VOTE, "The State of Georgia abstained on the measure.")
    assert ("GEO", "abstain") not in claims(facts)


def test_a_long_name_s_initials_name_the_state_later_in_the_text() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "The envoy of the Republic of the Marshall Islands spoke after the vote. "
        '"To set the record straight, the RMI abstained on the harbour text," he said.',
    )
    assert ("MHL", "abstain") in claims(facts)


def test_initials_before_the_long_name_name_nothing() -> None:
    facts = _facts(ASSEMBLY_VOTE, "RMI abstained. The Republic of the Marshall Islands spoke.")
    assert claims(facts) == set()


def test_a_country_defending_its_vote_against_voted_against() -> None:
    facts = _facts(ASSEMBLY_VOTE, "Peru defended its vote against the harbour resolution.")
    assert claims(facts) == {("PER", "no")}
    facts = _facts(ASSEMBLY_VOTE, "Chile has justified its abstention on the text.")
    assert claims(facts) == {("CHL", "abstain")}


def test_a_country_faulted_for_its_vote_cast_it() -> None:
    facts = _facts(ASSEMBLY_VOTE, "Chile faulted Peru for its vote against the resolution.")
    assert claims(facts) == {("PER", "no")}


def test_its_veto_used_many_times_is_no_vote_here() -> None:
    facts = _facts(ASSEMBLY_VOTE, "Fiji has used its veto on fishing quotas many times.")
    assert claims(facts) == set()


def test_a_decision_to_join_others_in_voting_no_is_the_joiner_s_no() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "Chile's decision to join Peru and Ecuador in voting against the resolution "
        "drew fire at home.",
    )
    assert claims(facts) == {("CHL", "no"), ("PER", "no"), ("ECU", "no")}


def test_a_time_phrase_between_voting_and_its_option() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "Tonga and Samoa joined Fiji in voting last week against a resolution on the harbour.",
    )
    assert claims(facts) == {("TON", "no"), ("WSM", "no"), ("FJI", "no")}


def test_those_voting_to_endorse_or_to_block_a_text() -> None:
    facts = _facts(ASSEMBLY_VOTE, "Those voting to endorse it included Peru and Chile.")
    assert claims(facts) == {("PER", "yes"), ("CHL", "yes")}
    facts = _facts(ASSEMBLY_VOTE, "Those voting to block it included Laos and Fiji.")
    assert claims(facts) == {("LAO", "no"), ("FJI", "no")}


def test_a_verb_of_voting_in_quotation_marks_is_the_vote() -> None:
    facts = _facts(ASSEMBLY_VOTE, 'The spokesman said Fiji "abstained" on the harbour text.')
    assert claims(facts) == {("FJI", "abstain")}
    # another quoted word before a vote claim leaves that word alone
    facts = _facts(ASSEMBLY_VOTE, 'Fiji "won" the argument and Chile abstained.')
    assert claims(facts) == {("CHL", "abstain")}


def test_a_count_with_a_qualifier_before_its_countries() -> None:
    facts = _facts(COUNCIL_COUNTS, "Twelve mostly Asian and Andean countries abstained.")
    assert (None, None, 12) in {(t.yes, t.no, t.abstain) for t in facts.tallies}
    facts = _facts(COUNCIL_COUNTS, "Twelve Asian countries abstained.")
    assert (None, None, 12) not in {(t.yes, t.no, t.abstain) for t in facts.tallies}


PERU_DRAFT = (
    "Council rejects a harbour text\n\nMarch 3, 2026\n\n"
    "The Security Council on Tuesday failed to adopt a Peruvian draft on the harbour, by "
    "13 votes in favour to 1 against (Chad), with 1 abstention (Fiji).\n\n"
)


def test_a_vote_judged_in_the_passive_is_judged_by_the_agent() -> None:
    facts = _facts(PERU_DRAFT, "Chad's vote against the text was criticised by Senator Mary Blake.")
    assert stances(facts) == {("Mary Blake", "criticizes", "TCD")}
    facts = _facts(
        PERU_DRAFT,
        "Chad's decision to vote against the draft has been questioned on Monday by the "
        "opposition Democratic Alliance.",
    )
    assert stances(facts) == {("Democratic Alliance", "criticizes", "TCD")}


def test_one_condemned_after_a_vote_condemns_nothing() -> None:
    facts = _facts(PERU_DRAFT, "Idriss Deby has been condemned after Chad voted against the draft.")
    assert stances(facts) == set()


def test_a_passive_verb_of_reporting_names_no_judge() -> None:
    facts = _facts(PERU_DRAFT, "Chad's vote was quoted as a turning point by Senator Mary Blake.")
    assert stances(facts) == set()


def test_a_country_that_praises_a_text_in_the_passive_is_not_read_as_judging_votes() -> None:
    facts = _facts(PERU_DRAFT, "The draft was praised by Fiji and Samoa.")
    assert stances(facts) == set()


def test_the_antecedent_of_a_relative_clause_judges() -> None:
    facts = _facts(
        PERU_DRAFT, "The draft was opposed by Chad, which had earlier criticised the document."
    )
    assert ("TCD", "criticizes", "PER") in stances(facts)


def test_a_party_word_that_opens_another_party_s_name() -> None:
    # "Democratic" alone is a party of the reference; "the Democratic Alliance" is another
    facts = _facts(PERU_DRAFT, "The Democratic Alliance criticised Chad's vote against the draft.")
    assert stances(facts) == {("Democratic Alliance", "criticizes", "TCD")}


def test_a_government_that_feels_is_not_the_vote_judged() -> None:
    facts = _facts(
        PERU_DRAFT, "Chadian diplomat Ali Hassan told the council N'Djamena was disappointed."
    )
    assert ("Ali Hassan", "criticizes", "TCD") not in stances(facts)


def test_a_diplomat_attacking_the_draft_speaks_for_the_own_vote() -> None:
    facts = _facts(
        PERU_DRAFT, "Chadian diplomat Ali Hassan told the council the draft was a disgrace."
    )
    assert stances(facts) == {
        ("Ali Hassan", "criticizes", "PER"),
        ("Ali Hassan", "supports", "TCD"),
    }
    facts = _facts(PERU_DRAFT, "Former Chadian diplomat Ali Hassan said the draft was a disgrace.")
    assert ("Ali Hassan", "supports", "TCD") not in stances(facts)


def _speakers(facts: Facts) -> dict[str, str]:
    return {q.text[:12]: q.speaker.name for q in facts.quotes}


def test_a_participle_of_speech_is_the_clause_subject_s() -> None:
    facts = _facts(
        PERU_DRAFT,
        'Peruvian envoy Ana Rojas addressed the Council, saying: "The harbour must stay open."',
    )
    assert _speakers(facts) == {"The harbour ": "Ana Rojas"}


def test_the_spokeswoman_named_again_before_her_words() -> None:
    facts = _facts(
        PERU_DRAFT,
        '"We welcome the outcome," a spokeswoman at the Peruvian Foreign Ministry said.\n\n'
        "Turning to Chad, the spokeswoman added: "
        '"Like most of the world, we were deeply disappointed by Chad\'s decision."',
    )
    assert _speakers(facts) == {"We welcome t": "PER", "Like most of": "PER"}
    assert ("PER", "criticizes", "TCD") in stances(facts)


def test_regret_at_what_others_did_is_not_regret_of_the_own_vote() -> None:
    # the envoy of a country that voted no regrets the process: an explanation of the no
    head = (
        "Council adopts harbour sanctions\n\nMarch 3, 2026\n\n"
        "The Security Council on Tuesday adopted sanctions on the harbour by 13 votes to 1 "
        "(Chad), with 1 abstention (Fiji).\n\n"
    )
    facts = _facts(
        head,
        '"The government of Chad deeply regrets, therefore, that the talks were never given '
        'the time they needed," said Chadian Ambassador Ali Hassan.',
    )
    assert stances(facts) == {("Ali Hassan", "supports", "TCD")}


def test_a_counterpart_named_with_a_demonym_speaks_for_that_country() -> None:
    facts = _facts(
        PERU_DRAFT,
        "Chad's envoy spoke first. Her Fijian counterpart, Ambassador Sione Tupou, said Fiji's "
        "abstention was a considered one.",
    )
    assert ("Sione Tupou", "supports", "FJI") in stances(facts)


def test_the_noes_named_in_brackets_after_votes_to_a_count() -> None:
    facts = _facts(
        "Harbour text adopted\n\nMarch 3, 2026\n\n",
        "The Assembly adopted it by 120 votes to 3 (Fiji, Tonga and Laos), with 30 abstentions.",
    )
    assert claims(facts) == {("FJI", "no"), ("TON", "no"), ("LAO", "no")}


def test_a_closing_mark_set_as_the_opening_one_opens_a_quotation() -> None:
    facts = _facts(
        PERU_DRAFT,
        "In a statement on Monday party spokesperson Ana Rojas said: ”Chad’s vote on the "
        "harbour was an outright failure.”",
    )
    assert _speakers(facts) == {"Chad’s vote ": "Ana Rojas"}
    assert ("Ana Rojas", "criticizes", "TCD") in stances(facts)


def test_one_criticised_also_in_the_passive_criticises_nothing() -> None:
    facts = _facts(PERU_DRAFT, "Idriss Deby was also criticised by Chadian politicians.")
    assert stances(facts) == set()


ADOPTED_OVER_A_NO = (
    "Treaty text adopted\n\nMarch 3, 2026\n\n"
    "The General Assembly adopted the harbour treaty by 150 votes to 1, with 4 abstentions. "
    "Most conspicuous among the opponents was Chad.\n\n"
)


def test_praise_of_the_outcome_is_not_support_for_the_one_dissenter() -> None:
    facts = _facts(ADOPTED_OVER_A_NO, "Peru and Fiji hailed the vote as historic.")
    assert ("PER", "supports", "TCD") not in stances(facts)
    assert ("FJI", "supports", "TCD") not in stances(facts)


def test_praise_of_the_dissent_itself_still_supports_the_dissenter() -> None:
    facts = _facts(
        ADOPTED_OVER_A_NO, "A Laotian foreign ministry spokesperson praised the no vote."
    )
    assert ("LAO", "supports", "TCD") in stances(facts)


def test_a_vetoed_draft_that_speaks_of_the_assembly_is_the_council_s() -> None:
    council = record("S/2031/44", "UNSC", "2031-03-06", "Admission of Lakeland", (12, 1, 2))
    assembly = record("A/RES/85/9", "UNGA", "2031-03-06", "Admission of Lakeland", (120, 9, 40))
    facts = extractor_with(council, assembly).extract(
        "Lakeland bid blocked\n\nMarch 6, 2031\n\n"
        "The draft, which would have recommended to the General Assembly the admission of "
        "Lakeland, was vetoed by Chad on Thursday."
    )
    assert {(v.country, v.option, v.resolution.key) for v in facts.votes} == {
        ("TCD", "no", "S/2031/44")
    }


def test_voting_with_a_long_list_against_a_text() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "Chad voted with Laos, Fiji, Tonga and 14 other countries Monday against a "
        "resolution on the harbour.",
    )
    assert claims(facts) == {("TCD", "no"), ("LAO", "no"), ("FJI", "no"), ("TON", "no")}


def test_abstaining_on_its_own_resolution_is_the_text_it_drafted() -> None:
    peru_text = record("A/RES/85/10", "UNGA", "2031-03-06", "Harbour peace", (90, 5, 60))
    peru_text = peru_text.model_copy(update={"sponsor_countries": ("PER",)})
    other = record("A/RES/85/11", "UNGA", "2031-03-06", "Harbour withdrawal", (93, 18, 65))
    facts = extractor_with(peru_text, other).extract(
        "Two harbour texts adopted\n\nMarch 6, 2031\n\n"
        "The General Assembly on Thursday adopted Peru's text on harbour peace by 90 votes "
        "to 5.\n\nIt adopted a text on harbour withdrawal by 93 votes to 18, with 65 "
        "abstentions. Peru voted against it, and Peru abstained on its own competing text."
    )
    assert ("PER", "abstain", "A/RES/85/10") in {
        (v.country, v.option, v.resolution.key) for v in facts.votes
    }


def test_a_call_on_the_members_to_reject_the_draft_attacks_its_drafters() -> None:
    facts = _facts(
        PERU_DRAFT, "Fiji had also called on the other nations to reject the new draft resolution."
    )
    assert stances(facts) == {("FJI", "criticizes", "PER")}


HRC_TEXT = (
    "Council text on the harbour adopted\n\nMarch 3, 2026\n\n"
    "At the Human Rights Council the resolution on the harbour, promoted by Peru and "
    "presented on behalf of our country, Chile and Ecuador, was adopted by 23 votes to 3, "
    "with 21 abstentions.\n\n"
)


def test_drafters_listed_on_whose_behalf_a_text_was_presented() -> None:
    facts = _facts(
        HRC_TEXT,
        "At the presentation of the resolution, the Permanent Representative of Peru, Ana "
        'Rojas, said that "no government may use its borders as a shield to violate rights".',
    )
    assert stances(facts) == {
        ("Ana Rojas", "supports", "PER"),
        ("Ana Rojas", "supports", "CHL"),
        ("Ana Rojas", "supports", "ECU"),
    }


def test_one_who_introduces_another_country_s_text_supports_its_drafters() -> None:
    facts = _facts(
        PERU_DRAFT,
        "Ana Rojas introduced the Peru-initiated resolution before the members of the Council.",
    )
    assert stances(facts) == {("Ana Rojas", "supports", "PER")}


def test_a_call_to_vote_no_in_quotation_marks_attacks_the_text_voted_on() -> None:
    facts = _facts(
        PERU_DRAFT,
        'Fijian deputy ambassador Sione Tupou urged members to vote "no" and left the room.',
    )
    assert ("Sione Tupou", "criticizes", "PER") in stances(facts)
    facts = _facts(PERU_DRAFT, 'Samoa urged members to vote "yes".')
    assert stances(facts) == {("WSM", "supports", "PER")}


def test_drafters_named_as_the_subject_of_drafted_and_voted_for() -> None:
    def drafters(text: str) -> frozenset[str]:
        return read_drafters(text, text.lower(), {"peru": "PER", "chile": "CHL", "fiji": "FJI"})

    assert drafters("Peru drafted and voted for a separate Council resolution.") == {"PER"}
    assert drafters("The text was drafted and negotiated by Chile and Fiji.") == {"CHL", "FJI"}
    assert drafters("Peru voted for a separate Council resolution.") == frozenset()


def test_an_undated_statement_names_its_vote_by_drafters_and_subject() -> None:
    harbour = record(
        "S/2031/70",
        "UNSC",
        "2031-06-01",
        "Peru/Fiji draft on harbour security; vetoed",
        (12, 2, 1),
        adopted=False,
    )
    other = record("S/2031/71", "UNSC", "2031-06-02", "Sanctions on the lake", (15, 0, 0))
    facts = extractor_with(harbour, other).extract(
        "Harbour text not adopted - statement by the minister\n\n"
        "We are disappointed by the outcome of today's vote on the first Council resolution "
        "on harbour security. This important resolution was drafted and negotiated by Peru "
        "and Fiji. Unfortunately Chad - a permanent member - voted against the resolution."
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "S/2031/70")}


def test_a_statement_whose_headline_ends_on_its_author() -> None:
    facts = _facts(
        "Harbour text not adopted - Statement by Minister Rojas\n\n",
        "We are disappointed by the outcome of today's vote on the Peruvian draft on the "
        "harbour in the Security Council, which 13 members supported.\n\n"
        "We regret the decision of Chad to use its veto to block the adoption of this text. "
        "Chad, a permanent member, voted against it.",
    )
    assert ("Rojas", "criticizes", "TCD") in stances(facts)


def test_a_range_of_one_count_is_no_tally() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "Diplomats had predicted at most 80 to 90 countries supporting the resolution.",
    )
    assert not facts.tallies


def test_the_subject_who_mustered_other_no_votes_voted_no_too() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        'Chad was only able to muster 3 other "no" votes - Fiji, Laos and Peru.',
    )
    assert claims(facts) == {("TCD", "no"), ("FJI", "no"), ("LAO", "no"), ("PER", "no")}


def test_member_states_are_no_verb_of_speech_before_a_quotation() -> None:
    facts = _facts(
        PERU_DRAFT,
        'Peruvian envoy Ana Rojas called the omission "outrageous."\n\n'
        "Many UN member states had nationals among the missing, but the text ignored "
        "them.\n\n"
        "“These are omissions that give cover to brutality.”",
    )
    assert "United Nations" not in _speakers(facts).values()


def test_joining_others_in_the_no_column() -> None:
    facts = _facts(
        ASSEMBLY_VOTE, "Chad joined Laos, Fiji and Peru in the “no” column, a seismic shift."
    )
    assert claims(facts) == {("TCD", "no"), ("LAO", "no"), ("FJI", "no"), ("PER", "no")}


def test_a_text_proposed_by_a_union_and_a_country_is_that_country_s_too() -> None:
    facts = _facts(
        "Harbour text adopted\n\nMarch 3, 2026\n\n",
        "The General Assembly adopted the resolution on the harbour by 93 votes to 18 on "
        "Tuesday. Chad, which had previously criticised the document, voted against it.\n\n"
        "The resolution, proposed by the European Union and Peru, demands an end to the "
        "blockade.",
    )
    assert ("TCD", "criticizes", "PER") in stances(facts)


def test_chief_of_staff_is_a_title_not_a_name() -> None:
    facts = _facts(ASSEMBLY_VOTE, "Government Chief of Staff Ana Ruiz called the vote an error.")
    assert {p.name for p in facts.persons} == {"Ana Ruiz"}


def test_a_text_judged_by_an_envoy_named_after_by() -> None:
    facts = _facts(PERU_DRAFT, "The draft was slammed by Chad's ambassador Ali Hassan as unjust.")
    assert ("Ali Hassan", "criticizes", "PER") in stances(facts)


def test_countries_that_proposed_renewing_a_mandate_drafted_the_text() -> None:
    facts = _facts(
        "Council extends harbour mission\n\nMarch 3, 2026\n\n"
        "The Human Rights Council voted on Tuesday, 23 to 12, to extend its harbour mission.\n\n",
        "Chile and Fiji had proposed renewing the mission's mandate for a year. Chile's "
        'ambassador Ana Rojas, presenting the draft, said: "The people need accountability."',
    )
    assert {("Ana Rojas", "supports", "CHL"), ("Ana Rojas", "supports", "FJI")} <= stances(facts)


def test_an_explanation_of_vote_speaks_for_the_country_whose_voice_opens_it() -> None:
    facts = _facts(
        "Explanation of vote by Permanent Representative Ana Rojas after the Council vote on "
        "the harbour\n\nMr. President,\n\n",
        "Peru strongly condemns the attack on the harbour. Fiji and Chile were hit too.\n\n"
        "At the same time, we had to abstain in the vote on the draft, because its authors "
        "ignored our concerns.",
    )
    assert ("Ana Rojas", "supports", "PER") in stances(facts)


def test_a_resolution_a_speaker_says_rules_apply_is_cited_not_voted_on() -> None:
    facts = _facts(
        ASSEMBLY_VOTE,
        "Chad abstained on the harbour text, saying aid must follow the guiding principles "
        "stipulated in resolution 46/182.",
    )
    assert {(v.country, v.resolution.key) for v in facts.votes} == {("TCD", "UNGA-2026-03-03")}


def test_an_objection_to_the_text_s_language_is_an_attack_on_it() -> None:
    facts = _facts(
        PERU_DRAFT,
        "Chadian ambassador Ali Hassan said Chad objects to language in the resolution, which "
        "he said equated patrols with blockades.",
    )
    assert {("Ali Hassan", "criticizes", "PER"), ("Ali Hassan", "supports", "TCD")} <= stances(
        facts
    )


def test_a_vote_called_a_wake_up_call_is_criticized() -> None:
    facts = _facts(
        PERU_DRAFT,
        '"Chad just voted against the text. This is a wake-up call for all who cheer its '
        'leaders," Peruvian opposition leader Luis Vega said.',
    )
    assert ("Luis Vega", "criticizes", "TCD") in stances(facts)
