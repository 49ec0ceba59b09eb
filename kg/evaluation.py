"""Scoring the extractor against annotated articles (``kg evaluate CORPUS``).

A corpus is a folder with ``gold/<id>.json`` (the annotation format of docs/evaluation.md)
beside the texts, in ``articles/<id>.txt`` or ``texts/<id>.txt`` (or a folder given
apart). Each article is ingested alone into a fresh in-memory store, exactly as a user
would ingest it (after importing the corpus's ``resolutions*.csv``, the votes it reports,
as a user tells kg about votes it does not know), and the contract queries' rows are
compared with the gold, category by category:

- persons: one per distinct name; a system name matches a gold name or alias when their
  words (titles and initials aside) agree: the same words, or the same surname with one
  side giving only the surname or both the same first name;
- countries: the sets of ISO alpha-3 codes;
- quotes: the speaker (as a person above, or the same words) and the opening words; a
  gold quote marked ``partial`` may be found (a true positive is not counted) or missed
  (no false negative);
- stances: actor, polarity, and the target's voter and resolution where both sides give
  them;
- votes: (country, option, resolution), and apart (not in the micro average) without the
  resolution;
- tallies: each stated figure of a count, by resolution.

Resolutions compare by symbol, a draft and its adopted symbol being one (from the
corpus's CSV files), "(2016)" after a Council symbol aside. Each gold item is matched to
at most one system item, in gold order.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError

CATEGORIES = (
    "persons",
    "countries",
    "quotes",
    "stances",
    "votes",
    "votes (no resolution)",
    "tallies",
)
# Reported, but not part of the micro average (it counts the votes category again).
_NOT_IN_MICRO = frozenset({"votes (no resolution)"})
CONTRACT_QUERIES = ("persons", "countries", "quotes", "stances", "vote-claims", "tallies")

# Words that are not part of a person's name when names are compared.
_NOT_NAME = frozenset(
    "mr mrs ms miss dr sir dame lord sen senator rep representative congressman "
    "congresswoman president vice prime minister ambassador secretary general gov governor "
    "king queen prince crown sheikh chancellor deputy foreign press former the u.s. us un "
    "u.n.".split()
)
_QUOTE_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

T = TypeVar("T")
Row = dict[str, Any]


def fold(text: str | None) -> str:
    """Lower case, without accents, with straight quotation marks."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_QUOTE_MARKS).lower()


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def _name_words(name: str | None) -> list[str]:
    found = re.findall(r"[a-z][a-z'\-]*", fold(name))
    return [w for w in found if w not in _NOT_NAME and len(w) > 1]


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two written names can be one person: same words, or same surname where one
    gives the surname alone or both give the same first name."""
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if x[-1] != y[-1]:
        return False
    return len(x) == 1 or len(y) == 1 or x[0] == y[0]


def same_actor(a: str | None, b: str | None) -> bool:
    return same_person(a, b) or _words(a) == _words(b)


@dataclass
class Counts:
    """True and false positives and negatives of one category, with what was missed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += other.missed
        self.extra += other.extra

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else (0.0 if self.fn else 1.0)

    @property
    def recall(self) -> float:
        wanted = self.tp + self.fn
        return self.tp / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    counts: dict[str, Counts]
    articles: int
    failed: list[str]
    succeeded: int = 0  # the articles scored without failing: none is no F1 of 1.0

    @property
    def micro_f1(self) -> float:
        return self.micro.f1 if self.succeeded else 0.0

    @property
    def micro(self) -> Counts:
        total = Counts()
        for name, c in self.counts.items():
            if name not in _NOT_IN_MICRO:
                total.add(Counts(c.tp, c.fp, c.fn))
        return total

    def as_json(self) -> dict[str, Any]:
        return {
            "categories": {
                name: {
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "missed": c.missed,
                    "extra": c.extra,
                }
                for name, c in self.counts.items()
            },
            "micro_f1": round(self.micro_f1, 4),
            "articles": self.articles,
            "failed": self.failed,
        }

    def table(self, *, misses: bool = True) -> str:
        lines = [f"{'category':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
        for name, c in [*self.counts.items(), ("ALL (micro)", self.micro)]:
            lines.append(
                f"{name:24} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
                f"{c.tp:5} {c.fp:4} {c.fn:4}"
            )
        lines.append(f"articles: {self.articles}, failed: {len(self.failed)}")
        lines += [f"failed   {f}" for f in self.failed]
        if misses:
            for name, c in self.counts.items():
                lines += [f"missed   {name:10} {m}" for m in c.missed]
                lines += [f"extra    {name:10} {e}" for e in c.extra]
        lines.append(f"micro F1 {self.micro_f1:.3f}")
        return "\n".join(lines)


class Resolutions:
    """Which symbols name the same resolution: a draft and its adopted symbol."""

    def __init__(self) -> None:
        self._canonical: dict[str, str] = {}

    @staticmethod
    def _key(symbol: str) -> str:
        return " ".join(fold(symbol).split())

    def add(self, symbol: str, draft: str | None) -> None:
        key = self._key(symbol)
        if not key:
            return
        canonical = self._canonical.get(key, re.sub(r"\s*\(\d{4}\)$", "", key))
        self._canonical.setdefault(key, canonical)
        if draft and self._key(draft):
            self._canonical.setdefault(self._key(draft), canonical)

    def canonical(self, symbol: str | None) -> str | None:
        if not symbol:
            return None
        key = self._key(symbol)
        return self._canonical.get(key, key)

    @classmethod
    def of_files(
        cls, paths: Iterable[Path], reference_pairs: Iterable[tuple[str, str]]
    ) -> Resolutions:
        """Pairs from the reference data first, then each CSV's symbol / draft_symbol."""
        out = cls()
        for symbol, draft in reference_pairs:
            out.add(symbol, draft)
        for path in paths:
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    out.add(row.get("symbol") or "", row.get("draft_symbol") or None)
        return out


def _pair_off(
    gold: Sequence[T], found: Sequence[T], same: Callable[[T, T], bool]
) -> tuple[list[T], list[T], list[T]]:
    """Each gold item matched to the first system item still free that it matches:
    (matched gold, missed gold, unmatched system)."""
    free = list(found)
    matched: list[T] = []
    missed: list[T] = []
    for g in gold:
        hit = next((s for s in free if same(g, s)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            matched.append(g)
    return matched, missed, free


def _sets(gold: set[T], found: set[T], show: Callable[[T], str] = str) -> Counts:
    return Counts(
        len(gold & found),
        len(found - gold),
        len(gold - found),
        sorted(map(show, gold - found)),
        sorted(map(show, found - gold)),
    )


def _quote_starts(opening: str, text: str) -> bool:
    head, body = " ".join(_words(opening)), " ".join(_words(text))
    return bool(head) and (body.startswith(head) or head in body[: len(head) + 60])


def score_article(gold: Row, rows: dict[str, list[Row]], res: Resolutions) -> dict[str, Counts]:
    """The counts of one article: its gold annotation against the contract queries' rows."""
    out: dict[str, Counts] = {}

    names: list[str] = []
    for row in rows["persons"]:
        name = row.get("name") or ""
        if name and not any(same_person(name, n) for n in names):
            names.append(name)
    forms = {p["name"]: [p["name"], *p.get("aliases", [])] for p in gold.get("persons", [])}
    _, missed, extra = _pair_off(
        list(forms), names, lambda g, s: any(same_person(f, s) for f in forms[g])
    )
    out["persons"] = Counts(len(forms) - len(missed), len(extra), len(missed), missed, extra)

    out["countries"] = _sets(
        {c.upper() for c in gold.get("countries", [])},
        {(r.get("iso3") or "").upper() for r in rows["countries"]} - {""},
    )

    out["quotes"] = _score_quotes(gold.get("quotes", []), rows["quotes"])
    out["stances"] = _score_stances(gold.get("stances", []), rows["stances"], res)

    def vote(country: Any, option: Any, resolution: Any) -> tuple[str, str, str | None]:
        return (str(country or "").upper(), str(option or "").lower(), res.canonical(resolution))

    gold_votes = {
        vote(v["country"], v["option"], v.get("resolution")) for v in gold.get("votes", [])
    }
    found_votes = {
        vote(r.get("country"), r.get("option"), r.get("resolution")) for r in rows["vote-claims"]
    }
    out["votes"] = _sets(gold_votes, found_votes)
    relaxed = _sets({v[:2] for v in gold_votes}, {v[:2] for v in found_votes})
    out["votes (no resolution)"] = Counts(relaxed.tp, relaxed.fp, relaxed.fn)

    def figures(tallies: Iterable[Row]) -> set[tuple[str | None, str, int]]:
        items = set()
        for t in tallies:
            for option in ("yes", "no", "abstain"):
                value = t.get(option)
                if value not in (None, ""):
                    items.add((res.canonical(t.get("resolution")), option, int(value)))
        return items

    out["tallies"] = _sets(figures(gold.get("tallies", [])), figures(rows["tallies"]))
    return out


def _score_quotes(gold: list[Row], found_rows: list[Row]) -> Counts:
    found: list[tuple[str, str]] = list(
        dict.fromkeys((r.get("speaker") or "", r.get("text") or "") for r in found_rows)
    )
    counts = Counts()
    # whole quotes are matched before fragments, so a fragment never takes a whole
    # quote's match
    for g in sorted(gold, key=lambda q: bool(q.get("partial"))):
        hit = next(
            (
                s
                for s in found
                if same_actor(g["speaker"], s[0]) and _quote_starts(g["starts_with"], s[1])
            ),
            None,
        )
        if hit is not None:
            found.remove(hit)
            counts.tp += 0 if g.get("partial") else 1
        elif not g.get("partial"):
            counts.fn += 1
            counts.missed.append(f'{g["speaker"]}: "{g["starts_with"]}..."')
    counts.fp = len(found)
    counts.extra = [f'{speaker}: "{text[:50]}..."' for speaker, text in found]
    return counts


Key = tuple[str, str, str | None, str | None]


def _score_stances(gold: list[Row], found_rows: list[Row], res: Resolutions) -> Counts:
    def key(actor: Any, stance: Any, voter: Any, resolution: Any) -> Key:
        return (
            str(actor or ""),
            str(stance or "").lower(),
            str(voter or "").upper() or None,
            res.canonical(resolution),
        )

    wanted = [
        key(
            s["actor"],
            s["stance"],
            (s.get("target") or {}).get("voter"),
            (s.get("target") or {}).get("resolution"),
        )
        for s in gold
    ]
    found = list(
        dict.fromkeys(
            key(r.get("actor"), r.get("stance"), r.get("voter"), r.get("resolution"))
            for r in found_rows
        )
    )

    def same(g: Key, s: Key) -> bool:
        return (
            g[1] == s[1]
            and same_actor(g[0], s[0])
            and (g[2] is None or s[2] is None or g[2] == s[2])
            and (g[3] is None or s[3] is None or g[3] == s[3])
        )

    matched, missed, extra = _pair_off(wanted, found, same)
    return Counts(
        len(matched), len(extra), len(missed), list(map(str, missed)), list(map(str, extra))
    )


@dataclass(frozen=True)
class Corpus:
    """An annotated corpus on disk: texts, their gold, the votes it reports."""

    texts: dict[str, Path]
    gold: Path
    resolution_files: tuple[Path, ...]
    # a resolution file that cannot be imported: reported once, left out, and every
    # article still scored (without the votes it would have listed)
    problems: tuple[str, ...] = ()

    @classmethod
    def at(cls, folder: Path, texts: Path | None = None) -> Corpus:
        gold = folder / "gold"
        if not gold.is_dir():
            raise InputError(f"{folder}: no gold/ folder of annotations")
        candidates = [texts] if texts else [folder / "articles", folder / "texts"]
        text_dir = next((d for d in candidates if d and d.is_dir() and any(d.glob("*.txt"))), None)
        if text_dir is None:
            where = texts or f"{folder}/articles or {folder}/texts"
            raise InputError(f"{where}: no article texts (*.txt)")
        found = {
            p.stem: p for p in sorted(text_dir.glob("*.txt")) if (gold / f"{p.stem}.json").is_file()
        }
        if not found:
            raise InputError(f"{text_dir}: no text has an annotation in {gold}")
        files, problems = _usable_resolution_files(sorted(folder.glob("resolutions*.csv")))
        return cls(found, gold, files, problems)

    def annotation(self, stem: str) -> Row:
        path = self.gold / f"{stem}.json"
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: not a readable JSON annotation ({exc})") from exc
        if not isinstance(value, dict):
            raise InputError(f"{path}: an annotation is a JSON object")
        return value


def _usable_resolution_files(paths: list[Path]) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """The resolution files an evaluation imports, and a one-line error for each bad one;
    a file with a header and no rows lists no vote to import and is left out quietly."""
    from kg.reference.import_resolutions import parse_resolutions  # noqa: PLC0415

    usable: list[Path] = []
    problems: list[str] = []
    for path in paths:
        try:
            if parse_resolutions(path, allow_empty=True):
                usable.append(path)
        except (InputError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{exc} (file left out)")
    return tuple(usable), tuple(problems)


def evaluate(
    corpus: Corpus,
    extract_rows: Callable[[str, tuple[Path, ...]], dict[str, list[Row]]],
    resolutions: Resolutions,
    only: Sequence[str] = (),
) -> Report:
    """Score every annotated text of ``corpus`` (or those named in ``only``).

    ``extract_rows(text, resolution_files)`` returns the contract queries' rows for one
    article ingested alone; an article whose extraction or annotation fails is listed
    in the report and the others are still scored."""
    counts = {name: Counts() for name in CATEGORIES}
    failed: list[str] = list(corpus.problems)
    scored = succeeded = 0
    for stem, path in corpus.texts.items():
        if only and stem not in only:
            continue
        scored += 1
        try:
            gold = corpus.annotation(stem)
            text = path.read_text(encoding="utf-8")
            found = score_article(gold, extract_rows(text, corpus.resolution_files), resolutions)
        except (InputError, OSError, UnicodeDecodeError, KeyError, ValueError) as exc:
            failed.append(f"{stem}: {exc}")
            continue
        for name, c in found.items():
            c.missed = [f"{stem}: {m}" for m in c.missed]
            c.extra = [f"{stem}: {e}" for e in c.extra]
            counts[name].add(c)
        succeeded += 1
    return Report(counts, scored, failed, succeeded)


class StoreRows:
    """Contract rows of one article ingested alone into a fresh in-memory store, as a user
    would see them: the bundled reference data loaded, the corpus's resolution files
    imported, then the article ingested."""

    def __init__(self) -> None:
        from kg.reference.load import load_reference  # noqa: PLC0415  (reads the data files)

        self._bundled = load_reference()
        self._plain: Any = None  # the extractor of the bundled data alone, built once

    def __call__(self, text: str, resolution_files: tuple[Path, ...]) -> dict[str, list[Row]]:
        from kg.ingest.ingester import Ingester  # noqa: PLC0415
        from kg.reference.bootstrap import ensure_reference  # noqa: PLC0415
        from kg.reference.import_resolutions import import_resolutions  # noqa: PLC0415
        from kg.store.embedded import Store  # noqa: PLC0415
        from kg.views.queries import run_saved  # noqa: PLC0415

        store = Store(None)
        ensure_reference(store, self._bundled)
        for path in resolution_files:
            import_resolutions(path, store)
        # with imports the extractor is built from the store's reference (bundled plus
        # imported); without, the bundled one is built once for the corpus
        ingester = Ingester(store, self._bundled, None if resolution_files else self._plain)
        self._plain = self._plain if resolution_files else ingester.extractor
        outcome = ingester.ingest_text(text, "evaluate")
        if outcome.status == "failed":
            raise InputError(outcome.message or "extraction failed")
        return {
            name: [
                {k: (v.value if v is not None else None) for k, v in row.items()}
                for row in run_saved(store, name).dicts()
            ]
            for name in CONTRACT_QUERIES
        }
