"""Transcript turns: paragraphs that open with their speaker's label ("MR HOLLIS:",
"Q:", "ANA RUIZ, HOST:"), and the persons labels in capitals name; and the delegates of
UN meetings coverage, named in capitals with their country ("ANA RUIZ (Chile) said")."""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.lexicon import ROLE_HEADS
from kg.extract.persons.model import PersonMention, Turn
from kg.extract.persons.titles import TITLES
from kg.extract.text import Document
from kg.names import fold

_LABEL_NAME = r"[^\W\d_][\w.'\- ]{0,40}?"  # a label's name: a letter, then up to 40 more
_TURN_LABEL = re.compile(
    rf"(?P<name>{_LABEL_NAME})(?:\s*\((?P<inner>{_LABEL_NAME})\))?"
    r"(?:,\s*(?P<role>[^:\n]{1,100}?))?\s*:\s+(?=\S)"
)  # "ANA RUIZ:", "ANA RUIZ, HOST:", "HOST (ANA RUIZ):"
# A label alone on its line, its words in the paragraphs below, perhaps with the time it
# was said, as transcription services print them: "Ana Ruiz (00:36):", "ANA RUIZ:"
_LABEL_LINE = re.compile(
    rf"(?P<name>{_LABEL_NAME})\s*(?P<stamp>\(\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*\))?\s*:\s*"
)
# words of a script's field labels ("VOICED AT:", "SOURCE OF STORY:"), no one's name
_FUNCTION_WORDS = frozenset("at by of in on for to the and from with".split())
# A question labelled "Q" with no colon (as the White House prints its briefings)
_BARE_Q = re.compile(r"Q\.?\s+(?=[A-Z\"“])")
# Labels of transcript turns that name no one (read in lower case).
GENERIC_TURN_LABELS = frozenset(
    "q|a|question|questions|answer|moderator|operator|host|anchor|interviewer|reporter|"
    "presenter|newsreader|announcer|narrator|"
    "participant|audience|audience member|unidentified|unidentified speaker|voice|voices|"
    "crosstalk|note|editor's note|update|correction|source|sources|transcript|"
    # a broadcast script's parts ("INTRO:", "TEXT:", "TAG:", "ACT:")
    "intro|text|tag|outro|lead|lede|act|actuality|sot|vo|end|eds|summary|body".split("|")
)


_QUESTIONERS = frozenset(("q", "question", "questions"))


def _role_label(role: str) -> bool:
    """A label of a role in capitals before the person's name in brackets ("HOST (Ana
    Ruiz):"): the label is in capitals though the name is not."""
    return role.isupper() and role.lower().rstrip(".") in GENERIC_TURN_LABELS


def transcript_turns(doc: Document) -> list[Turn]:
    """The turns of a transcript: paragraphs opening with a label in capitals ("MR HOLLIS:",
    "QUESTION:", "Q:") or, where at least three such paragraphs share at most three
    labels, with a label in any case ("Ana Ruiz:"), as where a briefing's questions
    ("Question:") alternate with one or two speakers ("Spokesperson:"). Text that has
    fewer than two labelled paragraphs in capitals, and neither, is no transcript."""
    norm = doc.norm
    found: list[Turn] = []
    for para in doc.paragraphs:
        if not norm[para.start].isupper():
            continue
        if para.heading:
            line = _LABEL_LINE.fullmatch(norm, para.start, para.end)
            if (
                line is not None
                and len(line.group("name").split()) <= 4
                and (line.group("stamp") or line.group("name").isupper())
                and _FUNCTION_WORDS.isdisjoint(line.group("name").lower().split())
            ):
                # "Ana Ruiz (00:36):" alone on its line: the turn's words follow it
                name = line.group("name").strip()
                found.append(
                    Turn(
                        para.number,
                        para.start,
                        para.start + len(name),
                        para.end,
                        name,
                        "",
                        name.lower().rstrip(".") in GENERIC_TURN_LABELS,
                    )
                )
            continue
        bare_q = _BARE_Q.match(norm, para.start, para.end)
        if bare_q is not None:
            # "Q Thank you. ...": a briefing's question, labelled with no colon
            start = para.start
            found.append(Turn(para.number, start, start + 1, bare_q.end(), "Q", "", True))
            continue
        if norm.find(":", para.start, min(para.end, para.start + 150)) < 0:
            continue
        match = _TURN_LABEL.match(norm, para.start, para.end)
        if match is None:
            continue
        name = match.group("name").strip()
        role = (match.group("role") or "").strip()
        start = para.start
        if match.group("inner"):
            # "PRESENTER (ANA RUIZ):": the person in brackets, the role before
            name, role, start = match.group("inner").strip(), name, match.start("inner")
        letters = [c for c in name if c.isalpha()]
        capitals = all(c.isupper() for c in letters)
        if not capitals and (len(name.split()) > 3 or (role and not role.isupper())):
            continue  # "Moscow, for its part, said: ...": a sentence, not a label
        found.append(
            Turn(
                para.number,
                start,
                start + len(name),
                match.end(),
                name,
                role,
                name.lower().rstrip(".") in GENERIC_TURN_LABELS,
            )
        )
    outlets = _outlets_ask(doc, found)
    if outlets:
        return outlets
    named = [t.name for t in found if not t.generic]
    asked = [t for t in found if t.generic and t.name.lower().rstrip(".") in _QUESTIONERS]
    briefing = len(asked) >= 2 and len(named) >= 2 and len(set(named)) <= 2
    in_capitals = [t for t in found if t.name.isupper() or _role_label(t.role)]
    if len(in_capitals) >= 2 and not (briefing and all(t.generic for t in in_capitals)):
        return in_capitals
    if len(named) >= 3 and len(set(named)) <= 3:
        return found
    if briefing:
        # "Q: ..." and "Mao Ning: ..." in turn: the questions' labels may be the only
        # ones in capitals, the answers' labels the spokesperson's name as written
        return found
    return []


_MIN_OUTLETS = 3  # distinct questioners' labels that make a briefing of outlets' questions


def _outlets_ask(doc: Document, found: list[Turn]) -> list[Turn]:
    """A ministry's briefing as its website prints it: one spokesperson's label ("Lin
    Hua:") answering questions labelled by the outlets that ask them ("AFP:", "Global
    Times:"), at least three of them, every one of their turns ending in a question mark
    (the spokesperson's never). The outlets' labels are questioners, no one's name. Empty
    where the turns are not so."""
    norm = doc.norm
    counts: dict[str, int] = {}
    for t in found:
        counts[t.name] = counts.get(t.name, 0) + 1
    if not counts:
        return []
    answering = max(counts, key=lambda name: counts[name])
    if counts[answering] < 2:
        return []
    asking = [t for t in found if t.name != answering]
    if len({t.name for t in asking}) < _MIN_OUTLETS:
        return []
    for n, t in enumerate(found):
        # (a turn's last paragraph: a question may open with a paragraph of background)
        last = found[n + 1].paragraph - 1 if n + 1 < len(found) else t.paragraph
        para = doc.paragraphs[max(t.paragraph, last)]
        asks = norm[para.start : para.end].rstrip().endswith("?")
        if asks != (t.name != answering):
            return []  # the spokesperson asks, or an outlet does not
    return [t._replace(generic=True) if t.name != answering else t for t in found]


_LABEL_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def label_persons(doc: Document, turns: list[Turn], blocked: set[int]) -> list[PersonMention]:
    """The persons named by labels in capitals ("MR HOLLIS", "ANA RUIZ, HOST") or on a line
    of their own ("Ana Ruiz (00:36):"): their words written with one capital, an honorific
    as their title."""
    out: list[PersonMention] = []
    tokens = doc.tokens
    for turn in turns:
        own_line = turn.body_start == doc.paragraphs[turn.paragraph].end  # "Ana Ruiz (00:36):"
        if turn.generic or not (turn.name.isupper() or _role_label(turn.role) or own_line):
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
        words = tuple(_one_capital(tokens[n].text) for n in range(k, last + 1))
        if not all(_LABEL_WORD.fullmatch(w) for w in words):
            continue
        if len(words) == 1:
            # "MS. LEAVITT:" under "PRESS BRIEFING BY PRESS SECRETARY KAROLINE LEAVITT":
            # the given name the heading in capitals writes before the surname
            words = _given_name_in_headings(doc, words[0]) + words
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


_HEADING_TOP = 6  # the paragraphs a transcript's headings stand in


def _given_name_in_headings(doc: Document, surname: str) -> tuple[str, ...]:
    """The given name written before ``surname`` in a heading in capitals at the top of
    the transcript, if one is ("... PRESS SECRETARY KAROLINE LEAVITT"); else none."""
    pattern = re.compile(r"\b([A-Z][A-Z'\-]+)\s+" + re.escape(surname.upper()) + r"\b")
    for para in doc.paragraphs[:_HEADING_TOP]:
        line = doc.norm[para.start : para.end]
        if not line.isupper():
            continue
        m = pattern.search(line)
        if m is not None and fold(m.group(1)) not in TITLES and fold(m.group(1)) not in ROLE_HEADS:
            return (_one_capital(m.group(1)),)
    return ()


# A delegate in UN meetings coverage: a name in capitals, then the country in brackets
# ("ANA RUIZ (Chile) said", "Mr. HOLLIS (United Kingdom)"); one word needs its honorific.
_DELEGATE = re.compile(
    r"(?:\b(?P<title>Mr|Ms|Mrs|MR|MS|MRS)\.?\s+)?"
    r"\b(?P<name>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+|\s[A-Z]\.){0,3})$"
)  # read backwards from a bracket: the name ends right before it
_BRACKET = re.compile(r" \((?=[A-Z])")


def delegate_persons(
    doc: Document, country_starts: set[int], blocked: set[int]
) -> list[PersonMention]:
    """The delegates named in capitals before their country in brackets (``country_starts``:
    where the country mentions start), their words written with one capital."""
    out: list[PersonMention] = []
    norm = doc.norm
    for bracket in _BRACKET.finditer(norm, 0, doc.body_end):
        if bracket.end() not in country_starts:
            continue  # "NEW YORK (Lantern Chronicle)": a dateline, not a delegate
        if not norm[bracket.start() - 1 : bracket.start()].isupper():
            continue  # what a name in capitals ends in, read first
        match = _DELEGATE.search(norm, max(0, bracket.start() - 80), bracket.start())
        if match is None:
            continue
        title = match.group("title")
        names = match.group("name").split()
        if len(names) < 2 and title is None:
            continue
        first = doc.token_index_at(match.start("name"))
        last = doc.token_index_at(match.end("name")) - 1
        if last < first or any(k in blocked for k in range(first, last + 1)):
            continue
        words = tuple(_one_capital(w) for w in names)
        out.append(
            PersonMention(
                match.start("name"),
                match.end("name"),
                first,
                last,
                words,
                "person.title" if title else "person.delegate",
                fold(title) + "." if title else None,
                match.start("title") if title else None,
            )
        )
    return out


# A speaker of UN meetings coverage who is no delegate: a name in capitals opening the
# paragraph, then a comma and a post ("ANA RUIZ, Deputy Minister for Foreign Affairs of X,")
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_OFFICIAL = re.compile(
    rf"(?P<name>[{_CAPITAL}][{_CAPITAL}'\-]+(?:\s(?:[{_CAPITAL}][{_CAPITAL}'\-]+|[{_CAPITAL}]\.)){{1,3}})"
    rf",\s+(?P<post>[{_CAPITAL}][^,.;:\n]{{2,100}}),"
)
_POST_WORD = re.compile(r"[\w\-]+")


def _names_a_post(phrase: str) -> bool:
    """Whether ``phrase`` holds a role's head, of one word or two ("prime minister")."""
    words = [fold(w) for w in _POST_WORD.findall(phrase)]
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    return any(w in ROLE_HEADS for w in words + pairs)


def official_persons(doc: Document, blocked: set[int]) -> list[PersonMention]:
    """The speakers named in capitals at a paragraph's opening with their post after a
    comma ("ANA RUIZ, Deputy Minister for Foreign Affairs of Chile, said"), their words
    written with one capital. The post must hold a role's head ("Minister")."""
    out: list[PersonMention] = []
    norm = doc.norm
    for para in doc.paragraphs:
        if para.heading or not norm[para.start : para.start + 2].isupper():
            continue  # what the form opens with, read first
        match = _OFFICIAL.match(norm, para.start, para.end)
        if match is None:
            continue
        if not _names_a_post(match.group("post")):
            continue
        first = doc.token_index_at(match.start("name"))
        last = doc.token_index_at(match.end("name")) - 1
        if last < first or any(k in blocked for k in range(first, last + 1)):
            continue
        words = tuple(_one_capital(w) for w in match.group("name").split())
        out.append(
            PersonMention(
                match.start("name"), match.end("name"), first, last, words, "person.official"
            )
        )
    return out


def _one_capital(word: str) -> str:
    """ "KELLAWAY" as "Kellaway", "THOMAS-GREENFIELD" as "Thomas-Greenfield", "O'BRIEN" as
    "O'Brien" (a one-letter prefix before an apostrophe keeps the next capital)."""
    if len(word) == 2 and word.endswith("."):
        return word  # an initial
    parts = []
    for part in word.split("-"):
        out = part[:1] + part[1:].lower()
        if len(out) > 2 and out[1] in "'’":
            out = out[:2] + out[2:3].upper() + out[3:]
        parts.append(out)
    return "-".join(parts)


# A byline in capitals, a paragraph of its own near the top: "By WANJIRU KAMAU"
_CAPITAL_BYLINE = re.compile(r"By\s+(?P<name>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})\s*$")
_BYLINE_TOP = 4  # the paragraphs a byline stands in


def capital_bylines(doc: Document, blocked: set[int]) -> list[PersonMention]:
    """The writers named in capitals in a byline ("By WANJIRU KAMAU"), their words
    written with one capital."""
    out: list[PersonMention] = []
    for para in doc.paragraphs[:_BYLINE_TOP]:
        m = _CAPITAL_BYLINE.match(doc.norm, para.start, para.end)
        if m is None:
            continue
        first = doc.token_index_at(m.start("name"))
        last = doc.token_index_at(m.end("name")) - 1
        if last <= first or any(k in blocked for k in range(first, last + 1)):
            continue
        words = tuple(_one_capital(w) for w in m.group("name").split())
        start, end = m.start("name"), m.end("name")
        out.append(PersonMention(start, end, first, last, words, "person.byline", None, None))
    return out
