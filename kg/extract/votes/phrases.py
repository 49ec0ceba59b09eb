"""The wording of votes: the patterns the rules of pass 6a read, and small readings of them.

A vote predicate and what may stand around it (``OPTION_PATTERNS``, ``GAP_SUBJECT``; ``denied``
holds the words that take its vote away), a nominal vote ("Russia's veto",
``nominal_votes``), enumerations (``SEPARATOR``), lists hung on an option ("with five
abstentions: ...", ``VOTERS_WERE``), alignments ("voted with", "so did",
``ALIGN``, ``OPPOSE``) and back-references ("the five", ``BACKREF``).
``may_state_votes`` is the cheap test that lets most sentences skip them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

from kg.extract.numbers import NUMBER, TallyMatch
from kg.extract.patterns import Folded, compile_rule, lowered
from kg.model import Option

# "rejected", "opposed", "backed" the text: a vote when a country does it, words when a
# person does ("Iran's envoy rejected the resolution as one-sided", "Ambassador Jane Roe
# opposed the draft"); "voted", "abstained" and "vetoed" stay votes whoever is named.
STANCE_VERB = Folded(r"(?i)(?:rejected|opposed|backed|supported|endorsed)\b")
# the words before such a verb that make a person its subject: a role, then a name or
# "of <Country>" ("the Iranian envoy", "Ambassador Jane Roe", "the representative of Chile")
SPEAKER_BEFORE = compile_rule(
    r"(?i:\b(?:envoys?|ambassadors?|representatives?|delegates?|diplomats?|ministers?|"
    r"spokes(?:man|woman|person)|president|chancellor|secretary))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*)?(?:,?\s+[A-Z][\w.'-]*){0,4},?\s+"
    r"(?:(?:also|then|later|flatly|firmly|strongly|sharply)\s+)?$"
)
# "voted for peace", "voting for the future": rhetoric, not a ballot.
_ABSTRACT = (
    r"(?:peace|war|justice|freedom|democracy|dialogue|diplomacy|sovereignty|humanity|"
    r"stability|security|the\s+future|common\s+sense|the\s+people)\b"
)
# (the earlier vote's time may stand between: "from abstention last year to a no vote")
SWITCH_TIME = r"(?:last\s+year|last\s+time|in\s+\d{4}|a\s+year\s+(?:ago|earlier)|previously)"
_SWITCH = (
    r"(?i)\b(?:switched|changed|shifted|moved|went)\s+(?:(?:its|their)\s+(?:vote|position)\s+|"
    r"the\s+(?:other|opposite)\s+way\s*,?\s*)?"
    r"from\s+(?:an?\s+)?(?:yes|no|abstention|abstaining|in\s+favou?r|against|support|opposition|"
    r"supporting|opposing|voting\s+(?:yes|no|against|for|in\s+favou?r))"
    r"(?:\s+vote)?(?:\s+" + SWITCH_TIME + r")?\s+to\s+(?:an?\s+)?"
)
# what may follow "were in favour" / "were against" for it to be a vote
_CLAUSE_END = (
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|while|but|whereas)\b|\s+(?:of\s+)?(?:it|them|the\s+"
    r"(?:[\w-]+\s+){0,3}?(?:resolution|text|draft|motion|measure|proposal))\b)"
)

T = TypeVar("T")


class Family(Generic[T]):
    """Patterns a rule tries in turn over one text, each with its value. ``in_lowered``
    gives those one of whose words (``Folded.needs``) the text holds, in their order: one
    substring test per word of them all, where each pattern would test its own words."""

    __slots__ = ("_always", "_by_word", "members")

    def __init__(self, members: Sequence[tuple[Folded, T]]) -> None:
        self.members = list(members)
        self._always = frozenset(i for i, (p, _) in enumerate(self.members) if not p.needs)
        self._by_word: dict[str, list[int]] = {}
        for i, (pattern, _) in enumerate(self.members):
            for word in pattern.needs:
                self._by_word.setdefault(word, []).append(i)

    def __iter__(self) -> Iterator[tuple[Folded, T]]:
        return iter(self.members)

    def in_lowered(self, low: str) -> Iterator[tuple[re.Match[str], T]]:
        """The matches in ``low`` (text lowered with ``lowered``) of each pattern in turn,
        with its value."""
        tried = set(self._always)
        for word, indices in self._by_word.items():
            if word in low:
                tried.update(indices)
        for i in sorted(tried):
            pattern, value = self.members[i]
            for m in pattern.pattern.finditer(low):
                yield m, value


_COPULA_THE = (
    r"(?i)\b(?:was|were)\s+(?:among\s+)?the\s+(?:(?:lone|only|sole|single|other|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:"
)
# a text as the object: "it", "them", "the (UN) resolution", "a draft"
TEXT_NEXT = (
    r"(?=\s+(?:it|them|(?:the|a|an|this|that|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:resolution|"
    r"text|draft|motion|measure|proposal|amendment)s?)\b)"
)
OPTION_PATTERNS: Family[Option] = Family(
    [
        (
            Folded(
                r"(?i)\bvot(?:ed|es|e|ing)\s+(?:with|alongside)\s+[^.;]{1,120}?\s+against\s+"
                r"(?=(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,6}?(?:resolution|text|draft|motion)\b)"
            ),
            "no",
        ),
        (
            Folded(
                r"(?i)\bvot(?:ed|es|e|ing)\s+(?:(?:on|this|last|that|again|also|then|today|"
                r"yesterday|\w+day|week|month|night|morning|afternoon|evening|once|first|all)\s+){0,3}(?:against|no\b|\"no\")"
            ),
            "no",
        ),
        (
            Folded(
                r"(?i)\bvot(?:ed|es|e|ing)\s+(?:(?:on|this|last|that|again|also|then|today|"
                r"yesterday|\w+day|week|month|night|morning|afternoon|evening|once|first|all)\s+){0,3}(?:in\s+favou?r|for\b(?!\s+"
                + _ABSTRACT
                + r")|yes\b|\"yes\")"
            ),
            "yes",
        ),
        (
            Folded(
                r"(?i)\b(?:abstain(?:ed|s|ing)?|chose\s+(?:to\s+)?abst(?:ain|ention)|vot\w*\s+in\s+abstention|"
                r"cast(?:s|ing)?\s+(?:an?\s+|its\s+|the\s+)?(?:lone\s+|single\s+|only\s+)?abstention)\b"
            ),
            "abstain",
        ),
        (Folded(r"(?i)\bveto(?:ed|es)?\b(?!\s+power)"), "no"),
        (
            Folded(
                # ("opposed a European-backed resolution": a few words may qualify the text)
                r"(?i)\b(?:to\s+oppose|opposed\s+(?:it|them|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:resolution|text|draft|measure|motion|proposal)))\b"
            ),
            "no",
        ),
        # "rejected the motion", "voted down the draft"
        (
            Folded(
                r"(?i)\b(?:rejected|voted\s+down)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:resolution|text|draft|motion|measure|proposal|amendment)\b"
            ),
            "no",
        ),
        # "joined Russia in opposing (it)", "joined France in backing the text"
        (Folded(r"(?i)(?<=\bin\s)(?:opposing|rejecting|vetoing|blocking)\b"), "no"),
        # "faulted Chile for opposing it", "thanked Peru for backing the text" (a text
        # follows: not "thanked Israelis for supporting Ukraine")
        (Folded(r"(?i)(?<=\bfor\s)(?:opposing|rejecting|vetoing|blocking)\b" + TEXT_NEXT), "no"),
        (Folded(r"(?i)(?<=\bfor\s)(?:supporting|backing|endorsing)\b" + TEXT_NEXT), "yes"),
        # "the United States blocked the resolution" (a Council vote: a veto)
        (
            Folded(
                r"(?i)\bblock(?:ed|s|ing)?\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:resolution|text|draft|measure|motion|proposal)\b"
            ),
            "no",
        ),
        (Folded(r"(?i)(?<=\bin\s)(?:supporting|backing|endorsing)\b"), "yes"),
        # "Algeria and Pakistan also supported it": backing the text itself, not a country
        (
            Folded(
                r"(?i)(?:\b(?:backed|supported|endorsed|approved)|(?<=\bto\s)(?:back|support|endorse))"
                r"\s+(?=(?:it|them|(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:resolution|text|draft|measure|motion|amendment)|both\s+(?:texts|resolutions|"
                r"drafts))\b)"
            ),
            "yes",
        ),
        (Folded(r"(?i)(?<=\bin\s)abstaining\b"), "abstain"),
        # "joined Russia and Belarus in the 'no' column", "in the yes camp"
        (Folded(r"(?i)(?<=\bin\s)the\s+(?:no|nay)\s+(?:column|camp)\b"), "no"),
        (Folded(r"(?i)(?<=\bin\s)the\s+(?:yes|aye)\s+(?:column|camp)\b"), "yes"),
        # "voted to condemn the invasion", "voted to block the measure": what the vote did
        (
            Folded(
                r"(?i)\bvot(?:ed|es|e|ing)\s+to\s+(?:condemn|demand|approve|adopt|back|support|"
                r"endorse|reaffirm|recogni[sz]e|grant|extend|renew|establish|create|call\s+for)\b"
            ),
            "yes",
        ),
        (
            Folded(r"(?i)\bvot(?:ed|es|e|ing)\s+to\s+(?:block|reject|oppose|defeat|kill|scrap)\b"),
            "no",
        ),
        # "Laos was the lone no vote", "A, B and C were the three abstentions", "Tonga and
        # Samoa were among the yes votes": the subject is the vote named
        (
            Folded(
                _COPULA_THE + r"(?:no|negative|dissenting)\s+votes?|dissenters?|votes\s+against)\b"
            ),
            "no",
        ),
        (Folded(_COPULA_THE + r"(?:yes|affirmative)\s+votes?|votes\s+in\s+favou?r)\b"), "yes"),
        (Folded(_COPULA_THE + r"abstentions?|abstainers?)\b"), "abstain"),
        # "were among the 12 supporting it"; "joined the no camp", "joined the abstainers"
        (Folded(_COPULA_THE + r"supporting|backing|endorsing)\b"), "yes"),
        (Folded(_COPULA_THE + r"opposing|rejecting)\b"), "no"),
        (
            Folded(r"(?i)\bjoin(?:ed|s|ing)?\s+the\s+(?:no\s+(?:camp|votes|side)|dissenters)\b"),
            "no",
        ),
        (Folded(r"(?i)\bjoin(?:ed|s|ing)?\s+the\s+(?:abstainers|abstentions)\b"), "abstain"),
        (Folded(r"(?i)\bjoin(?:ed|s|ing)?\s+the\s+yes\s+(?:camp|votes|side)\b"), "yes"),
        # "Argentina switched from yes to no", "changed its vote from an abstention to a yes":
        # the vote now (the earlier one is another vote's)
        (Folded(_SWITCH + r"(?:yes|in\s+favou?r|support|supporting|backing)\b"), "yes"),
        (Folded(_SWITCH + r"(?:no|against|opposition|opposing)\b"), "no"),
        (Folded(_SWITCH + r"(?:abstention|abstaining|abstain)\b"), "abstain"),
        # "Chile and Peru were in favour", "Cuba was against (it)": at a clause's end
        (
            Folded(r"(?i)\b(?:was|were)\s+(?:(?:all|both|also)\s+)?in\s+favou?r" + _CLAUSE_END),
            "yes",
        ),
        (Folded(r"(?i)\b(?:was|were)\s+(?:(?:all|both|also)\s+)?against" + _CLAUSE_END), "no"),
        # "Five said no: A, B and C", "143 countries said yes" (a count of voters)
        (Folded(r"(?i)\bsaid\s+no\b(?=\s*:)"), "no"),
        (Folded(r"(?i)\bsaid\s+yes\b(?=\s*:)"), "yes"),
        # "Chile and Bolivia moved to abstention", "switched to an abstention"
        (
            Folded(r"(?i)\b(?:mov|switch|shift)(?:ed|es|ing)?\s+to\s+(?:an?\s+)?abstention\b"),
            "abstain",
        ),
        # "with A, B and C among those in favour": the group before "among those"
        (Folded(r"(?i)(?<=\samong\sthose\s)in\s+favou?r\b"), "yes"),
        (Folded(r"(?i)(?<=\samong\sthose\s)(?:against|opposed)\b"), "no"),
        # "India and Brazil sat on the fence" (in an article on a vote: they abstained)
        (Folded(r"(?i)\bs(?:it|its|at|itting)\s+on\s+the\s+fence\b"), "abstain"),
        # "were among the 13 members supporting the text"
        (
            Folded(
                r"(?i)(?:(?<=countries\s)|(?<=states\s)|(?<=nations\s)|(?<=members\s))"
                r"(?:supporting|backing|endorsing)\b"
            ),
            "yes",
        ),
        (
            Folded(
                r"(?i)(?:(?<=countries\s)|(?<=states\s)|(?<=nations\s)|(?<=members\s))"
                r"(?:opposing|rejecting)\b"
            ),
            "no",
        ),
        # "was among those opposing the text", "among those backing it"
        (Folded(r"(?i)(?<=\bthose\s)(?:opposing|rejecting)\b"), "no"),
        (Folded(r"(?i)(?<=\bthose\s)(?:supporting|backing|endorsing)\b"), "yes"),
        # "were among the abstainers", "Chile and Peru, two of the abstainers, said"
        (
            Folded(
                r"(?i)\b(?:(?:was|were|is|are)\s+)?(?:among|one\s+of|(?:\w+|\d+)\s+of)\s+the\s+"
                r"(?:[\w-]+\s+)?(?:abstainers|abstentions)\b"
            ),
            "abstain",
        ),
        (
            Folded(
                r"(?i)\b(?:(?:was|were|is|are)\s+)?(?:among|one\s+of|(?:\w+|\d+)\s+of)\s+the\s+"
                r"(?:[\w-]+\s+)?dissenters\b"
            ),
            "no",
        ),
        # "Chile and Peru were among the supporters", "Togo was among the 12 opponents"
        (
            Folded(
                r"(?i)\b(?:was|were|is|are)\s+(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+)?"
                r"(?:supporters|backers)\b(?!\s+of\b)"
            ),
            "yes",
        ),
        (
            Folded(
                r"(?i)\b(?:was|were|is|are)\s+(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+)?"
                r"opponents\b(?!\s+of\b)"
            ),
            "no",
        ),
        # "cast the only no votes", "cast a lone negative vote", "cast the sole vote against"
        (
            Folded(
                r"(?i)\bcast(?:s|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:only\s+|lone\s+|"
                r"sole\s+|single\s+|\w+\s+)?(?:(?:no|negative|dissenting|\"no\")\s+votes?|"
                r"votes?\s+against)\b"
            ),
            "no",
        ),
        (
            Folded(
                r"(?i)\bcast(?:s|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:only\s+|lone\s+|"
                r"sole\s+|single\s+|\w+\s+)?(?:yes|affirmative|\"yes\")\s+votes?\b"
            ),
            "yes",
        ),
    ]
)
# After a predicate, a record of many votes rather than one: "has vetoed dozens of drafts
# since 1972", "used its veto 30 times", "voted against such texts on several occasions".
HABITUAL = Folded(
    r"(?i)[^.;,]{0,40}?\b(?:(?:dozens|scores|hundreds)\s+of|(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|several|many|numerous|multiple)"
    r"\s+(?:\w+\s+)?(?:times|occasions|(?:previous|earlier|prior|past|other|similar)\s+"
    r"(?:drafts|texts|resolutions))|in\s+(?:some|several|many|most|other|past|previous|"
    r"earlier|recent)\s+years)\b"
)
# A nominal vote ("Russia's veto", "the U.S. no vote", 'a "no" vote'); nominal_votes
# keeps those after white space and reads the white space and an "'s" before it back.
GAP_SUBJECT = Folded(
    r"(?i)^(?:\s|,|\"(?=$)|delegation|government|administration|mission|envoys?|representatives?|"
    r"ambassadors?|delegates?|diplomats?|u\.?n\.?|"
    r"decision\s+to|also|had|has|have|did|then|just|again|all|both|only|themselves|itself|"
    r"not\s+(?:only|just|merely|simply)|"
    r"once|on\s+\w+|this\s+\w+|last\s+\w+|today|yesterday|eventually|ultimately|instead|"
    r"(?:(?:were|was|is|are)\s+)?among\s+(?:the\s+|only\s+|just\s+)+(?:[\w.-]+\s+){0,3}?"
    r"(?:countries|states|nations|members)"
    r"(?:\s+that|\s+to)?(?:\s+joined\s+\S+\s+in)?|"
    # "Ireland was proud to vote for it", "Chile was quick to back the text"
    r"(?:were|was|is|are)\s+(?:proud|happy|pleased|glad|right|quick|keen|eager|ready|willing|"
    r"the\s+first|one\s+of\s+the\s+first)\s+to|"
    r"(?:(?:were|was|is|are)\s+)?among\s+those(?:\s+that|\s+who)?|"
    r"which|that|whose|(?:was|were)\s+the\s+(?:only|sole|lone|single)\s+(?:[\w-]+\s+){0,2}?"
    # ("was the only permanent member of the Security Council to vote no")
    r"(?:nation|country|member|state|one)s?(?:\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)?"
    r"(?:\s+(?:that|which|who|to))?|"
    # "decided to abstain", "used its veto", "Israel (which voted no)", "had mistakenly voted"
    r"(?:decided|chose|opted|moved|went\s+on|wanted|continued?|continues)\s+to|'s?|"
    # "Ukraine broke ranks with its partners to abstain"
    r"broke\s+(?:ranks(?:\s+with\s+(?:[\w'’-]+\s+){1,4}?)?|with\s+(?:[\w'’-]+\s+){1,4}?)\s*(?:to|and)|"
    r"(?:used|cast|exercised|wielded)\s+(?:a|an|its|the|their)(?:\s+veto(?:\s+power)?\s+to)?"
    # "cast the lone veto", "cast its first veto"
    r"(?:\s+(?:lone|sole|only|single|decisive|first|second|third|fourth|fifth))?|"
    r"\(|\"?[a-z]+ly\"?|"
    # "South Africa, through its envoy Jane Roe, abstained" (the first comma often left out)
    r"(?:via|through)\s+(?:its|their)\s+[^,.;]{1,80},|"
    r"who|the|us|u\.s\.|and\s+(?:\d{1,3}\s+other|other|several|many|some)\s+(?:[\w-]+\s+)?"
    r"(?:nations|countries|states|members|allies|partners|governments))*$"
)
SEPARATOR = Folded(
    # ("Russia itself, Belarus and Syria": a reflexive after a member)
    r"(?i)^(?:(?:\s+(?:itself|themselves))?\s*,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|with\s+|"
    r"against\s+|or\s+|along\s+with\s+)?(?:the\s+)?|\s*,\s*(?:\w+\s+){1,4}?(?:states|countries|nations)\s*\(\s*"
    r"|\s+(?:and|as\s+well\s+as|plus|or|&)\s+(?:the\s+|with\s+|against\s+)?|\s*-\s*and\s+(?:with\s+|"
    r"against\s+)?(?:the\s+)?|\s*(?:\)\s*)?,?\s*and(?:\s*,(?:\s+[a-z]+){1,3}\s*,)?\s+(?:the\s+)?)$"
)
# An item of a list no gazetteer knows (a misspelt or non-member name: "A, Marshal
# Islands, B"): the list goes on past it
_SKIPPED_ITEM = compile_rule(
    r"\s*,\s*(?:[A-Z][\w'’.-]*\s+(?:(?:of|the)\s+){0,2}){0,3}[A-Z][\w'’.-]*\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"
)


def joins_list(gap: str) -> bool:
    """Whether ``gap``, between two countries, joins them in one list."""
    return bool(SEPARATOR.match(gap) or _SKIPPED_ITEM.match(gap))


SAME_AFTER = Folded(
    # ("voted against the text, along with X", "in favour of it together with X": the text
    # voted on may come first)
    r"(?i)^(?:\s+(?:of\s+)?(?:it|them|(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:resolution|text|draft|measure|motion)"
    # ("against a resolution condemning the invasion, alongside X": what the text does)
    r"(?:\s+(?:condemning|calling|demanding|urging|on|about|that|which)\b[^,;()]{1,80}?(?=,))?))?"
    r"\s*,?\s*(?:(?:on\s+\w+\s+)?(?:alongside|along\s+with|together\s+with|next\s+to|as\s+did|"
    r"with|like|including|joined\s+(?:only\s+)?by)|in\s+the\s+company\s+of)\s+(?:the\s+)?"
)
ENCLOSED_BEFORE = compile_rule(
    r"(?:,[^,]{2,120},|\s[-–—]\s[^–—]{2,120}\s[-–—]|\s?[(\[][^()\[\]]{2,120}[)\]])\s*"
    r"(?:(?:also|then|too|again|later|eventually|ultimately|had|has|have|did)\s+)*$"
)
LIST_WORDS = compile_rule(
    r"(?i)\b(?:and|the|including|notably|such\s+as|among\s+them)\b|[\s,–—()\[\]-]"
)
_STATES_NOUN = r"(?:countries|states|nations|members|member[\s-]states|governments|allies|partners)"
# "abstained, with six member states - Chile, Peru ... -": the counted list after the predicate
WITH_COUNTED = Folded(
    rf"(?i)\s*,?\s*with\s+(?:{NUMBER}\s+)?(?:[\w-]+\s+){{0,3}}?{_STATES_NOUN}"
    r"\s*(?:[-–—:(]|,?\s*including)\s*(?:the\s+)?"
)
SOME_STATES_INCLUDING = Folded(
    r"(?i)\s*(?:(?:an?\s+)?(?:handful|number|group|few|couple|bloc|small\s+group)\s+of\s+"
    + rf"(?:[\w-]+\s+){{0,2}}?|(?:{NUMBER}\s+)?other\s+)"  # ("17 other countries, including")
    + _STATES_NOUN
    + r"\s*,?\s*(?:including|such\s+as|like|led\s+by|among\s+them)\s+(?:the\s+)?"
)
WITH_BEFORE = compile_rule(r"(?i)\bwith\s+(?:only\s+|just\s+|both\s+)?(?:the\s+)?$")
WITH_GAP = compile_rule(r"(?i)\s+(?:(?:also|both|alone|too|again)\s+)?")
NO_SUBJECT = compile_rule(r"(?i)\b(?:none|neither|no|not\s+one)\b(?:\s+[\w-]+){0,5}\s*$")
QUALIFIER = compile_rule(r"\s*\((?:[\w'’-]+\s+){1,4}of(?:\s+the)?\)")
# "... abstained (along with Bosnia)": a bracket adds a country to the list before it
COMPANION = compile_rule(
    r"(?i)[^();]{0,80}?\(\s*(?:along\s+with|together\s+with|as\s+well\s+as|as\s+did|plus|"
    r"joined\s+by)\s+(?:the\s+)?"
)
LIST_AFTER = Folded(r"(?i)^\s*(?:(?:were|was)(?:\s+also)?\s*:?|:|-\s)\s*(?:the\s+)?")
# ("joined", "joining" count before a capital only, as in "joined Russia": checked where it
# is used)
ALIGN = Folded(
    r"(?i)\b(?P<verb>vot(?:ed|es|e|ing)\s+(?:(?:no|yes|against|in\s+favou?r)\s+)?"
    r"(?:with|alongside|next\s+to)|sid(?:ed|es|e|ing)\s+with|lin(?:ing|ed|es|e)\s+up\s+with|"
    r"align(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?with|allied\s+(?:\w+\s+)?with|"
    r"(?<!to\s)st(?:ood|ands|anding)\s+(?:with|alongside|next\s+to)|in\s+the\s+company\s+of|"
    # "putting Washington in the same camp as Moscow", "on the same side as Minsk"
    r"(?:in|into)\s+the\s+same\s+(?:camp|corner|bloc)\s+as|on\s+the\s+same\s+side\s+as|"
    r"placed\s+(?:the\s+)?\S+\s+alongside|join(?:ed|ing)\s+|voted\s+the\s+same\s+way|"
    # "acted in concert with the United States", "voted in lockstep with Moscow"
    r"(?:act|vot|mov)(?:ed|es|e|s|ing)?\s+in\s+(?:concert|lockstep|unison)\s+with|"
    r"so\s+did|as\s+did)\b",
    needs=("with", "alongside", "next", "company", "joined", "joining", "same", "did"),
)
OPPOSE = re.compile(
    # (not the passive "opposed by 18 states including Russia": those are the no votes)
    r"(?i)\b(?:st(?:ood|and|ands|anding)\s+against|oppos(?:ing|ed)(?!\s+by\b)\s+(?:\w+\s+){0,3}?"
    r"(?:allies|partners|countries|nations)?\s*(?:such\s+as|like|including)?|"
    r"(?:broke|breaking|breaks)\s+with|at\s+odds\s+with)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
BACKREF = Folded(
    rf"(?i)\bthe\s+(?:original\s+|same\s+)?(?P<n>{NUMBER})\b(?!\s+(?:votes|abstentions|years))"
)


# Cheap tests that let most sentences skip the vote patterns altogether (a word of every
# pattern explicit() or implied() runs: a sentence without any is skipped). They may
# pass a sentence the patterns then reject, never the other way round.
_VOTE_STEMS = tuple(
    "vot against abst oppos back support veto endors approv reject favor favour among included "
    "others dissent block fence".split()
)
_VOTE_PHRASES = re.compile(r"no\b|yes\b|one\s+of\s+the|were\s*:|'s\s")


def may_state_votes(text: str) -> bool:
    """Whether ``text`` holds a vote word. Substring tests first (most vote sentences say
    "vot"): as one alternation, the words' common first letters would have re try them
    at almost every offset."""
    low = lowered(text)
    for stem in _VOTE_STEMS:
        if stem in low:
            return True
    return _VOTE_PHRASES.search(low) is not None


# (no alternative opens on \b, which would stop re skipping ahead by first letter)
ALIGN_WORDS = Folded(
    r"(?i)with\b|alongside|next\s+to|company\s+of|join(?:ed|ing)|did\b|same\s+(?:way|camp|side|"
    r"corner|bloc)|against|oppos|"
    r"br(?:oke|eaking|eaks)\b|odds",
    needs=(
        "with",
        "alongside",
        "next",
        "company",
        "joined",
        "joining",
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
GAP_PREPOSITION = Folded(
    r"(?i)\b(?:at|over|in|on|of|for|from|to|into|about|during|after|before|by|under|across)\b"
)
ALIGN_SAME_WORDS = Folded(r"(?i)\b(?:so|as)\s+did\b|same\s+way", needs=("did", "same"))
# "Among the countries that abstained on the measure were", "Those voting against the text
# included", "States that backed it were": then the voters.
VOTERS_WERE = Folded(
    r"(?i)\b(?:among\s+)?(?:the\s+)?(?:other\s+)?(?:countries|states|nations|members|member\s+states|"
    r"delegations|governments|those)\s+(?:that\s+|which\s+|who\s+)?(?P<verb>abstained|abstaining|"
    r"voted\s+(?:against|no|yes|in\s+favou?r|for)|voting\s+(?:against|no|yes|in\s+favou?r|for)|"
    r"opposed|opposing|rejected|backed|backing|supported|supporting|endorsed|"
    # "those voting to endorse it included": what the vote did names the option
    r"vot(?:ed|ing)\s+to\s+(?:endorse|adopt|approve|back|support|recommend|pass|reject|"
    r"block|oppose))\b"
    r"(?:[^.;:]|\.(?=\S)){0,160}?\s+(?:were|was|are|included|include)\s*:?\s*(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){1,4}?(?:such\s+as|like|notably)\s+(?:the\s+)?)?",  # "include powers such as"
    needs=("countries", "states", "nations", "members", "delegations", "governments", "those"),
)
# "was among four countries that abstained", "was one of 35 countries to abstain"
_STATES = r"(?:countries|states|nations|members|member\s+states|delegations|those|ones)"
AMONG_THOSE_THAT = Folded(
    r"(?i)(?:,?\s+(?:via|through)\s+(?:its|their)\s+[^,.;]{1,80},)?"
    r"(?:\s+(?:also\s+)?(?:was|were|is|are)\s+(?:also\s+)?(?:(?:one\s+of|among)\s+)?|"
    r"\s+(?:one\s+of|among)\s+)(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
    + _STATES
    # "were among the 14 that opposed it": the count stands for the countries
    + rf"|(?:other\s+)?{NUMBER})"
    + r"\s+(?:(?:among|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    + _STATES
    + r"\s+)?"
    r"(?:that|which|who|to)\s+(?:also\s+|had\s+)?"
)
# A count ahead of a participle: "with 65 abstaining" is a count, not a voter
_COUNT = rf"(?<![\w,.]){NUMBER}\s+(?:(?:other|more)\s+)?"
COUNT_BEFORE = Folded(rf"(?i){_COUNT}$")
# "with 187 countries voting in favour": a counted subject of its own, so no voter (but
# "Hungary was among 18 countries voting against", "one of 18 nations voting no")
COUNTED_SUBJECT = Folded(
    rf"(?i)(?<!among )(?<!\bof ){_COUNT}"
    # ("five European members abstaining": a word or two of kind before the noun)
    r"(?:[a-z][\w-]*\s+){0,2}?(?:member\s+)?(?:countries|nations|states|members|delegations|"
    r"governments)\s+$"
)
AS_BEFORE = Folded(
    r"(?i)\bas\s+(?:they|it|he|she|we)\s+(?:had|did|have|has)\s+(?:\w+\s+)?(?:on|in|at)\s+"
    r"(?P<how>both|all|each\s+of\s+the|the)\s+(?:two\s+|three\s+)?(?:previous|earlier|prior|"
    r"past)\s+(?P<noun>occasions?|votes?|times?|resolutions?)",
    needs=("previous", "earlier", "prior", "past"),
)
JOINED_BY = Folded(
    r"(?i)\b(?:was|were|had\s+been|has\s+been|is|are)\s+joined\s+"
    # "was joined in opposition by", "joined in voting no by": the option said on the way
    r"(?:in\s+(?P<how>opposition|abstaining|abstention|voting\s+(?:no|yes|against|for|"
    r"in\s+favou?r))\s+)?by\s+(?:the\s+)?"
    # "joined by a cohort including A and B", "by 17 other countries, among them A"
    r"(?:(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:including|(?:that|which)\s+included|such\s+as|"
    r"like|among\s+them)\s+)?",
    needs=("joined",),
)
JOINED_COUNT = Folded(
    rf"(?i)\b(?:had\s+|have\s+|has\s+)?joined\s+the\s+(?:original\s+)?(?P<n>{NUMBER})\b",
    needs=("joined",),
)
AMONG_THE = Folded(
    rf"(?i)\b(?:was|were|is|are)\s+(?:one\s+)?(?:of\s+|among\s+)the\s+(?P<n>{NUMBER})\b",
    needs=("among", "of"),
)
# "the company it kept among the 18 (Russia, Belarus, ...)": the bracket names the counted
AMONG_THE_BRACKET = Folded(
    rf"(?i)\b(?:among|of)\s+the\s+(?P<n>{NUMBER})\s*\(\s*(?:the\s+)?", needs=("among", "of")
)


def clause_option(verb: str) -> Option | None:
    """The option a relative clause states: "that abstained", "voting against"."""
    if verb.startswith("abst"):
        return "abstain"
    if re.search(r"against|\bno\b|oppos|reject|negative|block", verb):
        return "no"
    if re.search(
        r"\byes\b|fav|\bfor\b|back|support|endors|affirm|adopt|approv|recommend|pass", verb
    ):
        return "yes"
    return None


def stated_option(verb: str) -> Option | None:
    if re.match(r"(?i)opposition|abstain|abstention", verb):
        return "no" if verb[0] in "oO" else "abstain"
    if re.search(r"(?i)\bvot\w*\s+(?:no|against)\b", verb):
        return "no"
    if re.search(r"(?i)\bvot\w*\s+(?:yes|in\s+fav)", verb):
        return "yes"
    return None


def counted_option(n: int | None, tallies: Sequence[TallyMatch]) -> Option | None:
    for t in tallies:
        if n is not None and t.no == n:
            return "no"
        if n is not None and t.yes == n:
            return "yes"
        if n is not None and t.abstain == n:
            return "abstain"
    return None


# "On the second text, submitted by the United States, Hungary abstained": a one-country
# phrase after a preposition, ended by a comma (kg.extract.votes.ledger)
PREPOSITION_THEN = re.compile(
    r"(?i)\b(?:by|from|to|with|for|against|in|on|over|of|at)\s+(?:the\s+)?$"
)
# A verb right after the next country (and one joined to it: "peace in Ukraine, US and
# Russia vote against"), which is then the subject of its own clause
VERB_NEXT = re.compile(
    r"(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}?)?"
    r"\s+(?:also\s+|then\s+|instead\s+)?(?:abstain(?:ed|s)?|vot(?:ed|es?)|veto(?:ed|es)?|"
    r"back(?:ed|s)?|supported|opposed|rejected|joined|cast)\b"
)


# "abstained on both", "voted against both texts" (not "both sides", "both parties")
BOTH = re.compile(
    r"(?i)\s*(?:(?:on|for|against|in\s+favou?r\s+of)\s+)?(?:both\b(?!\s+(?:sides|parties|"
    r"countries|states|nations|governments|men|women|leaders|times))|(?:the\s+)?two\s+"
    r"(?:competing\s+|rival\s+|separate\s+)?(?:resolutions|texts|drafts)\b)"
)
