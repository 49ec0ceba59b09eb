"""Pass 7, vetoes: the words by which a unit judges a veto of the Security Council, or
the vetoers' act as one ("the decision"), and the members whose no is a veto."""

from __future__ import annotations

from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded

# A veto named as such ("the veto", "this veto", "Moscow's veto"): whose, the claims say
VETO = Folded(r"\bveto(?:es|ed)?\b")
# The act of the vetoers judged as one: "the decision would be incomprehensible"
THE_DECISION = Folded(r"\b(?:the|this|that|their|today['’]s)\s+decision\b")
# The Security Council's permanent members, whose no is a veto (UN Charter, Article 23)
PERMANENT_MEMBERS = frozenset({"CHN", "FRA", "GBR", "RUS", "USA"})
# More than one veto: "the two vetoes", "a double veto"
VETOES = Folded(r"\b(?:vetoes|double\s+veto|(?:two|twin|joint)\s+vetoe?s?)\b")
# The vetoers counted, not named: "two permanent members", "two members of this Council"
COUNTED_MEMBERS = Folded(
    r"\b(?P<n>two|three)\s+(?:permanent\s+members|members\s+of\s+(?:this|the)\s+"
    r"(?:security\s+)?council)\b"
)


def names_a_people(e: EntityMention, text: str) -> bool:
    """ "thanked Israelis for ...": a plural demonym with no article is a people, not the
    state that votes ("the Russians vetoed it": its government; "Swiss" is no plural)."""
    plural = e.detail == "demonym" and e.surface.endswith("s") and e.surface[-2:] != "ss"
    return plural and text[max(0, e.start - 4) : e.start].lower() != "the "
