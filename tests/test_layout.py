"""The tree keeps its shape: extraction stays free of RDF, and modules stay small."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"

# Modules outside kg.extract that the extractor may load: its models, the name
# folding it shares with IRI minting, and the error tree. Nothing of RDF.
EXTRACTION_NEEDS = {"kg", "kg.errors", "kg.model", "kg.names"}

LINE_LIMIT = 600


def test_extraction_loads_no_rdf_vocabulary() -> None:
    code = (
        "import sys, kg.extract, kg.extract.pipeline; "
        "print(' '.join(m for m in sys.modules if m == 'kg' or m.startswith('kg.')))"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    outside = {m for m in loaded if not m.startswith("kg.extract")}
    assert outside <= EXTRACTION_NEEDS, sorted(outside - EXTRACTION_NEEDS)
    assert "kg.extract.pipeline" in loaded


def test_no_module_is_over_the_line_limit() -> None:
    long = {
        str(path.relative_to(KG)): n
        for path in KG.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > LINE_LIMIT
    }
    assert long == {}, "split these along their seams"
