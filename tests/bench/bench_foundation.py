"""Foundation: build a 1,000,000-case database; one sorted page of 100 cases, service vs. bare SQL."""

from __future__ import annotations

import sqlite3

from desktop.models.database import sqlite_path
from desktop.services.caselist import CaseListService, CaseQuery
from desktop.services.users import UserService
from tests.bench.common import best_of, million_db


def run(report) -> None:  # noqa: ANN001
    db = million_db(report)
    actor = UserService(db, None).authenticate("manager", "demo1234")
    svc = CaseListService(db, actor)
    q = CaseQuery(sort="overdue_total", descending=True)
    ours = best_of(lambda: svc.page(q, limit=100))
    con = sqlite3.connect(sqlite_path(db.url))
    sql = ("SELECT c.*, cu.mobile_masked, u.display_name, b.name FROM cases c JOIN customers cu ON cu.id = c.customer_id "
           "JOIN branches b ON b.id = c.branch_id LEFT JOIN users u ON u.id = c.assigned_to_id "
           "WHERE c.status IN ('new','assessed','planned','scheduled','visited','promised','on_plan') "
           "ORDER BY c.overdue_total DESC, c.id DESC LIMIT 100")
    bare = best_of(lambda: con.execute(sql).fetchall())
    report("case page of 100 sorted by overdue total", ours, bare)
    con.close()
    db.dispose()
