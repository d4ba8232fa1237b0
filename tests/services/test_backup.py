"""Backups: online copy, verified restore with the current file kept aside, daily rotation."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.models import CaseNote
from desktop.models.database import open_database
from desktop.services.backup import BackupService, daily_backup
from desktop.services.cases import CaseService
from desktop.services.demo import seed_demo
from desktop.services.errors import PermissionDenied, ValidationError


@pytest.fixture
def seeded(sqlite_world):
    seed_demo(sqlite_world.db, 30, seed=2, today=date(2026, 11, 27))
    return sqlite_world


def _case_id(w) -> int:
    from desktop.models import Case

    with w.db.session_factory() as s:
        return s.scalar(select(Case.id).limit(1))


def notes(db) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count(CaseNote.id)))


def test_backup_while_a_session_is_open_then_restore(seeded, tmp_path):
    w = seeded
    cid = _case_id(w)
    CaseService(w.db, w.manager).add_note(cid, "备份前的备注")
    reader = w.db.session_factory()  # the app is "running": an open connection with a read in progress
    reader.execute(select(func.count(CaseNote.id))).scalar()
    res = BackupService(w.db, w.manager).backup(tmp_path / "b.sqlite3")
    reader.close()
    assert res.size > 0
    with sqlite3.connect(res.path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    CaseService(w.db, w.manager).add_note(cid, "备份后的备注")
    assert notes(w.db) == 2
    kept = BackupService(w.db, w.manager).restore(res.path)
    db2 = open_database(w.db.url)
    assert notes(db2) == 1 and kept.exists()
    with sqlite3.connect(kept) as c:
        assert c.execute("SELECT count(*) FROM case_notes").fetchone()[0] == 2
    db2.dispose()


def test_restore_refuses_a_damaged_or_foreign_file(seeded, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(ValidationError):
        BackupService(seeded.db, seeded.manager).restore(junk)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE x (a)")
    with pytest.raises(ValidationError, match="不是 VisitDesk"):
        BackupService(seeded.db, seeded.manager).restore(other)
    assert notes(seeded.db) == 0  # untouched


def test_collectors_cannot_back_up(seeded, tmp_path):
    with pytest.raises(PermissionDenied):
        BackupService(seeded.db, seeded.collector).backup(tmp_path / "x.sqlite3")


def test_daily_backup_once_a_day_keeping_fourteen(seeded):
    day = date(2026, 12, 1)
    made = [daily_backup(seeded.db, day + timedelta(days=i)) for i in range(16)]
    assert all(made)
    assert daily_backup(seeded.db, day + timedelta(days=15)) is None  # second start that day
    folder = made[0].parent
    left = sorted(p.name for p in folder.glob("*-daily-*.sqlite3"))
    assert len(left) == 14 and left[0].endswith("20261203.sqlite3")
