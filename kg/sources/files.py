"""Local files: walking folders, reading bytes safely, decoding text, text headers.

A file is only opened once ``stat`` says it is a regular file no larger than the
size limit: a FIFO, a device or a socket named on the command line or met in a
folder is reported and never opened (a FIFO would block a reader forever), and a
huge file is refused before it is read. Unreadable files and folders are
reported; the walk goes on. Text is UTF-8, or UTF-16/UTF-32 when a byte-order
mark says so.

A text file may open with a short header of ``Key: value`` lines (``Title:``,
``Date:``, ``Author:``, ``Publisher:``, ``URL:``, ``Language:``) ended by a blank
line; the header is metadata, the rest is the article's text.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from kg.errors import InputError
from kg.model import ArticleMeta
from kg.sources import Failure
from kg.sources.meta import make_meta

Kind = Literal["text", "html", "feed", "jsonl"]
SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(path: Path) -> Kind:
    """What a file holds, by its suffix; anything else is read as text."""
    return SUFFIXES.get(path.suffix.lower(), "text")


def size_refusal(size: int | None, max_bytes: int) -> str:
    """Why an input is refused for its size (``size`` None when only known to be larger)."""
    if size is None:
        return f"too large: over the limit of {max_bytes:,} bytes (--max-bytes)"
    return f"too large: {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"


def _special(mode: int) -> str | None:
    for test, name in _SPECIAL:
        if test(mode):
            return name
    return None


def check_regular(path: Path) -> os.stat_result:
    """``stat`` of a regular file; ``InputError`` for a folder, a special file, or none."""
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory")
    special = _special(info.st_mode)
    if special:
        raise InputError(f"{path}: not a regular file ({special}), not opened")
    return info


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``InputError`` otherwise."""
    info = check_regular(path)
    if info.st_size > max_bytes:
        raise InputError(f"{path}: {size_refusal(info.st_size, max_bytes)}")
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO since stat, open does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"{path}: not a regular file, not read")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # grew since stat, or a size stat does not know
        raise InputError(f"{path}: {size_refusal(None, max_bytes)}")
    return data


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text, or UTF-16/UTF-32 announced by a byte-order mark; ``InputError`` else."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
                raise InputError(
                    f"{source}: not {name} text though its byte-order mark says so "
                    f"(invalid data at offset {exc.start + len(bom)})"
                ) from exc
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (invalid byte at offset {exc.start})") from exc


def normalise_text(text: str, source: str = "text") -> str:
    """Strip a byte-order mark and unify line ends; refuse empty text."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: empty, no text to extract")
    return text


# --- the header of a text file ---------------------------------------------------------

_HEADER_KEYS = {
    "title": "headline",
    "headline": "headline",
    "date": "date",
    "published": "date",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "byline": "authors",
    "publisher": "publisher",
    "url": "url",
    "language": "language",
    "lang": "language",
}
_HEADER_MAX_LINES = 12


def split_header(text: str) -> tuple[ArticleMeta, str]:
    """The metadata of a leading ``Key: value`` header, and the text after it.

    A header is recognised only if every line before the first blank line is a
    known key with a value, so an article that opens with a sentence, or with a
    line such as "Note: ...", keeps its first lines.
    """
    head, blank, rest = text.partition("\n\n")
    if not blank or not rest.strip():
        return ArticleMeta(), text
    lines = head.split("\n")
    if len(lines) > _HEADER_MAX_LINES:
        return ArticleMeta(), text
    values: dict[str, str] = {}
    for line in lines:
        key, colon, value = line.partition(":")
        field = _HEADER_KEYS.get(key.strip().lower())
        if not colon or field is None or not value.strip() or key != key.lstrip():
            return ArticleMeta(), text
        values[field] = value.strip()
    body = rest.lstrip("\n")
    return make_meta(**values), body


# --- walking ----------------------------------------------------------------------------


def walk(targets: Iterable[Path]) -> Iterator[Path | Failure]:
    """Files as given; folders expanded (recursively, sorted) to the files kg reads,
    with a ``Failure`` for each special file and each folder that cannot be listed."""
    for target in targets:
        try:
            is_dir = target.is_dir()
        except OSError as exc:  # a path through a folder that cannot be searched
            yield Failure(str(target), f"cannot read ({exc.strerror or exc})")
            continue
        if is_dir:
            yield from _walk_folder(target)
        else:
            yield target


def _walk_folder(folder: Path) -> Iterator[Path | Failure]:
    failures: list[Failure] = []
    found: list[Path] = []

    def refused(exc: OSError) -> None:
        where = exc.filename or folder
        failures.append(Failure(str(where), f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, names in os.walk(folder, onerror=refused):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            try:
                mode = path.lstat().st_mode
                if stat.S_ISLNK(mode):
                    mode = path.stat().st_mode
            except OSError as exc:
                failures.append(Failure(str(path), f"cannot read ({exc.strerror or exc})"))
                continue
            special = _special(mode)
            if special:
                failures.append(Failure(str(path), f"not a regular file ({special}), not opened"))
            elif stat.S_ISREG(mode):
                found.append(path)
    yield from sorted(failures, key=lambda f: f.source)
    yield from sorted(found)
