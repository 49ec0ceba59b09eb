"""Speakers read from the sentences around a quotation rather than from its own: "it
said" for the body or country speaking, a quotation standing alone after its speaker's
sentence, a role with its country for the person named before ("the Russian diplomat"),
"as X put it", a live blog's label ("Egypt's envoy Ana Ruiz: '...'"), and "he" or "she"
after an unnamed person. ``Context`` is the part of the attribution sieve
(attribution.py) that reads them."""

from __future__ import annotations

import re

from kg.extract.actors import ActorMention
from kg.extract.quotes.marks import Candidate
from kg.extract.quotes.offices import ENVOY_AFTER, TO_VERB, Offices
from kg.model import ActorRef
from kg.names import fold

_SPACES = re.compile(r"\s*")
# What a person's role may be called later ("the diplomat", "the Russian envoy")
ROLE_NOUN = (
    r"(?:diplomat|ambassador|envoy|minister|senator|lawmaker|congressman|"
    r"congresswoman|president|secretary-general|secretary|chancellor|premier|prime\s+minister|"
    r"high\s+commissioner|special\s+rapporteur|diplomats?)\b"
)
_LETTER_WORD = re.compile(r"[^\W\d_][\w'\-]*")  # a word of a label ("16:10 - " has none)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_PUT_IT = re.compile(r"\b(?:put|puts)\s+it\b")  # "as Ana Ruiz put it": a verb of speech
_STATEMENT_FROM = re.compile(r"(?i)\bstatement\s+(?:from|by|of)\s+(?:the\s+)?$")
# "the Russian diplomat", "the U.S. envoy": a role with its country, for the person named
_THE_COUNTRY_ROLE = re.compile(r"(?i)the\s+(?:[\w.\-]+\s+){1,2}?" + ROLE_NOUN)
# An unnamed person brought in: a later "he" or "she" is them, not a person named before
_AN_UNNAMED_PERSON = re.compile(
    r"(?i)\b(?:a|an|one|another)\s+(?:[\w\-]+\s+){0,3}?(?:diplomat|official|source|aide|"
    r"delegate|envoy|ambassador|analyst|observer|expert|lawmaker|activist|negotiator|"
    r"spokes(?:man|woman|person)|woman|man|resident|witness)\b"
)
# "the (French) ambassador said": a role, perhaps with its country, standing for a person
_THE_ROLE_NOUN = re.compile(r"(?i)the\s+(?:[\w.\-]+\s+){0,2}?(?P<noun>" + ROLE_NOUN + ")")
# The words that name the same post as an envoy's role noun
_ENVOY_NOUNS = frozenset(("ambassador", "envoy", "diplomat", "diplomats"))
_ENVOY_STEMS = ("ambassador", "envoy", "representative", "diplomat", "delegat", "negotiat")
# "His message to the Council: '...'": the person a possessive pronoun stands for
_HIS_HER = re.compile(r"(?i)(his|her)\s")
# "the statement said", "according to the communique": a document someone issued
THE_STATEMENT = re.compile(
    r"(?i)the\s+(?:(?:joint|written|official|same)\s+)?(?:statement|communiqu[e\u00e9]|press\s+release)\b"
)
_STATEMENT_WORD = re.compile(r"(?i)\b(?:statement|communiqu[e\u00e9]|press\s+release)\b")
# Between its issuer and the document: "(Japan) said in a", "('s foreign ministry) issued its
# own", "( delegation did not object but) issued a"
_ISSUED = re.compile(
    r"(?i)(?:'s?)?\s+(?:[\w\-]+\s+){0,8}?(?:said|says|issued|issues|released|releases|"
    r"published|publishes|put\s+out)\s+(?:in\s+)?(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){0,3}"
)
_COLON_INTRODUCER_WORDS = 14  # "Foreign Minister X was blunt:" is short; a longer one is prose
# What may open a sentence before its subject: a live blog's time, an article
# (searched from a quotation's end: a slice to its paragraph's end would copy the rest
# of a long paragraph for each quotation in it)
_NOT_SPACE = re.compile(r"\S")
_LEAD_IN = re.compile(r"(?:\d[\d:.]*\s*[\-\u2013\u2014]\s*)?(?:(?:the|a|an)\s+)?", re.IGNORECASE)


# An unnamed speaker for an office, after the verb: "said a spokesman for the", "said the"
_SPOKESMAN_FOR = re.compile(
    r"(?i)(?:(?:a|an|the)\s+(?:spokes(?:man|woman|person)|official|diplomat|source)\s+"
    r"(?:for|of|from|at|in)\s+)?(?:the\s+)?(?=[A-Z])"
)


# A country as the subject of its own verb ("Sri Lanka had opposed the resolution, terming
# it '...'"): the participle's subject too
COUNTRY_VERB = re.compile(r"\s+(?:had\s+|has\s+|have\s+|also\s+)?[a-z]+ed\b")
PARTICIPLE = re.compile(r"[a-z]+ing\b")


class Context(Offices):
    """Speakers from the sentences around a quotation."""

    # the speaker of the last quotation attributed, and its paragraph (set by the sieve)
    last_speaker: tuple[int, ActorRef] | None = None
    # the speakers of quotations whose sentence names a statement, by the sentence's start
    # (set by the sieve): '"...," the mission said in a statement.'
    statement_speakers: dict[int, ActorRef]

    def statement_source(self, at: int) -> ActorRef | None:
        """Who issued "the statement" named at ``at``: the one that said something "in a
        statement", "issued a statement" or was quoted from one in the last sentence
        before that names a statement (within a few paragraphs); None where that sentence
        says no one's."""
        text = self.norm
        last = None
        for found in _STATEMENT_WORD.finditer(text, max(0, at - 1500), at):
            last = found  # (the last one)
        sentence = self.doc.sentence_at(last.start()) if last is not None else None
        if last is None or sentence is None:
            return None
        quoted = self.statement_speakers.get(sentence.start)
        if quoted is not None:
            return quoted
        for m in reversed(self.actors.within(sentence.start, last.start())):
            if _ISSUED.fullmatch(text, m.end, last.start()):
                return m.actor  # "Japan said in a statement", "Seoul's ministry issued its own"
        return None

    def previous_sentence(self, cand: Candidate) -> ActorRef | None:
        """A quotation that is a sentence of its own and ends its paragraph, with no one
        said to say it, after a sentence whose subject opens it: "Ana Ruiz did not mince
        words. '...'" (a person, or a body or country: "Russia was unmoved. '...'")."""
        doc, text = self.doc, self.norm
        para = doc.paragraph_at(cand.open)
        sentence = doc.sentence_at(cand.open)
        if para is None or sentence is None or sentence.start <= para.start:
            return None
        if _NOT_SPACE.search(text, cand.close + 1, para.end) or text[cand.close - 1] not in ".!?":
            return None  # the quotation does not end its paragraph, or ends mid-sentence
        if text[sentence.start : cand.open].strip():
            return None  # the quotation does not open its sentence
        before = doc.sentence_at(sentence.start - 1)
        if before is None or before.start < para.start:
            return None
        at = _LEAD_IN.match(text, before.start).end()  # type: ignore[union-attr]
        named = self.actors.within(before.start, before.end)
        first = named[0] if named else None
        if first is None or first.start != at:
            return None
        if self.actors.is_possessor(first):
            return None  # "Ruiz's plan was rejected.", "Russia's envoy was unmoved."
        return first.actor if self.actors.is_subject_position(first) else None

    def _it_speaker(self, at: int) -> ActorRef | None:
        """Who "it" is in "'...,' it said": the body or country that spoke last in this
        paragraph, else the body or country last named as a subject before (a paragraph or
        two; none where a person was named since), else the office named last."""
        para = self.doc.paragraph_at(at)
        if (
            self.last_speaker is not None
            and para is not None
            and self.last_speaker[0] == para.number
            and self.last_speaker[1].kind != "person"
        ):
            return self.last_speaker[1]
        for m in reversed(self.actors.within(max(0, at - 600), at)):
            if m.actor.kind == "person":
                return None  # a person named since: "it" is not the last body's
            if self.actors.is_subject_position(m):
                return m.actor
        return self._last_office(at)

    def _unnamed_person_since(self, start: int, at: int) -> bool:
        """Whether an unnamed person is brought in between ``start`` and ``at`` ("a Latin
        American diplomat"), not as a named person's appositive ("Ana Ruiz, a senior
        official, ...")."""
        for match in _AN_UNNAMED_PERSON.finditer(self.norm, max(start, at - 300), at):
            comma = match.start() - 2
            if self.norm[max(0, comma) : match.start()] == ", ":
                named = self.actors.within(max(0, comma - 80), comma)
                if named and named[-1].end == comma and named[-1].actor.kind == "person":
                    continue  # an appositive of the person named
            return True
        return False

    def _person_by_country_role(self, pos: int, verb_at: int) -> ActorRef | None:
        """The person "the Russian diplomat" or "the U.S. envoy" (the subject of the verb
        at ``verb_at``) stands for: the person last named as a subject, if they serve that
        country."""
        role = _THE_COUNTRY_ROLE.match(self.norm, pos, verb_at)
        if role is None or not TO_VERB.fullmatch(self.norm, role.end(), verb_at):
            return None
        country = next(
            (
                m.actor.name
                for m in self.actors.within(pos, role.end())
                if m.actor.kind == "country"
            ),
            None,
        )
        named = self._last_person(pos) if country is not None else None
        if named is None or self.country_of.get(named.actor.name) != country:
            return None
        return named.actor

    def named_next(self, pos: int, verb_at: int | None, country: str | None) -> ActorRef | None:
        """The person "the (French) ambassador" after a quotation stands for, named only
        in the next paragraph: '"...," the envoy said.' (``verb_at``: the verb after the
        role) or '"...," said the envoy.' (None), then a paragraph that opens on a person
        whose first sentence gives the same post (and the same country, if any)."""
        doc, text = self.doc, self.norm
        role = _THE_ROLE_NOUN.match(text, pos, verb_at if verb_at is not None else pos + 60)
        para = doc.paragraph_at(pos)
        if role is None or para is None:
            return None
        if verb_at is not None and not TO_VERB.fullmatch(text, role.end(), verb_at):
            return None
        if para.number + 1 >= len(doc.paragraphs):
            return None
        if any(m.actor.kind == "person" for m in self.actors.within(role.end(), para.end)):
            return None  # the paragraph names its speaker after all
        nxt = doc.paragraphs[para.number + 1]
        opening = self.actors.within(nxt.start, min(nxt.end, nxt.start + 80))
        if not opening or opening[0].actor.kind != "person":
            return None
        if opening[0].start != _LEAD_IN.match(text, nxt.start).end():  # type: ignore[union-attr]
            return None
        sentence = doc.sentence_at(nxt.start)
        if sentence is None:
            return None
        words = text[sentence.start : sentence.end].lower()
        noun = fold(role.group("noun")).split()[-1]
        stems = _ENVOY_STEMS if noun in _ENVOY_NOUNS else (noun,)
        if not any(stem in words for stem in stems):
            return None
        person = opening[0].actor
        if country is not None and self.country_of.get(person.name) != country:
            named = self.actors.within(sentence.start, sentence.end)
            if not any(m.actor.kind == "country" and m.actor.name == country for m in named):
                return None
        return person

    def colon_subject(self, floor: int, colon: int) -> ActorRef | None:
        """The speaker of a short sentence that introduces a quotation with a colon and no
        verb of speech: "Foreign Minister Ana Ruiz was blunt:", "Ruiz, in a post on X:",
        "His message to the Council:" (the person that opens it, or whom "his" is)."""
        text = self.norm
        if len(_LETTER_WORD.findall(text, floor, colon)) > _COLON_INTRODUCER_WORDS:
            return None
        at = _LEAD_IN.match(text, floor).end()  # type: ignore[union-attr]
        pronoun = _HIS_HER.match(text, at)
        if pronoun is not None:
            possessive = pronoun.group(1).lower()
            resolved = self.actors.resolve_pronoun(at, "he" if possessive == "his" else "she")
            if resolved is None or self._unnamed_person_since(resolved.end, at):
                return None
            return resolved.actor if resolved.actor.kind == "person" else None
        named = self.actors.within(floor, colon)
        people = [m for m in named if m.actor.kind == "person"]
        if not people or any(m.actor != people[0].actor for m in people):
            return None  # "Ana Ruiz asked Ben Cole:" is not a form read here
        first = people[0]
        if first.start != at and len(_LETTER_WORD.findall(text, at, first.start)) > 3:
            return None  # a qualifier at most: "Labour backbencher Ana Ruiz was blunt:"
        return first.actor if self.actors.is_subject_position(first) else None

    def office_after(self, start: int, end: int) -> ActorRef | None:
        """The country whose office is named right after ``start`` ("according to a
        statement from the Eritrean mission"): the first country followed by an office,
        no person named before it."""
        for m in self.actors.within(start, min(end, start + 100)):
            if m.actor.kind == "person":
                return None
            if m.actor.kind == "country" and ENVOY_AFTER.match(self.norm, m.end):
                return m.actor
        return None

    def spokesman_office(self, at: int) -> ActorRef | None:
        """The country whose office speaks at ``at``, right after a verb: "said a spokesman
        for the British mission", "said the Chinese mission"."""
        spokesman = _SPOKESMAN_FOR.match(self.norm, at)
        if spokesman is None:
            return None
        return self.office_after(spokesman.end(), spokesman.end() + 60)

    def holder_of(self, post: str, at: int) -> ActorRef | None:
        """The person last named before ``at`` (a few paragraphs) with the post ``post``
        ("foreign minister") written by their name: "Foreign Minister Ana Ruiz", "Ana
        Ruiz, the foreign minister"."""
        wanted = " ".join(post.lower().split())
        after = re.compile(
            r",\s+(?:the\s+|[\w.\-]+'s\s+)?(?:[\w\-]+\s+){0,2}?"
            + r"\s+".join(map(re.escape, wanted.split()))
            + r"\b",
            re.IGNORECASE,
        )
        for m in reversed(self.actors.within(max(0, at - 3000), at)):
            if m.actor.kind != "person":
                continue
            title = " ".join(self.norm[m.start : m.end].lower().split())
            before = " ".join(self.norm[max(0, m.start - 60) : m.start].lower().split())
            if (
                title.startswith(wanted + " ")  # (the mention holds its title)
                or before == wanted
                # "the minister, Ana Ruiz"; "Tánaiste Ana Ruiz" (a title by the name)
                or before.endswith((wanted + ",", " " + wanted))
                or after.match(self.norm, m.end, m.end + 80)
            ):
                return m.actor
        return None

    def _last_person(self, at: int) -> ActorMention | None:
        """The person last named in subject position before ``at`` (a few paragraphs)."""
        for m in reversed(self.actors.within(max(0, at - 1500), at)):
            if m.actor.kind == "person" and self.actors.is_subject_position(m):
                return m
        return None

    def _put_it(self, start: int, end: int) -> tuple[ActorRef | None, str] | None:
        """ "As Ana Ruiz put it (in a note), '...'": the person named right before "put
        it", or before the body they are "of" ("As Ana Ruiz of the X Institute put it")."""
        text = self.norm
        put_it = _PUT_IT.search(text, start, end)
        if put_it is None:
            return None
        named = self.actors.within(max(0, put_it.start() - 120), put_it.start())
        if not named or not _SPACES.fullmatch(text, named[-1].end, put_it.start()):
            return None
        last = named[-1]
        if (
            last.actor.kind == "organization"
            and len(named) > 1
            and _OF_THE.fullmatch(text, named[-2].end, last.start)
        ):
            last = named[-2]
        if last.actor.kind != "person":
            return None
        return last.actor, "quote.speaker-before.put-it"

    def _label_before(self, floor: int, colon: int) -> ActorRef | None:
        """A speaker named as the label of a quotation, no verb said: "Egypt's envoy Ana
        Ruiz: '...'" (a live blog's or a caption's form), "A statement from the Irish
        foreign ministry: '...'". Only a short label, the name ending at the colon."""
        text = self.norm
        if text[colon] != ":":
            return None
        named = self.actors.within(max(floor, colon - 160), colon)
        if not named or not _SPACES.fullmatch(text, named[-1].end, colon):
            return None
        last = named[-1]
        opening = last.start
        before = named[-2] if len(named) > 1 else None
        if (
            before
            and before.actor.kind == "country"
            and _SPACES.fullmatch(text, before.end, last.start)
        ):
            opening = before.start  # "the Irish foreign ministry"
        if len(_LETTER_WORD.findall(text, floor, opening)) > 6:
            return None  # a sentence, not a label: "Hollis said in a speech to Ana Ruiz:"
        if last.actor.kind == "person":
            return last.actor
        if _STATEMENT_FROM.search(text, floor, opening):
            return last.actor  # (an office's statement: reader.py gives it to its country)
        return None
