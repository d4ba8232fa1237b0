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


PLAN_WORKER = """
import sys
from datetime import date, timedelta
from decimal import Decimal
from desktop.models.database import open_database
from desktop.services.plans import PlanService
from desktop.services.users import UserService
db = open_database(sys.argv[1])
svc = PlanService(db, UserService(db, None).authenticate("c1", sys.argv[2]))
first = date.today() + timedelta(days=10)
from desktop.services.errors import ValidationError
for case_id in map(int, sys.argv[3].split(",")):
    try:
        svc.create_installment_plan(case_id, Decimal("2999.99"), Decimal("0"), 36, "monthly", first)
    except ValidationError:   # made by an earlier run
        pass
print("done", flush=True)
"""

ASSIGN_WORKER = """
import sys
from desktop.models.database import open_database
from desktop.services.assignment import AssignmentService
from desktop.services.users import UserService
db = open_database(sys.argv[1])
svc = AssignmentService(db, UserService(db, None).authenticate("sup", sys.argv[2]))
svc.apply_auto(svc.preview_auto(int(sys.argv[3])))
print("done", flush=True)
"""


def _kill_loop(db, script: str, args: list[str], runs: int, check, rng) -> int:  # noqa: ANN001
    """Start ``script`` ``runs`` times and SIGKILL it at a random moment; ``check()`` after each run."""
    # the start-up time of a worker, measured warm (the fastest of three): a cold first start (bytecode written,
    # files read from disk) made the kills come late, after many runs had already finished
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import desktop.services.plans, desktop.services.assignment"],
                       cwd=ROOT, check=True)
        times.append(time.perf_counter() - t0)
    startup = min(times)
    kills = 0
    for _ in range(runs):
        db.dispose()
        p = subprocess.Popen([sys.executable, "-c", script, db.url, PASSWORD, *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(startup * rng.uniform(0.9, 2.5))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            kills += 1
        p.wait()
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        check()
    return kills


def test_sigkill_during_plans_and_auto_assignment_never_leaves_half_a_batch(sqlite_world):
    from desktop.models import Case, CollectionPlan, PlanInstallment
    from tests.services.followup_data import make_case

    db, w = sqlite_world.db, sqlite_world
    rng = random.Random(11)
    plan_cases = [make_case(db, w.branch_id, total="3000.00", dpd=40, assigned=w.collector.user_id)
                  for _ in range(60)]

    def plans_whole() -> None:
        with db.session_factory() as s:
            rows = s.execute(select(CollectionPlan.id, CollectionPlan.installment_count,
                                    func.count(PlanInstallment.id))
                             .outerjoin(PlanInstallment, PlanInstallment.plan_id == CollectionPlan.id)
                             .group_by(CollectionPlan.id, CollectionPlan.installment_count)).all()
            assert all(n == count for _pid, count, n in rows), rows  # never a plan without all its installments
            made = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action.like("plan.create%")))
            assert made == len(rows)

    killed = _kill_loop(db, PLAN_WORKER, [",".join(map(str, plan_cases))], 10, plans_whole, rng)
    with db.session_factory() as s:
        assert s.scalar(select(func.count(CollectionPlan.id))) > 0  # the runs did get some plans written
    unassigned = [make_case(db, w.branch_id, total=f"{1000 + k}.00") for k in range(1500)]

    def all_or_none() -> None:
        with db.session_factory() as s:
            n = s.scalar(select(func.count(Case.id)).where(Case.id.in_(unassigned), Case.assigned_to_id.is_not(None)))
            assert n in (0, len(unassigned)), n

    killed += _kill_loop(db, ASSIGN_WORKER, [str(w.branch_id)], 10, all_or_none, rng)
    assert killed >= 10, f"only {killed} of 20 runs were killed mid-way"
    with db.session_factory() as s:
        assert verify_chain(s).ok
