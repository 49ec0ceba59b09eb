"""The implied rules of pass 6a: a vote stated through another country's.

They need an anchor whose vote is known. Three rules read an alignment: ``aligned``, "X
voted with / alongside / sided with / stood with Y" gives Y the vote of X (and X that of
Y where only Y's is known), "so did Y", "as did Y", "voted the same way" repeat the last
claim; ``joined by``, "X was joined by Y" gives Y the vote of X; ``opposed``, "stood
against Y" gives Y the opposite one. A subject that is not a country ("Mr. Trump allied
himself with ...", "our closest ally") stands for the article's focal voter; "we" in a
quote stands for the speaker's country. Back-references follow: "as they had on both
previous occasions" repeats a claim on the votes named before, "Mali and Nicaragua had
joined the five" gives the newcomers the counted list's vote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.numbers import NUMBER, parse_number, parse_tallies
from kg.extract.text import Sentence
from kg.extract.votes.phrases import (
    ALIGN,
    ALIGN_SAME_WORDS,
    ALIGN_WORDS,
    AS_BEFORE,
    GAP_PREPOSITION,
    JOINED_BY,
    JOINED_COUNT,
    OPPOSE,
    SOME_STATES_INCLUDING,
    TEXT_NEXT,
    stated_option,
)
from kg.model import Option, ResolutionRef

if TYPE_CHECKING:
    from kg.extract.votes.ledger import Group, VoteReader


def aligning_sentences(reader: VoteReader) -> list[Sentence]:
    """The sentences that may state an alignment (read_implied may read them twice)."""
    norm = reader.doc.norm
    return [s for s in reader.doc.sentences if ALIGN_WORDS.search(norm[s.start : s.end])]


def read_implied(reader: VoteReader, aligning: list[Sentence]) -> None:
    for sentence in aligning:
        text = reader.doc.norm[sentence.start : sentence.end]
        groups = reader.groups(sentence)
        if not groups and not ALIGN_SAME_WORDS.search(text):
            continue
        _aligned(reader, sentence, groups, text)
        _joined_by(reader, sentence, groups, text)
        _opposed(reader, sentence, groups, text)


def _aligned(reader: VoteReader, sentence: Sentence, groups: list[Group], text: str) -> None:
    """ "X voted with Y", "sided with Y", "so did Y", "X voted the same way"."""
    for m in ALIGN.finditer(text):
        at = sentence.start + m.start()
        end = sentence.start + m.end()
        verb = m.group("verb")
        if (
            verb.startswith("join")
            and not "A" <= text[m.end() : m.end() + 1] <= "Z"
            and not SOME_STATES_INCLUDING.match(text, m.end())
        ):
            continue  # ("joined Russia", "joining 17 other countries, including Russia")
        counted = _COUNTED_VOTES.search(text, max(0, m.start() - 30), m.start())
        if verb[:5].lower() == "votes" and counted:
            continue  # "won 13 votes with Britain abstaining": a count, not a verb
        # The country the targets are aligned with, and not one of them. "So did X",
        # "as did X", "X voted the same way" repeat the last claim and have none.
        anchor: str | None = None
        if verb.startswith(("so did", "as did", "voted the same")):
            repeated = _repeated(reader, sentence, groups, at, end, verb)
            if repeated is None:
                continue
            option, ref, targets = repeated
        else:
            anchor = _anchor(reader, sentence, groups, at, verb)
            if anchor is None:
                continue
            anchored = _anchored(reader, sentence, groups, at, end, verb, anchor)
            if anchored is None:
                continue
            option, ref, targets = anchored
        for g in targets:
            for iso in g.isos:
                if iso != anchor:
                    reader.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned")


# a count before "votes" makes it a noun: "13 votes", "thirteen votes", "the votes"
_COUNTED_VOTES = re.compile(rf"(?i)\b(?:{NUMBER}|the|its|their|of)\s+$")


def _repeated(
    reader: VoteReader, sentence: Sentence, groups: list[Group], at: int, end: int, verb: str
) -> tuple[Option, ResolutionRef | None, list[Group]] | None:
    """ "So did X", "as did X", "X voted the same way": the last claim's vote, and X."""
    last = reader.last_claim_before(at)
    if last is None:
        return None
    if verb.startswith("voted"):  # "X voted the same way": X
        before = [g for g in groups if g.end <= at]
        across = reader.across_commas(sentence, before, at)
        targets = [across[0]] if across else before[-1:]
    else:  # "so did X", "as did X", "so did X, <who X is>, and Y"
        after = [g for g in groups if g.start >= end]
        targets = after[:1]
        norm = reader.doc.norm
        for g in after[1:]:
            if not _AND_AFTER_APPOSITIVE.fullmatch(norm, targets[-1].end, g.start):
                break
            targets.append(g)
    return last.option, last.resolution, targets


# What stands between two countries of "so did A, the region's lone dissenter, and B"
_AND_AFTER_APPOSITIVE = re.compile(r"\s*(?:,\s*[^,.;()]{1,60},\s*|,\s*)?and\s+(?:the\s+)?")


def _anchored(
    reader: VoteReader,
    sentence: Sentence,
    groups: list[Group],
    at: int,
    end: int,
    verb: str,
    anchor: str,
) -> tuple[Option, ResolutionRef | None, list[Group]] | None:
    """ "X voted with Y": the vote the targets Y share with the anchor X (the anchor's own
    claim added where the verb states it, or where only Y's vote is known)."""
    ref = reader.resolution_for(at, sentence.end, sentence)
    targets = [g for g in groups if g.start >= end][:1]
    targets = [g for g in targets if _reaches(reader, end, g)]
    then = None
    if targets and not verb.startswith("join"):
        # "sided with Moscow and its allies A, B and C to vote against the text": the
        # option stated after the partners, on the sentence's own vote
        targets = _partners_then_option(reader, groups, targets)
        then = _THEN_OPTION.match(reader.doc.norm, targets[-1].end)
    if then is None and not reader.ctx.is_explicit(at):
        partners = [
            iso for g in groups if g.start >= end and _reaches(reader, end, g) for iso in g.isos
        ][:8]
        local = reader.matcher.candidates(
            reader.doc.norm[at : _clause_end(reader, at, sentence)], reader.doc
        )
        ref = _aligned_resolution(reader, anchor, partners, ref, [r for r in local if r.matched])
    option = reader.option_of(anchor, ref) or stated_option(verb)
    if then is not None:
        option = stated_option(then.group(1)) or (
            "no" if then.group(1).lower().startswith(_THEN_AGAINST) else "yes"
        )
        reader.add(anchor, option, ref, sentence.start, sentence.end, "vote.aligned-anchor")
    partner = next((o for g in targets for i in g.isos if (o := reader.option_of(i, ref))), None)
    if option is None and partner is not None and not verb.startswith("join"):
        # "Mali voted with Russia", Russia's vote known: Mali's is the same (and so is that
        # of every country of the anchor's list: "Mali and Niger sided with Russia")
        for iso in _side(groups, at, anchor):
            reader.add(iso, partner, ref, sentence.start, sentence.end, "vote.aligned")
        return None
    if option is None and targets and not verb.startswith("join"):
        _counted_sides(reader, sentence, groups, at, anchor, targets[0], ref)
        return None
    if option is None:
        return None
    if stated_option(verb):  # "voted no alongside X": the anchor's own vote
        reader.add(anchor, option, ref, sentence.start, sentence.end, "vote.aligned-anchor")
    return option, ref, targets


# The option stated after the partners: "sided with A and B to vote against it", "lined up
# with A in voting no", "in opposing it"
# with "and other states" after the list, and the purpose ("voted with A and B to pass
# it", "to block the draft")
_THEN_OPTION = re.compile(
    r"(?i)\s*,?\s*(?:and\s+(?:\w+\s+)?others?\s+(?:states|countries|members|nations|"
    r"delegations)?\s*)?(?:to|in)\s+(vot(?:e|ing)\s+(?:against|no|yes|in\s+favou?r)|"
    r"(?:oppos|reject|back|support)(?:e|ing)\b|(?:endors|approv|adopt|pass|block|defeat|"
    rf"sink|kill|veto)(?:e|ing)?\b{TEXT_NEXT})"
)
_THEN_AGAINST = ("oppos", "reject", "block", "defeat", "sink", "kill", "veto")
# What joins partners described on the way: "Moscow and Russian allies Belarus", "Russia
# and its ally Belarus", "A, as well as B"
_PARTNER_GAP = re.compile(
    r"(?i)\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|plus)\s+(?:(?:its|their|the|"
    r"[\w'’-]+(?:'s|’s)?)\s+){0,3}?(?:(?:closest|close|key|main|fellow|usual)\s+)?"
    r"(?:allies?|partners?|friends?|backers?)?\s*"
)


def _partners_then_option(
    reader: VoteReader, groups: list[Group], targets: list[Group]
) -> list[Group]:
    """The first partner and those joined to it, up to a stated option: all of them where
    one follows ("sided with Moscow and Russian allies A and B to vote against"), else the
    first alone."""
    norm = reader.doc.norm
    out = list(targets)
    for g in groups:
        if g.start > out[-1].end and g.start - out[-1].end <= 40:
            if not _PARTNER_GAP.fullmatch(norm, out[-1].end, g.start):
                break
            out.append(g)
    return out if _THEN_OPTION.match(norm, out[-1].end) else targets


def _side(groups: list[Group], at: int, anchor: str) -> list[str]:
    """The anchor and the countries listed with it before ``at``."""
    side = next((g for g in reversed(groups) if g.end <= at and anchor in g.isos), None)
    return side.isos if side is not None else [anchor]


def _counted_sides(
    reader: VoteReader,
    sentence: Sentence,
    groups: list[Group],
    at: int,
    anchor: str,
    target: Group,
    ref: ResolutionRef | None,
) -> None:
    """ "Seven voted against. That A, B, C, D, E and F sided with Russia ...": no vote
    known on either side, but the side and its partner together make a count the
    paragraph has just stated, and only one option has that count: that is their vote."""
    members = list(dict.fromkeys([*_side(groups, at, anchor), *target.isos]))
    counts: set[tuple[Option, int]] = set()
    index = reader.ctx.index_of(sentence.start)
    for k in range(max(0, index - 2), index + 1):
        earlier = reader.doc.sentences[k]
        if earlier.paragraph != sentence.paragraph and k != index:
            continue
        for t in reader.doc.once(parse_tallies, reader.doc.norm[earlier.start : earlier.end]):
            stated: tuple[tuple[Option, int | None], ...] = (
                ("yes", t.yes),
                ("no", t.no),
                ("abstain", t.abstain),
            )
            for option, n in stated:
                if n is not None:
                    counts.add((option, n))
    fits = {option for option, n in counts if n == len(members)}
    if len(members) < 3 or len(fits) != 1:
        return
    option = fits.pop()
    for iso in members:
        reader.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned-counted")


def _joined_by(reader: VoteReader, sentence: Sentence, groups: list[Group], text: str) -> None:
    """ "Russia was joined by Panama, Pakistan and Slovenia": they voted as Russia did."""
    for m in JOINED_BY.finditer(text):
        at = sentence.start + m.start()
        end = sentence.start + m.end()
        ref = reader.resolution_for(at, sentence.end, sentence)
        anchor = _anchor(reader, sentence, groups, at, "joined")
        option = reader.option_of(anchor, ref) if anchor else None
        if option is None and m.group("how"):
            option = stated_option(m.group("how"))
            if anchor and option:  # "Russia was joined in opposition by ...": Russia's too
                reader.add(anchor, option, ref, sentence.start, sentence.end, "vote.aligned-anchor")
        joiners = next((g for g in groups if g.start == end), None)
        if option is None or joiners is None:
            continue
        for iso in joiners.isos:
            if iso != anchor:
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.aligned")


def _opposed(reader: VoteReader, sentence: Sentence, groups: list[Group], text: str) -> None:
    """ "X stood against Y", "broke with Y": Y voted the other way (yes or no)."""
    for m in OPPOSE.finditer(text):
        at = sentence.start + m.start()
        if re.search(r"(?i)\bvot\w*\s+(?:\w+\s+){0,5}$", text[: m.start()]):
            continue  # "voted with X against Kyiv": against the resolution, not a voter
        ref = reader.resolution_for(at, sentence.end, sentence)
        anchor = _anchor(reader, sentence, groups, at, "against")
        option = reader.option_of(anchor, ref) if anchor else None
        if option not in ("yes", "no"):
            continue
        opposite: Option = "yes" if option == "no" else "no"
        end = sentence.start + m.end()
        for g in groups:
            if g.start >= end and _reaches(reader, end, g):
                for iso in g.isos:
                    reader.add(iso, opposite, ref, sentence.start, sentence.end, "vote.opposed")
                break


def _aligned_resolution(
    reader: VoteReader,
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
    candidates = {r.key: r for r in (local or reader.ctx.all_refs()) if r.matched}
    if default is not None and not local:
        candidates.setdefault(default.key, default)
    best, best_score = default, -1.0
    for key, ref in candidates.items():
        mine = reader.option_of(anchor, ref)
        if mine is None:
            continue
        same = sum(1 for p in partners if reader.matcher.recorded.get((key, p)) == mine)
        score = same / len(partners) + (0.01 if default is not None and key == default.key else 0)
        if score > best_score:
            best, best_score = ref, score
    return best


def _clause_end(reader: VoteReader, at: int, sentence: Sentence) -> int:
    """Where the words around ``at`` end: the quotation it stands in, or the sentence."""
    for q in reader.quotes:
        for part in q.parts:
            if part.start <= at < part.end:
                return min(part.end, sentence.end)
    return sentence.end


def read_as_before(reader: VoteReader) -> None:
    """ "China and India abstained, as they had on both previous occasions": the same
    votes on the resolutions the article named strongly before this sentence (the
    last two for "both", the last for "the previous vote", every one for "all")."""
    for i, sentence in enumerate(reader.doc.sentences):
        mine = reader.claims_in(sentence)
        if not mine:
            continue
        m = AS_BEFORE.search(reader.doc.norm[sentence.start : sentence.end])
        if m is None:
            continue
        earlier: dict[str, ResolutionRef] = {}
        for k in range(i):
            ref = reader.ctx.by_sentence.get(k)
            if ref is not None and ref.matched and reader.ctx.strong.get(k):
                earlier.pop(ref.key, None)
                earlier[ref.key] = ref  # kept in order of last naming
        how, noun = m.group("how").lower(), m.group("noun").lower()
        count = 2 if how == "both" else (1 if how == "the" and not noun.endswith("s") else 0)
        for c in list(mine):
            others = [r for key, r in earlier.items() if key != c.resolution.key]
            for ref in others[-count:] if count else others:
                reader.add(c.iso, c.option, ref, sentence.start, sentence.end, "vote.as-before")


def read_joined_counted(reader: VoteReader) -> None:
    """ "Mali and Nicaragua had joined the five": the newcomers and the five they join
    voted the way the counted list did, on this sentence's resolution."""
    for sentence in reader.doc.sentences:
        text = reader.doc.norm[sentence.start : sentence.end]
        if "joined" not in text:
            continue
        for m in JOINED_COUNT.finditer(text):
            size = parse_number(m.group("n"))
            at = sentence.start + m.start()
            remembered = next(
                (lst for lst in reversed(reader.lists) if lst[0] == size and lst[3] < at), None
            )
            if remembered is None:
                continue
            _, members, option, _ = remembered
            subject = [g for g in reader.groups(sentence) if g.end <= at]
            ref = reader.resolution_for(at, sentence.end, sentence)
            for iso in [*(subject[-1].isos if subject else []), *members]:
                reader.add(iso, option, ref, sentence.start, sentence.end, "vote.back-reference")


def _reaches(reader: VoteReader, end: int, g: Group) -> bool:
    """Whether the group is the object of the alignment phrase ending at ``end``:
    "alongside authoritarian states like Russia", not "with Europe at the UN over Ukraine"."""
    gap = reader.doc.norm[end : g.start]
    if SOME_STATES_INCLUDING.fullmatch(gap):
        return True  # "siding with a handful of states including Russia"
    return len(gap) < 60 and not re.search(r"[.;:]", gap) and not GAP_PREPOSITION.search(gap)


def _anchor(
    reader: VoteReader, sentence: Sentence, groups: list[Group], at: int, verb: str
) -> str | None:
    text = reader.doc.norm
    before = [g for g in groups if g.end <= at]
    # "placed X alongside", "aligned X with": X, inside the phrase
    placed = re.match(r"(?i)(?:placed|align(?:ed|ing|s)?)\s+(?:the\s+)?(\S+)", verb)
    if placed:
        inner = [g for g in groups if g.start >= at and g.end <= at + len(verb) + 1]
        if inner:
            return inner[0].isos[0]
    if before and re.match(r"\w+ing\b", verb) and re.search(r",\s*$", text[before[-1].end : at]):
        # "X voted against the text on Ukraine, siding with ...": the clause's subject
        subject = reader.sentence_subject(groups, at)
        if subject is not None:
            return subject.isos[0]
    if before:
        g = before[-1]
        gap = text[g.end : at]
        if len(gap) < 50 and not re.search(r"[;]", gap):
            return g.isos[0]
    we = re.search(r"(?i)\b(?:we|us)\b", text[max(sentence.start, at - 40) : at + len(verb) + 4])
    if we:
        iso = reader.we_country(at)
        if iso:
            return iso
    return reader.focal()
