"""Pass 6a: how the article says countries voted.

``reader`` holds the claims ledger and the explicit and implied rules; ``lists`` reads
the lists of voters that recorded-vote coverage and wire copy give ("5 against (A, B and
C)", "the nine no votes came from ...", "abstaining, including A", lines of names under a
heading).
"""

from kg.extract.votes.reader import ClaimEvidence, read_votes

__all__ = ["ClaimEvidence", "read_votes"]
