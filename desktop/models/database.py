"""Database set-up: URL resolution, engine, sessions, migrations, start-up backup.

SQLite runs with WAL and foreign keys on; PostgreSQL with ``pool_pre_ping``. The schema is managed only
through the Alembic migrations shipped in :mod:`desktop.models.migrations`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """An expected database problem, with one sentence for the user."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'visitdesk.sqlite3'}"


def resolve_db_url(cli_url: str | None = None) -> str:
    """``--db`` wins, then ``VISITDESK_DB``, then the SQLite file in the user data directory."""
    return cli_url or os.environ.get("VISITDESK_DB") or default_db_url()


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def spaced(text: str | None) -> str:
    """"王秀英" -> "王 秀 英": one token per character for the name index (migration 0004)."""
    return " ".join(text) if text else ""


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    dbapi_conn.create_function("vd_spaced", 1, spaced, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(url: str, **kw) -> Engine:  # noqa: ANN003
    try:
        u = make_url(url)
    except ArgumentError as e:
        raise DatabaseError(f"数据库地址无效：{url}") from e
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kw)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    try:
        return create_engine(u, pool_pre_ping=True, **kw)
    except ModuleNotFoundError as e:
        raise DatabaseError(f"缺少数据库驱动：{e.name}") from e


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_LATER = "visitdesk_checkpoint_later"  # key in a pooled connection's ``info``
_AUTOCHECKPOINT = 1000  # pages: SQLite's default


class Checkpointer:
    """Copies an SQLite database's write-ahead log back into the database file on a background thread.

    SQLite does this itself inside the ``COMMIT`` that takes the log past 1,000 pages (automatic
    checkpoint), so after a large batch the user waits for the copy as well. A batch job calls
    :func:`checkpoint_later` on its connection instead: its commit only writes the log, and when the
    connection goes back to the pool the checkpoint runs here, on its own connection — what SQLite's
    documentation suggests for applications that care about latency. Readers and writers go on meanwhile
    (a passive checkpoint waits for nobody); :meth:`join` waits for a run in progress (closing the database).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.runs = 0  # checkpoints done (for tests)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def request(self) -> None:
        with self._lock:
            if self._thread is not None:
                self._again = True  # the run in progress goes round once more
                return
            self._thread = threading.Thread(target=self._run, name="visitdesk-checkpoint")
            self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                with closing(sqlite3.connect(self.path, timeout=10)) as conn:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlite3.Error as e:  # the next commit's automatic checkpoint does it then
                log.warning("WAL checkpoint of %s failed: %s", self.path, e)
            with self._lock:
                self.runs += 1
                if not self._again:
                    self._thread = None
                    return
                self._again = False

    def join(self) -> None:
        with self._lock:
            t = self._thread
        if t is not None:
            t.join()


def checkpoint_later(conn) -> None:  # noqa: ANN001
    """Let this SQLite connection's coming commit skip the automatic checkpoint; the database's
    :class:`Checkpointer` runs it after the connection is back in the pool. A no-op elsewhere."""
    if conn.dialect.name != "sqlite":
        return
    pooled = conn.connection
    pooled.driver_connection.execute("PRAGMA wal_autocheckpoint=0")
    pooled.info[_LATER] = True


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    checkpointer: Checkpointer | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        path = sqlite_path(self.url) if self.is_sqlite else None
        if path is not None and self.checkpointer is None:
            self.checkpointer = Checkpointer(path)
            event.listen(self.engine, "checkin", self._checked_in)

    def _checked_in(self, dbapi_conn, record) -> None:  # noqa: ANN001
        if not record.info.pop(_LATER, False) or dbapi_conn is None:
            return
        try:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT}")
        except sqlite3.Error:  # a broken connection is thrown away by the pool anyway
            pass
        if self.checkpointer is not None:
            self.checkpointer.request()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.join()
        self.engine.dispose()


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite database through SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    d.close()
    return dest


def open_database(url: str | None = None, *, upgrade: bool = True, backup_dir: Path | None = None) -> Database:
    """Connect, refuse a database newer than this program, back up and upgrade an old one.

    Raises :class:`DatabaseError` with one sentence for every expected problem.
    """
    url = resolve_db_url(url)
    path = sqlite_path(url)
    existed = path is not None and path.exists() and path.stat().st_size > 0
    engine = make_engine(url)
    try:
        rev = current_revision(engine)
    except OperationalError as e:
        engine.dispose()
        raise DatabaseError(f"无法连接数据库 {make_url(url).render_as_string(hide_password=True)}：{_first_line(e)}") from e
    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    if rev is not None and rev != head:
        try:
            script.get_revision(rev)
        except Exception as e:  # alembic raises several kinds for an unknown revision
            engine.dispose()
            raise DatabaseError(
                f"数据库结构版本 {rev} 比本程序新（本程序支持到 {head}），请升级 VisitDesk 后再打开。"
            ) from e
    if upgrade and rev != head:
        if existed:
            bdir = backup_dir or path.parent / "backups"
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_sqlite(path, bdir / f"{path.stem}-before-upgrade-{stamp}.sqlite3")
        command.upgrade(alembic_config(engine), "head")
    elif not upgrade and rev != head:
        engine.dispose()
        raise DatabaseError("数据库尚未初始化或需要升级，请先运行 visitdesk db upgrade。")
    return Database(url=url, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))


def _first_line(e: Exception) -> str:
    text = str(getattr(e, "orig", e)) or e.__class__.__name__
    return text.strip().splitlines()[0]
