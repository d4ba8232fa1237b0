"""Visits: checking one proposed visit against every rule on a database with 100,000 visits, and 1,000 visit
notices into one PDF.

The database (built once, reused): a 20,000-case demo world, 120 extra collectors, and 100,000 visits spread
over the working days of 2025 (teams of two collectors of the case's branch, 09:00–18:00), plus one day
(2026-06-01) with 1,000 planned visits for the notices.

Figures (targets in the notes):
* ``VisitService.check`` of one proposed visit — policy, calendar, case, team, the case's visits ±30 days,
  the team's visits around that day, every rule — against the bare indexed selects of the same visit rows
  with sqlite3 (target ≤ 5 ms; the ratio shows the price of the service and the rule engine);
* the same over 200 different proposals (mean);
* 1,000 notices into one PDF through the service (load the rows, build the notice data, render) against a
  bare reportlab script that draws the same text with the same embedded font, in the same run (≤ 1.5×).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from tests.bench.common import BENCH_DIR, best_of

N_CASES = 20_000
N_VISITS = 100_000
NOTICE_DAY = date(2026, 6, 1)  # a Monday
KEY = "dmlzaXRkZXNrLXZpc2l0cy1iZW5jaC1rZXktMzJieXQ="  # 32 bytes, this benchmark's own database


def _local(d: date, hh: int, mm: int = 0) -> datetime:
    from desktop.services.context import BRANCH_TZ

    return datetime.combine(d, dtime(hh, mm), tzinfo=BRANCH_TZ).astimezone(UTC)


def _build(path: Path, report) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from desktop.models import Case, User, Visit, VisitMember
    from desktop.models.database import open_database
    from desktop.services.setup import initialize
    from desktop.services.workcalendar import WorkCalendar

    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = open_database(f"sqlite:///{tmp}")
    initialize(db, "admin123", demo=N_CASES, seed=5)
    rng = random.Random(21)
    cal = WorkCalendar()
    days = [date(2025, 1, 1) + timedelta(days=k) for k in range(365)]
    days = [d for d in days if cal.is_workday(d)]
    with db.session_factory.begin() as s:
        branches = sorted({b for (b,) in s.execute(select(User.branch_id).where(User.role == "collector"))})
        pw = s.scalar(select(User.password_hash).where(User.login == "c01"))
        conn = s.connection()
        conn.execute(User.__table__.insert(), [
            {"login": f"bv{k:03d}", "display_name": f"外访员{k:03d}", "employee_no": f"BV{k:04d}", "role": "collector",
             "branch_id": branches[k % len(branches)], "password_hash": pw, "active": True,
             "must_change_password": False, "failed_logins": 0, "created_at": datetime.now(UTC), "version": 1}
            for k in range(120)])
        staff: dict[int, list[int]] = {}
        for uid, bid in s.execute(select(User.id, User.branch_id).where(User.role == "collector")):
            staff.setdefault(bid, []).append(uid)
        cases = s.execute(select(Case.id, Case.branch_id).where(Case.status != "closed")).all()
        now = datetime.now(UTC)
        visits, teams = [], []
        for k in range(N_VISITS + 1000):
            if k < N_VISITS:
                cid, bid = cases[rng.randrange(len(cases))]
                start = _local(rng.choice(days), rng.randint(9, 18), rng.choice((0, 30)))
                status = rng.choice(("done", "done", "planned", "notified", "cancelled"))
            else:
                cid, bid = cases[k - N_VISITS]
                start = _local(NOTICE_DAY, 9 + (k % 10), 0)
                status = "notified"
            visits.append({"case_id": cid, "branch_id": bid, "start_at": start, "end_at": start + timedelta(hours=1),
                           "address": f"北京市朝阳区建国路{rng.randrange(1, 300)}号", "address_kind": "home",
                           "status": status, "notice_at": start - timedelta(days=2), "notice_channel": "sms",
                           "customer_agreed_outside_window": False, "customer_agreed_weekend": False,
                           "created_by_id": staff[bid][0], "created_at": now, "version": 1})
            teams.append(rng.sample(staff[bid], 2))
        vids = conn.execute(Visit.__table__.insert().returning(Visit.id, sort_by_parameter_order=True),
                            visits).scalars().all()
        conn.execute(VisitMember.__table__.insert(),
                     [{"visit_id": v, "user_id": u} for v, team in zip(vids, teams, strict=True) for u in team])
    with db.engine.begin() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        c.exec_driver_sql("ANALYZE")
    db.dispose()
    tmp.rename(path)
    report("build visits benchmark database (s)", time.perf_counter() - t0, None,
           f"{path.stat().st_size / 2**20:.0f} MiB, {N_VISITS:,} visits, reused by later runs")


def _bare_rows(conn: sqlite3.Connection, case_id: int, team: tuple[int, ...], start: datetime) -> int:
    """The same visit rows the service loads, by bare indexed selects."""
    s = start.astimezone(UTC).replace(tzinfo=None)
    a = conn.execute("SELECT id, case_id, start_at, end_at, address, status FROM visits WHERE case_id = ? "
                     "AND start_at > ? AND start_at < ?", (case_id, s - timedelta(days=30), s + timedelta(days=30)))
    n = len(a.fetchall())
    day0 = datetime.combine(start.date(), dtime()) - timedelta(hours=8)
    b = conn.execute("SELECT v.id, v.case_id, v.start_at, v.end_at, v.address, v.status, m.user_id FROM visits v "
                     "JOIN visit_members m ON m.visit_id = v.id WHERE m.user_id IN (?, ?) AND v.start_at >= ? "
                     "AND v.start_at < ?", (*team, day0 - timedelta(hours=14, minutes=30), day0 + timedelta(days=1)))
    return n + len(b.fetchall())


def _bare_notices(notices, out: Path) -> None:  # noqa: ANN001
    """A bare reportlab script: the same text of every notice (footer included), drawn line by line with the
    same font, every line on every page (no rules, boxes or seal circle)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from reports.notices import VISIT_PLACES
    from reports.pdfbase import (
        FONT,
        FONT_BOLD,
        fmt_date,
        fmt_datetime,
        fmt_money,
        now_local,
        register_fonts,
        weekday_cn,
    )

    register_fonts()
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    made = f"制单：bench　生成时间：{fmt_datetime(now_local())}"
    total = len(notices)
    for page, n in enumerate(notices, start=1):
        team = "、".join(f"{a}（工号 {b}）" for a, b in n.collectors)
        lines = [
            n.company_name, "上门拜访通知书", f"发出单位：{n.branch_name}　通知书编号：{n.notice_no}",
            f"尊敬的{n.customer_name}：",
            f"您（证件号码：{n.masked_id}）在我司办理的“{n.product}”（合同编号：{n.contract_no}）",
            f"已逾期 {n.dpd} 天。截至 {fmt_date(n.data_date)}，您的欠款情况如下：",
            "逾期本金　逾期利息　罚息　逾期总额",
            f"{fmt_money(n.overdue_principal)}　{fmt_money(n.overdue_interest)}　{fmt_money(n.penalty_interest)}　"
            f"{fmt_money(n.overdue_total)}",
            "注：以上金额为截至上述日期的数据，实际应还金额以您还款当日我司系统核算结果为准。",
            f"为与您当面沟通还款事宜，我司工作人员 {team}",
            f"将于 {fmt_date(n.visit_date)}（{weekday_cn(n.visit_date)}）{n.window_start:%H:%M}–{n.window_end:%H:%M} "
            f"前往{VISIT_PLACES[n.address_kind]}拜访。",
            f"如该时段不便，请拨打 {n.hotline} 另约时间。", "特别提示",
            f"1. 拜访人员将主动出示工作证，请您核对姓名与工号；如有疑问，可拨打核实电话 {n.hotline} 查验其身份。",
            "2. 未经您本人同意，拜访人员不会进入您的住所。",
            "3. 拜访人员不收取现金或任何财物，也不会要求您向任何个人账户转账。",
            "4. 如需还款，请仅转入本公司以下对公账户，并在转账附言中注明合同编号：",
            f"户　名：{n.account_name}", f"开户行：{n.bank_name}", f"账　号：{n.account_no}",
            f"5. 如对拜访安排或拜访人员的言行有任何意见，请拨打投诉电话 {n.complaint_hotline}，我司将及时核查处理。",
            "特此通知。", "盖章处", n.company_name, n.branch_name, fmt_date(n.issued_on),
            f"通知书编号 {n.notice_no}　第 {page} 页 / 共 {total} 页　{made}",
        ]
        y = 780
        for i, line in enumerate(lines):
            c.setFont(FONT_BOLD if i in (0, 1, 12) else FONT, 10)
            c.drawString(60, y, line)
            y -= 22
        c.showPage()
    c.save()


def run(report) -> None:  # noqa: ANN001
    os.environ["VISITDESK_KEY"] = KEY
    from desktop.models.crypto import reset_key_cache

    reset_key_cache()
    from sqlalchemy import select

    from desktop.models import Case, User, Visit, VisitMember
    from desktop.models.database import open_database
    from desktop.services.users import UserService
    from desktop.services.visits import VisitDraft, VisitService, to_local
    from reports.notices import render_notices

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"visits-{N_VISITS // 1000}k.sqlite3"
    if not path.exists():
        _build(path, report)
    db = open_database(f"sqlite:///{path}")
    manager = UserService(db, None).authenticate("manager", "demo1234")
    svc = VisitService(db, manager)
    rng = random.Random(3)
    with db.session_factory() as s:
        n_visits = s.query(Visit).count()
        probes = []
        for vid in rng.sample(range(1, N_VISITS), 400):
            v = s.get(Visit, vid)
            if v is None or v.status == "cancelled":
                continue
            team = tuple(sorted(s.scalars(select(VisitMember.user_id).where(VisitMember.visit_id == vid))))
            case = s.get(Case, v.case_id)
            other = s.scalar(select(Case.id).where(Case.branch_id == case.branch_id, Case.id != case.id)
                             .offset(rng.randrange(50)).limit(1))
            start = to_local(v.start_at) + timedelta(days=rng.choice((0, 1, 2)), hours=rng.choice((-2, 0, 2)))
            probes.append((other, team, start))
            if len(probes) == 200:
                break
        per_day = s.execute(select(VisitMember.user_id).join(Visit, Visit.id == VisitMember.visit_id)
                            .where(VisitMember.user_id == probes[0][1][0])).all()
    case_id, team, start = probes[0]

    def draft(c: int, t: tuple[int, ...], st: datetime) -> VisitDraft:
        return VisitDraft(c, st, st + timedelta(hours=1), t, "北京市朝阳区建国路88号", "home")

    d0 = draft(case_id, team, start)
    result = svc.check(d0)
    ours = best_of(lambda: svc.check(d0), 30)
    conn = sqlite3.connect(str(path))
    rows = _bare_rows(conn, case_id, team, start)
    bare = best_of(lambda: _bare_rows(conn, case_id, team, start), 30)
    report("check one proposed visit, 100k visits", ours, bare,
           f"{n_visits:,} visits, {rows} rows, {len(result.violations)} violations, collector has "
           f"{len(per_day):,} visits; target ≤ 5 ms")
    times = []
    for c, t, st in probes:
        t0 = time.perf_counter()
        svc.check(draft(c, t, st))
        times.append(time.perf_counter() - t0)
    bare_times = []
    for c, t, st in probes:
        t0 = time.perf_counter()
        _bare_rows(conn, c, t, st)
        bare_times.append(time.perf_counter() - t0)
    report("check 200 different proposals, mean", statistics.mean(times), statistics.mean(bare_times),
           f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    conn.close()

    # ---- the calendar's week
    monday = date(2025, 6, 9)
    week = svc.list_range(monday, monday + timedelta(days=6))
    t_week = best_of(lambda: svc.list_range(monday, monday + timedelta(days=6)), 5)
    conn = sqlite3.connect(str(path))
    lo, hi = _local(monday, 0).replace(tzinfo=None), _local(monday + timedelta(days=7), 0).replace(tzinfo=None)

    def bare_week() -> int:
        a = conn.execute("SELECT v.id, v.case_id, c.contract_no, c.customer_name, v.start_at, v.end_at, v.status, "
                         "v.address, v.version, v.notice_at, v.branch_id FROM visits v JOIN cases c ON c.id = v.case_id "
                         "WHERE v.start_at >= ? AND v.start_at < ? ORDER BY v.start_at, v.id", (lo, hi)).fetchall()
        b = conn.execute("SELECT m.visit_id, m.user_id, u.display_name FROM visit_members m JOIN visits v ON "
                         "v.id = m.visit_id JOIN users u ON u.id = m.user_id WHERE v.start_at >= ? AND v.start_at < ?",
                         (lo, hi)).fetchall()
        return len(a) + len(b)

    t_bare_week = best_of(bare_week, 5)
    conn.close()
    report("calendar week: list_range (all branches)", t_week, t_bare_week, f"{len(week):,} visits")

    # ---- notices
    out_dir = BENCH_DIR / "notices-out"
    out_dir.mkdir(exist_ok=True)
    ours_pdf, bare_pdf = out_dir / "ours.pdf", out_dir / "bare.pdf"
    holder = {}

    def ours_notices() -> None:
        notices, *_ = svc.notice_data(NOTICE_DAY, None)
        holder["n"] = notices
        render_notices(notices, ours_pdf, "bench")

    t_ours = best_of(ours_notices, 2)
    notices = holder["n"]
    t_bare = best_of(lambda: _bare_notices(notices, bare_pdf), 2)
    report("1,000 notices into one PDF (s)", t_ours, t_bare,
           f"{len(notices)} pages, {ours_pdf.stat().st_size / 2**20:.1f} MiB vs {bare_pdf.stat().st_size / 2**20:.1f} "
           f"MiB; target ≤ 1.5×")
    t0 = time.perf_counter()
    svc.notice_data(NOTICE_DAY, None)
    report("  of which loading 1,000 notices' data (s)", time.perf_counter() - t0)
    db.dispose()
    _ = User
