"""VisitService: every compliance rule at its boundaries through the service, refusals audited, versions,
notices and route sheets (PDF text extracted), scope, policy, and a property test over random drafts."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.models import AuditEvent, Branch, Case, ContactPoint, Customer, User, Visit
from desktop.services.compliance import Policy
from desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.visits import VisitDraft, VisitRefused, VisitService, to_local, to_utc
from tests.services.followup_data import make_visit
from tests.services.visit_data import MovableClock, at, draft, make_case, set_flag

MON = dt.date(2025, 3, 10)  # an ordinary Monday
NOW = dt.date(2025, 3, 1)  # the clock: Saturday 10:00, well over 24 h before the visits


@pytest.fixture
def env(world):  # noqa: ANN001, ANN201
    class Env:
        pass

    e = Env()
    e.world = world
    e.clock = MovableClock(NOW)
    e.svc = VisitService(world.db, world.collector, e.clock)
    e.sup = VisitService(world.db, world.supervisor, e.clock)
    e.team = (world.collector.user_id, world.collector2.user_id)
    e.case = make_case(world.db, world.branch_id)
    return e


def rules(result) -> set[str]:  # noqa: ANN001
    return {v.rule_id for v in result.unresolved}


def refused_rules(env, d: VisitDraft) -> set[str]:  # noqa: ANN001
    with pytest.raises(VisitRefused) as e:
        env.svc.create(d)
    return set(e.value.rule_ids)


# ---------------------------------------------------------------------------------------------- time of day
@pytest.mark.parametrize(("hh", "mm", "expected"), [
    ((7, 59), 60, {"quiet_hours", "visiting_window"}),
    ((8, 0), 60, {"visiting_window"}),
    ((8, 59), 60, {"visiting_window"}),
    ((9, 0), 60, set()),
    ((19, 0), 59, set()),  # ends 19:59
    ((19, 0), 60, set()),  # ends 20:00 exactly
    ((19, 0), 61, {"visiting_window"}),  # ends 20:01
    ((19, 59), 1, set()),  # starts 19:59, ends 20:00
    ((20, 0), 60, {"visiting_window"}),
    ((21, 0), 59, {"visiting_window"}),  # ends 21:59
    ((21, 0), 60, {"visiting_window"}),  # ends 22:00 exactly: not quiet hours
    ((21, 59), 30, {"visiting_window", "quiet_hours"}),  # runs past 22:00
    ((22, 0), 30, {"visiting_window", "quiet_hours"}),
])
def test_time_of_day_boundaries(env, hh, mm, expected):  # noqa: ANN001
    h, m = hh
    r = env.svc.check(draft(env.case, at(MON, h, m), env.team, minutes=mm))
    assert rules(r) == expected


def test_outside_window_needs_agreement_approval_and_reason_and_is_audited(env):  # noqa: ANN001
    w = env.world
    base = draft(env.case, at(MON, 8, 0), env.team)
    assert refused_rules(env, base) == {"visiting_window"}
    agreed = VisitDraft(**{**base.__dict__, "customer_agreed_outside_window": True})
    assert refused_rules(env, agreed) == {"visiting_window"}  # no approval
    by_collector = VisitDraft(**{**agreed.__dict__, "approved_by_id": w.collector2.user_id, "override_reason": "早班"})
    with pytest.raises(VisitRefused) as e:
        env.svc.create(by_collector)
    assert "不是本营业部在岗主管或经理" in str(e.value)
    approved = VisitDraft(**{**agreed.__dict__, "approved_by_id": w.supervisor.user_id})
    with pytest.raises(VisitRefused, match="须填写原因"):
        env.svc.create(approved)  # reason missing
    ok = VisitDraft(**{**approved.__dict__, "override_reason": "客户只有上班前在家"})
    r = env.svc.check(ok)
    assert r.ok and r.get("visiting_window").overridden
    vid = env.svc.create(ok)
    info = env.svc.get(vid)
    assert info.approved_by_id == w.supervisor.user_id and info.override_reason == "客户只有上班前在家"
    with w.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "visit.override")).one()
        assert ev.entity_id == vid and ev.after["rule"] == "visiting_window" and ev.after["reason"]
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "visit.refused")).all()
        assert len(refused) == 4 and all(x.after["rules"] == ["visiting_window"] for x in refused)


def test_quiet_hours_cannot_be_overridden(env):  # noqa: ANN001
    d = draft(env.case, at(MON, 7, 30), env.team, customer_agreed_outside_window=True,
              approved_by_id=env.world.supervisor.user_id, override_reason="客户要求")
    assert refused_rules(env, d) == {"quiet_hours"}


# ---------------------------------------------------------------------------------------------- notice
def test_notice_24h_boundary(env):  # noqa: ANN001
    env.clock.set_day(MON, dt.time(12, 0))
    start = at(MON + dt.timedelta(days=1), 10)
    short = draft(env.case, start, env.team, notice_at=start - dt.timedelta(hours=23, minutes=59),
                  notice_channel="sms")
    assert refused_rules(env, short) == {"advance_notice"}
    exact = draft(env.case, start, env.team, notice_at=start - dt.timedelta(hours=24), notice_channel="sms")
    vid = env.svc.create(exact)
    assert env.svc.get(vid).status == "notified"


def test_no_notice_allowed_while_there_is_time_then_too_late(env):  # noqa: ANN001
    start = at(MON, 10)
    env.clock.set_day(MON - dt.timedelta(days=1), dt.time(10, 0))  # exactly 24 h before
    r = env.svc.check(draft(env.case, start, env.team))
    assert r.ok and {w.code for w in r.warnings} == {"notice_pending"}
    env.clock.set_day(MON - dt.timedelta(days=1), dt.time(10, 1))
    assert rules(env.svc.check(draft(env.case, start, env.team))) == {"advance_notice"}


def test_record_notice_and_status(env):  # noqa: ANN001
    start = at(MON, 10)
    vid = env.svc.create(draft(env.case, start, env.team))
    v = env.svc.get(vid)
    assert v.status == "planned"
    with pytest.raises(ValidationError, match="将来"):
        env.svc.record_notice(vid, v.version, at(NOW, 18), "sms")
    env.clock.set_day(MON - dt.timedelta(days=1), dt.time(10, 30))
    with pytest.raises(VisitRefused) as e:
        env.svc.record_notice(vid, v.version, at(MON - dt.timedelta(days=1), 10, 1), "phone")
    assert e.value.rule_ids == ["advance_notice"]
    env.svc.record_notice(vid, v.version, at(MON - dt.timedelta(days=1), 10, 0), "phone")
    v2 = env.svc.get(vid)
    assert v2.status == "notified" and v2.notice_channel == "phone" and v2.version == v.version + 1
    with pytest.raises(ConflictError):
        env.svc.record_notice(vid, v.version, at(MON - dt.timedelta(days=1), 9), "sms")
    # done only after the start
    with pytest.raises(ValidationError, match="尚未到时间"):
        env.svc.set_status(vid, v2.version, "done")
    env.clock.set_day(MON, dt.time(11, 30))
    env.svc.set_status(vid, v2.version, "done")
    assert env.svc.get(vid).status == "done"
    with pytest.raises(ValidationError, match="不能再改状态"):
        env.svc.set_status(vid, v2.version + 1, "cancelled", "客户已还款")


def test_done_requires_notice_and_cancel_requires_reason(env):  # noqa: ANN001
    vid = env.svc.create(draft(env.case, at(MON, 10), env.team))
    version = env.svc.get(vid).version
    env.clock.set_day(MON, dt.time(12, 0))
    with pytest.raises(VisitRefused, match="不能标记为已完成") as e:
        env.svc.set_status(vid, version, "done")
    assert e.value.rule_ids == ["advance_notice"]
    with pytest.raises(ValidationError, match="原因"):
        env.svc.set_status(vid, version, "cancelled")
    env.svc.set_status(vid, version, "cancelled", "客户已全额还款")
    info = env.svc.get(vid)
    assert info.status == "cancelled" and info.cancel_reason == "客户已全额还款"


# ---------------------------------------------------------------------------------------------- days
@pytest.mark.parametrize(("day", "expected"), [
    ("2025-10-01", {"holiday"}),  # National Day
    ("2025-09-28", set()),  # Sunday, make-up working day
    ("2025-10-11", set()),  # Saturday, make-up working day
    ("2025-03-15", {"weekend"}),  # ordinary Saturday
    ("2025-03-16", {"weekend"}),  # ordinary Sunday
    ("2025-03-14", set()),  # Friday
])
def test_holiday_makeup_day_weekend(env, day, expected):  # noqa: ANN001
    assert rules(env.svc.check(draft(env.case, at(day, 10), env.team))) == expected


def test_weekend_with_agreement_and_reason(env):  # noqa: ANN001
    d = draft(env.case, at("2025-03-15", 10), env.team, customer_agreed_weekend=True)
    assert refused_rules(env, d) == {"weekend"}  # reason missing
    vid = env.svc.create(VisitDraft(**{**d.__dict__, "override_reason": "客户工作日出差"}))
    assert env.svc.get(vid).customer_agreed_weekend


def test_holiday_cannot_be_overridden(env):  # noqa: ANN001
    d = draft(env.case, at("2025-10-01", 10), env.team, customer_agreed_weekend=True,
              customer_agreed_outside_window=True, approved_by_id=env.world.supervisor.user_id,
              override_reason="客户要求")
    assert refused_rules(env, d) == {"holiday"}


def test_uncovered_year_warns(env):  # noqa: ANN001
    env.clock.set_day(dt.date(2026, 12, 20))
    r = env.svc.check(draft(env.case, at("2027-01-05", 10), env.team))
    assert "calendar_not_entered" in {w.code for w in r.warnings}


# ---------------------------------------------------------------------------------------------- frequency
def test_seven_day_window(env):  # noqa: ANN001
    d0 = at(MON, 10)
    make_visit(env.world.db, env.case, to_utc(d0), list(env.team))
    assert rules(env.svc.check(draft(env.case, d0 + dt.timedelta(days=7, minutes=-30), env.team))) == {
        "case_frequency_7d"}
    assert rules(env.svc.check(draft(env.case, d0 + dt.timedelta(days=7), env.team))) == set()
    assert rules(env.svc.check(draft(env.case, d0 - dt.timedelta(days=7), env.team))) == set()
    assert rules(env.svc.check(draft(env.case, d0 - dt.timedelta(days=6), env.team))) == {"case_frequency_7d"}


def test_thirty_day_window(env):  # noqa: ANN001
    d0 = at("2025-03-03", 10)  # Monday
    for k in range(4):
        make_visit(env.world.db, env.case, to_utc(d0 + dt.timedelta(days=7 * k)), list(env.team))
    assert rules(env.svc.check(draft(env.case, d0 + dt.timedelta(days=28), env.team))) == {"case_frequency_30d"}
    assert rules(env.svc.check(draft(env.case, d0 + dt.timedelta(days=30), env.team))) == set()  # Wed 04-02
    assert rules(env.svc.check(draft(env.case, d0 + dt.timedelta(days=30, minutes=-30), env.team))) == {
        "case_frequency_30d"}


def test_cancelled_visits_do_not_count(env):  # noqa: ANN001
    make_visit(env.world.db, env.case, to_utc(at(MON, 10)), list(env.team), status="cancelled")
    assert rules(env.svc.check(draft(env.case, at(MON, 14), env.team))) == set()


# ---------------------------------------------------------------------------------------------- collectors
def test_double_booking_and_travel_buffer(env):  # noqa: ANN001
    other = make_case(env.world.db, env.world.branch_id, address="北京市海淀区学院路1号")
    env.svc.create(draft(other, at(MON, 10), env.team, address="北京市海淀区学院路1号"))
    assert rules(env.svc.check(draft(env.case, at(MON, 10, 30), env.team))) == {"collector_overlap"}
    with env.world.db.session_factory() as s:
        c = s.get(Case, other)
        named = f"{c.customer_name} {c.contract_no}"
    message = env.svc.check(draft(env.case, at(MON, 10, 30), env.team)).violations[0].message
    assert f"已有外访（{named}）" in message and "#" not in message  # names, not internal ids
    assert rules(env.svc.check(draft(env.case, at(MON, 11, 0), env.team))) == {"travel_buffer"}
    assert rules(env.svc.check(draft(env.case, at(MON, 11, 29), env.team))) == {"travel_buffer"}
    assert rules(env.svc.check(draft(env.case, at(MON, 11, 30), env.team))) == set()
    assert rules(env.svc.check(draft(env.case, at(MON, 9, 0), env.team, minutes=31))) == {"travel_buffer"}
    assert rules(env.svc.check(draft(env.case, at(MON, 9, 0), env.team, minutes=30))) == set()
    # the same address back to back is fine
    same = make_case(env.world.db, env.world.branch_id, address="北京市海淀区学院路1号")
    assert rules(env.svc.check(draft(same, at(MON, 11, 0), env.team, address="北京市 海淀区学院路1号"))) == set()


def test_daily_cap_of_eight(env):  # noqa: ANN001
    for k in range(8):
        c = make_case(env.world.db, env.world.branch_id)
        env.svc.create(draft(c, at(MON, 9 + k), env.team, minutes=30))
    assert rules(env.svc.check(draft(env.case, at(MON, 17, 30), env.team, minutes=30))) == {"collector_daily_cap"}
    assert rules(env.svc.check(draft(env.case, at(MON + dt.timedelta(days=1), 9), env.team))) == set()


def test_team_rules(env):  # noqa: ANN001
    w = env.world
    assert rules(env.svc.check(draft(env.case, at(MON, 10), (w.collector.user_id,)))) == {"team_size"}
    assert rules(env.svc.check(draft(env.case, at(MON, 10), (w.collector.user_id, w.other_collector.user_id)))) == {
        "team_branch"}
    v = env.svc.check(draft(env.case, at(MON, 10), (w.collector.user_id, w.other_collector.user_id))).violations[0]
    with w.db.session_factory() as s:
        home = s.get(Branch, s.get(Case, env.case).branch_id).name
        away = s.get(Branch, s.get(User, w.other_collector.user_id).branch_id).name
    assert v.message == f"催收员 {w.other_collector.name}（{away}）不属于案件所在的{home}" and "#" not in v.fix
    with w.db.session_factory.begin() as s:
        s.get(User, w.collector2.user_id).active = False
    assert rules(env.svc.check(draft(env.case, at(MON, 10), env.team))) == {"team_active"}


@pytest.mark.parametrize("flag", ["complaint", "legal", "deceased", "hardship"])
def test_do_not_visit(env, flag):  # noqa: ANN001
    set_flag(env.world.db, env.case, flag)
    r = env.svc.check(draft(env.case, at(MON, 10), env.team))
    assert rules(r) == {"do_not_visit"}
    assert "暂停外访" in r.get("do_not_visit").message


def test_no_address(env):  # noqa: ANN001
    assert rules(env.svc.check(draft(env.case, at(MON, 10), env.team, address="  "))) == {"no_address"}
    bare = make_case(env.world.db, env.world.branch_id, address=None)
    assert rules(env.svc.check(draft(bare, at(MON, 10), env.team, address="某处"))) == {"no_address"}


# ---------------------------------------------------------------------------------------------- writes
def test_refusal_is_audited_and_nothing_saved(env):  # noqa: ANN001
    set_flag(env.world.db, env.case, "legal")
    with pytest.raises(VisitRefused) as e:
        env.svc.create(draft(env.case, at(MON, 21, 30), (env.world.collector.user_id,)))
    assert set(e.value.rule_ids) == {"quiet_hours", "visiting_window", "team_size", "do_not_visit"}
    assert "违反合规规则" in str(e.value) and e.value.exit_code == 7
    with env.world.db.session_factory() as s:
        assert s.scalar(select(Visit.id)) is None
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "visit.refused")).one()
        assert set(ev.after["rules"]) == set(e.value.rule_ids) and ev.case_id == env.case
        assert ev.user_login == "c1"


def test_create_update_reschedule_and_versions(env):  # noqa: ANN001
    vid = env.svc.create(draft(env.case, at(MON, 10), env.team, purpose="协商还款"))
    v = env.svc.get(vid)
    assert (v.start, v.end, v.member_ids, v.purpose) == (at(MON, 10), at(MON, 11), tuple(sorted(env.team)), "协商还款")
    assert v.member_names and v.contract_no.startswith("FU-") and v.branch_id == env.world.branch_id
    with env.world.db.session_factory() as s:
        row = s.get(Visit, vid)
        assert row.start_at == to_utc(at(MON, 10)) and row.start_at.hour == 2  # stored in UTC
        assert s.get(Case, env.case).status == "scheduled"
    env.svc.reschedule(vid, v.version, at(MON, 14), at(MON, 15))
    v2 = env.svc.get(vid)
    assert v2.start == at(MON, 14) and v2.version == v.version + 1
    with pytest.raises(ConflictError, match="该外访已被"):
        env.svc.reschedule(vid, v.version, at(MON, 15), at(MON, 16))
    with pytest.raises(VisitRefused):
        env.svc.reschedule(vid, v2.version, at(MON, 21), at(MON, 22, 30))
    assert env.svc.get(vid).start == at(MON, 14)
    sup = env.world.supervisor.user_id
    env.svc.update(vid, v2.version, VisitDraft(**{**v2.draft().__dict__, "member_ids": (env.team[0], sup)}))
    v3 = env.svc.get(vid)
    assert set(v3.member_ids) == {env.team[0], sup}
    with env.world.db.session_factory() as s:
        actions = [a for (a,) in s.execute(select(AuditEvent.action).where(AuditEvent.entity_id == vid,
                                                                            AuditEvent.entity == "visit"))]
        assert actions.count("visit.create") == 1 and "visit.reschedule" in actions and "visit.update" in actions


def test_reschedule_does_not_conflict_with_itself(env):  # noqa: ANN001
    vid = env.svc.create(draft(env.case, at(MON, 10), env.team))
    env.svc.reschedule(vid, env.svc.get(vid).version, at(MON, 10, 30), at(MON, 11, 30))


def test_new_address_is_kept_in_history(env):  # noqa: ANN001
    env.svc.create(draft(env.case, at(MON, 10), env.team, address="北京市通州区新华大街5号", address_kind="other"))
    with env.world.db.session_factory() as s:
        cps = s.scalars(select(ContactPoint)).all()
        assert [(c.kind, c.value, c.source) for c in cps] == [("other", "北京市通州区新华大街5号", "visit")]
    choices = env.svc.case_addresses(env.case)
    assert [c.kind for c in choices] == ["home", "other"] and choices[1].address == "北京市通州区新华大街5号"


def test_closed_case_and_validation(env):  # noqa: ANN001
    with pytest.raises(ValidationError, match="通知方式"):
        env.svc.create(draft(env.case, at(MON, 10), env.team, notice_at=at(NOW, 9)))
    with pytest.raises(ValidationError, match="地址类型"):
        env.svc.create(draft(env.case, at(MON, 10), env.team, address_kind="office"))
    with env.world.db.session_factory.begin() as s:
        s.get(Case, env.case).status = "closed"
    with pytest.raises(ValidationError, match="已结案"):
        env.svc.create(draft(env.case, at(MON, 10), env.team))


# ---------------------------------------------------------------------------------------------- reads & scope
def test_list_range_scope_and_filters(env):  # noqa: ANN001
    w = env.world
    vid = env.svc.create(draft(env.case, at(MON, 10), env.team))
    other_case = make_case(w.db, w.other_branch_id)
    other_team = (w.other_collector.user_id,)
    make_visit(w.db, other_case, to_utc(at(MON, 10)), list(other_team))
    rows = env.svc.list_range(MON, MON)
    assert [r.id for r in rows] == [vid]
    r = rows[0]
    assert r.district == "朝阳区" and r.start == at(MON, 10) and set(r.member_ids) == set(env.team)
    assert len(r.member_names) == 2 and r.notice_at is None and r.status == "planned"
    assert env.svc.list_range(MON + dt.timedelta(days=1), MON + dt.timedelta(days=7)) == []
    assert env.svc.list_range(MON, MON, collector_id=w.supervisor.user_id) == []
    assert env.svc.list_range(MON, MON, statuses=["cancelled"]) == []
    with pytest.raises(PermissionDenied):
        env.svc.list_range(MON, MON, branch_id=w.other_branch_id)
    mgr = VisitService(w.db, w.manager, env.clock)
    assert len(mgr.list_range(MON, MON)) == 2
    with pytest.raises(PermissionDenied):
        env.svc.get(mgr.list_range(MON, MON, branch_id=w.other_branch_id)[0].id)
    with pytest.raises(NotFound):
        env.svc.get(999999)


def test_collectors_and_approvers(env):  # noqa: ANN001
    w = env.world
    names = [c.name for c in env.svc.collectors()]
    assert sorted(names) == sorted(["王芳", "刘洋"])
    # the branch supervisor first (the visit dialog's default approver), then the manager
    assert [c.id for c in env.svc.approvers()] == [w.supervisor.user_id, w.manager.user_id]
    with pytest.raises(PermissionDenied):
        env.svc.collectors(w.other_branch_id)


def test_suggest_gives_compliant_slots(env):  # noqa: ANN001
    far = "北京市海淀区学院路1号"
    env.svc.create(draft(make_case(env.world.db, env.world.branch_id, address=far), at("2025-03-03", 9), env.team,
                         address=far))
    env.clock.set_day(dt.date(2025, 3, 2), dt.time(8, 0))
    slots = env.svc.suggest(env.case, env.team, days=14, duration_min=60, limit=10)
    assert len(slots) == 10
    assert slots[0][0] >= at("2025-03-03", 10, 30)  # after the notice time and outside the booked slot+buffer
    for a, b in slots:
        r = env.svc.check(VisitDraft(env.case, a, b, env.team, "北京市朝阳区建国路88号", notice_at=at("2025-03-02", 8),
                                     notice_channel="sms"))
        assert not r.violations
    assert env.svc.suggest(env.case, env.team[:1]) == []


# ---------------------------------------------------------------------------------------------- policy
def test_policy_defaults_save_and_branch_window(env):  # noqa: ANN001
    w = env.world
    assert env.svc.policy() == Policy()
    admin = VisitService(w.db, w.admin, env.clock)
    with pytest.raises(PermissionDenied):
        env.sup.save_policy(Policy(max_per_collector_day=6))
    v1 = admin.save_policy(Policy(max_per_collector_day=6))
    assert env.svc.policy().max_per_collector_day == 6 and v1 == 1
    with pytest.raises(ConflictError):
        admin.save_policy(Policy(max_per_collector_day=5), expected_version=0)
    admin.save_policy(Policy(max_per_collector_day=6, window_start=dt.time(8, 30)), branch_id=w.branch_id)
    assert env.svc.policy(w.branch_id).window_start == dt.time(8, 30)
    assert env.svc.policy(w.other_branch_id).window_start == dt.time(9, 0)
    assert rules(env.svc.check(draft(env.case, at(MON, 8, 30), env.team))) == set()
    with pytest.raises(ValidationError, match="全公司"):
        admin.save_policy(Policy(max_per_collector_day=3), branch_id=w.branch_id)
    with pytest.raises(ValidationError, match="禁止上门"):
        admin.save_policy(Policy(window_start=dt.time(7, 0)))
    with pytest.raises(ValidationError, match="7 天的上限不能高于 30 天的上限") as e:  # 7 in 7 days, 2 in 30 days
        admin.save_policy(Policy(max_per_collector_day=6, max_per_case_7d=7, max_per_case_30d=2))
    assert "cannot be above the 30-day limit" in e.value.text("en")
    assert env.svc.policy().max_per_case_7d == Policy().max_per_case_7d  # nothing saved
    info = env.svc.policy_info()
    assert info.version == 1 and info.updated_by == "系统管理员" or info.updated_by


# ---------------------------------------------------------------------------------------------- documents
def _text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def test_notices_pdf(env, tmp_path):  # noqa: ANN001
    w = env.world
    c2 = make_case(w.db, w.branch_id, address="北京市朝阳区望京街10号")
    v1 = env.svc.create(draft(env.case, at(MON, 10), env.team))
    v2 = env.svc.create(replace(draft(c2, at(MON, 14), env.team, address="北京市朝阳区望京街10号"), address_kind="work"))
    paths = env.svc.write_notices(MON, None, tmp_path)
    assert len(paths) == 3 and all(p.exists() for p in paths)
    text, pages = _text(paths[0])
    assert pages == 2
    with w.db.session_factory() as s:
        cust = s.get(Customer, s.get(Case, env.case).customer_id)
        full, masked = cust.id_number, cust.id_masked
    assert masked in text and full not in text
    assert "上门拜访通知书" in text and "王芳" in text and "E1001" in text and "10:00" in text
    assert "400-800-0001" in text and "0200 0000 0000 0000 888" in text
    single, n = _text(paths[1])
    assert n == 1 and f"{v1:06d}" in single and "前往您的住址" in single
    at_work = _text(next(p for p in paths[1:] if f"{v2:06d}" in p.name))[0]
    assert "前往您的工作单位" in at_work and "住址" not in at_work
    # one chosen visit: only its own notice, the day's combined file is not replaced by a part of it
    only = env.svc.write_notices(MON, None, tmp_path / "one", visit_ids=[v1])
    assert [p.name for p in only] == [paths[1].name] and _text(only[0])[1] == 1
    two = env.svc.write_notices(MON, None, tmp_path / "one", visit_ids=[v1, v2])
    assert two[0].name.endswith("_选定2份.pdf") and _text(two[0])[1] == 2 and len(two) == 3
    with w.db.session_factory() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "visit.notices")).all()
        assert len(ev) == 3 and ev[0].after["visits"] == sorted(ev[0].after["visits"])
    with pytest.raises(ValidationError, match="没有需要发通知书"):
        env.svc.write_notices(MON + dt.timedelta(days=1), None, tmp_path)


def test_route_sheets_pdf(env, tmp_path):  # noqa: ANN001
    w = env.world
    c2 = make_case(w.db, w.branch_id, address="北京市海淀区学院路1号")
    env.svc.create(draft(env.case, at(MON, 10), env.team))
    env.svc.create(draft(c2, at(MON, 14), env.team, address="北京市海淀区学院路1号"))
    env.svc.create(draft(make_case(w.db, w.branch_id), at(MON + dt.timedelta(days=7), 10), env.team))
    paths = env.svc.write_route_sheets(MON, None, tmp_path)
    assert len(paths) == 1
    text, _ = _text(paths[0])
    assert "外访路线单" in text and "朝阳区" in text and "海淀区" in text and "学院路1号" in text
    mine = env.svc.write_route_sheets(MON, w.collector.user_id, tmp_path / "c1")
    assert len(mine) == 1
    assert f"外访人员：{w.collector.name}（同行：{w.collector2.name}）" in _text(mine[0])[0]  # his partner too
    with pytest.raises(ValidationError, match="没有待执行的外访"):
        env.svc.write_route_sheets(MON, w.supervisor.user_id, tmp_path)
    with pytest.raises(PermissionDenied):
        env.svc.write_route_sheets(MON, w.other_collector.user_id, tmp_path)

    # a visit booked before its customer was flagged do-not-visit (data from before complaints cancelled
    # visits): not a stop, but listed apart so that nobody goes
    with w.db.session_factory.begin() as s:
        case2 = s.get(Case, c2)
        s.get(Customer, case2.customer_id).do_not_visit = "complaint"
        contract2, name2 = case2.contract_no, case2.customer_name
    held = env.svc.write_route_sheets(MON, None, tmp_path / "held")
    text, _ = _text(held[0])
    assert "暂停外访" in text and "不要前往" in text
    assert f"14:00 {name2}（{contract2}）：投诉处理中，此次外访暂停" in text.replace("\n", "")
    assert "共 1 户" in text and "学院路1号" not in text


def test_time_conversion_roundtrip():
    local = at(MON, 10)
    assert to_local(to_utc(local)) == local
    assert to_utc(local).tzinfo is not None and to_utc(local).hour == 2


# ---------------------------------------------------------------------------------------------- property
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_DAYS = [dt.date(2025, 3, 21) + dt.timedelta(days=k) for k in range(0, 45)] + [
    dt.date(2025, 5, 1), dt.date(2025, 4, 27), dt.date(2025, 4, 4)]
_ADDRESSES = ["北京市朝阳区建国路88号", "北京市海淀区学院路1号", "北京市通州区新华大街5号"]


@st.composite
def _drafts(draw):  # noqa: ANN001, ANN202
    day = draw(st.sampled_from(_DAYS))
    hour = draw(st.sampled_from([6, 8, 9, 10, 11, 13, 14, 15, 16, 19, 21, 22]))
    start = dt.datetime.combine(day, dt.time(hour, draw(st.sampled_from([0, 15, 30, 59]))))
    return {
        "case": draw(st.integers(0, 5)),
        "start": start,
        "minutes": draw(st.sampled_from([1, 29, 30, 60, 60, 90, 600])),
        "team": draw(st.sampled_from([("c1", "c2"), ("c1", "sup"), ("c2", "sup"), ("c1", "c2", "sup"), ("c1", "c2"),
                                      ("c1",), ("c1", "c9"), ()])),
        "address": draw(st.sampled_from(_ADDRESSES)),
        "notice_hours_ago": draw(st.sampled_from([None, None, 0, 1, 48])),
        "agree_window": draw(st.booleans()),
        "agree_weekend": draw(st.booleans()),
        "approver": draw(st.sampled_from([None, "sup", "c2"])),
        "reason": draw(st.sampled_from(["", "客户要求"])),
    }


def test_property_everything_saved_satisfies_the_hard_rules(sqlite_world):  # noqa: ANN001
    w = sqlite_world
    clock = MovableClock(dt.date(2025, 3, 20), dt.time(9, 0))
    svc = VisitService(w.db, w.supervisor, clock)
    ids = {"c1": w.collector.user_id, "c2": w.collector2.user_id, "sup": w.supervisor.user_id,
           "c9": w.other_collector.user_id}
    cases = [make_case(w.db, w.branch_id, address=_ADDRESSES[k % 3]) for k in range(6)]
    set_flag(w.db, cases[5], "hardship")
    saved: list[int] = []
    now_local = at(dt.date(2025, 3, 20), 9)

    @settings(max_examples=int(os.environ.get("VD_PROP_N", "80")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_drafts())
    def run(g):  # noqa: ANN001, ANN202
        notice = None if g["notice_hours_ago"] is None else now_local - dt.timedelta(hours=g["notice_hours_ago"])
        d = VisitDraft(cases[g["case"]], g["start"], g["start"] + dt.timedelta(minutes=g["minutes"]),
                       tuple(ids[t] for t in g["team"]), g["address"], "home", notice_at=notice,
                       notice_channel="sms" if notice else None, customer_agreed_outside_window=g["agree_window"],
                       customer_agreed_weekend=g["agree_weekend"],
                       approved_by_id=ids[g["approver"]] if g["approver"] else None, override_reason=g["reason"])
        try:
            saved.append(svc.create(d))
        except VisitRefused as e:
            assert e.result.unresolved
        for vid in saved:
            info = svc.get(vid)
            r = svc.check(info.draft(), visit_id=vid)
            assert r.ok, (vid, [v.message for v in r.unresolved])
            assert not [v for v in r.violations if v.severity == "hard"]
            if r.violations:
                assert info.override_reason
            if r.get("visiting_window"):
                assert info.approved_by_id == w.supervisor.user_id

    run()
    assert saved, "the generator should produce some compliant visits"
    with w.db.session_factory() as s:
        refused = s.scalar(select(AuditEvent.id).where(AuditEvent.action == "visit.refused").limit(1))
        assert refused is not None


def test_installment_plan_in_good_standing_blocks_visits_until_an_installment_is_missed(env):  # noqa: ANN001
    from decimal import Decimal

    from desktop.models import CollectionPlan, PlanInstallment

    with env.world.db.session_factory.begin() as s:
        plan = CollectionPlan(case_id=env.case, strategy="installment", status="active",
                              total_amount=Decimal("3000.00"), installment_count=3, frequency="monthly",
                              first_due=dt.date(2026, 11, 15))
        plan.installments = [PlanInstallment(no=k + 1, due_date=dt.date(2026, 11 + k, 15), amount=Decimal("1000.00"),
                                             status="paid" if k == 0 else "due") for k in range(2)]
        s.add(plan)
        s.flush()
        plan_id = plan.id
    r = env.svc.check(draft(env.case, at(MON, 10), env.team))
    assert rules(r) == {"do_not_visit"} and r.get("do_not_visit").params["reason"] == "hardship_plan"
    with env.world.db.session_factory.begin() as s:
        s.scalars(select(PlanInstallment).where(PlanInstallment.plan_id == plan_id, PlanInstallment.no == 2)).one() \
            .status = "missed"
    assert rules(env.svc.check(draft(env.case, at(MON, 10), env.team))) == set()


def test_a_visit_booked_before_a_plan_is_kept_gets_no_notice_and_is_withheld_from_the_route_sheet(env, tmp_path):  # noqa: ANN001
    """The plan makes the case 'do not visit' while it is kept: a visit booked before it must not be announced
    to the customer nor sent out on the route sheet."""
    from decimal import Decimal

    from desktop.models import CollectionPlan, PlanInstallment

    w = env.world
    other = make_case(w.db, w.branch_id, address="北京市海淀区学院路1号")
    kept = env.svc.create(draft(env.case, at(MON, 10), env.team))
    env.svc.create(draft(other, at(MON, 14), env.team, address="北京市海淀区学院路1号"))
    with w.db.session_factory.begin() as s:
        plan = CollectionPlan(case_id=env.case, strategy="installment", status="active",
                              total_amount=Decimal("3000.00"), installment_count=3, frequency="monthly",
                              first_due=dt.date(2026, 11, 15))
        plan.installments = [PlanInstallment(no=k + 1, due_date=dt.date(2026, 11 + k, 15), amount=Decimal("1000.00"),
                                             status="paid" if k == 0 else "due") for k in range(2)]
        s.add(plan)
        case = s.get(Case, env.case)
        name, contract = case.customer_name, case.contract_no
    text, _ = _text(env.svc.write_route_sheets(MON, None, tmp_path / "rs")[0])
    assert f"10:00 {name}（{contract}）：困难帮扶计划履约中，此次外访暂停" in text.replace("\n", "")
    assert "共 1 户" in text
    paths = env.svc.write_notices(MON, None, tmp_path / "nt")
    assert len(paths) == 2 and f"{kept:06d}" not in " ".join(p.name for p in paths)  # the other visit only
    with pytest.raises(ValidationError, match="都已暂停，不发通知书"):
        env.svc.write_notices(MON, None, tmp_path / "nt2", visit_ids=[kept])


def test_several_cases_are_scheduled_all_or_nothing(env):  # noqa: ANN001
    w = env.world
    others = [make_case(w.db, w.branch_id) for _ in range(2)]
    set_flag(w.db, others[1], "legal")  # the third visit breaks a rule
    drafts = [draft(c, at(MON, 9 + 2 * k), env.team) for k, c in enumerate([env.case, *others])]
    with pytest.raises(VisitRefused) as e:
        env.svc.create_many(drafts)
    assert e.value.rule_ids == ["do_not_visit"]
    with w.db.session_factory() as s:
        assert s.scalar(select(func.count(Visit.id))) == 0  # none of the three was kept
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "visit.refused")).all()
        assert [ev.case_id for ev in refused] == [others[1]]
    assert len(env.svc.create_many(drafts[:2])) == 2
    # each visit is checked against the ones before it in the batch: one team cannot be in two places at once
    tue = MON + dt.timedelta(days=1)
    third = make_case(w.db, w.branch_id)
    with pytest.raises(VisitRefused) as e:
        env.svc.create_many([draft(third, at(tue, 10), env.team), draft(others[0], at(tue, 10), env.team)])
    assert "collector_overlap" in e.value.rule_ids
    with w.db.session_factory() as s:
        assert s.scalar(select(func.count(Visit.id))) == 2
