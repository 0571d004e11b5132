"""Start-up of `werkplaats --help` as a ratio to `python -c pass` (goal: at most 3x)."""

from __future__ import annotations

import shutil
import sys

from _timing import alternate

GOAL = 3.0


def main() -> None:
    werkplaats = shutil.which("werkplaats")
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "werkplaats --help": [werkplaats] if werkplaats else [sys.executable, "-m", "werkplaats"],
        "werkplaats plans": ([werkplaats] if werkplaats else [sys.executable, "-m", "werkplaats"])
        + ["plans"],
    }
    commands["werkplaats --help"] = commands["werkplaats --help"] + ["--help"]
    times = alternate(commands, repeat=21)
    base = times["python -c pass"]
    for name, ms in times.items():
        print(f"{name:<20} {ms:7.1f} ms   {ms / base:4.2f}x")
    ratio = times["werkplaats --help"] / base
    print(f"werkplaats --help / python -c pass = {ratio:.2f}x (goal <= {GOAL}x): "
          f"{'OK' if ratio <= GOAL else 'MISSED'}")


if __name__ == "__main__":
    main()
