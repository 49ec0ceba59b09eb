"""Reading local inputs safely: the size limit, special files, unreadable files and
folders, UTF-16/UTF-32 with a byte-order mark, a text file's header, and --date.

Each refusal is one line ("kg: skipped PATH: why"), never a traceback, and the
other inputs of the run are ingested.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract import Extractor
from kg.ingest.ingester import mint_article, read_article, sha256_of
from kg.model import ArticleMeta, Facts, Reference
from kg.sources import Failure
from kg.sources.files import split_header, walk
from kg.terms import Literal
from kg.views.queries import run_saved
from kg.vocab import SCHEMA, XSD
from tests.backends import open_location
from tests.support import RunKg

TEXT = "Portugal voted for the draft on coastal erosion, which the Assembly adopted on Friday.\n"


def skipped(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: skipped ")]


def good_file(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# --- the size limit -------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_in_one_line(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Words of our own. " * 200, encoding="utf-8")
    result = run_kg("ingest", str(big), str(good_file(tmp_path)), "--max-bytes", "1000")
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {big}: too large: 3,600 bytes, over the limit of 1,000 (--max-bytes)"
    ]
    assert "1 added, 1 failed" in result.stderr


def test_a_huge_file_is_refused_before_it_is_read(run_kg: RunKg, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 64 MiB on paper, nothing on disk
        handle.truncate(64 * 1024 * 1024)
    result = run_kg("ingest", str(huge), str(good_file(tmp_path)))
    assert result.exit_code == 1
    [line] = skipped(result.stderr)
    assert "too large: 67,108,864 bytes, over the limit of 8,388,608" in line
    assert "Traceback" not in result.stderr


def test_read_article_has_a_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x" * 101, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_article(path, max_bytes=100)
    assert read_article(path, max_bytes=101) == "x" * 101


# --- special files ----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_skipped_with_a_line_and_never_opened(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "inner.txt")
    good_file(folder)
    # Were the FIFO opened for reading, with no writer, this run would never end.
    result = run_kg("ingest", str(fifo), str(folder))
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {fifo}: not a regular file (a FIFO), not opened",
        f"kg: skipped {folder / 'inner.txt'}: not a regular file (a FIFO), not opened",
    ]
    assert "1 added" in result.stderr


def test_a_character_device_is_skipped(run_kg: RunKg, tmp_path: Path) -> None:
    device = Path(os.devnull)
    result = run_kg("ingest", str(device), str(good_file(tmp_path)))
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {device}: not a regular file (a character device), not opened"
    ]


# --- unreadable files and folders -------------------------------------------------------


def _deny(monkeypatch: pytest.MonkeyPatch, denied: set[str]) -> None:
    """Permission denied on opening or listing ``denied`` paths, as for a user without
    the right (the tests may run as root, whom file modes do not stop)."""
    real_open, real_scandir = os.open, os.scandir

    def guarded_open(path: str | os.PathLike[str], flags: int, *args: object) -> int:
        if os.fspath(path) in denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    def guarded_scandir(path: str | os.PathLike[str] = ".") -> object:
        if os.fspath(path) in denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)


def test_unreadable_files_and_folders_are_reported_and_the_rest_ingested(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text(TEXT, encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text("Another text of ours about a vote.", encoding="utf-8")
    good_file(folder)
    _deny(monkeypatch, {str(secret), str(folder / "locked")})
    result = run_kg("ingest", str(folder))
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {folder / 'locked'}: cannot read folder (Permission denied)",
        f"kg: skipped {secret}: cannot read (Permission denied)",
    ]
    assert "1 added, 2 failed" in result.stderr


def test_walk_reports_an_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    _deny(monkeypatch, {str(tmp_path / "sub")})
    found = list(walk([tmp_path]))
    assert found == [
        Failure(str(tmp_path / "sub"), "cannot read folder (Permission denied)"),
        tmp_path / "a.txt",
    ]


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_text_with_a_byte_order_mark_is_decoded(tmp_path: Path, bom: bytes, encoding: str) -> None:
    path = tmp_path / "article.txt"
    text = "Côte d’Ivoire abstained.\r\nSo did Türkiye."
    path.write_bytes(bom + text.encode(encoding))
    assert read_article(path) == "Côte d’Ivoire abstained.\nSo did Türkiye."


def test_utf_16_without_its_mark_is_still_binary_and_a_broken_one_is_named(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_bytes("No mark.".encode("utf-16-le"))
    with pytest.raises(InputError, match="binary"):
        read_article(bare)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError, match="not UTF-16 text though its byte-order mark says so"):
        read_article(broken)


# --- the header of a text file ----------------------------------------------------------


def test_a_header_is_metadata_and_not_text() -> None:
    text = (
        "Title: Reef protection text adopted\n"
        "Date: 2025-06-02\n"
        "Author: Kemal Arslan and Rita Osei\n"
        "Publisher: The Lagoon Post\n"
        "URL: https://lagoon.example/reef\n"
        "Language: en\n"
        "\n"
        "Samoa and Tonga welcomed the vote.\n"
    )
    meta, body = split_header(text)
    assert body == "Samoa and Tonga welcomed the vote.\n"
    assert meta == ArticleMeta(
        headline="Reef protection text adopted",
        date="2025-06-02",
        authors=("Kemal Arslan", "Rita Osei"),
        publisher="The Lagoon Post",
        url="https://lagoon.example/reef",
        language="en",
    )


@pytest.mark.parametrize(
    "text",
    [
        "UNITED NATIONS: The Assembly met on Monday.\n\nIt voted on Tuesday.\n",
        "Title: a line that looks like a header\nbut the next line is prose.\n\nMore.\n",
        "Note: the vote was delayed.\n\nDelegates waited.\n",
        "Date: 2025-06-02\n",  # a header and nothing after it is the text itself
        "The Assembly voted.\nTitle: in the middle\n\nMore.\n",
    ],
    ids=["dateline", "prose-after", "unknown-key", "no-body", "not-leading"],
)
def test_an_article_s_first_lines_are_not_swallowed(text: str) -> None:
    meta, body = split_header(text)
    assert body == text and meta == ArticleMeta()


def test_header_and_date_reach_the_graph(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    with_header = tmp_path / "a.txt"
    with_header.write_text("Title: Header title\nDate: 2025-06-02\n\n" + TEXT, encoding="utf-8")
    plain = tmp_path / "b.txt"
    plain.write_text("Nepal abstained in the vote on mountain glaciers.\n", encoding="utf-8")
    result = run_kg("ingest", str(with_header), str(plain), "--date", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    store = open_location(kg_store)
    rows = {row["source"].value: row for row in run_saved(store, "articles").dicts()}  # type: ignore[union-attr]
    assert rows[str(with_header)]["date"].value == "2025-06-02"  # type: ignore[union-attr]
    assert rows[str(with_header)]["headline"].value == "Header title"  # type: ignore[union-attr]
    assert rows[str(plain)]["date"].value == "2025-07-01"  # type: ignore[union-attr]
    article = rows[str(plain)]["article"].value  # type: ignore[union-attr]
    date = store.value(article, SCHEMA.datePublished, article)
    assert isinstance(date, Literal) and date.datatype == XSD.date
    # the header is not part of the text, whose sha256 names the graph
    assert article.endswith(sha256_of(plain.read_text(encoding="utf-8"))[:16])


def test_a_bad_date_is_a_usage_error(run_kg: RunKg, tmp_path: Path) -> None:
    result = run_kg("ingest", str(good_file(tmp_path)), "--date", "March 4")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


class _Spy(Extractor):
    """The real extractor, noting the date it is given."""

    dates: list[str | None]

    def extract(self, text: str, date: str | None = None) -> Facts:
        self.dates.append(date)
        return super().extract(text, date)


def test_the_date_is_given_to_the_extractor(reference: Reference) -> None:
    spy = _Spy(reference)
    spy.dates = []
    meta = ArticleMeta(date="2025-06-02")
    quads, _ = mint_article(spy, TEXT, sha256_of(TEXT), "x.txt", meta=meta)
    mint_article(spy, TEXT, sha256_of(TEXT), "y.txt")
    assert spy.dates == ["2025-06-02", None]
    assert any(q.predicate.value == SCHEMA.datePublished for q in quads)


def test_a_json_line_over_the_limit_is_refused_and_the_next_read(
    run_kg: RunKg, kg_store: Path | str, tmp_path: Path
) -> None:
    export = tmp_path / "export.jsonl"
    long_line = '{"text": "' + "Words of ours. " * 200 + '"}'
    export.write_text(long_line + "\n" + '{"text": "' + TEXT.strip() + '"}\n', encoding="utf-8")
    result = run_kg("ingest", str(export), "--max-bytes", "1000")
    assert result.exit_code == 1
    assert skipped(result.stderr) == [
        f"kg: skipped {export}:1: too large: over the limit of 1,000 bytes (--max-bytes)"
    ]
    assert "1 added, 1 failed" in result.stderr
