"""Case list on 1,000,000 cases: first screen, sort, 3-character search, bucket + collector filter.

Each action is timed through the real page (Qt widgets, item model, service, SQL) against the bare SQL
query that returns the same rows, on the same database in the same run. Peak RSS of this process with the
case page open is printed too (target < 400 MB).
"""

from __future__ import annotations

import resource
import sqlite3
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.database import sqlite_path
from tests.bench.common import best_of, million_db

OPEN = "c.status IN ('new','assessed','planned','scheduled','visited','promised','on_plan')"
SELECT = ("SELECT c.*, cu.mobile_masked, u.display_name, b.name FROM cases c JOIN customers cu ON cu.id = c.customer_id "
          "JOIN branches b ON b.id = c.branch_id LEFT JOIN users u ON u.id = c.assigned_to_id WHERE " + OPEN)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(report) -> None:  # noqa: ANN001
    db = million_db()
    app = QApplication.instance() or QApplication([])
    from desktop.services.caselist import CaseListService
    from desktop.services.cases import CaseDetailService
    from desktop.services.reference import ReferenceService
    from desktop.services.users import UserService
    from desktop.views.casepage import CasePage
    from desktop.views.theme import apply_theme

    apply_theme(app)
    actor = UserService(db, None).authenticate("manager", "demo1234")
    users, ref = UserService(db, actor), ReferenceService(db, actor)
    con = sqlite3.connect(sqlite_path(db.url))
    from desktop.models.database import spaced

    con.create_function("vd_spaced", 1, spaced, deterministic=True)
    pages: list[CasePage] = []

    def open_page() -> None:
        page = CasePage(CaseListService(db, actor), CaseDetailService(db, actor), users, ref.branches())
        page.resize(1400, 800)
        page.show()
        app.processEvents()
        pages.append(page)

    def close_pages() -> None:
        for p in pages:
            p.wait_idle()
            p.close()
            p.deleteLater()
        pages.clear()
        app.processEvents()

    # 1. open the page, first screen (200 rows by overdue total, descending)
    times = []
    for _ in range(3):
        close_pages()
        t0 = time.perf_counter()
        open_page()
        times.append(time.perf_counter() - t0)
    bare = best_of(lambda: con.execute(SELECT + " ORDER BY c.overdue_total DESC, c.id DESC LIMIT 200").fetchall())
    report("open case page, first screen", min(times), bare, f"peak RSS {rss_mb():.0f} MB")
    page = pages[-1]
    col_total = 5

    # 2. sort by overdue total ascending (header click)
    def sort_asc() -> None:
        page.table.sortByColumn(col_total, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        page.table.sortByColumn(col_total, Qt.SortOrder.DescendingOrder)  # back, not timed below

    def sort_only() -> float:
        page.table.sortByColumn(col_total, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        t0 = time.perf_counter()
        page.table.sortByColumn(col_total, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        return time.perf_counter() - t0

    ours = min(sort_only() for _ in range(5))
    bare = best_of(lambda: con.execute(SELECT + " ORDER BY c.overdue_total ASC, c.id ASC LIMIT 200").fetchall())
    report("sort by overdue total", ours, bare, f"peak RSS {rss_mb():.0f} MB")
    page.table.sortByColumn(col_total, Qt.SortOrder.DescendingOrder)

    # 3. three-character name substring
    name = con.execute("SELECT customer_name FROM cases WHERE length(customer_name) = 3 LIMIT 1 OFFSET 777").fetchone()[0]

    def search() -> None:
        page.search.setText(name)
        page.apply_filters()
        app.processEvents()

    def clear() -> None:
        page.search.setText("")
        page.apply_filters()
        page.wait_idle()
        app.processEvents()

    times = []
    for _ in range(5):
        clear()
        t0 = time.perf_counter()
        search()
        times.append(time.perf_counter() - t0)
    bare = best_of(lambda: con.execute(
        SELECT + " AND c.id IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?) "
        "ORDER BY c.overdue_total DESC, c.id DESC LIMIT 200", (f'"{name}"',)).fetchall())
    report(f"search 3-character name ({page.model.rowCount()} rows)", min(times), bare)
    clear()

    # 3b. a two-character given name (per-character index)
    given = name[-2:]

    def search2() -> None:
        page.search.setText(given)
        page.apply_filters()
        app.processEvents()

    times = []
    for _ in range(5):
        clear()
        t0 = time.perf_counter()
        search2()
        times.append(time.perf_counter() - t0)
    phrase = '"' + " ".join(given) + '"'
    bare = best_of(lambda: con.execute(
        SELECT + " AND c.id IN (SELECT rowid FROM case_name_fts WHERE case_name_fts MATCH ?) "
        "ORDER BY c.overdue_total DESC, c.id DESC LIMIT 200", (phrase,)).fetchall())
    report(f"search 2-character given name ({page.model.rowCount()} rows)", min(times), bare)
    clear()

    # 4. bucket M3 plus one collector
    collector_idx = 2
    collector_id = page.collector.itemData(collector_idx)

    def filt() -> None:
        page.bucket.blockSignals(True)
        page.bucket.setCurrentIndex(page.bucket.findData("M3"))
        page.bucket.blockSignals(False)
        page.collector.setCurrentIndex(collector_idx)  # triggers apply_filters
        app.processEvents()

    def unfilt() -> None:
        for combo in (page.bucket, page.collector):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        page.apply_filters()
        page.wait_idle()

    times = []
    for _ in range(5):
        unfilt()
        t0 = time.perf_counter()
        filt()
        times.append(time.perf_counter() - t0)
    bare = best_of(lambda: con.execute(
        SELECT + " AND c.bucket = 'M3' AND c.assigned_to_id = ? ORDER BY c.overdue_total DESC, c.id DESC LIMIT 200",
        (collector_id,)).fetchall())
    report(f"filter M3 + collector ({page.model.rowCount()} rows)", min(times), bare,
           f"peak RSS {rss_mb():.0f} MB")
    close_pages()
    con.close()
    db.dispose()
