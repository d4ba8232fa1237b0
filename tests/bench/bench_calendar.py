"""Calendar week view with 2,000 visits (target ≤ 100 ms to render).

* ``list_range`` of a week holding 2,000 visits of one branch (the one query the page makes), on a demo
  database of 2,000 cases built once under ``$VISITDESK_BENCH_DIR``;
* rendering the week view (1400×900): setting the rows (lane layout) and painting the widget into an image,
  against a bare baseline that paints 2,000 rectangles with QPainter into a QImage of the same size;
* the whole page refresh (query + layout + paint).
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tests.bench.common import BENCH_DIR, best_of

N_VISITS = 2000
WEEK = date(2026, 12, 7)  # a Monday; the week has no holiday
SIZE = (1400, 900)
KEY = "dmlzaXRkZXNrLWNhbGVuZGFyLWJlbmNoLWtleS0zMmI="


def _rows(branch_id: int = 1) -> list:
    """2,000 synthetic visit rows over the working week, 09:00–19:00 on a 30-minute grid."""
    from desktop.services.visits import VisitRow

    rng = random.Random(3)
    rows = []
    for k in range(N_VISITS):
        day = WEEK + timedelta(days=rng.randrange(5))
        start = datetime.combine(day, datetime.min.time()) + timedelta(minutes=540 + 30 * rng.randrange(20))
        status = rng.choice(("planned", "notified", "notified", "done", "cancelled", "missed"))
        rows.append(VisitRow(
            id=k + 1, case_id=k + 1, contract_no=f"HT{k:08d}", customer_name=f"客户{k:04d}", start=start,
            end=start + timedelta(hours=1), status=status, address=f"北京市朝阳区建国路{k % 300}号",
            district="朝阳区", member_ids=(1, 2), member_names=("王芳", "刘洋"), version=1,
            notice_at=None, branch_id=branch_id))
    rows.sort(key=lambda r: (r.start, r.id))
    return rows


def _build(path: Path) -> None:
    """A demo database with 2,000 visits in the bench week, all of one branch (bulk inserts)."""
    from sqlalchemy import insert, select

    from desktop.models import Case, User, Visit, VisitMember
    from desktop.models.database import open_database
    from desktop.services.demo import seed_demo
    from desktop.services.setup import ensure_admin, ensure_reference_data
    from desktop.services.visits import to_utc

    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    ensure_reference_data(db)
    ensure_admin(db, "admin12345")
    seed_demo(db, 3000, seed=2, today=WEEK - timedelta(days=30))
    with db.session_factory.begin() as s:
        cases = s.execute(select(Case.id, Case.branch_id)).all()
        branch = max({b for _, b in cases}, key=lambda b: sum(1 for _, x in cases if x == b))
        ids = [c for c, b in cases if b == branch]
        staff = list(s.scalars(select(User.id).where(User.branch_id == branch, User.role == "collector")))
        rows, members = [], []
        next_id = (s.scalar(select(Visit.id).order_by(Visit.id.desc()).limit(1)) or 0) + 1
        for k, r in enumerate(_rows(branch)):
            vid = next_id + k
            rows.append(dict(id=vid, case_id=ids[k % len(ids)], branch_id=branch, start_at=to_utc(r.start),
                             end_at=to_utc(r.end), address=r.address, address_kind="home", status=r.status,
                             version=1, created_at=datetime.now(UTC)))
            a, b = staff[k % len(staff)], staff[(k + 1) % len(staff)]
            members += [dict(visit_id=vid, user_id=a), dict(visit_id=vid, user_id=b)]
        s.execute(insert(Visit), rows)
        s.execute(insert(VisitMember), members)
    with db.engine.begin() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        c.exec_driver_sql("ANALYZE")
    db.dispose()
    tmp.rename(path)


def run(report) -> None:  # noqa: ANN001
    os.environ.setdefault("VISITDESK_KEY", KEY)
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.views.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    from desktop.views.calendar import TimeGrid

    rows = _rows()
    grid = TimeGrid()
    grid.resize(*SIZE)
    grid.set_days([WEEK + timedelta(days=k) for k in range(7)])

    def render() -> None:
        grid.set_rows(rows)
        img = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
        grid.render(img)

    def bare() -> None:
        img = QImage(grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor("#ffffff"))
        p = QPainter(img)
        color = QColor("#c5cae9")
        w = (SIZE[0] - 54) / 7 / 26
        for k, r in enumerate(rows):
            x = 54 + r.start.weekday() * (SIZE[0] - 54) / 7 + (k % 26) * w
            y = 46 + (r.start.hour - 8 + r.start.minute / 60) * 60
            p.fillRect(QRectF(x, y, w - 1, 58), color)
        p.end()

    ours = best_of(render, 7)
    base = best_of(bare, 7)
    report(f"week view, {N_VISITS:,} visits: layout + paint", ours, base, "target ≤ 100 ms")

    # the page's one query, and the whole refresh, on a real database
    try:
        from desktop.models.database import open_database
        from desktop.services.users import UserService
        from desktop.services.visits import VisitService

        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        path = BENCH_DIR / f"calendar-{N_VISITS}.sqlite3"
        if not path.exists():
            t0 = time.perf_counter()
            _build(path)
            report("build the calendar database (s)", time.perf_counter() - t0)
        db = open_database(f"sqlite:///{path}")
        admin = UserService(db, None).authenticate("admin", "admin12345")
        from desktop.models import User

        with db.session_factory() as s:
            from sqlalchemy import select

            mgr = s.scalar(select(User).where(User.role == "manager"))
            mgr_login = mgr.login
        from desktop.services.context import Actor

        actor = Actor(mgr.id, mgr_login, mgr.display_name, "manager", mgr.branch_id)
        svc = VisitService(db, actor)
        with db.session_factory() as s:
            from desktop.models import Visit

            branch = s.scalar(select(Visit.branch_id).group_by(Visit.branch_id).order_by(
                __import__("sqlalchemy").func.count().desc()).limit(1))
        last = WEEK + timedelta(days=6)
        n = len(svc.list_range(WEEK, last, branch_id=branch))
        q = best_of(lambda: svc.list_range(WEEK, last, branch_id=branch), 5)
        report(f"list_range of the week ({n:,} visits)", q, None, "")

        from desktop.services.context import Clock
        from desktop.views.calendar import CalendarPage

        class At(Clock):
            def now(self) -> datetime:
                return datetime(2026, 12, 1, 2, 0, tzinfo=UTC)

        page = CalendarPage(db, actor, clock=At())
        page.resize(*SIZE)
        page.branch.setCurrentIndex(page.branch.findData(branch))
        page.set_mode("week", save=False)
        page.set_date(WEEK)

        def refresh() -> None:
            page.refresh()
            img = QImage(page.grid.size(), QImage.Format.Format_ARGB32_Premultiplied)
            page.grid.render(img)

        whole = best_of(refresh, 5)
        report("page refresh: list_range + layout + paint", whole, base, f"{len(page.rows):,} visits")
        db.dispose()
        del admin
    except NotImplementedError:
        report("list_range: the visit service is not implemented yet", 0.0)
