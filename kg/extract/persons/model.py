"""What the person pass finds: mentions, their clusters (one per person), and a
transcript's turns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extract.lexicon import HONORIFICS, NAME_SUFFIXES
from kg.names import fold, person_key


@dataclass
class PersonMention:
    start: int
    end: int
    first: int
    last: int
    words: tuple[str, ...]  # name words, without title; initials with their period
    rule: str
    title: str | None = None  # the title phrase before the name, lower case
    title_start: int | None = None
    cluster: int = -1

    @property
    def surname(self) -> str:
        words = [w for w in self.words if fold(w).rstrip(".") not in NAME_SUFFIXES]
        return words[-1] if words else self.words[-1]

    @property
    def is_full(self) -> bool:
        return len([w for w in self.words if not is_initial(w)]) >= 2


@dataclass
class PersonCluster:
    id: int
    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    gender: str | None = None

    @property
    def key(self) -> str:
        return person_key(self.name)

    @property
    def aliases(self) -> list[str]:
        out = []
        for m in self.mentions:
            forms = [" ".join(m.words)]
            if m.title and m.title in HONORIFICS:
                forms.append(f"{_title_case(m.title)} {' '.join(m.words)}")
            for form in forms:
                if form != self.name and form not in out:
                    out.append(form)
        return out


@dataclass(frozen=True)
class PersonContext:
    """What the person pass found: mentions in text order and their clusters."""

    mentions: list[PersonMention]
    clusters: list[PersonCluster]
    turns: list[Turn] = field(default_factory=list)  # a transcript's turns, if it is one

    def cluster_of(self, mention: PersonMention) -> PersonCluster:
        return self.clusters[mention.cluster]

    def at(self, start: int, end: int) -> PersonMention | None:
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m
        return None


def is_initial(word: str) -> bool:
    """ "T." or joined initials, "T.S."."""
    if len(word) == 2:
        return word[0].isupper() and word[1] == "."
    return 4 <= len(word) <= 6 and all(
        c.isupper() if n % 2 == 0 else c == "." for n, c in enumerate(word)
    )


def _title_case(title: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in title.split())


class Turn(NamedTuple):
    """A paragraph of a transcript that opens with its speaker's label: "MR HOLLIS: ...",
    "Q: ...", "ANA RUIZ, HOST: ...", "Ana Ruiz: ..."."""

    paragraph: int
    start: int  # where the label's name starts (the paragraph's, or the bracketed name's)
    name_end: int  # where the label's name ends (before a role or the colon)
    body_start: int  # where the words spoken start
    name: str  # the label's name as written ("MR HOLLIS", "Q")
    role: str  # the role written after the name ("BRITISH AMBASSADOR TO THE UN"), or ""
    generic: bool  # a label naming no one: "Q", "QUESTION", "MODERATOR"
