"""One article being written: its paragraphs, and every fact it states, as it states it.

Templates are ``str.format`` strings filled by ``Article.fill``. Fields name what to
mention, and mentioning records it, so the manifest lists exactly what the text says:

    {c:RUS} {C:RUS}     a country by name, "the" added when the name takes it ("The ..."
                        capitalised at the start of a sentence); {c:{voter}} with a
                        context value works too, because format specs may nest
    {poss:RUS} {Poss:RUS}   possessive ("Russia's", "the Philippines'")
    {dem:RUS} {cap:RUS} demonym ("Russian"), capital used for the state ("Moscow");
                        both fall back to the name when the reference data has none
    {org:ga} {Org:ga}   an organization of ``ORGS`` in running text; {bare:wh} without "the"
    {named:Larkspur Institute}   an organization invented for the corpus
    {US} {UN}           "U.S."/"US" and "U.N."/"UN", by the article's house style
    {s:pre} {s:app} {s:ref} {s:pro} {s:poss}   a speaker (see ``Speaker``); a later form
                        used first gives ``pre``; {s:subj} opens a sentence ("X, a senator
                        from Y," the first time), {s:end} closes one; a capital (Ref,
                        Subj, Pro) capitalises
    {r:ref} {r:desc} {r:sym} {r:the}   a resolution (see ``ResolutionToken``)

Facts that are claims (votes, tallies, quotes, stances) are recorded by the caller,
which knows what the sentence asserts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from benchmarks.corpus.record import Record, Resolution, TallyText, needs_the
from kg.model import Option

QuoteStyle = Literal["straight", "curly", "single", "single-straight"]
MARKS: dict[QuoteStyle, tuple[str, str, str, str]] = {
    # outer open, outer close, inner open, inner close
    "straight": ('"', '"', "'", "'"),
    "curly": ("“", "”", "‘", "’"),
    "single": ("‘", "’", "“", "”"),
    "single-straight": ("'", "'", '"', '"'),
}

# key: (canonical name as in data/reference/organizations.csv, US-style forms, UK-style forms)
ORGS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "un": ("United Nations", ("the United Nations", "the U.N."), ("the United Nations", "the UN")),
    "ga": (
        "UN General Assembly",
        ("the General Assembly", "the U.N. General Assembly"),
        ("the General Assembly", "the UN General Assembly"),
    ),
    "sc": (
        "UN Security Council",
        ("the Security Council", "the U.N. Security Council"),
        ("the Security Council", "the UN Security Council"),
    ),
    "wh": ("White House", ("the White House",), ("the White House",)),
    "state": ("U.S. State Department", ("the State Department",), ("the US State Department",)),
    "kremlin": ("Kremlin", ("the Kremlin",), ("the Kremlin",)),
    "eu": ("European Union", ("the European Union",), ("the European Union", "the EU")),
    "nato": ("NATO", ("NATO",), ("Nato", "NATO")),
    "congress": ("U.S. Congress", ("Congress",), ("Congress",)),
    "dst": ("Downing Street", ("Downing Street",), ("Downing Street", "No 10")),
    "fo": ("Foreign Office", ("the Foreign Office",), ("the Foreign Office",)),
    "commons": ("House of Commons", ("the House of Commons",), ("the Commons",)),
    "sfrc": (
        "Senate Foreign Relations Committee",
        ("the Senate Foreign Relations Committee",),
        ("the Senate Foreign Relations Committee",),
    ),
    "rumfa": (
        "Russian Ministry of Foreign Affairs",
        ("the Russian Foreign Ministry",),
        ("the Russian Foreign Ministry",),
    ),
}

_BRITISH_SPELLING = (
    ("criticiz", "criticis"),
    ("favor", "favour"),
    ("organiz", "organis"),
    ("recogniz", "recognis"),
    ("emphasiz", "emphasis"),
    ("apologiz", "apologis"),
    ("defense", "defence"),
    ("honor", "honour"),
)


@dataclass
class Speaker:
    """Someone quoted: a person (by a fictional name) or an organization's spokesperson.

    ``pre`` puts the title first ("Sen. Maria Varnell (D-Ore.)"), ``app`` follows the name
    with an appositive ("Maria Varnell, a Democratic senator from Oregon", the template
    supplies the commas), ``refs`` are later forms ("Ms. Varnell", "Varnell"). Each is a
    template filled when used. ``pronoun`` is "she" or "he".
    """

    key: str
    kind: Literal["person", "organization"]
    pre: str
    app: str
    refs: tuple[str, ...]
    pronoun: str
    roles: tuple[str, ...] = ()
    country: str | None = None
    party: str | None = None
    side: Literal["government", "opposition", "independent"] = "independent"


class Article:
    def __init__(self, rng: random.Random, record: Record, british: bool, quotes: QuoteStyle):
        self.rng = rng
        self.record = record
        self.british = british
        self.quote_style = quotes
        self.us = "US" if british or rng.random() < 0.4 else "U.S."
        self.un = "UN" if british or rng.random() < 0.4 else "U.N."
        self.paragraphs: list[str] = []
        self.recording = True
        self.taken: set[str] = set()  # family names in use, so that no two people share one
        self._used: set[str] = set()
        self.boilerplate_offset: int | None = None
        self._surface: dict[str, str] = {}
        self._org_form: dict[str, str] = {}
        self._ref_form: dict[str, str] = {}
        self._introduced: set[str] = set()
        self._res_seen: set[str] = set()
        self.countries: list[str] = []
        self.organizations: list[str] = []
        self.persons: dict[str, dict[str, Any]] = {}
        self.quotes: list[dict[str, Any]] = []
        self.unattributed: list[dict[str, Any]] = []
        self.stances: list[dict[str, Any]] = []
        self.non_stances: list[dict[str, Any]] = []
        self.votes: list[dict[str, Any]] = []
        self.tallies: list[dict[str, Any]] = []
        self.resolutions: list[dict[str, Any]] = []

    # --- text ---------------------------------------------------------------------------

    def fill(self, template: str, **context: Any) -> str:
        text = template.format_map(_Fields(self, context))
        if self.british:
            for us, uk in _BRITISH_SPELLING:
                text = text.replace(us, uk)
        if self.quote_style in ("curly", "single"):
            text = text.replace("'", "’")
        return text

    def add(self, text: str) -> None:
        if text and text[0].islower():
            text = text[0].upper() + text[1:]
        self.paragraphs.append(text)

    def size(self) -> int:
        return len(self.text().encode("utf-8"))

    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"

    def begin_boilerplate(self) -> None:
        self.boilerplate_offset = len("\n\n".join(self.paragraphs)) + 2
        self.recording = False

    def marks(self, inner: bool = False) -> tuple[str, str]:
        o, c, io, ic = MARKS[self.quote_style]
        return (io, ic) if inner else (o, c)

    def wrap(self, text: str) -> str:
        o, c = self.marks()
        return f"{o}{text}{c}"

    def pick(self, pool: tuple[str, ...]) -> str:
        """A line of ``pool`` not used yet in this article, while there are any."""
        fresh = [line for line in pool if line not in self._used]
        line = self.rng.choice(fresh or pool)
        self._used.add(line)
        return line

    def claimed(self, res: Resolution) -> set[str]:
        """Countries whose vote on ``res`` the article has already stated."""
        return {v["country"] for v in self.votes if v["resolution"] == res.symbol}

    # --- mentions -----------------------------------------------------------------------

    def country(self, iso3: str, form: str = "c") -> str:
        info = self.record.countries[iso3]
        if iso3 not in self._surface:
            names = info.names
            common = len(names) == 1 or self.rng.random() < 0.7
            self._surface[iso3] = names[0] if common else self.rng.choice(names)
        name = self._surface[iso3]
        if form in ("dem", "Dem") and info.demonym:
            out = info.demonym
        elif form == "cap" and info.capital:
            out = info.capital
        else:
            out = f"the {name}" if needs_the(name) else name
            if form in ("poss", "Poss"):
                out += "'" if out.endswith("s") else "'s"
            if form in ("C", "Poss"):
                out = out[0].upper() + out[1:]
        self._note_country(iso3)
        return out

    def _note_country(self, iso3: str) -> None:
        if self.recording and iso3 not in self.countries:
            self.countries.append(iso3)

    def org(self, key: str, capital: bool = False) -> str:
        name, us_forms, uk_forms = ORGS[key]
        if key not in self._org_form:
            self._org_form[key] = self.rng.choice(uk_forms if self.british else us_forms)
        out = self._org_form[key]
        if "U.N." in out or "UN " in out:
            out = out.replace("U.N.", self.un).replace("UN ", f"{self.un} ")
            self.note_org("United Nations")
        self.note_org(name)
        return out[0].upper() + out[1:] if capital else out

    def note_org(self, name: str) -> None:
        if self.recording and name not in self.organizations:
            self.organizations.append(name)

    def speaker(self, s: Speaker, form: str) -> str:
        """A mention of ``s``; see the forms in the module docstring."""
        first = s.key not in self._introduced
        lower = form.lower()
        if lower == "subj":  # subject of a sentence: "X, a senator from Y," the first time
            surface = self._subject(s, first)
        elif lower == "end":  # closing a sentence: "..., said X, a senator from Y."
            surface = self._mention(s, self.rng.choice(("pre", "app")) if first else "ref")
        else:
            surface = self._mention(s, "pre" if first and lower != "app" else lower)
        return surface[0].upper() + surface[1:] if form[0].isupper() else surface

    def _subject(self, s: Speaker, first: bool) -> str:
        if not first:
            return self._mention(s, "ref")
        if s.kind == "person":
            return self._mention(s, "app") + ","
        return self._mention(s, "pre")

    def _mention(self, s: Speaker, form: str) -> str:
        if form in ("pre", "app"):
            self._introduced.add(s.key)
            self._note_speaker(s)
            return self.fill(s.pre if form == "pre" else s.app)
        if form == "pro":
            return s.pronoun
        if form == "poss":
            return "her" if s.pronoun == "she" else "his"
        if s.key not in self._ref_form:
            self._ref_form[s.key] = self.rng.choice(s.refs)
        surface = self.fill(self._ref_form[s.key])
        if s.kind == "person" and self.recording:
            aliases = self.persons[s.key]["aliases"]
            if surface != s.key and surface not in aliases:
                aliases.append(surface)
        return surface

    def introduce(self, s: Speaker) -> str:
        """Name ``s`` plainly (a byline, a transcript header) and count them as introduced."""
        self._introduced.add(s.key)
        self._note_speaker(s)
        return s.key

    def _note_speaker(self, s: Speaker) -> None:
        if not self.recording:
            return
        if s.kind == "organization":
            self.note_org(s.key)
        elif s.key not in self.persons:
            self.persons[s.key] = {
                "name": s.key,
                "aliases": [],
                "roles": list(s.roles),
                "country": s.country,
                "party": s.party,
            }

    def resolution(self, res: Resolution, form: str) -> str:
        """``ref``: described or by symbol the first time, then "the resolution"."""
        if form == "ref" and res.symbol in self._res_seen:
            return self.rng.choice(("the resolution", "the text", "the measure"))
        if form == "the":
            return "the resolution"
        by = form if form in ("desc", "sym") else self.rng.choice(("desc", "desc", "sym"))
        if by == "sym":
            symbol = self.rng.choice(res.symbols)
            label = "draft resolution" if symbol == res.draft else "resolution"
            surface = f"{label} {symbol}"
        else:
            surface = self.fill(self.rng.choice(res.descriptions))
            if self.rng.random() < 0.25:
                surface += f" ({self.rng.choice(res.symbols)})"
                by = "both"
        self._res_seen.add(res.symbol)
        if self.recording:
            self.resolutions.append({"resolution": res.symbol, "by": by, "surface": surface})
        return surface

    # --- claims -------------------------------------------------------------------------

    def vote(self, iso3: str, option: Option, res: Resolution) -> None:
        record = res.votes.get(iso3)
        if any(
            v["country"] == iso3 and v["option"] == option and v["resolution"] == res.symbol
            for v in self.votes
        ):
            return
        self.votes.append(
            {
                "country": iso3,
                "option": option,
                "resolution": res.symbol,
                "record": record,
                "slip": record is not None and record != option,
            }
        )

    def tally(self, res: Resolution, t: TallyText) -> None:
        stated = {"yes": t.yes, "no": t.no, "abstain": t.abstain}
        official = {"yes": res.yes, "no": res.no, "abstain": res.abstain}
        slip = any(v is not None and v != official[k] for k, v in stated.items())
        self.tallies.append({"resolution": res.symbol, **stated, "text": t.text, "slip": slip})

    def quote(self, s: Speaker | None, parts: list[str], partial: bool = False) -> list[str]:
        """Record a quotation (``s`` None: an unnamed source) and return its marked parts."""
        entry = {
            "starts_with": " ".join(parts[0].split()[:5]),
            "parts": list(parts),
            "partial": partial,
        }
        if s is None:
            self.unattributed.append(entry)
        else:
            self.quotes.append({"speaker": s.key, **entry})
        return [self.wrap(p) for p in parts]

    def stance(self, s: Speaker, polarity: str, voter: str, res: Resolution) -> None:
        entry = {
            "actor": s.key,
            "stance": polarity,
            "target": {"voter": voter, "resolution": res.symbol},
        }
        if entry not in self.stances:
            self.stances.append(entry)

    def non_stance(self, s: Speaker, voter: str, res: Resolution, why: str) -> None:
        entry = {"actor": s.key, "why": why, "target": {"voter": voter, "resolution": res.symbol}}
        if entry not in self.non_stances:
            self.non_stances.append(entry)

    def facts(self) -> dict[str, Any]:
        return {
            "persons": list(self.persons.values()),
            "countries": self.countries,
            "organizations": self.organizations,
            "quotes": self.quotes,
            "unattributed_quotes": self.unattributed,
            "stances": self.stances,
            "non_stances": self.non_stances,
            "votes": self.votes,
            "tallies": self.tallies,
            "resolutions": self.resolutions,
            "boilerplate_offset": self.boilerplate_offset,
        }


class _Fields(Mapping[str, Any]):
    """The mapping ``str.format_map`` reads: context values first, then mention tokens."""

    def __init__(self, article: Article, context: dict[str, Any]) -> None:
        self.article = article
        self.context = context

    def __getitem__(self, key: str) -> Any:
        a = self.article
        if key in self.context:
            value = self.context[key]
            if isinstance(value, Speaker):
                return _Token(lambda form: a.speaker(value, form or "ref"))
            if isinstance(value, Resolution):
                return _Token(lambda form: a.resolution(value, form or "ref"))
            return value
        if key in ("c", "C", "poss", "Poss", "dem", "Dem", "cap"):
            return _Token(lambda iso3: a.country(iso3, key))
        tokens = {
            "org": a.org,
            "Org": lambda k: a.org(k, capital=True),
            "bare": lambda k: a.org(k).removeprefix("the "),  # "White House press secretary"
            "named": self._named,  # an organization invented for the corpus
            "US": self._us,
            "UN": self._un,
        }
        if key not in tokens:
            raise KeyError(key)
        return _Token(tokens[key])

    def _named(self, name: str) -> str:
        self.article.note_org(name)
        return name

    def _us(self, _: str) -> str:
        self.article._note_country("USA")
        return self.article.us

    def _un(self, _: str) -> str:
        self.article.note_org("United Nations")
        return self.article.un

    def __iter__(self) -> Iterator[str]:
        return iter(self.context)

    def __len__(self) -> int:
        return len(self.context)


class _Token:
    def __init__(self, render: Any) -> None:
        self.render = render

    def __format__(self, spec: str) -> str:
        return str(self.render(spec))
