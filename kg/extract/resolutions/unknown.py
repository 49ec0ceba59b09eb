"""Keys for unknown votes: the votes an article describes that the reference does not
hold. The sentences that describe one vote are grouped (``cluster_unknown``: they agree
on body, day, tally and drafters); each such vote is keyed by its body and day
("UNSC-2024-05-20"), with the tally (or the drafters) appended where one article reports
two votes of one body on one day."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kg.extract.resolutions.cues import Count, Cues, joined, same_count
from kg.extract.resolutions.matching import Reading, Scored
from kg.extract.resolutions.symbols import ref_of
from kg.extract.text import Document
from kg.model import ResolutionRef


@dataclass
class Proto:
    """A vote one sentence describes, not (yet) named."""

    body: str | None
    committee: int | None
    day: str | None
    year: int | None
    tally: Count | None
    drafters: frozenset[str]
    explicit: bool  # body, day or drafters stated: the sentence itself names a vote
    dated: bool = False  # a day or a span of days is stated ("last week")
    another: bool = False  # "a second text", "a rival draft": not a vote described before

    @classmethod
    def of(cls, cues: Cues) -> Proto | None:
        tally: Count | None = None
        for t in cues.tallies:  # the sentence's partial counts, where they fit together
            if tally is None:
                tally = t
            elif same_count(tally, t):
                tally = joined(tally, t)
        named = bool(cues.body or cues.council or cues.drafters)
        if not named and tally is None:
            return None
        if named and not (cues.vote or tally):
            return None
        body = cues.body or ("COUNCIL" if cues.council else None)
        year = cues.year
        if year is None and cues.window and cues.window[0][:4] == cues.window[1][:4]:
            year = int(cues.window[0][:4])  # "In December, ...": that month's year
        return cls(
            body,
            cues.committee,
            cues.day,
            year,
            tally,
            cues.drafters,
            named or bool(cues.day),
            bool(cues.day or cues.window or cues.month_day),
        )

    @classmethod
    def lone(cls, cues: Cues, body: str | None) -> Proto:
        """The one vote of an article that names no vote otherwise: its first sentence
        about a vote, with the body the article names anywhere."""
        dated = bool(cues.day or cues.window or cues.month_day)
        tally = cues.tallies[0] if cues.tallies else None
        return cls(body, cues.committee, cues.day, cues.year, tally, cues.drafters, True, dated)

    @property
    def full(self) -> bool:
        """Whether its tally gives two figures or more (a vote of its own)."""
        return _is_full(self.tally)

    def fits(self, other: Proto) -> bool:
        return (
            not other.another
            and _same_body(self.body, other.body)
            and (self.day is None or other.day is None or self.day == other.day)
            and (self.year is None or other.year is None or self.year == other.year)
            and same_count(self.tally, other.tally)
            and (not self.drafters or not other.drafters or bool(self.drafters & other.drafters))
        )

    def fits_record(self, scored: Scored) -> bool:
        """Whether nothing of this description contradicts a known vote."""
        r = scored.record
        body = self.body
        return (
            (body is None or body == r.body or (body == "COUNCIL" and r.body != "UNGA"))
            and (self.day is None or self.day == r.date)
            and (self.year is None or str(self.year) == scored.year)
            and same_count(self.tally, (r.yes, r.no, r.abstain))
            and (not self.drafters or not scored.sponsors or bool(self.drafters & scored.sponsors))
        )

    def absorb(self, other: Proto) -> None:
        if self.body is None or self.body == "COUNCIL":
            self.body = other.body or self.body
        if not self.committee and (other.tally is not None or self.tally is None):
            # a committee named beside a vote without counts ("voted no in the Third
            # Committee") is its earlier stage, not the counted vote's body
            self.committee = other.committee
        self.day = self.day or other.day
        self.year = self.year or other.year
        if self.tally is None or other.tally is None:
            self.tally = self.tally or other.tally
        else:
            self.tally = joined(self.tally, other.tally)
        self.drafters = self.drafters | other.drafters
        self.dated = self.dated or other.dated


def _same_body(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return "COUNCIL" in (a, b) and "UNGA" not in (a, b)


# Clusters compared with each new description: a bound, so that a text of many different
# descriptions stays linear.
_RECENT_CLUSTERS = 16


def cluster_unknown(
    doc: Document,
    protos: dict[int, Proto],
    readings: list[Reading],
    article_date: str | None,
    scored: dict[str, Scored],
    symbols: Sequence[tuple[Proto | None, ResolutionRef]] = (),
) -> dict[int, ResolutionRef]:
    """The votes the article describes without a known record: the descriptions that fit
    together are one vote. Returns each describing sentence's ref.

    ``symbols``: the symbols the article gives that the reference does not hold, each with
    what its sentence says of the vote. A vote described without one is the vote of the
    one such symbol of its body that nothing in either description contradicts ("The
    draft (S/2026/455) received 12 votes ... The representative of X said her delegation
    had voted against the text").

    A description that fits a known resolution the article names elsewhere is left to
    inherit it (the sentence says nothing against it); a bare tally joins the vote of the
    sentences before it where it fits."""
    known = {r.ref.key: r.ref for r in readings if r.ref is not None and r.ref.matched}
    records = [scored[k] for k in known if k in scored]
    clusters: list[Proto] = []
    member: dict[int, int] = {}
    last = -1
    named: dict[int, ResolutionRef] = {}
    for i in sorted(protos):
        proto = protos[i]
        fitting = [r for r in records if proto.fits_record(r)]
        if fitting:
            if proto.body and len(fitting) == 1:
                # "we abstained in the Council": the one known Council vote the article names
                named[i] = ref_of(fitting[0].record)
            continue
        if not proto.explicit and not clusters and (known or not _is_full(proto.tally)):
            continue  # a bare tally with no vote to join: tallies.py settles it
        found = -1
        if not proto.explicit and last >= 0 and clusters[last].fits(proto):
            found = last
        else:
            for n in range(len(clusters) - 1, max(-1, len(clusters) - 1 - _RECENT_CLUSTERS), -1):
                if clusters[n].fits(proto):
                    found = n
                    break
        if found >= 0:
            clusters[found].absorb(proto)
        else:
            found = len(clusters)
            clusters.append(replace(proto))
        member[i] = last = found
    if not clusters:
        return named
    bodies = [c.body for c in clusters if c.body and c.body != "COUNCIL"]
    council = "HRC" if "HRC" in bodies and "UNSC" not in bodies else "UNSC"
    # (a vote of "the council" counts for the body it is taken to be)
    bodies += [council for c in clusters if c.body == "COUNCIL"]
    main_body = max(set(bodies), key=bodies.count) if bodies else None
    vote_day = next((c.day for c in clusters if c.day), None) or article_date
    for c in clusters:
        if c.body == "COUNCIL":
            c.body = council
        elif c.body is None:
            c.body = main_body
        if c.day is None and c.dated and article_date and c.year is None:
            c.year = int(article_date[:4])  # "last week": not a day, but this year's vote
        elif c.day is None and vote_day and (c.year is None or str(c.year) == vote_day[:4]):
            c.day = vote_day
    keys = _keys(doc, clusters)
    refs = [
        _symbol_of(c, symbols)
        or _counted_record(c, scored.values())
        or ResolutionRef(
            key=key,
            body=c.body if c.body in ("UNGA", "UNSC", "HRC") else None,
            date=c.day,
            matched=False,
        )
        for key, c in zip(keys, clusters, strict=True)
    ]
    return {**named, **{i: refs[n] for i, n in member.items()}}


def _counted_record(cluster: Proto, scored: Iterable[Scored]) -> ResolutionRef | None:
    """The one known vote of the cluster's body and day (if it has them) whose counts are
    the two or three the cluster's sentences give between them ("21 states voted to
    support it. ... 19 abstained."), as one sentence giving them would be read."""
    known = [(n, i) for i, n in enumerate(cluster.tally or ()) if n is not None]
    if len(known) < 2:
        return None
    fits = [
        s.record
        for s in scored
        if (cluster.body is None or cluster.body == s.record.body)
        and (cluster.day is None or cluster.day == s.record.date)
        and all(n == (s.record.yes, s.record.no, s.record.abstain)[i] for n, i in known)
    ]
    return ref_of(fits[0]) if len(fits) == 1 else None


def _symbol_of(
    cluster: Proto, symbols: Sequence[tuple[Proto | None, ResolutionRef]]
) -> ResolutionRef | None:
    """The one unknown symbol of the cluster's body, where its sentence's description of
    the vote fits the cluster's (None where the article gives two symbols of that body)."""
    of_body = {
        ref.key: (proto, ref) for proto, ref in symbols if _same_body(cluster.body, ref.body)
    }
    if len(of_body) != 1:
        return None
    proto, ref = next(iter(of_body.values()))
    if proto is not None and not (proto.fits(cluster) and _same_day(proto, cluster)):
        return None
    return ref


def _same_day(a: Proto, b: Proto) -> bool:
    return a.day is None or b.day is None or a.day == b.day


def _is_full(tally: Count | None) -> bool:
    return tally is not None and sum(v is not None for v in tally) >= 2


def _keys(doc: Document, clusters: list[Proto]) -> list[str]:
    """Each vote's key: body and day, with the tally or the drafters where two votes of
    the article share them; body and tally for a vote with no day; else one of the
    article's own."""
    bases = []
    for c in clusters:
        body = c.body or "UN"
        if c.committee:
            body = f"{body}-C{c.committee}"
        if c.day:
            bases.append(f"{body}-{c.day}")
        elif c.tally is not None and sum(v is not None for v in c.tally) >= 2:
            bases.append(f"{body}-{c.year or 'undated'}-{_tally_tag(c.tally)}")
        else:
            digest = hashlib.sha256(doc.text.encode()).hexdigest()[:8]
            bases.append(f"{body}-{c.year or 'undated'}-{digest}")
    shared = {b for b in bases if bases.count(b) > 1} if len(bases) < 64 else set(bases)
    keys = []
    for base, c in zip(bases, clusters, strict=True):
        key = base
        if base in shared:
            if c.tally is not None:
                key = f"{base}-{_tally_tag(c.tally)}"
            elif c.drafters:
                key = f"{base}-{'-'.join(sorted(c.drafters)).lower()}"
        keys.append(key)
    return keys


def _tally_tag(tally: Count) -> str:
    return "-".join("x" if v is None else str(v) for v in tally)


def amendments_ref(parent: ResolutionRef, text: str) -> ResolutionRef:
    proposer = re.search(r"(?i)\b(european|western|russian|arab|african|american|chinese)\b", text)
    who = f"{proposer.group(1).lower()}-" if proposer else ""
    date = parent.date or ""
    key = f"{parent.body or 'UN'}-{date}-{who}amendments".replace("--", "-")
    return ResolutionRef(
        key=key,
        body=parent.body,
        date=parent.date,
        description=f"amendments to {parent.symbol or parent.key}",
        matched=False,
    )
