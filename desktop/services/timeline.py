"""客户时间线 — every event of a customer across all his loans, newest first, filterable by kind.

Sources: the loan figures each import changed (LoanSnapshot rows, and ``import.update`` audit events where an
import wrote them), the case being opened and closed, assessments, plans and their approval, visits and their
notices, outcomes, promises and their judgement, payments, notes, complaints and their resolution, addresses
and phones learnt, and reveals of personal data (audit). Titles and details are plain Chinese (they are data:
the CLI prints them, exports may carry them); ``key`` and ``params`` let a view build its own wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Assessment,
    AuditEvent,
    Case,
    CaseNote,
    CollectionPlan,
    Complaint,
    ContactPoint,
    ImportBatch,
    Loan,
    LoanSnapshot,
    Outcome,
    Payment,
    PromiseToPay,
    ResultCode,
    User,
    Visit,
)
from desktop.models.crypto import decrypt
from desktop.services.cases import load_case_in_scope
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.errors import ValidationError
from desktop.services.outcomes import (
    ADDRESS_KINDS,
    ATTITUDE_LABELS,
    CHANNEL_LABELS,
    NEXT_ACTION_LABELS,
    PHONE_KIND,
    mask_phone,
    met_label,
)
from desktop.services.payments import PAYMENT_CHANNELS, PROMISE_STATUS_LABELS
from desktop.services.permissions import Perm, requires

TIMELINE_KINDS: dict[str, str] = {
    "import": "导入数据",
    "assessment": "风险评估",
    "plan": "催收方案",
    "visit": "外访",
    "notice": "外访通知",
    "outcome": "外访/电话结果",
    "promise": "承诺还款",
    "payment": "回款",
    "note": "备注",
    "complaint": "投诉",
    "contact": "联系方式",
    "reveal": "查看个人信息",
    "change": "案件变更",
}
VISIT_STATUS_LABELS = {"planned": "已计划", "notified": "已通知", "done": "已完成", "cancelled": "已取消", "missed": "未执行"}
PLAN_STRATEGY_LABELS = {"visit": "上门催收", "phone": "电话跟进", "installment": "分期还款", "settlement": "和解减免",
                        "legal": "转法务"}
NOTICE_CHANNEL_LABELS = {"sms": "短信", "letter": "信函", "phone": "电话", "in_person": "当面"}
CLOSE_LABELS = {"paid": "全额还清", "settled": "和解结清", "cured": "出催（导入）", "written_off": "核销", "legal": "转法务"}
_AUDIT_KINDS = {"pii.reveal": "reveal", "import.update": "import", "case.assign": "change", "case.next_action": "change",
                "case.close": "change", "case.reopen": "change", "case.transition": "change"}
_AUDIT_TITLES = {"pii.reveal": "查看了完整个人信息", "import.update": "导入更新了贷款数据", "case.assign": "案件分配",
                 "case.next_action": "修改下一步行动日期", "case.close": "案件结案", "case.reopen": "案件重新打开",
                 "case.transition": "案件状态变更"}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime | date  # an instant (UTC) or, for payments and import data dates, a day
    kind: str
    title: str
    detail: str = ""
    who: str | None = None
    case_id: int | None = None
    contract_no: str | None = None
    key: str = ""  # e.g. "outcome", "promise.judged", "visit.notice" — for a view's own wording
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def sort_at(self) -> datetime:
        return _instant(self.at)


def _instant(at: datetime | date) -> datetime:
    if isinstance(at, datetime):
        return at
    # a day without a time sorts at the end of that day (branch time)
    return datetime.combine(at, time(23, 59, 59), tzinfo=BRANCH_TZ).astimezone(UTC)


def _money(v: Decimal | None) -> str:
    return "" if v is None else f"¥{v:,.2f}"


def customer_timeline(s: Session, customer_id: int, kinds: set[str] | frozenset[str] | None = None,  # noqa: C901, PLR0912, PLR0915
                      limit: int | None = None) -> list[TimelineEntry]:
    """Everything that happened to the customer (all his cases), newest first; ``kinds`` filters."""
    if kinds is not None:
        unknown = set(kinds) - set(TIMELINE_KINDS)
        if unknown:
            raise ValidationError(f"时间线类别无效：{'、'.join(sorted(unknown))}。",
                                  en=f"Invalid timeline categories: {', '.join(sorted(unknown))}.")

    def want(kind: str) -> bool:
        return kinds is None or kind in kinds

    cases = s.execute(select(Case.id, Case.contract_no, Case.loan_id, Case.opened_at, Case.closed_at,
                             Case.closed_reason).where(Case.customer_id == customer_id)).all()
    case_ids = [c[0] for c in cases]
    contract = {c[0]: c[1] for c in cases}
    loan_contract = dict(s.execute(select(Loan.id, Loan.contract_no).where(Loan.customer_id == customer_id)).all())
    loan_ids = list(loan_contract)
    names: dict[int, str] = dict(s.execute(select(User.id, User.display_name)).all())

    def who(uid: int | None) -> str | None:
        return names.get(uid) if uid else None

    out: list[TimelineEntry] = []
    add = out.append
    if not case_ids and not loan_ids:
        return out

    # ---- import: case opened / closed, figure changes
    if want("import"):
        for cid, contract_no, _loan, opened, closed, reason in cases:
            add(TimelineEntry(opened, "import", "案件建立（逾期数据导入）", f"合同 {contract_no}", None, cid, contract_no,
                              "case.opened", {"contract": contract_no}))
            if closed is not None and reason == "cured":
                add(TimelineEntry(closed, "import", "案件出催结案（导入中已无逾期）", "", None, cid, contract_no,
                                  "case.cured"))
        if loan_ids:
            q = (select(LoanSnapshot, ImportBatch.started_at, ImportBatch.file_name, ImportBatch.user_id)
                 .join(ImportBatch, ImportBatch.id == LoanSnapshot.import_batch_id)
                 .where(LoanSnapshot.loan_id.in_(loan_ids)))
            for snap, started, file_name, uid in s.execute(q):
                parts = []
                if snap.dpd_before is not None and snap.dpd_before != snap.dpd_after:
                    parts.append(f"逾期天数 {snap.dpd_before} → {snap.dpd_after}")
                if snap.total_before is not None and snap.total_before != snap.total_after:
                    parts.append(f"逾期总额 {_money(snap.total_before)} → {_money(snap.total_after)}")
                detail = "；".join(parts) or "贷款信息更新"
                if snap.data_date:
                    detail += f"（数据日期 {snap.data_date:%Y-%m-%d}）"
                cno = loan_contract.get(snap.loan_id)
                add(TimelineEntry(started, "import", "导入更新了贷款数据", detail, who(uid), None, cno, "import.update",
                                  {"dpd_before": snap.dpd_before, "dpd_after": snap.dpd_after,
                                   "total_before": snap.total_before, "total_after": snap.total_after,
                                   "file": file_name, "data_date": snap.data_date}))

    # ---- assessments
    if want("assessment") and case_ids:
        for a in s.scalars(select(Assessment).where(Assessment.case_id.in_(case_ids))):
            detail = f"建议：{_action(a.recommended_action)}"
            if a.chosen_action != a.recommended_action:
                detail += f"；选择：{_action(a.chosen_action)}（理由：{a.override_reason or '—'}）"
            if a.bulk:
                detail += "；批量评估"
            add(TimelineEntry(a.assessed_at, "assessment", f"风险评估：{a.score} 分，等级 {a.grade}", detail,
                              who(a.assessed_by_id), a.case_id, contract.get(a.case_id), "assessment",
                              {"score": a.score, "grade": a.grade, "recommended": a.recommended_action,
                               "chosen": a.chosen_action, "reason": a.override_reason, "bulk": a.bulk}))

    # ---- plans and approvals
    if want("plan") and case_ids:
        for p in s.scalars(select(CollectionPlan).where(CollectionPlan.case_id.in_(case_ids))):
            strategy = PLAN_STRATEGY_LABELS.get(p.strategy, p.strategy)
            detail = []
            if p.total_amount is not None:
                detail.append(f"还款总额 {_money(p.total_amount)}")
            if p.installment_count:
                detail.append(f"{p.installment_count} 期，首期 {p.first_due:%Y-%m-%d}" if p.first_due
                              else f"{p.installment_count} 期")
            waived = (p.waiver_interest or 0) + (p.waiver_penalty or 0) + (p.waiver_principal or 0)
            if waived:
                detail.append(f"减免 {_money(waived)}")
            if p.goals:
                detail.append(p.goals)
            add(TimelineEntry(p.created_at, "plan", f"制定催收方案：{strategy}", "；".join(detail), who(p.created_by_id),
                              p.case_id, contract.get(p.case_id), "plan.created",
                              {"strategy": p.strategy, "total": p.total_amount, "count": p.installment_count,
                               "first_due": p.first_due, "waived": waived, "goals": p.goals}))
            if p.approved_at is not None:
                add(TimelineEntry(p.approved_at, "plan", f"催收方案已审批：{strategy}", "", who(p.approved_by_id),
                                  p.case_id, contract.get(p.case_id), "plan.approved", {"strategy": p.strategy}))
            if p.rejection_reason:
                add(TimelineEntry(p.approved_at or p.created_at, "plan", f"催收方案被退回：{strategy}",
                                  f"理由：{p.rejection_reason}", who(p.approved_by_id), p.case_id,
                                  contract.get(p.case_id), "plan.rejected",
                                  {"strategy": p.strategy, "reason": p.rejection_reason}))

    # ---- visits and notices
    if (want("visit") or want("notice")) and case_ids:
        for v in s.scalars(select(Visit).where(Visit.case_id.in_(case_ids))):
            team = "、".join(filter(None, (who(m.user_id) for m in v.members)))
            if want("visit"):
                status = VISIT_STATUS_LABELS.get(v.status, v.status)
                detail = f"{v.address}；外访人员：{team or '—'}"
                if v.purpose:
                    detail += f"；目的：{v.purpose}"
                if v.cancel_reason:
                    detail += f"；取消原因：{v.cancel_reason}"
                add(TimelineEntry(v.start_at, "visit", f"外访（{status}）", detail, who(v.created_by_id), v.case_id,
                                  contract.get(v.case_id), "visit",
                                  {"status": v.status, "team": team, "address": v.address, "purpose": v.purpose,
                                   "cancel_reason": v.cancel_reason}))
            if want("notice") and v.notice_at is not None:
                channel = NOTICE_CHANNEL_LABELS.get(v.notice_channel or "", v.notice_channel or "")
                local = v.start_at.astimezone(BRANCH_TZ)
                add(TimelineEntry(v.notice_at, "notice", f"已通知客户外访时间（{channel or '—'}）",
                                  f"外访时间 {local:%Y-%m-%d %H:%M}", who(v.created_by_id), v.case_id,
                                  contract.get(v.case_id), "visit.notice",
                                  {"channel": v.notice_channel, "start": local}))

    # ---- outcomes
    if want("outcome") and case_ids:
        code_labels = dict(s.execute(select(ResultCode.code, ResultCode.label)).all())
        for o in s.scalars(select(Outcome).where(Outcome.case_id.in_(case_ids))):
            label = code_labels.get(o.result_code, o.result_code)
            title = f"{CHANNEL_LABELS.get(o.channel, o.channel)}结果：{label}"
            bits = [met_label(o.met, o.channel)]
            if o.attitude:
                bits.append(f"态度{ATTITUDE_LABELS.get(o.attitude, o.attitude)}")
            conduct = None
            if o.channel == "visit":
                conduct = [k for ok, k in ((o.conduct_id_shown, "id_shown"), (o.conduct_recording, "recording"),
                                           (o.conduct_no_entry, "no_entry")) if not ok]
                missing = [t for ok, t in ((o.conduct_id_shown, "未出示工作证"), (o.conduct_recording, "未全程录音"),
                                           (o.conduct_no_entry, "未确认未经同意不入内")) if not ok]
                bits.append("行为规范：" + ("、".join(missing) if missing else "均已遵守"))
            if o.recording_ref:
                bits.append(f"录音 {o.recording_ref}")
            if o.next_action:
                nxt = NEXT_ACTION_LABELS.get(o.next_action, o.next_action)
                bits.append(f"下一步：{nxt}" + (f"（{o.next_action_date:%Y-%m-%d}）" if o.next_action_date else ""))
            detail = "；".join(bits) + (f"\n{o.notes}" if o.notes else "")
            add(TimelineEntry(o.occurred_at, "outcome", title, detail, who(o.recorded_by_id), o.case_id,
                              contract.get(o.case_id), "outcome",
                              {"channel": o.channel, "code": o.result_code, "met": o.met, "attitude": o.attitude,
                               "conduct_missing": conduct, "recording": o.recording_ref, "next_action": o.next_action,
                               "next_date": o.next_action_date, "notes": o.notes}))

    # ---- promises
    if want("promise") and case_ids:
        for p in s.scalars(select(PromiseToPay).where(PromiseToPay.case_id.in_(case_ids))):
            add(TimelineEntry(p.created_at, "promise", f"承诺还款 {_money(p.amount)}，{p.due_date:%Y-%m-%d} 前",
                              f"状态：{PROMISE_STATUS_LABELS.get(p.status, p.status)}", who(p.created_by_id), p.case_id,
                              contract.get(p.case_id), "promise",
                              {"amount": p.amount, "due": p.due_date, "status": p.status}))
            if p.judged_at is not None and p.status != "open":
                detail = f"已还 {_money(p.paid_amount)} / 承诺 {_money(p.amount)}"
                add(TimelineEntry(p.judged_at, "promise", f"承诺{PROMISE_STATUS_LABELS.get(p.status, p.status)}",
                                  detail, None, p.case_id, contract.get(p.case_id), "promise.judged",
                                  {"amount": p.amount, "paid": p.paid_amount, "status": p.status}))

    # ---- payments
    if want("payment") and loan_ids:
        for pay in s.scalars(select(Payment).where(Payment.loan_id.in_(loan_ids))):
            channel = PAYMENT_CHANNELS.get(pay.channel, pay.channel)
            source = "导入" if pay.source == "import" else "登记"
            add(TimelineEntry(pay.paid_on, "payment", f"回款 {_money(pay.amount)}（{channel}）",
                              f"流水号 {pay.txn_no}；{source}", who(pay.recorded_by_id), pay.case_id,
                              loan_contract.get(pay.loan_id), "payment",
                              {"amount": pay.amount, "channel": pay.channel, "txn": pay.txn_no, "source": pay.source}))

    # ---- notes
    if want("note") and case_ids:
        for n in s.scalars(select(CaseNote).where(CaseNote.case_id.in_(case_ids))):
            add(TimelineEntry(n.created_at, "note", "备注", n.text, who(n.created_by_id), n.case_id,
                              contract.get(n.case_id), "note"))

    # ---- complaints
    if want("complaint") and case_ids:
        for c in s.scalars(select(Complaint).where(Complaint.case_id.in_(case_ids))):
            against = who(c.against_user_id)
            add(TimelineEntry(c.created_at, "complaint", "客户投诉" + (f"（针对 {against}）" if against else ""),
                              c.description, who(c.created_by_id), c.case_id, contract.get(c.case_id), "complaint",
                              {"against": against}))
            if c.resolved_at is not None:
                add(TimelineEntry(c.resolved_at, "complaint", "投诉已处理", c.resolution or "", who(c.resolved_by_id),
                                  c.case_id, contract.get(c.case_id), "complaint.resolved"))

    # ---- contact details learnt
    if want("contact"):
        for cp in s.scalars(select(ContactPoint).where(ContactPoint.customer_id == customer_id,
                                                        ContactPoint.source != "import")):
            if cp.kind == PHONE_KIND:
                try:
                    value = mask_phone(decrypt(cp.value))
                except Exception:  # noqa: BLE001 - a key problem must not hide the rest of the timeline
                    value = "***"
                title = "新手机号码"
            else:
                value = cp.value
                title = f"新{ADDRESS_KINDS.get(cp.kind, '地址')}" if cp.kind in ADDRESS_KINDS else "新联系方式"
            source = {"visit": "外访获知", "staff": "员工登记"}.get(cp.source, cp.source)
            add(TimelineEntry(cp.created_at, "contact", title, f"{value}（{source}）", who(cp.created_by_id), None, None,
                              "contact", {"kind": cp.kind, "value": value, "source": cp.source}))

    # ---- audit: reveals, import updates written as events, case changes
    audit_kinds = {a for a, k in _AUDIT_KINDS.items() if want(k)}
    if audit_kinds and case_ids:
        q = select(AuditEvent).where(AuditEvent.case_id.in_(case_ids), AuditEvent.action.in_(audit_kinds))
        seen: set[int] = set()
        for a in s.scalars(q):
            seen.add(a.id)
            add(TimelineEntry(a.at, _AUDIT_KINDS[a.action], _AUDIT_TITLES[a.action], a.detail or "", a.user_login,
                              a.case_id, contract.get(a.case_id), a.action))
        if "pii.reveal" in audit_kinds:
            for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "pii.reveal",
                                                        AuditEvent.entity == "customer",
                                                        AuditEvent.entity_id == customer_id)):
                if a.id not in seen:
                    add(TimelineEntry(a.at, "reveal", _AUDIT_TITLES[a.action], a.detail or "", a.user_login, a.case_id,
                                      contract.get(a.case_id), a.action))

    out.sort(key=lambda e: (e.sort_at, _KIND_ORDER.get(e.kind, 0)), reverse=True)
    return out[:limit] if limit else out


_KIND_ORDER = {k: i for i, k in enumerate(("import", "assessment", "plan", "visit", "notice", "outcome", "promise",
                                           "payment", "note", "complaint", "contact", "reveal", "change"))}


def _action(code: str | None) -> str:
    return {"phone": "电话跟进", "visit": "上门催收", "hardship": "困难帮扶", "legal": "法务转介",
            "hold": "暂缓"}.get(code or "", code or "—")


class TimelineService(Service):
    @requires(Perm.CASE_VIEW)
    def for_case(self, case_id: int, kinds: set[str] | None = None) -> list[TimelineEntry]:
        """The timeline of the case's customer (all his loans), newest first."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            return customer_timeline(s, case.customer_id, kinds)

    @requires(Perm.CASE_VIEW)
    def header(self, case_id: int) -> tuple[int, str, str]:
        """(customer id, customer name, contract no.) for the widget's title."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            return case.customer_id, case.customer_name, case.contract_no
