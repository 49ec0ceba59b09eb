"""What a clause says a vote or a text is, gratitude for votes, regret aimed at others,
the text as the object of a blocking verb, and "the two vetoes"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.stance_polarity import polarity
from kg.extract.stance_predicates import (
    regret_of_others,
    text_attacked,
    text_only_as_object,
    vote_predicate,
)
from kg.model import Facts

VETO_LEAD = (
    "UNITED NATIONS, 4 May 2031 - Russia on Tuesday vetoed a Security Council draft, written "
    "by Norway, that would have renewed the mandate of the observers in Kelmar. Thirteen "
    "members voted in favour and China abstained.\n\n"
)
DOUBLE_VETO_LEAD = (
    "UNITED NATIONS, 2 June 2031 - Russia and China on Friday vetoed a Security Council "
    "resolution condemning a string of missile tests, after 13 members voted in favour.\n\n"
)
ASSEMBLY_LEAD = (
    "The General Assembly on Monday adopted a resolution on the return of deported "
    "children by 97 votes to 12, with 58 abstentions. Hungary voted against the text.\n\n"
)


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the veto was a cynical ploy to bury the truth.", "criticizes"),
        ("She said their abstention was a wise and measured choice.", "supports"),
        ("The minister said the vote amounted to a grave blunder.", "criticizes"),
        ("She said the veto was not a rejection of the mission.", None),
        ("He said the vote was held late on Tuesday evening.", None),
    ],
)
def test_a_vote_judged_by_its_predicate(text: str, expected: str | None) -> None:
    assert vote_predicate(text)[0] == expected


def test_a_text_judged_by_its_predicate() -> None:
    assert text_attacked("He said the draft was lopsided and unfair to his country.")
    assert not text_attacked("He said the draft was circulated on Monday morning.")


def test_a_text_named_only_as_what_was_blocked() -> None:
    assert text_only_as_object("History will judge those who blocked this text.")
    assert not text_only_as_object("Those who blocked this text said the text was biased.")
    assert not text_only_as_object("This resolution is a disgrace.")


def test_regret_at_what_others_did() -> None:
    assert regret_of_others("We regret that the sponsors turned down every amendment.")
    assert not regret_of_others("We regret our vote and will correct it.")


def test_thanks_for_votes_is_support() -> None:
    assert polarity("She thanked Brazil and Chile for their votes.")[0] == "supports"
    assert polarity("He was grateful to Kenya for its support in the hall.")[0] == "supports"
    assert polarity("She thanked the interpreters.")[0] is None


@pytest.mark.parametrize(
    ("paragraph", "expected", "unwanted"),
    [
        pytest.param(
            'The U.S. envoy, Mara Lentz, said the veto was "a cynical ploy to keep the '
            'observers away from what is happening on the ground."',
            {("Mara Lentz", "criticizes", "RUS")},
            set(),
            id="the-veto-was-a-ploy",
        ),
        pytest.param(
            'Russian envoy Oleg Surin defended the veto, saying the draft was "lopsided and '
            'unfair" and had ignored the concerns of the host government.',
            {("Oleg Surin", "supports", "RUS"), ("Oleg Surin", "criticizes", "NOR")},
            set(),
            id="defending-the-veto-while-attacking-the-draft",
        ),
        pytest.param(
            '"This is a dark day for the Council. History will judge those who blocked this '
            'text," said Irish envoy Ciara Boyle.',
            {("Ciara Boyle", "criticizes", "RUS")},
            {("Ciara Boyle", "criticizes", "NOR")},
            id="those-who-blocked-the-text-are-judged-not-its-drafter",
        ),
    ],
)
def test_in_a_veto_story(
    extract: Callable[[str], Facts],
    paragraph: str,
    expected: set[tuple[str, str, str]],
    unwanted: set[tuple[str, str, str]],
) -> None:
    found = stances(extract(VETO_LEAD + paragraph))
    assert expected <= found
    assert not unwanted & found


def test_the_two_vetoes_are_each_vetoers(extract: Callable[[str], Facts]) -> None:
    text = (
        DOUBLE_VETO_LEAD + "South Korean ambassador Lee Jun-seo said Seoul was deeply "
        "disappointed by the two vetoes."
    )
    assert {("Lee Jun-seo", "criticizes", "RUS"), ("Lee Jun-seo", "criticizes", "CHN")} <= (
        stances(extract(text))
    )


def test_a_country_regretting_another_country_vote(extract: Callable[[str], Facts]) -> None:
    text = ASSEMBLY_LEAD + "Estonia regrets that Hungary voted against the resolution."
    assert ("EST", "criticizes", "HUN") in stances(extract(text))


def test_regret_at_the_sponsors_is_not_regret_of_the_own_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        ASSEMBLY_LEAD + "Hungarian foreign minister Laszlo Farkas said the text would not "
        'bring the children home. "We regret that the sponsors turned down every amendment '
        'we put forward," he told reporters.'
    )
    found = stances(extract(text))
    assert ("Laszlo Farkas", "criticizes", "HUN") not in found
    assert ("Laszlo Farkas", "supports", "HUN") in found


def test_thanking_named_countries_for_their_votes(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Third Committee on Thursday approved a draft on the rights situation in Eritrea "
        "by 80 votes to 10, with 60 abstentions. Belarus and Iran voted against.\n\n"
        "Eritrea's representative rejected the draft as meddling and thanked Belarus and Iran "
        "for their votes."
    )
    found = stances(extract(text))
    assert {("ERI", "supports", "BLR"), ("ERI", "supports", "IRN")} <= found


def test_a_text_attacked_by_its_verb() -> None:
    assert text_attacked("because the draft ignored the rights of coastal States")
    assert not text_attacked("because the draft condemns the shelling of the port")


def test_voting_down_a_text_that_is_said_to_ignore_something(
    extract: Callable[[str], Facts],
) -> None:
    """An envoy's explanation of a vote against attacks the text: its drafter's position."""
    text = (
        "The General Assembly adopted a text on coastal fisheries, tabled by Peru, by 110 "
        "votes to 20, with 30 abstentions.\n\n"
        "The representative of Chile said that her delegation voted against because the "
        "resolution ignored the rights of coastal States."
    )
    found = stances(extract(text))
    assert {("CHL", "supports", "CHL"), ("CHL", "criticizes", "PER")} <= found


def test_a_drafter_envoy_welcoming_the_outcome(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly on Wednesday adopted a resolution on water access, drafted by "
        "Bolivia and Ghana, by 150 votes to 3, with 20 abstentions.\n\n"
        "Bolivian ambassador Rosa Quispe welcomed the outcome."
    )
    found = stances(extract(text))
    assert {("Rosa Quispe", "supports", "BOL"), ("Rosa Quispe", "supports", "GHA")} <= found


def test_a_text_called_one_sided() -> None:
    assert text_attacked('He said the draft was "one-sided and politicized".')
    assert not text_attacked("He said the draft was not one-sided.")


def test_a_text_called_or_described_as_something_bad() -> None:
    assert text_attacked('She called the draft "a cynical gesture" aimed at her country.')
    assert text_attacked("He voted against the motion, which he described as divisive.")
    assert not text_attacked("He called the draft a balanced and fair compromise.")


def test_a_delegate_calling_the_draft_a_sham(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Third Committee approved a draft on the rights situation in Eritrea by 80 votes "
        "to 12, with 60 abstentions. Norway presented the text.\n\n"
        'Eritrea\'s representative called the draft "a hypocritical exercise" and said the '
        "countries that voted against it had shown courage."
    )
    assert ("ERI", "criticizes", "NOR") in stances(extract(text))


def test_regret_at_some_members_voting_against(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly set up a panel on missing persons by 90 votes to 9, with 60 "
        "abstentions. Among those voting against were Iran and Cuba.\n\n"
        "Speaking after the vote, the representative of Chile expressed regret that some "
        "members had voted against the panel."
    )
    found = stances(extract(text))
    assert {("CHL", "criticizes", "IRN"), ("CHL", "criticizes", "CUB")} <= found


GAZA_LEAD = (
    "The General Assembly adopted a resolution on aid to the enclave by 140 votes to 10, "
    "with 20 abstentions. Hungary voted against.\n\n"
)


def test_a_cue_with_its_own_named_object_judges_no_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = GAZA_LEAD + (
        'Israeli envoy Dan Amir said: "How long will it take this body to condemn Hamas?"'
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Dan Amir"]


def test_the_tone_of_a_voter_conduct_is_no_judgement_of_its_vote(
    extract: Callable[[str], Facts],
) -> None:
    text = GAZA_LEAD + (
        "The Palestinian envoy, Sami Haddad, said: \"Hungary's shameless contempt for "
        'international law has lasted far too long."'
    )
    assert ("Sami Haddad", "criticizes", "HUN") not in stances(extract(text))


def test_a_text_said_to_do_harm_if_adopted() -> None:
    assert text_attacked("He said the draft would have complicated the talks.")
    assert text_attacked("She said the resolution would only undermine the mediation.")
    assert not text_attacked("She said the resolution would be put to a vote on Friday.")


def test_two_members_who_blocked_the_text(extract: Callable[[str], Facts]) -> None:
    text = DOUBLE_VETO_LEAD.replace(
        "after 13 members voted in favour",
        ("after 11 members voted in favour and Brazil and Mexico abstained"),
    ) + (
        "Speaking after the vote, the representative of Japan said she deeply regretted that "
        "two members had chosen to block the text."
    )
    found = stances(extract(text))
    assert {("JPN", "criticizes", "RUS"), ("JPN", "criticizes", "CHN")} <= found
    assert not {s for s in found if s[0] == "JPN" and s[2] in {"BRA", "MEX"}}


HRC_LEAD = (
    "GENEVA - The Human Rights Council on Friday voted down a motion, brought by Sweden and "
    "Chile, to hold a debate on prisons in Norland, with 20 against, 16 in favour and 11 "
    "abstaining. Egypt, Cuba and Eritrea voted against the motion.\n\n"
)


def test_thanking_the_voters_of_a_group_and_attacking_the_motion(
    extract: Callable[[str], Facts],
) -> None:
    text = HRC_LEAD + (
        "The envoy of Norland, Aron Veld, thanked the countries that voted against the "
        'motion, which he called "an attempt at meddling in our affairs."'
    )
    found = {s for s in stances(extract(text)) if s[0] == "Aron Veld"}
    assert {
        ("Aron Veld", "supports", "EGY"),
        ("Aron Veld", "supports", "CUB"),
        ("Aron Veld", "supports", "ERI"),
        ("Aron Veld", "criticizes", "SWE"),
        ("Aron Veld", "criticizes", "CHL"),
    } == found


def test_thanks_to_unnamed_backers_and_regret_at_a_named_voter(
    extract: Callable[[str], Facts],
) -> None:
    text = HRC_LEAD + (
        "Swedish ambassador Eva Lund said Stockholm was grateful to the states that supported "
        "the proposal and regretted that Egypt had voted against it."
    )
    found = {s for s in stances(extract(text)) if s[0] == "Eva Lund"}
    assert found == {("Eva Lund", "criticizes", "EGY")}


def test_the_drafter_envoy_naming_the_vetoer(extract: Callable[[str], Facts]) -> None:
    """Norway drafted the text Russia vetoed: its envoy's words on Moscow, in no approving
    tone, criticize the veto; a third country's envoy saying as much is not read so."""
    text = VETO_LEAD + (
        "Norwegian ambassador Siri Dahl told the Council that Moscow had decided "
        '"to stand apart from every other member."\n\n'
        'Brazilian ambassador Rui Costa said Moscow had "its own reading of the situation."'
    )
    found = stances(extract(text))
    assert ("Siri Dahl", "criticizes", "RUS") in found
    assert not [s for s in found if s[0] == "Rui Costa"]
