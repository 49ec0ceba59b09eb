"""What takes a vote predicate's vote away: the words before it.

A denial ("did not vote against", "refused to abstain", "Neither A nor B vetoed it"), a
vote left behind ("moved from abstaining to ..."), a count ("with 65 abstaining"), and an
intention or expectation rather than a ballot ("is expected to vote against", "had
threatened to veto", "was set to join Russia in opposing it", "urged Chile to abstain").
"""

from __future__ import annotations

from kg.extract.patterns import Folded
from kg.extract.votes.phrases import COUNT_BEFORE

# "moved from abstaining to ...": the vote left behind is another vote's
FROM_BEFORE = Folded(
    r"(?i)\b(?:switched|changed|shifted|moved|went)\s+(?:[\w]+,?\s+){0,3}?from\s+(?:an?\s+)?$"
)
# "Neither France nor Britain vetoed it": the subjects are denied the vote
NEITHER_NOR = Folded(r"(?i)\bneither\s+[^,;.]{1,80}?\bnor\s+[^,;.]{1,60}$")
NEG = Folded(
    # ("not only voted against it but ...", "not just abstained": no denial)
    r"(?i)(?:\bnot\b(?!\s+(?:only|just|merely|simply)\b)|n't\b|\bnever\b|\bdeclined\s+to\b|"
    r"\brefused\s+to\b|\bwould\s+have\b|"
    r"\b(?:should|could|might)\s+have\b|"
    r"\bfailed\s+to\b|\bwhether\b|\bif\b|"
    # "abstained from voting in favour", "refrained from voting against"
    r"\b(?:abstain|refrain)(?:ed|s|ing)?\s+from\b)\s*(?:\w+\s+){0,2}$",
    needs=(
        *("not", "n't", "never", "declined", "refused", "would", "failed", "whether", "if"),
        *("should", "could", "might", "abstain", "refrain"),
    ),
)
# "is expected to vote against", "had threatened to veto", "plans to abstain", "urged
# Chile to vote yes", "would vote no": a vote to come, wished or feared, not one cast
# ("decided to abstain", "chose to", "went on to" stay votes)
INTENT_BEFORE = Folded(
    r"(?i)(?:\b(?:expected|likely|unlikely|set|poised|due|going|about|ready|prepared|"
    r"willing|threaten(?:ed|s|ing)?|plan(?:ned|s|ning)?|intend(?:ed|s|ing)?|vow(?:ed|s)?|"
    r"pledg(?:ed|es)|promis(?:ed|es)|want(?:ed|s)?|hop(?:ed|es)|wish(?:ed|es)?|"
    r"s(?:ought|eeks?)|urg(?:ed|es|ing)|press(?:ed|ing)|push(?:ed|ing)|lobb(?:ied|ying))"
    r"\s+(?:[\w'’-]+\s+){0,3}?to\s+|\b(?:would|will|shall)\s+(?:(?:also|again|then|probably|"
    r"likely|not)\s+)?)$"
)


# "Had Mexico voted yes, ...", "..., had Peru abstained": a vote supposed, not cast (the
# clause opens on "had" and its subject; "Peru had also voted no" is a vote)
SUPPOSED_BEFORE = Folded(
    r"(?i)(?:^|[,;:(\"“]\s*|\b(?:and|but|or)\s+)had\s+(?!(?:also|then|already|previously|"
    r"not|never|long|always|once|\w+ly)\b)(?:[\w'’.-]+\s+){1,4}?$"
)


def not_a_vote_here(before: str, listed: bool = False) -> bool:
    """Whether the words before a predicate take its vote away: "did not vote against",
    "with 65 abstaining" (a count), "Neither A nor B vetoed it", "moved from abstaining
    to ..." (the vote left behind), "is expected to vote no" (a vote to come), "Had
    Mexico voted yes" (a vote supposed). ``listed``: the voters are listed after it
    ("Five said no: A, B, ..."), so a count before it is theirs."""
    return bool(
        NEG.search(before)
        or (not listed and COUNT_BEFORE.search(before))
        or NEITHER_NOR.search(before)
        or FROM_BEFORE.search(before)
        or INTENT_BEFORE.search(before)
        or SUPPOSED_BEFORE.search(before)
    )
