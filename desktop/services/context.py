"""Who is acting, and the base class every service derives from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import AuditEvent
from desktop.models.database import Database
from desktop.services.errors import ConflictError, ValidationError

BRANCH_TZ = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as services need it."""

    user_id: int
    login: str
    name: str
    role: str
    branch_id: int | None
    branch_name: str | None = None
    must_change_password: bool = False


class Clock:
    """Injectable time source (tests freeze it)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self):  # noqa: ANN201
        return self.now().astimezone(BRANCH_TZ).date()


class Service:
    """Base of every service: one session (one transaction) per user action."""

    def __init__(self, db: Database, actor: Actor | None, clock: Clock | None = None) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock or Clock()

    @contextmanager
    def tx(self) -> Iterator[Session]:
        """One transaction; stale writes become :class:`ConflictError` naming who changed what and when."""
        try:
            with self.db.session_factory.begin() as s:
                yield s
        except StaleDataError as e:
            raise self._conflict(e) from e
        except IntegrityError as e:
            raise ValidationError(f"数据与已有记录冲突（{_constraint_name(e)}），未保存任何修改。",
                                  en=f"The data conflicts with an existing record ({_constraint_name(e)}); "
                                     "no changes were saved.") from e

    def read(self) -> Session:
        """A session for read-only queries; use as a context manager."""
        return self.db.session_factory()

    def _conflict(self, e: StaleDataError) -> ConflictError:
        text = str(e)
        entity, entity_id = _entity_from_stale(text)
        who, when = None, None
        if entity_id is not None:
            with self.read() as s:
                ev = s.execute(
                    select(AuditEvent.user_login, AuditEvent.at)
                    .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                    .order_by(AuditEvent.id.desc())
                    .limit(1)
                ).first()
                if ev:
                    who, when = ev
        return conflict_error(entity, who, when)


def conflict_error(entity: str | None, who: str | None, when: datetime | None) -> ConflictError:
    label = ENTITY_LABELS.get(entity or "", "这条记录")
    label_en = ENTITY_LABELS_EN.get(entity or "", "This record")
    if who and when:
        local = when.astimezone(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")
        msg = f"{label}已被 {who} 于 {local} 修改，你的修改未保存。请刷新后再改。"
        en = f"{label_en} was changed by {who} at {local}; your changes were not saved. Refresh and make them again."
    else:
        msg = f"{label}已被其他人修改，你的修改未保存。请刷新后再改。"
        en = f"{label_en} was changed by someone else; your changes were not saved. Refresh and make them again."
    return ConflictError(msg, en=en, changed_by=who, changed_at=when)


ENTITY_LABELS = {
    "case": "该案件",
    "user": "该用户",
    "visit": "该外访",
    "plan": "该催收方案",
    "promise": "该承诺",
    "task": "该任务",
    "customer": "该客户",
    "setting": "该设置",
    "complaint": "该投诉",
}

ENTITY_LABELS_EN = {
    "case": "This case",
    "user": "This user",
    "visit": "This visit",
    "plan": "This collection plan",
    "promise": "This promise",
    "task": "This task",
    "customer": "This customer",
    "setting": "This setting",
    "complaint": "This complaint",
}

_TABLE_TO_ENTITY = {
    "cases": "case", "users": "user", "visits": "visit", "collection_plans": "plan", "promises": "promise",
    "tasks": "task", "customers": "customer", "settings": "setting", "complaints": "complaint",
}


def _entity_from_stale(text: str) -> tuple[str | None, int | None]:
    # SQLAlchemy: "UPDATE statement on table 'cases' expected to update 1 row(s); 0 were matched."
    import re

    m = re.search(r"table '(\w+)'", text)
    entity = _TABLE_TO_ENTITY.get(m.group(1)) if m else None
    return entity, None


def _constraint_name(e: IntegrityError) -> str:
    return str(e.orig).strip().splitlines()[0][:120]


def ensure_version(s: Session, obj, entity: str, expected: int | None) -> None:  # noqa: ANN001
    """Refuse a write based on a stale copy: ``expected`` is the version the user's screen showed."""
    if expected is None or obj.version == expected:
        return
    ev = s.execute(
        select(AuditEvent.user_login, AuditEvent.at)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == obj.id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    who, when = (ev[0], ev[1]) if ev else (None, None)
    raise conflict_error(entity, who, when)
