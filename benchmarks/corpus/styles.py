"""Article styles: wire copy, op-ed, live blog, press release, transcript, British, empty.

Each style writes its own opening and shape, then ``grow`` adds varied paragraphs
until the article reaches its drawn size; some articles end in page boilerplate.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.corpus import names
from benchmarks.corpus import paragraphs as P
from benchmarks.corpus.article import Article, QuoteStyle, Speaker
from benchmarks.corpus.cast import (
    analyst,
    cast_for,
    domestic_roles,
    former_envoy,
    position,
)
from benchmarks.corpus.lines import FILLER, HEADLINES
from benchmarks.corpus.paragraphs import Scene
from benchmarks.corpus.record import Record

_WEIGHTS = {"A/RES/ES-11/7": 5, "A/RES/ES-11/8": 2, "S/RES/2774 (2025)": 2}
STYLE_WEIGHTS = {
    "wire": 30,
    "oped": 15,
    "liveblog": 15,
    "press": 12,
    "transcript": 12,
    "british": 14,
    "empty": 2,
}

OPED = (
    "I have sat through many of these votes, and I have rarely seen one like this.",
    "The question is not whether the resolution was perfect. Few are.",
    "Allies notice these things, and they remember them.",
    "It is worth recalling how we got here.",
    "A vote in New York does not end a war, but it does tell the world where a country stands.",
    "Those who defend the decision say it keeps the door open to talks. Perhaps.",
)
QUESTIONS = (
    "Why did {c:{voter}} {act} the resolution?",
    "Some of your partners say the vote was a mistake. What do you say to them?",
    "What happens next?",
    "Were you surprised by the result?",
    "Did you speak to your counterparts before the vote?",
    "Is there any chance of a text that everyone can support?",
    "How do you read the number of abstentions?",
    "What did you make of the amendments?",
    "Does this vote change anything on the ground?",
    "Critics say the wording was too weak. Was it?",
    "How would you describe the mood in the chamber?",
    "What would you say to people who feel let down by the result?",
)
SPOKEN = (
    "Look, I have been doing this job for a long time.",
    "Let me be very clear about that.",
    "We talked to everyone, including the people who disagree with us.",
    "I spoke to several of my counterparts over the weekend.",
    "I think people will see this differently in a year.",
    "That is a fair question, and I will try to answer it honestly.",
    "We did not take this decision lightly.",
    "Nobody in my delegation slept much last week.",
    "I would rather be judged on results than on headlines.",
    "There were long conversations with our capital before the vote.",
    "You have to read the whole text, not just the first paragraph.",
    "I understand the frustration, I really do.",
)


def scene(rng: random.Random, record: Record, art: Article) -> Scene:
    symbols = record.usable
    res = record.resolutions[rng.choices(symbols, [_WEIGHTS.get(s, 1) for s in symbols])[0]]
    voters = sorted(res.votes)
    voter = "USA" if "USA" in res.votes and rng.random() < 0.5 else rng.choice(voters)
    others = [record.resolutions[s] for s in symbols if s != res.symbol]
    other = rng.choice(others) if others and rng.random() < 0.5 else None
    speakers = cast_for(rng, record, art, res, voter, count=rng.randint(3, 5))
    return Scene(res, voter, res.votes[voter], speakers, other)


def grow(art: Article, sc: Scene, target: int) -> None:
    blocks: list[Callable[[], str]] = [
        lambda: P.quote(art, sc),
        lambda: P.quote(art, sc),
        lambda: P.quote(art, sc),
        lambda: P.stance_narration(art, sc),
        lambda: P.vote_list(art, sc),
        lambda: P.joined(art, sc),
        lambda: P.filler(art, 2),
        lambda: P.filler(art, 3),
        lambda: P.hedge(art, sc),
        lambda: P.unnamed(art, sc),
        lambda: P.venue(art),
    ]
    while art.size() < target:
        text = art.rng.choice(blocks)()
        if art.rng.random() < 0.35:
            text += " " + art.pick(FILLER)
        art.add(text)


def wire(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    art.add(art.fill(art.pick(HEADLINES), **sc.context()))
    where = rng.choice(("UNITED NATIONS", "NEW YORK"))
    art.add(P.lead(art, sc, art.fill(f"{where} ({{named:{names.outlet(rng)}}}) — ")))
    art.add(P.quote(art, sc))
    art.add(P.vote_list(art, sc))
    art.add(P.quote(art, sc))
    if sc.other:
        art.add(P.second_resolution(art, sc))
    art.add(P.stance_narration(art, sc))
    grow(art, sc, target)


def british(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    art.add(art.fill(art.pick(HEADLINES), **sc.context()))
    reporter = Speaker(
        names.person_name(rng, art.taken).full,
        "person",
        "",
        "",
        (),
        "she",
        ("Diplomatic Correspondent",),
    )
    art.add(f"By {art.introduce(reporter)}, Diplomatic Correspondent")
    art.add(P.lead(art, sc))
    art.add(P.stance_narration(art, sc))
    art.add(P.quote(art, sc))
    art.add(P.joined(art, sc))
    art.add(P.quote(art, sc))
    art.add(P.tally_sentence(art, sc))
    grow(art, sc, target)


def oped(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    role = rng.choice((analyst, former_envoy))
    author = role(rng, art.record, names.person_name(rng, art.taken), art, None)
    art.add(art.fill(art.pick(HEADLINES), **sc.context()))
    art.add(f"By {art.introduce(author)}")
    art.add(art.pick(OPED) + " " + P.lead(art, sc))
    art.add("Consider the company it kept. " + P.vote_list(art, sc, only=sc.option))
    art.add(art.pick(OPED) + " " + art.pick(OPED))
    art.add(P.stance_narration(art, sc))
    art.add(P.quote(art, sc))
    grow(art, sc, target - 200)
    role_name = author.roles[0]
    a = "an" if role_name[0] in "aeiou" else "a"
    art.add(art.fill(f"{author.key} is {a} {role_name}."))


def liveblog(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    org = P.body_org(sc.res)
    art.add(art.fill(f"Live: {{Org:{org}}} votes on Ukraine"))
    art.add("Key points\n- " + P.tally_sentence(art, sc) + "\n- " + P.vote_list(art, sc))
    minutes = rng.randint(14 * 60, 17 * 60)
    zone = rng.choice(("GMT", "ET"))
    blocks: list[Callable[[], str]] = [
        lambda: P.lead(art, sc),
        lambda: P.quote(art, sc),
        lambda: P.joined(art, sc),
        lambda: P.stance_narration(art, sc),
        lambda: P.unnamed(art, sc),
        lambda: P.filler(art, 1),
        lambda: P.hedge(art, sc),
    ]
    while art.size() < target:
        stamp = f"{minutes // 60:02d}:{minutes % 60:02d} {zone}"
        art.add(f"{stamp}\n{rng.choice(blocks)()}")
        minutes -= rng.randint(3, 25)


def press(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    voices = [x for x in sc.speakers if x.kind == "person" and x.country == sc.voter]
    if voices:  # someone of the voter's own country is already cast: they issue it
        s = voices[0]
    else:
        role = rng.choice(domestic_roles(sc.voter))
        s = role(rng, art.record, names.person_name(rng, art.taken), art, sc.voter)
        sc.speakers.insert(0, s)
    contact = names.person_name(rng, art.taken)
    art.add("FOR IMMEDIATE RELEASE")
    art.add(f"{sc.res.day:%B} {sc.res.day.day}, {sc.res.day.year}")
    staff = Speaker(
        contact.full, "person", "", "", (), "she", ("Communications Director",), s.country
    )
    art.add(
        f"Contact: {art.introduce(staff)}, Communications Director, "
        f"(202) 555-01{rng.randint(10, 99)}"
    )
    art.add(art.fill(f"{s.key.split()[-1].upper()} STATEMENT ON THE VOTE AT THE {{UN}}"))
    art.add(
        art.fill(
            "{s:pre} today released the following statement after {c:{voter}} {acted} {res:ref}:",
            s=s,
            **sc.context(),
        )
    )
    polarity = position(rng, s, sc.voter, sc.res)
    art.stance(s, polarity, sc.voter, sc.res)
    own = P.speaks_for(s, sc)
    body = [
        art.fill(P.quote_lines(art, polarity, own), **sc.context()).replace("|", "")
        for _ in range(3)
    ]
    o, c = art.marks()
    art.quote(s, body)
    art.add(f"{o}{body[0]}")
    art.add(f"{o}{body[1]}")
    art.add(f"{o}{body[2]}{c}")
    grow(art, sc, target - 300)
    art.add("Background:\n- " + P.tally_sentence(art, sc) + "\n- " + P.vote_list(art, sc))
    art.add("###")


def transcript(art: Article, sc: Scene, target: int) -> None:
    rng = art.rng
    s = next((x for x in sc.speakers if x.kind == "person"), None)
    if s is None:
        wire(art, sc, target)
        return
    art.add(art.fill("Transcript: a conversation about the vote at the {UN}"))
    art.add(
        art.fill(
            "The following is an edited transcript of an interview with {s:app}, "
            f"recorded after {{org:{P.body_org(sc.res)}}} voted on {{res:ref}}.",
            s=s,
            **sc.context(),
        )
    )
    art.add(P.lead(art, sc))
    host = "Q" if rng.random() < 0.5 else None
    guest = "A" if host else s.key.split()[-1].upper()
    if not host:
        interviewer = names.person_name(rng, art.taken)
        art.introduce(Speaker(interviewer.full, "person", "", "", (), "she", ("host",)))
        host = interviewer.family.upper()
        art.add(f"{host}: Welcome. I'm {interviewer.full}.")
    while art.size() < target:
        art.add(f"{host}: " + art.fill(art.pick(QUESTIONS), **sc.context()))
        art.add(f"{guest}: " + _answer(art, sc, s))


def _answer(art: Article, sc: Scene, s: Speaker) -> str:
    polarity = position(art.rng, s, sc.voter, sc.res) if art.rng.random() < 0.6 else None
    own = P.speaks_for(s, sc)
    said = [P.quote_lines(art, polarity, own), art.pick(SPOKEN)]
    if art.rng.random() < 0.5:
        said.append(P.quote_lines(art, polarity, own))
    art.rng.shuffle(said)
    text = " ".join(art.fill(t, **sc.context()).replace("|", "") for t in said)
    if polarity:
        art.stance(s, polarity, sc.voter, sc.res)
    art.quote(s, [text])
    return text


def empty(art: Article, sc: Scene, target: int) -> None:
    art.add("Notes from the chamber")
    while art.size() < target:
        art.add(" ".join(art.pick(FILLER) for _ in range(3)))


STYLES: dict[str, Callable[[Article, Scene, int], None]] = {
    "wire": wire,
    "oped": oped,
    "liveblog": liveblog,
    "press": press,
    "transcript": transcript,
    "british": british,
    "empty": empty,
}


def write(rng: random.Random, record: Record) -> tuple[str, str, dict[str, Any]]:
    """One article: (style, text, facts)."""
    style = rng.choices(list(STYLE_WEIGHTS), list(STYLE_WEIGHTS.values()))[0]
    is_british = style == "british"
    quotes: QuoteStyle = (
        rng.choice(("single", "single-straight"))
        if is_british
        else rng.choice(("straight", "curly", "curly"))
    )
    art = Article(rng, record, is_british, quotes)
    sc = scene(rng, record, art)
    target = rng.randint(3600, 4500)
    STYLES[style](art, sc, target)
    if rng.random() < 0.3 and style != "press":
        P.boilerplate(art, rng)
    return style, art.text(), {"quote_style": quotes, **art.facts()}
