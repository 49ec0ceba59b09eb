"""Symbol reading: the UN symbols an article gives ("A/ES-10/L.33", "S/RES/2334 (2016)",
"resolution 79/179", "ES-10/19"), each in one spelling, and the vote each names: the
reference's record, else a vote of its own keyed by that symbol."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import ResolutionRecord, ResolutionRef
from kg.names import resolution_key

# Adopted and draft symbols of the General Assembly (plenary, emergency special session,
# Main Committees), the Human Rights Council and the Security Council.
_SYMBOL = re.compile(
    r"\b(?:(?P<full>A/(?:HRC/)?RES/(?:ES-\d+|S-\d+|\d+)/\d+"
    r"|A/(?:HRC/|C\.[1-6]/)?(?:ES-\d+|S-\d+|\d+)/L\.\s?\d+(?:/Rev\.\s?\d+)?"
    r"|S/RES/\d+(?:\s*\(\d{4}\))?"
    r"|S/(?:19|20)\d\d/\d+)"
    r"|(?P<es>ES-\d+/\d+)"
    r"|(?:[Rr]esolution|UNSCR)\s+(?P<session>\d{1,2}/\d{1,3})\b"
    # the Assembly's early numbering, by session in Roman numerals: "resolution 377 (V)",
    # "resolution 181 (II)", "resolution 377A (V)"
    r"|[Rr]esolution\s+(?P<early>\d{1,4})\s?[A-Z]?\s*\((?P<roman>[IVXL]{1,6})\)"
    # "resolution 2728", not a tally after the word ("adopted the resolution 120-14-32",
    # "backed the resolution 187 to 2")
    r"|(?:[Rr]esolution|UNSCR)\s*(?P<number>\d{3,4})"
    r"(?![\d,.]\d|\s*[-–—]\s*\d|\s+(?:to|votes?|for|in\s+favou?r)\b)"
    r"(?:\s*\((?P<year>\d{4})\))?)"
)
_HRC_BEFORE = re.compile(r"(?:Human Rights Council|HRC)\W*$")


@dataclass
class ResolutionMention:
    start: int
    end: int
    ref: ResolutionRef
    rule: str
    cited_from: int = -1  # a cited symbol: where the words citing it start


def ref_of(record: ResolutionRecord) -> ResolutionRef:
    return ResolutionRef(
        key=record.symbol,
        symbol=record.symbol,
        draft_symbol=record.draft_symbol,
        body=record.body,
        date=record.date,
        description=record.title,
        matched=True,
    )


def canonical_symbol(symbol: str) -> str:
    """A symbol in one spelling: single spaces removed, upper case but for "Rev"."""
    s = re.sub(r"\s+", "", symbol).upper().replace("/REV.", "/Rev.")
    m = re.fullmatch(r"(S/RES/\d+)\((\d{4})\)", s)
    return f"{m.group(1)} ({m.group(2)})" if m else s


class SymbolIndex:
    """The reference's records by their adopted and draft symbols."""

    def __init__(self, records: list[ResolutionRecord]) -> None:
        self._by_symbol: dict[str, ResolutionRecord] = {}
        for r in records:
            for s in (r.symbol, r.draft_symbol or ""):
                if s:
                    self._by_symbol.setdefault(resolution_key(canonical_symbol(s)), r)

    def ref(self, symbol: str) -> ResolutionRef:
        """The vote a symbol names: the reference's record, else a vote of its own."""
        symbol = canonical_symbol(symbol)
        record = self._by_symbol.get(resolution_key(symbol))
        if record is not None:
            return ref_of(record)
        adopted = "/RES/" in symbol
        body = (
            "HRC"
            if symbol.startswith("A/HRC/")
            else ("UNSC" if symbol.startswith("S/") else "UNGA")
        )
        return ResolutionRef(
            key=resolution_key(symbol),
            symbol=symbol if adopted else None,
            draft_symbol=None if adopted else symbol,
            body=body,
            matched=False,
        )

    def mentions_in(self, text: str, offset: int) -> list[ResolutionMention]:
        """The symbols ``text`` gives (``offset``: where it starts in the document)."""
        out: list[ResolutionMention] = []
        if "/" not in text and "esolution" not in text and "UNSCR" not in text:
            return out  # every symbol has a slash but "Resolution 2774"
        for m in _SYMBOL.finditer(text):
            if m.group("full"):
                ref = self.ref(m.group("full"))
            elif m.group("es"):
                ref = self.ref("A/RES/" + m.group("es"))
            elif m.group("early"):
                ref = self.ref(f"A/RES/{m.group('early')}({m.group('roman')})")
            elif m.group("session"):
                hrc = _HRC_BEFORE.search(text, max(0, m.start() - 30), m.start())
                ref = self.ref(("A/HRC/RES/" if hrc else "A/RES/") + m.group("session"))
            else:
                number = m.group("number")
                year = m.group("year")
                ref = self.ref(f"S/RES/{number}" + (f" ({year})" if year else ""))
            cited = _CITED.search(text, max(0, m.start() - 60), m.start())
            rule = "resolution.cited" if cited else "resolution.symbol"
            out.append(
                ResolutionMention(
                    offset + m.start(),
                    offset + m.end(),
                    ref,
                    rule,
                    offset + cited.start() if cited else -1,
                )
            )
        return out


# A resolution cited as a text in force, not the one voted on: "convened under resolution
# 377 (V)", "reaffirming Security Council resolution 2334 (2016)", "in violation of
# resolution 1701", "in line with Assembly resolution ES-11/1", "a safe area designated by
# resolution 819 (1993)"
_CITED = re.compile(
    r"(?i)\b(?:reaffirm(?:s|ed|ing)?|recall(?:s|ed|ing)?|under|pursuant\s+to|"
    r"in\s+(?:line|accordance|compliance|keeping)\s+with|implement(?:s|ed|ing|ation\s+of)?|"
    r"violat(?:es|ed|ing|ions?\s+of)|(?:in\s+)?breach(?:es|ed|ing)?(?:\s+of)?|"
    r"(?:in\s+)?defiance\s+of|flout(?:s|ed|ing)?|based\s+on|building\s+on|"
    r"cit(?:es|ed|ing)|invok(?:es|ed|ing)|referr(?:ed|ing)\s+to|refers\s+to|enshrined\s+in|"
    r"(?:stipulated|provided\s+for|set\s+(?:out|forth)|laid\s+down|defined|contained)\s+in|"
    r"as\s+(?:set\s+out|called\s+for|required|demanded|laid\s+down)\s+(?:in|by)|"
    r"(?:established|created|set\s+up|mandated)\s+(?:by|under)|"
    # "designated a safe area by Security Council resolution 819 (1993)"
    r"(?:designated|declared|proclaimed|recogni[sz]ed)\s+(?:[\w-]+\s+){0,4}?(?:by|under|in)|"
    # "as a follow-up of General Assembly Resolution 76/254"
    r"follow[\s-]?up\s+(?:to|of|on)|"
    r"(?:the|an?)\s+(?:earlier|previous|prior)|comply(?:ing)?\s+with|complied\s+with)\s+"
    r"(?:(?:the|its|a|an|UN|U\.N\.|United\s+Nations|Security\s+Council|General\s+Assembly|"
    r"Human\s+Rights\s+Council|Council|Assembly|Uniting\s+for\s+Peace|Council's|Assembly's|"
    r"resolution|document)\s+)*$"
)


# A draft named by its last part once the article has given it in full: "L.10", "L.11 as
# amended" (meetings coverage's way after the first mention)
_SHORT_DRAFT = re.compile(r"(?<![/\w.])L\.\s?(?P<n>\d+)\b")


def short_draft_ref(text: str, refs: list[ResolutionRef]) -> ResolutionRef | None:
    """The one vote among ``refs`` (the article's) whose draft symbol ends in the short
    "L.<n>" that ``text`` gives, if it gives exactly one such."""
    if "L." not in text:
        return None
    numbers = {m.group("n") for m in _SHORT_DRAFT.finditer(text)}
    if len(numbers) != 1:
        return None
    n = numbers.pop()
    found = {
        r.key: r
        for r in refs
        if r.draft_symbol and re.search(rf"/L\.\s?{n}(?:/|$)", r.draft_symbol)
    }
    return next(iter(found.values())) if len(found) == 1 else None
