"""Transcripts: the turns of an interview (``A:``, ``NAME:``), which carry no quotation
marks. The interviewee's turns are quotes; the host's or questioner's are not."""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.actors import ActorIndex
from kg.extract.lexicon import ROLE_HEADS, TITLE_MODIFIERS
from kg.extract.persons import Turn
from kg.extract.persons.titles import TITLES
from kg.extract.text import Document, Paragraph
from kg.model import ActorRef, Evidence, Quote, Span
from kg.names import fold

_ANSWER_LABELS = frozenset({"a", "answer"})  # the interviewee's turns, by their label's key
_HOST_ROLE = re.compile(r"(?i)\b(?:host|anchor|moderator|interviewer|presenter|correspondent)\b")
# What a host says of a guest: "I'm joined by", "joining me now", "thank you for being here"
_WELCOMES_GUEST = re.compile(
    r"(?i)\b(?:i'?m\s+joined\s+(?:now\s+|here\s+)?by|joining\s+(?:me|us)\s+(?:now|today|"
    r"from)|(?:joins|is\s+with)\s+(?:me|us)\s+(?:now|from)|with\s+me\s+(?:now|in\s+the\s+studio)|"
    r"thank\s+you\s+(?:so\s+much\s+)?for\s+(?:being\s+(?:here|with\s+us)|joining\s+us|"
    r"coming\s+in))"
)
# The words of a label that names a role, not a person ("Deputy Spokesperson:")
_ROLE_LABEL_WORDS = frozenset(TITLES) | TITLE_MODIFIERS | ROLE_HEADS
_MAX_TURN_PARAGRAPHS = 12  # a turn goes on over at most this many unlabelled paragraphs


def transcript_quotes(doc: Document, actors: ActorIndex) -> tuple[list[Quote], set[int]]:
    """Turns of a transcript, which carry no quotation marks: the interviewee's are
    quotes, the host's or questioner's are not. A turn goes on over the unlabelled
    paragraphs up to the next turn. Who hosts is read from the text: a label with the
    role of host or anchor, a generic questioner ("Q", "QUESTION"), or a speaker whose
    turns mostly end in a question mark."""
    quotes: list[Quote] = []
    used: set[int] = set()
    turns = actors.persons.turns
    if not turns:
        return quotes, used
    paras = doc.paragraphs
    interviewee: ActorRef | None = None
    first = paras[turns[0].paragraph]
    for m in actors.mentions:
        if m.actor.kind == "person" and paras[0].end < m.start < first.start:
            interviewee = m.actor
            break
    introduced = interviewee is not None
    if interviewee is None and turns[0].paragraph > 0:
        # "Spokesperson Ana Ruiz's Regular Press Conference": the one person the title names
        named = {m.actor for m in actors.within(paras[0].start, paras[0].end)}
        people = [a for a in named if a.kind == "person"]
        interviewee = people[0] if len(people) == 1 else None
    hosts = _hosts(doc, turns, _label_key(interviewee.name) if introduced and interviewee else "")
    for n, turn in enumerate(turns):
        stop = turns[n + 1].paragraph if n + 1 < len(turns) else len(paras)
        last = min(stop, turn.paragraph + _MAX_TURN_PARAGRAPHS) - 1
        while last > turn.paragraph and paras[last].heading:
            last -= 1  # a section heading after the turn is not spoken
        key = _label_key(turn.name)
        if key in hosts:
            continue  # the host's questions are no one's statement (the words they quote are)
        used.update(range(turn.paragraph, last + 1))
        speaker: ActorRef | None = None
        rule = "quote.transcript-turn"
        if key in _ANSWER_LABELS:
            speaker, rule = interviewee, "quote.transcript-answer"
        elif not turn.generic:
            speaker = _turn_speaker(actors, turn.name) or _role_speaker(doc, actors, turn, first)
        if speaker is None:
            continue
        end = paras[last].end
        parts = [Span.at(turn.body_start, paras[turn.paragraph].end)] + [
            Span.at(paras[k].start, paras[k].end) for k in range(turn.paragraph + 1, last + 1)
        ]
        parts = [p for p in parts if p.end > p.start]  # (a label on a line of its own)
        if not parts:
            continue
        # (a paragraph holds a line break only where hard-wrapped lines were joined)
        body = "\n\n".join(doc.text[p.start : p.end].strip().replace("\n", " ") for p in parts)
        quotes.append(
            Quote.trusted(
                text=body,
                parts=tuple(parts),
                speaker=speaker,
                partial=False,
                evidence=Evidence.at(turn.start, end, rule),
            )
        )
    return quotes, used


def _label_key(name: str) -> str:
    """A label by its last word: "CHRISTIANE AMANPOUR" and "AMANPOUR" are one speaker."""
    words = fold(name).replace(".", "").split()
    return words[-1] if words else ""


def _hosts(doc: Document, turns: list[Turn], guest: str = "") -> set[str]:
    """The labels of the host or questioner: generic questioners, labels with a host's
    role, and speakers whose turns mostly end in a question mark. ``guest``: the label of
    the one the opening introduces ("NPR's Ana Ruiz has been following the vote"), who
    answers even where they introduce a soundbite; the one other speaker then hosts."""
    hosts: set[str] = set()
    asked: dict[str, list[bool]] = {}
    for turn in turns:
        key = _label_key(turn.name)
        if turn.generic and key not in _ANSWER_LABELS:
            hosts.add(key)
        elif _HOST_ROLE.search(turn.role):
            hosts.add(key)  # "ANA RUIZ, HOST", then "RUIZ"
        else:
            para = doc.paragraphs[turn.paragraph]
            asked.setdefault(key, []).append(doc.norm[para.start : para.end].rstrip().endswith("?"))
        if _WELCOMES_GUEST.search(doc.norm, turn.body_start, doc.paragraphs[turn.paragraph].end):
            hosts.add(key)  # "I'm joined by ...", "thank you for being here"
    for key, questions in asked.items():
        if sum(questions) >= 0.6 * len(questions):
            hosts.add(key)
    asker = _asker(doc, turns, guest)
    if asker:
        hosts.add(asker)  # (the one who asks the guest questions hosts)
    else:
        guest = ""  # (a reporter's package: the host only hands over, the reporter narrates)
    hosts |= _narrators(doc, turns) - {guest}
    if not hosts & asked.keys():
        # no named host yet: the one speaker who asks questions, when no other does
        asking = [key for key, questions in asked.items() if sum(questions) >= 2]
        if len(asking) == 1 and all(not any(q) for key, q in asked.items() if key != asking[0]):
            hosts.add(asking[0])
    return hosts


def _asker(doc: Document, turns: list[Turn], guest: str) -> str:
    """The label of the speaker who asks a question after ``guest``'s first turn (a
    conversation with the guest, not a report they narrate), or ""."""
    keys = [_label_key(t.name) for t in turns]
    if not guest or guest not in keys:
        return ""
    for turn, key in list(zip(turns, keys, strict=True))[keys.index(guest) + 1 :]:
        para = doc.paragraphs[turn.paragraph]
        if key != guest and not turn.generic and "?" in doc.norm[turn.body_start : para.end]:
            return key
    return ""


def _narrators(doc: Document, turns: list[Turn]) -> set[str]:
    """The labels of a report's narrator: a speaker whose turn names the speaker of the
    next turn by their full name ("Palestinian UN envoy Riyad Mansour called the move
    reckless." then "Riyad Mansour (00:36): ..."), as a reporter introduces a soundbite."""
    introduced: dict[str, int] = {}
    paras = doc.paragraphs
    for turn, after in pairwise(turns):
        key, next_key = _label_key(turn.name), _label_key(after.name)
        if key == next_key or not next_key or after.generic:
            continue
        said = " ".join(fold(doc.norm[turn.body_start : paras[after.paragraph].start]).split())
        full = " ".join(fold(after.name).split())
        if " " in full and re.search(rf"\b{re.escape(full)}\b", said):
            introduced[key] = introduced.get(key, 0) + 1
    return set(introduced)


def _role_speaker(
    doc: Document, actors: ActorIndex, turn: Turn, first: Paragraph
) -> ActorRef | None:
    """The person a role label names ("Deputy Spokesperson:"): the one introduced with
    that role before the first turn ("... by Ana Ruiz, Deputy Spokesperson for ...")."""
    label = " ".join(turn.name.lower().split())
    if not label or any(fold(w) not in _ROLE_LABEL_WORDS for w in label.split()):
        return None
    intro = doc.norm[: first.start].lower()  # (offsets kept: the mentions are read there)
    at = intro.rfind(label)
    if at < 0:
        return None
    near = [
        m
        for m in actors.within(max(0, at - 80), min(first.start, at + len(label) + 80))
        if m.actor.kind == "person"
    ]
    if len({m.actor for m in near}) != 1:
        return None  # no one, or two people, by the role
    return near[0].actor


def _turn_speaker(actors: ActorIndex, label: str) -> ActorRef | None:
    wanted = [w for w in fold(label).replace(".", "").split() if w not in TITLES]
    if not wanted:
        return None
    for cluster in actors.persons.clusters:
        words = fold(cluster.name).replace(".", "").split()
        if wanted[-1] == words[-1] or wanted == words:
            return ActorRef(kind="person", name=cluster.name)
    return None
