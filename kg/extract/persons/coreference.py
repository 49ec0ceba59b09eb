"""Coreference: the mentions of one person joined into a cluster ("Rice" and "Mr. Rice"
join "Condoleezza Rice"; a titled single word with no fuller form is a person of its
own)."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from kg.extract.lexicon import GENDER_OF_TITLE, NAME_SUFFIXES, PARTICLES
from kg.extract.persons.model import PersonCluster, PersonContext, PersonMention, is_initial
from kg.extract.text import Document
from kg.names import fold, person_key

# Rules that make a single name a person even where no fuller form is written.
_SINGLE_NAME_RULES = frozenset(
    {"person.title", "person.speech-verb", "person.administration", "person.transcript"}
)


def cluster_persons(doc: Document, runs: list[PersonMention]) -> PersonContext:
    clusters: list[PersonCluster] = []
    by_key: dict[str, int] = {}
    for m in runs:
        if not m.is_full:
            continue
        key = person_key(" ".join(m.words))
        cid = by_key.get(key)
        if cid is None:
            cid = _compatible_full(clusters, m)
        if cid is None:
            cid = _tail_of(clusters, m)
        if cid is None:
            cid = len(clusters)
            clusters.append(PersonCluster(cid, " ".join(m.words)))
            by_key[key] = cid
        m.cluster = cid
        clusters[cid].mentions.append(m)
        if len(m.words) > len(clusters[cid].name.split()):
            clusters[cid].name = " ".join(m.words)
    kept: list[PersonMention] = []
    index = _ClusterIndex(clusters)
    for m in runs:
        if m.cluster < 0:
            cid = index.antecedent(m)
            if cid is None:
                if m.rule not in _SINGLE_NAME_RULES or (
                    m.rule == "person.speech-verb" and not _plain_surname(doc, m)
                ):
                    continue
                cid = len(clusters)
                clusters.append(PersonCluster(cid, " ".join(m.words)))
                index.add_cluster(clusters[cid])
            m.cluster = cid
            clusters[cid].mentions.append(m)
            index.add_mention(cid, m.start)
        kept.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
        for m in c.mentions:
            if m.title in GENDER_OF_TITLE:
                c.gender = GENDER_OF_TITLE[m.title]
    kept.sort(key=lambda m: m.start)
    return PersonContext(kept, clusters)


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s$")
_SENTENCE_OPENERS = frozenset('.!?:;"\n\u201c\u2018(')


def _plain_surname(doc: Document, m: PersonMention) -> bool:
    """A single word by a speech verb that reads as a surname ("Hollis said", "said
    Hollis"): one capital, letters only, inside a sentence, and no comma before the verb
    ("in Tartu, said" is a place)."""
    word = m.words[0]
    if not (word[1:].isalpha() and word[1:].islower()):
        return False  # "MPs", "D-Ore"
    before = doc.norm[max(0, m.start - 3) : m.start].rstrip(" ")
    if not before or before[-1] in _SENTENCE_OPENERS:
        return False  # "Participants said": a capitalised common noun opens the sentence
    if _PLACE_BEFORE.search(doc.norm, max(0, m.start - 6), m.start):
        return False  # "the envoy in Geneva said": a place
    after = doc.norm[m.end : m.end + 2]
    return after[:1] != "," and not (after[:1] == " " and after[1:].isupper())  # "Member States"


def _compatible_full(clusters: list[PersonCluster], m: PersonMention) -> int | None:
    """A cluster whose full name has the same first and last word ("Vladimir V. Putin")."""
    words = [fold(w) for w in m.words if not is_initial(w)]
    for c in clusters:
        other = [fold(w) for w in c.name.split() if not is_initial(w)]
        if other and words and other[0] == words[0] and other[-1] == words[-1]:
            return c.id
    return None


def _tail_of(clusters: list[PersonCluster], m: PersonMention) -> int | None:
    """A cluster whose longer name ends in this one's words: a surname with its particle
    ("De Wachter" for "Sophie de Wachter") or a double surname ("Ortega Ruiz" for
    "Maria-Luisa Ortega Ruiz"); or a surname with its particle named first, that this
    one's full name ends in."""
    words = [fold(w) for w in m.words]
    n = len(words)
    for c in clusters:
        other = [fold(w) for w in c.name.split()]
        if len(other) > n and other[-n:] == words:
            return c.id
        if n > len(other) and other[0] in PARTICLES and words[-len(other) :] == other:
            return c.id  # "De Jong" in a headline or lead, "Pieter de Jong" later
    return None


class _ClusterIndex:
    """The clusters a single word can refer to, by surname, other name word, first name
    or whole (one-word) name, and where each cluster is mentioned: looked up in a
    dictionary, not by reading every cluster for every mention."""

    def __init__(self, clusters: list[PersonCluster]) -> None:
        self.by_last: dict[str, list[PersonCluster]] = {}
        self.by_later_word: dict[str, list[PersonCluster]] = {}
        self.by_first: dict[str, list[PersonCluster]] = {}
        self.by_name: dict[str, list[PersonCluster]] = {}
        self.starts: dict[int, list[int]] = {}  # cluster id -> its mention starts, in order
        for c in clusters:
            self.add_cluster(c)
            for m in c.mentions:
                self.add_mention(c.id, m.start)

    def add_cluster(self, c: PersonCluster) -> None:
        words = c.name.split()
        if len(words) > 1:
            self.by_last.setdefault(fold(_surname(c.name)), []).append(c)
            later = [fold(w) for w in words[1:]]
            # "Qahtani" for "al-Qahtani": the name without its particle
            later += [w.partition("-")[2] for w in later if w.partition("-")[0] in PARTICLES]
            for w in dict.fromkeys(later):
                self.by_later_word.setdefault(w, []).append(c)
            self.by_first.setdefault(fold(words[0]), []).append(c)
        self.by_name.setdefault(fold(c.name), []).append(c)
        self.starts.setdefault(c.id, [])

    def add_mention(self, cid: int, start: int) -> None:
        insort(self.starts[cid], start)

    def antecedent(self, m: PersonMention) -> int | None:
        """The cluster a single word refers to: by surname, else by another word of the
        name, else by first name, else a one-word name; the one mentioned nearest before
        wins, else the first cluster named later."""
        word = fold(m.words[-1])
        candidates = (
            self.by_last.get(word)
            or self.by_later_word.get(word)
            or self.by_first.get(word)
            or self.by_name.get(word)
        )
        if not candidates:
            return None
        best = None
        best_pos = -1
        for c in candidates:
            starts = self.starts[c.id]
            i = bisect_left(starts, m.start)
            pos = starts[i - 1] if i > 0 else -1
            if best is None or pos > best_pos:
                best, best_pos = c, pos
        return best.id if best else None


def _surname(name: str) -> str:
    words = [w for w in name.split() if fold(w).rstrip(".") not in NAME_SUFFIXES]
    return words[-1] if words else name
