"""Small timing helpers shared by the benchmarks (medians of alternating runs)."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def command_ms(argv: list[str], repeat: int) -> float:
    return median_ms(lambda: subprocess.run(argv, stdout=subprocess.DEVNULL, check=True), repeat)


def alternate(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall time per command, run in turns so machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(ts) * 1000 for name, ts in times.items()}
