"""The main window puts every feature where a user looks for it, by role: pages, menus, case actions."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget

from desktop.services.reference import ReferenceService
from desktop.views.mainwindow import MainWindow


def _menu_texts(w: MainWindow) -> set[str]:
    return {a.text() for m in w.menuBar().actions() for a in m.menu().actions()}


def _window(qtbot, world, actor) -> MainWindow:
    w = MainWindow(world.db, actor)
    qtbot.addWidget(w)
    w.show()
    return w


def _close(w: MainWindow) -> None:
    w.cases_page.wait_idle()
    w.close()


def test_supervisor_today_page_has_worklist_and_dashboard(qtbot, demo_world):
    from desktop.views.dashboard import Dashboard
    from desktop.views.worklist import WorklistPage

    w = _window(qtbot, demo_world, demo_world.supervisor)
    w.show_page("today")
    tabs = w.pages.currentWidget()
    assert isinstance(tabs, QTabWidget)
    assert isinstance(tabs.widget(0), WorklistPage) and isinstance(tabs.widget(1), Dashboard)
    assert w.reports is not None and w.calendar is not None
    _close(w)


def test_collector_sees_no_reports_and_no_assignment(qtbot, demo_world):
    from desktop.views.worklist import WorklistPage

    w = _window(qtbot, demo_world, demo_world.collector)
    w.show_page("today")
    assert isinstance(w.pages.currentWidget(), WorklistPage)
    assert w.reports is None
    keys = set(w.cases_page.detail.action_buttons)
    assert {"assess", "plan", "visit", "outcome", "payment", "task"} <= keys
    assert "assign" not in keys
    assert not any(a.objectName() == "selection_assign" for a in w.cases_page.selection_actions)
    texts = _menu_texts(w)
    assert not any("Import" in t for t in texts)  # collectors do not import
    _close(w)


def test_supervisor_case_actions_and_menus(qtbot, demo_world):
    w = _window(qtbot, demo_world, demo_world.supervisor)
    assert "assign" in w.cases_page.detail.action_buttons
    names = {a.objectName() for a in w.cases_page.selection_actions}
    assert names == {"selection_assess", "selection_visit", "selection_assign"}
    texts = _menu_texts(w)
    assert {"&Import overdue export…", "&Export case list…", "Plan appro&vals…",
            "Auto-&assign unassigned cases…"} <= texts
    _close(w)


def test_worklist_open_case_shows_the_case_detail(qtbot, demo_world):
    w = _window(qtbot, demo_world, demo_world.supervisor)
    w.show_page("today")
    w.cases_page.wait_idle()
    some_case = w.cases_page.model.rows[0].id if w.cases_page.model.rows else None
    assert some_case is not None
    w.worklist.open_case.emit(some_case)
    assert w.pages.currentWidget() is w.cases_page
    assert w.cases_page.detail.isVisible() and w.cases_page.detail.detail.id == some_case
    timeline = w.cases_page.detail.timeline  # the customer's filterable timeline, in the detail
    assert timeline.case_id == some_case
    kinds = {e.kind for e in timeline.entries}
    if kinds:
        timeline.set_kind(sorted(kinds)[0])
        assert {e.kind for e in timeline.visible_entries()} == {sorted(kinds)[0]}
    _close(w)


def test_admin_settings_page_tabs_and_official_days(qtbot, demo_world):
    w = _window(qtbot, demo_world, demo_world.admin)
    w.show_page("settings")
    page = w.settings_page
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:3] == ["Users", "Company and security", "Scorecard"]
    assert "Holidays" in titles and "Result codes" in titles
    assert page.result_codes.table.rowCount() >= 10  # the result codes are edited in place
    # 2027 is not covered by chinesecalendar: a warning until the admin enters the arrangement
    tab = page.official_days
    tab.year.setValue(2027)
    assert tab.warning.isVisibleTo(tab) and "2027" in tab.warning.text()
    from PySide6.QtCore import QDate

    tab.day.setDate(QDate(2027, 2, 6))
    tab.kind.setCurrentIndex(tab.kind.findData("holiday"))
    tab.name.setText("春节")
    tab.add()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "春节"
    # one day is not the year's arrangement: the warning says it is incomplete until every statutory holiday is in
    assert tab.warning.isVisibleTo(tab) and "incomplete" in tab.warning.text()
    rows = ReferenceService(demo_world.db, demo_world.admin).official_days(2027)
    assert [(r.day, r.kind) for r in rows] == [(date(2027, 2, 6), "holiday")]
    from desktop.services.workcalendar import statutory_holidays

    for d in statutory_holidays(2027):
        ReferenceService(demo_world.db, demo_world.admin).set_official_day(d, "holiday", "法定节假日")
    tab.reload()
    assert not tab.warning.isVisibleTo(tab)
    _close(w)


def test_company_settings_refuse_a_bad_account_and_save_a_good_one(qtbot, demo_world, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    w = _window(qtbot, demo_world, demo_world.admin)
    tab = w.settings_page.company
    tab.fields["account_no"].setText("12AB")
    tab.save()
    assert shown and "12AB" in shown[-1]
    ref = ReferenceService(demo_world.db, demo_world.admin)
    assert ref.setting("company")["account_no"] != "12AB"
    tab.fields["account_no"].setText("6222 0200 1234 5678")
    tab.idle.setValue(20)
    tab.save()
    assert ref.setting("company")["account_no"] == "6222 0200 1234 5678"
    assert ref.setting("idle_lock_minutes") == 20
    _close(w)


def test_export_case_list_writes_the_filtered_list_masked(qtbot, demo_world, tmp_path, monkeypatch):
    w = _window(qtbot, demo_world, demo_world.supervisor)
    page = w.cases_page
    page.wait_idle()
    qtbot.waitUntil(lambda: getattr(page, "last_summary", None) is not None, timeout=10000)
    expected = page.last_summary.count
    out = tmp_path / "cases.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    w._export_cases()
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    qtbot.waitUntil(lambda: page.export_job.done.is_set(), timeout=20000)
    ws = openpyxl.load_workbook(out, read_only=True).active
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert rows[-1][0] == "合计（筛选后）"  # the totals row below the cases
    rows = rows[:-1]
    assert len(rows) == expected > 0
    assert all("*" in str(r[3]) for r in rows)  # mobile masked
    assert not list(tmp_path.glob("tmp*.xlsx"))  # no temporary file left behind
    _close(w)


def test_f5_refreshes_the_current_page(qtbot, demo_world):
    w = _window(qtbot, demo_world, demo_world.supervisor)
    w.show_page("today")
    calls = []
    w.worklist.reload = lambda: calls.append("worklist")
    w.pages.currentWidget().setCurrentIndex(0)
    w.refresh_current()
    assert calls == ["worklist"]
    _close(w)


def test_conflict_in_a_case_action_names_it_and_offers_reload(qtbot, demo_world, monkeypatch):
    from desktop.services.errors import ConflictError

    w = _window(qtbot, demo_world, demo_world.supervisor)
    page = w.cases_page
    page.wait_idle()
    page.open_case(0)
    case_id = page.detail.detail.id
    seen = {}

    def fake_exec(box) -> int:  # noqa: ANN001
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box._picked = next(b for b in box.buttons() if b.text() == "Reload")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._picked)
    shown = []
    monkeypatch.setattr(page.detail, "show_case", lambda cid: shown.append(cid))

    def stale(parent, cid):  # noqa: ANN001
        raise ConflictError("案件已被 张主管 于 2026-11-28 10:00 修改，你看到的是旧数据。")

    btn = page.detail.add_action("stale", "Stale", stale)
    btn.click()
    assert "张主管" in seen["text"] and "Reload" in seen["buttons"]
    assert shown == [case_id]  # reloaded after the user chose Reload
    _close(w)


def test_admin_edits_the_visit_rules(qtbot, demo_world, monkeypatch):
    from PySide6.QtCore import QTime

    from desktop.services.visits import VisitService

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    w = _window(qtbot, demo_world, demo_world.admin)
    editor = w.settings_page.policy
    assert editor.window_start.time() == QTime(9, 0) and editor.window_end.time() == QTime(20, 0)
    editor.window_end.setTime(QTime(8, 30))  # ends before it starts
    editor.save()
    assert shown and VisitService(demo_world.db, demo_world.admin).policy().window_end.hour == 20
    editor.window_end.setTime(QTime(19, 0))
    editor.max_day.setValue(6)
    editor.save()
    policy = VisitService(demo_world.db, demo_world.supervisor).policy()
    assert (policy.window_end.hour, policy.max_per_collector_day) == (19, 6)
    assert "Version 1" in editor.head.text()
    _close(w)


def test_task_from_the_case_detail_says_whose_list_it_joins(qtbot, demo_world, monkeypatch):
    """F8 adds the task for the case's collector (the service's rule): the status bar names them."""
    from PySide6.QtWidgets import QDialog

    from desktop.views.worklist import NewTaskDialog

    calls = []

    def exec_once(dlg):  # the user types the task and presses Add task, once
        calls.append(dlg)
        if len(calls) > 1:
            return QDialog.DialogCode.Rejected
        dlg.title.setPlainText("致电单位核实新工作")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewTaskDialog, "exec", exec_once)
    w = _window(qtbot, demo_world, demo_world.supervisor)
    w.show_page("cases")
    w.cases_page.wait_idle()
    row = next(r for r in w.cases_page.model.rows if r.collector and r.collector != demo_world.supervisor.name)
    w.cases_page.open_case_id(row.id)
    assert w.cases_page.detail.detail.id == row.id
    w.cases_page.detail.action_buttons["task"].click()
    assert len(calls) == 1 and w.statusBar().currentMessage() == f"Task added to {row.collector}'s list."
    _close(w)
