"""A vote stated by comparison with another: "Serbia should have abstained on the first
text, as it did on the one the United States proposed", "Chile voted no, as was the case
for the earlier draft". The comparison gives the voter the same option on the other
vote, which the words after "as ... for/on/with" describe: a symbol, a known vote they
describe, or the one known vote of the main clause's body among those they fit (a
drafter's text). The main clause's own claim is the explicit rules' (a counterfactual
"should have abstained" gives none); only the compared vote's is added here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.patterns import Folded
from kg.model import Option, ResolutionRef

if TYPE_CHECKING:
    from kg.extract.text import Sentence
    from kg.extract.votes.ledger import VoteReader

# "..., as was the case for the US text", "as it did on the rival draft", "as they had
# done with the first resolution"
_AS_FOR = Folded(
    r"(?i),?\s+as\s+(?:was\s+the\s+case|(?:it|they)\s+(?:did|had(?:\s+done)?|has\s+done))\s+"
    r"(?:for|with|on|in)\s+(?P<what>(?:[^.;,]|\.(?=\w)){3,80})"
)
# the option of the main clause, ending just before the comparison
_OPTION_BEFORE = re.compile(
    r"(?i)\b(?:(?P<abstain>abstain(?:ed)?)|vot(?:e|ed)\s+(?:(?P<no>against|no)|"
    r"(?P<yes>in\s+favou?r|for|yes)))\b[^.;]{0,80}$"
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|n't)\s+(?:\w+\s+){0,2}$")


def read_compared(reader: VoteReader, sentence: Sentence, low: str) -> None:
    """The compared votes of ``sentence`` (``low``: the document lowered)."""
    if " as " not in low[sentence.start : sentence.end]:
        return
    text = reader.doc.norm
    for m in _AS_FOR.in_lowered(low, sentence.start, sentence.end):
        floor = max(sentence.start, m.start() - 160)
        option_at = _OPTION_BEFORE.search(text, floor, m.start())
        if option_at is None or _NEGATED.search(text, floor, option_at.start()):
            continue
        option: Option = (
            "abstain" if option_at.group("abstain") else ("no" if option_at.group("no") else "yes")
        )
        subject = reader.sentence_subject(reader.groups(sentence), option_at.start())
        if subject is None:
            continue
        main = reader.resolution_for(option_at.start(), m.start(), sentence)
        what = text[m.start("what") : m.end("what")]
        ref = _compared_vote(reader, what, m.start("what"), main)
        if ref is None or (main is not None and ref.key == main.key):
            continue
        for iso in subject.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.compared")


def _compared_vote(
    reader: VoteReader, what: str, at: int, main: ResolutionRef | None
) -> ResolutionRef | None:
    """The vote the words after "as ... for" describe, if they describe one."""
    symbols = reader.matcher.symbols_in(what, at)
    if symbols:
        return symbols[0].ref
    candidates = [r for r in reader.matcher.candidates(what, reader.doc) if r.matched]
    if len(candidates) > 1 and main is not None and main.body is not None:
        candidates = [r for r in candidates if r.body == main.body]
    return candidates[0] if len(candidates) == 1 else None
