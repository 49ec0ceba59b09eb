"""The claims ledger and the explicit and implied rules of pass 6a (see the package).

Explicit claims first: a vote predicate ("voted against", "abstained", "voted in
favour", "vetoed", "chose abstention") with its subject, an enumeration of
countries joined by commas and "and" ("Russia, Belarus, ... and Sudan voted
against"), skipping an appositive ("Even China, a known ally of Russia, chose
abstention") and reaching a participle's subject ("Britain declined ...,
abstaining alongside France"). Lists after the predicate count too ("voted in
favour: Algeria, ..."; "Voting yes were ..."; "with five abstentions: France,
..."); ``voters`` adds the lists and agents a cue names (read per sentence from here).

Then implied claims, which need an anchor whose vote is known: "X voted with /
alongside / sided with / stood with Y" gives Y the vote of X, "stood against Y"
the opposite one; "So did Y", "as did Y", "voted the same way" repeat the last
claim; "the five" refers back to a counted list. A subject that is not a country
("Mr. Trump allied himself with ...", "our closest ally") stands for the
article's focal voter; "we" in a quote stands for the speaker's country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from kg.extract.mentions import EntityMention
from kg.extract.numbers import NUMBER, TallyMatch, parse_number, parse_tallies
from kg.extract.patterns import Folded, compile_rule, lowered
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.spans import near_start
from kg.extract.text import Document, Sentence
from kg.extract.votes.voters import (
    read_agents,
    read_cue_lists,
    read_labels,
    read_line_lists,
    read_own_country,
)
from kg.model import Evidence, Option, Quote, ResolutionRef, VoteClaim

_NEG = Folded(
    r"(?i)(?:\bnot\b|n't\b|\bnever\b|\bdeclined\s+to\b|\brefused\s+to\b|\bwould\s+have\b|"
    r"\b(?:should|could|might)\s+have\b|"
    r"\bfailed\s+to\b|\bwhether\b|\bif\b)\s*(?:\w+\s+){0,2}$",
    needs=(
        *("not", "n't", "never", "declined", "refused", "would", "failed", "whether", "if"),
        *("should", "could", "might"),
    ),
)
# "voted for peace", "voting for the future": rhetoric, not a ballot.
_ABSTRACT = (
    r"(?:peace|war|justice|freedom|democracy|dialogue|diplomacy|sovereignty|humanity|"
    r"stability|security|the\s+future|common\s+sense|the\s+people)\b"
)
_OPTION_PATTERNS: list[tuple[Folded, Option]] = [
    (
        Folded(
            r"(?i)\bvot(?:ed|es|e|ing)\s+(?:with|alongside)\s+[^,.;]{1,60}?\s+against\s+"
            r"(?=(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:resolution|text|draft|motion)\b)"
        ),
        "no",
    ),
    (
        Folded(
            r"(?i)\bvot(?:ed|es|e|ing)\s+(?:(?:on|this|last|that|again|also|then|today|"
            r"yesterday|\w+day|once|first|all)\s+){0,3}(?:against|no\b|\"no\")"
        ),
        "no",
    ),
    (
        Folded(
            r"(?i)\bvot(?:ed|es|e|ing)\s+(?:(?:on|this|last|that|again|also|then|today|"
            r"yesterday|\w+day|once|first|all)\s+){0,3}(?:in\s+favou?r|for\b(?!\s+"
            + _ABSTRACT
            + r")|yes\b|\"yes\")"
        ),
        "yes",
    ),
    (
        Folded(
            r"(?i)\b(?:abstain(?:ed|s|ing)?|chose\s+(?:to\s+)?abst(?:ain|ention)|"
            r"cast(?:s|ing)?\s+(?:an?\s+|its\s+|the\s+)?(?:lone\s+|single\s+|only\s+)?abstention)\b"
        ),
        "abstain",
    ),
    (Folded(r"(?i)\bveto(?:ed|es)?\b(?!\s+power)"), "no"),
    (
        Folded(
            r"(?i)\b(?:to\s+oppose|opposed\s+(?:it|them|(?:the|a|an)\s+(?:resolution|text|draft|"
            r"measure|motion|proposal)))\b"
        ),
        "no",
    ),
    # "rejected the motion", "voted down the draft"
    (
        Folded(
            r"(?i)\b(?:rejected|voted\s+down)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:resolution|text|draft|motion|measure|proposal)\b"
        ),
        "no",
    ),
    # "joined Russia in opposing (it)", "joined France in backing the text"
    (Folded(r"(?i)(?<=\bin\s)(?:opposing|rejecting)\b"), "no"),
    (Folded(r"(?i)(?<=\bin\s)(?:supporting|backing|endorsing)\b"), "yes"),
    # "Algeria and Pakistan also supported it": backing the text itself, not a country
    (
        Folded(
            r"(?i)\b(?:backed|supported|endorsed)\s+(?=(?:it|them|the\s+(?:\w+\s+){0,2}?"
            r"(?:resolution|text|draft|measure|motion))\b)"
        ),
        "yes",
    ),
    (Folded(r"(?i)(?<=\bin\s)abstaining\b"), "abstain"),
]
# A nominal vote ("Russia's veto", "the U.S. no vote", 'a "no" vote'); _nominal_votes
# keeps those after white space and reads the white space and an "'s" before it back.
_NOMINAL = Folded(
    r"(?i)\b(?P<what>no\"?\s+vote|yes\s+vote|abstention|veto|vote\s+against|"
    r"vote\s+in\s+favou?r|opposition|"
    r"decision\s+to\s+(?:abstain|vote\s+(?:for|against|yes|no|in\s+favou?r\s+of)))\b"
)
_GAP_SUBJECT = Folded(
    r"(?i)^(?:\s|,|delegation|government|administration|mission|envoys?|representatives?|"
    r"decision\s+to|also|had|has|have|did|then|just|again|all|both|only|themselves|itself|"
    r"once|on\s+\w+|this\s+\w+|last\s+\w+|today|yesterday|eventually|ultimately|instead|"
    r"(?:(?:were|was|is|are)\s+)?among\s+the\s+(?:\w+\s+)?(?:countries|states|nations|members)\s+that(?:\s+joined\s+\S+\s+in)?|"
    r"which|that|(?:was|were)\s+the\s+(?:only|sole|lone|single)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:nation|country|member|state|one)s?(?:\s+(?:that|which|who|to))?|"
    # "decided to abstain", "used its veto", "Israel (which voted no)", "had mistakenly voted"
    r"(?:decided|chose|opted|moved|went\s+on|wanted)\s+to|'s|"
    r"(?:used|cast|exercised|wielded)\s+(?:a|an|its|the|their)|\(|\"?[a-z]+ly\"?|"
    # "South Africa, through its envoy Jane Roe, abstained" (the first comma often left out)
    r"(?:via|through)\s+(?:its|their)\s+[^,.;]{1,80},|"
    r"who|the|us|u\.s\.|and\s+(?:other|several|many|some)\s+(?:[\w-]+\s+)?(?:nations|countries|states|"
    r"members|allies|partners|governments))*$"
)
_SEPARATOR = Folded(
    r"(?i)^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|with\s+|against\s+|or\s+)?(?:the\s+)?"
    r"|\s+(?:and|as\s+well\s+as|plus|or|&)\s+(?:the\s+|with\s+|against\s+)?"
    r"|\s*-\s*and\s+(?:with\s+|against\s+)?(?:the\s+)?)$"
)
_SAME_AFTER = Folded(
    r"(?i)^\s*,?\s*(?:(?:on\s+\w+\s+)?(?:alongside|along\s+with|together\s+with|next\s+to|as\s+did|"
    r"with|like|including|joined\s+by)|in\s+the\s+company\s+of)\s+(?:the\s+)?"
)
_ENCLOSED_BEFORE = compile_rule(r"(?:,[^,]{2,120},|\s[-–—]\s[^–—]{2,120}\s[-–—])\s*$")
_LIST_WORDS = compile_rule(r"(?i)\b(?:and|the|including|notably|such\s+as|among\s+them)\b|[\s,–—-]")
_STATES_NOUN = r"(?:countries|states|nations|members|member[\s-]states|governments|allies|partners)"
# "abstained, with six member states - Chile, Peru ... -": the counted list after the predicate
_WITH_COUNTED = Folded(
    rf"(?i)\s*,?\s*with\s+(?:{NUMBER}\s+)?(?:[\w-]+\s+){{0,3}}?{_STATES_NOUN}"
    r"\s*(?:[-–—:(]|,?\s*including)\s*(?:the\s+)?"
)
_SOME_STATES_INCLUDING = Folded(
    r"(?i)\s*(?:an?\s+)?(?:handful|number|group|few|couple|bloc|small\s+group)\s+of\s+(?:[\w-]+\s+){0,2}?"
    + _STATES_NOUN
    + r"\s*,?\s*(?:including|such\s+as|like|led\s+by|among\s+them)\s+(?:the\s+)?"
)
_WITH_BEFORE = compile_rule(r"(?i)\bwith\s+(?:only\s+|just\s+|both\s+)?(?:the\s+)?$")
_WITH_GAP = compile_rule(r"(?i)\s+(?:(?:also|both|alone|too|again)\s+)?")
_NO_SUBJECT = compile_rule(r"(?i)\b(?:none|neither|no|not\s+one)\b(?:\s+[\w-]+){0,5}\s*$")
_QUALIFIER = compile_rule(r"\s*\((?:[\w'’-]+\s+){1,4}of(?:\s+the)?\)")
_LIST_AFTER = Folded(r"(?i)^\s*(?:were\s*:?|was\s*:?|:|-\s)\s*(?:the\s+)?")
# ("joined" counts before a capital only, as in "joined Russia": checked where it is used)
_ALIGN = Folded(
    r"(?i)\b(?P<verb>vot(?:ed|es|e|ing)\s+(?:(?:no|yes|against|in\s+favou?r)\s+)?"
    r"(?:with|alongside|next\s+to)|sid(?:ed|es|e|ing)\s+with|lin(?:ing|ed|es|e)\s+up\s+with|"
    r"align(?:ed|ing|s)?\s+(?:\w+\s+){0,2}?with|allied\s+(?:\w+\s+)?with|"
    r"(?<!to\s)st(?:ood|ands|anding)\s+(?:with|alongside|next\s+to)|in\s+the\s+company\s+of|"
    r"placed\s+(?:the\s+)?\S+\s+alongside|joined\s+|voted\s+the\s+same\s+way|"
    r"so\s+did|as\s+did)\b",
    needs=("with", "alongside", "next", "company", "joined", "same", "did"),
)
_OPPOSE = re.compile(
    r"(?i)\b(?:st(?:ood|and|ands|anding)\s+against|oppos(?:ing|ed)\s+(?:\w+\s+){0,3}?"
    r"(?:allies|partners|countries|nations)?\s*(?:such\s+as|like|including)?|"
    r"(?:broke|breaking|breaks)\s+with|at\s+odds\s+with)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
_BACKREF = Folded(
    rf"(?i)\bthe\s+(?:original\s+|same\s+)?(?P<n>{NUMBER})\b(?!\s+(?:votes|abstentions|years))"
)


# Cheap tests that let most sentences skip the vote patterns altogether (a word of every
# pattern explicit() or implied() runs: a sentence without any is skipped). They may
# pass a sentence the patterns then reject, never the other way round.
_VOTE_STEMS = (
    "vot",
    "against",
    "abst",
    "oppos",
    "back",
    "support",
    "veto",
    "endors",
    "reject",
    "favor",
    "favour",
    "among",
    "included",
    "others",
    "dissent",
)
_VOTE_PHRASES = re.compile(r"no\b|yes\b|one\s+of\s+the|were\s*:|'s\s")


def _may_state_votes(text: str) -> bool:
    """Whether ``text`` holds a vote word. Substring tests first (most vote sentences say
    "vot"): as one alternation, the words' common first letters would have re try them
    at almost every offset."""
    low = lowered(text)
    for stem in _VOTE_STEMS:
        if stem in low:
            return True
    return _VOTE_PHRASES.search(low) is not None


# (no alternative opens on \b, which would stop re skipping ahead by first letter)
_ALIGN_WORDS = Folded(
    r"(?i)with\b|alongside|next\s+to|company\s+of|joined|did\b|same\s+way|against|oppos|"
    r"br(?:oke|eaking|eaks)\b|odds",
    needs=(
        "with",
        "alongside",
        "next",
        "company",
        "joined",
        "did",
        "same",
        "against",
        "oppos",
        "broke",
        "breaking",
        "breaks",
        "odds",
    ),
)
_ON_AMENDMENTS = Folded(
    r"(?i)\b(?:of|on|against|for)\s+(?:all\s+|both\s+)?(?:them|three|two|the\s+amendments?)\b|"
    r"\bamendments?\b|\bthese\s+efforts\b|\bveto",
    needs=("them", "three", "two", "amendment", "efforts", "veto"),
)
_GAP_PREPOSITION = Folded(
    r"(?i)\b(?:at|over|in|on|of|for|from|to|into|about|during|after|before|by|under|across)\b"
)
_ALIGN_SAME_WORDS = Folded(r"(?i)\b(?:so|as)\s+did\b|same\s+way", needs=("did", "same"))
# "Among the countries that abstained on the measure were", "Those voting against the text
# included", "States that backed it were": then the voters.
_VOTERS_WERE = Folded(
    r"(?i)\b(?:among\s+)?(?:the\s+)?(?:other\s+)?(?:countries|states|nations|members|member\s+states|"
    r"delegations|governments|those)\s+(?:that\s+|which\s+|who\s+)?(?P<verb>abstained|abstaining|"
    r"voted\s+(?:against|no|yes|in\s+favou?r|for)|voting\s+(?:against|no|yes|in\s+favou?r|for)|"
    r"opposed|opposing|rejected|backed|backing|supported|supporting|endorsed)\b"
    r"(?:[^.;:]|\.(?=\S)){0,160}?\s+(?:were|was|are|included|include)\s*:?\s*(?:the\s+)?",
    needs=("countries", "states", "nations", "members", "delegations", "governments", "those"),
)
# "was among four countries that abstained", "were the 11 Asian countries among the 35
# nations that abstained", "was one of 35 countries to abstain", "among those that voted"
_STATES = r"(?:countries|states|nations|members|member\s+states|delegations|those|ones)"
_AMONG_THOSE_THAT = Folded(
    r"(?i)(?:,?\s+(?:via|through)\s+(?:its|their)\s+[^,.;]{1,80},)?"
    r"(?:\s+(?:also\s+)?(?:was|were|is|are)\s+(?:also\s+)?(?:(?:one\s+of|among)\s+)?|"
    r"\s+(?:one\s+of|among)\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _STATES
    + r"\s+(?:(?:among|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _STATES
    + r"\s+)?"
    r"(?:that|which|who|to)\s+(?:also\s+|had\s+)?"
)
_COUNT_BEFORE = Folded(rf"(?i)(?<![\w,.]){NUMBER}\s+(?:(?:other|more)\s+)?$")
_AS_BEFORE = Folded(
    r"(?i)\bas\s+(?:they|it|he|she|we)\s+(?:had|did|have|has)\s+(?:\w+\s+)?(?:on|in|at)\s+"
    r"(?P<how>both|all|each\s+of\s+the|the)\s+(?:two\s+|three\s+)?(?:previous|earlier|prior|"
    r"past)\s+(?P<noun>occasions?|votes?|times?|resolutions?)",
    needs=("previous", "earlier", "prior", "past"),
)
_JOINED_BY = Folded(
    r"(?i)\b(?:was|were|had\s+been|has\s+been|is|are)\s+joined\s+by\s+(?:the\s+)?",
    needs=("joined",),
)
_JOINED_COUNT = Folded(
    rf"(?i)\b(?:had\s+|have\s+|has\s+)?joined\s+the\s+(?:original\s+)?(?P<n>{NUMBER})\b",
    needs=("joined",),
)
_AMONG_THE = Folded(
    rf"(?i)\b(?:was|were|is|are)\s+(?:one\s+)?(?:of\s+|among\s+)the\s+(?P<n>{NUMBER})\b",
    needs=("among", "of"),
)
# Lists named after a count or an option: "with five abstentions: France, ...".
_LIST_PATTERNS: list[tuple[Folded | re.Pattern[str], Option]] = [
    (
        re.compile(
            r"(?i)\babstentions?\s*(?::|(?:then\s+|instead\s+)?came\s+from|were|included|,?\s*including"
            r"(?:\s+from)?(?:\s+(?-i:[a-z]+)){0,3})\s*(?:the\s+)?"
        ),
        "abstain",
    ),
    (
        Folded(
            r"(?i)\bopposition\s+from\s+(?:only\s+)?(?:\S+\s+){0,2}(?:countries|states|"
            r"nations|members),?\s+including\s+(?:the\s+)?",
            needs=("opposition",),
        ),
        "no",
    ),
    (
        Folded(
            r"(?i)\babstainers?\s+(?:included|were|was)\s*:?\s*(?:the\s+)?", needs=("abstainer",)
        ),
        "abstain",
    ),
    (Folded(r"(?i)\bamong\s+them\s+(?:the\s+)?", needs=("among",)), "abstain"),
    (
        Folded(r"(?i)\bvoting\s+(?:yes|in\s+favou?r)\s+were\s*:?\s*(?:the\s+)?", needs=("voting",)),
        "yes",
    ),
    (Folded(r"(?i)\bvoting\s+(?:no|against)\s+were\s*:?\s*(?:the\s+)?", needs=("voting",)), "no"),
    (Folded(r"(?i)\bthe\s+(?P<n>\w+(?:-\w+)?)\s+were\s*:?\s*(?:the\s+)?", needs=("were",)), "no"),
]


@dataclass
class _Group:
    start: int
    end: int
    members: list[EntityMention]

    @property
    def isos(self) -> list[str]:
        return list(dict.fromkeys(m.key for m in self.members))


@dataclass
class _Claim:
    iso: str
    option: Option
    resolution: ResolutionRef
    start: int
    end: int
    rule: str


class VoteReader:
    def __init__(
        self,
        doc: Document,
        entities: list[EntityMention],
        ctx: ResolutionContext,
        matcher: ResolutionMatcher,
        quotes: list[Quote],
        speaker_country: dict[str, str],
    ) -> None:
        self.doc = doc
        self.ctx = ctx
        self.matcher = matcher
        self.countries = [e for e in entities if e.kind == "country" and _can_vote(doc, e)]
        self._adjectives = [e for e in entities if e.kind == "country" and not _can_vote(doc, e)]
        self._adjective_starts = [e.start for e in self._adjectives]
        self._country_starts = [e.start for e in self.countries]
        self._mentions_of: dict[str, int] = {}
        for e in self.countries:
            self._mentions_of[e.key] = self._mentions_of.get(e.key, 0) + 1
        self._groups: dict[int, list[_Group]] = {}
        self.quotes = quotes
        self.speaker_country = speaker_country
        self.claims: list[_Claim] = []
        self._by_sentence: dict[int, list[_Claim]] = {}  # claims by the start of their sentence
        self._first_option: dict[tuple[str, str], Option] = {}  # (country, resolution) -> option
        self._claims_of: dict[str, int] = {}  # country -> number of claims, in order of first claim
        self.lists: list[tuple[int, list[str], Option, int]] = []  # (size, isos, option, where)

    # --- helpers -----------------------------------------------------------------------

    def groups(self, sentence: Sentence) -> list[_Group]:
        cached = self._groups.get(sentence.start)
        if cached is not None:
            return cached
        groups: list[_Group] = []
        for m in self.countries_in(sentence):
            if groups and _SEPARATOR.match(self.doc.norm[groups[-1].end : m.start]):
                groups[-1].members.append(m)
                groups[-1].end = m.end
            else:
                groups.append(_Group(m.start, m.end, [m]))
            # the UN's official form of a name: "Iran (Islamic Republic of)"
            qualifier = _QUALIFIER.match(self.doc.norm, m.end, sentence.end)
            if qualifier is not None:
                groups[-1].end = qualifier.end()
        self._groups[sentence.start] = groups
        return groups

    def countries_in(self, sentence: Sentence) -> list[EntityMention]:
        """The country mentions that can be voters in ``sentence``."""
        lo = bisect_left(self._country_starts, sentence.start)
        hi = bisect_left(self._country_starts, sentence.end)
        return self.countries[lo:hi]

    def adjectives_in(self, sentence: Sentence) -> list[EntityMention]:
        """The demonyms used as adjectives in ``sentence`` ("a Russian veto")."""
        lo = bisect_left(self._adjective_starts, sentence.start)
        hi = bisect_left(self._adjective_starts, sentence.end)
        return self._adjectives[lo:hi]

    def claims_in(self, sentence: Sentence) -> list[_Claim]:
        return self._by_sentence.get(sentence.start, [])

    def resolution_for(self, start: int, end: int, sentence: Sentence) -> ResolutionRef | None:
        window = self.doc.norm[start:end]
        amendment = self.ctx.amendment_at(start)
        if (
            amendment is not None
            and _ON_AMENDMENTS.search(window)
            and not re.search(r"(?i)\bfinal\s+(?:text|resolution|draft|vote)", window)
        ):
            return amendment
        symbols = self.matcher.symbols_in(window, start)
        if symbols:
            return symbols[0].ref
        local = self.matcher.describe(window, self.doc)
        if local is not None and not self.ctx.is_explicit(start):
            return local
        return self.ctx.at(start)

    def _local_resolution(
        self, start: int, limit: int, sentence: Sentence
    ) -> tuple[ResolutionRef | None, bool]:
        """The resolution for a predicate, and whether its own clause named it."""
        window = self.doc.norm[start:limit]
        if self.matcher.symbols_in(window, start) or self.matcher.describe(window, self.doc):
            return self.resolution_for(start, limit, sentence), True
        return self.resolution_for(start, limit, sentence), False

    def add(
        self, iso: str, option: Option, ref: ResolutionRef | None, start: int, end: int, rule: str
    ) -> None:
        if ref is None:
            return
        claim = _Claim(iso, option, ref, start, end, rule)
        self.claims.append(claim)
        self._by_sentence.setdefault(start, []).append(claim)
        self._claims_of[iso] = self._claims_of.get(iso, 0) + 1
        self._first_option.setdefault((iso, ref.key), option)

    def option_of(self, iso: str, ref: ResolutionRef | None) -> Option | None:
        """The option of the first claim of ``iso`` on ``ref``."""
        return None if ref is None else self._first_option.get((iso, ref.key))

    def _reindex_options(self) -> None:
        """After a claim moved to another resolution (rare)."""
        self._first_option = {}
        for c in self.claims:
            self._first_option.setdefault((c.iso, c.resolution.key), c.option)

    def focal(self) -> str | None:
        """The country the article's claims and mentions are most about."""
        counts = {iso: n + self._mentions_of.get(iso, 0) for iso, n in self._claims_of.items()}
        return max(counts, key=lambda k: counts[k]) if counts else None

    def we_country(self, offset: int) -> str | None:
        for q in self.quotes:
            if any(p.start <= offset < p.end for p in q.parts):
                return self.speaker_country.get(q.speaker.name)
        return None

    # --- explicit claims ---------------------------------------------------------------

    def explicit(self) -> None:
        for i, sentence in enumerate(self.doc.sentences):
            text = self.doc.norm[sentence.start : sentence.end]
            if not _may_state_votes(text):
                continue  # most sentences say nothing about a vote: skip the patterns
            previous_sentence = self.doc.sentences[i - 1] if i else None
            read_own_country(self, sentence, self.lowered_text, previous_sentence)
            groups = self.groups(sentence)
            predicates = []
            low = lowered(text)
            for pattern, option in _OPTION_PATTERNS:
                for m in pattern.in_lowered(low):
                    start = sentence.start + m.start()
                    before = self.doc.norm[near_start(self.doc.norm, sentence.start, start) : start]
                    if _NEG.search(before) or _COUNT_BEFORE.search(before):
                        continue  # "did not vote against"; "with 65 abstaining" is a count
                    predicates.append((start, sentence.start + m.end(), option))
            predicates.sort()
            previous: tuple[int, list[tuple[str, str]]] | None = None
            for n, (start, end, option) in enumerate(predicates):
                limit = predicates[n + 1][0] if n + 1 < len(predicates) else sentence.end
                semicolon = self.doc.norm.find(";", end, limit)
                if semicolon >= 0:
                    limit = semicolon  # the predicate's clause ends there
                ref, cued = self._local_resolution(start, limit, sentence)
                subjects = self._subjects(sentence, groups, start, end, previous)
                if subjects and subjects[0][1] == "vote.with-participle" and not cued:
                    # "adopted the first text 93-18, with X voting against; ...": the vote
                    # of the clause the participle hangs on
                    clause = max(
                        self.doc.norm.rfind(";", sentence.start, start) + 1, sentence.start
                    )
                    window = self.doc.norm[clause:end]
                    symbols = self.matcher.symbols_in(window, clause)
                    main = symbols[0].ref if symbols else self.matcher.describe(window, self.doc)
                    ref, cued = (main, True) if main is not None else (ref, cued)
                if len(subjects) >= 3:
                    self.lists.append((len(subjects), [iso for iso, _ in subjects], option, start))
                for iso, rule in subjects:
                    self.add(
                        iso,
                        option,
                        ref,
                        sentence.start,
                        sentence.end,
                        rule + (".cued" if cued else ""),
                    )
                previous = (end, subjects)
                for iso in self._after(groups, end, limit):
                    self.add(iso, option, ref, sentence.start, sentence.end, "vote.list-after")
                self._backref(sentence, end, limit, option, ref)
            for start, end, what in _nominal_votes(text):
                self._nominal(sentence, groups, start, end, what)
            self._abstention_lists(sentence, groups)
            read_cue_lists(self, sentence, self.lowered_text)
            read_agents(self, sentence, self.lowered_text)
            self._separate_contrasts(sentence)

    def _nominal(
        self, sentence: Sentence, groups: list[_Group], start: int, end: int, what: str
    ) -> None:
        """ "Russia's no vote", "Russia's veto", "despite U.S. opposition"."""
        text = self.doc.norm
        at = sentence.start + start
        owner = next((g for g in groups if g.end == at), None)
        if owner is None:
            return
        if what == "opposition" and not re.search(
            r"(?i)\b(?:despite|amid|over|against|because\s+of|in\s+the\s+face\s+of)\s+(?:the\s+)?$",
            text[max(sentence.start, owner.start - 40) : owner.start],
        ):
            return
        option: Option = (
            "abstain"
            if "abst" in what
            else ("yes" if re.search(r"yes|fav|\bfor\b", what) else "no")
        )
        ref = self.resolution_for(at, sentence.end, sentence)
        for iso in owner.isos:
            self.add(
                iso,
                option,
                ref,
                sentence.start,
                sentence.end,
                "vote.opposition" if what == "opposition" else "vote.possessive",
            )
        follow = re.match(
            r"(?i)\s*(?:,\s*)?(?:but|and|not)\s+(?:also\s+)?",
            text[sentence.start + end : sentence.end],
        )
        if follow:
            nxt = next((g for g in groups if g.start == sentence.start + end + follow.end()), None)
            if nxt is not None:
                for iso in nxt.isos:
                    self.add(iso, option, ref, sentence.start, sentence.end, "vote.possessive")

    def _separate_contrasts(self, sentence: Sentence) -> None:
        """A country cannot vote two ways on one text: "vote against the resolution and
        abstain from the revised version" names two resolutions; the uncued claim is about
        the article's main one."""
        mine = self._by_sentence.get(sentence.start, [])
        for c in mine:
            rivals = [
                d
                for d in mine
                if d is not c
                and d.iso == c.iso
                and d.resolution.key == c.resolution.key
                and d.option != c.option
            ]
            if rivals and self.ctx.primary is not None and c.resolution.key != self.ctx.primary.key:
                cued = [d for d in [c, *rivals] if d.rule.endswith(".cued")]
                for d in [c, *rivals]:
                    if d not in cued and cued:
                        d.resolution = self.ctx.primary
                        self._reindex_options()

    def _subjects(
        self,
        sentence: Sentence,
        groups: list[_Group],
        start: int,
        end: int,
        previous: tuple[int, list[tuple[str, str]]] | None = None,
    ) -> list[tuple[str, str]]:
        before = [g for g in groups if g.end <= start]
        text = self.doc.norm
        if previous is not None:
            prev_end, prev_subjects = previous
            between = text[prev_end:start]
            if (
                prev_subjects
                and not [g for g in groups if prev_end <= g.start < start]
                and re.search(
                    r"(?i)\b(?:and|but|then|before|after)\s+(?:then\s+|later\s+|also\s+)?$", between
                )
            ):
                return [(iso, "vote.coordinated") for iso, _ in prev_subjects]
        floor = near_start(text, sentence.start, start, 160)  # "joined", 90 characters, "in"
        joined = re.search(
            r"(?i)\bjoin(?:ed|s|ing)?\s+(?P<the>the\s+)?(?P<x>[^.;]{1,90}?)\s+in\s+$",
            text[floor:start],
        )
        if joined:
            # "Russia, ... were among the countries that joined Washington in voting no",
            # "the US joined Russia, Belarus and North Korea in opposing it"
            at = floor + joined.start("x")
            named_at = {at, floor + joined.start("the")} if joined.group("the") else {at}
            partners = [g for g in before if g.start in named_at]  # "joined The Netherlands"
            if partners:
                out = [(iso, "vote.joined") for iso in partners[0].isos]
                verb_at = floor + joined.start()
                adjacent = [
                    g
                    for g in before
                    if g.end <= verb_at
                    and re.fullmatch(
                        r"(?i)\s*(?:,[^,]{1,80},\s*)?(?:(?:also|then|had|has|have|on\s+\w+|were\s+among\s+the\s+"
                        r"(?:\w+\s+)?(?:countries|states|nations)\s+that)\s+)*",
                        text[g.end : verb_at],
                    )
                ]
                head = adjacent[-1] if adjacent else self._sentence_subject(groups, at)
                if head is not None:
                    out += [(iso, "vote.joined") for iso in head.isos]
                return out
        found = self._across_commas(sentence, before, start)
        if found is not None:
            group, appositive = found
            rule = "vote.subject.appositive" if appositive else "vote.subject"
            return [(iso, rule) for iso in group.isos]
        if before and _AMONG_THOSE_THAT.fullmatch(text[before[-1].end : start]):
            # "with Cape Verde among the countries that voted for it"
            return [(iso, "vote.subject") for iso in before[-1].isos]
        if (
            before
            and _WITH_BEFORE.search(
                text, near_start(text, sentence.start, before[-1].start, 30), before[-1].start
            )
            and _WITH_GAP.fullmatch(text, before[-1].end, start)
            and re.match(r"\w+ing\b", text[start:end])
        ):
            # "passed 13-0-2, with China and Russia abstaining"
            return [(iso, "vote.with-participle") for iso in before[-1].isos]
        if before and not self._in_phrase(before[-1]):
            g = before[-1]
            gap = text[g.end : start]
            if _GAP_SUBJECT.match(gap) and not re.search(r"\b(?:against|with|for)\b", gap):
                out = [(iso, "vote.subject") for iso in g.isos]
                # "Russia, ... were among the countries that joined Washington in voting no"
                joined = (
                    re.search(r"(?i)joined\s+$", text[g.start - 8 : g.start])
                    if g.start > 8
                    else None
                )
                if joined and len(before) > 1:
                    out += [(iso, "vote.subject") for iso in before[-2].isos]
                return out
            joined = re.search(r"(?i)\bjoined\s+(?:the\s+)?$", text[sentence.start : g.start])
            if joined:
                return []
        # a participle: "Britain declined ..., abstaining alongside France",
        # "the United States ... stunned allies by voting against"
        first_word = text[start:end].split()[0].lower()
        preceding = text[sentence.start : start]
        if re.fullmatch(r"(?i)\s*(?:by|after|in|while)\s+", preceding):
            # "By voting no, the United States was not endorsing ..."
            comma = text.find(",", end, sentence.end)
            after = [
                g for g in groups if comma != -1 and g.start > comma and not self._in_phrase(g)
            ]
            if after and len(text[comma : after[0].start]) < 12:
                return [(iso, "vote.fronted-participle") for iso in after[0].isos]
        if first_word.endswith("ing") or re.search(r"(?i)\bby\s+$", preceding):
            subject = self._sentence_subject(groups, start)
            # not across a semicolon, nor for a label ("...; abstaining: Chile")
            if (
                subject is not None
                and ";" not in text[subject.end : start]
                and not text[end : end + 2].lstrip().startswith(":")
            ):
                return [(iso, "vote.participle-subject") for iso in subject.isos]
        we = re.search(r"(?i)\b(?:we|us)\s+(?:\w+\s+){0,2}$", preceding)
        if we:
            iso = self.we_country(start)
            if iso:
                return [(iso, "vote.we")]
        return []

    def _in_phrase(self, g: _Group) -> bool:
        """Whether a group sits in a prepositional phrase ("the war in Ukraine")."""
        sentence = self.doc.sentence_at(g.start)
        floor = max(g.start - 30, sentence.start if sentence else 0)
        before = re.findall(r"[\w'\-]+", self.doc.norm[floor : g.start].lower())
        before = [w for w in before if w != "the"]
        return bool(before) and before[-1] in _PREPOSITIONS

    def _across_commas(
        self, sentence: Sentence, before: list[_Group], start: int
    ) -> tuple[_Group, bool] | None:
        """The subject of a verb at ``start`` that a comma-enclosed phrase precedes, and
        whether that phrase is an appositive: "China, a close partner of Russia, chose"
        gives China (appositive); ", Latvia and Estonia, voted" and "all the others,
        including Chile, voted" give the list inside. Dashes enclose a phrase as commas do
        ("Peru and Chile - both close partners - abstained")."""
        text = self.doc.norm
        apos = _ENCLOSED_BEFORE.search(text, sentence.start, start)
        if not before or not apos:
            return None
        cut = apos.start()
        if _NO_SUBJECT.search(text, sentence.start, cut):
            return None  # "none of the permanent members - including China - vetoed it"
        inner = [x for x in before if x.start >= cut]
        outer = [x for x in before if x.end <= cut]
        rest = text[cut:start]
        for x in inner:
            rest = rest.replace(text[x.start : x.end], "")
        only_countries = bool(inner) and not _LIST_WORDS.sub("", rest)
        if inner and only_countries:
            return inner[-1], False
        if outer and _GAP_SUBJECT.match(text[outer[-1].end : cut]):
            return outer[-1], True
        return None

    def _sentence_subject(self, groups: list[_Group], start: int) -> _Group | None:
        """The first country group before ``start`` that is not inside a prepositional phrase."""
        text = self.doc.norm
        for g in groups:
            if g.start >= start:
                return None
            if self._in_phrase(g):
                continue
            if re.match(r"\s*(?:'s\b|-)", text[g.end : g.end + 3]):
                continue  # "Russia's invasion", "US-drafted"
            return g
        return None

    def _after(self, groups: list[_Group], end: int, limit: int) -> list[str]:
        text = self.doc.norm
        after = [g for g in groups if end <= g.start < limit]
        if not after:
            return []
        gap = text[end : after[0].start]
        if _SAME_AFTER.fullmatch(gap) or _LIST_AFTER.fullmatch(gap) or _WITH_COUNTED.fullmatch(gap):
            return after[0].isos
        # "abstained, as did two permanent members, France and the United Kingdom"
        if re.match(r"(?i)^\s*,?\s*as\s+did\s+[^,]{1,40},\s*$", gap):
            return after[0].isos
        return []

    def _backref(
        self, sentence: Sentence, end: int, limit: int, option: Option, ref: ResolutionRef | None
    ) -> None:
        """ "- the original five, plus Mali and Nicaragua -": a counted list from before."""
        window = self.doc.norm[end:limit]
        for m in _BACKREF.finditer(window[:80]):
            n = parse_number(m.group("n"))
            for size, isos, _, where in reversed(self.lists):
                if size == n and where < end:
                    for iso in isos:
                        self.add(
                            iso, option, ref, sentence.start, sentence.end, "vote.back-reference"
                        )
                    break
        plus = re.search(r"(?i)\bplus\s+", window[:100])
        if plus:
            for g in self.groups(sentence):
                if g.start == end + plus.end() or g.start == end + plus.end() + 4:
                    for iso in g.isos:
                        self.add(iso, option, ref, sentence.start, sentence.end, "vote.list-after")

    def _abstention_lists(self, sentence: Sentence, groups: list[_Group]) -> None:
        """ "with five abstentions: France, ...", "The abstainers included China, ..."."""
        if not groups:
            return  # every list names its countries in the sentence
        text = self.doc.norm
        patterns = _LIST_PATTERNS
        tallies_here = self.doc.once(parse_tallies, text[sentence.start : sentence.end])
        for m in _AMONG_THE.finditer(text[sentence.start : sentence.end]):
            # "the United States was among the eighteen": the stated count names the option
            at = sentence.start + m.start()
            owner = [g for g in groups if g.end <= at and len(text[g.end : at]) < 4]
            counted = _counted_option(parse_number(m.group("n")), tallies_here)
            if owner and counted:
                ref = self.resolution_for(at, sentence.end, sentence)
                for iso in owner[-1].isos:
                    self.add(iso, counted, ref, sentence.start, sentence.end, "vote.counted")
        low = self.lowered_text
        for pattern, option in patterns:
            matches = (
                pattern.in_lowered(low, sentence.start, sentence.end)
                if isinstance(pattern, Folded)
                else pattern.finditer(text, sentence.start, sentence.end)
            )
            for m in matches:
                nxt = next((g for g in groups if g.start == m.end()), None)
                if nxt is None:
                    continue
                chosen: Option | None = option
                if "n" in m.groupdict() and m.group("n"):
                    chosen = _counted_option(parse_number(m.group("n")), tallies_here)
                    if "among" in m.group(0).lower():
                        chosen = option
                if "among" in m.group(0).lower():
                    prior = text[sentence.start : m.start()].lower()
                    chosen = (
                        "abstain"
                        if "abstain" in prior
                        else ("no" if re.search(r"against|voted no", prior) else None)
                    )
                if chosen is None:
                    continue
                ref = self.resolution_for(m.start(), sentence.end, sentence)
                for iso in nxt.isos:
                    self.add(iso, chosen, ref, sentence.start, sentence.end, "vote.list")
                if len(nxt.isos) >= 3:
                    self.lists.append((len(nxt.isos), nxt.isos, chosen, m.start()))
        self._voters_named_by_clause(sentence, groups, low)

    def _voters_named_by_clause(self, sentence: Sentence, groups: list[_Group], low: str) -> None:
        """ "Among the countries that abstained on the measure were Pakistan, India and
        China", "Those voting against it included Belarus": the clause names the option."""
        for m in _VOTERS_WERE.in_lowered(low, sentence.start, sentence.end):
            option = _clause_option(m.group("verb"))
            nxt = next((g for g in groups if g.start == m.end()), None)
            if option is None or nxt is None:
                continue
            ref = self.resolution_for(m.start(), sentence.end, sentence)
            for iso in nxt.isos:
                self.add(iso, option, ref, sentence.start, sentence.end, "vote.list")
            if len(nxt.isos) >= 3:
                self.lists.append((len(nxt.isos), nxt.isos, option, m.start()))

    # --- implied claims ----------------------------------------------------------------

    @cached_property
    def lowered_text(self) -> str:
        return lowered(self.doc.norm)

    @cached_property
    def _aligning(self) -> list[Sentence]:
        """The sentences that may state an alignment (implied() reads them twice)."""
        norm = self.doc.norm
        return [s for s in self.doc.sentences if _ALIGN_WORDS.search(norm[s.start : s.end])]

    def implied(self) -> None:
        for sentence in self._aligning:
            text = self.doc.norm[sentence.start : sentence.end]
            groups = self.groups(sentence)
            if not groups and not _ALIGN_SAME_WORDS.search(text):
                continue
            for m in _ALIGN.finditer(text):
                at = sentence.start + m.start()
                end = sentence.start + m.end()
                verb = m.group("verb")
                if verb.startswith("joined") and not "A" <= text[m.end() : m.end() + 1] <= "Z":
                    continue
                ref = self.resolution_for(at, sentence.end, sentence)
                # The country the targets are aligned with, and not one of them. "So did X",
                # "as did X", "X voted the same way" repeat the last claim and have none.
                anchor: str | None = None
                if verb.startswith(("so did", "as did", "voted the same")):
                    last = self._last_claim_before(at)
                    if last is None:
                        continue
                    option: Option | None = last.option
                    ref = last.resolution
                    if verb.startswith("voted"):  # "X voted the same way": X
                        before = [g for g in groups if g.end <= at]
                        across = self._across_commas(sentence, before, at)
                        targets = [across[0]] if across else before[-1:]
                    else:  # "so did X", "as did X"
                        targets = [g for g in groups if g.start >= end][:1]
                else:
                    anchor = self._anchor(sentence, groups, at, verb)
                    if anchor is None:
                        continue
                    if not self.ctx.is_explicit(at):
                        partners = [
                            iso
                            for g in groups
                            if g.start >= end and self._reaches(end, g)
                            for iso in g.isos
                        ][:8]
                        local = self.matcher.candidates(
                            self.doc.norm[at : self._clause_end(at, sentence)], self.doc
                        )
                        ref = self._aligned_resolution(
                            anchor, partners, ref, [r for r in local if r.matched]
                        )
                    targets = [g for g in groups if g.start >= end][:1]
                    targets = [g for g in targets if self._reaches(end, g)]
                    option = self.option_of(anchor, ref) or _stated_option(verb)
                    partner = next(
                        (o for g in targets for i in g.isos if (o := self.option_of(i, ref))), None
                    )
                    if option is None and partner is not None and not verb.startswith("joined"):
                        # "Mali voted with Russia", Russia's vote known: Mali's is the same
                        self.add(anchor, partner, ref, sentence.start, sentence.end, "vote.aligned")
                        continue
                    if option is None:
                        continue
                    if _stated_option(verb):  # "voted no alongside X": the anchor's own vote
                        self.add(
                            anchor, option, ref, sentence.start, sentence.end, "vote.aligned-anchor"
                        )
                if option is None:
                    continue
                for g in targets:
                    for iso in g.isos:
                        if iso != anchor:
                            self.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned")
            for m in _JOINED_BY.finditer(text):
                # "Russia was joined by Panama, Pakistan and Slovenia": they voted as Russia did
                at = sentence.start + m.start()
                end = sentence.start + m.end()
                ref = self.resolution_for(at, sentence.end, sentence)
                anchor = self._anchor(sentence, groups, at, "joined")
                option = self.option_of(anchor, ref) if anchor else None
                joiners = next((g for g in groups if g.start == end), None)
                if option is None or joiners is None:
                    continue
                for iso in joiners.isos:
                    if iso != anchor:
                        self.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned")
            for m in _OPPOSE.finditer(text):
                at = sentence.start + m.start()
                if re.search(r"(?i)\bvot\w*\s+(?:\w+\s+){0,5}$", text[: m.start()]):
                    continue  # "voted with X against Kyiv": against the resolution, not a voter
                ref = self.resolution_for(at, sentence.end, sentence)
                anchor = self._anchor(sentence, groups, at, "against")
                option = self.option_of(anchor, ref) if anchor else None
                if option not in ("yes", "no"):
                    continue
                opposite: Option = "yes" if option == "no" else "no"
                end = sentence.start + m.end()
                for g in groups:
                    if g.start >= end and self._reaches(end, g):
                        for iso in g.isos:
                            self.add(
                                iso, opposite, ref, sentence.start, sentence.end, "vote.opposed"
                            )
                        break

    def _aligned_resolution(
        self,
        anchor: str,
        partners: list[str],
        default: ResolutionRef | None,
        local: list[ResolutionRef] | None = None,
    ) -> ResolutionRef | None:
        """Of the resolutions the article discusses, the one on which the record lets the
        anchor and its partners have voted together ("voted alongside Russia and Belarus"
        cannot be about a Council vote Belarus took no part in)."""
        if not partners:
            return default
        candidates = {r.key: r for r in (local or self.ctx.all_refs()) if r.matched}
        if default is not None and not local:
            candidates.setdefault(default.key, default)
        best, best_score = default, -1.0
        for key, ref in candidates.items():
            mine = self.option_of(anchor, ref)
            if mine is None:
                continue
            same = sum(1 for p in partners if self.matcher.recorded.get((key, p)) == mine)
            score = same / len(partners) + (
                0.01 if default is not None and key == default.key else 0
            )
            if score > best_score:
                best, best_score = ref, score
        return best

    def _clause_end(self, at: int, sentence: Sentence) -> int:
        """Where the words around ``at`` end: the quotation it stands in, or the sentence."""
        for q in self.quotes:
            for part in q.parts:
                if part.start <= at < part.end:
                    return min(part.end, sentence.end)
        return sentence.end

    def as_before(self) -> None:
        """ "China and India abstained, as they had on both previous occasions": the same
        votes on the resolutions the article named strongly before this sentence (the
        last two for "both", the last for "the previous vote", every one for "all")."""
        for i, sentence in enumerate(self.doc.sentences):
            mine = self._by_sentence.get(sentence.start)
            if not mine:
                continue
            m = _AS_BEFORE.search(self.doc.norm[sentence.start : sentence.end])
            if m is None:
                continue
            earlier: dict[str, ResolutionRef] = {}
            for k in range(i):
                ref = self.ctx.by_sentence.get(k)
                if ref is not None and ref.matched and self.ctx.strong.get(k):
                    earlier.pop(ref.key, None)
                    earlier[ref.key] = ref  # kept in order of last naming
            how, noun = m.group("how").lower(), m.group("noun").lower()
            count = 2 if how == "both" else (1 if how == "the" and not noun.endswith("s") else 0)
            for c in list(mine):
                others = [r for key, r in earlier.items() if key != c.resolution.key]
                for ref in others[-count:] if count else others:
                    self.add(c.iso, c.option, ref, sentence.start, sentence.end, "vote.as-before")

    def joined_counted(self) -> None:
        """ "Mali and Nicaragua had joined the five": the newcomers and the five they join
        voted the way the counted list did, on this sentence's resolution."""
        for sentence in self.doc.sentences:
            text = self.doc.norm[sentence.start : sentence.end]
            if "joined" not in text:
                continue
            for m in _JOINED_COUNT.finditer(text):
                size = parse_number(m.group("n"))
                at = sentence.start + m.start()
                remembered = next(
                    (lst for lst in reversed(self.lists) if lst[0] == size and lst[3] < at), None
                )
                if remembered is None:
                    continue
                _, members, option, _ = remembered
                subject = [g for g in self.groups(sentence) if g.end <= at]
                ref = self.resolution_for(at, sentence.end, sentence)
                for iso in [*(subject[-1].isos if subject else []), *members]:
                    self.add(iso, option, ref, sentence.start, sentence.end, "vote.back-reference")

    def _reaches(self, end: int, g: _Group) -> bool:
        """Whether the group is the object of the alignment phrase ending at ``end``:
        "alongside authoritarian states like Russia", not "with Europe at the UN over Ukraine"."""
        gap = self.doc.norm[end : g.start]
        if _SOME_STATES_INCLUDING.fullmatch(gap):
            return True  # "siding with a handful of states including Russia"
        return len(gap) < 60 and not re.search(r"[.;:]", gap) and not _GAP_PREPOSITION.search(gap)

    def _anchor(self, sentence: Sentence, groups: list[_Group], at: int, verb: str) -> str | None:
        text = self.doc.norm
        before = [g for g in groups if g.end <= at]
        placed = re.match(r"(?i)placed\s+(?:the\s+)?(\S+)", verb)
        if placed:
            inner = [g for g in groups if g.start >= at and g.end <= at + len(verb) + 1]
            if inner:
                return inner[0].isos[0]
        if (
            before
            and re.match(r"\w+ing\b", verb)
            and re.search(r",\s*$", text[before[-1].end : at])
        ):
            # "X voted against the text on Ukraine, siding with ...": the clause's subject
            subject = self._sentence_subject(groups, at)
            if subject is not None:
                return subject.isos[0]
        if before:
            g = before[-1]
            gap = text[g.end : at]
            if len(gap) < 50 and not re.search(r"[;]", gap):
                return g.isos[0]
        we = re.search(
            r"(?i)\b(?:we|us)\b", text[max(sentence.start, at - 40) : at + len(verb) + 4]
        )
        if we:
            iso = self.we_country(at)
            if iso:
                return iso
        return self.focal()

    def _last_claim_before(self, at: int) -> _Claim | None:
        earlier = [c for c in self.claims if c.start < at]
        return max(earlier, key=lambda c: c.start) if earlier else None

    def settle(self) -> None:
        """Choose the article's main resolution among the candidates its descriptions
        leave open, by how well the claims that merely inherit it fit the record, and
        move those claims (and tied sentences) to the chosen one."""
        open_sentences = self.ctx.defaulted | set(self.ctx.tied)
        inherited = [c for c in self.claims if self.ctx.index_of(c.start) in open_sentences]
        if not inherited or not self.ctx.weights:
            return
        best_weight = self.ctx.weights[0][1]
        candidates = [
            ref
            for ref, weight, _ in self.ctx.weights
            if ref.matched and weight >= 0.5 * best_weight
        ]
        if len(candidates) < 2:
            return

        def fit(ref: ResolutionRef) -> int:
            score = 0
            for c in inherited:
                recorded = self.matcher.recorded.get((ref.key, c.iso))
                if recorded is not None:
                    score += 1 if recorded == c.option else -1
            return score

        chosen = max(candidates, key=fit)
        old = self.ctx.primary
        if old is not None and chosen.key != old.key and fit(chosen) > fit(old):
            self.ctx.settle_primary(chosen)
            for c in inherited:
                if c.resolution.key == old.key:
                    c.resolution = chosen
            self._reindex_options()
        for i, tied in self.ctx.tied.items():
            keys = {t.key for t in tied}
            if chosen.key in keys:
                self.ctx.by_sentence[i] = chosen

    def result(self) -> list[VoteClaim]:
        # "despite U.S. opposition" is a weak reading of a vote: where the article states
        # the country's vote on the same text in so many words, that statement stands.
        stated = {(c.iso, c.resolution.key) for c in self.claims if c.rule not in _WEAK_RULES}
        out: dict[tuple[str, str, str], VoteClaim] = {}
        for c in self.claims:
            if (
                c.rule in _WEAK_RULES
                and (c.iso, c.resolution.key) in stated
                and any(
                    d.iso == c.iso
                    and d.resolution.key == c.resolution.key
                    and d.option != c.option
                    and d.rule not in _WEAK_RULES
                    for d in self.claims
                )
            ):
                continue
            key = (c.iso, c.option, c.resolution.key)
            if key not in out:
                out[key] = VoteClaim.trusted(
                    country=c.iso,
                    option=c.option,
                    resolution=c.resolution,
                    evidence=Evidence.at(c.start, c.end, c.rule),
                )
        return list(out.values())


# Rules whose reading gives way to a plainer statement of the same vote in the article.
_WEAK_RULES = frozenset({"vote.opposition"})

_PREPOSITIONS = frozenset(
    """of with to by from against about at for on in into like as than toward towards between
    among under over alongside including""".split()
)


def _nominal_votes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each nominal vote in ``text``, where the words begin
    after white space, the start at that white space or an "'s" just before it: the
    matches of "(?:'s)?\\s+(?P<what>...)\\b", in lower case."""
    low = lowered(text)
    for m in _NOMINAL.finditer(text):
        start = m.start()
        if '"' in m.group("what"):
            if low[start - 1 : start] != '"':
                continue  # 'no" vote' is the end of a quotation, not '"no" vote'
            start -= 1
        if start == 0 or not low[start - 1].isspace():
            continue
        while start > 0 and low[start - 1].isspace():
            start -= 1
        if start >= 2 and low[start - 2 : start] == "'s":
            start -= 2
        yield start, m.end(), m.group("what")


def _clause_option(verb: str) -> Option | None:
    """The option a relative clause states: "that abstained", "voting against"."""
    if verb.startswith("abst"):
        return "abstain"
    if re.search(r"against|\bno\b|oppos|reject", verb):
        return "no"
    if re.search(r"\byes\b|fav|\bfor\b|back|support|endors", verb):
        return "yes"
    return None


def _stated_option(verb: str) -> Option | None:
    if re.search(r"(?i)\bvot\w*\s+(?:no|against)\b", verb):
        return "no"
    if re.search(r"(?i)\bvot\w*\s+(?:yes|in\s+fav)", verb):
        return "yes"
    return None


def _counted_option(n: int | None, tallies: Sequence[TallyMatch]) -> Option | None:
    for t in tallies:
        if n is not None and t.no == n:
            return "no"
        if n is not None and t.yes == n:
            return "yes"
        if n is not None and t.abstain == n:
            return "abstain"
    return None


def _can_vote(doc: Document, e: EntityMention) -> bool:
    """A mention that can be a voter: not an adjective ("Russian diplomats")."""
    if e.detail != "demonym":
        return True
    return e.surface.endswith("s") and not doc.norm[e.end : e.end + 1].isalpha()


@dataclass(frozen=True)
class ClaimEvidence:
    """One place where the article makes a vote claim (a claim can be made several times)."""

    country: str
    option: Option
    resolution: ResolutionRef
    start: int
    end: int
    rule: str


def read_votes(
    doc: Document,
    entities: list[EntityMention],
    ctx: ResolutionContext,
    matcher: ResolutionMatcher,
    quotes: list[Quote],
    speaker_country: dict[str, str],
) -> tuple[list[VoteClaim], list[ClaimEvidence]]:
    """The article's vote claims (one per country, option and resolution), and every
    place each claim is made."""
    reader = VoteReader(doc, entities, ctx, matcher, quotes, speaker_country)
    reader.explicit()
    read_line_lists(reader)
    read_labels(reader)
    reader.as_before()
    reader.joined_counted()
    reader.settle()
    before = len(reader.claims)
    reader.implied()
    if len(reader.claims) > before:
        reader.implied()  # a claim implied further on can anchor an earlier sentence's
    evidence = [
        ClaimEvidence(c.iso, c.option, c.resolution, c.start, c.end, c.rule) for c in reader.claims
    ]
    return reader.result(), evidence
