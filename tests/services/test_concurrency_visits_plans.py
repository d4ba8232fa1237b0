"""Two workstations (two processes) edit the same visit, and approve the same plans, at the same time: every
conflicting write is detected and reported, none is lost or applied twice. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import AuditEvent, Case, CollectionPlan, Loan, Visit
from desktop.services.audit import verify_chain
from desktop.services.plans import PlanService
from desktop.services.visits import VisitDraft, VisitService
from desktop.services.workcalendar import WorkCalendar
from tests.conftest import PASSWORD
from tests.services.followup_data import make_case

ROOT = Path(__file__).resolve().parents[2]

VISIT_WORKER = """
import json, os, sys
from dataclasses import replace
from desktop.models.database import open_database
from desktop.services.errors import ConflictError
from desktop.services.users import UserService
from desktop.services.visits import VisitService
url, login, pw, visit_id, n, go = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
db = open_database(url)
svc = VisitService(db, UserService(db, None).authenticate(login, pw))
print("ready", flush=True)
while not os.path.exists(go):
    pass
ok = conflicts = 0
for k in range(n):
    info = svc.get(visit_id)                           # what this workstation's screen shows
    try:
        svc.update(visit_id, info.version, replace(info.draft(), purpose=f"{login}-{k}"))
        ok += 1
    except ConflictError as e:
        conflicts += 1
        assert "修改" in str(e), str(e)
print(json.dumps({"ok": ok, "conflicts": conflicts}))
"""

PLAN_WORKER = """
import json, os, sys
from desktop.models.database import open_database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.plans import PlanService
from desktop.services.users import UserService
url, login, pw, ids, go = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]), sys.argv[5]
db = open_database(url)
svc = PlanService(db, UserService(db, None).authenticate(login, pw))
print("ready", flush=True)
while not os.path.exists(go):
    pass
approved, conflicts, already = [], 0, 0
for pid in ids:
    version = svc.plan(pid).summary.version            # the approvals list as this supervisor saw it
    try:
        svc.approve(pid, version)
        approved.append(pid)
    except ConflictError:
        conflicts += 1
    except ValidationError:                            # the list was refreshed after the other approved
        already += 1
print(json.dumps({"approved": approved, "conflicts": conflicts, "already": already}))
"""


def _run_pair(script: str, args: list[list[str]], go: Path) -> list[dict]:
    go.unlink(missing_ok=True)
    procs = [subprocess.Popen([sys.executable, "-c", script, *a, str(go)], cwd=ROOT, env=dict(os.environ),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for a in args]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    go.unlink(missing_ok=True)
    return results


def _working_day(days_ahead: int) -> dt.date:
    cal = WorkCalendar()
    d = dt.date.today() + dt.timedelta(days=days_ahead)
    while not cal.is_workday(d) or d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def test_two_workstations_editing_one_visit(world, tmp_path):
    case = make_case(world.db, world.branch_id)
    day = _working_day(10)
    team = (world.collector.user_id, world.collector2.user_id)
    svc = VisitService(world.db, world.supervisor)
    vid = svc.create(VisitDraft(case, dt.datetime.combine(day, dt.time(10)), dt.datetime.combine(day, dt.time(11)),
                                team, "北京市朝阳区建国路88号", "home", "首次上门"))
    start_version = svc.get(vid).version
    n = 30
    results = _run_pair(VISIT_WORKER, [[world.db.url, login, PASSWORD, str(vid), str(n)] for login in ("sup", "c1")],
                        tmp_path / "go-visit")
    ok = sum(r["ok"] for r in results)
    assert ok + sum(r["conflicts"] for r in results) == 2 * n
    assert ok > 0 and sum(r["conflicts"] for r in results) > 0, results
    with world.db.session_factory() as s:
        v = s.get(Visit, vid)
        assert v.version == start_version + ok  # every successful write counted once, none lost
        updates = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "visit.update",
                                                                  AuditEvent.entity_id == vid))
        assert updates == ok
        assert verify_chain(s).ok


def test_two_supervisors_approving_the_same_plans(world, tmp_path):
    plans = PlanService(world.db, world.collector)
    ids = []
    for _ in range(12):
        case = make_case(world.db, world.branch_id, total="6000.00", dpd=45, assigned=world.collector.user_id)
        with world.db.session_factory.begin() as s:  # 200 of the overdue total is penalty interest
            loan = s.get(Loan, s.get(Case, case).loan_id)
            loan.overdue_principal, loan.penalty_interest = Decimal("5800.00"), Decimal("200.00")
        res = plans.create_installment_plan(case, Decimal("5900.00"), Decimal("0"), 6, "monthly",
                                            _working_day(20), waiver_penalty=Decimal("100.00"))
        assert res.status == "pending"
        ids.append(res.plan_id)
    results = _run_pair(PLAN_WORKER, [[world.db.url, login, PASSWORD, json.dumps(ids)] for login in ("sup", "mgr")],
                        tmp_path / "go-plan")
    approved = [pid for r in results for pid in r["approved"]]
    assert sorted(approved) == sorted(ids)  # each plan approved exactly once
    assert sum(r["conflicts"] + r["already"] for r in results) == len(ids)
    with world.db.session_factory() as s:
        assert set(s.scalars(select(CollectionPlan.status).where(CollectionPlan.id.in_(ids)))) == {"active"}
        events = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "plan.approve"))
        assert events == len(ids)
        assert verify_chain(s).ok
