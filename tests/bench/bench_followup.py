"""Follow-up area on 100,000 cases: task refresh, worklist, payments import, customer timeline.

The database (built once, reused): the 100,000-case demo world plus 20,000 promises around today, 5,000 active
installment plans (30,000 installments), 20,000 visits over the last 20 and the next 5 days (two collectors
each, most past ones with an outcome) and 30,000 assessments from the last 60 days. Each run works on a copy.

Figures (targets in the notes):
* refresh of the automatic tasks for all branches, first run (judges the promises, creates the tasks) and a
  second, idempotent run;
* a collector's worklist through the service against the bare SQL returning the same rows (≤ 3×);
* importing 20,000 payments (allocation to promises and installments and the audit event included) against
  bare sqlite3 doing the look-ups (contract → loan and case, known transaction numbers) and one executemany of
  the same rows into a copy of the payments table (≤ 10×); re-importing the same file (all duplicates);
* one customer's timeline (≤ 100 ms).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path

from tests.bench.common import BENCH_DIR, best_of

N = 100_000
KEY = "dmlzaXRkZXNrLWZvbGxvd3VwLWJlbmNoLWtleS0zMmI="  # 32 bytes, this benchmark's own database


@dataclass
class Row:
    contract_no: str
    paid_on: date
    amount: Decimal
    txn_no: str
    excel_row: int | None = None


def _local(d: date, hh: int) -> datetime:
    from desktop.services.context import BRANCH_TZ

    return datetime.combine(d, dtime(hh, 0), tzinfo=BRANCH_TZ).astimezone(UTC)


def _build(path: Path, today: date, report) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from desktop.models import (
        Assessment,
        Case,
        CollectionPlan,
        Outcome,
        PlanInstallment,
        PromiseToPay,
        User,
        Visit,
        VisitMember,
    )
    from desktop.models.database import open_database
    from desktop.services.setup import initialize

    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = open_database(f"sqlite:///{tmp}")
    initialize(db, "admin123", demo=N, seed=7)
    rng = random.Random(11)
    now = datetime.now(UTC)
    with db.session_factory.begin() as s:
        cases = s.execute(select(Case.id, Case.branch_id, Case.assigned_to_id, Case.overdue_total)
                          .where(Case.status != "closed")).all()
        staff: dict[int, list[int]] = {}
        for uid, bid in s.execute(select(User.id, User.branch_id).where(User.role == "collector")):
            staff.setdefault(bid, []).append(uid)
        conn = s.connection()
        pick = rng.sample(cases, 20_000)
        conn.execute(PromiseToPay.__table__.insert(), [
            {"case_id": c[0], "amount": Decimal(rng.randrange(100, 3000)), "due_date": today + timedelta(days=rng.randint(-10, 10)),
             "status": "open", "paid_amount": Decimal("0.00"), "created_at": now - timedelta(days=12), "version": 1}
            for c in pick])
        plan_cases = rng.sample(cases, 5_000)
        plan_ids = conn.execute(CollectionPlan.__table__.insert().returning(CollectionPlan.id, sort_by_parameter_order=True), [
            {"case_id": c[0], "strategy": "installment", "status": "active", "total_amount": Decimal("1200.00"),
             "down_payment": Decimal("0"), "installment_count": 6, "frequency": "monthly",
             "waiver_interest": Decimal("0"), "waiver_penalty": Decimal("0"), "waiver_principal": Decimal("0"),
             "created_at": now, "version": 1} for c in plan_cases]).scalars().all()
        inst = []
        for pid in plan_ids:
            first = today + timedelta(days=rng.randint(-75, 15))
            for k in range(6):
                inst.append({"plan_id": pid, "no": k + 1, "due_date": first + timedelta(days=30 * k),
                             "amount": Decimal("200.00"), "paid_amount": Decimal("0.00"), "status": "due"})
        conn.execute(PlanInstallment.__table__.insert(), inst)
        visit_cases = rng.sample(cases, 20_000)
        visits, members = [], []
        for c in visit_cases:
            day = today + timedelta(days=rng.randint(-20, 5))
            start = _local(day, rng.choice((9, 10, 14, 15)))
            past = day < today
            notice = start - timedelta(days=2) if past or rng.random() < 0.5 else None
            visits.append({"case_id": c[0], "branch_id": c[1], "start_at": start, "end_at": start + timedelta(hours=1),
                           "address": "北京市朝阳区建国路88号", "address_kind": "home",
                           "status": ("done" if rng.random() < 0.8 else "planned") if past else
                           ("notified" if notice else "planned"), "notice_at": notice,
                           "notice_channel": "sms" if notice else None, "customer_agreed_outside_window": False,
                           "customer_agreed_weekend": False, "created_by_id": staff[c[1]][0], "created_at": now,
                           "version": 1})
        vids = conn.execute(Visit.__table__.insert().returning(Visit.id, sort_by_parameter_order=True),
                            visits).scalars().all()
        outcomes = []
        for vid, v, c in zip(vids, visits, visit_cases, strict=True):
            team = staff[c[1]][:2]
            members += [{"visit_id": vid, "user_id": team[0]}, {"visit_id": vid, "user_id": team[1]}]
            if v["status"] == "done" and rng.random() < 0.7:
                outcomes.append({"case_id": c[0], "visit_id": vid, "channel": "visit", "met": "borrower",
                                 "result_code": rng.choice(("refused", "hardship", "ptp")), "attitude": "neutral",
                                 "conduct_id_shown": True, "conduct_recording": True, "conduct_no_entry": True,
                                 "occurred_at": v["start_at"], "recorded_by_id": team[0], "recorded_at": v["end_at"]})
        conn.execute(VisitMember.__table__.insert(), members)
        conn.execute(Outcome.__table__.insert(), outcomes)
        conn.execute(Assessment.__table__.insert(), [
            {"case_id": c[0], "scorecard_version": 1, "score": 50, "grade": "B", "recommended_action": "visit",
             "chosen_action": "visit", "factors": [], "bulk": True,
             "assessed_at": now - timedelta(days=rng.randint(1, 60))} for c in rng.sample(cases, 30_000)])
    with db.engine.begin() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        c.exec_driver_sql("ANALYZE")
    db.dispose()
    tmp.rename(path)
    report("build follow-up benchmark database (s)", time.perf_counter() - t0, None,
           f"{path.stat().st_size / 2**20:.0f} MiB, reused by later runs")


def run(report) -> None:  # noqa: ANN001, PLR0915
    os.environ["VISITDESK_KEY"] = KEY
    from desktop.models.crypto import reset_key_cache

    reset_key_cache()
    from sqlalchemy import func, select

    from desktop.models import Case, FollowUpTask
    from desktop.models.database import open_database, sqlite_path
    from desktop.services.context import BRANCH_TZ
    from desktop.services.payments import PaymentService
    from desktop.services.tasks import TaskService
    from desktop.services.timeline import TimelineService
    from desktop.services.users import UserService

    today = datetime.now(BRANCH_TZ).date()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    base = BENCH_DIR / f"followup-base-100k-{today:%Y%m%d}.sqlite3"  # promises and visits lie around today
    if not base.exists():
        for old in BENCH_DIR.glob("followup-base-100k-*.sqlite3"):
            old.unlink()
        _build(base, today, report)
    work = BENCH_DIR / "followup-work.sqlite3"
    for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        p.unlink(missing_ok=True)
    shutil.copy(base, work)
    db = open_database(f"sqlite:///{work}")
    manager = UserService(db, None).authenticate("manager", "demo1234")
    tasks = TaskService(db, manager)

    t0 = time.perf_counter()
    first = tasks.refresh_tasks()
    t_first = time.perf_counter() - t0
    report("refresh tasks, first run, all branches (s)", t_first, None,
           f"{first.created_total:,} created, {first.judged.judged:,} promises judged; target ≤ 30 s")
    t0 = time.perf_counter()
    second = tasks.refresh_tasks()
    report("refresh tasks, second run (idempotent) (s)", time.perf_counter() - t0, None,
           f"{second.created_total} created, {second.closed_total} closed; target ≤ 5 s")

    with db.session_factory() as s:
        uid, n = s.execute(select(FollowUpTask.assigned_to_id, func.count()).where(FollowUpTask.status == "open",
                                                                                    FollowUpTask.assigned_to_id.is_not(None))
                           .group_by(FollowUpTask.assigned_to_id).order_by(func.count().desc()).limit(1)).one()
        from desktop.models import User

        login = s.get(User, uid).login
    collector = UserService(db, None).authenticate(login, "demo1234")
    mine = TaskService(db, collector)
    rows = mine.worklist()
    con = sqlite3.connect(sqlite_path(db.url))
    bare_sql = ("SELECT t.*, c.contract_no, c.customer_name, c.bucket, c.overdue_total, u.display_name FROM tasks t "
                "LEFT JOIN cases c ON c.id = t.case_id LEFT JOIN users u ON u.id = t.assigned_to_id "
                "WHERE t.assigned_to_id = ? AND ((t.status = 'open' AND t.due_date <= ?) OR "
                "(t.status = 'snoozed' AND t.snoozed_until <= ?)) ORDER BY t.priority DESC, t.due_date, t.id")
    bare_rows = con.execute(bare_sql, (uid, today.isoformat(), today.isoformat())).fetchall()
    assert len(bare_rows) == len(rows), (len(bare_rows), len(rows))
    ours = best_of(lambda: mine.worklist(), 5)
    bare = best_of(lambda: con.execute(bare_sql, (uid, today.isoformat(), today.isoformat())).fetchall(), 5)
    report(f"worklist of {login} ({len(rows)} tasks of {n} open)", ours, bare, "target ≤ 3×")

    # payments import
    rng = random.Random(5)
    with db.session_factory() as s:
        contracts = list(s.scalars(select(Case.contract_no).where(Case.status != "closed")))
    pay_rows = [Row(rng.choice(contracts), today - timedelta(days=rng.randint(0, 3)),
                    Decimal(rng.randrange(50, 2000)), f"BENCH-{today:%Y%m%d}-{i:07d}", i + 2) for i in range(20_000)]
    sup = PaymentService(db, manager)
    t0 = time.perf_counter()
    res = sup.import_payments(pay_rows)
    t_imp = time.perf_counter() - t0
    bcon = sqlite3.connect(sqlite_path(db.url))
    bcon.execute("CREATE TEMP TABLE bare_payments AS SELECT * FROM payments WHERE 0")

    def bare_import() -> None:
        """The same file by hand: contract → loan and case, known transaction numbers, one executemany."""
        wanted = sorted({r.contract_no for r in pay_rows})
        loans: dict[str, tuple[int, int]] = {}
        for i in range(0, len(wanted), 900):
            part = wanted[i:i + 900]
            loans.update((c, (lid, cid)) for c, lid, cid in bcon.execute(
                "SELECT l.contract_no, l.id, c.id FROM loans l LEFT JOIN cases c ON c.loan_id = l.id "
                f"WHERE l.contract_no IN ({','.join('?' * len(part))})", part))
        txns = [r.txn_no for r in pay_rows]
        known: set[str] = set()
        for i in range(0, len(txns), 900):
            part = txns[i:i + 900]
            known.update(t for (t,) in bcon.execute(
                f"SELECT txn_no FROM bare_payments WHERE txn_no IN ({','.join('?' * len(part))})", part))
        with bcon:
            bcon.executemany("INSERT INTO bare_payments (loan_id, case_id, amount, paid_on, channel, txn_no, source) "
                             "VALUES (?, ?, ?, ?, 'bank', ?, 'import')",
                             [(*loans[r.contract_no], str(r.amount), r.paid_on.isoformat(), r.txn_no)
                              for r in pay_rows if r.txn_no not in known and r.contract_no in loans])

    t0 = time.perf_counter()
    bare_import()
    t_bare = time.perf_counter() - t0
    report("import 20,000 payments with allocation", t_imp, t_bare,
           f"{res.new:,} new, {res.promises_kept:,} promises kept, ¥{res.to_promises + res.to_installments:,.0f} "
           "allocated; bare = look-ups + executemany only; target ≤ 10×")
    t0 = time.perf_counter()
    again = sup.import_payments(pay_rows)
    report("re-import the same 20,000 payments (all duplicates) (s)", time.perf_counter() - t0, None,
           f"{again.duplicate:,} duplicates")

    with db.session_factory() as s:
        from desktop.models import Outcome

        case_id = s.scalar(select(Outcome.case_id).limit(1))
    tl = TimelineService(db, manager)
    entries = tl.for_case(case_id)
    report(f"customer timeline ({len(entries)} events)", best_of(lambda: tl.for_case(case_id), 5), None,
           "seconds; target ≤ 0.1 s")
    con.close()
    bcon.close()
    db.dispose()
