"""The quotation pass: marks paired (marks.py), transcript turns (transcripts.py), and
each quotation's speaker found by the attribution sieve (attribution.py), with what the
paragraphs around it say when the sieve finds none."""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.extract.actors import ActorIndex
from kg.extract.lexicon import SPEECH_VERBS
from kg.extract.quotes.attribution import Attributor
from kg.extract.quotes.marks import (
    Candidate,
    double_spans,
    merge_interrupted,
    outermost,
    single_spans,
)
from kg.extract.quotes.transcripts import transcript_quotes
from kg.extract.quotes.wording import quoted_wording
from kg.extract.text import Document
from kg.model import ActorRef, Evidence, Quote, Span

_SO_CALLED = re.compile(r"(?i)so-called\s+$")
_OPTION_WORD = re.compile(r"(?i)\s*(?:no|yes|aye|nay|against|abstain|in\s+favou?r)[.,!]?\s*")
_BALLOT_BEFORE = re.compile(r"(?i)\b(?:vot\w*|ballots?|cast\w*)\s+(?:[\w']+\s+){0,2}$")
_BALLOT_AFTER = re.compile(r"(?i)\s*(?:votes?|ballots?)\b")
_DASH_AFTER = re.compile(r"\s*-{1,2}\s*\w")  # '"..." - Ana Ruiz, ...': a signature
# A paragraph's label before a quotation: "Quote: "...""
_LABELLED = re.compile(r"(?:^|\n)[^\S\n]*(?:Quote|Direct\s+quote)[^\S\n]*:[^\S\n]*$")
_SENTENCE_ENDS = frozenset(".!?")  # (as a quotation's own sentence ends, inside its marks)
_TITLE_LENGTH = 300  # a title line is short
_ATTRIBUTION_TAIL = 120  # "..., Ana Ruiz, the foreign minister, told reporters on Monday."
# "Those were the words of X": the paragraph after a quotation names its speaker
_CREDIT = re.compile(
    r"(?i)(?:those|these|that|this|such)\s+(?:were|was|are|is)\s+(?:the\s+)?"
    r"(?:words|verdict|view|message|assessment|reaction|warning|response)\s+of\s+"
)
# After a quotation that does not end its sentence: its next words, to a mark or a stop
_TAIL = re.compile(r"[,;]?\s*(?:-{1,2}\s*)?(?P<words>[a-z][^.!?\"]*)")
_AN_UNNAMED_SOURCE = re.compile(
    r"\b(?:a|an|one)\s+(?:[a-z\-]+\s+){0,2}?(?:diplomat|official|delegate|source|envoy)s?\b"
)
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
_LAST_WORD = re.compile(r"([a-z]+)\W*$")


def find_quotes(
    doc: Document, actors: ActorIndex, country_of: Mapping[str, str] | None = None
) -> list[Quote]:
    """The quotations of ``doc`` and who said them; ``country_of`` gives the country of
    the named persons (an office of a person speaks for that country)."""
    # (a turn's own quotation marks are read as anywhere else: a correspondent's turn
    # reports what others told her, '... and told us, quote, "..."')
    transcript, _ = transcript_quotes(doc, actors)
    spans = outermost(double_spans(doc) + single_spans(doc))
    candidates = merge_interrupted(doc, spans)
    actors.exclude(
        [(q.open, q.close + 1) for c in candidates for q in c.spans]
    )  # quoted names do not speak
    attributor = Attributor(doc, actors, country_of)
    quotes: list[Quote] = list(transcript)
    by_paragraph: dict[int, ActorRef] = {}
    # paragraphs that end with a quotation (and its attribution), by its speaker
    ended_by_quote: dict[int, ActorRef] = {}
    for n, cand in enumerate(candidates):
        para_index = _paragraph_index(doc, cand.open)
        sentence = doc.sentence_at(cand.close) or doc.sentence_at(cand.open)
        limit = candidates[n + 1].open if n + 1 < len(candidates) else doc.body_end
        if sentence is not None:
            limit = min(limit, max(sentence.end, cand.close + 1) + 150)
        para = doc.paragraph_at(cand.close)
        if para is not None:
            limit = min(limit, para.end)  # an attribution never runs into the next paragraph
        if _SO_CALLED.search(doc.norm, max(0, cand.open - 12), cand.open):
            continue  # the so-called "plan": a scare quote, no one's words
        if _OPTION_WORD.fullmatch(doc.norm, cand.open + 1, cand.close) and (
            _BALLOT_BEFORE.search(doc.norm, max(0, cand.open - 30), cand.open)
            or _BALLOT_AFTER.match(doc.norm, cand.close + 1)
        ):
            continue  # voted "no", a "yes" vote: a ballot in quotation marks, not words said
        wording = quoted_wording(doc, actors, cand)
        if wording is not None:
            if wording[0] is not None:
                quotes.append(_quote(doc, cand, wording[0], wording[1]))
            continue  # a text's words: no one else's, and no one's after them in the paragraph
        found = (
            attributor.after(cand, limit) or attributor.before(cand) or attributor.embedded(cand)
        )
        speaker, rule = found if found else (None, "")
        if speaker is None and _names_its_own_source(doc, cand, limit):
            continue  # '"...," said a statement from ...': a source the sieve cannot name
        if (
            speaker is None
            and para_index in by_paragraph
            and not (
                sentence is not None
                and actors.unnamed_subject(doc.norm[sentence.start : cand.open])
            )  # "Former diplomats mourned the '...'"
        ):
            speaker, rule = by_paragraph[para_index], "quote.same-paragraph"
        if speaker is None:
            found = _from_context(doc, attributor, cand, ended_by_quote.get(para_index - 1))
            if found is None:
                continue
            speaker, rule = found
        speaker = attributor.body_country(speaker, cand.open)
        if cand.rule == "interrupted":
            rule = rule + ".interrupted"
        by_paragraph[para_index] = speaker
        attributor.last_speaker = (para_index, speaker)
        if sentence is not None and "statement" in doc.norm[sentence.start : sentence.end]:
            attributor.statement_speakers[sentence.start] = speaker
        close_para = doc.paragraph_at(cand.close)
        if close_para is not None and close_para.end - cand.close <= _ATTRIBUTION_TAIL:
            ended_by_quote[close_para.number] = speaker
        else:
            ended_by_quote.pop(para_index, None)
        quotes.append(_quote(doc, cand, speaker, rule))
    quotes.sort(key=lambda q: q.parts[0].start)
    return _without_title_fragments(doc, quotes)


def _without_title_fragments(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """The quotes without the fragments quoted in a title line ("Minister calls vote a
    'mistake'", "Kremlin says vote shows 'West is isolated'"): the editor's summary of
    what the body reports, which quotes the words again or tells them in its own. A
    first paragraph that ends its sentence is a lead, not a title: its quotes stay."""
    title = doc.paragraphs[0] if len(doc.paragraphs) > 1 else None
    if title is None or title.end - title.start > _TITLE_LENGTH:
        return quotes  # no title line (one long paragraph is no title)
    if doc.norm[title.start : title.end].rstrip("\"' ")[-1:] in _SENTENCE_ENDS:
        return quotes  # a lead sentence
    return [q for q in quotes if not (q.partial and q.parts[0].start < title.end)]


def _from_context(
    doc: Document, attributor: Attributor, cand: Candidate, previous: ActorRef | None
) -> tuple[ActorRef, str] | None:
    """The speaker of a quotation no sentence attributes, from the paragraphs around:
    "She said:" ending the paragraph before, the speaker of the quotation that ended it
    (``previous``), or the subject of the sentence before in this paragraph."""
    spoke = attributor.last_speaker
    if spoke is not None and _LABELLED.search(doc.norm, max(0, cand.open - 12), cand.open):
        # "Quote: "..."" (a paragraph labelled as the words of the one last quoted)
        return spoke[1], "quote.labelled"
    if _opens_paragraph(doc, cand):
        para = doc.paragraph_at(cand.open)
        last = doc.paragraph_at(cand.close)
        quote_only = last is not None and not doc.norm[cand.close + 1 : last.end].strip()
        prev = attributor.colon_paragraph(para.number, quote_only) if para is not None else None
        if prev is not None:
            return prev, "quote.after-colon-paragraph"
        if quote_only and para is not None:
            credited = _credited_next(doc, attributor, para.number, cand)
            if credited is not None:
                return credited, "quote.credited-next"
        if (
            previous is not None
            and doc.text[cand.open + 1 : cand.open + 2].isupper()
            and not _DASH_AFTER.match(doc.norm, cand.close + 1)  # (signed by someone else)
            and _SENTENCE_ENDS
            & {doc.norm[cand.close - 1], doc.norm[cand.close + 1 : cand.close + 2]}
        ):
            # '"...," she said.' then a paragraph that is a quotation only: she goes on
            # (a crosshead quoting no sentence, "'Alone in the chamber'", is no one's)
            return previous, "quote.previous-paragraph"
    before = attributor.previous_sentence(cand)
    return (before, "quote.previous-sentence") if before is not None else None


def _credited_next(
    doc: Document, attributor: Attributor, index: int, cand: Candidate
) -> ActorRef | None:
    """A quotation-only paragraph credited by the paragraph after it: "Those were the words
    of Ana Ruiz, ...", "That was the verdict of the Irish foreign ministry"."""
    last = doc.paragraph_at(cand.close)
    following = last.number + 1 if last is not None else index + 1
    if following >= len(doc.paragraphs):
        return None
    nxt = doc.paragraphs[following]
    credit = _CREDIT.match(doc.norm, nxt.start, nxt.end)
    if credit is None:
        return None
    for m in attributor.actors.within(credit.end(), min(nxt.end, credit.end() + 120)):
        if m.actor.kind == "person":
            return m.actor  # ("of Palestinian ambassador Ana Ruiz": past her country)
        if m.actor.kind != "country":
            break
    return attributor.office_after(credit.end(), nxt.end)


def _names_its_own_source(doc: Document, cand: Candidate, limit: int) -> bool:
    """Whether the sentence goes on after the quotation to say whose it is ('"...," said a
    statement from ...', '"...," according to a note ...', '"...," a source told X'), so
    that no speaker from the sentences around may be given to it."""
    close = cand.spans[0].close
    tail = _TAIL.match(doc.norm, close + 1, min(limit, close + 80))
    if tail is None:
        return False
    words = tail.group("words").lower()
    return (
        words.startswith("according to")
        or any(w in SPEECH_VERBS for w in _LOWER_WORDS.findall(words))
        or _AN_UNNAMED_SOURCE.search(words) is not None  # "-- the view of a senior official"
    )


def _paragraph_index(doc: Document, offset: int) -> int:
    para = doc.paragraph_at(offset)
    return para.number if para else -1


def _opens_paragraph(doc: Document, cand: Candidate) -> bool:
    para = doc.paragraph_at(cand.open)
    return para is not None and para.start == cand.open


def _quote(doc: Document, cand: Candidate, speaker: ActorRef, rule: str) -> Quote:
    parts = []
    texts = []
    for open_at, close_at in cand.parts():
        part = doc.text[open_at:close_at]
        stripped = part.strip()
        if stripped:
            start = open_at + len(part) - len(part.lstrip())
            parts.append(Span.at(start, start + len(stripped)))
            texts.append(stripped.replace("\n", " "))  # (a hard-wrapped line's break)
    text = " ".join(texts)
    first_sentence = doc.sentence_at(cand.open)
    last_sentence = doc.sentence_at(max(cand.close - 1, cand.open))
    ev_start = first_sentence.start if first_sentence else cand.open
    ev_end = max(last_sentence.end if last_sentence else cand.close + 1, cand.close + 1)
    return Quote.trusted(
        text=text,
        parts=tuple(parts) or (Span.at(cand.open + 1, cand.close),),
        speaker=speaker,
        partial=_is_partial(doc, cand),
        evidence=Evidence.at(ev_start, min(ev_end, len(doc.text)), rule),
    )


def _is_partial(doc: Document, cand: Candidate) -> bool:
    text = doc.norm
    para = doc.paragraph_at(cand.open)
    floor = para.start if para else 0
    before = text[floor : cand.open].rstrip()
    if not before:
        return False
    if before[-1] in ":":
        return False
    if before[-1] in ",":
        content = text[cand.open + 1 : cand.spans[0].close].strip()
        last_word = _LAST_WORD.findall(before.lower())
        return not (last_word and last_word[-1] in SPEECH_VERBS) and not content[:1].isupper()
    return not (before[-1] in ".!?" or before.endswith(("--", "-")))
