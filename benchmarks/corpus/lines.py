"""Sentences written for the generator: quotes by polarity, narration, filler, boilerplate.

Quote templates may carry one "|" where an attribution can interrupt them
("This vote| puts ..." becomes "This vote," she said, "puts ..."). Fields are those of
``Article.fill`` plus the vote context: {voter} (ISO code), {act} ("vote against"),
{acted} ("voted against"), {vote_noun} ("no vote"), {res} (the resolution).
"""

from __future__ import annotations

OPTION_WORDS = {
    "no": {
        "act": "vote against",
        "acted": "voted against",
        "vote_noun": "no vote",
        "joined": "opposing",
        "list_verb": "voted against",
    },
    "yes": {
        "act": "vote for",
        "acted": "voted for",
        "vote_noun": "yes vote",
        "joined": "backing",
        "list_verb": "voted in favor of",
    },
    "abstain": {
        "act": "abstain on",
        "acted": "abstained on",
        "vote_noun": "abstention",
        "joined": "abstaining on",
        "list_verb": "abstained on",
    },
}

CRITICAL = (
    "{Poss:{voter}} decision to {act} this resolution| is a grave mistake, and history will "
    "judge it harshly.",
    "When the moment came to stand up for the Charter,| {c:{voter}} chose the wrong side.",
    "I cannot understand how {c:{voter}} could {act} a text that simply restates the "
    "principles we all signed.",
    "This {vote_noun}| tells our partners that commitments made in this building are negotiable.",
    "Voting the way {c:{voter}} did today| rewards aggression and punishes the victim.",
    "It was a shameful {vote_noun}, and I will say so to anyone who asks.",
    "We expected better from {c:{voter}}. What we got was a vote our adversaries will "
    "celebrate tonight.",
    "{Poss:{voter}} {vote_noun} was a betrayal of every ally who ever trusted it.",
    "The {dem:{voter}} delegation| had every chance to do the right thing and did not take it.",
    "There is no neutral ground on this question,| and {c:{voter}} knows it.",
    "I condemn this vote without reservation.",
    "What happened in {org:ga} today| was a disgrace for {c:{voter}}.",
    "This was a mistake, plain and simple, and it will cost us.",
    "To {act} that text| was to turn away from friends who stood with us for decades.",
    "It is deeply troubling to see {c:{voter}} standing with the aggressor.",
    "I deplore the decision, and I intend to press for answers.",
    "Those who wrote the Charter| would not recognise the country that cast this vote.",
    "The {vote_noun} undermines years of patient work by diplomats who knew better.",
)

SUPPORTIVE = (
    "{C:{voter}} voted in its own interest,| and it owes no one an apology for that.",
    "The {vote_noun} reflects a serious effort to end this war,| not a change of loyalties.",
    "I fully support the decision to {act} the resolution.",
    "It was the responsible choice| at a delicate moment in the negotiations.",
    "Nobody should mistake a vote for a policy. It was the correct decision.",
    "We welcome the position taken by {c:{voter}},| which shows that common sense is "
    "returning to this chamber.",
    "The {dem:{voter}} delegation| was right to refuse language that would have wrecked the talks.",
    "I applaud the decision and the people who made it.",
    "This was a sensible vote, and I defend it without hesitation.",
    "Peace will not come from texts that repeat old slogans,| and this vote recognised that.",
    "{Poss:{voter}} {vote_noun} was the only sensible option on the table.",
    "I respect the decision,| and I think it was right.",
)
# Only for a government defending its own vote ("we")
SUPPORTIVE_OWN = (
    "Our position on this text| was principled and consistent.",
    "We made the right call, and we stand by it.",
    "We voted the way we did| because we want this war to end, not to score points.",
    "Our delegation will not apologise for putting peace first.",
)

NEUTRAL = (
    "We will study the text carefully before drawing any conclusions.",
    "The vote shows how divided the membership has become.",
    "Everyone in the room knew the numbers would be close on some paragraphs.",
    "Negotiations will continue,| whatever happens in New York this week.",
    "The real test will come in the months ahead,| not in a single afternoon of voting.",
    "Diplomacy is slow, and this chamber is slower still.",
    "Our priority remains the safety of civilians and the return of prisoners.",
    "I am not going to comment on how other delegations voted.",
    "The message from the assembly is mixed,| and it will be read differently in every capital.",
    "Resolutions matter, but what matters more is what governments do the day after.",
)

# A few words quoted inside narration ("called the vote 'a betrayal'")
PARTIAL = {
    "criticizes": (
        "a betrayal of our allies",
        "deeply disappointing",
        "a historic error",
        "indefensible",
        "a gift to the aggressor",
        "a moral failure",
    ),
    "supports": (
        "the right call",
        "a responsible decision",
        "principled",
        "a serious contribution to peace",
        "long overdue",
    ),
}

# Narration that gives a stance (holder first), then narration that pointedly gives none.
STANCE_NARRATION = {
    "criticizes": (
        "{s:Subj} condemned {poss:{voter}} decision to {act} {res:ref}.",
        "{s:Subj} criticized the {vote_noun} in a post on X, calling it {partial}.",
        "{s:Subj} accused {c:{voter}} of abandoning its allies when it counted.",
        "{s:Subj} has called the {vote_noun} {partial} and demanded an explanation.",
        "In a statement, {s:ref} said the decision to {act} the text was {partial}.",
    ),
    "supports": (
        "{s:Subj} defended {poss:{voter}} decision to {act} {res:ref}.",
        "{s:Subj} praised the {vote_noun}, describing it as {partial}.",
        "{s:Subj} backed the decision, arguing that the original text would have hardened "
        "positions on both sides.",
        "{s:Subj} welcomed {poss:{voter}} vote as {partial}.",
    ),
}
HEDGES = (
    "{s:Subj} stopped short of criticizing {poss:{voter}} vote, saying only that the "
    "outcome was disappointing for the negotiators.",
    "{s:Subj} declined to say whether {c:{voter}} had been right to {act} the text.",
    "{s:Subj} did not condemn the {vote_noun}, and would not be drawn on whether {s:pro} "
    "agreed with it.",
    "Asked whether the vote was a mistake, {s:ref} would say only that the question was "
    "for historians.",
)

UNNAMED_GROUPS = (
    "Several diplomats said privately that",
    "Two Western officials, who spoke on condition of anonymity, said",
    "Some delegates complained in the corridors that",
    "People familiar with the negotiations said",
)
UNNAMED_ONES = (
    "One envoy, who asked not to be named, said:",
    "A diplomat from a European mission, speaking on condition of anonymity, said:",
    "An official familiar with the negotiations told reporters:",
    "A senior Western diplomat put it bluntly:",
)

VENUES = (
    "European foreign ministers are due to meet in Brussels later this week to discuss "
    "the next package of support.",
    "Talks between the two sides' negotiators were held in Riyadh last week and are "
    "expected to resume in Istanbul.",
    "A donors' conference in Geneva is planned for the spring.",
    "Officials gathered in Vienna on Tuesday for a separate meeting on arms control.",
)

FILLER = (
    "Delegates filed into the hall shortly after ten in the morning, and the debate ran "
    "well past lunch.",
    "Diplomats said the negotiations over the wording had continued late into the night.",
    "The wording of the operative paragraphs was changed several times during the week.",
    "Several speakers asked for the floor to explain their votes after the result was shown "
    "on the board.",
    "Resolutions of the assembly are not legally binding, but they are read as a measure of "
    "world opinion.",
    "The result was greeted with a brief round of applause from some delegations.",
    "Observers noted that the number of abstentions had grown since earlier votes.",
    "Amendments proposed from the floor were put to a vote before the text as a whole.",
    "The chamber was unusually full, with several foreign ministers attending in person.",
    "The debate was broadcast live and followed closely in capitals around the world.",
    "Some delegations said they had received their instructions only hours before the vote.",
    "The session was suspended briefly while the secretariat circulated a revised text.",
    "Speakers were limited to five minutes each, a rule the president applied strictly.",
    "Analysts cautioned against reading too much into a single afternoon of voting.",
    "Behind the scenes, envoys spent the weekend counting likely votes.",
    "A number of smaller states said they would not take sides in what they called a "
    "dispute among the great powers.",
    "The text had been circulated to member states the previous Friday.",
    "Reporters crowded the corridor outside the chamber as the results came in.",
    "The voting was conducted electronically, and the results appeared on the board within "
    "seconds.",
    "Several delegations asked that their positions be reflected in the official record.",
)

# Context that names countries and bodies (by name, demonym and capital) but states no vote.
BACKGROUND = (
    "{C:UKR} has been fighting a full-scale Russian invasion since February 2022.",
    "The emergency session was first convened in 2022, after a draft in {org:sc} was vetoed.",
    "{Poss:USA} allies in Europe had lobbied hard in the days before the vote.",
    "{Org:nato} foreign ministers are expected to discuss the outcome at their next meeting.",
    "Officials in {cap:RUS} and {cap:UKR} gave sharply different readings of the result.",
    "In {cap:USA}, the outcome prompted questions in {org:congress}.",
    "Officials at {org:wh} did not respond to a request for comment.",
    "{Org:kremlin} has long described such texts as one-sided.",
    "The result was quickly welcomed in {cap:UKR}.",
    "{Dem:FRA} and {dem:DEU} diplomats spent the morning in consultations with {dem:POL} "
    "colleagues.",
    "Leaders of {org:eu} are due to discuss further support for {c:UKR} next month.",
    "Several {dem:JPN} officials attended the debate as observers of the process.",
)

HEADLINES = (
    "{C:{voter}} {acted} UN resolution on Ukraine as allies look on",
    "UN vote on Ukraine exposes new divisions",
    "What the General Assembly vote tells us about {c:{voter}}",
    "Allies react after {c:{voter}} {acted} Ukraine text",
    "At the UN, a vote three years into the war",
    "{C:{voter}} under scrutiny after General Assembly vote",
)

BOILERPLATE = (
    "Related: {C:{a}} and {c:{b}} sign a new trade accord",
    "Read more: Why {c:{a}} is rethinking its defence budget",
    "More on this story",
    "Opinion: What the election in {c:{a}} means for the region",
    "{C:{a}} recalls ambassador after border incident",
    "Sign up for our morning briefing",
    "Share this article",
    "Topics: United Nations, Ukraine, Diplomacy",
    "Most read: Floods in {c:{a}} displace thousands",
    "Watch: Leaders of {c:{a}} and {c:{b}} meet for talks",
)
