"""Follow-up tasks: every automatic task appears once and goes when its cause is resolved; the worklist."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Case, FollowUpTask, Visit
from desktop.services.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services.outcomes import OutcomeInput, OutcomeService
from desktop.services.payments import PaymentService
from desktop.services.tasks import TaskService
from tests.services.followup_data import (
    MovableClock,
    local,
    make_assessment,
    make_case,
    make_plan,
    make_visit,
)

D = Decimal
DAY = date(2025, 3, 12)  # a Wednesday


@pytest.fixture
def clock():
    return MovableClock(DAY)


@pytest.fixture
def case_id(world):
    return make_case(world.db, world.branch_id, total="4000.00", assigned=world.collector.user_id, status="scheduled")


def refresh(world, clock, day=None):
    if day is not None:
        clock.set_day(day)
    return TaskService(world.db, world.supervisor, clock).refresh_tasks()


def tasks(db, kind=None):
    with db.session_factory() as s:
        q = select(FollowUpTask).order_by(FollowUpTask.id)
        if kind:
            q = q.where(FollowUpTask.kind == kind)
        return [(t.source_key, t.status) for t in s.scalars(q)]


def pay(world, clock, case_id, amount, txn, on=None):
    PaymentService(world.db, world.collector, clock).record_payment(case_id, amount=D(amount), paid_on=on or clock.today(),
                                                                    txn_no=txn)


def ptp(world, clock, case_id, amount, due):
    return OutcomeService(world.db, world.collector, clock).record(OutcomeInput(
        case_id=case_id, met="borrower", result_code="ptp", attitude="cooperative", promise_amount=D(amount),
        promise_due=due)).promise_id


def phone(world, clock, case_id, code="refused"):
    OutcomeService(world.db, world.collector, clock).record(OutcomeInput(
        case_id=case_id, met="borrower", result_code=code, attitude="neutral"))


# ----------------------------------------------------------------------------------------- each automatic task
def test_promise_due_task_appears_once_and_goes_when_kept(world, clock, case_id):
    pid = ptp(world, clock, case_id, "500.00", DAY + timedelta(days=3))
    assert refresh(world, clock).created_total == 0  # three days away: not yet
    res = refresh(world, clock, DAY + timedelta(days=2))
    assert res.created == {"promise_due": 1}
    assert refresh(world, clock, DAY + timedelta(days=3)).created_total == 0
    assert tasks(world.db) == [(f"promise_due:{pid}", "open")]
    pay(world, clock, case_id, "500.00", "K-1")
    res = refresh(world, clock)
    assert res.closed == {"promise_due": 1}
    assert tasks(world.db) == [(f"promise_due:{pid}", "done")]
    assert refresh(world, clock).created_total == 0


def test_promise_due_task_stays_through_the_grace_day(world, clock, case_id):
    pid = ptp(world, clock, case_id, "500.00", DAY + timedelta(days=1))
    refresh(world, clock)
    refresh(world, clock, DAY + timedelta(days=2))  # grace day: still open, not judged
    assert tasks(world.db) == [(f"promise_due:{pid}", "open")]
    res = refresh(world, clock, DAY + timedelta(days=3))  # judged broken: due task closes, broken task opens
    assert res.judged.broken == 1 and res.closed == {"promise_due": 1}
    assert tasks(world.db) == [(f"promise_due:{pid}", "done"), (f"promise_broken:{pid}", "open")]


def test_promise_broken_task_goes_when_the_customer_is_contacted(world, clock, case_id):
    pid = ptp(world, clock, case_id, "500.00", DAY + timedelta(days=5))
    refresh(world, clock, DAY + timedelta(days=8))
    assert (f"promise_broken:{pid}", "open") in tasks(world.db)
    with world.db.session_factory() as s:
        assert s.get(Case, case_id).priority == 1
    refresh(world, clock, DAY + timedelta(days=9))
    assert tasks(world.db, "promise_broken") == [(f"promise_broken:{pid}", "open")]
    phone(world, clock, case_id)
    refresh(world, clock)
    assert tasks(world.db, "promise_broken") == [(f"promise_broken:{pid}", "done")]


def test_installment_due_then_missed_then_paid(world, clock, case_id):
    due = DAY + timedelta(days=2)
    (iid,) = make_plan(world.db, case_id, [(due, "300.00")])
    assert refresh(world, clock).created == {"installment_due": 1}
    refresh(world, clock, due + timedelta(days=1))  # grace day
    assert tasks(world.db) == [(f"installment_due:{iid}", "open")]
    res = refresh(world, clock, due + timedelta(days=2))
    assert res.created == {"installment_missed": 1} and res.closed == {"installment_due": 1}
    assert refresh(world, clock).created_total == 0
    pay(world, clock, case_id, "100.00", "I-1")
    assert refresh(world, clock).closed_total == 0  # partly paid: still missed
    pay(world, clock, case_id, "200.00", "I-2")
    assert refresh(world, clock).closed == {"installment_missed": 1}
    assert tasks(world.db) == [(f"installment_due:{iid}", "done"), (f"installment_missed:{iid}", "done")]


def test_notice_task_before_a_visit_goes_when_the_notice_is_recorded(world, clock, case_id):
    team = [world.collector.user_id, world.collector2.user_id]
    far = make_visit(world.db, case_id, local(DAY + timedelta(days=5), 10), team)
    near = make_visit(world.db, case_id, local(DAY + timedelta(days=3), 15), team)
    noticed = make_visit(world.db, case_id, local(DAY + timedelta(days=2), 10), team, notice_at=local(DAY))
    res = refresh(world, clock)
    assert res.created == {"notice": 1}
    with world.db.session_factory() as s:
        t = s.scalars(select(FollowUpTask)).one()
        assert (t.source_key, t.due_date, t.assigned_to_id) == (f"notice:{near}", DAY + timedelta(days=1),
                                                                world.collector.user_id)
    assert refresh(world, clock).created_total == 0
    with world.db.session_factory.begin() as s:  # the visits service records the notice
        v = s.get(Visit, near)
        v.notice_at, v.status = clock.now(), "notified"
    assert refresh(world, clock).closed == {"notice": 1}
    assert far and noticed and tasks(world.db) == [(f"notice:{near}", "done")]


def test_visit_reminders_cannot_be_closed_by_hand_while_the_visit_waits(world, clock, case_id):
    """Marking a notice or outcome reminder done would hide a visit the law (or the branch) still waits for,
    and a task closed by hand never comes back: refused until the notice or outcome is recorded."""
    team = [world.collector.user_id, world.collector2.user_id]
    ahead = make_visit(world.db, case_id, local(DAY + timedelta(days=2), 10), team)
    past = make_visit(world.db, case_id, local(DAY - timedelta(days=1), 10), team, status="notified",
                      notice_at=local(DAY - timedelta(days=3)))
    assert refresh(world, clock).created == {"notice": 1, "outcome_missing": 1}
    svc = TaskService(world.db, world.collector, clock)
    with world.db.session_factory() as s:
        ids = {t.kind: (t.id, t.version) for t in s.scalars(select(FollowUpTask))}
    with pytest.raises(ValidationError, match="还没有登记通知") as exc:
        svc.done(*ids["notice"])
    assert "record the notice" in exc.value.text("en")
    with pytest.raises(ValidationError, match="还没有登记结果"):
        svc.done(*ids["outcome_missing"])
    assert [st for _, st in tasks(world.db)] == ["open", "open"]
    # once the visit no longer waits (here: called off), the reminder may be closed by hand
    with world.db.session_factory.begin() as s:
        s.get(Visit, ahead).status = "cancelled"
        s.get(Visit, past).status = "missed"
    svc.done(*ids["notice"])
    svc.done(*ids["outcome_missing"])
    assert all(st == "done" for _, st in tasks(world.db))


def test_notice_task_goes_when_the_visit_is_cancelled(world, clock, case_id):
    vid = make_visit(world.db, case_id, local(DAY + timedelta(days=1), 10), [world.collector.user_id])
    refresh(world, clock)
    with world.db.session_factory.begin() as s:
        s.get(Visit, vid).status = "cancelled"
    assert refresh(world, clock).closed == {"notice": 1}


def test_outcome_missing_after_the_visit_day(world, clock, case_id):
    team = [world.collector.user_id, world.collector2.user_id]
    vid = make_visit(world.db, case_id, local(DAY, 9, 30), team, status="notified", notice_at=local(DAY - timedelta(days=2)))
    assert refresh(world, clock).created_total == 0  # the visit day is not over
    res = refresh(world, clock, DAY + timedelta(days=1))
    assert res.created == {"outcome_missing": 1}
    assert refresh(world, clock).created_total == 0
    OutcomeService(world.db, world.collector, clock).record(OutcomeInput(
        case_id=case_id, visit_id=vid, met="nobody", result_code="not_home"))
    assert refresh(world, clock).closed == {"outcome_missing": 1}
    assert tasks(world.db) == [(f"outcome_missing:{vid}", "done")]


def test_reassessment_after_30_days_without_progress(world, clock, case_id):
    aid = make_assessment(world.db, case_id, local(DAY - timedelta(days=29)), world.collector.user_id)
    assert refresh(world, clock).created_total == 0
    res = refresh(world, clock, DAY + timedelta(days=1))
    assert res.created == {"reassess": 1}
    assert tasks(world.db) == [(f"reassess:{case_id}:{aid}", "open")]
    assert refresh(world, clock).created_total == 0
    phone(world, clock, case_id)  # a talk with the borrower is progress
    assert refresh(world, clock).closed == {"reassess": 1}


def test_a_new_assessment_replaces_the_reassessment_task(world, clock):
    cid = make_case(world.db, world.branch_id, assigned=world.collector.user_id)
    make_assessment(world.db, cid, local(DAY - timedelta(days=40)))
    refresh(world, clock)
    aid2 = make_assessment(world.db, cid, local(DAY))
    res = refresh(world, clock)
    assert res.closed == {"reassess": 1} and res.created_total == 0
    pay(world, clock, cid, "10.00", "R-1")  # and a payment is progress too
    clock.set_day(DAY + timedelta(days=45))
    assert refresh(world, clock).created_total == 0
    assert aid2


def test_closing_the_case_closes_its_automatic_tasks(world, clock, case_id):
    ptp(world, clock, case_id, "500.00", DAY + timedelta(days=1))
    refresh(world, clock)
    with world.db.session_factory.begin() as s:
        from desktop.services.lifecycle import transition

        transition(s.get(Case, case_id), "closed", close_reason="paid")
    assert refresh(world, clock).closed == {"promise_due": 1}


def test_a_task_closed_by_hand_does_not_come_back(world, clock, case_id):
    ptp(world, clock, case_id, "500.00", DAY + timedelta(days=1))
    refresh(world, clock)
    svc = TaskService(world.db, world.collector, clock)
    (row,) = svc.worklist(today=DAY + timedelta(days=1))
    svc.done(row.id, row.version)
    assert refresh(world, clock).created_total == 0
    assert svc.worklist(today=DAY + timedelta(days=1)) == []


def test_refresh_is_audited_only_when_it_changed_something(world, clock, case_id):
    refresh(world, clock)
    ptp(world, clock, case_id, "500.00", DAY)
    refresh(world, clock)
    refresh(world, clock)
    with world.db.session_factory() as s:
        evs = s.scalars(select(AuditEvent).where(AuditEvent.action == "tasks.refresh")).all()
    assert len(evs) == 1 and evs[0].after["created"] == {"promise_due": 1}


def test_automatic_tasks_follow_the_case_collector(world, clock, case_id):
    ptp(world, clock, case_id, "500.00", DAY)
    refresh(world, clock)
    with world.db.session_factory.begin() as s:
        s.get(Case, case_id).assigned_to_id = world.collector2.user_id
    assert refresh(world, clock).reassigned == 1
    assert len(TaskService(world.db, world.collector2, clock).worklist()) == 1
    assert TaskService(world.db, world.collector, clock).worklist() == []


# ----------------------------------------------------------------------------------------- worklist
def test_worklist_sorted_by_priority_then_due_date(world, clock):
    svc = TaskService(world.db, world.collector, clock)
    c1 = make_case(world.db, world.branch_id, assigned=world.collector.user_id)
    c2 = make_case(world.db, world.branch_id, assigned=world.collector.user_id)
    a = svc.create_task(c1, "回访客户确认收入证明", DAY, priority=1)
    b = svc.create_task(c2, "核对还款流水", DAY, priority=3)
    c = svc.create_task(c1, "下周再联系", DAY + timedelta(days=3), priority=3)
    clock.set_day(DAY + timedelta(days=1))
    d = svc.create_task(c2, "今天的任务", DAY + timedelta(days=1), priority=3)
    rows = svc.worklist()
    assert [r.id for r in rows] == [b, d, a]  # c is not due yet
    assert rows[0].overdue_days == 1 and rows[1].overdue_days == 0 and rows[0].contract_no
    assert svc.upcoming_count() == 1 and c
    with pytest.raises(ValidationError, match="不能早于今天"):
        svc.create_task(c1, "过去的任务", DAY)


def test_snooze_needs_a_reason_and_hides_the_task_until_then(world, clock, case_id):
    svc = TaskService(world.db, world.collector, clock)
    tid = svc.create_task(case_id, "电话回访", DAY)
    (row,) = svc.worklist()
    with pytest.raises(ValidationError, match="理由"):
        svc.snooze(tid, DAY + timedelta(days=2), " ")
    with pytest.raises(ValidationError, match="今天之后"):
        svc.snooze(tid, DAY, "客户出差")
    with pytest.raises(ValidationError, match="30 天"):
        svc.snooze(tid, DAY + timedelta(days=31), "客户出差")
    svc.snooze(tid, DAY + timedelta(days=2), "客户出差，周五回京", expected_version=row.version)
    assert svc.worklist() == []
    assert svc.worklist(today=DAY + timedelta(days=1)) == []
    (again,) = svc.worklist(today=DAY + timedelta(days=2))
    assert again.status == "snoozed" and again.snooze_reason == "客户出差，周五回京" and again.overdue_days == 0
    res = refresh(world, clock, DAY + timedelta(days=2))
    assert res.woken == 1
    (row,) = svc.worklist()
    assert row.status == "open"
    with pytest.raises(ConflictError):
        svc.done(tid, expected_version=row.version - 1)
    svc.done(tid, expected_version=row.version)
    with pytest.raises(ValidationError, match="已完成"):
        svc.done(tid)


def test_only_the_assignee_or_a_supervisor_works_a_task(world, clock, case_id):
    tid = TaskService(world.db, world.collector, clock).create_task(case_id, "上门前电话确认", DAY)
    with pytest.raises(PermissionDenied, match="别人的任务"):
        TaskService(world.db, world.collector2, clock).done(tid)
    with pytest.raises(PermissionDenied, match="其他营业部"):
        TaskService(world.db, world.other_collector, clock).done(tid)
    with pytest.raises(PermissionDenied, match="自己的任务"):
        TaskService(world.db, world.collector2, clock).worklist(world.collector.user_id)
    assert len(TaskService(world.db, world.supervisor, clock).worklist(world.collector.user_id)) == 1
    with pytest.raises(PermissionDenied, match="主管"):
        TaskService(world.db, world.collector, clock).create_task(case_id, "派给别人", DAY,
                                                                  assigned_to_id=world.collector2.user_id)
    TaskService(world.db, world.supervisor, clock).done(tid)


def test_supervisor_sees_branch_tasks_and_who_is_behind(world, clock):
    sup = TaskService(world.db, world.supervisor, clock)
    c1 = make_case(world.db, world.branch_id, assigned=world.collector.user_id)
    c2 = make_case(world.db, world.branch_id, assigned=world.collector2.user_id)
    mine = TaskService(world.db, world.collector, clock)
    mine.create_task(c1, "任务一", DAY)
    mine.create_task(c1, "任务二", DAY)
    TaskService(world.db, world.collector2, clock).create_task(c2, "任务三", DAY)
    clock.set_day(DAY + timedelta(days=2))
    TaskService(world.db, world.collector2, clock).create_task(c2, "任务四", DAY + timedelta(days=2))
    rows = sup.branch_tasks()
    assert len(rows) == 4
    behind = sup.who_is_behind()
    by_name = {r.name: r for r in behind}
    assert behind[0].name == "王芳" and (by_name["王芳"].overdue, by_name["王芳"].due_today) == (2, 0)
    assert (by_name["刘洋"].overdue, by_name["刘洋"].due_today, by_name["刘洋"].oldest_due) == (1, 1, DAY)
    assert by_name["张主管"].overdue == 0
    with pytest.raises(PermissionDenied):
        TaskService(world.db, world.collector, clock).who_is_behind()
    with pytest.raises(PermissionDenied, match="本营业部"):
        sup.branch_tasks(world.other_branch_id)
    assert TaskService(world.db, world.manager, clock).branch_tasks(world.other_branch_id) == []


def test_refresh_is_scoped_to_the_actors_branch(world, clock):
    other = make_case(world.db, world.other_branch_id, assigned=world.other_collector.user_id)
    OutcomeService(world.db, world.other_collector, clock).record(OutcomeInput(
        case_id=other, met="borrower", result_code="ptp", attitude="cooperative", promise_amount=D("100"),
        promise_due=DAY))
    assert TaskService(world.db, world.collector, clock).refresh_tasks().created_total == 0
    assert TaskService(world.db, world.other_collector, clock).refresh_tasks().created_total == 1
