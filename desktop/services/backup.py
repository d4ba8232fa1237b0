"""Backups of the SQLite database: online backup, verified restore, automatic daily copies.

``backup`` uses SQLite's online backup API, so the copy is consistent while the application runs. ``restore``
checks the file first (``PRAGMA integrity_check`` and a VisitDesk schema), keeps the current file aside and
then puts the backup in its place. On PostgreSQL the README's pg_dump recipe applies instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.models.database import Database, backup_sqlite, sqlite_path
from desktop.services import audit
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.errors import ValidationError
from desktop.services.permissions import Perm, requires

KEEP_DAILY = 14


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def _require_sqlite(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        raise ValidationError("该数据库不是本机 SQLite 文件：PostgreSQL 请用 pg_dump 备份（见 README「备份与恢复」）。",
                              en="This database is not a local SQLite file: back up PostgreSQL with pg_dump "
                                 "(see \"Backup and restore\" in the README).")
    return path


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not an intact VisitDesk database."""
    if not path.exists():
        raise ValidationError(f"找不到备份文件：{path}", en=f"Backup file not found: {path}")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
            ok = c.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as e:
        raise ValidationError(f"备份文件不是有效的数据库：{path}（{e}）",
                              en=f"The backup file is not a valid database: {path} ({e})") from e
    if ok != "ok":
        raise ValidationError(f"备份文件已损坏（完整性检查：{ok}），未恢复。",
                              en=f"The backup file is corrupt (integrity check: {ok}); nothing was restored.")
    if not {"alembic_version", "cases", "audit_events"} <= tables:
        raise ValidationError("该文件不是 VisitDesk 的数据库备份，未恢复。",
                              en="This file is not a VisitDesk database backup; nothing was restored.")


class BackupService(Service):
    @requires(Perm.BACKUP)
    def backup(self, dest: str | Path) -> BackupResult:
        src = _require_sqlite(self.db)
        dest = Path(dest)
        if dest.resolve() == src.resolve():
            raise ValidationError("备份文件不能与当前数据库是同一个文件。",
                                  en="The backup file cannot be the same file as the current database.")
        with self.tx() as s:
            audit.record(s, self.actor, "backup.create", detail=str(dest))
        tmp = dest.with_name(dest.name + ".part")
        backup_sqlite(src, tmp)
        check_backup_file(tmp)
        tmp.replace(dest)
        return BackupResult(dest, dest.stat().st_size)

    @requires(Perm.BACKUP)
    def restore(self, source: str | Path) -> Path:
        """Replace the database with ``source``; returns where the previous file was kept."""
        target = _require_sqlite(self.db)
        source = Path(source)
        check_backup_file(source)
        stamp = datetime.now(BRANCH_TZ).strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.stem}-before-restore-{stamp}{target.suffix}")
        with self.tx() as s:
            audit.record(s, self.actor, "backup.restore", detail=f"{source} → {target}（原文件保存为 {kept.name}）")
        backup_sqlite(target, kept)  # a consistent copy of the current state, WAL included
        self.db.dispose()
        staged = target.with_name(target.name + ".restoring")
        shutil.copyfile(source, staged)
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        staged.replace(target)
        return kept


def daily_backup(db: Database, today: date | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """First start of the day: copy the SQLite file to backups/, keep the newest ``keep`` daily copies."""
    src = sqlite_path(db.url)
    if src is None or not src.exists():
        return None
    today = today or datetime.now(BRANCH_TZ).date()
    folder = src.parent / "backups"
    dest = folder / f"{src.stem}-daily-{today:%Y%m%d}.sqlite3"
    if dest.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    backup_sqlite(src, dest)
    dailies = sorted(folder.glob(f"{src.stem}-daily-*.sqlite3"))
    for old in dailies[:-keep]:
        old.unlink(missing_ok=True)
    return dest
