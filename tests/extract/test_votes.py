"""Passes 5 and 6: the resolution a claim is about, vote claims and tallies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Facts

LEAD = (
    "UNITED NATIONS, 24 February 2025 - The General Assembly adopted the Ukrainian-European "
    "resolution by 93 votes to 18, with 65 abstentions. "
)


def votes(facts: Facts) -> set[tuple[str, str, str]]:
    return {(v.country, v.option, v.resolution.symbol or v.resolution.key) for v in facts.votes}


L10 = "A/RES/ES-11/7"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Russia, Belarus, Eritrea and Sudan voted against.",
            {("RUS", "no", L10), ("BLR", "no", L10), ("ERI", "no", L10), ("SDN", "no", L10)},
            id="enumeration",
        ),
        pytest.param("China abstained.", {("CHN", "abstain", L10)}, id="abstained"),
        pytest.param(
            "Even China, a close partner of Russia, chose abstention.",
            {("CHN", "abstain", L10)},
            id="appositive-skipped",
        ),
        pytest.param(
            "Eritrea joined Russia in opposing the text.",
            {("ERI", "no", L10), ("RUS", "no", L10)},
            id="joined-in-opposing",
        ),
        pytest.param(
            "Austria joined Chile in backing the measure.",
            {("AUT", "yes", L10), ("CHL", "yes", L10)},
            id="joined-in-backing",
        ),
        pytest.param(
            "Among the countries that abstained on the text were Mongolia, Laos and Togo.",
            {("MNG", "abstain", L10), ("LAO", "abstain", L10), ("TGO", "abstain", L10)},
            id="among-those-that-abstained",
        ),
        pytest.param(
            "States voting against it included Nicaragua and Mali.",
            {("NIC", "no", L10), ("MLI", "no", L10)},
            id="those-voting-against-included",
        ),
        pytest.param(
            "Peru voted in favour. Peru was joined by Fiji and Ghana.",
            {("PER", "yes", L10), ("FJI", "yes", L10), ("GHA", "yes", L10)},
            id="was-joined-by",
        ),
        pytest.param(
            "The text passed, with Nauru among the countries that voted against it.",
            {("NRU", "no", L10)},
            id="with-a-country-among-those-that",
        ),
        pytest.param(
            "Tuvalu joined The Gambia in backing the resolution.",
            {("TUV", "yes", L10), ("GMB", "yes", L10)},
            id="joined-a-name-with-the",
        ),
        pytest.param(
            "Among the countries that voted against the resolution calling for a just peace "
            "(A/ES-11/L.10) were Mali and Niger.",
            {("MLI", "no", L10), ("NER", "no", L10)},
            id="relative-list-naming-the-symbol",
        ),
        pytest.param(
            "Ana Ruiz condemned Qatar's decision to abstain on the resolution.",
            {("QAT", "abstain", L10)},
            id="decision-to-abstain",
        ),
        pytest.param(
            "The United States voted no, alongside Hungary and Israel.",
            {("USA", "no", L10), ("HUN", "no", L10), ("ISR", "no", L10)},
            id="alongside",
        ),
        pytest.param(
            "Voting yes were Chile, Peru and Spain.",
            {("CHL", "yes", L10), ("PER", "yes", L10), ("ESP", "yes", L10)},
            id="inverted",
        ),
        pytest.param(
            "Lithuania voted yes. So did Latvia and Estonia.",
            {("LTU", "yes", L10), ("LVA", "yes", L10), ("EST", "yes", L10)},
            id="so-did",
        ),
        pytest.param(
            "Mali voted against. Chad and Niger, both neighbours of Mali, voted the same way.",
            {("MLI", "no", L10), ("TCD", "no", L10), ("NER", "no", L10)},
            id="voted-the-same-way-keeps-the-first-voter",
        ),
        pytest.param(
            "Brazil declined to back the text, abstaining alongside India.",
            {("BRA", "abstain", L10), ("IND", "abstain", L10)},
            id="participle",
        ),
        pytest.param(
            "By voting no, the United States broke with its allies.",
            {("USA", "no", L10)},
            id="fronted-participle",
        ),
        pytest.param(
            "The resolution passed despite U.S. opposition.", {("USA", "no", L10)}, id="opposition"
        ),
        pytest.param("Moldova did not vote against it.", set(), id="negated"),
    ],
)
def test_claims(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected


def test_implied_votes_follow_the_anchor(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "The United States voted against the resolution. It stood with Russia and Belarus "
        "and stood against Britain, France and Germany."
    )
    found = votes(extract(text))
    assert {("RUS", "no", L10), ("BLR", "no", L10)} <= found
    assert {("GBR", "yes", L10), ("FRA", "yes", L10), ("DEU", "yes", L10)} <= found


def test_security_council_context(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Hours later the Security Council adopted Resolution 2774 by 10 votes to none, "
        "with five abstentions: France, Britain, Denmark, Greece and Slovenia."
    )
    found = votes(extract(text))
    assert ("FRA", "abstain", "S/RES/2774 (2025)") in found
    assert all(c[2] == "S/RES/2774 (2025)" for c in found)


def test_a_different_resolution_gets_its_body_and_day(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 30 October 2024 - The General Assembly again called for an end to "
        "the embargo imposed by the United States against Cuba, adopting the resolution by 187 "
        "votes to 2, with 1 abstention. Only the United States and Israel voted against. "
        "Moldova abstained."
    )
    facts = extract(text)
    assert votes(facts) == {
        ("USA", "no", "UNGA-2024-10-30"),
        ("ISR", "no", "UNGA-2024-10-30"),
        ("MDA", "abstain", "UNGA-2024-10-30"),
    }
    assert [(t.resolution.key, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("UNGA-2024-10-30", 187, 2, 1)
    ]


def test_a_misstated_tally_stays_with_its_vote(extract: Callable[[str], Facts]) -> None:
    # one figure off (65 abstentions on the record): the article misstates this vote, which
    # tally-vs-record then shows; it is not some other, unknown resolution
    facts = extract(
        "The General Assembly adopted the Ukrainian-European text on 24 February 2025 "
        "by 93 votes to 18, with 67 abstaining."
    )
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/7", 93, 18, 67)
    ]


def test_tally_in_words_matches_the_record(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "The amended text passed by ninety-three votes to eight, with seventy-three abstentions."
    )
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/8", 93, 8, 73)
    ]


def test_resolution_by_symbol(extract: Callable[[str], Facts]) -> None:
    facts = extract("In resolution ES-11/1, adopted 141-5-35, Syria voted against.")
    assert ("SYR", "no", "A/RES/ES-11/1") in votes(facts)


def test_in_that_vote_is_the_vote_named_last(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "Diplomats were surprised by the Assembly vote and by the push for a rival text "
        "in the Security Council, adopted later as resolution 2774. In that vote, Malta "
        "and Greece abstained."
    )
    found = votes(extract(text))
    assert ("MLT", "abstain", "S/RES/2774 (2025)") in found
    assert ("MLT", "abstain", L10) not in found


def test_despite_opposition_gives_way_to_the_stated_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "The amended US text (A/RES/ES-11/8) passed despite U.S. opposition. In the end the "
        "United States abstained on the amended text."
    )
    assert {c for c in votes(extract(text)) if c[0] == "USA"} == {
        ("USA", "abstain", "A/RES/ES-11/8")
    }


def test_a_count_before_abstaining_is_no_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Assembly adopted the text by 93 votes to 18, with 65 abstaining, with Nepal "
        "among the countries that voted against it."
    )
    assert {c for c in votes(extract(text)) if c[0] == "NPL"} == {("NPL", "no", L10)}


def test_a_day_without_its_year_names_the_vote(extract: Callable[[str], Facts]) -> None:
    # 23 February is the day of A/RES/ES-11/6, not of A/RES/ES-11/7 (24 February)
    found = votes(
        extract("The General Assembly adopted the resolution on Feb. 23. Gabon voted in favour.")
    )
    assert found == {("GAB", "yes", "A/RES/ES-11/6")}


def test_as_they_had_on_both_previous_occasions(extract: Callable[[str], Facts]) -> None:
    text = (
        "In March 2022 the General Assembly adopted resolution A/RES/ES-11/1. "
        "In February 2023 it adopted A/RES/ES-11/6.\n\n"
        "On 24 February 2025 it adopted A/RES/ES-11/7. Laos abstained, as it had on both "
        "previous occasions."
    )
    found = {c for c in votes(extract(text)) if c[0] == "LAO"}
    assert found == {("LAO", "abstain", r) for r in ("A/RES/ES-11/1", "A/RES/ES-11/6", L10)}


def test_voting_for_peace_is_rhetoric(extract: Callable[[str], Facts]) -> None:
    text = LEAD + 'Hungary voted against it. "We voted for peace," its envoy said.'
    assert {c for c in votes(extract(text)) if c[0] == "HUN"} == {("HUN", "no", L10)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The text was adopted by 93 in favour to 18 against (Belarus, Nauru, the Russian "
            "Federation, and Syria), with 65 abstentions (Bolivia (Plurinational State of), "
            "Iran (Islamic Republic of) and Viet Nam).",
            {
                ("BLR", "no", L10),
                ("NRU", "no", L10),
                ("RUS", "no", L10),
                ("SYR", "no", L10),
                ("BOL", "abstain", L10),
                ("IRN", "abstain", L10),
                ("VNM", "abstain", L10),
            },
            id="recorded-vote-parentheses-official-names",
        ),
        pytest.param(
            "Eighteen voted against, including Hungary and Israel.",
            {("HUN", "no", L10), ("ISR", "no", L10)},
            id="count-including",
        ),
        pytest.param(
            'The 18 "no" votes came from Belarus, Mali and Nicaragua.',
            {("BLR", "no", L10), ("MLI", "no", L10), ("NIC", "no", L10)},
            id="no-votes-came-from",
        ),
        pytest.param(
            "Other countries abstaining were Chile and Peru.",
            {("CHL", "abstain", L10), ("PER", "abstain", L10)},
            id="other-countries-abstaining-were",
        ),
        pytest.param(
            "Apart from Russia, three other nations rejected the resolution: Mali, Niger and Chad.",
            {("RUS", "no", L10), ("MLI", "no", L10), ("NER", "no", L10), ("TCD", "no", L10)},
            id="apart-from-x-other-nations-colon-list",
        ),
        pytest.param(
            "The text was supported by 93 countries, including Fiji and Samoa.",
            {("FJI", "yes", L10), ("WSM", "yes", L10)},
            id="passive-counted-agent-including",
        ),
        pytest.param(
            "The 12 African states that abstained included Togo, Benin and Gabon. "
            "The others were Kenya and Ghana.",
            {("TGO", "abstain", L10), ("BEN", "abstain", L10), ("GAB", "abstain", L10)}
            | {("KEN", "abstain", L10), ("GHA", "abstain", L10)},
            id="the-others-were-continue-the-list",
        ),
        pytest.param(
            "The draft was vetoed by the Russian Federation.",
            {("RUS", "no", L10)},
            id="vetoed-by",
        ),
        pytest.param("It fell to a Russian veto.", {("RUS", "no", L10)}, id="demonym-veto"),
        pytest.param("Russia used its veto.", {("RUS", "no", L10)}, id="used-its-veto"),
        pytest.param(
            "Mali voted against. Niger voted with Mali this time.",
            {("MLI", "no", L10), ("NER", "no", L10)},
            id="voted-with-a-partner-whose-vote-is-known",
        ),
        pytest.param(
            "Chile voted in favour, siding with a handful of states including Peru and Uruguay.",
            {("CHL", "yes", L10), ("PER", "yes", L10), ("URY", "yes", L10)},
            id="siding-with-a-handful-including",
        ),
        pytest.param(
            "Eleven states sided with Cuba against the resolution.",
            {("CUB", "no", L10)},
            id="siding-with-x-against-the-text",
        ),
        pytest.param(
            "Bhutan was among four countries that abstained.",
            {("BTN", "abstain", L10)},
            id="among-n-countries-that",
        ),
        pytest.param(
            "Nepal was one of 65 countries to abstain.",
            {("NPL", "abstain", L10)},
            id="one-of-n-countries-to",
        ),
        pytest.param(
            "Laos and Cambodia were the two Asian countries among the 65 nations that abstained.",
            {("LAO", "abstain", L10), ("KHM", "abstain", L10)},
            id="the-n-countries-among-those-that",
        ),
        pytest.param(
            "All voted in favour except Israel (which voted no) and Kenya (which abstained).",
            {("ISR", "no", L10), ("KEN", "abstain", L10)},
            id="parenthesised-relative-clause",
        ),
        pytest.param(
            "The People's Republic of China decided to abstain.",
            {("CHN", "abstain", L10)},
            id="decided-to-abstain",
        ),
        pytest.param(
            "On Monday, all other members, including Brazil, voted in favour of the measure.",
            {("BRA", "yes", L10)},
            id="including-inside-the-subject",
        ),
        pytest.param(
            "Peru and Chile - both close partners of Spain - abstained.",
            {("PER", "abstain", L10), ("CHL", "abstain", L10)},
            id="dash-appositive",
        ),
        pytest.param(
            "Qatar and Oman rejected the motion.",
            {("QAT", "no", L10), ("OMN", "no", L10)},
            id="rejected-the-motion",
        ),
        pytest.param(
            "Voting against were Cuba and Venezuela; abstaining: Angola and Mozambique.",
            {("CUB", "no", L10), ("VEN", "no", L10)}
            | {("AGO", "abstain", L10), ("MOZ", "abstain", L10)},
            id="labels-after-a-semicolon",
        ),
        pytest.param(
            "Seven voted in favour (Algeria, Ecuador and Guyana among them), while Malta voted "
            "against.",
            {("DZA", "yes", L10), ("ECU", "yes", L10), ("GUY", "yes", L10), ("MLT", "no", L10)},
            id="predicate-then-parentheses",
        ),
        pytest.param(
            "Thirty countries abstained, with six member states - Croatia, Latvia and Poland "
            "among them - breaking ranks.",
            {("HRV", "abstain", L10), ("LVA", "abstain", L10), ("POL", "abstain", L10)},
            id="with-n-member-states-dash-list",
        ),
        pytest.param(
            "The text passed, with China and Russia abstaining.",
            {("CHN", "abstain", L10), ("RUS", "abstain", L10)},
            id="with-x-abstaining",
        ),
        pytest.param(
            "The dissenting members were Hungary and Israel.",
            {("HUN", "no", L10), ("ISR", "no", L10)},
            id="the-dissenting-members-were",
        ),
        pytest.param(
            "Explaining her country's abstention, the representative of Brazil said the text "
            "went too far.",
            {("BRA", "abstain", L10)},
            id="explanation-of-vote-nominal",
        ),
        pytest.param(
            "The Chilean delegate took the floor. She said her country had voted in favour.",
            {("CHL", "yes", L10)},
            id="explanation-of-vote-previous-sentence",
        ),
        pytest.param(
            "South Africa, through its envoy Jane Roe, abstained.",
            {("ZAF", "abstain", L10)},
            id="through-its-envoy",
        ),
        pytest.param(
            "Israel's delegation voted against.", {("ISR", "no", L10)}, id="possessive-delegation"
        ),
        pytest.param("Hungary opposed it.", {("HUN", "no", L10)}, id="opposed-it"),
        pytest.param(
            "The measure was opposed by the United States and Israel.",
            {("USA", "no", L10), ("ISR", "no", L10)},
            id="opposed-by",
        ),
        pytest.param(
            "The United States voted against. Voting with the United States were Israel and "
            "Hungary.",
            {("USA", "no", L10), ("ISR", "no", L10), ("HUN", "no", L10)},
            id="voting-with-x-were",
        ),
        pytest.param(
            "Hungary was among 18 countries voting against.",
            {("HUN", "no", L10)},
            id="among-n-countries-voting",
        ),
        # countries named near a vote that are no voters
        pytest.param("Serbia should have abstained.", set(), id="should-have-is-no-claim"),
        pytest.param(
            "The Chilean delegate said her country would have voted in favour.",
            set(),
            id="counterfactual-explanation",
        ),
        pytest.param(
            "None of the permanent members - including France and Britain - vetoed it.",
            set(),
            id="none-of-them-including",
        ),
        pytest.param(
            "The countries fighting against Ukraine were Russia and Belarus.",
            set(),
            id="against-a-country-is-no-cue",
        ),
        pytest.param(
            "The text passed with backing from 93 nations including Chile and Peru's neighbours.",
            {("CHL", "yes", L10)},
            id="a-possessive-ends-the-list",
        ),
        pytest.param(
            "Russia's veto was a relief for Iran.", {("RUS", "no", L10)}, id="no-list-after-was"
        ),
        pytest.param("Russia holds veto power in the Council.", set(), id="veto-power"),
    ],
)
def test_voters_named_around_a_cue(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected


def test_names_on_lines_under_a_heading(extract: Callable[[str], Facts]) -> None:
    text = LEAD + (
        "\n\nWhich countries abstained?\n\nBhutan\n\nNepal and Laos\n\n• Cambodia\n\n"
        "What happens next?\n\nSpain\n"
    )
    assert votes(extract(text)) == {
        ("BTN", "abstain", L10),
        ("NPL", "abstain", L10),
        ("LAO", "abstain", L10),
        ("KHM", "abstain", L10),
    }


def test_labels_open_lines(extract: Callable[[str], Facts]) -> None:
    text = LEAD + "\n\nAgainst: Belarus, Eritrea and Mali\n\nAbstaining (2):\n\nBhutan\n\nNepal\n"
    assert votes(extract(text)) == {
        ("BLR", "no", L10),
        ("ERI", "no", L10),
        ("MLI", "no", L10),
        ("BTN", "abstain", L10),
        ("NPL", "abstain", L10),
    }


def test_a_participle_takes_the_vote_of_its_clause(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 24 February 2025 - The Assembly adopted the Ukrainian-European "
        "resolution 93-18 with 65 abstentions, with Hungary voting against; it then adopted the "
        "amended US text (A/RES/ES-11/8) 93-8, with Mali abstaining."
    )
    found = votes(extract(text))
    assert ("HUN", "no", L10) in found
    assert ("MLI", "abstain", "A/RES/ES-11/8") in found
    assert ("HUN", "no", "A/RES/ES-11/8") not in found


# --- a clause about an earlier vote -------------------------------------------------------


def test_a_count_of_an_earlier_vote_goes_to_that_vote(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "The General Assembly adopted the peace text by 93 votes to 18 on Monday, well below "
        "the 141 countries that supported the resolution condemning the aggression in 2022."
    )
    assert sorted((t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies) == [
        ("A/RES/ES-11/1", 141, None, None),
        ("A/RES/ES-11/7", 93, 18, None),
    ]


def test_an_earlier_vote_named_in_passing_changes_nothing_of_this_one(
    extract: Callable[[str], Facts],
) -> None:
    rest = (
        " Besides Russia, four other states rejected it: Belarus, Eritrea, North Korea and "
        "Syria. Thirty-five nations abstained."
    )
    plain = extract("The Assembly text was backed by 141 countries." + rest)
    compared = extract(
        "The Assembly text was backed by 141 countries - well over the 100 countries that in "
        "2014 supported a similar Assembly vote on Crimea." + rest
    )
    assert votes(compared) == votes(plain)
    assert len(votes(plain)) == 5
    assert [(t.resolution.key, t.yes, t.no, t.abstain) for t in compared.tallies] == [
        (t.resolution.key, t.yes, t.no, t.abstain) for t in plain.tallies
    ]


def test_a_claim_in_a_clause_about_an_earlier_vote_is_that_votes(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        "The Assembly adopted the peace text by 93 votes to 18 on Monday, far fewer than the "
        "141 countries that backed the resolution condemning the aggression in 2022, when "
        "Mali abstained."
    )
    assert votes(facts) == {("MLI", "abstain", "A/RES/ES-11/1")}


def test_besides_one_country_a_count_of_the_others_is_no_tally(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(LEAD + "Besides Russia, six other states voted against the text.")
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(93, 18, 65)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Sixty-five states abstained, with three Gulf states - Oman, Qatar and Kuwait - "
            "keeping out of it (along with Jordan, which is not one).",
            {("OMN", "abstain", L10), ("QAT", "abstain", L10), ("KWT", "abstain", L10)}
            | {("JOR", "abstain", L10)},
            id="a-bracket-adds-to-the-list",
        ),
        pytest.param(
            "Peru voted no. Chile acted in concert with Peru.",
            {("PER", "no", L10), ("CHL", "no", L10)},
            id="in-concert-with",
        ),
        pytest.param(
            "Peru abstained from voting in favour of the text.",
            {("PER", "abstain", L10)},
            id="abstained-from-voting-in-favour",
        ),
        pytest.param(
            "Peru voted no. That Chile and Bolivia sided with Peru surprised nobody.",
            {("PER", "no", L10), ("CHL", "no", L10), ("BOL", "no", L10)},
            id="a-listed-side-takes-the-partner-vote",
        ),
        pytest.param(
            "Only three voted against the rival text. That Chile and Bolivia sided with Peru "
            "surprised nobody.",
            {("PER", "no", L10), ("CHL", "no", L10), ("BOL", "no", L10)},
            id="a-side-that-makes-the-stated-count",
        ),
        pytest.param(
            "Some voted against. That Chile and Bolivia sided with Peru surprised nobody.",
            set(),
            id="a-side-without-a-count-says-nothing",
        ),
    ],
)
def test_lists_and_sides(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected


def test_a_count_that_sides_with_a_country_in_a_tally(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "The General Assembly backed the text on 23 February 2023 with 141 votes in favour, "
        "with 7 countries siding with Russia against the resolution and 32 countries abstaining."
    )
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/6", 141, 7, 32)
    ]


def test_a_trend_gives_the_earlier_years_count_to_that_years_vote(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(LEAD + "Support for such texts has fallen from 141 in 2023 to 93 this year.")
    assert sorted((t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies) == [
        ("A/RES/ES-11/6", 141, None, None),
        ("A/RES/ES-11/7", 93, 18, 65),
    ]


def test_a_trend_from_a_year_the_record_does_not_hold_is_left_out(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(LEAD + "Support for such texts has fallen from 120 in 2019 to 93 this year.")
    assert [(t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies] == [
        ("A/RES/ES-11/7", 93, 18, 65)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Peru was among those opposing the text, along with Chile.",
            {("PER", "no", L10), ("CHL", "no", L10)},
            id="among-those-opposing-along-with",
        ),
        pytest.param(
            "Peru voted against the draft, along with Chile.",
            {("PER", "no", L10), ("CHL", "no", L10)},
            id="the-text-before-along-with",
        ),
        pytest.param(
            "Ghana, Kenya and Togo were among the abstainers.",
            {("GHA", "abstain", L10), ("KEN", "abstain", L10), ("TGO", "abstain", L10)},
            id="among-the-abstainers",
        ),
        pytest.param(
            "Ghana and Kenya, two of the abstainers, asked for more time.",
            {("GHA", "abstain", L10), ("KEN", "abstain", L10)},
            id="two-of-the-abstainers",
        ),
        pytest.param(
            "Peru's ambassador voted against the text.", {("PER", "no", L10)}, id="ambassador"
        ),
        pytest.param(
            "Peru and Chile cast the only no votes.",
            {("PER", "no", L10), ("CHL", "no", L10)},
            id="cast-the-only-no-votes",
        ),
        pytest.param(
            "Explaining her vote, Peru's envoy said her country voted in favour.",
            {("PER", "yes", L10)},
            id="possessive-envoy-explains",
        ),
        pytest.param("Chile blocked the draft.", {("CHL", "no", L10)}, id="blocked-the-draft"),
        pytest.param(
            "The draft was blocked by Chile.", {("CHL", "no", L10)}, id="blocked-by-a-country"
        ),
        pytest.param(
            "Peru joined Chile in vetoing the text.",
            {("PER", "no", L10), ("CHL", "no", L10)},
            id="joined-in-vetoing",
        ),
        pytest.param(
            "The road to the venue was blocked by protesters from Chile.", set(), id="a-road"
        ),
        pytest.param(
            "Ghana, Kenya and Togo were among the 93 members supporting the text.",
            {("GHA", "yes", L10), ("KEN", "yes", L10), ("TGO", "yes", L10)},
            id="among-the-members-supporting",
        ),
        pytest.param(
            "Regional powers such as Ghana and Kenya continue to sit on the fence.",
            {("GHA", "abstain", L10), ("KEN", "abstain", L10)},
            id="such-as-subject-sits-on-the-fence",
        ),
        pytest.param(
            "Pressure from states such as Chile made Peru abstain.",
            {("PER", "abstain", L10)},
            id="such-as-in-a-phrase-is-not-the-subject",
        ),
        pytest.param(
            "Twelve states abstained. Foremost among them was Peru.",
            {("PER", "abstain", L10)},
            id="among-them-the-list-before",
        ),
        pytest.param(
            "Many envoys spoke. Among them was the ambassador of Peru.",
            set(),
            id="among-them-with-no-vote-before",
        ),
        pytest.param(
            "Chile used its veto power to block the draft.",
            {("CHL", "no", L10)},
            id="used-its-veto-to-block",
        ),
    ],
)
def test_reported_forms(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected


def test_a_sentence_that_opens_on_another_time_claims_nothing_of_this_vote(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(
        LEAD + "Last year, 120 countries backed a similar text and Peru voted against it."
    )
    assert votes(facts) == set()
    assert [(t.yes, t.no, t.abstain) for t in facts.tallies] == [(93, 18, 65)]


def test_a_sentence_that_opens_on_another_time_keeps_the_vote_it_names(
    extract: Callable[[str], Facts],
) -> None:
    facts = extract(LEAD + "In 2022, the Assembly adopted resolution ES-11/1, and Peru voted yes.")
    assert ("PER", "yes", "A/RES/ES-11/1") in votes(facts)


def test_joining_a_list_gives_it_the_vote(extract: Callable[[str], Facts]) -> None:
    found = votes(extract(LEAD + "Mali voted against, joining Belarus and Syria."))
    assert found == {("MLI", "no", L10), ("BLR", "no", L10), ("SYR", "no", L10)}


def test_a_trend_named_the_other_way_round(extract: Callable[[str], Facts]) -> None:
    facts = extract(LEAD + "Support fell to 93 votes from 141 in 2023.")
    assert ("A/RES/ES-11/6", 141, None, None) in [
        (t.resolution.symbol, t.yes, t.no, t.abstain) for t in facts.tallies
    ]


def test_the_support_of_some_of_the_members_is_a_count(extract: Callable[[str], Facts]) -> None:
    facts = extract(
        "UNITED NATIONS, 24 February 2025 - The Security Council adopted resolution 2774 with "
        "the support of 10 of its 15 members."
    )
    assert [(t.resolution.symbol, t.yes) for t in facts.tallies] == [("S/RES/2774 (2025)", 10)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile has vetoed dozens of drafts since 1990.",
        "Chile has used its veto 12 times since 2001.",
        "Peru voted against such texts on several occasions.",
    ],
)
def test_a_record_of_many_votes_is_not_this_vote(
    extract: Callable[[str], Facts], sentence: str
) -> None:
    assert votes(extract(LEAD + sentence)) == set()


def test_a_vote_said_to_repeat_earlier_ones_is_still_this_vote(
    extract: Callable[[str], Facts],
) -> None:
    assert votes(extract(LEAD + "Peru abstained, as it has done five times before.")) == {
        ("PER", "abstain", L10)
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Peru abstained last year but voted against this time.",
            {("PER", "no", L10)},
            id="last-year-but-this-time",
        ),
        pytest.param(
            "Kenya abstained, after voting in favour in 2019.",
            {("KEN", "abstain", L10)},
            id="after-voting-in-another-year",
        ),
        pytest.param(
            "Having voted in favour a year ago, Kenya abstained.",
            {("KEN", "abstain", L10)},
            id="fronted-participle-a-year-ago",
        ),
        pytest.param(
            "Kenya voted in favour as it did last year.",
            {("KEN", "yes", L10)},
            id="as-it-did-last-year",
        ),
        pytest.param(
            "Kenya voted in favour in 2025, as expected.",
            {("KEN", "yes", L10)},
            id="the-reported-votes-own-year",
        ),
    ],
)
def test_a_predicate_about_another_time_is_not_this_vote(
    extract: Callable[[str], Facts], sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert votes(extract(LEAD + sentence)) == expected
