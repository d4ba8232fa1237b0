"""Collection plans: schedules, waivers and who approves them, payments, broken plans, the confirmation PDF.

Runs on SQLite and, with VISITDESK_TEST_PG, PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.models import (
    AuditEvent,
    Case,
    CollectionPlan,
    FollowUpTask,
    PaymentAllocation,
    PlanInstallment,
    Setting,
    Visit,
)
from desktop.services.context import BRANCH_TZ
from desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services.plans import PlanContext, PlanService, covered_components, quote
from tests.services.followup_data import MovableClock, make_case, make_visit

D = Decimal
TODAY = date(2025, 6, 16)


def svc(world, who="collector", clock=None) -> PlanService:
    return PlanService(world.db, getattr(world, who), clock or MovableClock(TODAY))


@pytest.fixture
def case_id(world):
    """A case owing 8,000 principal + 1,500 interest + 500 penalty = 10,000.00."""
    cid = make_case(world.db, world.branch_id, total="10000.00", dpd=75, assigned=world.collector.user_id,
                    status="assessed")
    with world.db.session_factory.begin() as s:
        loan = s.get(Case, cid).loan
        loan.overdue_principal, loan.overdue_interest, loan.penalty_interest = D("8000.00"), D("1500.00"), D("500.00")
    return cid


def plan_row(db, plan_id) -> CollectionPlan:
    with db.session_factory() as s:
        p = s.get(CollectionPlan, plan_id)
        p.installments  # noqa: B018 - load them
        return p


def case_row(db, case_id) -> Case:
    with db.session_factory() as s:
        return s.get(Case, case_id)


def installment(world, case_id, **kw):
    terms = dict(amount=D("10000.00"), down_payment=D("0"), count=4, frequency="monthly",
                 first_due=TODAY + timedelta(days=14), monthly_capacity=D("3000.00"))
    terms.update(kw)
    who = terms.pop("who", "collector")
    return svc(world, who).create_installment_plan(case_id, **terms)


# --------------------------------------------------------------------------------------------------
# Schedules
# --------------------------------------------------------------------------------------------------
def test_preview_schedule_saves_nothing_and_flags_unaffordable_months(world, case_id):
    q = svc(world).preview_schedule(case_id, D("10000.00"), D("1000.00"), 3, "monthly", date(2025, 7, 31),
                                    D("2500.00"))
    assert [(i.no, i.due_date, i.amount) for i in q.schedule] == [
        (0, date(2025, 7, 31), D("1000.00")), (1, date(2025, 8, 31), D("3000.00")),
        (2, date(2025, 9, 30), D("3000.00")), (3, date(2025, 10, 31), D("3000.00"))]
    assert q.payable == D("10000.00") and q.approval_level is None
    assert [(m.month, m.total) for m in q.over_capacity] == [(8, D("3000.00")), (9, D("3000.00")), (10, D("3000.00"))]
    assert "超出月还款能力" in q.warnings[0]
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(CollectionPlan)) == 0


def test_preview_rejects_impossible_terms_with_one_sentence(world, case_id):
    p = svc(world)
    cases = [
        (dict(amount=D("10000.01")), "超过逾期总额"),
        (dict(amount="abc"), "不是有效金额"),
        (dict(amount=D("0")), "必须大于 0"),
        (dict(count=1), "2 到 36"),
        (dict(count=37), "2 到 36"),
        (dict(frequency="weekly"), "每月或每两周"),
        (dict(first_due=TODAY - timedelta(days=1)), "已过"),
        (dict(first_due=None), "首期还款日"),
        (dict(down_payment=D("10000.00")), "首付"),
        (dict(waiver_penalty=D("500.01")), "不能超过罚息"),
        (dict(waiver_interest=D("1500"), waiver_penalty=D("500"), waiver_principal=D("8000")), "必须大于 0"),
        (dict(monthly_capacity=D("-1")), "负数"),
    ]
    for change, message in cases:
        terms = dict(amount=D("10000.00"), down_payment=D("0"), count=6, frequency="monthly",
                     first_due=TODAY + timedelta(days=3))
        terms.update(change)
        with pytest.raises(ValidationError, match=message):
            p.preview_schedule(case_id, **terms)


def test_amount_below_the_total_covers_penalty_last():
    assert covered_components(D("8000"), D("1500"), D("500"), D("10000")) == (D("8000"), D("1500"), D("500"))
    assert covered_components(D("8000"), D("1500"), D("500"), D("9800")) == (D("8000"), D("1500"), D("300"))
    assert covered_components(D("8000"), D("1500"), D("500"), D("9000")) == (D("8000"), D("1000"), D("0"))
    assert covered_components(D("8000"), D("1500"), D("500"), D("7000")) == (D("7000"), D("0"), D("0"))


def _ctx(total: Decimal) -> PlanContext:
    third = (total / 3).quantize(D("0.01"))
    return PlanContext(1, 1, "HT1", "客户", "assessed", total - 2 * third, third, third, total, TODAY, TODAY,
                       D("0.2"), None)


@settings(max_examples=300, deadline=None)
@given(total=st.integers(min_value=200, max_value=50_000_000).map(lambda c: D(c).scaleb(-2)),
       count=st.integers(min_value=2, max_value=36), frequency=st.sampled_from(["monthly", "biweekly"]),
       down_share=st.integers(min_value=0, max_value=50), waive_share=st.integers(min_value=0, max_value=100))
def test_installments_add_up_to_the_cent(total, count, frequency, down_share, waive_share):
    ctx = _ctx(total)
    waiver = (ctx.penalty_interest * waive_share / 100).quantize(D("0.01"))
    payable = total - waiver
    down = (payable * down_share / 100).quantize(D("0.01"))
    if (payable - down) * 100 < count:
        return  # less than a cent per installment: refused, tested elsewhere
    q = quote(ctx, total, down, count, frequency, TODAY + timedelta(days=5), None, waiver_penalty=waiver)
    amounts = [i.amount for i in q.schedule]
    assert sum(amounts, D("0")) == q.payable == payable
    regular = [i.amount for i in q.schedule if i.no > 0]
    assert len(regular) == count and len(set(regular[:-1])) <= 1 and regular[-1] >= regular[0]
    assert regular[-1] - regular[0] < D("0.01") * count
    assert all(a.as_tuple().exponent == -2 for a in amounts)
    assert [i.due_date for i in q.schedule] == sorted({i.due_date for i in q.schedule})
    level = None if waiver == 0 else "manager" if waiver > total * D("0.2") else "supervisor"
    assert q.approval_level == level


# --------------------------------------------------------------------------------------------------
# Creating plans and the case status
# --------------------------------------------------------------------------------------------------
def test_installment_plan_without_waiver_is_active_at_once(world, case_id):
    res = installment(world, case_id, down_payment=D("1000.00"), count=3, expected_version=1)
    assert res.status == "active" and res.approval_level is None and res.case_status == "on_plan"
    assert res.quote.affordable
    p = plan_row(world.db, res.plan_id)
    assert p.total_amount == D("10000.00") and p.created_by_id == world.collector.user_id
    assert [(i.no, i.amount, i.status) for i in p.installments] == [
        (0, D("1000.00"), "due"), (1, D("3000.00"), "due"), (2, D("3000.00"), "due"), (3, D("3000.00"), "due")]
    assert sum((i.amount for i in p.installments), D("0")) == p.total_amount
    c = case_row(world.db, case_id)
    assert c.status == "on_plan" and c.next_action_date == TODAY + timedelta(days=14)
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "plan.create")).one()
        assert ev.after["covered"] == {"principal": "8000.00", "interest": "1500.00", "penalty": "500.00"}
    with pytest.raises(ValidationError, match="已有待审批或执行中"):
        installment(world, case_id)


def _at(day: date, hour: int):
    from datetime import datetime

    return datetime(day.year, day.month, day.day, hour, tzinfo=BRANCH_TZ)


def _visit_states(db) -> dict[int, tuple[str, str | None]]:
    with db.session_factory() as s:
        return {v.id: (v.status, v.cancel_reason) for v in s.scalars(select(Visit))}


def test_a_plan_taking_effect_calls_off_the_cases_booked_visits(world, case_id):
    """A kept plan means no visit: when an installment plan takes effect, the visits booked ahead for that case
    are cancelled with the reason and audited; past visits and the customer's other cases are left alone."""
    team = [world.collector.user_id, world.collector2.user_id]
    with world.db.session_factory() as s:
        customer = s.get(Case, case_id).customer_id
    other_loan = make_case(world.db, world.branch_id, customer_id=customer)
    ahead = make_visit(world.db, case_id, _at(TODAY + timedelta(days=2), 10), team)
    notified = make_visit(world.db, case_id, _at(TODAY + timedelta(days=5), 10), team,
                          notice_at=_at(TODAY, 9))
    past = make_visit(world.db, case_id, _at(TODAY - timedelta(days=3), 10), team)
    other = make_visit(world.db, other_loan, _at(TODAY + timedelta(days=2), 14), team)
    res = installment(world, case_id)
    assert res.status == "active" and res.cancelled_visits == 2
    assert res.message == "方案已保存并生效。已取消该案件已安排的外访 2 次。"
    states = _visit_states(world.db)
    assert states[ahead][0] == states[notified][0] == "cancelled"
    assert f"方案 #{res.plan_id} 已生效" in states[ahead][1]
    assert states[past] == ("planned", None) and states[other] == ("planned", None)
    with world.db.session_factory() as s:
        assert set(s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "visit.cancelled"))) == {
            ahead, notified}
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "plan.create")).one()
        assert ev.after["cancelled_visits"] == [ahead, notified] and ev.detail.endswith("；取消已安排的外访 2 次")


def test_a_pending_plan_keeps_the_visits_until_it_is_approved(world, case_id):
    team = [world.collector.user_id, world.collector2.user_id]
    ahead = make_visit(world.db, case_id, _at(TODAY + timedelta(days=2), 10), team)
    pending = installment(world, case_id, waiver_penalty=D("300.00"))
    assert pending.status == "pending" and pending.cancelled_visits == 0
    assert _visit_states(world.db)[ahead] == ("planned", None)  # not agreed yet: the visit may still be needed
    done = svc(world, "supervisor").approve(pending.plan_id)
    assert done.cancelled_visits == 1 and _visit_states(world.db)[ahead][0] == "cancelled"
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "plan.approve")).one()
        assert ev.after["cancelled_visits"] == [ahead] and "取消已安排的外访 1 次" in ev.detail


def test_waivers_need_the_right_approver(world, case_id):
    res = installment(world, case_id, amount=D("10000.00"), waiver_penalty=D("500.00"))
    assert (res.status, res.approval_level, res.case_status) == ("pending", "supervisor", "planned")
    assert plan_row(world.db, res.plan_id).total_amount == D("9500.00")
    svc(world).withdraw(res.plan_id)
    res = installment(world, case_id, waiver_principal=D("0.01"))
    assert res.approval_level == "manager"
    svc(world).withdraw(res.plan_id)
    res = installment(world, case_id, waiver_interest=D("1500.00"), waiver_penalty=D("500.00"))  # exactly 20 %
    assert res.approval_level == "supervisor"
    svc(world).withdraw(res.plan_id)
    with world.db.session_factory.begin() as s:
        s.add(Setting(key="waiver_policy", value={"manager_share": "0.1"}))
    res = installment(world, case_id, waiver_interest=D("1000.01"))
    assert res.approval_level == "manager"


def test_approval_rules_per_role(world, case_id):
    pending = installment(world, case_id, waiver_penalty=D("300.00"))
    with pytest.raises(PermissionDenied):  # a collector approves nothing
        svc(world, "collector2").approve(pending.plan_id)
    with pytest.raises(PermissionDenied):
        svc(world, "admin").approve(pending.plan_id)
    with pytest.raises(PermissionDenied, match="其他营业部"):
        PlanService(world.db, replace(world.supervisor, branch_id=world.other_branch_id)).approve(pending.plan_id)
    rows = svc(world, "supervisor").pending_approvals()
    assert [(r.id, r.approval_level, r.can_approve, r.created_by) for r in rows] == [
        (pending.plan_id, "supervisor", True, "王芳")]
    done = svc(world, "supervisor").approve(pending.plan_id, expected_version=rows[0].version)
    assert (done.status, done.case_status) == ("active", "on_plan")
    p = plan_row(world.db, pending.plan_id)
    assert p.approved_by_id == world.supervisor.user_id and p.approved_at is not None
    with pytest.raises(ValidationError, match="不在待审批"):
        svc(world, "manager").approve(pending.plan_id)


def test_supervisor_cannot_approve_a_manager_level_plan_nor_anyone_his_own(world, case_id):
    big = installment(world, case_id, waiver_principal=D("100.00"))
    sup = svc(world, "supervisor")
    [row] = sup.pending_approvals()
    assert not row.can_approve and "经理" in row.why_not
    with pytest.raises(PermissionDenied, match="经理审批"):
        sup.approve(big.plan_id)
    with pytest.raises(PermissionDenied, match="经理审批"):
        sup.reject(big.plan_id, "本金不能减免")
    assert svc(world, "manager").approve(big.plan_id).status == "active"
    # the author never approves his own plan, whatever his role
    other = make_case(world.db, world.branch_id, total="5000.00")
    own = svc(world, "manager").create_installment_plan(other, D("5000.00"), D("0"), 5, "monthly",
                                                         TODAY + timedelta(days=7), None, waiver_principal=D("10"))
    with pytest.raises(PermissionDenied, match="自己制定"):
        svc(world, "manager").approve(own.plan_id)
    [mine] = [r for r in svc(world, "manager").pending_approvals() if r.id == own.plan_id]
    assert not mine.can_approve and "自己" in mine.why_not


def test_reject_needs_a_reason_and_frees_the_case_for_a_new_plan(world, case_id):
    res = installment(world, case_id, waiver_penalty=D("500.00"))
    with pytest.raises(ValidationError, match="退回理由"):
        svc(world, "supervisor").reject(res.plan_id, "不行")
    out = svc(world, "supervisor").reject(res.plan_id, "罚息减免过多，请只减一半")
    assert out.status == "rejected"
    p = plan_row(world.db, res.plan_id)
    assert p.rejection_reason == "罚息减免过多，请只减一半" and p.approved_at is None
    assert svc(world, "supervisor").pending_approvals() == []
    assert installment(world, case_id, waiver_penalty=D("250.00")).status == "pending"
    with pytest.raises(PermissionDenied, match="制定人"):
        svc(world, "collector2").withdraw(svc(world).plans(case_id)[0].id)


def test_stale_versions_are_conflicts(world, case_id):
    res = installment(world, case_id, waiver_penalty=D("100.00"))
    with pytest.raises(ConflictError):
        svc(world, "supervisor").approve(res.plan_id, expected_version=res.plan_version + 5)
    other = make_case(world.db, world.branch_id)
    svc(world, "collector2").create_plan(other, "phone", "先电话了解情况", TODAY + timedelta(days=1), 1)
    with pytest.raises(ConflictError):
        svc(world).create_installment_plan(other, D("3000"), D("0"), 3, "monthly", TODAY, None,
                                           expected_version=1)


def test_plan_arithmetic_errors_read_in_english(world, case_id):
    """installments.py raises its rules in both languages; the plan service passes the English on."""
    with pytest.raises(ValidationError, match="不能超过逾期利息") as exc:
        installment(world, case_id, waiver_interest=D("2000.00"))
    assert exc.value.text("en") == ("The interest waiver (¥2,000.00) cannot exceed the overdue interest "
                                    "(¥1,500.00): reduce the waivers.")
    with pytest.raises(ValidationError) as exc:
        installment(world, case_id, count=40)
    assert exc.value.text("en") == "The number of installments must be between 2 and 36: please change it."


def test_a_wrong_strategy_or_amount_is_named_for_what_it_is(world, case_id):
    with pytest.raises(ValidationError) as e:
        svc(world).create_plan(case_id, "bogus", None, TODAY + timedelta(days=2))
    assert "上门催收" in str(e.value) and "分期还款" not in str(e.value)  # only what this method makes
    assert "installment plan" not in e.value.text("en") and "visit" in e.value.text("en").lower()
    with pytest.raises(ValidationError, match="不是有效金额"):  # not "cannot be negative"
        installment(world, case_id, amount="NaN")


def test_action_plans_replace_each_other_and_move_the_case_to_planned(world):
    cid = make_case(world.db, world.branch_id, status="assessed")
    first = svc(world).create_plan(cid, "phone", "电话了解失业情况", TODAY + timedelta(days=2))
    assert first.case_status == "planned"
    second = svc(world).create_plan(cid, "visit", "上门核实居住地址", TODAY + timedelta(days=5))
    plans = {p.id: p for p in svc(world).plans(cid)}
    assert plans[first.plan_id].status == "superseded" and plans[second.plan_id].status == "active"
    assert case_row(world.db, cid).next_action_date == TODAY + timedelta(days=5)
    with pytest.raises(ValidationError, match="方案计算器"):
        svc(world).create_plan(cid, "installment", None, TODAY)
    with pytest.raises(ValidationError, match="下次行动日期"):
        svc(world).create_plan(cid, "legal", None, None)
    scheduled = make_case(world.db, world.branch_id, status="scheduled")
    assert svc(world).create_plan(scheduled, "phone", None, TODAY).case_status == "scheduled"
    closed = make_case(world.db, world.branch_id, status="closed")
    with pytest.raises(ValidationError, match="已结案"):
        svc(world).create_plan(closed, "phone", None, TODAY)


def test_settlement_is_one_payment(world, case_id):
    res = svc(world).create_settlement_plan(case_id, D("10000.00"), TODAY + timedelta(days=10),
                                            waiver_penalty=D("500.00"), waiver_interest=D("500.00"))
    assert res.approval_level == "supervisor"
    p = plan_row(world.db, res.plan_id)
    assert [(i.no, i.amount) for i in p.installments] == [(1, D("9000.00"))] and p.strategy == "settlement"


# --------------------------------------------------------------------------------------------------
# Payments and broken plans
# --------------------------------------------------------------------------------------------------
def test_two_missed_installments_break_the_plan_and_create_one_task_once(world, case_id):
    res = installment(world, case_id, count=4, first_due=TODAY)
    p = svc(world)
    assert p.refresh_plan_state(res.plan_id, TODAY + timedelta(days=1)).status == "active"  # grace day
    one = p.refresh_plan_state(res.plan_id, TODAY + timedelta(days=2))
    assert one.status == "active" and one.missed == [1]
    broken = p.refresh_plan_state(res.plan_id, date(2025, 7, 18))
    assert broken.status == "broken" and broken.missed == [1, 2] and broken.task_created
    assert p.refresh_plan_state(res.plan_id, date(2025, 7, 25)).task_created is False
    with world.db.session_factory() as s:
        tasks = s.scalars(select(FollowUpTask).where(FollowUpTask.kind == "plan_broken")).all()
        assert len(tasks) == 1 and tasks[0].source_key == f"plan_broken:{res.plan_id}"
        assert tasks[0].assigned_to_id == world.collector.user_id and "已违约" in tasks[0].title
        statuses = [i.status for i in s.scalars(select(PlanInstallment).where(
            PlanInstallment.plan_id == res.plan_id).order_by(PlanInstallment.no))]
        assert statuses == ["missed", "missed", "due", "due"]
    assert case_row(world.db, case_id).status == "assessed"  # a new decision is due
    # the case can get a new plan now
    assert installment(world, case_id, count=6, first_due=date(2025, 7, 20)).status == "active"


def test_payments_fill_installments_oldest_first_and_complete_the_plan(world, case_id):
    clock = MovableClock(TODAY)
    res = installment(world, case_id, count=2, amount=D("10000.00"), first_due=TODAY)
    p = PlanService(world.db, world.collector, clock)
    first = p.record_installment_payment(res.plan_id, D("6000.00"), TODAY, "TXN-PLAN-1")
    assert (first.allocated, first.remainder, first.plan_status) == (D("6000.00"), D("0"), "active")
    detail = p.plan(res.plan_id)
    assert [(i.paid_amount, i.status) for i in detail.installments] == [
        (D("5000.00"), "paid"), (D("1000.00"), "partial")]
    with pytest.raises(ValidationError, match="已登记过"):
        p.record_installment_payment(res.plan_id, D("1.00"), TODAY, "TXN-PLAN-1")
    with pytest.raises(ValidationError, match="今天之后"):
        p.record_installment_payment(res.plan_id, D("1.00"), TODAY + timedelta(days=1), "TXN-X")
    last = p.record_installment_payment(res.plan_id, D("4100.00"), TODAY, "TXN-PLAN-2")
    assert (last.allocated, last.remainder, last.plan_status) == (D("4000.00"), D("100.00"), "completed")
    assert "未冲抵" in last.message
    with world.db.session_factory() as s:
        assert s.scalar(select(func.sum(PaymentAllocation.amount))) == D("10000.00")
    with pytest.raises(ValidationError, match="已完成"):
        p.record_installment_payment(res.plan_id, D("1.00"), TODAY, "TXN-PLAN-3")


def test_refresh_plans_in_scope(world, case_id):
    res = installment(world, case_id, count=3, first_due=TODAY)
    changed = svc(world, "supervisor").refresh_plans(date(2025, 8, 1))
    assert [(r.plan_id, r.status) for r in changed] == [(res.plan_id, "broken")]
    assert svc(world, "other_collector").refresh_plans(date(2025, 9, 1)) == []


# --------------------------------------------------------------------------------------------------
# Confirmation PDF
# --------------------------------------------------------------------------------------------------
def test_confirmation_pdf_has_the_schedule_and_the_masked_id_only(world, case_id, tmp_path):
    res = installment(world, case_id, down_payment=D("1000.00"), count=3, waiver_penalty=D("500.00"),
                      first_due=date(2025, 7, 1))
    out = tmp_path / "plan.pdf"
    with pytest.raises(ValidationError, match="审批通过"):
        svc(world).confirmation_pdf(res.plan_id, out)
    svc(world, "supervisor").approve(res.plan_id)
    with world.db.session_factory.begin() as s:
        s.get(Setting, "company").value = {**s.get(Setting, "company").value, "name": "测试消费金融有限公司"}
        loan = s.get(Case, case_id).loan
        loan.penalty_interest = D("900.00")  # a later import: the confirmation keeps the agreed figures
        loan.overdue_total = D("10400.00")
        cust = s.get(Case, case_id).customer
        full_id, masked = cust.id_number, cust.id_masked
    assert svc(world).confirmation_pdf(res.plan_id, out) == 1
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    compact = text.replace(" ", "").replace("\n", "")
    assert "还款计划确认书" in text and "测试消费金融有限公司" in text
    assert masked in compact and full_id not in compact
    for amount in ("1,000.00", "2,833.33", "2,833.34", "9,500.00", "500.00", "8,000.00", "1,500.00"):
        assert amount in compact, amount
    assert "900.00" not in compact and "罚息减免" in compact
    for due in ("2025年7月1日", "2025年8月1日", "2025年9月1日", "2025年10月1日"):
        assert due in compact
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "plan.print")) == 1
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "plan")], check=True)
        assert list(tmp_path.glob("plan*.png"))


def test_cli_plan_pdf(tmp_path, monkeypatch, capsys):
    from desktop.cli import main
    from desktop.models.database import open_database

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("VISITDESK_DB", url)
    assert main(["init", "--admin-password", "admin123", "--demo", "30"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    from desktop.services.users import UserService

    db = open_database(url)
    try:
        manager = UserService(db, None).authenticate("manager", "demo1234")
        with db.session_factory() as s:
            case_id = s.scalar(select(Case.id).where(Case.status == "new").order_by(Case.id).limit(1))
            total = s.get(Case, case_id).overdue_total
        plan_id = PlanService(db, manager).create_installment_plan(
            case_id, total, D("0"), 6, "monthly", date.today() + timedelta(days=10)).plan_id
    finally:
        db.dispose()
    out = tmp_path / "c.pdf"
    capsys.readouterr()
    assert main(["--user", "manager", "plan", "pdf", str(plan_id), "--out", str(out)]) == 0
    assert "已生成还款计划确认书" in capsys.readouterr().out and out.stat().st_size > 1000
    assert main(["--user", "manager", "plan", "pdf", str(plan_id), "--out", str(tmp_path / "c.txt")]) == 2
    assert main(["--user", "manager", "plan", "pdf", "99999", "--out", str(out)]) == 1
    assert main(["--user", "manager", "plan"]) == 2
