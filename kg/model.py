"""What the extractor finds in one article, as immutable pydantic models.

These models are the boundary between ``kg.extract`` (text in, ``Facts`` out) and
``kg.graph.article`` (``Facts`` in, quads out). Every fact carries the character span of
its evidence in the original text and the name of the rule that produced it, so
that any answer can be traced back to the sentence it came from.

This module imports nothing of kg's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

Option = Literal["yes", "no", "abstain"]
Polarity = Literal["criticizes", "supports"]
ActorKind = Literal["person", "organization", "country"]
CountryMentionKind = Literal["name", "un-name", "code", "demonym", "capital", "metonym"]

OPTIONS: tuple[Option, ...] = ("yes", "no", "abstain")
POLARITIES: tuple[Polarity, ...] = ("criticizes", "supports")


M = TypeVar("M", bound=BaseModel)

if TYPE_CHECKING:

    class _Constructor:
        """How mypy sees ``Model.trusted``: as the model's own constructor, so a call
        with a misspelt, missing or wrongly typed field is an error (the pydantic
        plugin types the constructor's fields); at run time it is the classmethod."""

        def __get__(self, instance: object, owner: type[M]) -> type[M]: ...


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    if TYPE_CHECKING:
        trusted: ClassVar[_Constructor]
    else:

        @classmethod
        def trusted(cls, **values: Any) -> Self:
            """The model of values the extractor computed itself, built without
            validation: validating what it made itself took a good share of the
            extractor's time. Every field must be given, in the order the model declares
            them (its JSON keeps that order); the values are not checked at run time
            (mypy checks each call's fields and their types, see ``_Constructor``, and
            tests/extract/test_pipeline.py re-validates what the extractor builds from
            the sample and fixture articles)."""
            order = _FIELD_ORDER.get(cls)
            if order is None:
                order = _FIELD_ORDER[cls] = tuple(cls.model_fields)
            if tuple(values) != order:
                raise TypeError(f"{cls.__name__}.trusted takes {', '.join(order)}, in that order")
            return _trusted(cls, values)


_FIELD_ORDER: dict[type[BaseModel], tuple[str, ...]] = {}

# BaseModel's slots, set through their descriptors (a frozen model refuses setattr)
_SET_FIELDS = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _trusted(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for a model whose every field is given: what
    model_construct does, without its generic field handling (a third of the extractor's
    model-building time). The tests check it against the validating constructor."""
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    _SET_FIELDS(model, set(values))
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


class Span(Frozen):
    """Half-open character offsets ``[start, end)`` into the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    @classmethod
    def at(cls, start: int, end: int) -> Span:
        """A span from offsets the extractor computed itself (checked, not re-validated)."""
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}:{end}]")
        return _trusted(cls, {"start": start, "end": end})


class Evidence(Frozen):
    """Where a fact was read and which rule read it."""

    span: Span
    rule: str

    @classmethod
    def at(cls, start: int, end: int, rule: str) -> Evidence:
        """Evidence from offsets the extractor computed itself (checked, not re-validated:
        the extractor builds hundreds of these per article)."""
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}:{end}] for {rule}")
        return _trusted(cls, {"span": _trusted(Span, {"start": start, "end": end}), "rule": rule})


class CountryMention(Frozen):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    surface: str
    kind: CountryMentionKind
    evidence: Evidence

    @classmethod
    def at(
        cls, iso3: str, surface: str, kind: CountryMentionKind, evidence: Evidence
    ) -> CountryMention:
        """A mention of a reference country the gazetteer found (the code is the
        reference's own, so not re-validated: there are dozens per article)."""
        return _trusted(cls, {"iso3": iso3, "surface": surface, "kind": kind, "evidence": evidence})


class Organization(Frozen):
    name: str
    kind: str
    country: str | None = None
    mentions: tuple[Evidence, ...]


class Role(Frozen):
    """A position a person holds, as the article states it."""

    label: str
    title: str | None = None
    organization: str | None = None
    jurisdiction: str | None = None
    region: str | None = None
    party: str | None = None
    former: bool = False
    evidence: Evidence


class Person(Frozen):
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    party: str | None = None
    country: str | None = None
    mentions: tuple[Evidence, ...]


class ActorRef(Frozen):
    """A pointer to a person, organization or country by its canonical name.

    For a country ``name`` is its ISO 3166-1 alpha-3 code.
    """

    kind: ActorKind
    name: str


class ResolutionRef(Frozen):
    """A resolution as an article refers to it.

    ``key`` is the canonical identifier: the adopted symbol when known, else the
    draft symbol, else a slug minted from the article's description.
    """

    key: str
    symbol: str | None = None
    draft_symbol: str | None = None
    body: str | None = None
    date: str | None = None
    description: str | None = None
    matched: bool = False


class Quote(Frozen):
    text: str
    parts: tuple[Span, ...]
    speaker: ActorRef
    partial: bool
    evidence: Evidence

    @model_validator(mode="after")
    def _has_parts(self) -> Quote:
        if not self.parts:
            raise ValueError("a quote has at least one part")
        return self


class VoteTarget(Frozen):
    """Whose vote, on which resolution (``None`` when the text does not say)."""

    voter: str = Field(pattern=r"^[A-Z]{3}$")
    resolution: ResolutionRef | None = None


class Stance(Frozen):
    holder: ActorRef
    polarity: Polarity
    target: VoteTarget
    evidence: Evidence
    cue: str


class VoteClaim(Frozen):
    country: str = Field(pattern=r"^[A-Z]{3}$")
    option: Option
    resolution: ResolutionRef
    evidence: Evidence


class Tally(Frozen):
    resolution: ResolutionRef
    yes: int | None = Field(default=None, ge=0)
    no: int | None = Field(default=None, ge=0)
    abstain: int | None = Field(default=None, ge=0)
    evidence: Evidence

    @model_validator(mode="after")
    def _some_count(self) -> Tally:
        if self.yes is None and self.no is None and self.abstain is None:
            raise ValueError("a tally states at least one count")
        return self


class Facts(Frozen):
    """Everything extracted from one article."""

    title: str | None = None
    persons: tuple[Person, ...] = ()
    countries: tuple[CountryMention, ...] = ()
    organizations: tuple[Organization, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    votes: tuple[VoteClaim, ...] = ()
    tallies: tuple[Tally, ...] = ()
    resolutions: tuple[ResolutionRef, ...] = ()
    issues: tuple[str, ...] = ()


class ArticleMeta(Frozen):
    """What is known of an article besides its text: from a page's metadata, a feed
    entry, a news-API record or a text file's header. Every field is optional."""

    headline: str | None = Field(default=None, min_length=1)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")  # published
    authors: tuple[Annotated[str, Field(min_length=1)], ...] = ()
    publisher: str | None = Field(default=None, min_length=1)
    url: str | None = Field(default=None, pattern=r"^https?://[^\s<>\"{}|\\^`]+$")
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


class ArticleSource(Frozen):
    """Where an article's text came from, as recorded in its provenance."""

    text: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str
    ingested_at: str
    meta: ArticleMeta = ArticleMeta()


# --- reference data ------------------------------------------------------------------


class CountryRecord(Frozen):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    un_name: str
    common_name: str
    wikidata: str | None = None
    capital: str | None = None
    member: Literal["yes", "observer"]


class CountryAlias(Frozen):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    alias: str
    kind: CountryMentionKind


class OrganizationRecord(Frozen):
    name: str
    aliases: tuple[str, ...] = ()
    kind: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    parent: str | None = None
    wikidata: str | None = None


class PartyRecord(Frozen):
    name: str
    aliases: tuple[str, ...] = ()
    country: str = Field(pattern=r"^[A-Z]{3}$")
    letter: str | None = None


class RegionRecord(Frozen):
    """A first-level subdivision used in titles such as "R-Neb." (a US state)."""

    name: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    abbreviations: tuple[str, ...] = ()


class ResolutionRecord(Frozen):
    symbol: str
    draft_symbol: str | None = None
    body: Literal["UNGA", "UNSC", "HRC"]
    date: str
    title: str
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    non_voting: int | None = None
    adopted: bool = True
    sponsor: str | None = None
    keywords: tuple[str, ...] = ()
    sponsor_countries: tuple[str, ...] = ()
    tally_note: str | None = None  # how the tally was established, when not official


class RecordedVote(Frozen):
    resolution: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    option: Option | Literal["non-voting"]
    confidence: str | None = None
    source: str | None = None
    note: str | None = None


class GroupRecord(Frozen):
    """A group of States (G7, EU, NATO) and its members as of a date."""

    name: str
    members: tuple[Annotated[str, Field(pattern=r"^[A-Z]{3}$")], ...]
    usual_allies: bool = False
    as_of: str | None = None
    source: str | None = None


class Reference(Frozen):
    """All reference data, as read from data/reference/."""

    countries: tuple[CountryRecord, ...]
    aliases: tuple[CountryAlias, ...]
    organizations: tuple[OrganizationRecord, ...]
    parties: tuple[PartyRecord, ...]
    regions: tuple[RegionRecord, ...]
    resolutions: tuple[ResolutionRecord, ...]
    votes: tuple[RecordedVote, ...]
    digest: str
    groups: tuple[GroupRecord, ...] = ()
