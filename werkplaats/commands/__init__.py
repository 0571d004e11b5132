"""One module per group of commands; each imports the heavy parts inside its function."""

from __future__ import annotations

from pathlib import Path

import click


def data_root(ctx: click.Context) -> Path | None:
    """The --data folder given to the group (None: the default data folder)."""
    root = ctx.find_root().obj
    return root if isinstance(root, Path) else None
