"""Pass 5: which vote a sentence is about.

Every vote an article reports is identified from the article's own evidence: the UN
symbol when one is given ("A/ES-10/L.33", "S/RES/2334 (2016)", "resolution 79/179",
"ES-10/19"), else what the sentence says of it: the body (General Assembly, Security
Council, Human Rights Council, a Main Committee), the day (a date, or "on Monday"
read against the article's date), the year, the tally, the drafters ("the
Russian-drafted text", "drafted by Britain and Sierra Leone", "Moscow's draft"), the
outcome (adopted, vetoed) and the subject (the words of a resolution's title).

A resolution of the reference data is chosen only when that evidence points to it
(``matching.score``: the day or a tally alone, else two kinds of evidence such as the
drafters and the subject, and nothing against it): never as a default. A vote the
reference does not hold gets a ResolutionRef of its own: keyed by its symbol when the
article gives one, else by its body and day ("UNSC-2024-05-20"), with the tally (or the
drafters) appended where one article reports two votes of one body on one day.
Sentences that describe such a vote are grouped within the article
(``unknown.cluster_unknown``): the sentences of one vote agree on body, day, tally and
drafters. A sentence with no cue inherits its paragraph's vote, a paragraph its
section's (a live-blog heading), and otherwise the article's main vote.

The package's modules follow those seams: symbols.py (symbol reading), dates.py (day
evidence and the article's date), drafters.py (drafter evidence), cues.py (body, tally,
outcome and subject evidence of one sentence), matching.py (scoring against known
votes), unknown.py (votes the reference does not hold, and their keys), matcher.py (the
whole article).
"""

from kg.extract.resolutions.matcher import ResolutionContext, ResolutionMatcher
from kg.extract.resolutions.symbols import ResolutionMention, canonical_symbol, ref_of

__all__ = [
    "ResolutionContext",
    "ResolutionMatcher",
    "ResolutionMention",
    "canonical_symbol",
    "ref_of",
]
