"""Which saved queries a SPARQL 1.1 server can run (docs/remote-store.md).

rdflib's parser knows SPARQL 1.1 and nothing more, so it stands in for a server without
Oxigraph's and Jena's extensions. Only the queries docs/remote-store.md names may need
one: a new query that does fails here until the docs say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyparsing import ParseException
from rdflib.plugins.sparql import prepareQuery

from kg.resources import sparql_dir

# The saved queries written with LATERAL (SPARQL 1.2 proposal; Oxigraph, Jena >= 4.7.0).
NEEDS_LATERAL = {"claims-vs-record"}

_TEXTS = sorted([*Path(sparql_dir()).glob("*.rq"), *Path(sparql_dir()).glob("pages/*.rq")])


def _parses(text: str) -> bool:
    try:
        prepareQuery(text)
    except ParseException:  # rdflib's parser (pyparsing) found no SPARQL 1.1 query
        return False
    return True


@pytest.mark.parametrize("path", _TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_saved_query_is_sparql_1_1_unless_the_docs_say_otherwise(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.stem in NEEDS_LATERAL:
        assert "LATERAL" in text, f"{path.name} no longer needs LATERAL: update the docs"
        assert not _parses(text)
    else:
        assert _parses(text), f"{path.name} is not SPARQL 1.1"


def test_the_docs_name_the_queries_that_need_lateral() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "remote-store.md").read_text("utf-8")
    for name in NEEDS_LATERAL:
        assert f"`{name}` is written with `LATERAL`" in docs
