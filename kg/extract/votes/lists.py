"""Lists of voters that a list cue names in a sentence (pass 6a, with ``explicit``).

"with five abstentions: France, ...", "The abstainers included China, ...", "the United
States was among the eighteen", "Among the countries that abstained were A, B and C":
the cue or its clause gives the option, the countries right after it are its voters; a
back-reference ("Foremost among them was X") takes the one option of the sentence before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.numbers import NUMBER, TallyMatch, parse_number, parse_tallies
from kg.extract.patterns import Folded
from kg.extract.text import Sentence
from kg.extract.votes.phrases import (
    AMONG_THE,
    AMONG_THE_BRACKET,
    VOTERS_WERE,
    clause_option,
    counted_option,
)
from kg.model import Option

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.votes.ledger import Group, VoteReader

# Lists named after a count or an option: "with five abstentions: France, ...".
LIST_PATTERNS: list[tuple[Folded | re.Pattern[str], Option]] = [
    (
        re.compile(
            r"(?i)\babstentions?\s*(?::|(?:then\s+|instead\s+)?came\s+from|were|included|,\s*from\b|"
            r",?\s*including(?:\s+from)?(?:\s+(?-i:[a-z]+)){0,3})\s*(?:the\s+)?"
        ),
        "abstain",
    ),
    (
        Folded(
            r"(?i)\bopposition\s+from\s+(?:only\s+)?(?:\S+\s+){0,2}(?:countries|states|"
            r"nations|members),?\s+including\s+(?:the\s+)?",
            needs=("opposition",),
        ),
        "no",
    ),
    (
        Folded(
            r"(?i)\babstainers?\s+(?:included|were|was)(?:\s+also)?\s*:?\s*(?:the\s+)?",
            needs=("abstainer",),
        ),
        "abstain",
    ),
    (  # "18 against - including from Russia, Belarus ..." (yes votes: the cue lists)
        Folded(
            rf"(?i)(?<!\w){NUMBER}\s+(?:votes?\s+)?(?:against|no votes?)\s*(?:[,(:]|\s?[-–—])?\s*"
            r"(?:including|among\s+them|such\s+as)(?:\s+from|\s+those\s+of)?\s+(?:the\s+)?",
            needs=("against", "no vote"),
        ),
        "no",
    ),
    # "..., among them Chile"; "Foremost among them was Chile" (the list of the sentence before)
    (
        Folded(r"(?i)\bamong\s+them\s+(?:(?:is|was|are|were)\s+)?(?:the\s+)?", needs=("among",)),
        "abstain",
    ),
    (
        Folded(
            r"(?i)\bvoting\s+(?:yes|in\s+favou?r)\s+were\s*:?\s*(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?",
            needs=("voting",),
        ),
        "yes",
    ),
    (  # ("Voting against were veto-wielding Russia and China, along with ...")
        Folded(
            r"(?i)\bvoting\s+(?:no|against)\s+were\s*:?\s*(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?",
            needs=("voting",),
        ),
        "no",
    ),
    # "The lone no vote was X", "the only vote against it came from X", "the sole dissenter"
    (
        Folded(
            r"(?i)\b(?:lone|only|sole|single)\s+(?:(?:no|nay|dissenting|negative)\s+vote|"
            r"vote\s+against(?:\s+(?:it|the\s+(?:text|draft|resolution|measure|motion)))?|"
            r"dissenter|dissenting\s+voice)\s+(?:was\s+cast\s+by|came\s+from|belonged\s+to|"
            r"was)\s*:?\s*(?:the\s+)?"
        ),
        "no",
    ),
    # "The lone abstention was X", "the only abstainer was X"
    (
        Folded(
            r"(?i)\b(?:lone|only|sole|single)\s+(?:abstention|abstainer)\s+"
            r"(?:was\s+cast\s+by|came\s+from|was)\s*:?\s*(?:the\s+)?"
        ),
        "abstain",
    ),
    (Folded(r"(?i)\bthe\s+(?P<n>\w+(?:-\w+)?)\s+were\s*:?\s*(?:the\s+)?", needs=("were",)), "no"),
]

# "Among the eight votes against were those of A and B", "The no votes came from A and B",
# "Among the abstentions were A and B": the votes counted, then their voters.
_VOTES_WERE = Folded(
    rf"(?i)\b(?:among\s+)?(?:the\s+)?(?:{NUMBER}\s+)?(?P<verb>(?:votes?|ballots)\s+"
    r"(?:cast\s+)?(?:against|in\s+favou?r|for)|(?:no|yes|negative|affirmative)\s+votes|"
    r"abstentions)\b"
    # (only the text voted on between: "the votes against the draft were")
    r"(?:\s+(?:on|to|for|against)\s+(?:it|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:text|resolution|draft|measure|motion|amendment)))?"
    r"\s+(?:were|included|include|came\s+from)"
    r"\s*:?\s*(?:(?:cast\s+)?by\s+|those\s+of\s+)?(?:the\s+)?"
)


# "Russia could muster only 10 other 'no' votes": the subject cast one of them
_OTHER_VOTES = Folded(
    rf"(?i)\b(?:muster|gather|win|won|draw|drew|attract|garner|secure|get|got)\w*\s+(?:only\s+)?"
    rf"{NUMBER}\s+other\s+[\"']?(?P<verb>no|yes|negative|affirmative)[\"']?\s+votes\b",
    needs=("other",),
)


def named_lists(reader: VoteReader, sentence: Sentence, groups: list[Group]) -> None:
    """ "with five abstentions: France, ...", "The abstainers included China, ..."."""
    if not groups:
        return  # every list names its countries in the sentence
    text = reader.doc.norm
    _others_of_subject(reader, sentence, groups)
    patterns = LIST_PATTERNS
    tallies_here = reader.doc.once(parse_tallies, text[sentence.start : sentence.end])
    for m in AMONG_THE.finditer(text[sentence.start : sentence.end]):
        # "the United States was among the eighteen": the stated count names the option
        at = sentence.start + m.start()
        owner = [g for g in groups if g.end <= at and len(text[g.end : at]) < 4]
        counted = counted_option(parse_number(m.group("n")), tallies_here)
        if owner and counted:
            ref = reader.resolution_for(at, sentence.end, sentence)
            for iso in owner[-1].isos:
                reader.add(iso, counted, ref, sentence.start, sentence.end, "vote.counted")
    low = reader.lowered_text
    for m in AMONG_THE_BRACKET.in_lowered(low, sentence.start, sentence.end):
        n = parse_number(m.group("n"))
        # the count may be of a tally stated before the sentence: "... by 120 votes to 6.
        # The names among the 6 (...)"
        counted = counted_option(n, tallies_here) or counted_option(
            n, [t for t in reader.doc.once(parse_tallies, text) if t.end <= sentence.start]
        )  # (the article's tallies read once, not its text up to each sentence)
        listed = next((g for g in groups if g.start == m.end()), None)
        if counted and listed is not None:
            _add_list(reader, sentence, listed, counted, m.start())
    for pattern, option in patterns:
        matches = (
            pattern.in_lowered(low, sentence.start, sentence.end)
            if isinstance(pattern, Folded)
            else pattern.finditer(text, sentence.start, sentence.end)
        )
        for m in matches:
            nxt = next((g for g in groups if g.start == m.end()), None)
            if nxt is None:
                continue
            chosen: Option | None = option
            if "n" in m.groupdict() and m.group("n"):
                chosen = _counted(reader, sentence, parse_number(m.group("n")), tallies_here)
                if "among" in m.group(0).lower():
                    chosen = option
            if "among" in m.group(0).lower():
                prior = text[sentence.start : m.start()].lower()
                chosen = (
                    "abstain"
                    if "abstain" in prior
                    else ("no" if re.search(r"against|voted no", prior) else None)
                )
                if chosen is None and re.fullmatch(r"\W*(?:\w+\s+)?", prior):
                    chosen = _previous_option(reader, sentence)  # "Foremost among them was X"
            if chosen is None:
                continue
            _add_list(reader, sentence, nxt, chosen, m.start())
    _voters_named_by_clause(reader, sentence, groups, low)


def _others_of_subject(reader: VoteReader, sentence: Sentence, groups: list[Group]) -> None:
    """ "Russia could muster only 10 other 'no' votes": the subject cast one of them."""
    for m in _OTHER_VOTES.in_lowered(reader.lowered_text, sentence.start, sentence.end):
        subject = reader.sentence_subject(groups, m.start())
        option = clause_option(m.group("verb"))
        if subject is not None and option is not None:
            ref = reader.resolution_for(m.start(), sentence.end, sentence)
            for iso in subject.isos:
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.list")


def _counted(
    reader: VoteReader, sentence: Sentence, n: int | None, tallies_here: Sequence[TallyMatch]
) -> Option | None:
    """The option a count names: a count of the sentence's tallies, else of one stated
    before it ("... by 143 votes to nine. Among the nine were ...")."""
    chosen = counted_option(n, tallies_here)
    if chosen is None and n is not None:
        before = reader.doc.once(parse_tallies, reader.doc.norm)
        chosen = counted_option(n, [t for t in before if t.end <= sentence.start])
    return chosen


# The option words of a sentence a back-reference ("among them") may point to.
_OPTION_CUES: tuple[tuple[Option, re.Pattern[str]], ...] = (
    ("abstain", re.compile(r"\babst(?:ain|ention)")),
    ("no", re.compile(r"\b(?:against|opposed|voted\s+no|rejected|vetoed)\b")),
    ("yes", re.compile(r"\b(?:in\s+favou?r|voted\s+(?:yes|for)|backed|supported)\b")),
)


def _previous_option(reader: VoteReader, sentence: Sentence) -> Option | None:
    """The one option the sentence before this one (in its paragraph) claims, if one."""
    index = reader.ctx.index_of(sentence.start)
    if index < 1:
        return None
    before = reader.doc.sentences[index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    options = {c.option for c in reader.claims_in(before)}
    low = reader.lowered_text[before.start : before.end]
    options |= {option for option, cue in _OPTION_CUES if cue.search(low)}
    return options.pop() if len(options) == 1 else None


def _voters_named_by_clause(
    reader: VoteReader, sentence: Sentence, groups: list[Group], low: str
) -> None:
    """ "Among the countries that abstained on the measure were Pakistan, India and
    China", "Those voting against it included Belarus", "Among the votes against were
    those of Cuba and Iran": the clause names the option."""
    for m in (
        *VOTERS_WERE.in_lowered(low, sentence.start, sentence.end),
        *_VOTES_WERE.in_lowered(low, sentence.start, sentence.end),
    ):
        option = clause_option(m.group("verb"))
        nxt = next((g for g in groups if g.start == m.end()), None)
        if option is None or nxt is None:
            continue
        _add_list(reader, sentence, nxt, option, m.start())


def _add_list(
    reader: VoteReader, sentence: Sentence, group: Group, option: Option, at: int
) -> None:
    """The countries of ``group`` voted ``option`` on the vote read at ``at``; a list of
    three or more is kept for the count checks."""
    ref = reader.resolution_for(at, sentence.end, sentence)
    for iso in group.isos:
        reader.add(iso, option, ref, sentence.start, sentence.end, "vote.list")
    if len(group.isos) >= 3:
        reader.lists.append((len(group.isos), group.isos, option, at))
