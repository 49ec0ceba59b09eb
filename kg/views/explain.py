"""What ``kg extract`` shows: every fact with its span, and optionally its rule."""

from __future__ import annotations

from typing import Any

from kg.model import Evidence, Facts, ResolutionRef


def _span(evidence: Evidence, explain: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"start": evidence.span.start, "end": evidence.span.end}
    if explain:
        out["rule"] = evidence.rule
    return out


def _res(ref: ResolutionRef | None) -> str | None:
    if ref is None:
        return None
    return ref.symbol or ref.draft_symbol or ref.key


def facts_json(facts: Facts, text: str, explain: bool = False) -> dict[str, Any]:
    """Facts as plain JSON-able data, in text order."""
    return {
        "title": facts.title,
        "persons": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "party": p.party,
                "country": p.country,
                "roles": [
                    {
                        "label": r.label,
                        "organization": r.organization,
                        "jurisdiction": r.jurisdiction,
                        "region": r.region,
                        "party": r.party,
                        "former": r.former,
                        **_span(r.evidence, explain),
                    }
                    for r in p.roles
                ],
                "mentions": [_span(m, explain) for m in p.mentions],
            }
            for p in facts.persons
        ],
        "countries": [
            {"iso3": c.iso3, "surface": c.surface, "kind": c.kind, **_span(c.evidence, explain)}
            for c in facts.countries
        ],
        "organizations": [
            {
                "name": o.name,
                "kind": o.kind,
                "country": o.country,
                "mentions": [_span(m, explain) for m in o.mentions],
            }
            for o in facts.organizations
        ],
        "quotes": [
            {
                "speaker": q.speaker.name,
                "speaker_kind": q.speaker.kind,
                "text": q.text,
                "partial": q.partial,
                "parts": [{"start": p.start, "end": p.end} for p in q.parts],
                **_span(q.evidence, explain),
            }
            for q in facts.quotes
        ],
        "stances": [
            {
                "holder": s.holder.name,
                "polarity": s.polarity,
                "voter": s.target.voter,
                "resolution": _res(s.target.resolution),
                "cue": s.cue,
                **_span(s.evidence, explain),
            }
            for s in facts.stances
        ],
        "votes": [
            {
                "country": v.country,
                "option": v.option,
                "resolution": _res(v.resolution),
                **_span(v.evidence, explain),
            }
            for v in facts.votes
        ],
        "tallies": [
            {
                "resolution": _res(t.resolution),
                "yes": t.yes,
                "no": t.no,
                "abstain": t.abstain,
                **_span(t.evidence, explain),
            }
            for t in facts.tallies
        ],
        "resolutions": [
            {
                "key": r.key,
                "symbol": r.symbol,
                "draft_symbol": r.draft_symbol,
                "matched": r.matched,
                "description": None if r.matched else r.description,
            }
            for r in facts.resolutions
        ],
        "issues": list(facts.issues),
    }


def _line(label: str, evidence: Evidence, explain: bool) -> str:
    where = f"[{evidence.span.start}:{evidence.span.end}]"
    rule = f"  ({evidence.rule})" if explain else ""
    return f"  {where:>13} {label}{rule}"


def facts_table(facts: Facts, text: str, explain: bool = False) -> str:
    """A readable listing, one section per kind of fact."""
    out: list[str] = [f"title: {facts.title or '-'}"]
    out.append(f"\npersons ({len(facts.persons)})")
    for p in facts.persons:
        extra = ", ".join(x for x in (p.party, p.country) if x)
        out.append(_line(p.name + (f"  [{extra}]" if extra else ""), p.mentions[0], explain))
        for r in p.roles:
            out.append(_line(f"    role: {r.label}", r.evidence, explain))
    out.append(f"\ncountries ({len({c.iso3 for c in facts.countries})})")
    seen: set[str] = set()
    for c in facts.countries:
        if c.iso3 not in seen:
            seen.add(c.iso3)
            out.append(_line(f"{c.iso3}  {c.surface!r} ({c.kind})", c.evidence, explain))
    out.append(f"\norganizations ({len(facts.organizations)})")
    for o in facts.organizations:
        out.append(_line(f"{o.name} ({o.kind})", o.mentions[0], explain))
    out.append(f"\nquotes ({len(facts.quotes)})")
    for q in facts.quotes:
        kind = "partial" if q.partial else "full"
        short = q.text if len(q.text) < 90 else q.text[:87] + "..."
        out.append(_line(f"{q.speaker.name} ({kind}): \u201c{short}\u201d", q.evidence, explain))
    out.append(f"\nstances ({len(facts.stances)})")
    for s in facts.stances:
        target = f"{s.target.voter} vote on {_res(s.target.resolution) or 'an unnamed resolution'}"
        out.append(
            _line(f"{s.holder.name} {s.polarity} {target}  cue: {s.cue!r}", s.evidence, explain)
        )
    out.append(f"\nvote claims ({len(facts.votes)})")
    for v in facts.votes:
        out.append(_line(f"{v.country} {v.option} on {_res(v.resolution)}", v.evidence, explain))
    out.append(f"\ntallies ({len(facts.tallies)})")
    for t in facts.tallies:
        counts = "-".join("?" if x is None else str(x) for x in (t.yes, t.no, t.abstain))
        out.append(_line(f"{_res(t.resolution)}: {counts} (yes-no-abstain)", t.evidence, explain))
    return "\n".join(out)
