"""Case use cases: read one case, edit what staff own (next action, notes), with scope and versions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from desktop.models import Case, CaseNote, Payment, Visit
from desktop.services import audit
from desktop.services.context import Actor, Service, ensure_version
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.permissions import Perm, allowed, requires


def can_see_all_branches(actor: Actor) -> bool:
    return allowed(actor.role, Perm.CASE_VIEW_ALL_BRANCHES)


def load_case_in_scope(s: Session, actor: Actor, case_id: int, *, for_update: bool = False) -> Case:
    """The case, if it exists and lies in the actor's branch scope; one clear sentence otherwise."""
    c = s.get(Case, case_id)
    if c is None:
        raise NotFound(f"案件 #{case_id} 不存在。", en=f"Case #{case_id} does not exist.")
    if not can_see_all_branches(actor) and c.branch_id != actor.branch_id:
        raise PermissionDenied("权限不足：该案件属于其他营业部，你只能处理本营业部的案件。",
                               en="Insufficient permission: this case belongs to another branch; "
                                  "you can only work on your own branch's cases.")
    return c


@dataclass(frozen=True)
class CaseRef:
    id: int
    contract_no: str
    customer_name: str
    status: str
    next_action_date: date | None
    version: int


def call_off_visits(s: Session, actor: Any, where: Sequence, reason: str, now: datetime) -> list[Visit]:  # noqa: ANN401
    """Cancel the booked visits still ahead (planned or notified) that match ``where`` (conditions on Visit and
    Case), each audited with ``reason``: nobody is sent while a complaint is open or a plan is being kept."""
    booked = s.scalars(select(Visit).join(Case, Case.id == Visit.case_id).where(
        *where, Visit.status.in_(("planned", "notified")), Visit.start_at > now).order_by(Visit.start_at)).all()
    for v in booked:
        before = {"status": v.status, "cancel_reason": v.cancel_reason}
        v.status, v.cancel_reason = "cancelled", reason
        s.flush()
        audit.record(s, actor, "visit.cancelled", entity="visit", entity_id=v.id, case_id=v.case_id, at=now,
                     before=before, after={"status": "cancelled", "reason": reason},
                     detail=f"外访标记为「已取消」：{reason}")
    return list(booked)


def _ref(c: Case) -> CaseRef:
    return CaseRef(c.id, c.contract_no, c.customer_name, c.status, c.next_action_date, c.version)


class CaseService(Service):
    @requires(Perm.CASE_VIEW)
    def get_ref(self, case_id: int) -> CaseRef:
        with self.read() as s:
            return _ref(load_case_in_scope(s, self.actor, case_id))

    @requires(Perm.CASE_EDIT)
    def set_next_action(self, case_id: int, when: date | None, expected_version: int) -> CaseRef:
        with self.tx() as s:
            c = load_case_in_scope(s, self.actor, case_id)
            ensure_version(s, c, "case", expected_version)
            before = {"next_action_date": c.next_action_date}
            c.next_action_date = when
            c.updated_by_id = self.actor.user_id
            s.flush()
            audit.record(s, self.actor, "case.next_action", entity="case", entity_id=c.id, case_id=c.id,
                         before=before, after={"next_action_date": when})
            return _ref(c)

    @requires(Perm.CASE_EDIT)
    def add_note(self, case_id: int, text: str) -> int:
        text = (text or "").strip()
        if not text:
            raise ValidationError("备注不能为空。", en="The note cannot be empty.")
        if len(text) > 2000:
            raise ValidationError("备注太长：最多 2000 字。", en="The note is too long: at most 2,000 characters.")
        with self.tx() as s:
            c = load_case_in_scope(s, self.actor, case_id)
            n = CaseNote(case_id=c.id, text=text, created_by_id=self.actor.user_id)
            s.add(n)
            s.flush()
            audit.record(s, self.actor, "case.note", entity="case", entity_id=c.id, case_id=c.id,
                         after={"note_id": n.id, "text": text})
            return n.id

    @requires(Perm.CASE_VIEW)
    def notes(self, case_id: int) -> list[tuple[int, str]]:
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            return [
                (n.id, n.text)
                for n in s.scalars(select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id))
            ]


# ------------------------------------------------------------------------------------------------------
# Case detail and the timeline
# ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    status: str
    contract_no: str
    product: str | None
    customer_id: int
    customer_name: str
    id_masked: str
    mobile_masked: str
    home_address: str | None
    work_address: str | None
    employer: str | None
    do_not_visit: str | None
    do_not_visit_note: str | None
    branch: str
    collector: str | None
    bucket: str
    dpd: int
    loan_amount: object
    outstanding_principal: object
    overdue_principal: object
    overdue_interest: object
    penalty_interest: object
    overdue_total: object
    first_overdue_date: date | None
    last_payment_date: date | None  # the newest of the core system's date and the payments recorded here
    data_date: date | None
    reason_text: str | None
    reason_category: str | None
    risk_grade: str | None
    risk_score: int | None
    recommended_action: str | None
    next_action_date: date | None
    last_outcome: str | None
    other_loans: int
    paid_since_data_date: object = 0  # payments recorded with a date after the export's data date


def _detail(s: Session, c: Case) -> CaseDetail:
    from desktop.models import Loan, User
    loan: Loan = c.loan
    cust = c.customer
    others = (
        s.scalar(select(func.count(Case.id)).where(Case.customer_id == c.customer_id, Case.id != c.id)) or 0
    )
    collector = s.get(User, c.assigned_to_id).display_name if c.assigned_to_id else None
    after_export = Payment.paid_on > loan.data_date if loan.data_date is not None else true()
    paid_last, paid_since = s.execute(select(
        func.max(Payment.paid_on),
        func.coalesce(func.sum(sql_case((after_export, Payment.amount), else_=0)), 0),
    ).where(Payment.loan_id == loan.id)).one()
    last_payment = max((d for d in (loan.last_payment_date, paid_last) if d is not None), default=None)
    return CaseDetail(
        id=c.id,
        version=c.version,
        status=c.status,
        contract_no=c.contract_no,
        product=loan.product,
        customer_id=cust.id,
        customer_name=cust.name,
        id_masked=cust.id_masked,
        mobile_masked=cust.mobile_masked,
        home_address=cust.home_address,
        work_address=cust.work_address,
        employer=cust.employer,
        do_not_visit=cust.do_not_visit,
        do_not_visit_note=cust.do_not_visit_note,
        branch=c.branch.name,
        collector=collector,
        bucket=c.bucket,
        dpd=c.dpd,
        loan_amount=loan.loan_amount,
        outstanding_principal=loan.outstanding_principal,
        overdue_principal=loan.overdue_principal,
        overdue_interest=loan.overdue_interest,
        penalty_interest=loan.penalty_interest,
        overdue_total=loan.overdue_total,
        first_overdue_date=loan.first_overdue_date,
        last_payment_date=last_payment,
        data_date=loan.data_date,
        reason_text=loan.reason_text,
        reason_category=loan.reason_category,
        risk_grade=c.risk_grade,
        risk_score=c.risk_score,
        recommended_action=c.recommended_action,
        next_action_date=c.next_action_date,
        last_outcome=c.last_outcome,
        other_loans=others,
        paid_since_data_date=paid_since,
    )


REVEAL_FIELDS = {"id_number": "证件号码", "mobile": "手机号码"}


class CaseDetailService(Service):
    @requires(Perm.CASE_VIEW)
    def detail(self, case_id: int) -> CaseDetail:
        with self.read() as s:
            return _detail(s, load_case_in_scope(s, self.actor, case_id))

    @requires(Perm.PII_REVEAL)
    def reveal(self, case_id: int, field: str, reason: str) -> str:
        """The unmasked ID number or mobile; needs a reason and writes an audit event."""
        if field not in REVEAL_FIELDS:
            raise ValidationError(f"不能查看字段「{field}」。", en=f"The field \"{field}\" cannot be revealed.")
        reason = (reason or "").strip()
        if len(reason) < 2:
            raise ValidationError("请填写查看完整信息的理由（例如：核实身份、与客户电话确认）。",
                                  en="Enter a reason for viewing the full details (for example: verifying identity, "
                                     "confirming with the customer by phone).")
        with self.tx() as s:
            c = load_case_in_scope(s, self.actor, case_id)
            value = getattr(c.customer, field)
            audit.record(
                s,
                self.actor,
                "pii.reveal",
                entity="customer",
                entity_id=c.customer_id,
                case_id=c.id,
                detail=f"{REVEAL_FIELDS[field]}；理由：{reason}",
            )
            return value
