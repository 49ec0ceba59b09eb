"""The words of a judgement of a vote (pass 7, stances): weighted cue words and phrases
of criticism and support, the negators that cancel them, the words of the general
sentiment lexicon that name a topic rather than judge it, and the words that say a text
speaks of a vote. English words of political news, no names (split from ``lexicon``).
"""

from __future__ import annotations

from kg.extract.patterns import Folded


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split("|") if w.strip())


CRITICAL_CUES: dict[str, float] = {
    "mistake": 2,
    "mistaken": 1.5,
    "error": 2,
    # the blunder family: a mistake said plainly ("royally screwed up", "botched it")
    **dict.fromkeys(
        sorted(_words("blunder|blundered|botched|bungled|screwed up|messed up|misstep")), 2
    ),
    "wrong": 2,
    "troubled": 2,
    "troubling": 2,
    "disappointing": 2,
    "disappointed": 2,
    "disappointment": 2,
    "regret": 2,
    "regrettable": 2,
    "unfortunate": 2,
    # an objection to the text or its wording ("objects to language in the resolution")
    **dict.fromkeys(("objects to", "objected to", "objecting to", "object to"), 2),
    # a warning drawn from the vote ("a wake-up call for all those who cheer X")
    "wake-up call": 2,
    "betrayal": 3,
    "betray": 2,
    "betrayed": 2,
    "betraying": 2,
    "shameful": 3,
    "shame": 2,
    "disgrace": 3,
    "disgraceful": 3,
    "stain": 2,  # "a stain on our record" (the sentiment lexicon does not rate it)
    "blot": 2,
    # judgements the sentiment lexicon does not rate (it lists "deplore", not "deplorable")
    **dict.fromkeys(sorted(_words("deplorable|reprehensible|inexcusable|unconscionable")), 3),
    **dict.fromkeys(sorted(_words("shortsighted|craven|spineless")), 2),
    "dismay": 2,
    "dismayed": 2,
    "astonished": 1.5,
    "alarmed": 2,
    "alarming": 2,
    "appalled": 3,
    "appalling": 3,
    "outrage": 2,
    "outraged": 2,
    "outrageous": 2,
    "condemn": 2,
    "condemned": 2,
    "condemns": 2,
    "denounce": 2.5,
    "denounced": 2.5,
    "denounces": 2.5,
    "criticize": 2,
    "criticise": 2,
    "criticized": 2,
    "criticised": 2,
    "criticizes": 2,
    "criticises": 2,
    "criticizing": 2,
    "criticising": 2,
    "condemning": 2,
    "denouncing": 2.5,
    "assailed": 2.5,
    "attacked": 1.5,
    "slammed": 2.5,
    "blasted": 2.5,
    "deplore": 2.5,
    "deplored": 2.5,
    "surrender": 2.5,
    "capitulation": 2.5,
    "capitulate": 2.5,
    "caved": 2.5,
    "appeasement": 3,
    "appease": 2.5,
    "blunder": 3,
    "abandon": 1.5,
    "abandoned": 1.5,
    "abandoning": 1.5,
    "departure": 1,
    "aggressor": 2,
    "aggressors": 2,
    "gift": 2,
    "autocrats": 2,
    "pariahs": 2,
    # bad company, named as what a voter sided with ("sided with dictators", "stood with
    # terror"): too weak on its own, a judgement with the partner phrases below
    **dict.fromkeys(sorted(_words("dictators|dictatorships|tyrants|despots|terrorists|terror")), 1),
    **dict.fromkeys(sorted(_words("rogue states|rogue regimes|warmongers")), 1),
    **dict.fromkeys(sorted(_words("repressive|authoritarian|abusive|abusers|perpetrators")), 1),
    "voted with": 1.5,
    "votes with": 1.5,
    "vote with": 1.5,
    "voting with": 1.5,
    "sided with": 1.5,
    "side with": 1.5,
    "stood with": 1,
    "vote alongside": 1.5,
    "voted alongside": 1.5,
    "voting alongside": 1.5,
    "never thought": 1,
    "never expected": 1,
    "never imagined": 1,
    "not get used to": 2,
    "badly": 1.5,
    "damaged": 2,
    "damaging": 2,
    "unacceptable": 3,
    "embarrassing": 2,
    "embarrassed": 2,
    "ashamed": 2.5,
    "illegitimate": 2.5,
    # a charge diplomats level at a vote that the sentiment lexicon does not rate
    "hypocrisy": 2.5,
    "politically motivated": 2.5,  # (the sentiment lexicon rates "motivated" as praise)
    "embarrassment": 2,
    "hard to watch": 3,
    "cannot explain": 2,
    "explanation": 1,
    "blatantly": 2,
    "disbelief": 2,
    "grandstanding": 3,
    "stunned": 1,
    "dangerous": 2,
    "reckless": 3,
    "misguided": 3,
    "short-sighted": 3,
    "failure": 2,
    "indefensible": 3,
    "inexplicable": 2,
    "sad day": 3,
    "dark day": 3,
    "worrying": 2,
    "concern": 1,
    "bad day": 2.5,
    "deeply regrettable": 3,
    "shocking": 2,
    "shocked": 2,
    "disastrous": 3,
    "concerned": 1,
    "sobering": 1,
    "isolated": 1,
    "punishes": 2,
    "punish": 1.5,
    "not neutral": 2.5,
    "neutrality": 1,
    "remember": 1,
    "forget": 1,
    "opposite side": 1.5,
    "pretend": 1,
    "silence": 1,
    "betrays": 3,
    "wrong one": 2,
    "expected better": 3,
    "accused": 2,
    "accuses": 2,
    "let down": 2.5,
    "let us down": 3,
    "turned its back": 3,
    "turn away": 2,
    "turned away": 2,
    "wrong side": 3,
    "moral failure": 3,
    "rewards aggression": 3,
    # a verdict or a feeling the lexicon leaves unrated: "called the veto a cynical act",
    # "was said to be furious at the abstention", "saddened that X voted against"
    "cynical": 2.5,
    "furious": 3,
    "saddened": 2,
    "sorry that": 2,
    "cop-out": 2.5,
    "sad to see": 2.5,
    # what a vote is said to give the guilty: "a green light to keep bombing"
    "green light": 2.5,
    "licence to": 2,
    "license to": 2,
    "sad that": 2,
    "a blow to": 2.5,
    # an ally left in the lurch ("abandoned a key ally", "has abandoned Ukraine")
    **dict.fromkeys(sorted(_words("abandoned|abandons|abandoning")), 2),
    # the verbs of reproach a reporter chooses for a judgement ("lambasted the decision")
    **dict.fromkeys(
        sorted(
            _words(
                "lambasted|lambasts|decried|decries|faulted|faults|rebuked|rebukes|chided|"
                "chides|castigated|castigates|excoriated|excoriates|berated|berates|scolded|"
                "scolds"
            )
        ),
        2.5,
    ),
}
SUPPORT_CUES: dict[str, float] = {
    "commendable": 2,
    "laudable": 2,
    "defended": 2.5,
    "defend": 2,
    "defends": 2.5,
    "defending": 2,
    "praised": 2.5,
    "praise": 2,
    "praises": 2.5,
    "hailed": 2.5,
    "hails": 2.5,
    "welcomed": 2.5,
    "welcome": 1.5,
    "welcomes": 2.5,
    "applauded": 2.5,
    "applaud": 2,
    "proud": 2.5,
    "credit": 2,
    "deserves credit": 3,
    "right to do so": 3,
    "were right": 2.5,
    "was right": 2.5,
    "sensible": 2.5,
    "necessary": 1.5,
    "realism": 2,
    "realistic": 2,
    "step toward": 1.5,
    "step towards": 1.5,  # (the British spelling)
    "step forward": 1.5,
    "finally": 1,
    "glad": 2,
    "end wars": 2,
    "end the war": 1,
    "stop a war": 2.5,
    "peace first": 2.5,
    "refusing to sign": 2,
    "room": 1,
    "deal": 1,
    "deals": 1,
    "stands with": 1.5,
    "one voice": 2,
    "voted for peace": 2.5,
    "argue for": 2,
    "backed": 1,
    "cheers": 2,
    "cheered": 2,
    "listen": 1.5,
    "facts": 1,
    "approval": 1.5,
    "approve": 1,
    "wise": 2,
    "smart": 1.5,
    "courageous": 2.5,
    "principled": 2,
    "bold": 1.5,
    "commend": 2.5,
    "commended": 2.5,
    "thank": 1.5,
    "thanked": 1.5,
    "good decision": 3,
    "right decision": 3,
    "right call": 3,
    "opening for negotiations": 2,
    "negotiate": 1,
    "negotiation": 1,
    "negotiations": 1,
    "to the table": 1,
    "ceasefire": 1,
    "peace": 0.5,
    "correct decision": 3,
    "right choice": 3,
    "right one": 2.5,
    "good start": 2.5,
    "balanced": 2,
    "right direction": 2,
    "responsible choice": 3,
    "responsible decision": 3,
    "sensible decision": 3,
    "common sense": 2,
    "overdue": 2,
    "fully support": 3,
    "support the decision": 3,
    "serious effort": 2,
    # the verbs of approval ("endorsed the draft", "lauded the abstention")
    **dict.fromkeys(
        sorted(_words("endorsed|endorses|lauded|lauds|championed|champions|saluted|salutes")),
        2.5,
    ),
}
NEGATORS = _words(
    "not|no|never|n't|neither|nor|without|declined|refused|refuse|refusing|stopped short|"
    "refrained|refraining|refrain|would not|did not|does not|do not|didn't|doesn't|don't|"
    "won't|wouldn't|cannot|can't|hardly|barely|nobody|none|nothing|rather than|instead of|"
    "whether"
)

# Words of the general sentiment lexicon (VADER, see kg/extract/stance_polarity.py) that
# name what the votes are about, or the vote itself, rather than judge it: "the war",
# "a peace plan", "the death penalty", "supported by 93 states", "security guarantees".
# They are left out when the lexicon scores what a holder says.
SUBJECT_WORDS = _words(
    "war|wars|conflict|conflicts|attack|attacks|attacked|kill|killing|killings|killed|"
    "death|deaths|dead|die|died|penalty|violence|violent|weapon|weapons|crisis|crises|"
    "aggression|aggressor|aggressive|invasion|terrorist|terrorists|terrorism|terror|"
    "suffering|suffer|abuse|abuses|violation|violations|crime|crimes|victim|victims|"
    "threat|threats|threatened|fear|fears|fight|fighting|fought|army|military|bomb|bombing|"
    "peace|peaceful|security|secure|safe|safety|protect|protected|protection|justice|"
    "freedom|free|rights|liberty|support|supported|supports|supporting|favor|favour|"
    "favored|favoured|no|yes|ok|okay|please|united|honor|honour|prisoner|prisoners|"
    "hostage|hostages|sanction|sanctions|punishment|cruel|torture|disease|hunger|famine|"
    "poverty|emergency|danger|dangerous|urgent|urgently|casualties|wounded|destroyed|"
    "destruction|demilitarization|ceasefire|hope|care|responsibility"
)

VOTE_CONTEXT_WORDS = Folded(
    r"\b(vot(?:e|ed|es|ing)|decision|resolution|abstain\w*|abstention\w*|text|draft|proposal|document|measure|"
    r"stance|position|move|choice|sid(?:e|ed|ing) with|stood|stand|align\w*|alongside|"
    r"oppos\w+|joined|block(?:ed|ing|s)?|ballot|veto\w*|assembly|council|u\.n\.|un\b|approach|statement|"
    r"embargo|sanctions|administration|adoption|outcome)"
)
