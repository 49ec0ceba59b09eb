"""A reader's path through the site in headless Chromium (Playwright driving Debian's
chromium): landing page, actor search, a person, one of their quotes, its article,
then a saved query run from its form. Screenshots go to tests/_artifacts/.

Skipped when Chromium or Playwright is missing, unless KG_REQUIRE_BROWSER=1 (CI),
in which case their absence fails the test.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import REPO, Server, kg

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "tests" / "_artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  # optional, checked above

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=str(CHROMIUM),
            args=ARGS,
            headless=True,
            viewport={"width": 1200, "height": 900},
        )
        try:
            page = context.new_page()
            page.set_default_timeout(30_000)
            yield page
        finally:
            context.close()


def test_a_reader_follows_links_from_search_to_article_and_runs_a_saved_query(
    browser_page: Any, server: Server
) -> None:
    page = browser_page
    ARTIFACTS.mkdir(exist_ok=True)

    page.goto(server.url + "/")
    assert "Actors, statements and votes" in page.inner_text("h1")
    page.fill("#actor-search input[name=q]", "rice")
    page.click("#actor-search button")
    page.wait_for_url("**/search?q=rice")

    page.click("text=Susan E. Rice")
    page.wait_for_url("**/id/person/susan-rice")
    assert page.inner_text("h1").startswith("Susan E. Rice")

    quote = page.locator("article.quote blockquote a").first
    quote_text = quote.inner_text()
    quote.click()
    page.wait_for_url("**/quote/**")
    assert page.inner_text("blockquote.quote-text") == quote_text
    page.screenshot(path=str(ARTIFACTS / "quote.png"), full_page=True)

    page.click("text=see it in the text")
    page.wait_for_url("**/id/article/*#q-*")
    marked = page.locator("div.article-text mark:target")
    assert quote_text.strip('“”" ,') in marked.inner_text()
    page.screenshot(path=str(ARTIFACTS / "article.png"))

    page.goto(server.url + "/")
    page.click("a[href='/queries/quotes-by-actor']")
    page.fill("#query-form input[name=actor]", "Rice")
    page.click("#query-form button")
    page.wait_for_url("**/queries/quotes-by-actor?actor=Rice")
    rows = page.locator("table.results tbody tr")
    expected = json.loads(
        kg(
            "query", "quotes-by-actor", "-p", "actor=Rice", "--format", "json", store=server.store
        ).stdout
    )
    assert rows.count() == len(expected) > 0
    assert "Susan E. Rice" in rows.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "saved-query.png"), full_page=True)
    assert (ARTIFACTS / "saved-query.png").stat().st_size > 0
