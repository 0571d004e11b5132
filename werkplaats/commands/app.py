"""The commands that open a screen: demo, open and projector (textual is imported inside)."""

from __future__ import annotations

import click

from werkplaats.commands import data_root

LANG = click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
                    help="Language of the screens (default: the session's language).")


@click.command()
@LANG
@click.pass_context
def demo(ctx: click.Context, lang: str | None) -> None:
    """Open the facilitator app on a fresh copy of the built-in demo session."""
    from werkplaats.demo.session import create_demo_session
    from werkplaats.store import open_writer

    root = data_root(ctx)
    session = create_demo_session(root)
    store = open_writer(session.id, root)
    try:
        from werkplaats.tui.factory import facilitator_app

        app = facilitator_app(store, root=root, language=lang)
        app.run()
    finally:
        store.close()
    click.echo(f"demo session: {session.id}")
    ctx.exit(app.return_code or 0)


@click.command("open")
@click.argument("session_key", metavar="[SESSION]", required=False)
@LANG
@click.pass_context
def open_session(ctx: click.Context, session_key: str | None, lang: str | None) -> None:
    """Run SESSION from this laptop (without SESSION: pick one or start a new one)."""
    from werkplaats.store import open_writer

    root = data_root(ctx)
    store = open_writer(session_key, root) if session_key else None
    try:
        from werkplaats.tui.factory import facilitator_app

        app = facilitator_app(store, root=root, language=lang)
        app.run()
    finally:
        if store is not None:
            store.close()
    ctx.exit(app.return_code or 0)


@click.command()
@click.argument("session_key", metavar="SESSION")
@LANG
@click.pass_context
def projector(ctx: click.Context, session_key: str, lang: str | None) -> None:
    """Show SESSION to the room; read-only, follows the facilitator's laptop live."""
    from werkplaats.store import open_reader

    root = data_root(ctx)
    store = open_reader(session_key, root)
    try:
        from werkplaats.tui.factory import projector_app

        app = projector_app(store, root=root, language=lang)
        app.run()
    finally:
        store.close()
    ctx.exit(app.return_code or 0)
