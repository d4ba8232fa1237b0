"""The visit dialog with the real visit service: rules listed live as fields change, Save disabled while any
rule is broken, suggested slots fill the form, overrides, several cases in consecutive slots, editing."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt, QTime

from desktop.services.compliance import CheckResult
from desktop.services.visits import VisitService
from desktop.views.visit_dialog import VisitDialog
from tests.views.test_calendar import TUE, WED, at, clock, new_case, plan


def dialog(qtbot, world, actor, case_ids, start=None, visit_id=None) -> VisitDialog:
    dlg = VisitDialog(world.db, actor, case_ids, start, visit_id, clock=clock())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def set_time(dlg: VisitDialog, start, end=None) -> None:
    dlg.date.setDate(QDate(start.year, start.month, start.day))
    dlg.start_time.setTime(QTime(start.hour, start.minute))
    if end is not None:
        dlg.end_time.setTime(QTime(end.hour, end.minute))


def check_all(dlg: VisitDialog) -> None:
    for i in range(dlg.team.count()):
        dlg.team.item(i).setCheckState(Qt.CheckState.Checked)


def shown_rules(dlg: VisitDialog) -> list[str]:
    return [dlg.violations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.violations.count())]


def test_every_violated_rule_is_listed_live_and_save_waits(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 10))
    # only the assigned collector is ticked: one rule broken
    assert dlg.members() == (w.collector.user_id,)
    assert "team_size" in dlg.unresolved_ids() and not dlg.save_btn.isEnabled()
    assert "team_size" in shown_rules(dlg)
    # now also outside every allowed hour: all the broken rules at once, each with its fix
    set_time(dlg, at(TUE, 21, 30))
    qtbot.waitUntil(lambda: {"quiet_hours", "visiting_window", "team_size"} <= dlg.unresolved_ids())
    assert {"quiet_hours", "visiting_window", "team_size"} <= set(shown_rules(dlg))
    texts = [dlg.violations.item(i).text() for i in range(dlg.violations.count())]
    assert all("Fix: " in t for t in texts if not t.startswith("Note"))
    assert dlg.end_time.time() == QTime(22, 30)  # the length is kept
    assert not dlg.save_btn.isEnabled() and "broken" in dlg.verdict.text()
    # fix them one by one; the panel follows
    check_all(dlg)
    qtbot.waitUntil(lambda: "team_size" not in dlg.unresolved_ids())
    assert not dlg.save_btn.isEnabled()
    set_time(dlg, at(TUE, 10))
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    assert dlg.unresolved_ids() == set() and "Every rule is met" in dlg.verdict.text()
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert dlg.result() == VisitDialog.DialogCode.Accepted and len(dlg.saved_ids) == 1
    info = VisitService(w.db, w.collector, clock=clock()).get(dlg.saved_ids[0])
    assert (info.start, info.end, set(info.member_ids)) == (
        at(TUE, 10), at(TUE, 11), {w.collector.user_id, w.collector2.user_id})


def test_a_notice_time_in_the_future_must_be_fixed_before_saving(qtbot, sqlite_world):
    """Saving refuses a notice recorded before it was given, so the panel says "Must fix", not "Note"."""
    from PySide6.QtCore import QDateTime

    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 10))
    check_all(dlg)
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    dlg.notice_sent.setChecked(True)
    later = at(TUE, 9)  # after "now" (the clock's 10:00 on 12-01), before the visit
    dlg.notice_at.setDateTime(QDateTime(QDate(later.year, later.month, later.day), QTime(later.hour, 0)))
    qtbot.waitUntil(lambda: "warning:notice_future" in shown_rules(dlg))
    item = dlg.violations.item(shown_rules(dlg).index("warning:notice_future"))
    assert item.text().startswith("Must fix · ") and not dlg.save_btn.isEnabled()
    assert "1 rule broken" in dlg.verdict.text()


def test_suggested_slot_fills_the_form(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 21))
    check_all(dlg)
    qtbot.mouseClick(dlg.suggest_btn, Qt.MouseButton.LeftButton)
    assert dlg.slots.isVisible() and dlg.slots.count() > 0
    item = dlg.slots.item(2)
    s, e = item.data(Qt.ItemDataRole.UserRole)
    rect = dlg.slots.visualItemRect(item)
    qtbot.mouseClick(dlg.slots.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (dlg.start_dt(), dlg.end_dt()) == (s, e)
    assert dlg.unresolved_ids() == set() and dlg.save_btn.isEnabled()


def test_outside_the_window_needs_agreement_and_supervisor_approval(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.supervisor, [case_id], start=at(WED, 20, 15))
    check_all(dlg)
    qtbot.waitUntil(lambda: dlg.unresolved_ids() == {"visiting_window"})
    assert dlg.agreed_window.isEnabled() and dlg.approve.isEnabled() and not dlg.agreed_weekend.isEnabled()
    assert not dlg.save_btn.isEnabled()
    dlg.agreed_window.setChecked(True)
    dlg.approve.setChecked(True)
    dlg.override_reason.setText("客户白天上班，本人要求晚上面谈")
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    assert "visiting_window" in dlg.rule_ids() and dlg.unresolved_ids() == set()
    assert "Allowed by exception" in dlg.violations.item(shown_rules(dlg).index("visiting_window")).text()
    # back inside the window: the exception boxes are off again
    set_time(dlg, at(WED, 10))
    qtbot.waitUntil(lambda: not dlg.approve.isEnabled())
    assert dlg.approved_by() is None


def test_several_cases_one_visit_each_in_consecutive_slots(qtbot, sqlite_world):
    w = sqlite_world
    a = new_case(w, assigned=w.collector.user_id, address="北京市朝阳区建国路88号")
    b = new_case(w, assigned=w.collector.user_id, address="北京市朝阳区光华路5号")
    dlg = dialog(qtbot, w, w.collector, [a, b], start=at(WED, 9, 30))
    check_all(dlg)
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    drafts = dlg.drafts()
    assert [(d.case_id, d.start, d.end) for d in drafts] == [
        (a, at(WED, 9, 30), at(WED, 10, 30)), (b, at(WED, 11), at(WED, 12))]
    assert dlg.schedule_label.isVisible()
    dlg.save()
    assert len(dlg.saved_ids) == 2
    rows = VisitService(w.db, w.collector, clock=clock()).list_range(WED, WED)
    assert sorted((r.case_id, r.start) for r in rows) == [(a, at(WED, 9, 30)), (b, at(WED, 11))]


def test_edit_an_existing_visit(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    vid = plan(w, w.collector, case_id, at(TUE, 10))
    dlg = dialog(qtbot, w, w.collector, [case_id], visit_id=vid)
    assert dlg.windowTitle() == "Edit visit" and dlg.start_dt() == at(TUE, 10)
    assert set(dlg.members()) == {w.collector.user_id, w.collector2.user_id}
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    set_time(dlg, at(TUE, 14))
    dlg.purpose.setText("复核还款计划")
    dlg.run_check()
    dlg.save()
    info = VisitService(w.db, w.collector, clock=clock()).get(vid)
    assert (info.start, info.purpose, info.version) == (at(TUE, 14), "复核还款计划", 2)
    # suggesting slots while editing: the visit itself is not a second visit of the case within 7 days
    again = dialog(qtbot, w, w.collector, [case_id], visit_id=vid)
    qtbot.mouseClick(again.suggest_btn, Qt.MouseButton.LeftButton)
    first, _ = again.slots.item(0).data(Qt.ItemDataRole.UserRole)
    assert first.date() <= TUE, first  # a slot near the booked day, not a week after it


def test_new_address_is_used(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 15))
    check_all(dlg)
    dlg.address.setCurrentIndex(dlg.address.findData("__new__"))
    assert dlg.new_address.isVisible()
    qtbot.waitUntil(lambda: "no_address" in dlg.unresolved_ids())
    dlg.new_address.setText("北京市朝阳区望京街10号")
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    dlg.save()
    info = VisitService(w.db, w.collector, clock=clock()).get(dlg.saved_ids[0])
    assert (info.address, info.address_kind) == ("北京市朝阳区望京街10号", "other")


def test_a_new_visit_opens_compliant_team_and_first_free_slot(qtbot, sqlite_world):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id])  # from the case detail: no slot chosen yet
    assert w.collector.user_id in dlg.members() and len(dlg.members()) == 2
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    assert dlg.unresolved_ids() == set()
    first = VisitService(w.db, w.collector, clock()).suggest(case_id, dlg.members(), limit=1)[0]
    assert (dlg.start_dt(), dlg.end_dt()) == first


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def test_rules_and_refusals_read_in_english(qtbot, sqlite_world, monkeypatch):
    from desktop.services.visits import VisitRefused
    from desktop.views import visit_dialog

    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 21, 30))
    qtbot.waitUntil(lambda: {"quiet_hours", "visiting_window", "team_size"} <= dlg.unresolved_ids())
    texts = {dlg.violations.item(i).data(Qt.ItemDataRole.UserRole): dlg.violations.item(i).text()
             for i in range(dlg.violations.count())}
    assert texts["quiet_hours"] == ("Must fix · The visit ends at 22:30, inside the quiet hours 22:00–08:00.\n"
                                    "→ Fix: Move it between 09:00 and 20:00. The quiet hours 22:00–08:00 allow "
                                    "no exception.")
    assert all(not CJK.search(t) for t in texts.values()), texts
    refused = VisitRefused(dlg.service.check(dlg.drafts()[0]))
    assert CJK.search(str(refused))
    # the service refuses on saving (e.g. someone booked the team meanwhile): the box reads in English
    check_all(dlg)
    set_time(dlg, at(TUE, 10))
    qtbot.waitUntil(dlg.save_btn.isEnabled)
    shown = []
    monkeypatch.setattr(visit_dialog.QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))

    def refuse(draft):
        raise refused

    monkeypatch.setattr(dlg.service, "create", refuse)
    dlg.save()
    [(title, text)] = shown
    assert title == "The visit was not saved"
    assert "• The visit ends at 22:30, inside the quiet hours 22:00–08:00.\n   Fix: Move it between 09:00" in text
    assert "• The team has 1 collector(s); a visit needs at least 2." in text
    assert not CJK.search(text), text
    # a refusal that carries no violations shows the service's own words
    assert visit_dialog.refusal_text(VisitRefused(CheckResult(), "外访未保存。")) == "外访未保存。"


def test_rules_read_as_the_service_wrote_them_in_chinese(qtbot, sqlite_world, zh):
    w = sqlite_world
    case_id = new_case(w, assigned=w.collector.user_id)
    dlg = dialog(qtbot, w, w.collector, [case_id], start=at(TUE, 21, 30))
    qtbot.waitUntil(lambda: "quiet_hours" in dlg.unresolved_ids())
    [v] = [v for _, r in dlg.results for v in r.violations if v.rule_id == "quiet_hours"]
    text = dlg.violations.item(shown_rules(dlg).index("quiet_hours")).text()
    assert v.message == "结束时间 22:30 进入禁止上门时段 22:00–08:00"
    assert v.message in text and v.fix in text
