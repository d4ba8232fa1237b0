"""Shared benchmark fixtures: a million-case SQLite database built once and reused."""

from __future__ import annotations

import os
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
    from desktop.services.setup import initialize

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"cases-{n}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            p.unlink(missing_ok=True)
        db = open_database(f"sqlite:///{tmp}")
        t0 = time.perf_counter()
        initialize(db, "admin123", demo=n, seed=1)
        secs = time.perf_counter() - t0
        with db.engine.begin() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            c.exec_driver_sql("ANALYZE")
        db.dispose()
        tmp.rename(path)
        if report:
            report(f"create {n:,}-case database (s)", secs, None, f"file {path.stat().st_size / 2**20:.0f} MiB")
    elif report:
        report(f"{n:,}-case database reused (MiB)", path.stat().st_size / 2**20, None, str(path))
    return open_database(f"sqlite:///{path}")
