"""Commands about the sessions on this laptop: new, list, plans, forget."""

from __future__ import annotations

import click

from werkplaats.commands import data_root


@click.command()
@click.argument("title")
@click.option("--plan", "plan_name", default=None, help="Session plan (see `werkplaats plans`).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the session.")
@click.pass_context
def new(ctx: click.Context, title: str, plan_name: str | None, lang: str) -> None:
    """Create a session called TITLE and print its id."""
    from werkplaats.plans import load_plan
    from werkplaats.store import create_session

    root = data_root(ctx)
    plan = load_plan(plan_name, root)
    session = create_session(title, root=root, plan=plan.name, language=lang)
    click.echo(session.id)


@click.command("list")
@click.pass_context
def list_sessions(ctx: click.Context) -> None:
    """The sessions on this laptop, newest first."""
    from werkplaats.store import list_sessions as sessions_here

    infos = sessions_here(data_root(ctx))
    if not infos:
        click.echo("No sessions yet. Start one with: werkplaats new \"Buurtkamer\"", err=True)
        return
    width = max(len(info.id) for info in infos)
    for info in infos:
        click.echo(f"{info.id:<{width}}  {info.created[:16].replace('T', ' ')}  "
                   f"{info.participants:>4} people  {info.title}")


@click.command()
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True)
@click.pass_context
def plans(ctx: click.Context, lang: str) -> None:
    """The session plans available."""
    from werkplaats.plans import available_plans, read_plan

    for name, path in available_plans(data_root(ctx)).items():
        plan = read_plan(path)
        rounds = " → ".join(r.title_in(lang) for r in plan.rounds)
        click.echo(f"{name}  ({plan.minutes} min)  {plan.title_in(lang)}")
        click.echo(f"    {plan.description_in(lang)}")
        click.echo(f"    {rounds}")


@click.command()
@click.argument("session_key", metavar="SESSION")
@click.argument("person")
@click.pass_context
def forget(ctx: click.Context, session_key: str, person: str) -> None:
    """Remove PERSON (id or name) and everything derived from them from SESSION."""
    from werkplaats.forget import forget_files, forget_person
    from werkplaats.store import open_writer

    root = data_root(ctx)
    with open_writer(session_key, root) as store, store.edit() as session:
        gone = forget_person(session, person)
    files = forget_files(session.id, gone.person.id, root, session)
    click.echo(f"forgot {gone.person.name} ({gone.person.id}): "
               f"{gone.pairs} pairs and {files} files removed")
