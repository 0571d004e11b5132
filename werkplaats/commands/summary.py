"""``werkplaats summary``: group, personal and organiser summaries as Markdown and HTML."""

from __future__ import annotations

from pathlib import Path

import click

from werkplaats.commands import data_root


@click.command()
@click.argument("session_key", metavar="SESSION")
@click.option("-o", "--output", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the summaries into (created if needed).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the summaries (default: the session's).")
@click.pass_context
def summary(ctx: click.Context, session_key: str, output: Path, lang: str | None) -> None:
    """Write the group, organiser and personal summaries of SESSION into a folder."""
    from werkplaats.store import open_reader
    from werkplaats.summary import write_summaries

    with open_reader(session_key, data_root(ctx)) as store:
        session = store.load()
    paths = write_summaries(session, output, lang)
    from werkplaats.exports import Export, record

    record(session.id, Export("summary", str(output), lang), data_root(ctx))
    people = len(session.participants)
    click.echo(f"wrote {len(paths)} files to {output}: group.html/.md, organiser.html/.md "
               f"and personal/ for {people} {'person' if people == 1 else 'people'}")
