"""Fictional names: people, think tanks, news outlets and constituencies.

Given names come from short lists of common first names; family names are built
from syllables, so the people of the corpus are invented (a generated name may
sound like someone's, but no list of real officials is used anywhere). A few
syllables carry diacritics, because real reporting is full of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Gender = Literal["f", "m"]

GIVEN: dict[Gender, tuple[str, ...]] = {
    "f": (
        "Maria",
        "Elena",
        "Amara",
        "Leah",
        "Ingrid",
        "Sofia",
        "Nadia",
        "Priya",
        "Hannah",
        "Claire",
        "Aisha",
        "Marta",
        "Yuki",
        "Camille",
        "Olga",
        "Grace",
        "Rosa",
        "Lena",
        "Zoë",
        "Ana",
        "Chloé",
        "Fatima",
        "Ewa",
        "Noor",
        "Irene",
        "Teresa",
        "Beatriz",
        "Mei",
        "Katarzyna",
        "Helga",
        "Simone",
        "Ngozi",
        "Ruth",
        "Agnès",
        "Lucía",
        "Joanna",
    ),
    "m": (
        "Daniel",
        "Tomas",
        "Kofi",
        "Andrés",
        "Marek",
        "Henrik",
        "Samuel",
        "Omar",
        "Rafael",
        "Jonas",
        "Viktor",
        "Arjun",
        "Lucas",
        "Pieter",
        "Emre",
        "Mateo",
        "Kenji",
        "David",
        "Luka",
        "Stefan",
        "Ibrahim",
        "Jakub",
        "Oskar",
        "Nikolai",
        "Felipe",
        "Tariq",
        "Callum",
        "Benedikt",
        "Søren",
        "José",
        "Michael",
        "Thomas",
        "Paul",
        "Hugo",
    ),
}

# A family name is an onset, an optional linking syllable and an ending
# ("Var" + "nell", "Kal" + "e" + "ström"): some 15,000 invented names.
_ONSETS = (
    "Var",
    "Hal",
    "Brin",
    "Cor",
    "Del",
    "Fen",
    "Gar",
    "Hol",
    "Kes",
    "Lor",
    "Mar",
    "Nor",
    "Ost",
    "Pel",
    "Quin",
    "Ros",
    "Sel",
    "Tor",
    "Vel",
    "Wen",
    "Ald",
    "Bre",
    "Dra",
    "Esk",
    "Fal",
    "Grim",
    "Hev",
    "Jor",
    "Kal",
    "Lind",
    "Mor",
    "Nev",
    "Oka",
    "Pra",
    "Rud",
    "Sav",
    "Tam",
    "Ul",
    "Vos",
    "Zel",
    "Ber",
    "Cas",
    "Dun",
    "Ell",
    "Har",
    "Mül",
    "Nuñ",
    "Ström",
)
_MIDDLES = ("", "", "", "", "e", "a", "o", "i", "an", "er")
_ENDINGS = (
    "nell",
    "ford",
    "wick",
    "ley",
    "sen",
    "ova",
    "ski",
    "ez",
    "ani",
    "oro",
    "berg",
    "dahl",
    "court",
    "mere",
    "ton",
    "ard",
    "ini",
    "escu",
    "enko",
    "ović",
    "ström",
    "aux",
    "ière",
    "hardt",
    "quist",
    "lund",
    "ado",
    "eira",
    "uk",
    "idis",
    "bury",
    "tov",
)
_INITIALS = "ABCDEFGHJKLMNPRSTW"

_INSTITUTE_HEADS = (
    "Larkspur",
    "Calloway",
    "Westmere",
    "Harrowgate",
    "Ostrander",
    "Bellwood",
    "Kestrel",
    "Marrow",
    "Fenwick",
    "Tallis",
    "Corvane",
    "Ashdown",
)
_INSTITUTE_KINDS = (
    "Institute for Multilateral Affairs",
    "Center for Global Governance",
    "Foundation for International Order",
    "Centre for Security Studies",
    "Forum on Diplomacy",
    "Institute of International Law",
    "Policy Institute",
)
_OUTLET_HEADS = (
    "Harbor",
    "Meridian",
    "Northgate",
    "Atlas",
    "Beacon",
    "Signal",
    "Compass",
    "Lantern",
    "Keystone",
    "Granite",
    "Tidewater",
    "Summit",
)
_OUTLET_KINDS = ("Wire", "Dispatch", "Ledger", "Courier", "Chronicle", "Report", "Herald")
_SEAT_HEADS = (
    "Harlow",
    "Stanbridge",
    "Kelmscot",
    "Wexcombe",
    "Ashby",
    "Thornleigh",
    "Marlow Vale",
    "Dunmere",
    "Pellingham",
    "Ravensholt",
)
_SEAT_TAILS = ("North", "South", "East", "West", "and Ferrybridge", "Central", "")


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    initial: str | None
    gender: Gender

    @property
    def full(self) -> str:
        middle = f" {self.initial}." if self.initial else ""
        return f"{self.given}{middle} {self.family}"

    @property
    def honorific(self) -> str:
        return "Ms." if self.gender == "f" else "Mr."


def family_name(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_MIDDLES) + rng.choice(_ENDINGS)


def person_name(rng: random.Random, taken: set[str]) -> Name:
    """A fictional name whose family name is not in ``taken`` (which it extends)."""
    gender: Gender = rng.choice(("f", "m"))
    family = family_name(rng)
    while family in taken:
        family = family_name(rng)
    taken.add(family)
    initial = rng.choice(_INITIALS) if rng.random() < 0.15 else None
    return Name(rng.choice(GIVEN[gender]), family, initial, gender)


def institute(rng: random.Random) -> str:
    return f"{rng.choice(_INSTITUTE_HEADS)} {rng.choice(_INSTITUTE_KINDS)}"


def outlet(rng: random.Random) -> str:
    return f"{rng.choice(_OUTLET_HEADS)} {rng.choice(_OUTLET_KINDS)}"


def constituency(rng: random.Random) -> str:
    return f"{rng.choice(_SEAT_HEADS)} {rng.choice(_SEAT_TAILS)}".strip()
