"""A vote the article names by no day, count or subject, but whose voters it reports as
the official record of a known vote has them: "Britain and France abstained, while Russia
and China voted in favour" of a Council text, in an undated report, is the known Council
vote with those very votes, where exactly one known vote has them.

This is evidence, not an assumption: three countries' votes at least (four in an undated
article, with a word of the known vote's title or keywords in it), every one of them as
recorded, none otherwise; the body the article names; the known vote held up to a month
before the article's date (where it has one) and on the day it gives (if it gives one);
no count of the article's against the record's; and no other known vote that fits as
well."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.extract.numbers import parse_tallies
from kg.extract.resolutions.cues import subject_stems
from kg.extract.resolutions.dates import date_of_article, days_between
from kg.extract.resolutions.symbols import ref_of
from kg.extract.text import Document
from kg.model import Option, ResolutionRecord, ResolutionRef, Stance, Tally, VoteClaim
from kg.names import fold

_LEAST_CLAIMS = 3  # countries' votes that must agree with the record
_LEAST_CLAIMS_UNDATED = 4
_MOST_DAYS_BEFORE = 31  # how long before an article a vote it reports so may have been held


def recorded_votes(
    doc: Document,
    votes: Sequence[VoteClaim],
    tallies: Sequence[Tally],
    records: Sequence[ResolutionRecord],
    recorded: dict[tuple[str, str], str],
) -> dict[str, ResolutionRef]:
    """Unknown vote keys of the article, each to the known vote whose record
    (``recorded``: (symbol, country) to option) its claims fit."""
    claimed: dict[str, list[VoteClaim]] = {}
    for v in votes:
        if not v.resolution.matched:
            claimed.setdefault(v.resolution.key, []).append(v)
    if not claimed:
        return {}
    article_date = date_of_article(doc)
    found: dict[str, ResolutionRef] = {}
    for key, claims in claimed.items():
        cast = {(c.country, c.option) for c in claims}
        countries = {country for country, _ in cast}
        least = _LEAST_CLAIMS if article_date else _LEAST_CLAIMS_UNDATED
        if len(countries) != len(cast):
            continue  # a country said to vote two ways
        ref = claims[0].resolution
        if len(countries) < least:
            described = _described(doc, claims, records, recorded, cast, ref, article_date)
            if described is not None:
                found[key] = described
            continue
        fits = [
            r
            for r in records
            if (ref.body is None or ref.body == r.body)
            and (ref.date is None or ref.date == r.date)
            and _held_before(r.date, article_date)
            and all(recorded.get((r.symbol, c)) == o for c, o in cast)
            and all(_counts_fit(t, r) for t in tallies if t.resolution.key == key)
        ]
        if not fits:  # (an article may misreport one voter: "siding with A, B and C")
            nearly = _described(doc, claims, records, recorded, cast, ref, article_date, 1)
            if nearly is not None:
                found[key] = nearly
            continue
        if len(fits) != 1:
            continue
        if article_date is None and not _shares_words(doc, fits[0]):
            continue
        found[key] = ref_of(fits[0])
    return found


def _described(
    doc: Document,
    claims: list[VoteClaim],
    records: Sequence[ResolutionRecord],
    recorded: dict[tuple[str, str], str],
    cast: set[tuple[str, Option]],
    ref: ResolutionRef,
    article_date: str | None,
    slack: int = 0,
) -> ResolutionRef | None:
    """Too few votes for the record alone: the known vote the claims' own sentences
    describe by two words of its title or keywords at least ("the U.S. vote against a
    resolution condemning Russian aggression") whose record has every claim, where exactly
    one such vote has them and another so described has not (the votes tell them apart).

    With ``slack``, claims that no record has all of: the one so described whose record
    has all of them but ``slack`` (three agreeing at least), where every other one so
    described contradicts more of them (the article misreports a voter, the record tells
    which vote it reports)."""
    said = " ".join(doc.norm[c.evidence.span.start : c.evidence.span.end] for c in claims)
    stems = subject_stems(fold(said))
    described = [
        r
        for r in records
        if (ref.body is None or ref.body == r.body)
        and _held_before(r.date, article_date)
        and len(stems & _record_stems(r.title, tuple(r.keywords))) >= 2
    ]
    if slack:
        misses = {
            r.symbol: sum(recorded.get((r.symbol, c)) != o for c, o in cast) for r in described
        }
        fits = [r for r in described if misses[r.symbol] <= slack and len(cast) - slack >= 3]
        if len(fits) != 1 or any(
            misses[r.symbol] <= misses[fits[0].symbol] for r in described if r is not fits[0]
        ):
            return None
        return ref_of(fits[0])
    fits = [r for r in described if all(recorded.get((r.symbol, c)) == o for c, o in cast)]
    contradicted = [
        r for r in described if any(recorded.get((r.symbol, c), o) != o for c, o in cast)
    ]
    if len(fits) != 1 or not contradicted:
        return None
    return ref_of(fits[0])


@cache
def _record_stems(title: str, keywords: tuple[str, ...]) -> frozenset[str]:
    """The subject words of a record's title and keywords (read once per record)."""
    return subject_stems(fold(title + " " + " ".join(keywords)))


def _held_before(vote_date: str, article_date: str | None) -> bool:
    if article_date is None:
        return True
    days = days_between(vote_date, article_date)
    return days is not None and 0 <= days <= _MOST_DAYS_BEFORE


def _counts_fit(tally: Tally, record: ResolutionRecord) -> bool:
    stated = ((tally.yes, record.yes), (tally.no, record.no), (tally.abstain, record.abstain))
    return all(a is None or b is None or a == b for a, b in stated)


def _shares_words(doc: Document, record: ResolutionRecord) -> bool:
    """Whether the article holds a word of the known vote's title or keywords."""
    words = _record_stems(record.title, tuple(record.keywords))
    return not words.isdisjoint(doc.memo("subject stems", lambda: _stems(doc)))


def _stems(doc: Document) -> frozenset[str]:
    return subject_stems(fold(doc.norm[: doc.body_end]))


def remapped(
    found: dict[str, ResolutionRef],
    votes: list[VoteClaim],
    tallies: list[Tally],
    stances: list[Stance],
) -> tuple[list[VoteClaim], list[Tally], list[Stance]]:
    """The facts with each unknown vote of ``found`` replaced by its known one (a claim
    the article also makes of the known vote kept once)."""
    out_votes: dict[tuple[str, str, str], VoteClaim] = {}
    for v in votes:
        new = found.get(v.resolution.key)
        claim = v if new is None else v.model_copy(update={"resolution": new})
        out_votes.setdefault((claim.country, claim.option, claim.resolution.key), claim)
    out_tallies = [
        t
        if t.resolution.key not in found
        else t.model_copy(update={"resolution": found[t.resolution.key]})
        for t in tallies
    ]
    out_stances: dict[tuple[str, str, str, str], Stance] = {}
    for stance in stances:
        target, moved = stance.target, stance
        if target.resolution is not None and target.resolution.key in found:
            target = target.model_copy(update={"resolution": found[target.resolution.key]})
            moved = stance.model_copy(update={"target": target})
        which = target.resolution.key if target.resolution else ""
        out_stances.setdefault((stance.holder.name, stance.polarity, target.voter, which), moved)
    return list(out_votes.values()), out_tallies, list(out_stances.values())


def sibling_votes(
    doc: Document,
    votes: Sequence[VoteClaim],
    records: Sequence[ResolutionRecord],
    recorded: dict[tuple[str, str], str],
) -> list[VoteClaim]:
    """The claims with those of a passage that the official record of its known vote
    contradicts moved to the other vote of that body and day whose record they fit:
    "South Africa voted for the resolution, while the US abstained" on a day the Assembly
    voted on two texts is the one the US abstained on, not the one it voted against.

    Only where the record contradicts a claim of the passage, every claim of it that the
    other record lists agrees with it, and exactly one other vote of that body and day
    fits; and not where the passage's paragraph gives its vote's counts (the article then
    says which vote it means, and reports it as it does, rightly or not)."""
    by_symbol = {r.symbol: r for r in records}
    passages: dict[tuple[str, int, int], list[VoteClaim]] = {}
    for v in votes:
        if v.resolution.matched and v.resolution.symbol in by_symbol:
            span = v.evidence.span
            passages.setdefault((v.resolution.symbol, span.start, span.end), []).append(v)
    moved: dict[int, ResolutionRef] = {}
    for (symbol, start, _), claims in passages.items():
        listed = [
            recorded[(symbol, c.country)] == c.option
            for c in claims
            if (symbol, c.country) in recorded
        ]
        if len(claims) < 2 or not listed or any(listed):
            continue  # (one claim alone may be the article's slip; one agreeing, its vote)
        record = by_symbol[symbol]
        fits = [
            r
            for r in records
            if r.symbol != symbol
            and r.body == record.body
            and r.date == record.date
            and all(recorded.get((r.symbol, c.country), c.option) == c.option for c in claims)
            and any((r.symbol, c.country) in recorded for c in claims)
        ]
        if len(fits) == 1 and not _counted_in_paragraph(doc, start, record, fits[0]):
            ref = ref_of(fits[0])
            moved.update((id(c), ref) for c in claims)
    if not moved:
        return list(votes)
    out: dict[tuple[str, str, str], VoteClaim] = {}
    for v in votes:
        new = moved.get(id(v))
        claim = v if new is None else v.model_copy(update={"resolution": new})
        out.setdefault((claim.country, claim.option, claim.resolution.key), claim)
    return list(out.values())


def _counted_in_paragraph(
    doc: Document, offset: int, record: ResolutionRecord, other: ResolutionRecord
) -> bool:
    """Whether the paragraph at ``offset`` gives a count of ``record`` that is not one of
    ``other``."""
    sentence = doc.sentence_at(offset)
    if sentence is None:
        return False
    para = doc.paragraphs[sentence.paragraph]
    for t in doc.once(parse_tallies, doc.norm[para.start : para.end]):
        for stated, own, others in (
            (t.yes, record.yes, other.yes),
            (t.no, record.no, other.no),
            (t.abstain, record.abstain, other.abstain),
        ):
            if stated is not None and stated == own != others:
                return True
    return False
