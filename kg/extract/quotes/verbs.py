"""Where the verb that introduces a quotation stands in the words before it: the last
verb of speech ("said"), the last verb that takes a quoted fragment ("called it"), or a
choice of words ("chose the word")."""

from __future__ import annotations

import re

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.lexicon import COMMUNICATION_VERBS, SPEECH_VERBS
from kg.model import ActorRef

_LOWER_WORD = re.compile(r"\b([a-z]+)\b")
_REVERSED_COMMUNICATION_VERBS = frozenset(w[::-1] for w in COMMUNICATION_VERBS)


def last_speech_verb(text: str) -> int | None:
    """Where the last verb of speech in ``text`` starts."""
    found = None
    for m in _LOWER_WORD.finditer(text):
        if m.group(1) in SPEECH_VERBS:
            found = m.start()
    return found


_WORD_CHOICE = re.compile(
    r"\b(?:chose|chooses|used|uses|picked|preferred|opted\s+for|went\s+with)\s+(?:the\s+)?"
    r"(?:word|term|phrase|adjective|label|description)\s*$"
)


def last_communication_verb(text: str) -> int | None:
    """Where the last communication verb in ``text`` starts: the first one read from the
    end (most quotes have one near), with a lower-case word just as forwards."""
    chosen = _WORD_CHOICE.search(text)  # 'while B chose the word "shameful"': B's
    if chosen is not None:
        return chosen.start()
    backwards = text[::-1]
    for m in _LOWER_WORD.finditer(backwards):
        if m.group(1) in _REVERSED_COMMUNICATION_VERBS:
            return len(text) - m.end()
    return None


_PARTICIPLE = re.compile(r", [a-z]+ing\b")
_VERB_OBJECT = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+\s+(?:the\s+)?")


def participle_subject(
    actors: ActorIndex, text: str, verb_at: int, floor: int, nearest: ActorMention
) -> ActorRef | None:
    """The speaker of a participle of speech after a comma ("Ana Ruiz addressed the
    Council, saying: ..."): the person who is the clause's subject, where the nearest
    actor (``nearest``, not a person) is its verb's object."""
    if nearest.actor.kind == "person" or not _PARTICIPLE.match(text, verb_at - 2):
        return None
    main = actors.subject_before(nearest.start, floor, speakers_only=True)
    if main is None or main.actor.kind != "person":
        return None
    return main.actor if _VERB_OBJECT.fullmatch(text, main.end, nearest.start) else None


# "states" as a noun: "Many UN member states had ...", "Arab states", "the 193 states"
_STATES_NOUN = re.compile(
    r"(?:\bmember|[A-Z][\w.]*|\d|\b(?:the|other|all|some|many|these))\s+states$"
)


def verb_words(text: str, verbs: frozenset[str]) -> list[re.Match[str]]:
    """The lower-case words of ``text`` that are in ``verbs``, but "states" as a noun."""
    return [
        m
        for m in _LOWER_WORD.finditer(text)
        if m.group(1) in verbs
        and not (m.group(1) == "states" and _STATES_NOUN.search(text, 0, m.end()))
    ]
