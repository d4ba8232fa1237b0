"""Test data for the follow-up area (outcomes, promises, payments, tasks): a movable clock and row builders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from desktop.models import (
    Assessment,
    Case,
    CollectionPlan,
    Customer,
    Loan,
    PlanInstallment,
    Visit,
    VisitMember,
)
from desktop.models.enums import bucket_for_dpd
from desktop.services.context import BRANCH_TZ, Clock

D = Decimal


class MovableClock(Clock):
    """A clock fixed at a branch-local date and time; ``set_day`` moves it."""

    def __init__(self, day: date, at: time = time(10, 0)) -> None:
        self.set_day(day, at)

    def set_day(self, day: date, at: time = time(10, 0)) -> None:
        self._now = datetime.combine(day, at, tzinfo=BRANCH_TZ).astimezone(UTC)

    def now(self) -> datetime:
        return self._now


def local(day: date, hh: int = 10, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=BRANCH_TZ).astimezone(UTC)


_seq = iter(range(1, 100_000))


def make_case(db, branch_id: int, *, total: str = "3000.00", dpd: int = 20, assigned: int | None = None,
              status: str = "new", customer_id: int | None = None, address: str = "北京市朝阳区建国路88号") -> int:
    """A customer (or an existing one), a loan and its case; returns the case id."""
    k = next(_seq)
    with db.session_factory.begin() as s:
        if customer_id is None:
            c = Customer(name=f"测试客户{k}", id_number=f"11010519800101{k:04d}", mobile=f"1391234{k:04d}",
                         home_address=address)
            s.add(c)
            s.flush()
            customer_id = c.id
            name = c.name
        else:
            name = s.get(Customer, customer_id).name
        loan = Loan(contract_no=f"FU-{k:06d}", customer_id=customer_id, branch_id=branch_id, overdue_total=D(total),
                    overdue_principal=D(total), dpd=dpd, data_date=date(2025, 3, 1))
        s.add(loan)
        s.flush()
        case = Case(loan_id=loan.id, customer_id=customer_id, branch_id=branch_id, assigned_to_id=assigned,
                    status=status, contract_no=loan.contract_no, customer_name=name, bucket=bucket_for_dpd(dpd),
                    dpd=dpd, overdue_total=D(total), opened_at=datetime(2025, 1, 1, tzinfo=UTC))
        s.add(case)
        s.flush()
        return case.id


def contract_of(db, case_id: int) -> str:
    with db.session_factory() as s:
        return s.get(Case, case_id).contract_no


def make_visit(db, case_id: int, start: datetime, team: list[int], *, status: str = "planned",
               notice_at: datetime | None = None) -> int:
    with db.session_factory.begin() as s:
        case = s.get(Case, case_id)
        v = Visit(case_id=case_id, branch_id=case.branch_id, start_at=start, end_at=start + timedelta(hours=1),
                  address=case.customer.home_address or "北京市", status=status, notice_at=notice_at,
                  notice_channel="sms" if notice_at else None, created_by_id=team[0])
        s.add(v)
        s.flush()
        for uid in team:
            s.add(VisitMember(visit_id=v.id, user_id=uid))
        return v.id


def make_plan(db, case_id: int, installments: list[tuple[date, str]], status: str = "active") -> list[int]:
    """An approved installment plan with the given (due date, amount) installments; returns installment ids."""
    with db.session_factory.begin() as s:
        total = sum((D(a) for _, a in installments), D("0"))
        p = CollectionPlan(case_id=case_id, strategy="installment", status=status, total_amount=total,
                           installment_count=len(installments), frequency="monthly", first_due=installments[0][0])
        s.add(p)
        s.flush()
        ids = []
        for no, (due, amount) in enumerate(installments, start=1):
            i = PlanInstallment(plan_id=p.id, no=no, due_date=due, amount=D(amount))
            s.add(i)
            s.flush()
            ids.append(i.id)
        return ids


def make_assessment(db, case_id: int, at: datetime, by: int | None = None) -> int:
    with db.session_factory.begin() as s:
        a = Assessment(case_id=case_id, scorecard_version=1, score=55, grade="B", recommended_action="visit",
                       chosen_action="visit", factors=[], assessed_by_id=by, assessed_at=at)
        s.add(a)
        s.flush()
        return a.id
