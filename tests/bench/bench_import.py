"""Import 100,000 rows (messy forms, title rows) into a database that already holds the previous day's
100,000 loans, against a bare openpyxl read-only pass and a bare python-calamine pass over the same file.

Each figure runs in its own process so that peak memory (max RSS) is the job's own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.bench.common import BENCH_DIR

N = 100_000
ROOT = Path(__file__).resolve().parents[2]
KEY = "dmlzaXRkZXNrLWJlbmNoLWtleS0zMi1ieXRlcy1sb25nIQ=="[:44]

CHILD = r"""
import json, os, resource, sys, time
os.environ["VISITDESK_KEY"] = {key!r}
kind, path, db_url = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if kind == "openpyxl":
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
elif kind == "calamine":
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    n = len(wb.get_sheet_by_index(0).to_python())
else:
    from desktop.models.database import open_database
    from desktop.services.importer import ImportService
    from desktop.services.users import UserService
    db = open_database(db_url)
    actor = UserService(db, None).authenticate("admin", "admin123")
    s = ImportService(db, actor).run_import(path)
    n = (s.new, s.updated, s.unchanged, s.invalid)
secs = time.perf_counter() - t0
# VmHWM: this process's own peak (ru_maxrss would include the parent's peak inherited at fork)
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({{"seconds": secs, "rss_mb": hwm / 1024, "n": n}}))
"""


def _child(kind: str, path: Path, db_url: str = "") -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD.format(key=_key()), kind, str(path), db_url], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _key() -> str:
    import base64

    return base64.urlsafe_b64encode(b"visitdesk-bench-key-32-bytes-lon").decode()


def run(report) -> None:  # noqa: ANN001
    os.environ["VISITDESK_KEY"] = _key()
    from desktop.models.database import open_database
    from desktop.services.importer import ImportService
    from desktop.services.setup import initialize
    from desktop.services.users import UserService
    from tests.factories import make_loans, next_day, write_export

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    day1, day2 = BENCH_DIR / "export-100k-day1.xlsx", BENCH_DIR / "export-100k-day2.xlsx"
    if not day2.exists():
        loans = make_loans(N, seed=42)
        write_export(day1, loans, date(2026, 11, 27), write_only=True)
        write_export(day2, next_day(loans), date(2026, 11, 28), write_only=True)
    base = BENCH_DIR / "import-base-100k.sqlite3"
    if not base.exists():
        db = open_database(f"sqlite:///{base}.tmp")
        initialize(db, "admin123")
        actor = UserService(db, None).authenticate("admin", "admin123")
        ImportService(db, actor).run_import(day1)
        with db.engine.begin() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        Path(f"{base}.tmp").rename(base)
    # a base kept from an older version is brought to the current schema here, once: the timed import must
    # not include a one-off migration (and the backup taken before it) of the copy
    open_database(f"sqlite:///{base}").dispose()
    work = BENCH_DIR / "import-work.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, work)

    ox = _child("openpyxl", day2)
    cal = _child("calamine", day2)
    ours = _child("import", day2, f"sqlite:///{work}")
    note = f"rows new/updated/unchanged/invalid {ours['n']}, peak RSS {ours['rss_mb']:.0f} MB"
    report("import 100k rows (mostly updates) vs bare openpyxl", ours["seconds"], ox["seconds"], note)
    report("import 100k rows (mostly updates) vs bare calamine", ours["seconds"], cal["seconds"],
           f"calamine RSS {cal['rss_mb']:.0f} MB, openpyxl RSS {ox['rss_mb']:.0f} MB")
