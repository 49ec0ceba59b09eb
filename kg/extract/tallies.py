"""Pass 6b: vote tallies the article states.

Each tally found by ``numbers.parse_tallies`` is attached to the resolution its
sentence is about; a tally that matches a reference resolution's official counts
on every stated number belongs to that resolution even when the context says
otherwise (the record settles "93-8-73" versus "93-18-65"). Partial statements
about one resolution in one paragraph ("passed with the same 141 votes. Seven
states voted no ... and thirty-two abstained") are merged when they do not clash.
"""

from __future__ import annotations

from kg.extract.numbers import TallyMatch, parse_tallies
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher, ref_of
from kg.extract.text import Document
from kg.model import Evidence, ResolutionRef, Tally


def read_tallies(doc: Document, ctx: ResolutionContext, matcher: ResolutionMatcher) -> list[Tally]:
    found: list[tuple[int, ResolutionRef, TallyMatch, int]] = []
    for sentence in doc.sentences:
        text = doc.norm[sentence.start : sentence.end]
        for t in doc.once(parse_tallies, text):
            ref = _exact_record(matcher, t) or ctx.at(sentence.start + t.start)
            if ref is None:
                continue
            found.append((sentence.paragraph, ref, t, sentence.start))
    merged: list[tuple[int, ResolutionRef, dict[str, int | None], int, int]] = []
    for para, ref, t, base in found:
        counts = {"yes": t.yes, "no": t.no, "abstain": t.abstain}
        for n, (p2, r2, c2, s2, e2) in enumerate(merged):
            if (
                p2 == para
                and r2.key == ref.key
                and all(c2[k] is None or counts[k] is None or c2[k] == counts[k] for k in counts)
            ):
                merged[n] = (
                    p2,
                    r2,
                    {k: c2[k] if c2[k] is not None else counts[k] for k in counts},
                    s2,
                    max(e2, base + t.end),
                )
                break
        else:
            merged.append((para, ref, counts, base + t.start, base + t.end))
    tallies = []
    seen: set[tuple[str, int | None, int | None, int | None]] = set()
    for _, ref, counts, start, end in merged:
        key = (ref.key, counts["yes"], counts["no"], counts["abstain"])
        if key in seen:
            continue
        seen.add(key)
        tallies.append(
            Tally(
                resolution=ref,
                yes=counts["yes"],
                no=counts["no"],
                abstain=counts["abstain"],
                evidence=Evidence.at(start, end, "tally"),
            )
        )
    return tallies


def _exact_record(matcher: ResolutionMatcher, t: TallyMatch) -> ResolutionRef | None:
    stated = {"yes": t.yes, "no": t.no, "abstain": t.abstain}
    if sum(v is not None for v in stated.values()) < 2:
        return None
    hits = [
        r
        for r in matcher.records
        if all(v is None or v == getattr(r, k) for k, v in stated.items())
    ]
    return ref_of(hits[0]) if len(hits) == 1 else None
