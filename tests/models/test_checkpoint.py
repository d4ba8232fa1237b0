"""Batch jobs hand SQLite's WAL checkpoint to a background thread (``checkpoint_later``)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from desktop.models.database import Checkpointer, checkpoint_later, open_database


def _write_rows(conn, n: int) -> None:  # noqa: ANN001
    conn.execute(text("CREATE TABLE IF NOT EXISTS bulk_test (id INTEGER PRIMARY KEY, body TEXT)"))
    conn.execute(text("INSERT INTO bulk_test (body) VALUES (:b)"), [{"b": "x" * 400} for _ in range(n)])


def _autocheckpoints(db) -> set[int]:  # noqa: ANN001
    """wal_autocheckpoint of every connection the pool holds (each checked out in turn)."""
    conns = [db.engine.connect() for _ in range(3)]
    try:
        return {c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for c in conns}
    finally:
        for c in conns:
            c.close()


def test_a_batch_commit_leaves_the_checkpoint_to_the_background(tmp_path):
    path = tmp_path / "ck.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        assert db.checkpointer is not None and db.checkpointer.runs == 0
        with db.engine.begin() as conn:
            checkpoint_later(conn)
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
            _write_rows(conn, 20_000)  # ~ 2,500 pages: past the automatic checkpoint's 1,000
        db.checkpointer.join()
        assert db.checkpointer.runs == 1
        # everything in the log is in the database file now, and the connection checkpoints as before
        with sqlite3.connect(path) as c:
            busy, log, done = c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            assert busy == 0 and log == done
        c.close()
        assert _autocheckpoints(db) == {1000}
        # an ordinary write asks for nothing
        with db.engine.begin() as conn:
            _write_rows(conn, 10)
        db.checkpointer.join()
        assert db.checkpointer.runs == 1
    finally:
        db.dispose()
    with sqlite3.connect(path) as c:  # the data is there for the next program
        assert c.execute("SELECT count(*) FROM bulk_test").fetchone()[0] == 20_010
    c.close()


def test_a_rolled_back_batch_restores_the_setting_too(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'rb.sqlite3'}")
    try:
        conn = db.engine.connect()
        checkpoint_later(conn)
        _write_rows(conn, 100)
        conn.rollback()
        conn.close()
        db.checkpointer.join()
        assert _autocheckpoints(db) == {1000}
    finally:
        db.dispose()


def test_requests_during_a_run_make_one_more_run(tmp_path):
    path = tmp_path / "req.sqlite3"
    sqlite3.connect(path).close()
    ck = Checkpointer(path)
    for _ in range(5):
        ck.request()
    ck.join()
    assert 1 <= ck.runs <= 2  # the first, and at most one more for all that came while it ran


def test_postgresql_and_memory_databases_have_no_checkpointer(db):
    if db.is_sqlite:  # the ``db`` fixture's SQLite is a file: it has one
        assert db.checkpointer is not None
    else:
        assert db.checkpointer is None
        with db.engine.begin() as conn:
            checkpoint_later(conn)  # a no-op there
            assert conn.execute(text("SELECT 1")).scalar() == 1
