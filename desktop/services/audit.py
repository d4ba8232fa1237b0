"""The audit log: one event per write or reveal, in the same transaction, chained by SHA-256.

Each event stores the previous event's hash, and its own hash covers a canonical JSON serialisation of the
event plus that previous hash. Editing or deleting any event breaks the chain at that point, and
:func:`verify_chain` names the first broken event.

Ordering: on PostgreSQL a transaction-scoped advisory lock serialises the (short) tail of writing
transactions; on SQLite the event row is inserted first, which takes the database's write lock, so the
previous row read afterwards is final until this transaction commits.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent

GENESIS = "0" * 64
_AUDIT_LOCK_KEY = 0x56_44_41_55  # "VDAU"


def _default(o: Any) -> Any:  # noqa: ANN401
    if isinstance(o, Decimal):
        return f"{o:.2f}" if o == o.quantize(Decimal("0.01")) else str(o)
    if isinstance(o, datetime | date):
        return o.isoformat()
    if isinstance(o, set | frozenset | tuple):
        return sorted(o) if isinstance(o, set | frozenset) else list(o)
    raise TypeError(f"not serialisable: {type(o).__name__}")


def plain(value: Any) -> Any:  # noqa: ANN401
    """JSON-safe copy (Decimals as strings, dates as ISO text) — stored exactly as it is hashed."""
    if value is None:
        return None
    return json.loads(json.dumps(value, default=_default, ensure_ascii=False))


def _canonical(ev: AuditEvent, prev_hash: str) -> bytes:
    at = ev.at
    payload = {
        "id": ev.id,
        "at": at.replace(tzinfo=None).isoformat(timespec="microseconds") if at else None,
        "user_id": ev.user_id,
        "user_login": ev.user_login,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "case_id": ev.case_id,
        "before": ev.before,
        "after": ev.after,
        "detail": ev.detail,
        "prev_hash": prev_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def event_hash(ev: AuditEvent, prev_hash: str) -> str:
    return hashlib.sha256(_canonical(ev, prev_hash)).hexdigest()


def record(
    s: Session,
    actor: Any,  # noqa: ANN401 - Actor or None
    action: str,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    case_id: int | None = None,
    before: Any = None,  # noqa: ANN401
    after: Any = None,  # noqa: ANN401
    detail: str | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one audit event to the chain inside the caller's transaction."""
    from desktop.models.base import utcnow

    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(_AUDIT_LOCK_KEY)))
    ev = AuditEvent(
        at=at or utcnow(),
        user_id=getattr(actor, "user_id", None) or None,
        user_login=getattr(actor, "login", None),
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        before=plain(before),
        after=plain(after),
        detail=detail,
        prev_hash="",
        hash=hashlib.sha256(json.dumps([action, entity_id, id(s)]).encode() + _nonce()).hexdigest(),
    )
    s.add(ev)
    s.flush()
    prev = s.scalar(
        select(AuditEvent.hash).where(AuditEvent.id < ev.id).order_by(AuditEvent.id.desc()).limit(1)
    )
    ev.prev_hash = prev or GENESIS
    ev.hash = event_hash(ev, ev.prev_hash)
    s.flush()
    return ev


def _nonce() -> bytes:
    import os

    return os.urandom(16)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str | None = None

    @property
    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：已校验 {self.checked} 条事件，哈希链无断裂。"
        return f"审计日志被篡改：第一条异常事件 #{self.first_broken_id}，{self.reason}"


def verify_chain(s: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in id order; the first event whose link or hash does not match is reported."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return ChainReport(True, checked)
        for ev in rows:
            if ev.prev_hash != prev:
                return ChainReport(False, checked, ev.id, "它记录的上一条哈希与实际不符（前面的事件被删除或修改）。")
            if event_hash(ev, ev.prev_hash) != ev.hash:
                return ChainReport(False, checked, ev.id, "事件内容与其哈希不符（该事件被修改）。")
            prev = ev.hash
            checked += 1
            last_id = ev.id
        s.expunge_all()
