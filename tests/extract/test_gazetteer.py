"""The gazetteer's scan, which skips words by per-word memos, finds what a plain walk
with ``match_at`` at every token finds."""

from __future__ import annotations

import random
from pathlib import Path

from kg.extract import Extractor
from kg.extract.gazetteer import Gazetteer, Match
from kg.extract.text import Document

_HERE = Path(__file__).parent
_ARTICLES = sorted(
    [*(_HERE.parents[1] / "data/articles").glob("*.txt"), *(_HERE / "articles").glob("*.txt")]
)
_WORDS = (
    "the The United States Kingdom Nations General Assembly Security Council Russia "
    "Russia's Russian Russians U.S. US us UK EU European Union Ukraine Ukrainian Kyiv "
    "Moscow Washington White House Kremlin NATO North South Korea Korean Republic of "
    "Congo Democratic Latin American America Americans New York Yorker Paris Hilton "
    "US-drafted Ukraine-Russia Israeli-Palestinian Chad Jordan Georgia said voted , . - ;"
).split()


def _plain_scan(gazetteer: Gazetteer, doc: Document) -> list[Match]:
    """match_at at every token not covered, else the countries of its hyphenated parts."""
    out: list[Match] = []
    i = 0
    while i < len(doc.tokens):
        match = gazetteer.match_at(doc, i)
        if match is not None:
            out.append(match)
            i = match.last + 1
            continue
        token = doc.tokens[i]
        for a, b, entry, part in gazetteer._hyphen_parts(token.text):
            start, end = token.start + a, token.start + b
            surface = doc.text[start:end] if part is None else part
            out.append(Match(start, end, i, i, entry, surface))
        i += 1
    return out


def test_scan_finds_what_a_plain_walk_finds(extractor: Extractor) -> None:
    rnd = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in _ARTICLES]
    texts += [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]
    gazetteer = extractor.gazetteer
    for text in texts:
        doc = Document(text)
        assert list(gazetteer.scan(doc)) == _plain_scan(gazetteer, doc), text[:80]
