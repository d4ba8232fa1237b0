"""Shared benchmark fixtures: a million-case SQLite database built once and reused."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.models.database import open_database

BENCH_DIR = Path(os.environ.get("VISITDESK_BENCH_DIR", Path(tempfile.gettempdir()) / "visitdesk-bench"))


def best_of(fn, n: int = 5) -> float:  # noqa: ANN001
    """Best wall time of ``n`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def million_db(report=None, n: int = 1_000_000):  # noqa: ANN001, ANN201
    """Open (building on first use) the n-case demo database; reports creation time and size when built."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"cases-{n}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            p.unlink(missing_ok=True)
        # built in a child process, so that this process's peak memory stays the benchmarks' own
        script = (
            "import sys, time\n"
            "from desktop.models.database import open_database\n"
            "from desktop.services.setup import initialize\n"
            f"db = open_database('sqlite:///{tmp}')\n"
            "t0 = time.perf_counter()\n"
            f"initialize(db, 'admin123', demo={n}, seed=1)\n"
            "print(time.perf_counter() - t0)\n"
            "with db.engine.begin() as c:\n"
            "    c.exec_driver_sql('PRAGMA wal_checkpoint(TRUNCATE)')\n"
            "    c.exec_driver_sql('ANALYZE')\n"
            "db.dispose()\n"
        )
        out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[2])
        secs = float(out.stdout.strip().splitlines()[-1])
        tmp.rename(path)
        if report:
            report(f"create {n:,}-case database (s)", secs, None, f"file {path.stat().st_size / 2**20:.0f} MiB")
    elif report:
        report(f"{n:,}-case database reused (MiB)", path.stat().st_size / 2**20, None, str(path))
    return open_database(f"sqlite:///{path}")
