"""Pass 7, predicates: what a clause says a vote or a text *is*, and whom a judgement
is aimed at when it is not the holder's own vote.

- "the veto was a cynical ploy", "their abstention is nothing short of a betrayal": the
  words after the copula judge the vote itself; a handful of them are read as a
  fragment, whatever the rest of the sentence says in another tone.
- "the draft was one-sided", "this text is deeply flawed": the same of the text voted
  on, which is an attack on its drafters' position.
- "those who blocked this text", "vetoed the draft": a text named as the object of a
  blocking verb is not the thing judged; its blockers are.
- "we regret that the sponsors refused our amendments": regret aimed at others, not
  at the holder's own vote.
- "thanked A and B for their votes": gratitude for a vote is support of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.stance_polarity import broad_polarity, lexicon_polarity
from kg.model import Polarity

# A vote named as the subject of a copula ("the veto was", "Moscow's abstention is",
# "this vote amounted to"), and the predicate after it (up to the clause's end)
_VOTE_COPULA = Folded(
    r"\b(?:(?:veto|vote|abstention|decision\s+to\s+(?:veto|abstain|vote\s+\w+)|decision)"
    r"(?:\s*,\s*(?:by\s+contrast|in\s+turn|however|meanwhile|too|in\s+contrast),)?\s+"
    r"(?:was|is|had\s+been|has\s+been|would\s+be|amount(?:s|ed)\s+to|represent(?:s|ed)|"
    r"constitut(?:es|ed))|(?:vetoes|votes|abstentions)\s+(?:were|are|have\s+been|would\s+be))"
    r"\s+(?P<pred>[^.;!?]{1,80})"
)
# The text voted on as that subject: "the draft was", "this resolution is", and in a
# relative clause, "could not support a text that was one-sided"
_TEXT_COPULA = Folded(
    r"\b(?:(?:the|this|that|its|their)\s+(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)|"
    r"(?:a|any|such\s+a)\s+(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\s+(?:that|which))\s+"
    r"(?:was|is|had\s+been|has\s+been|would\s+be|remained|remains)\s+(?P<pred>[^.;!?]{1,80})"
)
# The text as what a holder calls something: "called the draft a sham", "the
# resolution, which he described as politicized"
_TEXT_CALLED = Folded(
    r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s|ing)|brand(?:ed|s|ing)|"
    r"dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|label(?:l?ed|s|l?ing))\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\s+(?:as\s+)?(?P<pred>[^.;!?]{1,80})|"
    r"\b(?:text|draft|resolution|motion),?\s+which\s+(?:he|she|they|it|the\s+\w+)\s+"
    r"(?:called|described|termed|branded|dismissed|labell?ed)\s+(?:as\s+)?(?P<pred2>[^.;!?]{1,80})|"
    r"\b(?:reject(?:ed|s|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|critici[sz](?:ed|es|ing)|"
    r"attack(?:ed|s|ing)|slamm(?:ed|ing)|slams|decr(?:ied|ies|ying))\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\s+as\s+(?P<pred3>[^.;!?]{1,80})|"
    # "urged members to reject the text, calling it 'divisive'"
    r"\b(?:text|draft|resolution|motion),?\s+(?:calling|describing|branding|labell?ing|terming)\s+"
    r"it\s+(?:as\s+)?(?P<pred4>[^.;!?]{1,80})"
)
# How many words of a predicate are read: the judging phrase, not what follows it
_PREDICATE_WORDS = 4
_WORD = re.compile(r"[\w'\-]+")


def _predicate(m: re.Match[str]) -> str:
    for group in ("pred", "pred2", "pred3", "pred4"):
        if group in m.re.groupindex and m.group(group):
            return m.group(group)
    return ""


# Verdicts on a vote or a text the sentiment lexicon does not rate: a pretence ("the
# draft was a propaganda exercise", "the veto was a ploy"), or a vote found
# reasonable ("their abstention is understandable")
_PRETENCE = frozenset(
    "propaganda sham stunt ploy charade smokescreen pretext whitewash gimmick".split()
)
_REASONABLE = frozenset("understandable defensible justifiable legitimate correct".split())


def _predicate_polarity(pattern: Folded, text: str) -> tuple[Polarity | None, str]:
    for m in pattern.finditer(text):
        words = _WORD.findall(_predicate(m))[:_PREDICATE_WORDS]
        if words and words[0].lower() in ("not", "no", "never", "hardly"):
            continue  # "was not a rejection of": a negated judgement decides nothing
        lowered = {w.lower() for w in words}
        if lowered & _PRETENCE:
            return "criticizes", next(w for w in words if w.lower() in _PRETENCE)
        if words and words[0].lower() in _REASONABLE:
            return "supports", words[0]
        found, cue = broad_polarity(" ".join(words))
        if found is not None:
            return found, cue
    return None, ""


def vote_predicate(text: str) -> tuple[Polarity | None, str]:
    """The side a copular judgement of a vote takes ("the veto was a cynical ploy")."""
    return _predicate_polarity(_VOTE_COPULA, text)


# The text voted on as the subject of another verb: "the resolution ignores", "this draft
# disregarded" (the verb read by the lexicon alone)
_TEXT_SUBJECT = Folded(
    r"\b(?:the|this|that|its|their)\s+(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\s+"
    r"(?:(?:would|will|could|might)\s+(?:only\s+|further\s+|just\s+)?(?:have\s+)?(?!be\b))?"
    r"(?P<pred>(?!was\b|is\b|had\s+been\b|has\s+been\b|would\s+be\b)[a-z]+\b[^.;!?]{0,60})"
)
# Harms a text is said to do that the lexicon does not rate ("would complicate matters")
_TEXT_HARMS = (
    *("complicat", "escalat", "politici", "politicis", "inflam", "polariz", "polaris"),
    *("jeopardi", "endanger", "derail", "undermin"),
)


# What a text fails to do: "the text does not name the aggressor", "the draft fails to
# mention the hostages"
_TEXT_LACKS = Folded(
    r"\b(?:the|this|that|its|their)\s+(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\s*"
    r"(?:,\s*(?:presented|drafted|tabled|submitted|sponsored|put\s+forward)\s[^,.;]{1,60},\s*)?[\"“]?"
    r"(?:does\s+not|did\s+not|doesn't|didn't|fails\s+to|failed\s+to|omits|omitted|"
    r"f(?:alls|ell|ailed)\s+short|lack(?:s|ed)\b|ignor(?:es|ed)|neglect(?:s|ed))\b"
)
# Verbs by which a text says what it judges ("the resolution condemns the shelling"):
# their tone is the text's own, no attack on it
_CONTENT_VERBS = (
    "condemn",
    "deplor",
    "denounc",
    "regret",
    "reject",
    "critici",
    "lament",
    "decr",
    "demand",
    "urg",
    "warn",
)


# What diplomats call a text they vote down, which the sentiment lexicon does not rate:
# faults of a text only ("such texts are one-sided" judges no vote), read where a clause
# says what the text is
_TEXT_FAULTS = (
    frozenset(
        "one-sided unbalanced imbalanced lopsided politicized politicised counterproductive "
        "counter-productive selective divisive interfere interference meddling politically".split()
    )
    | _PRETENCE
)


# Two-word faults: "politically motivated", "politically driven"
_FAULT_PAIRS = re.compile(r"\bpolitically\s+(?:motivated|driven|charged)\b")
# A fault named before the text: "voted against the one-sided text", "this politicized draft"
_FAULTY_TEXT = Folded(
    r"\b(?:the|this|that|a|an|its|their|such\s+an?)\s+(?:\w+\s+)?(?:one-sided|unbalanced|"
    r"imbalanced|lopsided|politici[sz]ed|biased|flawed|divisive|counterproductive|"
    r"counter-productive|selective|shameful|disgraceful|hypocritical|cynical)\s+"
    r"(?:text|draft|resolution|motion)\b"
)


# "spoke out clearly against the resolution", "argued against the draft"
_SPOKE_AGAINST = Folded(
    r"\b(?:spoke|speaks|speaking|came|comes|argued|argues|arguing)\s+(?:out\s+)?"
    r"(?:\w+\s+)?against\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?"
    r"(?:text|draft|resolution|motion)\b"
)
# A judging verb whose object is the text: "had criticised the document", "slammed the draft"
_JUDGED_TEXT = Folded(
    r"\b(?:critici[sz]ed|condemned|denounced|slammed|attacked|assailed|lambasted|decried|"
    r"faulted|derided)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:text|draft|resolution|motion|document|measure)\b"
)


def text_attacked(text: str) -> bool:
    """Whether ``text`` calls the text voted on something bad ("the draft was
    one-sided", "the resolution disregarded the rights of States"): read where the
    holder's country voted it down, so that only the sign is in question."""
    for pattern in (_TEXT_COPULA, _TEXT_CALLED):
        for m in pattern.finditer(text):
            # (to the clause's first comma: "was balanced, it condemned the attacks" is
            # praise, and the condemning is the text's own)
            words = _WORD.findall(_predicate(m).split(",", 1)[0].lower())[: _PREDICATE_WORDS + 2]
            if "not" in words or "no" in words[:1] or "never" in words[:1]:
                continue  # "was not one-sided": a negated judgement decides nothing
            if m.re.groupindex.get("pred3") and m.group("pred3"):
                return True  # "rejected the text as ...": the verb is the attack
            if not _TEXT_FAULTS.isdisjoint(words) or _FAULT_PAIRS.search(" ".join(words)):
                return True
            if broad_polarity(" ".join(words[:_PREDICATE_WORDS]))[0] == "criticizes":
                return True
    if _TEXT_LACKS.search(text) or _FAULTY_TEXT.search(text) or _SPOKE_AGAINST.search(text):
        return True
    if _JUDGED_TEXT.search(text):
        return True
    for m in _TEXT_SUBJECT.finditer(text):
        verb = m.group("pred").split(None, 1)[0].lower()
        if verb.startswith(_CONTENT_VERBS):
            continue
        if verb.startswith(_TEXT_HARMS) or lexicon_polarity(verb)[0] == "criticizes":
            return True
    return False


# The text named as the object of a blocking or voting verb: "blocked this text",
# "vetoed the draft", "voted against the resolution"
_TEXT_AS_OBJECT = Folded(
    r"\b(?:block(?:ed|ing|s)?|veto(?:ed|ing|es)?|torpedo(?:ed|es|ing)?|killed|sank|"
    r"voted\s+(?:against|for|in\s+favou?r\s+of)|abstained\s+on)\s+"
    r"(?:the|this|that|a|its|their|our)\s+(?:[\w'\-]+\s+){0,2}?(?:text|draft|resolution|motion)\b"
)
_TEXT_NOUNS = Folded(r"\b(?:text|draft|resolution|motion)\b")


def text_only_as_object(text: str) -> bool:
    """Whether every mention of the text in ``text`` is the object of a blocking or
    voting verb ("history will judge those who blocked this text"): the judgement is
    then of the voters, not of the text."""
    objects = [m.end() for m in _TEXT_AS_OBJECT.finditer(text)]
    if not objects:
        return False
    return all(any(m.end() == end for end in objects) for m in _TEXT_NOUNS.finditer(text))


# Regret whose object clause has another subject: "we regret that the sponsors did not
# accept", "regretted that some delegations chose"
_REGRET_OF_OTHERS = Folded(
    # (an aside may stand between: "regrets, therefore, that the declaration ...")
    r"\bregret(?:s|ted|ting)?(?:\s*,[^,]{1,20},)?\s+(?:that\s+(?:the|some|certain|other|those|"
    r"these|its|their|several|many|they)|the\s+(?:decision|choice|move|veto)\s+(?:of|by))\b"
)


def regret_of_others(text: str) -> bool:
    """Whether ``text``'s regret is about what others did, not the holder's own vote."""
    return _REGRET_OF_OTHERS.search(text) is not None


# The subject of a judgement that is a run of earlier texts: "Those resolutions have
# failed", "Previous resolutions changed nothing"
_EARLIER_TEXTS = Folded(
    r"(?i)\W*(?:(?:all\s+)?(?:those|these)|(?:the\s+)?(?:previous|past|earlier|prior))\s+"
    r"(?:[\w-]+\s+)?(?:resolutions|texts|drafts)\b",
    needs=("those", "these", "previous", "past", "earlier", "prior"),
)
_SENTENCE_START = re.compile(r"[.!?][\"”]?\s+(?=\S)")


def judges_earlier_texts(text: str, cue: str) -> bool:
    """Whether the sentence of ``text`` that holds the cue is about a run of earlier texts
    ("Those resolutions have failed to stop the war"), not the vote reported."""
    at = text.find(cue)
    if at < 0:
        return False
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, at)), default=0)
    return _EARLIER_TEXTS.match(text, start) is not None


# A country as the one who feels: "Washington was disappointed", "Paris is dismayed"
_FEELS = re.compile(
    r"\s+(?:is|was|are|were|remains|has\s+been)\s+(?:\w+ly\s+)?(?:disappointed|dismayed|"
    r"saddened|concerned|pleased|satisfied|outraged|frustrated|troubled)\b"
)


def only_feels(norm: str, named: Sequence[EntityMention], voter: str) -> bool:
    """Whether the country mentions ``named`` (a unit's) name ``voter`` only as one who
    feels ("told the council Washington was disappointed"): the judge's side, not the
    vote judged (its demonym, "Chadian diplomat X", is the judge's description)."""
    mentions = [e for e in named if e.key == voter and e.detail != "demonym"]
    return bool(mentions) and all(_FEELS.match(norm, e.end) for e in mentions)
