"""The ``werkplaats`` command line: a thin click group that loads each command lazily.

Every command lives in ``werkplaats/commands/<module>.py`` and imports the heavy parts
(textual, scipy, jinja2) inside its function, so ``werkplaats --help`` stays fast.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import click

# name -> (module under werkplaats.commands, attribute). A command whose module is not
# there yet is simply not offered.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("app", "demo"),
    "new": ("sessions", "new"),
    "list": ("sessions", "list_sessions"),
    "plans": ("sessions", "plans"),
    "open": ("app", "open_session"),
    "projector": ("app", "projector"),
    "import": ("transfer", "import_file"),
    "export": ("transfer", "export"),
    "pair": ("pair", "pair"),
    "tips": ("tips", "tips"),
    "qr": ("qr", "qr"),
    "summary": ("summary", "summary"),
    "mail": ("mail", "mail"),
    "forget": ("sessions", "forget"),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used or listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (module, _) in COMMANDS.items() if _module_exists(module)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS or not _module_exists(COMMANDS[cmd_name][0]):
            return None
        module, attr = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(f"werkplaats.commands.{module}"), attr)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> object:
        # User mistakes and failed saves become one sentence and exit code 1, no traceback.
        from werkplaats.errors import WerkplaatsError

        try:
            return super().invoke(ctx)
        except WerkplaatsError as exc:
            raise click.ClickException(str(exc)) from None


def _module_exists(module: str) -> bool:
    return importlib.util.find_spec(f"werkplaats.commands.{module}") is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="WERKPLAATS_HOME",
    help="Folder for sessions and outboxes (default: the user data folder; env WERKPLAATS_HOME).",
)
@click.version_option(package_name="werkplaats")
@click.pass_context
def main(ctx: click.Context, data: Path | None) -> None:
    """werkplaats — run a community-building workshop from your laptop.

    Start with `werkplaats demo`, or `werkplaats new "Buurtkamer"` and `werkplaats open`.
    """
    ctx.obj = data
