"""Adversarial text for the extractor: inputs that make careless regexes backtrack.

Each kind stresses one thing a rule-based extractor scans for; ``mixed`` interleaves
them all in blocks. Texts are deterministic for a seed and exactly ``size`` characters
long (all ASCII or BMP characters, so a few more bytes in UTF-8).

    quotes        long runs of quotation marks of every kind, unbalanced, with words
    capitals      endless Title Case and ALL-CAPS words: name and title candidates
    punctuation   runs of punctuation, abbreviations (U.S. Sen. D-Ore.) and ellipses
    long-sentence one sentence with no full stop: clauses, speech verbs, countries, counts
    brackets      deeply nested and unbalanced brackets, party tags such as (D-Ore.)
    numbers       digits, tallies and number words without end
    paragraphs    thousands of one-word paragraphs and blank lines
    open-quotes   opening quotation marks that never close, before long stretches of prose
"""

from __future__ import annotations

import random
from collections.abc import Callable

QUOTE_MARKS = "\"'“”‘’«»„‚‹›`´"
_WORDS = (
    "said",
    "the",
    "vote",
    "against",
    "Russia",
    "Sen.",
    "Ambassador",
    "that",
    "and",
    "United States",
    "voted",
    "abstained",
    "criticized",
    "Minister",
    "not",
    "he",
    "she",
)
_CAPS = (
    "Foreign",
    "Minister",
    "Sen.",
    "Rep.",
    "Ambassador",
    "Deputy",
    "Secretary-General",
    "United",
    "States",
    "Russian",
    "Federation",
    "North",
    "Korea",
    "General",
    "Assembly",
    "Maria",
    "Varnell",
    "Mr.",
    "Ms.",
    "Dr.",
    "UN",
    "U.S.",
    "UNITED",
    "NATIONS",
    "SAID",
)
_PUNCT = (
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "-",
    "–",
    "—",
    "...",
    "…",
    "/",
    "&",
    "*",
    "#",
    "%",
    "U.S.",
    "U.N.",
    "D.C.",
    "Sen.",
    "Rep.",
    "D-Ore.",
    "R-Neb.",
    "Mr.",
    "No.",
    "e.g.",
    "i.e.",
)
_CLAUSES = (
    "said that",
    "told reporters that",
    "argued, according to officials, that",
    "Russia, Belarus, North Korea, Sudan and Hungary voted against",
    "93 to 18",
    "ninety-three to eighteen",
    "joined Russia in opposing",
    "did not condemn",
    "stopped short of criticising",
    "the U.S.-drafted text",
    "A/ES-11/L.10",
    "who was President Obama's ambassador",
    "in Brussels",
    "with 65 abstentions",
)
_NUMBERS = (
    "93",
    "18",
    "65",
    "93-18-65",
    "141-5-35",
    "ninety-three",
    "eighteen",
    "to",
    "with",
    "abstentions",
    "1,000,000",
    "3.14",
    "2025",
    "10",
    "none",
    "and",
    "votes",
)
_OPEN, _CLOSE = "([{<", ")]}>"


def _quotes(rng: random.Random) -> str:
    run = "".join(rng.choice(QUOTE_MARKS) for _ in range(rng.randint(1, 400)))
    return run + (rng.choice(_WORDS) + " " if rng.random() < 0.5 else "")


def _capitals(rng: random.Random) -> str:
    return " ".join(rng.choice(_CAPS) for _ in range(rng.randint(20, 400))) + " "


def _punctuation(rng: random.Random) -> str:
    return "".join(rng.choice(_PUNCT) + rng.choice(("", " ")) for _ in range(rng.randint(20, 400)))


def _long_sentence(rng: random.Random) -> str:
    return (
        ", ".join(
            f"{rng.choice(_CAPS)} {rng.choice(_CLAUSES)}" for _ in range(rng.randint(20, 200))
        )
        + " "
    )


def _brackets(rng: random.Random) -> str:
    depth = rng.randint(1, 300)
    inner = rng.choice(("D-Ore.", "R-Neb.", "Sen. Maria Varnell", "A/ES-11/L.10", "", "said"))
    opening = "".join(rng.choice(_OPEN) for _ in range(depth))
    closing = "".join(rng.choice(_CLOSE) for _ in range(rng.randint(0, depth)))
    return f"{opening}{inner}{closing} "


def _numbers(rng: random.Random) -> str:
    return " ".join(rng.choice(_NUMBERS) for _ in range(rng.randint(20, 400))) + " "


def _paragraphs(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + "\n" * rng.randint(1, 3) for _ in range(100))


def _open_quotes(rng: random.Random) -> str:
    words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(50, 300)))
    return f"{rng.choice(QUOTE_MARKS)}{words}. "


def _tallies(rng: random.Random) -> str:
    """Tally after tally in one paragraph, each clashing with the last (issue 17: the tally
    merge compared each with every earlier one)."""
    return (
        " ".join(
            f"The General Assembly adopted it {rng.randint(1, 190)}-{rng.randint(0, 99)}-"
            f"{rng.randint(0, 99)}."
            for _ in range(rng.randint(20, 200))
        )
        + " "
    )


KINDS: dict[str, Callable[[random.Random], str]] = {
    "quotes": _quotes,
    "capitals": _capitals,
    "punctuation": _punctuation,
    "long-sentence": _long_sentence,
    "brackets": _brackets,
    "numbers": _numbers,
    "paragraphs": _paragraphs,
    "open-quotes": _open_quotes,
    "tallies": _tallies,
}


def adversarial_text(size: int, kind: str = "mixed", seed: int = 0) -> str:
    """``size`` characters of adversarial text of one kind, or of all kinds mixed."""
    if kind != "mixed" and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; known: mixed, {', '.join(KINDS)}")
    rng = random.Random(f"kg-adversarial:{kind}:{seed}")
    makers = list(KINDS.values()) if kind == "mixed" else [KINDS[kind]]
    parts: list[str] = []
    length = 0
    while length < size:
        maker = rng.choice(makers)
        # mixed text switches kind every few kilobytes, so every kind meets every other
        block_end = length + (rng.randint(2_000, 20_000) if kind == "mixed" else size)
        while length < min(block_end, size):
            piece = maker(rng)
            parts.append(piece)
            length += len(piece)
    return "".join(parts)[:size]
