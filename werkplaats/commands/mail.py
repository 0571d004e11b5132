"""``werkplaats mail``: build the outbox of summary mails and, with ``--send``, deliver it."""

from __future__ import annotations

import sys

import click

from werkplaats.commands import data_root


@click.command()
@click.argument("session_key", metavar="SESSION")
@click.option("--send", is_flag=True, help="Deliver the waiting messages over SMTP.")
@click.option("--dry-run", is_flag=True, help="Show what would be built and sent; change nothing.")
@click.option("--host", default=None, help="SMTP server (overrides mail.toml and the environment).")
@click.option("--port", type=int, default=None, help="SMTP port (default 587).")
@click.option("--user", default=None, help="SMTP user name; the password comes from "
              "WERKPLAATS_SMTP_PASSWORD or a prompt.")
@click.option("--from", "sender", default=None, help="Sender address, e.g. 'Buurtkamer <a@b.nl>'.")
@click.option("--plain", is_flag=True, default=None,
              help="No STARTTLS: only for a server on localhost/127.0.0.1.")
@click.option("--timeout", type=float, default=None, help="Seconds to wait for the server.")
@click.option("--resend", multiple=True, metavar="PERSON",
              help="Send once more a message whose delivery is unsure (check with them first).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the mails (default: the session's).")
@click.pass_context
def mail(ctx: click.Context, session_key: str, send: bool, dry_run: bool, host: str | None,
         port: int | None, user: str | None, sender: str | None, plain: bool | None,
         timeout: float | None, resend: tuple[str, ...], lang: str | None) -> None:
    """Build the outbox of summary mails for SESSION; with --send, deliver it exactly once."""
    from werkplaats.errors import WerkplaatsError
    from werkplaats.mail import build_outbox, load_settings, send_outbox, smtp_password
    from werkplaats.store import open_reader

    root = data_root(ctx)
    with open_reader(session_key, root) as store:
        session = store.load()
    settings = load_settings({"host": host, "port": port, "user": user, "sender": sender,
                              "plain": plain, "timeout": timeout})
    if send:
        settings.check_for_sending()
    from_address = settings.sender_address() if settings.sender else None
    names = {p.id: f"{p.name} ({p.id})" for p in session.participants}

    built = build_outbox(session, root, sender=from_address, language=lang, dry_run=dry_run,
                         resend=resend)
    verb = "would wait" if dry_run else "waiting"
    click.echo(f"outbox: {built.waiting} messages {verb} ({len(built.built)} new or changed), "
               f"{len(built.sent)} sent before, {len(built.unsure)} unsure — {built.folder}")
    if built.skipped:
        click.echo("not mailed: " + "; ".join(f"{names[pid]}: {why}" for pid, why in built.skipped))
    for pid in built.unsure:
        click.echo(f"unsure: the message to {names[pid]} may have arrived; ask them, then "
                   f"`werkplaats mail {session.id} --send --resend {pid}` sends it once more",
                   err=True)
    if not send:
        if not dry_run and built.waiting:
            click.echo(f"send them with: werkplaats mail {session.id} --send")
        return
    if dry_run:
        tls = "without encryption" if settings.plain else "with STARTTLS"
        click.echo(f"would send {built.waiting} messages via {settings.host}:{settings.port} "
                   f"{tls} as {from_address}")
        return
    if not built.waiting:
        click.echo("nothing to send")
        return
    password = smtp_password(settings, ask=lambda prompt: click.prompt(prompt, hide_input=True))
    with click.progressbar(length=built.waiting, label="sending", file=sys.stderr,
                           show_pos=True) as bar:
        report = send_outbox(session.id, settings, password, root,
                             progress=lambda _entry, _outcome: bar.update(1))
    click.echo(f"sent {len(report.sent)} of {built.waiting} messages")
    for pid, reply in report.refused:
        click.echo(f"refused by the server: {names.get(pid, pid)}: {reply}", err=True)
    fresh_unsure = [(pid, why) for pid, why in report.unsure if pid not in built.unsure]
    for pid, why in fresh_unsure:
        click.echo(f"unsure: {names.get(pid, pid)}: {why}; it will not be sent again unless "
                   f"you add --resend {pid}", err=True)
    waiting = len(report.left) + len(report.refused)
    if report.stopped or waiting or fresh_unsure:
        why = f"the connection was lost ({report.stopped}); " if report.stopped else ""
        raise WerkplaatsError(
            f"{why}{waiting} messages are still waiting: run `werkplaats mail {session.id} "
            "--send` again to send them (nothing is sent twice)"
        )
