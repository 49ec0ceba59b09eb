"""Pass 4: direct quotations and who said them.

Quotation marks are paired per paragraph: curly marks by shape, straight marks by
position, single marks only where they cannot be apostrophes (a closing single
mark between two letters is "isn't"). A quotation whose paragraph ends open
continues into the next paragraph when that one opens with a mark. Spans nested
inside another quotation are dropped; a quotation interrupted mid-sentence by its
attribution ("'We will not,' she said, 'pretend ...'") is one quote.

Attribution is a sieve, most precise rule first: a speech verb and a speaker right
after the quote; a speaker and verb before it ending in a colon or comma; the
subject of a communication verb in the same sentence for a fragment; "according
to"; a quote in the same paragraph as an attributed one; a paragraph-opening
quote after "She said:"; transcript answers (``A:``, ``NAME:``). Unnamed sources
("a European diplomat said") get no quote.

The package's modules: marks.py (mark pairing), attribution.py (the sieve), offices.py
(envoys, ministries and missions that speak for their country), context.py (speakers
from the sentences around), wording.py
(a resolution's words quoted in narration), transcripts.py (interview turns), reader.py
(the pass).
"""

from kg.extract.quotes.reader import find_quotes

__all__ = ["find_quotes"]
