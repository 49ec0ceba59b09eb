"""Fixtures for the extraction tests: one Extractor per session, over the bundled reference."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.model import Facts
from kg.reference.load import load_reference


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(load_reference())


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[[str], Facts]:
    return extractor.extract
