"""Where kg finds the files it ships: the ontology, the saved queries and the reference data.

An installed wheel carries them inside the package (``kg/_resources``); an editable
install or a checkout reads them from the repository's top level. ``KG_DATA`` may
point at another reference-data folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_resources"
_REPO = _PACKAGE.parent


def _root() -> Path:
    return _BUNDLED if _BUNDLED.is_dir() else _REPO


def ontology_dir() -> Path:
    return _root() / "ontology"


def sparql_dir() -> Path:
    return _root() / "sparql"


def reference_dir() -> Path:
    override = os.environ.get("KG_DATA")
    if override:
        return Path(override)
    return _root() / "data" / "reference"


def sample_articles_dir() -> Path:
    """The sample articles of a checkout (not part of an installed wheel)."""
    return _REPO / "data" / "articles"


FILES = (
    "un_member_states.csv",
    "country_aliases.csv",
    "organizations.csv",
    "parties.csv",
    "regions.csv",
    "un_resolutions.csv",
    "resolution_features.csv",
    "un_votes.csv",
)
OPTIONAL_FILES = ("groups.csv",)


def digest_of(folder: Path) -> str:
    """A digest of every reference file, so a changed file triggers a reload."""
    sha = hashlib.sha256()
    for name in (*FILES, *OPTIONAL_FILES):
        path = folder / name
        if path.exists():
            sha.update(name.encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()
