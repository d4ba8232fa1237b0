"""Installment plan arithmetic: schedule, month-end dates, affordability, waivers, allocation, plan state."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.services.installments import (
    APPROVAL_LABELS,
    PLAN_STATE_LABELS,
    Installment,
    InstallmentRecord,
    add_months,
    affordability,
    allocate_payment,
    build_schedule,
    installment_status,
    plan_state,
    waiver_approval_level,
)

D = Decimal
CENT = D("0.01")


# --------------------------------------------------------------------------------------------------
# build_schedule
# --------------------------------------------------------------------------------------------------
def test_equal_installments_remainder_on_last():
    s = build_schedule(D("1000.00"), D("0"), 3, "monthly", date(2024, 1, 15))
    assert [(i.no, i.due_date, i.amount) for i in s] == [
        (1, date(2024, 1, 15), D("333.33")),
        (2, date(2024, 2, 15), D("333.33")),
        (3, date(2024, 3, 15), D("333.34")),
    ]


def test_down_payment_is_installment_zero_on_first_due():
    s = build_schedule(D("1000"), D("100"), 4, "monthly", date(2024, 1, 31))
    assert s[0] == Installment(0, date(2024, 1, 31), D("100.00"))
    assert s[0].is_down_payment and not s[1].is_down_payment
    assert [i.due_date for i in s[1:]] == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
    ]
    assert [i.amount for i in s[1:]] == [D("225.00")] * 4
    assert all(i.amount.as_tuple().exponent == -2 for i in s)


def test_month_end_clamping_keeps_original_day():
    s = build_schedule(D("1200.00"), D("0"), 12, "monthly", date(2023, 1, 31))
    assert [i.due_date for i in s] == [
        date(2023, 1, 31),
        date(2023, 2, 28),
        date(2023, 3, 31),
        date(2023, 4, 30),
        date(2023, 5, 31),
        date(2023, 6, 30),
        date(2023, 7, 31),
        date(2023, 8, 31),
        date(2023, 9, 30),
        date(2023, 10, 31),
        date(2023, 11, 30),
        date(2023, 12, 31),
    ]
    leap = build_schedule(D("300.00"), D("0"), 3, "monthly", date(2024, 1, 30))
    assert [i.due_date for i in leap] == [date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30)]


def test_monthly_crosses_year():
    s = build_schedule(D("300.00"), D("0"), 3, "monthly", date(2024, 11, 30))
    assert [i.due_date for i in s] == [date(2024, 11, 30), date(2024, 12, 30), date(2025, 1, 30)]


def test_biweekly_every_14_days():
    s = build_schedule(D("1000.00"), D("0"), 4, "biweekly", date(2024, 1, 31))
    assert [i.due_date for i in s] == [
        date(2024, 1, 31),
        date(2024, 2, 14),
        date(2024, 2, 28),
        date(2024, 3, 13),
    ]
    with_down = build_schedule(D("1000.00"), D("200.00"), 2, "biweekly", date(2024, 1, 1))
    assert [(i.no, i.due_date, i.amount) for i in with_down] == [
        (0, date(2024, 1, 1), D("200.00")),
        (1, date(2024, 1, 15), D("400.00")),
        (2, date(2024, 1, 29), D("400.00")),
    ]


@pytest.mark.parametrize("count", [2, 36])
def test_count_bounds_accepted(count):
    assert len(build_schedule(D("1000.00"), D("0"), count, "monthly", date(2024, 1, 1))) == count


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(count=1), "分期期数必须在 2 到 36 期之间"),
        (dict(count=37), "分期期数必须在 2 到 36 期之间"),
        (dict(count=0), "分期期数"),
        (dict(total=D("0")), "还款总额必须大于 0"),
        (dict(total=D("-5")), "还款总额不能为负数"),
        (dict(down_payment=D("1000.00")), "首付金额.*必须小于还款总额"),
        (dict(down_payment=D("1000.01")), "首付金额.*必须小于还款总额"),
        (dict(down_payment=D("-0.01")), "首付金额不能为负数"),
        (dict(total=D("100.005")), "最多保留两位小数"),
        (dict(total=D("NaN")), "不是有效金额"),
        (dict(frequency="weekly"), "还款频率"),
        (dict(total=D("0.05"), count=6), "每期金额不足 0.01 元"),
    ],
)
def test_schedule_validation(kwargs, message):
    args = dict(
        total=D("1000.00"), down_payment=D("0"), count=3, frequency="monthly", first_due=date(2024, 1, 1)
    )
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        build_schedule(**args)


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(total=1000.0),
        dict(down_payment=0.0),
        dict(count=True),
        dict(count=3.0),
        dict(first_due=datetime(2024, 1, 1, 9, 0)),
        dict(total="1000"),
    ],
)
def test_schedule_type_errors(kwargs):
    args = dict(
        total=D("1000.00"), down_payment=D("0"), count=3, frequency="monthly", first_due=date(2024, 1, 1)
    )
    args.update(kwargs)
    with pytest.raises(TypeError):
        build_schedule(**args)


def test_smallest_possible_installments():
    s = build_schedule(D("0.06"), D("0"), 6, "monthly", date(2024, 1, 1))
    assert [i.amount for i in s] == [CENT] * 6


amounts = st.integers(min_value=1, max_value=10**11).map(lambda c: Decimal(c).scaleb(-2))


@settings(max_examples=500)
@given(
    total=amounts,
    down_share=st.integers(0, 99),
    count=st.integers(2, 36),
    frequency=st.sampled_from(["monthly", "biweekly"]),
    first_due=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
)
def test_schedule_sums_to_total_property(total, down_share, count, frequency, first_due):
    down = (total * down_share / 100).quantize(CENT, rounding="ROUND_DOWN")
    assume(down < total and (total - down) >= count * CENT)
    s = build_schedule(total, down, count, frequency, first_due)
    regular = [i for i in s if i.no > 0]
    assert sum(i.amount for i in s) == total
    assert len(regular) == count
    assert [i.no for i in regular] == list(range(1, count + 1))
    assert (s[0].no == 0) == (down > 0)
    if down > 0:
        assert s[0].amount == down and s[0].due_date == first_due
    assert all(i.amount >= CENT and i.amount.as_tuple().exponent == -2 for i in s)
    first, last = regular[0].amount, regular[-1].amount
    assert all(i.amount == first for i in regular[:-1])
    assert D("0") <= last - first < count * CENT
    dates = [i.due_date for i in s]
    assert dates == sorted(set(dates))
    if frequency == "monthly":
        for i in regular:
            last_day = calendar.monthrange(i.due_date.year, i.due_date.month)[1]
            assert i.due_date.day == min(first_due.day, last_day)
    else:
        assert all((b - a).days == 14 for a, b in zip(dates, dates[1:], strict=False))


@given(start=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), months=st.integers(0, 400))
def test_add_months_property(start, months):
    d = add_months(start, months)
    assert (d.year * 12 + d.month) - (start.year * 12 + start.month) == months
    assert d.day == min(start.day, calendar.monthrange(d.year, d.month)[1])


# --------------------------------------------------------------------------------------------------
# affordability
# --------------------------------------------------------------------------------------------------
def test_affordability_monthly_flags_the_heavier_last_month():
    s = build_schedule(D("1000.00"), D("0"), 3, "monthly", date(2024, 1, 15))
    flagged = affordability(s, D("333.33"))
    assert [(m.year, m.month, m.total, m.installment_nos) for m in flagged] == [(2024, 3, D("333.34"), (3,))]
    assert flagged[0].excess == CENT
    assert flagged[0].label_zh == "2024年3月"
    assert affordability(s, D("333.34")) == []  # equal to capacity is affordable


def test_affordability_biweekly_counts_two_installments_in_one_month():
    s = build_schedule(D("1000.00"), D("0"), 4, "biweekly", date(2024, 1, 31))
    # Jan 31 (250), Feb 14 + Feb 28 (500), Mar 13 (250)
    flagged = affordability(s, D("300.00"))
    assert [(m.month, m.total, m.installment_nos) for m in flagged] == [(2, D("500.00"), (2, 3))]
    assert affordability(s, D("500.00")) == []


def test_affordability_down_payment_optional():
    s = build_schedule(D("1000.00"), D("400.00"), 2, "monthly", date(2024, 1, 10))
    assert affordability(s, D("300.00")) == []
    flagged = affordability(s, D("300.00"), include_down_payment=True)
    assert [(m.month, m.total, m.installment_nos) for m in flagged] == [(1, D("400.00"), (0,))]


def test_affordability_rejects_bad_capacity():
    s = build_schedule(D("1000.00"), D("0"), 2, "monthly", date(2024, 1, 10))
    with pytest.raises(ValueError, match="月还款能力不能为负数"):
        affordability(s, D("-1"))
    with pytest.raises(TypeError):
        affordability(s, 300.0)


# --------------------------------------------------------------------------------------------------
# waiver approval
# --------------------------------------------------------------------------------------------------
OWED = dict(overdue_principal=D("800.00"), overdue_interest=D("150.00"), penalty=D("50.00"))  # total 1000


def level(interest="0", penalty="0", principal="0", **kw):
    return waiver_approval_level(
        **OWED, waiver_interest=D(interest), waiver_penalty=D(penalty), waiver_principal=D(principal), **kw
    )


def test_no_waiver_needs_no_approval():
    assert level() is None


def test_interest_or_penalty_waiver_needs_supervisor():
    assert level(interest="100.00") == "supervisor"
    assert level(penalty="50.00") == "supervisor"
    assert level(interest="0.01") == "supervisor"


def test_principal_waiver_needs_manager():
    assert level(principal="0.01") == "manager"


def test_share_threshold_boundary():
    assert level(interest="150.00", penalty="50.00") == "supervisor"  # exactly 20 %
    assert level(interest="150.00", penalty="50.00", manager_share_threshold=D("0.19")) == "manager"
    assert level(interest="150.00", penalty="50.00", manager_share_threshold=D("0.2001")) == "supervisor"
    big = dict(overdue_principal=D("700.00"), overdue_interest=D("250.00"), penalty=D("50.00"))
    kw = dict(waiver_penalty=D("0"), waiver_principal=D("0"))
    assert waiver_approval_level(**big, waiver_interest=D("200.00"), **kw) == "supervisor"
    assert waiver_approval_level(**big, waiver_interest=D("200.01"), **kw) == "manager"
    assert APPROVAL_LABELS["manager"] == "经理审批"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(interest="150.01"), "减免利息.*不能超过逾期利息"),
        (dict(penalty="50.01"), "减免罚息.*不能超过罚息"),
        (dict(principal="800.01"), "减免本金.*不能超过逾期本金"),
        (dict(interest="-1"), "减免利息不能为负数"),
        (dict(manager_share_threshold=D("0")), "经理审批比例"),
        (dict(manager_share_threshold=D("1.01")), "经理审批比例"),
    ],
)
def test_waiver_validation(kwargs, message):
    with pytest.raises(ValueError, match=message):
        level(**kwargs)


# --------------------------------------------------------------------------------------------------
# allocate_payment
# --------------------------------------------------------------------------------------------------
def records(*rows):
    return [InstallmentRecord(no, d, D(amount), D(paid)) for no, d, amount, paid in rows]


PLAN = records(
    (3, date(2024, 3, 10), "100.00", "0"),
    (1, date(2024, 1, 10), "100.00", "100.00"),
    (2, date(2024, 2, 10), "100.00", "30.00"),
    (0, date(2024, 1, 1), "50.00", "50.00"),
)


def test_allocation_oldest_first():
    a = allocate_payment(PLAN, D("120.00"))
    assert [(x.no, x.amount, x.outstanding_after) for x in a.allocations] == [
        (2, D("70.00"), D("0.00")),
        (3, D("50.00"), D("50.00")),
    ]
    assert a.allocations[0].settles and not a.allocations[1].settles
    assert a.remainder == D("0.00")
    assert a.allocated == D("120.00")


def test_allocation_overpayment_remainder():
    a = allocate_payment(PLAN, D("200.00"))
    assert [(x.no, x.amount) for x in a.allocations] == [(2, D("70.00")), (3, D("100.00"))]
    assert a.remainder == D("30.00")


def test_allocation_exact_and_small():
    assert allocate_payment(PLAN, D("170.00")).remainder == 0
    a = allocate_payment(PLAN, D("0.01"))
    assert [(x.no, x.amount) for x in a.allocations] == [(2, D("0.01"))]


def test_allocation_same_due_date_by_number():
    rows = records((2, date(2024, 1, 10), "10.00", "0"), (1, date(2024, 1, 10), "10.00", "0"))
    assert [x.no for x in allocate_payment(rows, D("15.00")).allocations] == [1, 2]


def test_allocation_apply_updates_paid_amounts():
    a = allocate_payment(PLAN, D("120.00"))
    updated = a.apply(PLAN)
    assert [r.no for r in updated] == [3, 1, 2, 0]
    assert {r.no: r.paid_amount for r in updated} == {
        3: D("50.00"),
        1: D("100.00"),
        2: D("100.00"),
        0: D("50.00"),
    }


@pytest.mark.parametrize(
    ("payment", "exc", "message"),
    [
        (D("0"), ValueError, "回款金额必须大于 0"),
        (D("-1"), ValueError, "回款金额不能为负数"),
        (D("1.001"), ValueError, "最多保留两位小数"),
        (10.0, TypeError, "回款金额"),
    ],
)
def test_allocation_validation(payment, exc, message):
    with pytest.raises(exc, match=message):
        allocate_payment(PLAN, payment)


def test_allocation_rejects_duplicate_numbers():
    with pytest.raises(ValueError, match="分期期号重复"):
        allocate_payment(PLAN + PLAN[:1], D("10.00"))


@given(
    amounts=st.lists(st.integers(1, 100_000), min_size=1, max_size=12),
    paid_share=st.lists(st.integers(0, 100), min_size=12, max_size=12),
    payment=st.integers(1, 2_000_000),
    order=st.randoms(use_true_random=False),
)
def test_allocation_property(amounts, paid_share, payment, order):
    rows = [
        InstallmentRecord(
            no,
            date(2024, 1, 1) + timedelta(days=14 * no),
            D(c).scaleb(-2),
            D(c * paid_share[no] // 100).scaleb(-2),
        )
        for no, c in enumerate(amounts)
    ]
    shuffled = list(rows)
    order.shuffle(shuffled)
    pay = D(payment).scaleb(-2)
    a = allocate_payment(shuffled, pay)
    assert a.allocated + a.remainder == pay
    by_no = {r.no: r for r in rows}
    assert all(0 < x.amount <= by_no[x.no].outstanding for x in a.allocations)
    assert [x.no for x in a.allocations] == sorted(x.no for x in a.allocations)
    # oldest first: every allocation except the last settles its installment; a remainder means all paid
    assert all(x.settles for x in a.allocations[:-1])
    if a.remainder > 0:
        assert all(r.is_paid for r in a.apply(rows))
    # nothing skipped: no open installment older than the last one that received money
    if a.allocations:
        last_no = a.allocations[-1].no
        got = {x.no for x in a.allocations}
        assert all(r.is_paid or r.no in got for r in rows if r.no < last_no)


# --------------------------------------------------------------------------------------------------
# plan_state
# --------------------------------------------------------------------------------------------------
def two_month_plan(paid1="0", paid2="0"):
    return records((1, date(2024, 1, 10), "100.00", paid1), (2, date(2024, 2, 10), "100.00", paid2))


def test_plan_broken_at_grace_boundary():
    grace = 3
    # the second installment is missed only after Feb 13
    on_last_grace_day = plan_state(two_month_plan(), date(2024, 2, 13), grace)
    assert on_last_grace_day.state == "active"
    assert [r.no for r in on_last_grace_day.missed] == [1]
    day_after = plan_state(two_month_plan(), date(2024, 2, 14), grace)
    assert day_after.state == "broken"
    assert [r.no for r in day_after.missed] == [1, 2]
    assert day_after.label_zh == PLAN_STATE_LABELS["broken"] == "已违约"


def test_single_missed_installment_boundary():
    assert plan_state(two_month_plan(), date(2024, 1, 10), 0).missed == []
    assert [r.no for r in plan_state(two_month_plan(), date(2024, 1, 11), 0).missed] == [1]


def test_plan_state_zero_grace_and_partial_payment():
    plan = two_month_plan(paid1="99.99")
    assert plan_state(plan, date(2024, 2, 11), 0).state == "broken"
    assert plan_state(plan, date(2024, 2, 10), 0).state == "active"


def test_caught_up_plan_is_active_again():
    assert plan_state(two_month_plan(paid1="100.00"), date(2024, 3, 1), 3).state == "active"


def test_completed_plan():
    status = plan_state(two_month_plan("100.00", "100.00"), date(2030, 1, 1), 0)
    assert (status.state, status.missed) == ("completed", [])
    assert plan_state(two_month_plan("100.00", "120.00"), date(2024, 1, 1), 0).state == "completed"


def test_missed_down_payment_counts():
    plan = records((0, date(2024, 1, 1), "500.00", "0"), (1, date(2024, 2, 1), "100.00", "0"))
    assert plan_state(plan, date(2024, 2, 2), 0).state == "broken"


def test_plan_state_validation():
    with pytest.raises(ValueError, match="没有任何分期"):
        plan_state([], date(2024, 1, 1), 0)
    with pytest.raises(ValueError, match="宽限天数"):
        plan_state(two_month_plan(), date(2024, 1, 1), -1)


def test_installment_status_codes():
    r = InstallmentRecord(1, date(2024, 1, 10), D("100.00"))
    assert installment_status(r, date(2024, 1, 13), 3) == "due"
    assert installment_status(r, date(2024, 1, 14), 3) == "missed"
    partial = InstallmentRecord(1, date(2024, 1, 10), D("100.00"), D("20.00"))
    assert installment_status(partial, date(2024, 1, 1), 3) == "partial"
    assert installment_status(partial, date(2024, 2, 1), 3) == "missed"
    paid = InstallmentRecord(1, date(2024, 1, 10), D("100.00"), D("100.00"))
    assert installment_status(paid, date(2025, 1, 1), 3) == "paid"
    assert paid.outstanding == D("0.00")


def test_record_from_installment():
    inst = build_schedule(D("200.00"), D("0"), 2, "monthly", date(2024, 1, 1))[0]
    r = InstallmentRecord.from_installment(inst)
    assert (r.no, r.due_date, r.amount, r.paid_amount, r.outstanding) == (
        1,
        inst.due_date,
        D("100.00"),
        0,
        D("100.00"),
    )
