"""More cue phrases of a judgement, beside ``stance_lexicon.CRITICAL_CUES`` and ``SUPPORT_CUES``
(kept apart by kind): the idioms reporters use for an attack ("hit out at",
"took aim at") or for praise ("lauded", "paid tribute to"), each weighted as those are.
"""

from __future__ import annotations

import re

MORE_CRITICAL_CUES: dict[str, float] = {
    "hit out at": 2.5,
    # "took Chile to task for its vote", "questioned the wisdom of", "could not understand"
    "to task": 2.5,
    "questioned the wisdom": 2.5,
    "questions the wisdom": 2.5,
    "could not understand": 2,
    "cannot understand": 2,
    "can't understand": 2,
    "hits out at": 2.5,
    "lashed out at": 2.5,
    "lashes out at": 2.5,
    "took aim at": 2,
    "takes aim at": 2,
    "railed against": 2.5,
    "rails against": 2.5,
    "rounded on": 2,
    "chided": 2,
    "rebuked": 2.5,
    "rebukes": 2.5,
    "castigated": 2.5,
    "faulted": 2,
    "berated": 2.5,
    "scolded": 2,
    "turned their backs": 3,
    "turning their backs": 3,
    "turn their backs": 2.5,
    # the inflections of judgements listed there in one form only
    "regrets": 2,
    "regretted": 2,
    "regretting": 2,
    "deplores": 2.5,
    "deploring": 2.5,
    # bewilderment at a decision: "the American position was hard to understand"
    "hard to understand": 2,
    "difficult to understand": 2,
    "impossible to understand": 2.5,
    "hard to explain": 2,
    "difficult to explain": 2,
    "impossible to explain": 2.5,
    "incomprehensible": 2.5,
    "hard to comprehend": 2,
    "difficult to comprehend": 2,
    "impossible to comprehend": 2.5,
    "cannot comprehend": 2,
    "baffling": 2,
    "puzzling": 2,
    "a missed chance": 2,
    "a missed opportunity": 2,
    # voters said to protect a wrongdoer: "have chosen to shield the junta"
    "chosen to shield": 2.5,
    "chose to shield": 2.5,
    "choose to shield": 2.5,
    "chosen to cover for": 2.5,
    "chose to cover for": 2.5,
    # what a vote is said to tell the guilty: "this veto sends a message of impunity"
    "message of impunity": 2.5,
    "signal of impunity": 2.5,
    "carte blanche": 2.5,
    # voters set against those the text would protect: "stood with the junta against the
    # people of the country", "turned on their own people"
    "against the people": 1.5,
    "against its own people": 1.5,
    "against their own people": 1.5,
    # a speech for or against what was voted on: "spoke against the draft", "argued
    # against the motion"
    "spoke against": 2.5,
    "speaks against": 2.5,
    "speaking against": 2.5,
    "spoke out against": 2.5,
    "argued against": 2.5,
    # the anger of the one who speaks: '"...," the envoy fumed'
    "fumed": 1,
    "seethed": 1,
}
MORE_SUPPORT_CUES: dict[str, float] = {
    "lauded": 2.5,
    "lauds": 2.5,
    "saluted": 2,
    "salutes": 2,
    "paid tribute to": 2.5,
    "expressed gratitude": 2,
    "expressed its gratitude": 2,
    "expressed his gratitude": 2,
    "expressed her gratitude": 2,
    # support asked or given for a text in meetings coverage (its drafters supported)
    "urging support for": 2.5,
    "urged support for": 2.5,
    "urges support for": 2.5,
    "called for support for": 2.5,
    "supporting the adoption": 2,
    "supported the draft": 2,
    "supports the draft": 2,
    "supported the text": 2,
    "supports the text": 2,
    "spared no effort": 2,
    # a vote justified: "Justifying India's abstention, its spokesman said"
    # (not "the criticism was justified": the verb with its object)
    "justifying": 2.5,
    **dict.fromkeys(
        (f"{verb} {det}" for verb in ("justified", "justifies") for det in ("the", "its", "their")),
        2.5,
    ),
    "spoke in favour": 2.5,
    "spoke in favor": 2.5,
    "speaks in favour": 2.5,
    "speaks in favor": 2.5,
    "speaking in favour": 2.5,
    "speaking in favor": 2.5,
}

# The verbs of those phrases, by which a holder named as the subject opens a unit
JUDGING_IDIOM_VERBS = frozenset(
    "hit hits lashed lashes took takes railed rails rounded chided rebuked rebukes "
    "castigated faulted berated scolded lauded lauds saluted salutes paid thanked thanks "
    "singled".split()
)

# The words around a country that say its conduct, not its vote, is what is judged
# The country as the owner of conduct other than a vote: "condemned Russia's war",
# "Moscow's strikes on power stations" (judged is the conduct, not a ballot)
CONDUCT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:\w+\s+)?(?:war|wars|invasion|aggression|strikes|attacks|bombing|"
    r"shelling|occupation|annexation|crackdown|repression|troops|forces|army|missiles?|"
    r"nuclear\s+programme|nuclear\s+program|conduct|actions|behaviou?r)\b|"
    # "Russia is the aggressor": what the country did, not how it voted
    r"\s+(?:is|was|remains|has\s+been)\s+(?:the\s+)?(?:aggressor|invader|occupier)\b"
)
# A country as the object of a verb of targeting: the text's target, not a voter judged
TARGETED_BEFORE = re.compile(
    # ("to single out X" is what a text does; "singled out X, saying ..." a critic)
    r"(?i)(?:\bto\s+single\s+out|\b(?:target(?:s|ed|ing)?|demoni[sz](?:e|es|ed|ing)|"
    r"vilif(?:y|ies|ied|ying)|scapegoat(?:s|ed|ing)?|punish(?:es|ed|ing)?|isolat(?:e|es|ed|ing)|"
    # the one left in the lurch: "has abandoned a key ally in Israel", "betrayed Ukraine"
    r"abandon(?:s|ed|ing)?|betray(?:s|ed|ing)?)(?:\s+(?:an?\s+)?(?:(?:key|close|loyal|old|"
    r"staunch|democratic)\s+)*(?:ally|allies|partners?|friends?)(?:\s+(?:in|like))?)?)"
    r"\s+(?:the\s+)?$"
)


# Reasons after one's own vote: "because", "citing", "on the grounds that", and "as" with
# a subject ("abstained, as it preferred dialogue"; not a comparison: "as it did last year")
BECAUSE = re.compile(
    r"(?i)\s*(?:[\w'’,]+\s+){0,8}?(?:[\"“]?because\b|in\s+order\s+to\b|so\s+as\s+to\b|"
    r"given\s+that\b|on\s+the\s+grounds?\s+that\b|,\s*citing\b|[\"“]?for\s+(?:\w+\s+)?reasons?\s+of\b|"
    # "voted against what he called a hasty move": the text judged is the reason
    r"what\s+(?:he|she|it|they|we)\s+(?:called|termed|described\s+as)\b|"
    # "voted in favour, since the time had come" (not "since the start of the war")
    r",\s*since\s+(?:[\w'’]+\s+){1,3}?(?:is|was|were|are|had|has|have|would|could|did|does|"
    r"do|will|can|must)\b|[\"“]?in\s+the\s+(?:\w+\s+)?"
    r"(?:conviction|belief|hope|knowledge)\s+that\b|[\"“]?out\s+of\s+(?:\w+\s+)?(?:concern|respect)\b|"
    r",?\s*(?:and\s+)?(?:adding|saying|arguing|explaining|noting|stressing|added|argued|"
    r"explained|noted|stressed)\s+that\b|"
    r",?\s*\bas\s+(?:it|he|she|they|we|(?:its|his|her|their|our|the)\s+(?:delegation|government|"
    r"country|text|draft|resolution))\s+(?!(?:did|does|do|had|has|have|always|usually|often|"
    r"once|would|will)\b)[a-z]+(?:ed|s)\b|"
    # "abstained but reaffirmed its support for ...": the reservation that explains it
    r",?\s*but\s+(?:reaffirm|stress|underlin|emphasi[sz]|insist|recall)\w*\b|"
    # "voted in favour but had reservations about ...": a vote cast with its caveats
    r",?\s*(?:but|while|though|although)\s+(?:it\s+|she\s+|he\s+|we\s+)?(?:had|has|have|"
    r"expressed|voiced|registered|noted)\s+(?:\w+\s+)?(?:reservations|concerns)\b)"
)
