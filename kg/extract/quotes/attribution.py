"""Attribution: who said a quotation, a sieve of rules, most precise first. A speech
verb and a speaker right after the quote; a speaker and verb before it ending in a colon
or comma; the subject of a communication verb in the same sentence for a fragment;
"according to"; "She said:" ending the paragraph before (a resolution's own wording is
wording.py's). Unnamed sources ("a European diplomat said") get no speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.extract.actors import ActorIndex, ActorMention
from kg.extract.lexicon import (
    ADVERBS_BEFORE_VERB,
    COMMUNICATION_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from kg.extract.persons.titles import TITLES
from kg.extract.quotes.context import (
    COUNTRY_VERB,
    PARTICIPLE,
    ROLE_NOUN,
    THE_STATEMENT,
    Context,
)
from kg.extract.quotes.marks import Candidate
from kg.extract.quotes.offices import (
    ENVOY_AFTER,
    ENVOY_THEN_OF,
    THE_OFFICE,
    TO_VERB,
    office_head,
)
from kg.extract.quotes.titled import person_after_role
from kg.extract.quotes.verbs import (
    last_communication_verb,
    last_speech_verb,
    participle_subject,
    verb_words,
)
from kg.extract.spans import near_start
from kg.extract.text import Document, Sentence
from kg.model import ActorRef
from kg.names import fold


def _skip_adverbs(text: str, pos: int) -> int:
    while True:
        match = _SPACED_WORD.match(text, pos)
        if match and match.group(1) in ADVERBS_BEFORE_VERB:
            pos = match.end()
            continue
        return pos


# Read at a position of the whole text (never on a copy of the rest of it).
_SPACED_WORD = re.compile(r"\s+([a-z]+)\b")
_NEXT_WORD = re.compile(r"\s*([a-z]+)\b")
_SPACES = re.compile(r"\s*")


_SPOKESPERSON_FOR = re.compile(
    r"(?i)(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|of|at|from)\s+(?:the\s+)?"
)
_SPOKESPERSON = re.compile(r"(?i)spokes(?:man|woman|person)\b")
_THE_SPOKESPERSON = re.compile(r"(?i)the\s+spokes(?:man|woman|person)\b")
_QUALIFIER_GAP = re.compile(r"(?:'s)?\s{1,2}")
_NAME_AFTER_ROLE = re.compile(r",\s*")
_LEAD = re.compile(r"[,.!?]?\s*")
_HE_SHE = re.compile(r"(he|she)\b")
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b([a-z]+)\b")
_WORD = re.compile(r"[\w'\-]+")
_DASH = re.compile(r"\s*-{1,2}\s*")  # (a dash: the normalised text writes it as hyphens)
_SENTENCE_OR_QUOTE_MARK = re.compile(r"[.!?\"\u201c\u201d]")
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\b(?P<rest>[^.!?\"]{0,80}?)[:,]\s*$")
# "she (also) said", "he said, adding": the pronoun, then at most two words before the verb
_PRONOUN_BEFORE = re.compile(r"\b(he|she|He|She)\s+(?:[a-z]+,?\s+){0,2}$")
_ACCORDING_TO = re.compile(r"(?:according to|in the words of)\s+", re.IGNORECASE)
_IT = re.compile(r"it\b")
_POSSESSED_NOUN = re.compile(r"'s\s+(?P<noun>[a-z]+)\b")
# Read from the end of a reversed text, the last communication verb is the first found.
_VOICING_VERBS = frozenset(("expressed", "voiced", "conveyed"))
_INTRODUCING_VERBS = COMMUNICATION_VERBS | {"released", "issued"}
_STATEMENT_VERBS = SPEECH_VERBS | {"read", "reads"}


# "the diplomat asked": a role standing for the person last named.
_THE_ROLE = re.compile(r"(?i)the\s+" + ROLE_NOUN)
# "the Swedish minister", "the foreign minister": a role with a qualifier
_THE_QUALIFIED_ROLE = re.compile(r"(?i)the\s+[\w.\-]+\s+(?:[\w.\-]+\s+)?" + ROLE_NOUN)
# "the Tánaiste", "the foreign minister" right before a verb (perhaps past an adverb)
_THE_POST = re.compile(
    r"(?:^|(?<=[\s,;]))[Tt]he\s+(?P<post>[^\W\d_][\w.\-]*(?:\s+[^\W\d_][\w.\-]*){0,2}?)"
    r"(?:\s+[a-z]+ly)?\s*$"
)
# what opens a clause of its own inside a sentence: "A said ..., while B ..."
_CLAUSE_OPENS = re.compile(r"(?i)[,;][\"']?\s*(?:while|whereas|but|although|though)\b|;")
_COPULA = re.compile(r"\s+(?:was|is|were|are|as|had\s+been|has\s+been)\b")
_CONJUNCTIONS = frozenset("while whereas but and although though as when after before".split())


# Verbs that name what their object is: the possessed words after them are the object
_NAMING = re.compile(r"(?:called|calls|calling|described|labell?ed|dubbed|termed|branded|deemed)\b")


def _speech_noun(left: str) -> tuple[re.Match[str] | None, int | None]:
    """In the words before a fragment, the last possessed noun of speech ("X's warning
    that ..."; not "X's criticism was a '...'", nor the object of a naming verb: 'called
    X's comments a "rookie mistake"'), and where the last communication verb starts."""
    noun = None
    for m in _POSSESSED_NOUN.finditer(left):
        if m.group("noun") in SPEECH_NOUNS and not _COPULA.match(left, m.end()):
            noun = m
    last_verb = last_communication_verb(left)
    naming = last_communication_verb(left[: noun.start()]) if noun is not None else None
    if naming is not None and _NAMING.match(left, naming):
        return None, naming
    return noun, last_verb


def _post_title(words: str) -> str | None:
    """The title ``words`` name ("foreign minister"), an adjective before it left out
    ("Cuban foreign minister"); None if they name none."""
    if fold(words) in TITLES:
        return words
    qualifier, _, rest = words.partition(" ")
    return rest if rest and qualifier[:1].isupper() and fold(rest) in TITLES else None


def _verb_at(text: str, pos: int, verbs: frozenset[str]) -> int | None:
    """End of a verb from ``verbs`` starting (after spaces) at ``pos``."""
    match = _NEXT_WORD.match(text, pos)
    if match and match.group(1) in verbs:
        return match.end()
    return None


class Attributor(Context):
    def __init__(
        self, doc: Document, actors: ActorIndex, country_of: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(doc, actors, country_of)
        self._according_to: dict[int, re.Match[str] | None] = {}
        self.statement_speakers = {}
        # the speaker of the last quotation attributed, and its paragraph
        self.last_speaker = None

    def speaker_of(
        self, mention: ActorMention | None, pronoun: str | None, at: int
    ) -> tuple[ActorRef | None, str]:
        if pronoun:
            # '"...," a Kremlin spokeswoman said. "...," she added.': the spokeswoman goes on;
            # so does a country's unnamed representative
            para = self.doc.paragraph_at(at)
            if (
                self.last_speaker is not None
                and para is not None
                and self.last_speaker[0] == para.number
                and self.last_speaker[1].kind in ("organization", "country")
            ):
                return self.last_speaker[1], ".pronoun"
            resolved = self.actors.resolve_pronoun(at, pronoun)
            if para is not None and (resolved is None or resolved.start < para.start):
                # 'The representative of X said ... "...," he added.': the unnamed envoy
                envoy = self._envoy_speaking_before(para.start, at)
                if envoy is not None:
                    return envoy, ".pronoun"
            if resolved is not None and self._unnamed_person_since(resolved.end, at):
                return None, ".pronoun"  # 'I asked a European diplomat. "...," she said.'
            return (resolved.actor if resolved else None), ".pronoun"
        return (mention.actor if mention else None), ""

    def _envoy_speaking_before(self, floor: int, at: int) -> ActorRef | None:
        """The country whose unnamed envoy is the subject of the last speech verb between
        ``floor`` (the paragraph's start) and ``at``, where no person is named after it."""
        text = self.norm
        verb = None
        floor = near_start(text, floor, at, 400)  # (a bound: a paragraph may be long)
        for m in _LOWER_WORD.finditer(text, floor, at):
            if m.group(1) in SPEECH_VERBS or m.group(1) in _VOICING_VERBS:
                verb = m  # ("China's representative expressed deep disappointment.")
        if verb is None or any(
            m.actor.kind == "person" for m in self.actors.within(verb.start(), at)
        ):
            return None
        return self.envoy_country(floor, verb.start())

    def after(self, cand: Candidate, limit: int) -> tuple[ActorRef | None, str] | None:
        """Speaker named right after the closing mark: ', said X', ', X said',
        ', Kremlin spokesman X told reporters', ', Slovenia's deputy ambassador, X, said'."""
        text = self.norm
        close = cand.spans[0].close  # an interrupted quote names its speaker at the break
        if len(cand.spans) > 1:
            limit = cand.spans[1].open
        pos = close + 1
        lead = _LEAD.match(text, pos, limit)
        if lead:
            pos = lead.end()
        signed = self._signed(cand, close)
        if signed is not None:
            return signed, "quote.speaker-after.dash"
        # the sentence ends inside the mark ('... it."') or just after it ('... "a sham".')
        ended = (
            text[close - 1 : close] in (".", "!", "?") and text[close + 1 : close + 2] != ","
        ) or text[close + 1 : close + 2] in (".", "!", "?")
        if ended and text[pos : pos + 1].isupper():
            return None  # the quotation closed its sentence; what follows is a new one
        verb_end = _verb_at(text, pos, SPEECH_VERBS)
        if verb_end is not None:
            return self._after_verb(cand, verb_end)
        short = self.short_body(pos)
        if short is not None and _verb_at(text, _skip_adverbs(text, short[1]), SPEECH_VERBS):
            return short[
                0
            ], "quote.speaker-after.short-body"  # "'...,' a Commission spokesman said"
        the_spokesperson = _THE_SPOKESPERSON.match(text, pos) or THE_OFFICE.match(text, pos)
        if the_spokesperson and _verb_at(text, the_spokesperson.end(), SPEECH_VERBS) is not None:
            # "'...,' the spokeswoman said", "'...,' the ministry said"
            return self._last_office(pos, office_head(the_spokesperson)), (
                "quote.speaker-after.spokesperson"
            )
        statement = THE_STATEMENT.match(text, pos)
        if statement is not None and _verb_at(
            text, _skip_adverbs(text, statement.end()), _STATEMENT_VERBS
        ):
            # "'...,' the statement said": whoever issued the statement named before
            return self.statement_source(pos), "quote.speaker-after.statement"
        if _IT.match(text, pos) and _verb_at(text, _skip_adverbs(text, pos + 2), SPEECH_VERBS):
            # "'...,' it said in a statement": the body or country speaking in the paragraph
            return self._it_speaker(pos), "quote.speaker-after.it"
        pron = _HE_SHE.match(text[pos : pos + 4].lower())
        if pron:
            end = _skip_adverbs(text, pos + len(pron.group(1)))
            if _verb_at(text, end, SPEECH_VERBS) is not None:
                actor, _ = self.speaker_of(None, pron.group(1), cand.open)
                return actor, "quote.speaker-after.pronoun"
            return None
        first = _NEXT_WORD.match(text, pos)
        if first is not None and first.group(1) in _CONJUNCTIONS:
            return None  # '"...," while X said': another clause, another speaker
        return self._subject_after(pos, limit)

    def _signed(self, cand: Candidate, close: int) -> ActorRef | None:
        """A quotation that opens its paragraph signed after a dash, as reaction roundups
        and live blogs print it: '"..." - Ana Ruiz, Sweden's ambassador'; the signature ends
        the paragraph and says nothing itself."""
        text = self.norm
        dash = _DASH.match(text, close + 1)
        para = self.doc.paragraph_at(cand.open)
        if dash is None or para is None or para.start != cand.open:
            return None
        signature = text[dash.end() : para.end]
        words = _LOWER_WORD.findall(signature)
        if len(signature.split()) > 20 or any(w in COMMUNICATION_VERBS for w in words):
            return None
        person = person_after_role(text, self.actors, dash.end()) or self.actors.starting_at(
            dash.end()
        )
        return person.actor if person is not None and person.actor.kind == "person" else None

    def _subject_after(self, pos: int, limit: int) -> tuple[ActorRef | None, str] | None:
        """ ", <role>, X, told" / ", X, <appositive>, said" after a quote (from ``pos``):
        the verb of speech, then its subject."""
        text = self.norm
        window = self.doc.masked[pos : min(limit, pos + 220)]
        stop = _SENTENCE_OR_QUOTE_MARK.search(window)  # past one, a verb is not the speaker's
        words = _LOWER_WORD.finditer(window, 0, stop.start() if stop else len(window))
        verb = next((m for m in words if m.group(1) in SPEECH_VERBS), None)
        if verb is None:
            return None
        verb_at = pos + verb.start()
        serving = self._person_by_country_role(pos, verb_at)
        if serving is not None:
            return serving, "quote.speaker-after.role"  # '"...," the Russian diplomat said'
        envoy = self.envoy_country(pos, verb_at)  # ', Britain's delegate said'
        if envoy is not None:
            named_next = self.named_next(pos, verb_at, envoy.name)
            if named_next is not None:
                return named_next, "quote.speaker-after.named-next"
            return envoy, "quote.speaker-after.envoy"
        role = _THE_ROLE.match(text, pos, verb_at)
        if role is not None and TO_VERB.fullmatch(text, role.end(), verb_at):
            named = self._last_person(pos)  # '"...?" the diplomat asked'
            named_next = self.named_next(pos, verb_at, None)
            if named_next is not None and (named is None or not self._holds(named, role)):
                return named_next, "quote.speaker-after.named-next"
            return (named.actor if named else None), "quote.speaker-after.role"
        qualified = _THE_QUALIFIED_ROLE.match(text, pos, verb_at)
        if qualified is not None:
            # '"...," the Swedish minister told reporters.' then the next paragraph names her
            country = next(
                (
                    m.actor.name
                    for m in self.actors.within(pos, verb_at)
                    if m.actor.kind == "country"
                ),
                None,
            )
            named_next = self.named_next(pos, verb_at, country)
            last = self._last_person(pos)
            if named_next is not None and (last is None or not self._holds(last, qualified)):
                return named_next, "quote.speaker-after.named-next"
            post = text[qualified.start() + 4 : qualified.end()]  # (after "the ")
            holder = self.holder_of(post, pos) if country is None else None
            if holder is not None and TO_VERB.fullmatch(text, qualified.end(), verb_at):
                return holder, "quote.speaker-after.post"  # '"...," the foreign minister said'
        subject = self.actors.clause_subject(verb_at, pos)
        if subject is None or subject.actor.kind == "country":
            return None
        lead_words = _WORD.findall(text, pos, subject.start)
        if len(lead_words) > 7:
            return None
        return subject.actor, "quote.speaker-after"

    def _holds(self, named: ActorMention, role: re.Match[str]) -> bool:
        """Whether the sentence naming ``named`` gives them the role "the diplomat" names."""
        sentence = self.doc.sentence_at(named.start)
        noun = fold(role.group(0)).split()[-1].rstrip("s")
        if sentence is None:
            return False
        return noun in self.norm[sentence.start : sentence.end].lower()

    def _after_verb(self, cand: Candidate, verb_end: int) -> tuple[ActorRef | None, str] | None:
        """The speaker named after a speech verb right after the quote: ", said Karoline
        Leavitt", "wrote Senator John Curtis", ", said she"."""
        text = self.norm
        subj_pos = _SPACES.match(text, verb_end).end()  # type: ignore[union-attr]
        mention = self._mention_at(subj_pos)
        if mention is None or mention.actor.kind == "country":
            # '"...," said the (Danish) ambassador.' then the next paragraph names them
            country = mention.actor.name if mention is not None else None
            named_next = self.named_next(subj_pos, None, country)
            if named_next is not None:
                return named_next, "quote.speaker-after.named-next"
        if mention is not None:
            return mention.actor, "quote.speaker-after"
        office = self.spokesman_office(subj_pos)
        if office is not None:
            return office, "quote.speaker-after.office"
        pron = _HE_SHE.match(text[subj_pos : subj_pos + 4].lower())
        if pron:
            return self.speaker_of(None, pron.group(1), cand.open)[0], "quote.speaker-after.pronoun"
        return None

    def _mention_at(self, pos: int) -> ActorMention | None:
        """The speaker named at ``pos`` (after "said"): a person or a body speaking
        through its spokesperson; not a country."""
        text = self.norm
        lead = _ARTICLE.match(text[pos : pos + 6])
        at = pos + (lead.end() if lead else 0)
        titled = person_after_role(self.norm, self.actors, at)
        if titled is not None:
            return titled  # "said senior fellow Irene Corandahl", "said White House aide X"
        mention = self.actors.starting_at(at, slack=1)
        short = self.short_body(pos) if mention is None else None
        if short is not None:
            return ActorMention(pos, short[1], short[0])  # "said a Commission spokeswoman"
        if mention is None and lead and lead.group(0).lower().startswith("the"):
            office = _SPOKESPERSON.match(text, at) or THE_OFFICE.match(text, pos)
            if office is not None:
                # "'...,' said the spokeswoman", "according to the ministry"
                ref = self._last_office(at, office_head(office))
                return ActorMention(at, office.end(), ref) if ref is not None else None
        envoy_of = ENVOY_THEN_OF.match(text, pos)
        if envoy_of is not None:
            country = self.actors.starting_at(envoy_of.end(), slack=1)
            if country is not None and country.actor.kind == "country":
                return country  # "said the representative of X"
        envoy = (
            ENVOY_AFTER.match(text, mention.end, mention.end + 60)
            if mention is not None and mention.actor.kind == "country"
            else None
        )
        if mention is not None and envoy is not None:
            # "said Britain's representative"; "said Nepal's ambassador, Ram Thapa": the
            # envoy named after the comma, or right after the role ("said French envoy X")
            named = _NAME_AFTER_ROLE.match(text, envoy.end()) or _SPACES.match(text, envoy.end())
            person = self.actors.starting_at(named.end(), slack=0) if named else None
            return person if person is not None and person.actor.kind == "person" else mention
        if mention is None:
            # "said a spokeswoman for the Kremlin": the body speaks
            spoke = _SPOKESPERSON_FOR.match(text, at)
            body = self.actors.starting_at(spoke.end(), slack=1) if spoke else None
            return body if body is not None and body.actor.kind == "organization" else None
        if mention.actor.kind == "country":
            # "said Armenian Foreign Minister Aisha Caserhardt": the country qualifies the speaker
            after = _QUALIFIER_GAP.match(text, mention.end)
            following = self.actors.starting_at(after.end(), slack=0) if after else None
            if following is None or following.actor.kind == "country":
                return None
            return following
        if mention.actor.kind == "organization":
            # "said a State Department spokesman": the body speaks through its spokesperson
            return mention
        if lead and lead.group(0).lower().startswith("a"):
            return None
        return mention

    def before(self, cand: Candidate) -> tuple[ActorRef | None, str] | None:
        """Speaker and verb before the quote, ending in a colon or comma."""
        text = self.norm
        sentence = self.doc.sentence_at(cand.open)
        para = self.doc.paragraph_at(cand.open)
        floor = sentence.start if sentence else (para.start if para else 0)
        start = near_start(text, floor, cand.open, 240)  # a verb, then at most 80 characters
        left = text[start : cand.open]
        if left.rstrip()[-1:] not in (":", ","):
            return None  # what the pattern ends in: read first, as most quotes fail here
        if "put" in left:
            put_it = self._put_it(start, cand.open)  # "As Ana Ruiz put it in a note, '...'"
            if put_it is not None:
                return put_it
        match = _VERB_BEFORE.search(left)
        if match is None or match.group("verb") not in SPEECH_VERBS:
            labelled = self._label_before(floor, start + len(left.rstrip()) - 1)
            if labelled is not None:
                return labelled, "quote.speaker-before.label"
        if match and match.group("verb") in SPEECH_VERBS:
            verb_at = start + match.start("verb")
        else:
            # the first lower-case word is no verb ("the representative of X said:"): the
            # last verb of speech within the pattern's reach
            last = last_speech_verb(left[-(len(match.group(0)) if match else 0) :])
            if match is None or last is None:
                colon = start + len(left.rstrip()) - 1
                introduced = self.colon_subject(floor, colon) if text[colon] == ":" else None
                # "Ana Ruiz was blunt: '...'", "His message: '...'"
                return (introduced, "quote.speaker-before.colon") if introduced else None
            verb_at = start + len(left) - len(match.group(0)) + last
        actor, rule = self._subject_of(verb_at, floor)
        if actor is None:
            return None
        return actor, "quote.speaker-before" + rule

    def _subject_of(self, verb_at: int, floor: int) -> tuple[ActorRef | None, str]:
        text = self.norm
        start = near_start(text, floor, verb_at, 120)  # "she" and at most two words
        window = text[start:verb_at]
        # the pronoun ends one of the last three words, or the pattern cannot match
        last_words = window.rsplit(None, 3)[-3:]
        pron = (
            _PRONOUN_BEFORE.search(window)
            if any(w.endswith(("he", "He")) for w in last_words)
            else None
        )
        envoy = self.envoy_country(floor, verb_at) or self.spokesperson_before(floor, verb_at)
        if envoy is not None:
            return envoy, ".envoy"
        post = _THE_POST.search(window)
        title = _post_title(post.group("post")) if post is not None else None
        if post is not None and title is not None:
            # "The Tánaiste said:", "the Cuban foreign minister said: '...'": the person
            # named with that post before
            # (by the post as written: "the Peruvian foreign minister" is not a Cuban one)
            holder = self.holder_of(post.group("post"), start + post.start())
            if holder is not None:
                return holder, ".post"
        subject = self.actors.clause_subject(verb_at, floor)
        if pron and (subject is None or subject.start < start + pron.start()):
            return self.speaker_of(None, pron.group(1), start + pron.start())
        if subject is None:
            return None, ""
        main = participle_subject(self.actors, text, verb_at, floor, subject)
        return main or subject.actor, ""

    def _according(self, sentence: Sentence) -> re.Match[str] | None:
        """Where "according to" ends in ``sentence`` (sought once per sentence)."""
        if sentence.start not in self._according_to:
            self._according_to[sentence.start] = _ACCORDING_TO.search(
                self.norm[sentence.start : sentence.end]
            )
        return self._according_to[sentence.start]

    def _according_speaker(
        self, cand: Candidate, sentence: Sentence, left: str
    ) -> tuple[ActorRef | None, str] | None:
        """The speaker "according to" names in the sentence of a fragment: a person or
        body, an office's statement, or the statement named before."""
        text = self.norm
        according = self._according(sentence)
        if according is None:
            return None
        after = sentence.start + according.end()
        said = last_communication_verb(left) is not None
        if sentence.start + according.start() > cand.close and said:
            return None  # 'X said the vote was "...", according to Interfax': X's
        mention = self._mention_at(after)
        if mention is not None:
            return mention.actor, "quote.according-to"
        office = self.office_after(after, sentence.end)
        if office is not None:  # "according to a statement from the X mission"
            return office, "quote.according-to.office"
        if THE_STATEMENT.match(text, after):
            source = self.statement_source(after)
            if source is not None:  # "according to the statement, the text was '...'"
                return source, "quote.according-to.statement"
        return None

    def embedded(self, cand: Candidate) -> tuple[ActorRef | None, str] | None:
        """A fragment inside narration: the subject of the nearest communication verb."""
        text = self.norm
        sentence = self.doc.sentence_at(cand.open)
        if sentence is None:
            return None
        # The nearest verb or noun of speech, read within a few hundred characters.
        floor = near_start(text, sentence.start, cand.open, 400)
        left = text[floor : cand.open]
        according = self._according_speaker(cand, sentence, left)
        if according is not None:
            return according
        if "put" in left:
            put_it = self._put_it(floor, cand.open)  # "As Ana Ruiz put it, the vote was '...'"
            if put_it is not None:
                return put_it
        noun, last_verb = _speech_noun(left)
        if noun is not None and (last_verb is None or last_verb <= noun.start("noun")):
            owner = self.actors.within(sentence.start, floor + noun.start() + 2)
            if owner:
                return owner[-1].actor, "quote.embedded.speech-noun"
        if last_verb is None:
            # 'X justified the abstention and "urged all sides ..."': the quotation opens
            # with the verb of speech; its clause's subject is the speaker
            opening = _NEXT_WORD.match(text, cand.open + 1)
            if opening is None or opening.group(1) not in COMMUNICATION_VERBS:
                return None
            subject = next(
                (
                    m
                    for m in self.actors.within(sentence.start, cand.open)
                    if m.actor.kind == "person" and self.actors.is_subject_position(m)
                ),
                None,
            )
            return (subject.actor, "quote.embedded.quoted-verb") if subject else None
        verb_at = floor + last_verb
        actor, rule = self._subject_of(verb_at, sentence.start)
        if actor is not None and actor.kind == "country":
            # "Peskov said Moscow had noted that ... '...'": the country is its own spokesman's
            # subject; the words quoted are the spokesman's
            outer = self._reporting_person(sentence.start, verb_at, actor.name)
            if outer is not None:
                return outer, "quote.embedded.reported"
        if actor is None:
            # a participle clause ("..., claiming the talks were 'going very well'"): the
            # subject of its clause ("..., while B joined others in describing it as '...'")
            opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, sentence.start, verb_at)]
            named = [
                m
                for m in self.actors.within(opens[-1] if opens else sentence.start, verb_at)
                if self.actors.is_subject_position(m) and not self.actors.is_possessor(m)
            ]
            first = [m for m in named if m.actor.kind != "country"] or [
                m
                for m in named[:1]
                if COUNTRY_VERB.match(text, m.end) and PARTICIPLE.match(text, verb_at)
            ]
            if first:
                return first[0].actor, "quote.embedded.clause-subject"
            return None
        return actor, "quote.embedded" + rule

    def _reporting_person(self, floor: int, at: int, country: str) -> ActorRef | None:
        """The person of ``country`` who is the subject of a speech verb between ``floor``
        and ``at`` (the one reporting what their country said), if any."""
        text = self.norm
        for m in _LOWER_WORD.finditer(text, floor, at):
            if m.group(1) not in SPEECH_VERBS:
                continue
            subject = self.actors.clause_subject(m.start(), floor)
            if (
                subject is not None
                and subject.actor.kind == "person"
                and self.country_of.get(subject.actor.name) == country
            ):
                return subject.actor
        return None

    def colon_paragraph(self, index: int, quote_only: bool = False) -> ActorRef | None:
        """ "She said:" ending the paragraph before paragraph ``index`` introduces its quote;
        so does a last sentence "Ana Ruiz explained her vote." before a paragraph that is a
        quotation only (``quote_only``), where that paragraph quotes no one."""
        if index <= 0:
            return None
        doc = self.doc
        prev = doc.paragraphs[index - 1]
        text = doc.norm[prev.start : prev.end]
        if not text.rstrip().endswith((":", "that,")):  # (and "told Reuters that,")
            last = doc.sentence_at(prev.end - 1)
            if not quote_only or last is None or '"' in text or prev.heading:
                return None
            text = " " * (last.start - prev.start) + doc.norm[last.start : prev.end]
        verbs = verb_words(text, _INTRODUCING_VERBS)
        if not verbs:
            return None
        verb_at = prev.start + verbs[-1].start()
        sentence = doc.sentence_at(verb_at)
        actor, _ = self._subject_of(verb_at, sentence.start if sentence else prev.start)
        return actor
