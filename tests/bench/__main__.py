"""``make bench``: run every ``tests/bench/bench_*.py`` (or those named on the command line).

Each module defines ``run(report)``; ``report(name, ours, baseline, note="")`` prints our figure, the bare
baseline measured in the same run and the ratio. Shared databases are built once under
``$VISITDESK_BENCH_DIR`` (default: the system temp folder) and reused by later runs.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROWS: list[tuple[str, float, float | None, str]] = []


def report(name: str, ours: float, baseline: float | None = None, note: str = "") -> None:
    ROWS.append((name, ours, baseline, note))
    if baseline:
        line = f"{name:<58} ours {ours * 1000:9.1f} ms   bare {baseline * 1000:9.1f} ms   ratio {ours / baseline:5.2f}x"
    else:
        line = f"{name:<58} {ours:12.3f}"
    print(line + (f"   {note}" if note else ""), flush=True)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parents[1]))
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    wanted = [a if a.startswith("bench_") else f"bench_{a}" for a in argv] or names
    for name in wanted:
        mod = importlib.import_module(f"tests.bench.{name}")
        print(f"== {name} ==", flush=True)
        t0 = time.perf_counter()
        mod.run(report)
        print(f"   ({time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
