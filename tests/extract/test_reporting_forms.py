"""Reporting forms probed against the extractor, each in sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Facts
from tests.extract.facts import claims as _claims


def test_a_person_rejecting_a_text_states_no_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "MANILA, 4 May 2024 - The Assembly adopted the reef text by 120 votes to 6. "
        "Nepal's envoy rejected the resolution as unbalanced. The representative of Laos "
        "opposed the draft in a long speech. Ambassador Rosa Vera of Peru flatly rejected "
        "the text. Mongolia rejected the resolution, and Bhutan opposed it."
    )
    claims = _claims(extract(text))
    assert {("MNG", "no"), ("BTN", "no")} <= claims
    assert not {c for c in claims if c[0] in ("NPL", "LAO", "PER")}


def test_an_article_naming_its_vote_by_no_body_day_or_tally(
    extract: Callable[[str], Facts],
) -> None:
    # no dateline, no count, the body only in the title: still one vote, unknown
    text = (
        "Rights Council renews the mandate on Narnia\n\n"
        "Diplomats in Geneva were split. The resolution renewing the mandate was adopted "
        "after Chad and Laos voted against it, and Fiji abstained."
    )
    facts = extract(text)
    assert _claims(facts) == {("TCD", "no"), ("LAO", "no"), ("FJI", "abstain")}
    assert {v.resolution.key for v in facts.votes} == {facts.votes[0].resolution.key}
    assert facts.votes[0].resolution.body == "HRC"


def test_a_vote_named_nowhere_as_the_uns_is_not_filed(extract: Callable[[str], Facts]) -> None:
    text = "The motion on the club's stadium was adopted after Chad and Laos voted against it."
    assert not extract(text).votes


def test_supporters_and_backers_named_in_a_list(extract: Callable[[str], Facts]) -> None:
    text = (
        "NAIROBI, 9 October 2024 - The Assembly adopted the desert text by 150 votes to 4. "
        "Supporters included Chad and Mali, and the draft won the backing of Peru, Chile "
        "and Fiji. Opponents of the text included Laos and Nepal."
    )
    claims = _claims(extract(text))
    yes = {(iso, "yes") for iso in ("TCD", "MLI", "PER", "CHL", "FJI")}
    assert yes | {("LAO", "no"), ("NPL", "no")} <= claims


def test_a_veto_with_no_body_named_is_a_council_vote(extract: Callable[[str], Facts]) -> None:
    # the dateline names the UN in capitals; "vetoed" alone says which body voted; the
    # second sentence's lone count does not stop the first from describing the vote
    text = (
        "UNITED NATIONS, 3 June 2031 - Chile and Peru vetoed a draft on fishing rights "
        "on Tuesday. Nine members voted in favour."
    )
    facts = extract(text)
    assert _claims(facts) == {("CHL", "no"), ("PER", "no")}
    assert {v.resolution.body for v in facts.votes} == {"UNSC"}


def test_siding_with_bad_company_criticizes_the_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 3 June 2031 - The General Assembly adopted the text on Narnia by "
        "120 votes to 9, with 30 abstentions. Laos voted against.\n\n"
        "Senator Ana Ruiz said Laos had sided with tyrants. Her colleague Tom Vale said the "
        "dictators of the region would welcome the text."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert ("Ana Ruiz", "criticizes", "LAO") in stances
    assert not {s for s in stances if s[0] == "Tom Vale"}


def test_a_judgement_of_two_voters_named_together(extract: Callable[[str], Facts]) -> None:
    text = (
        "UNITED NATIONS, 3 June 2031 - The Security Council failed to adopt the draft on "
        "Narnia on Tuesday after Chile and Peru vetoed it. Nine members voted in favour and "
        "Fiji abstained.\n\n"
        'Ambassador Ana Ruiz of Tonga said Chile and Peru had shown "a shameful '
        'indifference." Senator Tom Vale said the two vetoes were a disgrace.'
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    both = {(who, "criticizes", iso) for who in ("Ana Ruiz", "Tom Vale") for iso in ("CHL", "PER")}
    assert both <= stances
    assert not {s for s in stances if s[2] == "FJI"}


def test_a_full_stop_after_the_closing_mark_ends_the_quote(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        'Ambassador Ana Ruiz of Tonga said the draft was "a poor compromise". Senator Tom '
        "Vale said it went too far."
    )
    quotes = {q.text: q.speaker.name for q in extract(text).quotes}
    assert quotes == {"a poor compromise": "Ana Ruiz"}


def test_a_spokesperson_for_a_countrys_ministry_speaks_for_it(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The Assembly adopted the text on Narnia on Monday.\n\n"
        '"We find the text fair and useful," a spokesperson for Peru\'s foreign ministry '
        'said. A spokeswoman for Chile\'s mission said: "The text is late."'
    )
    quotes = {q.text: (q.speaker.kind, q.speaker.name) for q in extract(text).quotes}
    assert quotes == {
        "We find the text fair and useful,": ("country", "PER"),
        "The text is late.": ("country", "CHL"),
    }


def test_an_envoy_after_a_sentence_ending_on_a_preposition(
    extract: Callable[[str], Facts],
) -> None:
    # "... voted against." ends its sentence: "against" does not govern the next subject
    text = (
        "The Assembly adopted the text on Narnia by 120 votes to 9. Laos voted against.\n\n"
        'The representative of Peru said: "This is a fair text." Chile\'s delegate said '
        'the text was "late but useful".'
    )
    quotes = {q.text: q.speaker.name for q in extract(text).quotes}
    assert quotes == {"This is a fair text.": "PER", "late but useful": "CHL"}


def test_an_envoy_announcing_the_vote_to_come(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text on Narnia by a recorded vote of 120 in favour "
        "to 9 against, with 30 abstentions.\n\n"
        "Speaking before the vote, the representative of Laos said the text was one-sided "
        "and his delegation would vote against it. The representative of Nepal said her "
        "country regretted the lack of consultations and would abstain."
    )
    facts = extract(text)
    assert {("LAO", "no"), ("NPL", "abstain")} <= _claims(facts)
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}
    assert ("LAO", "supports", "LAO") in stances


def test_an_envoy_explaining_the_vote_in_a_clause_before_the_verb(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "The General Assembly adopted the text on Narnia by a recorded vote of 120 in favour "
        "to 9 against, with 30 abstentions. Peru and Chile abstained.\n\n"
        "The representative of Peru, explaining her delegation's abstention, said dialogue "
        "was the only way forward. The representative of Chile, speaking after the vote, "
        "said the weather had delayed the session."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert ("PER", "supports", "PER") in stances
    assert not {s for s in stances if s[0] == "CHL"}


def test_a_country_rejecting_a_text_votes_and_judges_no_one(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "NAIROBI, 9 October 2031 - The Assembly adopted the desert text by 150 votes to 4. "
        "Nepal rejected the resolution, and Bhutan opposed it. Fiji voted in favour. "
        "Laos rejected the text and criticized Fiji for its yes vote."
    )
    facts = extract(text)
    assert {("NPL", "no"), ("BTN", "no")} <= _claims(facts)
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in facts.stances}
    assert not {s for s in stances if s[0] == "NPL"}
    assert ("LAO", "criticizes", "FJI") in stances


def test_the_vote_of_a_country_names_whose_vote_is_judged(
    extract: Callable[[str], Facts],
) -> None:
    # the holder abstained itself: "the vote of Laos" is still Laos's vote
    text = (
        "The General Assembly adopted the text on Narnia by 120 votes to 9, with 30 "
        "abstentions. Laos and Nepal voted against, while Peru and Chile abstained.\n\n"
        "Peru condemned the vote of Laos. Chile deplored the abstention by Peru."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {("PER", "criticizes", "LAO"), ("CHL", "criticizes", "PER")} <= stances
    assert ("PER", "supports", "PER") not in stances


def test_an_accusation_targets_the_voters_it_names(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text on Narnia by 120 votes to 9, with 30 "
        "abstentions. Laos and Nepal voted against, while Peru abstained.\n\n"
        "Tonga accused Laos and Nepal of shielding the junta. Rosa Vera, a Fijian lawmaker, "
        "accused the West of hypocrisy after the vote."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {("TON", "criticizes", "LAO"), ("TON", "criticizes", "NPL")} <= stances
    assert not {s for s in stances if s[0] == "Rosa Vera"}


def test_a_government_statement_speaks_for_its_country(extract: Callable[[str], Facts]) -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs of Tonga on the General Assembly vote\n\n"
        "The Ministry welcomes the adoption of the resolution on the rights of fishers. "
        "We regret that Laos and Nepal chose to abstain. We condemn Peru's vote against "
        "the resolution."
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {("TON", "criticizes", iso) for iso in ("LAO", "NPL", "PER")} <= stances


def test_a_statement_headline_naming_no_country_gives_no_holder(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "Statement by the Coalition for Fishers on the General Assembly vote\n\n"
        "We regret that Laos and Nepal chose to abstain."
    )
    assert not extract(text).stances


def test_un_mandate_titles_are_not_names(extract: Callable[[str], Facts]) -> None:
    text = (
        "GENEVA, 10 July 2031 - The Human Rights Council extended the mandate of the "
        "Special Rapporteur on Narnia by a vote of 21 to 9. Special Rapporteur Tom Vale "
        "welcomed it, as did the High Commissioner for Human Rights."
    )
    assert {p.name for p in extract(text).persons} == {"Tom Vale"}


def test_a_country_that_was_the_vote_named(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK, 3 June 2031 - The General Assembly adopted the text on Narnia on Tuesday. "
        "Laos was the lone no vote. Chile, Peru and Fiji were the three abstentions. Tonga "
        "and Samoa were among the yes votes. The abstentions were a surprise."
    )
    assert _claims(extract(text)) == {
        ("LAO", "no"),
        ("CHL", "abstain"),
        ("PER", "abstain"),
        ("FJI", "abstain"),
        ("TON", "yes"),
        ("WSM", "yes"),
    }


def test_a_text_passed_with_the_support_of_a_counted_list(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "NEW YORK, 3 June 2031 - The General Assembly adopted the text on Narnia on Tuesday "
        "with the support of 120 countries, including Chile and Peru."
    )
    assert _claims(extract(text)) == {("CHL", "yes"), ("PER", "yes")}


def test_a_second_text_of_the_same_day_is_a_vote_of_its_own(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "UNITED NATIONS, 3 June 2031 - The Security Council on Tuesday voted on two drafts "
        "on Narnia. A text written by Fiji failed when Laos vetoed it; Nepal abstained.\n\n"
        "A rival draft, put forward by Laos, won only four votes in favour. Chile and Peru "
        "voted against it, and Tonga abstained."
    )
    votes = {(v.country, v.option): v.resolution.key for v in extract(text).votes}
    first = {votes[("LAO", "no")], votes[("NPL", "abstain")]}
    second = {votes[("CHL", "no")], votes[("PER", "no")], votes[("TON", "abstain")]}
    assert len(first) == 1 and len(second) == 1 and first != second


def test_an_envoy_named_after_the_role_is_the_speaker(extract: Callable[[str], Facts]) -> None:
    text = (
        "The General Assembly adopted the text on Narnia by 120 votes to 9.\n\n"
        '"The text is late," said Nepal\'s ambassador, Ram Thapa. "It is fair," said '
        "Chile's envoy."
    )
    quotes = {q.text: (q.speaker.kind, q.speaker.name) for q in extract(text).quotes}
    assert quotes == {
        "The text is late,": ("person", "Ram Thapa"),
        "It is fair,": ("country", "CHL"),
    }


def test_judgement_adjectives_the_sentiment_lexicon_lacks(
    extract: Callable[[str], Facts],
) -> None:
    text = (
        "NEW YORK, 3 June 2031 - The General Assembly adopted the text on Narnia by 120 votes "
        "to 9, with 30 abstentions. Laos and Nepal voted against, and Fiji voted in favour.\n\n"
        'In a statement, Peru\'s foreign ministry called the vote by Laos "deplorable". '
        'Tonga\'s foreign ministry called the vote by Fiji "commendable".'
    )
    stances = {(s.holder.name, s.polarity, s.target.voter) for s in extract(text).stances}
    assert {("PER", "criticizes", "LAO"), ("TON", "supports", "FJI")} <= stances


def test_the_abstention_of_a_country_is_its_vote(extract: Callable[[str], Facts]) -> None:
    text = (
        "NEW YORK, 3 June 2031 - The General Assembly adopted the text on Narnia by 120 votes "
        "to 9. Nepal regretted the abstention of Fiji; the veto of Laos in the Council had "
        "been expected. The abstention of 30 states surprised no one."
    )
    assert _claims(extract(text)) == {("FJI", "abstain"), ("LAO", "no")}
