"""Finding persons: a run of capitalised name-like words (with initials, particles such
as "bin" and suffixes such as "Jr.") is a person where its context marks it as one: a
title before it, an appositive with a role noun before or after it, an adjacent speech
verb, a party-state tag ("(R-Neb.)"), a byline, or, for runs of two or more words
outside headlines, the shape alone."""

from __future__ import annotations

import re
from itertools import compress, count

from kg.extract.lexicon import (
    COMMUNICATION_VERBS,
    NAME_SUFFIXES,
    ORG_HEADS,
    PARTICLES,
    REPORTER_TITLES,
    ROLE_HEADS,
    SPEECH_VERBS,
    THING_HEADS,
    TITLE_MODIFIERS,
)
from kg.extract.mentions import EntityMention
from kg.extract.persons.coreference import cluster_persons
from kg.extract.persons.model import PersonContext, PersonMention, is_initial
from kg.extract.persons.titles import NOT_NAME_WORDS, TITLES
from kg.extract.persons.turns import (
    capital_bylines,
    delegate_persons,
    label_persons,
    official_persons,
    transcript_turns,
)
from kg.extract.text import Document, Paragraph, Token, WordMemo, bare
from kg.names import fold

_LONGEST_TITLE = max(len(t.split()) for t in TITLES)
# The last words of the titles, with and without a closing period: a word before a name
# that is none of them ends no title, and most words before a name are not.
_TITLE_LAST_WORDS = frozenset(
    form for t in TITLES for form in (t.split(" ")[-1], t.split(" ")[-1].removesuffix("."))
)


# "Ambassador to the United Nations Ana Rojas": the post's seat between title and name
_TO_THE_UN = re.compile(
    r"(?:^|\s)(?:to|at)\s+the\s+(?:UN|U\.N\.|United\s+Nations)(?:\s+in\s+(?:New\s+York|Geneva))?\s$"
    # "Deputy Permanent Representative of China Geng Shuang": the country represented
    r"|(?:^|\s)(?P<of>of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s$"
)


_POSTS_AT_THE_UN = frozenset(("ambassador", "envoy", "representative"))
_IN_A_PLACE = re.compile(r"\b(?:in|at)\s$")


def _title_before(doc: Document, tokens: list[Token], i: int) -> tuple[str | None, int | None]:
    """The title written right before token ``i`` ("Sen.", "Deputy Secretary-General",
    "former Foreign Minister") and where it starts, modifiers included."""
    if i == 0:
        return None, None
    if tokens[i - 1].text.lower() not in _TITLE_LAST_WORDS:
        start = tokens[i].start
        seat = _TO_THE_UN.search(doc.norm, max(0, start - 40), start)
        if seat is None:
            return None, None
        to = seat.start() if doc.norm[seat.start()] in "toTO" else seat.start() + 1
        k = next((k for k in range(i - 1, max(0, i - 9), -1) if tokens[k].start == to), None)
        if k is None or k == 0 or tokens[k - 1].text.lower() not in _TITLE_LAST_WORDS:
            return None, None
        title, title_start = _title_before(doc, tokens, k)
        if title is None or title.split()[-1] not in _POSTS_AT_THE_UN:
            return None, None  # "Secretary to the UN X", "Minister of X Y": no envoy's title
        return title, title_start
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
        if (dotted in TITLES or title in TITLES) and (
            title not in REPORTER_TITLES or tokens[first].is_capitalised
        ):
            start = tokens[first].start
            k = first
            while True:
                while (
                    k > 0
                    and tokens[k - 1].text.lower() in TITLE_MODIFIERS
                    and (
                        norm[tokens[k - 1].end : tokens[k].start] == " "
                        # "U.S. Ambassador"; but "... was late. Ambassador X" ends a sentence
                        or (
                            norm[tokens[k - 1].end : tokens[k].start] == ". "
                            and "." in tokens[k - 1].text
                        )
                    )
                ):
                    k -= 1
                    start = tokens[k].start
                # "Ambassador and Permanent Representative X": two titles joined
                if not (
                    k > 1
                    and tokens[k - 1].text == "and"
                    and tokens[k - 2].is_capitalised
                    and tokens[k - 2].text.lower() in _TITLE_LAST_WORDS
                ):
                    break
                k -= 2
                start = tokens[k].start
            return (dotted if dotted in TITLES else title), start
    return None, None


_PARTY_STATE = re.compile(r"\s*\((?P<party>[A-Z])\s*-\s*(?P<region>[A-Z][\w.\s]{0,12}?)\)")
# Role nouns that end a capitalised run but are hardly ever surnames (unlike "King").
_ROLE_NOT_SURNAME = frozenset(
    "correspondent editor reporter columnist writer contributor producer spokesman spokeswoman "
    "spokesperson secretary ambassador minister analyst researcher director envoy diplomat "
    "official adviser advisor officer observer".split()
)
_AGENCY_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .,'\-]{2,}\($")
_CONTRACTION = re.compile(r"'(?:m|re|ve|ll|d|t)$")  # "I'm", "We're": not names ("O'Brien" is)
_NAME_WORD = re.compile(
    r"^(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu|abd)-)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'\-]*$"
)  # "al-Qahtani", "el-Sisi": a lower-case particle joined to a name by a hyphen


_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# Dotted abbreviations that are places, bodies or times, never a person's initials
_DOTTED_NOT_INITIALS = frozenset("D.C. U.S. U.K. U.N. E.U. A.M. P.M. B.C. A.D. U.A.E.".split())


def _is_name_word(text: str) -> bool:
    """Whether a token's word can be part of a name, wherever it stands."""
    text = bare(text)  # the name of a possessive
    if _JOINED_INITIALS.fullmatch(text) and text not in _DOTTED_NOT_INITIALS:
        # "T.S. Tirumurti", "J.D. Vance": initials joined (a code such as "U.S." is a
        # country's mention, blocked before)
        return True
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


def find_persons(doc: Document, entities: list[EntityMention], blocked: set[int]) -> PersonContext:
    tokens = doc.tokens
    name_word = _name_words(doc, blocked)
    turns = transcript_turns(doc) if ":" in doc.norm else []
    runs: list[PersonMention] = label_persons(doc, turns, blocked)
    delegates = delegate_persons(doc, {e.start for e in entities if e.kind == "country"}, blocked)
    runs += delegates
    runs += official_persons(doc, blocked)
    bylines = capital_bylines(doc, blocked)
    runs += bylines
    free = 0  # the first token no earlier run covers
    for i in compress(count(), name_word):
        if i < free:
            continue
        j, words = _extend_run(doc, tokens, i, name_word, blocked)
        first = i
        if j - i >= 2 and _IN_A_PLACE.search(
            doc.norm, max(0, tokens[i].start - 4), tokens[i].start
        ):
            first, words = i + 1, words[1:]  # "the envoy in Geneva Ana Ortiz": a place, then her
        mention = _judge(doc, tokens, first, j, tuple(words), entities)
        if mention is not None:
            runs.append(mention)
        free = j + 1
    if turns or delegates or bylines:
        runs.sort(key=lambda m: m.start)
    context = cluster_persons(doc, runs)
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
        if gap != " " and not (gap == ". " and is_initial(words[-1])):
            if gap == ", " and key in NAME_SUFFIXES:
                words.append(_word(doc, nxt))
                j += 1
            break
        if key in PARTICLES:
            # "de Wachter", "van der Molen", "de la Cruz": one or two particles, then a name
            k = j + 2 if j + 2 < len(tokens) and fold(tokens[j + 2].text) in PARTICLES else j + 1
            if (
                k + 1 < len(tokens)
                and name_word[k + 1]
                and all(norm[tokens[n].end : tokens[n + 1].start] == " " for n in range(j, k + 1))
            ):
                words.extend(tokens[n].text for n in range(j + 1, k + 1))
                j = k
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
    core = [w for w in words if not is_initial(w) and fold(w).rstrip(".") not in NAME_SUFFIXES]
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
    if rule is None or (rule == "person.shape" and words[0][:1].islower()):
        return None  # "al-Aqsa Mosque": a name opening on a particle needs more than its shape
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
_THING_HEADS = (THING_HEADS | ORG_HEADS).difference(TITLES)


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


# A byline's opening, up to the name: "By ", or "By Ana Ruiz and ", "By A, B and " for a
# name after the first of a shared byline
_BYLINE = re.compile(r"[Bb]y\s+(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}(?:, | and | & ))*")
# What a byline calls its writer after the name ("By Ana Ruiz, Senior Fellow")
_BYLINE_ROLES = frozenset(
    "editor|correspondent|reporter|writer|fellow|columnist|analyst|researcher|director|"
    "contributor|producer|economist|commentator".split("|")
)
# A wire story's credit line, closing it
_CREDIT_LINE = re.compile(
    r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|graphics)\s+by\b",
    re.IGNORECASE,
)
# What a surname alone can lead: "the Hollis administration", "the Ruiz presidency".
_LEADER_OF = re.compile(r" (?:administration|presidency|campaign|era)\b")


# A capitalised adjective before "era" or "administration" names no leader
_AN_ADJECTIVE = re.compile(r"(?:ist|ic|ical|ish|ese|ian|ern|al)$")
_ERAS = frozenset(("soviet", "nazi", "tsarist", "post-war", "postwar", "pre-war", "modern"))


# Inside the quoted title of a text: 'titled "Measures to Combat Islamophobia"'
_QUOTED_TITLE = re.compile(r"(?i)\b(?:titled|entitled)\s*[\"“'‘][^\"”'’\n]*$")
# A run that ends on an initial
_ENDS_ON_INITIAL = re.compile(r"\b[A-Z]\.?$")
_JOINED_WORD = re.compile(r"\.?[A-Za-z]")  # "S.Paulo": the initial's word, with no space


# A capitalised word and "of (the)" before a run: the run ends a document's or body's title
_IN_A_TITLE = re.compile(r"\b[A-Z][a-z]+[a-z-]* of (?:the )?$")


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
        return _byline(doc, start, end)
    if para is not None and size > 1 and _CREDIT_LINE.match(doc.norm, para.start, start):
        return "person.byline"  # "(Reporting by Ana Ruiz and Ben Cole; Editing by X)"
    # (the words after, in this paragraph: a heading's appositive ends with its line)
    after = doc.norm[end : min(end + 120, para.end) if para is not None else end + 120]
    if _PARTY_STATE.match(after):
        return "person.party-state"
    if heading and size > 1 and para is not None and _name_over_date(doc, para, start, end):
        return "person.byline"  # "Ana Ruiz" alone on a line, the date on the next
    if heading:
        # "Council Abstains", "Council Backs Truce": a headline capitalises its verbs; a
        # label line ("Contact: Ana Ruiz, Press Director") names its person by a role
        return "person.appositive" if size > 1 and _appositive_after(after) else None
    if size > 1 and _THE_BEFORE.search(doc.norm, max(0, start - 4), start):
        return None  # "the Rossiyskaya Gazeta", "the Occupied Palestinian Territory": a thing
    if _speech_adjacent(doc, tokens, i, j, end):
        return "person.speech-verb"
    if _QUOTED_TITLE.search(doc.norm, max(0, start - 80), start):
        return None  # 'Titled "Measures to Combat Islamophobia"': a text's title
    if size < 2:
        if _LEADER_OF.match(after):
            if _AN_ADJECTIVE.search(doc.norm, start, end) or fold(doc.norm[start:end]) in _ERAS:
                return None  # "the Soviet era", "the Communist era": no one's
            return "person.administration"  # "the Hollis administration"
        return "person.single"
    if _appositive_after(after) or _appositive_before(doc.norm[max(0, start - 160) : start]):
        return "person.appositive"  # ("directed at Paul Lindqvist, the assistant secretary")
    return None if _no_name_here(doc, start, end) else "person.shape"


# A dateline's opening: "Monday, 24 February 2025", "24 February 2025", "Feb. 24, 2025"
_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},\s+\d{4})"
)


_THE_BEFORE = re.compile(r"\b[Tt]he\s$")


def _name_over_date(doc: Document, para: Paragraph, start: int, end: int) -> bool:
    """Whether a byline's name is all of its line, near the top, over a dated line."""
    if para.number > 3 or doc.norm[para.start : para.end].strip() != doc.norm[start:end]:
        return False
    nxt = doc.paragraphs[para.number + 1] if para.number + 1 < len(doc.paragraphs) else None
    return nxt is not None and _DATE_LINE.match(doc.norm, nxt.start, nxt.end) is not None


def _no_name_here(doc: Document, start: int, end: int) -> bool:
    """Whether what is around a capitalised run says it names no person."""
    if _ENDS_ON_INITIAL.search(doc.norm, start, end) and _JOINED_WORD.match(doc.norm, end):
        return True  # "Folha de S.Paulo": an initial is followed by its word, not by a name
    if _IN_A_TITLE.search(doc.norm, max(0, start - 40), start):
        return True  # "the Treaty on the Prohibition of Nuclear Weapons": a title's last words
    if _PLACE_BEFORE.search(doc.norm, max(0, start - 12), start):
        return True  # "told reporters on Capitol Hill", "gathered at Turtle Bay": a place
    if fold(doc.norm[start:end].rsplit(None, 1)[-1]) in _FAITHS:
        return True  # "Rohingya Muslims", "Coptic Christians": a people, not a person
    return _MEDIA_AFTER.match(doc.norm, end) is not None  # "the Morgen Kurier newspaper"


def _byline(doc: Document, start: int, end: int) -> str | None:
    """A run in a byline: a writer, unless it is the role after a writer's name ("By Ana
    Ruiz, Senior Fellow")."""
    if doc.norm.endswith(", ", 0, start) and fold(doc.norm[start:end].split()[-1]) in _BYLINE_ROLES:
        return None
    return "person.byline"


# Plural nouns of faith that end a people's name
_FAITHS = frozenset(
    "muslims|christians|jews|hindus|buddhists|sikhs|catholics|protestants|orthodox".split("|")
)
# What names a publication or broadcaster right after its name ("the X Y daily")
_MEDIA_AFTER = re.compile(
    r"\s+(?:newspaper|daily|weekly|magazine|tabloid|broadsheet|news\s+agency|broadcaster|"
    r"(?:TV\s+|television\s+|radio\s+)?(?:channel|station)|website|news\s+site)\b"
)  # (in lower case: "Ben Holt Weekly" may end a name)
# A preposition of place right before two capitalised words with nothing else of a name
_PLACE_BEFORE = re.compile(r"(?i)\b(?:on|at|in|near|outside|inside|around|across)\s+$")


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
    if (
        i > 0
        and fold(tokens[i - 1].text) in SPEECH_VERBS
        and start_gap(doc, tokens, i) == " "
        and doc.norm[end : end + 2] not in ("'s", "’s")  # ("declaring Crimea's vote void")
    ):
        return True
    before = doc.norm[max(0, tokens[i].start - 20) : tokens[i].start]
    # what the pattern ends in, read first: searched from every offset, it is slow
    words = before.rstrip()
    return words != before and words[-2:].lower() == "to" and bool(_ACCORDING_TO.search(before))


_ACCORDING_TO = re.compile(r"according to\s+$", re.IGNORECASE)


def start_gap(doc: Document, tokens: list[Token], i: int) -> str:
    return doc.norm[tokens[i - 1].end : tokens[i].start]


# (an initialism may open it: ", U.S. deputy ambassador")
_APPOSITIVE = re.compile(r"^,\s+(?P<np>(?:(?:[A-Z]\.){2,})?[^,.;:()]{2,140})")


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
