"""Audit log use cases: verify the hash chain, browse and export the events (managers)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from desktop.models import AuditEvent, Case
from desktop.services import audit
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.permissions import Perm, requires


@dataclass(frozen=True)
class AuditQuery:
    user: str | None = None
    case_id: int | None = None
    contract_no: str | None = None  # the case's contract number (what staff know), instead of its id
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
    contract_no: str | None = None  # of the case, when the event concerns one

    @property
    def case_text(self) -> str:
        """The case as staff know it: its contract number (the internal id when the case is gone)."""
        if self.contract_no:
            return self.contract_no
        return f"#{self.case_id}" if self.case_id is not None else ""


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
            return [_row(e, contract) for e, contract in s.execute(stmt)]

    @requires(Perm.AUDIT_VIEW)
    def export_rows(self, q: AuditQuery) -> Iterator[AuditRow]:
        """Every matching event (for the Excel export); the export itself is audited."""
        with self.tx() as s:
            audit.record(s, self.actor, "audit.export", detail=f"导出审计日志：{describe(q)}",
                         after={k: v for k, v in asdict(q).items() if v is not None})
        last = None
        while True:
            page = self.search(q, limit=5000, before_id=last)
            yield from page
            if len(page) < 5000:
                return
            last = page[-1].id

    def _filtered(self, q: AuditQuery):  # noqa: ANN202
        stmt = select(AuditEvent, Case.contract_no).outerjoin(Case, Case.id == AuditEvent.case_id)
        if q.user:  # login names are case-insensitive
            stmt = stmt.where(func.lower(AuditEvent.user_login) == q.user.strip().lower())
        text = (q.contract_no or "").strip()
        # a whole contract number, or at least its last four characters ("0895" of HT202600000895)
        match = Case.contract_no == text if len(text) < 4 else Case.contract_no.like(f"%{_escape_like(text)}", "\\")
        by_contract = AuditEvent.case_id.in_(select(Case.id).where(match))
        if q.case_id is not None and q.contract_no:  # digits typed: a numeric contract number or the case id
            stmt = stmt.where(or_(AuditEvent.case_id == q.case_id, by_contract))
        elif q.case_id is not None:
            stmt = stmt.where(AuditEvent.case_id == q.case_id)
        elif q.contract_no:
            stmt = stmt.where(by_contract)
        if q.action:
            stmt = stmt.where(AuditEvent.action == q.action)
        if q.date_from:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(q.date_from, time(0), tzinfo=BRANCH_TZ))
        if q.date_to:
            stmt = stmt.where(AuditEvent.at < datetime.combine(q.date_to + timedelta(days=1), time(0), tzinfo=BRANCH_TZ))
        return stmt


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(e: AuditEvent, contract_no: str | None = None) -> AuditRow:
    return AuditRow(e.id, e.at, e.user_login, e.action, e.entity, e.entity_id, e.case_id, e.detail, e.before, e.after,
                    contract_no)


def describe(q: AuditQuery) -> str:
    """The filters in words, e.g. 「用户 sup1；合同 HT2026…；2026-11-01 至 2026-11-29」."""
    parts = []
    if q.user:
        parts.append(f"用户 {q.user}")
    if q.contract_no:
        parts.append(f"合同 {q.contract_no}")
    if q.case_id is not None:
        parts.append(f"案件 #{q.case_id}")
    if q.action:
        parts.append(f"操作 {q.action}")
    if q.date_from or q.date_to:
        parts.append(f"{q.date_from or '最早'} 至 {q.date_to or '今天'}")
    return "；".join(parts) or "全部事件"
