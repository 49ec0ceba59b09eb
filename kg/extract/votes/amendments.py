"""The words of amendments in a vote's sentence: whether a predicate is a vote on the
amendments the article names rather than on the text ("voted against all three", "Two of
them failed owing to ..."; not "abstained after their amendments were blocked"), and an
amendment named as one or by its symbol."""

from __future__ import annotations

import re

from kg.extract.patterns import Folded

ON_AMENDMENTS = Folded(
    r"(?i)\b(?:of|on|against|for)\s+(?:all\s+|both\s+)?(?:them|three|two|the\s+amendments?)\b|"
    r"\bamendments?\b|\bthese\s+efforts\b|\bveto",
    needs=("them", "three", "two", "amendment", "efforts", "veto"),
)
# "abstained after their amendments were blocked": the vote on the text, the amendments'
# fate only its occasion
AFTER_AMENDMENTS = re.compile(
    r"(?i)\b(?:after|once|when|because|since)\s+(?:[\w'’-]+\s+){0,3}amendments\b"
)
# A sentence that opens on the amendments just named: "Two of them failed ...", "Both ..."
THEY_OPEN = re.compile(r"(?i)(?:two|three|four|both|all|each|one|none)\s+of\s+them\b|they\b")
# A vote on an amendment named as one ("voted against the amendment"), and the words
# that name an amendment by its symbol ("an amendment (document A/79/L.9)")
THE_AMENDMENT = re.compile(
    r"(?i)\b(?:for|against|on|of|to|backed|supported|opposed|rejected)\s+(?:the|that|this)\s+"
    r"amendment\b(?!s)"
)
AMENDMENT_BEFORE = re.compile(
    r"(?i)\bamendment\s*(?:,\s*)?(?:contained\s+in\s+)?\(?(?:document\s+)?$"
)
