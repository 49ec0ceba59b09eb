"""Speakers for an article: fictional people in real kinds of office, and spokespeople.

Each role writes its own first mentions (title first, or name and appositive) and
later references. Which side a speaker takes on a vote follows from the record: a
government defends its own vote, a country that voted the other way criticises it,
an opposition politician attacks a government's no or abstention.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.corpus import names
from benchmarks.corpus.article import Article, Speaker
from benchmarks.corpus.names import Name
from benchmarks.corpus.record import Record, Resolution

Role = Callable[[random.Random, Record, Name, Article, str | None], Speaker]


def _refs(n: Name, art: Article, title: str | None = None) -> tuple[str, ...]:
    honorific = n.honorific.rstrip(".") if art.british else n.honorific
    forms = [f"{honorific} {n.family}", n.family]
    if title:
        forms.append(f"{title} {n.family}")
    return tuple(forms)


def _pronoun(n: Name) -> str:
    return "she" if n.gender == "f" else "he"


def us_senator(rng: random.Random, record: Record, n: Name, art: Article, _: str | None) -> Speaker:
    party, letter = rng.choice(record.us_parties)
    state, abbr = rng.choice(record.states)
    pre = f"Senator {n.full} of {state}" if art.british else f"Sen. {n.full} ({letter}-{abbr})"
    return Speaker(
        n.full,
        "person",
        pre,
        f"{n.full}, a {party} senator from {state}",
        _refs(n, art, "Sen."),
        _pronoun(n),
        (f"Senator from {state}",),
        "USA",
        party,
        "government" if letter == "R" else "opposition",
    )


def us_representative(
    rng: random.Random, record: Record, n: Name, art: Article, _: str | None
) -> Speaker:
    party, letter = rng.choice(record.us_parties)
    state, abbr = rng.choice(record.states)
    member = "congresswoman" if n.gender == "f" else "congressman"
    return Speaker(
        n.full,
        "person",
        f"Rep. {n.full} ({letter}-{abbr})",
        f"{n.full}, a {party} {member} from {state}",
        _refs(n, art, "Rep."),
        _pronoun(n),
        (f"Representative from {state}",),
        "USA",
        party,
        "government" if letter == "R" else "opposition",
    )


def press_secretary(
    rng: random.Random, record: Record, n: Name, art: Article, _: str | None
) -> Speaker:
    return Speaker(
        n.full,
        "person",
        f"{{bare:wh}} press secretary {n.full}",
        f"{n.full}, the {{bare:wh}} press secretary",
        _refs(n, art),
        _pronoun(n),
        ("White House press secretary",),
        "USA",
        None,
        "government",
    )


def state_spokesperson(
    rng: random.Random, record: Record, n: Name, art: Article, _: str | None
) -> Speaker:
    return Speaker(
        n.full,
        "person",
        f"{{bare:state}} spokesperson {n.full}",
        f"{n.full}, a spokesperson for {{org:state}}",
        _refs(n, art),
        _pronoun(n),
        ("State Department spokesperson",),
        "USA",
        None,
        "government",
    )


def ambassador(
    rng: random.Random, record: Record, n: Name, art: Article, iso3: str | None
) -> Speaker:
    assert iso3
    pre = f"Ambassador {n.full} of {{c:{iso3}}}"
    if record.countries[iso3].demonym and rng.random() < 0.5:
        pre = f"{{dem:{iso3}}} Ambassador {n.full}"
    return Speaker(
        n.full,
        "person",
        pre,
        f"{n.full}, {{poss:{iso3}}} ambassador to {{org:un}}",
        _refs(n, art, "Ambassador"),
        _pronoun(n),
        ("Ambassador to the United Nations",),
        iso3,
        None,
        "government",
    )


def foreign_minister(
    rng: random.Random, record: Record, n: Name, art: Article, iso3: str | None
) -> Speaker:
    assert iso3
    office = "Foreign Secretary" if iso3 == "GBR" else "Foreign Minister"
    if record.countries[iso3].demonym:
        pre = f"{{dem:{iso3}}} {office} {n.full}"
    else:
        pre = f"{office} {n.full} of {{c:{iso3}}}"
    return Speaker(
        n.full,
        "person",
        pre,
        f"{n.full}, {{poss:{iso3}}} {office.lower()}",
        _refs(n, art),
        _pronoun(n),
        (office,),
        iso3,
        None,
        "government",
    )


def analyst(rng: random.Random, record: Record, n: Name, art: Article, _: str | None) -> Speaker:
    place = names.institute(rng)
    post = rng.choice(("senior fellow", "research director", "analyst"))
    return Speaker(
        n.full,
        "person",
        f"{post} {n.full} of the {{named:{place}}}",
        f"{n.full}, {'an' if post == 'analyst' else 'a'} {post} at the {{named:{place}}}",
        _refs(n, art),
        _pronoun(n),
        (f"{post} at the {place}",),
    )


def former_envoy(
    rng: random.Random, record: Record, n: Name, art: Article, _: str | None
) -> Speaker:
    return Speaker(
        n.full,
        "person",
        f"former ambassador {n.full}",
        f"{n.full}, who was {{US}} ambassador to {{org:nato}} under a previous administration",
        _refs(n, art),
        _pronoun(n),
        ("former U.S. Ambassador to NATO",),
        "USA",
        None,
        "opposition",
    )


def member_of_parliament(
    rng: random.Random, record: Record, n: Name, art: Article, _: str | None
) -> Speaker:
    party = rng.choice(record.uk_parties)
    seat = names.constituency(rng)
    return Speaker(
        n.full,
        "person",
        f"{party} MP {n.full}",
        f"{n.full}, the {party} MP for {seat}",
        _refs(n, art),
        _pronoun(n),
        (f"MP for {seat}",),
        "GBR",
        party,
        "government" if party == "Labour" else "opposition",
    )


# key of ``article.ORGS``, country, noun for the spokesperson
SPOKESPEOPLE = (
    ("kremlin", "RUS", "Kremlin"),
    ("dst", "GBR", "Downing Street"),
    ("state", "USA", "State Department"),
    ("rumfa", "RUS", "Foreign Ministry"),
)
_ORG_NAMES = {
    "kremlin": "Kremlin",
    "dst": "Downing Street",
    "state": "U.S. State Department",
    "rumfa": "Russian Ministry of Foreign Affairs",
}


def spokesperson(rng: random.Random, org: str, iso3: str) -> Speaker:
    """An unnamed spokesperson: the words belong to the organization."""
    noun = rng.choice(("spokesman", "spokeswoman", "spokesperson"))
    pronoun = {"spokesman": "he", "spokeswoman": "she"}.get(noun, "she")
    return Speaker(
        _ORG_NAMES[org],
        "organization",
        f"a {{bare:{org}}} {noun}",
        f"a {noun} for {{org:{org}}}",
        (f"the {noun}",),
        pronoun,
        country=iso3,
        side="government",
    )


_ONE_PER_COUNTRY = (ambassador, foreign_minister, press_secretary, state_spokesperson)


def domestic_roles(voter: str) -> list[Role]:
    """Who at home would speak about this country's vote."""
    if voter == "USA":
        return [
            us_senator,
            us_senator,
            us_representative,
            press_secretary,
            state_spokesperson,
            former_envoy,
        ]
    if voter == "GBR":
        return [member_of_parliament, member_of_parliament, foreign_minister]
    return [ambassador, foreign_minister]


def cast_for(
    rng: random.Random, record: Record, art: Article, res: Resolution, voter: str, *, count: int
) -> list[Speaker]:
    """``count`` speakers for an article about ``voter``'s vote on ``res``."""
    others = [c for c in sorted(res.votes) if c != voter]
    out: list[Speaker] = []
    held: set[tuple[str, str | None]] = set()  # one foreign minister per country, ...
    while len(out) < count:
        draw = rng.random()
        if draw < 0.45:
            role = rng.choice(domestic_roles(voter))
            iso3: str | None = voter
        elif draw < 0.75:
            role = rng.choice((ambassador, foreign_minister))
            iso3 = rng.choice(others)
        elif draw < 0.9:
            role, iso3 = analyst, None
        else:
            org, country, _ = rng.choice(SPOKESPEOPLE)
            speaker = spokesperson(rng, org, country)
            if all(s.key != speaker.key for s in out):
                out.append(speaker)
            continue
        if role in _ONE_PER_COUNTRY:
            if (role.__name__, iso3) in held:
                continue
            held.add((role.__name__, iso3))
        out.append(role(rng, record, names.person_name(rng, art.taken), art, iso3))
    return out


def position(rng: random.Random, s: Speaker, voter: str, res: Resolution) -> str:
    """Whether ``s`` criticizes or supports ``voter``'s vote on ``res``, from the record."""
    theirs = res.votes.get(voter)
    if s.country == voter:
        if s.side == "opposition" and theirs != "yes":
            return "criticizes"
        return "supports"
    mine = res.votes.get(s.country) if s.country else None
    if mine and theirs:
        return "supports" if mine == theirs else "criticizes"
    return rng.choice(("criticizes", "criticizes", "supports"))
