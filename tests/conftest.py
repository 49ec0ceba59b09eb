"""Shared pytest configuration."""

# --- record (issue 4) -------------------------------------------------------------------
# The --regen-golden option and the record tests' fixtures live in tests/conftest_record.py.
pytest_plugins = ["conftest_record"]
# --- end record --------------------------------------------------------------------------
