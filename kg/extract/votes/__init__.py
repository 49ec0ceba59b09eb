"""Pass 6a: how the article says countries voted.

``reader`` runs the rules in order and settles the article's main resolution; ``ledger``
holds the claims (``VoteReader.add``, one claim per country, option and resolution, with
every place it is made); ``phrases`` the patterns. ``explicit`` holds the rules that read a
vote predicate and its subject ("X abstained", "X, a close ally, voted no", "with X
abstaining", "X was among the 35 countries that abstained"), ``implied`` those that read
one country's vote through another's ("Y voted with X", "X was joined by Y", "so did Y").
``voters`` reads the voters a cue names outside its subject: recorded-vote lists ("5
against (A, B and C)", "the nine no votes came from ...", "12 against, including A"),
labels and lines of names under a heading, the agent of a nominal vote ("vetoed by X", "a
Russian veto"), partners ("siding with X against the text") and explanations of vote ("her
country's abstention").
"""

from kg.extract.votes.ledger import ClaimEvidence
from kg.extract.votes.reader import read_votes

__all__ = ["ClaimEvidence", "read_votes"]
