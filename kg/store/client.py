"""HTTP to a SPARQL 1.1 server: where its endpoints are, and requests with one-line errors.

A remote store is named by one base URL (``KG_STORE=http://127.0.0.1:7878``). Queries
go to ``BASE/query`` over the SPARQL 1.1 Protocol and graphs to ``BASE/store`` over
the Graph Store Protocol, which is how Oxigraph's server lays them out. Servers that
lay them out differently are given their endpoints in full:

    KG_STORE_QUERY     the query endpoint      (Fuseki: http://HOST:3030/DATASET/query)
    KG_STORE_GSP       the Graph Store endpoint (Fuseki: http://HOST:3030/DATASET/data)
    KG_STORE_UPDATE    the update endpoint     (Fuseki: http://HOST:3030/DATASET/update)
    KG_STORE_TOKEN     a bearer token sent with every request, or
    KG_STORE_USER, KG_STORE_PASSWORD   HTTP basic authentication
    KG_STORE_TIMEOUT   seconds to wait for an answer (default 120)

Graph IRIs travel as URL-encoded ``graph`` parameters and queries as form fields, so no
value is ever pasted into a URL or a query by hand. Every failure of the network or the
server becomes one line naming the server and what it said.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from kg.errors import QuerySyntaxError, QueryTimeoutError, RemoteStoreError, StoreError

ENV_QUERY = "KG_STORE_QUERY"
ENV_GSP = "KG_STORE_GSP"
ENV_UPDATE = "KG_STORE_UPDATE"
ENV_TOKEN = "KG_STORE_TOKEN"
ENV_USER = "KG_STORE_USER"
ENV_PASSWORD = "KG_STORE_PASSWORD"
ENV_TIMEOUT = "KG_STORE_TIMEOUT"
DEFAULT_TIMEOUT = 120.0
CONNECT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Endpoints:
    """Where a server takes queries and graphs; ``base`` is what kg shows as the store."""

    base: str
    query: str
    graph_store: str
    update: str = ""  # the SPARQL 1.1 Update endpoint; "" for none

    @classmethod
    def from_url(cls, url: str, env: Mapping[str, str] | None = None) -> Endpoints:
        env = os.environ if env is None else env
        base = _checked_url(url.strip(), "the store URL").rstrip("/")
        if httpx.URL(base).query:
            raise StoreError(
                f"the store URL: {url!r} has a query (?...); give the server's base URL"
            )
        query = env.get(ENV_QUERY) or f"{base}/query"
        graph_store = env.get(ENV_GSP) or f"{base}/store"
        update = env.get(ENV_UPDATE) or f"{base}/update"
        return cls(
            base,
            _checked_url(query, ENV_QUERY),
            _checked_url(graph_store, ENV_GSP),
            _checked_url(update, ENV_UPDATE),
        )


def _checked_url(url: str, name: str) -> str:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise StoreError(f"{name}: {url!r} is not a URL ({exc})") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise StoreError(f"{name}: {url!r} is not an http:// or https:// URL with a host")
    if parsed.userinfo:
        raise StoreError(
            f"{name}: put credentials in {ENV_USER} and {ENV_PASSWORD} "
            f"(or {ENV_TOKEN}), not in the URL"
        )
    if parsed.fragment:
        raise StoreError(f"{name}: {url!r} has a fragment (#...); give the endpoint's URL")
    return url


def _timeout(env: Mapping[str, str]) -> float:
    raw = env.get(ENV_TIMEOUT)
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not math.isfinite(seconds) or seconds <= 0:
        raise StoreError(f"{ENV_TIMEOUT} must be a positive number of seconds, not {raw!r}")
    return seconds


def _auth(env: Mapping[str, str]) -> httpx.Auth | None:
    token = env.get(ENV_TOKEN)
    if token:
        return _Bearer(token)
    user = env.get(ENV_USER)
    if user:
        return httpx.BasicAuth(user, env.get(ENV_PASSWORD, ""))
    return None


class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = self._header
        yield request


def _first_line(text: str, limit: int = 200) -> str:
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line:
            return line if len(line) <= limit else line[: limit - 3] + "..."
    return ""


def media_type(response: httpx.Response) -> str:
    """The response's media type, lower case, without parameters ("" if none)."""
    return str(response.headers.get("content-type", "")).split(";")[0].strip().lower()


class SparqlClient:
    """One server's endpoints, spoken to over one HTTP connection pool."""

    def __init__(self, endpoints: Endpoints, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.endpoints = endpoints
        self.timeout = _timeout(env)
        self._http = httpx.Client(
            auth=_auth(env),
            timeout=httpx.Timeout(self.timeout, connect=min(CONNECT_TIMEOUT, self.timeout)),
            headers={"User-Agent": "kg (SPARQL 1.1 Protocol client)"},
        )

    def close(self) -> None:
        self._http.close()

    # --- SPARQL 1.1 Protocol ------------------------------------------------------------

    def query(
        self,
        sparql: str,
        accept: str,
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> httpx.Response:
        """POST a query as a form (the Protocol's most widely supported way)."""
        form: dict[str, Any] = {"query": sparql}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        url = self.endpoints.query
        response = self._send("POST", url, "the query", data=form, headers={"Accept": accept})
        if response.status_code == 400:
            raise QuerySyntaxError(f"invalid SPARQL: {self._message(response)}")
        if response.status_code == 404:
            raise RemoteStoreError(
                f"no SPARQL query endpoint at {url} (404 Not Found); "
                f"check KG_STORE, or set {ENV_QUERY}"
            )
        self._check(response, "the query")
        return response

    def update(self, sparql: str, what: str) -> bool:
        """POST an update (which the server applies as one transaction); False when there
        is no update endpoint at that URL (404, 405), so the caller can do without."""
        if not self.endpoints.update:
            return False
        response = self._send(
            "POST",
            self.endpoints.update,
            what,
            content=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        if response.status_code in (404, 405):
            return False
        self._check(response, what)
        return True

    # --- Graph Store Protocol -------------------------------------------------------------

    def get_graph(self, graph: str, accept: str) -> httpx.Response | None:
        """A graph's content, or None on 404: no such graph, or no graph store at that URL
        (the caller tells the two apart by asking the query endpoint)."""
        response = self._send(
            "GET",
            self.endpoints.graph_store,
            f"reading graph <{graph}>",
            params={"graph": graph},
            headers={"Accept": accept},
        )
        if response.status_code == 404:
            return None
        self._check(response, f"reading graph <{graph}>")
        return response

    def put_graph(self, graph: str, body: bytes, content_type: str) -> None:
        """Replace a graph's content in one request (the server makes it atomic)."""
        self._write("PUT", graph, body, content_type)

    def post_graph(self, graph: str, body: bytes, content_type: str) -> None:
        """Add triples to a graph in one request."""
        self._write("POST", graph, body, content_type)

    def delete_graph(self, graph: str) -> bool:
        """Remove a graph; False on 404 (as for ``get_graph``)."""
        what = f"removing graph <{graph}>"
        response = self._send("DELETE", self.endpoints.graph_store, what, params={"graph": graph})
        if response.status_code == 404:
            return False
        self._check(response, what)
        return True

    def no_graph_store(self) -> RemoteStoreError:
        return RemoteStoreError(
            f"no Graph Store Protocol endpoint at {self.endpoints.graph_store} "
            f"(404 Not Found); set {ENV_GSP}"
        )

    def _write(self, method: str, graph: str, body: bytes, content_type: str) -> None:
        what = f"writing graph <{graph}>"
        response = self._send(
            method,
            self.endpoints.graph_store,
            what,
            params={"graph": graph},
            content=body,
            headers={"Content-Type": content_type},
        )
        if response.status_code == 404:  # PUT and POST create a graph: the URL is wrong
            raise self.no_graph_store()
        self._check(response, what)

    # --- requests and their failures -------------------------------------------------------

    def _send(self, method: str, url: str, what: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            message = (
                f"the SPARQL server at {self.endpoints.base} did not answer {what} "
                f"within {self.timeout:g} s (set {ENV_TIMEOUT} to wait longer)"
            )
            if method == "POST" and url == self.endpoints.query:
                raise QueryTimeoutError(message) from exc
            raise RemoteStoreError(message) from exc
        except httpx.ConnectError as exc:
            reason = _first_line(str(exc)) or type(exc).__name__
            if "refused" in reason.lower():
                reason = "connection refused"
            raise RemoteStoreError(
                f"cannot reach the SPARQL server at {self.endpoints.base}: {reason}"
            ) from exc
        except httpx.HTTPError as exc:
            reason = _first_line(str(exc)) or type(exc).__name__
            raise RemoteStoreError(
                f"the SPARQL server at {self.endpoints.base} failed during {what}: {reason}"
            ) from exc

    def _check(self, response: httpx.Response, what: str) -> None:
        status = response.status_code
        if status < 300:
            return
        if status in (401, 403):
            raise RemoteStoreError(
                f"the SPARQL server at {self.endpoints.base} refused {what} ({status} "
                f"{response.reason_phrase}); set {ENV_TOKEN}, or {ENV_USER} and {ENV_PASSWORD}"
            )
        detail = self._message(response)
        raise RemoteStoreError(
            f"the SPARQL server at {self.endpoints.base} answered {what} with {status} "
            f"{response.reason_phrase}" + (f": {detail}" if detail else "")
        )

    @staticmethod
    def _message(response: httpx.Response) -> str:
        """The first line of the server's own message (an HTML page is not quoted)."""
        if media_type(response) in ("text/html", "application/xhtml+xml"):
            return "(an HTML page)"
        return _first_line(response.content.decode("utf-8", errors="replace"))
