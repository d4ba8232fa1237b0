"""分期还款计划 — installment plan arithmetic: schedule, affordability, waiver approval, payment allocation.

Pure module: no database, no Qt, no SQLAlchemy.  Money is ``Decimal`` with at most two decimal places
(``Numeric(14, 2)``); a float is refused with ``TypeError``.  Invalid business input raises ``InvalidValue`` (a
``ValueError``) with a plain-Chinese message that names the rule, and the same in English as ``en``.

Decisions
---------
* **Schedule shape.** ``count`` (2–36) is the number of regular installments, *not* counting the down payment.
  A down payment > 0 is installment **no. 0, due on ``first_due``**; the regular installments 1…count then
  start one period later (``first_due`` + 1 month / + 14 days).  Without a down payment installment 1 is due
  on ``first_due``.
* **Amounts.** Each regular installment is (total − down payment) / count rounded **down** to the cent; the
  rounding remainder (0 … count − 1 cents) is added to the **last** installment.  So the schedule sums to the
  total exactly, and every installment is at least 0.01 (otherwise ``ValueError``).
* **Monthly dates** are computed from ``first_due``'s day of month each time (not chained), clamped to the end
  of shorter months: Jan 31 → Feb 28/29 → Mar 31 → Apr 30.  **Biweekly** dates are every 14 days.  Due dates
  are not moved for weekends or holidays here (a caller may do that with the holiday calendar).
* **Affordability** groups installments by calendar month of the due date (two biweekly installments in one
  month count together) and flags months whose total is strictly above the monthly capacity.  The down
  payment is left out by default (it is usually paid from savings or a third party at signing); pass
  ``include_down_payment=True`` to check it too.
* **Waiver approval.** No waiver → ``None``.  Interest/penalty waiver → ``'supervisor'``.  Any principal
  waiver, or a total waiver strictly above ``manager_share_threshold`` × overdue total
  (principal + interest + penalty) → ``'manager'``.  Exactly at the threshold stays with the supervisor.
* **Allocation** pays the oldest open installment first (by due date, then number), each up to its
  outstanding amount; what is left after the last open installment is the remainder (overpayment).
* **Plan state.** An installment is *missed* when it is not fully paid and ``today`` is after
  ``due_date + grace_days`` (on the last grace day it is not missed yet).  Two or more missed installments
  (any two, not necessarily consecutive, counted on current paid amounts, the down payment included) make the
  plan ``'broken'``; all installments fully paid make it ``'completed'``; otherwise it is ``'active'``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Protocol

from desktop.services.errors import InvalidValue

__all__ = [
    "APPROVAL_LABELS",
    "BROKEN_AFTER_MISSED",
    "FREQUENCY_LABELS",
    "INSTALLMENT_STATUS_LABELS",
    "MAX_COUNT",
    "MIN_COUNT",
    "PLAN_STATE_LABELS",
    "Installment",
    "InstallmentAllocation",
    "InstallmentRecord",
    "MonthLoad",
    "PaymentAllocation",
    "PlanStatus",
    "add_months",
    "affordability",
    "allocate_payment",
    "build_schedule",
    "installment_status",
    "plan_state",
    "waiver_approval_level",
]

MIN_COUNT = 2
MAX_COUNT = 36
BROKEN_AFTER_MISSED = 2
_MAX_MONEY = Decimal("999999999999.99")  # Numeric(14, 2)
_ZERO = Decimal("0.00")
_CENT = Decimal("0.01")

FREQUENCY_LABELS: dict[str, str] = {"monthly": "每月", "biweekly": "每两周"}
APPROVAL_LABELS: dict[str, str] = {"supervisor": "主管审批", "manager": "经理审批"}
PLAN_STATE_LABELS: dict[str, str] = {"active": "履约中", "completed": "已还清", "broken": "已违约"}
INSTALLMENT_STATUS_LABELS: dict[str, str] = {
    "due": "待还",
    "partial": "部分还款",
    "paid": "已还清",
    "missed": "逾期未还",
}


def _money(value: object, name: str, name_en: str, *, allow_zero: bool = True) -> Decimal:
    """Validate a money amount: Decimal (or int), finite, ≥ 0, at most two decimal places. ``name`` and
    ``name_en`` name it in the errors (e.g. 首付金额 / the down payment)."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{name}必须是 Decimal 金额（不能用浮点数），得到 {value!r}")
    d = Decimal(value)
    what = name_en[:1].upper() + name_en[1:]
    if not d.is_finite():
        raise InvalidValue(f"{name}不是有效金额：{value!r}", f"{what} is not a valid amount: {value!r}")
    if d < 0:
        raise InvalidValue(f"{name}不能为负数：{d}", f"{what} cannot be negative: {d}")
    if not allow_zero and d == 0:
        raise InvalidValue(f"{name}必须大于 0", f"{what} must be greater than 0")
    if d > _MAX_MONEY:
        raise InvalidValue(f"{name}超出允许范围：{d}", f"{what} is out of the allowed range: ¥{d:,.2f}")
    if d != d.quantize(_CENT):
        raise InvalidValue(f"{name}最多保留两位小数：{d}", f"{what} can have at most two decimal places: {d}")
    return d.quantize(_CENT)


def _check_date(value: object, name: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name}必须是日期（date），得到 {value!r}")
    return value


# --------------------------------------------------------------------------------------------------
# Schedule
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Installment:
    """One scheduled payment; ``no == 0`` is the down payment (首付)."""

    no: int
    due_date: date
    amount: Decimal

    @property
    def is_down_payment(self) -> bool:
        return self.no == 0


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months, keeping its day of month, clamped to the month end (Jan 31 + 1 → Feb 28/29)."""
    index = start.year * 12 + start.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def build_schedule(
    total: Decimal,
    down_payment: Decimal,
    count: int,
    frequency: str,
    first_due: date,
) -> list[Installment]:
    """Equal installments of (total − down payment) / count, rounded down to the cent, remainder on the last.

    Returns the down payment as installment 0 (due on ``first_due``) when it is > 0, followed by installments
    1…count.  See the module docstring for the date rules.
    """
    total = _money(total, "还款总额", "the amount to repay")
    down_payment = _money(down_payment, "首付金额", "the down payment")
    if total <= 0:
        raise InvalidValue("还款总额必须大于 0", "The amount to repay must be greater than 0")
    if down_payment >= total:
        raise InvalidValue(f"首付金额（{down_payment}）必须小于还款总额（{total}）",
                           f"The down payment (¥{down_payment:,.2f}) must be less than the amount to repay "
                           f"(¥{total:,.2f})")
    if isinstance(count, bool) or not isinstance(count, int):
        raise TypeError(f"分期期数必须是整数，得到 {count!r}")
    if not MIN_COUNT <= count <= MAX_COUNT:
        raise InvalidValue(f"分期期数必须在 {MIN_COUNT} 到 {MAX_COUNT} 期之间，当前为 {count} 期",
                           f"The number of installments must be between {MIN_COUNT} and {MAX_COUNT}; it is {count}")
    if frequency not in FREQUENCY_LABELS:
        raise InvalidValue(f"还款频率必须是 monthly（每月）或 biweekly（每两周），得到 {frequency!r}",
                           f"The frequency must be monthly or biweekly, not {frequency!r}")
    first_due = _check_date(first_due, "首期还款日")

    rest_cents = int((total - down_payment) * 100)
    base, remainder = divmod(rest_cents, count)
    if base < 1:
        raise InvalidValue(f"每期金额不足 0.01 元：{total - down_payment} 元无法分成 {count} 期",
                           f"Each installment would be less than ¥0.01: ¥{total - down_payment:,.2f} cannot be "
                           f"split into {count} installments")

    schedule: list[Installment] = []
    offset = 0
    if down_payment > 0:
        schedule.append(Installment(0, first_due, down_payment))
        offset = 1
    base_amount = Decimal(base).scaleb(-2)
    last_amount = Decimal(base + remainder).scaleb(-2)
    for no in range(1, count + 1):
        period = no - 1 + offset
        if frequency == "monthly":
            due = add_months(first_due, period)
        else:
            due = first_due + timedelta(days=14 * period)
        schedule.append(Installment(no, due, last_amount if no == count else base_amount))
    return schedule


# --------------------------------------------------------------------------------------------------
# Affordability
# --------------------------------------------------------------------------------------------------
class _Scheduled(Protocol):
    @property
    def no(self) -> int: ...
    @property
    def due_date(self) -> date: ...
    @property
    def amount(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class MonthLoad:
    """A calendar month whose installments add up to more than the monthly capacity."""

    year: int
    month: int
    total: Decimal
    capacity: Decimal
    installment_nos: tuple[int, ...]

    @property
    def excess(self) -> Decimal:
        return self.total - self.capacity

    @property
    def label_zh(self) -> str:
        return f"{self.year}年{self.month}月"


def affordability(
    schedule: Iterable[_Scheduled],
    monthly_capacity: Decimal,
    *,
    include_down_payment: bool = False,
) -> list[MonthLoad]:
    """Months (in date order) whose installments together exceed ``monthly_capacity`` (月还款能力).

    Empty list = affordable.  Works on :class:`Installment` or anything with ``no``, ``due_date``, ``amount``.
    """
    capacity = _money(monthly_capacity, "月还款能力", "the monthly repayment capacity")
    months: dict[tuple[int, int], tuple[Decimal, list[int]]] = {}
    for inst in schedule:
        if inst.no == 0 and not include_down_payment:
            continue
        key = (inst.due_date.year, inst.due_date.month)
        subtotal, nos = months.get(key, (_ZERO, []))
        nos.append(inst.no)
        months[key] = (subtotal + inst.amount, nos)
    return [
        MonthLoad(year, month, subtotal, capacity, tuple(nos))
        for (year, month), (subtotal, nos) in sorted(months.items())
        if subtotal > capacity
    ]


# --------------------------------------------------------------------------------------------------
# Waiver approval
# --------------------------------------------------------------------------------------------------
def waiver_approval_level(
    overdue_principal: Decimal,
    overdue_interest: Decimal,
    penalty: Decimal,
    waiver_interest: Decimal,
    waiver_penalty: Decimal,
    waiver_principal: Decimal,
    manager_share_threshold: Decimal = Decimal("0.2"),
) -> str | None:
    """Who must approve a waiver (减免): ``None`` (no waiver), ``'supervisor'`` or ``'manager'``.

    Interest/penalty waivers need a supervisor (主管); a principal waiver, or a total waiver strictly above
    ``manager_share_threshold`` of the overdue total (principal + interest + penalty), needs a manager (经理).
    A waiver cannot exceed the amount it waives.
    """
    principal = _money(overdue_principal, "逾期本金", "the overdue principal")
    interest = _money(overdue_interest, "逾期利息", "the overdue interest")
    pen = _money(penalty, "罚息", "the penalty interest")
    w_interest = _money(waiver_interest, "减免利息", "the interest waiver")
    w_penalty = _money(waiver_penalty, "减免罚息", "the penalty waiver")
    w_principal = _money(waiver_principal, "减免本金", "the principal waiver")
    if isinstance(manager_share_threshold, bool) or not isinstance(manager_share_threshold, Decimal | int):
        raise TypeError(f"经理审批比例必须是 Decimal，得到 {manager_share_threshold!r}")
    threshold = Decimal(manager_share_threshold)
    if not threshold.is_finite() or not 0 < threshold <= 1:
        raise InvalidValue(f"经理审批比例必须大于 0 且不超过 1，得到 {manager_share_threshold}",
                           f"The manager's approval share must be above 0 and at most 1, not {manager_share_threshold}")
    if w_interest > interest:
        raise InvalidValue(f"减免利息（{w_interest}）不能超过逾期利息（{interest}）",
                           f"The interest waiver (¥{w_interest:,.2f}) cannot exceed the overdue interest "
                           f"(¥{interest:,.2f})")
    if w_penalty > pen:
        raise InvalidValue(f"减免罚息（{w_penalty}）不能超过罚息（{pen}）",
                           f"The penalty waiver (¥{w_penalty:,.2f}) cannot exceed the penalty interest (¥{pen:,.2f})")
    if w_principal > principal:
        raise InvalidValue(f"减免本金（{w_principal}）不能超过逾期本金（{principal}）",
                           f"The principal waiver (¥{w_principal:,.2f}) cannot exceed the overdue principal "
                           f"(¥{principal:,.2f})")

    waived = w_interest + w_penalty + w_principal
    if waived == 0:
        return None
    if w_principal > 0:
        return "manager"
    if waived > threshold * (principal + interest + pen):
        return "manager"
    return "supervisor"


# --------------------------------------------------------------------------------------------------
# Payments against a plan
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class InstallmentRecord:
    """An installment of a live plan with what has been paid on it so far."""

    no: int
    due_date: date
    amount: Decimal
    paid_amount: Decimal = _ZERO

    @property
    def outstanding(self) -> Decimal:
        left = self.amount - self.paid_amount
        return left if left > 0 else _ZERO

    @property
    def is_paid(self) -> bool:
        return self.paid_amount >= self.amount

    @classmethod
    def from_installment(cls, inst: Installment, paid_amount: Decimal = _ZERO) -> InstallmentRecord:
        return cls(inst.no, inst.due_date, inst.amount, paid_amount)


@dataclass(frozen=True, slots=True)
class InstallmentAllocation:
    no: int
    amount: Decimal
    outstanding_after: Decimal

    @property
    def settles(self) -> bool:
        """True when this allocation pays the installment off."""
        return self.outstanding_after == 0


@dataclass(frozen=True, slots=True)
class PaymentAllocation:
    allocations: list[InstallmentAllocation]
    remainder: Decimal

    @property
    def allocated(self) -> Decimal:
        return sum((a.amount for a in self.allocations), _ZERO)

    def apply(self, installments: Iterable[InstallmentRecord]) -> list[InstallmentRecord]:
        """The installments with this allocation added to their paid amounts (input order kept)."""
        by_no = {a.no: a.amount for a in self.allocations}
        return [
            replace(r, paid_amount=r.paid_amount + by_no[r.no]) if r.no in by_no else r for r in installments
        ]


def _check_records(installments: Sequence[InstallmentRecord]) -> None:
    seen: set[int] = set()
    for r in installments:
        if r.no in seen:
            raise InvalidValue(f"分期期号重复：第 {r.no} 期", f"Installment {r.no} appears twice in the plan")
        seen.add(r.no)
        _money(r.amount, f"第 {r.no} 期应还金额", f"the amount due of installment {r.no}")
        _money(r.paid_amount, f"第 {r.no} 期已还金额", f"the amount paid of installment {r.no}")
        _check_date(r.due_date, f"第 {r.no} 期还款日")


def _oldest_first(installments: Iterable[InstallmentRecord]) -> list[InstallmentRecord]:
    return sorted(installments, key=lambda r: (r.due_date, r.no))


def allocate_payment(installments: Sequence[InstallmentRecord], payment: Decimal) -> PaymentAllocation:
    """Allocate a payment (回款) to the oldest open installments first.

    Returns the allocations in the order they were applied (only installments that receive money) and the
    remainder left after every installment is paid off.
    """
    amount = _money(payment, "回款金额", "the payment amount", allow_zero=False)
    _check_records(installments)
    left = amount
    allocations: list[InstallmentAllocation] = []
    for r in _oldest_first(installments):
        if left == 0:
            break
        open_amount = r.outstanding
        if open_amount == 0:
            continue
        take = open_amount if open_amount <= left else left
        left -= take
        allocations.append(InstallmentAllocation(r.no, take, open_amount - take))
    return PaymentAllocation(allocations, left)


def _is_missed(r: InstallmentRecord, today: date, grace_days: int) -> bool:
    return not r.is_paid and today > r.due_date + timedelta(days=grace_days)


def _check_grace(grace_days: int) -> None:
    if isinstance(grace_days, bool) or not isinstance(grace_days, int) or grace_days < 0:
        raise InvalidValue(f"宽限天数必须是非负整数，得到 {grace_days!r}",
                           f"The grace days must be a whole number of 0 or more, not {grace_days!r}")


def installment_status(record: InstallmentRecord, today: date, grace_days: int) -> str:
    """'paid' | 'missed' (unpaid after the grace period) | 'partial' | 'due' — the PlanInstallment.status codes."""
    _check_grace(grace_days)
    if record.is_paid:
        return "paid"
    if _is_missed(record, today, grace_days):
        return "missed"
    return "partial" if record.paid_amount > 0 else "due"


@dataclass(frozen=True, slots=True)
class PlanStatus:
    state: str  # 'active' | 'completed' | 'broken'
    missed: list[InstallmentRecord]

    @property
    def label_zh(self) -> str:
        return PLAN_STATE_LABELS[self.state]


def plan_state(installments: Sequence[InstallmentRecord], today: date, grace_days: int) -> PlanStatus:
    """'completed' when everything is paid, 'broken' with two or more missed installments, else 'active'.

    ``missed`` lists the missed installments oldest first (also for an active plan with one missed).
    """
    if not installments:
        raise InvalidValue("还款计划没有任何分期", "The plan has no installments")
    _check_grace(grace_days)
    _check_date(today, "当前日期")
    _check_records(installments)
    if all(r.is_paid for r in installments):
        return PlanStatus("completed", [])
    missed = [r for r in _oldest_first(installments) if _is_missed(r, today, grace_days)]
    return PlanStatus("broken" if len(missed) >= BROKEN_AFTER_MISSED else "active", missed)
