"""Pass 7, roles: what a holder's role adds to the stances read from their words.

- An envoy (or a country's own statement) speaking on a vote their country cast against
  the text or abstained on explains, so supports, that vote ("we abstained because",
  "Athens abstained because"), unless the words put the explanation off or regret the
  vote.
- An attack on the text voted on is an attack on its drafters' position (read from the
  article by ``stance_drafters``); with no voter named and no drafter known, it
  targets no one. A drafter's envoy introducing or praising the text supports every
  drafter.
- A quoted sentence reporting two or more countries voting one way, in a clear tone,
  judges each of those votes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.lexicon import COMMUNICATION_VERBS
from kg.extract.patterns import Folded, lowered
from kg.extract.stance_cues import BECAUSE
from kg.extract.stance_polarity import ABOUT_THE_VOTE, broad_polarity, lexicon_leaning, polarity
from kg.extract.stance_predicates import regret_of_others, text_attacked, text_only_as_object
from kg.extract.stance_targets import TargetReader
from kg.extract.stance_units import Read, Unit
from kg.extract.text import normalise
from kg.extract.votes import ClaimEvidence
from kg.extract.votes.phrases import clause_option
from kg.model import Polarity, ResolutionRef

_OWN_VOTE = re.compile(
    r"(?i)\b(?P<who>we|[A-Z](?:[\w'\- ]|\.(?!\s)){1,30}?)"
    # "Malta, like France and Slovenia, had backed": the partners set off by commas
    r"(?:\s*,\s*(?:like|as\s+did|along\s+with|together\s+with|alongside)\s+[^.]{1,60}?,)?"
    r"\s+(?:also\s+|had\s+|has\s+)?"
    # "we therefore oppose this resolution": the reasons stand before it
    r"(?P<verb>(?:therefore|thus|hence|accordingly)\s+(?:oppose|reject|support|back)\w*"
    r"(?=\s+(?:the|this|that|its|their)\s+(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\b)|"
    # "said his country had done so because ...": the vote just named
    r"(?:(?:had|has)\s+)?done\s+so|abstained|refrained\s+from\s+voting|voted\s+"
    r"(?:for|against|yes|no|in\s+favou?r)|cho(?:se|sen)\s+to\s+abstain|"
    r"(?:would|will)\s+(?:vote\s+(?:for|against|yes|no|in\s+favou?r)|abstain)|"
    # "her country had been proud to vote in favour", "we were glad to support it"
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:proud|pleased|happy|glad)\s+to\s+"
    r"(?:have\s+)?(?:vot(?:e|ed)\s+(?:for|against|yes|no|in\s+favou?r)|abstain(?:ed)?|"
    r"support(?:ed)?|back(?:ed)?|co-?sponsor(?:ed)?)|(?:could|can|did|would|will)\s*(?:not|n't)\s+"
    r"(?:support|back|vote\s+for)|(?:supported|backed|opposed)(?=\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w'\-]+\s+)?(?:text|draft|resolution|motion)\b))\b(?P<rest>[^.]*)"
)
# The speaker's own side as the subject of a vote ("we", reported: "said his country")
_SELF_REFERENCE = re.compile(
    r"(?i)(?:^|\s)(?:we|it|(?:his|her|its|our|their|the)\s+(?:country|delegation|government))$"
)
_TEXT_NOUN = Folded(  # (a mandate's "extension" or "renewal" is what its draft does;
    # "Ukraine's resolution" is its drafter's)
    r"(?i)\b(?:a|the|this|that|its|[\w.]+['’]s)\s+(?:[\w'\-]+\s+){0,2}?(?:text|draft|resolution|motion|"
    r"extension|renewal)\b",
    needs=("text", "draft", "resolution", "motion", "extension", "renewal"),
)
# A text named by what it is called: "terming it", "calling it", "describing it as"
_CALLED_IT = Folded(
    r"\b(?:term(?:ed|ing)|call(?:ed|ing)|describ(?:ed|ing)|brand(?:ed|ing)|dubb(?:ed|ing))\s+"
    r"(?:it|the\s+(?:text|draft|resolution))\s+(?:as\s+)?[\"“]"
)
_ANNOUNCED = re.compile(
    r"(?is)\W*the\s+(?:draft\s+)?(?:resolution|decision|text|motion|amendment)\b.{0,80}?\b(?:is|are)\s+"
    r"(?:therefore\s+|hereby\s+|thus\s+)?(?:adopted|rejected|carried|not\s+adopted)\W*"
)
_REFUSED = re.compile(r"(?i)(?:\bnot|\bcannot|n't)\s+(?:support|back|vote)")
# Words of regret about one's own country's vote ("it was a mistake", "we should have"):
# the criticism is then of the vote itself, not of the text voted on.
_SELF_CRITICAL = Folded(
    r"(?i)\b(?:mistak(?:e|en|enly)|regret(?:s|ted|table)?|error|erroneous(?:ly)?|wrongly|"
    r"apologi[sz](?:e|ed|es)|should\s+have|ought\s+to\s+have)\b"
)
# "before the vote", "after Friday's vote": when, not what, is judged
_TIME_OF_VOTE = re.compile(
    r"(?i)\b(?:before|after|ahead\s+of|during|since|following)\s+(?:the|this|[\w']+'s)\s+vote\b"
)
# Putting the explanation off or declining to give one: "we will set out our reasons in
# writing", "declined to elaborate"
_EVASIVE = Folded(
    r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+to\s+(?:comment|elaborate|explain|say)\b"
    r"|\bno\s+comment\b|\b(?:set\s+out|explain|give|share|provide)\s+(?:our|its|their|the)\s+"
    r"(?:\w+\s+)?(?:reasons|explanation|position)\s+(?:\w+\s+){0,4}?"
    r"(?:later|in\s+writing|in\s+due\s+course|another\s+time)\b"
)
# Voters spoken of at large ("countries who disrespect us", "those that voted for it"):
# criticism of them is not an attack on the text
_VOTERS_AT_LARGE = Folded(
    r"\b(?:countries|nations|states|members|governments|those)\s+(?:who|that|which)\b|"
    r"\b(?:some|several|certain|a\s+few)\s+(?:\w+\s+)?(?:countries|nations|states|members|"
    r"governments|partners|friends|delegations)\b"
)
# Texts in the plural: "such resolutions", "both texts", "the two drafts"
_SEVERAL_TEXTS = Folded(r"\b(?:resolutions|texts|drafts)\b")
# The unit is an explanation of vote: "speaking in explanation of vote", "explaining its
# position"
_IN_EXPLANATION = Folded(
    r"\bexplanation\s+of\s+(?:vote|position)|\bexplaining\s+(?:its|his|her|their|the)\s+"
    r"(?:vote|position|abstention)"
)
# "voted against a resolution that would not have brought peace closer": the fault found
# in the text voted against is the reason
_FAULTED_OBJECT = re.compile(
    r"(?i)\s*(?:a|the|this|that)\s+(?:[\w'’-]+\s+)?(?:text|draft|resolution|motion)\s+"
    r"(?:that|which)\s+(?:would|did|does|could|will|can)\s*(?:not|n't|never)\b"
)
_POSSESSIVE_PRONOUNS = frozenset(("its", "his", "her", "their", "our"))
# A vote explained or justified by whose it is: "explained London's abstention", "justified
# his country's vote against the text", "explaining its decision to abstain"
_EXPLAINED_VOTE = Folded(
    r"\b(?:explain(?:ed|s|ing)?|justif(?:y|ied|ies|ying))\s+(?P<whose>(?:the\s+)?[\w.\-]+"
    r"(?:\s+[\w.\-]+)?)(?:['’]s?)?\s+(?:(?:yes|no|negative|affirmative)\s+)?(?:vote|abstention|veto|"
    r"decision\s+to\s+(?:abstain|veto|vote|support|back|oppose|reject))\b"
)
# "Introducing the draft", "introduced the resolution": the speaker presents the text
_INTRODUCING = Folded(
    r"\b(?:introduc(?:ed|ing|es)|present(?:ed|ing|s)|tabl(?:ed|ing)|(?:introduction|presentation)"
    r"\s+of)\s+(?:the|a|this|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|motion)\b"
)
# A word _OWN_VOTE's verb opens on, in lowered text: where none occurs (and the text is
# ASCII, so that lowering is case folding) no phrase can.
_OWN_VOTE_VERB = re.compile(
    r"abstained|refrained\s+from\s+voting|voted\s|done\s+so|therefore\s|thus\s|hence\s|accordingly\s|"
    r"cho(?:se|sen)\s+to\s+abstain|(?:not|n't)\s+(?:support|back|vote)|"
    r"(?:proud|pleased|happy|glad)\s+to\s|(?:would|will)\s+(?:vote|abstain)|"
    r"(?:supported|backed|opposed)\s"
)


# An envoy speaking of their own country's yes: "said the vote reflects our resolve",
# "Chile's vote today returns it to ...", "we voted in favour because ..."
_OWN_YES = re.compile(
    r"\b(?:our|its|his|her|their)\s+(?:country's\s+|government's\s+|delegation's\s+)?"
    r"(?:vote|support)\b|\b[A-Z][\w.]*['’]s\s+vote\b|\bthe\s+vote\s+[\"“]?(?:reflects|reflected|"
    r"shows|showed|demonstrates|demonstrated|signals|signal+ed|underlines|underscores|confirms|"
    r"confirmed)\b|\b(?:we|it|he|she|they)\s+(?:had\s+)?(?:voted\s+(?:in\s+favou?r|for|yes)|"
    r"supported\s+the\s+(?:resolution|text|draft))\b"
)


# A country that took no part in the vote, explained: "did not participate in the vote
# because the text ...", "chose not to take part"
_SAT_OUT = re.compile(
    r"\b(?:did\s+not|didn't|chose\s+not\s+to|decided\s+not\s+to|would\s+not)\s+"
    r"(?:participate|take\s+part)\s+in\s+the\s+vot(?:e|ing)\b"
)


def _on_a_vote(unit: Unit) -> bool:
    """Words of a vote or of a text voted on, spoken (a head of government speaking of
    them speaks for their government; one who "took flak after his country abstained"
    says nothing)."""
    text = unit.text
    found = [m.end() for m in (ABOUT_THE_VOTE.search(text), _TEXT_NOUN.search(text)) if m]
    if not found:
        return False
    # (a verb of saying before the words of the vote: "defended the abstention", "said the
    # vote was right"; not the text's "urging" in "abstained from urging Russia")
    said = _WORD.findall(lowered(text[: min(found)]))
    return unit.quote is not None or not COMMUNICATION_VERBS.isdisjoint(said)


_WORD = re.compile(r"[a-z]+")


def _self_critical(text: str) -> bool:
    """Words of regret about one's own vote, not regret at what others did ("we regret
    that the sponsors refused ...")."""
    return _SELF_CRITICAL.search(text) is not None and not regret_of_others(text)


class _Side(NamedTuple):
    """The holder's side of a vote: their country, how it voted, who drafted the text."""

    own: str | None
    option: str | None
    drafters: list[str]
    ref: ResolutionRef | None
    cue: str
    named: frozenset[str]  # the voters the unit names, the holder's own country left out

    @property
    def against(self) -> bool:
        return self.option in ("no", "abstain")


class RoleReader(TargetReader):
    """Units, their targets, and what the holders' roles add."""

    def _speaks_for(self, unit: Unit) -> str | None:
        """The country whose government the holder speaks for: a country itself, or a
        person in an envoy's role."""
        holder = unit.holder
        if holder.kind == "country":
            return holder.name
        if holder.kind == "person" and holder.name in self.envoys:
            return self.holder_country.get(holder.name)
        if holder.kind == "person" and holder.name in self.leaders and _on_a_vote(unit):
            return self.holder_country.get(holder.name)  # a head of government on a vote
        return None

    def _explained(self) -> list[Read]:
        """An explanation of vote by an envoy ("Explanation of vote by Ambassador X"): their
        support of their own country's vote, on each text the article has it voting on,
        else on the one the statement speaks of."""
        found = self.explained_vote()
        if found is None:
            return []
        envoy, named, start, end = found
        own = self.holder_country.get(envoy.name) or named
        if own is None:
            return []
        unit = Unit(envoy, start, end, self.doc.norm[start:end])
        refs = {c.resolution.key: c.resolution for c in self.claims if c.country == own}
        if not refs:
            ref = self.ctx.primary or self._resolution_for(unit, own)  # (the article's vote)
            refs = {ref.key: ref} if ref is not None else {}
        return [
            self._stance(unit, "supports", own, "explanation of vote", ref)._replace(role="own")
            for ref in refs.values()
        ]

    def _role_polarity(self, unit: Unit, own: str | None) -> tuple[Polarity | None, str]:
        """The side a unit takes: its camp's, else its words' (broadly read for a government)."""
        if unit.fixed is not None:
            return unit.fixed
        if own is None:
            pol, cue, _ = self.doc.once(polarity, unit.text)
            return pol, cue
        return self.doc.once(broad_polarity, unit.text)

    def _by_role(self, unit: Unit, base: list[Read], own_voter: str | None = None) -> list[Read]:
        """What the holder's role adds to the stances read from their words.

        - An attack on the text voted on (no other voter named) is an attack on its
          drafters' position; with no drafter named, it targets no one. Praise of the
          text, likewise, supports its drafters, not a voter that voted it down.
        - An envoy (or the country itself) speaking on a vote their country cast
          against the text or abstained on explains, so supports, that vote; one whose
          country drafted the text and who introduces or praises it supports every
          drafter.
        """
        if (unit.fixed is not None and not unit.camp) or _self_critical(unit.text):
            return base  # an attitude noun, or regret (a judgement of the own vote): as read
        own = self._speaks_for(unit)
        pol, cue = self._role_polarity(unit, own)
        if (
            pol is None
            and (self.drafters or own is not None)  # (else it would change nothing)
            and (
                self.doc.once(text_attacked, unit.text)
                # (the narration around a quotation: 'spoke out against the text: "..."')
                or (
                    unit.quote is not None
                    and self.doc.once(text_attacked, self.doc.norm[unit.start : unit.end])
                )
            )
        ):
            pol, cue = "criticizes", "attacks the text"  # "called the draft a sham"
        if pol is None and unit.quote is not None and _CALLED_IT.search(unit.text):
            # 'opposed the resolution, terming it "a further case of ..."': the fragment is
            # what the text is called, read at a fragment's bar
            pol = self.doc.once(lexicon_leaning, unit.quote.text)
            cue = "attacks the text" if pol == "criticizes" else unit.quote.text
        if pol is None and own is None and not self._introduces(unit):
            return base  # no side taken, and no government's vote to explain
        ref = base[0].resolution if base else self._resolution_for(unit, own)
        side = _Side(
            own=own,
            option=self._option_of(own, ref) if own else None,
            drafters=self._drafters_of(ref),
            ref=ref,
            cue=cue,
            named=frozenset({r.voter for r in base if not r.focal} - {own}),
        )
        promoted = self._introduced(unit, pol, side, base)
        if promoted is not None:
            return promoted
        if own is not None:
            # a government's critical words are not about its own vote unless it regrets it
            base = [r for r in base if not (r.voter == own and r.polarity == "criticizes")]
        # "the vote was a disgrace", "could vote for a text that ...": a judgement of a vote
        of_vote = ABOUT_THE_VOTE.search(_TIME_OF_VOTE.sub(" ", unit.text)) is not None
        on_text = cue == "attacks the text" or (
            not of_vote
            and _TEXT_NOUN.search(unit.text) is not None
            and not text_only_as_object(unit.text)  # "those who blocked this text"
        )
        if (
            pol == "supports"
            and side.drafters
            and own not in side.drafters
            and self.doc.once(text_attacked, unit.text)
        ):
            # "defended the veto, saying the draft was one-sided", "thanked those who voted
            # the motion down, which he called meddling": support for the votes, and an
            # attack on the text's drafters
            skip = side.named | {own or ""}
            return base + self._drafter_stances(unit, side, "criticizes", skip)
        if pol == "criticizes" and side.option != "yes" and own not in side.drafters:
            if not side.named and (
                on_text or (side.against and not _VOTERS_AT_LARGE.search(unit.text))
            ):
                return self._attack_on_text(unit, base, side, own_voter is None)
            if on_text and own not in side.drafters:
                # "rejects this shameful resolution" while blaming a named voter too
                return base + self._drafter_stances(unit, side, "criticizes", side.named)
        if (
            pol == "supports"
            and on_text
            and not side.named
            and side.option != "no"  # ("we abstained, though we endorse its content")
            and own not in side.drafters
        ):
            return self._praise_of_text(unit, base, side)
        if own is None or side.named or any(r.voter == own for r in base):
            return base
        quoted = unit.quote is not None and unit.quote.partial and _TEXT_NOUN.search(unit.text)
        if pol is None and own in side.drafters and unit.quote is not None and quoted:
            # a drafter's envoy: 'described the draft as "simple and fair"'
            pol = self.doc.once(broad_polarity, unit.quote.text)[0]
        return self._own_side(unit, base, side, pol)

    def _attack_on_text(self, unit: Unit, base: list[Read], side: _Side, own: bool) -> list[Read]:
        """ "This text rewards aggression": its drafters, and the voter the article is
        about unless it voted the text down too or abstained on it; an envoy whose
        country voted against it or abstained defends that vote (``own``: unless the unit
        already says so)."""
        out = [
            r
            for r in base
            if r.polarity != "criticizes"
            or (
                r.focal
                and not side.drafters  # (with drafters named, the attack is theirs only)
                and r.voter != side.own
                and self._option_of(r.voter, r.resolution) not in ("no", "abstain")
            )
        ]
        out += self._drafter_stances(unit, side, "criticizes", frozenset({side.own or ""}))
        if side.own and own and side.against:
            out.append(
                self._stance(unit, "supports", side.own, side.cue, side.ref)._replace(role="own")
            )
        return out

    def _praise_of_text(self, unit: Unit, base: list[Read], side: _Side) -> list[Read]:
        """ "Welcomed the adoption of the resolution": its drafters; not a voter the
        article has voting against it or not voting on it, which the focal default may
        have picked."""
        out = [r for r in base if not (r.focal and self._option_of(r.voter, r.resolution) != "yes")]
        return out + self._drafter_stances(unit, side, "supports", frozenset())

    def _own_side(
        self, unit: Unit, base: list[Read], side: _Side, pol: Polarity | None
    ) -> list[Read]:
        """An envoy explaining their country's vote against the text or abstention, or
        introducing or praising the text their country drafted."""
        if _EVASIVE.search(unit.text) or (
            unit.quote is not None and _ANNOUNCED.fullmatch(unit.quote.text) is not None
        ):
            return base  # (and a presiding officer's "The draft ... is therefore adopted")
        if (side.against or _SAT_OUT.search(unit.text)) and side.own:
            explains = self._stance(unit, "supports", side.own, "explains own vote", side.ref)
            out = [*base, explains._replace(role="own")]
            if _SEVERAL_TEXTS.search(unit.text):
                # "said such resolutions were a tool of pressure", after it voted against
                # both: the explanation covers each of its votes of that option
                out += [
                    explains._replace(role="own", resolution=c.resolution)
                    for c in self.claims
                    if c.country == side.own
                    and c.option == side.option
                    and side.ref is not None
                    and c.resolution.key != side.ref.key
                ]
            if side.drafters and text_attacked(
                unit.text
            ):  # "voted against because the text ignores"
                skip = frozenset({side.own})
                out += self._drafter_stances(unit, side, "criticizes", skip, "attacks the text")
            return out
        if side.own in side.drafters and (
            pol == "supports"
            or self._introduces(unit)
            # ('"This resolution puts us on the path to peace," she said': a drafter's envoy
            # on the own text, not against it, promotes it)
            or (pol is None and unit.quote is not None and _TEXT_NOUN.search(unit.quote.text))
        ):
            # (not the article's focal voter either: the praise is of the own text)
            kept = [r for r in base if r.voter not in side.drafters and not r.focal]
            return kept + self._drafter_stances(unit, side, "supports", frozenset(), "introduces")
        if side.option == "yes" and side.own and pol != "criticizes" and _OWN_YES.search(unit.text):
            # "said the vote reflects our determination to ...": the yes explained
            explains = self._stance(unit, "supports", side.own, "explains own vote", side.ref)
            return [*base, explains._replace(role="own")]
        return base

    def _drafter_stances(
        self, unit: Unit, side: _Side, pol: Polarity, skip: frozenset[str], cue: str = ""
    ) -> list[Read]:
        return [
            self._stance(unit, pol, d, side.cue or cue, side.ref)._replace(role="drafter")
            for d in side.drafters
            if d not in skip
        ]

    def _introduced(
        self, unit: Unit, pol: Polarity | None, side: _Side, base: list[Read]
    ) -> list[Read] | None:
        """A text introduced, in no tone, by one whose country did not draft it ("X's
        ambassador introduced the US-initiated resolution"): support for its drafters."""
        if pol is not None or not side.drafters or side.own in side.drafters:
            return None
        if not self._introduces(unit):
            return None
        drafters = self._drafter_stances(unit, side, "supports", frozenset(), "introduces")
        return [r for r in base if not r.focal] + drafters

    def _introduces(self, unit: Unit) -> bool:
        """Whether the sentence the unit opens in says the holder introduced the text."""
        sentence = self.doc.sentence_at(unit.start)
        start = sentence.start if sentence is not None else unit.start
        # (the sentence's own text: a search of the whole document would lower it again
        # each time another long text has been lowered since)
        return _INTRODUCING.search(self.doc.norm[start : unit.end]) is not None

    def _claimed_in_sentences(self, unit: Unit, found: list[Read]) -> list[Read]:
        """ "We are disappointed by A's veto. We are also disappointed that B decided to
        abstain.": each quoted sentence that reports one country's vote, with a cue word
        of its own, judges that vote, beside the one the whole utterance was read for."""
        if not unit.editorial and (unit.quote is None or len(unit.segments) < 2):
            return []
        own = self._speaks_for(unit)
        seen = {r.voter for r in found}
        out: list[Read] = []
        for segment in unit.segments:
            at = self.doc.norm.find(normalise(segment[:40]), unit.start, unit.end)
            if at < 0:
                continue
            claimed = self._claims_by_start.starting(at, at + len(segment))
            countries = {c.country for c in claimed}
            if len(countries) != 1 or countries & (seen | {own or ""}):
                continue
            pol, cue, _ = self.doc.once(polarity, segment)
            if pol is not None:
                read = self._stance(unit, pol, claimed[0].country, cue, claimed[0].resolution)
                out.append(read._replace(role="sentence"))
                seen |= countries
        return out

    def _listed_in_sentences(self, unit: Unit) -> list[Read]:
        """ "A welcome step: this year A, B and C voted in favour": a sentence of the unit
        that reports two or more countries voting one way, in a clear tone, judges each
        of those votes."""
        if not unit.editorial and (unit.quote is None or len(unit.segments) < 2):
            return []
        out: list[Read] = []
        for segment in unit.segments:
            at = self.doc.norm.find(normalise(segment[:40]), unit.start, unit.end)
            if at < 0:
                continue
            end = at + len(segment)
            by_option: dict[str, list[ClaimEvidence]] = {}
            for c in self._claims_by_start.starting(at, end):
                by_option.setdefault(c.option, []).append(c)
            least = 1 if unit.editorial else 2  # an editorial's sentence judges even one
            groups = [cs for cs in by_option.values() if len({c.country for c in cs}) >= least]
            if len(groups) != 1:
                continue
            pol, cue = unit.fixed or self.doc.once(broad_polarity, segment)
            if pol is None:
                continue
            for c in groups[0]:
                read = self._stance(unit, pol, c.country, cue, c.resolution)
                if all(r.voter != read.voter for r in out):
                    out.append(read)
        return out

    def _defends_own_no(self, unit: Unit, stance: Read) -> bool:
        """Whether the holder speaks for their government (a country, or a person in an
        envoy's role), the article says that country voted no or abstained on the
        stance's vote, and the holder's quoted words judge the text, not the vote (no
        vote word, no regret)."""
        holder = unit.holder
        if holder.kind == "person" and holder.name not in self.envoys:
            return False
        if unit.quote is None or _self_critical(unit.text):
            return False
        if ABOUT_THE_VOTE.search(unit.quote.text) or ABOUT_THE_VOTE.search(unit.text):
            return False
        key = stance.resolution.key if stance.resolution else None
        return any(
            c.country == stance.voter
            and c.option != "yes"
            and (key is None or c.resolution.key == key)
            for c in self.claims
        )

    def _own_vote_stances(self, unit: Unit, voter: str, clause: str) -> list[Read]:
        """ "We abstained in the Council because a text that cannot ...": support for one's
        own vote, criticism of the text's drafter, and whatever else the unit says."""
        own = self._stance(unit, "supports", voter, "own vote")
        out = [own]
        pol, cue, _ = self.doc.once(polarity, clause)
        if (
            # ("we cannot support Peru's resolution": a refusal of the text is an attack on it)
            (pol == "criticizes" or text_attacked(clause) or _REFUSED.search(unit.text))
            and _TEXT_NOUN.search(clause)
            and self._option_of(voter, own.resolution) != "yes"  # (no attack on a text backed)
        ):
            recorded = self._sponsor(own.resolution)
            # the record's sponsor, else the drafters as the article names them
            for sponsor in [recorded] if recorded else self._drafters_of(own.resolution):
                if sponsor != voter:
                    out.append(self._stance(unit, "criticizes", sponsor, cue, own.resolution))
        others = [s for s in unit.segments if clause.strip() not in s]
        if others:
            found = [(self.doc.norm.find(normalise(o[:40]), unit.start), len(o)) for o in others]
            found = [(at, n) for at, n in found if at >= 0]
            start = min((at for at, _ in found), default=unit.start)
            end = max((at + n for at, n in found), default=unit.end)
            sentence = self.doc.sentence_at(start)
            if sentence is not None:
                start = min(start, sentence.start)
            rest = Unit(unit.holder, start, end, " ".join(others), unit.quote, others)
            pol, cue, _ = self.doc.once(polarity, rest.text)
            if pol is not None:
                other = self._voter(rest, pol, exclude=voter)
                if other is not None:
                    out.append(self._stance(rest, pol, other, cue))
        return out

    def _own_vote(self, unit: Unit) -> tuple[str, str] | None:
        own = self._own_country(unit)
        # a government's envoy or minister whose country the article does not state
        # speaks for the country whose vote they give the reasons for
        unstated = own is None and unit.holder.name in self.envoys
        # (a head of government whose country is not stated: "said the country abstained")
        leader = own is None and unit.holder.name in self.leaders
        if own is None and not unstated and not leader:
            return None
        explained = _EXPLAINED_VOTE.search(unit.text)
        if explained is not None and own is not None:
            whose = unit.text[explained.start("whose") : explained.end("whose")].strip()
            if (
                whose.lower() in _POSSESSIVE_PRONOUNS
                or _SELF_REFERENCE.search(whose)
                or self._country_named(whose) == own
            ):
                # "explained London's abstention by saying ...": the reasons for their own vote
                return own, unit.text[explained.end() :]
        for who, verb, rest, whole in self.doc.once(_own_vote_phrases, unit.text):
            named = self._country_named(who)
            speaker_own = _SELF_REFERENCE.search(who) is not None  # "we", "his country"
            if unstated and not speaker_own and named is not None:
                own = named
            elif (unstated or leader) and speaker_own and own is None:
                own = self._sole_voter(verb)  # "the country abstained": the one that did
            elif not speaker_own and named != own:
                continue
            if own is None:
                continue
            pol, _, _ = self.doc.once(polarity, whole)
            refused = _REFUSED.search(verb)
            if (
                BECAUSE.match(rest)
                or _FAULTED_OBJECT.match(rest)
                or verb.lower().startswith(("therefore", "thus", "hence", "accordingly"))
                or pol == "supports"
                or (refused and _TEXT_NOUN.search(rest))
                or regret_of_others(rest)  # "voted yes and regretted that some ..."
                or _IN_EXPLANATION.search(unit.text)  # "speaking in explanation of vote"
            ):
                return own, rest
        return None

    def _sole_voter(self, verb: str) -> str | None:
        """The one country the article has voting as ``verb`` says, if only one did."""
        low = verb.lower()
        return self._only_voter("abstain" if low.startswith("refrain") else clause_option(low))


def _own_vote_phrases(text: str) -> list[tuple[str, str, str, str]]:
    """ "We abstained because ...", "Hungary voted against ...": (who, verb, rest, phrase)."""
    low = lowered(text)
    if not any(word in low for word in ("vot", "abstain", "support", "back", "oppos")):
        return []
    if text.isascii() and not _OWN_VOTE_VERB.search(low):
        return []
    return [
        (m.group("who").strip(), m.group("verb"), m.group("rest"), m.group(0))
        for m in _OWN_VOTE.finditer(text)
    ]
