"""The explicit rules of pass 6a: a vote predicate and its subject, and the lists it names.

A vote predicate ("voted against", "abstained", "voted in favour", "vetoed", "chose
abstention") with its subject, an enumeration of countries joined by commas and "and"
("Russia, Belarus, ... and Sudan voted against"), skipping an appositive ("Even China, a
known ally of Russia, chose abstention") and reaching a participle's subject ("Britain
declined ..., abstaining alongside France"). Lists after the predicate count too ("voted
in favour: Algeria, ..."; "Voting yes were ..."; "with five abstentions: France, ..."), as
do nominal votes ("Russia's veto"); ``voters`` adds the lists and agents a cue names.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.extract.numbers import NUMBER, parse_number
from kg.extract.patterns import lowered
from kg.extract.spans import near_start
from kg.extract.text import Sentence
from kg.extract.votes.clauses import (
    elliptic,
    relative_subjects,
)
from kg.extract.votes.compared import read_compared
from kg.extract.votes.denied import INTENT_BEFORE, not_a_vote_here
from kg.extract.votes.lists import named_lists
from kg.extract.votes.nominal import nominal_votes
from kg.extract.votes.options import unquoted_options
from kg.extract.votes.phrases import (
    AMONG_THOSE_THAT,
    BACKREF,
    COMPANION,
    COUNTED_SUBJECT,
    GAP_SUBJECT,
    HABITUAL,
    LIST_AFTER,
    OPTION_PATTERNS,
    SAME_AFTER,
    SPEAKER_BEFORE,
    STANCE_VERB,
    WITH_BEFORE,
    WITH_COUNTED,
    WITH_GAP,
    may_state_votes,
)
from kg.extract.votes.switched import read_after, read_switched
from kg.extract.votes.unnamed import unnamed_subjects
from kg.extract.votes.voters import BARE_OPTION, read_agents, read_cue_lists, read_own_country
from kg.model import Option, ResolutionRef

if TYPE_CHECKING:
    from kg.extract.mentions import EntityMention
    from kg.extract.votes.ledger import Group, VoteReader


def read_explicit(reader: VoteReader) -> None:
    for i, sentence in enumerate(reader.doc.sentences):
        text = reader.doc.norm[sentence.start : sentence.end]
        if not may_state_votes(text):
            continue  # most sentences say nothing about a vote: skip the patterns
        previous_sentence = reader.doc.sentences[i - 1] if i else None
        read_own_country(reader, sentence, reader.lowered_text, previous_sentence)
        groups = reader.groups(sentence)
        predicates = []
        low = unquoted_options(lowered(text))
        for m, option in OPTION_PATTERNS.in_lowered(low):
            start = sentence.start + m.start()
            before = reader.doc.norm[near_start(reader.doc.norm, sentence.start, start) : start]
            listed = low.startswith(":", m.end())  # "Five said no: A, B and C"
            if not_a_vote_here(before, listed) or _spoken(low, m.start(), before):
                continue
            if HABITUAL.match(low, m.end(), min(len(low), m.end() + 80)):
                continue  # "has vetoed dozens of drafts", "used its veto 30 times"
            predicates.append((start, sentence.start + m.end(), option))
        predicates.sort()
        previous: tuple[int, list[tuple[str, str]]] | None = None
        for n, (start, end, option) in enumerate(predicates):
            limit = predicates[n + 1][0] if n + 1 < len(predicates) else sentence.end
            semicolon = reader.doc.norm.find(";", end, limit)
            if semicolon >= 0:
                limit = semicolon  # the predicate's clause ends there
            ref, cued = reader.local_resolution(start, limit, sentence)
            ordinal = reader.ordinal_vote(end, sentence)
            if ordinal is not None:
                ref, cued = ordinal, True  # "voted against the first and abstained on ..."
            other_time = reader.predicate_time(end, sentence)
            if other_time is not None:
                # "abstained last year but ...", "after voting yes in 2023": that vote's
                ref, cued = reader.earlier_vote(*other_time), True
            subjects = _subjects(reader, sentence, groups, start, end, previous)
            if subjects and ref is not None and _ITS_OWN.search(reader.doc.norm, end, limit):
                # "abstained on its own resolution": the text the voter drafted
                own = reader.matcher.drafted_by(reader.doc, subjects[0][0], ref.body)
                ref, cued = (own, True) if own is not None else (ref, cued)
            if subjects and subjects[0][1] == "vote.with-participle" and not cued:
                # "adopted the first text 93-18, with X voting against; ...": the vote
                # of the clause the participle hangs on
                clause = max(reader.doc.norm.rfind(";", sentence.start, start) + 1, sentence.start)
                window = reader.doc.norm[clause:end]
                symbols = reader.matcher.symbols_in(window, clause)
                main = symbols[0].ref if symbols else reader.matcher.describe(window, reader.doc)
                ref, cued = (main, True) if main is not None else (ref, cued)
            if len(subjects) >= 3:
                reader.lists.append((len(subjects), [iso for iso, _ in subjects], option, start))
            _add_subjects(reader, sentence, subjects, option, ref, cued, end)
            read_after(reader, sentence, subjects, option, end, limit)
            previous = (end, subjects)
            elliptic(reader, sentence, subjects, end, limit, option)
            for iso in _after(reader, groups, end, limit):
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.list-after")
            _backref(reader, sentence, end, limit, option, ref)
        _gapped(reader, sentence, groups)
        for start, end, what in nominal_votes(text):
            _nominal(reader, sentence, groups, start, end, what)
        named_lists(reader, sentence, groups)
        read_cue_lists(reader, sentence, reader.lowered_text)
        read_agents(reader, sentence, reader.lowered_text)
        read_compared(reader, sentence, reader.lowered_text)
        read_switched(reader, sentence, groups, low)
        _bracketed_companions(reader, sentence, groups)
        _separate_contrasts(reader, sentence)


# "broke ranks with its partners to abstain": "with" the partners left, not a companion
_BROKE_RANKS = re.compile(r"(?i)\s*broke\s+(?:ranks\s+)?with\s+(?:[\w'’-]+\s+){1,4}?(?:to|and)\s*$")


def _add_subjects(
    reader: VoteReader,
    sentence: Sentence,
    subjects: list[tuple[str, str]],
    option: Option,
    ref: ResolutionRef | None,
    cued: bool,
    end: int,
) -> None:
    """The predicate's subjects voted ``option`` on ``ref`` (and on the other of two votes
    where the predicate says "on both")."""
    for iso, rule in subjects:
        reader.add(iso, option, ref, sentence.start, sentence.end, rule + (".cued" if cued else ""))
    for other in reader.both_votes(end, sentence) if subjects else ():
        if ref is None or other.key != ref.key:  # "abstained on both": the other vote too
            for iso, _ in subjects:
                reader.add(iso, option, other, sentence.start, sentence.end, "vote.both")


def _spoken(low: str, at: int, before: str) -> bool:
    """Whether a person, not a country, "rejected" or "backed" the text: "Iran's envoy
    rejected the resolution as one-sided" is a position in words, not a ballot."""
    return bool(STANCE_VERB.match(low, at) and SPEAKER_BEFORE.search(before))


def _nominal(
    reader: VoteReader, sentence: Sentence, groups: list[Group], start: int, end: int, what: str
) -> None:
    """ "Russia's no vote", "Russia's veto", "despite U.S. opposition"."""
    text = reader.doc.norm
    at = sentence.start + start
    owner = next((g for g in groups if g.end == at), None)
    if owner is None and what != "veto":  # ("used its veto": the veto predicate's)
        owner = _its_owner(text, sentence, groups, at)
    if owner is None:
        return
    if what == "opposition" and not re.search(
        r"(?i)\b(?:despite|amid|over|against|because\s+of|in\s+the\s+face\s+of)\s+(?:the\s+)?$",
        text[max(sentence.start, owner.start - 40) : owner.start],
    ):
        return
    option: Option = "abstain" if "abst" in what else ("yes" if _YES_WORDS.search(what) else "no")
    ref = reader.resolution_for(at, sentence.end, sentence)
    for iso in owner.isos:
        reader.add(
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
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.possessive")


_ITS_OWN = re.compile(
    r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:resolution|draft|text|proposal)\b"
)
# "Ukraine defended its vote against": a verb of the clause's subject, then "its"
_ITS_VOTE = re.compile(r"(?i)\b(?:its|their)\s*$")
_ITS_GAP = re.compile(r"(?i)\s+(?:(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?\w+(?:ed|s)|for)\s+$")


def _its_owner(text: str, sentence: Sentence, groups: list[Group], at: int) -> Group | None:
    """The voter of "its vote against" where "its" is the object of a verb right after
    the voter ("Ukraine defended its vote against the text", "Peru has explained its
    abstention"): the country before the verb; else none."""
    its = _ITS_VOTE.search(text, max(sentence.start, at - 8), at)
    if its is None:
        return None
    before = [g for g in groups if g.end <= its.start()]
    if not before or not _ITS_GAP.fullmatch(text, before[-1].end, its.start()):
        return None
    return before[-1]


# "France voted yes, Britain no": the verb left out after the first clause
_GAP_BEFORE = re.compile(r"(?:,|;|\band|\bwhile|\bbut)\s*(?:the\s+)?$")
_GAPPED_OPTION = re.compile(
    r"\s+(?P<option>no|yes|against|in\s+favou?r|for)\b(?=\s*(?:[,.;]|$)|\s+(?:and|while|but)\b)"
)


def _gapped(reader: VoteReader, sentence: Sentence, groups: list[Group]) -> None:
    """ "France voted yes, Britain no", "A voted in favour, B against and C abstained":
    a country and a bare option after a vote claim of the same sentence."""
    mine = reader.claims_in(sentence)
    if not mine:
        return
    text = reader.doc.norm
    for g in groups[1:]:
        m = _GAPPED_OPTION.match(text, g.end, sentence.end)
        if m is None or not _GAP_BEFORE.search(text, max(sentence.start, g.start - 8), g.start):
            continue
        word = m.group("option").lower()
        option: Option = "no" if word in ("no", "against") else "yes"
        earlier = [c for c in mine if c.iso not in g.isos]
        if not earlier:
            continue
        for iso in g.isos:
            reader.add(
                iso, option, earlier[0].resolution, sentence.start, sentence.end, "vote.gapped"
            )


def _bracketed_companions(reader: VoteReader, sentence: Sentence, groups: list[Group]) -> None:
    """ "Six members - A, B and C - abstained (along with D)": a bracket that adds a
    country to a list gives it the list's vote."""
    mine = reader.claims_in(sentence)
    if not mine or "(" not in reader.doc.norm[sentence.start : sentence.end]:
        return
    text = reader.doc.norm
    for g, h in pairwise(groups):
        if not COMPANION.fullmatch(text, g.end, h.start):
            continue
        claims = [c for c in mine if c.iso in g.isos]
        if len({(c.option, c.resolution.key) for c in claims}) != 1:
            continue  # none, or the list's countries voted differently
        for iso in h.isos:
            reader.add(
                iso,
                claims[0].option,
                claims[0].resolution,
                sentence.start,
                sentence.end,
                "vote.list-after",
            )


def _separate_contrasts(reader: VoteReader, sentence: Sentence) -> None:
    """A country cannot vote two ways on one text: "vote against the resolution and
    abstain from the revised version" names two resolutions; the uncued claim is about
    the article's main one."""
    mine = reader.claims_in(sentence)
    for c in mine:
        rivals = [
            d
            for d in mine
            if d is not c
            and d.iso == c.iso
            and d.resolution.key == c.resolution.key
            and d.option != c.option
        ]
        if rivals and reader.ctx.primary is not None and c.resolution.key != reader.ctx.primary.key:
            cued = [d for d in [c, *rivals] if d.rule.endswith(".cued")]
            for d in [c, *rivals]:
                if d not in cued and cued:
                    d.resolution = reader.ctx.primary
                    reader.reindex_options()


_AMONG_THOSE = re.compile(r"(?i)\s+among\s+those\s+")
# A cause that made a country vote as it did: "led X to", "prompted X to", "forced X to"
_CAUSED = re.compile(
    r"(?i)\b(?:led|leading|prompted|prompting|forced|forcing|caused)\s+(?:the\s+)?$"
)
_AMONG = re.compile(r"(?i)among\s+the\b")


_FOR_DOING = re.compile(r"\s+for\s+")
_YES_WORDS = re.compile(r"yes|fav|\bfor\b|support|backing")


def _subjects(
    reader: VoteReader,
    sentence: Sentence,
    groups: list[Group],
    start: int,
    end: int,
    previous: tuple[int, list[tuple[str, str]]] | None = None,
) -> list[tuple[str, str]]:
    before = [g for g in groups if g.end <= start]
    text = reader.doc.norm
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
    partnered = _joined_subjects(reader, groups, before, sentence, start)
    if partnered is not None:
        return partnered
    if before and _FOR_DOING.fullmatch(text, before[-1].end, start):
        # "Peru faulted Chile for voting against it": the one judged for the vote cast it
        return [(iso, "vote.subject") for iso in before[-1].isos]
    found = reader.across_commas(sentence, before, start)
    if found is not None:
        group, appositive = found
        rule = "vote.subject.appositive" if appositive else "vote.subject"
        return [(iso, rule) for iso in group.isos]
    if (
        before
        and (
            AMONG_THOSE_THAT.fullmatch(text[before[-1].end : start])
            or _AMONG_THOSE.fullmatch(text, before[-1].end, start)  # "China among those in favour"
            # "with A and B among the five abstentions"
            or (not text[before[-1].end : start].strip() and _AMONG.match(text, start))
        )
    ):
        # "with Cape Verde among the countries that voted for it"
        return [(iso, "vote.subject") for iso in before[-1].isos]
    # "..., with X voting against"; else "..., which voted in favour"
    early = _with_participle(text, sentence, before, start, end) or relative_subjects(
        text, sentence, before, start, end
    )
    if early is not None:
        return early
    if before and not reader.in_phrase(before[-1]):
        g = before[-1]
        gap = text[g.end : start]
        if GAP_SUBJECT.match(gap) and (
            not re.search(r"\b(?:against|with|for)\b", gap) or _BROKE_RANKS.match(gap)
        ):
            out = [(iso, "vote.subject") for iso in g.isos]
            # "Russia, ... were among the countries that joined Washington in voting no"
            joined = (
                re.search(r"(?i)joined\s+$", text[g.start - 8 : g.start]) if g.start > 8 else None
            )
            if joined and len(before) > 1:
                out += [(iso, "vote.subject") for iso in before[-2].isos]
            return out
        if gap == " to " and _CAUSED.search(text, max(sentence.start, g.start - 24), g.start):
            # "the amendments led the United States to abstain": done, not urged
            return [(iso, "vote.caused") for iso in g.isos]
        joined = re.search(r"(?i)\bjoined\s+(?:the\s+)?$", text[sentence.start : g.start])
        if joined:
            return []
    participle = _participle_subjects(reader, groups, sentence, start, end)
    if participle is None:
        participle = _coordinated_subjects(reader, groups, sentence, start)
    if participle is not None:
        return participle
    return unnamed_subjects(reader, sentence, start)


def _with_participle(
    text: str, sentence: Sentence, before: list[Group], start: int, end: int
) -> list[tuple[str, str]]:
    """ "passed 13-0-2, with China and Russia abstaining": the countries after "with"."""
    if not (
        before
        and WITH_GAP.fullmatch(text, before[-1].end, start)
        and re.match(r"\w+ing\b", text[start:end])
    ):
        return []
    members = _after_with(text, sentence, before[-1])
    return [(iso, "vote.with-participle") for iso in dict.fromkeys(m.key for m in members)]


def _after_with(text: str, sentence: Sentence, group: Group) -> list[EntityMention]:
    """The members of ``group`` that "with" introduces: all of them after "with the",
    or those after a ", with" inside the list ("an embargo against Cuba, with the United
    States and Israel voting against": Cuba is the object of "against", not a voter)."""
    members = group.members
    for k in range(len(members) - 1, 0, -1):
        if WITH_BEFORE.search(text, members[k - 1].end, members[k].start):
            return members[k:]
    floor = near_start(text, sentence.start, group.start, 30)
    return members if WITH_BEFORE.search(text, floor, group.start) else []


# "joined Russia in voting no", "joined Russia among the nine that opposed it"
_JOINED = re.compile(
    r"(?i)\bjoin(?:ed|s|ing)?\s+(?P<the>the\s+)?(?P<x>[^.;]{1,90}?)\s+(?:in|among\s+(?:the\s+)?"
    rf"(?:other\s+)?(?:{NUMBER}|(?:[\w-]+\s+){{0,3}}?(?:countries|states|nations|members))"
    r"\s+(?:that|which|who)(?:\s+also)?)\s+$"
)

# "was joined (only) by Israel in voting against"
_JOINED_BY = re.compile(r"(?i)\bjoined\s+(?:\w+\s+)?by\s+(?P<x>[^.;]{1,90}?)\s+in\s+$")


def _joined_subjects(
    reader: VoteReader, groups: list[Group], before: list[Group], sentence: Sentence, start: int
) -> list[tuple[str, str]] | None:
    """ "Russia, ... were among the countries that joined Washington in voting no", "the US
    joined Russia, Belarus and North Korea in opposing it": the partner and the joiner."""
    text = reader.doc.norm
    floor = near_start(text, sentence.start, start, 160)  # "joined", 90 characters, "in"
    joined = _JOINED.search(text, floor, start)
    while joined and "join" in joined.group("x").lower():
        joined = _JOINED.search(text, joined.start() + 4, start)  # the verb nearest the vote
    if joined and INTENT_BEFORE.search(text, floor, joined.start()):
        return []  # "was expected to join China in voting no": a vote foreseen
    if joined:
        at = joined.start("x")
        named_at = {at, joined.start("the")} if joined.group("the") else {at}
        partners = [g for g in before if g.start in named_at]  # "joined The Netherlands"
        verb_at = joined.start()
        adjacent = [
            g
            for g in before
            if g.end <= verb_at
            and re.fullmatch(
                r"(?i)\s*(?:,[^,]{1,80},\s*)?(?:(?:also|then|had|has|have|on\s+\w+|were\s+among\s+the\s+"
                r"(?:\w+\s+)?(?:countries|states|nations)\s+that)\s+)*"
                # "South Africa's decision to join China in voting no": the joiner's choice
                r"(?:['’]s\s+(?:\w+\s+)?(?:decision|choice|move)\s+to\s+)?",
                text[g.end : verb_at],
            )
        ]
        if partners:
            # ("joined Russia and its ally Belarus, as well as North Korea, in opposing
            # it": every country named between the verb and "in")
            out = [
                (iso, "vote.joined")
                for g in before
                if partners[0].start <= g.start and g.end <= joined.end("x")
                for iso in g.isos
            ]
            head = adjacent[-1] if adjacent else reader.sentence_subject(groups, at)
            if head is not None:
                out += [(iso, "vote.joined") for iso in head.isos]
            return out
        if adjacent:
            # "Mexico joined Western countries in supporting it": the joiner, right before
            return [(iso, "vote.joined") for iso in adjacent[-1].isos]
    passive = _JOINED_BY.search(text, floor, start)
    if passive:
        # "The United States was joined only by Israel in voting against": both
        at = passive.start("x")
        joiners = [g for g in before if g.start in (at, at + 4)]  # ("by the Netherlands")
        head = reader.sentence_subject(groups, passive.start())
        if joiners and head is not None:
            return [(iso, "vote.joined") for iso in (*head.isos, *joiners[0].isos)]
    return None


def _participle_subjects(
    reader: VoteReader, groups: list[Group], sentence: Sentence, start: int, end: int
) -> list[tuple[str, str]] | None:
    """The subject of a participle: "By voting no, the United States ...", "Britain
    declined ..., abstaining alongside France", "stunned allies by voting against"."""
    text = reader.doc.norm
    first_word = text[start:end].split()[0].lower()
    preceding = text[sentence.start : start]
    if re.fullmatch(r"(?i)\s*(?:by|after|in|while)\s+", preceding):
        # "By voting no, the United States was not endorsing ..."
        comma = text.find(",", end, sentence.end)
        after = [g for g in groups if comma != -1 and g.start > comma and not reader.in_phrase(g)]
        if after and len(text[comma : after[0].start]) < 12:
            return [(iso, "vote.fronted-participle") for iso in after[0].isos]
    if first_word.endswith("ing") or re.search(r"(?i)\bby\s+$", preceding):
        if COUNTED_SUBJECT.search(preceding[-60:]):
            return []  # "with 187 countries voting in favour": the count is the subject
        subject = reader.sentence_subject(groups, start)
        # not across a semicolon, nor for a label ("...; abstaining: Chile")
        if (
            subject is not None
            and ";" not in text[subject.end : start]
            and not text[end : end + 2].lstrip().startswith(":")
        ):
            return [(iso, "vote.participle-subject") for iso in subject.isos]
    return None


# "... co-sponsored the text and voted for it": a second verb of the sentence's subject
_AND_BEFORE = re.compile(
    r"(?i)\s(?:and|but)\s+(?:then\s+|also\s+|later\s+|eventually\s+|ultimately\s+)?$"
)
# the subject's own verb first, and no clause or quotation on the way
# A vote participle of its own after a country: "with Britain abstaining"
_OWN_PARTICIPLE = re.compile(
    r"(?i)\s+(?:(?:also|alone|instead)\s+)?(?:abstaining|voting|opposing|rejecting|backing|"
    r"supporting|casting)\b"
)
# a regular past or present form, or a common irregular past ("broke with its allies and")
_OWN_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[\w-]+(?:ed|s)|broke|stood|took|went|split|held|kept|made|gave|"
    r"sent|threw|chose|came|left|led|won|lost|struck|fought|sought|ran|rose|drew|bent|"
    r"were|was)\b"  # ("Peru and Ecuador were among its sponsors and voted in favour")
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”]|\b(?:which|that|who|while|whereas|when|after|before|because|as|if|"
    r"said|says|told|tells|urged|asked|called\s+on)\b"
)


def _coordinated_subjects(
    reader: VoteReader, groups: list[Group], sentence: Sentence, start: int
) -> list[tuple[str, str]] | None:
    """The subject of a verb coordinated with the vote: "Japan and Malta co-sponsored the
    text and voted for it" (not across a clause: "Chile said Peru would ... and voted")."""
    text = reader.doc.norm
    floor = near_start(text, sentence.start, start, 100)
    if not _AND_BEFORE.search(text, floor, start):
        return None
    subject = reader.sentence_subject(groups, start)
    if subject is None or subject.start < floor:
        return None
    between = text[subject.end : start]
    if not _OWN_VERB.match(between) or _CLAUSE_BREAK.search(between):
        return None
    return [(iso, "vote.coordinated") for iso in subject.isos]


# "including not only A and its allies but also B": the two parts of one list
_NOT_ONLY = re.compile(r"(?i)\bnot\s+only\s+(?:the\s+)?$")
_BUT_ALSO = re.compile(r"(?i)\s*(?:,?\s*and\s+(?:[\w'’-]+\s+){0,4}?)?,?\s*but\s+also\s+(?:the\s+)?")


def _after(reader: VoteReader, groups: list[Group], end: int, limit: int) -> list[str]:
    text = reader.doc.norm
    after = [g for g in groups if end <= g.start < limit]
    if not after:
        return []
    gap = text[end : after[0].start]
    if _OWN_PARTICIPLE.match(text, after[0].end) or BARE_OPTION.match(text, after[0].end):
        # "voted in favour, with Britain abstaining", "voted yes, with Cuba against": its own vote
        return []
    not_only = _NOT_ONLY.search(gap)
    if not_only is not None:
        gap = gap[: not_only.start()] + " "
    if SAME_AFTER.fullmatch(gap) or LIST_AFTER.fullmatch(gap) or WITH_COUNTED.fullmatch(gap):
        if (
            not_only is not None
            and len(after) > 1
            and _BUT_ALSO.fullmatch(text, after[0].end, after[1].start)
        ):
            # "including not only Russia and its usual allies but also A, B and C"
            return [*after[0].isos, *after[1].isos]
        return after[0].isos
    # "abstained, as did two permanent members, France and the United Kingdom"
    if re.match(r"(?i)^\s*,?\s*as\s+did\s+[^,]{1,40},\s*$", gap):
        return after[0].isos
    return []


def _backref(
    reader: VoteReader,
    sentence: Sentence,
    end: int,
    limit: int,
    option: Option,
    ref: ResolutionRef | None,
) -> None:
    """ "- the original five, plus Mali and Nicaragua -": a counted list from before."""
    window = reader.doc.norm[end:limit]
    for m in BACKREF.finditer(window[:80]):
        n = parse_number(m.group("n"))
        for size, isos, _, where in reversed(reader.lists):
            if size == n and where < end:
                for iso in isos:
                    reader.add(
                        iso, option, ref, sentence.start, sentence.end, "vote.back-reference"
                    )
                break
    plus = re.search(r"(?i)\bplus\s+", window[:100])
    if plus:
        for g in reader.groups(sentence):
            if g.start == end + plus.end() or g.start == end + plus.end() + 4:
                for iso in g.isos:
                    reader.add(iso, option, ref, sentence.start, sentence.end, "vote.list-after")
