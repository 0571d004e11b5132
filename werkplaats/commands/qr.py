"""``werkplaats qr SESSION -o DIR``: QR codes per consenting pair and a printable sheet."""

from __future__ import annotations

from pathlib import Path

import click

from werkplaats.commands import data_root


@click.command()
@click.argument("session_key", metavar="SESSION")
@click.option("-o", "--output", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the PNG/SVG codes and pair-cards.html (made if missing).")
@click.option("--region", default="NL", show_default=True, metavar="CC",
              help="Country for phone numbers typed without +country code.")
@click.option("--lang", "--language", "language", type=click.Choice(["nl", "en"]),
              help="Language of the sheet and the notes (default: the session's).")
@click.pass_context
def qr(ctx: click.Context, session_key: str, output: Path, region: str,
       language: str | None) -> None:
    """QR codes (PNG + SVG) for every pair in which both people agreed to share contact
    details, plus a printable A4 sheet of pair cards."""
    from werkplaats.contact.sheet import write_contact_files
    from werkplaats.contact.vcard import check_region
    from werkplaats.i18n import t
    from werkplaats.store import open_reader

    region = check_region(region)
    session = open_reader(session_key, data_root(ctx)).load()
    lang = language or session.language
    files = write_contact_files(session, output, region=region, language=lang)
    from werkplaats.exports import Export, record

    record(session.id, Export("qr", str(output), language, region), data_root(ctx))
    if not files.pairs:
        click.echo(t("contact.no_pairs", lang, session=session.id, folder=output))
        return
    click.echo(t("contact.wrote", lang, codes=len(files.codes) // 2, pairs=files.pairs,
                 folder=output, sheet=files.sheet.name))
    if files.fallback_pairs:
        click.echo(t("contact.fallback_pairs", lang, count=files.fallback_pairs))
