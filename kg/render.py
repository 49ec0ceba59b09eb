"""Plain-text views of profiles for the terminal."""

from __future__ import annotations

import textwrap

from kg.profile import Profile


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=100, initial_indent=indent,
                         subsequent_indent=" " * (len(indent) + 2))


def profile_text(p: Profile) -> str:
    lines = [f"{p.name}  ({p.kind})  <{p.iri}>"]
    if p.aliases:
        lines.append(f"  also: {', '.join(p.aliases)}")
    for key, value in p.details.items():
        lines.append(f"  {key}: {value}")
    if p.roles:
        lines.append("  roles:")
        lines.extend(f"    - {r}" for r in p.roles)
    if p.party:
        lines.append(f"  party: {p.party}")
    if p.country and p.kind != "country":
        lines.append(f"  country: {p.country}")
    if p.quotes:
        lines.append(f"  quotes ({len(p.quotes)}):")
        for q in p.quotes:
            mark = " (partial)" if q.partial else ""
            lines.append(_wrap(f"\u201c{q.text}\u201d{mark}", "    - "))
            lines.append(f"        in {q.source}  <{q.article}>")
    if p.stances:
        lines.append(f"  stances ({len(p.stances)}):")
        for s in p.stances:
            target = f"the {s.voter} vote on {s.resolution or 'an unnamed resolution'}"
            lines.append(f"    - {s.polarity} {target} (cue: {s.cue!r}) in {s.source}")
    record = [v for v in p.votes if v.source == "record"]
    claims = [v for v in p.votes if v.source != "record"]
    if record:
        lines.append(f"  recorded votes ({len(record)}):")
        for v in record:
            conf = f" ({v.confidence} confidence)" if v.confidence else ""
            lines.append(f"    - {v.resolution}: {v.option}{conf}")
    if claims:
        lines.append(f"  what articles claim ({len(claims)}):")
        for v in claims:
            flag = {"contradicts": "  <-- CONTRADICTS THE RECORD", "agrees": "  (agrees with the record)",
                    "no record": "  (no record)"}.get(v.verdict or "", "")
            lines.append(f"    - {v.resolution}: {v.option} says {v.source}{flag}")
    if not (p.quotes or p.stances or p.votes or p.roles):
        lines.append("  (nothing more is recorded about this actor)")
    return "\n".join(lines)
