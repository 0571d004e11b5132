"""``python -m werkplaats``."""

from werkplaats.cli import main

main(prog_name="werkplaats")
