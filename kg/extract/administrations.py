"""A government named by its leader: "the Trump administration", "the Milei government".

A reporter names a country's government by its leader's surname; as the subject of a
vote or of a judgement, that is the country ("the Trump administration voted against the
resolution"). The extractor knows no person by name, so the country is read from the
article: the country named right before the same surname elsewhere ("Argentine President
Javier Milei"), else the United States where the article names it, the country whose
executive is called "the administration" in the reporting this tool reads; else none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.extract.mentions import EntityMention
from kg.extract.persons.model import PersonContext
from kg.extract.text import Document

_GOVERNMENT = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:[Aa]dministration|[Gg]overnment)\b"
)
# the surname's places read for a country before it (a name repeated all over an
# adversarial text is not read all over)
_OCCURRENCES = 20
# what may stand between a country and the surname: titles and given names
_TITLES_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin))*\s+$")


def with_governments(
    doc: Document, entities: list[EntityMention], persons: PersonContext
) -> list[EntityMention]:
    """``entities`` and, as country mentions, the governments named by a leader (a
    surname the person pass read as a person's there)."""
    text = doc.norm
    if "dministration" not in text and "overnment" not in text:
        return entities
    surnames = {m.end for m in persons.mentions}  # (where a person's name ends)
    found: list[EntityMention] = []
    starts = [e.start for e in entities]
    for m in _GOVERNMENT.finditer(text, 0, doc.body_end):
        name = m.group("name")
        if m.end("name") not in surnames:
            continue  # "the Transitional government", "the European government"
        i = bisect_left(starts, m.start())
        if (i < len(entities) and entities[i].start < m.end()) or (
            i > 0 and entities[i - 1].end > m.start()
        ):
            continue  # "the Israeli government", "the US administration": a country's name
        country = _leader_country(text, name, entities)
        if country is None:
            continue
        first = doc.token_index_at(m.start())
        last = doc.token_index_at(m.end()) - 1
        surface = m.group(0)
        found.append(
            EntityMention(
                m.start(),
                m.end(),
                first,
                last,
                "country",
                country,
                "metonym",
                None,
                surface,
                "country.government-by-leader",
            )
        )
    if not found:
        return entities
    return sorted([*entities, *found], key=lambda e: (e.start, e.end))


def _leader_country(text: str, name: str, entities: list[EntityMention]) -> str | None:
    """The country the article names before the leader's surname elsewhere, else the
    United States where the article names it, else None."""
    countries = [e for e in entities if e.kind == "country"]
    ends = [e.end for e in countries]
    for n, occurrence in enumerate(re.finditer(rf"\b{re.escape(name)}\b", text)):
        if n >= _OCCURRENCES:
            break
        i = bisect_right(ends, occurrence.start()) - 1
        if (
            i >= 0
            and occurrence.start() - ends[i] <= 60
            and _TITLES_BETWEEN.fullmatch(text, ends[i], occurrence.start())
        ):
            return countries[i].key
    return "USA" if any(e.key == "USA" for e in countries) else None
