"""The compliance rules' messages in the UI language: English sentences rebuilt from rule id and params, the
service's Chinese text unchanged in the Chinese UI, and the Chinese text whenever params do not suffice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence

import pytest

from desktop.services.compliance import (
    DEFAULT_POLICY,
    RULES,
    CaseInfo,
    CheckResult,
    CheckWarning,
    CollectorInfo,
    ExistingVisit,
    Policy,
    ProposedVisit,
    Violation,
    can_start,
    check_visit,
)
from desktop.services.workcalendar import WorkCalendar
from desktop.views.rule_texts import ui_is_chinese, violation_texts, warning_text
from tests.services.test_compliance import BASE, CAL, DAY, NOW, H, M, T, at

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

# the times and the calendar of the service's own rule tests; names and addresses in English here, so that an
# English text with Chinese in it can only come from a fallback
CASE = CaseInfo(id=1, branch_id=10, address="100 Century Avenue")
ZHANG = CollectorInfo(1, "Zhang San", 10, True)
LI = CollectorInfo(2, "Li Si", 10, True)
WANG = CollectorInfo(3, "Wang Wu", 10, True)
ZHAO_INACTIVE = CollectorInfo(4, "Zhao Liu", 10, False)
QIAN_OTHER_BRANCH = CollectorInfo(5, "Qian Qi", 20, True)
COLLECTORS = [ZHANG, LI, WANG, ZHAO_INACTIVE, QIAN_OTHER_BRANCH]
ADDR = CASE.address
OTHER_ADDR = "1 Caoxi North Road"


def visit(start: dt.datetime, end: dt.datetime | None = None, **kw) -> ProposedVisit:
    fields = dict(case_id=CASE.id, start=start, end=end or start + H, address=ADDR,
                  collector_ids=frozenset({1, 2}), notice_at=NOW)
    fields.update(kw)
    return ProposedVisit(**fields)


def existing(vid: int, start: dt.datetime, end: dt.datetime | None = None, *, case_id: int = 1,
             address: str = ADDR, ids: Iterable[int] = (1, 2), status: str = "planned") -> ExistingVisit:
    return ExistingVisit(vid, case_id, start, end or start + H, address, frozenset(ids), status)


def check(p: ProposedVisit, *, case: CaseInfo = CASE, team: Sequence[CollectorInfo] = COLLECTORS,
          case_visits: Sequence[ExistingVisit] = (), collector_visits: Sequence[ExistingVisit] = (),
          calendar: WorkCalendar = CAL, policy: Policy = DEFAULT_POLICY, now: dt.datetime = NOW) -> CheckResult:
    return check_visit(p, case, list(team), list(case_visits), list(collector_visits), calendar, policy, now)


def the(result: CheckResult, rule_id: str) -> Violation:
    v = result.get(rule_id)
    assert v is not None, (rule_id, result.rule_ids)
    return v


def english(v: Violation) -> tuple[str, str]:
    message, fix = violation_texts(v)
    assert not CJK.search(message), message
    assert not CJK.search(fix), fix
    return message, fix


# One realistic violation per rule (the visits are on Tuesday 2026-03-10 unless said otherwise).
def realistic() -> dict[str, Violation]:
    day_of_8 = [existing(100 + i, at(9) + i * 30 * M, at(9) + (i + 1) * 30 * M, case_id=50 + i, ids=(1, 9))
                for i in range(8)]
    d0 = BASE - 30 * DAY
    return {
        "do_not_visit": the(check(visit(BASE), case=dataclasses.replace(CASE, do_not_visit="complaint_review")),
                            "do_not_visit"),
        "no_address": the(check(visit(BASE), case=dataclasses.replace(CASE, has_address=False)), "no_address"),
        "end_after_start": the(check(visit(BASE, BASE - H)), "end_after_start"),
        "start_in_future": the(check(visit(BASE), now=BASE + H), "start_in_future"),
        "quiet_hours": the(check(visit(at(21, 30), at(22, 30))), "quiet_hours"),
        "visiting_window": the(check(visit(at(19, 30), at(20, 30))), "visiting_window"),
        "team_size": the(check(visit(BASE, collector_ids={1})), "team_size"),
        "team_active": the(check(visit(BASE, collector_ids={1, 2, 4})), "team_active"),
        "team_branch": the(check(visit(BASE, collector_ids={1, 2, 5})), "team_branch"),
        "advance_notice": the(check(visit(BASE, notice_at=BASE - 23 * H - 59 * M), now=BASE - 23 * H),
                              "advance_notice"),
        "holiday": the(check(visit(T(2026, 10, 1, 10))), "holiday"),
        "weekend": the(check(visit(T(2026, 3, 14, 10))), "weekend"),
        "case_frequency_7d": the(check(visit(BASE), case_visits=[existing(7, BASE - 3 * DAY)]), "case_frequency_7d"),
        "case_frequency_30d": the(check(visit(BASE - M, BASE - M + H),
                                        case_visits=[existing(i, d0 + 7 * i * DAY) for i in range(4)]),
                                  "case_frequency_30d"),
        "collector_daily_cap": the(check(visit(at(17)), collector_visits=day_of_8), "collector_daily_cap"),
        "collector_overlap": the(check(visit(at(10, 30)), collector_visits=[
            existing(300, at(10), at(11), case_id=9, ids=(2, 3))]), "collector_overlap"),
        "travel_buffer": the(check(visit(at(10)), collector_visits=[
            existing(400, at(8, 30), at(9, 45), case_id=9, ids=(1,), address=OTHER_ADDR)]), "travel_buffer"),
    }


# --- language --------------------------------------------------------------------------------------------


def test_language_follows_the_installed_catalogue(qapp, zh):
    assert ui_is_chinese()


def test_english_by_default(qapp):
    assert not ui_is_chinese()


# --- every rule ------------------------------------------------------------------------------------------


def test_every_rule_has_an_english_text(qapp):
    violations = realistic()
    assert set(violations) == set(RULES)
    for rule_id, v in violations.items():
        assert CJK.search(v.message), rule_id  # the service speaks Chinese …
        message, fix = english(v)  # … the English UI does not
        assert message and fix, rule_id


def test_every_rule_shows_the_service_text_in_chinese(zh):
    for v in realistic().values():
        assert violation_texts(v) == (v.message, v.fix)


# --- single rules ----------------------------------------------------------------------------------------


def test_quiet_hours_end_and_start(qapp):
    message, fix = english(the(check(visit(at(21, 30), at(22, 30))), "quiet_hours"))
    assert message == "The visit ends at 22:30, inside the quiet hours 22:00–08:00."
    assert fix.startswith("Move it between 09:00 and 20:00.") and "22:00–08:00" in fix
    message, _ = english(the(check(visit(at(7), at(8, 30))), "quiet_hours"))
    assert message == "The visit starts at 07:00, inside the quiet hours 22:00–08:00."
    # a visit over midnight names the end's date
    message, _ = english(the(check(visit(at(19), at(1, 0, BASE + DAY))), "quiet_hours"))
    assert "2026-03-11 01:00" in message


def test_quiet_hours_without_the_window_in_the_fix_names_the_quiet_hours_only(qapp):
    v = the(check(visit(at(21, 30), at(22, 30))), "quiet_hours")
    _, fix = english(dataclasses.replace(v, fix="请改期"))
    assert fix == "Move it out of the quiet hours 22:00–08:00. No exception can be approved."


def test_quiet_hours_when_marking_started(qapp):
    v = the(can_start(NOW, at(23), at(23)), "quiet_hours")
    message, _ = english(v)
    assert message == "The visit starts at 23:00, inside the quiet hours 22:00–08:00."


def test_visiting_window(qapp):
    message, fix = english(the(check(visit(at(19, 30), at(20, 30))), "visiting_window"))
    assert message == "The visit ends at 20:30, after the visiting hours 09:00–20:00."
    assert fix == "Move it between 09:00 and 20:00, or record the customer's agreement and a supervisor's approval."
    v = the(check(visit(at(8, 30), at(9, 30), customer_agreed_outside_window=True)), "visiting_window")
    message, fix = english(v)
    assert message == "The visit starts at 08:30, before the visiting hours 09:00–20:00."
    assert fix.endswith("The customer's agreement is recorded; the supervisor's approval is missing.")
    message, _ = english(the(check(visit(at(20, 30), at(21, 30))), "visiting_window"))
    assert message.startswith("The visit starts at 20:30, after")


def test_visiting_window_with_what_the_visit_service_adds(qapp):
    v = the(check(visit(at(19, 30), at(20, 30))), "visiting_window")
    _, fix = english(dataclasses.replace(v, fix=v.fix + "；例外上门须填写原因"))
    assert fix.endswith("An exception needs a reason.")
    _, fix = violation_texts(dataclasses.replace(v, fix=v.fix + "；Wang Wu 不是本营业部在岗主管或经理，不能批准"))
    assert fix.endswith("Wang Wu is not an active supervisor or manager of this branch and cannot approve.")
    # an addition this module does not know: the fix in Chinese rather than an English one that leaves it out
    odd = dataclasses.replace(v, fix=v.fix + "；另有说明")
    message, fix = violation_texts(odd)
    assert fix == odd.fix and not CJK.search(message)


def test_weekend_and_holiday(qapp):
    message, fix = english(the(check(visit(T(2026, 3, 14, 10))), "weekend"))
    assert message == "Weekend, not a make-up working day: 2026-03-14 (Saturday). A visit needs the customer's " \
                      "agreement."
    assert fix == "Move it to a working day, e.g. 2026-03-16, or record the customer's agreement to a weekend visit."
    hard = Policy(allow_weekend_with_agreement=False)
    message, fix = english(the(check(visit(T(2026, 3, 15, 10)), policy=hard), "weekend"))
    assert "2026-03-15 (Sunday)" in message and "does not visit at weekends" in message
    assert fix == "Move it to a working day, e.g. 2026-03-16."
    v = the(check(visit(T(2026, 10, 1, 10))), "holiday")
    message, fix = english(v)
    assert message == "Official day off, no visits: 2026-10-01 (National Day)."
    assert fix == f"Move it to a working day, e.g. {v.params['next_workday']}."
    # a holiday name the module does not know is left out, not shown in Chinese
    odd = dataclasses.replace(v, params={**v.params, "days": [{"day": "2026-10-01", "name": "公司活动日"}]})
    assert english(odd)[0] == "Official day off, no visits: 2026-10-01."


def test_team_size_active_and_branch(qapp):
    message, fix = english(the(check(visit(BASE, collector_ids={1})), "team_size"))
    assert message == "The team has 1 collector(s); a visit needs at least 2."
    assert fix == "Add 1 more active collector(s) of this branch."
    message, _ = english(the(check(visit(BASE, collector_ids={1, 2, 4, 77})), "team_active"))
    assert message == "Deactivated collector(s): Zhao Liu. Unknown collector(s): #77."
    message, _ = english(the(check(visit(BASE, collector_ids={1, 2, 5})), "team_branch"))
    assert message == "Not from the case's branch: Qian Qi."


def test_advance_notice_too_short(qapp):
    v = the(check(visit(BASE, notice_at=BASE - 23 * H - 59 * M), now=BASE - 23 * H), "advance_notice")
    assert v.params["case"] == "too_short"
    message, fix = english(v)
    assert message == "The notice was recorded at 2026-03-09 10:01, only 23 h 59 min before the start at " \
                      "2026-03-10 10:00; at least 24 h are required."
    assert fix == "Move the start to 2026-03-10 10:01 or later."


def test_advance_notice_too_late_to_notify(qapp):
    v = the(check(visit(BASE, notice_at=None), now=BASE - 10 * H - 3 * M), "advance_notice")
    assert v.params["case"] == "too_late_to_notify"
    message, fix = english(v)
    assert message == "No notice is recorded, and it is too late: for a start at 2026-03-10 10:00 the customer " \
                      "had to be notified by 2026-03-09 10:00 (24 h ahead)."
    assert fix == f"Notify the customer now and move the start to {v.params['earliest_start']} or later."
    assert v.params["earliest_start"] == "2026-03-11 00:00"


def test_advance_notice_missing_at_start(qapp):
    v = the(can_start(None, BASE, BASE), "advance_notice")
    assert v.params["case"] == "missing_at_start"
    message, fix = english(v)
    assert "cannot start" in message and "24 h" in message
    assert fix == "Record the notice and move the visit to at least 24 h after it."


def test_advance_notice_in_chinese_is_the_service_text(zh):
    for v in (the(check(visit(BASE, notice_at=BASE - 2 * H), now=BASE - H), "advance_notice"),
              the(check(visit(BASE, notice_at=None), now=BASE - H), "advance_notice"),
              the(can_start(None, BASE, BASE), "advance_notice")):
        assert violation_texts(v) == (v.message, v.fix)


def test_collector_overlap_cap_and_travel_buffer(qapp):
    busy = [existing(300, at(10), at(11), case_id=9, ids=(2, 3))]
    message, fix = english(the(check(visit(at(10, 30)), collector_visits=busy), "collector_overlap"))
    assert message == "Collector already booked at that time: Li Si at 10:00–11:00 (this visit: 10:30–11:30)."
    assert fix == "Choose another time or another collector."
    day_of_8 = [existing(100 + i, at(9) + i * 30 * M, at(9) + (i + 1) * 30 * M, case_id=50 + i, ids=(1, 9))
                for i in range(8)]
    message, _ = english(the(check(visit(at(17)), collector_visits=day_of_8), "collector_daily_cap"))
    assert message == "On 2026-03-10 Zhang San already has 8; this visit exceeds the daily limit of 8 visits " \
                      "per collector."
    before = [existing(400, at(8, 30), at(9, 45), case_id=9, ids=(1,), address=OTHER_ADDR)]
    message, fix = english(the(check(visit(at(10)), collector_visits=before), "travel_buffer"))
    assert message == "Less than the 30 min travel time to a visit at another address: Zhang San at 08:30–09:45 " \
                      "(15 min apart)."
    assert fix == "Start at 10:15 or later, 30 min after the visit at another address."
    after = [existing(401, at(11, 10), at(12), case_id=9, ids=(1,), address=OTHER_ADDR)]
    _, fix = english(the(check(visit(at(10)), collector_visits=after), "travel_buffer"))
    assert fix == "End by 10:40, 30 min before the visit at another address."


def test_case_frequency(qapp):
    v = the(check(visit(BASE), case_visits=[existing(7, BASE - 3 * DAY)]), "case_frequency_7d")
    message, fix = english(v)
    assert message == "At most 1 visit(s) of the case in any 7 days: visits on 2026-03-07 10:00 already, " \
                      "2 with this one."
    assert fix == "Move it to 2026-03-14 10:00 or later (at most 1 visit(s) of the case in any 7 days)."
    v = the(check(visit(BASE), case_visits=[existing(8, BASE + 2 * DAY)]), "case_frequency_7d")
    assert english(v)[1] == "Move it to 2026-03-05 10:00 or earlier (at most 1 visit(s) of the case in any 7 days)."
    # a fix the module cannot read: English message, the service's fix
    odd = dataclasses.replace(v, fix="请另选时间")
    assert violation_texts(odd) == (english(v)[0], "请另选时间")


def test_do_not_visit_and_no_address(qapp):
    for reason, words in (("complaint_review", "complaint under review"), ("deceased", "customer deceased"),
                          ("legal_proceedings", "legal proceedings"), ("hardship_plan", "hardship")):
        v = the(check(visit(BASE), case=dataclasses.replace(CASE, do_not_visit=reason)), "do_not_visit")
        message, fix = english(v)
        assert message.startswith("The case is marked do-not-visit: ") and words in message
    v = the(check(visit(BASE, address="  ")), "no_address")
    assert english(v)[0] == "The visit address is empty."
    v = the(check(visit(BASE), case=dataclasses.replace(CASE, has_address=False)), "no_address")
    assert english(v)[0] == "The case has no visiting address on record."


def test_several_rules_in_chinese_are_the_service_text(zh):
    for v in (the(check(visit(at(21, 30), at(22, 30))), "quiet_hours"),
              the(check(visit(at(19, 30), at(20, 30))), "visiting_window"),
              the(check(visit(T(2026, 3, 14, 10))), "weekend"),
              the(check(visit(T(2026, 10, 1, 10))), "holiday"),
              the(check(visit(BASE, collector_ids={1})), "team_size"),
              the(check(visit(at(10, 30)), collector_visits=[existing(300, at(10), at(11), case_id=9, ids=(2,))]),
                  "collector_overlap"),
              the(check(visit(BASE), case=dataclasses.replace(CASE, do_not_visit="deceased")), "do_not_visit")):
        assert violation_texts(v) == (v.message, v.fix)


# --- warnings --------------------------------------------------------------------------------------------


def test_warnings(qapp):
    r = check(visit(BASE, notice_at=None))
    [w] = r.warnings
    assert w.code == "notice_pending"
    assert warning_text(w) == "No notice recorded yet: notify the customer by 2026-03-09 10:00 (at least 24 h " \
                              "before the start)."
    r = check(visit(T(2027, 1, 4, 10), notice_at=T(2026, 12, 20, 9)), now=T(2026, 12, 20, 9))
    [w] = r.warnings
    assert w.code == "calendar_not_entered"
    text = warning_text(w)
    assert "2027" in text and not CJK.search(text)
    w = CheckWarning("notice_future", "通知时间在将来：请填写实际通知客户的时间。", {})
    assert not CJK.search(warning_text(w))


def test_warnings_in_chinese(zh):
    [w] = check(visit(BASE, notice_at=None)).warnings
    assert warning_text(w) == w.message


# --- falling back ----------------------------------------------------------------------------------------


def test_unknown_or_broken_input_shows_the_service_text(qapp):
    v = the(check(visit(BASE, notice_at=BASE - 2 * H), now=BASE - H), "advance_notice")
    for odd in (dataclasses.replace(v, rule_id="new_rule"),
                dataclasses.replace(v, params={**v.params, "case": "something_new"}),
                dataclasses.replace(v, params={k: x for k, x in v.params.items() if k != "start"}),
                dataclasses.replace(v, params={**v.params, "notice_minutes": "many"}),
                dataclasses.replace(v, params=None)):
        assert violation_texts(odd) == (odd.message, odd.fix)
    w = CheckWarning("new_warning", "新的提示", {})
    assert warning_text(w) == "新的提示"
    w = CheckWarning("notice_pending", "外访通知尚未记录", {"hours": 24})
    assert warning_text(w) == "外访通知尚未记录"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_empty_params_never_crash(qapp, rule_id):
    v = Violation(rule_id, "hard", "中文说明", "中文办法", {})
    assert violation_texts(v) == ("中文说明", "中文办法")
