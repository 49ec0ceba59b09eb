"""The polarity of what a holder says: critical, supportive, or neither.

Cue words and phrases (``stance_lexicon.CRITICAL_CUES``, ``SUPPORT_CUES``: judgements of a
vote, each weighted) are counted first; a cue inside a negation ("did not condemn") counts
for nothing, and a negated positive ("will not help to end it") reads as criticism.

Where they decide nothing, a broad general-purpose sentiment lexicon does: VADER
(Hutto and Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM 2014; the ``vaderSentiment`` package, MIT licence), some 7,500
words rated by human judges, read with its own rules for negation ("not helpful"),
hedges and boosters ("somewhat", "hugely"), contrast ("but") and emphasis. The words that
name what the votes are about rather than judge them ("war", "peace", "the death
penalty", "supported by") are taken out of it (``stance_lexicon.SUBJECT_WORDS``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from kg.extract.patterns import Folded, compile_rule, lowered
from kg.extract.patterns_words import word_patterns, words_in
from kg.extract.stance_cues import MORE_CRITICAL_CUES, MORE_SUPPORT_CUES
from kg.extract.stance_groups import group_option, without_groups
from kg.extract.stance_lexicon import CRITICAL_CUES, NEGATORS, SUBJECT_WORDS, SUPPORT_CUES
from kg.model import Polarity

# Negated positives read as criticism: "will not help to end it", "cannot name the aggressor".
_NEGATED_POSITIVE = Folded(
    r"(?i)\b(?:will|would|does|do|did|can|could|is|are)\s*(?:not|n't)\s+(?:\w+\s+)?"
    r"(?:help|work|end|bring|solve|serve|say|name|stop)\b|\bcannot\s+(?:\w+\s+)?"
    r"(?:say|name|help|end|bring|explain)\b",
    needs=("not", "n't"),
)
_CUE_CACHE: dict[str, re.Pattern[str]] = {}
_CLAUSE_BREAK = compile_rule(r"[.;:!?,]|\bbut\b|\band\b")
_LOWER_WORD = re.compile(r"[a-z']+")
_NEGATOR_PHRASE = re.compile("|".join(re.escape(n) for n in sorted(NEGATORS) if " " in n))
# Every negator, and the first word of every negator phrase: a window in which none occurs
# has no negated cue (the words _negated reads, and the phrases it finds, lie in the window).
_NEGATOR_HINT = re.compile("|".join(sorted({re.escape(n.split()[0]) for n in NEGATORS})))


def _cue_pattern(cue: str) -> re.Pattern[str]:
    pattern = _CUE_CACHE.get(cue)
    if pattern is None:
        pattern = re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w|'\w)", re.IGNORECASE)
        _CUE_CACHE[cue] = pattern
    return pattern


def _negated(text: str, at: int) -> bool:
    window = text[max(0, at - 60) : at].lower()
    if _NEGATOR_HINT.search(window) is None:
        return False  # most cues: no negator, nor a phrase's first word, in sight
    clause = _CLAUSE_BREAK.split(window)[-1]  # negation ends with its clause
    words = _LOWER_WORD.findall(clause)[-6:]
    if not NEGATORS.isdisjoint(words):
        return True
    return _NEGATOR_PHRASE.search(" ".join(words)) is not None


def _all_cues() -> tuple[Folded, Folded, dict[str, float]]:
    """The patterns of every cue (the longest that fits wins; see ``patterns.word_patterns``) and
    each cue's signed weight."""
    signed: dict[str, float] = {}
    for cues, sign in (
        (CRITICAL_CUES, 1.0),
        (MORE_CRITICAL_CUES, 1.0),
        (SUPPORT_CUES, -1.0),
        (MORE_SUPPORT_CUES, -1.0),
    ):
        for cue, weight in cues.items():
            if weight > 0:
                signed[cue.lower()] = sign * weight
    at_start, after_gap = word_patterns(signed, r"(?!\w|'\w)")
    return Folded(f"(?i){at_start}"), Folded(f"(?i){after_gap}"), signed


_CUES, _CUES_AFTER_GAP, _SIGNED = _all_cues()


# A warning of what a text would do is an attack on it: "warned that the motion would set
# a precedent", "warns that this draft could undermine the talks"
_WARNED_OF_TEXT = Folded(
    r"\bwarn(?:ed|s|ing)?\s+(?:[\w']+\s+){0,4}?that\s+(?:the|this|a|its|their)\s+"
    r"(?:[\w'\-]+\s+){0,2}?(?:draft|motion|resolution|text|measure|proposal)\s+"
    r"(?:would|will|could|might|may)\b"
)


# Gratitude for a vote is support of it: "thanked China and Russia for their votes",
# "grateful to its partners for their support", "thanked Chile for abstaining", "thanks
# Peru for co-sponsoring the text", "thanked the countries that voted no"
_THANKED_FOR_VOTE = Folded(
    r"\b(?:thank(?:ed|s|ing)?|grateful\s+to)\s+(?:[^.;!?]{1,80}?\bfor\s+(?:(?:their|its|his|her)\s+"
    r"(?:\w+\s+)?(?:votes?|support|backing|abstentions?|vetoe?s?|position|stance|leadership\s+"
    r"(?:on|of|in)\s+(?:(?:preparing|drafting|negotiating)\s+)?(?:the|this)\s+(?:\w+\s+)?"
    r"(?:text|draft|resolution))|voting|abstaining|backing|supporting|"
    r"blocking|vetoing|opposing|rejecting|standing\s+(?:firm|with)|"
    r"(?:co-?)?(?:sponsoring|drafting|authoring))\b|(?:all\s+)?(?:the\s+)?(?:countries|states|nations|"
    r"delegations|members|those)\s+(?:that|who|which)\s+(?:had\s+)?(?:voted|supported|backed|"
    r"abstained|opposed|rejected)\b)"
)


# The holder's own name for a thing, in a relative clause: "what he called a sham text"
_WHAT_CALLED = Folded(
    r"\bwhat\s+(?:he|she|they|it|we|the\s+\w+)\s+(?:called|calls|described\s+as|describes\s+as|"
    r"termed|terms|dubbed|branded)\b[^.;!?,]*"
)


# Taking a side on a decision named as one: "supported the U.S. vote", "said he backed the
# administration's decision", "disagreed with Washington's position" (not "supported the
# resolution", which is a ballot)
_SIDED_ON_DECISION = Folded(
    r"\b(?:(?P<support>support(?:ed|s)?|back(?:ed|s)?|endors(?:ed|es)|agree(?:d|s)?\s+with|"
    r"approv(?:ed|es)\s+of|st(?:ood|ands)\s+by)|(?P<oppose>oppos(?:ed|es)|disagree(?:d|s)?\s+with|"
    r"object(?:ed|s)\s+to|question(?:ed|s)|reject(?:ed|s)))\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:vote|decision|position|stance|abstention|veto|approach|move|choice)\b"
)


# A vote said to follow from its voter's principles: "Guyana's vote reflected its belief
# that ...", "the abstention reflected the country's commitment to ..."
_REFLECTED_PRINCIPLE = Folded(
    r"\b(?:vote|abstention|veto|decision|position)\s+(?:reflected|reflects|was\s+based\s+on|"
    r"stemmed\s+from|was\s+guided\s+by)\s+(?:its|our|their|his|her|the\s+country's|[\w.]+'s)\s+"
    r"(?:\w+[\s-]+){0,2}?(?:commitment|belief|conviction|principles?|values|policy)\b"
)


# A regret that opens a sentence: "Unfortunately, A and B vetoed it" (inside one, as in
# "Europe, sadly, is still ...", it is an aside on that subject)
_REGRET_OPENING = Folded(
    r"(?:^|[.!?;:]\s+|[\"“]\s*)(?:unfortunately|regrettably|sadly|alas),",
    needs=("unfortunately", "regrettably", "sadly", "alas"),
)


# Phrases read as a whole, with their signed weights (positive: critical)
_PHRASES: tuple[tuple[Folded, float], ...] = (
    (_NEGATED_POSITIVE, 1.0),
    (_REFLECTED_PRINCIPLE, -2.5),
    (_WARNED_OF_TEXT, 2.0),
    (_REGRET_OPENING, 2.0),
)


# The last text ``polarity`` read and its reading, one slot replaced whole (threads never
# see one text with another's reading): ``broad_polarity`` is asked of the texts whose
# polarity its callers have just read.
_LAST_READ: list[tuple[str, tuple[Polarity | None, str, float]]] = [("\x00", (None, "", 0.0))]


def polarity(text: str) -> tuple[Polarity | None, str, float]:
    """The polarity of a unit, the cue that decided it, and the net score
    (positive: critical, negative: supportive)."""
    last = _LAST_READ[0]
    if text is last[0]:
        return last[1]
    found = _polarity(text)
    _LAST_READ[0] = (text, found)
    return found


def _polarity(text: str) -> tuple[Polarity | None, str, float]:
    score = 0.0
    best: tuple[float, str] = (0.0, "")
    for m in _THANKED_FOR_VOTE.finditer(text):  # (before the group phrases are blanked)
        # beside the verb's own weight as a cue ("thanked": 1.5; "grateful", "thanks" none)
        verb = m.group(0).split(None, 1)[0].lower()
        score -= 1.0 if verb in ("thank", "thanked") else 2.5
        if best[0] < 2.5:
            best = (2.5, text[m.start() : m.end()])
    if score:
        # "thanked them for voting against what he called a disgraceful text": the
        # holder's verdict on the text voted down sides with the vote thanked for
        for m in list(_WHAT_CALLED.finditer(text)):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    text = without_groups(text)  # "those who backed it": voters named, no cue
    for pattern, weight in _PHRASES:
        for m in pattern.finditer(text):
            score += weight
            if best[0] < abs(weight):
                best = (abs(weight), text[m.start() : m.end()])
    for m in _SIDED_ON_DECISION.finditer(text):
        # (a negated side is no position: "did not support the decision")
        weight = 0.0 if _negated(text, m.start()) else (-2.0 if m.group("support") else 2.0)
        score += weight
        if weight and best[0] < 2.0:
            best = (2.0, text[m.start() : m.end()])
    for cue, weight in _cue_hits(text):
        score += weight
        if abs(weight) > best[0]:
            best = (abs(weight), cue)
    if score >= 2:
        return "criticizes", best[1], score
    if score <= -2:
        return "supports", best[1], score
    return None, "", score


def broad_polarity(text: str) -> tuple[Polarity | None, str]:
    """``polarity``, else the sentiment lexicon's side where no cue is found at all: for
    what an envoy says on their own country's vote or a draft, where the side taken is
    known and only its sign is read."""
    found, cue, _ = polarity(text)
    if found is not None:
        return found, cue
    return lexicon_polarity(text)


# How far VADER's compound score (-1 to 1) must lean for a side to be taken: its authors'
# threshold for a clearly negative or positive text is 0.05; what a diplomat says of a
# vote is seldom neutral in tone, so the bar here is higher.
_LEXICON_THRESHOLD = 0.5
# A fragment: up to four words; one word rated 1.2 or more (of 4) by the lexicon's judges
# has a compound score of 0.3
_FRAGMENT_WORDS = 4
# The summed word ratings below which no reading crosses the bars above: a compound of 0.5
# needs a net rating of 2.2, one of 0.29 a rating of 1.2; the margins leave room for the
# analyzer's boosters and emphasis ("very", capitals), which add up to about 0.7
_LEXICON_WEIGHT = 1.5
_FRAGMENT_WEIGHT = 0.5
_FRAGMENT_THRESHOLD = 0.29
_WORD = re.compile(r"[a-z][a-z'\-]*")


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    lexicon: dict[str, float] = analyzer.lexicon
    # The lexicon lists words as its judges rated them, mostly base forms ("commend",
    # "reject"): the inflections a report uses ("commends", "rejected") take their valence.
    for word, valence in list(lexicon.items()):
        if len(word) >= 4 and word.isalpha():
            for form in _inflections(word):
                lexicon.setdefault(form, valence)
    for word in SUBJECT_WORDS:
        lexicon.pop(word, None)
    # emoticons and one- or two-letter tokens ("l", ":(") are chat, not news prose
    for word in [w for w in lexicon if len(w) < 3 or not w.replace("-", "").isalpha()]:
        del lexicon[word]
    return analyzer


def _inflections(word: str) -> tuple[str, ...]:
    """The regular third-person, past and -ing forms of ``word`` read as a verb."""
    if word.endswith("e"):
        return (word + "s", word + "d", word[:-1] + "ing")
    if word.endswith(("s", "x", "ch", "sh")):
        return (word + "es", word + "ed", word + "ing")
    return (word + "s", word + "ed", word + "ing")


# "Thanks to the abstentions, the text passed": a cause, no gratitude
_THANKS_TO = re.compile(r"(?i)\bthanks\s+to\b")


# The analyzer's negation check rereads the words before each word: it is read on at most
# this many words of a text (a unit of real prose is a few sentences; a longer one is a
# page without full stops, whose tone no reading gives)
_MOST_WORDS_READ = 400


def _opening(text: str) -> str:
    """``text``, or its first ``_MOST_WORDS_READ`` words."""
    if len(text) < _MOST_WORDS_READ * 4:
        return text
    words = text.split(maxsplit=_MOST_WORDS_READ)
    return " ".join(words[:_MOST_WORDS_READ]) if len(words) > _MOST_WORDS_READ else text


def _causal_thanks(text: str) -> str:
    """``text`` with "thanks to" (owing to) put in words the lexicon does not rate."""
    return _THANKS_TO.sub("owing to", text) if "hanks to" in text else text


def lexicon_leaning(text: str) -> Polarity | None:
    """The side the lexicon leans to in ``text`` at the lower bar of a fragment: for the
    sentence of a longer reading that names the voter it is about."""
    text = _causal_thanks(text)
    if _rated_weight(_WORD.findall(text.lower())) < _FRAGMENT_WEIGHT:
        return None
    compound = float(_analyzer().polarity_scores(_opening(text))["compound"])
    if abs(compound) < _FRAGMENT_THRESHOLD:
        return None
    return "supports" if compound > 0 else "criticizes"


def _rated_weight(words: list[str]) -> float:
    """The summed strength of the lexicon's words among ``words`` (a text's ``_WORD``s in
    lower case): where it is too small for any reading to cross the bar, the analyzer is
    not run (most sentences rate little)."""
    lexicon: dict[str, float] = _analyzer().lexicon
    return sum(abs(lexicon.get(w, 0.0)) for w in words)


_VOTE_CLAUSE_WORDS = 10
# Words that make a judgement one of the vote itself ("the vote was a disgrace"), not of
# the text voted on ("this text rewards aggression")
ABOUT_THE_VOTE = Folded(
    r"(?i)\b(?:vot(?:e|ed|es|ing)|decision|abstention|abstain(?:ed|ing)?|veto(?:ed)?)\b"
)


# A short clause judging a country's position ("we appreciate the balanced position of
# X") is about its vote as much as one naming the vote
_ABOUT_A_POSITION = Folded(r"(?i)\b(?:position|stance)\b")
# A clause naming voters by their vote ("those who voted against have ...") is about the
# vote over a longer clause
_GROUP_CLAUSE_WORDS = 16


# "Thanks to" as "because of" (before a determiner): no gratitude the lexicon should rate
_CAUSAL_THANKS = re.compile(r"(?i)\bthanks\s+to\s+(?=(?:the|a|an|its|their|this|these|those)\b)")


def lexicon_polarity(text: str) -> tuple[Polarity | None, str]:
    """The side the sentiment lexicon takes on ``text``, and its strongest word of that
    side (``None`` where it leans less than ``_LEXICON_THRESHOLD``). A fragment of a few
    words quoted as the speaker's own ("appalling", "a betrayal") is their judgement:
    one clear word of the lexicon decides it."""
    text = _causal_thanks(text)
    analyzer = _analyzer()
    text = _CAUSAL_THANKS.sub("owing to ", text)  # "thanks to the abstentions, it passed"
    words = _WORD.findall(text.lower())
    # a few words, or a short clause whose subject or object is the vote itself ("this
    # veto is an irresponsible act", "deeply regretted the abstention"): one clear word
    fragment = (
        len(words) <= _FRAGMENT_WORDS
        or (
            len(words) <= _VOTE_CLAUSE_WORDS
            and (ABOUT_THE_VOTE.search(text) or _ABOUT_A_POSITION.search(text)) is not None
        )
        or (len(words) <= _GROUP_CLAUSE_WORDS and group_option(text) is not None)
    )
    if _rated_weight(words) < (_FRAGMENT_WEIGHT if fragment else _LEXICON_WEIGHT):
        return None, ""
    compound = float(analyzer.polarity_scores(_opening(text))["compound"])
    if abs(compound) < (_FRAGMENT_THRESHOLD if fragment else _LEXICON_THRESHOLD):
        return None, ""
    sign = 1.0 if compound > 0 else -1.0
    valences = ((analyzer.lexicon.get(w, 0.0) * sign, w) for w in words)
    strongest = max(valences, default=(0.0, ""))
    return ("supports" if sign > 0 else "criticizes"), strongest[1]


# The last text ``_cue_hits`` read and its hits, one slot replaced whole: ``mixed`` and
# then ``polarity`` read the same unit's text.
_LAST_HITS: list[tuple[str, tuple[tuple[str, float], ...]]] = [("\x00", ())]


def _cue_hits(text: str) -> tuple[tuple[str, float], ...]:
    """Cue words found in ``text`` with their signed weights, negated ones left out.

    Overlapping cues all count ("voted with" inside "voted with the aggressor"), as they
    did when each cue was searched on its own.
    """
    last = _LAST_HITS[0]
    if text is last[0]:
        return last[1]
    found = tuple(_read_cue_hits(text))
    _LAST_HITS[0] = (text, found)
    return found


# What a verb of blocking keeps from happening is no one's judgement: "blocked the Council
# from speaking with one voice", "prevented the Assembly from condemning the attack"
_PREVENTED = re.compile(
    r"\b(?:block(?:ed|ing|s)?|prevent(?:ed|ing|s)?|stop(?:ped|ping|s)?|barr(?:ed|ing)|kept|"
    r"keeping)\b[^.;:]{0,50}?\bfrom\s+\w+ing\b[^.;:]{0,30}$"
)


def _read_cue_hits(text: str) -> list[tuple[str, float]]:
    hits: list[tuple[str, float]] = []
    low = lowered(text)  # one character for one: its offsets are the text's
    negators: bool | None = None  # whether any negator occurs in the text
    prevented = " from " in low
    for start, end in words_in(low, _CUES.pattern, _CUES_AFTER_GAP.pattern):
        if negators is None:
            negators = _NEGATOR_HINT.search(low) is not None
        for cue in _cues_within(low[start:end]):
            at = start + low[start:end].find(cue)
            if negators and _negated(text, at):
                continue
            if prevented and _PREVENTED.search(low, max(0, at - 110), at):
                continue
            hits.append((text[at : at + len(cue)], _SIGNED[cue]))
    return hits


@lru_cache(maxsize=4096)
def _cues_within(phrase: str) -> tuple[str, ...]:
    """The cues a matched cue phrase contains, itself included."""
    out = [phrase]
    for cue in _SIGNED:
        if (
            cue != phrase
            and cue in phrase
            and re.search(rf"(?<!\w){re.escape(cue)}(?!\w|'\w)", phrase)
        ):
            out.append(cue)
    return tuple(out)


def mixed(text: str) -> bool:
    """Whether ``text`` holds cues of both sides ("welcomed ... and deplored ...")."""
    signs = {weight > 0 for _, weight in _cue_hits(text)}
    if _THANKED_FOR_VOTE.search(text):
        signs.add(False)  # thanks for votes: support
    return len(signs) == 2


def best_support_cue(text: str) -> str:
    hits = [(w, c) for c, w in SUPPORT_CUES.items() if _cue_pattern(c).search(text)]
    return max(hits)[1] if hits else ""
