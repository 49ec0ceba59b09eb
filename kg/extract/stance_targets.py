"""Pass 7, targets: whose vote a unit judges, and on which resolution.

- Whose: a country the unit presents as voting ("the United States votes with",
  "the American vote", "praised the United States for voting"); else the only
  voting country it names; else the article's focal voter, never the speaker's own
  country unless they speak of "the abstention" or "our vote".
- Which resolution: the one the same sentence's vote claims are about; else the
  unit's own description; else the one the sentences have just named, unless the
  unit says "this week" or "today" of a later vote the article reports; else the
  option it names ("the no vote"); else the voter's most recent vote in the article.
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from kg.extract.mentions import EntityMention
from kg.extract.patterns import Folded
from kg.extract.resolutions.symbols import short_draft_ref
from kg.extract.spans import Intervals
from kg.extract.stance_cues import CONDUCT_AFTER, TARGETED_BEFORE
from kg.extract.stance_groups import group_option, option_words
from kg.extract.stance_polarity import ABOUT_THE_VOTE, polarity
from kg.extract.stance_texts import TextReader
from kg.extract.stance_units import Read, Unit
from kg.extract.stance_vetoes import (
    COUNTED_MEMBERS,
    PERMANENT_MEMBERS,
    THE_DECISION,
    VETO,
    VETOES,
    names_a_people,
)
from kg.model import Polarity, ResolutionRef

# "our closest ally", "our American partners": the voter is another country. Plural
# "our allies" usually means third parties ("Our allies are watching").
_ALLY = re.compile(
    r"(?i)(?<!not )\b(?:our|their|its|my)\s+(?:(?:closest|oldest|biggest|main|key|great|)\s*)?"
    r"(?:ally|partner|friend)\b|\b(?:our|their)\s+(?-i:[A-Z])\w+\s+(?:partners|friends|allies)\b"
)
# The most voters a group named by its option ("those who abstained") stands for: a
# larger group is a bloc spoken of at large, not a judgement of each member's vote
_MOST_IN_GROUP = 12
# "this week", "today": the speaker speaks of the latest vote the article reports,
# whatever earlier vote the sentences around have just named.
_PRESENT = Folded(
    r"(?i)\b(?:this\s+(?:week|month)|today|tonight|yesterday)\b",
    needs=("this", "today", "tonight", "yesterday"),
)
_OWN_VOTE_NOUN = Folded(
    r"(?i)\b(?:the|our|its|their)\s+(?:\w+\s+)?(?:abstention|vote|decision)\b",
    needs=("abstention", "vote", "decision"),
)
# "with Russia, Belarus and North Korea": every country of the list sits in the phrase
_ALIGNING_BEFORE = re.compile(
    r"(?i)\b(?:with|alongside|next\s+to|against|like|including|as\s+well\s+as|such\s+as)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'.\-]*(?:\s+(?-i:[A-Z])[\w'.\-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+"
    r"|\s*-\s*and\s+(?:with\s+)?)(?:the\s+)?)*$"
)
_PHRASE_BEFORE = Folded(r"(?i)\b(?:by|of|in|at|on|over|under|into|toward|towards)\s+(?:the\s+)?$")
_PREPOSITION_BEFORE = Folded(
    r"(?i)\b(?:with|alongside|next\s+to|against|like|to|from|of|in|on|into|including|and|as|than|"
    r"toward|towards|between|among|at)\s+(?:the\s+)?$"
)
# The words those two patterns' matches end on before their closing white space: a window
# that ends otherwise is passed over without trying the pattern at each of its offsets.
_PHRASE_ENDINGS = ("by", "of", "in", "at", "on", "over", "under", "into", "toward", "towards")
_PREPOSITION_ENDINGS = (
    *"with alongside to against like from of in on into including and as than".split(),
    *"toward towards between among at".split(),
)
_VOTE_AFTER = re.compile(  # (the words between may be quoted: 'X's "more balanced" stance')
    r"(?:'s)?\s+(?:[\"“][^\"”]{1,40}[\"”]\s+|\w+\s+){0,2}?(?:vote|votes|voted|voting|decision|abstention|"
    r"abstained|sided|stood|aligned|has\s+taken|deserves|partners?\s+vote|position|stance)"
)
# A country as the subject of a vote, an apposition allowed: "India, a partner, had
# chosen to abstain", "Chile voted against"
_VOTED_AFTER = re.compile(
    r"(?:\s*,\s*[^,.;]{1,40},|\s+and\s+(?:a\s+number\s+of|several|some|a\s+few)\s+other\s+"
    r"(?:states|countries|members|delegations))?\s+(?:had\s+|has\s+|then\s+|also\s+|again\s+){0,2}"
    r"(?:chosen\s+to\s+abstain|chose\s+to\s+abstain|abstained|vetoed|"
    r"voted\s+(?:against|for|in\s+favou?r|yes|no))\b|"
    # "singled out Brazil, saying its abstention was shameful"
    r",\s*(?:saying|adding|arguing|noting)\s+(?:that\s+)?its\s+(?:abstention|vote|veto)\b"
)
# A country as the subject of a clause: "Russia is", "Moscow cannot"
_SUBJECT_AFTER = re.compile(
    r"\s+(?:is|was|has|had|cannot|can't|will|would|must|should|remains)\b(?!\s+(?:voted|abstained))"
)
# "the vote of Laos", "the abstention by India", "the position of Chile": the vote's
# owner after the noun
_VOTE_OF_BEFORE = re.compile(
    r"\b(?:vote|votes|abstention|veto|vetoes|decision|ballot|position|stance)\s+(?:of|by|from)\s+"
    r"(?:the\s+)?$"
)
# The country as the subject of a judging verb ("Canada condemned the abductions"): the
# judge, not the judged
_JUDGES_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|strongly\s+|firmly\s+){0,2}(?:condemn|critici[sz]|denounc|"
    r"deplor|slamm|blast|reject|welcom|prais|hail|applaud)\w*"
)
_JUDGED_BEFORE = re.compile(
    r"\b(?:praised|criticized|criticised|thanked|credited|blamed|condemned|"
    r"hailed|welcomed|applauded)\s+(?:the\s+)?$"
)
# A judgement aimed at a group the unit does not name ("the reaction of Muslim
# countries", "some African nations")
# An accusation aimed at someone the unit does not name as a voter, nor as a voter's
# government or leader ("accused the government", "accused him" stay the focal voter's)
_ACCUSED_OTHER = Folded(
    r"\baccus(?:ed|es|ing)\s+(?!(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:government|"
    r"administration|authorities|country|delegation|ministry|minister|president|leader|"
    r"leadership|him|her|them|it)\b)"
)
_UNNAMED_GROUP = re.compile(
    r"\b(?:of|by|from|at|with)\s+(?:the\s+)?(?:some\s+|many\s+|other\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:countries|nations|states|governments)\b"
)
# "disappointed that some countries he called friends ...", "regrettable that European
# countries chose ...": unnamed as the subject, in a unit that names no vote
_UNNAMED_SUBJECTS = re.compile(
    r"\b(?:some|several|certain|a\s+few|European|Western|African|Arab|Asian|Nordic|Gulf|"
    r"Muslim|Islamic|developing)\s+(?:[A-Za-z]+\s+)?(?:countries|nations|states|governments|"
    r"partners|friends|powers|capitals|allies)\b|"
    r"\b(?:thank\w*|grateful\s+to)\s+the\s+international\s+community\b"
)
# The holder's own vote by a possessive: "defended its decision", "stands by our vote"
# A country's vote named by the country's possessive ("Belgrade's vote in favour")
_POSSESSED_VOTE = re.compile(r"(?i)['’]s?\s+(?:\w+\s+)?(?:abstention|vote|decision|veto|ballot)\b")
_ITS_VOTE = Folded(r"\b(?:its|our|their)\s+(?:\w+\s+)?(?:abstention|vote|decision|veto)\b")
# The holder's own vote named with its option: "its vote against", "our abstention"
_ITS_OPTION = Folded(
    r"\b(?:its|our|their)\s+(?:(?:vote|ballot)\s+(?:against|for|in\s+favou?r)|abstention|veto)\b"
)
# Two names joined as one subject or object: "A and B", "A, B"
_JOINED_NAMES = re.compile(r"\s*(?:,|,?\s+and|\s+&|,?\s+as\s+well\s+as)\s+(?:the\s+)?")


_SAID_OF = re.compile(r"\b(?:said|says|wrote|added)\s+of\b")


def _after(text: str, start: int, pattern: Folded | re.Pattern[str]) -> bool:
    return bool(pattern.search(text[max(0, start - 90) : start]))


def _after_word(text: str, start: int, pattern: Folded, endings: tuple[str, ...]) -> bool:
    """``_after`` for a pattern matching one of ``endings``, an optional "the", and white
    space at the end of the window."""
    window = text[max(0, start - 90) : start]
    if not window[-1:].isspace():
        return False
    last = window.rstrip()
    if last[-3:].lower() == "the":
        last = last[:-3].rstrip()
    return last[-9:].lower().endswith(endings) and pattern.search(window) is not None


class TargetReader(TextReader):
    """Units, and the votes they are about."""

    @cached_property
    def focal_ranking(self) -> list[str]:
        """Countries by how much the article is about their vote: explicit claims count
        most, claims implied by alignment less, then plain mentions (the title twice)."""
        counts = self._focal_weights
        return sorted(counts, key=lambda k: -counts[k])

    def _stands_out(self, voter: str) -> bool:
        """Whether the article is about ``voter``'s vote more than any other's: where two
        voters tie, a judgement that names no voter ("it is long overdue", "welcomed the
        vote") is of the outcome, not of one country's vote."""
        counts = self._focal_weights
        others = [w for c, w in counts.items() if c != voter]
        return not others or counts.get(voter, 0.0) > max(others)

    @cached_property
    def _focal_weights(self) -> dict[str, float]:
        counts: dict[str, float] = {}
        seen: set[tuple[str, str, str]] = set()
        for c in self.claims:
            key = (c.country, c.option, c.resolution.key)
            if key in seen:
                continue  # a claim repeated (headline, lead, body) counts once
            seen.add(key)
            implied = c.rule.startswith(("vote.aligned", "vote.opposed", "vote.list", "vote.back"))
            counts[c.country] = counts.get(c.country, 0.0) + (1.0 if implied else 3.0)
        title_end = self.doc.paragraphs[0].end if self.doc.paragraphs else 0
        spoken = Intervals((q.evidence.span.start, q.evidence.span.end) for q in self.quotes)
        for e in self.countries:
            if (
                e.key not in counts
                or _after_word(self.doc.norm, e.start, _PREPOSITION_BEFORE, _PREPOSITION_ENDINGS)
                or CONDUCT_AFTER.match(self.doc.norm, e.end, e.end + 40)
            ):
                continue  # (nor "Russian aggression", "Russia is the aggressor": its deeds)
            weight = 2.0 if e.start < title_end else 1.0
            if e.start in spoken:
                weight *= 2  # the countries quoted people talk about
            counts[e.key] += weight
        return counts

    def focal(self, exclude: str | None = None) -> str | None:
        return next((c for c in self.focal_ranking if c != exclude), None)

    def _stance(
        self,
        unit: Unit,
        pol: Polarity,
        voter: str,
        cue: str,
        resolution: ResolutionRef | None = None,
    ) -> Read:
        return Read(unit, pol, voter, cue, resolution or self._resolution(unit, voter))

    def _own_country(self, unit: Unit) -> str | None:
        if unit.holder.kind == "country":
            return unit.holder.name
        return self.holder_country.get(unit.holder.name)

    def _option_of(self, voter: str, ref: ResolutionRef | None) -> str | None:
        """How the article says ``voter`` voted on ``ref`` (a veto is a no)."""
        for c in self.claims:
            if c.country == voter and (ref is None or c.resolution.key == ref.key):
                return c.option
        return None

    def _resolution_for(self, unit: Unit, own: str | None) -> ResolutionRef | None:
        voter = own if own is not None else self.focal()
        return self._resolution(unit, voter) if voter is not None else self.ctx.at(unit.start)

    def _country_named(self, words: str) -> str | None:
        """The country whose name ``words`` is or ends with (as named in the article)."""
        for surface, key in self._surfaces.items():
            if surface == words or words.endswith(surface):
                return key
        return None

    def _listed_voters(self, unit: Unit, before: int | None = None) -> list[str]:
        """Voters enumerated before "they were right to do so" (named before the
        offset ``before``, where given)."""
        if unit.quote is None:
            return []
        names = [
            e.key
            for e in self._in_spans([(p.start, p.end) for p in unit.quote.parts])
            if e.key in self.voters and (before is None or e.start < before)
        ]
        own = self._own_country(unit)
        names = [n for n in dict.fromkeys(names) if n != own]
        return names if len(names) >= 2 else []

    def _in_spans(self, spans: list[tuple[int, int]]) -> list[EntityMention]:
        """The countries named in any of ``spans``, in text order."""
        found = {id(e): e for a, b in spans for e in self._by_position.starting(a, b)}
        return sorted(found.values(), key=lambda e: (e.start, e.end))

    def _spans(self, unit: Unit) -> list[tuple[int, int]]:
        if unit.quote is not None and not unit.quote.partial:
            if self._spoken_by is None:
                self._spoken_by = {}
                for q in self.quotes:
                    self._spoken_by.setdefault((q.speaker.kind, q.speaker.name), []).extend(
                        (p.start, p.end) for p in q.parts
                    )
            spoken = self._spoken_by.get((unit.holder.kind, unit.holder.name), [])
            spans = [(a, b) for a, b in spoken if unit.start <= a < unit.end]
            said_of = _SAID_OF.search(self.doc.norm, spans[-1][1], unit.end) if spans else None
            # ('"It was a disgrace," she said of the Chadian vote': what the words are about)
            return spans + ([(said_of.start(), unit.end)] if said_of else [])
        return [(unit.start, unit.end)]

    def _voter_score(self, e: EntityMention) -> float:
        """How plainly the words around a country mention speak of its vote (computed once
        per mention: every unit that contains it asks)."""
        if e.start in self._scores:
            return self._scores[e.start]
        text = self.doc.norm
        after = text[e.end : e.end + 40].lower()
        before = text[max(0, e.start - 40) : e.start].lower()
        score = 1.0
        conduct = False
        if _VOTE_AFTER.match(after):
            score += 3
        elif CONDUCT_AFTER.match(text, e.end, e.end + 40):
            score -= 3  # "condemned Russia's war": judged is the war, however named
            conduct = True
        elif _JUDGES_AFTER.match(after):
            score -= 3
        if not conduct and (_JUDGED_BEFORE.search(before) or _VOTE_OF_BEFORE.search(before)):
            score += 3
        elif score <= 1 and TARGETED_BEFORE.search(before):
            score -= 3  # "used once again to single out Israel": the one the text targets
        if _after(text, e.start, _ALIGNING_BEFORE):
            score -= 3
        elif _after_word(text, e.start, _PHRASE_BEFORE, _PHRASE_ENDINGS):
            score -= 1.5  # "compromised by the Russians", "the war in Ukraine"
        self._scores[e.start] = score
        return score

    def _voter(self, unit: Unit, pol: Polarity, exclude: str | None = None) -> str | None:
        """Whose vote the unit is about (``_defaulted`` says whether it fell back on the
        article's focal voter)."""
        self._defaulted = False
        own = self._own_country(unit)
        text = self.doc.norm
        spans = self._spans(unit)
        scored: list[tuple[float, str]] = []
        for e in self._in_spans(spans):
            own_vote = e.key == own and own != exclude and own in self.voters
            if own_vote and _POSSESSED_VOTE.match(text, e.end, e.end + 40):
                return own  # "said Belgrade's vote had been a mistake": their own
            if e.key in (own, exclude) or e.key not in self.voters or names_a_people(e, text):
                continue
            scored.append((self._voter_score(e), e.key))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= 2:
            return scored[0][1]
        plain = [key for score, key in scored if score > 0 and key in self.explicit_voters]
        if len(set(plain)) == 1:
            return plain[0]  # the only country the unit names that the article has voting
        found = None if scored else self._unclaimed_voter(spans, own, exclude)
        if found is not None:
            self._defaulted = not found
            return found or None
        unit_text = text[unit.start : unit.end] if unit.quote is None else unit.text
        if (
            pol == "criticizes"
            and own
            and own in self.voters
            and own != exclude
            and _OWN_VOTE_NOUN.search(unit_text)
            and not plain
        ):
            return own  # "said the abstention was 'grandstanding'"
        if (
            pol == "supports"
            and own
            and (own in self.voters or _ITS_OPTION.search(unit_text))
            and own != exclude
            and not plain
            and _ITS_VOTE.search(unit_text)
        ):
            return own  # "Beijing defended its decision", "defended its vote against it"
        vetoer = self._vetoer(unit_text) if not plain else None
        if vetoer is not None and vetoer not in (own, exclude):
            return vetoer  # "this veto is a disgrace": the one country that cast it
        self._defaulted = True
        if vetoer is None and not plain and len(self._vetoers) > 1 and VETO.search(unit_text):
            return None  # "the veto" of one of several: whose, the unit does not say
        if (
            _UNNAMED_GROUP.search(unit_text)
            or (_UNNAMED_SUBJECTS.search(unit_text) and not ABOUT_THE_VOTE.search(unit_text))
            or self._accuses_other(unit)
        ):
            # "the reaction of Muslim countries", "accused the West of hypocrisy": a
            # position on no named voter
            return None
        if exclude is not None:
            return self.focal(exclude=exclude)
        return self._default_voter(unit_text, own)

    def _default_voter(self, unit_text: str, own: str | None) -> str | None:
        """The voter of a unit that names none: the article's focal voter when it stands
        above the others, else the one country voting as the unit's option word says."""
        focal = self.focal()
        if focal is not None and focal == own and _ALLY.search(unit_text):
            return self.focal(exclude=own)  # "our closest ally" is another country
        if focal is not None and self._stands_out(focal):
            return focal
        # no voter above the others: "that abstention", when one country abstained
        return self._only_voter(option_words(unit_text), own)

    def _only_voter(self, option: str | None, exclude: str | None = None) -> str | None:
        """The one country (``exclude`` aside) the article has voting ``option``, if only
        one did."""
        if option is None:
            return None
        cast = {c.country for c in self.claims if c.option == option} - {exclude}
        return cast.pop() if len(cast) == 1 else None

    def _unclaimed_voter(
        self, spans: list[tuple[int, int]], own: str | None, exclude: str | None
    ) -> str | None:
        """Of a unit that names no voter: a country it has voting itself, though the
        claims missed it ("sorry that India, a partner, had chosen to abstain", "Chile's
        vote"); "" where it judges a country named as a clause's subject ("Russia is the
        aggressor"), whose vote the article does not report, so no focal voter either;
        else None."""
        text = self.doc.norm
        named = [e for e in self._in_spans(spans) if e.key not in (own, exclude)]
        said = {
            e.key
            for e in named
            if _VOTED_AFTER.match(text, e.end, e.end + 80)
            or _VOTE_AFTER.match(text[e.end : e.end + 40].lower())
        }
        if len(said) == 1:
            return said.pop()
        if any(_SUBJECT_AFTER.match(text, e.end, e.end + 30) for e in named):
            return ""
        return None

    def _group_voters(self, unit: Unit) -> list[tuple[str, ResolutionRef]]:
        """The voters a unit names by their option ("the abstention of our partners",
        "those who voted against"), each with its vote: the article's claims of that
        option on the vote the unit is about, the holder's own country left out."""
        text = self.doc.norm[unit.start : unit.end] if unit.quote is None else unit.text
        option = group_option(text)
        if option is None:
            return []
        own = self._own_country(unit)
        cast = [c for c in self.claims if c.option == option and c.country != own]
        keys = {c.resolution.key for c in cast}
        if len(keys) > 1:
            here = self.ctx.at(unit.start)
            if here is None or here.key not in keys:
                return []
            cast = [c for c in cast if c.resolution.key == here.key]
        voters = {c.country: c.resolution for c in cast}
        return list(voters.items()) if len(voters) <= _MOST_IN_GROUP else []

    def _partners(self, unit: Unit, voter: str, ref: ResolutionRef | None = None) -> list[str]:
        """The voters judged together with ``voter``: named beside it ("Moscow and Beijing
        had sided with ..."), or, for "the (two) vetoes" of a Council vote, the other
        countries that voted no in it; each voted as ``voter`` did on the same text (the
        judged one, ``ref``, where ``voter`` voted on several)."""
        cast = {
            (c.option, c.resolution.key)
            for c in self._claims_of_country.get(voter, [])
            if ref is None or c.resolution.key == ref.key
        }
        if len(cast) != 1:
            return []
        same = set(self._countries_by_vote.get(next(iter(cast)), ())) - {voter}
        if not same:
            return []
        text = self.doc.norm
        names = self._in_spans(self._spans(unit))
        found: list[str] = []
        # "A, B, C and D": each name joined to one in the chain that holds ``voter``
        # (forward, then back from it)
        joined = [
            _JOINED_NAMES.fullmatch(text, e.end, f.start) is not None for e, f in pairwise(names)
        ]
        for order in (range(len(joined)), reversed(range(len(joined)))):
            chain = {voter}
            for i in order:
                e, f = names[i], names[i + 1]
                if not joined[i] or not {e.key, f.key} & chain:
                    continue
                other = f.key if e.key in chain else e.key
                if other in same:
                    chain.add(other)
                    if other not in found:
                        found.append(other)
        unit_text = text[unit.start : unit.end] if unit.quote is None else unit.text
        if voter in self._vetoers and (
            self._joint(unit_text, ref is not None) or self._counted_vetoers(unit_text)
        ):
            found += [iso for iso in sorted(self._vetoers) if iso in same and iso not in found]
        return found

    @cached_property
    def _council_nos(self) -> frozenset[str]:
        """The countries the article has voting no in the Security Council."""
        return frozenset(
            c.country for c in self.claims if c.option == "no" and c.resolution.body == "UNSC"
        )

    def _joint(self, unit_text: str, judged: bool = False) -> bool:
        """ "the vetoes", or "the veto" ("the decision") where the article's vetoers all
        cast it on one text, or on the ``judged`` one."""
        return bool(VETOES.search(unit_text)) or (
            (judged or self._one_vetoed_text)
            and bool(VETO.search(unit_text) or THE_DECISION.search(unit_text))
        )

    @cached_property
    def _one_vetoed_text(self) -> bool:
        return len({c.resolution.key for c in self.claims if c.country in self._council_nos}) == 1

    @cached_property
    def _vetoers(self) -> frozenset[str]:
        """The Council's no voters whose no is a veto, the permanent members' (all of them
        when none is a permanent member: the article may name the vote's body loosely)."""
        return (self._council_nos & PERMANENT_MEMBERS) or self._council_nos

    def _accuses_other(self, unit: Unit) -> bool:
        """Whether the unit's narration accuses someone it names neither as a country nor
        as a government or leader ("accused the West of hypocrisy")."""
        if unit.quote is not None:
            return False
        text = self.doc.norm
        m = _ACCUSED_OTHER.search(text, unit.start, unit.end)
        return m is not None and not self._by_position.starting(m.end(), m.end() + 5)

    def _vetoer(self, unit_text: str) -> str | None:
        """The country whose veto a unit names ("the veto", "this veto"): the only one
        the article has voting no in the Security Council."""
        if self._counted_vetoers(unit_text):
            return next((c for c in self.focal_ranking if c in self._vetoers), None)
        if not VETO.search(unit_text):
            return None
        if self._council_no is None and len(self._vetoers) > 1 and self._joint(unit_text):
            # "the two vetoes", "the veto" of one text by two: the first of the vetoers,
            # beside whom ``_partners`` puts the others
            return next(c for c in self.focal_ranking if c in self._vetoers)
        return self._council_no

    def _counted_vetoers(self, unit_text: str) -> bool:
        """Whether the unit counts the Council's no voters without naming them ("two
        permanent members have chosen to ..."), as many as the article has."""
        if "member" not in unit_text.lower():
            return False
        m = COUNTED_MEMBERS.search(unit_text)
        count = {"two": 2, "three": 3}.get(m.group("n").lower()) if m else None
        return count is not None and count == len(self._vetoers)

    @cached_property
    def _council_no(self) -> str | None:
        """The one country the article has voting no in the Security Council, if one; of
        an article reporting two Council votes, the one permanent member that voted alone
        against a text where the other vote had several against ("the veto" of the first
        draft, beside a rival text three members voted down)."""
        council_no = {
            c.country for c in self.claims if c.option == "no" and c.resolution.body == "UNSC"
        }
        if len(council_no) == 1:
            return council_no.pop()
        by_text: dict[str, set[str]] = {}
        for c in self.claims:
            if c.option == "no" and c.resolution.body == "UNSC":
                by_text.setdefault(c.resolution.key, set()).add(c.country)
        alone = [nos for nos in by_text.values() if len(nos & PERMANENT_MEMBERS) == 1]
        if len(by_text) > 1 and len(alone) == 1:
            return next(iter(alone[0] & PERMANENT_MEMBERS))
        return None

    def _resolution(self, unit: Unit, voter: str) -> ResolutionRef | None:
        """Which of the voter's votes the unit is about."""
        # 0. a draft the unit names by its short symbol ("called the adoption of L.10 ..."),
        # or a text by its drafter ("abstained on the American text")
        short = short_draft_ref(unit.text, self._article_refs)
        if short is not None:
            return short
        drafted = self._drafted_text(unit)
        if drafted is not None:
            return drafted
        # 1. the vote the same sentences make claims about ("vote alongside Russia and Belarus")
        nearby = sorted(
            (
                c
                for c in self._claims_by_start.starting(
                    unit.start - self._claims_by_start.longest, unit.end
                )
                if unit.start <= c.start < unit.end or c.start <= unit.start < c.end
            ),
            key=lambda c: self._claim_order[id(c)],  # (the claims' own order, as read)
        )
        chosen = [c for c in nearby if c.country == voter] or nearby
        if chosen:
            return chosen[0].resolution
        # 2. the unit's own description (the segment that carries its cue), ties broken by body
        context = self.ctx.at(unit.start)
        known = self._known()
        segments = unit.segments or [unit.text]
        segments = [
            seg for seg in segments if self.doc.once(polarity, seg)[0] is not None
        ] or segments
        for segment in segments:
            described = [
                d for d in self.matcher.candidates(segment, self.doc) if d.matched or d.key in known
            ]
            if described:
                same_body = [d for d in described if context is not None and d.body == context.body]
                return (same_body or described)[0]
        if self.ctx.is_explicit(unit.start):
            if context is not None and any(_PRESENT.search(seg) for seg in segments):
                return self._latest(context)
            return context
        # 3. option words ("cheers the no vote"), then the voter's most recent vote
        claimed = self._claims_of_country.get(voter, [])
        wanted = option_words(
            self.doc.norm[unit.start : unit.end] + " " + self._heading_before(unit.start)
        )
        matching = [c for c in claimed if c.option == wanted]
        if matching:
            return matching[0].resolution
        if claimed:
            latest = max(c.resolution.date or "" for c in claimed)
            recent = [c.resolution for c in claimed if (c.resolution.date or "") == latest]
            primary = self.ctx.primary
            if primary is not None and any(r.key == primary.key for r in recent):
                return primary
            return recent[0]
        return context
