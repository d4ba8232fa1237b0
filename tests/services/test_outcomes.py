"""Outcomes, promises made at a contact, the case lifecycle, contact history, complaints, result codes, timeline."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import (
    AuditEvent,
    Case,
    Complaint,
    ContactPoint,
    Customer,
    Outcome,
    PromiseToPay,
    ResultCode,
    Visit,
)
from desktop.services.cases import CaseService
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.lifecycle import transition
from desktop.services.outcomes import OutcomeInput, OutcomeService, ResultCodeService
from desktop.services.payments import PaymentService
from desktop.services.timeline import TIMELINE_KINDS, TimelineService
from tests.services.followup_data import MovableClock, local, make_case, make_visit

D = Decimal
DAY = date(2025, 3, 12)  # a Wednesday


@pytest.fixture
def clock():
    return MovableClock(DAY)


@pytest.fixture
def case_id(world):
    return make_case(world.db, world.branch_id, total="4000.00", assigned=world.collector.user_id, status="scheduled")


def svc(world, clock, actor=None) -> OutcomeService:
    return OutcomeService(world.db, actor or world.collector, clock)


def inp(case_id, **kw) -> OutcomeInput:
    base = dict(case_id=case_id, met="borrower", result_code="refused", attitude="neutral")
    base.update(kw)
    return OutcomeInput(**base)


def case_row(db, case_id) -> Case:
    with db.session_factory() as s:
        return s.get(Case, case_id)


# ----------------------------------------------------------------------------------------- phone and visit outcomes
def test_phone_promise_creates_the_promise_and_moves_the_case(world, clock, case_id):
    due = DAY + timedelta(days=7)
    saved = svc(world, clock).record(inp(case_id, result_code="ptp", attitude="cooperative", willingness="hesitant",
                                         ability="reduced", promise_amount=D("1200.00"), promise_due=due,
                                         notes="客户本周五发工资后还款"))
    assert saved.promise_id and saved.case_status == "promised" and "承诺" in saved.message
    c = case_row(world.db, case_id)
    assert (c.last_outcome, c.next_action_date, c.status) == ("ptp", due, "promised")
    assert c.last_contact_at == clock.now()
    with world.db.session_factory() as s:
        o = s.get(Outcome, saved.outcome_id)
        p = s.get(PromiseToPay, saved.promise_id)
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "outcome.record")).one()
    assert (o.channel, o.visit_id, o.willingness, o.ability) == ("phone", None, "hesitant", "reduced")
    assert (p.amount, p.due_date, p.status, p.outcome_id) == (D("1200.00"), due, "open", o.id)
    assert ev.case_id == case_id and ev.after["status"] == "promised" and ev.before["status"] == "scheduled"


def test_visit_outcome_marks_a_started_visit_done_and_the_case_visited(world, clock, case_id):
    vid = make_visit(world.db, case_id, local(DAY, 9, 30), [world.collector.user_id, world.collector2.user_id],
                     status="notified", notice_at=local(DAY - timedelta(days=2)))
    form = svc(world, clock).form(case_id)
    assert [v.id for v in form.visits] == [vid] and "王芳" in form.visits[0].team
    saved = svc(world, clock).record(inp(case_id, visit_id=vid, result_code="hardship", attitude="cooperative",
                                         conduct_id_shown=True, conduct_recording=True, conduct_no_entry=True,
                                         recording_ref="REC-1", next_action="plan", next_action_date=DAY + timedelta(days=2)))
    assert saved.visit_marked_done and saved.case_status == "visited"
    with world.db.session_factory() as s:
        v = s.get(Visit, vid)
        o = s.get(Outcome, saved.outcome_id)
        assert v.status == "done" and o.channel == "visit" and o.occurred_at == v.start_at
        assert o.conduct_recording and o.recording_ref == "REC-1"
    assert case_row(world.db, case_id).next_action_date == DAY + timedelta(days=2)
    with pytest.raises(ValidationError, match="已登记过结果"):
        svc(world, clock).record(inp(case_id, visit_id=vid))
    assert svc(world, clock).form(case_id).visits == []


@pytest.mark.parametrize(("status", "start_offset_h", "msg"), [
    ("planned", 3, "尚未发生"), ("cancelled", -3, "已取消"), ("missed", -30, "未执行"),
])
def test_visit_outcome_needs_a_visit_that_took_place(world, clock, case_id, status, start_offset_h, msg):
    vid = make_visit(world.db, case_id, clock.now() + timedelta(hours=start_offset_h), [world.collector.user_id],
                     status=status)
    with pytest.raises(ValidationError, match=msg):
        svc(world, clock).record(inp(case_id, visit_id=vid))


def test_visit_of_another_case_is_refused(world, clock, case_id):
    other = make_case(world.db, world.branch_id)
    vid = make_visit(world.db, other, local(DAY, 9), [world.collector.user_id])
    with pytest.raises(NotFound):
        svc(world, clock).record(inp(case_id, visit_id=vid))


@pytest.mark.parametrize(("kw", "msg"), [
    (dict(met="nobody", result_code="ptp"), "已接触到人：电话无人接听时"),  # a phone contact
    (dict(met="family", result_code="refused"), "借款人本人"),
    (dict(met="borrower", attitude=None), "电话接通时请选择对方的态度"),
    (dict(met="someone"), "接电话的是谁"),
    (dict(result_code="nope"), "不存在"),
    (dict(result_code="ptp", attitude="cooperative"), "承诺金额和承诺还款日期"),
    (dict(result_code="ptp", attitude="cooperative", promise_amount=D("4000.01"), promise_due=DAY), "超过逾期总额"),
    (dict(result_code="ptp", attitude="cooperative", promise_amount=D("10"), promise_due=DAY + timedelta(days=31)),
     "30 天"),
    (dict(result_code="ptp", attitude="cooperative", promise_amount=D("10"), promise_due=DAY - timedelta(days=1)),
     "早于接触日"),
    (dict(result_code="refused", promise_amount=D("10"), promise_due=DAY), "不是承诺类结果"),
    (dict(next_action="phone"), "行动日期"),
    (dict(next_action="phone", next_action_date=DAY - timedelta(days=1)), "已过去"),
    (dict(new_phone="12345"), "新手机号码"),
    (dict(result_code="complaint", notes=""), "投诉内容"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_inconsistent_outcomes_are_refused(world, clock, case_id, kw, msg):
    with pytest.raises(ValidationError, match=msg):
        svc(world, clock).record(inp(case_id, **kw))
    with world.db.session_factory() as s:
        assert s.scalars(select(Outcome)).all() == []


def test_a_wrong_new_mobile_is_explained_in_both_languages(world, clock, case_id):
    with pytest.raises(ValidationError, match="应为 11 位手机号码，实际 5 位") as exc:
        svc(world, clock).record(inp(case_id, new_phone="12345"))
    assert exc.value.text("en") == ('The new mobile number "12345" is invalid: should be an 11-digit mobile number, '
                                    "found 5 digits.")


def test_nobody_met_is_recorded_without_attitude(world, clock, case_id):
    saved = svc(world, clock).record(inp(case_id, met="nobody", result_code="not_home", attitude="hostile"))
    with world.db.session_factory() as s:
        assert s.get(Outcome, saved.outcome_id).attitude is None
    assert case_row(world.db, case_id).status == "scheduled"  # a phone attempt does not move a scheduled case


def test_an_unanswered_call_is_no_answer_and_counts_as_a_failed_contact(world, clock, case_id):
    """A call nobody picked up has its own result (电话无人接听), not the visit's 无人在家."""
    from desktop.services.assessment import read_factors

    with pytest.raises(ValidationError, match="改选未接触到人的结果（如「电话无人接听」）"):
        svc(world, clock).record(inp(case_id, met="nobody", result_code="ptp"))
    saved = svc(world, clock).record(inp(case_id, met="nobody", result_code="no_answer"))
    with world.db.session_factory() as s:
        o = s.get(Outcome, saved.outcome_id)
        assert (o.channel, o.result_code, o.attitude) == ("phone", "no_answer", None)
        f = read_factors(s, [case_id], DAY)[0]
    assert f.failed_contacts == 1 and f.last_visit_outcome == "none"  # a failed contact; not a visit
    # told as a call, not in a visit's words (nobody met)
    (entry,) = [e for e in TimelineService(world.db, world.collector, clock).for_case(case_id) if e.kind == "outcome"]
    assert entry.title == "电话结果：电话无人接听" and "无人接听" in entry.detail and "未见到" not in entry.detail
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "outcome.record")).one()
    assert "（无人接听）" in ev.detail


# ----------------------------------------------------------------------------------------- lifecycle
def test_invalid_lifecycle_transitions_are_refused(world, clock):
    closed = make_case(world.db, world.branch_id, status="closed")
    with pytest.raises(ValidationError, match="已结案"):
        svc(world, clock).record(inp(closed))
    new = make_case(world.db, world.branch_id, status="new")
    with world.db.session_factory.begin() as s:
        c = s.get(Case, new)
        with pytest.raises(ValidationError, match="不能从「新案件」改为「已外访」"):
            transition(c, "visited")
        with pytest.raises(ValidationError, match="结案须选择原因"):
            transition(c, "closed")
        transition(c, "closed", close_reason="paid")
        with pytest.raises(ValidationError, match="只能由导入重新打开"):
            transition(c, "promised")


def test_phone_outcome_on_a_new_case_keeps_it_new_unless_a_promise(world, clock):
    new = make_case(world.db, world.branch_id, status="new")
    svc(world, clock).record(inp(new, result_code="refused"))
    assert case_row(world.db, new).status == "new"  # new → visited is not a lifecycle step
    svc(world, clock).record(inp(new, result_code="ptp", attitude="cooperative", promise_amount=D("100"),
                                 promise_due=DAY + timedelta(days=1)))
    assert case_row(world.db, new).status == "promised"


def test_other_branch_and_admin_cannot_record(world, clock, case_id):
    with pytest.raises(PermissionDenied, match="其他营业部"):
        svc(world, clock, world.other_collector).record(inp(case_id))
    with pytest.raises(PermissionDenied, match="权限不足"):
        svc(world, clock, world.admin).record(inp(case_id))


# ----------------------------------------------------------------------------------------- contact history
def test_new_address_and_phone_are_kept_in_the_history(world, clock, case_id):
    svc(world, clock).record(inp(case_id, result_code="third_party", met="family", attitude="neutral",
                                 new_address="北京市通州区新华大街1号", new_address_kind="work",
                                 new_phone="+86 139 0000 1234"))
    with world.db.session_factory() as s:
        cps = s.scalars(select(ContactPoint).order_by(ContactPoint.id)).all()
        assert [(c.kind, c.source) for c in cps] == [("work", "staff"), ("phone_enc", "staff")]
        assert cps[0].value == "北京市通州区新华大街1号"
        assert "13900001234" not in cps[1].value and cps[1].value.startswith("v1:")
    rows = svc(world, clock).contact_points(case_id)
    assert {r.value for r in rows} == {"北京市通州区新华大街1号", "139****1234"}
    phone = next(r for r in rows if r.kind == "phone_enc")
    with pytest.raises(PermissionDenied):
        svc(world, clock).reveal_phone(case_id, phone.id, "电话联系")
    assert svc(world, clock, world.supervisor).reveal_phone(case_id, phone.id, "电话联系客户") == "13900001234"
    with world.db.session_factory() as s:
        assert s.scalar(select(AuditEvent.detail).where(AuditEvent.action == "pii.reveal")).startswith("新手机号码")


# ----------------------------------------------------------------------------------------- complaints
def flag(db, case_id):
    with db.session_factory() as s:
        return s.get(Customer, s.get(Case, case_id).customer_id).do_not_visit


def test_complaints_flag_and_unflag_the_customer(world, clock, case_id):
    vid = make_visit(world.db, case_id, local(DAY, 9), [world.collector.user_id, world.collector2.user_id],
                     status="done")
    o = svc(world, clock)
    c1 = o.record_complaint(case_id, vid, world.collector2.user_id, "客户投诉外访人员语气生硬")
    assert flag(world.db, case_id) == "complaint"
    c2 = o.record_complaint(case_id, None, None, "客户投诉电话太频繁")
    sup = svc(world, clock, world.supervisor)
    rows = sup.complaints()
    assert [r.id for r in rows] == [c2, c1] and rows[1].against == "刘洋"
    with pytest.raises(PermissionDenied):
        o.resolve_complaint(c1, "已核实并批评教育")
    with pytest.raises(ValidationError, match="处理结果"):
        sup.resolve_complaint(c1, "好")
    sup.resolve_complaint(c1, "已核实，对外访人员批评教育", expected_version=rows[1].version)
    assert flag(world.db, case_id) == "complaint"  # the other complaint is still open
    sup.resolve_complaint(c2, "已调整联系频率并向客户致歉")
    assert flag(world.db, case_id) is None
    assert sup.complaints() == [] and len(sup.complaints(status=None)) == 2
    with pytest.raises(ValidationError, match="已处理过"):
        sup.resolve_complaint(c2, "再处理一次看看")


def test_complaint_keeps_a_stronger_flag_and_the_accused_cannot_resolve(world, clock, case_id):
    with world.db.session_factory.begin() as s:
        s.get(Customer, s.get(Case, case_id).customer_id).do_not_visit = "legal"
    cid = svc(world, clock).record_complaint(case_id, None, world.supervisor.user_id, "客户投诉主管态度")
    assert flag(world.db, case_id) == "legal"
    with pytest.raises(PermissionDenied, match="被投诉人"):
        svc(world, clock, world.supervisor).resolve_complaint(cid, "我觉得没问题")
    svc(world, clock, world.manager).resolve_complaint(cid, "经理已约谈主管")
    assert flag(world.db, case_id) == "legal"


def test_a_complaint_names_only_staff_who_dealt_with_the_case(world, clock, case_id):
    """The accused is staff of the case's branch or went on one of its visits; a user of another branch (whom
    the form does not offer) is refused, and nothing is written."""
    with pytest.raises(ValidationError, match="不是该案件营业部的员工") as e:
        svc(world, clock).record_complaint(case_id, None, world.other_collector.user_id, "客户投诉别的营业部的人")
    assert "is not staff of this case's branch" in e.value.text("en")
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0
        assert s.get(Customer, s.get(Case, case_id).customer_id).do_not_visit is None
    # once he has been on a visit of the case, he can be named
    make_visit(world.db, case_id, clock.now() - timedelta(days=2),
               [world.collector.user_id, world.other_collector.user_id], status="done")
    assert svc(world, clock).record_complaint(case_id, None, world.other_collector.user_id, "客户投诉外访人员")


def test_complaint_result_code_opens_a_complaint(world, clock, case_id):
    saved = svc(world, clock).record(inp(case_id, result_code="complaint", attitude="hostile",
                                         notes="客户对上次外访不满，要求更换人员"))
    assert saved.complaint_id and flag(world.db, case_id) == "complaint"
    with pytest.raises(PermissionDenied):
        svc(world, clock, world.other_collector).record_complaint(case_id, None, None, "其他营业部的人")
    with pytest.raises(PermissionDenied, match="本营业部"):
        OutcomeService(world.db, world.supervisor, clock).complaints(branch_id=world.other_branch_id)


# ----------------------------------------------------------------------------------------- result codes
def test_result_codes_are_configurable_by_admin_and_audited(world, clock, case_id):
    rc = ResultCodeService(world.db, world.admin, clock)
    with pytest.raises(PermissionDenied):
        ResultCodeService(world.db, world.supervisor, clock).save_code("x", "X", contacted=False, right_party=False,
                                                                       promise=False)
    with pytest.raises(ValidationError, match="已接触"):
        rc.save_code("wrong_no", "号码错误", contacted=False, right_party=True, promise=False)
    with pytest.raises(ValidationError, match="小写字母"):
        rc.save_code("错误", "号码错误", contacted=False, right_party=False, promise=False)
    row = rc.save_code("Wrong_No", "号码错误", contacted=False, right_party=False, promise=False)
    assert row.code == "wrong_no" and row.sort_order > 9
    saved = svc(world, clock).record(inp(case_id, met="nobody", result_code="wrong_no"))
    assert saved.outcome_id
    rc.save_code("partial_ptp", "部分承诺", contacted=True, right_party=True, promise=True)
    with pytest.raises(ValidationError, match="承诺金额"):
        svc(world, clock).record(inp(case_id, result_code="partial_ptp"))
    # adding a code that exists is refused: it would rename ptp and switch off what the KPIs count
    with pytest.raises(ValidationError, match="「ptp」已存在（承诺还款）") as exc:
        rc.save_code("ptp", "dup", contacted=False, right_party=False, promise=False, new=True)
    assert "already exists" in exc.value.text("en")
    assert {c.code: (c.label, c.promise) for c in rc.codes()}["ptp"] == ("承诺还款", True)
    rc.save_code("wrong_no", "号码错误（停用）", contacted=False, right_party=False, promise=False, active=False)
    assert "wrong_no" not in {c.code for c in rc.codes()} and "wrong_no" in {c.code for c in rc.codes(True)}
    with pytest.raises(ValidationError, match="已停用"):
        svc(world, clock).record(inp(case_id, met="nobody", result_code="wrong_no"))
    with world.db.session_factory() as s:
        evs = s.scalars(select(AuditEvent).where(AuditEvent.action == "result_code.save")
                        .order_by(AuditEvent.id)).all()
        assert len(evs) == 3 and evs[-1].before["active"] is True and evs[-1].after["active"] is False
        assert s.get(ResultCode, "wrong_no").label == "号码错误（停用）"


# ----------------------------------------------------------------------------------------- timeline
def test_customer_timeline_covers_all_loans_newest_first_and_filters(world, clock, case_id):
    with world.db.session_factory() as s:
        customer_id = s.get(Case, case_id).customer_id
    second = make_case(world.db, world.branch_id, customer_id=customer_id, total="800.00")
    vid = make_visit(world.db, case_id, local(DAY, 9), [world.collector.user_id, world.collector2.user_id],
                     status="notified", notice_at=local(DAY - timedelta(days=2)))
    o = svc(world, clock)
    o.record(inp(case_id, visit_id=vid, result_code="ptp", attitude="cooperative", promise_amount=D("500.00"),
                 promise_due=DAY + timedelta(days=3), notes="失业三个月，已找到新工作", new_address="北京市海淀区中关村大街1号"))
    clock.set_day(DAY + timedelta(days=1))
    PaymentService(world.db, world.collector, clock).record_payment(second, amount=D("100.00"), paid_on=DAY,
                                                                    txn_no="TL-1")
    CaseService(world.db, world.collector, clock).add_note(second, "客户来电询问第二笔贷款")
    o.record_complaint(second, None, None, "客户投诉短信太多")
    tl = TimelineService(world.db, world.collector, clock)
    entries = tl.for_case(second)
    kinds = {e.kind for e in entries}
    assert {"import", "visit", "notice", "outcome", "promise", "payment", "note", "complaint", "contact"} <= kinds
    assert kinds <= set(TIMELINE_KINDS)
    assert [e.sort_at for e in entries] == sorted((e.sort_at for e in entries), reverse=True)
    assert {e.contract_no for e in entries if e.contract_no} == {case_row(world.db, case_id).contract_no,
                                                                  case_row(world.db, second).contract_no}
    outcome = next(e for e in entries if e.kind == "outcome")
    assert outcome.title == "外访结果：承诺还款" and "态度配合" in outcome.detail and "失业三个月" in outcome.detail
    assert "未全程录音" in outcome.detail  # the conduct checklist was left empty
    only = tl.for_case(case_id, {"payment", "promise"})
    assert {e.kind for e in only} == {"payment", "promise"} and len(only) == 2
    with pytest.raises(ValidationError):
        tl.for_case(case_id, {"nonsense"})
    with pytest.raises(PermissionDenied):
        TimelineService(world.db, world.other_collector, clock).for_case(case_id)


def test_timeline_shows_import_figure_changes_and_reveals(world, clock, case_id):
    from desktop.models import ImportBatch, LoanSnapshot
    from desktop.services.cases import CaseDetailService

    with world.db.session_factory.begin() as s:
        case = s.get(Case, case_id)
        b = ImportBatch(kind="overdue", file_name="d2.xlsx", sha256="0" * 64, data_date=DAY, user_id=None,
                        started_at=local(DAY, 8))
        s.add(b)
        s.flush()
        s.add(LoanSnapshot(loan_id=case.loan_id, import_batch_id=b.id, data_date=DAY, dpd_before=20, dpd_after=21,
                           total_before=D("4000.00"), total_after=D("4012.50")))
    CaseDetailService(world.db, world.supervisor, clock).reveal(case_id, "mobile", "电话联系客户")
    entries = TimelineService(world.db, world.collector, clock).for_case(case_id, {"import", "reveal"})
    imp = next(e for e in entries if e.key == "import.update")
    assert "逾期天数 20 → 21" in imp.detail and "¥4,000.00 → ¥4,012.50" in imp.detail and "2025-03-12" in imp.detail
    rev = next(e for e in entries if e.kind == "reveal")
    assert rev.who == "sup" and "电话联系客户" in rev.detail


def test_a_complaint_calls_off_the_customers_booked_visits(world, clock, case_id):
    """Visits already planned or notified for any of the customer's cases are cancelled with the reason; past
    and other customers' visits are left alone; every cancellation is audited."""
    team = [world.collector.user_id, world.collector2.user_id]
    with world.db.session_factory() as s:
        customer = s.get(Case, case_id).customer_id
    second = make_case(world.db, world.branch_id, customer_id=customer)  # the same customer's other loan
    other = make_case(world.db, world.branch_id)
    ahead = make_visit(world.db, case_id, local(DAY + timedelta(days=2), 10), team)
    notified = make_visit(world.db, second, local(DAY + timedelta(days=3), 10), team,
                          notice_at=local(DAY, 8))
    past = make_visit(world.db, case_id, local(DAY - timedelta(days=2), 10), team)
    elsewhere = make_visit(world.db, other, local(DAY + timedelta(days=2), 14), team)
    svc(world, clock).record_complaint(case_id, None, None, "客户投诉上门太频繁。")
    with world.db.session_factory() as s:
        status = {v.id: (v.status, v.cancel_reason) for v in s.scalars(select(Visit))}
        assert status[ahead][0] == status[notified][0] == "cancelled"
        assert "客户投诉处理中" in status[ahead][1]
        assert status[past][0] == "planned" and status[elsewhere][0] == "planned"
        audited = set(s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "visit.cancelled")))
        assert audited == {ahead, notified}
        detail = s.scalar(select(AuditEvent.detail).where(AuditEvent.action == "complaint.open"))
        assert detail == "登记投诉：客户投诉上门太频繁。取消已安排的外访 2 次"  # not "。；"
