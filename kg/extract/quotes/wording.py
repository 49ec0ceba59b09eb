"""The wording of a resolution or draft quoted in narration ("the resolution 'demands'
...", "the text called on Moscow to '...'"): those words belong to the body that adopted
it, or to the country that drafted it, never to a person named nearby."""

from __future__ import annotations

import re

from kg.extract.actors import ActorIndex
from kg.extract.quotes.marks import Candidate
from kg.extract.spans import near_start
from kg.extract.text import Document
from kg.model import ActorRef

_WORD = re.compile(r"[\w'\-]+")
_NEXT_WORD = re.compile(r"\s*([a-z]+)\b")
# The noun (perhaps with ", which"), then at most a few words with a verb of what a text
# says, then the quotation.
_WORDING = re.compile(
    r"(?i)\b(?:resolution|draft|text|measure|declaration)s?\b"
    r"(?:,\s+which\b)?(?P<gap>(?:\s+[\w'\-]+){0,12}?)[\s,]*$"
)
_WORDING_VERBS = frozenset(
    "demands demanded demanding calls called calling urges urged urging condemns condemned "
    "condemning deplores deplored deploring reaffirms reaffirmed reaffirming declares declared "
    "declaring expresses expressed expressing stresses stressed stressing requests requested "
    "requesting decides decided deciding welcomes welcomed welcoming emphasizes emphasized "
    "emphasises emphasised underlines underlined recognizes recognized recognises recognised "
    "affirms affirmed notes noted says said refers referred describes described seeks sought "
    "seeking wants wanted commits committed reiterates reiterated insists insisted "
    "acknowledges acknowledged supports supported endorses endorsed".split()
)
# A country that wrote the text: "the US-drafted resolution", "Russia's draft", "the US
# spearheaded a resolution" (read between the country and the noun).
_DRAFTER_BEFORE_NOUN = re.compile(
    r"(?i)(?:'s|-(?:drafted|sponsored|led|backed|proposed|authored))\s+(?:[\w\-]+\s+){0,2}"
)
_DRAFTER_VERB = re.compile(
    r"(?i)\s+(?:[\w\-]+\s+){0,3}?(?:drafted|sponsored|spearheaded|submitted|proposed|"
    r"introduced|tabled|authored|circulated|put\s+forward|presented)\s+(?:[\w\-]+\s+){0,4}"
)
_SCARE_BEFORE = re.compile(r"(?i)(?:'s|so-called|\bthe)\s+$")
_NOT_WORDING = frozenset("is was were are be been being as seems seemed".split())
_UN_BODY = "un-body"


def quoted_wording(
    doc: Document, actors: ActorIndex, cand: Candidate
) -> tuple[ActorRef | None, str] | None:
    """The words of a resolution or draft quoted in narration belong to the body that
    adopted it (the UN body named nearest before, else after), never to a person named
    nearby. None where the quotation is not such wording; (None, rule) where it is but
    no body is named."""
    text = doc.norm
    sentence = doc.sentence_at(cand.open)
    para = doc.paragraph_at(cand.open)
    if sentence is None or para is None or para.heading:
        return None  # a headline's marks are the editor's
    if _SCARE_BEFORE.search(text, max(0, cand.open - 12), cand.open) and (
        len(_WORD.findall(text, cand.open, cand.close)) <= 2
    ):
        return None  # "Russia's 'referenda'", the so-called 'plan': scare quotes
    start = near_start(text, sentence.start, cand.open, 160)
    match = _WORDING.search(text, start, cand.open)
    if match is None:
        return None
    gap = [w.lower() for w in _WORD.findall(match.group("gap"))]
    first = _NEXT_WORD.match(text.lower(), cand.open + 1)
    quoted_verb = first is not None and first.group(1) in _WORDING_VERBS
    if not (set(gap) & _WORDING_VERBS or (quoted_verb and len(gap) <= 2)):
        return None
    if set(gap) & _NOT_WORDING:
        return None  # "the resolution was 'a farce'": someone's verdict on it
    if any(m.actor.kind == "person" for m in actors.within(match.start(), cand.open)):
        return None
    for m in reversed(actors.within(sentence.start, match.start())):
        if m.actor.kind == "country" and (
            _DRAFTER_BEFORE_NOUN.fullmatch(text, m.end, match.start())
            or _DRAFTER_VERB.fullmatch(text, m.end, match.start())
        ):
            return m.actor, "quote.wording.drafter"
    bodies = [
        m
        for m in actors.mentions
        if m.entity is not None and m.entity.detail == _UN_BODY and m.actor.kind == "organization"
    ]
    before = [m for m in bodies if m.start < cand.open]
    body = before[-1] if before else (bodies[0] if bodies else None)
    return (body.actor if body else None), "quote.wording"
