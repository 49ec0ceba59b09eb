"""The vote left behind, beside the one cast: a switch ("France switched from abstention
last year to a no vote", "India moved the other way, from a no vote in 2025 to yes") and a
vote "after" another ("Serbia abstained after backing last year's text"). The vote cast is
read as any predicate (``phrases``); these read the one left behind, which belongs to the
earlier vote named by its time (none without a time)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.earlier import AFTER_GERUND, names_other_time, year_named
from kg.extract.patterns import Folded
from kg.extract.votes.phrases import SWITCH_TIME
from kg.model import Option

if TYPE_CHECKING:
    from kg.extract.text import Sentence
    from kg.extract.votes.ledger import Group, VoteReader

_SWITCHED_FROM = Folded(
    r"(?i)\b(?:switched|changed|shifted|moved|went)\s+(?:(?:its|their)\s+(?:vote|position)\s+|"
    r"the\s+(?:other|opposite)\s+way\s*,?\s*)?from\s+(?:an?\s+)?"
    r"(?P<option>yes|no|abstention|abstaining|in\s+favou?r|against|voting\s+(?:yes|no|against|"
    r"for|in\s+favou?r))(?:\s+vote)?\s+(?P<when>" + SWITCH_TIME + r")\s+to\s+"
)
# what may stand between the country and the verb: an aside, an auxiliary
_SUBJECT_GAP = re.compile(r"(?i)\s*(?:,[^,;]{1,80},\s*)?(?:(?:also|then|later|has|had|have)\s+)*")


def _option(word: str) -> Option:
    word = word.lower()
    if word.startswith("abst"):
        return "abstain"
    if word in ("no", "against") or word.endswith(("no", "against")):
        return "no"
    return "yes"


def read_switched(reader: VoteReader, sentence: Sentence, groups: list[Group], low: str) -> None:
    """The vote a country's switch names as left behind, on the earlier vote (``low``:
    the sentence's text lowered)."""
    for m in _SWITCHED_FROM.in_lowered(low):
        at = sentence.start + m.start()
        subject = next(
            (
                g
                for g in reversed(groups)
                if g.end <= at and _SUBJECT_GAP.fullmatch(reader.doc.norm, g.end, at)
            ),
            None,
        )
        if subject is None:
            continue
        earlier = reader.earlier_vote(sentence.start + m.start("when"), sentence.start + m.end())
        if earlier is None:
            continue
        for iso in subject.isos:
            reader.add(
                iso,
                _option(m.group("option")),
                earlier,
                sentence.start,
                sentence.end,
                "vote.switched-from",
            )


def read_after(
    reader: VoteReader, sentence: Sentence, subjects: list[tuple[str, str]], end: int, limit: int
) -> None:
    """ "abstained after backing last year's text": the subjects' vote on that earlier
    text, where the words after the gerund name its time."""
    m = AFTER_GERUND.match(reader.doc.norm, end, limit) if subjects else None
    if m is None:
        return
    text = reader.doc.norm
    if not names_other_time(text, m.end(), limit) and not year_named(
        text[m.end() : limit], reader.current_year()
    ):
        return  # ("after backing the 2023 text": a year of its own)
    earlier = reader.earlier_vote(m.end(), limit)
    if earlier is None:
        return
    option: Option = "yes" if m.group("yes") else "no" if m.group("no") else "abstain"
    for iso, _ in subjects:
        reader.add(iso, option, earlier, sentence.start, sentence.end, "vote.after-earlier")
