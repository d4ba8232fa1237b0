"""Kill a running import with SIGKILL at random moments, 20 times: the database is always either wholly
before or wholly after an import, and SQLite's integrity check stays ok."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import AuditEvent, Case, ImportBatch, Loan
from desktop.services.audit import verify_chain
from desktop.services.importer import ImportService
from tests.conftest import PASSWORD
from tests.factories import make_loans, next_day, write_export

ROOT = Path(__file__).resolve().parents[2]
WORKER = """
import sys
from desktop.models.database import open_database
from desktop.services.importer import ImportService
from desktop.services.users import UserService
db = open_database(sys.argv[1])
ImportService(db, UserService(db, None).authenticate("sup", sys.argv[2])).run_import(sys.argv[3])
"""


def state(db) -> tuple:
    with db.session_factory() as s:
        figures = tuple(s.execute(select(Loan.contract_no, Loan.dpd, Loan.overdue_total).order_by(Loan.id)).all())
        cases = s.scalar(select(func.count(Case.id)))
        return figures, cases


def test_sigkill_during_imports_never_leaves_half_an_import(sqlite_world, tmp_path):
    db = sqlite_world.db
    loans = make_loans(5000, seed=12)
    files = [write_export(tmp_path / "a.xlsx", loans, date(2026, 11, 27), messy=False),
             write_export(tmp_path / "b.xlsx", next_day(loans[:4000]) + make_loans(1000, seed=13),
                          date(2026, 11, 28), messy=False)]
    ImportService(db, sqlite_world.supervisor).run_import(files[0])
    db.dispose()
    known = {state(db)}  # whole states seen so far: after A
    # how long one import of B takes here (process start included), measured on a copy of the database
    import shutil

    copy = tmp_path / "copy.sqlite3"
    shutil.copy(db.engine.url.database, copy)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", WORKER, f"sqlite:///{copy}", PASSWORD, str(files[1])], cwd=ROOT,
                   check=True, capture_output=True)
    full = time.perf_counter() - t0
    rng = random.Random(7)
    kills = 0
    for i in range(20):
        f = files[(i + 1) % 2]
        before = state(db)
        db.dispose()
        p = subprocess.Popen([sys.executable, "-c", WORKER, db.url, PASSWORD, str(f)], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.15, 0.95) * full)
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            kills += 1
        p.wait()
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        after = state(db)
        if after != before:  # the import committed: the result must be a whole import of f
            ImportService(db, sqlite_world.supervisor).run_import(f)  # idempotent re-run: nothing changes
            assert state(db) == after
        known.add(after)
    assert kills >= 10, f"only {kills} of 20 runs were killed mid-way"
    with db.session_factory() as s:
        batches = s.scalar(select(func.count(ImportBatch.id)))
        runs = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "import.run"))
        assert batches == runs  # no batch without its audit event, and the reverse
        assert verify_chain(s).ok
