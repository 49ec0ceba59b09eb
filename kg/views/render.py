"""Plain-text views of profiles for the terminal."""

from __future__ import annotations

import textwrap

from kg.views.profile import Profile
from kg.views.statements import Paging


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=100,
        initial_indent=indent,
        subsequent_indent=" " * (len(indent) + 2),
    )


def _more(paging: Paging) -> list[str]:
    """A line saying which rows of a cut list are shown, and where the next ones start."""
    if not paging.offset and paging.next is None:
        return []
    shown = (
        f"rows {paging.offset + 1}-{paging.last} of {paging.total} shown" if paging.total else ""
    )
    more = f"; more follow: --offset {paging.next}" if paging.next is not None else ""
    return [f"    ({shown or 'none shown'}{more})"]


def profile_text(p: Profile) -> str:
    lines = [f"{p.name}  ({p.kind})  <{p.iri}>"]
    if p.aliases:
        lines.append(f"  also: {', '.join(p.aliases)}")
    for j in p.joined:
        lines.append(_wrap(f"joined: {j.name} <{j.iri}>: {j.reason}", "  "))
    for key, value in p.details.items():
        lines.append(f"  {key}: {value}")
    if p.roles:
        lines.append("  roles:")
        lines.extend(f"    - {r}" for r in p.roles)
    if p.party:
        lines.append(f"  party: {p.party}")
    if p.country and p.kind != "country":
        lines.append(f"  country: {p.country}")
    if p.quotes or p.quotes_paging.total:
        lines.append(f"  quotes ({max(len(p.quotes), p.quotes_paging.total)}):")
        lines.extend(_more(p.quotes_paging))
        for q in p.quotes:
            mark = " (partial)" if q.partial else ""
            lines.append(_wrap(f"\u201c{q.text}\u201d{mark}", "    - "))
            lines.append(f"        in {q.source}  <{q.article}>")
    if p.stances or p.stances_paging.total:
        lines.append(f"  stances ({max(len(p.stances), p.stances_paging.total)}):")
        lines.extend(_more(p.stances_paging))
        for s in p.stances:
            target = f"the {s.voter} vote on {s.resolution or 'an unnamed resolution'}"
            lines.append(f"    - {s.polarity} {target} (cue: {s.cue!r}) in {s.source}")
    lines.extend(_votes_text(p))
    lines.extend(_bylines_text(p))
    listed = p.quotes_paging.total or p.stances_paging.total or p.claims_paging.total
    if not (p.quotes or p.stances or p.votes or p.roles or p.articles or listed):
        lines.append("  (nothing more is recorded about this actor)")
    return "\n".join(lines)


def _bylines_text(p: Profile) -> list[str]:
    """The articles an author wrote, then those a publisher published, newest first."""
    lines = []
    for role, verb in (("author", "wrote"), ("publisher", "published")):
        mine = [a for a in p.articles if a.role == role]
        if mine:
            lines.append(f"  {verb} ({len(mine)}):")
            for a in mine:
                title = a.headline or "(no headline)"
                lines.append(_wrap(f"{a.date or 'undated'}  {title}", "    - "))
                lines.append(f"        {a.source}  <{a.article}>")
    return lines


_MARKS = {
    "contradicts": "CONTRADICTS the record",
    "agrees": "agrees with the record",
    "no record": "no record to check against",
}


def _votes_text(p: Profile) -> list[str]:
    """The official votes, then each article's claims with its verdict and evidence."""
    lines = []
    record = [v for v in p.votes if v.source == "record"]
    claims = [v for v in p.votes if v.source != "record"]
    if record:
        lines.append(f"  official votes ({len(record)}):")
        for v in record:
            detail = ", ".join(
                x
                for x in (
                    f"{v.confidence} confidence" if v.confidence else "",
                    f"sources {v.record_source}" if v.record_source else "",
                )
                if x
            )
            lines.append(f"    - {v.resolution}: {v.option}" + (f"  ({detail})" if detail else ""))
    paging = p.claims_paging
    cut = bool(paging.offset or paging.next is not None)
    if cut and p.claim_counts:  # the whole list summed up before a page of it
        lines.append("  claimed votes by resolution:")
        for c in p.claim_counts:
            lines.append(f"    - {c.resolution}: {c.option} in {c.claims} claims ({c.verdict})")
    if claims or paging.total:
        if cut:
            total = paging.total
            contradicting = sum(c.claims for c in p.claim_counts if c.verdict == "contradicts")
        else:
            total = len(claims)
            contradicting = sum(1 for v in claims if v.verdict == "contradicts")
        lines.append(f"  what articles claim ({total}, {contradicting} contradicting the record):")
        lines.extend(_more(paging))
        for v in claims:
            mark = _MARKS.get(v.verdict or "", "")
            if v.verdict == "contradicts":
                mark = f"<-- {mark}: {v.recorded}"
            lines.append(f"    - {v.resolution}: {v.option}  {mark}")
            where = f"{v.source} [{v.start}:{v.end}]" if v.start is not None else v.source
            lines.append(_wrap(f"{where}: \u201c{v.sentence or ''}\u201d", "        "))
    return lines
