"""HTML pages: the Jinja2 environment (autoescaping everything) and what templates call.

Every value a template shows is escaped by Jinja2's autoescape, so text from an
article (a quote with ``<script>`` in it) renders as text. IRIs under the served
base become links into this server (``https://kg.example/id/x`` -> ``/id/x``);
other http(s) IRIs link out; anything else is not a link.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

TEMPLATES = Path(__file__).parent / "templates"

# Shortened display of well-known namespaces in tables of statements.
_CURIES = {
    "https://kg.example/ontology#": "kg:",
    "http://schema.org/": "schema:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}


@dataclass(frozen=True)
class Cell:
    """One value of a results table: its text, and where it links to (if anywhere)."""

    text: str
    href: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Table:
    variables: list[str]
    rows: list[list[Cell | None]]
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


class Pages:
    """Renders the templates of ``kg/server/templates`` for one server."""

    def __init__(self, id_base: str) -> None:
        self.id_base = id_base
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(href=self.href, short=self.short, curie=curie, id_base=id_base)

    def href(self, iri: str | None) -> str | None:
        """Where a link to ``iri`` should go, or None if it should not be a link."""
        if not iri:
            return None
        if iri.startswith(self.id_base):
            return "/id/" + iri[len(self.id_base) :]
        if iri.startswith(("http://", "https://")):
            return iri
        return None

    def short(self, iri: str) -> str:
        """An IRI as a reader wants to see it: the part after the served base."""
        if iri.startswith(self.id_base):
            return iri[len(self.id_base) :]
        return curie(iri)

    def render(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        html = self.env.get_template(template).render(request=request, **context)
        return HTMLResponse(html, status_code=status, headers={"Vary": "Accept"})

    def results_table(self, body: bytes, limit: int) -> Table:
        """SPARQL JSON results as a table of linked cells (at most ``limit`` rows)."""
        data = json.loads(body)
        variables = list(data.get("head", {}).get("vars", []))
        bindings = data.get("results", {}).get("bindings", [])
        rows = [[self._cell(b.get(v)) for v in variables] for b in bindings[:limit]]
        return Table(variables, rows, len(bindings))

    def _cell(self, value: dict[str, str] | None) -> Cell | None:
        if value is None:
            return None
        text = value.get("value", "")
        if value.get("type") == "uri":
            return Cell(self.short(text), self.href(text), text)
        if value.get("type") == "bnode":
            return Cell("_:" + text)
        title = value.get("datatype") or (f"@{value['xml:lang']}" if "xml:lang" in value else None)
        return Cell(text, None, title)


def curie(iri: str) -> str:
    for namespace, prefix in _CURIES.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace) :]
    return iri
