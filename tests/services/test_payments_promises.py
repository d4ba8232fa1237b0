"""Payments, allocation and promise judging (SQLite and, with VISITDESK_TEST_PG, PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.models import (
    Case,
    FollowUpTask,
    ImportBatch,
    Payment,
    PaymentAllocation,
    PlanInstallment,
    PromiseToPay,
    Setting,
)
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.outcomes import OutcomeInput, OutcomeService
from desktop.services.payments import OpenInstallment, OpenPromise, PaymentService, allocate
from tests.services.followup_data import MovableClock, contract_of, make_case, make_plan

D = Decimal
DAY = date(2025, 3, 10)  # a Monday


@dataclass
class Row:
    contract_no: str
    paid_on: date
    amount: Decimal
    txn_no: str
    excel_row: int | None = None


def promise(world, clock, case_id, amount="1000.00", due=DAY + timedelta(days=5)) -> int:
    saved = OutcomeService(world.db, world.collector, clock).record(OutcomeInput(
        case_id=case_id, met="borrower", result_code="ptp", attitude="cooperative", promise_amount=D(amount),
        promise_due=due))
    return saved.promise_id


def promise_row(db, pid) -> PromiseToPay:
    with db.session_factory() as s:
        return s.get(PromiseToPay, pid)


@pytest.fixture
def clock():
    return MovableClock(DAY)


@pytest.fixture
def case_id(world):
    return make_case(world.db, world.branch_id, total="5000.00", assigned=world.collector.user_id)


def pay(world, clock, case_id, amount, on, txn):
    return PaymentService(world.db, world.collector, clock).record_payment(case_id, amount=D(amount), paid_on=on,
                                                                           txn_no=txn)


# ----------------------------------------------------------------------------------------- judging at the boundaries
@pytest.mark.parametrize(("paid_offset", "judged"), [(-2, "kept"), (0, "kept"), (1, "kept"), (2, "broken")],
                         ids=["before-due", "on-due-date", "in-grace-day", "after-grace"])
def test_promise_judged_by_when_it_was_paid(world, clock, case_id, paid_offset, judged):
    due = DAY + timedelta(days=5)
    pid = promise(world, clock, case_id, "1000.00", due)
    paid_on = due + timedelta(days=paid_offset)
    clock.set_day(paid_on + timedelta(days=1))  # the payment file arrives the next day
    pay(world, clock, case_id, "1000.00", paid_on, "T-1")
    svc = PaymentService(world.db, world.collector, clock)
    # judged only after due date + 1 grace day: on due + 1 nothing is judged yet
    res = svc.judge_promises(due + timedelta(days=1))
    p = promise_row(world.db, pid)
    if judged == "kept":
        assert p.status == "kept" and p.paid_amount == D("1000.00") and res.judged == 0  # kept at once when paid
    else:
        assert p.status == "open" and res.judged == 0
        res = svc.judge_promises(due + timedelta(days=2))
        p = promise_row(world.db, pid)
        assert p.status == "broken" and p.paid_amount == D("0.00") and res.broken == 1


def test_open_promise_is_not_judged_until_the_grace_day_is_over(world, clock, case_id):
    due = DAY + timedelta(days=3)
    pid = promise(world, clock, case_id, "800.00", due)
    svc = PaymentService(world.db, world.collector, clock)
    for today in (due, due + timedelta(days=1)):
        assert svc.judge_promises(today).judged == 0
    assert promise_row(world.db, pid).status == "open"
    assert svc.judge_promises(due + timedelta(days=2)).broken == 1


def test_grace_days_is_a_setting(world, clock, case_id):
    with world.db.session_factory.begin() as s:
        s.get(Setting, "grace_days").value = 0
    due = DAY + timedelta(days=3)
    pid = promise(world, clock, case_id, "800.00", due)
    clock.set_day(due + timedelta(days=1))
    pay(world, clock, case_id, "800.00", due + timedelta(days=1), "LATE")  # one day late, no grace
    assert promise_row(world.db, pid).status == "open"
    assert PaymentService(world.db, world.collector, clock).judge_promises(due + timedelta(days=1)).broken == 1


def test_partly_kept_keeps_the_paid_amount(world, clock, case_id):
    due = DAY + timedelta(days=4)
    pid = promise(world, clock, case_id, "1000.00", due)
    pay(world, clock, case_id, "300.00", DAY, "P-1")
    clock.set_day(due)
    pay(world, clock, case_id, "150.50", due, "P-2")
    p = promise_row(world.db, pid)
    assert p.status == "open" and p.paid_amount == D("450.50")
    res = PaymentService(world.db, world.collector, clock).judge_promises(due + timedelta(days=2))
    p = promise_row(world.db, pid)
    assert (res.partly_kept, p.status, p.paid_amount) == (1, "partly_kept", D("450.50"))


def test_several_promises_and_payments_oldest_first(world, clock, case_id):
    d1, d2 = DAY + timedelta(days=3), DAY + timedelta(days=8)
    p1 = promise(world, clock, case_id, "500.00", d1)
    p2 = promise(world, clock, case_id, "700.00", d2)
    r = pay(world, clock, case_id, "600.00", DAY + timedelta(days=1) - timedelta(days=1), "S-1")
    assert (r.to_promises, r.promises_kept) == (D("600.00"), 1)
    assert promise_row(world.db, p1).status == "kept"
    assert promise_row(world.db, p2).paid_amount == D("100.00")
    clock.set_day(d2 + timedelta(days=1))
    pay(world, clock, case_id, "200.00", d2 + timedelta(days=1), "S-2")  # grace day of the second promise
    res = PaymentService(world.db, world.collector, clock).judge_promises(d2 + timedelta(days=2))
    assert res.partly_kept == 1
    assert promise_row(world.db, p2).paid_amount == D("300.00")
    with world.db.session_factory() as s:
        allocs = s.execute(select(PaymentAllocation.promise_id, PaymentAllocation.amount)
                           .order_by(PaymentAllocation.id)).all()
    assert allocs == [(p1, D("500.00")), (p2, D("100.00")), (p2, D("200.00"))]


def test_payment_before_the_promise_was_made_does_not_count(world, clock, case_id):
    clock.set_day(DAY + timedelta(days=2))
    pid = promise(world, clock, case_id, "400.00", DAY + timedelta(days=6))
    pay(world, clock, case_id, "400.00", DAY, "OLD-1")
    assert promise_row(world.db, pid).paid_amount == D("0.00")


def test_payment_after_the_grace_day_does_not_count_even_if_judged_late(world, clock, case_id):
    due = DAY + timedelta(days=2)
    pid = promise(world, clock, case_id, "400.00", due)
    clock.set_day(due + timedelta(days=5))
    pay(world, clock, case_id, "400.00", due + timedelta(days=2), "LATE-1")
    assert promise_row(world.db, pid).paid_amount == D("0.00")
    PaymentService(world.db, world.collector, clock).judge_promises()
    assert promise_row(world.db, pid).status == "broken"


def test_broken_promise_raises_priority_and_creates_one_task(world, clock, case_id):
    due = DAY + timedelta(days=1)
    pid = promise(world, clock, case_id, "400.00", due)
    svc = PaymentService(world.db, world.collector, clock)
    svc.judge_promises(due + timedelta(days=2))
    svc.judge_promises(due + timedelta(days=3))
    with world.db.session_factory() as s:
        tasks = s.scalars(select(FollowUpTask).where(FollowUpTask.case_id == case_id)).all()
        case = s.get(Case, case_id)
        assert case.priority == 1
    assert [(t.kind, t.source_key, t.assigned_to_id, t.priority) for t in tasks] == [
        ("promise_broken", f"promise_broken:{pid}", world.collector.user_id, 3)]


# ----------------------------------------------------------------------------------------- allocation
def test_allocation_goes_to_promises_then_installments_oldest_first(world, clock, case_id):
    inst = make_plan(world.db, case_id, [(DAY - timedelta(days=5), "300.00"), (DAY + timedelta(days=25), "300.00"),
                                         (DAY + timedelta(days=55), "300.00")])
    pid = promise(world, clock, case_id, "200.00", DAY + timedelta(days=3))
    r = pay(world, clock, case_id, "650.00", DAY, "A-1")
    assert (r.to_promises, r.to_installments, r.unallocated) == (D("200.00"), D("450.00"), D("0.00"))
    with world.db.session_factory() as s:
        allocs = s.execute(select(PaymentAllocation.promise_id, PaymentAllocation.installment_id,
                                  PaymentAllocation.amount).order_by(PaymentAllocation.id)).all()
        rows = {i.id: (i.paid_amount, i.status) for i in s.scalars(select(PlanInstallment))}
    assert allocs == [(pid, None, D("200.00")), (None, inst[0], D("300.00")), (None, inst[1], D("150.00"))]
    assert rows[inst[0]] == (D("300.00"), "paid")
    assert rows[inst[1]] == (D("150.00"), "partial")
    assert rows[inst[2]] == (D("0.00"), "due")
    r = pay(world, clock, case_id, "1000.00", DAY, "A-2")
    assert (r.to_installments, r.unallocated) == (D("450.00"), D("550.00"))


def test_inactive_plans_receive_nothing(world, clock, case_id):
    make_plan(world.db, case_id, [(DAY, "300.00"), (DAY + timedelta(days=30), "300.00")], status="pending")
    r = pay(world, clock, case_id, "100.00", DAY, "X-1")
    assert r.unallocated == D("100.00")


def test_pure_allocation_respects_windows_and_order():
    ps = [OpenPromise(2, 1, date(2025, 3, 20), D("100"), D("0"), date(2025, 3, 1)),
          OpenPromise(1, 1, date(2025, 3, 12), D("100"), D("60"), date(2025, 3, 1))]
    insts = [OpenInstallment(9, 5, 2, date(2025, 4, 1), D("50"), D("0")),
             OpenInstallment(8, 5, 1, date(2025, 3, 1), D("50"), D("10"))]
    a = allocate(D("300"), date(2025, 3, 13), ps, insts, grace=1)
    assert a.promises == [(1, D("40")), (2, D("100"))]
    assert a.installments == [(8, D("40")), (9, D("50"))]
    assert a.remainder == D("70")
    b = allocate(D("10"), date(2025, 3, 22), [OpenPromise(3, 1, date(2025, 3, 20), D("100"), D("0"), date(2025, 3, 1))],
                 [], grace=1)
    assert b.promises == [] and b.remainder == D("10")


# ----------------------------------------------------------------------------------------- staff recording
def test_duplicate_transaction_number_is_refused(world, clock, case_id):
    pay(world, clock, case_id, "100.00", DAY, "DUP-1")
    with pytest.raises(ValidationError, match="交易流水号 DUP-1 已登记过"):
        pay(world, clock, case_id, "100.00", DAY, " DUP-1 ")
    with world.db.session_factory() as s:
        assert len(s.scalars(select(Payment)).all()) == 1


@pytest.mark.parametrize(("amount", "on", "txn", "msg"), [
    ("0", DAY, "T", "必须大于 0"), ("1.005", DAY, "T", "两位小数"), ("10", DAY + timedelta(days=1), "T", "今天之后"),
    ("10", DAY, "  ", "交易流水号"),
])
def test_bad_payment_input_is_refused(world, clock, case_id, amount, on, txn, msg):
    with pytest.raises(ValidationError, match=msg):
        pay(world, clock, case_id, amount, on, txn)


def test_record_by_contract_number_and_scope(world, clock, case_id):
    contract = contract_of(world.db, case_id)
    r = PaymentService(world.db, world.supervisor, clock).record_payment(
        contract_no=contract, amount=D("10.00"), paid_on=DAY, channel="app", txn_no="C-1")
    assert r.case_id == case_id and "已登记回款" in r.message
    with pytest.raises(PermissionDenied, match="其他营业部"):
        PaymentService(world.db, world.other_collector, clock).record_payment(
            contract_no=contract, amount=D("10.00"), paid_on=DAY, txn_no="C-2")
    with pytest.raises(NotFound, match="不存在"):
        PaymentService(world.db, world.collector, clock).record_payment(
            contract_no="NOPE", amount=D("10.00"), paid_on=DAY, txn_no="C-3")
    with pytest.raises(ValidationError, match="渠道"):
        PaymentService(world.db, world.collector, clock).record_payment(
            case_id, amount=D("10.00"), paid_on=DAY, channel="cash", txn_no="C-4")


def test_payment_on_a_promise_is_in_the_audit_log(world, clock, case_id):
    from desktop.models import AuditEvent

    pay(world, clock, case_id, "10.00", DAY, "AU-1")
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "payment.record")).one()
        assert ev.case_id == case_id and ev.after["txn_no"] == "AU-1" and ev.user_login == "c1"


# ----------------------------------------------------------------------------------------- import
def test_import_is_idempotent_by_transaction_number(world, clock, case_id):
    other = make_case(world.db, world.other_branch_id, total="900.00")
    pid = promise(world, clock, case_id, "500.00", DAY + timedelta(days=2))
    c1, c2 = contract_of(world.db, case_id), contract_of(world.db, other)
    rows = [Row(c1, DAY, D("500.00"), "IMP-1", 4), Row(c2, DAY, D("100.00"), "IMP-2", 5),
            Row("UNKNOWN-9", DAY, D("1.00"), "IMP-3", 6), Row(c1, DAY, D("5.00"), "IMP-1", 7)]
    svc = PaymentService(world.db, world.supervisor, clock)
    res = svc.import_payments(rows)
    assert (res.new, res.duplicate, res.unknown_contract) == (2, 1, 1)
    assert res.unknown == [(6, "UNKNOWN-9")] and res.promises_kept == 1 and res.amount_new == D("600.00")
    assert promise_row(world.db, pid).status == "kept"
    again = svc.import_payments(rows)
    assert (again.new, again.duplicate, again.unknown_contract) == (0, 3, 1)
    with world.db.session_factory() as s:
        assert s.scalar(select(Payment.source).where(Payment.txn_no == "IMP-2")) == "import"
        assert len(s.scalars(select(Payment)).all()) == 2


def test_import_dry_run_writes_nothing(world, clock, case_id):
    rows = [Row(contract_of(world.db, case_id), DAY, D("50.00"), "DRY-1")]
    res = PaymentService(world.db, world.supervisor, clock).import_payments(rows, dry_run=True)
    assert res.new == 1 and res.dry_run
    with world.db.session_factory() as s:
        assert s.scalars(select(Payment)).all() == []


def test_import_needs_the_import_permission(world, clock):
    with pytest.raises(PermissionDenied):
        PaymentService(world.db, world.collector, clock).import_payments([])


def write_payments(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["还款明细"])
    ws.append(["合同编号", "还款日期", "还款金额", "交易流水号"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_import_file_creates_a_batch(world, clock, case_id, tmp_path):
    c = contract_of(world.db, case_id)
    path = write_payments(tmp_path / "pay.xlsx", [(c, "2025-03-10", "120.50", "F-1"), (c, "2025/03/09", 30, "F-2")])
    parsed, res = PaymentService(world.db, world.supervisor, clock).import_payments_file(path)
    assert parsed.errors == [] and res.new == 2
    with world.db.session_factory() as s:
        b = s.get(ImportBatch, res.batch_id)
        assert (b.kind, b.rows_new, b.rows_total) == ("payments", 2, 2) and b.finished_at is not None
    bad = write_payments(tmp_path / "bad.xlsx", [(c, "not a date", "1", "F-3")])
    parsed, res = PaymentService(world.db, world.supervisor, clock).import_payments_file(bad)
    assert res is None and parsed.invalid_count == 1
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(ValidationError):
        PaymentService(world.db, world.supervisor, clock).import_payments_file(tmp_path / "x.txt")


def test_open_items_and_payment_list(world, clock, case_id):
    make_plan(world.db, case_id, [(DAY, "300.00"), (DAY + timedelta(days=30), "300.00")])
    promise(world, clock, case_id, "200.00", DAY + timedelta(days=3))
    svc = PaymentService(world.db, world.collector, clock)
    items = svc.open_items(case_id)
    assert len(items.promises) == 1 and len(items.installments) == 2 and items.grace_days == 1
    pay(world, clock, case_id, "250.00", DAY, "L-1")
    rows = svc.payments(case_id)
    assert [(r.txn_no, r.amount, r.allocated) for r in rows] == [("L-1", D("250.00"), D("250.00"))]


def test_case_detail_shows_payments_recorded_after_the_export(world, clock, case_id):
    """The loan's figures are the export's as of its data date; the detail adds what was paid here since and
    takes the newer of the two last-payment dates."""
    from desktop.models import Loan
    from desktop.services.cases import CaseDetailService

    with world.db.session_factory.begin() as s:
        loan = s.get(Loan, s.get(Case, case_id).loan_id)
        loan.data_date, loan.last_payment_date = DAY - timedelta(days=2), DAY - timedelta(days=40)
    detail = CaseDetailService(world.db, world.collector)
    before = detail.detail(case_id)
    assert before.last_payment_date == DAY - timedelta(days=40) and before.paid_since_data_date == 0
    pay(world, clock, case_id, "600.00", DAY - timedelta(days=1), "TX-DETAIL-1")
    pay(world, clock, case_id, "400.00", DAY, "TX-DETAIL-2")
    after = detail.detail(case_id)
    assert after.last_payment_date == DAY
    assert after.paid_since_data_date == D("1000.00")
