"""The offices that speak for a country: an unnamed envoy, delegation or ministry ("the
representative of X said", "the Sudanese Foreign Ministry said", "its UN mission"), a
known ministry or mission (a gazetteer body with its country), and "the ministry" or "the
spokesperson" named again later. ``Offices`` is the part of the attribution sieve
(attribution.py) that reads them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.extract.actors import NOT_SUBJECT_BEFORE, ActorIndex, ActorMention
from kg.extract.spans import near_start
from kg.extract.text import Document
from kg.model import ActorRef
from kg.names import fold

_WORD = re.compile(r"[\w'\-]+")
_ITS = re.compile(r"(?i)\b(?:its|their)\s+$")
_SPOKESPERSON = re.compile(r"(?i)spokes(?:man|woman|person)\b")

# "the ministry said", "said the mission": the office named before speaks again
THE_OFFICE = re.compile(
    r"(?i)the\s+(?P<head>(?:foreign\s+)?(?:ministry|mission|embassy|delegation)|foreign\s+office)"
    r"(?:'s\s+(?:statement|spokes(?:man|woman|person)))?\b"
)  # (and "the ministry's statement said")
# an office of a country, read after the country's name ("Syria's UN mission", "the
# Syrian foreign ministry spokesperson") or before it ("a spokesman for the Syrian mission")
_OFFICE_AFTER = re.compile(
    r"(?i)(?:'s?)?\s+(?:(?:UN|U\.N\.|permanent|foreign|press)\s+)?"
    r"(?:ministry|mission|embassy|delegation|office|spokes(?:man|woman|person))\b"
)
_OFFICE_FOR = re.compile(
    r"(?i)\b(?:ministry|mission|embassy|delegation|office|spokes(?:man|woman|person))"
    r"\s+(?:of|for|from|at)\s+(?:the\s+)?$"
)

# Unnamed envoys and offices that speak for their country (UN meetings coverage): "the
# representative of X", "X's delegate", "the Sudanese Foreign Ministry", "its UN mission".
_ENVOY = (
    r"(?:(?:deputy\s+)?permanent\s+)?(?:representative|delegate|delegation|envoy|ambassador|"
    r"mission|(?:foreign\s+)?ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|"
    r"office|embassy|government|spokes(?:man|woman|person))"
)
# ("the speaker for X": who took the floor for a country in meetings coverage)
_ENVOY_OF = re.compile(
    r"(?i)\b(?:the\s+)?(?:" + _ENVOY + r"\s+(?:of|for|from)|speaker\s+for)\s+(?:the\s+)?$"
)
# "(mission) to the UN", "(ambassador) to the United Nations in Geneva": the post's seat
_AT_THE_UN = (
    r"(?:\s+(?:to|at|in)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)"
    r"(?:\s+in\s+(?:New\s+York|Geneva|Vienna))?\b)?"
)
ENVOY_AFTER = re.compile(
    r"(?i)(?:'s?)?\s+(?:(?:UN|U\.N\.|new|top|deputy|acting|chief|permanent)\s+){0,2}"
    + _ENVOY
    + r"\b"
    + _AT_THE_UN
)
# What opens an appositive up to an envoy phrase: ", ", ", the acting "
_APPOSITIVE_LEAD = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w.-]*\s+){0,2}$")
_OFFICE_OF = re.compile(
    r"(?i)\b(?:the\s+)?(?:office|government|cabinet|administration)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*\s+)?$"
)
_ITS_ENVOY = re.compile(r"(?i)\bits\s+(?:(?:UN|U\.N\.|new|top)\s+)?" + _ENVOY + r"\b")
ENVOY_THEN_OF = re.compile(r"(?i)(?:the\s+)?" + _ENVOY + r"\s+(?:of|for|from)\s+(?:the\s+)?")
# Between an envoy and its verb: adverbs, or a participle clause set off by commas.
TO_VERB = re.compile(r"\s*(?:[a-z]+\s+){0,2}")
_CLAUSE_TO_VERB = re.compile(r"\s*,[^;]{1,300},\s*(?:[a-z]+\s+){0,2}")

# The opening of a relative clause set off by commas ("X's delegate, who spoke after ...")
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+[^,]*$")
_ENVOY_WORD = re.compile(
    r"representative|delegat|envoy|ambassador|mission|ministry|office|embassy|government|spokes|"
    r"speaker"
)
_BODY_QUALIFIER = re.compile(r"(?:'s?)?\s+")

# The bodies of a country's foreign service: a known one speaks for its country (the
# Kremlin, the White House, Downing Street or the Foreign Office keep their own name).
_FOREIGN_SERVICE_WORDS = frozenset(("ministry", "mission", "embassy", "delegation"))
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?$")
_GENERIC_BODY_HEADS = frozenset(
    "ministry|office|mission|embassy|delegation|government|presidency|cabinet|affairs".split("|")
)

# "a Commission spokesperson": a body named before, by one word of its name
_SHORT_BODY = re.compile(
    r"(?:a|an|the|A|An|The)\s+(?P<word>[A-Z][\w\-]+)\s+spokes(?:man|woman|person)\b"
)
_NOT_SHORT_NAMES = frozenset(("of", "the", "for", "and", "on", "united", "nations", "national"))

_SPOKESPERSON_OF_BEFORE = re.compile(
    r"(?i)spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?$"
)


# "the spokeswoman (also) added": the subject, right before the verb
_THE_SPOKESPERSON = re.compile(r"(?i)the\s+spokes(?:man|woman|person)\s+(?:also\s+)?")


class Offices:
    """Who speaks for a country through an office, read from the actors named around."""

    def __init__(
        self, doc: Document, actors: ActorIndex, country_of: Mapping[str, str] | None = None
    ) -> None:
        self.doc = doc
        self.country_of: Mapping[str, str] = country_of or {}  # a person's country, by name
        self.actors = actors
        self.norm = doc.norm

    def spokesperson_before(self, floor: int, verb_at: int) -> ActorRef | None:
        """ "The spokeswoman added: '...'": the body or country whose spokesperson was
        named last (``_last_office``), where "the spokeswoman" is the verb's subject."""
        at = self.norm.rfind("the ", max(floor, verb_at - 40), verb_at)
        subject = _THE_SPOKESPERSON.match(self.norm, at) if at >= 0 else None
        if subject is None or subject.end() != verb_at:
            return None
        return self._last_office(at)

    def envoy_country(self, floor: int, verb_at: int) -> ActorRef | None:
        """The country whose unnamed envoy, delegation or office is the subject of the verb
        at ``verb_at``: "the representative of X said", "X's delegate, noting ..., said",
        "the Sudanese Foreign Ministry said", "its UN mission said" (its: the country named
        last before). None where a person is named between the envoy and the verb."""
        text = self.norm
        start = near_start(text, floor, verb_at, 400)
        window = text[start:verb_at]
        if not _ENVOY_WORD.search(window.lower()):
            return None  # what every form has, read first
        found: tuple[int, int, ActorRef] | None = None  # envoy phrase start, end, country
        for m in reversed(self.actors.within(start, verb_at)):
            if m.actor.kind == "person" and self._in_relative_clause(m, verb_at):
                continue  # "X's delegate, who spoke after Ana Ruiz, called it": the delegate
            if m.actor.kind == "person":
                office = _OFFICE_OF.search(text, max(start, m.start - 40), m.start)
                code = self.country_of.get(m.actor.name)
                if office is None or code is None:
                    return None  # a named speaker is nearer the verb
                # "the office of Prime Minister X said": X's country
                found = (office.start(), m.end, ActorRef.trusted(kind="country", name=code))
                break
            if m.actor.kind != "country":
                continue
            before = _ENVOY_OF.search(text, max(start, m.start - 60), m.start)
            if before is not None:
                # "a spokesperson for Japan's foreign ministry said": to the office's end
                office = ENVOY_AFTER.match(text, m.end, verb_at)
                found = (before.start(), office.end() if office else m.end, m.actor)
                break
            after = ENVOY_AFTER.match(text, m.end, verb_at)
            if after is not None:
                found = (m.start, after.end(), m.actor)
                break
        its = None
        for match in _ITS_ENVOY.finditer(text, start, verb_at):
            its = match  # the last one
        if its is not None and (found is None or its.start() > found[0]):
            earlier = [
                m
                for m in self.actors.within(max(0, its.start() - 600), its.start())
                if m.actor.kind == "country"
            ]
            if earlier and not any(
                m.actor.kind == "person" for m in self.actors.within(its.end(), verb_at)
            ):
                # "its": the country last named as a subject ("Sudan's government thanked
                # Russia. Its foreign ministry said ..." is Sudan's), else the last named
                subjects = [m for m in earlier if self.actors.is_subject_position(m)]
                found = (its.start(), its.end(), (subjects or earlier)[-1].actor)
        if found is None:
            return None
        phrase_start, phrase_end, speaker = found
        return speaker if self._subject_phrase(start, phrase_start, phrase_end, verb_at) else None

    def _in_relative_clause(self, m: ActorMention, verb_at: int) -> bool:
        """Whether ``m`` is named inside a relative clause set off by commas before the
        verb at ``verb_at``: ", who spoke after Ana Ruiz," (no other comma in it)."""
        opening = _RELATIVE_BEFORE.search(self.norm, max(0, m.start - 100), m.start)
        if opening is None or "," in self.norm[opening.end() : m.start]:
            return False
        close = self.norm.find(",", m.end, verb_at)
        return close >= 0 and TO_VERB.fullmatch(self.norm, close + 1, verb_at) is not None

    def _subject_phrase(self, start: int, phrase_start: int, phrase_end: int, verb_at: int) -> bool:
        """Whether the envoy phrase at ``phrase_start:phrase_end`` is the subject of the
        verb at ``verb_at`` (adverbs or a clause set off by commas between), not an object
        ("told the representative of X") nor a named person's appositive."""
        text = self.norm
        if not (
            TO_VERB.fullmatch(text, phrase_end, verb_at)
            or _CLAUSE_TO_VERB.fullmatch(text, phrase_end, verb_at)
        ):
            return False
        # (the words of this sentence only: a previous one ending "... voted against." is
        # no "against the representative of X")
        words = _WORD.findall(text, max(start, phrase_start - 25), phrase_start)
        if words and words[-1].lower() in NOT_SUBJECT_BEFORE:
            return False  # "told the representative of X"
        lead = _APPOSITIVE_LEAD.search(text, max(0, phrase_start - 40), phrase_start)
        if lead is not None:
            named = self.actors.within(max(0, lead.start() - 80), lead.start())
            if named and named[-1].end == lead.start() and named[-1].actor.kind == "person":
                # "Ana Ruiz, Chile's envoy to the UN, said", "Ana Ruiz, the acting US
                # ambassador, said": the envoy is named
                return False
        return True

    def body_country(self, speaker: ActorRef, at: int) -> ActorRef:
        """An unnamed office ("the Foreign Ministry", "the mission") speaks for its country:
        the country named right before it ("the Sudanese Foreign Ministry", "Sudan's
        foreign ministry") or after it ("the Ministry of Foreign Affairs of Georgia"), here
        or where it was named before; a known ministry, mission or embassy ("the Russian
        Foreign Ministry", "the U.S. Mission to the UN") speaks for the country it serves."""
        if speaker.kind != "organization":
            return speaker
        words = fold(speaker.name).split()
        if not words:
            return speaker
        foreign_service = not _FOREIGN_SERVICE_WORDS.isdisjoint(words)
        if words[-1] not in _GENERIC_BODY_HEADS and not foreign_service:
            return speaker
        if foreign_service:
            # (a known body's country is the same wherever it is named, after the quote too)
            for m in self.actors.mentions:
                if m.actor == speaker and m.entity is not None and m.entity.country:
                    return ActorRef.trusted(kind="country", name=m.entity.country)
        text = self.norm
        for m in reversed(self.actors.within(0, at + 1)):
            if m.actor != speaker or m.entity is None or m.entity.country:
                continue
            for c in self.actors.within(max(0, m.start - 30), m.start):
                if c.actor.kind == "country" and _BODY_QUALIFIER.fullmatch(text, c.end, m.start):
                    return c.actor  # "the Sudanese Foreign Ministry", "Sudan's foreign ministry"
            for c in self.actors.within(m.start, m.end + 12):
                # "the Ministry of Foreign Affairs of Georgia" (the country in its name, or
                # after it)
                if c.actor.kind == "country" and _OF_COUNTRY.search(text, m.start, c.start):
                    return c.actor
            if _ITS.search(text, max(0, m.start - 8), m.start):
                # "Saudi Arabia ... stressed in a statement by its Ministry of Foreign
                # Affairs": the country last named before "its", in the same sentence
                sentence = self.doc.sentence_at(m.start)
                floor = sentence.start if sentence is not None else max(0, m.start - 300)
                before = [
                    c for c in self.actors.within(floor, m.start) if c.actor.kind == "country"
                ]
                if before:
                    return before[-1].actor
        return speaker

    def _last_office(self, at: int, head: str | None = None) -> ActorRef | None:
        """Who "the spokeswoman" or "the ministry" (``head``) is: the body whose
        spokesperson was named last before ``at``, else the country whose ministry,
        mission or spokesperson was ("a spokesman for the Syrian mission", "the Japanese
        foreign ministry"), within the few paragraphs before; the ministry is a ministry."""
        body = self._last_spokesperson_body(at) if head is None else None
        floor = body.end if body is not None else max(0, at - 3000)
        text = self.norm
        for m in reversed(self.actors.within(floor, at)):
            if m.end > at:
                continue
            if m.actor.kind == "organization":
                ref = self.body_country(m.actor, m.end)
                if ref.kind == "country" and (head is None or head in fold(m.actor.name)):
                    return ref
            elif m.actor.kind == "country":
                office = _OFFICE_AFTER.match(
                    text, m.end, min(at, m.end + 40)
                ) or _OFFICE_FOR.search(text, max(0, m.start - 40), m.start)
                if office is not None and (head is None or head in office.group(0).lower()):
                    return m.actor
        return body.actor if body is not None else None

    def _last_spokesperson_body(self, at: int) -> ActorMention | None:
        """The body whose spokesperson was last named before ``at`` ("a Downing Street
        spokesperson", "a spokesman for the ministry"), within the few paragraphs before."""
        text = self.norm
        for m in reversed(self.actors.within(max(0, at - 3000), at)):
            if m.actor.kind != "organization":
                continue
            if _SPOKESPERSON.match(text, m.end + 1) or _SPOKESPERSON_OF_BEFORE.search(
                text[max(0, m.start - 40) : m.start]
            ):
                return m
        return None

    def short_body(self, at: int) -> tuple[ActorRef, int] | None:
        """The body "a Commission spokesperson" at ``at`` speaks for, and where the phrase
        ends: the organization last named (in the few paragraphs before) whose name of
        two words or more holds that word ("the European Commission"), perhaps through
        its country ("the Ministry of Foreign Affairs of Chile"). None where the word is a
        name of its own ("a Kremlin spokesman": read as such elsewhere)."""
        short = _SHORT_BODY.match(self.norm, at)
        if short is None or self.actors.starting_at(short.start("word"), slack=0) is not None:
            return None
        word = fold(short.group("word"))
        if word in _NOT_SHORT_NAMES:
            return None
        for m in reversed(self.actors.within(max(0, at - 3000), at)):
            if m.actor.kind != "organization":
                continue
            words = fold(m.actor.name).split()
            if len(words) > 1 and word in words:
                return self.body_country(m.actor, m.end), short.end()
        return None


def office_head(office: re.Match[str]) -> str | None:
    """What "the spokeswoman" or "the ministry" names: an office's head noun ("ministry"),
    or None for a spokesperson of any body."""
    head = office.groupdict().get("head")
    return fold(head).split()[-1] if head else None
