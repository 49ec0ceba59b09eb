"""Forms found by reading the misses of held-out real reporting (twelfth round): a count
too large for the body the article names, "voted to adopt", counted groups with their
examples, a leader's "his country", persons who judge a vote together."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import claims, extractor_with, record, stances

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
