"""Facts the two sample articles state, checked in the graph kg builds from them.

Each expectation is a fact a careful reader takes from the article (our reading, not
the extractor's). Those the extractor gets wrong today are marked xfail with what goes
wrong: they are known gaps of kg/extract, kept visible until it reads them right. xfail is
strict (pyproject.toml): once the extractor reads one right, its mark must go.
"""

from __future__ import annotations

import pytest

from kg.views.queries import run_saved
from tests.support import Corpus, bound

BIG = "000_7e07d1f34e2d32f7"  # opinion piece on the US vote against the Ukraine resolution
SMALL = "004_7f33e2db56b191e3"  # blog post on the same day's General Assembly and Council votes
UKRAINE, US_TEXT, COUNCIL = "A/RES/ES-11/7", "A/RES/ES-11/8", "S/RES/2774 (2025)"


def claims(corpus: Corpus, stem: str) -> set[tuple[str, str, str]]:
    graph = corpus.article(stem).graph
    return {
        (r["country"].value, r["option"].value, r["resolution"].value)  # type: ignore[union-attr]
        for r in run_saved(corpus.store, "vote-claims").dicts()
        if r["article"] is not None and r["article"].value == graph
    }


def gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=f"extraction: {reason}")


@pytest.mark.parametrize(
    ("stem", "claim"),
    [
        pytest.param(BIG, ("USA", "no", UKRAINE), id="big-USA-no-ukraine"),
        pytest.param(BIG, ("RUS", "no", UKRAINE), id="big-RUS-no-ukraine"),
        pytest.param(BIG, ("PRK", "no", UKRAINE), id="big-PRK-no-ukraine"),
        pytest.param(BIG, ("BLR", "no", UKRAINE), id="big-BLR-no-ukraine"),
        pytest.param(BIG, ("SDN", "no", UKRAINE), id="big-SDN-no-ukraine"),
        *(
            pytest.param(BIG, (c, "yes", UKRAINE), id=f"big-{c}-yes-ukraine")
            for c in ("GBR", "FRA", "DEU", "CAN", "ITA", "JPN")
        ),
        *(
            pytest.param(
                BIG,
                (c, "yes", COUNCIL),
                id=f"big-{c}-yes-council",
                marks=gap(
                    "'the United States, China, and Russia were in agreement' on the "
                    "Council text is not read as three yes votes"
                ),
            )
            for c in ("USA", "CHN", "RUS")
        ),
        *(
            pytest.param(BIG, (c, "abstain", COUNCIL), id=f"big-{c}-abstain-council")
            for c in ("GBR", "FRA")
        ),
        pytest.param(SMALL, ("USA", "no", UKRAINE), id="small-USA-no-ukraine"),
        *(
            pytest.param(SMALL, (c, "no", UKRAINE), id=f"small-{c}-no-ukraine")
            for c in ("RUS", "PRK", "IRN")
        ),
        pytest.param(SMALL, ("CHN", "abstain", UKRAINE), id="small-CHN-abstain-ukraine"),
        pytest.param(SMALL, ("USA", "abstain", US_TEXT), id="small-USA-abstain-us-text"),
        *(
            pytest.param(SMALL, (c, "abstain", COUNCIL), id=f"small-{c}-abstain-council")
            for c in ("GBR", "FRA")
        ),
    ],
)
def test_the_article_claims_this_vote(
    stem: str, claim: tuple[str, str, str], corpus: Corpus
) -> None:
    assert claim in claims(corpus, stem)


@pytest.mark.parametrize(
    ("stem", "claim"),
    [
        pytest.param(BIG, ("GBR", "abstain", UKRAINE), id="big-GBR-abstain-ukraine"),
        pytest.param(BIG, ("FRA", "abstain", UKRAINE), id="big-FRA-abstain-ukraine"),
        pytest.param(SMALL, ("RUS", "abstain", UKRAINE), id="small-RUS-abstain-ukraine"),
        pytest.param(SMALL, ("USA", "no", US_TEXT), id="small-USA-no-us-text"),
    ],
)
def test_the_article_does_not_claim_this_vote(
    stem: str, claim: tuple[str, str, str], corpus: Corpus
) -> None:
    assert claim not in claims(corpus, stem)


def test_roles_are_positions_not_actions(corpus: Corpus) -> None:
    roles = {
        bound(r["role"])
        for r in run_saved(corpus.store, "persons").dicts()
        if r["role"] is not None
    }
    assert not [r for r in roles if r.lower().startswith(("stunned", "voted", "said"))]


def test_the_stances_of_the_sample_articles(corpus: Corpus) -> None:
    stances = {
        (
            bound(r["actor"]),
            bound(r["stance"]),
            bound(r["voter"]),
            bound(r["resolution"]) if r["resolution"] else None,
        )
        for r in run_saved(corpus.store, "stances").dicts()
    }
    assert stances == {
        ("Susan E. Rice", "criticizes", "USA", UKRAINE),
        ("John Curtis", "criticizes", "USA", UKRAINE),
        ("Don Bacon", "criticizes", "USA", UKRAINE),
        ("Karoline Leavitt", "supports", "USA", UKRAINE),
        ("Dorothy Shea", "supports", "USA", US_TEXT),
    }


def test_the_tallies_of_the_small_article(corpus: Corpus) -> None:
    graph = corpus.article(SMALL).graph
    tallies = {
        (
            bound(r["resolution"]),
            *(bound(r[k]) if r[k] else None for k in ("yes", "no", "abstain")),
        )
        for r in run_saved(corpus.store, "tallies").dicts()
        if bound(r["article"]) == graph
    }
    assert tallies == {(UKRAINE, "93", "18", None), (COUNCIL, "10", None, "5")}
