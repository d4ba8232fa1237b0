"""Case use cases: read one case, edit what staff own (next action, notes), with scope and versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Case, CaseNote
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
        raise NotFound(f"案件 #{case_id} 不存在。")
    if not can_see_all_branches(actor) and c.branch_id != actor.branch_id:
        raise PermissionDenied("权限不足：该案件属于其他营业部，你只能处理本营业部的案件。")
    return c


@dataclass(frozen=True)
class CaseRef:
    id: int
    contract_no: str
    customer_name: str
    status: str
    next_action_date: date | None
    version: int


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
            raise ValidationError("备注不能为空。")
        if len(text) > 2000:
            raise ValidationError("备注太长：最多 2000 字。")
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
class TimelineEvent:
    at: object  # datetime (UTC) or date
    kind: str  # import | assessment | plan | visit | outcome | promise | payment | note | reveal | complaint | change
    title: str
    detail: str = ""
    who: str | None = None


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
    last_payment_date: date | None
    data_date: date | None
    reason_text: str | None
    reason_category: str | None
    risk_grade: str | None
    risk_score: int | None
    recommended_action: str | None
    next_action_date: date | None
    last_outcome: str | None
    other_loans: int
    timeline: list[TimelineEvent]


def _detail(s: Session, c: Case) -> CaseDetail:
    from desktop.models import Loan, User
    loan: Loan = c.loan
    cust = c.customer
    others = (
        s.scalar(select(func.count(Case.id)).where(Case.customer_id == c.customer_id, Case.id != c.id)) or 0
    )
    collector = s.get(User, c.assigned_to_id).display_name if c.assigned_to_id else None
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
        last_payment_date=loan.last_payment_date,
        data_date=loan.data_date,
        reason_text=loan.reason_text,
        reason_category=loan.reason_category,
        risk_grade=c.risk_grade,
        risk_score=c.risk_score,
        recommended_action=c.recommended_action,
        next_action_date=c.next_action_date,
        last_outcome=c.last_outcome,
        other_loans=others,
        timeline=timeline(s, c),
    )


def timeline(s: Session, c: Case) -> list[TimelineEvent]:
    """Everything that happened to the customer's cases, newest first."""
    from desktop.models import (
        Assessment,
        AuditEvent,
        Outcome,
        Payment,
        PromiseToPay,
        ResultCode,
        User,
        Visit,
    )

    case_ids = list(s.scalars(select(Case.id).where(Case.customer_id == c.customer_id)))
    names = dict(s.execute(select(User.id, User.display_name)).all())
    labels = dict(s.execute(select(ResultCode.code, ResultCode.label)).all())
    ev: list[TimelineEvent] = []
    for v in s.scalars(select(Visit).where(Visit.case_id.in_(case_ids))):
        team = "、".join(names.get(m.user_id, "?") for m in v.members)
        ev.append(
            TimelineEvent(
                v.start_at,
                "visit",
                f"外访（{_VISIT_STATUS.get(v.status, v.status)}）",
                f"{v.address}；外访人员：{team}",
                names.get(v.created_by_id),
            )
        )
    for o in s.scalars(select(Outcome).where(Outcome.case_id.in_(case_ids))):
        ev.append(
            TimelineEvent(
                o.occurred_at,
                "outcome",
                f"{'外访' if o.channel == 'visit' else '电话'}结果：{labels.get(o.result_code, o.result_code)}",
                o.notes or "",
                names.get(o.recorded_by_id),
            )
        )
    for p in s.scalars(select(PromiseToPay).where(PromiseToPay.case_id.in_(case_ids))):
        ev.append(
            TimelineEvent(
                p.created_at,
                "promise",
                f"承诺还款 ¥{p.amount:,.2f}，{p.due_date:%Y-%m-%d} 前",
                f"状态：{_PROMISE_STATUS.get(p.status, p.status)}",
                names.get(p.created_by_id),
            )
        )
    for pay in s.scalars(select(Payment).where(Payment.case_id.in_(case_ids))):
        ev.append(TimelineEvent(pay.paid_on, "payment", f"回款 ¥{pay.amount:,.2f}", f"流水号 {pay.txn_no}"))
    for a in s.scalars(select(Assessment).where(Assessment.case_id.in_(case_ids))):
        ev.append(
            TimelineEvent(
                a.assessed_at,
                "assessment",
                f"风险评估：{a.score} 分，等级 {a.grade}",
                f"建议：{a.recommended_action}",
                names.get(a.assessed_by_id),
            )
        )
    for n in s.scalars(select(CaseNote).where(CaseNote.case_id.in_(case_ids))):
        ev.append(TimelineEvent(n.created_at, "note", "备注", n.text, names.get(n.created_by_id)))
    for a in s.scalars(
        select(AuditEvent).where(
            AuditEvent.case_id.in_(case_ids),
            AuditEvent.action.in_(("pii.reveal", "import.update", "case.assign")),
        )
    ):
        kind = {"pii.reveal": "reveal", "import.update": "import"}.get(a.action, "change")
        ev.append(
            TimelineEvent(a.at, kind, _AUDIT_TITLES.get(a.action, a.action), a.detail or "", a.user_login)
        )

    def key(e: TimelineEvent):  # noqa: ANN202
        from datetime import UTC, datetime, time

        at = e.at
        if not isinstance(at, datetime):
            at = datetime.combine(at, time(23, 59), tzinfo=UTC)
        return at

    ev.sort(key=key, reverse=True)
    return ev


_VISIT_STATUS = {
    "planned": "已计划",
    "notified": "已通知",
    "done": "已完成",
    "cancelled": "已取消",
    "missed": "未执行",
}
_PROMISE_STATUS = {"open": "待履行", "kept": "已履行", "partly_kept": "部分履行", "broken": "未履行"}
_AUDIT_TITLES = {
    "pii.reveal": "查看了完整个人信息",
    "import.update": "导入更新了贷款数据",
    "case.assign": "案件分配",
}

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
            raise ValidationError(f"不能查看字段「{field}」。")
        reason = (reason or "").strip()
        if len(reason) < 2:
            raise ValidationError("请填写查看完整信息的理由（例如：核实身份、与客户电话确认）。")
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
