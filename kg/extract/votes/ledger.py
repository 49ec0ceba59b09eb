"""The claims ledger of pass 6a. ``VoteReader`` holds the document, its voters (country
mentions that are not adjectives, grouped: "Russia, Belarus and Syria"), the resolution
context and the claims; rules (``explicit``, ``implied``; patterns in ``phrases``) add them
(``add``: one per country, option, resolution and place) and read them back (``option_of``,
``claims_in``, ``focal``); ``resolution_for`` gives the vote a predicate is about."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from kg.extract.earlier import (
    earlier_spans,
    last_voted,
    masked,
    opens_earlier,
    predicate_time,
    year_named,
)
from kg.extract.mentions import EntityMention
from kg.extract.patterns import lowered
from kg.extract.resolutions import ResolutionContext, ResolutionMatcher, ref_of
from kg.extract.resolutions.symbols import short_draft_ref
from kg.extract.text import Document, Sentence
from kg.extract.votes.amendments import (
    AFTER_AMENDMENTS,
    AMENDMENT_BEFORE,
    ON_AMENDMENTS,
    THE_AMENDMENT,
    THEY_OPEN,
)
from kg.extract.votes.options import unquoted_options
from kg.extract.votes.phrases import (
    BOTH,
    ENCLOSED_BEFORE,
    GAP_SUBJECT,
    LIST_WORDS,
    NO_SUBJECT,
    PREPOSITION_THEN,
    QUALIFIER,
    VERB_NEXT,
    joins_list,
)
from kg.model import Evidence, Option, Quote, ResolutionRef, VoteClaim

# A committee's vote by its symbol ("A/C.1/71/L.41") or key ("UNGA-C3-..."): a claim
# "in committee" is then about the reported vote itself
_COMMITTEE_VOTE = re.compile(r"/C\.\d|-C\d\b")
# "in committee", "at the Third Committee": the committee stage named
_IN_COMMITTEE = re.compile(r"(?i)\b(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?committee\b")
# A text named by its order: "voted against the first", "abstained on the second (text)"
_ORDINAL = re.compile(
    r"(?i)\s+(?:(?:on|for|of|against|in\s+favou?r\s+of)\s+)?the\s+(?P<which>first|second|former|"
    r"latter)\b(?!\s+time)(?:\s+(?:text|draft|resolution|one))?"
)
# the enclosed phrase of "The US, along with Israel, voted no", its countries taken out
_ALONG_WITH = re.compile(
    r"(?i)\s*,\s*(?:along\s+with|together\s+with|as\s+well\s+as|like)\s+(?:the\s+)?"
    r"(?:\s*(?:,|and)\s*(?:the\s+)?)*\s*,\s*"
)


# "the delegation of Kenya", "the representative of Chile": who acts for the country
# A country inside a phrase opened by a preposition ("submitted by the United States,")
_SPEAKS_FOR = frozenset(
    "delegation delegations representative representatives government delegate mission "
    "ambassador envoy".split()
)


@dataclass
class Group:
    start: int
    end: int
    members: list[EntityMention]

    @property
    def isos(self) -> list[str]:
        return list(dict.fromkeys(m.key for m in self.members))


@dataclass
class Claim:
    iso: str
    option: Option
    resolution: ResolutionRef
    start: int
    end: int
    rule: str


class VoteReader:
    def __init__(
        self,
        doc: Document,
        entities: list[EntityMention],
        ctx: ResolutionContext,
        matcher: ResolutionMatcher,
        quotes: list[Quote],
        speaker_country: dict[str, str],
    ) -> None:
        self.doc = doc
        self.ctx = ctx
        self.matcher = matcher
        self.countries = [e for e in entities if e.kind == "country" and _can_vote(doc, e)]
        self._adjectives = [e for e in entities if e.kind == "country" and not _can_vote(doc, e)]
        self._adjective_starts = [e.start for e in self._adjectives]
        self._country_starts = [e.start for e in self.countries]
        self._mentions_of: dict[str, int] = {}
        for e in self.countries:
            self._mentions_of[e.key] = self._mentions_of.get(e.key, 0) + 1
        self._groups: dict[int, list[Group]] = {}
        self.quotes = quotes
        self.speaker_country = speaker_country
        self.claims: list[Claim] = []
        self._by_sentence: dict[int, list[Claim]] = {}  # claims by the start of their sentence
        self._first_option: dict[tuple[str, str], Option] = {}  # (country, resolution) -> option
        self._claims_of: dict[str, int] = {}  # country -> number of claims, in order of first claim
        self.lists: list[tuple[int, list[str], Option, int]] = []  # (size, isos, option, where)

    # --- helpers -----------------------------------------------------------------------

    def groups(self, sentence: Sentence) -> list[Group]:
        cached = self._groups.get(sentence.start)
        if cached is not None:
            return cached
        groups: list[Group] = []
        for m in self.countries_in(sentence):
            if groups and _POSSESSOR_OF.fullmatch(self.doc.norm, groups[-1].end, m.start):
                # "Cuba and Eritrea's neighbour Sudan": the possessor stands for its neighbour
                groups[-1].members[-1] = m
                groups[-1].end = m.end
            elif (
                groups
                and joins_list(self.doc.norm[groups[-1].end : m.start])
                and not self._closed(groups[-1], m)
            ):
                if self._closes_a_phrase(groups[-1], m):
                    groups.append(Group(m.start, m.end, [m]))
                    continue
                groups[-1].members.append(m)
                groups[-1].end = m.end
            else:
                groups.append(Group(m.start, m.end, [m]))
            # the UN's official form of a name: "Iran (Islamic Republic of)"
            qualifier = QUALIFIER.match(self.doc.norm, m.end, sentence.end)
            if qualifier is not None:
                groups[-1].end = qualifier.end()
        self._groups[sentence.start] = groups
        return groups

    def _closes_a_phrase(self, group: Group, m: EntityMention) -> bool:
        """Whether a bare comma between a one-country phrase after a preposition and the
        next country ends the phrase rather than joining a list: "On the second text,
        submitted by the United States, Hungary abstained"."""
        text = self.doc.norm
        return (
            len(group.members) == 1
            and text[group.end : m.start].strip().removesuffix(" the") == ","
            and PREPOSITION_THEN.search(text, max(0, group.start - 12), group.start) is not None
            and VERB_NEXT.match(text, m.end) is not None
        )

    def _closed(self, group: Group, m: EntityMention) -> bool:
        """Whether ``group`` ended on an "and" before a ", and" that goes on to ``m``: "the
        abstainers were Kenya and Togo, and Kuwait voted no" (a new clause's subject)."""
        text = self.doc.norm
        if len(group.members) < 2 or not _COMMA_AND.fullmatch(text, group.end, m.start):
            return False
        return _AND.fullmatch(text, group.members[-2].end, group.members[-1].start) is not None

    def countries_in(self, sentence: Sentence) -> list[EntityMention]:
        """The country mentions that can be voters in ``sentence``."""
        lo = bisect_left(self._country_starts, sentence.start)
        hi = bisect_left(self._country_starts, sentence.end)
        return self.countries[lo:hi]

    def first_country_from(self, offset: int) -> int:
        """The index in ``countries`` of the first mention starting at or after ``offset``."""
        return bisect_left(self._country_starts, offset)

    def adjectives_in(self, sentence: Sentence) -> list[EntityMention]:
        """The demonyms used as adjectives in ``sentence`` ("a Russian veto")."""
        lo = bisect_left(self._adjective_starts, sentence.start)
        hi = bisect_left(self._adjective_starts, sentence.end)
        return self._adjectives[lo:hi]

    def claims_in(self, sentence: Sentence) -> list[Claim]:
        return self._by_sentence.get(sentence.start, [])

    def resolution_for(self, start: int, end: int, sentence: Sentence) -> ResolutionRef | None:
        earlier = self.earlier_at(start, sentence)
        if earlier is not None:
            return self.earlier_vote(*earlier)
        window = self.window(start, end, sentence)
        amendment = self.ctx.amendment_at(start)
        if (
            amendment is not None
            and (ON_AMENDMENTS.search(window) or THEY_OPEN.match(self.doc.norm, sentence.start))
            and not re.search(r"(?i)\bfinal\s+(?:text|resolution|draft|vote)", window)
            and not AFTER_AMENDMENTS.search(window)
        ):
            return amendment
        symbols = self.matcher.symbols_in(window, start)
        if symbols:
            return symbols[0].ref
        short = short_draft_ref(window, self._article_refs)
        if short is not None:
            return short  # "voted against L.10"
        if "mendment" in window and THE_AMENDMENT.search(window, 0, _own_clause_end(window)):
            named = self._amendment_named(start)
            if named is not None:
                return named
        local = self.matcher.describe_or_council(window, self.doc, self._article_refs)
        if local is not None and not self.ctx.is_explicit(start):
            return local
        return self._text_not_amendment(start, window) or self.ctx.at(start)

    def _text_not_amendment(self, start: int, window: str) -> ResolutionRef | None:
        """The main vote, where the sentence's context is an amendment named before and the
        cue names the text itself ("... and then abstained on the text as a whole")."""
        if not self._names_amendment:
            return None  # (most articles name none)
        own = window[: _own_clause_end(window)]
        if "mendment" in own or not _ON_THE_TEXT.search(own):
            return None
        here, primary = self.ctx.at(start), self.ctx.primary
        if here is None or primary is None or here.key == primary.key:
            return None
        named = self._amendment_named(start)
        return primary if named is not None and named.key == here.key else None

    @cached_property
    def _article_refs(self) -> list[ResolutionRef]:
        """The votes the article names by symbol or speaks of."""
        return self.ctx.named_refs()

    @cached_property
    def _mention_starts(self) -> list[int]:
        """Where the resolution mentions start, in order: searched by bisection."""
        return [m.start for m in self.ctx.mentions]

    def _amendment_named(self, before: int) -> ResolutionRef | None:
        """The vote of the last amendment the article named by its symbol before
        ``before`` ("an amendment (document A/79/L.9)"), if it named one."""
        mentions = self.ctx.mentions
        i = bisect_left(self._mention_starts, before)
        for m in reversed(mentions[max(0, i - 8) : i]):
            if AMENDMENT_BEFORE.search(self.doc.norm, max(0, m.start - 40), m.start):
                return m.ref
        return None

    def earlier_at(self, at: int, sentence: Sentence) -> tuple[int, int] | None:
        """The clause about an earlier vote ``at`` stands in, if it stands in one (the
        whole sentence, where it opens on another time and names no vote of its own)."""
        text = self.doc.norm[sentence.start : sentence.end]
        if self.doc.once(last_voted, text) or (
            not self.ctx.is_explicit(at) and self.doc.once(opens_earlier, text, self.current_day())
        ):
            return sentence.start, sentence.end
        for start, end in self.doc.once(earlier_spans, text):
            if sentence.start + start <= at < sentence.start + end:
                return sentence.start + start, sentence.start + end
        return None

    def current_day(self) -> str:
        """The reported vote's day, else the article's ("" if neither is known)."""
        primary = self.ctx.primary
        return (primary.date if primary else None) or self.doc.date or ""

    def current_year(self) -> str:
        """The reported vote's year, else the article's ("" if neither is known)."""
        primary = self.ctx.primary
        return ((primary.date if primary else None) or self.doc.date or "")[:4]

    def predicate_time(self, end: int, sentence: Sentence) -> tuple[int, int] | None:
        """The words after a predicate ending at ``end`` that name another time, if any."""
        text = self.doc.norm[sentence.start : sentence.end]
        primary = self.ctx.primary
        # (a plenary resolution's draft may be a committee's: "A/RES/80/5" from "A/C.3/80/L.2")
        committee_other = primary is not None and not _COMMITTEE_VOTE.search(
            f"{primary.key} {primary.symbol or primary.draft_symbol or ''}"
        )
        found = predicate_time(text, end - sentence.start, self.current_year(), committee_other)
        return None if found is None else (sentence.start + found[0], sentence.start + found[1])

    def ordinal_vote(self, end: int, sentence: Sentence) -> ResolutionRef | None:
        """The vote a predicate ending at ``end`` names by its order among the votes of the
        same body the article reported before ("voted against the first and abstained on
        the second"), if it names one so."""
        m = _ORDINAL.match(self.doc.norm, end, sentence.end)
        if m is None:
            return None
        order = self._votes_before(sentence)
        if len(order) < 2:
            return None
        which = m.group("which").lower()
        if which in ("first", "former"):
            return order[0]
        if which == "second" or len(order) == 2:
            return order[1]
        return None  # "the latter" of three

    def both_votes(self, end: int, sentence: Sentence) -> list[ResolutionRef]:
        """The two votes of a predicate ending at ``end`` that says "on both" ("abstained
        on both texts", "on two rival texts - one ..., the other ..."): the article's two
        of that body named before it, else anywhere."""
        if not BOTH.match(self.doc.norm, end, sentence.end):
            return []
        order = self._votes_before(sentence)
        order = order or self._votes_before(sentence, len(self.doc.sentences))
        return order if len(order) == 2 else []

    def _votes_before(self, sentence: Sentence, here: int | None = None) -> list[ResolutionRef]:
        """The votes of the sentence's body the article names before it (or sentence ``here``)."""
        here = self.ctx.index_of(sentence.start) if here is None else here
        context = self.ctx.at(sentence.start)
        order: list[ResolutionRef] = []
        for i in sorted(self.ctx.by_sentence):
            ref = self.ctx.by_sentence[i]
            if i >= here:
                break
            if i in self.ctx.defaulted:
                continue  # a sentence that only inherited the main vote names none
            if all(r.key != ref.key for r in order) and (
                context is None or ref.body == context.body
            ):
                order.append(ref)
        return order

    def earlier_vote(self, start: int, end: int) -> ResolutionRef | None:
        """The vote a clause about an earlier one describes: by its symbol, else by what
        it says of it (a year, a count, a body), else none (not the sentence's vote)."""
        window = self.doc.norm[start:end]
        symbols = self.matcher.symbols_in(window, start)
        if symbols:
            return symbols[0].ref
        short = short_draft_ref(window, self._article_refs)
        if short is not None:
            return short  # "voted against L.10"
        described = self.matcher.describe(window, self.doc)
        if described is None and _IN_COMMITTEE.search(window):
            return self._committee_vote()
        if described is None:
            return self.recurring_vote(window)
        return described

    def recurring_vote(self, window: str) -> ResolutionRef | None:
        """The known vote of another year on the text reported, where ``window`` names
        that year ("abstained in 2024", "voted no last year") and the record holds one."""
        primary = self.ctx.primary
        if primary is None or not primary.matched:
            return None
        year = year_named(window, self.current_year())
        return None if year is None else self.matcher.recurring(primary, year)

    def _committee_vote(self) -> ResolutionRef | None:
        """The one committee vote the article reports beside its plenary one, if one
        ("voted no in committee" then names it)."""
        found = {
            ref.key: ref
            for ref in self.ctx.all_refs()
            if _COMMITTEE_VOTE.search(f"{ref.key} {ref.symbol or ref.draft_symbol or ''}")
        }
        primary = self.ctx.primary
        draft = primary.draft_symbol if primary is not None else None
        if not found and draft and _COMMITTEE_VOTE.search(draft):
            # the plenary text's committee draft, voted on as such ("A/C.3/80/L.2")
            record = next((r for r in self.matcher.records if r.symbol == draft), None)
            if record is not None:
                return ref_of(record)
        return next(iter(found.values())) if len(found) == 1 else None

    def window(self, start: int, end: int, sentence: Sentence) -> str:
        """The words from ``start`` to ``end``, a clause about an earlier vote blanked."""
        if start < sentence.start or end > sentence.end:
            return self.doc.norm[start:end]
        text = self.doc.norm[sentence.start : sentence.end]
        spans = self.doc.once(earlier_spans, text)  # (read already by the matcher)
        return self.doc.once(masked, text, spans)[start - sentence.start : end - sentence.start]

    def local_resolution(
        self, start: int, limit: int, sentence: Sentence
    ) -> tuple[ResolutionRef | None, bool]:
        """The resolution for a predicate, and whether its own clause named it."""
        window = self.window(start, limit, sentence)
        if self.matcher.symbols_in(window, start):
            return self.resolution_for(start, limit, sentence), True
        found = self.resolution_for(start, limit, sentence)
        drafted = self.matcher.by_drafter(window, self.doc, found)
        if drafted is not None:
            return drafted, True  # "... and voted for the American one"
        return found, self.matcher.describe(window, self.doc) is not None

    def add(
        self, iso: str, option: Option, ref: ResolutionRef | None, start: int, end: int, rule: str
    ) -> None:
        if ref is None:
            return
        claim = Claim(iso, option, ref, start, end, rule)
        self.claims.append(claim)
        self._by_sentence.setdefault(start, []).append(claim)
        self._claims_of[iso] = self._claims_of.get(iso, 0) + 1
        self._first_option.setdefault((iso, ref.key), option)

    def option_of(self, iso: str, ref: ResolutionRef | None) -> Option | None:
        """The option of the first claim of ``iso`` on ``ref``."""
        return None if ref is None else self._first_option.get((iso, ref.key))

    def reindex_options(self) -> None:
        """After a claim moved to another resolution (rare)."""
        self._first_option = {}
        for c in self.claims:
            self._first_option.setdefault((c.iso, c.resolution.key), c.option)

    def focal(self) -> str | None:
        """The country the article's claims and mentions are most about."""
        counts = {iso: n + self._mentions_of.get(iso, 0) for iso, n in self._claims_of.items()}
        return max(counts, key=lambda k: counts[k]) if counts else None

    def we_country(self, offset: int) -> str | None:
        for q in self.quotes:
            if any(p.start <= offset < p.end for p in q.parts):
                if q.speaker.kind == "country":
                    return q.speaker.name  # "Fiji's ambassador": the quote is the country's
                return self.speaker_country.get(q.speaker.name)
        return None

    # --- the clause's subject ---------------------------------------------------------

    def in_phrase(self, g: Group) -> bool:
        """Whether a group sits in a prepositional phrase ("the war in Ukraine")."""
        text, sentence = self.doc.norm, self.doc.sentence_at(g.start)
        floor = max(g.start - 30, sentence.start if sentence else 0)
        floor = max(floor, text.rfind(";", floor, g.start) + 1)  # a clause of its own
        before = [w for w in re.findall(r"[\w'\-]+", text[floor : g.start].lower()) if w != "the"]
        # "powers such as A", "friends like A", "members including A", "allies of B, including A"
        listed = before[-2:-1] and (before[-2].endswith("s") or "," in text[g.start - 20 : g.start])
        if before[-2:] == ["such", "as"] or (before[-1:] in (["like"], ["including"]) and listed):
            return False
        if len(before) > 1 and before[-1] == "of" and before[-2] in _SPEAKS_FOR:
            return False  # "the delegation of Kenya voted": Kenya's own vote
        return bool(before) and before[-1] in _PREPOSITIONS

    def across_commas(
        self, sentence: Sentence, before: list[Group], start: int
    ) -> tuple[Group, bool] | None:
        """The subject of a verb at ``start`` that a comma-enclosed phrase precedes, and
        whether that phrase is an appositive: "China, a close partner of Russia, chose"
        gives China (appositive); ", Latvia and Estonia, voted" and "all the others,
        including Chile, voted" give the list inside. Dashes enclose a phrase as commas do
        ("Peru and Chile - both close partners - abstained")."""
        text = self.doc.norm
        apos = ENCLOSED_BEFORE.search(text, sentence.start, start)
        if not before or not apos:
            return None
        cut = apos.start()
        straddling = [x for x in before if x.start < cut < x.end]
        if straddling:
            # ", including China, Cuba and Russia, voted": the phrase holds the whole list
            comma = text.rfind(",", sentence.start, straddling[0].start)
            if comma < 0:
                return None
            cut = comma
        if NO_SUBJECT.search(text, sentence.start, cut):
            return None  # "none of the permanent members - including China - vetoed it"
        inner = [x for x in before if x.start >= cut]
        outer = [x for x in before if x.end <= cut]
        rest = re.sub(r"(?:\s*\b(?:also|too|then|again)\b)+\s*$", " ", text[cut:start])  # ("also")
        for x in inner:
            rest = rest.replace(text[x.start : x.end], "")
        only_countries = bool(inner) and not LIST_WORDS.sub("", rest)
        if inner and only_countries:
            return inner[-1], False
        if (
            outer
            and inner
            and _ALONG_WITH.fullmatch(rest)
            and not text[outer[-1].end : cut].strip()
        ):
            # "The US, along with Israel, voted no": both voted
            members = outer[-1].members + [m for g in inner for m in g.members]
            return Group(outer[-1].start, inner[-1].end, members), False
        if outer and GAP_SUBJECT.match(text[outer[-1].end : cut]):
            return outer[-1], True
        return None

    def sentence_subject(self, groups: list[Group], start: int) -> Group | None:
        """The first country group before ``start`` that is not inside a prepositional phrase."""
        text = self.doc.norm
        for g in groups:
            if g.start >= start:
                return None
            if self.in_phrase(g):
                continue
            if re.match(r"\s*(?:'s\b|-)", text[g.end : g.end + 3]):
                continue  # "Russia's invasion", "US-drafted"
            return g
        return None

    @cached_property
    def _names_amendment(self) -> bool:
        return "amendment" in self.lowered_text

    @cached_property
    def lowered_text(self) -> str:
        return unquoted_options(lowered(self.doc.norm))

    def last_claim_before(self, at: int) -> Claim | None:
        earlier = [c for c in self.claims if c.start < at]
        return max(earlier, key=lambda c: c.start) if earlier else None

    def result(self) -> list[VoteClaim]:
        # "despite U.S. opposition" is a weak reading of a vote: where the article states
        # the country's vote on the same text in so many words, that statement stands.
        stated = {(c.iso, c.resolution.key) for c in self.claims if c.rule not in _WEAK_RULES}
        out: dict[tuple[str, str, str], VoteClaim] = {}
        for c in self.claims:
            if (
                c.rule in _WEAK_RULES
                and (c.iso, c.resolution.key) in stated
                and any(
                    d.iso == c.iso
                    and d.resolution.key == c.resolution.key
                    and d.option != c.option
                    and d.rule not in _WEAK_RULES
                    for d in self.claims
                )
            ):
                continue
            key = (c.iso, c.option, c.resolution.key)
            if key not in out:
                out[key] = VoteClaim.trusted(
                    country=c.iso,
                    option=c.option,
                    resolution=c.resolution,
                    evidence=Evidence.at(c.start, c.end, c.rule),
                )
        return list(out.values())


# "Eritrea's neighbour Sudan", "its ally Belarus" after a possessive: one country, the second
_POSSESSOR_OF = re.compile(
    r"['’]s\s+(?:(?:close|old|main|northern|southern|eastern|western)\s+)?"
    r"(?:neighbou?r|ally|partner|rival|friend|patron|client)\s+"
)
# Rules whose reading gives way to a plainer statement of the same vote in the article.
_WEAK_RULES = frozenset({"vote.opposition"})
# the text voted on as such, beside its amendments: "on the resolution", "the draft as a whole"
_ON_THE_TEXT = re.compile(
    r"(?i)\b(?:on|against|for|of)\s+the\s+(?:resolution|text|draft)\b|"
    r"\b(?:resolution|text|draft)\s+as\s+a\s+whole\b"
)
# a relative clause on the voters, with a vote of its own: "..., which had voted against
# the amendment"
_RELATIVE = re.compile(r"(?i),\s*(?:which|who)\b")


def _own_clause_end(window: str) -> int:
    """Where a relative clause that opens after the cue starts, else the window's end."""
    m = _RELATIVE.search(window)
    return m.start() if m else len(window)


_COMMA_AND = re.compile(r"(?i)\s*,\s*and\s+(?:the\s+)?")
_AND = re.compile(r"(?i)\s+and\s+(?:the\s+)?")
_PREPOSITIONS = frozenset(
    """of with to by from against about at for on in into like as than toward towards between
    among under over alongside including""".split()
)


# a name that qualifies others: "Moscow-backed nations", "US-led coalition"
_PATRON = re.compile(r"[-\u2013](?:backed|allied|aligned|led|friendly|leaning|controlled)\b")


def _can_vote(doc: Document, e: EntityMention) -> bool:
    """A mention that can be a voter: not an adjective ("Russian diplomats", "Moscow-backed")."""
    if _PATRON.match(doc.norm, e.end):
        return False
    if e.detail != "demonym":
        return True
    return e.surface.endswith("s") and not doc.norm[e.end : e.end + 1].isalpha()


@dataclass(frozen=True)
class ClaimEvidence:
    """One place where the article makes a vote claim (a claim can be made several times)."""

    country: str
    option: Option
    resolution: ResolutionRef
    start: int
    end: int
    rule: str
