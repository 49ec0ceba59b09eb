"""A small news site of our own writing, served on 127.0.0.1 for the web ingest tests.

``serve_site()`` starts a threaded HTTP server on a free loopback port and returns
a ``Site``: its base URL, the routes it answers, and the requests it received.
Every page's article and every word of boilerplate around it were written for
these tests. The boilerplate names countries (Brazil, Japan, Kenya, Norway,
Argentina, Canada, Australia) that no article here names, so a test can tell
page furniture that reached the graph.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOILERPLATE_COUNTRIES = frozenset({"BRA", "JPN", "KEN", "NOR", "ARG", "CAN", "AUS"})

ARTICLE_PARAGRAPHS = (
    "The General Assembly adopted a resolution on water security on Tuesday by a "
    "recorded vote of 131 to 6, with 22 abstentions.",
    '"Clean rivers are not a favour we ask of our neighbours," said Ilse Varga, the '
    "ambassador of Hungary, after France and Mexico spoke in support of the text.",
    "Egypt voted against the resolution, arguing that the draft ignored the needs of "
    "downstream states. Delegates said talks on a second text would resume next month.",
)


def page(
    paragraphs: tuple[str, ...] | list[str],
    *,
    headline: str,
    byline: str | None = None,
    date: str | None = None,
    canonical: str | None = None,
    publisher: str = "The Harbour Courier",
    lang: str = "en",
    charset: str | None = "utf-8",
) -> str:
    """A news page: navigation, the article, related links, comments and a footer."""
    head = [f"<title>{headline} | {publisher}</title>"]
    if charset:
        head.append(f'<meta charset="{charset}">')
    head.append(f'<meta property="og:site_name" content="{publisher}">')
    head.append(f'<meta property="og:title" content="{headline}">')
    if byline:
        head.append(f'<meta name="author" content="{byline}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T08:30:00Z">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    by = f'<p class="byline">By {byline}</p>' if byline else ""
    return f"""<!doctype html>
<html lang="{lang}"><head>{"".join(head)}</head><body>
<header><nav><a href="/">Front page</a> <a href="/brazil">Brazil</a>
<a href="/japan">Japan elections</a> <a href="/kenya">Kenya safari deals</a></nav>
<div class="ticker">Markets: Norway krone steady, Argentina bonds rally</div></header>
<main><article><h1>{headline}</h1>{by}
{body}
<figure><img src="/x.jpg" alt=""><figcaption>Delegates leave the hall. Photo: Canada
Press Agency</figcaption></figure>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Canada opens new rail line</a></li>
<li><a href="/b">Australia beats Japan in the final</a></li>
<li><a href="/c">Brazil cuts interest rates again</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>Reader from Norway: great piece, but what
about Kenya?</p></section>
<footer><p>The Harbour Courier, with offices in Canada and Australia. All rights
reserved. Subscribe for news from Argentina to Japan.</p></footer>
</body></html>"""


def feed(base: str, entries: list[tuple[str, str, str, str]]) -> str:
    """An RSS 2.0 feed of (path, title, RFC 2822 date, author) entries."""
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><pubDate>{date}</pubDate>"
        f"<author>{author}</author></item>"
        for path, title, date, author in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>The Harbour Courier: World</title><link>{base}/</link>"
        f"<description>World news</description>{items}</channel></rss>"
    )


Handler = Callable[[BaseHTTPRequestHandler, "Site"], None]


@dataclass
class Site:
    base: str = ""
    routes: dict[str, Handler] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def answer(handler: BaseHTTPRequestHandler, _site: Site) -> None:
            handler.send_response(status)
            if content_type:
                handler.send_header("Content-Type", content_type)
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)

        self.routes[path] = answer


def _handler_class(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            route(self, site)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: the tests read what they need from ``site``

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A test site whose clients hang up on purpose (a page too large, a timeout): the
    broken connection is expected, and its traceback would land in the stderr that the
    CLI tests read (click's runner swaps sys.stderr for the whole process)."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve_site() -> Iterator[Site]:
    site = Site()
    server = _QuietServer(("127.0.0.1", 0), _handler_class(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def slow(seconds: float) -> Handler:
    """A page whose headers come only after ``seconds`` (a read timeout)."""

    def answer(handler: BaseHTTPRequestHandler, _site: Site) -> None:
        time.sleep(seconds)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def endless(chunk: bytes = b"<p>" + b"x" * 8189 + b"</p>") -> Handler:
    """A page sent in chunks without a Content-Length, far past any size limit."""

    def answer(handler: BaseHTTPRequestHandler, _site: Site) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        try:
            for _ in range(2000):  # 16 MB at most: bounded even if the client never stops
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit, as it should

    return answer


def redirect(target: str, status: int = 302) -> Handler:
    def answer(handler: BaseHTTPRequestHandler, _site: Site) -> None:
        handler.send_response(status)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


def busy_then(times: int, then: Handler, status: int = 503, retry_after: str = "0") -> Handler:
    """``status`` (with Retry-After) for the first ``times`` requests, then ``then``."""
    served = Counter[str]()

    def answer(handler: BaseHTTPRequestHandler, site: Site) -> None:
        served[handler.path] += 1
        if served[handler.path] <= times:
            handler.send_response(status)
            handler.send_header("Retry-After", retry_after)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        then(handler, site)

    return answer
