"""Forms of a judgement of a vote found in reporting on other bodies' votes: thanks for
abstaining, a second judgement after "but said she", an opinion paragraph that says
what a vote was, vetoers counted but not named, and a lament of the day that judges
no vote."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts


def stances(facts: Facts) -> set[tuple[str, str, str]]:
    return {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}


def test_thanks_for_abstaining_support_each_voter(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Human Rights Council adopted a resolution on Korvia by 22 votes to 9, with "
        "16 abstentions. Chile and Ghana abstained.\n\n"
        "Korvian Foreign Minister Dario Vell thanked Chile and Ghana for abstaining, "
        "saying both had listened to his government.\n"
    )
    found = stances(extract(text))
    assert {("Dario Vell", "supports", "CHL"), ("Dario Vell", "supports", "GHA")} <= found


def test_regret_after_but_said_judges_the_abstainer(extract: Callable[[str], Facts]) -> None:
    text = (
        "The Human Rights Council renewed its inquiry into Korvia by 24 votes to 7, with "
        "16 abstentions. Mexico abstained.\n\n"
        "Rights advocate Ines Marlow welcomed the renewal but said she regretted that "
        "Mexico had once again chosen to abstain.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Ines Marlow"}
    assert found == {("Ines Marlow", "criticizes", "MEX")}


def test_an_opinion_paragraph_that_says_what_the_vote_was(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Opinion | Our abstention helped no one\n\nBy Ruth Abara\n\n"
        "When the General Assembly voted on Tuesday on the resolution on aid access, "
        "Nigeria abstained.\n\n"
        "That abstention was a failure of nerve. Our diplomats owed the victims more.\n\n"
        "Senegal voted in favour and deserves credit for it.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Ruth Abara"}
    assert ("Ruth Abara", "criticizes", "NGA") in found
    assert ("Ruth Abara", "criticizes", "SEN") not in found


VETO = (
    "Russia and China on Monday vetoed a Security Council draft that would have extended "
    "sanctions on Valdoria. The other 13 members voted in favour.\n\n"
)


def test_vetoers_counted_not_named(extract: Callable[[str], Facts]) -> None:
    text = VETO + (
        '"Two permanent members of this Council have chosen to shield the junta," '
        "Irish ambassador Niamh Collard said after the vote.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Niamh Collard"}
    assert found == {("Niamh Collard", "criticizes", "RUS"), ("Niamh Collard", "criticizes", "CHN")}


def test_a_count_that_is_not_the_vetoers_names_no_one(extract: Callable[[str], Facts]) -> None:
    text = VETO + (
        '"Three members of this Council have chosen to shield the junta," '
        "Irish ambassador Niamh Collard said after the vote.\n"
    )
    found = {s for s in stances(extract(text)) if s[0] == "Niamh Collard"}
    assert ("Niamh Collard", "criticizes", "CHN") not in found


def test_a_sad_day_names_no_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "Russia on Monday vetoed a Security Council draft on aid to Valdoria. Thirteen "
        "members voted in favour and China abstained.\n\n"
        '"This is a sad day for the people who waited for help," said Danish envoy '
        "Karen Holm.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Karen Holm"]


def test_a_dark_day_with_its_blockers_judges_them(extract: Callable[[str], Facts]) -> None:
    text = (
        "Russia on Monday vetoed a Security Council draft on aid to Valdoria. Thirteen "
        "members voted in favour and China abstained.\n\n"
        '"This is a dark day for this Council. History will judge those who blocked this '
        'text," said Danish envoy Karen Holm.\n'
    )
    assert ("Karen Holm", "criticizes", "RUS") in stances(extract(text))


def test_a_bad_day_for_the_alliance_judges_the_ally(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the resolution on Valdoria by 98 votes to 12. "
        "Canada voted against it.\n\n"
        '"We did not expect this. It is a bad day for our alliance," said Danish envoy '
        "Karen Holm.\n"
    )
    assert ("Karen Holm", "criticizes", "CAN") in stances(extract(text))


def test_a_live_blog_entry_in_the_present_tense(extract: Callable[[str], Facts]) -> None:
    text = (
        "Live: Council votes on the Lorwen mission\n\n"
        "14:05 - The resolution is adopted with 13 votes in favour, none against and two "
        "abstentions, from Russia and China. Ecuador voted in favour.\n\n"
        "14:11 - British ambassador Helen Kerr thanks Ecuador for voting in favour and says "
        "the vote answers the call of the Lorwen people.\n\n"
        "14:15 - Thanks to the two abstentions, the text passed, says analyst Mara Lind.\n"
    )
    found = stances(extract(text))
    assert ("Helen Kerr", "supports", "ECU") in found
    assert not [s for s in found if s[0] == "Mara Lind"]


def test_thanks_to_a_country_not_voting_fall_on_no_one(extract: Callable[[str], Facts]) -> None:
    text = (
        "Live: Council votes on the Lorwen mission\n\n"
        "14:05 - The resolution is adopted with 13 votes in favour, none against and two "
        "abstentions, from Russia and China.\n\n"
        "14:11 - British ambassador Helen Kerr thanks Ecuador for co-drafting the text and "
        "says the vote answers the call of the Lorwen people.\n"
    )
    assert not [s for s in stances(extract(text)) if s[0] == "Helen Kerr"]
