"""Audit log use cases: verify the hash chain, browse and export the events (managers)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.services import audit
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.permissions import Perm, requires


@dataclass(frozen=True)
class AuditQuery:
    user: str | None = None
    case_id: int | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str | None
    action: str
    entity: str | None
    entity_id: int | None
    case_id: int | None
    detail: str | None
    before: object
    after: object


class AuditService(Service):
    @requires(Perm.AUDIT_VIEW)
    def verify(self) -> audit.ChainReport:
        with self.read() as s:
            return audit.verify_chain(s)

    @requires(Perm.AUDIT_VIEW)
    def actions(self) -> list[str]:
        with self.read() as s:
            return sorted(s.scalars(select(AuditEvent.action).distinct()))

    @requires(Perm.AUDIT_VIEW)
    def search(self, q: AuditQuery, limit: int = 1000, before_id: int | None = None) -> list[AuditRow]:
        """Newest first; page with ``before_id`` = the last row's id."""
        stmt = self._filtered(q).order_by(AuditEvent.id.desc()).limit(limit)
        if before_id is not None:
            stmt = stmt.where(AuditEvent.id < before_id)
        with self.read() as s:
            return [_row(e) for e in s.scalars(stmt)]

    @requires(Perm.AUDIT_VIEW)
    def export_rows(self, q: AuditQuery) -> Iterator[AuditRow]:
        """Every matching event (for the Excel export); the export itself is audited."""
        with self.tx() as s:
            audit.record(s, self.actor, "audit.export", detail=f"导出审计日志：{q}")
        last = None
        while True:
            page = self.search(q, limit=5000, before_id=last)
            yield from page
            if len(page) < 5000:
                return
            last = page[-1].id

    def _filtered(self, q: AuditQuery):  # noqa: ANN202
        stmt = select(AuditEvent)
        if q.user:
            stmt = stmt.where(AuditEvent.user_login == q.user)
        if q.case_id is not None:
            stmt = stmt.where(AuditEvent.case_id == q.case_id)
        if q.action:
            stmt = stmt.where(AuditEvent.action == q.action)
        if q.date_from:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(q.date_from, time(0), tzinfo=BRANCH_TZ))
        if q.date_to:
            stmt = stmt.where(AuditEvent.at < datetime.combine(q.date_to + timedelta(days=1), time(0), tzinfo=BRANCH_TZ))
        return stmt


def _row(e: AuditEvent) -> AuditRow:
    return AuditRow(e.id, e.at, e.user_login, e.action, e.entity, e.entity_id, e.case_id, e.detail, e.before, e.after)
