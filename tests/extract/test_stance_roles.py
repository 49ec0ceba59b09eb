"""Stances read from a holder's role: an envoy explaining their country's vote, an attack
on a draft (its drafters), a drafter introducing its text, a country's own statement."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.extract.mentions import find_entities
from kg.extract.stance_drafters import find_drafters
from kg.extract.text import Document
from kg.model import Facts

COUNCIL_LEAD = (
    "UNITED NATIONS, 14 March 2031 - The Security Council on Thursday rejected a draft on "
    "glacier monitoring sponsored by Norway and Chile, with 9 votes in favour, 2 against and 4 "
    "abstentions. Egypt and Kenya voted against the draft, while Brazil abstained.\n\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Brazil's ambassador to the United Nations, Paulo Ferraz, said the text "
            '"came too late in the session to be studied with care."',
            {("Paulo Ferraz", "supports", "BRA")},
            id="an-envoy-explaining-an-abstention-supports-it",
        ),
        pytest.param(
            'Egyptian Ambassador Hany Saleh said: "This draft is a shameful attempt to tie the '
            'hands of developing countries."',
            {
                ("Hany Saleh", "supports", "EGY"),
                ("Hany Saleh", "criticizes", "NOR"),
                ("Hany Saleh", "criticizes", "CHL"),
            },
            id="an-attack-on-the-draft-criticizes-its-sponsors",
        ),
        pytest.param(
            'Kenya said in a statement: "The text is a cynical and dangerous distraction."',
            {
                ("KEN", "supports", "KEN"),
                ("KEN", "criticizes", "NOR"),
                ("KEN", "criticizes", "CHL"),
            },
            id="a-country-holds-its-statement",
        ),
        pytest.param(
            "Brazil's ambassador to the United Nations, Paulo Ferraz, said his delegation would "
            "set out its reasons in writing later.",
            set(),
            id="putting-the-explanation-off-is-evasive",
        ),
        pytest.param(
            "Hany Saleh, Egypt's permanent representative, said: \"Our vote was a mistake and "
            'we regret it."',
            {("Hany Saleh", "criticizes", "EGY")},
            id="regret-is-not-an-explanation",
        ),
    ],
)
def test_an_envoy_speaks_for_their_country(
    paragraph: str, expected: set[tuple[str, str, str]], extract: Callable[[str], Facts]
) -> None:
    found = stances(extract(COUNCIL_LEAD + paragraph))
    holders = {h for h, _, _ in expected} or {"Paulo Ferraz", "Hany Saleh", "KEN"}
    assert {s for s in found if s[0] in holders} == expected


def test_a_drafter_introducing_the_text_supports_every_drafter(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Introducing the draft, also on behalf of Chile, the Norwegian ambassador to the "
        'United Nations, Ola Berg, said: "Glaciers are the water towers of whole regions."'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Ola Berg"}
    assert found == {("Ola Berg", "supports", "NOR"), ("Ola Berg", "supports", "CHL")}


def test_a_lawmaker_titled_representative_is_not_an_envoy(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        'Representative Joan Marsh said: "The draft came too late in the session."'
    )
    assert not {s for s in stances(extract(text)) if s[0] == "Joan Marsh"}


def test_a_voting_body_holds_no_stance(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        'The General Assembly resolution "deplores the cynical obstruction" of the talks.'
    )
    assert not {s for s in stances(extract(text)) if "Assembly" in s[0]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The text, drafted by Norway and Chile, failed.", ["NOR", "CHL"]),
        ("It was tabled at the Council on Monday by Peru, Ghana and Japan.", ["PER", "GHA", "JPN"]),
        ("Spain introduced the resolution in coordination with Portugal.", ["ESP"]),
        ("The measure was introduced by Spain in coordination with Portugal.", ["ESP", "PRT"]),
        ("Canada and Chile were among the countries that brought the motion.", ["CAN", "CHL"]),
        ("The French-led draft failed.", ["FRA"]),
        ("Delegates weighed a Peruvian initiative on glaciers.", ["PER"]),
        ("The Chilean draft failed.", ["CHL"]),
        ("The draft failed; Kenya and Peru voted against it.", []),
    ],
)
def test_drafters_as_reporters_name_them(
    sentence: str, expected: list[str], extractor: Extractor
) -> None:
    doc = Document(sentence)
    entities, _ = find_entities(doc, extractor.gazetteer)
    found = [iso for _, group in find_drafters(doc, entities) for iso in group]
    assert list(dict.fromkeys(found)) == expected


def test_an_envoy_attack_without_a_cue_word_is_read_from_the_sentiment_lexicon(
    extract: Callable[[str], Facts],
) -> None:
    # "cynical" and "tricked" are in no cue list: the general lexicon reads them
    text = COUNCIL_LEAD + (
        "Hany Saleh, Egypt's permanent representative, said: \"This is a cynical and dishonest "
        'ploy, and we were tricked."'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Hany Saleh"}
    assert found == {
        ("Hany Saleh", "supports", "EGY"),
        ("Hany Saleh", "criticizes", "NOR"),
        ("Hany Saleh", "criticizes", "CHL"),
    }


def test_the_lexicon_leaves_out_what_the_votes_are_about() -> None:
    from kg.extract.stance_polarity import lexicon_polarity  # noqa: PLC0415

    assert lexicon_polarity("The war and the killing of civilians must end in peace.")[0] is None
    assert lexicon_polarity("This is a hugely positive and welcome step.")[0] == "supports"
    # its negation rule: a positive word after "not" does not read as support
    assert lexicon_polarity("This is not a positive step.")[0] != "supports"


def test_a_country_statement_commending_another_vote_supports_it(
    extract: Callable[[str], Facts],
) -> None:
    # "commends" is not a cue word: the lexicon rates "commend", and its inflections follow
    text = COUNCIL_LEAD + (
        '"The government of Ghana commends the Egyptian position as principled," the '
        "Ghanaian foreign ministry said in a statement."
    )
    assert ("GHA", "supports", "EGY") in stances(extract(text))


def test_praise_of_a_list_of_voters_supports_each_of_them(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "GENEVA, 3 June 2031 - The General Assembly adopted a resolution on press freedom by "
        "120 votes to 30.\n\n"
        'Ines Moreau of Reporters Watch said: "The text is long overdue. In a wonderful and '
        "encouraging turn, Peru, Ghana and Nepal voted in favour for the first time this year. "
        'We deplore the weakening of its final paragraph."'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Ines Moreau"}
    assert {("Ines Moreau", "supports", iso) for iso in ("PER", "GHA", "NPL")} <= found
    assert not {s for s in found if s[1] == "criticizes" and s[2] in ("PER", "GHA", "NPL")}


def test_a_speaker_named_after_the_verb_explains_their_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Kenya voted against the draft because it left out the herders of the region, "
        "argued Kenyan Ambassador Wanjiru Odhiambo."
    )
    assert ("Wanjiru Odhiambo", "supports", "KEN") in stances(extract(text))


def test_a_one_word_fragment_is_the_speakers_judgement(extract: Callable[[str], Facts]) -> None:
    # "dreadful" is in no cue list; quoted alone, the lexicon's rating of it decides
    text = COUNCIL_LEAD + (
        "Lucas Pereira, a human rights campaigner, called Brazil's abstention on the draft "
        '"dreadful".'
    )
    assert ("Lucas Pereira", "criticizes", "BRA") in stances(extract(text))


def test_blaming_a_vote_for_a_text_does_not_attack_its_drafters(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Hany Saleh, Egypt's permanent representative, said it was shameful that Brazil "
        "could not vote for a text that protects glaciers."
    )
    found = {s for s in stances(extract(text)) if s[0] == "Hany Saleh"}
    assert not {s for s in found if s[2] in ("NOR", "CHL")}


def test_a_pleasant_aside_is_not_a_judgement_of_the_voter_named_elsewhere(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        'Ines Moreau, a professor of law, said: "That is a fair and honest question, thank '
        'you. There is no middle ground here, and Kenya knows it."'
    )
    assert not {s for s in stances(extract(text)) if s[0] == "Ines Moreau"}


def test_praise_of_the_text_does_not_support_a_country_that_voted_it_down(
    extract: Callable[[str], Facts],
) -> None:
    # Egypt and Kenya voted against; the professor's praise is for the text and its
    # drafters, not for the article's most talked-about voter
    text = COUNCIL_LEAD + (
        "Egypt's vote drew most of the attention in Cairo. Ines Moreau, a professor of law, "
        "welcomed the draft as a wise and overdue step."
    )
    found = {s for s in stances(extract(text)) if s[0] == "Ines Moreau"}
    assert ("Ines Moreau", "supports", "EGY") not in found
    assert {("Ines Moreau", "supports", "NOR"), ("Ines Moreau", "supports", "CHL")} <= found


def test_an_envoy_warning_the_countries_that_voted_yes_still_explains_her_no(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Egyptian Ambassador Hany Saleh warned that the decision would change how Egypt "
        'looks at "countries who disrespect us" on the Council.'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Hany Saleh"}
    assert ("Hany Saleh", "criticizes", "EGY") not in found
    assert not {s for s in found if s[2] in ("NOR", "CHL")}


def test_an_envoy_introduced_by_role_and_named_later_warns_against_the_text(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Egypt's envoy had warned before the vote that the draft would open the door to "
        'outside meddling.\n\n"We will not accept lectures on water," Hany Saleh said.'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Hany Saleh"}
    assert {("Hany Saleh", "criticizes", "NOR"), ("Hany Saleh", "criticizes", "CHL")} <= found
    assert ("Hany Saleh", "supports", "EGY") in found


def test_a_person_named_in_the_roles_sentence_is_not_taken_for_the_envoy(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Egypt's envoy had warned that the draft would open the door to meddling, Paulo "
        "Ferraz of the Water Observatory recalled in a note on the vote."
    )
    assert not {s for s in stances(extract(text)) if s[0] == "Paulo Ferraz" and s[2] == "EGY"}


def test_each_quoted_sentence_reporting_a_vote_judges_it(
    extract: Callable[[str], Facts],
) -> None:
    text = COUNCIL_LEAD + (
        "Lars Dahl, Norway's foreign minister, said: \"We are deeply disappointed by Egypt's "
        "vote against the draft. We are also disappointed that Brazil decided to abstain "
        'after years of backing this work."'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Lars Dahl"}
    assert {("Lars Dahl", "criticizes", "EGY"), ("Lars Dahl", "criticizes", "BRA")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Peru and Lina Ortiz had called on Brazil to vote against the draft.",
            {("PER", "criticizes", "BRA"), ("Lina Ortiz", "criticizes", "BRA")},
            id="a-call-for-another-vote-criticizes-the-one-cast",
        ),
        pytest.param(
            "Lina Ortiz had urged Egypt to vote against the draft.",
            set(),
            id="a-call-the-country-followed-says-nothing",
        ),
    ],
)
def test_a_call_to_vote_otherwise(
    sentence: str, expected: set[tuple[str, str, str]], extract: Callable[[str], Facts]
) -> None:
    found = {s for s in stances(extract(COUNCIL_LEAD + sentence)) if s[0] in ("PER", "Lina Ortiz")}
    assert found == expected


def test_a_judgement_of_an_unnamed_group_targets_no_one(extract: Callable[[str], Facts]) -> None:
    text = COUNCIL_LEAD + (
        'Ines Moreau, a professor of law, said: "We are deeply disappointed by the reaction '
        'of some African countries."'
    )
    assert not {s for s in stances(extract(text)) if s[0] == "Ines Moreau"}
