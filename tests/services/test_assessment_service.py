"""Assessment service: data factors at their boundaries, preview/assess, overrides, versions, bulk, CLI.

Runs on SQLite and, with VISITDESK_TEST_PG, PostgreSQL (the ``world`` fixture).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import (
    Assessment,
    AuditEvent,
    Case,
    Complaint,
    Outcome,
    Payment,
    PromiseToPay,
    ScorecardVersion,
)
from desktop.services import assessment as assessment_mod
from desktop.services.assessment import (
    AssessmentService,
    months_between,
    read_factors,
    rescore,
)
from desktop.services.demo import seed_demo
from desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.scorecard import DEFAULT_SCORECARD_DICT, score_case
from tests.services.followup_data import MovableClock, local, make_case

D = Decimal
TODAY = date(2025, 6, 16)  # a Monday


@pytest.fixture
def clock():
    return MovableClock(TODAY)


def svc(world, who="collector", clock=None) -> AssessmentService:
    return AssessmentService(world.db, getattr(world, who), clock or MovableClock(TODAY))


def edit(db, case_id, **changes):
    """Change the case's loan / customer / case columns directly (test set-up)."""
    with db.session_factory.begin() as s:
        case = s.get(Case, case_id)
        for k, v in changes.items():
            for obj in (case.loan, case.customer, case):
                if hasattr(obj, k):
                    setattr(obj, k, v)
                    break
            else:
                raise AttributeError(k)


def outcome(db, case_id, when: datetime, code: str, channel: str = "phone", **kw) -> None:
    with db.session_factory.begin() as s:
        met = "nobody" if code in ("not_home", "moved") else "borrower"
        s.add(Outcome(case_id=case_id, channel=channel, met=met, result_code=code, occurred_at=when, **kw))


def promise(db, case_id, due: date, status: str = "broken") -> None:
    with db.session_factory.begin() as s:
        s.add(PromiseToPay(case_id=case_id, amount=D("500.00"), due_date=due, status=status))


def factors(world, case_id):
    return svc(world).factors(case_id)


# --------------------------------------------------------------------------------------------------
# Data factors at their boundaries
# --------------------------------------------------------------------------------------------------
def test_months_between_whole_months_and_month_ends():
    assert months_between(None, TODAY) is None
    assert months_between(date(2025, 5, 16), TODAY) == 1
    assert months_between(date(2025, 5, 17), TODAY) == 0
    assert months_between(date(2025, 1, 31), date(2025, 2, 28)) == 1  # month end clamps
    assert months_between(date(2025, 1, 31), date(2025, 2, 27)) == 0
    assert months_between(date(2024, 6, 16), TODAY) == 12
    assert months_between(date(2025, 7, 1), TODAY) == 0  # a date after today counts as now


def test_months_since_last_payment_uses_the_newest_of_import_and_recorded_payments(world):
    cid = make_case(world.db, world.branch_id, dpd=40)
    assert factors(world, cid).months_since_last_payment is None  # never paid
    edit(world.db, cid, last_payment_date=date(2025, 3, 16))
    assert factors(world, cid).months_since_last_payment == 3
    with world.db.session_factory.begin() as s:
        loan_id = s.get(Case, cid).loan_id
        s.add(Payment(loan_id=loan_id, case_id=cid, amount=D("100.00"), paid_on=date(2025, 5, 16), txn_no="T-1"))
        s.add(Payment(loan_id=loan_id, case_id=cid, amount=D("100.00"), paid_on=TODAY + timedelta(days=3),
                      txn_no="T-future"))  # not yet: ignored
    f = factors(world, cid)
    assert f.last_payment_date == date(2025, 5, 16) and f.months_since_last_payment == 1


def test_broken_promises_count_the_last_90_days_only(world):
    cid = make_case(world.db, world.branch_id)
    promise(world.db, cid, TODAY - timedelta(days=90))  # counts
    promise(world.db, cid, TODAY - timedelta(days=91))  # too old
    promise(world.db, cid, TODAY - timedelta(days=10), status="kept")
    promise(world.db, cid, TODAY - timedelta(days=5), status="partly_kept")
    assert factors(world, cid).broken_promises_90d == 1
    promise(world.db, cid, TODAY)
    assert factors(world, cid).broken_promises_90d == 2


def test_failed_contacts_in_90_days_after_the_last_successful_contact(world):
    cid = make_case(world.db, world.branch_id)
    outcome(world.db, cid, local(TODAY - timedelta(days=91)), "not_home")  # outside the window
    outcome(world.db, cid, local(TODAY - timedelta(days=90)), "not_home")  # first day of the window
    outcome(world.db, cid, local(TODAY - timedelta(days=60)), "moved")
    f = factors(world, cid)
    assert f.failed_contacts == 2 and not f.contact_lost
    outcome(world.db, cid, local(TODAY - timedelta(days=30)), "ptp")  # reached: the count starts again
    outcome(world.db, cid, local(TODAY - timedelta(days=20)), "not_home")
    f = factors(world, cid)
    assert f.failed_contacts == 1 and not f.contact_lost


def test_contact_lost_from_the_core_reason_or_five_failed_contacts(world):
    cid = make_case(world.db, world.branch_id)
    edit(world.db, cid, reason_category="contact_lost", reason_text="联系不上本人")
    assert factors(world, cid).contact_lost
    outcome(world.db, cid, local(TODAY - timedelta(days=3)), "third_party")  # family reached: contacted
    assert not factors(world, cid).contact_lost
    other = make_case(world.db, world.branch_id)
    for k in range(4):
        outcome(world.db, other, local(TODAY - timedelta(days=10 + k)), "not_home")
    assert not factors(world, other).contact_lost
    outcome(world.db, other, local(TODAY - timedelta(days=1)), "not_home")
    f = factors(world, other)
    assert f.failed_contacts == 5 and f.contact_lost


def test_visitable_address(world):
    cid = make_case(world.db, world.branch_id)
    assert factors(world, cid).has_visitable_address
    edit(world.db, cid, home_address="  ", work_address=None)
    assert not factors(world, cid).has_visitable_address
    edit(world.db, cid, work_address="北京市海淀区中关村大街1号")
    assert factors(world, cid).has_visitable_address


def test_last_visit_outcome_is_the_newest_visit(world):
    cid = make_case(world.db, world.branch_id)
    assert factors(world, cid).last_visit_outcome == "none"
    outcome(world.db, cid, local(TODAY - timedelta(days=200)), "refused", channel="visit")  # any age
    assert factors(world, cid).last_visit_outcome == "refused"
    outcome(world.db, cid, local(TODAY - timedelta(days=20)), "moved", channel="visit")
    outcome(world.db, cid, local(TODAY - timedelta(days=2)), "ptp", channel="phone")  # a call is no visit
    assert factors(world, cid).last_visit_outcome == "moved"
    outcome(world.db, cid, local(TODAY - timedelta(days=1)), "hardship", channel="visit")
    assert factors(world, cid).last_visit_outcome == "contacted"


def test_flags_and_open_complaints_steer_the_recommendation(world):
    cid = make_case(world.db, world.branch_id, dpd=200)
    with world.db.session_factory() as s:
        cust = s.get(Case, cid).customer_id
    sibling = make_case(world.db, world.branch_id, customer_id=cust)
    with world.db.session_factory.begin() as s:
        s.add(Complaint(case_id=sibling, description="投诉外访人员"))
    p = svc(world).preview(cid, "refusing", "stable")
    assert p.factors.open_complaints == 1 and p.recommended_action == "hold" and p.rule_code == "hold_complaint"
    with world.db.session_factory.begin() as s:
        s.execute(Complaint.__table__.update().values(status="resolved"))
    assert svc(world).preview(cid, "refusing", "stable").recommended_action == "legal"
    edit(world.db, cid, do_not_visit="legal")
    p = svc(world).preview(cid, "refusing", "stable")
    assert p.rule_code == "hold_legal"
    edit(world.db, cid, do_not_visit="deceased")
    assert svc(world).preview(cid).rule_code == "hold_deceased"
    edit(world.db, cid, do_not_visit="hardship", dpd=100)
    p = svc(world).preview(cid, "refusing", "stable")
    assert p.recommended_action != "visit" and p.factors.inputs().do_not_visit


def test_suggested_judgements_come_from_the_latest_outcome(world):
    cid = make_case(world.db, world.branch_id)
    outcome(world.db, cid, local(TODAY - timedelta(days=9)), "ptp", willingness="evasive", ability="stable")
    outcome(world.db, cid, local(TODAY - timedelta(days=2)), "hardship", willingness="hesitant", ability="no_income")
    f = factors(world, cid)
    assert (f.suggested_willingness, f.suggested_ability) == ("hesitant", "no_income")


# --------------------------------------------------------------------------------------------------
# Preview and assess
# --------------------------------------------------------------------------------------------------
def test_preview_explains_and_saves_nothing(world):
    cid = make_case(world.db, world.branch_id, dpd=95, total="12000.00")
    p = svc(world).preview(cid, "evasive", "reduced", None)
    assert p.score == sum(b.points for b in p.breakdown) and len(p.breakdown) == 10
    assert p.max_points == 100 and p.scorecard_version == 1
    assert p.recommended_action == "visit" and p.reasons and "逾期 95 天" in p.reasons[0]
    assert {b.code: b.points for b in p.breakdown}["dpd"] == 20
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == 0
        assert s.get(Case, cid).version == 1 and s.get(Case, cid).risk_grade is None
    again = rescore(p, "cooperative", "no_income", None)  # the form's live update, no database
    assert again.recommended_action == "hardship" and again.factors == p.factors


def test_assess_saves_factors_version_and_moves_a_new_case_to_assessed(world):
    cid = make_case(world.db, world.branch_id, dpd=95, total="12000.00")
    saved = svc(world).assess(cid, "evasive", "reduced", None, None, None, expected_version=1)
    assert saved.chosen_action == saved.recommended_action == "visit" and not saved.overridden
    with world.db.session_factory() as s:
        a = s.get(Assessment, saved.id)
        case = s.get(Case, cid)
        assert a.scorecard_version == 1 and a.assessed_by_id == world.collector.user_id and not a.bulk
        assert a.factors["points"]["dpd"] == 20 and sum(a.factors["points"].values()) == a.score
        assert assessment_mod._inputs_from_json(a.factors["inputs"]).willingness == a.willingness == "evasive"
        assert a.factors["rule"] == "visit_m4_uncooperative"
        assert (case.status, case.risk_grade, case.risk_score, case.recommended_action) == (
            "assessed", a.grade, a.score, "visit")
        assert s.scalar(select(ScorecardVersion.version_no)) == 1  # version 1 stored on first use
        # the built-in card is nobody's work: not the collector's who happened to assess first
        assert s.scalar(select(ScorecardVersion.created_by_id)) is None
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.case_id == cid)))
    assert actions == ["assessment.create"]
    # assessing again keeps the status, takes the new figures
    again = svc(world).assess(cid, "cooperative", "stable", None, None, None, saved.case_version)
    assert again.case_status == "assessed" and again.score < saved.score
    with world.db.session_factory() as s:
        stored = s.get(Assessment, saved.id).factors["points"]
    assert {b.code: b.points for b in svc(world).explain(saved.id)} == stored


def test_other_statuses_are_kept_and_closed_cases_refused(world):
    visited = make_case(world.db, world.branch_id, status="visited")
    assert svc(world).assess(visited, None, None, None, None, None, None).case_status == "visited"
    closed = make_case(world.db, world.branch_id, status="closed")
    with pytest.raises(ValidationError, match="已结案"):
        svc(world).assess(closed, None, None, None, None, None, None)


def test_override_needs_a_reason_and_is_audited_and_listed(world):
    cid = make_case(world.db, world.branch_id, dpd=20)
    p = svc(world).preview(cid, "cooperative", "stable")
    assert p.recommended_action == "phone"
    for reason in (None, "", "   ", "太远了"):  # three characters are not enough
        with pytest.raises(ValidationError, match="改选理由"):
            svc(world).assess(cid, "cooperative", "stable", None, "visit", reason, 1)
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Assessment)) == 0
    saved = svc(world).assess(cid, "cooperative", "stable", None, "visit", " 客户要求当面谈 ", 1)
    assert saved.overridden and saved.chosen_action == "visit"
    with world.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "assessment.override")).one()
        assert ev.after["reason"] == "客户要求当面谈" and ev.before == {"recommended_action": "phone"}
        assert s.get(Case, cid).recommended_action == "visit"
    rows = svc(world, "supervisor").overrides()
    assert [(r.case_id, r.recommended_action, r.chosen_action, r.reason) for r in rows] == [
        (cid, "phone", "visit", "客户要求当面谈")]
    assert svc(world, "manager").overrides(branch_id=world.other_branch_id) == []
    with pytest.raises(PermissionDenied):
        svc(world, "collector").overrides()
    with pytest.raises(PermissionDenied, match="不在你的处理范围"):
        svc(world, "supervisor").overrides(branch_id=world.other_branch_id)
    # following the recommendation needs no reason, and a reason given is not kept
    other = make_case(world.db, world.branch_id, dpd=20)
    s2 = svc(world).assess(other, "cooperative", "stable", None, "phone", "随便写写", 1)
    with world.db.session_factory() as s:
        assert not s2.overridden and s.get(Assessment, s2.id).override_reason is None


def test_visit_cannot_be_chosen_for_do_not_visit_or_without_address(world):
    cid = make_case(world.db, world.branch_id)
    edit(world.db, cid, do_not_visit="complaint")
    with pytest.raises(ValidationError, match="禁止上门"):
        svc(world).assess(cid, None, None, None, "visit", "客户要求上门", None)
    other = make_case(world.db, world.branch_id, address="")
    with pytest.raises(ValidationError, match="没有可上门的地址"):
        svc(world).assess(other, None, None, None, "visit", "客户要求上门", None)


def test_stale_version_is_a_conflict(world):
    cid = make_case(world.db, world.branch_id)
    svc(world, "collector2").assess(cid, None, None, None, None, None, 1)
    with pytest.raises(ConflictError, match="刘洋|c2"):
        svc(world).assess(cid, None, None, None, None, None, 1)


def test_judgements_and_scope_are_checked(world):
    cid = make_case(world.db, world.branch_id)
    with pytest.raises(ValidationError, match="还款意愿"):
        svc(world).preview(cid, "angry", "stable")
    with pytest.raises(ValidationError, match="措施"):
        svc(world).assess(cid, None, None, None, "pray", "理由写够四个字", None)
    with pytest.raises(PermissionDenied, match="其他营业部"):
        svc(world, "other_collector").preview(cid)
    with pytest.raises(PermissionDenied):
        svc(world, "admin").preview(cid)
    with pytest.raises(NotFound):
        svc(world).preview(999999)


def test_hardship_reason_recommends_a_hardship_plan(world):
    cid = make_case(world.db, world.branch_id, dpd=70)
    p = svc(world).preview(cid, "hesitant", "stable", "  失业三个月，正在找工作 ")
    assert p.recommended_action == "hardship" and "失业三个月" in p.reasons[0]
    saved = svc(world).assess(cid, "hesitant", "stable", "失业三个月，正在找工作", None, None, None)
    with world.db.session_factory() as s:
        assert s.get(Assessment, saved.id).hardship_reason == "失业三个月，正在找工作"


# --------------------------------------------------------------------------------------------------
# Scorecard versions
# --------------------------------------------------------------------------------------------------
def test_scorecard_update_is_admin_only_validated_versioned_and_audited(world):
    info = svc(world, "admin").scorecard()
    assert info.version_no == 1 and not info.stored
    data = json.loads(json.dumps(info.config))
    data["factors"][0]["bands"][1]["points"] = 9  # dpd 1–30 → 9 points
    with pytest.raises(PermissionDenied):
        svc(world, "manager").update_scorecard(data)
    with pytest.raises(ValidationError, match="JSON"):
        svc(world, "admin").update_scorecard("{not json")
    bad = json.loads(json.dumps(data))
    bad["grades"][0]["min_score"] = 5
    with pytest.raises(ValidationError, match="A 级"):
        svc(world, "admin").update_scorecard(bad)
    too_many = json.loads(json.dumps(DEFAULT_SCORECARD_DICT))
    too_many["factors"][0]["bands"][-1]["points"] = 40
    with pytest.raises(ValidationError, match="超过 100"):
        svc(world, "admin").update_scorecard(too_many)

    cid = make_case(world.db, world.branch_id, dpd=20)
    first = svc(world).assess(cid, "cooperative", "stable", None, None, None, None)  # stores version 1
    new = svc(world, "admin").update_scorecard(json.dumps(data), expected_version=1)
    assert new.version_no == 2
    with pytest.raises(ConflictError, match="版本 2"):  # a conflict (the GUI offers to reload), not bad input
        svc(world, "admin").update_scorecard(data, expected_version=1)
    second = svc(world).assess(cid, "cooperative", "stable", None, None, None, first.case_version)
    assert second.scorecard_version == 2 and second.score == first.score + 4
    assert [b.points for b in svc(world).explain(first.id)][0] == 5  # re-scored with version 1
    assert [b.points for b in svc(world).explain(second.id)][0] == 9
    assert [v.version_no for v in svc(world, "admin").scorecard_versions()] == [2, 1]
    # saving the card unchanged makes no new version
    with pytest.raises(ValidationError, match="没有改动，仍为版本 2") as e:
        svc(world, "admin").update_scorecard(svc(world, "admin").scorecard().config, expected_version=2)
    assert "no new version was saved" in e.value.text("en")
    # a wrong amount names the factor in words (it read "因素 overdue_total 的分段 的金额")
    money = json.loads(json.dumps(data))
    factor = next(f for f in money["factors"] if f["code"] == "overdue_total")
    factor["bands"][0]["upto"] = "abc"
    with pytest.raises(ValidationError, match="因素「逾期总额」（overdue_total）的分段上限 'abc' 不是有效的金额"):
        svc(world, "admin").update_scorecard(money, expected_version=2)
    assert [v.version_no for v in svc(world, "admin").scorecard_versions()] == [2, 1]
    with world.db.session_factory() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "scorecard")
                                 .order_by(AuditEvent.id)))
        assert actions == ["scorecard.init", "scorecard.update"]
        assert s.scalar(select(func.count()).select_from(ScorecardVersion).where(ScorecardVersion.active)) == 1


# --------------------------------------------------------------------------------------------------
# Bulk assessment
# --------------------------------------------------------------------------------------------------
@pytest.fixture
def demo(world):
    seed_demo(world.db, 420, seed=11, today=TODAY)
    with world.db.session_factory.begin() as s:  # a closed case and a case assessed by hand
        ids = list(s.scalars(select(Case.id).where(Case.branch_id == world.branch_id,
                                                   ~select(Assessment.id).where(Assessment.case_id == Case.id)
                                                   .exists()).order_by(Case.id)))
        s.get(Case, ids[0]).status = "closed"
    return world


def _unassessed(db, branch_id=None) -> set[int]:
    with db.session_factory() as s:
        q = select(Case.id).where(Case.status != "closed", ~select(Assessment.id).where(
            Assessment.case_id == Case.id).exists())
        if branch_id is not None:
            q = q.where(Case.branch_id == branch_id)
        return set(s.scalars(q))


def test_bulk_assesses_exactly_the_unassessed_open_cases_in_scope(demo):
    world = demo
    mine = _unassessed(world.db, world.branch_id)
    others = _unassessed(world.db) - mine
    assert mine and others
    with world.db.session_factory() as s:
        before = {a.id: (a.case_id, a.score) for a in s.scalars(select(Assessment))}
        status_before = dict(s.execute(select(Case.id, Case.status)).all())
        version_before = dict(s.execute(select(Case.id, Case.version)).all())
    seen = []
    res = svc(world, "supervisor").bulk_assess(None, lambda d, t: seen.append((d, t)))
    assert res.assessed == len(mine) and res.skipped == 0 and not res.cancelled
    assert sum(res.by_grade.values()) == sum(res.by_action.values()) == len(mine)
    # the first report may come before the cases are counted (total 0: the progress bar shows it is busy)
    assert seen[0] in {(0, 0), (0, len(mine))} and seen[-1] == (len(mine), len(mine))
    assert {t for _, t in seen[1:]} == {len(mine)}
    assert _unassessed(world.db, world.branch_id) == set() and _unassessed(world.db) == others
    with world.db.session_factory() as s:
        rows = s.scalars(select(Assessment).where(Assessment.bulk.is_(True))).all()
        assert {a.case_id for a in rows} == mine and len(rows) == len(mine)
        assert {(a.id, a.case_id, a.score) for a in s.scalars(select(Assessment).where(
            Assessment.id.in_(list(before))))} == {(k, *v) for k, v in before.items()}  # old ones untouched
        for a in rows:
            case = s.get(Case, a.case_id)
            assert (case.risk_grade, case.risk_score, case.recommended_action) == (
                a.grade, a.score, a.recommended_action)
            assert a.chosen_action == a.recommended_action and a.willingness is None
            assert a.scorecard_version == 1 and a.assessed_by_id == world.supervisor.user_id
            want = "assessed" if status_before[case.id] == "new" else status_before[case.id]
            assert case.status == want and case.version == version_before[case.id] + 1
        # the bulk path derives exactly the inputs the one-case path does
        facts = {f.case_id: f for f in read_factors(s, list(mine), TODAY)}
        for a in rows:
            stored = assessment_mod._inputs_from_json(a.factors["inputs"])
            assert stored == facts[a.case_id].inputs(), a.case_id
            q = score_case(stored)
            assert (q.score, q.grade, q.recommended_action) == (a.score, a.grade, a.recommended_action)
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "assessment.bulk")).all()
        assert len(events) == 1 and events[0].after["assessed"] == len(mine)
    assert len(svc(world, "supervisor").explain(rows[0].id)) == 10
    # nothing left: a second run assesses nothing
    assert svc(world, "supervisor").bulk_assess().assessed == 0


def test_bulk_inputs_equal_the_one_case_inputs_on_the_whole_demo(demo):
    """Every case, history included (visits, outcomes, promises, payments, complaints): the bulk loop and the
    one-case reader agree, and the stored result is the scorecard's for those inputs."""
    world = demo
    with world.db.session_factory() as s:
        ids = list(s.scalars(select(Case.id).where(Case.status != "closed")))
    res = svc(world, "manager").bulk_assess(ids)
    assert res.assessed == len(ids)
    with world.db.session_factory() as s:
        facts = {f.case_id: f for f in read_factors(s, ids, TODAY)}
        rows = s.scalars(select(Assessment).where(Assessment.bulk.is_(True))).all()
        assert len(rows) == len(ids)
        kinds = set()
        for a in rows:
            stored = assessment_mod._inputs_from_json(a.factors["inputs"])
            assert stored == facts[a.case_id].inputs(), a.case_id
            kinds |= {k for k in ("broken_promises_90d", "failed_contacts", "contact_lost", "complaint_under_review")
                      if getattr(stored, k)}
            kinds.add(stored.last_visit_outcome)
        assert {"broken_promises_90d", "failed_contacts", "complaint_under_review", "contacted"} <= kinds


def test_bulk_in_small_chunks_reads_every_case_once_with_the_one_case_inputs(demo, monkeypatch):
    """All unassessed cases in chunks of at most 25: on SQLite read a chunk ahead on a second connection,
    the chunks small at both ends (4, 8, 16, 25, …, 4). Every case is assessed once, with the inputs the
    one-case reader gives (flags for address, complaints, do-not-visit and lost contact included)."""
    world = demo
    monkeypatch.setattr(assessment_mod, "CHUNK", 25)
    monkeypatch.setattr(assessment_mod, "_END_CHUNK", 4)
    todo = _unassessed(world.db)
    seen = []
    res = svc(world, "manager").bulk_assess(None, lambda d, t: seen.append((d, t)))
    assert res.assessed == len(todo) > 80 and res.skipped == 0
    sizes = [b[0] - a[0] for a, b in zip(seen, seen[1:], strict=False)]
    assert sum(sizes) == len(todo) and max(sizes) <= 25
    if world.db.is_sqlite:
        assert sizes[:4] == [4, 8, 16, 25] and sizes[-1] == 4
    assert _unassessed(world.db) == set()
    with world.db.session_factory() as s:
        facts = {f.case_id: f for f in read_factors(s, sorted(todo), TODAY)}
        rows = s.scalars(select(Assessment).where(Assessment.bulk.is_(True))).all()
        assert sorted(a.case_id for a in rows) == sorted(todo)
        flags = set()
        for a in rows:
            stored = assessment_mod._inputs_from_json(a.factors["inputs"])
            assert stored == facts[a.case_id].inputs(), a.case_id
            flags |= {k for k in ("contact_lost", "complaint_under_review", "do_not_visit", "legal_proceedings")
                      if getattr(stored, k)}
            flags |= {"no_address"} if not stored.has_visitable_address else set()
        assert {"complaint_under_review", "do_not_visit"} <= flags


@pytest.mark.parametrize("where", ["writer", "reader"])
def test_bulk_failing_on_a_helper_thread_writes_nothing_and_leaves_no_thread(demo, monkeypatch, where):
    """An error while a chunk is written (or read ahead) on a helper thread comes out of bulk_assess; the
    transaction rolls back, the threads and the second connection are closed, and the next run works."""
    world = demo
    monkeypatch.setattr(assessment_mod, "CHUNK", 20)
    monkeypatch.setattr(assessment_mod, "_END_CHUNK", 5)
    before = _unassessed(world.db)
    calls = []
    cls, name = (assessment_mod._ChunkWriter, "_write") if where == "writer" else (
        assessment_mod._StagedReader, "_stage")
    real = getattr(cls, name)

    def failing(self, *a):  # the third call fails
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError(f"disk trouble in the {where}")
        return real(self, *a)

    monkeypatch.setattr(cls, name, failing)
    if world.db.is_sqlite or where == "writer":
        with pytest.raises(RuntimeError, match="disk trouble"):
            svc(world, "manager").bulk_assess()
        assert _unassessed(world.db) == before
        with world.db.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(Assessment).where(Assessment.bulk.is_(True))) == 0
    monkeypatch.setattr(cls, name, real)
    assert svc(world, "manager").bulk_assess().assessed == len(before)
    assert _unassessed(world.db) == set()


def test_bulk_stores_its_times_as_every_other_write_does(demo):
    """The bulk statements run on the driver directly: their times must compare equal to the ORM's."""
    world = demo
    clock = MovableClock(TODAY)
    now = clock.now()
    res = AssessmentService(world.db, world.manager, clock).bulk_assess()
    assert res.assessed > 0
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Assessment).where(
            Assessment.assessed_at == now, Assessment.bulk.is_(True))) == res.assessed
        assert s.scalar(select(func.count()).select_from(Case).where(Case.updated_at == now)) == res.assessed
        a = s.scalars(select(Assessment).where(Assessment.bulk.is_(True)).limit(1)).one()
        assert a.assessed_at == now and a.assessed_at.tzinfo is not None


def test_bulk_with_ids_reassesses_them_and_skips_closed_and_foreign(demo):
    world = demo
    with world.db.session_factory() as s:
        own = list(s.scalars(select(Case.id).where(Case.branch_id == world.branch_id).order_by(Case.id)))
        foreign = s.scalar(select(Case.id).where(Case.branch_id != world.branch_id))
        closed = s.scalar(select(Case.id).where(Case.status == "closed"))
    pick = own[:5] + [foreign, closed, 99999]
    res = svc(world, "collector").bulk_assess(pick)
    live = [c for c in own[:5] if c != closed]
    assert res.assessed == len(live) and res.skipped == len(set(pick)) - len(live)
    with world.db.session_factory() as s:
        assert set(s.scalars(select(Assessment.case_id).where(Assessment.bulk.is_(True)))) == set(live)


def test_bulk_branch_filter_and_collector_scope(demo):
    world = demo
    with pytest.raises(PermissionDenied):
        svc(world, "collector").bulk_assess(branch_id=world.other_branch_id)
    hd = _unassessed(world.db, world.other_branch_id)
    res = svc(world, "manager").bulk_assess(branch_id=world.other_branch_id)
    assert res.assessed == len(hd) and _unassessed(world.db, world.other_branch_id) == set()
    assert _unassessed(world.db, world.branch_id)  # the other branch untouched
    assert svc(world, "manager").count_unassessed() == len(_unassessed(world.db))


def test_bulk_cancelled_writes_nothing(demo):
    world = demo
    before = _unassessed(world.db)
    res = svc(world, "manager").bulk_assess(None, cancelled=lambda: True)
    assert res.cancelled and res.assessed == 0 and "已取消" in res.lines()[0]
    assert _unassessed(world.db) == before
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "assessment.bulk")) == 0
    assert svc(world, "manager").bulk_assess().assessed == len(before)  # the temporary table is reusable


def test_bulk_skips_a_case_changed_meanwhile(demo, monkeypatch):
    world = demo
    todo = sorted(_unassessed(world.db, world.branch_id))
    victim = todo[1]
    real = assessment_mod._bulk_inputs

    def stale(rows, aux, today, months):
        # as if the case had been read before someone else saved it: the version read is an old one
        return [(cid, v - 1 if cid == victim else v, i, j) for cid, v, i, j in real(rows, aux, today, months)]

    monkeypatch.setattr(assessment_mod, "_bulk_inputs", stale)
    res = svc(world, "supervisor").bulk_assess()
    assert res.assessed == len(todo) - 1 and res.skipped == 1
    assert sum(res.by_grade.values()) == len(todo) - 1
    assert _unassessed(world.db, world.branch_id) == {victim}


def test_bulk_needs_the_assess_permission(demo):
    with pytest.raises(PermissionDenied):
        svc(demo, "admin").bulk_assess()


# --------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------
def test_cli_assess_all_unassessed_and_by_id(tmp_path, monkeypatch, capsys):
    from desktop.cli import main

    monkeypatch.setenv("VISITDESK_DB", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    assert main(["init", "--admin-password", "admin123", "--demo", "40"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    capsys.readouterr()
    assert main(["--user", "manager", "assess", "--all-unassessed", "--branch", "BJ-HD"]) == 0
    out = capsys.readouterr().out
    assert "已评估" in out and "风险等级：A 级" in out and "建议措施" in out
    assert main(["--user", "manager", "assess", "--all-unassessed"]) == 0
    assert main(["--user", "sup1", "assess", "1", "2"]) == 0
    assert "已评估" in capsys.readouterr().out
    assert main(["--user", "manager", "assess"]) == 2
    assert main(["--user", "manager", "assess", "--all-unassessed", "3"]) == 2
    assert main(["--user", "manager", "assess", "--all-unassessed", "--branch", "不存在"]) == 1
    assert "不存在" in capsys.readouterr().err


@pytest.mark.parametrize("months", [None, 0, 7])
def test_bulk_json_is_the_json_of_the_inputs(months):
    from desktop.services.scorecard import ScoreInputs

    i = ScoreInputs(dpd=35, overdue_total=D("1234.50"), months_since_last_payment=months, broken_promises_90d=2,
                    failed_contacts=1, contact_lost=True, has_visitable_address=False, last_visit_outcome="moved",
                    complaint_under_review=True, legal_proceedings=False, deceased=False, do_not_visit=True)
    assert json.loads(assessment_mod._bulk_json(i)) == {"inputs": assessment_mod._inputs_json(i)}
    assert assessment_mod._inputs_from_json(json.loads(assessment_mod._bulk_json(i))["inputs"]) == i


def test_local_midnight_window_is_branch_time():
    # an outcome at 23:30 Beijing time on the first window day is inside the window
    start = assessment_mod._local_midnight_utc(TODAY)
    assert start == datetime.combine(TODAY, time(0), tzinfo=assessment_mod.BRANCH_TZ).astimezone(UTC)
    assert start.hour == 16
