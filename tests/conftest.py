"""Shared fixtures.

* ``db`` — a fresh, migrated database per test: SQLite in a temporary folder, and also PostgreSQL when
  ``VISITDESK_TEST_PG`` names a URL (the test runs once per backend).
* ``sqlite_db`` — SQLite only (GUI tests and anything file-specific).
* ``world`` — a branch office seeded through the services: two branches, an admin, a manager, a
  supervisor and collectors, with their actors.
* a guard fails any test that leaves a thread running.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a fixed test key for the personal-data encryption (never the user's key file)
os.environ["VISITDESK_KEY"] = "dmlzaXRkZXNrLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc="

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

# cheap password hashing in tests (the real parameters are argon2-cffi's defaults)
import desktop.services.users as _users  # noqa: E402
from desktop.models import Branch  # noqa: E402
from desktop.models.database import Database, open_database  # noqa: E402
from desktop.services.context import Actor  # noqa: E402
from desktop.services.setup import ensure_admin, ensure_reference_data  # noqa: E402
from desktop.services.users import UserService  # noqa: E402

_users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

PG_URL = os.environ.get("VISITDESK_TEST_PG")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
PASSWORD = "secret123"


def _reset_pg(url: str) -> None:
    eng = create_engine(url)
    with eng.begin() as c:
        c.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def make_db(backend: str, tmp_path) -> Database:  # noqa: ANN001
    if backend == "postgresql":
        _reset_pg(PG_URL)
        return open_database(PG_URL)
    return open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}")


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):  # noqa: ANN001, ANN201
    d = make_db(request.param, tmp_path)
    yield d
    d.dispose()


@pytest.fixture
def sqlite_db(tmp_path):  # noqa: ANN001, ANN201
    d = make_db("sqlite", tmp_path)
    yield d
    d.dispose()


@dataclass
class World:
    db: Database
    admin: Actor
    manager: Actor
    supervisor: Actor
    collector: Actor
    collector2: Actor
    other_collector: Actor  # another branch
    branch_id: int
    other_branch_id: int


def build_world(d: Database) -> World:
    ensure_reference_data(d)
    ensure_admin(d, PASSWORD)
    with d.session_factory.begin() as s:
        b1 = Branch(name="北京朝阳营业部", code="CY")
        b2 = Branch(name="北京海淀营业部", code="HD")
        s.add_all([b1, b2])
        s.flush()
        ids = (b1.id, b2.id)
    users = UserService(d, None)
    admin = users.authenticate("admin", PASSWORD)
    svc = UserService(d, admin)
    svc.create_user("mgr", "李经理", "manager", "北京朝阳营业部", PASSWORD, "E0001")
    svc.create_user("sup", "张主管", "supervisor", "北京朝阳营业部", PASSWORD, "E0101")
    svc.create_user("c1", "王芳", "collector", "北京朝阳营业部", PASSWORD, "E1001")
    svc.create_user("c2", "刘洋", "collector", "北京朝阳营业部", PASSWORD, "E1002")
    svc.create_user("c9", "陈静", "collector", "北京海淀营业部", PASSWORD, "E1009")
    login = users.authenticate
    return World(d, admin, login("mgr", PASSWORD), login("sup", PASSWORD), login("c1", PASSWORD),
                 login("c2", PASSWORD), login("c9", PASSWORD), ids[0], ids[1])


@pytest.fixture
def world(db) -> World:  # noqa: ANN001
    return build_world(db)


@pytest.fixture
def sqlite_world(sqlite_db) -> World:  # noqa: ANN001
    return build_world(sqlite_db)


@pytest.fixture(autouse=True)
def _no_leftover_threads():  # noqa: ANN202
    before = {t.ident for t in threading.enumerate()}
    yield
    left = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
    for t in left:
        t.join(timeout=5)
    left = [t.name for t in left if t.is_alive()]
    assert not left, f"test left threads running: {left}"
