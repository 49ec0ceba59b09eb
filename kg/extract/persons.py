"""Pass 2b: people, found from the text alone, and who is who inside an article.

A person is a run of capitalised name-like words (with initials, particles such as
"bin" and suffixes such as "Jr.") that the context marks as a person: a title
before it ("Sen.", "Prime Minister", "spokesman"), an appositive with a role noun
before or after it, an adjacent speech verb, a party-state tag ("(R-Neb.)"), a
byline, or, for runs of two or more words outside headlines, the shape alone.
Single words ("Rice", "Mr. Trump") join the person whose name they end (or begin);
a titled single word with no fuller form stands for a person of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import compress, count
from typing import NamedTuple

from kg.extract.lexicon import (
    COMMUNICATION_VERBS,
    GENDER_OF_TITLE,
    HONORIFICS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    PARTICLES,
    ROLE_HEADS,
    SPEECH_VERBS,
    THING_HEADS,
    TITLE_MODIFIERS,
    TITLES,
)
from kg.extract.mentions import EntityMention
from kg.extract.text import Document, Paragraph, Token, WordMemo, bare
from kg.iri import fold, person_key


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
        return len([w for w in self.words if not _is_initial(w)]) >= 2


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


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _title_case(title: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in title.split())


_LONGEST_TITLE = max(len(t.split()) for t in TITLES)
# The last words of the titles, with and without a closing period: a word before a name
# that is none of them ends no title, and most words before a name are not.
_TITLE_LAST_WORDS = frozenset(
    form for t in TITLES for form in (t.split(" ")[-1], t.split(" ")[-1].removesuffix("."))
)


def _title_before(doc: Document, tokens: list[Token], i: int) -> tuple[str | None, int | None]:
    """The title written right before token ``i`` ("Sen.", "Deputy Secretary-General",
    "former Foreign Minister") and where it starts, modifiers included."""
    if i == 0 or tokens[i - 1].text.lower() not in _TITLE_LAST_WORDS:
        return None, None
    norm = doc.norm
    for size in range(min(_LONGEST_TITLE, i), 0, -1):
        first = i - size
        if any(
            norm[tokens[k].end : tokens[k + 1].start] not in (" ", ". ") for k in range(first, i)
        ):
            continue  # only spaces (and an abbreviation's period) between title words and name
        words = [tokens[k].text.lower() for k in range(first, i)]
        title = " ".join(words)
        dotted = title + "." if norm[tokens[i - 1].end : tokens[i - 1].end + 1] == "." else title
        if dotted in TITLES or title in TITLES:
            start = tokens[first].start
            k = first
            while (
                k > 0
                and tokens[k - 1].text.lower() in TITLE_MODIFIERS
                and norm[tokens[k - 1].end : tokens[k].start] in (" ", ". ")
            ):
                k -= 1
                start = tokens[k].start
            return (dotted if dotted in TITLES else title), start
    return None, None


_PARTY_STATE = re.compile(r"\s*\((?P<party>[A-Z])\s*-\s*(?P<region>[A-Z][\w.\s]{0,12}?)\)")
# Role nouns that end a capitalised run but are hardly ever surnames (unlike "King").
_ROLE_NOT_SURNAME = frozenset(
    "correspondent editor reporter columnist writer contributor producer spokesman spokeswoman "
    "spokesperson secretary ambassador minister analyst researcher director envoy diplomat "
    "official adviser advisor officer".split()
)
_AGENCY_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .,'\-]{2,}\($")
_CONTRACTION = re.compile(r"'(?:m|re|ve|ll|d|t)$")  # "I'm", "We're": not names ("O'Brien" is)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'\-]*$")


def _is_name_word(text: str) -> bool:
    """Whether a token's word can be part of a name, wherever it stands."""
    text = bare(text)  # the name of a possessive
    if not _NAME_WORD.match(text) or _CONTRACTION.search(text):
        return False
    if text.isupper() and len(text) > 1:
        return fold(text) in ("ii", "iii", "iv")
    return fold(text) not in NOT_NAME_WORDS and fold(text) not in TITLES


# whether each word can be a name word, for all of a document's tokens at once
_NAME_WORDS = WordMemo(_is_name_word)


def _name_words(doc: Document, blocked: set[int]) -> list[bool]:
    """For each token, whether it may be a name word: name-like and not blocked."""
    flags = _NAME_WORDS.of_all(doc.token_texts)
    n = len(flags)
    for i in blocked:
        if 0 <= i < n:
            flags[i] = False
    return flags


# --- transcripts -----------------------------------------------------------------------


class Turn(NamedTuple):
    """A paragraph of a transcript that opens with its speaker's label: "MR HOLLIS: ...",
    "Q: ...", "ANA RUIZ, HOST: ...", "Ana Ruiz: ..."."""

    paragraph: int
    start: int  # where the label starts (the paragraph's start)
    name_end: int  # where the label's name ends (before a role or the colon)
    body_start: int  # where the words spoken start
    name: str  # the label's name as written ("MR HOLLIS", "Q")
    role: str  # the role written after the name ("BRITISH AMBASSADOR TO THE UN"), or ""
    generic: bool  # a label naming no one: "Q", "QUESTION", "MODERATOR"


_TURN_LABEL = re.compile(
    r"(?P<name>[A-Z][A-Za-z.'\- ]{0,40}?)(?:,\s*(?P<role>[^:\n]{1,100}?))?\s*:\s+(?=\S)"
)
# Labels of transcript turns that name no one (read in lower case).
GENERIC_TURN_LABELS = frozenset(
    "q|a|question|questions|answer|moderator|operator|host|anchor|interviewer|reporter|"
    "participant|audience|audience member|unidentified|unidentified speaker|voice|voices|"
    "crosstalk|note|editor's note|update|correction|source|sources|transcript".split("|")
)


def transcript_turns(doc: Document) -> list[Turn]:
    """The turns of a transcript: paragraphs opening with a label in capitals ("MR HOLLIS:",
    "QUESTION:", "Q:") or, where at least three such paragraphs share at most three
    labels, with a label in any case ("Ana Ruiz:"). Text that has fewer than two labelled
    paragraphs in capitals, and not three shared ones, is no transcript."""
    norm = doc.norm
    found: list[Turn] = []
    for para in doc.paragraphs:
        if para.heading or not "A" <= norm[para.start] <= "Z":
            continue
        if norm.find(":", para.start, min(para.end, para.start + 150)) < 0:
            continue
        match = _TURN_LABEL.match(norm, para.start, para.end)
        if match is None:
            continue
        name = match.group("name").strip()
        letters = [c for c in name if c.isalpha()]
        capitals = all(c.isupper() for c in letters)
        role = (match.group("role") or "").strip()
        if not capitals and (len(name.split()) > 3 or (role and not role.isupper())):
            continue  # "Moscow, for its part, said: ...": a sentence, not a label
        found.append(
            Turn(
                para.number,
                para.start,
                match.start("name") + len(name),
                match.end(),
                name,
                role,
                name.lower().rstrip(".") in GENERIC_TURN_LABELS,
            )
        )
    in_capitals = [t for t in found if t.name.isupper()]
    if len(in_capitals) >= 2:
        return in_capitals
    named = [t.name for t in found if not t.generic]
    if len(named) >= 3 and len(set(named)) <= 3:
        return found
    return []


_LABEL_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _label_persons(doc: Document, turns: list[Turn], blocked: set[int]) -> list[PersonMention]:
    """The persons named by labels in capitals ("MR HOLLIS", "ANA RUIZ, HOST"): their
    words written with one capital, an honorific as their title."""
    out: list[PersonMention] = []
    tokens = doc.tokens
    for turn in turns:
        if turn.generic or not turn.name.isupper():
            continue
        first = doc.token_index_at(turn.start)
        last = doc.token_index_at(turn.name_end) - 1
        if last < first or any(k in blocked for k in range(first, last + 1)):
            continue  # "WASHINGTON: ...": a dateline
        title = None
        title_start = None
        k = first
        while k < last and fold(tokens[k].text) in TITLES:  # "MR", "SECRETARY", "SEN"
            title, title_start = fold(tokens[k].text), tokens[first].start
            k += 1
        words = tuple(tokens[n].text[:1] + tokens[n].text[1:].lower() for n in range(k, last + 1))
        if not all(_LABEL_WORD.fullmatch(w) for w in words):
            continue
        out.append(
            PersonMention(
                tokens[k].start,
                tokens[last].end,
                k,
                last,
                words,
                "person.transcript",
                title,
                title_start,
            )
        )
    return out


def find_persons(doc: Document, entities: list[EntityMention], blocked: set[int]) -> PersonContext:
    tokens = doc.tokens
    name_word = _name_words(doc, blocked)
    turns = transcript_turns(doc) if ":" in doc.norm else []
    runs: list[PersonMention] = _label_persons(doc, turns, blocked)
    free = 0  # the first token no earlier run covers
    for i in compress(count(), name_word):
        if i < free:
            continue
        j, words = _extend_run(doc, tokens, i, name_word, blocked)
        mention = _judge(doc, tokens, i, j, tuple(words), entities)
        if mention is not None:
            runs.append(mention)
        free = j + 1
    if turns:
        runs.sort(key=lambda m: m.start)
    context = _cluster(doc, runs)
    context.turns.extend(turns)
    return context


def _extend_run(
    doc: Document, tokens: list[Token], i: int, name_word: list[bool], blocked: set[int]
) -> tuple[int, list[str]]:
    """The last token index of the name run starting at ``i``, and its words
    (``name_word``: which tokens may be name words, from _name_words)."""
    norm = doc.norm
    words = [_word(doc, tokens[i])]
    j = i
    while j + 1 < len(tokens):
        token = tokens[j]
        if bare(token.text) != token.text:
            break  # a possessive ends the name
        nxt = tokens[j + 1]
        gap = norm[token.end : nxt.start]
        key = fold(nxt.text)
        if gap != " " and not (gap == ". " and _is_initial(words[-1])):
            if gap == ", " and key in NAME_SUFFIXES:
                words.append(_word(doc, nxt))
                j += 1
            break
        if key in PARTICLES and j + 2 < len(tokens) and name_word[j + 2]:
            words.append(nxt.text)
            j += 1
            continue
        if (
            name_word[j + 1]
            or key in NAME_SUFFIXES
            or _initial_at(doc, tokens, j + 1, name_word, blocked)
        ):
            words.append(_word(doc, nxt))
            j += 1
            continue
        break
    return j, words


def _initial_at(
    doc: Document, tokens: list[Token], k: int, name_word: list[bool], blocked: set[int]
) -> bool:
    """A middle initial that is also a word ("Felipe A. Casostrom", "Ana I. Ruiz"): a single
    capital with its period, then a name word."""
    token = tokens[k]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and k not in blocked
        and doc.norm[token.end : token.end + 2] == ". "
        and k + 1 < len(tokens)
        and name_word[k + 1]
    )


def _word(doc: Document, token: Token) -> str:
    text = token.bare
    if doc.norm.startswith(".", token.end) and (
        (len(text) == 1 and text.isupper()) or fold(text) in ("jr", "sr")
    ):
        return text + "."
    return text


def _judge(
    doc: Document,
    tokens: list[Token],
    i: int,
    j: int,
    words: tuple[str, ...],
    entities: list[EntityMention],
) -> PersonMention | None:
    start = tokens[i].start
    end = tokens[j].start + len(tokens[j].bare)
    if words[-1].endswith(".") and fold(words[-1]).rstrip(".") in ("jr", "sr"):
        end += 1
    core = [w for w in words if not _is_initial(w) and fold(w).rstrip(".") not in NAME_SUFFIXES]
    if not core:
        return None
    if len(core) > 1 and fold(core[-1]) in _ROLE_NOT_SURNAME:
        return None  # "Diplomatic Correspondent", "Deputy Editor": a role, not a name
    if doc.norm[end : end + 1] == ")" and _AGENCY_BEFORE.search(
        doc.norm[max(0, start - 60) : start]
    ):
        return None  # "NEW YORK (Lantern Chronicle) -": the news outlet of a dateline
    if _names_a_thing(doc, tokens, j):
        return None  # "Nuclear Weapons Convention", "Foreign Relations Committee"
    title, title_start = _title_before(doc, tokens, i)
    para = doc.paragraph_at(start)
    heading = para is not None and (para.heading or _capitalised_title(doc, para))
    rule = _evidence(doc, tokens, i, j, start, end, len(core), title, heading)
    if rule is None:
        return None
    return PersonMention(start, end, i, j, words, rule, title, title_start)


_MINOR_WORDS = frozenset("a an the of in on at to for and or but with by from as vs".split())
_LETTER_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _capitalised_title(doc: Document, para: Paragraph) -> bool:
    """The first paragraph written as a headline (Most Words Capitalised), though it ends
    in a quotation or other punctuation: its capitalised pairs are no names by shape."""
    if para.number != 0 or para.end - para.start > 300:
        return False
    words = [
        w for w in _LETTER_WORD.findall(doc.text, para.start, para.end) if w not in _MINOR_WORDS
    ]
    return len(words) >= 5 and sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


# Capitalised head nouns that end the name of a document, place or body.
_THING_HEADS = (THING_HEADS | ORG_HEADS) - TITLES.keys()


def _names_a_thing(doc: Document, tokens: list[Token], j: int) -> bool:
    """Whether the run ending at token ``j`` goes on, after one space, with a capitalised
    head noun of a document, place or body."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return (
        nxt.is_capitalised
        and doc.norm[tokens[j].end : nxt.start] == " "
        and fold(nxt.bare) in _THING_HEADS
    )


_BYLINE = re.compile(r"By\s+")
# What a surname alone can lead: "the Hollis administration", "the Ruiz presidency".
_LEADER_OF = re.compile(r" (?:administration|presidency|campaign|era)\b")
# Rules that make a single name a person even where no fuller form is written.
_SINGLE_NAME_RULES = frozenset(
    {"person.title", "person.speech-verb", "person.administration", "person.transcript"}
)


def _evidence(
    doc: Document,
    tokens: list[Token],
    i: int,
    j: int,
    start: int,
    end: int,
    size: int,
    title: str | None,
    heading: bool,
) -> str | None:
    if title is not None:
        return "person.title"
    para = doc.paragraph_at(start)
    if para is not None and _BYLINE.fullmatch(doc.norm, para.start, start):
        return "person.byline"
    after = doc.norm[end : end + 120]
    if _PARTY_STATE.match(after):
        return "person.party-state"
    if heading:
        # "Council Abstains", "Council Backs Truce": a headline capitalises its verbs; a
        # label line ("Contact: Ana Ruiz, Press Director") names its person by a role
        return "person.appositive" if size > 1 and _appositive_after(after) else None
    if _speech_adjacent(doc, tokens, i, j, end):
        return "person.speech-verb"
    if size < 2:
        if _LEADER_OF.match(after):
            return "person.administration"  # "the Hollis administration"
        return "person.single"
    if _appositive_after(after) or _appositive_before(doc.norm[max(0, start - 160) : start]):
        return "person.appositive"
    return "person.shape"


def _speech_adjacent(doc: Document, tokens: list[Token], i: int, j: int, end: int) -> bool:
    k = j + 1
    while k < len(tokens) and fold(tokens[k].text) in (
        "also",
        "later",
        "then",
        "has",
        "had",
        "have",
    ):
        k += 1
    if (
        k < len(tokens)
        and tokens[j + 1].start - end < 4
        and fold(tokens[k].text) in COMMUNICATION_VERBS
    ):
        return True
    if i > 0 and fold(tokens[i - 1].text) in SPEECH_VERBS and start_gap(doc, tokens, i) == " ":
        return True
    before = doc.norm[max(0, tokens[i].start - 20) : tokens[i].start]
    # what the pattern ends in, read first: searched from every offset, it is slow
    words = before.rstrip()
    return words != before and words[-2:].lower() == "to" and bool(_ACCORDING_TO.search(before))


_ACCORDING_TO = re.compile(r"according to\s+$", re.IGNORECASE)


def start_gap(doc: Document, tokens: list[Token], i: int) -> str:
    return doc.norm[tokens[i - 1].end : tokens[i].start]


_APPOSITIVE = re.compile(r"^,\s+(?P<np>[^,.;:()]{2,140})")


_PHRASE_WORD = re.compile(r"[\w'\-]+")
_WHO = re.compile(r"(?i)who\b")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.,;:(\"]\s*)(?P<np>[^,.;:()\"]{2,100}),\s+$")


def _has_role_head(phrase: str) -> bool:
    words = [fold(w) for w in _PHRASE_WORD.findall(phrase)]
    for n in range(len(words)):
        if words[n] in ROLE_HEADS or " ".join(words[n : n + 2]) in ROLE_HEADS:
            return True
    return False


def _appositive_after(after: str) -> bool:
    match = _APPOSITIVE.match(after)
    if not match:
        return False
    np = match.group("np").strip()
    if _WHO.match(np):
        return True
    return _has_role_head(np) and len(np.split()) <= 16


def _appositive_before(before: str) -> bool:
    # the pattern ends in ", " (checked first: searched from every offset, it is slow)
    if not (before[-1:].isspace() and before.rstrip().endswith(",")):
        return False
    match = _APPOSITIVE_BEFORE.search(before)
    if not match:
        return False
    np = match.group("np").strip()
    return _has_role_head(np) and len(np.split()) <= 10


# --- coreference -----------------------------------------------------------------------


def _cluster(doc: Document, runs: list[PersonMention]) -> PersonContext:
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


_SENTENCE_OPENERS = frozenset('.!?:;"\n\u201c\u2018(')


def _plain_surname(doc: Document, m: PersonMention) -> bool:
    """A single word by a speech verb that reads as a surname ("Hollis said", "said
    Hollis"): one capital, letters only, inside a sentence, and no comma before the verb
    ("in Tartu, said" is a place)."""
    word = m.words[0]
    if not (word[1:].isalpha() and word[1:].islower()):
        return False  # "MPs", "D-Ore"
    before = doc.norm[max(0, m.start - 3) : m.start].rstrip()
    if not before or before[-1] in _SENTENCE_OPENERS:
        return False  # "Participants said": a capitalised common noun opens the sentence
    after = doc.norm[m.end : m.end + 2]
    return after[:1] != "," and not (after[:1] == " " and after[1:].isupper())  # "Member States"


def _compatible_full(clusters: list[PersonCluster], m: PersonMention) -> int | None:
    """A cluster whose full name has the same first and last word ("Vladimir V. Putin")."""
    words = [fold(w) for w in m.words if not _is_initial(w)]
    for c in clusters:
        other = [fold(w) for w in c.name.split() if not _is_initial(w)]
        if other and words and other[0] == words[0] and other[-1] == words[-1]:
            return c.id
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
            for w in dict.fromkeys(fold(w) for w in words[1:]):
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
