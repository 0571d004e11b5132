"""``werkplaats pair BUNDLE.json``: the headless matcher of the product contract.

Prints the proposed pairs and open asks as a table, or with ``--json`` in exactly the shape
other programs read: ``{"pairs": [{"ask", "offer", "score", "why"}], "open": [...]}``.
Confirmed pairs from the bundle are kept and printed with the others.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from werkplaats.errors import WerkplaatsError


@click.command()
@click.argument("bundle", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--capacity", type=click.IntRange(min=1), default=None, metavar="N",
              help="How many asks one offer may answer (default 1).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--vocabulary", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              default=None, help="An extra vocabulary .toml with your own words.")
def pair(bundle: Path, capacity: int | None, as_json: bool, vocabulary: Path | None) -> None:
    """Propose pairs of asks and offers for the people in BUNDLE.json."""
    from werkplaats.bundle import read_bundle
    from werkplaats.matching import propose_pairs

    try:
        session = read_bundle(bundle)
        result = propose_pairs(session, capacity=capacity, vocabulary=vocabulary)
    except WerkplaatsError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        data = {
            "pairs": [{"ask": str(p.ask), "offer": str(p.offer),
                       "score": 1.0 if p.score is None else p.score, "why": p.why}
                      for p in result.pairs],
            "open": [str(ref) for ref in result.open],
        }
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    _print_table(session, result)


def _print_table(session, result) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table

    def name(ref) -> str:  # type: ignore[no-untyped-def]
        return session.participant(ref.participant).first_name

    table = Table(title=f"{session.title} — pairs", title_justify="left")
    for column in ("ask", "offer", "score", "why"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for p in result.pairs:
        score = "confirmed" if p.score is None else f"{p.score:.2f}"
        table.add_row(f"{name(p.ask)}: {session.ask_text(p.ask)}",
                      f"{name(p.offer)}: {session.offer_text(p.offer)}", score, p.why)
    console = Console()
    console.print(table)
    if result.open:
        console.print(f"\nOpen asks ({len(result.open)}) — wie kent iemand die…?")
        for ref in result.open:
            console.print(f"  {ref}  {name(ref)}: {session.ask_text(ref)}", markup=False)
    pairs, still_open = len(result.pairs), len(result.open)
    console.print(f"\n{pairs} {'pair' if pairs == 1 else 'pairs'}, "
                  f"{still_open} open {'ask' if still_open == 1 else 'asks'}.")
