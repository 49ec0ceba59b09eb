"""Pass 7, texts: which text a unit means, and who drafted it.

- The drafters of a vote's text: the groups the article names where it speaks of that
  vote (``stance_drafters``), else, when it reports one vote only, every group it names;
  the record's sponsor where the reference knows one.
- A text named by its drafter ("abstained on the American text", "welcomed the
  U.S.-drafted resolution"), in an article that reports several votes on one day (an
  Assembly text and a Council text): the one that country drafted, in the body the unit
  names, else the one voted on last before the unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from functools import cached_property

from kg.extract.patterns import Folded
from kg.extract.stance_units import Unit, UnitReader
from kg.extract.text import Paragraph
from kg.extract.votes import ClaimEvidence
from kg.model import ResolutionRef

# A text named by its drafter: "the American text", "the U.S.-drafted resolution"
_DRAFTED_TEXT_AFTER = re.compile(
    r"(?:-(?:drafted|led|sponsored|backed|proposed|authored))?(?:\s+(?:peace|ceasefire|truce))?\s+"
    r"(?:text|draft|resolution|proposal|initiative)\b"
)
_BODY_NAMED = Folded(
    r"\b(?:general\s+assembly|security\s+council|in\s+the\s+(?:assembly|council))\b"
)
_THE_BEFORE = re.compile(r"(?i)\b(?:the|a|its|their|rival)\s+$")
_ISO3 = re.compile(r"[A-Z]{3}")
_TEXT_WORD = Folded(r"\b(?:text|draft|resolution|proposal|initiative)\b")


class TextReader(UnitReader):
    """Units, and the texts their votes were on."""

    _drafters_by_text: dict[str, list[str]] | None = None

    def _sponsor(self, ref: ResolutionRef | None) -> str | None:
        if ref is None:
            return None
        return self._sponsors.get(ref.key)

    @cached_property
    def _sponsors(self) -> dict[str, str]:
        """The record's first sponsor of each resolution, where it is a country."""
        out: dict[str, str] = {}
        for record in self.matcher.records:
            if record.sponsor_countries and record.symbol not in out:
                sponsor = record.sponsor_countries[0]
                if _ISO3.fullmatch(sponsor):
                    out[record.symbol] = sponsor
        return out

    @cached_property
    def _claims_of_country(self) -> dict[str, list[ClaimEvidence]]:
        out: dict[str, list[ClaimEvidence]] = {}
        for c in self.claims:
            out.setdefault(c.country, []).append(c)
        return out

    @cached_property
    def _claim_order(self) -> dict[int, int]:
        return {id(c): i for i, c in enumerate(self.claims)}

    @cached_property
    def _article_refs(self) -> list[ResolutionRef]:
        """The votes the article names by symbol or speaks of."""
        return self.ctx.named_refs()

    @cached_property
    def _last_headings(self) -> list[Paragraph | None]:
        """For each paragraph, the last heading at or before it (the title left out)."""
        out: list[Paragraph | None] = []
        last: Paragraph | None = None
        for p in self.doc.paragraphs:
            if p.heading and p.number > 0:
                last = p
            out.append(last)
        return out

    @cached_property
    def _countries_by_vote(self) -> dict[tuple[str, str], list[str]]:
        """The countries the article has voting each way on each vote."""
        out: dict[tuple[str, str], list[str]] = {}
        for c in self.claims:
            out.setdefault((c.option, c.resolution.key), []).append(c.country)
        return out

    @cached_property
    def _texts_voted_on(self) -> dict[str, ResolutionRef]:
        """The votes the article speaks of or has claims on, by key (read once)."""
        return {r.key: r for r in (*self.ctx.all_refs(), *(c.resolution for c in self.claims))}

    @cached_property
    def _claim_starts_by_key(self) -> dict[str, list[int]]:
        """Where the claims on each vote start, in order (a bisection finds the last one
        before a unit)."""
        out: dict[str, list[int]] = {}
        for c in sorted(self.claims, key=lambda c: c.start):
            out.setdefault(c.resolution.key, []).append(c.start)
        return out

    def _drafted_text(self, unit: Unit) -> ResolutionRef | None:
        """ "abstained on the American text", "welcomed the U.S.-drafted resolution": of an
        article reporting several votes, the text that country drafted (by the record's
        sponsor, else the article's drafters), the one voted on last before the unit
        where it drafted more than one."""
        if not _TEXT_WORD.search(unit.text):
            return None  # (most units name no text: no country's text either)
        refs = self._texts_voted_on
        if len(refs) < 2:
            return None
        text = self.doc.norm
        for e in self._by_position.starting(unit.start, unit.end):
            if not _DRAFTED_TEXT_AFTER.match(text, e.end, e.end + 40):
                continue
            if not _THE_BEFORE.search(text, max(0, e.start - 8), e.start):
                continue
            keys = {
                key
                for key, ref in refs.items()
                if self._sponsor(ref) == e.key or e.key in self._drafters_of(ref)
            }
            body = _BODY_NAMED.search(unit.text)
            if body is not None:
                # "the American initiative in the Assembly": that body's vote, or one of
                # the same day the record has that country drafting there
                wanted = "UNSC" if body.group(0).lower().endswith("council") else "UNGA"
                there = {k for k in keys if refs[k].body == wanted}
                if not there:
                    days = {r.date for r in refs.values() if r.date}
                    records = [
                        r.symbol
                        for r in self.matcher.records
                        if r.body == wanted
                        and r.date in days
                        and r.sponsor_countries[:1] == (e.key,)
                    ]
                    return self.matcher.by_symbol(records[0]) if len(records) == 1 else None
                keys = there
            if len(keys) == 1:
                return refs[keys.pop()]
            # of known votes, the one named last before the unit; else the one voted on
            # last (the latest claim)
            if all(refs[k].matched for k in keys):
                named = self.ctx.last_named(unit.start, [refs[k] for k in keys])
                if named is not None:
                    return named
            latest: tuple[int, str] | None = None
            for key in keys:
                starts = self._claim_starts_by_key.get(key, [])
                i = bisect_left(starts, unit.start)
                if i and (latest is None or starts[i - 1] > latest[0]):
                    latest = (starts[i - 1], key)
            if latest is not None:
                return refs[latest[1]]
        return None

    def _known(self) -> Collection[str]:
        """The keys of the resolutions the article names or has votes on."""
        return self._texts_voted_on.keys()

    def _drafters_of(self, ref: ResolutionRef | None) -> list[str]:
        """The countries the article says drafted the text ``ref`` was a vote on: the
        groups named where the article speaks of that vote, else, when the article
        reports one vote only, every group it names (read once per vote)."""
        if not self.drafters:
            return []
        if self._drafters_by_text is None:
            # each drafter group by the vote the article speaks of where it is named, read
            # once (asked for each stance read, it must not walk the groups each time)
            self._drafters_by_text = {}
            for at, group in self.drafters:
                here = self.ctx.at(at)
                if here is not None:
                    self._drafters_by_text.setdefault(here.key, []).extend(group)
        found = list(self._drafters_by_text.get(ref.key, [])) if ref is not None else []
        if not found and len(self._known()) <= 1:
            found = [iso for _, group in self.drafters for iso in group]
        return list(dict.fromkeys(found))

    def _latest(self, context: ResolutionRef) -> ResolutionRef:
        """The most recent of the dated resolutions the article names, if later than
        ``context``: the vote a speaker means by "this week" or "today"."""
        dated = [r for r in (*self.ctx.all_refs(), *(c.resolution for c in self.claims)) if r.date]
        if not dated or not context.date:
            return context
        latest = max(dated, key=lambda r: r.date or "")
        return latest if (latest.date or "") > context.date else context

    def _heading_before(self, offset: int) -> str:
        para = self.doc.paragraph_at(offset)
        if para is None:
            return ""
        heading = self._last_headings[para.number]
        return "" if heading is None else self.doc.norm[heading.start : heading.end]
