import logging

from PySide6.QtCore import QSettings

from desktop.views.mainwindow import MainWindow


def test_main_window_shows_user_role_branch_and_pages(qtbot, demo_world, zh):
    w = MainWindow(demo_world.db, demo_world.supervisor)
    qtbot.addWidget(w)
    w.show()
    labels = [c.text() for c in w.statusBar().findChildren(type(w.cases_page.summary))]
    assert any("张主管" in t and "主管" in t and "北京朝阳营业部" in t for t in labels)
    items = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert items == ["工作台", "案件", "日程", "报表"]  # no settings for a supervisor
    assert w.pages.currentWidget() is w.cases_page
    w.cases_page.wait_idle()


def test_a_manager_s_status_bar_says_all_branches(qtbot, demo_world):
    """A manager sees every branch: the status bar says so, not his account's home branch."""
    w = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w)
    labels = [c.text() for c in w.statusBar().findChildren(type(w.cases_page.summary))]
    assert any(t.endswith(" · Manager · all branches") for t in labels), labels
    w.cases_page.wait_idle()


def test_admin_gets_settings_page(qtbot, demo_world):
    w = MainWindow(demo_world.db, demo_world.admin)
    qtbot.addWidget(w)
    assert w.nav.count() == 5


def test_geometry_and_column_layout_are_restored(qtbot, demo_world):
    w = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w)
    w.show()
    w.resize(1000, 640)
    size = (w.width(), w.height())
    assert size != (1400, 860)
    w.cases_page.table.setColumnWidth(1, 173)
    w.close()
    assert QSettings().value("main/geometry") is not None
    w2 = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.cases_page.table.columnWidth(1) == 173
    # the offscreen test screen is 800 px wide, so only the height survives the screen clamp
    assert w2.height() == size[1]
    w2.close()


def test_ctrl_f_action_focuses_search(qtbot, demo_world):
    w = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(0)
    find = next(a for m in w.menuBar().actions() for a in m.menu().actions() if a.shortcut().toString() == "Ctrl+F")
    find.trigger()
    assert w.pages.currentWidget() is w.cases_page
    w.cases_page.wait_idle()


def test_excepthook_logs_and_shows_details(qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    import desktop.app as app_mod

    monkeypatch.setattr(app_mod, "log_dir", lambda: tmp_path)
    log_path = app_mod.setup_logging()
    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.setdefault("details", self.detailedText()))
    old = sys.excepthook
    try:
        app_mod.install_excepthook()
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    for h in logging.getLogger().handlers:
        h.flush()
    assert "boom in a slot" in shown["details"] and "Traceback" in shown["details"]
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    for h in list(logging.getLogger().handlers):
        if getattr(h, "baseFilename", "").startswith(str(tmp_path)):
            logging.getLogger().removeHandler(h)
            h.close()


def test_an_action_s_result_stays_in_the_status_bar_after_the_list_is_read_again(qtbot, demo_world, monkeypatch):
    """After "Assess all unassessed cases" the list is read again; the status bar keeps the assessment's result
    (it used to be replaced by "Refreshed" at once). F5 still says "Refreshed"."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w)
    w.show()
    w.cases_page.wait_idle()
    bulk = next(a for m in w.menuBar().actions() for a in m.menu().actions()
                if a.text().replace("&", "").startswith("Assess all unassessed"))
    bulk.trigger()
    w.cases_page.wait_idle()
    assert "cases assessed (A " in w.statusBar().currentMessage()
    refresh = next(a for m in w.menuBar().actions() for a in m.menu().actions() if a.shortcut().toString() == "F5")
    refresh.trigger()
    w.cases_page.wait_idle()
    assert w.statusBar().currentMessage() == "Refreshed"


def test_menu_commands_have_distinct_keyboard_shortcuts(qtbot, demo_world):
    """Every Tools entry a manager uses daily, the import history and the audit log have a shortcut, and no
    two menu commands share one."""
    w = MainWindow(demo_world.db, demo_world.manager)
    qtbot.addWidget(w)
    keys = {}
    for m in w.menuBar().actions():
        for a in m.menu().actions():
            k = a.shortcut().toString()
            if k:
                assert k not in keys, (k, keys.get(k), a.text())
                keys[k] = a.text().replace("&", "")
    for k, name in (("Ctrl+Shift+A", "Assess all unassessed cases…"), ("Ctrl+Shift+P", "Plan approvals…"),
                     ("Ctrl+Shift+L", "Audit log…"), ("Ctrl+H", "Import history…"),
                     ("Ctrl+Shift+G", "Auto-assign unassigned cases…")):
        assert keys.get(k) == name, (k, keys.get(k))
    w.cases_page.wait_idle()

