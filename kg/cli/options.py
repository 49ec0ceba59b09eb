"""What the ``kg`` commands share: the --store option and opening the store it names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from kg.store.backend import KgStore

    # click 8.5 types its parameter types by the value they make; older click is not generic.
    _LocationType = click.ParamType[Path | str, Any]
else:
    _LocationType = click.ParamType

F = TypeVar("F", bound=Callable[..., Any])


class StoreLocation(_LocationType):
    """A store folder, or the http(s) URL of a SPARQL server (kept as text, not a path)."""

    name = "folder|url"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | str:
        from kg.store.backend import is_remote

        if is_remote(value):
            return str(value).strip()
        folder: Path = click.Path(path_type=Path, file_okay=False).convert(value, param, ctx)
        return folder


STORE_HELP = (
    "Store folder, or a SPARQL server's URL (default: $KG_STORE, else ~/.local/share/kg/store)."
)


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_path",
        type=StoreLocation(),
        envvar="KG_STORE",
        help=STORE_HELP,
    )(func)


def open_store(path: Path | str | None, *, write: bool = False) -> KgStore:
    """The store at ``path`` (a folder or a SPARQL server's URL), its reference data current."""
    from kg.reference.bootstrap import ensure_reference
    from kg.store.backend import open_store as open_backend

    store = open_backend(path, write=write)
    ensure_reference(store)
    return store
