"""Fetching as a good citizen, and reading pages: kg.sources.fetch, pages, meta, gather.

Against the loopback site of tests/web_site.py: retries on 429/5xx with the pause
the server asks for (capped), bounded redirects and concurrency, the User-Agent;
and the small readers of dates, bylines, content types and declared encodings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from kg.errors import InputError
from kg.sources import Failure, Input
from kg.sources.fetch import Fetcher, FetchSettings, content_type, retry_after
from kg.sources.gather import Options, gather
from kg.sources.meta import make_meta, parse_date, split_authors
from kg.sources.pages import decode_page, extract_page
from tests.web_site import ARTICLE_PARAGRAPHS, Site, busy_then, page, redirect, serve_site

QUICK = FetchSettings(connect_timeout=2, read_timeout=2, retries=3, backoff=0.01, max_wait=0.05)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as served:
        served.add("/article.html", page(ARTICLE_PARAGRAPHS, headline="Water text"))
        yield served


def fetcher(pauses: list[float], **changes: float) -> Fetcher:
    settings = FetchSettings(**{**QUICK.__dict__, **changes})
    return Fetcher(settings, sleep=pauses.append)


def test_a_busy_server_is_asked_again_after_the_pause_it_names(site: Site) -> None:
    article = site.routes["/article.html"]
    site.routes["/busy.html"] = busy_then(2, article, status=503, retry_after="0")
    pauses: list[float] = []
    with fetcher(pauses) as f:
        got = f.get(site.url("/busy.html"))
    assert got.media_type == "text/html" and b"Water text" in got.body
    assert site.hits["/busy.html"] == 3
    assert pauses == [0.0, 0.0]  # Retry-After: 0, honoured


def test_without_retry_after_the_pause_doubles(site: Site) -> None:
    def no_header(handler: BaseHTTPRequestHandler, _site: Site) -> None:
        handler.send_response(502)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    site.routes["/down.html"] = no_header
    pauses: list[float] = []
    with fetcher(pauses, max_wait=10) as f, pytest.raises(InputError) as caught:
        f.get(site.url("/down.html"))
    assert (
        str(caught.value)
        == f"{site.url('/down.html')}: HTTP 502 Bad Gateway, still after 3 retries"
    )
    assert pauses == [0.01, 0.02, 0.04]
    assert site.hits["/down.html"] == 4


def test_a_long_retry_after_is_capped(site: Site) -> None:
    site.routes["/limited.html"] = busy_then(5, site.routes["/article.html"], 429, "3600")
    pauses: list[float] = []
    with fetcher(pauses, retries=1) as f, pytest.raises(InputError, match="HTTP 429"):
        f.get(site.url("/limited.html"))
    assert pauses == [0.05]  # max_wait, not an hour


def test_a_404_is_not_tried_again(site: Site) -> None:
    pauses: list[float] = []
    with fetcher(pauses) as f, pytest.raises(InputError, match="HTTP 404"):
        f.get(site.url("/gone.html"))
    assert site.hits["/gone.html"] == 1 and pauses == []


def test_redirects_are_followed_a_few_times_only(site: Site) -> None:
    for hop in range(4):
        site.routes[f"/hop{hop}"] = redirect(f"/hop{hop + 1}")
    site.routes["/hop4"] = redirect("/article.html")
    with fetcher([], max_redirects=5) as f:
        assert f.get(site.url("/hop0")).url == site.url("/article.html")
    with fetcher([], max_redirects=3) as f, pytest.raises(InputError, match="more than 3"):
        f.get(site.url("/hop0"))


def test_downloads_at_once_are_bounded_by_jobs(site: Site) -> None:
    lock = threading.Lock()
    now = {"in": 0, "most": 0}
    body = page(ARTICLE_PARAGRAPHS, headline="Same").encode()

    def counted(handler: BaseHTTPRequestHandler, _site: Site) -> None:
        with lock:
            now["in"] += 1
            now["most"] = max(now["most"], now["in"])
        time.sleep(0.05)
        with lock:
            now["in"] -= 1
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    for n in range(12):
        site.routes[f"/p{n}.html"] = counted
    urls = [site.url(f"/p{n}.html") for n in range(12)]
    items = list(gather(urls, options=Options(jobs=3, fetch=QUICK)))
    assert [i.source for i in items] == urls  # in input order
    assert all(isinstance(i, Input) for i in items)
    assert 1 <= now["most"] <= 3


def test_the_user_agent_names_kg(site: Site) -> None:
    with fetcher([]) as f:
        f.get(site.url("/article.html"))
    assert site.agents[-1].startswith("kg/")


def test_a_page_without_an_article(site: Site) -> None:
    site.add("/empty.html", "<html><head><title>Soon</title></head><body></body></html>")
    [item] = gather([site.url("/empty.html")], options=Options(fetch=QUICK))
    assert isinstance(item, Failure) and item.message == "no article text found in the page"


def test_a_host_name_is_no_publisher(site: Site) -> None:
    [item] = gather([site.url("/article.html")], options=Options(fetch=QUICK))
    assert isinstance(item, Input) and item.meta.publisher == "The Harbour Courier"
    bare = page(ARTICLE_PARAGRAPHS, headline="Water text").replace("og:site_name", "x")
    site.add("/bare.html", bare)
    [item] = gather([site.url("/bare.html")], options=Options(fetch=QUICK))
    assert isinstance(item, Input) and item.meta.publisher is None


# --- small readers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T23:30:00-05:00", "2025-03-04"),
        ("Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"),
        ("2025-02-30", None),
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Lena Moss", ("Lena Moss",)),
        ("Lena Moss and Omar Diallo", ("Lena Moss", "Omar Diallo")),
        ("Lena Moss, Omar Diallo and Yuki Sato", ("Lena Moss", "Omar Diallo", "Yuki Sato")),
        ("Lena Moss; Omar Diallo", ("Lena Moss", "Omar Diallo")),
        ("Moss, Lena", ("Moss, Lena",)),
        ("  ", ()),
    ],
)
def test_split_authors(byline: str, names: tuple[str, ...]) -> None:
    assert split_authors(byline) == names


def test_unreadable_metadata_is_left_out() -> None:
    meta = make_meta(url="javascript:alert(1)", language="English!", date="soon", headline=" ")
    assert meta.url is None and meta.language is None and meta.date is None
    assert meta.headline is None


def test_content_type_and_retry_after() -> None:
    assert content_type('text/HTML; Charset="ISO-8859-1"') == ("text/html", "ISO-8859-1")
    assert content_type(None) == ("", None)
    assert retry_after("7") == 7.0
    assert retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


def test_declared_encodings_are_used() -> None:
    html = "<p>Caf\xe9</p>"
    assert decode_page(html.encode("latin-1"), "x", "iso-8859-1") == html
    meta = f'<meta charset="windows-1252">{html}'
    assert decode_page(meta.encode("cp1252"), "x") == meta
    with pytest.raises(InputError, match="unknown encoding"):
        decode_page(b"<p>x</p>", "x", "no-such-charset")
    with pytest.raises(InputError, match="undeclared encoding"):
        decode_page(html.encode("latin-1"), "x")


def test_extraction_is_the_same_every_time() -> None:
    html = page(ARTICLE_PARAGRAPHS, headline="Water text", byline="Ilse Varga", date="2025-03-04")
    first = extract_page(html, "a.html")
    assert all(extract_page(html, "a.html") == first for _ in range(3))
    # the headline and the paragraphs; no byline line, caption, links, comments or footer
    assert first.text == "Water text\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS) + "\n"
