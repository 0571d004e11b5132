"""Moving people in and out of a session: import a bundle or CSV, export a bundle."""

from __future__ import annotations

from pathlib import Path

import click

from werkplaats.commands import data_root


@click.command("import")
@click.argument("session_key", metavar="SESSION")
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
def import_file(ctx: click.Context, session_key: str, file: Path) -> None:
    """Add people (and asks, offers, tips) from a bundle .json or a registration .csv."""
    from werkplaats.importing import add_to_session, read_import_file
    from werkplaats.store import SessionStore, resolve_session

    path = resolve_session(session_key, data_root(ctx))
    people, tips, pairs = read_import_file(file)  # a bad file stops here: nothing changed
    with SessionStore(path, writer=True) as store, store.edit() as session:
        report = add_to_session(session, people, tips, pairs)
    click.echo(report.sentence(file.name))


@click.command()
@click.argument("session_key", metavar="SESSION")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.pass_context
def export(ctx: click.Context, session_key: str, output: Path | None) -> None:
    """Write SESSION as a bundle .json."""
    from werkplaats.bundle import dump_bundle
    from werkplaats.errors import WerkplaatsError
    from werkplaats.storage import write_atomically
    from werkplaats.store import open_reader

    text = dump_bundle(open_reader(session_key, data_root(ctx)).load())
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomically(output.resolve(), text.encode("utf-8"))
    except OSError as exc:
        raise WerkplaatsError(f"cannot write {output}: {exc.strerror}") from None
    click.echo(f"wrote {output}", err=True)
