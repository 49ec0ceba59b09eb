"""Pass 2b: people, found from the text alone, and who is who inside an article.

A person is a run of capitalised name-like words (with initials, particles such as
"bin" and suffixes such as "Jr.") that the context marks as a person: a title
before it ("Sen.", "Prime Minister", "spokesman"), an appositive with a role noun
before or after it, an adjacent speech verb, a party-state tag ("(R-Neb.)"), a
byline, or, for runs of two or more words outside headlines, the shape alone.
Single words ("Rice", "Mr. Trump") join the person whose name they end (or begin);
a titled single word with no fuller form stands for a person of its own.

The package's modules: finder.py (runs and the evidence for them), turns.py (transcript
labels), coreference.py (clusters), model.py (what the pass returns).
"""

from kg.extract.persons.finder import find_persons
from kg.extract.persons.model import PersonCluster, PersonContext, PersonMention, Turn

__all__ = ["PersonCluster", "PersonContext", "PersonMention", "Turn", "find_persons"]
