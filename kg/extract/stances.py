"""Pass 7: who criticized or supported which country's vote.

A stance is read from a unit of evidence attributed to a named actor
(``stance_units``); its polarity comes from cue words, else a general sentiment
lexicon (``stance_polarity``); its target is a vote, whose and on which resolution
(``stance_targets``); the holder's role adds what an envoy's or a drafter's words
mean for their own country's vote and for the text's drafters (``stance_roles``).
Praise for "they" after a list of voters targets each of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from kg.extract.actors import ActorIndex
from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.stance_drafters import find_drafters
from kg.extract.stance_envoys import UnnamedEnvoy
from kg.extract.stance_groups import group_option, option_words
from kg.extract.stance_lexicon import VOTE_CONTEXT_WORDS
from kg.extract.stance_polarity import (
    ABOUT_THE_VOTE,
    best_support_cue,
    broad_polarity,
    lexicon_leaning,
    mixed,
    polarity,
)
from kg.extract.stance_predicates import (
    judges_earlier_texts,
    only_feels,
    vote_predicate,
)
from kg.extract.stance_roles import RoleReader
from kg.extract.stance_units import Read, Unit
from kg.extract.stance_urged import urged_stances
from kg.extract.stance_vetoes import names_a_people
from kg.extract.text import Document, normalise
from kg.extract.votes import ClaimEvidence
from kg.model import Polarity, Quote, Stance

__all__ = ["StanceReader", "polarity", "read_stances"]

# A vote as what a holder calls something: "called the American vote", "described
# Chile's abstention as"
_CALLED_THE_VOTE = Folded(
    r"\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|term(?:ed|s|ing)|dubb(?:ed|ing)|dubs)\s+"
    r"(?:[\w'’\-]+\s+){0,3}?(?:vote|abstention|veto|decision)\b"
)
_THEY = Folded(r"(?i)\b(?:they|them)\b", needs=("they", "them"))
# The bodies that vote, and the organization they belong to: what they adopt is their
# words, not a position on a member's vote ("at the United Nations" is mostly a venue)
_VOTING_BODY = Folded(
    r"\b(?:general\s+assembly|security\s+council|human\s+rights\s+council|"
    r"(?:first|second|third|fourth|fifth|sixth)\s+committee)\b|^(?:the\s+)?united\s+nations$"
)


class StanceReader(RoleReader):
    """The stances of one article."""

    def read(self) -> list[Stance]:
        found = [
            read
            for unit in self.units()
            if not (unit.holder.kind == "organization" and _VOTING_BODY.search(unit.holder.name))
            for read in self._stances_of(unit)
            # ("Those resolutions have failed": earlier texts judged, not this vote)
            if not (read.cue and judges_earlier_texts(unit.text, read.cue))
            # (a government's envoy or spokesperson condemns its own vote only in words of
            # the vote: "we are disappointed that they won't come" is another matter's)
            and not (
                read.polarity == "criticizes"
                and read.voter == self._speaks_for(unit)
                and not ABOUT_THE_VOTE.search(unit.text)  # ("our vote was a mistake")
            )
            and not self._misread_side(read)
        ]
        found += urged_stances(self) + self._explained()
        # A unit that names no voter was given the article's focal one. When the same
        # speaker's other units name exactly one voter, that is whose vote they talk about.
        named: dict[str, set[str]] = {}
        for read in found:
            if read.focal or read.role or read.voter == self._speaks_for(read.unit):
                continue  # (a government's words on its own vote name no other voter)
            if read.polarity == "criticizes" and read.voter in self._drafters_of(read.resolution):
                continue  # ("opposed the Russian draft as cynical": an attack on the text)
            named.setdefault(read.unit.holder.name, set()).add(read.voter)
        # Only the first stance of each key is kept, and only that one is built as a model.
        stances: dict[tuple[str, str, str, str], Stance] = {}
        for candidate in found:
            read = candidate
            theirs = named.get(read.unit.holder.name, set())
            # a spokesman speaking of another country's vote, not explaining theirs (a
            # country's words on its own vote are always its own)
            if (
                read.role == "own"
                and theirs
                and read.voter not in theirs
                and read.voter != read.unit.holder.name
            ):
                continue
            if read.focal and len(theirs) == 1 and read.voter not in theirs:
                other = self._stance(read.unit, read.polarity, next(iter(theirs)), read.cue)
                if not self._names_other_option(read.unit, other):
                    read = other  # (but "the abstention" is not the vote of one who voted yes)
            key = (
                read.unit.holder.name,
                read.polarity,
                read.voter,
                read.resolution.key if read.resolution else "",
            )
            if key not in stances:
                stances[key] = read.model()
        return list(stances.values())

    def _misread_side(self, read: Read) -> bool:
        """A country named only as one who feels ("Washington was disappointed"), read as
        the vote criticized."""
        if read.polarity != "criticizes":
            return False
        return only_feels(self.doc.norm, self._in_spans(self._spans(read.unit)), read.voter)

    def _stances_of(self, unit: Unit) -> list[Read]:
        own_vote = self._own_vote(unit)
        if own_vote is not None:
            return self._by_role(unit, self._own_vote_stances(unit, *own_vote), own_vote[0])
        if unit.editorial:
            return self._listed_in_sentences(unit)  # the voters its sentence reports
        found = self._by_role(unit, self._plain_stances(unit))
        listed = self._listed_in_sentences(unit)
        if listed:
            voters = {r.voter for r in listed}
            found = [r for r in found if r.voter not in voters] + listed
        return found + self._claimed_in_sentences(unit, found)

    def _tone_where_named(self, unit: Unit, voter: str) -> Polarity | None:
        """The lexicon's reading of the sentences of a unit that name ``voter`` (of the
        whole unit when it is one sentence)."""
        if len(unit.segments) < 2:
            return self.doc.once(lexicon_leaning, unit.text)
        naming = []
        for segment in unit.segments:
            at = self.doc.norm.find(normalise(segment[:40]), unit.start, unit.end)
            if at >= 0 and any(
                e.key == voter for e in self._by_position.starting(at, at + len(segment))
            ):
                naming.append(segment)
        return self.doc.once(lexicon_leaning, " ".join(naming)) if naming else None

    def _plain_stances(self, unit: Unit) -> list[Read]:
        if unit.fixed is None and (
            self.doc.once(mixed, unit.text) or self._mixed_with_quoted_words(unit)
        ):
            clauses = self._judging_clauses(unit)  # "thanked A and called B's vote ..."
            if clauses:
                reads = [read for clause in clauses for read in self._unit_stances(clause)]
                if any(not r.focal for r in reads):
                    # "welcomed the text but regretted that X abstained": the clause that
                    # names no voter judges the text or its adoption, not X's vote
                    reads = [r for r in reads if not r.focal]
                return reads
        return self._unit_stances(unit) or self._counterfactual(unit) or self._on_the_veto(unit)

    def _mixed_with_quoted_words(self, unit: Unit) -> bool:
        """Whether a narrated unit pulls both ways once the words it quotes are read back
        ("welcomed the vote and called the opposition of A "shameful""): the quote's own
        unit judges A, so the narration's cue must not reach A as well."""
        if unit.quote is not None:
            return False
        base = unit.end - len(unit.text)
        if base < unit.start:
            return False
        whole = self.doc.norm[base : unit.end]
        return whole != unit.text and self.doc.once(mixed, whole)

    def _on_the_veto(self, unit: Unit) -> list[Read]:
        """A drafter's envoy naming the country that vetoed their text ("Moscow has chosen
        to stand alone", "Russia's veto was an attempt to ..."): in no tone of approval,
        criticism of that veto."""
        own = self._speaks_for(unit)
        if own is None or not self._council_nos or own in self._council_nos:
            return []
        named = {e.key for e in self._in_spans(self._spans(unit))} & self._council_nos
        if len(named) != 1:
            return []
        vetoer = named.pop()
        ref = next(c.resolution for c in self.claims if c.country == vetoer and c.option == "no")
        if own not in self._drafters_of(ref):
            return []
        _, _, score = self.doc.once(polarity, unit.text)
        if score < 0 or self.doc.once(lexicon_leaning, unit.text) == "supports":
            return []
        return [self._stance(unit, "criticizes", vetoer, "drafter on the veto", ref)]

    def _counterfactual(self, unit: Unit) -> list[Read]:
        """ "said the United States 'should have voted yes'", "we ought to have abstained":
        another vote than the one cast, wished for, criticizes the vote cast."""
        text = unit.text
        m = _COUNTERFACTUAL.search(text)
        if m is None:
            return []
        wished = _WISHED.get(m.group("verb").split()[-1].lower().lstrip("'‘“"))
        if _WE_BEFORE.search(text, 0, m.start()) is not None:
            voter = self._own_country(unit)
        elif unit.quote is not None and not unit.quote.partial:
            # a full quotation: the one country it names
            names = {e.key for e in self._in_spans(self._spans(unit))}
            voter = names.pop() if len(names) == 1 else None
        else:
            # its subject: the country named last before it in the unit
            at = unit.end - len(text) + m.start()  # (narration keeps the text's offsets)
            named = self._by_position.starting(unit.start, at) if at >= unit.start else []
            voter = named[-1].key if named else None
        if voter is None or voter not in self.voters:
            return []
        read = self._stance(unit, "criticizes", voter, m.group(0))
        cast = self._option_of(voter, read.resolution)
        if wished is None or cast is None or cast == wished:
            return []
        return [read]

    def _unit_polarity(self, unit: Unit, own: str | None) -> tuple[Polarity | None, str, str]:
        """The side a unit takes, its cue, and how weakly it was found: "broad" (the
        lexicon's tone of the whole unit), "fragment" (of a quoted fragment) or "predicate"
        (of what a clause says the vote is), else ""; weak readings need a voter the unit
        names, but for criticism in a predicate of "the vote" (see _judges_the_vote)."""
        pol: Polarity | None
        if unit.fixed is not None:
            pol, cue, score = unit.fixed[0], unit.fixed[1], 0.0
        else:
            pol, cue, score = self.doc.once(polarity, unit.text)
        if pol is None and own is not None and own == self.focal() and score <= -1.5:
            pol, cue = "supports", best_support_cue(unit.text)  # defending one's own country
        if pol is not None:
            return pol, cue, ""
        if score == 0:
            pol, cue = self.doc.once(broad_polarity, unit.text)  # no cue word at all
            if pol is not None and _REFRAINED.search(unit.text):
                return None, "", ""  # "stopped short of criticizing": no tone taken
            if pol is not None:
                return pol, cue, "broad"
            if unit.quote is not None and unit.quote.partial:
                pol, cue = self.doc.once(broad_polarity, unit.quote.text)  # 'called it "..."'
                if pol is not None and _CALLED_THE_VOTE.search(unit.text):
                    return pol, cue, "predicate"  # 'described the vote as "an axis of evil"'
                if pol is None and _CALLED_THE_VOTE.search(unit.text):
                    # 'called the US vote "a bitter moment for ..."': the quoted words are
                    # the judgement of the vote, read as a fragment at any length
                    pol = self.doc.once(lexicon_leaning, unit.quote.text)
                    cue = unit.quote.text if pol is not None else ""
                    if pol is not None:
                        return pol, cue, "predicate"
        if pol is None:
            pol, cue = self.doc.once(vote_predicate, unit.text)  # "the veto was a ploy"
            if pol is not None:
                return pol, cue, "predicate"
        return pol, cue, "fragment"

    def _unit_stances(self, unit: Unit) -> list[Read]:
        own = self._own_country(unit)
        pol, cue, weak = self._unit_polarity(unit, own)
        broad = weak == "broad"
        if pol is None:
            return []
        thanked = self._thanked(unit, pol, cue)
        if thanked is not None:
            return thanked
        voter = self._cue_voter(unit, cue, self._voter(unit, pol))
        if voter is None or self._defaulted or voter == own:
            group = self._group_voters(unit)  # "those who abstained"
            if group:
                return [
                    self._stance(unit, pol, iso, cue, ref)._replace(role="group")
                    for iso, ref in group
                ]
            if self._defaulted and group_option(unit.text) is not None:
                return []  # "grateful to the states that supported it", none of them named
        if voter is None or (weak and self._defaulted and not _judges_the_vote(weak, pol)):
            return []  # the lexicon's tone, with no voter named: no judgement of a vote
        if broad and self._tone_where_named(unit, voter) != pol:
            return []  # the tone is the words around, not the ones about the voter
        if (
            broad
            and not ABOUT_THE_VOTE.search(unit.text)
            and not self._named_as_voting(unit, voter)
        ):
            return []  # "X's contempt for the law": the tone is of X's conduct, not its vote
        stance = self._stance(unit, pol, voter, cue)
        if pol == "criticizes" and voter == own and self._defends_own_no(unit, stance):
            # an envoy attacking the text their country voted against, abstained on or
            # vetoed defends that vote: the attack is on the text, the support for the vote
            stance = stance._replace(polarity="supports")
        if self._defaulted:
            if self._not_the_focal_vote(unit, stance, own):
                return []
            stance = stance._replace(focal=True)
        return [stance, *self._judged_with(unit, stance, own)]

    def _not_the_focal_vote(self, unit: Unit, stance: Read, own: str | None) -> bool:
        """Whether a unit that names no voter judges something other than the vote of the
        article's focal voter, on which ``stance`` fell back."""
        text, cue = unit.text, stance.cue
        if self._welcomes_adoption(unit, stance, own) or self._names_other_option(unit, stance):
            return True  # "welcomed the adoption": not the vote of one who opposed it
        if self._aimed_elsewhere(text, cue) or _aimed_at_conduct(text, cue):
            return True  # "it is time to condemn Hamas": no vote judged
        if stance.polarity == "criticizes" and _ADOPTED.search(text):
            return True  # "regrets that the text was adopted": the outcome, no one's vote
        if self._cue_names_other(unit, cue):
            return True  # "thanked Peru for co-drafting it": Peru, whose vote is unknown
        if self._introduces(unit):
            return True  # "introducing the draft, she said ...": before anyone voted on it
        # "a sad day for this Council": the occasion, no vote named
        return bool(_DAY_LAMENT.search(cue)) and not _OF_A_VOTE.search(text)

    def _thanked(self, unit: Unit, pol: Polarity, cue: str) -> list[Read] | None:
        """Praise of voters listed before "they", or thanks to a group named by its vote
        ("thanked the countries that voted in favour": that group, whatever else the unit
        names); ``None`` where the unit says neither."""
        they = _THEY.search(self.doc.norm, unit.start, unit.end) if pol == "supports" else None
        if they is not None:
            listed = self._listed_voters(unit, they.start())  # (named before "they")
            if listed:
                return [self._stance(unit, pol, iso, cue) for iso in listed]
        if pol == "supports" and cue.lower().startswith("thank") and " for " in cue:
            # "thanked Chile and Peru for their votes": each country the thanks name
            at = self.doc.norm.find(cue, unit.start, unit.end)
            own = self._own_country(unit)
            named = [
                e.key
                for e in self._by_position.starting(at, at + cue.lower().index(" for "))
                if e.key != own
                and e.key in self.voters  # (thanks to a non-voter: no vote)
                and not names_a_people(e, self.doc.norm)  # ("thanked Israelis for ...")
            ]
            if at >= 0 and named:
                return [self._stance(unit, pol, iso, cue) for iso in dict.fromkeys(named)]
        if cue.lower().startswith(("thank", "grateful")) and group_option(unit.text) is not None:
            return [
                self._stance(unit, pol, iso, cue, ref)._replace(role="group")
                for iso, ref in self._group_voters(unit)
            ]
        return None

    def _cue_names_other(self, unit: Unit, cue: str) -> bool:
        """Whether the cue phrase itself names a country ("thanks Peru for voting"): its
        judgement is of that one, not of the focal voter."""
        if len(cue) < 12:
            return False  # a cue word, not a phrase with its object
        norm = self.doc.norm
        return any(norm[e.start : e.end] in cue for e in self._in_spans(self._spans(unit)))

    def _named_as_voting(self, unit: Unit, voter: str) -> bool:
        """Whether the unit names ``voter`` in words of its vote ("X's vote", "the
        abstention of X", "X voted")."""
        return any(
            e.key == voter and self._voter_score(e) >= 2 for e in self._in_spans(self._spans(unit))
        )

    def _aimed_elsewhere(self, text: str, cue: str) -> bool:
        """Whether the cue is a verb whose object is named, is no country, and the text
        speaks of no vote ("will it take to condemn Hamas?"): the judgement has its own
        target, and the focal voter is not it."""
        if not cue or ABOUT_THE_VOTE.search(text) or VOTE_CONTEXT_WORDS.search(text):
            return False
        if cue.lower().startswith("aggressor"):
            return True  # "clear on who the aggressors are": the war's, no vote's
        at = text.find(cue)
        m = _NAMED_OBJECT.match(text, at + len(cue)) if at >= 0 else None
        return m is not None and self._country_named(m.group(1)) is None

    def _judged_with(self, unit: Unit, stance: Read, own: str | None) -> list[Read]:
        """The other voters a unit judges with ``stance``'s: named beside it ("Moscow and
        Beijing had sided with ...", "the two vetoes"), or the vetoer of "the veto" beside
        a named voter ("called the veto 'cynical' and China's abstention ...")."""
        found = self._partners(unit, stance.voter, stance.resolution)
        partners = [stance._replace(voter=iso) for iso in found]
        if stance.polarity == "criticizes" and not stance.focal:
            vetoer = self._vetoer(unit.text)
            if vetoer is not None and vetoer not in (
                stance.voter,
                own,
                *(p.voter for p in partners),
            ):
                partners.append(self._stance(unit, stance.polarity, vetoer, stance.cue))
        return partners

    def _cue_voter(self, unit: Unit, cue: str, voter: str | None) -> str | None:
        """The voter of an utterance of several sentences whose cue's own sentence names
        one other voter ("China voted in favour. We regret that the United States vetoed
        it."): that one; else ``voter``."""
        if voter is None or self._defaulted or not cue or unit.quote is None:
            return voter
        if len(unit.segments) < 2:
            return voter
        own = self._own_country(unit)
        low = cue.lower()
        segment = next((seg for seg in unit.segments if low in seg.lower()), None)
        at = self.doc.norm.find(normalise(segment[:40]), unit.start, unit.end) if segment else -1
        if segment is None or at < 0:
            return voter
        named = {
            e.key
            for e in self._by_position.starting(at, at + len(segment))
            if e.key in self.voters and e.key != own
        }
        return named.pop() if voter not in named and len(named) == 1 else voter

    def _welcomes_adoption(self, unit: Unit, read: Read, own: str | None) -> bool:
        """Whether a unit's praise of the text's adoption fell on a voter (not the
        holder's own country, nor one the holder's country voted with) that the article
        has voting against it or abstaining ("Britain hailed the vote as historic" is the
        outcome it voted for, not India's no)."""
        cast = self._option_of(read.voter, read.resolution)
        return (
            read.polarity == "supports"
            and read.voter != own
            and cast in ("no", "abstain")
            and (own is None or self._option_of(own, read.resolution) != cast)
            and _ADOPTION.search(unit.text) is not None
        )

    def _names_other_option(self, unit: Unit, read: Read) -> bool:
        """Whether the unit names the vote it judges by an option ("deplored the votes
        against it") that the voter it fell back on did not cast."""
        named = option_words(unit.text)
        cast = self._option_of(read.voter, read.resolution)
        return named is not None and cast is not None and named != cast

    def _judging_clauses(self, unit: Unit) -> list[Unit]:
        """The clauses of a narrated unit whose cues pull both ways, where a second judging
        verb is coordinated with the first ("thanked the countries that voted in favour and
        called the American position 'shameful'"): each read on its own."""
        if unit.quote is not None and not unit.quote.partial:
            return []
        base = unit.end - len(unit.text)  # narration runs to the unit's end, offsets kept
        if base < unit.start:
            return []
        cuts = [m.start() for m in _SECOND_JUDGEMENT.finditer(unit.text)]
        if not cuts:
            return []
        bounds = [0, *cuts, len(unit.text)]
        return [
            Unit(
                unit.holder,
                base + a,
                base + b,
                unit.text[a:b],
                unit.quote,
                [unit.text[a:b]],
            )
            for a, b in pairwise(bounds)
        ]


def _judges_the_vote(weak: str, pol: Polarity) -> bool:
    """Whether a weak reading still judges the article's focal vote when the unit names
    no voter: a clause that says what "the vote" is ("said the vote was 'a bitter day'",
    'called the vote "a betrayal"') in criticism. Praise of "the vote" with no voter named
    is mostly of the outcome, the text's adoption, so it is not read as anyone's vote."""
    return weak == "predicate" and pol == "criticizes"


def _aimed_at_conduct(text: str, cue: str) -> bool:
    """Whether a judging verb's object is something other than a vote, in a unit that
    names no vote nor text ("criticized the government's handling of the economy")."""
    if not _JUDGING_VERB.match(cue) or ABOUT_THE_VOTE.search(text) or _A_VOTE_OR_TEXT.search(text):
        return False
    at = text.find(cue)
    if at > 0 and _CONDUCT_PASSIVE.search(text, max(0, at - 60), at):
        return True  # "aggression will be condemned": the conduct, in the passive
    m = _OBJECT.match(text, at + len(cue)) if at >= 0 else None
    if m is None or _A_GOVERNMENT.match(m.group(1)):
        return False  # "defended the administration": the government whose vote it is
    return not _A_VOTE_OR_TEXT.search(m.group(1))


# A country's conduct as the subject of a passive judgement: "aggression must be condemned"
_CONDUCT_PASSIVE = re.compile(
    r"(?i)\b(?:aggression|invasion|war|occupation|annexation|attacks?|crimes?|atrocities|"
    r"terrorism|violence)\s+(?:(?:will|must|should|would|shall|can|is|are|was|were|has|have)\s+)?"
    r"(?:(?:always|never|firmly|rightly|again)\s+)?(?:be\s+|been\s+)?"
    r"(?:(?:always|never|firmly|rightly|again)\s+)?$"
)
# Refraining from a judgement: "stopped short of criticizing", "declined to condemn"
_REFRAINED = Folded(
    r"\b(?:stopped\s+short\s+of|declined\s+to|refrained\s+from|refused\s+to|did\s+not|"
    r"would\s+not)\s+(?:openly\s+|publicly\s+|directly\s+)?(?:critici[sz]|condemn|denounc|"
    r"blam|prais|welcom|endors|back)\w*"
)
# A determiner and the words after a verb (its object): "the government's handling of"
_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+|"
    r"(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+)((?:[\w'’\-]+\s*){1,5})"
)
# The holder's own verbs of judging (not a verb the holder says a policy does)
_JUDGING_VERB = re.compile(
    r"(?i)(?:critici[sz]|condemn|denounc|deplor|slamm|blast|attack|prais|welcom|hail|applaud|"
    r"commend|defend|lauded|rebuk|castigat)\w*$"
)
# A government as the object itself (not "the government's handling of ...")
_A_GOVERNMENT = re.compile(
    r"(?i)(?:administration|government|president|prime\s+minister|leadership|cabinet|"
    r"white\s+house|kremlin)\b(?!['’]s)"
)
# What names a vote or the text voted on, or a position taken in it ("the move")
_A_VOTE_OR_TEXT = Folded(
    r"\b(?:resolutions?|text|draft|motion|measure|proposal|move|step|outcome|result|position|"
    r"stance|choice|ballot|u-turn|shift|switch|vetoes|abstentions|votes)\b"
)
# A proper name right after a word (its object): "condemn Hamas", "denounced Mr Smith"
_NAMED_OBJECT = re.compile(r"\s+((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*)*)")
# A vote wished for instead of the one cast: "should have voted yes", "ought to have
# abstained"
_COUNTERFACTUAL = Folded(
    r"\b(?:should|ought\s+to)\s+(?:\w+\s+)?have\s+(?P<verb>voted\s+['‘“]?(?:yes|no|aye|nay|for|"
    r"against|in\s+favou?r)|abstained|vetoed|backed|supported|opposed|rejected)\b"
)
_WISHED = {
    "yes": "yes",
    "aye": "yes",
    "nay": "no",
    "for": "yes",
    "favour": "yes",
    "favor": "yes",
    "backed": "yes",
    "supported": "yes",
    "no": "no",
    "against": "no",
    "vetoed": "no",
    "opposed": "no",
    "rejected": "no",
    "abstained": "abstain",
}
_WE_BEFORE = Folded(r"\bwe\s+(?:\w+\s+)?$")
# The text's adoption as what is judged: "welcomed the adoption", "hailed the outcome", "the
# result", "the renewal of the mandate"
_ADOPTION = Folded(
    r"\b(?:adoption|approval|passage|outcome|result|renewal|extension|action)\b|"
    # "welcomes UN delta resolution", "hailed the vote as historic": praise of the text,
    # as of its adoption (not "praised the no vote": the dissent itself)
    r"\b(?:welcom|hail|prais|applaud|celebrat)\w*\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
    r"(?:resolution|text|draft)|vote)\b"
)
# The text's adoption as what a criticism is of: "regrets that the text was adopted"
_ADOPTED = Folded(
    r"\b(?:text|draft|resolution|motion)\s+(?:was|had\s+been|has\s+been|being|got)\s+"
    r"(?:adopted|passed|approved)\b"
)
# A lament of the day ("a sad day for the victims"), and the words by which a unit still
# speaks of a vote or its voters ("... History will judge those who blocked it"), or of
# the tie with a voter it grieves ("a bad day for the alliance")
_DAY_LAMENT = Folded(r"\b(?:sad|dark|black|bad|tragic|grim)\s+day\b")
_OF_A_VOTE = Folded(
    r"\b(?:veto\w*|vot(?:e|ed|es|ing)|abstain\w*|abstentions?|block(?:ed|ing|s)?|"
    r"opposed|rejected|those\s+who|partnership|alliance|allies|relations(?:hip)?|friendship)\b"
)
# A second judging verb coordinated with the first: "... and called", "... but criticized",
# "... but said she regretted" (the verb may follow a verb of speech and its subject)
_SECOND_JUDGEMENT = Folded(
    r"(?:\s(?:and|but|while|though|although)|,)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:(?:(?:he|she|it|they|we)\s+)?(?:said|added|noted|stressed)\s+(?:that\s+)?"
    r"(?:he|she|it|they|we)\s+(?:also\s+)?)?"
    r"(?=(?:called|critici[sz]ed|condemned|"
    r"denounced|praised|welcomed|thanked|slammed|accused|described|termed|branded|blasted|"
    r"hailed|lamented|regretted|deplored|commended|applauded|rejected|singled\s+out|"
    r"(?:was|were)\s+(?:sorry|saddened|disappointed|dismayed)|"
    # a headline's verbs in the present: "X welcomes the text, deplores Y's no vote"
    r"welcomes|deplores|praises|condemns|slams|hails|criticizes|criticises|regrets|thanks)\b)"
)


def read_stances(
    doc: Document,
    actors: ActorIndex,
    entities: list[EntityMention],
    ctx: ResolutionContext,
    matcher: ResolutionMatcher,
    quotes: list[Quote],
    claims: list[ClaimEvidence],
    holder_country: dict[str, str],
    envoys: frozenset[str] = frozenset(),
    later_named: Sequence[UnnamedEnvoy] = (),
    leaders: frozenset[str] = frozenset(),
) -> list[Stance]:
    """The stances of one article; ``envoys`` are the persons who speak for their
    country's government (their roles say so), ``later_named`` the sentences in which
    an envoy speaks before the article names them, ``leaders`` the heads of state or
    government."""
    reader = StanceReader(doc, actors, entities, ctx, matcher, quotes, claims, holder_country)
    reader.envoys = envoys
    reader.leaders = leaders
    reader.later_named = list(later_named)
    reader.drafters = find_drafters(doc, reader.countries)
    return reader.read()
