"""The domain model: every table VisitDesk stores.

Conventions (see DESIGN.md): money is ``Numeric(14, 2)`` read as ``Decimal``; dates are ``date``; instants
are UTC (:class:`UTCDateTime`); every table staff edit carries a ``version`` counter that SQLAlchemy checks
on UPDATE, so a stale write raises ``StaleDataError`` instead of overwriting someone else's change.

Enumerations are stored as short strings; the allowed values live in :mod:`desktop.models.enums`.
The case row keeps a copy of the figures the case list filters and sorts on (contract number, customer
name, bucket, days past due, overdue total), kept in step by the import, so the list needs no joins.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import ZERO, Base, Money, UTCDateTime, utcnow
from desktop.models.crypto import EncryptedString, customer_pii


# --------------------------------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------------------------------
class Branch(Base):
    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(50))
    window_start: Mapped[str] = mapped_column(String(5), default="09:00")
    window_end: Mapped[str] = mapped_column(String(5), default="20:00")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    employee_no: Mapped[str | None] = mapped_column(String(30), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    branch: Mapped[Branch | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """Branch-independent settings as JSON values (company account, policy, scorecard ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class OfficialDay(Base):
    """Admin-entered State Council holiday arrangement: a day off or a make-up working day."""

    __tablename__ = "official_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # holiday | workday
    name: Mapped[str] = mapped_column(String(50), default="")


# --------------------------------------------------------------------------------------------------
# Portfolio: customers, loans, cases
# --------------------------------------------------------------------------------------------------
class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    # encrypted at rest (AES-GCM); look-ups go through the keyed hashes; lists show the masked copies
    id_number: Mapped[str] = mapped_column(EncryptedString())
    id_hash: Mapped[str] = mapped_column(String(64), unique=True)
    id_last4: Mapped[str] = mapped_column(String(4), index=True)
    id_masked: Mapped[str] = mapped_column(String(18))
    mobile: Mapped[str] = mapped_column(EncryptedString())
    mobile_hash: Mapped[str] = mapped_column(String(64), index=True)
    mobile_last4: Mapped[str] = mapped_column(String(4), index=True)
    mobile_masked: Mapped[str] = mapped_column(String(11))
    home_address: Mapped[str | None] = mapped_column(String(300))
    work_address: Mapped[str | None] = mapped_column(String(300))
    employer: Mapped[str | None] = mapped_column(String(200))
    do_not_visit: Mapped[str | None] = mapped_column(String(30))  # complaint | legal | deceased | hardship
    do_not_visit_note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _customer_derived_fields(_mapper, _conn, c: Customer) -> None:  # noqa: ANN001
    """ORM writes keep the hashes, last digits and masked copies in step with the encrypted values."""
    if c.id_number and c.mobile:
        for k, v in customer_pii(c.id_number, c.mobile).items():
            if k not in ("id_number", "mobile") and getattr(c, k) != v:
                setattr(c, k, v)


class ContactPoint(Base):
    """History of addresses and phone numbers learnt about a customer (import, visit, staff)."""

    __tablename__ = "contact_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # home | work | mobile | other
    value: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(10))  # import | visit | staff
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="overdue")  # overdue | payments
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    data_date: Mapped[date | None] = mapped_column(Date)
    data_date_source: Mapped[str | None] = mapped_column(String(10))
    options: Mapped[Any] = mapped_column(JSON, default=dict)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_invalid: Mapped[int] = mapped_column(Integer, default=0)
    rows_closed: Mapped[int] = mapped_column(Integer, default=0)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Loan(Base):
    """One loan as the core lending system last reported it. Figures are overwritten by each import."""

    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_no: Mapped[str] = mapped_column(String(50), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), index=True)
    product: Mapped[str | None] = mapped_column(String(100))
    loan_amount: Mapped[Decimal | None] = mapped_column(Money())
    outstanding_principal: Mapped[Decimal | None] = mapped_column(Money())
    overdue_principal: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    overdue_interest: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    penalty_interest: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    overdue_total: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    dpd: Mapped[int] = mapped_column(Integer, default=0)
    first_overdue_date: Mapped[date | None] = mapped_column(Date)
    last_payment_date: Mapped[date | None] = mapped_column(Date)
    data_date: Mapped[date | None] = mapped_column(Date)
    reason_text: Mapped[str | None] = mapped_column(String(300))
    reason_category: Mapped[str | None] = mapped_column(String(20))
    last_import_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer] = relationship()
    branch: Mapped[Branch] = relationship()


class LoanSnapshot(Base):
    """A loan's figures as one import changed them: the history behind the customer timeline."""

    __tablename__ = "loan_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id", ondelete="CASCADE"), index=True)
    import_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    data_date: Mapped[date | None] = mapped_column(Date)
    dpd_before: Mapped[int | None] = mapped_column(Integer)
    dpd_after: Mapped[int] = mapped_column(Integer)
    total_before: Mapped[Decimal | None] = mapped_column(Money())
    total_after: Mapped[Decimal] = mapped_column(Money())


class Case(Base):
    """One collection case per overdue loan; what staff work on.

    ``contract_no``, ``customer_name``, ``bucket``, ``dpd`` and ``overdue_total`` are copies of the loan's
    and customer's figures for the case list (filters and sorts on one indexed table).
    """

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default="new")
    contract_no: Mapped[str] = mapped_column(String(50))
    customer_name: Mapped[str] = mapped_column(String(100))
    bucket: Mapped[str] = mapped_column(String(4))
    dpd: Mapped[int] = mapped_column(Integer)
    overdue_total: Mapped[Decimal] = mapped_column(Money())
    risk_grade: Mapped[str | None] = mapped_column(String(1))
    risk_score: Mapped[int | None] = mapped_column(Integer)
    recommended_action: Mapped[str | None] = mapped_column(String(10))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    next_action_date: Mapped[date | None] = mapped_column(Date)
    last_outcome: Mapped[str | None] = mapped_column(String(20))
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_reason: Mapped[str | None] = mapped_column(String(20))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    loan: Mapped[Loan] = relationship()
    customer: Mapped[Customer] = relationship()
    branch: Mapped[Branch] = relationship()
    assigned_to: Mapped[User | None] = relationship(foreign_keys=[assigned_to_id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # the case list: branch scope first, then the sort key, id as the keyset tie-breaker
        Index("ix_cases_branch_overdue", "branch_id", "overdue_total", "id"),
        Index("ix_cases_branch_dpd", "branch_id", "dpd", "id"),
        Index("ix_cases_overdue", "overdue_total", "id"),
        Index("ix_cases_dpd", "dpd", "id"),
        Index("ix_cases_contract", "contract_no"),
        Index("ix_cases_name", "customer_name", "id"),
        Index("ix_cases_bucket_assigned", "bucket", "assigned_to_id", "id"),
        Index("ix_cases_assigned", "assigned_to_id", "status", "id"),
        Index("ix_cases_status", "status", "id"),
        Index("ix_cases_next_action", "next_action_date", "id"),
        Index("ix_cases_risk", "risk_grade", "id"),
    )


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --------------------------------------------------------------------------------------------------
# Assessment and plans
# --------------------------------------------------------------------------------------------------
class ScorecardVersion(Base):
    __tablename__ = "scorecard_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_no: Mapped[int] = mapped_column(Integer, unique=True)
    config: Mapped[Any] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    scorecard_version: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(1))
    recommended_action: Mapped[str] = mapped_column(String(10))
    chosen_action: Mapped[str] = mapped_column(String(10))
    override_reason: Mapped[str | None] = mapped_column(String(300))
    factors: Mapped[Any] = mapped_column(JSON)
    willingness: Mapped[str | None] = mapped_column(String(12))
    ability: Mapped[str | None] = mapped_column(String(12))
    hardship_reason: Mapped[str | None] = mapped_column(String(300))
    bulk: Mapped[bool] = mapped_column(Boolean, default=False)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CollectionPlan(Base):
    __tablename__ = "collection_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    strategy: Mapped[str] = mapped_column(String(12))  # visit | phone | installment | settlement | legal
    goals: Mapped[str | None] = mapped_column(Text)
    next_action_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    total_amount: Mapped[Decimal | None] = mapped_column(Money())
    down_payment: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    installment_count: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str | None] = mapped_column(String(10))
    first_due: Mapped[date | None] = mapped_column(Date)
    monthly_capacity: Mapped[Decimal | None] = mapped_column(Money())
    waiver_interest: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    waiver_penalty: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    waiver_principal: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    approval_level: Mapped[str | None] = mapped_column(String(12))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejection_reason: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    installments: Mapped[list[PlanInstallment]] = relationship(
        back_populates="plan", order_by="PlanInstallment.no", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class PlanInstallment(Base):
    __tablename__ = "plan_installments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("collection_plans.id", ondelete="CASCADE"), index=True)
    no: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    status: Mapped[str] = mapped_column(String(10), default="due")  # due | paid | partial | missed

    plan: Mapped[CollectionPlan] = relationship(back_populates="installments")

    __table_args__ = (UniqueConstraint("plan_id", "no"),)


# --------------------------------------------------------------------------------------------------
# Visits and outcomes
# --------------------------------------------------------------------------------------------------
class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    address: Mapped[str] = mapped_column(String(300))
    address_kind: Mapped[str] = mapped_column(String(10), default="home")  # home | work | other
    purpose: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    notice_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notice_channel: Mapped[str | None] = mapped_column(String(12))  # sms | letter | phone | in_person
    customer_agreed_outside_window: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_agreed_weekend: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    override_reason: Mapped[str | None] = mapped_column(String(300))
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    members: Mapped[list[VisitMember]] = relationship(back_populates="visit", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_visits_branch_start", "branch_id", "start_at"),
        Index("ix_visits_start", "start_at"),
    )


class VisitMember(Base):
    __tablename__ = "visit_members"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)

    visit: Mapped[Visit] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class ResultCode(Base):
    """Configurable outcome result codes and what they count as for the KPIs."""

    __tablename__ = "result_codes"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(50))
    contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    right_party: Mapped[bool] = mapped_column(Boolean, default=False)
    promise: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Outcome(Base):
    """What happened at a visit or a phone contact."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str] = mapped_column(String(10), default="visit")  # visit | phone
    met: Mapped[str] = mapped_column(String(12))  # borrower | family | colleague | nobody
    result_code: Mapped[str] = mapped_column(ForeignKey("result_codes.code"))
    attitude: Mapped[str | None] = mapped_column(String(12))
    willingness: Mapped[str | None] = mapped_column(String(12))
    ability: Mapped[str | None] = mapped_column(String(12))
    conduct_id_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    conduct_recording: Mapped[bool] = mapped_column(Boolean, default=False)
    conduct_no_entry: Mapped[bool] = mapped_column(Boolean, default=False)
    recording_ref: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    next_action: Mapped[str | None] = mapped_column(String(20))
    next_action_date: Mapped[date | None] = mapped_column(Date)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PromiseToPay(Base):
    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcomes.id", ondelete="SET NULL"))
    amount: Mapped[Decimal] = mapped_column(Money())
    due_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | kept | partly_kept | broken
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    judged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(12), default="bank")
    txn_no: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(10), default="staff")  # staff | import
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PaymentAllocation(Base):
    __tablename__ = "payment_allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"), index=True)
    promise_id: Mapped[int | None] = mapped_column(ForeignKey("promises.id", ondelete="CASCADE"))
    installment_id: Mapped[int | None] = mapped_column(ForeignKey("plan_installments.id", ondelete="CASCADE"))
    amount: Mapped[Decimal] = mapped_column(Money())


class FollowUpTask(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    source_key: Mapped[str | None] = mapped_column(String(80), unique=True)  # idempotent automatic tasks
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date] = mapped_column(Date)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | done | snoozed | cancelled
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    snooze_reason: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_tasks_worklist", "assigned_to_id", "status", "due_date"),)


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))
    against_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | resolved
    resolution: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


# --------------------------------------------------------------------------------------------------
# Audit
# --------------------------------------------------------------------------------------------------
class AuditEvent(Base):
    """Append-only record of every write and every reveal of personal data.

    ``hash`` chains each event to the previous one (SHA-256 over a canonical JSON serialisation of the
    event and ``prev_hash``), so an edit or deletion behind the application's back is detectable.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str | None] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(50), index=True)
    entity: Mapped[str | None] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
