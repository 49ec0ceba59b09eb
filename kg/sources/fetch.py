"""HTTP(S) downloads as a good citizen, with httpx.

Every request has connect and read timeouts, names kg in its User-Agent, follows
at most a few redirects, and stops reading past the size limit. A 429 or 5xx
answer is tried again after a pause that doubles each time, or the one the
server asks for in ``Retry-After`` (capped). Whatever goes wrong becomes one
``InputError`` line naming the URL. How many requests run at once is the
caller's choice (``kg.sources.gather`` runs ``--jobs`` of them).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

from kg import __version__
from kg.errors import InputError
from kg.sources import DEFAULT_MAX_BYTES
from kg.sources.files import size_refusal

USER_AGENT = f"kg/{__version__} (turns news articles into a knowledge graph; python-httpx)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchSettings:
    max_bytes: int = DEFAULT_MAX_BYTES
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    retries: int = 3  # tries after the first, on 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_wait: float = 60.0  # the longest pause, whatever Retry-After asks
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Page:
    """What a URL answered: the final URL (after redirects), media type, charset, body."""

    url: str
    media_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """One HTTP client shared by the threads that fetch (httpx.Client is thread-safe)."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = s = settings or FetchSettings()
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            follow_redirects=True,
            max_redirects=s.max_redirects,
            headers={
                "User-Agent": s.user_agent,
                "Accept": "text/html, application/xhtml+xml, "
                "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1",
            },
            trust_env=False,  # no proxy or netrc from the environment: the URL as given
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Page:
        """The page at ``url``; ``InputError`` (one line) if it cannot be had."""
        retry = _Retry("no answer")
        for attempt in range(self.settings.retries + 1):
            try:
                page, retry = self._once(url)
            except httpx.TooManyRedirects as exc:
                raise InputError(
                    f"{url}: more than {self.settings.max_redirects} redirects (a loop?)"
                ) from exc
            except httpx.TimeoutException as exc:
                raise InputError(f"{url}: timed out ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
            if page is not None:
                return page
            if attempt < self.settings.retries:
                self._sleep(self._pause(attempt, retry))
        raise InputError(f"{url}: {retry.reason}, still after {self.settings.retries} retries")

    def _pause(self, attempt: int, retry: _Retry) -> float:
        wait = retry.after if retry.after is not None else self.settings.backoff * 2**attempt
        return max(0.0, min(wait, self.settings.max_wait))

    def _once(self, url: str) -> tuple[Page | None, _Retry]:
        with self._client.stream("GET", url) as response:
            if response.status_code in RETRY_STATUSES:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                return None, _Retry(reason, retry_after(response.headers.get("Retry-After")))
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                raise InputError(f"{url}: {reason}")
            if response.status_code >= 300:  # a redirect without a place to go
                raise InputError(f"{url}: HTTP {response.status_code} without a Location")
            body = self._body(url, response)
            media_type, charset = content_type(response.headers.get("Content-Type"))
            return Page(str(response.url), media_type, charset, body), _Retry("")

    def _body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(f"{url}: {size_refusal(int(declared), limit)}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(f"{url}: {size_refusal(None, limit)}")
            chunks.append(chunk)
        return b"".join(chunks)


@dataclass(frozen=True)
class _Retry:
    reason: str
    after: float | None = None


def retry_after(value: str | None) -> float | None:
    """The seconds a ``Retry-After`` header asks for (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def content_type(value: str | None) -> tuple[str, str | None]:
    """The media type (lower case) and charset of a ``Content-Type`` header."""
    if not value:
        return "", None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset
