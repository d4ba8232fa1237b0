"""First-time set-up: schema, reference data, the admin account, demo data."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.models import ResultCode, Setting, User
from desktop.models.database import Database
from desktop.models.enums import DEFAULT_RESULT_CODES, Role
from desktop.services import audit
from desktop.services.users import check_password_policy, hash_password, system_actor

DEFAULT_SETTINGS = {
    "company": {
        "name": "京华消费金融有限公司",
        "account_name": "京华消费金融有限公司",
        "bank_name": "中国工商银行北京分行营业部",
        "account_no": "0200 0000 0000 0000 888",
        "hotline": "400-800-0000",
        "complaint_hotline": "400-800-0001",
    },
    "grace_days": 1,
    "idle_lock_minutes": 15,
}


@dataclass(frozen=True)
class InitResult:
    admin_created: bool
    demo_cases: int


def ensure_reference_data(db: Database) -> None:
    with db.session_factory.begin() as s:
        have = set(s.scalars(select(ResultCode.code)))
        for i, (code, label, contacted, rpc, promise) in enumerate(DEFAULT_RESULT_CODES):
            if code not in have:
                s.add(ResultCode(code=code, label=label, contacted=contacted, right_party=rpc, promise=promise,
                                 sort_order=i))
        keys = set(s.scalars(select(Setting.key)))
        for k, v in DEFAULT_SETTINGS.items():
            if k not in keys:
                s.add(Setting(key=k, value=v))


def has_users(db: Database) -> bool:
    with db.session_factory() as s:
        return s.scalar(select(User.id).limit(1)) is not None


def ensure_admin(db: Database, password: str) -> bool:
    """Create the ``admin`` account if missing. Returns True when created."""
    with db.session_factory.begin() as s:
        if s.scalar(select(User.id).where(User.login == "admin")):
            return False
        check_password_policy(password, "admin")
        u = User(login="admin", display_name="系统管理员", role=Role.ADMIN.value, password_hash=hash_password(password))
        s.add(u)
        s.flush()
        audit.record(s, system_actor(), "user.create", entity="user", entity_id=u.id,
                     after={"login": "admin", "role": "admin"}, detail="初始化创建管理员")
        return True


def initialize(db: Database, admin_password: str, demo: int = 0, seed: int = 1, progress=None) -> InitResult:  # noqa: ANN001
    from desktop.models.crypto import ensure_key

    ensure_key()
    ensure_reference_data(db)
    created = ensure_admin(db, admin_password)
    n = 0
    if demo:
        from desktop.services.demo import seed_demo

        n = seed_demo(db, demo, seed=seed, progress=progress).cases
    return InitResult(created, n)
