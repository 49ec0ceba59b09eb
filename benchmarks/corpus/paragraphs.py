"""Paragraph building blocks shared by the styles; each records the facts it states.

A ``Scene`` is what an article is about: a voter's vote on a resolution, a second
resolution it may mention, and its speakers. Vote statements follow the record,
except for deliberate slips (a country put among the wrong voters, a count off by a
few), which the manifest marks so that a check against the record can find them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.corpus import lines
from benchmarks.corpus.article import Article, Speaker
from benchmarks.corpus.cast import position
from benchmarks.corpus.record import Resolution, tally_text
from kg.model import Option

SLIP_RATE = 0.06  # share of vote lists and tallies that misstate the record
_INTRANSITIVE = {"no": "voted against", "yes": "voted in favor", "abstain": "abstained"}


@dataclass
class Scene:
    res: Resolution
    voter: str
    option: Option
    speakers: list[Speaker]
    other: Resolution | None = None
    quoted: list[Speaker] = field(default_factory=list)
    # each speaker's side, drawn once: "criticizes", "supports", or None once hedged
    sides: dict[str, str | None] = field(default_factory=dict)
    listed: set[tuple[str, str]] = field(default_factory=set)

    def side(self, rng: random.Random, s: Speaker) -> str | None:
        if s.key not in self.sides:
            self.sides[s.key] = position(rng, s, self.voter, self.res)
        return self.sides[s.key]

    def context(self, res: Resolution | None = None) -> dict[str, object]:
        res = res or self.res
        option = self.option if res is self.res else res.votes.get(self.voter, "no")
        return {"voter": self.voter, "res": res, **lines.OPTION_WORDS[option]}


def body_org(res: Resolution) -> str:
    return "sc" if res.body == "UNSC" else "ga"


def day_phrase(art: Article, res: Resolution, recent: bool = True) -> str:
    d = res.day
    if recent and art.rng.random() < 0.6:
        return f"on {d.strftime('%A')}"
    if art.british:
        return f"on {d.day} {d.strftime('%B')} {d.year}" if not recent else f"on {d.day} {d:%B}"
    month = d.strftime("%b") + ("." if d.month not in (5, 6, 7) else "")
    return f"on {month} {d.day}, {d.year}" if not recent else f"on {month} {d.day}"


def enumerate_names(art: Article, iso3s: list[str], oxford: bool = False) -> str:
    parts = [art.country(c) for c in iso3s]
    if len(parts) == 1:
        return parts[0]
    comma = "," if oxford and len(parts) > 2 else ""
    return ", ".join(parts[:-1]) + f"{comma} and {parts[-1]}"


def stated_tally(art: Article, res: Resolution) -> str:
    """The result of ``res`` in words the article records; sometimes slightly wrong."""
    yes, no, abstain = res.yes or 0, res.no or 0, res.abstain or 0
    if art.rng.random() < SLIP_RATE:
        abstain += art.rng.choice((-3, -2, 2, 4))
    t = tally_text(art.rng, yes, no, abstain, art.british)
    art.tally(res, t)
    return t.text


def lead(art: Article, sc: Scene, dateline: str = "") -> str:
    org = body_org(sc.res)
    day = day_phrase(art, sc.res)
    art.vote(sc.voter, sc.option, sc.res)
    form = art.rng.randrange(3)
    if form == 0:
        template = (
            f"{{Org:{org}}} adopted {{res:ref}} {day} {stated_tally(art, sc.res)}, "
            "with {c:{voter}} among the countries that {acted} it."
        )
    elif form == 1:
        template = (
            f"{{C:{{voter}}}} {{acted}} {{res:ref}} in {{org:{org}}} {day}, a vote "
            "that set it apart from many of its usual partners."
        )
    else:
        template = (
            f"In a vote {day}, {{org:{org}}} approved {{res:ref}} "
            f"{stated_tally(art, sc.res)}. {{C:{{voter}}}} {{acted}} the text."
        )
    return dateline + art.fill(template, **sc.context())


def vote_list(
    art: Article, sc: Scene, res: Resolution | None = None, only: Option | None = None
) -> str:
    """Countries that voted one way on the resolution, sometimes with one misplaced."""
    res = res or sc.res
    rng = art.rng
    options: tuple[Option, ...] = ("no", "yes", "abstain")
    fresh = [o for o in options if (res.symbol, o) not in sc.listed]
    option: Option = sc.option
    if only is not None:
        option = only
    elif fresh:
        option = rng.choice(fresh)
    pool = [c for c in res.voters(option) if c != sc.voter and c not in art.claimed(res)]
    if len(pool) < 2:
        return filler(art)
    sc.listed.add((res.symbol, option))
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
    if rng.random() < SLIP_RATE:
        wrong = [c for c in sorted(res.votes) if res.votes[c] != option and c not in chosen]
        chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(wrong))
    for c in chosen:
        art.vote(c, option, res)
    names = enumerate_names(art, chosen, oxford=rng.random() < 0.3)
    ctx = {**sc.context(res), **lines.OPTION_WORDS[option]}
    forms: tuple[str, ...] = (
        f"{names} also {_INTRANSITIVE[option]}.",
        f"Among the countries that {{list_verb}} {{res:ref}} were {names}.",
        f"{names} {{list_verb}} {{res:ref}}.",
    )
    if option == sc.option and res is sc.res:
        art.vote(sc.voter, sc.option, res)
        forms += (f"{{C:{{voter}}}} was joined by {names}.",)
    return art.fill(rng.choice(forms), **ctx)


def joined(art: Article, sc: Scene) -> str:
    """An implied vote: "Hungary joined Russia in opposing the resolution"."""
    rng = art.rng
    option: Option = rng.choice(("no", "abstain", "yes"))
    pool = [c for c in sc.res.voters(option) if c not in art.claimed(sc.res)]
    if len(pool) < 2:
        return filler(art, 2)
    x, y = rng.sample(pool, 2)
    art.vote(x, option, sc.res)
    art.vote(y, option, sc.res)
    ctx = {**sc.context(), **lines.OPTION_WORDS[option]}
    return art.fill(f"{{C:{x}}} joined {{c:{y}}} in {{joined}} {{res:ref}}.", **ctx)


def tally_sentence(art: Article, sc: Scene, res: Resolution | None = None) -> str:
    res = res or sc.res
    forms = ("The text passed {t}.", "It was adopted {t}.", "The resolution was approved {t}.")
    text = art.rng.choice(forms).format(t=stated_tally(art, res))
    return art.fill(text)


def second_resolution(art: Article, sc: Scene) -> str:
    res = sc.other
    if res is None:
        return filler(art)
    option = res.votes.get(sc.voter)
    same_day = res.day == sc.res.day
    when = "Later the same day" if same_day else f"Earlier, {day_phrase(art, res, False)}"
    org = body_org(res)
    text = f"{when}, {{org:{org}}} adopted {{res:ref}} {stated_tally(art, res)}."
    if option:
        art.vote(sc.voter, option, res)
        text += " {C:{voter}} {acted} that text."
    return art.fill(text, **sc.context(res))


def _speaker(art: Article, sc: Scene) -> Speaker:
    fresh = [s for s in sc.speakers if s not in sc.quoted]
    s = art.rng.choice(fresh or sc.speakers)
    if s not in sc.quoted:
        sc.quoted.append(s)
    return s


def quote_lines(art: Article, polarity: str | None, own: bool = False) -> str:
    """A line for a quote; ``own``: the speaker's government cast the vote ("we")."""
    if polarity == "criticizes":
        return art.pick(lines.CRITICAL)
    if polarity == "supports":
        return art.pick(lines.SUPPORTIVE + lines.SUPPORTIVE_OWN if own else lines.SUPPORTIVE)
    return art.pick(lines.NEUTRAL)


def speaks_for(s: Speaker, sc: Scene) -> bool:
    return s.country == sc.voter and s.side == "government"


def quote(art: Article, sc: Scene, s: Speaker | None = None) -> str:
    """A quotation attributed before, after or in the middle, maybe with a follow-up."""
    rng = art.rng
    s = s or _speaker(art, sc)
    polarity = sc.side(rng, s) if rng.random() < 0.75 else None
    ctx = sc.context()
    raw = art.fill(quote_lines(art, polarity, speaks_for(s, sc)), **ctx)
    head, _, tail = raw.partition("|")
    if polarity:
        art.stance(s, polarity, sc.voter, sc.res)
    attribution = rng.choice(("after", "after", "before", "middle", "inverted"))
    if attribution == "middle" and tail:
        a, b = art.quote(s, [head.rstrip(",") + ",", tail.strip()])
        text = art.fill(f"{a} {{s:ref}} said, {b}", s=s)
    else:
        whole = (head + tail).strip()
        if attribution == "before":
            verb = rng.choice(("said", "told reporters", "said in a statement", "wrote on X"))
            (a,) = art.quote(s, [whole])
            text = art.fill(f"{{s:Subj}} {verb}: {a}", s=s)
        else:
            comma = whole[:-1] + "," if whole.endswith(".") else whole
            (a,) = art.quote(s, [comma])
            said = "said {s:end}" if attribution == "inverted" else "{s:ref} said"
            text = art.fill(f"{a} {said}.", s=s)
    if rng.random() < 0.4:
        more = art.fill(quote_lines(art, polarity, speaks_for(s, sc)), **ctx).replace("|", "")
        if rng.random() < 0.5:
            (b,) = art.quote(s, [more])
            text += " " + art.fill(f"{{s:Pro}} added: {b}", s=s)
        else:
            (b,) = art.quote(s, [more[:-1] + "," if more.endswith(".") else more])
            text += f" {b} {s.pronoun} added."
    return text


def stance_narration(art: Article, sc: Scene) -> str:
    sided = [s for s in sc.speakers if sc.side(art.rng, s)]
    if not sided:
        return quote(art, sc)
    s = art.rng.choice(sided)
    polarity = sc.side(art.rng, s) or "criticizes"
    template = art.pick(lines.STANCE_NARRATION[polarity])
    partial = ""
    if "{partial}" in template:
        (partial,) = art.quote(s, [art.pick(lines.PARTIAL[polarity])], partial=True)
    art.stance(s, polarity, sc.voter, sc.res)
    return art.fill(template, s=s, partial=partial, **sc.context())


def hedge(art: Article, sc: Scene) -> str:
    """A speaker who pointedly takes no side; they keep to neutral quotes afterwards."""
    free = [s for s in sc.speakers if s.key not in sc.sides or sc.sides[s.key] is None]
    if not free:
        return filler(art, 2)
    s = art.rng.choice(free)
    sc.sides[s.key] = None
    art.non_stance(s, sc.voter, sc.res, "hedged")
    return art.fill(art.pick(lines.HEDGES), s=s, **sc.context())


def unnamed(art: Article, sc: Scene) -> str:
    """Words of people the article does not name: no speaker may be given to them."""
    if art.rng.random() < 0.4:
        (q,) = art.quote(None, [art.pick(lines.PARTIAL["criticizes"])], partial=True)
        return f"{art.pick(lines.UNNAMED_GROUPS)} the vote had been {q}."
    text = art.fill(quote_lines(art, None), **sc.context()).replace("|", "")
    (q,) = art.quote(None, [text])
    return f"{art.pick(lines.UNNAMED_ONES)} {q}"


def filler(art: Article, count: int = 3) -> str:
    """Colour and context: sentences that state no vote, quote or stance."""
    pool = lines.FILLER + lines.BACKGROUND
    return art.fill(" ".join(art.pick(pool) for _ in range(count)))


def venue(art: Article) -> str:
    return art.pick(lines.VENUES)


def boilerplate(art: Article, rng: random.Random) -> None:
    """Page furniture after the article: headlines naming countries, no facts."""
    art.begin_boilerplate()
    countries = sorted(art.record.countries)
    for template in rng.sample(lines.BOILERPLATE, rng.randint(3, 6)):
        a, b = rng.sample(countries, 2)
        art.add(art.fill(template, a=a, b=b))
