"""The official record the generated articles talk about, read from data/reference.

Countries (names, demonyms, capitals), the UN resolutions and the recorded
per-country votes come from ``kg.reference.load.load_reference``; only what an article
says *about* them (descriptions, tally phrasing, number words) is written here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from kg.model import Option, Reference

Body = Literal["UNGA", "UNSC"]

# Our own descriptions of the reference resolutions, as reporters refer to them.
# They are templates filled by ``Article.fill`` ({US} is "U.S." or "US" by style).
_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "A/RES/ES-11/7": (
        "the Ukrainian-drafted resolution",
        "the resolution drafted by Ukraine and its European partners",
        "the European-backed text on the third anniversary of the invasion",
        "the Kyiv-backed resolution calling for a just and lasting peace",
    ),
    "A/RES/ES-11/8": (
        "the {US}-drafted resolution",
        "the shorter American text",
        "the amended {US} resolution",
        "the rival text put forward by the United States",
    ),
    "S/RES/2774 (2025)": (
        "the Security Council resolution drafted by the United States",
        "the Council text proposed by Washington",
        "the first Security Council resolution on the war in three years",
    ),
    "A/RES/ES-11/1": (
        "the March 2022 resolution deploring Russia's aggression against Ukraine",
        "the 2022 emergency session resolution on the invasion",
    ),
    "A/RES/ES-11/6": (
        "the February 2023 resolution on a just and lasting peace",
        "the resolution adopted on the first anniversary of the invasion",
    ),
}

_THE_PREFIXES = (
    "United ",
    "Russian Federation",
    "Democratic ",
    "Republic ",
    "Islamic ",
    "Kingdom ",
    "Syrian ",
    "Lao ",
    "Federated ",
    "State of ",
    "Holy ",
    "Central African ",
    "Dominican Republic",
    "Czech Republic",
    "Netherlands",
    "Philippines",
    "Gambia",
    "Bahamas",
    "Marshall Islands",
    "Solomon Islands",
    "Comoros",
    "Maldives",
)
_ADJECTIVE_ENDINGS = ("ish", "ch", "ese", "ss", "i")


@dataclass(frozen=True)
class Country:
    iso3: str
    names: tuple[str, ...]
    demonym: str | None
    capital: str | None


@dataclass(frozen=True)
class Resolution:
    symbol: str
    draft: str | None
    body: Body
    day: date
    title: str
    yes: int | None
    no: int | None
    abstain: int | None
    votes: dict[str, Option] = field(compare=False)
    descriptions: tuple[str, ...]

    def voters(self, option: Option) -> list[str]:
        return sorted(c for c, o in self.votes.items() if o == option)

    @property
    def symbols(self) -> tuple[str, ...]:
        return (self.symbol, self.draft) if self.draft else (self.symbol,)


class Record:
    """Countries and resolutions with their recorded votes, ready for writing about."""

    def __init__(self, reference: Reference) -> None:
        self.countries = {c.iso3: _country(reference, c.iso3) for c in reference.countries}
        votes: dict[str, dict[str, Option]] = {}
        for v in reference.votes:
            if v.option in ("yes", "no", "abstain") and v.country in self.countries:
                votes.setdefault(v.resolution, {})[v.country] = v.option
        self.resolutions = {
            r.symbol: Resolution(
                symbol=r.symbol,
                draft=r.draft_symbol,
                body=r.body,
                day=date.fromisoformat(r.date),
                title=r.title,
                yes=r.yes,
                no=r.no,
                abstain=r.abstain,
                votes=votes.get(r.symbol, {}),
                descriptions=_DESCRIPTIONS.get(r.symbol, (f"the resolution on {r.title}",)),
            )
            for r in reference.resolutions
        }
        self.states = [
            (r.name, next((a for a in r.abbreviations if "." in a or a == r.name), r.name))
            for r in reference.regions
            if r.country == "USA"
        ]
        self.us_parties = [
            (p.name, p.letter)
            for p in reference.parties
            if p.country == "USA" and p.letter in ("D", "R")
        ]
        self.uk_parties = [p.name for p in reference.parties if p.country == "GBR"]
        # Articles are written about votes whose per-country record we know.
        self.usable = sorted(s for s, r in self.resolutions.items() if len(r.votes) >= 10)

    def option_of(self, symbol: str, iso3: str) -> Option | None:
        return self.resolutions[symbol].votes.get(iso3)


def _country(reference: Reference, iso3: str) -> Country:
    record = next(c for c in reference.countries if c.iso3 == iso3)
    aliases = [a for a in reference.aliases if a.iso3 == iso3]
    names = [record.common_name] + [
        a.alias for a in aliases if a.kind == "name" and a.alias != record.common_name
    ]
    demonyms = [a.alias for a in aliases if a.kind == "demonym"]
    adjectives = [d for d in demonyms if d.endswith(_ADJECTIVE_ENDINGS)]
    with_plural = [d for d in demonyms if d + "s" in demonyms]
    demonym = next(iter(adjectives or with_plural or demonyms), None)
    capitals = [a.alias for a in aliases if a.kind == "capital"]
    official = record.capital or ""
    fallback = capitals[0] if capitals else None
    capital = next((c for c in capitals if official.startswith(c)), fallback)
    return Country(iso3, tuple(names), demonym, capital)


def needs_the(name: str) -> bool:
    return name.startswith(_THE_PREFIXES)


# --- numbers and tallies ---------------------------------------------------------------

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int, british: bool = False) -> str:
    """0 <= n < 1000 in words: 93 -> "ninety-three", 141 -> "one hundred (and) forty-one"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_ONES[hundreds]} hundred"
    if not rest:
        return head
    return f"{head} {'and ' if british else ''}{number_words(rest)}"


@dataclass(frozen=True)
class TallyText:
    text: str
    yes: int | None
    no: int | None
    abstain: int | None


def tally_text(rng: random.Random, yes: int, no: int, abstain: int, british: bool) -> TallyText:
    """One way a reporter states a result; counts it leaves out are ``None``."""
    favour = "favour" if british else "favor"
    words = rng.random() < 0.25

    def n(value: int) -> str:
        if value == 0:
            return "none"
        return number_words(value, british) if words else str(value)

    forms: list[tuple[str, int | None, int | None, int | None]]
    if no == 0:  # a Council vote: "10 in favour, none against and five abstentions"
        forms = [
            (
                f"by {n(yes)} votes in {favour}, none against and {number_words(abstain)} "
                "abstentions",
                yes,
                0,
                abstain,
            ),
            (
                f"with {n(yes)} votes in {favour} and {number_words(abstain)} abstentions",
                yes,
                None,
                abstain,
            ),
        ]
    else:
        digits = f"{yes}-{no}"
        forms = [
            (f"by a vote of {n(yes)} to {n(no)}, with {n(abstain)} abstentions", yes, no, abstain),
            (f"by {n(yes)} votes to {n(no)}, with {n(abstain)} abstaining", yes, no, abstain),
            (f"{digits}, with {abstain} abstentions", yes, no, abstain),
            (
                f"with {n(yes)} in {favour}, {n(no)} against and {n(abstain)} abstentions",
                yes,
                no,
                abstain,
            ),
            (f"by {n(yes)} votes to {n(no)}", yes, no, None),
        ]
    text, y, o, a = rng.choice(forms)
    return TallyText(text, y, o, a)
