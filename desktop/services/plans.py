"""催收方案 — collection plans per case: action plans (visit / phone / legal), installment plans (分期还款计划)
and settlements with waivers (和解减免), their approval, payments against them and the confirmation PDF.

Rules
-----
* **Strategies.** ``visit``, ``phone`` and ``legal`` are action plans: goals and a next action date; a new
  one replaces the case's current action plan (status ``superseded``). ``installment`` and ``settlement`` are
  money plans with a schedule (PlanInstallment rows); a case has at most one live (pending or active) money
  plan — the next one needs the last one rejected, withdrawn, broken or completed.
* **Amounts.** ``amount`` is the debt the plan covers (default: the overdue total; it cannot exceed it).
  When it is below the overdue total, part of the debt was paid since the data date, and — as payments
  are applied to penalty interest, then interest, then principal — the plan covers what remains of each.
  Waivers (减免) of interest, penalty and principal cannot exceed what the plan covers of each; the schedule
  covers ``amount − waivers`` (the plan's ``total_amount``). Installment arithmetic, affordability and the
  approval level come from :mod:`desktop.services.installments`.
* **Approval.** No waiver: the plan is active at once. An interest/penalty waiver needs a supervisor's
  approval; a principal waiver, or waivers above the share of the overdue total in the setting
  ``waiver_policy.manager_share`` (default 0.2), a manager's. The plan stays ``pending`` until approved or
  rejected; nobody approves or rejects his own plan, a supervisor cannot approve a manager-level plan.
* **Case status** moves through :func:`desktop.services.lifecycle.transition`: to *planned* when a plan is
  made (from new / assessed / visited / promised; a scheduled visit or a running plan keeps its status), to
  *on plan* when a money plan becomes active, back to *assessed* when it breaks (a new decision is due).
* **Payments.** :meth:`PlanService.record_installment_payment` records a payment made for a plan and applies
  it to the plan's installments oldest first (payments recorded through the payments service are applied to
  active plans the same way). :meth:`PlanService.refresh_plan_state` marks missed installments (unpaid after
  due date + ``grace_days``); two missed installments break the plan and create one follow-up task (source
  key ``plan_broken:<plan id>``, so it is created once); all paid completes it.
* **Confirmation PDF** (还款计划确认书): active or completed money plans only, with the company settings
  (setting ``company``) and the customer's masked ID; a down payment is printed as the first installment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    AuditEvent,
    Case,
    CollectionPlan,
    Customer,
    FollowUpTask,
    Loan,
    Payment,
    PaymentAllocation,
    PlanInstallment,
    Setting,
    User,
    Visit,
)
from desktop.models.base import ZERO
from desktop.models.enums import CaseStatus
from desktop.services import audit
from desktop.services.cases import call_off_visits, can_see_all_branches, load_case_in_scope
from desktop.services.context import BRANCH_TZ, Service, ensure_version
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.installments import (
    APPROVAL_LABELS,
    FREQUENCY_LABELS,
    MAX_COUNT,
    MIN_COUNT,
    Installment,
    InstallmentRecord,
    MonthLoad,
    affordability,
    allocate_payment,
    build_schedule,
    installment_status,
    plan_state,
    waiver_approval_level,
)
from desktop.services.lifecycle import can_transition, transition
from desktop.services.permissions import Perm, allowed, requires

__all__ = [
    "ACTION_STRATEGIES",
    "MONEY_STRATEGIES",
    "PLAN_STATUS_LABELS",
    "STRATEGY_LABELS",
    "PendingPlan",
    "PlanContext",
    "PlanDetail",
    "PlanPaymentResult",
    "PlanQuote",
    "PlanResult",
    "PlanService",
    "PlanStateResult",
    "PlanSummary",
    "quote",
]

CENT = Decimal("0.01")
STRATEGY_LABELS: dict[str, str] = {
    "visit": "上门催收",
    "phone": "电话跟进",
    "installment": "分期还款",
    "settlement": "和解减免",
    "legal": "法务转介",
}
STRATEGY_LABELS_EN: dict[str, str] = {
    "visit": "on-site visit",
    "phone": "phone follow-up",
    "installment": "installment plan",
    "settlement": "settlement with waiver",
    "legal": "legal referral",
}
ACTION_STRATEGIES = ("visit", "phone", "legal")
MONEY_STRATEGIES = ("installment", "settlement")
PLAN_STATUS_LABELS: dict[str, str] = {
    "pending": "待审批",
    "active": "执行中",
    "rejected": "已退回",
    "withdrawn": "已撤回",
    "broken": "已违约",
    "completed": "已完成",
    "superseded": "已被替换",
}
PLAN_STATUS_LABELS_EN: dict[str, str] = {
    "pending": "Pending approval",
    "active": "Active",
    "rejected": "Sent back",
    "withdrawn": "Withdrawn",
    "broken": "Broken",
    "completed": "Completed",
    "superseded": "Superseded",
}
LIVE = ("pending", "active")
PAYMENT_CHANNELS: dict[str, str] = {  # the payments service's channels
    "bank": "银行转账", "app": "公司App", "counter": "营业部柜台", "deduction": "银行代扣", "other": "其他公司渠道",
}
PAYMENT_CHANNELS_EN: dict[str, str] = {
    "bank": "bank transfer", "app": "company app", "counter": "branch counter", "deduction": "direct debit",
    "other": "other company channel",
}
#: English names of the amounts the errors name (here and in desktop.services.installments)
AMOUNT_NAMES_EN: dict[str, str] = {
    "还款总额": "amount to repay", "首付金额": "down payment", "减免利息": "interest waiver",
    "减免罚息": "penalty waiver", "减免本金": "principal waiver", "月还款能力": "monthly repayment capacity",
    "回款金额": "payment amount", "逾期本金": "overdue principal", "逾期利息": "overdue interest", "罚息": "penalty interest",
}
DEFAULT_MANAGER_SHARE = Decimal("0.2")
DEFAULT_GRACE_DAYS = 1
MIN_REASON = 4
BROKEN_TASK_PRIORITY = 3
_PLANNED_FROM = (CaseStatus.NEW, CaseStatus.ASSESSED, CaseStatus.VISITED, CaseStatus.PROMISED, CaseStatus.PLANNED)


# --------------------------------------------------------------------------------------------------
# Quote: the schedule and what it needs, computed without the database (the builder's live update)
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanContext:
    """What a plan builder needs to know about a case (read once; quotes are computed from it)."""

    case_id: int
    case_version: int
    contract_no: str
    customer_name: str
    status: str
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty_interest: Decimal
    overdue_total: Decimal
    data_date: date | None
    today: date
    manager_share: Decimal
    live_money_plan: int | None  # id of a pending/active money plan (a new one is refused)
    booked_visits: int = 0  # visits of the case booked ahead: called off when a money plan takes effect


@dataclass(frozen=True)
class PlanQuote:
    amount: Decimal
    down_payment: Decimal
    count: int
    frequency: str
    first_due: date
    monthly_capacity: Decimal | None
    waiver_interest: Decimal
    waiver_penalty: Decimal
    waiver_principal: Decimal
    covered_principal: Decimal
    covered_interest: Decimal
    covered_penalty: Decimal
    schedule: list[Installment]
    approval_level: str | None  # None | 'supervisor' | 'manager'
    over_capacity: list[MonthLoad] = field(default_factory=list)

    @property
    def waiver_total(self) -> Decimal:
        return self.waiver_interest + self.waiver_penalty + self.waiver_principal

    @property
    def payable(self) -> Decimal:
        return self.amount - self.waiver_total

    @property
    def affordable(self) -> bool:
        return not self.over_capacity

    @property
    def warnings(self) -> list[str]:
        out = [f"{m.label_zh}应还 ¥{m.total:,.2f}，超出月还款能力 ¥{m.capacity:,.2f}（多 ¥{m.excess:,.2f}）"
               for m in self.over_capacity]
        if self.approval_level:
            out.append(f"含减免 ¥{self.waiver_total:,.2f}：需{APPROVAL_LABELS[self.approval_level]}后生效")
        return out


def _reason_en(e: Exception) -> str:
    """The English of an error of desktop.services.installments (it raises ``InvalidValue`` with both
    languages), as a clause without a full stop; a TypeError (a programming error) is quoted as it is."""
    return getattr(e, "en", None) or f"The figures are not valid ({e})"


def _money(value: object, what: str, *, allow_zero: bool = True) -> Decimal:
    what_en = AMOUNT_NAMES_EN.get(what, "amount")
    if value is None or value == "":
        if allow_zero:
            return ZERO
        raise ValidationError(f"请填写{what}。", en=f"Please enter the {what_en}.")
    if isinstance(value, str):
        try:
            value = Decimal(value.replace(",", "").replace("¥", "").strip())
        except InvalidOperation:
            raise ValidationError(f"{what}「{value}」不是有效金额：请填写数字，例如 1500.00。",
                                  en=f"The {what_en} \"{value}\" is not a valid amount: enter a number, "
                                     "e.g. 1500.00.") from None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(f"{what}无效：请填写金额，例如 1500.00（不能用浮点数）。",
                              en=f"The {what_en} is invalid: enter an amount, e.g. 1500.00 (not a floating-point "
                                 "number).")
    d = Decimal(value)
    if not d.is_finite():
        raise ValidationError(f"{what}「{value}」不是有效金额：请填写数字，例如 1500.00。",
                              en=f"The {what_en} \"{value}\" is not a valid amount: enter a number, e.g. 1500.00.")
    if d < 0:
        raise ValidationError(f"{what}不能为负数：请填写 0 或正数。",
                              en=f"The {what_en} cannot be negative: enter 0 or a positive amount.")
    if not allow_zero and d == 0:
        raise ValidationError(f"{what}必须大于 0。", en=f"The {what_en} must be greater than 0.")
    if d != d.quantize(CENT):
        raise ValidationError(f"{what}最多保留两位小数：{d}。",
                              en=f"The {what_en} can have at most two decimal places: {d}.")
    return d.quantize(CENT)


def covered_components(principal: Decimal, interest: Decimal, penalty: Decimal,
                       amount: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """What of principal, interest and penalty an ``amount`` below their sum covers: the difference is taken
    to have been paid, which pays penalty first, then interest, then principal."""
    excess = principal + interest + penalty - amount
    parts = [penalty, interest, principal]
    for k in range(3):
        if excess <= 0:
            break
        take = min(parts[k], excess)
        parts[k] -= take
        excess -= take
    return parts[2], parts[1], parts[0]


def quote(ctx: PlanContext, amount: object, down_payment: object = ZERO, count: int = 6,
          frequency: str = "monthly", first_due: date | None = None, monthly_capacity: object = None,
          waiver_interest: object = ZERO, waiver_penalty: object = ZERO, waiver_principal: object = ZERO,
          *, single: bool = False) -> PlanQuote:
    """The schedule, approval level and affordability of plan terms; :class:`ValidationError` (one sentence
    naming the rule and the fix) when the terms are not possible. ``single``: one payment (settlement)."""
    amt = _money(amount, "还款总额", allow_zero=False)
    if amt > ctx.overdue_total:
        raise ValidationError(
            f"还款总额 ¥{amt:,.2f} 超过逾期总额 ¥{ctx.overdue_total:,.2f}：方案只能覆盖已逾期的欠款，请改小。",
            en=f"The amount to repay, ¥{amt:,.2f}, exceeds the overdue total of ¥{ctx.overdue_total:,.2f}: a plan "
               "can only cover the overdue debt. Please lower it.")
    down = _money(down_payment, "首付金额")
    w_int = _money(waiver_interest, "减免利息")
    w_pen = _money(waiver_penalty, "减免罚息")
    w_pri = _money(waiver_principal, "减免本金")
    cap = None if monthly_capacity in (None, "") else _money(monthly_capacity, "月还款能力")
    if first_due is None:
        raise ValidationError("请填写首期还款日。", en="Please enter the first due date.")
    if first_due < ctx.today:
        raise ValidationError(f"首期还款日 {first_due:%Y-%m-%d} 已过：请选择今天或以后的日期。",
                              en=f"The first due date {first_due:%Y-%m-%d} has passed: choose today or a later date.")
    if first_due > ctx.today + timedelta(days=92):
        raise ValidationError(f"首期还款日 {first_due:%Y-%m-%d} 太远：应在三个月内，请提前。",
                              en=f"The first due date {first_due:%Y-%m-%d} is too far ahead: it must be within three "
                                 "months. Please choose an earlier date.")
    principal, interest, penalty = covered_components(ctx.overdue_principal, ctx.overdue_interest,
                                                      ctx.penalty_interest, amt)
    try:
        level = waiver_approval_level(principal, interest, penalty, w_int, w_pen, w_pri, ctx.manager_share)
    except (ValueError, TypeError) as e:
        raise ValidationError(f"{e}：请减少减免金额。", en=f"{_reason_en(e)}: reduce the waivers.") from e
    payable = amt - w_int - w_pen - w_pri
    if payable <= 0:
        raise ValidationError("减免后应还金额必须大于 0：全额减免不能用还款方案办理。",
                              en="The amount to repay after waivers must be greater than 0: a full waiver cannot be "
                                 "handled with a repayment plan.")
    if single:
        if down:
            raise ValidationError("一次性和解不设首付：请把首付金额清零。",
                                  en="A one-off settlement has no down payment: set the down payment to 0.")
        schedule = [Installment(1, first_due, payable)]
        count, frequency = 1, "once"
    else:
        if isinstance(count, bool) or not isinstance(count, int) or not MIN_COUNT <= count <= MAX_COUNT:
            raise ValidationError(f"分期期数必须在 {MIN_COUNT} 到 {MAX_COUNT} 期之间：请修改期数。",
                                  en=f"The number of installments must be between {MIN_COUNT} and {MAX_COUNT}: "
                                     "please change it.")
        if frequency not in FREQUENCY_LABELS:
            raise ValidationError("还款频率必须是每月或每两周：请重新选择。",
                                  en="The frequency must be monthly or every two weeks: please choose again.")
        if down >= payable:
            raise ValidationError(
                f"首付金额 ¥{down:,.2f} 不能达到应还金额 ¥{payable:,.2f}：一次还清请选择和解方案，或减少首付。",
                en=f"The down payment of ¥{down:,.2f} must be less than the amount to repay of ¥{payable:,.2f}: "
                   "for a one-off payment choose a settlement, or lower the down payment.")
        try:
            schedule = build_schedule(payable, down, count, frequency, first_due)
        except (ValueError, TypeError) as e:
            raise ValidationError(f"{e}：请修改金额或期数。",
                                  en=f"{_reason_en(e)}: change the amount or the number of installments.") from e
    over = affordability(schedule, cap) if cap is not None else []
    return PlanQuote(amt, down, count, frequency, first_due, cap, w_int, w_pen, w_pri, principal, interest, penalty,
                     schedule, level, over)


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanResult:
    plan_id: int
    plan_version: int
    status: str
    approval_level: str | None
    case_id: int
    case_version: int
    case_status: str
    quote: PlanQuote | None = None
    cancelled_visits: int = 0  # booked visits of the case called off because the plan took effect

    @property
    def message(self) -> str:
        if self.status == "pending":
            return f"方案已保存，待{APPROVAL_LABELS[self.approval_level or 'supervisor']}。"
        called_off = f"已取消该案件已安排的外访 {self.cancelled_visits} 次。" if self.cancelled_visits else ""
        return "方案已保存并生效。" + called_off


@dataclass(frozen=True)
class InstallmentRow:
    id: int
    no: int
    due_date: date
    amount: Decimal
    paid_amount: Decimal
    status: str


@dataclass(frozen=True)
class PlanSummary:
    id: int
    version: int
    case_id: int
    strategy: str
    status: str
    goals: str | None
    next_action_date: date | None
    total_amount: Decimal | None
    waiver_total: Decimal
    approval_level: str | None
    created_by: str | None
    created_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    rejection_reason: str | None


@dataclass(frozen=True)
class PlanDetail:
    summary: PlanSummary
    contract_no: str
    customer_name: str
    down_payment: Decimal
    installment_count: int | None
    frequency: str | None
    first_due: date | None
    monthly_capacity: Decimal | None
    waiver_interest: Decimal
    waiver_penalty: Decimal
    waiver_principal: Decimal
    installments: list[InstallmentRow]

    @property
    def paid_total(self) -> Decimal:
        return sum((i.paid_amount for i in self.installments), ZERO)


@dataclass(frozen=True)
class PendingPlan:
    id: int
    version: int
    case_id: int
    contract_no: str
    customer_name: str
    branch: str
    strategy: str
    total_amount: Decimal
    waiver_interest: Decimal
    waiver_penalty: Decimal
    waiver_principal: Decimal
    approval_level: str
    installment_count: int | None
    frequency: str | None
    first_due: date | None
    created_by_id: int | None
    created_by: str | None
    created_at: datetime
    can_approve: bool
    why_not: str | None  # why this user cannot approve it
    overdue_total: Decimal = ZERO  # of the case now: what the waiver is measured against
    dpd: int = 0

    @property
    def waiver_total(self) -> Decimal:
        return self.waiver_interest + self.waiver_penalty + self.waiver_principal

    @property
    def waiver_share(self) -> Decimal | None:
        """The waiver as a share of the overdue total (None without an overdue total)."""
        if not self.overdue_total:
            return None
        return (self.waiver_total / self.overdue_total).quantize(Decimal("0.001"))


@dataclass(frozen=True)
class PlanStateResult:
    plan_id: int
    status: str
    missed: list[int]  # installment numbers
    task_created: bool


@dataclass(frozen=True)
class PlanPaymentResult:
    payment_id: int
    plan_id: int
    amount: Decimal
    allocated: Decimal
    remainder: Decimal
    plan_status: str

    @property
    def message(self) -> str:
        text = f"已登记回款 ¥{self.amount:,.2f}，冲抵分期 ¥{self.allocated:,.2f}"
        if self.remainder:
            text += f"，另有 ¥{self.remainder:,.2f} 超出计划剩余应还，未冲抵"
        return text + "。"


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------
def _setting(s: Session, key: str, default: Any) -> Any:  # noqa: ANN401
    row = s.get(Setting, key)
    return default if row is None or row.value is None else row.value


def manager_share(s: Session) -> Decimal:
    policy = _setting(s, "waiver_policy", {})
    try:
        share = Decimal(str(policy.get("manager_share", DEFAULT_MANAGER_SHARE)))
    except (InvalidOperation, AttributeError):
        return DEFAULT_MANAGER_SHARE
    return share if share.is_finite() and 0 < share <= 1 else DEFAULT_MANAGER_SHARE


def grace_days(s: Session) -> int:
    try:
        return max(0, int(_setting(s, "grace_days", DEFAULT_GRACE_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_GRACE_DAYS


def _load_plan(s: Session, actor: Any, plan_id: int) -> tuple[CollectionPlan, Case]:  # noqa: ANN401
    plan = s.get(CollectionPlan, plan_id)
    if plan is None:
        raise NotFound(f"催收方案 #{plan_id} 不存在。", en=f"Collection plan #{plan_id} does not exist.")
    case = load_case_in_scope(s, actor, plan.case_id)
    return plan, case


def _live_money_plan(s: Session, case_id: int) -> int | None:
    return s.scalar(select(CollectionPlan.id).where(
        CollectionPlan.case_id == case_id, CollectionPlan.strategy.in_(MONEY_STRATEGIES),
        CollectionPlan.status.in_(LIVE)).limit(1))


def _to_planned(case: Case, user_id: int) -> None:
    if case.status in _PLANNED_FROM:
        transition(case, CaseStatus.PLANNED, user_id=user_id)


def _to_on_plan(case: Case, user_id: int) -> None:
    if can_transition(case.status, CaseStatus.ON_PLAN):
        transition(case, CaseStatus.ON_PLAN, user_id=user_id)


def _call_off_visits(s: Session, actor: Any, plan: CollectionPlan, now: datetime) -> list[int]:  # noqa: ANN401
    """A money plan took effect: the case's booked visits ahead are called off (a kept plan means no visit;
    they would only be withheld at the door). Returns their ids."""
    reason = f"{STRATEGY_LABELS[plan.strategy]}方案 #{plan.id} 已生效，客户按计划还款期间暂停外访"
    return [v.id for v in call_off_visits(s, actor, [Visit.case_id == plan.case_id], reason, now)]


def _names(s: Session, ids: Sequence[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def _summary(p: CollectionPlan, names: dict[int, str]) -> PlanSummary:
    waived = (p.waiver_interest or ZERO) + (p.waiver_penalty or ZERO) + (p.waiver_principal or ZERO)
    return PlanSummary(p.id, p.version, p.case_id, p.strategy, p.status, p.goals, p.next_action_date,
                       p.total_amount, waived, p.approval_level, names.get(p.created_by_id or 0), p.created_at,
                       names.get(p.approved_by_id or 0), p.approved_at, p.rejection_reason)


def _approval_problem(actor: Any, plan: CollectionPlan) -> str | None:  # noqa: ANN401
    """Why ``actor`` may not decide on ``plan`` (None: he may)."""
    problem = _approval_problem_texts(actor, plan)
    return problem[0] if problem else None


def _approval_problem_texts(actor: Any, plan: CollectionPlan) -> tuple[str, str] | None:  # noqa: ANN401
    """:func:`_approval_problem` in Chinese and English."""
    if plan.created_by_id == actor.user_id:
        return ("不能审批自己制定的方案：请由其他主管或经理审批。",
                "You cannot approve a plan you made yourself: another supervisor or manager must approve it.")
    if plan.approval_level == "manager" and not allowed(actor.role, Perm.PLAN_APPROVE_MANAGER):
        return ("权限不足：该方案含本金减免或减免比例较高，需经理审批。",
                "Insufficient permission: this plan waives principal or a high share of the debt and needs a "
                "manager's approval.")
    if not allowed(actor.role, Perm.PLAN_APPROVE_SUPERVISOR):
        return ("权限不足：审批减免需要主管或经理。",
                "Insufficient permission: approving waivers needs a supervisor or a manager.")
    return None


def _records(plan: CollectionPlan) -> list[InstallmentRecord]:
    return [InstallmentRecord(i.no, i.due_date, i.amount, i.paid_amount or ZERO) for i in plan.installments]


def _plan_no(plan: CollectionPlan) -> str:
    return f"FA{plan.created_at.astimezone(BRANCH_TZ):%Y%m%d}-{plan.id:06d}"


# --------------------------------------------------------------------------------------------------
# Service
# --------------------------------------------------------------------------------------------------
class PlanService(Service):
    # ------------------------------------------------------------------------------- reading
    @requires(Perm.CASE_VIEW)
    def context(self, case_id: int) -> PlanContext:
        """The case's figures for the plan builder (quotes are computed from it with :func:`quote`)."""
        with self.read() as s:
            return self._context(s, load_case_in_scope(s, self.actor, case_id))

    def _context(self, s: Session, case: Case) -> PlanContext:
        loan: Loan = case.loan
        return PlanContext(
            case.id, case.version, case.contract_no, case.customer_name, case.status,
            loan.overdue_principal or ZERO, loan.overdue_interest or ZERO, loan.penalty_interest or ZERO,
            case.overdue_total or ZERO, loan.data_date, self.clock.today(), manager_share(s),
            _live_money_plan(s, case.id),
            s.scalar(select(func.count()).select_from(Visit).where(
                Visit.case_id == case.id, Visit.status.in_(("planned", "notified")),
                Visit.start_at > self.clock.now())) or 0)

    @requires(Perm.CASE_VIEW)
    def plans(self, case_id: int) -> list[PlanSummary]:
        """The case's plans, newest first."""
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            rows = list(s.scalars(select(CollectionPlan).where(CollectionPlan.case_id == case_id)
                                  .order_by(CollectionPlan.created_at.desc(), CollectionPlan.id.desc())))
            names = _names(s, [p.created_by_id for p in rows] + [p.approved_by_id for p in rows])
            return [_summary(p, names) for p in rows]

    @requires(Perm.CASE_VIEW)
    def plan(self, plan_id: int) -> PlanDetail:
        with self.read() as s:
            p, case = _load_plan(s, self.actor, plan_id)
            names = _names(s, [p.created_by_id, p.approved_by_id])
            return PlanDetail(
                _summary(p, names), case.contract_no, case.customer_name, p.down_payment or ZERO,
                p.installment_count, p.frequency, p.first_due, p.monthly_capacity, p.waiver_interest or ZERO,
                p.waiver_penalty or ZERO, p.waiver_principal or ZERO,
                [InstallmentRow(i.id, i.no, i.due_date, i.amount, i.paid_amount or ZERO, i.status)
                 for i in p.installments])

    @requires(Perm.PLAN_EDIT)
    def preview_schedule(self, case_id: int, amount: object, down_payment: object = ZERO, count: int = 6,
                         frequency: str = "monthly", first_due: date | None = None, monthly_capacity: object = None,
                         waiver_interest: object = ZERO, waiver_penalty: object = ZERO,
                         waiver_principal: object = ZERO) -> PlanQuote:
        """The schedule, approval level and affordability flags of an installment plan; nothing is saved."""
        return quote(self.context(case_id), amount, down_payment, count, frequency, first_due, monthly_capacity,
                     waiver_interest, waiver_penalty, waiver_principal)

    # ------------------------------------------------------------------------------- creating
    @requires(Perm.PLAN_EDIT)
    def create_plan(self, case_id: int, strategy: str, goals: str | None, next_action_date: date | None,
                    expected_version: int | None = None) -> PlanResult:
        """An action plan (visit / phone / legal) with goals and a next action date; it replaces the case's
        current action plan."""
        if strategy in MONEY_STRATEGIES:
            raise ValidationError("分期和和解方案请用方案计算器制定（需要还款金额和日期）。",
                                  en="Make installment and settlement plans with the plan calculator (they need "
                                     "amounts and dates).")
        if strategy not in ACTION_STRATEGIES:
            raise ValidationError(f"催收策略「{strategy}」无效：请选择{'、'.join(STRATEGY_LABELS[k] for k in ACTION_STRATEGIES)}。",
                                  en=f"Invalid collection strategy \"{strategy}\": choose "
                                     f"{', '.join(STRATEGY_LABELS_EN[k] for k in ACTION_STRATEGIES)}.")
        goals = self._goals(goals)
        today = self.clock.today()
        if next_action_date is None:
            raise ValidationError("请填写下次行动日期：方案要有明确的下一步。",
                                  en="Please enter the next action date: a plan needs a clear next step.")
        if next_action_date < today:
            raise ValidationError(f"下次行动日期 {next_action_date:%Y-%m-%d} 已过：请选择今天或以后的日期。",
                                  en=f"The next action date {next_action_date:%Y-%m-%d} has passed: choose today or a "
                                     "later date.")
        now = self.clock.now()
        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            ensure_version(s, case, "case", expected_version)
            self._open_case(case)
            replaced = list(s.scalars(select(CollectionPlan).where(
                CollectionPlan.case_id == case.id, CollectionPlan.strategy.in_(ACTION_STRATEGIES),
                CollectionPlan.status == "active")))
            for old in replaced:
                old.status = "superseded"
            plan = CollectionPlan(case_id=case.id, strategy=strategy, goals=goals, next_action_date=next_action_date,
                                  status="active", created_by_id=self.actor.user_id, created_at=now)
            s.add(plan)
            before = {"status": case.status, "next_action_date": case.next_action_date}
            _to_planned(case, self.actor.user_id)
            case.next_action_date = next_action_date
            case.updated_by_id = self.actor.user_id
            s.flush()
            audit.record(s, self.actor, "plan.create", entity="plan", entity_id=plan.id, case_id=case.id,
                         before=before,
                         after={"strategy": strategy, "goals": goals, "next_action_date": next_action_date,
                                "status": "active", "replaced": [p.id for p in replaced],
                                "case_status": case.status},
                         detail=f"制定催收方案：{STRATEGY_LABELS[strategy]}，下次行动 {next_action_date:%Y-%m-%d}",
                         at=now)
            return PlanResult(plan.id, plan.version, plan.status, None, case.id, case.version, case.status)

    @requires(Perm.PLAN_EDIT)
    def create_installment_plan(self, case_id: int, amount: object, down_payment: object, count: int,
                                frequency: str, first_due: date | None, monthly_capacity: object = None,
                                waiver_interest: object = ZERO, waiver_penalty: object = ZERO,
                                waiver_principal: object = ZERO, goals: str | None = None,
                                expected_version: int | None = None) -> PlanResult:
        """An installment plan (分期还款计划): the schedule is saved; with a waiver it waits for approval."""
        return self._create_money_plan("installment", case_id, amount, down_payment, count, frequency, first_due,
                                       monthly_capacity, waiver_interest, waiver_penalty, waiver_principal, goals,
                                       expected_version)

    @requires(Perm.PLAN_EDIT)
    def create_settlement_plan(self, case_id: int, amount: object, due_date: date | None,
                               waiver_interest: object = ZERO, waiver_penalty: object = ZERO,
                               waiver_principal: object = ZERO, goals: str | None = None,
                               expected_version: int | None = None) -> PlanResult:
        """A settlement (和解): one payment of ``amount − waivers`` by ``due_date``; waivers need approval."""
        return self._create_money_plan("settlement", case_id, amount, ZERO, 1, "once", due_date, None,
                                       waiver_interest, waiver_penalty, waiver_principal, goals, expected_version)

    def _goals(self, goals: str | None) -> str | None:
        g = (goals or "").strip() or None
        if g is not None and len(g) > 1000:
            raise ValidationError("方案目标太长：最多 1000 字。", en="The plan goals are too long: at most 1,000 characters.")
        return g

    @staticmethod
    def _open_case(case: Case) -> None:
        if case.status == CaseStatus.CLOSED:
            raise ValidationError("已结案的案件不能制定方案：如贷款再次逾期，导入后案件会重新打开。",
                                  en="No plan can be made for a closed case: if the loan falls overdue again, the case "
                                     "reopens when it is imported.")

    def _create_money_plan(self, strategy: str, case_id: int, amount: object, down_payment: object, count: int,
                           frequency: str, first_due: date | None, monthly_capacity: object,
                           waiver_interest: object, waiver_penalty: object, waiver_principal: object,
                           goals: str | None, expected_version: int | None) -> PlanResult:
        goals = self._goals(goals)
        now = self.clock.now()
        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            ensure_version(s, case, "case", expected_version)
            self._open_case(case)
            ctx = self._context(s, case)
            if ctx.live_money_plan is not None:
                raise ValidationError(
                    f"该案件已有待审批或执行中的还款方案（#{ctx.live_money_plan}）：请先退回、撤回，或等它结束后再制定新方案。",
                    en=f"This case already has a repayment plan pending approval or active (#{ctx.live_money_plan}): "
                       "send it back or withdraw it first, or wait until it ends, before making a new plan.")
            q = quote(ctx, amount, down_payment, count, frequency, first_due, monthly_capacity, waiver_interest,
                      waiver_penalty, waiver_principal, single=strategy == "settlement")
            status = "pending" if q.approval_level else "active"
            plan = CollectionPlan(
                case_id=case.id, strategy=strategy, goals=goals, next_action_date=q.first_due, status=status,
                total_amount=q.payable, down_payment=q.down_payment,
                installment_count=q.count if strategy == "installment" else 1,
                frequency=q.frequency if strategy == "installment" else None, first_due=q.first_due,
                monthly_capacity=q.monthly_capacity, waiver_interest=q.waiver_interest,
                waiver_penalty=q.waiver_penalty, waiver_principal=q.waiver_principal,
                approval_level=q.approval_level, created_by_id=self.actor.user_id, created_at=now)
            plan.installments = [PlanInstallment(no=i.no, due_date=i.due_date, amount=i.amount) for i in q.schedule]
            s.add(plan)
            before = {"status": case.status, "next_action_date": case.next_action_date}
            _to_planned(case, self.actor.user_id)
            if status == "active":
                _to_on_plan(case, self.actor.user_id)
            case.next_action_date = q.first_due
            case.updated_by_id = self.actor.user_id
            s.flush()
            called_off = _call_off_visits(s, self.actor, plan, now) if status == "active" else []
            label = STRATEGY_LABELS[strategy]
            detail = (f"制定{label}方案：应还 ¥{q.payable:,.2f}"
                      + (f"，{q.count} 期（{FREQUENCY_LABELS[q.frequency]}）" if strategy == "installment" else "")
                      + f"，首期 {q.first_due:%Y-%m-%d}"
                      + (f"，减免 ¥{q.waiver_total:,.2f}，待{APPROVAL_LABELS[q.approval_level]}" if q.approval_level
                         else "")
                + (f"；取消已安排的外访 {len(called_off)} 次" if called_off else ""))
            audit.record(
                s, self.actor, "plan.create", entity="plan", entity_id=plan.id, case_id=case.id, before=before,
                after={"strategy": strategy, "status": status, "amount": q.amount, "payable": q.payable,
                       "down_payment": q.down_payment, "count": q.count, "frequency": q.frequency,
                       "first_due": q.first_due, "monthly_capacity": q.monthly_capacity,
                       "waivers": {"interest": q.waiver_interest, "penalty": q.waiver_penalty,
                                   "principal": q.waiver_principal},
                       "covered": {"principal": q.covered_principal, "interest": q.covered_interest,
                                   "penalty": q.covered_penalty},
                       "approval_level": q.approval_level, "affordable": q.affordable,
                       "schedule": [[i.no, i.due_date, i.amount] for i in q.schedule], "case_status": case.status,
                       "cancelled_visits": called_off},
                detail=detail, at=now)
            return PlanResult(plan.id, plan.version, status, q.approval_level, case.id, case.version, case.status, q,
                              cancelled_visits=len(called_off))

    # ------------------------------------------------------------------------------- approval
    @requires(Perm.PLAN_APPROVE_SUPERVISOR)
    def pending_approvals(self) -> list[PendingPlan]:
        """Plans waiting for approval in the actor's scope, oldest first, with whether he may approve each."""
        with self.read() as s:
            from desktop.models import Branch

            q = (select(CollectionPlan, Case.contract_no, Case.customer_name, Branch.name, Case.overdue_total,
                        Case.dpd)
                 .join(Case, Case.id == CollectionPlan.case_id).join(Branch, Branch.id == Case.branch_id)
                 .where(CollectionPlan.status == "pending")
                 .order_by(CollectionPlan.created_at, CollectionPlan.id))
            if not can_see_all_branches(self.actor):
                q = q.where(Case.branch_id == self.actor.branch_id)
            rows = s.execute(q).all()
            names = _names(s, [p.created_by_id for p, *_ in rows])
            out = []
            for p, contract, name, branch, overdue, dpd in rows:
                why = _approval_problem(self.actor, p)
                out.append(PendingPlan(
                    p.id, p.version, p.case_id, contract, name, branch, p.strategy, p.total_amount or ZERO,
                    p.waiver_interest or ZERO, p.waiver_penalty or ZERO, p.waiver_principal or ZERO,
                    p.approval_level or "supervisor", p.installment_count, p.frequency, p.first_due,
                    p.created_by_id, names.get(p.created_by_id or 0), p.created_at, why is None, why,
                    overdue or ZERO, dpd or 0))
            return out

    @requires(Perm.PLAN_APPROVE_SUPERVISOR)
    def approve(self, plan_id: int, expected_version: int | None = None) -> PlanResult:
        """Approve a pending plan: supervisor-level by a supervisor or manager, manager-level by a manager,
        never by its author. The plan becomes active and the case moves to *on plan*."""
        now = self.clock.now()
        with self.tx() as s:
            plan, case = self._pending(s, plan_id, expected_version)
            plan.status = "active"
            plan.approved_by_id = self.actor.user_id
            plan.approved_at = now
            before = {"status": "pending", "case_status": case.status}
            _to_on_plan(case, self.actor.user_id)
            case.updated_by_id = self.actor.user_id
            s.flush()
            called_off = _call_off_visits(s, self.actor, plan, now)
            audit.record(s, self.actor, "plan.approve", entity="plan", entity_id=plan.id, case_id=case.id,
                         before=before, after={"status": "active", "approval_level": plan.approval_level,
                                               "case_status": case.status, "cancelled_visits": called_off},
                         detail=f"审批通过{STRATEGY_LABELS[plan.strategy]}方案 #{plan.id}"
                                f"（{APPROVAL_LABELS.get(plan.approval_level or '', '')}）"
                                + (f"；取消已安排的外访 {len(called_off)} 次" if called_off else ""), at=now)
            return PlanResult(plan.id, plan.version, plan.status, plan.approval_level, case.id, case.version,
                              case.status, cancelled_visits=len(called_off))

    @requires(Perm.PLAN_APPROVE_SUPERVISOR)
    def reject(self, plan_id: int, reason: str, expected_version: int | None = None) -> PlanResult:
        """Send a pending plan back with a reason (who may approve it may reject it)."""
        reason = (reason or "").strip()
        if len(reason) < MIN_REASON:
            raise ValidationError(f"请填写退回理由（至少 {MIN_REASON} 个字），方便经办人修改方案。",
                                  en=f"Please enter why the plan is sent back (at least {MIN_REASON} characters), so "
                                     "its author can correct it.")
        if len(reason) > 300:
            raise ValidationError("退回理由太长：最多 300 字。",
                                  en="The reason for sending the plan back is too long: at most 300 characters.")
        now = self.clock.now()
        with self.tx() as s:
            plan, case = self._pending(s, plan_id, expected_version)
            plan.status = "rejected"
            plan.rejection_reason = reason
            plan.approved_by_id = self.actor.user_id  # who decided; approved_at stays empty for a rejection
            s.flush()
            audit.record(s, self.actor, "plan.reject", entity="plan", entity_id=plan.id, case_id=case.id,
                         before={"status": "pending"}, after={"status": "rejected", "reason": reason},
                         detail=f"退回{STRATEGY_LABELS[plan.strategy]}方案 #{plan.id}：{reason}", at=now)
            return PlanResult(plan.id, plan.version, plan.status, plan.approval_level, case.id, case.version,
                              case.status)

    @requires(Perm.PLAN_EDIT)
    def withdraw(self, plan_id: int, expected_version: int | None = None) -> PlanResult:
        """The author takes back his pending plan (to correct it and make a new one)."""
        now = self.clock.now()
        with self.tx() as s:
            plan, case = _load_plan(s, self.actor, plan_id)
            ensure_version(s, plan, "plan", expected_version)
            if plan.status != "pending":
                raise ValidationError(
                    f"只能撤回待审批的方案：该方案{PLAN_STATUS_LABELS.get(plan.status, plan.status)}。",
                    en="Only a plan pending approval can be withdrawn: this plan is "
                       f"\"{PLAN_STATUS_LABELS_EN.get(plan.status, plan.status)}\".")
            if plan.created_by_id != self.actor.user_id:
                raise PermissionDenied("只有方案的制定人可以撤回：其他人请用审批中的“退回”。",
                                       en="Only the author of a plan can withdraw it: others use \"Send back\" in "
                                          "the approvals.")
            plan.status = "withdrawn"
            s.flush()
            audit.record(s, self.actor, "plan.withdraw", entity="plan", entity_id=plan.id, case_id=case.id,
                         before={"status": "pending"}, after={"status": "withdrawn"},
                         detail=f"撤回方案 #{plan.id}", at=now)
            return PlanResult(plan.id, plan.version, plan.status, plan.approval_level, case.id, case.version,
                              case.status)

    def _pending(self, s: Session, plan_id: int, expected_version: int | None) -> tuple[CollectionPlan, Case]:
        plan, case = _load_plan(s, self.actor, plan_id)
        ensure_version(s, plan, "plan", expected_version)
        if plan.status != "pending":
            raise ValidationError(
                f"该方案{PLAN_STATUS_LABELS.get(plan.status, plan.status)}，不在待审批状态：请刷新审批列表。",
                en=f"This plan is \"{PLAN_STATUS_LABELS_EN.get(plan.status, plan.status)}\", not pending approval: "
                   "refresh the approval list.")
        problem = _approval_problem_texts(self.actor, plan)
        if problem:
            raise PermissionDenied(problem[0], en=problem[1])
        return plan, case

    # ------------------------------------------------------------------------------- payments and state
    @requires(Perm.PAYMENT_RECORD)
    def record_installment_payment(self, plan_id: int, amount: object, paid_on: date, txn_no: str,
                                   channel: str = "bank") -> PlanPaymentResult:
        """Record a payment made for an active plan and apply it to its installments, oldest first; then
        the plan's state is refreshed (completed when everything is paid)."""
        amt = _money(amount, "回款金额", allow_zero=False)
        txn = (txn_no or "").strip()
        if not txn:
            raise ValidationError("请填写交易流水号：回款以流水号识别，防止重复登记。",
                                  en="Please enter the transaction number: payments are identified by it, so that "
                                     "none is recorded twice.")
        if len(txn) > 64:
            raise ValidationError("交易流水号太长：最多 64 个字符。",
                                  en="The transaction number is too long: at most 64 characters.")
        if channel not in PAYMENT_CHANNELS:
            raise ValidationError(f"回款渠道「{channel}」无效：请选择 {'、'.join(PAYMENT_CHANNELS.values())}。",
                                  en=f"Invalid payment channel \"{channel}\": choose "
                                     f"{', '.join(PAYMENT_CHANNELS_EN.values())}.")
        today = self.clock.today()
        if not isinstance(paid_on, date) or paid_on > today:
            raise ValidationError("还款日期不能在今天之后：只能登记已经到账的回款。",
                                  en="The payment date cannot be after today: only payments already received can be "
                                     "recorded.")
        now = self.clock.now()
        with self.tx() as s:
            plan, case = _load_plan(s, self.actor, plan_id)
            if plan.status != "active":
                raise ValidationError(
                    f"该方案{PLAN_STATUS_LABELS.get(plan.status, plan.status)}，不能登记分期回款：请按普通回款登记。",
                    en=f"This plan is \"{PLAN_STATUS_LABELS_EN.get(plan.status, plan.status)}\", so installment "
                       "payments cannot be recorded against it: record it as an ordinary payment.")
            if s.scalar(select(Payment.id).where(Payment.txn_no == txn)) is not None:
                raise ValidationError(f"交易流水号 {txn} 已登记过，同一笔回款不能重复登记：请核对流水号。",
                                      en=f"Transaction number {txn} is already recorded and the same payment cannot "
                                         "be recorded twice: check the transaction number.")
            pay = Payment(loan_id=case.loan_id, case_id=case.id, amount=amt, paid_on=paid_on, channel=channel,
                          txn_no=txn, source="staff", recorded_by_id=self.actor.user_id, created_at=now)
            s.add(pay)
            s.flush()
            try:
                alloc = allocate_payment(_records(plan), amt)
            except (ValueError, TypeError) as e:
                raise ValidationError(f"{e}：请核对金额。", en=f"{_reason_en(e)}: check the amount.") from e
            by_no = {i.no: i for i in plan.installments}
            grace = grace_days(s)
            for a in alloc.allocations:
                inst = by_no[a.no]
                inst.paid_amount = (inst.paid_amount or ZERO) + a.amount
                s.add(PaymentAllocation(payment_id=pay.id, installment_id=inst.id, amount=a.amount))
            for inst in plan.installments:
                inst.status = installment_status(
                    InstallmentRecord(inst.no, inst.due_date, inst.amount, inst.paid_amount or ZERO), today, grace)
            s.flush()
            audit.record(s, self.actor, "plan.payment", entity="plan", entity_id=plan.id, case_id=case.id,
                         after={"payment_id": pay.id, "amount": amt, "paid_on": paid_on, "txn_no": txn,
                                "allocations": [[a.no, a.amount] for a in alloc.allocations],
                                "remainder": alloc.remainder},
                         detail=f"分期回款 ¥{amt:,.2f}（流水号 {txn}）", at=now)
            state = self._refresh(s, plan, case, today, now)
            return PlanPaymentResult(pay.id, plan.id, amt, alloc.allocated, alloc.remainder, state.status)

    @requires(Perm.PLAN_EDIT)
    def refresh_plan_state(self, plan_id: int, today: date | None = None) -> PlanStateResult:
        """Mark missed installments; two missed break the plan (one follow-up task), all paid completes it."""
        today = today or self.clock.today()
        with self.tx() as s:
            plan, case = _load_plan(s, self.actor, plan_id)
            return self._refresh(s, plan, case, today, self.clock.now())

    @requires(Perm.PLAN_EDIT)
    def refresh_plans(self, today: date | None = None) -> list[PlanStateResult]:
        """:meth:`refresh_plan_state` for every active money plan in the actor's scope (a daily job);
        returns the plans whose status changed."""
        today = today or self.clock.today()
        now = self.clock.now()
        with self.tx() as s:
            q = (select(CollectionPlan).join(Case, Case.id == CollectionPlan.case_id)
                 .where(CollectionPlan.status == "active", CollectionPlan.strategy.in_(MONEY_STRATEGIES))
                 .order_by(CollectionPlan.id))
            if not can_see_all_branches(self.actor):
                q = q.where(Case.branch_id == self.actor.branch_id)
            out = []
            for plan in s.scalars(q).all():
                res = self._refresh(s, plan, s.get(Case, plan.case_id), today, now)
                if res.status != "active":
                    out.append(res)
            return out

    def _refresh(self, s: Session, plan: CollectionPlan, case: Case, today: date, now: datetime) -> PlanStateResult:
        if plan.status != "active" or not plan.installments:
            return PlanStateResult(plan.id, plan.status, [], False)
        grace = grace_days(s)
        records = _records(plan)
        for inst, rec in zip(plan.installments, records, strict=True):
            st = installment_status(rec, today, grace)
            if inst.status != st:
                inst.status = st
        state = plan_state(records, today, grace)
        missed = [r.no for r in state.missed]
        created = False
        if state.state == "active":
            s.flush()
            return PlanStateResult(plan.id, "active", missed, False)
        plan.status = state.state
        before = {"status": "active", "case_status": case.status}
        if state.state == "broken":
            key = f"plan_broken:{plan.id}"
            if s.scalar(select(FollowUpTask.id).where(FollowUpTask.source_key == key)) is None \
                    and case.status != CaseStatus.CLOSED:
                nos = "、".join(f"第 {n} 期" for n in missed)
                s.add(FollowUpTask(
                    case_id=case.id, branch_id=case.branch_id, assigned_to_id=case.assigned_to_id, kind="plan_broken",
                    source_key=key, title=f"分期方案 #{plan.id} 已违约（{nos}逾期未还）：请联系客户并重新评估",
                    due_date=today, priority=BROKEN_TASK_PRIORITY, status="open", created_at=now))
                created = True
            if case.status == CaseStatus.ON_PLAN and can_transition(case.status, CaseStatus.ASSESSED):
                transition(case, CaseStatus.ASSESSED, user_id=self.actor.user_id)
        s.flush()
        audit.record(s, self.actor, f"plan.{state.state}", entity="plan", entity_id=plan.id, case_id=case.id,
                     before=before, after={"status": state.state, "missed": missed, "task_created": created,
                                           "case_status": case.status},
                     detail=(f"分期方案 #{plan.id} 违约：{len(missed)} 期逾期未还" if state.state == "broken"
                             else f"分期方案 #{plan.id} 已全部还清"), at=now)
        return PlanStateResult(plan.id, state.state, missed, created)

    # ------------------------------------------------------------------------------- confirmation PDF
    @requires(Perm.PLAN_EDIT)
    def confirmation_pdf(self, plan_id: int, out_path: str | Path) -> int:
        """Write the plan confirmation (还款计划确认书) to ``out_path``; returns the page count."""
        from desktop.services.setup import DEFAULT_SETTINGS
        from reports.plan_pdf import PlanConfirmationData, ScheduleRow, render_plan_confirmation

        now = self.clock.now()
        with self.tx() as s:
            plan, case = _load_plan(s, self.actor, plan_id)
            if plan.strategy not in MONEY_STRATEGIES or not plan.installments:
                raise ValidationError("只有分期或和解方案有还款计划确认书。",
                                      en="Only installment and settlement plans have a repayment plan "
                                         "confirmation.")
            if plan.status not in ("active", "completed"):
                raise ValidationError(
                    f"该方案{PLAN_STATUS_LABELS.get(plan.status, plan.status)}：审批通过并生效后才能打印确认书。",
                    en=f"This plan is \"{PLAN_STATUS_LABELS_EN.get(plan.status, plan.status)}\": the confirmation "
                       "can only be printed once the plan is approved and active.")
            company = dict(DEFAULT_SETTINGS["company"])
            company.update(_setting(s, "company", {}) or {})
            cust: Customer = case.customer
            loan: Loan = case.loan
            waived = (plan.waiver_interest or ZERO) + (plan.waiver_penalty or ZERO) + (plan.waiver_principal or ZERO)
            covered_total = (plan.total_amount or ZERO) + waived
            snap = self._snapshot(s, plan)
            if snap is not None:
                principal, interest, penalty = snap
            else:
                principal, interest, penalty = covered_components(
                    loan.overdue_principal or ZERO, loan.overdue_interest or ZERO, loan.penalty_interest or ZERO,
                    covered_total)
            kinds = [k for k, v in (("利息减免", plan.waiver_interest), ("罚息减免", plan.waiver_penalty),
                                    ("本金减免", plan.waiver_principal)) if v]
            created_local = plan.created_at.astimezone(BRANCH_TZ).date()
            data = PlanConfirmationData(
                company_name=company.get("name") or "", customer_name=cust.name, masked_id=cust.id_masked,
                contract_no=case.contract_no, as_of=created_local, overdue_principal=principal,
                overdue_interest=interest, penalty_interest=penalty, overdue_total=covered_total,
                waiver_amount=waived, waiver_kind="、".join(kinds),
                schedule=[ScheduleRow(k, i.due_date, i.amount) for k, i in enumerate(plan.installments, start=1)],
                account_name=company.get("account_name") or company.get("name") or "",
                bank_name=company.get("bank_name") or "", account_no=company.get("account_no") or "",
                generated_on=now.astimezone(BRANCH_TZ).date(), plan_no=_plan_no(plan), product=loan.product or "",
                hotline=company.get("hotline") or "")
            pages = render_plan_confirmation(data, out_path, self.actor.name, generated_at=now)
            audit.record(s, self.actor, "plan.print", entity="plan", entity_id=plan.id, case_id=case.id,
                         after={"pages": pages, "file": Path(out_path).name},
                         detail=f"打印还款计划确认书（方案 #{plan.id}）", at=now)
            return pages

    @staticmethod
    def _snapshot(s: Session, plan: CollectionPlan) -> tuple[Decimal, Decimal, Decimal] | None:
        """Principal, interest and penalty covered, as recorded when the plan was made (the loan's figures
        change with every import; the confirmation states the debt as agreed)."""
        after = s.scalar(select(AuditEvent.after).where(
            AuditEvent.action == "plan.create", AuditEvent.entity == "plan", AuditEvent.entity_id == plan.id)
            .order_by(AuditEvent.id).limit(1))
        covered = (after or {}).get("covered") if isinstance(after, dict) else None
        if not covered:
            return None
        try:
            return (Decimal(covered["principal"]), Decimal(covered["interest"]), Decimal(covered["penalty"]))
        except (KeyError, InvalidOperation, TypeError):
            return None

    @requires(Perm.PLAN_APPROVE_SUPERVISOR)
    def count_pending(self) -> int:
        """How many plans wait for approval in the actor's scope (a badge on the approvals button)."""
        with self.read() as s:
            q = (select(func.count()).select_from(CollectionPlan).join(Case, Case.id == CollectionPlan.case_id)
                 .where(CollectionPlan.status == "pending"))
            if not can_see_all_branches(self.actor):
                q = q.where(Case.branch_id == self.actor.branch_id)
            return s.scalar(q) or 0
