"""Bulk risk assessment of 100,000 cases on SQLite against a bare scoring loop (target ratio ≤ 2×).

* ours: :meth:`AssessmentService.bulk_assess` of every unassessed case, the whole use case — read the cases
  and their history in chunks, derive the inputs, score each with ``quick_score``, update the cases and insert
  the assessments in one transaction with one audit event — on a fresh copy of the database each run, timed
  until the call returns (what the user waits for). The WAL checkpoint that follows on a background thread
  (``checkpoint_later``) is timed too and printed beside: the database's own copying of its log, which the
  user does not wait for;
* bare: the same scorecard (``quick_score``) over the same inputs held in memory as plain tuples (read
  beforehand), one ``ScoreInputs`` built per row, in a list comprehension.

The database is the 100,000-case demo database of ``tests/bench/common.million_db`` (built once in
``$VISITDESK_BENCH_DIR``); ``VISITDESK_BENCH_DB`` names an existing database to copy instead.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.bench.common import million_db

N = 100_000
PASSWORD = "demo1234"


def _source(report) -> Path:  # noqa: ANN001
    env = os.environ.get("VISITDESK_BENCH_DB")
    if env and Path(env).exists():
        report("database given by VISITDESK_BENCH_DB (MiB)", Path(env).stat().st_size / 2**20, None, env)
        return Path(env)
    db = million_db(report, n=N)
    path = Path(db.engine.url.database)
    db.dispose()
    return path


def _fresh_copy(src: Path, folder: Path, k: int) -> Path:
    from desktop.models.database import backup_sqlite

    dest = folder / f"work-{k}.sqlite3"
    return backup_sqlite(src, dest)  # consistent even when the source has a WAL file


def _inputs_in_memory(db, today: date) -> list[tuple]:  # noqa: ANN001
    """Every unassessed open case's scorecard inputs as plain tuples, read with the service's own readers."""
    from sqlalchemy import exists

    from desktop.models import Assessment, Case
    from desktop.services import assessment as A  # noqa: N812

    with db.session_factory() as s:
        conn = s.connection()
        stmt = A._bulk_select().where(Case.status != "closed", ~exists().where(Assessment.case_id == Case.id))
        rows = A._fetch(conn, stmt.order_by(Case.id))
        aux = A._aux(s, [r[0] for r in rows], today)
        items = A._bulk_inputs(rows, aux, today, {})
    return [(i.dpd, i.overdue_total, i.months_since_last_payment, i.broken_promises_90d, i.failed_contacts,
             i.contact_lost, i.has_visitable_address, i.last_visit_outcome, i.willingness, i.ability,
             i.hardship_reason, i.complaint_under_review, i.legal_proceedings, i.deceased, i.do_not_visit)
            for _, _, i, _ in items]


def run(report) -> None:  # noqa: ANN001
    from desktop.models.database import open_database
    from desktop.services.assessment import AssessmentService, active_config
    from desktop.services.scorecard import ScoreInputs, quick_score
    from desktop.services.users import UserService

    src = _source(report)
    folder = Path(tempfile.mkdtemp(prefix="vd-bench-assess-"))
    try:
        ours, checkpoints = [], []
        result = None
        for k in range(3):
            path = _fresh_copy(src, folder, k)
            db = open_database(f"sqlite:///{path}")
            try:
                actor = UserService(db, None).authenticate("manager", PASSWORD)
                svc = AssessmentService(db, actor)
                if k == 0:
                    today = svc.clock.today()
                    rows = _inputs_in_memory(db, today)
                    with db.session_factory() as s:
                        cfg = active_config(s)
                t0 = time.perf_counter()
                result = svc.bulk_assess()
                t1 = time.perf_counter()
                ours.append(t1 - t0)
                db.checkpointer.join()
                checkpoints.append(time.perf_counter() - t1)
                assert result.assessed == len(rows), (result.assessed, len(rows))
            finally:
                db.dispose()
            for p in folder.glob(f"work-{k}.sqlite3*"):
                p.unlink()

        def bare() -> list:
            return [quick_score(ScoreInputs(*t), cfg) for t in rows]

        bare_times = []
        for _ in range(3):
            t0 = time.perf_counter()
            scored = bare()
            bare_times.append(time.perf_counter() - t0)
        assert len(scored) == len(rows)
        grades = " ".join(f"{g}={result.by_grade.get(g, 0):,}" for g in "ABCD")
        best = ours.index(min(ours))
        report(f"bulk-assess {len(rows):,} unassessed cases (SQLite)", ours[best], min(bare_times),
               f"target ≤ 2×; then {checkpoints[best] * 1000:.0f} ms WAL checkpoint in the background; {grades}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
