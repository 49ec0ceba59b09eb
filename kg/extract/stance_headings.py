"""Whose voice an article's own sentences are (pass 7, stances): the headings and labels
of an editorial ("The Tribune view on ..."), an opinion piece ("Opinion | ...", "By Jane
Doe") and a government's statement ("Statement by the Foreign Minister on ...")."""

from __future__ import annotations

import re

# The headline of an editorial that names its institution: "The Tribune view on the vote"
EDITORIAL_TITLE = re.compile(  # ("The Tribune view on ...", "Trib editorial: ...")
    r"(?P<paper>(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}?)(?:view\s+on\b|editorial\s*[:|])"
)
# An opinion piece by its headline or a label above it ("Opinion | ...", "Op-ed: ...",
# "Commentary"), and its author's byline ("By Jane Doe", a paragraph of its own)
OPINION_LABEL = re.compile(
    r"(?i)^\s*(?:opinion|op-?ed|commentary|guest\s+column|analysis|viewpoint|perspective)\b"
)
BYLINE = re.compile(r"By\s+")
# How many paragraphs from the top the label and the byline may stand in
OPINION_TOP = 3
# A government's statement by its headline, and where the headline's topic begins
STATEMENT_TITLE = re.compile(
    r"(?i)(?:joint\s+)?(?:statement|press\s+release|communiqu[eé]|comment)\s+(?:by|of|from)\s+"
)
TITLE_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|following|after)\s")
# A press release's label in its headline ("Press release: ...", "Press statement -"), and
# the line under it that names the issuing office ("Ministry of Foreign Affairs of X",
# "Permanent Mission of X to the United Nations")
RELEASE_LABEL = re.compile(
    r"(?i)^\s*(?:press\s+(?:release|statement)|statement|communiqu[eé]|official\s+statement)"
    r"\s*[:|\-–—]"
)
ISSUER_LINE = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:(?:federal\s+)?ministry|government|(?:permanent\s+)?mission|"
    r"embassy|department|office|presidency)\b[^.!?\n]{0,100}$"
)
# How many paragraphs from the top the issuing office's line may stand in
ISSUER_TOP = 3
