"""Keeping a store's reference and ontology graphs current.

Opening a writable store checks a digest of data/reference and ontology/kg.ttl
against the one recorded in the reference graph and reloads both graphs when they
differ. The check is cheap; the reload (and the imports it needs) happens only
when something changed. The reference graph is the bundled reference data plus the
resolutions and votes imported into the store (kg.reference.imported), which a reload reads
from the graph first and keeps.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg import iri
from kg.errors import KgError
from kg.graph.reference import reference_quads
from kg.reference.imported import StoredImport, apply_imports, import_quads, read_imports
from kg.reference.load import load_reference
from kg.resources import digest_of, ontology_dir, reference_dir
from kg.store.backend import KgStore
from kg.terms import IRI, Literal, Quad
from kg.vocab import KG

if TYPE_CHECKING:
    from kg.model import Reference


def ensure_reference(
    store: KgStore,
    reference: Reference | None = None,
    *,
    imports: Sequence[StoredImport] | None = None,
) -> bool:
    """Load (or reload) the reference and ontology graphs; True if anything changed.

    ``reference`` is the bundled reference data (default: read from its folder).
    Given ``imports``, the reference graph is written with them (the store's own are
    replaced) even if it was current; else the store's imports are kept.
    """
    if store.read_only:
        return False
    folder = reference_dir()
    ontology = ontology_dir() / "kg.ttl"
    try:
        ontology_text = ontology.read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"cannot read the ontology {ontology}: {exc}") from exc
    digest = digest_of(folder) + ":" + hashlib.sha256(ontology_text.encode()).hexdigest()
    current = store.value(iri.REFERENCE_GRAPH, KG.sha256, iri.REFERENCE_GRAPH)
    if imports is None and current is not None and current.value == digest:
        return False
    if imports is None:
        imports = read_imports(store) if current is not None else []
    applied = apply_imports(reference or load_reference(folder), imports)
    quads = [q for q in reference_quads(applied.reference) if q.predicate.value != KG.sha256]
    quads.extend(import_quads(applied))
    quads.append(
        Quad(IRI(iri.REFERENCE_GRAPH), IRI(KG.sha256), Literal(digest), IRI(iri.REFERENCE_GRAPH))
    )
    if current is None or current.value != digest:
        store.load_turtle_graph(iri.ONTOLOGY_GRAPH, ontology_text)
    store.replace_graph(iri.REFERENCE_GRAPH, quads)
    return True
