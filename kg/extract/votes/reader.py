"""Pass 6a: how the article says countries voted (the order of its rules), and settling.

``read_votes`` runs the explicit rules, the voters' lists and labels, the back-references,
then settles the article's main resolution (``settle``) before the implied rules, whose
anchors need it. The ledger is ``ledger.VoteReader``.
"""

from __future__ import annotations

import re

from kg.extract.mentions import EntityMention
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher
from kg.extract.text import Document
from kg.extract.votes.explicit import read_explicit
from kg.extract.votes.implied import (
    aligning_sentences,
    read_as_before,
    read_implied,
    read_joined_counted,
)
from kg.extract.votes.ledger import ClaimEvidence, VoteReader
from kg.extract.votes.voters import read_labels, read_labels_after, read_line_lists
from kg.model import Quote, ResolutionRef, VoteClaim


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
    read_explicit(reader)
    read_line_lists(reader)
    read_labels(reader)
    read_labels_after(reader)
    read_as_before(reader)
    read_joined_counted(reader)
    settle(reader)
    read_on_both(reader)
    aligning = aligning_sentences(reader)
    before = len(reader.claims)
    read_implied(reader, aligning)
    if len(reader.claims) > before:
        read_implied(reader, aligning)  # a claim implied further on can anchor an earlier one
    evidence = [
        ClaimEvidence(c.iso, c.option, c.resolution, c.start, c.end, c.rule) for c in reader.claims
    ]
    return reader.result(), evidence


# One vote cast alike on the two texts an article reports: "abstained on both texts"
_ON_BOTH = re.compile(
    r"(?i)\b(?:on|for|against)\s+both\s+(?:the\s+)?(?:texts|drafts|resolutions)\b"
)


def read_on_both(reader: VoteReader) -> None:
    """A claim whose clause says it was cast on both texts, where the article names
    exactly two votes of one body: the same claim on the other one."""
    norm = reader.doc.norm
    if "both" not in norm:
        return
    refs = {r.key: r for r in (*(m.ref for m in reader.ctx.mentions), *reader.ctx.all_refs())}
    for c in list(reader.claims):
        if not _ON_BOTH.search(norm, c.start, c.end):
            continue
        same_body = [r for r in refs.values() if r.body == c.resolution.body]
        if len(same_body) == 2 and any(r.key == c.resolution.key for r in same_body):
            other = next(r for r in same_body if r.key != c.resolution.key)
            if reader.option_of(c.iso, other) is None:
                reader.add(c.iso, c.option, other, c.start, c.end, c.rule)


def settle(reader: VoteReader) -> None:
    """Choose the article's main resolution among the candidates its descriptions
    leave open, by how well the claims that merely inherit it fit the record, and
    move those claims (and tied sentences) to the chosen one."""
    open_sentences = reader.ctx.defaulted | set(reader.ctx.tied)
    inherited = [c for c in reader.claims if reader.ctx.index_of(c.start) in open_sentences]
    if not inherited or not reader.ctx.weights:
        return
    best_weight = reader.ctx.weights[0][1]
    candidates = [
        ref for ref, weight, _ in reader.ctx.weights if ref.matched and weight >= 0.5 * best_weight
    ]
    if len(candidates) < 2:
        return

    def fit(ref: ResolutionRef) -> int:
        score = 0
        for c in inherited:
            recorded = reader.matcher.recorded.get((ref.key, c.iso))
            if recorded is not None:
                score += 1 if recorded == c.option else -1
        return score

    chosen = max(candidates, key=fit)
    old = reader.ctx.primary
    if old is not None and chosen.key != old.key and fit(chosen) > fit(old):
        reader.ctx.settle_primary(chosen)
        for c in inherited:
            if c.resolution.key == old.key:
                c.resolution = chosen
        reader.reindex_options()
    for i, tied in reader.ctx.tied.items():
        keys = {t.key for t in tied}
        if chosen.key in keys:
            reader.ctx.by_sentence[i] = chosen
