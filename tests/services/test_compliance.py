"""Visit-compliance rules: each rule at its boundaries, combinations, and property tests."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

import chinese_calendar
import holidays as holidays_pkg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.compliance import (
    CUSTOMER_AGREEMENT,
    DEFAULT_POLICY,
    DO_NOT_VISIT_REASONS,
    RULES,
    SUPERVISOR_APPROVAL,
    CaseInfo,
    CheckResult,
    CollectorInfo,
    ExistingVisit,
    Policy,
    ProposedVisit,
    can_start,
    check_visit,
    normalize_address,
    suggest_slots,
)
from desktop.services.workcalendar import OfficialDay, WorkCalendar

T = dt.datetime
M = dt.timedelta(minutes=1)
H = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)

CAL = WorkCalendar()
CASE = CaseInfo(id=1, branch_id=10, address="上海市浦东新区世纪大道 100 号")
ZHANG = CollectorInfo(1, "张三", 10, True)
LI = CollectorInfo(2, "李四", 10, True)
WANG = CollectorInfo(3, "王五", 10, True)
ZHAO_INACTIVE = CollectorInfo(4, "赵六", 10, False)
QIAN_OTHER_BRANCH = CollectorInfo(5, "钱七", 20, True)
COLLECTORS = [ZHANG, LI, WANG, ZHAO_INACTIVE, QIAN_OTHER_BRANCH]
TEAM = [ZHANG, LI]
ADDR = CASE.address
OTHER_ADDR = "上海市徐汇区漕溪北路 1 号"
NOW = T(2026, 3, 1, 9, 0)  # a Sunday; visits below are on Tuesday 2026-03-10
BASE = T(2026, 3, 10, 10, 0)


def visit(start: dt.datetime, end: dt.datetime | None = None, **kw) -> ProposedVisit:
    fields = dict(
        case_id=CASE.id,
        start=start,
        end=end or start + H,
        address=ADDR,
        collector_ids=frozenset({1, 2}),
        notice_at=NOW,
    )
    fields.update(kw)
    return ProposedVisit(**fields)


def existing(
    vid: int,
    start: dt.datetime,
    end: dt.datetime | None = None,
    *,
    case_id: int = 1,
    address: str = ADDR,
    ids: Iterable[int] = (1, 2),
    status: str = "planned",
) -> ExistingVisit:
    return ExistingVisit(vid, case_id, start, end or start + H, address, frozenset(ids), status)


def check(
    p: ProposedVisit,
    *,
    case: CaseInfo = CASE,
    team: Sequence[CollectorInfo] = COLLECTORS,
    case_visits: Sequence[ExistingVisit] = (),
    collector_visits: Sequence[ExistingVisit] = (),
    calendar: WorkCalendar = CAL,
    policy: Policy = DEFAULT_POLICY,
    now: dt.datetime = NOW,
) -> CheckResult:
    return check_visit(p, case, list(team), list(case_visits), list(collector_visits), calendar, policy, now)


def rules(p: ProposedVisit, **kw) -> set[str]:
    return set(check(p, **kw).rule_ids)


def test_a_normal_visit_passes() -> None:
    r = check(visit(BASE))
    assert r.ok and r.violations == () and r.warnings == ()


def test_rule_table_covers_every_rule_id() -> None:
    assert set(RULES) == {
        "start_in_future",
        "quiet_hours",
        "visiting_window",
        "team_size",
        "team_active",
        "team_branch",
        "advance_notice",
        "holiday",
        "weekend",
        "case_frequency_7d",
        "case_frequency_30d",
        "collector_daily_cap",
        "collector_overlap",
        "travel_buffer",
        "do_not_visit",
        "no_address",
        "end_after_start",
    }
    assert RULES["visiting_window"].override_requires == (CUSTOMER_AGREEMENT, SUPERVISOR_APPROVAL)
    assert RULES["weekend"].override_requires == (CUSTOMER_AGREEMENT,)
    assert {r.id for r in RULES.values() if r.severity == "overridable"} == {"visiting_window", "weekend"}


# --- quiet hours and visiting window ------------------------------------------------------------------------


def at(h: int, m: int = 0, day: dt.datetime = BASE) -> dt.datetime:
    return day.replace(hour=h, minute=m)


def test_quiet_hours_morning_boundary() -> None:
    assert "quiet_hours" in rules(visit(at(7, 59)))
    assert "quiet_hours" not in rules(visit(at(8, 0)))
    # 08:00 is outside the quiet hours but still before the visiting window
    assert rules(visit(at(8, 0))) == {"visiting_window"}


def test_visiting_window_start_boundary() -> None:
    assert rules(visit(at(8, 59))) == {"visiting_window"}
    assert rules(visit(at(9, 0))) == set()


def test_visiting_window_end_boundary() -> None:
    assert rules(visit(at(19, 0), at(20, 0))) == set()
    assert rules(visit(at(19, 1), at(20, 1))) == {"visiting_window"}
    assert rules(visit(at(19, 59), at(20, 59))) == {"visiting_window"}
    v = check(visit(at(19, 59), at(20, 59))).get("visiting_window")
    assert v.message == "结束时间 20:59 晚于允许的上门时段 09:00–20:00"
    assert v.params["part"] == "end_late"


def test_quiet_hours_evening_boundary() -> None:
    assert rules(visit(at(21, 0), at(22, 0))) == {"visiting_window"}
    assert rules(visit(at(21, 0), at(22, 1))) == {"visiting_window", "quiet_hours"}
    assert rules(visit(at(21, 59), at(22, 0))) == {"visiting_window"}
    r = check(visit(at(22, 0), at(22, 30)))
    assert r.rule_ids == {"visiting_window", "quiet_hours"}
    assert r.get("quiet_hours").message == "开始时间 22:00 处于禁止上门时段 22:00–08:00"
    assert r.get("quiet_hours").params == {
        "part": "start",
        "start": "2026-03-10 22:00",
        "end": "2026-03-10 22:30",
        "quiet_start": "22:00",
        "quiet_end": "08:00",
    }


def test_visit_spanning_the_night_hits_quiet_hours() -> None:
    r = check(visit(at(19, 0), at(9, 0, BASE + DAY)))
    assert "quiet_hours" in r.rule_ids
    assert r.get("quiet_hours").message == "结束时间 2026-03-11 09:00 进入禁止上门时段 22:00–08:00"


def test_visiting_window_message_and_fix_example() -> None:
    v = check(visit(at(21, 30), at(21, 50))).get("visiting_window")
    assert v.message == "开始时间 21:30 晚于允许的上门时段 09:00–20:00"
    assert v.fix == "改到 09:00–20:00 之间，或记录客户同意并由主管批准"
    assert v.severity == "overridable" and not v.overridden
    assert v.params["window_start"] == "09:00" and v.params["window_end"] == "20:00"
    assert v.params["part"] == "start_late"
    assert check(visit(at(8, 59))).get("visiting_window").params["part"] == "start_early"


def test_visiting_window_needs_both_customer_agreement_and_supervisor_approval() -> None:
    early = at(8, 30)
    only_customer = check(visit(early, customer_agreed_outside_window=True))
    assert not only_customer.ok
    assert "尚缺主管批准" in only_customer.get("visiting_window").fix
    only_supervisor = check(visit(early, supervisor_approved=True))
    assert not only_supervisor.ok
    assert "尚缺客户同意" in only_supervisor.get("visiting_window").fix
    both = check(visit(early, customer_agreed_outside_window=True, supervisor_approved=True))
    assert both.ok
    assert both.get("visiting_window").overridden
    assert both.unresolved == () and len(both.overridden) == 1


def test_quiet_hours_cannot_be_overridden() -> None:
    r = check(visit(at(22, 30), at(23, 0), customer_agreed_outside_window=True, supervisor_approved=True))
    assert not r.ok
    assert r.get("visiting_window").overridden
    q = r.get("quiet_hours")
    assert q.severity == "hard" and not q.overridden
    assert "不能例外批准" in q.fix


def test_branch_specific_window() -> None:
    policy = Policy(window_start=dt.time(8, 30), window_end=dt.time(18, 0))
    assert rules(visit(at(8, 30)), policy=policy) == set()
    v = check(visit(at(17, 30)), policy=policy).get("visiting_window")
    assert v.message == "结束时间 18:30 晚于允许的上门时段 08:30–18:00"


def test_end_after_start() -> None:
    assert rules(visit(BASE, BASE)) == {"end_after_start"}
    r = check(visit(BASE, BASE - M))
    assert r.rule_ids == {"end_after_start"}
    assert r.get("end_after_start").message == "结束时间 2026-03-10 09:59 不晚于开始时间 2026-03-10 10:00"


# --- team -----------------------------------------------------------------------------------------------------


def test_team_size_needs_two_collectors() -> None:
    r = check(visit(BASE, collector_ids={1}))
    assert r.rule_ids == {"team_size"}
    assert r.get("team_size").message == "外访人员 1 人，少于规定的至少 2 人"
    assert r.get("team_size").params == {"count": 1, "min": 2}
    assert rules(visit(BASE, collector_ids={1, 2, 3})) == set()
    assert rules(visit(BASE, collector_ids=set())) == {"team_size"}


def test_team_must_be_active_and_exist() -> None:
    r = check(visit(BASE, collector_ids={1, 4}))
    assert r.rule_ids == {"team_active"}
    assert r.get("team_active").message == "催收员 赵六 已停用，不在岗"
    r = check(visit(BASE, collector_ids={1, 2, 99}))
    assert r.rule_ids == {"team_active"}
    assert r.get("team_active").params["missing"] == [99]


def test_team_must_be_of_the_case_branch() -> None:
    r = check(visit(BASE, collector_ids={1, 5}))
    assert r.rule_ids == {"team_branch"}
    v = r.get("team_branch")
    assert v.message == "催收员 钱七（营业部 #20）不属于案件所在的营业部 #10"
    assert v.severity == "hard"


def test_inactive_collectors_do_not_make_up_the_team() -> None:
    # two collectors, one inactive, one of another branch: every team rule is reported
    assert rules(visit(BASE, collector_ids={4, 5, 99})) == {"team_active", "team_branch"}
    assert rules(visit(BASE, collector_ids={4})) == {"team_size", "team_active"}


# --- advance notice ------------------------------------------------------------------------------------------


def test_a_visit_is_only_booked_ahead() -> None:
    """Booking after the fact (a past start with a back-dated notice) is refused, whatever else holds."""
    past = check(visit(BASE, notice_at=BASE - 48 * H), now=BASE + H)
    assert "start_in_future" in past.rule_ids
    v = past.get("start_in_future")
    assert v.message == "开始时间 2026-03-10 10:00 已经过去，外访只能安排在以后" and v.severity == "hard"
    assert "start_in_future" in rules(visit(BASE, notice_at=BASE - 48 * H), now=BASE)  # now: too late as well
    assert "start_in_future" not in rules(visit(BASE, notice_at=BASE - 48 * H), now=BASE - M)


def test_advance_notice_24h_boundary() -> None:
    assert rules(visit(BASE, notice_at=BASE - 24 * H)) == set()
    r = check(visit(BASE, notice_at=BASE - 24 * H + M))
    assert r.rule_ids == {"advance_notice"}
    v = r.get("advance_notice")
    assert (
        v.message
        == "外访通知记录于 2026-03-09 10:01，距开始时间 2026-03-10 10:00 仅 23 小时 59 分钟，少于规定的 24 小时"
    )
    assert v.fix == "把开始时间改到 2026-03-10 10:01 或以后"
    assert v.params["case"] == "too_short" and v.params["notice_minutes"] == 23 * 60 + 59


def test_missing_notice_is_a_warning_while_there_is_still_time() -> None:
    r = check(visit(BASE, notice_at=None), now=BASE - 24 * H)
    assert r.ok
    assert [w.code for w in r.warnings] == ["notice_pending"]
    assert r.warnings[0].message == "外访通知尚未记录，须在 2026-03-09 10:00 前发出（开始前至少 24 小时）"
    late = check(visit(BASE, notice_at=None), now=BASE - 24 * H + M)
    assert late.rule_ids == {"advance_notice"}
    assert "现在已来不及" in late.get("advance_notice").message
    assert late.get("advance_notice").params["case"] == "too_late_to_notify"
    # the earliest start offered is one a person would book: the next ten minutes, not 10:01
    assert late.get("advance_notice").fix == "立即发出外访通知，并把开始时间改到 2026-03-10 10:10 或以后"
    assert check(visit(BASE, notice_at=None), now=BASE - 24 * H + 10 * M).get("advance_notice").params[
        "earliest_start"] == "2026-03-10 10:10"


def test_can_start_requires_notice() -> None:
    start = BASE
    r = can_start(None, start, start, DEFAULT_POLICY)
    assert not r.ok and r.rule_ids == {"advance_notice"}
    assert "不能开始外访" in r.get("advance_notice").message
    assert r.get("advance_notice").params["case"] == "missing_at_start"
    assert can_start(start - 24 * H, start, start, DEFAULT_POLICY).ok
    assert not can_start(start - 24 * H + M, start, start, DEFAULT_POLICY).ok
    # starting late is fine; starting an hour early needs the notice an hour earlier too
    assert can_start(start - 24 * H, start, start + 2 * H, DEFAULT_POLICY).ok
    assert not can_start(start - 24 * H, start, start - H, DEFAULT_POLICY).ok
    assert can_start(start - 25 * H, start, start - H, DEFAULT_POLICY).ok


def test_can_start_refuses_quiet_hours() -> None:
    start = at(21, 30)
    r = can_start(start - 48 * H, start, at(22, 0), DEFAULT_POLICY)
    assert r.rule_ids == {"quiet_hours"}
    assert can_start(start - 48 * H, start, at(21, 59), DEFAULT_POLICY).ok


# --- holidays and weekends -----------------------------------------------------------------------------------


def test_statutory_holiday_is_hard() -> None:
    start = T(2026, 10, 1, 10)
    r = check(
        visit(
            start,
            notice_at=start - 48 * H,
            customer_agreed_weekend=True,
            customer_agreed_outside_window=True,
            supervisor_approved=True,
        ),
        now=start - 48 * H,
    )
    assert r.rule_ids == {"holiday"}
    v = r.get("holiday")
    assert v.severity == "hard" and not r.ok
    assert v.message == "2026-10-01（国庆节）是法定节假日，不得上门"
    assert v.fix == "改到工作日，例如 2026-10-08"
    assert v.params["days"] == [{"day": "2026-10-01", "name": "国庆节"}]


def test_makeup_working_saturday_needs_no_agreement() -> None:
    start = T(2026, 10, 10, 10)  # 国庆节调休上班 (a Saturday)
    assert chinese_calendar.is_workday(start.date()) and start.weekday() == 5
    r = check(visit(start, notice_at=start - 48 * H), now=start - 48 * H)
    assert r.ok and r.violations == ()


def test_ordinary_weekend_needs_customer_agreement() -> None:
    start = T(2026, 10, 11, 10)  # ordinary Sunday
    now = start - 48 * H
    r = check(visit(start, notice_at=now), now=now)
    assert r.rule_ids == {"weekend"}
    v = r.get("weekend")
    assert v.severity == "overridable" and not v.overridden
    assert v.message == "2026-10-11（周日）是周末（不是调休上班日），须记录客户同意才能上门"
    assert v.fix == "改到工作日，例如 2026-10-12，或记录客户同意周末上门"
    agreed = check(visit(start, notice_at=now, customer_agreed_weekend=True), now=now)
    assert agreed.ok and agreed.get("weekend").overridden
    # a supervisor's approval alone does not replace the customer's agreement
    assert not check(visit(start, notice_at=now, supervisor_approved=True), now=now).ok


def test_weekend_without_agreement_option_is_hard() -> None:
    start = T(2026, 10, 11, 10)
    now = start - 48 * H
    policy = Policy(allow_weekend_with_agreement=False)
    r = check(visit(start, notice_at=now, customer_agreed_weekend=True), now=now, policy=policy)
    assert not r.ok
    assert r.get("weekend").severity == "hard"


def test_2027_new_year_via_holidays_fallback_with_warning() -> None:
    start = T(2027, 1, 1, 10)
    now = T(2026, 12, 20, 9)
    r = check(visit(start, notice_at=now), now=now)
    assert r.rule_ids == {"holiday"}
    assert r.get("holiday").message == "2027-01-01（元旦）是法定节假日，不得上门"
    assert [(w.code, w.message) for w in r.warnings] == [
        (
            "calendar_not_entered",
            "2027 年的国务院放假安排尚未录入，按计算的法定节假日处理，请管理员在设置中录入",
        )
    ]
    # an ordinary 2027 working day passes but keeps the warning
    monday = T(2027, 1, 4, 10)
    r = check(visit(monday, notice_at=now), now=now)
    assert r.ok and r.violations == ()
    assert [w.code for w in r.warnings] == ["calendar_not_entered"]
    assert r.warnings[0].params == {"year": 2027}
    # once the admin has entered 2027, the warning goes away
    entered = WorkCalendar([OfficialDay(dt.date(2027, 2, 20), "workday", "春节调休上班")])
    r = check(visit(monday, notice_at=now), now=now, calendar=entered)
    assert r.ok and r.warnings == ()


# --- case frequency ------------------------------------------------------------------------------------------


def test_case_7_day_boundary_before_and_after() -> None:
    # exactly 7×24 h apart is allowed; one minute less is not
    assert rules(visit(BASE), case_visits=[existing(7, BASE - 7 * DAY)]) == set()
    assert rules(visit(BASE), case_visits=[existing(7, BASE - 7 * DAY + M)]) == {"case_frequency_7d"}
    assert rules(visit(BASE), case_visits=[existing(7, BASE + 7 * DAY)]) == set()
    assert rules(visit(BASE), case_visits=[existing(7, BASE + 7 * DAY - M)]) == {"case_frequency_7d"}
    v = check(visit(BASE), case_visits=[existing(7, BASE - 3 * DAY)]).get("case_frequency_7d")
    assert v.message == "任意 7 天内本案件最多外访 1 次：2026-03-07 10:00 已有外访，加上本次共 2 次"
    assert v.fix == "改到 2026-03-14 10:00 或以后，使任意 7 天内本案件外访不超过 1 次"
    assert v.params["visits"] == [{"id": 7, "start": "2026-03-07 10:00"}]
    later = check(visit(BASE), case_visits=[existing(7, BASE + 3 * DAY)]).get("case_frequency_7d")
    assert later.fix == "改到 2026-03-06 10:00 或之前，使任意 7 天内本案件外访不超过 1 次"


def test_case_frequency_ignores_cancelled_other_cases_and_itself() -> None:
    near = BASE - DAY
    assert rules(visit(BASE), case_visits=[existing(7, near, status="cancelled")]) == set()
    assert rules(visit(BASE), case_visits=[existing(7, near, case_id=2)]) == set()
    # rescheduling visit 7 from yesterday to today: it is not its own neighbour
    assert rules(visit(BASE, visit_id=7), case_visits=[existing(7, near)]) == set()
    assert rules(visit(BASE, visit_id=8), case_visits=[existing(7, near)]) == {"case_frequency_7d"}


def test_case_30_day_window_boundary() -> None:
    d0 = BASE - 30 * DAY
    history = [existing(i, d0 + 7 * i * DAY) for i in range(4)]  # d0, +7, +14, +21 days
    # proposed exactly 30×24 h after d0: the window [d0+7d, d0+37d) holds 4 visits
    assert rules(visit(BASE), case_visits=history) == set()
    # one minute earlier, [d0, d0+30d) holds 5
    r = check(visit(BASE - M, BASE - M + H), case_visits=history)
    assert r.rule_ids == {"case_frequency_30d"}
    v = r.get("case_frequency_30d")
    assert v.params["count"] == 5 and v.params["limit"] == 4
    assert v.params["window_start"] == "2026-02-08 10:00"
    assert v.fix == "改到 2026-03-10 10:00 或以后，使任意 30 天内本案件外访不超过 4 次"


def test_case_30_day_window_around_the_proposed_visit() -> None:
    four = [
        existing(1, BASE - 20 * DAY),
        existing(2, BASE - 10 * DAY),
        existing(3, BASE + 9 * DAY),
        existing(4, BASE + 20 * DAY),
    ]
    # windows containing BASE hold at most 4 (BASE-20d, -10d, BASE, +9d)
    assert rules(visit(BASE), case_visits=four) == set()
    five = [*four, existing(5, BASE - 15 * DAY)]
    r = check(visit(BASE), case_visits=five)
    assert r.rule_ids == {"case_frequency_30d"}
    assert r.get("case_frequency_30d").fix.startswith("另选日期")
    # the fifth just outside the window (exactly 30 days before BASE+9d) is fine
    assert rules(visit(BASE), case_visits=[*four, existing(5, BASE - 21 * DAY)]) == set()


def test_case_frequency_limits_come_from_policy() -> None:
    policy = Policy(max_per_case_7d=2)
    assert rules(visit(BASE), case_visits=[existing(7, BASE - DAY)], policy=policy) == set()
    assert rules(
        visit(BASE), case_visits=[existing(7, BASE - DAY), existing(8, BASE + DAY)], policy=policy
    ) == {"case_frequency_7d"}


# --- collectors -------------------------------------------------------------------------------------------------


def day_of(n: int, *, ids: Iterable[int] = (1, 9), day: dt.datetime = BASE) -> list[ExistingVisit]:
    """n half-hour visits at the case's address from 09:00 on ``day``."""
    first = day.replace(hour=9, minute=0)
    return [
        existing(100 + i, first + i * 30 * M, first + (i + 1) * 30 * M, case_id=50 + i, ids=ids)
        for i in range(n)
    ]


def test_collector_daily_cap_8_vs_9() -> None:
    late = at(17, 0)
    assert rules(visit(late), collector_visits=day_of(7)) == set()
    r = check(visit(late), collector_visits=day_of(8))
    assert r.rule_ids == {"collector_daily_cap"}
    v = r.get("collector_daily_cap")
    assert v.message == "2026-03-10 催收员 张三已有 8 次，加上本次超过每日上限 8 次"
    assert v.params["collectors"] == [{"id": 1, "name": "张三", "count": 8}]


def test_collector_daily_cap_counts_only_that_day_and_live_visits() -> None:
    late = at(17, 0)
    other_day = day_of(8, day=BASE + DAY)
    assert rules(visit(late), collector_visits=other_day) == set()
    cancelled = [*day_of(7), existing(200, at(15), case_id=60, ids=(1,), status="cancelled")]
    assert rules(visit(late), collector_visits=cancelled) == set()
    # rescheduling one of the 8 within the same day keeps the count at 8
    assert rules(visit(late, visit_id=100), collector_visits=day_of(8)) == set()


def test_double_booking_is_hard() -> None:
    busy = [existing(300, at(10), at(11), case_id=9, ids=(2, 3))]
    r = check(visit(at(10, 30)), collector_visits=busy)
    assert r.rule_ids == {"collector_overlap"}
    v = r.get("collector_overlap")
    assert v.message == "催收员 李四 在 10:00–11:00 已有外访（案件 #9），与本次 10:30–11:30 时间重叠"
    assert v.params["conflicts"][0]["collectors"] == [{"id": 2, "name": "李四"}]
    # same address does not excuse being in two visits at once
    assert rules(visit(at(10, 59)), collector_visits=busy) == {"collector_overlap"}
    # visits of other collectors and cancelled visits are not conflicts
    assert rules(visit(at(10, 30)), collector_visits=[existing(300, at(10), ids=(3,))]) == set()
    cancelled = [existing(300, at(10), at(11), ids=(2,), status="cancelled")]
    assert rules(visit(at(10, 30)), collector_visits=cancelled) == set()


def test_same_address_back_to_back_is_allowed() -> None:
    before = [existing(300, at(10), at(11), case_id=9, address=ADDR)]
    assert rules(visit(at(11)), collector_visits=before) == set()
    # the address comparison ignores whitespace and full-width digits
    spaced = [existing(300, at(10), at(11), case_id=9, address="上海市浦东新区 世纪大道１００号")]
    assert normalize_address(spaced[0].address) == normalize_address(ADDR)
    assert rules(visit(at(11)), collector_visits=spaced) == set()


def test_travel_buffer_29_vs_30_minutes_after_another_address() -> None:
    before = [existing(300, at(10), at(11), case_id=9, address=OTHER_ADDR)]
    assert rules(visit(at(11, 30)), collector_visits=before) == set()
    r = check(visit(at(11, 29)), collector_visits=before)
    assert r.rule_ids == {"travel_buffer"}
    v = r.get("travel_buffer")
    assert v.message == (
        "催收员 张三、李四 在另一地址的外访 10:00–11:00 与本次仅相隔 29 分钟，少于规定的路程时间 30 分钟"
    )
    assert v.fix == "改到 11:30 或以后开始，与不同地址的外访至少间隔 30 分钟"
    assert v.params["conflicts"][0]["gap_min"] == 29
    assert rules(visit(at(11)), collector_visits=before) == {"travel_buffer"}  # back-to-back


def test_travel_buffer_29_vs_30_minutes_before_another_address() -> None:
    after = [existing(300, at(12), at(13), case_id=9, address=OTHER_ADDR, ids=(1,))]
    assert rules(visit(at(10, 30)), collector_visits=after) == set()
    r = check(visit(at(10, 31)), collector_visits=after)
    assert r.rule_ids == {"travel_buffer"}
    assert r.get("travel_buffer").fix == "在 11:30 前结束，与不同地址的外访至少间隔 30 分钟"


# --- case flags ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", sorted(DO_NOT_VISIT_REASONS))
def test_do_not_visit(reason: str) -> None:
    case = CaseInfo(1, 10, do_not_visit=reason)
    r = check(visit(BASE), case=case)
    assert r.rule_ids == {"do_not_visit"}
    v = r.get("do_not_visit")
    assert v.message == f"案件已标记为暂停外访：{DO_NOT_VISIT_REASONS[reason]}"
    assert v.params == {"reason": reason, "reason_label": DO_NOT_VISIT_REASONS[reason]}


def test_no_address() -> None:
    r = check(visit(BASE), case=CaseInfo(1, 10, has_address=False))
    assert r.rule_ids == {"no_address"}
    assert r.get("no_address").message == "案件没有登记上门地址"
    assert rules(visit(BASE, address="  ")) == {"no_address"}


# --- everything at once, API guards ----------------------------------------------------------------------


def test_all_violations_are_reported_at_once_in_rule_order() -> None:
    start = T(2026, 10, 11, 21, 30)  # Sunday evening
    p = ProposedVisit(1, start, start + H, "  ", frozenset({4}), notice_at=start - 2 * H)
    r = check_visit(
        p,
        CaseInfo(1, 10, do_not_visit="complaint_review"),
        COLLECTORS,
        [existing(1, start - 2 * DAY)],
        [existing(2, start - 30 * M, start + 30 * M, case_id=3, ids=(4,))],
        CAL,
        DEFAULT_POLICY,
        start - 3 * H,
    )
    expected = [  # what no other time or team can fix first: the case is not to be visited at all
        "do_not_visit",
        "no_address",
        "quiet_hours",
        "visiting_window",
        "team_size",
        "team_active",
        "advance_notice",
        "weekend",
        "case_frequency_7d",
        "collector_overlap",
    ]
    assert [v.rule_id for v in r.violations] == expected
    assert not r.ok
    for v in r.violations:
        assert v.message and v.fix
        json.dumps(v.params, ensure_ascii=False)  # params are plain data


def test_aware_datetimes_and_wrong_case_are_rejected() -> None:
    aware = BASE.replace(tzinfo=dt.UTC)
    with pytest.raises(ValueError):
        check(visit(aware, aware + H))
    with pytest.raises(ValueError):
        check(visit(BASE), now=NOW.replace(tzinfo=dt.UTC))
    with pytest.raises(ValueError):
        check(visit(BASE), case=CaseInfo(2, 10))


# --- suggest_slots -----------------------------------------------------------------------------------------


def test_suggest_slots_starts_after_notice_period_on_the_grid() -> None:
    now = T(2026, 3, 9, 10, 10)  # Monday
    slots = suggest_slots(CASE, TEAM, [], [], CAL, DEFAULT_POLICY, now, limit=3)
    assert slots == [
        (T(2026, 3, 10, 10, 30), T(2026, 3, 10, 11, 30)),
        (T(2026, 3, 10, 11, 0), T(2026, 3, 10, 12, 0)),
        (T(2026, 3, 10, 11, 30), T(2026, 3, 10, 12, 30)),
    ]


def test_suggest_slots_skips_weekends_holidays_and_busy_times() -> None:
    now = T(2026, 9, 29, 19, 0)  # Tuesday; 2026-10-01..07 is the National Day holiday
    busy = [existing(300, T(2026, 9, 30, 19, 0), T(2026, 9, 30, 20, 0), case_id=9, address=OTHER_ADDR)]
    slots = suggest_slots(CASE, TEAM, [], busy, CAL, DEFAULT_POLICY, now, limit=2)
    assert slots == [
        (T(2026, 10, 8, 9, 0), T(2026, 10, 8, 10, 0)),
        (T(2026, 10, 8, 9, 30), T(2026, 10, 8, 10, 30)),
    ]


def test_suggest_slots_respects_case_frequency() -> None:
    now = T(2026, 3, 9, 10, 0)
    slots = suggest_slots(
        CASE, TEAM, [existing(1, T(2026, 3, 6, 15, 0))], [], CAL, DEFAULT_POLICY, now, limit=1
    )
    assert slots == [(T(2026, 3, 13, 15, 0), T(2026, 3, 13, 16, 0))]


def test_suggest_slots_returns_nothing_when_no_time_can_help() -> None:
    now = T(2026, 3, 9, 10, 0)
    assert (
        suggest_slots(CaseInfo(1, 10, do_not_visit="deceased"), TEAM, [], [], CAL, DEFAULT_POLICY, now) == []
    )
    assert suggest_slots(CASE, [ZHANG], [], [], CAL, DEFAULT_POLICY, now) == []
    assert suggest_slots(CaseInfo(1, 10, has_address=False), TEAM, [], [], CAL, DEFAULT_POLICY, now) == []


# --- property tests: an independent oracle ----------------------------------------------------------------------
#
# The oracle re-derives every rule with deliberately naive code (minute-by-minute sampling, brute-force
# windows, the calendar packages directly) and must agree exactly with check_visit.

QUIET = (dt.time(22, 0), dt.time(8, 0))
_HOLIDAYS_2027 = holidays_pkg.China(years=2027)


def _minutes(a: dt.datetime, b: dt.datetime) -> list[dt.datetime]:
    out, t = [], a
    while t < b:
        out.append(t)
        t += M
    return out


def _oracle_is_holiday(d: dt.date) -> bool:
    if d.year == 2026:
        return d in chinese_calendar.holidays
    return d in _HOLIDAYS_2027


def _oracle_is_rest_weekend(d: dt.date) -> bool:
    if d.weekday() < 5 or _oracle_is_holiday(d):
        return False
    return not (d.year == 2026 and d in chinese_calendar.workdays)


def _max_in_window(s: dt.datetime, others: list[dt.datetime], length: dt.timedelta) -> int:
    allstarts = [*others, s]
    best = 0
    for t in allstarts:
        if t <= s < t + length:
            best = max(best, sum(1 for x in allstarts if t <= x < t + length))
    return best


def oracle(
    p: ProposedVisit,
    case: CaseInfo,
    team: list[CollectorInfo],
    case_visits: list[ExistingVisit],
    collector_visits: list[ExistingVisit],
    policy: Policy,
    now: dt.datetime,
) -> set[str]:
    bad: set[str] = set()
    s, e = p.start, p.end
    if e <= s:
        bad.add("end_after_start")
        e = s
    if s <= now:
        bad.add("start_in_future")
    minutes = _minutes(s, e) or [s]
    if any(m.time() >= QUIET[0] or m.time() < QUIET[1] for m in minutes):
        bad.add("quiet_hours")
    if e > s:
        in_window = all(
            m.date() == s.date() and policy.window_start <= m.time() < policy.window_end for m in minutes
        )
    else:
        in_window = policy.window_start <= s.time() <= policy.window_end
    if not in_window:
        bad.add("visiting_window")
    if len(p.collector_ids) < policy.min_team:
        bad.add("team_size")
    members = {c.id: c for c in team}
    if any(i not in members or not members[i].active for i in p.collector_ids):
        bad.add("team_active")
    if any(i in members and members[i].branch_id != case.branch_id for i in p.collector_ids):
        bad.add("team_branch")
    notice = dt.timedelta(hours=policy.notice_hours)
    if (p.notice_at is None and now + notice > s) or (p.notice_at is not None and s - p.notice_at < notice):
        bad.add("advance_notice")
    days = {m.date() for m in minutes}
    if any(_oracle_is_holiday(d) for d in days):
        bad.add("holiday")
    if any(_oracle_is_rest_weekend(d) for d in days):
        bad.add("weekend")
    live_case = [
        v.start
        for v in case_visits
        if v.case_id == case.id and v.status != "cancelled" and v.id != p.visit_id
    ]
    if _max_in_window(s, live_case, 7 * DAY) > policy.max_per_case_7d:
        bad.add("case_frequency_7d")
    if _max_in_window(s, live_case, 30 * DAY) > policy.max_per_case_30d:
        bad.add("case_frequency_30d")
    live = [v for v in collector_visits if v.status != "cancelled" and v.id != p.visit_id]
    for cid in p.collector_ids:
        if (
            sum(1 for v in live if cid in v.collector_ids and v.start.date() == s.date()) + 1
            > policy.max_per_collector_day
        ):
            bad.add("collector_daily_cap")
    mine = set(_minutes(s, e)) if e > s else {s}
    buffer = dt.timedelta(minutes=policy.travel_buffer_min)
    near = set(_minutes(s - buffer, e + buffer))
    for v in live:
        if not (v.collector_ids & p.collector_ids):
            continue
        theirs = set(_minutes(v.start, v.end))
        if mine & theirs:
            bad.add("collector_overlap")
        elif near & theirs and "".join(v.address.split()) != "".join(p.address.split()):
            bad.add("travel_buffer")
    if case.do_not_visit:
        bad.add("do_not_visit")
    if not case.has_address or not p.address.strip():
        bad.add("no_address")
    return bad


ORIGINS = [T(2026, 9, 14), T(2026, 12, 18)]  # around National Day 2026; around New Year 2027
ADDRESSES = ["A路1号", "A路 1号", "B路2号"]


def mostly(draw: st.DrawFn, usual: st.SearchStrategy, anything: st.SearchStrategy, p_usual: int = 4):
    """Draw from ``usual`` about ``p_usual`` times in ``p_usual + 1`` (so valid visits are common), else from
    ``anything`` (edge cases and violations)."""
    return draw(usual) if draw(st.integers(0, p_usual)) else draw(anything)


@st.composite
def scenarios(draw: st.DrawFn) -> dict:
    origin = draw(st.sampled_from(ORIGINS))
    start = (
        origin
        + draw(st.integers(0, 30)) * DAY
        + mostly(
            draw,
            st.integers(9 * 4, 19 * 4).map(lambda k: k * 15 * M),
            st.integers(0, 96 * 4).map(lambda k: k * 15 * M),
        )
    )
    end = start + mostly(draw, st.integers(2, 8), st.integers(-2, 20)) * 15 * M
    policy = Policy(
        max_per_case_7d=draw(st.sampled_from([1, 2])),
        max_per_case_30d=draw(st.sampled_from([2, 4])),
        max_per_collector_day=draw(st.sampled_from([2, 8])),
    )
    now = start - mostly(draw, st.integers(24 * 60, 4000), st.integers(-600, 5000)) * M
    notice_at = mostly(
        draw,
        st.sampled_from([now, None]),
        st.one_of(st.none(), st.integers(0, 3000).map(lambda k: start - k * M)),
    )
    case = CaseInfo(
        1,
        10,
        do_not_visit=mostly(draw, st.none(), st.sampled_from([None, "deceased", "legal_proceedings"]), 8),
        has_address=mostly(draw, st.just(True), st.booleans(), 8),
    )
    p = ProposedVisit(
        1,
        start,
        end,
        mostly(draw, st.sampled_from(ADDRESSES), st.sampled_from([*ADDRESSES, "", " "]), 8),
        mostly(
            draw,
            st.sampled_from([frozenset({1, 2}), frozenset({2, 3}), frozenset({1, 2, 3})]),
            st.frozensets(st.integers(1, 6), max_size=4),
        ),
        notice_at=notice_at,
        customer_agreed_outside_window=draw(st.booleans()),
        customer_agreed_weekend=draw(st.booleans()),
        supervisor_approved=draw(st.booleans()),
        visit_id=draw(st.sampled_from([None, 1, 2])),
    )
    statuses = st.sampled_from(["planned", "done", "cancelled"])
    case_visits = []
    for i in range(1, draw(st.integers(0, 8)) + 1):
        vs = start + draw(st.integers(-45 * 4, 45 * 4)) * 6 * H
        case_visits.append(
            ExistingVisit(
                i, draw(st.sampled_from([1, 1, 2])), vs, vs + H, "A路1号", frozenset({1}), draw(statuses)
            )
        )
    collector_visits = []
    for i in range(draw(st.integers(0, 12))):
        vs = start + draw(st.integers(-180, 180)) * 5 * M
        collector_visits.append(
            ExistingVisit(
                100 + i if i else draw(st.sampled_from([1, 100])),
                3,
                vs,
                vs + draw(st.integers(1, 12)) * 10 * M,
                draw(st.sampled_from(ADDRESSES)),
                draw(st.frozensets(st.integers(1, 6), min_size=1, max_size=3)),
                draw(statuses),
            )
        )
    return dict(
        p=p,
        case=case,
        team=COLLECTORS,
        case_visits=case_visits,
        collector_visits=collector_visits,
        policy=policy,
        now=now,
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_property_check_visit_agrees_with_independent_oracle(sc: dict) -> None:
    p, policy = sc["p"], sc["policy"]
    r = check_visit(
        p, sc["case"], sc["team"], sc["case_visits"], sc["collector_visits"], CAL, policy, sc["now"]
    )
    expected = oracle(p, sc["case"], sc["team"], sc["case_visits"], sc["collector_visits"], policy, sc["now"])
    assert set(r.rule_ids) == expected
    if r.ok:
        # every hard rule is satisfied, and overridable ones are overridden by exactly what they need
        assert all(RULES[rid].severity == "overridable" for rid in expected)
        if "visiting_window" in expected:
            assert p.customer_agreed_outside_window and p.supervisor_approved
        if "weekend" in expected:
            assert p.customer_agreed_weekend
    else:
        assert r.unresolved


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    scenarios(), st.sampled_from([ZHANG, WANG]), st.sampled_from([30, 45, 60]), st.sampled_from([15, 30, 60])
)
def test_property_suggest_slots_are_accepted_and_earliest(
    sc: dict, third: CollectorInfo, dur_min: int, step_min: int
) -> None:
    case = CaseInfo(1, 10, address="A路1号")
    team = [LI, third]
    now, policy = sc["now"].replace(second=0), sc["policy"]
    duration, step = dur_min * M, step_min * M
    slots = suggest_slots(
        case,
        team,
        sc["case_visits"],
        sc["collector_visits"],
        CAL,
        policy,
        now,
        days=3,
        duration=duration,
        step=step,
        limit=5,
    )
    ids = frozenset(c.id for c in team)

    def accepted(t: dt.datetime) -> bool:
        p = ProposedVisit(1, t, t + duration, case.address, ids, notice_at=now)
        r = check_visit(p, case, team, sc["case_visits"], sc["collector_visits"], CAL, policy, now)
        assert (r.violations == ()) == (
            oracle(p, case, team, sc["case_visits"], sc["collector_visits"], policy, now) == set()
        )
        return r.violations == ()

    for s, e in slots:
        assert e - s == duration
        assert s >= now + 24 * H
        assert accepted(s)
    # brute force over every grid point of the horizon: suggest_slots returned the earliest ones
    earliest = now + 24 * H
    t = dt.datetime.combine(earliest.date(), dt.time())
    brute: list[tuple[dt.datetime, dt.datetime]] = []
    while t < earliest + 3 * DAY and len(brute) < 5:
        if t >= earliest and accepted(t):
            brute.append((t, t + duration))
        t += step
    assert slots == brute
