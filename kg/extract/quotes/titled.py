"""A speaker named after a role written in lower case, perhaps with the body it belongs
to: "said senior fellow Irene Corandahl", "said White House press secretary X", "said the
Minister of Foreign Affairs of X, Y" (a sieve of quotes/attribution.py)."""

from __future__ import annotations

import re

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.lexicon import ROLE_HEADS
from kg.names import fold

_ROLE_WORD = re.compile(r"[a-z][a-z\-]*|'s")  # "senior", "press", "vice-chair", a possessive
_ANY_ROLE_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*|'s")
_LONGEST_POST = 10  # "Minister for Foreign Affairs and Trade of the Republic of X"
_POST_LINKS = frozenset(("of", "for", "to", "the", "and"))  # inside a capitalised post's name


def person_after_role(norm: str, actors: ActorIndex, at: int) -> ActorMention | None:
    """A person named after a role written in lower case, perhaps with the body it
    belongs to: "senior fellow Irene Corandahl", "White House press secretary X"."""
    people = [m for m in actors.within(at, at + 80) if m.actor.kind == "person"]
    if not people or people[0].start == at:
        return None
    person = people[0]
    bodies = [m for m in actors.within(at, person.start) if m.actor.kind != "person"]
    gap = list(norm[at : person.start])
    for m in bodies:
        gap[m.start - at : m.end - at] = " " * (m.end - m.start)
    words = "".join(gap).split()
    if not words:
        # "said French envoy Jean Dupont": a country qualifies the titled person
        return person if bodies and all(m.actor.kind == "country" for m in bodies) else None
    # "the Permanent Representative, (Ambassador) X", "the Minister of Foreign Affairs
    # of <country>, X": a capitalised post, a comma, the name
    posts = [w.removesuffix(",") for w in words if w != ","]
    if (
        len(posts) <= _LONGEST_POST
        and any(w.endswith(",") for w in words)
        and any(fold(w) in ROLE_HEADS for w in posts)
        and all(w[:1].isupper() or w in _POST_LINKS for w in posts)
    ):
        return person
    if len(words) > 6:
        return None
    if all(_ROLE_WORD.fullmatch(w) for w in words):
        return person
    if words[-1].endswith(",") and words[-1][:-1] in ROLE_HEADS:
        # "said the country's ambassador, Ana Ruiz": an owner's role, then the name
        owned = [w.removesuffix("'s") for w in words[:-1]] + [words[-1][:-1]]
        if all(_ROLE_WORD.fullmatch(w) for w in owned):
            return person
    # "BBC News diplomatic correspondent X": an outlet's name, then a role noun
    if words[-1] in ROLE_HEADS and all(_ANY_ROLE_WORD.fullmatch(w) for w in words):
        return person
    # "Minister of Foreign Affairs X", "Secretary for Europe X": a capitalised post
    post = fold(words[0]) in ROLE_HEADS and words[1:2] in (["of"], ["for"])
    if post and all(_ANY_ROLE_WORD.fullmatch(w) for w in words[2:]):
        return person
    return None
