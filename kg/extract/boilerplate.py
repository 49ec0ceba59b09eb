"""Where the article ends: page furniture (comment prompts, related-post lists, link
headlines) that follows it on a page is cut before any rule reads the text."""

from __future__ import annotations

import re

# Lines after which the rest of a page is not the article.
_BOILERPLATE_LINES = frozenset(
    {
        "comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "popular posts",
        "popular posts from this blog",
        "related",
        "related posts",
        "related articles",
        "related stories",
        "related content",
        "read more",
        "read next",
        "more stories",
        "more from this author",
        "you may also like",
        "recommended",
        "recommended for you",
        "most read",
        "most popular",
        "share this",
        "share this article",
        "share this story",
        "sign up for our newsletter",
        "subscribe",
        "advertisement",
        "tags",
        "follow us",
        "about the author",
        "###",
        "-30-",
        "ends",
        "- ends -",
    }
)

# Lines that begin a link or a page label ("Read more: Why ...", "Topics: ...").
_FURNITURE_PREFIX = re.compile(
    r"(?i)\s*(?:(?:read more|related(?: articles| stories| content| posts)?|see also|also read|"
    r"most read|most popular|recommended(?: for you)?|topics|tags)\s*:|more on this story\s*$|"
    r"sign up (?:for|to)\b|share this (?:article|story)\s*$)"
)
# A line with more characters than this, spaces left out, is more than a page label.
_LONGEST_BOILERPLATE = max(len(line) for line in _BOILERPLATE_LINES) + 1

_WS = re.compile(r"\s+")
# Reported speech: what follows a "Comments" heading in a report, not under a page's
# comment prompt ("A spokesperson for the minister told media: ...")
_REPORTED = re.compile(r"\b(?:said|told|says|according\s+to)\b[^\n]{0,40}[\"“]")
# The text of a line, without the white space around it.
LINE_TEXT = re.compile(r"\S(?:[^\n]*\S)?")


def boilerplate_start(norm: str) -> int:
    """Offset where page furniture after the article begins (or the text's length).

    It begins at a page label ("Related", "Read more: ...", "Sign up for ..."), or at the
    link headlines just before one: short lines without closing punctuation ("Opinion:
    What the election means", "Minister recalls ambassador") that follow the last
    sentence of the article."""
    seen_lines = 0
    lines: list[tuple[int, str]] = []  # (start, text) of the non-empty lines so far, stripped
    for match in LINE_TEXT.finditer(norm):
        text = match.group()
        if seen_lines >= 2 and _FURNITURE_PREFIX.match(text):
            return _headlines_before(norm, lines, match.start())
        lines.append((match.start(), text))
        seen_lines += 1
        if len(text) > _LONGEST_BOILERPLATE:
            # the characters other than white space (only spaces, if all are printable)
            if text.isprintable():
                shown = len(text) - text.count(" ")
            else:
                shown = len("".join(text.split()))
            if shown > _LONGEST_BOILERPLATE:
                continue  # a paragraph of text: too long to be a page label
        line = _WS.sub(" ", text).lower().rstrip(":")
        if seen_lines > 2 and line in _BOILERPLATE_LINES:
            if line == "comments" and _REPORTED.search(norm, match.end(), match.end() + 400):
                continue  # a section of the report ("Comments", then who said what)
            return _headlines_before(norm, lines[:-1], match.start())
    return len(norm)


def _headlines_before(norm: str, lines: list[tuple[int, str]], cut: int) -> int:
    """The start of the line at ``cut``, moved back over link headlines: short lines with
    no closing punctuation, never into the first lines (the article's own title and
    byline)."""
    k = len(lines)
    while k > 3:
        text = lines[k - 1][1]
        if len(text) > 120 or text[-1] in ".!?\"')]:;," or text.startswith("-"):
            break
        k -= 1
        cut = lines[k][0]
    return norm.rfind("\n", 0, cut) + 1
