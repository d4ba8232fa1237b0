"""Reports on a million cases and a year of visits (~200,000): the visit-log workbook and the performance workbook.

* visit log for a year (write-only workbook): our whole path — service query, rows, renderer — timed and its
  peak memory taken in a child process, against a bare openpyxl write-only script writing the same rows with
  the same number formats (the rows handed to it ready-made) in another child; target ratio ≤ 1.3×,
  memory < 500 MB;
* collector-performance workbook for all branches over the year: target ≤ 2 s.

The database is the shared million-case demo database (``tests/bench/common.million_db``) copied once and
given a year of visits, outcomes, promises and payments with bulk inserts; ``VISITDESK_BENCH_DB`` names a
file to use or create instead.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.bench.common import BENCH_DIR, million_db

ROOT = Path(__file__).resolve().parents[2]
YEAR_FROM, YEAR_TO = date(2025, 12, 1), date(2026, 11, 27)
VISITS = 200_000


def bench_db(report=None) -> Path:  # noqa: ANN001
    path = Path(os.environ.get("VISITDESK_BENCH_DB") or BENCH_DIR / "reports-1m-200k.sqlite3")
    if path.exists():
        return path
    t0 = time.perf_counter()
    src = million_db()
    base = Path(src.engine.url.database)
    src.dispose()
    tmp = path.with_suffix(".building")
    shutil.copyfile(base, tmp)
    _add_year_of_visits(tmp)
    tmp.rename(path)
    if report:
        report("build: copy 1M-case db + 200k visits (s)", time.perf_counter() - t0, None, str(path))
    return path


def _ts(d: datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S.%f")


def _add_year_of_visits(path: Path) -> None:  # noqa: PLR0915
    """A year of visits on working days: two collectors of the case's branch, outcomes, promises, payments."""
    from desktop.services.workcalendar import WorkCalendar

    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    staff: dict[int, list[int]] = {}
    for uid, bid in con.execute("SELECT id, branch_id FROM users WHERE role = 'collector' AND branch_id IS NOT NULL"):
        staff.setdefault(bid, []).append(uid)
    cases = con.execute("SELECT c.id, c.branch_id, c.loan_id, cu.home_address FROM cases c "
                        "JOIN customers cu ON cu.id = c.customer_id WHERE cu.home_address IS NOT NULL "
                        "ORDER BY c.id LIMIT 150000").fetchall()
    cal = WorkCalendar()
    days = [YEAR_FROM + timedelta(days=i) for i in range((YEAR_TO - YEAR_FROM).days + 1)]
    days = [d for d in days if cal.is_workday(d)]
    per_day = VISITS // len(days) + 1
    codes = (("ptp", 30), ("plan_agreed", 8), ("paid", 5), ("refused", 9), ("hardship", 10), ("not_home", 20),
             ("moved", 4), ("third_party", 8), ("dispute", 3), ("complaint", 3))
    names, weights = zip(*codes, strict=True)
    vid = (con.execute("SELECT COALESCE(MAX(id), 0) FROM visits").fetchone()[0] or 0) + 1
    oid = (con.execute("SELECT COALESCE(MAX(id), 0) FROM outcomes").fetchone()[0] or 0) + 1
    pid = (con.execute("SELECT COALESCE(MAX(id), 0) FROM promises").fetchone()[0] or 0) + 1
    visits, members, outcomes, promises, payments = [], [], [], [], []
    made = 0
    for d in days:
        for _ in range(per_day):
            if made >= VISITS:
                break
            case_id, bid, loan_id, addr = cases[rng.randrange(len(cases))]
            team = rng.sample(staff[bid], 2)
            start = datetime(d.year, d.month, d.day, rng.choice((1, 3, 6, 7)), 30, tzinfo=UTC)  # 09:30–15:30 local
            status = "done" if rng.random() < 0.9 else rng.choice(("missed", "cancelled"))
            visits.append((vid, case_id, bid, _ts(start), _ts(start + timedelta(hours=1)), addr, "home", status,
                           _ts(start - timedelta(days=2)), "sms", 0, 0, team[0], _ts(start - timedelta(days=3)), 1))
            members += [(vid, team[0]), (vid, team[1])]
            if status == "done":
                code = rng.choices(names, weights)[0]
                met = "nobody" if code in ("not_home", "moved") else "borrower"
                outcomes.append((oid, case_id, vid, "visit", met, code, None if met == "nobody" else "cooperative",
                                 1, 1, 1, _ts(start + timedelta(minutes=40)), team[0], _ts(start + timedelta(hours=3))))
                if code == "ptp":
                    amount = round(rng.uniform(500, 20000), 2)
                    due = d + timedelta(days=rng.randint(3, 10))
                    fate = rng.random()
                    st, paid = ("kept", amount) if fate < 0.6 else ("partly_kept", round(amount / 2, 2)) \
                        if fate < 0.75 else ("broken", 0.0)
                    promises.append((pid, case_id, oid, amount, due.isoformat(), st, paid, team[0],
                                     _ts(start + timedelta(hours=2)), 1))
                    if paid:
                        payments.append((loan_id, case_id, paid, due.isoformat(), "bank", f"B{pid:09d}", "import",
                                         _ts(start)))
                    pid += 1
                oid += 1
            vid += 1
            made += 1
    con.executemany("INSERT INTO visits (id, case_id, branch_id, start_at, end_at, address, address_kind, status, "
                    "notice_at, notice_channel, customer_agreed_outside_window, customer_agreed_weekend, "
                    "created_by_id, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", visits)
    con.executemany("INSERT INTO visit_members (visit_id, user_id) VALUES (?,?)", members)
    con.executemany("INSERT INTO outcomes (id, case_id, visit_id, channel, met, result_code, attitude, "
                    "conduct_id_shown, conduct_recording, conduct_no_entry, occurred_at, recorded_by_id, recorded_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", outcomes)
    con.executemany("INSERT INTO promises (id, case_id, outcome_id, amount, due_date, status, paid_amount, "
                    "created_by_id, created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?)", promises)
    con.executemany("INSERT INTO payments (loan_id, case_id, amount, paid_on, channel, txn_no, source, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?)", payments)
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


# The two children. Each prints one JSON line: seconds and its own peak RSS (MiB).
_PEAK = """
import json, os, resource, sys, time
def peak():
    # this process's own peak (VmHWM of its memory since exec); ru_maxrss would also count the parent's
    # resident memory at fork time (Linux keeps the larger across exec), i.e. the benchmarks run before
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

_OURS = _PEAK + """
os.environ.setdefault("VISITDESK_KEY", "dmlzaXRkZXNrLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc=")
from datetime import date
from desktop.models.database import open_database
from desktop.services.reporting import ReportService
from desktop.services.users import UserService
from reports.workbook import write_report_workbook
db = open_database("sqlite:///" + sys.argv[1])
actor = UserService(db, None).authenticate("manager", "demo1234")
svc = ReportService(db, actor)
t0 = time.perf_counter()
report = svc.visits(date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]))
t1 = time.perf_counter()
n = write_report_workbook(report, sys.argv[4])
t2 = time.perf_counter()
print(json.dumps({"seconds": t2 - t0, "query": t1 - t0, "write": t2 - t1, "rows": n,
                  "rss": peak()}))
"""

_BARE = _PEAK + """
os.environ.setdefault("VISITDESK_KEY", "dmlzaXRkZXNrLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc=")
from datetime import date
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from desktop.models.database import open_database
from desktop.services.reporting import ReportService
from desktop.services.users import UserService
db = open_database("sqlite:///" + sys.argv[1])
actor = UserService(db, None).authenticate("manager", "demo1234")
table = ReportService(db, actor).visits(date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3])).tables[0]
rows, headers = table.rows, [c.header for c in table.columns]
rss_rows = peak()
t0 = time.perf_counter()
wb = Workbook(write_only=True)
ws = wb.create_sheet("visits")
ws.freeze_panes = "A2"
bold = Font(bold=True)
head = []
for h in headers:
    c = WriteOnlyCell(ws, value=h)
    c.font = bold
    head.append(c)
ws.append(head)
for r in rows:
    r = list(r)
    d = WriteOnlyCell(ws, value=r[1])
    d.number_format = "yyyy-mm-dd"
    r[1] = d
    if r[15] is not None:
        m = WriteOnlyCell(ws, value=r[15])
        m.number_format = '"¥"#,##0.00'
        r[15] = m
    ws.append(r)
ws.auto_filter.ref = f"A1:P{len(rows) + 1}"
wb.save(sys.argv[4])
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "rows": len(rows), "rss_rows": rss_rows,
                  "rss": peak()}))
"""


def _child(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(report) -> None:  # noqa: ANN001
    path = bench_db(report)
    out_dir = BENCH_DIR / "reports-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    args = (str(path), YEAR_FROM.isoformat(), YEAR_TO.isoformat())
    _child(_OURS, *args, str(out_dir / "warm.xlsx"))  # warm the page cache
    ours = _child(_OURS, *args, str(out_dir / "visits-ours.xlsx"))
    bare = _child(_BARE, *args, str(out_dir / "visits-bare.xlsx"))
    report(f"visit-log workbook, a year ({ours['rows']:,} visits)", ours["seconds"], bare["seconds"],
           f"query {ours['query']:.1f} s + write {ours['write']:.1f} s; target ratio ≤ 1.3")
    report("visit-log workbook: peak memory of the whole run (MiB)", ours["rss"], None,
           f"bare script {bare['rss']:.0f} MiB (of which rows {bare['rss_rows']:.0f}); target < 500")

    from datetime import date as _date  # noqa: F401

    from desktop.models.database import open_database
    from desktop.services.reporting import ReportService
    from desktop.services.users import UserService
    from reports.workbook import write_report_workbook
    from tests.bench.common import best_of

    db = open_database(f"sqlite:///{path}")
    try:
        actor = UserService(db, None).authenticate("manager", "demo1234")
        svc = ReportService(db, actor)

        def perf() -> None:
            write_report_workbook(svc.performance(YEAR_FROM, YEAR_TO), out_dir / "performance.xlsx")

        secs = best_of(perf, 3)
        report("performance workbook, all branches, a year (s)", secs, None, "target ≤ 2 s")

        def aging() -> None:
            write_report_workbook(svc.aging(), out_dir / "aging.xlsx")

        report("aging workbook, 1,000,000 cases (s)", best_of(aging, 2), None, "no target")
    finally:
        db.dispose()
