"""The vote left behind, beside the one cast: a switch ("France switched from abstention
last year to a no vote", "India moved the other way, from a no vote in 2025 to yes"), a
vote "after" another ("Serbia abstained after backing last year's text") or "as" it did
before ("abstained, as they did a year ago"). The vote cast is read as any predicate
(``phrases``); these read the one left behind, which belongs to the earlier vote named by
its time (none without a time)."""

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


# "abstained, as they did a year ago": the same vote at that time
_AS_DID = re.compile(
    r"(?i)(?:\s+(?:on\s+|against\s+|for\s+)?(?:it|them|the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:resolution|text|draft|measure|motion)))?\s*,?\s+as\s+(?:they|it|he|she|we)\s+"
    r"(?:also\s+)?did\s+"
)


def read_after(
    reader: VoteReader,
    sentence: Sentence,
    subjects: list[tuple[str, str]],
    option: Option,
    end: int,
    limit: int,
) -> None:
    """ "abstained after backing last year's text", "abstained, as they did a year ago":
    the subjects' vote on that earlier text, where the words after name its time."""
    text = reader.doc.norm
    m = AFTER_GERUND.match(text, end, limit) if subjects else None
    same = _AS_DID.match(text, end, limit) if subjects and m is None else None
    if same is not None:
        m, earlier_option = same, option
    elif m is not None:
        earlier_option = "yes" if m.group("yes") else "no" if m.group("no") else "abstain"
    else:
        return
    if not names_other_time(text, m.end(), limit) and not year_named(
        text[m.end() : limit], reader.current_year()
    ):
        return  # ("after backing the 2023 text": a year of its own)
    earlier = reader.earlier_vote(m.end(), limit)
    if earlier is None:
        return
    for iso, _ in subjects:
        reader.add(iso, earlier_option, earlier, sentence.start, sentence.end, "vote.after-earlier")
