"""Voters that a vote cue names outside its subject.

Recorded-vote coverage and wire copy name the voters in a list hung on the cue rather
than as the subject of a verb: "by 141 in favour to 5 against (A, B and C)", "12 against,
including A and B", "the nine no votes came from A, B ...", "Other countries abstaining
were A and B", "four nations rejected the resolution: A, B", "supported by 28 countries,
including A". Explainers set the names on lines of their own under a heading ("Which
countries voted against it?"). A list can go on from the last one ("The others were ...").
The agent of a nominal vote comes after it ("the negative vote by A", "vetoed by A",
"a Russian veto"), and "siding with A against the resolution" states A's vote.

Each rule here finds a cue and the group of countries in its slot and hands them to the
reader's claims ledger (``VoteReader.add``), with the resolution the reader gives the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.numbers import NUMBER
from kg.extract.patterns import Folded, compile_rule
from kg.extract.text import Sentence
from kg.extract.votes.clauses import elliptic
from kg.extract.votes.detached import read_object_relative, read_verbless
from kg.extract.votes.phrases import QUALIFIER, WITH_BEFORE, clause_option
from kg.model import Option

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kg.extract.votes.ledger import Group, VoteReader

_TEXT = r"(?:resolution|text|draft|measure|motion|proposal|move|initiative)"
# The words that name an option. A bare "against" names one only after a count or "those"
# ("5 against", "the five against"): "the war against Ukraine" names none.
_OPTION_CUE = (
    r"(?P<no>\bvot(?:ed|ing|es?)\s+['\"]?(?:no|against)\b|"
    rf"(?:\b{NUMBER}|\bthose|\bvotes?)\s+['\"]?against\b|\bno['\"]?\s+votes?\b|\bnays?\b|"
    r"\bnegative\s+votes?\b|\b(?:opposed|rejected|vetoed|opposing|rejecting)\b|"
    r"\bdissent(?:ing|ed|ers?)\b|\bopponents\b|(?<=those\s)in\s+opposition\b|"
    # "by 13 votes to 1 (Chad)": the count after "to" is of the noes
    rf"\bvotes\s+to\s+{NUMBER}(?=\s*\())"
    r"|(?P<yes>\bvot(?:ed|ing|es?)\s+['\"]?(?:yes|for|in\s+favou?r)\b|\bin\s+favou?r\b|"
    r"\byes['\"]?\s+votes?\b|\bayes\b|\b(?:supported|backed|endorsed|supporting|backing)\b|"
    # "Supporters included A and B", "the text won the backing of A, B and C"
    r"\bsupporters\b|\b(?:won|gained|received|drew|secured|got|garnered|with)\s+the\s+"
    r"(?:backing|support)(?=\s+of\b)|"
    # "drew support from 93 countries, among them ..."
    r"\b(?:won|gained|received|drew|secured|got|garnered|with)\s+(?:broad\s+)?(?:backing|support)"
    r"(?=\s+from\b))"
    r"|(?P<abstain>\babst(?:ained|aining|entions?|ainers?)\b)"
)
# What may stand between the cue and its list: the text voted on, a passive's counted
# agent ("supported by 28 countries"), the rest of a subject ("abstaining countries at
# the vote").
_OBJECT = (
    rf"(?:\s+(?:it|them|(?:on\s+)?the\s+(?:[\w-]+\s+){{0,3}}?{_TEXT}|from\s+(?:voting|the\s+vote)|"
    rf"in\s+the\s+vote|(?:by|from|of)\s+(?:{NUMBER}|several|many|some|other)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:countries|nations|states|members|delegations)))?"
)
_CONNECTOR = (
    r"(?P<paren>\s*\(\s*)"
    r"|\s*(?:,|\s[-–—])?\s*(?:including|among\s+them|notably|such\s+as|namely|specifically)\s+"
    r"(?:(?:[\w-]+\s+){1,3}?(?:like|such\s+as)\s+)?"  # ("including major powers like A and B")
    # ("with support from A and B"; not "X's stand got support from A and B")
    r"|(?<=backing|support)\s+of\s+|(?<=with\ssupport)\s+from\s+"
    r"|\s*(?::|\s[-–—])\s*"
    r"|(?P<tail>(?:\s+[\w'-]+){0,5}?)\s+(?:were|was|are|included|include|came\s+from|comprised)"
    r"(?:\s+also)?\s*:?\s*"
)
# How far before its list a cue may start, and the end of a connector just before a list.
_REACH = 220
_CONNECTOR_BEFORE = compile_rule(
    r"(?:[(:\-–—]|\b(?:including|them|notably|namely|specifically|as|like|"
    r"(?:were|was|are|included|include)(?:\s+also)?|"
    r"from|comprised|of))\s*(?:the\s+)?$"
)
_LIST_AFTER_CUE = Folded(
    "(?i)(?:" + _OPTION_CUE + ")" + _OBJECT + "(?:" + _CONNECTOR + r")(?:the\s+)?"
)
# "The others were ...": the list before goes on.
_REST_WERE = Folded(
    r"(?i)\b(?:the\s+)?(?:others|rest|remaining\s+(?:[\w-]+\s+)?(?:countries|nations|states|ones))"
    r"\s+(?:were|are|included|include)\s*:?\s*(?:the\s+)?"
)
# The options a label names, as "Against", "In favour", "Abstaining" (with the same groups
# as the cue's): before its colon ("Against: A, B") or after it ("A, B: against").
_LABEL_OPTION = (
    r"(?:(?P<no>against|no|voted\s+(?:against|no))|"
    r"(?P<yes>in\s+favou?r|for|yes|voted\s+(?:for|yes|in\s+favou?r))|"
    r"(?P<abstain>abstentions?|abstaining|abstained|abstain))"
)
# A label opening a line: "Against: A, B", "In favour (93): ..."; alone on its line, a
# heading for the lines below; after a live blog's time ("16:13 - Against: A, B"). It holds
# one colon, its last character but white space: ``_labels`` looks for it only before a colon.
_LABEL = compile_rule(  # (UN coverage: "The voting was as follows: In favour (93): ...")
    r"(?im)(?:^|(?<=[.;]\s)|(?<=\d\s[-–—]\s)|(?<=follows:\s))[^\S\n]*[-•*–]?[^\S\n]*"
    + _LABEL_OPTION
    + r"[^\S\n]*(?:\(\d+\))?[^\S\n]*:[^\S\n]*"
)
_LABEL_REACH = 200  # how far before its colon a label may start


def _labels(low: str) -> Iterator[re.Match[str]]:
    """``_LABEL.finditer(low)``, tried only before each colon of ``low``: a label has one,
    so it lies between the colon before (or the line's start) and the next."""
    colon = low.find(":")
    start = 0  # past the colon before, or the line's start
    while colon >= 0:
        following = low.find(":", colon + 1)
        lo = max(start, low.rfind("\n", 0, colon) + 1, colon - _LABEL_REACH)
        m = _LABEL.search(low, lo, following if following >= 0 else len(low))
        if m is not None:
            yield m
        start = colon + 1
        colon = following


# "Explaining her country's abstention, the representative of Brazil said ...": the
# speaker's country.
_OWN_COUNTRY_VOTE = compile_rule(
    r"\b(?:his|her|their|its|our)\s+(?:country|delegation|government|nation)"
    r"(?:'s\s+(?P<nominal>abstention|veto|vote\s+(?:against|in\s+favou?r|for)|"
    r"(?:no|yes|negative)\s+vote|decision\s+to\s+(?:abstain|vote\s+(?:against|for|yes|no)))|"
    # "his delegation would vote against it", "her country ... and would abstain": an
    # explanation before the vote
    r"(?:\s+[^.;,]{1,80}?\s+and)?\s+(?P<intent>(?:would|will)\s+(?:vote\s+(?:against|no|yes|"
    r"in\s+favou?r|for)|abstain))\b|"
    r"\s+(?:had\s+|has\s+)?(?P<verb>abstained|voted\s+(?:against|no|yes|in\s+favou?r|for)|vetoed|"
    # "her country supported the text" (the text itself, not a cause)
    r"(?:supported|backed|opposed|rejected)\s+(?=(?:it|the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:resolution|text|draft))\b)))\b"
)
_OWN_NOUN = compile_rule(r"country|delegation|government|nation")  # the nouns it turns on
_REPRESENTS = compile_rule(
    r"\b(?:representative|delegate|ambassador|envoy|minister|speaker)\s+(?:of|for)\s+(?:the\s+)?$"
)
# "Ambassador Ana Ruiz of Chile said ...": a titled name, then its country
_TITLED_OF = compile_rule(
    r"\b(?:[Rr]epresentative|[Dd]elegate|[Aa]mbassador|[Ee]nvoy|[Mm]inister)\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,4}of\s+(?:the\s+)?$"
)
_REPRESENTATIVE_AFTER = compile_rule(
    r"(?i)(?:'s)?\s+(?:(?:u\.?n\.?|deputy|permanent|chief)\s+)?"
    r"(?:representative|delegate|ambassador|envoy|delegation|president|prime\s+minister|"
    r"foreign\s+minister)\b"  # ("Chilean President Ana Ruiz ... after her country abstained")
)
# A heading whose list is on the lines below: a question or a label ending the line.
_ARTICLE_BEFORE = compile_rule(r"\b(?:a|an|the)\s+$")
_OTHER = compile_rule(r"\bother\b")
_POSSESSIVE = compile_rule(r"'s?\s")
_HEADING_ENDS = ("?", ":")
# A label alone on its line, its count after it: "Yes (9)", "Against", "Abstain (3)"
_BARE_LABEL_MOST = 24  # its most characters ("Voted in favour (123)")
_BARE_OPENS = frozenset("ynaifv-•*–")  # what it may open on: yes, no, against, in favour, ...
_BARE_LABEL = compile_rule(r"(?i)[-•*–]?[^\S\n]*" + _LABEL_OPTION + r"[^\S\n]*(?:\(\d+\))?")
_LINE_FILLER = compile_rule(r"(?i)^[\s,;•·*\-–—]*(?:(?:and|the)\b[\s,;]*)*$")
# "vetoed by Russia", "the negative vote by the Russian Federation", "abstention by X"
_VOTING_WITH = compile_rule(r"\bvoting\s+(?:with|alongside)\s+(?:the\s+)?")
_WERE = compile_rule(r"\s+(?:were|was)\s*:?\s*(?:the\s+)?")
_BY_BEFORE = compile_rule(r"\b(?:by|from|of)\s+(?:the\s+)?$")
_PERMANENT_BEFORE = compile_rule(r"\bmembers?\s*(?:,\s*(?:the\s+)?|\(\s*)$")
_WITH_BEFORE = compile_rule(r"\b(?:with|alongside)\s+(?:the\s+)?$")
_BY_VOTER = Folded(
    # ("a double veto from Russia and China": a noun's voters may come after "from")
    r"(?i)\b(?P<what>vetoed|vetoes|veto|negative\s+votes?|no\s+votes?|abstentions?|opposed|"
    r"rejected|blocked|vote\s+against\s+(?:it|the\s+(?:[\w-]+\s+){0,3}?"
    + _TEXT
    # "the text was supported by France and Chile" (a passive: its voters; an appositive
    # "the draft, backed by Mexico," may name its sponsors)
    + r")|(?:was|were)\s+(?:also\s+|strongly\s+|overwhelmingly\s+)?(?:supported|backed|endorsed))"
    r"\s+(?:cast\s+)?(?P<by>by|from|of)\s+(?:the\s+)?"
    # "owing to the negative vote of a permanent member (France)", "..., the Russian
    # Federation"
    r"(?:(?:a|one|two|three)\s+permanent\s+(?:council\s+)?members?\s*(?:,\s*(?:the\s+)?|\(\s*))?"
)
_FROM_VOTER = re.compile(r"(?i)veto|negative|abst")
# the subject of "was supported by": a text voted on ("the resolution", "it")
_TEXT_SUBJECT = compile_rule(
    r"\b(?:resolution|text|draft|measure|motion|proposal|it)\b[^.;,]{0,40}$"
)
# "a Russian veto", "the Chinese abstention": a demonym before the nominal vote
_DEMONYM_VOTE = compile_rule(r"(?i)\s+(?P<what>veto|abstention|no\s+vote|negative\s+vote)\b")
# "siding with Russia against the resolution": the partner's vote is stated
_PARTNER = Folded(
    r"(?i)\b(?:sid(?:ed|ing|es?)|vot(?:ed|ing|es?)|st(?:ood|anding|ands?)|lin(?:ed|ing)\s+up)"
    r"\s+(?:with|alongside)\s+(?:the\s+)?"
)
_PARTNER_AFTER = compile_rule(
    r"(?i)\s+(?P<how>against|in\s+favou?r\s+of|for)\s+(?:the|a|an|this|that|its|their)\s+"
    r"(?:[\w-]+\s+){0,6}?" + _TEXT
)
# "Apart from Russia, four other nations voted against"
_APART_FROM = compile_rule(
    r"(?i)\s*(?:apart\s+from|aside\s+from|besides|other\s+than|in\s+addition\s+to)\s+(?:the\s+)?"
)


def _option(m: re.Match[str]) -> Option:
    if m.group("no"):
        return "no"
    return "yes" if m.group("yes") else "abstain"


def read_cue_lists(reader: VoteReader, sentence: Sentence, low: str) -> None:
    """Lists hung on a cue, and lists that go on from the last one, in ``sentence``
    (``low``: the document's text lowered). Only a group after a connector ("(", ":",
    "including", "were" ...) can be such a list: the cue is looked for just before it."""
    groups = reader.groups(sentence)
    for group in groups:
        floor = max(sentence.start, group.start - _REACH)
        if not _CONNECTOR_BEFORE.search(low, max(floor, group.start - 16), group.start):
            continue
        for m in _LIST_AFTER_CUE.in_lowered(low, floor, group.start):
            if m.end() != group.start:
                continue
            if m.group("tail") and any(m.start() < g.start < group.start for g in groups):
                continue  # "the war against Ukraine were": a country in the subject is no list
            _add_list(reader, sentence, group, _option(m), m.start(), "vote.cue-list")
            break
        for m in _REST_WERE.in_lowered(low, floor, group.start):
            earlier = [lst for lst in reader.lists if lst[3] < m.start()]
            if m.end() == group.start and earlier and m.start() - earlier[-1][3] <= 600:
                _add_list(reader, sentence, group, earlier[-1][2], m.start(), "vote.list-continued")


def _add_list(
    reader: VoteReader, sentence: Sentence, group: Group, option: Option, at: int, rule: str
) -> None:
    ref = reader.resolution_for(at, sentence.end, sentence)
    members = [m.key for m in group.members]
    if _POSSESSIVE.match(reader.doc.norm, group.end):
        members.pop()  # "93 nations including Chile and Peru's neighbours": Peru is no voter
    isos = list(dict.fromkeys(members))
    for iso in isos:
        reader.add(iso, option, ref, sentence.start, sentence.end, rule)
    if len(isos) >= 3:
        reader.lists.append((len(isos), isos, option, at))


def read_agents(reader: VoteReader, sentence: Sentence, low: str) -> None:
    """Voters named after a nominal vote or by a partner phrase in ``sentence``."""
    starts = {g.start: g for g in reader.groups(sentence)}
    _by_voter(reader, sentence, low, starts)
    _demonym_votes(reader, sentence, low)
    _partners(reader, sentence, low, starts)
    _apart_from(reader, sentence, low, starts)
    _decision_of(reader, sentence, low, starts)
    _voting_with(reader, sentence, low, starts)
    _with_bare_option(reader, sentence, low, starts)
    read_verbless(reader, sentence, low, starts)
    read_object_relative(reader, sentence, low, starts)


def _by_voter(reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]) -> None:
    """ "vetoed by Russia", "the negative vote by the Russian Federation"."""
    for start, group in starts.items():
        floor = max(sentence.start, start - 60)
        if not _BY_BEFORE.search(low, floor, start) and not _PERMANENT_BEFORE.search(
            low, floor, start
        ):
            continue
        for m in _BY_VOTER.in_lowered(low, floor, start):
            if m.end() == start:
                if m.group("by") in ("from", "of") and not _FROM_VOTER.match(m.group("what")):
                    continue  # "a veto from Russia"; not "blocked from", "no votes from"
                option = _nominal_option(m.group("what"))
                if option == "yes" and not _TEXT_SUBJECT.search(
                    low, max(sentence.start, m.start() - 60), m.start()
                ):
                    continue  # "the plan was backed by Egypt": not a text voted on
                ref = reader.resolution_for(m.start(), sentence.end, sentence)
                for iso in group.isos:
                    reader.add(iso, option, ref, sentence.start, sentence.end, "vote.by-voter")


def _demonym_votes(reader: VoteReader, sentence: Sentence, low: str) -> None:
    """ "blocked by a Russian veto", "the Chinese abstention"."""
    for e in reader.adjectives_in(sentence):
        m = _DEMONYM_VOTE.match(low, e.end, sentence.end)
        if m is None or not _ARTICLE_BEFORE.search(low, max(0, e.start - 5), e.start):
            continue
        ref = reader.resolution_for(e.start, sentence.end, sentence)
        option = _nominal_option(m.group("what"))
        reader.add(e.key, option, ref, sentence.start, sentence.end, "vote.by-voter")


def _partners(reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]) -> None:
    """ "siding with Russia against the resolution": Russia's vote is stated too."""
    for start, group in starts.items():
        floor = max(sentence.start, start - 40)
        if not _WITH_BEFORE.search(low, floor, start):
            continue
        how = _PARTNER_AFTER.match(low, group.end, sentence.end)
        if how is None:
            continue
        verb = next((m for m in _PARTNER.in_lowered(low, floor, start) if m.end() == start), None)
        if verb is None:
            continue
        option: Option = "no" if how.group("how") == "against" else "yes"
        ref = reader.resolution_for(verb.start(), sentence.end, sentence)
        for iso in group.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.partner")


def _voting_with(
    reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]
) -> None:
    """ "Voting with the United States were Israel and Hungary": they voted as it did."""
    for m in _VOTING_WITH.finditer(low, sentence.start, sentence.end):
        anchor = starts.get(m.end())
        were = _WERE.match(low, anchor.end, sentence.end) if anchor else None
        voters = starts.get(were.end()) if were else None
        if anchor is None or voters is None:
            continue
        ref = reader.resolution_for(m.start(), sentence.end, sentence)
        option = reader.option_of(anchor.isos[0], ref)
        if option is not None:
            for iso in voters.isos:
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned")


# "passed 150-3, with Belarus and Syria opposed", "with only Chile against": a bare
# option after "with" and its countries, at the end of the clause
BARE_OPTION = compile_rule(
    r"(?i)\s+(?:(?:also|both|alone|too|again)\s+)?(?P<option>opposed|against|in\s+favou?r)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:and|while|whereas|but)\b)"
)


def _with_bare_option(
    reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]
) -> None:
    """ "adopted 150-3, with Belarus and Syria opposed": the countries after "with"."""
    for start, group in starts.items():
        floor = max(sentence.start, start - 30)
        if not WITH_BEFORE.search(low, floor, start):
            continue
        m = BARE_OPTION.match(low, group.end, sentence.end)
        if m is None:
            continue
        option: Option = "yes" if m.group("option").startswith("in") else "no"
        ref = reader.resolution_for(start, sentence.end, sentence)
        for iso in group.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.with-bare-option")


# "the decision of Chile, Bolivia and Paraguay to vote against it", "Chile's decision to
# abstain" (the possessive is a nominal vote): the countries, then what they decided
_DECISION_OF = re.compile(r"(?i)\bdecisions?\s+(?:of|by)\s+(?:the\s+)?$")
_TO_VOTE = re.compile(
    r"(?i)\s+to\s+(?P<what>abstain|vote\s+(?:against|no|for|yes|in\s+favou?r)|oppose|reject|"
    r"support|back)\b"
)


def _decision_of(
    reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]
) -> None:
    if "decision" not in low[sentence.start : sentence.end]:
        return
    for start, group in starts.items():
        if not _DECISION_OF.search(low, max(sentence.start, start - 30), start):
            continue
        m = _TO_VOTE.match(low, group.end, sentence.end)
        if m is None:
            continue
        option = clause_option(m.group("what"))
        if option is None:
            continue
        ref = reader.resolution_for(m.start(), sentence.end, sentence)
        for iso in group.isos:
            reader.add(iso, option, ref, sentence.start, sentence.end, "vote.decision-of")


def _apart_from(reader: VoteReader, sentence: Sentence, low: str, starts: dict[int, Group]) -> None:
    """ "Apart from Russia, four other nations voted against", "Besides Russia, only Iran
    voted against", "Iran was the only country to vote against besides Russia": Russia
    voted so too."""
    apart = _APART_FROM.match(low, sentence.start, sentence.end)
    if apart is not None and not _OTHER_OR_ONLY.search(low, apart.end(), sentence.end):
        apart = None
    if apart is None:
        # the phrase closing the clause, after an "only" ("the only state to ...")
        window = low[sentence.start : sentence.end]
        if not any(w in window for w in ("besides", "apart", "aside", "addition")):
            return
        apart = _BESIDES_LAST.search(low, sentence.start, sentence.end)
        if apart is None or not _ONLY.search(low, sentence.start, apart.start()):
            return
    group = starts.get(apart.end())
    if group is None or not _CLAUSE_CLOSES.match(low, group.end, sentence.end):
        return  # (the phrase's countries end its clause: "besides Russia, only ...")
    others = [c for c in reader.claims_in(sentence) if c.iso not in group.isos]
    if others:
        first = others[0]
        for iso in group.isos:
            reader.add(
                iso, first.option, first.resolution, sentence.start, sentence.end, "vote.apart-from"
            )


_OTHER_OR_ONLY = compile_rule(r"\b(?:other|only)\b")
_ONLY = compile_rule(r"\bonly\b")
# ("except" is left out: "all but" states the other option)
_BESIDES_LAST = compile_rule(
    r"(?i)\s(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to)\s+(?:the\s+)?"
)
# (the phrase's countries close their clause, or the noun phrase they sit in goes on with
# its vote: "the only countries besides China to vote no were ...")
_CLAUSE_CLOSES = compile_rule(
    r"(?i)\s*(?:[,.;]|$)|\s+(?:to\s+(?:vote|abstain|oppose|back|support|reject)|voting|"
    r"abstaining|opposing|that\s+voted|who\s+voted)\b"
)


def read_labels(reader: VoteReader) -> None:
    """ "Against: Belarus, Eritrea": a label opening a line or a sentence ("... 13 in
    favour. Against: Russia.") and the names after it. The list runs on across
    semicolons ("Abstaining: Chile; Peru; Togo") and a line break after a comma (a long
    recorded vote wraps), as long as only names and separators follow the label."""
    doc = reader.doc
    low = reader.lowered_text
    if ":" not in low:
        return
    for m in _labels(low):
        sentence = doc.sentence_at(m.end())
        if sentence is None:
            continue
        group = next((g for g in reader.groups(sentence) if g.start == m.end()), None)
        if group is not None:
            _add_list(reader, sentence, group, _option(m), m.start(), "vote.label")
            _label_runs_on(reader, group, _option(m), m.start())


# A label after the names, ending their line: "Cuba, Nicaragua: against", "Russia: no"
_LABEL_AFTER = compile_rule(r"(?im):[^\S\n]*" + _LABEL_OPTION + r"[^\S\n]*\.?[^\S\n]*$")
_LINE_OPENING = compile_rule(r"(?:^|\n)[^\S\n]*[-•*–]?[^\S\n]*(?:the\s+)?$")


def read_labels_after(reader: VoteReader) -> None:
    """ "Cuba, Nicaragua: against": a line of names and the label that ends it."""
    doc = reader.doc
    low = reader.lowered_text
    if ":" not in low:
        return
    for m in _LABEL_AFTER.finditer(low):
        sentence = doc.sentence_at(m.start())
        if sentence is None:
            continue
        group = next((g for g in reader.groups(sentence) if g.end == m.start()), None)
        if group is None or not _LINE_OPENING.search(low, max(0, group.start - 12), group.start):
            continue
        _add_list(reader, sentence, group, _option(m), group.start, "vote.label-after")


# Between two names of a label's list: a comma or semicolon (a line break after it), or
# "and"; never a blank line, a full stop or another word.
_LABEL_GAP = compile_rule(
    r"(?i)[^\S\n]*(?:[,;][^\S\n]*\n?[^\S\n]*(?:and[^\S\n]+)?|\n?[^\S\n]*and[^\S\n]+)"
    r"(?:the[^\S\n]+)?"
)


def _label_runs_on(reader: VoteReader, group: Group, option: Option, at: int) -> None:
    """The names of a label's list after its first group: across a semicolon or a line
    break. Each is added where it stands (with the sentence it is in)."""
    norm = reader.doc.norm
    countries = reader.countries
    i = reader.first_country_from(group.end)
    end = group.end
    while i < len(countries):
        e = countries[i]
        if e.start < end:
            i += 1
            continue
        if not _LABEL_GAP.fullmatch(norm, end, e.start):
            break
        sentence = reader.doc.sentence_at(e.start)
        if sentence is None:
            break
        ref = reader.resolution_for(at, sentence.end, sentence)
        reader.add(e.key, option, ref, sentence.start, sentence.end, "vote.label")
        end = e.end
        qualifier = QUALIFIER.match(norm, end)
        if qualifier is not None:
            end = qualifier.end()
        i += 1


def read_own_country(
    reader: VoteReader, sentence: Sentence, low: str, previous: Sentence | None
) -> None:
    """ "Explaining her country's abstention, the representative of Brazil said ...",
    "the Chilean delegate said his country had voted in favour": the speaker's country,
    named in this sentence or the one before."""
    if not _OWN_NOUN.search(low, sentence.start, sentence.end):
        return
    for m in _OWN_COUNTRY_VOTE.finditer(low, sentence.start, sentence.end):
        said = m.group("nominal") or m.group("verb") or m.group("intent")
        option: Option = (
            "abstain"
            if said.startswith("abst") or "abstain" in said
            else ("no" if _NO_WORDS.search(said) else "yes")
        )
        if _NEGATED.search(low, max(sentence.start, m.start() - 20), m.start()):
            continue
        voter = _represented(reader, sentence, m.start()) or (
            previous and _represented(reader, previous)
        )
        if voter:
            ref = reader.ordinal_vote(m.end(), sentence) or reader.resolution_for(
                m.start(), sentence.end, sentence
            )
            reader.add(voter, option, ref, sentence.start, sentence.end, "vote.own-country")
            # "had voted in favour of the first text but against the second"
            elliptic(reader, sentence, [(voter, "vote.own-country")], m.end(), sentence.end, option)


_NO_WORDS = compile_rule(r"against|\bno\b|negative|veto|oppos|reject")
_NEGATED = compile_rule(r"\b(?:not|never|would|should|could)\b[^,;]*$")


def _represented(reader: VoteReader, sentence: Sentence, before: int | None = None) -> str | None:
    """The country whose representative speaks in ``sentence``, if it names one (before
    ``before``, the words of the vote, if given)."""
    norm = reader.doc.norm
    for e in reader.countries_in(sentence):
        floor = max(sentence.start, e.start - 80)
        if _REPRESENTS.search(norm, floor, e.start) or _TITLED_OF.search(norm, floor, e.start):
            return e.key
        if (
            norm[e.start - 1 : e.start] == "("
            and norm[e.end : e.end + 1] == ")"
            and (before is None or e.start < before)
        ):
            # meetings coverage: "Ana Ruiz (Chile) said her delegation ..." (not "... after
            # her country abstained, a U-turn from her visit to Davos (Switzerland)")
            return e.key
    for e in [*reader.adjectives_in(sentence), *reader.countries_in(sentence)]:
        if _REPRESENTATIVE_AFTER.match(norm, e.end, sentence.end):
            return e.key
    return None


def _nominal_option(what: str) -> Option:
    if what.startswith(("was", "were")):
        return "yes"  # "was supported by"
    return "abstain" if what.startswith("abst") else "no"


def read_line_lists(reader: VoteReader) -> None:
    """A heading with a vote cue ("Which countries voted against it?", "Abstaining:") and
    the lines below it that hold nothing but country names: those countries voted so."""
    doc = reader.doc
    sentences = doc.sentences
    low = reader.lowered_text
    i = 0
    while i < len(sentences):
        heading = sentences[i]
        i += 1
        # a heading ends its line on "?" or ":" and names no country, or is a label alone
        # ("Yes (9)", "Abstain")
        if doc.norm[heading.end - 1 : heading.end] in _HEADING_ENDS:
            if reader.groups(heading):
                continue
            cue = _HEADING_CUE.search(low, heading.start, heading.end) or _LABEL.match(
                low, heading.start, heading.end
            )
        elif heading.end - heading.start <= _BARE_LABEL_MOST and low[heading.start] in _BARE_OPENS:
            cue = _BARE_LABEL.fullmatch(low, heading.start, heading.end)
        else:
            continue
        if cue is None:
            continue
        option = _option(cue)
        ref = reader.resolution_for(heading.start, heading.end, heading)
        while (
            i < len(sentences) and "\n" in doc.norm[sentences[i - 1].end : sentences[i].start + 1]
        ):
            line = sentences[i]
            names = reader.countries_in(line)
            rest = doc.norm[line.start : line.end]
            for e in reversed(names):
                rest = rest[: e.start - line.start] + rest[e.end - line.start :]
            if not names or not _LINE_FILLER.match(rest):
                break
            for e in names:
                reader.add(e.key, option, ref, line.start, line.end, "vote.line-list")
            i += 1


_HEADING_CUE = Folded("(?i)" + _OPTION_CUE)
