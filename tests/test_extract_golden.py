"""The extraction golden: what the extractor finds in a fixed set of texts, fact by fact.

Every case is one input text and one golden file, ``tests/golden/extraction/<group>/<name>.json``:
the text's length and SHA-256, then ``Facts.model_dump(mode="json")`` with one fact per line
(keys sorted, facts in the extractor's order), so every fact keeps its rule name and span and a
``git diff`` of the goldens reads fact by fact. The groups:

    samples      the two sample articles (data/articles)
    fixtures     the extraction tests' own articles (tests/extract/articles)
    generated    40 articles of the benchmark generator (seed 1), committed beside their goldens
                 so that a change to the generator or the reference data does not move them
    adversarial  one text of each kind of benchmarks/adversarial.py, 6,000 characters each
    rules        short texts of our own, committed beside their goldens, for the rules that
                 none of the above produces (see test_every_rule_name_is_produced)
    corpus       the synthetic development corpus, read from ../shared/corpus/articles (or
                 $KG_SHARED/corpus/articles); skipped, with that reason, where it is absent

A change in what the extractor finds fails ``test_extraction_matches_its_golden`` with the facts
that appeared and disappeared. When the change is meant, ``pytest --regen-golden
tests/test_extract_golden.py`` rewrites the goldens (and writes any missing generated input);
review ``git diff tests/golden/extraction`` like code and commit it with the change.

``test_every_rule_name_is_produced`` holds the rule names of kg/extract (the string literals
that name a rule, read from the source) against the rules these cases produce.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from benchmarks.adversarial import KINDS, adversarial_text
from kg.extract import Extractor
from kg.extract.numbers import parse_tallies
from kg.model import Facts
from kg.reference.load import load_reference
from tests.support import ARTICLES, GOLDEN, REPO, Golden

HERE = GOLDEN / "extraction"
FIXTURES = REPO / "tests" / "extract" / "articles"
SHARED = Path(os.environ.get("KG_SHARED") or REPO.parent / "shared")
DEV_CORPUS = SHARED / "corpus" / "articles"
GENERATED_COUNT = 40
GENERATED_SEED = 1
ADVERSARIAL_SIZE = 6000
INPUTS_HERE = ("generated", "rules")  # groups whose input texts live beside their goldens
_NO_CORPUS = (
    "the development corpus (../shared/corpus/articles) is not beside this repository "
    "(KG_SHARED names another folder that holds corpus/articles)"
)


@dataclass(frozen=True)
class Case:
    group: str
    name: str
    read: Callable[[], str]

    @property
    def id(self) -> str:
        return f"{self.group}/{self.name}"

    @property
    def golden(self) -> Path:
        return HERE / self.group / f"{self.name}.json"


def _file(path: Path) -> Callable[[], str]:
    return lambda: path.read_text(encoding="utf-8")


def _generated_text(index: int) -> str:
    """Article ``index`` of the benchmark corpus with seed 1, as the generator writes it."""
    from benchmarks.corpus.record import Record  # noqa: PLC0415 (only to write a missing input)
    from benchmarks.generate import article  # noqa: PLC0415

    return article(Record(load_reference()), GENERATED_SEED, index)[0]


def _generated(index: int) -> Callable[[], str]:
    path = HERE / "generated" / f"a{index:06d}.txt"

    def read() -> str:
        if not path.exists():
            return _generated_text(index)  # written by --regen-golden, else the test fails
        return path.read_text(encoding="utf-8")

    return read


def _adversarial(kind: str) -> Callable[[], str]:
    return lambda: adversarial_text(ADVERSARIAL_SIZE, kind)


def fixed_cases() -> list[Case]:
    """The cases whose inputs live in this repository (or are made by its own code)."""
    cases = [Case("samples", p.stem, _file(p)) for p in sorted(ARTICLES.glob("*.txt"))]
    cases += [Case("fixtures", p.stem, _file(p)) for p in sorted(FIXTURES.glob("*.txt"))]
    cases += [Case("generated", f"a{i:06d}", _generated(i)) for i in range(GENERATED_COUNT)]
    cases += [Case("adversarial", kind, _adversarial(kind)) for kind in sorted(KINDS)]
    cases += [Case("rules", p.stem, _file(p)) for p in sorted((HERE / "rules").glob("*.txt"))]
    return cases


def corpus_cases() -> list[Case]:
    """The development corpus's articles ([] where it is not beside the repository)."""
    if not DEV_CORPUS.is_dir():
        return []
    return [Case("corpus", p.stem, _file(p)) for p in sorted(DEV_CORPUS.glob("*.txt"))]


def all_cases() -> list[Case]:
    return fixed_cases() + corpus_cases()


@cache
def _extractor() -> Extractor:
    return Extractor(load_reference())


@cache
def extracted(case: Case) -> tuple[str, Facts]:
    """The case's text and its facts, extracted once per session."""
    text = case.read()
    return text, _extractor().extract(text)


# --- the golden files -----------------------------------------------------------------


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def render(text: str, facts: Facts) -> str:
    """The golden text of one case: JSON, sorted keys, one fact per line."""
    data: dict[str, Any] = facts.model_dump(mode="json")
    data["input"] = {"chars": len(text), "sha256": hashlib.sha256(text.encode()).hexdigest()}
    lines = ["{"]
    keys = sorted(data)
    for n, key in enumerate(keys):
        comma = "," if n < len(keys) - 1 else ""
        value = data[key]
        if isinstance(value, list) and value:
            lines.append(f" {_line(key)}: [")
            lines += [f"  {_line(item)}," for item in value[:-1]]
            lines += [f"  {_line(value[-1])}", f" ]{comma}"]
        else:
            lines.append(f" {_line(key)}: {_line(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _label(item: object) -> str:
    """A fact as a diff shows it: its rule and span first, then the whole fact."""
    if isinstance(item, dict) and isinstance(item.get("evidence"), dict):
        ev = item["evidence"]
        return f"{ev['rule']} [{ev['span']['start']}:{ev['span']['end']}] {_line(item)}"
    if isinstance(item, dict) and "name" in item:  # a person or an organization
        return f"{item['name']}: {_line(item)}"
    return _line(item)


def difference(golden: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """What changed between two golden records, key by key: the facts that disappeared (-)
    and appeared (+), or that only their order changed."""
    out: list[str] = []
    if golden.get("input") != actual.get("input"):
        out.append(
            "the input text is not the one the golden was made from: "
            f"golden {golden.get('input')}, now {actual.get('input')}"
        )
    for key in sorted(set(golden) | set(actual) - {"input"}):
        if key == "input":
            continue
        old, new = golden.get(key), actual.get(key)
        if old == new:
            continue
        if not (isinstance(old, list) and isinstance(new, list)):
            out.append(f"{key}: golden {_line(old)}, now {_line(new)}")
            continue
        before, after = Counter(map(_line, old)), Counter(map(_line, new))
        gone, came = before - after, after - before
        if not gone and not came:
            out.append(f"{key}: the same {len(new)} facts in another order")
            continue
        out.append(f"{key}: {sum(gone.values())} disappeared, {sum(came.values())} appeared")
        out += [f"  - {_label(json.loads(line))}" for line in sorted(gone.elements())]
        out += [f"  + {_label(json.loads(line))}" for line in sorted(came.elements())]
    return out


def _check(case: Case, golden: Golden) -> None:
    text, facts = extracted(case)
    if golden.regenerate and case.group == "generated":
        path = case.golden.with_suffix(".txt")
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    actual = render(text, facts)
    expected = golden.text(case.golden, actual)
    if expected != actual:
        lines = difference(json.loads(expected), json.loads(actual)) or [
            "the same facts, written differently (regenerate to rewrite the file)"
        ]
        pytest.fail(
            f"{case.id}: the extraction differs from {case.golden.relative_to(REPO)}:\n"
            + "\n".join(lines)
            + "\nIf the change is meant: pytest --regen-golden tests/test_extract_golden.py, "
            "then review git diff tests/golden/extraction",
            pytrace=False,
        )


@pytest.mark.parametrize("case", fixed_cases(), ids=lambda c: c.id)
def test_extraction_matches_its_golden(case: Case, golden: Golden) -> None:
    _check(case, golden)


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=_NO_CORPUS)
@pytest.mark.parametrize("case", corpus_cases(), ids=lambda c: c.id)
def test_development_corpus_extraction_matches_its_golden(case: Case, golden: Golden) -> None:
    _check(case, golden)


def test_every_golden_file_has_its_input(golden: Golden) -> None:
    """A golden left behind by a removed input is an error (deleted by --regen-golden)."""
    known = {c.golden for c in all_cases()}
    known |= {c.golden.with_suffix(".txt") for c in all_cases() if c.group in INPUTS_HERE}
    absent = HERE / "corpus" if not DEV_CORPUS.is_dir() else None  # not judged without it
    stale = sorted(
        p
        for p in HERE.rglob("*")
        if p.is_file() and p not in known and (absent is None or not p.is_relative_to(absent))
    )
    if golden.regenerate:
        for path in stale:
            path.unlink()
        return
    assert not stale, "golden files without an input: " + ", ".join(
        str(p.relative_to(REPO)) for p in stale
    )


# --- every rule name is produced --------------------------------------------------------

EXTRACT = REPO / "kg" / "extract"
# A rule name is dotted lower-case words ("vote.subject.appositive"); a suffix that the code
# appends to one ("quote.speaker-before" + ".pronoun") is a dotted word on its own.
_RULE = re.compile(r"[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+")
_SUFFIX = re.compile(r"\.[a-z][a-z0-9-]*")
# The rule names that are built with an f-string, and every name each one can give.
DYNAMIC: dict[str, tuple[str, ...]] = {
    # mentions.py: a country's name as the gazetteer knows it (a capital has its own rule).
    "country.{entry.detail}": (
        "country.code",
        "country.demonym",
        "country.name",
        "country.un-name",
    ),
    # mentions.py: an organization (or platform) named as the reference names it.
    "{kind}.gazetteer": ("organization.gazetteer",),
}
# Rule names the extractor can emit that no case produces yet, each with its reason.
KNOWN_GAPS: dict[str, str] = {}


def _source_rules() -> tuple[set[str], set[str], set[str]]:
    """The rule names, the suffixes and the f-strings that build names, in kg/extract.

    A name is a string literal shaped like one, or the rule argument of ``Evidence.at``; a
    literal that a ``startswith`` / ``endswith`` test reads is a prefix, not a name."""
    names: set[str] = set()
    suffixes: set[str] = set()
    dynamic: set[str] = set()
    for path in sorted(EXTRACT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tests: set[int] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr in ("startswith", "endswith"):
                tests.update(id(n) for arg in node.args for n in ast.walk(arg))
            elif node.func.attr == "at" and ast.unparse(node.func.value) == "Evidence":
                rule = node.args[2] if len(node.args) > 2 else None
                if isinstance(rule, ast.Constant) and isinstance(rule.value, str):
                    names.add(rule.value)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                shape = "".join(
                    str(p.value) if isinstance(p, ast.Constant) else "x" for p in node.values
                )
                if _RULE.fullmatch(shape):
                    dynamic.add(ast.unparse(node)[2:-1])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in tests:
                    continue
                if _RULE.fullmatch(node.value):
                    names.add(node.value)
                elif _SUFFIX.fullmatch(node.value):
                    suffixes.add(node.value)
    return names, suffixes, dynamic


def _produced(text: str, facts: Facts) -> Iterator[str]:
    """The rules behind the facts, and those of two layers whose matches the facts do not
    name: the tally patterns (a fact says "tally") and resolution symbols."""
    for person in facts.persons:
        yield from (m.rule for m in person.mentions)
        yield from (r.evidence.rule for r in person.roles)
    yield from (c.evidence.rule for c in facts.countries)
    yield from (m.rule for o in facts.organizations for m in o.mentions)
    yield from (q.evidence.rule for q in facts.quotes)
    yield from (s.evidence.rule for s in facts.stances)
    yield from (v.evidence.rule for v in facts.votes)
    yield from (t.evidence.rule for t in facts.tallies)
    yield from (t.rule for t in parse_tallies(text))
    yield from (m.rule for m in _extractor().matcher.all_symbols_in(text, 0))


def _bases(rule: str, suffixes: set[str]) -> Iterator[str]:
    """The rule and what it is with suffixes taken off its end, one by one."""
    yield rule
    for suffix in suffixes:
        if rule.endswith(suffix) and len(rule) > len(suffix):
            yield from _bases(rule[: -len(suffix)], suffixes)


def test_the_dynamic_rule_names_are_listed() -> None:
    _, _, dynamic = _source_rules()
    assert dynamic == set(DYNAMIC), (
        "an f-string in kg/extract builds rule names: list what it can give in DYNAMIC"
    )


def test_every_rule_name_is_produced() -> None:
    """Every rule name of kg/extract (a literal, a suffix, or an f-string's every value) is
    produced by some case of the golden; those no case produces are listed, or are a known
    gap with its reason in KNOWN_GAPS."""
    names, suffixes, _ = _source_rules()
    names |= {name for values in DYNAMIC.values() for name in values}
    produced: set[str] = set()
    for case in all_cases():
        produced.update(_produced(*extracted(case)))
    covered = {base for rule in produced for base in _bases(rule, suffixes)}
    missing = sorted(n for n in names if n not in covered)
    missing += sorted(s for s in suffixes if not any(r.endswith(s) for r in produced))
    unexplained = [n for n in missing if n not in KNOWN_GAPS]
    assert not unexplained, "rule names no test case produces: " + ", ".join(unexplained)
    stale = sorted(set(KNOWN_GAPS) - set(missing))
    assert not stale, "KNOWN_GAPS lists rules that are produced now: " + ", ".join(stale)
    unknown = sorted(r for r in produced if not set(_bases(r, suffixes)) & names)
    assert not unknown, "rules produced that the source scan does not see: " + ", ".join(unknown)
