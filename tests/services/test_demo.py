"""Demo data invariants: valid IDs, consistent figures, buckets, compliant visits, determinism."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import (
    Case,
    CollectionPlan,
    Complaint,
    Customer,
    Loan,
    PlanInstallment,
    PromiseToPay,
    User,
    Visit,
    VisitMember,
)
from desktop.models.enums import bucket_for_dpd
from desktop.services.context import BRANCH_TZ
from desktop.services.demo import id_check_digit, seed_demo
from desktop.services.workcalendar import WorkCalendar

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo(db):
    r = seed_demo(db, 600, seed=7, today=TODAY)
    return db, r


def test_counts_and_staff(demo):
    db, r = demo
    assert r.cases == 600 and r.branches == 3 and r.visits > 100
    with db.session_factory() as s:
        roles = dict(s.execute(select(User.role, func.count()).group_by(User.role)).all())
        assert roles["collector"] == 12 and roles["supervisor"] == 3 and roles["manager"] == 1
        assert s.scalar(select(func.count(Case.id))) == 600


def test_id_numbers_have_valid_check_digits_and_are_unique(demo):
    db, _ = demo
    with db.session_factory() as s:
        ids = list(s.scalars(select(Customer.id_number)))
    assert len(ids) == len(set(ids))
    for idn in ids:
        assert len(idn) == 18 and idn[:17].isdigit()
        assert idn[17] == id_check_digit(idn[:17])


def test_check_digit_known_value():
    # GB 11643 example: 11010519491231002X
    assert id_check_digit("11010519491231002") == "X"


def test_totals_add_up_and_buckets_match_dpd(demo):
    db, _ = demo
    with db.session_factory() as s:
        for loan, case in s.execute(select(Loan, Case).join(Case, Case.loan_id == Loan.id)):
            assert loan.overdue_total == loan.overdue_principal + loan.overdue_interest + loan.penalty_interest
            assert isinstance(loan.overdue_total, Decimal) and loan.overdue_total > 0
            assert case.bucket == bucket_for_dpd(loan.dpd) and case.dpd == loan.dpd
            assert case.overdue_total == loan.overdue_total and case.contract_no == loan.contract_no
            assert loan.first_overdue_date == TODAY - timedelta(days=loan.dpd)
        buckets = set(s.scalars(select(Case.bucket).distinct()))
    assert {"M1", "M2", "M3", "M6+"} <= buckets


def test_visits_follow_the_visiting_rules(demo):
    db, _ = demo
    cal = WorkCalendar()
    with db.session_factory() as s:
        visits = s.scalars(select(Visit)).all()
        per_case: dict[int, list] = {}
        for v in visits:
            start, end = v.start_at.astimezone(BRANCH_TZ), v.end_at.astimezone(BRANCH_TZ)
            assert cal.is_workday(start.date()), v.start_at
            assert time(9, 0) <= start.time() and end.time() <= time(20, 0)
            members = s.scalars(select(User).join(VisitMember).where(VisitMember.visit_id == v.id)).all()
            case = s.get(Case, v.case_id)
            assert len(members) == 2 and all(m.branch_id == case.branch_id and m.active for m in members)
            if v.notice_at is not None:
                assert v.start_at - v.notice_at >= timedelta(hours=24)
            if v.status in ("done", "notified"):
                assert v.notice_at is not None
            per_case.setdefault(v.case_id, []).append(start.date())
        for days in per_case.values():
            days.sort()
            assert all((b - a).days >= 7 for a, b in zip(days, days[1:], strict=False))
        assert any(v.start_at.astimezone(BRANCH_TZ).date() > TODAY for v in visits)  # coming two weeks
        assert s.scalar(select(func.count(PromiseToPay.id)).where(PromiseToPay.status == "kept")) > 0
        assert s.scalar(select(func.count(PromiseToPay.id)).where(PromiseToPay.status == "broken")) > 0


def test_no_visit_is_booked_for_a_customer_whose_complaint_is_open(demo):
    """The demo obeys the rule the service enforces: a complaint calls the customer's coming visits off."""
    db, _ = demo
    with db.session_factory() as s:
        under_complaint = set(s.scalars(select(Case.customer_id).join(Complaint, Complaint.case_id == Case.id)
                                        .where(Complaint.status == "open")))
        assert under_complaint
        booked = s.execute(select(Visit.id, Case.customer_id).join(Case, Case.id == Visit.case_id)
                           .where(Visit.status.in_(("planned", "notified")))).all()
        assert booked and not [v for v, cust in booked if cust in under_complaint]
        cancelled = s.scalars(select(Visit.cancel_reason).where(Visit.status == "cancelled")).all()
        assert cancelled and all("投诉" in r or "分期还款计划履约中" in r for r in cancelled)
        # nor for a case whose plan is being kept (no installment missed)
        missed = select(PlanInstallment.plan_id).where(PlanInstallment.status == "missed")
        kept = set(s.scalars(select(CollectionPlan.case_id).where(CollectionPlan.status == "active",
                                                                   CollectionPlan.id.not_in(missed))))
        assert kept and not s.scalars(select(Visit.id).where(Visit.case_id.in_(kept),
                                                             Visit.status.in_(("planned", "notified")))).all()


def test_installment_plans_sum_to_their_total(demo):
    db, _ = demo
    with db.session_factory() as s:
        plans = s.scalars(select(CollectionPlan)).all()
        assert plans
        for p in plans:
            total = s.scalar(select(func.sum(PlanInstallment.amount)).where(PlanInstallment.plan_id == p.id))
            assert total == p.total_amount


def test_same_seed_gives_same_data(tmp_path):
    from desktop.models.database import open_database

    out = []
    for name in ("a", "b"):
        d = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        seed_demo(d, 50, seed=11, today=TODAY)
        with d.session_factory() as s:
            out.append(s.execute(select(Case.contract_no, Case.customer_name, Case.overdue_total).order_by(Case.id)).all())
        d.dispose()
    assert out[0] == out[1]
