"""Pass 3: the roles people hold, as the article states them.

Roles come from a title before the name ("Former Foreign Minister Aino Lehtisalo of
Finland"), a party-state tag ("Sen. Maria Okafor (D-Ore.)"), and appositives
before or after the name ("Karoline Leavitt, the White House press secretary",
"Lithuania's deputy foreign minister, Tomas Varnas", "Kadri Saar, who was ...").
Inside a role phrase, reference mentions give its organization, jurisdiction,
party and region; a person's country follows from their roles.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import ROLE_HEADS
from kg.extract.mentions import EntityMention
from kg.extract.persons import PersonCluster, PersonContext, PersonMention
from kg.extract.persons.titles import HONORIFICS, TITLES
from kg.extract.spans import SpanIndex
from kg.extract.text import Document
from kg.model import Evidence, Role
from kg.names import fold

_PARTY_STATE = re.compile(r"\s*\((?P<party>[A-Z])\s*-\s*(?P<region>[A-Z][\w.\s]{0,12}?)\)")
_OF_PLACE = re.compile(r"^\s+of\s+(?:the\s+)?")
# Participles that begin a role ("retired general", "acting ambassador", "outgoing minister").
_ROLE_PARTICIPLES = frozenset(
    "retired elected appointed designated acting outgoing incoming ruling leading serving "
    "sitting visiting governing presiding founding reigning".split()
)
_TIME_QUALIFIER = re.compile(r"(?i)^(?:then|former|late|retired|ex-)\s*")
_ARTICLE = re.compile(r"^(?:a|an|the|its|his|her|their)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class PersonRoles:
    roles: tuple[Role, ...]
    party: str | None
    country: str | None
    voice: bool = False  # speaks as their government's voice (a transcript's "we")


def extract_roles(
    doc: Document,
    persons: PersonContext,
    entities: list[EntityMention],
    gazetteer: Gazetteer,
    parties: dict[str, tuple[str, str]],
) -> dict[int, PersonRoles]:
    """Roles, party and country for every person cluster, by cluster id."""
    out: dict[int, PersonRoles] = {}
    index = SpanIndex(entities)
    voices = _turn_voices(doc, persons, index) if persons.turns else {}
    for cluster in persons.clusters:
        roles: list[Role] = []
        of_country: str | None = None
        for mention in cluster.mentions:
            for role in _roles_of(doc, mention, index, gazetteer, parties):
                if all(r.label != role.label for r in roles):
                    roles.append(role)
            after = _entity_after_of(doc, mention.end, index)
            if after is None and doc.norm.startswith(" (", mention.end):
                # "ANA RUIZ (Chile) said": a delegate in meetings coverage
                after = next(iter(index.within(mention.end + 2, mention.end + 60)), None)
                after = after if after is not None and after.start == mention.end + 2 else None
            if after is not None and after.kind == "country" and of_country is None:
                of_country = after.key  # "Also speaking was Ana Ruiz of Chile"
            if of_country is None and mention.title is None:
                of_country = _possessor(doc, mention.start, index)  # "Chile's Ana Ruiz"
        summary = _summarise(cluster, roles)
        if summary.country is None and of_country is None:
            voice = voices.get(cluster.id)
            if voice is not None:
                summary = PersonRoles(summary.roles, summary.party, voice, voice=True)
        if summary.country is None and of_country is None and summary.roles:
            of_country = _round_up_label(doc, cluster.mentions[0].start, index)
        if summary.country is None and of_country is not None:
            summary = PersonRoles(summary.roles, summary.party, of_country)
        out[cluster.id] = summary
    return out


_POSSESSIVE = re.compile(r"['’]s\s+$")


def _possessor(doc: Document, at: int, index: SpanIndex[EntityMention]) -> str | None:
    """The country whose possessive stands right before the name at ``at`` ("Hungary's
    X", "Russia's X said"): in news prose, that country's official."""
    for e in index.ending(at - 4, at - 2):
        if e.kind == "country" and _POSSESSIVE.fullmatch(doc.norm, e.end, at):
            return e.key
    return None


# A round-up's label before a paragraph's reaction: "Ireland: Ambassador X said", or the
# country's name alone on the paragraph's first line ("CHINA" then the reaction)
_LABEL_END = re.compile(r"[ \t]*(?::|\n)")


def _round_up_label(doc: Document, at: int, index: SpanIndex[EntityMention]) -> str | None:
    """The country a reaction round-up's label gives the paragraph a titled official is
    first named in (who is then that country's official)."""
    para = doc.paragraph_at(at)
    if para is None:
        return None
    first = next(iter(index.within(para.start, min(at, para.start + 60))), None)
    if (
        first is not None
        and first.kind == "country"
        and first.start == para.start
        and _LABEL_END.match(doc.norm, first.end)
    ):
        return first.key
    if para.number > 0:
        heading = doc.paragraphs[para.number - 1]
        named = index.within(heading.start, heading.end)
        if (
            len(named) == 1
            and named[0].kind == "country"
            and doc.norm[heading.start : heading.end].strip()
            == doc.norm[named[0].start : named[0].end]
        ):
            return named[0].key  # a heading that is the country's name alone
    return None


# A government's voice in the first person plural: "The United States is deeply
# disappointed", "China firmly opposes": a country as a sentence's subject, then its
# attitude (read right after the country's name)
_GOVERNMENT_ATTITUDE = re.compile(
    r"\s+(?:(?:is|was|are|were|remains|has\s+been|will\s+be)\s+)?(?:\w+ly\s+)?"
    r"(?:disappointed|concerned|pleased|grateful|committed|welcomes?|condemns?|regrets?|"
    r"deplores?|opposes?|rejects?|supports?|urges?|calls\s+on|stands\s+with)\b"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+)(?:[Tt]he\s+)?$")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")


def _turn_voices(
    doc: Document, persons: PersonContext, index: SpanIndex[EntityMention]
) -> dict[int, str]:
    """The country each transcript speaker speaks for as its government's voice, by
    cluster id: their turns say "we" and open a sentence on one country's attitude ("The
    United States is disappointed ..."); a speaker who names two so is left without. One
    pass over the turns."""
    norm = doc.norm
    starts = [m.start for m in persons.mentions]
    found: dict[int, set[str]] = {}
    we: set[int] = set()
    for turn in persons.turns:
        if turn.generic:
            continue
        i = bisect_left(starts, turn.start)
        if i == len(starts) or starts[i] >= turn.body_start:
            continue  # a label naming no person found
        cluster = persons.cluster_of(persons.mentions[i]).id
        end = doc.paragraphs[turn.paragraph].end
        if _WE.search(norm, turn.body_start, end) is not None:
            we.add(cluster)
        for e in _entities_in(index, turn.body_start, end):
            if (
                e.kind == "country"
                and _GOVERNMENT_ATTITUDE.match(norm, e.end)
                and _SENTENCE_OPENS.search(norm[max(turn.body_start, e.start - 6) : e.start])
                is not None
            ):
                found.setdefault(cluster, set()).add(e.key)
    return {c: next(iter(keys)) for c, keys in found.items() if c in we and len(keys) == 1}


def _summarise(cluster: PersonCluster, roles: list[Role]) -> PersonRoles:
    party = next((r.party for r in roles if r.party), None)
    country = next((r.jurisdiction for r in roles if r.jurisdiction), None)
    return PersonRoles(tuple(roles), party, country)


def _entities_in(entities: SpanIndex[EntityMention], start: int, end: int) -> list[EntityMention]:
    return entities.within(start, end)


def _roles_of(
    doc: Document,
    m: PersonMention,
    entities: SpanIndex[EntityMention],
    gazetteer: Gazetteer,
    parties: dict[str, tuple[str, str]],
) -> list[Role]:
    roles: list[Role] = []
    after = doc.norm[m.end : m.end + 200]
    tag = _PARTY_STATE.match(after)
    party = region = None
    jurisdiction = None
    if tag:
        party_info = parties.get(tag.group("party"))
        party = party_info[0] if party_info else None
        jurisdiction = party_info[1] if party_info else None
        abbr = fold(tag.group("region").strip()).replace(".", "")
        region_record = gazetteer.region_abbreviations.get(abbr)
        region = region_record.name if region_record else None
    of_entity = _entity_after_of(doc, m.end, entities)
    if m.title and m.title not in HONORIFICS and m.title_start is not None:
        roles.append(_title_role(doc, m, entities, party, region, jurisdiction, of_entity))
    elif tag and party:
        label = f"member of the {party} party" if not region else f"{party} from {region}"
        roles.append(
            Role(
                label=label,
                party=party,
                region=region,
                jurisdiction=jurisdiction,
                evidence=Evidence.at(m.start, m.end + tag.end(), "role.party-state"),
            )
        )
    for phrase_start, phrase_end, former in _appositives(doc, m):
        roles.extend(_phrase_roles(doc, phrase_start, phrase_end, former, m, entities, roles))
    return roles


def _entity_after_of(
    doc: Document, end: int, entities: SpanIndex[EntityMention]
) -> EntityMention | None:
    match = _OF_PLACE.match(doc.norm[end : end + 12])
    if not match:
        return None
    at = end + match.end()
    for e in entities.starting(at, at + 1):
        if e.start == at and e.kind in ("country", "organization"):
            return e
    return None


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_OFFICE_WORDS = re.compile(
    r"(?:'s)?[ ]+(?:(?!(?:who|which|that|was|is|were|are|has|had|and|or|the|of|in|on|to|"
    r"for|with|by|as|at|said|says)[ ])[a-z][a-z\-]+[ ]+){1,2}"
)
_FORMER_IN_TITLE = re.compile(r"(?i)\b(former|then|late|retired)\b")
_US = re.compile(r"(?i)\bu\.?s\.?\b")
# Titles that, with no country, are the United States' offices in the news
_US_ONLY = re.compile(r"(?:[Ff]ormer\s+)?Secretary\s+of\s+State")


def _qualifies(gap: str) -> bool:
    """Whether a country or body followed by ``gap`` qualifies the title after it: "Russian
    President", "Vanuatu's climate minister"; never the last word of the paragraph before."""
    if "\n" in gap:
        return False
    return gap.strip() in ("", "'s") or _OFFICE_WORDS.fullmatch(gap) is not None


def _title_role(
    doc: Document,
    m: PersonMention,
    entities: SpanIndex[EntityMention],
    party: str | None,
    region: str | None,
    jurisdiction: str | None,
    of_entity: EntityMention | None,
) -> Role:
    assert m.title_start is not None and m.title is not None
    phrase = doc.text[m.title_start : m.start].strip().rstrip(",")
    title = TITLES.get(m.title.rstrip(".") if m.title.rstrip(".") in TITLES else m.title, "")
    if not title:
        title = TITLES.get(m.title, "") or phrase
    former = bool(_FORMER_IN_TITLE.search(phrase))
    organization = None
    start = m.title_start
    # a qualifier right before the title: "Russian President", "Kremlin spokesman"
    # ("Vanuatu's climate minister", "Italy's opposition leader": a word or two of the
    # office in lower case between)
    for e in entities.ending(max(0, m.title_start - 30), m.title_start):
        if e.kind in ("country", "organization") and _qualifies(doc.norm[e.end : m.title_start]):
            if e.kind == "country":
                jurisdiction = jurisdiction or e.key
            else:
                organization = e.key
                jurisdiction = jurisdiction or e.country
            start = e.start
            phrase = doc.text[e.start : m.start].strip().rstrip(",")
    if jurisdiction is None:
        # "Deputy Permanent Representative of China Geng Shuang": the country in the title
        for e in _entities_in(entities, m.title_start, m.start):
            if e.kind == "country" and _OF_BEFORE.search(doc.norm, m.title_start, e.start):
                jurisdiction = e.key
                break
    if jurisdiction is None and (_US.search(phrase) or _US_ONLY.fullmatch(_clean_label(phrase))):
        jurisdiction = "USA"  # ("Secretary of State Ana Ruiz": the one office of that name)
    end = m.end
    label = _clean_label(phrase)
    if former:
        # "Then President", "Former Foreign Minister": the role is the title; ``former`` says when
        label = _clean_label(_TIME_QUALIFIER.sub("", label)) or label
    if of_entity is not None:
        if of_entity.kind == "country":
            jurisdiction = jurisdiction or of_entity.key
        else:
            organization = organization or of_entity.key
            jurisdiction = jurisdiction or of_entity.country
        label = f"{label} of {of_entity.surface}"
        end = of_entity.end
    if region:
        label = f"{title or label} from {region}"
    if title in ("Senator", "Representative") and jurisdiction is None and party:
        jurisdiction = "USA"
    return Role(
        label=label,
        title=title or None,
        organization=organization,
        jurisdiction=jurisdiction,
        region=region,
        party=party,
        former=former,
        evidence=Evidence.at(start, end, "role.title"),
    )


def _clean_label(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    phrase = _ARTICLE.sub("", phrase)
    return (
        phrase[:1].upper() + phrase[1:] if phrase[:1].islower() and phrase[:2] != "i-" else phrase
    )


_APPOSITIVE_AFTER = re.compile(
    r"^(?:,\s+(?P<who>who\s+(?P<tense>was|is|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?"
    r"|\s+(?P<is>is|was)\s+(?=an?\s|the\s))"
    r"(?P<np>[^,.;:()\"]{2,160}?)(?=\s*(?:[,.;:()\"]|$| and then | who ))"
)
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.,;:(\"\-]\s*)(?P<np>[^,.;:()\"\-]{2,100}),\s+$")


_AND_ANOTHER = re.compile(r"^\s+and\s+(?:an?|his|her|the)\s+([^,.;:()\"]{2,100})")


def _appositives(doc: Document, m: PersonMention) -> list[tuple[int, int, bool]]:
    """(start, end, former) of role phrases next to a mention."""
    out: list[tuple[int, int, bool]] = []
    after_start = m.end
    tag = _PARTY_STATE.match(doc.norm[m.end : m.end + 30])
    if tag:
        after_start = m.end + tag.end()
    match = _APPOSITIVE_AFTER.match(doc.masked[after_start : after_start + 220])
    if match:
        former = (match.group("tense") or match.group("is") or "") in (
            "was",
            "had been",
            "served as",
        )
        start = after_start + match.start("np")
        np_text = match.group("np")
        end = start + len(np_text.rstrip())
        # "a senior fellow at X in Washington and a former State Department official"
        rest = doc.masked[end : end + 120]
        extra = _AND_ANOTHER.match(rest)
        out.append((start, end, former))
        if extra:
            s2 = end + extra.start(1)
            out.append((s2, s2 + len(extra.group(1).rstrip()), former))
    # (within the paragraph: a headline above is no part of the phrase)
    para = doc.paragraph_at(m.start)
    lo = max(0, (m.title_start or m.start) - 120, para.start if para is not None else 0)
    before_text = doc.masked[lo : m.title_start or m.start]
    # the pattern ends in ", " (checked first: searched from every offset, it is slow)
    ends_with_comma = before_text.rstrip().endswith(",") and before_text[-1:].isspace()
    bmatch = _APPOSITIVE_BEFORE.search(before_text) if ends_with_comma else None
    if bmatch:
        base = (m.title_start or m.start) - len(before_text)
        np_start = base + bmatch.start("np") + _np_tail_offset(bmatch.group("np"))
        out.append((np_start, base + bmatch.end("np"), False))
    return out


_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "whose"])
_CLAUSE_WORDS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "did",
        "does",
        "said",
        "says",
        "told",
        "referred",
        "called",
        "described",
        "argued",
        "added",
        "noted",
        "that",
        "which",
        "if",
        "because",
        "while",
        "when",
    ]
)


_MASKED_WORD = re.compile(r"[\w'\u00b7\-]+")


_NP_PREPOSITIONS = frozenset(["of", "to", "for", "at", "in", "on"])


def _np_tail_offset(phrase: str) -> int:
    """Where the noun phrase ending ``phrase`` begins: after its last determiner."""
    words = list(_MASKED_WORD.finditer(phrase))
    start = 0
    previous = ""
    for w in words:
        word = w.group(0).lower()
        after_preposition = previous in _NP_PREPOSITIONS
        previous = word
        if word in _DETERMINERS and not after_preposition:
            # ("the representative of the Russian Federation": one noun phrase)
            start = w.end()
        elif word.endswith("'s") and w.start() > 0:
            start = w.start()
        elif word in _CLAUSE_WORDS:
            start = w.end()
    while start < len(phrase) and phrase[start] == " ":
        start += 1
    return start


_CLAUSE_WORD = re.compile(r"[\w']+")


def _is_clause(text: str) -> bool:
    """A phrase with a verb in it ("who voted", "stunned allies by voting"): not a role."""
    words = _CLAUSE_WORD.findall(text)
    if (
        words
        and words[0].islower()
        and (
            (words[0].endswith("ed") and words[0] not in _ROLE_PARTICIPLES)
            or (words[0].endswith("ing") and words[0] not in _ROLE_PARTICIPLES)
        )
    ):
        return True
    return any(w.lower() in _CLAUSE_WORDS for w in words)


_AND_HIS = re.compile(r"\s+and\s+(?:his|her|their|a|an|the)\s+")
_ITS = re.compile(r"(?i)(?:its|their)\b")
_ITS_BEFORE = re.compile(r"(?i)\b(?:its|their)\s+$")
_WAS = re.compile(r"(?i)^(?:was|is)\s+")
_FORMER = re.compile(r"(?i)\bformer\b")


def _phrase_roles(
    doc: Document,
    start: int,
    end: int,
    former: bool,
    m: PersonMention,
    entities: SpanIndex[EntityMention],
    existing: list[Role],
) -> list[Role]:
    text = doc.text[start:end].strip()
    parts = _AND_HIS.split(text)
    roles: list[Role] = []
    offset = start
    for part in parts:
        p_start = doc.text.find(part, offset, end + 1)
        if p_start < 0:
            p_start = start
        p_end = p_start + len(part)
        offset = p_end
        if _is_clause(part):
            continue
        inner = _entities_in(entities, p_start, p_end)
        possessive = _ITS.match(doc.norm[p_start : p_start + 6]) or _ITS_BEFORE.search(
            doc.norm[max(0, p_start - 7) : p_start]
        )
        if possessive and not inner:
            antecedent = _antecedent_body(doc, p_start, entities)
            if antecedent is not None:
                inner = [antecedent]
        party = next((e.key for e in inner if e.kind == "party"), None)
        has_head = _has_role_head(part)
        if not has_head and party is None:
            continue
        region_m = next((e for e in inner if e.kind == "region"), None)
        country = next((e.key for e in inner if e.kind == "country"), None)
        org = next((e for e in inner if e.kind == "organization"), None)
        jurisdiction = country or (org.country if org else None)
        if party and jurisdiction is None:
            jurisdiction = next((e.country for e in inner if e.kind == "party"), None)
        label = _clean_label(part)
        if _WAS.match(label):
            label = label.split(None, 1)[1] if " " in label else label
        if not has_head and party:
            titled = next((r for r in existing if r.title), None)
            label = f"{titled.title} from {region_m.key}" if titled and region_m else label
        is_former = former or bool(_FORMER.search(part))
        roles.append(
            Role(
                label=label,
                organization=org.key if org else None,
                jurisdiction=jurisdiction,
                region=region_m.key if region_m else None,
                party=party,
                former=is_former,
                evidence=Evidence.at(p_start, p_end, "role.appositive"),
            )
        )
    return roles


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|to|with|from|at|for|by|against)\s+(?:the\s+)?$")


def _antecedent_body(
    doc: Document, at: int, entities: SpanIndex[EntityMention]
) -> EntityMention | None:
    """What "its" refers to in "Its government spokesman, X": the last country or
    organization named in subject position before, within the paragraph or the one before."""
    para = doc.paragraph_at(at)
    floor = doc.paragraphs[max(0, para.number - 1)].start if para is not None else 0
    for e in reversed(entities.starting(floor, at)):
        if e.kind not in ("country", "organization"):
            continue
        before = doc.norm[max(0, e.start - 20) : e.start].lower()
        if _PREPOSITION_BEFORE.search(before):
            continue
        return e
    return None


_PHRASE_WORD = re.compile(r"[\w'\-]+")


def _has_role_head(phrase: str) -> bool:
    words = [fold(w) for w in _PHRASE_WORD.findall(phrase)]
    return any(
        words[n] in ROLE_HEADS or " ".join(words[n : n + 2]) in ROLE_HEADS
        for n in range(len(words))
    )
