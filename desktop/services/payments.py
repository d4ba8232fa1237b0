"""回款 — payments recorded by staff or imported, allocated to promises and installments; promise judging.

Rules
-----
* A payment belongs to a loan (by contract number) and its case. Its transaction number (交易流水号) is unique:
  recording one twice is refused with a sentence naming the first record; an import counts it as a duplicate.
* **Allocation** (PaymentAllocation rows): the money first goes to the case's *open* promises, oldest due date
  first, each up to what is still owed on it — but only to promises whose window the payment falls in: from the
  day the promise was made up to its due date plus the grace days (setting ``grace_days``, default 1), so a
  payment made on the due date or in the grace days counts, a later one does not. What is left goes to the
  installments of the case's active plan(s), oldest first (:func:`desktop.services.installments.allocate_payment`);
  installment ``paid_amount`` and ``status`` follow. Anything left after that stays unallocated.
* A promise paid in full is judged **kept** at once. The others are judged by :func:`judge_open_promises` once
  ``today`` is after due date + grace days: partly kept (the paid amount is kept on the promise) or broken
  (nothing paid). A broken promise raises the case's priority by one and creates one follow-up task
  (source key ``promise_broken:<id>``, so it is created once however often the judge runs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from desktop.models import (
    Case,
    CollectionPlan,
    FollowUpTask,
    ImportBatch,
    Loan,
    Outcome,
    Payment,
    PaymentAllocation,
    PlanInstallment,
    PromiseToPay,
    Setting,
)
from desktop.models.base import ZERO
from desktop.services import audit
from desktop.services.cases import can_see_all_branches, load_case_in_scope
from desktop.services.context import BRANCH_TZ, Service, conflict_error
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.installments import InstallmentRecord, allocate_payment, installment_status
from desktop.services.permissions import Perm, requires
from desktop.services.validators import MONEY_LIMIT

CENT = Decimal("0.01")
DEFAULT_GRACE_DAYS = 1
ACTIVE_PLAN_STATUSES = ("active", "approved")
"""Plan statuses whose installments receive payments (the plans service owns the plan statuses)."""

PAYMENT_CHANNELS: dict[str, str] = {
    "bank": "银行转账",
    "app": "公司App",
    "counter": "营业部柜台",
    "deduction": "银行代扣",
    "other": "其他公司渠道",
}
_CHANNELS_EN: dict[str, str] = {
    "bank": "Bank transfer",
    "app": "Company app",
    "counter": "Branch counter",
    "deduction": "Direct debit",
    "other": "Other company channel",
}
PROMISE_STATUS_LABELS: dict[str, str] = {"open": "待履行", "kept": "已履行", "partly_kept": "部分履行", "broken": "未履行"}
BROKEN_TASK_PRIORITY = 3


# ------------------------------------------------------------------------------------------------ helpers
def grace_days(s: Session) -> int:
    """The settings key ``grace_days`` (default 1): days after a due date that still count as on time."""
    row = s.get(Setting, "grace_days")
    try:
        value = int(row.value) if row is not None and row.value is not None else DEFAULT_GRACE_DAYS
    except (TypeError, ValueError):
        return DEFAULT_GRACE_DAYS
    return max(0, value)


def local_date(at: datetime) -> date:
    return at.astimezone(BRANCH_TZ).date()


_AMOUNT_EN = {"承诺金额": "The promised amount", "回款金额": "The payment amount", "还款金额": "The payment amount"}
_ROW_RE = re.compile(r"第 (\d+) 行(.+)")


def _amount_en(what: str) -> str:
    """The English for :func:`check_money`'s Chinese ``what`` (e.g. 承诺金额, 第 12 行还款金额)."""
    m = _ROW_RE.fullmatch(what)
    if m:
        return f"{_AMOUNT_EN.get(m[2], 'The amount')} on row {m[1]}"
    return _AMOUNT_EN.get(what, "The amount")


def check_money(value: object, what: str) -> Decimal:
    """A positive Decimal amount with at most two decimals, one clear sentence otherwise."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(f"{what}无效：请填写金额，例如 1500.00。",
                              en=f"{_amount_en(what)} is invalid: enter an amount, for example 1500.00.")
    d = Decimal(value)
    if not d.is_finite() or d <= 0:
        raise ValidationError(f"{what}必须大于 0。", en=f"{_amount_en(what)} must be greater than 0.")
    if d != d.quantize(CENT):
        raise ValidationError(f"{what}最多保留两位小数：{d}。",
                              en=f"{_amount_en(what)} can have at most two decimal places: {d}.")
    if d >= MONEY_LIMIT:
        raise ValidationError(f"{what}超出允许范围：{d}。", en=f"{_amount_en(what)} is out of the allowed range: {d}.")
    return d.quantize(CENT)


def clean_txn(txn_no: str | None) -> str:
    txn = (txn_no or "").strip()
    if not txn:
        raise ValidationError("请填写交易流水号：回款以流水号识别，防止重复登记。",
                              en="Enter the transaction number: payments are identified by it, so that none is "
                                 "recorded twice.")
    if len(txn) > 64:
        raise ValidationError("交易流水号太长：最多 64 个字符。",
                              en="The transaction number is too long: at most 64 characters.")
    return txn


# ------------------------------------------------------------------------------------ allocation (pure)
@dataclass
class OpenPromise:
    id: int
    case_id: int
    due_date: date
    amount: Decimal
    paid_amount: Decimal
    window_start: date  # the day the promise was made
    version: int = 0

    @property
    def owed(self) -> Decimal:
        left = self.amount - self.paid_amount
        return left if left > 0 else ZERO

    def accepts(self, paid_on: date, grace: int) -> bool:
        return self.window_start <= paid_on <= self.due_date + timedelta(days=grace)


@dataclass
class OpenInstallment:
    id: int
    plan_id: int
    no: int
    due_date: date
    amount: Decimal
    paid_amount: Decimal


@dataclass
class Allocation:
    promises: list[tuple[int, Decimal]] = field(default_factory=list)  # (promise id, amount)
    installments: list[tuple[int, Decimal]] = field(default_factory=list)  # (installment id, amount)
    remainder: Decimal = ZERO

    @property
    def to_promises(self) -> Decimal:
        return sum((a for _, a in self.promises), ZERO)

    @property
    def to_installments(self) -> Decimal:
        return sum((a for _, a in self.installments), ZERO)


def allocate(amount: Decimal, paid_on: date, promises: Sequence[OpenPromise], installments: Sequence[OpenInstallment],
             grace: int) -> Allocation:
    """Split one payment: open promises (oldest due first, within their window), then plan installments.

    Mutates the given promises' and installments' ``paid_amount`` so that several payments can be allocated
    in a row against the same state.
    """
    out = Allocation()
    left = amount
    for p in sorted(promises, key=lambda p: (p.due_date, p.id)):
        if left <= 0:
            break
        owed = p.owed
        if owed <= 0 or not p.accepts(paid_on, grace):
            continue
        take = min(owed, left)
        p.paid_amount += take
        left -= take
        out.promises.append((p.id, take))
    by_plan: dict[int, list[OpenInstallment]] = defaultdict(list)
    for i in installments:
        by_plan[i.plan_id].append(i)
    for plan_id in sorted(by_plan, key=lambda pid: (min(i.due_date for i in by_plan[pid]), pid)):
        if left <= 0:
            break
        rows = by_plan[plan_id]
        by_no = {i.no: i for i in rows}
        result = allocate_payment([InstallmentRecord(i.no, i.due_date, i.amount, i.paid_amount) for i in rows], left)
        for a in result.allocations:
            inst = by_no[a.no]
            inst.paid_amount += a.amount
            out.installments.append((inst.id, a.amount))
        left = result.remainder
    out.remainder = left
    return out


# ------------------------------------------------------------------------------------ allocation (db)
class _State:
    """Open promises and installments of a set of cases, loaded once and updated in memory."""

    def __init__(self, s: Session, case_ids: Iterable[int]) -> None:
        ids = sorted(set(case_ids))
        self.promises: dict[int, list[OpenPromise]] = defaultdict(list)
        self.installments: dict[int, list[OpenInstallment]] = defaultdict(list)
        for part in _chunks(ids, 900):
            q = (select(PromiseToPay.id, PromiseToPay.case_id, PromiseToPay.due_date, PromiseToPay.amount,
                        PromiseToPay.paid_amount, PromiseToPay.created_at, Outcome.occurred_at, PromiseToPay.version)
                 .outerjoin(Outcome, Outcome.id == PromiseToPay.outcome_id)
                 .where(PromiseToPay.case_id.in_(part), PromiseToPay.status == "open"))
            for pid, cid, due, amount, paid, created, occurred, version in s.execute(q):
                start = local_date(min(x for x in (created, occurred) if x is not None))
                self.promises[cid].append(OpenPromise(pid, cid, due, amount, paid or ZERO, start, version))
            q2 = (select(PlanInstallment.id, PlanInstallment.plan_id, PlanInstallment.no, PlanInstallment.due_date,
                         PlanInstallment.amount, PlanInstallment.paid_amount, CollectionPlan.case_id)
                  .join(CollectionPlan, CollectionPlan.id == PlanInstallment.plan_id)
                  .where(CollectionPlan.case_id.in_(part), CollectionPlan.status.in_(ACTIVE_PLAN_STATUSES),
                         PlanInstallment.paid_amount < PlanInstallment.amount))
            for iid, plan_id, no, due, amount, paid, cid in s.execute(q2):
                self.installments[cid].append(OpenInstallment(iid, plan_id, no, due, amount, paid or ZERO))


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


@dataclass
class _Applied:
    to_promises: Decimal = ZERO
    to_installments: Decimal = ZERO
    kept: list[int] = field(default_factory=list)


def _apply(s: Session, state: _State, payments: list[tuple[int, int, Decimal, date]], grace: int, today: date,
           now: datetime) -> _Applied:
    """Allocate ``(payment id, case id, amount, paid on)`` in order; write allocations and the new paid amounts."""
    applied = _Applied()
    alloc_rows: list[dict] = []
    touched_p: dict[int, OpenPromise] = {}
    touched_i: dict[int, OpenInstallment] = {}
    for pay_id, case_id, amount, paid_on in sorted(payments, key=lambda p: (p[3], p[0])):
        promises = state.promises.get(case_id, [])
        insts = state.installments.get(case_id, [])
        if not promises and not insts:
            continue
        a = allocate(amount, paid_on, promises, insts, grace)
        for pid, amt in a.promises:
            alloc_rows.append({"payment_id": pay_id, "promise_id": pid, "installment_id": None, "amount": amt})
            touched_p[pid] = next(p for p in promises if p.id == pid)
        for iid, amt in a.installments:
            alloc_rows.append({"payment_id": pay_id, "promise_id": None, "installment_id": iid, "amount": amt})
            touched_i[iid] = next(i for i in insts if i.id == iid)
        applied.to_promises += a.to_promises
        applied.to_installments += a.to_installments
    conn = s.connection()
    if alloc_rows:
        conn.execute(PaymentAllocation.__table__.insert(), alloc_rows)
    if touched_p:
        # executemany with the version check the ORM would make: a promise changed meanwhile is a conflict
        P = PromiseToPay.__table__  # noqa: N806
        rows = []
        for pid, p in touched_p.items():
            kept = p.paid_amount >= p.amount
            if kept:
                applied.kept.append(pid)
            rows.append({"_id": pid, "_v": p.version, "paid": p.paid_amount, "st": "kept" if kept else "open",
                         "at": now if kept else None})
        res = conn.execute(update(P).where(P.c.id == bindparam("_id"), P.c.version == bindparam("_v")).values(
            paid_amount=bindparam("paid"), status=bindparam("st"), judged_at=bindparam("at"),
            version=P.c.version + 1), rows)
        if res.rowcount not in (-1, None) and res.rowcount != len(rows):
            raise conflict_error("promise", None, None)
    if touched_i:
        inst = PlanInstallment.__table__
        conn.execute(update(inst).where(inst.c.id == bindparam("_id")).values(
            paid_amount=bindparam("paid"), status=bindparam("st")), [
            {"_id": iid, "paid": i.paid_amount,
             "st": installment_status(InstallmentRecord(i.no, i.due_date, i.amount, i.paid_amount), today, grace)}
            for iid, i in touched_i.items()])
    return applied


# ------------------------------------------------------------------------------------------ judging
@dataclass(frozen=True)
class JudgeResult:
    kept: int = 0
    partly_kept: int = 0
    broken: int = 0
    tasks_created: int = 0

    @property
    def judged(self) -> int:
        return self.kept + self.partly_kept + self.broken


def judge_open_promises(s: Session, actor: Any, today: date, now: datetime,  # noqa: ANN401
                        branch_ids: Sequence[int] | None = None) -> JudgeResult:
    """Judge every open promise whose due date plus the grace days lies before ``today``."""
    grace = grace_days(s)
    cutoff = today - timedelta(days=grace)  # due_date < cutoff  <=>  today > due_date + grace
    q = (select(PromiseToPay).join(Case, Case.id == PromiseToPay.case_id)
         .where(PromiseToPay.status == "open", PromiseToPay.due_date < cutoff)
         .order_by(PromiseToPay.due_date, PromiseToPay.id))
    if branch_ids is not None:
        q = q.where(Case.branch_id.in_(branch_ids))
    counts = {"kept": 0, "partly_kept": 0, "broken": 0}
    tasks = 0
    for p in s.scalars(q).all():
        paid = p.paid_amount or ZERO
        status = "kept" if paid >= p.amount else "partly_kept" if paid > 0 else "broken"
        p.status = status
        p.judged_at = now
        counts[status] += 1
        case = s.get(Case, p.case_id)
        after: dict[str, Any] = {"status": status, "paid_amount": paid}
        if status == "broken":
            before_priority = case.priority or 0
            case.priority = before_priority + 1
            after["case_priority"] = case.priority
            key = f"promise_broken:{p.id}"
            if s.scalar(select(FollowUpTask.id).where(FollowUpTask.source_key == key)) is None and case.status != "closed":
                s.add(FollowUpTask(
                    case_id=case.id, branch_id=case.branch_id, assigned_to_id=case.assigned_to_id,
                    kind="promise_broken", source_key=key,
                    title=f"承诺还款未履行：¥{p.amount:,.2f}（{p.due_date:%m-%d} 到期），请联系客户了解原因",
                    due_date=today, priority=BROKEN_TASK_PRIORITY, status="open", created_at=now))
                tasks += 1
        s.flush()
        audit.record(s, actor, "promise.judge", entity="promise", entity_id=p.id, case_id=p.case_id,
                     before={"status": "open"}, after=after, at=now,
                     detail=f"承诺 ¥{p.amount:,.2f}（{p.due_date:%Y-%m-%d} 到期）判定为{PROMISE_STATUS_LABELS[status]}"
                            + (f"，已还 ¥{paid:,.2f}" if status == "partly_kept" else ""))
    return JudgeResult(counts["kept"], counts["partly_kept"], counts["broken"], tasks)


# ------------------------------------------------------------------------------------------ service
@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    case_id: int | None
    contract_no: str
    amount: Decimal
    to_promises: Decimal
    to_installments: Decimal
    unallocated: Decimal
    promises_kept: int

    @property
    def message(self) -> str:
        parts = [f"已登记回款 ¥{self.amount:,.2f}（合同 {self.contract_no}）"]
        if self.to_promises:
            parts.append(f"冲抵承诺 ¥{self.to_promises:,.2f}")
        if self.to_installments:
            parts.append(f"冲抵分期 ¥{self.to_installments:,.2f}")
        if self.promises_kept:
            parts.append(f"{self.promises_kept} 个承诺已履行")
        return "，".join(parts) + "。"


@dataclass
class PaymentImportResult:
    new: int = 0
    duplicate: int = 0
    unknown_contract: int = 0
    amount_new: Decimal = ZERO
    to_promises: Decimal = ZERO
    to_installments: Decimal = ZERO
    promises_kept: int = 0
    unknown: list[tuple[int | None, str]] = field(default_factory=list)  # (excel row, contract no)
    duplicates: list[tuple[int | None, str]] = field(default_factory=list)  # (excel row, txn no)
    batch_id: int | None = None
    dry_run: bool = False

    def as_dict(self) -> dict:
        return {"new": self.new, "duplicate": self.duplicate, "unknown_contract": self.unknown_contract,
                "amount_new": f"{self.amount_new:.2f}", "to_promises": f"{self.to_promises:.2f}",
                "to_installments": f"{self.to_installments:.2f}", "promises_kept": self.promises_kept,
                "batch_id": self.batch_id, "dry_run": self.dry_run,
                "unknown": [{"row": r, "contract_no": c} for r, c in self.unknown],
                "duplicates": [{"row": r, "txn_no": t} for r, t in self.duplicates]}

    def lines(self) -> list[str]:
        out = [f"新增回款 {self.new} 笔，共 ¥{self.amount_new:,.2f}；重复流水 {self.duplicate} 笔；"
               f"合同不存在 {self.unknown_contract} 笔。",
               f"冲抵承诺 ¥{self.to_promises:,.2f}，冲抵分期 ¥{self.to_installments:,.2f}，"
               f"{self.promises_kept} 个承诺因此已履行。"]
        for row, contract in self.unknown[:20]:
            out.append(f"  第 {row} 行：合同编号 {contract} 不存在（先导入逾期明细，或核对合同编号）。" if row
                       else f"  合同编号 {contract} 不存在。")
        if len(self.unknown) > 20:
            out.append(f"  …… 另有 {len(self.unknown) - 20} 笔合同不存在。")
        if self.dry_run:
            out.append("试运行：未写入数据库。")
        return out


class PaymentRowLike(Protocol):
    contract_no: str
    paid_on: date
    amount: Decimal
    txn_no: str


@dataclass(frozen=True)
class OpenItems:
    """What a payment on a case would pay: open promises and unpaid installments, oldest first."""

    case_id: int
    contract_no: str
    customer_name: str
    overdue_total: Decimal
    promises: list[tuple[int, date, Decimal, Decimal]]  # id, due date, amount, paid
    installments: list[tuple[int, int, date, Decimal, Decimal]]  # id, no, due date, amount, paid
    grace_days: int


@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: date
    amount: Decimal
    channel: str
    txn_no: str
    source: str
    contract_no: str
    allocated: Decimal


class _Rollback(Exception):
    pass


class PaymentService(Service):
    # ---------------------------------------------------------------------------------------- staff
    @requires(Perm.PAYMENT_RECORD)
    def record_payment(self, case_id: int | None = None, contract_no: str | None = None, *,
                       amount: Decimal, paid_on: date, channel: str = "bank", txn_no: str) -> PaymentResult:
        """Record one payment made through a company channel; refused when the transaction number exists."""
        amount = check_money(amount, "回款金额")
        txn = clean_txn(txn_no)
        if channel not in PAYMENT_CHANNELS:
            raise ValidationError(f"回款渠道无效：请选择 {'、'.join(PAYMENT_CHANNELS.values())}。",
                                  en=f"The payment channel is invalid: choose {', '.join(_CHANNELS_EN.values())}.")
        if not isinstance(paid_on, date):
            raise ValidationError("请填写还款日期。", en="Enter the payment date.")
        today = self.clock.today()
        if paid_on > today:
            raise ValidationError(f"还款日期 {paid_on:%Y-%m-%d} 在今天之后：只能登记已经到账的回款。",
                                  en=f"The payment date {paid_on:%Y-%m-%d} is after today: only payments that have "
                                     "already arrived can be recorded.")
        now = self.clock.now()
        with self.tx() as s:
            case = self._find_case(s, case_id, contract_no)
            dup = s.execute(select(Payment.paid_on, Loan.contract_no, Payment.created_at).join(
                Loan, Loan.id == Payment.loan_id).where(Payment.txn_no == txn)).first()
            if dup:
                raise ValidationError(
                    f"交易流水号 {txn} 已登记过（合同 {dup[1]}，还款日 {dup[0]:%Y-%m-%d}），同一笔回款不能重复登记；"
                    "请核对流水号。",
                    en=f"The transaction number {txn} is already recorded (contract {dup[1]}, payment date "
                       f"{dup[0]:%Y-%m-%d}); the same payment cannot be recorded twice: check the transaction number.")
            pay = Payment(loan_id=case.loan_id, case_id=case.id, amount=amount, paid_on=paid_on, channel=channel,
                          txn_no=txn, source="staff", recorded_by_id=self.actor.user_id, created_at=now)
            s.add(pay)
            s.flush()
            state = _State(s, [case.id])
            grace = grace_days(s)
            applied = _apply(s, state, [(pay.id, case.id, amount, paid_on)], grace, today, now)
            audit.record(s, self.actor, "payment.record", entity="payment", entity_id=pay.id, case_id=case.id,
                         after={"amount": amount, "paid_on": paid_on, "channel": channel, "txn_no": txn,
                                "to_promises": applied.to_promises, "to_installments": applied.to_installments,
                                "kept": applied.kept}, at=now,
                         detail=f"登记回款 ¥{amount:,.2f}（{PAYMENT_CHANNELS[channel]}，流水号 {txn}）")
            return PaymentResult(pay.id, case.id, case.contract_no, amount, applied.to_promises,
                                 applied.to_installments, amount - applied.to_promises - applied.to_installments,
                                 len(applied.kept))

    def _find_case(self, s: Session, case_id: int | None, contract_no: str | None) -> Case:
        if case_id is None:
            contract = (contract_no or "").strip()
            if not contract:
                raise ValidationError("请指定案件或合同编号。", en="Specify a case or a contract number.")
            case_id = s.scalar(select(Case.id).where(Case.contract_no == contract))
            if case_id is None:
                raise NotFound(f"合同编号 {contract} 不存在：请核对，或先导入逾期明细。",
                               en=f"The contract number {contract} does not exist: check it, or import the overdue "
                                  "list first.")
        return load_case_in_scope(s, self.actor, case_id)

    @requires(Perm.CASE_VIEW)
    def open_items(self, case_id: int) -> OpenItems:
        """The case's open promises and unpaid installments (the payment dialog shows where money will go)."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            promises = [(p.id, p.due_date, p.amount, p.paid_amount or ZERO) for p in s.scalars(
                select(PromiseToPay).where(PromiseToPay.case_id == case.id, PromiseToPay.status == "open")
                .order_by(PromiseToPay.due_date, PromiseToPay.id))]
            insts = [(i.id, i.no, i.due_date, i.amount, i.paid_amount or ZERO) for i in s.scalars(
                select(PlanInstallment).join(CollectionPlan, CollectionPlan.id == PlanInstallment.plan_id)
                .where(CollectionPlan.case_id == case.id, CollectionPlan.status.in_(ACTIVE_PLAN_STATUSES),
                       PlanInstallment.paid_amount < PlanInstallment.amount)
                .order_by(PlanInstallment.due_date, PlanInstallment.no))]
            return OpenItems(case.id, case.contract_no, case.customer_name, case.overdue_total, promises, insts,
                             grace_days(s))

    @requires(Perm.CASE_VIEW)
    def payments(self, case_id: int) -> list[PaymentRow]:
        """Payments of the case's loan, newest first."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            alloc = (select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
                     .where(PaymentAllocation.payment_id == Payment.id).scalar_subquery())
            q = (select(Payment, alloc).where(Payment.loan_id == case.loan_id)
                 .order_by(Payment.paid_on.desc(), Payment.id.desc()))
            return [PaymentRow(p.id, p.paid_on, p.amount, p.channel, p.txn_no, p.source, case.contract_no,
                               Decimal(a).quantize(CENT)) for p, a in s.execute(q)]

    # ---------------------------------------------------------------------------------------- import
    @requires(Perm.IMPORT_RUN)
    def import_payments(self, rows: Sequence[PaymentRowLike], batch_id: int | None = None, *,
                        dry_run: bool = False) -> PaymentImportResult:
        """Add the rows of a payments file, idempotently by transaction number.

        Counts new / duplicate (transaction number already stored or repeated) / unknown contract. When
        ``batch_id`` names an :class:`ImportBatch`, its rows_new / rows_unchanged (duplicates) / rows_invalid
        (unknown contracts) are set and it is marked finished.
        """
        try:
            with self.tx() as s:
                result = import_payment_rows(s, self.actor, rows, batch_id, self.clock.today(), self.clock.now())
                result.dry_run = dry_run
                if dry_run:
                    raise _Rollback(result)
        except _Rollback as r:
            res = r.args[0]
            res.batch_id = None
            return res
        return result

    @requires(Perm.IMPORT_RUN)
    def import_payments_file(self, path: str | Path, *, dry_run: bool = False,
                             progress: Callable[[int, int], Any] | None = None,
                             cancelled: Callable[[], bool] | None = None) -> tuple[Any, PaymentImportResult | None]:
        """Parse a payments export and import it in one transaction (nothing is written if a row is invalid).

        Returns ``(parse result, import result)``; the import result is ``None`` when invalid rows stopped it.
        Raises :class:`ValidationError` when the file cannot be read as a payments export.
        """
        from desktop.services.import_parse import FileFormatError, parse_payments_file

        try:
            parsed = parse_payments_file(Path(path), progress=progress, cancelled=cancelled)
        except FileFormatError as e:
            # FileFormatError carries only Chinese; the English names the rule without the particular reason
            raise ValidationError(str(e), en=getattr(e, "en", None) or (
                f"The file {Path(path).name} cannot be read as a payments export: it must be an Excel workbook "
                "(.xlsx) or a CSV file with the payments header row near the top.")) from e
        if parsed.errors:
            return parsed, None
        now = self.clock.now()
        try:
            with self.tx() as s:
                batch = ImportBatch(kind="payments", file_name=parsed.file_name, sha256=parsed.sha256,
                                    data_date=self.clock.today(), data_date_source="today",
                                    options={"dry_run": dry_run}, rows_total=parsed.total_rows,
                                    user_id=self.actor.user_id or None, started_at=now)
                s.add(batch)
                s.flush()
                result = import_payment_rows(s, self.actor, parsed.rows, batch.id, self.clock.today(), now)
                result.dry_run = dry_run
                if dry_run:
                    raise _Rollback(result)
        except _Rollback as r:
            res = r.args[0]
            res.batch_id = None
            return parsed, res
        return parsed, result

    # ---------------------------------------------------------------------------------------- judging
    @requires(Perm.PAYMENT_RECORD)
    def judge_promises(self, today: date | None = None) -> JudgeResult:
        """Judge the open promises past due date + grace days (in the actor's branch scope)."""
        today = today or self.clock.today()
        with self.tx() as s:
            return judge_open_promises(s, self.actor, today, self.clock.now(), _scope(self.actor))


def _scope(actor: Any) -> list[int] | None:  # noqa: ANN401
    if can_see_all_branches(actor):
        return None
    if actor.branch_id is None:
        raise PermissionDenied("权限不足：你的账号没有所属营业部。",
                               en="Insufficient permission: your account does not belong to a branch.")
    return [actor.branch_id]


def import_payment_rows(s: Session, actor: Any, rows: Sequence[PaymentRowLike], batch_id: int | None,  # noqa: ANN401
                        today: date, now: datetime) -> PaymentImportResult:
    """The import inside the caller's transaction (the overdue-import service may call it directly)."""
    result = PaymentImportResult(batch_id=batch_id)
    rows = list(rows)
    contracts = sorted({r.contract_no for r in rows})
    loans: dict[str, tuple[int, int | None]] = {}
    for part in _chunks(contracts, 900):
        for contract, loan_id, case_id in s.execute(
                select(Loan.contract_no, Loan.id, Case.id).outerjoin(Case, Case.loan_id == Loan.id)
                .where(Loan.contract_no.in_(part))):
            loans[contract] = (loan_id, case_id)
    txns = sorted({r.txn_no for r in rows})
    existing: set[str] = set()
    for part in _chunks(txns, 900):
        existing.update(s.scalars(select(Payment.txn_no).where(Payment.txn_no.in_(part))))
    new_rows: list[dict] = []
    for r in rows:
        excel_row = getattr(r, "excel_row", None)
        if r.txn_no in existing:
            result.duplicate += 1
            result.duplicates.append((excel_row, r.txn_no))
            continue
        found = loans.get(r.contract_no)
        if found is None:
            result.unknown_contract += 1
            result.unknown.append((excel_row, r.contract_no))
            continue
        amount = check_money(r.amount, f"第 {excel_row} 行还款金额" if excel_row else "还款金额")
        existing.add(r.txn_no)
        new_rows.append({"loan_id": found[0], "case_id": found[1], "amount": amount, "paid_on": r.paid_on,
                         "channel": "bank", "txn_no": r.txn_no, "source": "import", "import_batch_id": batch_id,
                         "recorded_by_id": getattr(actor, "user_id", None) or None, "created_at": now})
    table = Payment.__table__
    conn = s.connection()
    paid: list[tuple[int, int, Decimal, date]] = []
    for part in _chunks(new_rows, 5000):
        # a plain executemany (RETURNING would insert row by row on SQLite); ids by the unique txn number
        conn.execute(table.insert(), part)
        ids: dict[str, int] = {}
        for txns in _chunks([r["txn_no"] for r in part], 900):
            ids.update((t, i) for i, t in conn.execute(select(table.c.id, table.c.txn_no).where(table.c.txn_no.in_(txns))))
        for row in part:
            result.new += 1
            result.amount_new += row["amount"]
            if row["case_id"] is not None:
                paid.append((ids[row["txn_no"]], row["case_id"], row["amount"], row["paid_on"]))
    if paid:
        state = _State(s, [p[1] for p in paid])
        applied = _apply(s, state, paid, grace_days(s), today, now)
        result.to_promises = applied.to_promises
        result.to_installments = applied.to_installments
        result.promises_kept = len(applied.kept)
    if batch_id is not None:
        batch = s.get(ImportBatch, batch_id)
        if batch is not None:
            batch.rows_new = result.new
            batch.rows_unchanged = result.duplicate
            batch.rows_invalid = result.unknown_contract
            if not batch.rows_total:
                batch.rows_total = len(rows)
            if batch.finished_at is None:
                batch.finished_at = now
    audit.record(s, actor, "payments.import", entity="import", entity_id=batch_id, at=now,
                 after={"new": result.new, "duplicate": result.duplicate, "unknown_contract": result.unknown_contract,
                        "amount_new": result.amount_new, "to_promises": result.to_promises,
                        "to_installments": result.to_installments, "promises_kept": result.promises_kept},
                 detail=f"导入回款：新增 {result.new} 笔（¥{result.amount_new:,.2f}），重复 {result.duplicate} 笔，"
                        f"合同不存在 {result.unknown_contract} 笔")
    return result
