"""Pass 6a: how the article says countries voted.

``reader`` holds the claims ledger (``VoteReader.add``, one claim per country, option and
resolution, with every place it is made), the explicit rules (a vote predicate and its
subject: "X abstained", "X, a close ally, voted no", "with X abstaining", "X was among
the 35 countries that abstained"), the implied ones ("Y voted with X", "so did Y") and
the settling of the article's main resolution. ``voters`` reads the voters a cue names
outside its subject: recorded-vote lists ("5 against (A, B and C)", "the nine no votes
came from ...", "12 against, including A"), labels and lines of names under a heading,
the agent of a nominal vote ("vetoed by X", "a Russian veto"), partners ("siding with X
against the text") and explanations of vote ("her country's abstention").
"""

from kg.extract.votes.reader import ClaimEvidence, read_votes

__all__ = ["ClaimEvidence", "read_votes"]
