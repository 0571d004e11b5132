"""``werkplaats tips BUNDLE.json``: headless tip grouping and ranking, to check the grouping.

Prints the proposed merge groups and the ranking as if every proposal were accepted.
Numbers are indexes into the bundle's ``tips`` list (0 = the first tip).
"""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("bundle", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON: groups and ranking.")
def tips(bundle: Path, as_json: bool) -> None:
    """Propose merges of near-duplicate tips in BUNDLE and print the ranking."""
    from werkplaats.bundle import read_bundle
    from werkplaats.tips.report import tips_report

    session = read_bundle(bundle)
    report = tips_report(session)
    if as_json:
        click.echo(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        click.echo(report.as_text(session.language), nl=False)
