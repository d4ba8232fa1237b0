"""Main window: navigation rail (工作台 / 案件 / 日程 / 报表 / 设置), menus with shortcuts, status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.caselist import CaseListService
from desktop.services.cases import CaseDetailService, can_see_all_branches
from desktop.services.context import Actor
from desktop.services.permissions import Perm, allowed
from desktop.services.reference import ReferenceService
from desktop.services.users import UserService
from desktop.views.case_actions import install_case_actions
from desktop.views.casepage import CasePage
from desktop.views.common import labels
from desktop.views.icons import icon
from desktop.views.security import IdleWatcher, LockDialog
from desktop.views.theme import LANGUAGES


class ComingPage(QWidget):
    def __init__(self, title: str, note: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        t = QLabel(title)
        t.setStyleSheet("font-size: 16pt; font-weight: bold;")
        n = QLabel(note)
        n.setWordWrap(True)
        n.setStyleSheet("color: #5a6475;")
        v = QVBoxLayout(self)
        v.addWidget(t)
        v.addWidget(n)
        v.addStretch(1)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, parent=None, *, idle_minutes: float | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("VisitDesk — On-site collection case management"))
        self.resize(1400, 860)
        ref = ReferenceService(db, actor)
        self.cases_page = CasePage(CaseListService(db, actor), CaseDetailService(db, actor), UserService(db, actor),
                                   ref.branches())
        self.cases_page.status_message.connect(lambda m: self.statusBar().showMessage(m, 4000))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(132)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget#nav { background: #24324a; color: #dfe6f0; border: none; font-size: 11pt; }"
            "QListWidget#nav::item { padding: 12px 14px; }"
            "QListWidget#nav::item:selected { background: #1f5fa8; color: white; }")
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self._add_page(self.tr("Today"), self._today_page(), "today")
        self._add_page(self.tr("Cases"), self.cases_page, "cases")
        self._add_page(self.tr("Calendar"), self._calendar_page(), "calendar")
        self._add_page(self.tr("Reports"), self._reports_page(), "reports")
        if allowed(actor.role, Perm.SETTINGS_ADMIN):
            self._add_page(self.tr("Settings"), self._settings_page(), "settings")
        install_case_actions(self)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget()
        h = QHBoxLayout(central)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(0)
        h.addWidget(self.nav)
        h.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # what the user works on: a manager (or admin) sees every branch, whatever branch the account is in
        scope = self.tr("all branches") if can_see_all_branches(actor) or not actor.branch_name else actor.branch_name
        who = QLabel(self.tr("%1 · %2 · %3").replace("%1", actor.name).replace("%2", labels().role(actor.role))
                     .replace("%3", scope))
        who.setObjectName("whoAmI")
        self.statusBar().addPermanentWidget(who)
        self._menus()
        self.show_page(str(QSettings().value("main/page", "cases")) if QSettings().value("main/page") in self.page_keys
                       else "cases")
        self._restore()
        self.statusBar().showMessage(self.tr("Signed in as %1").replace("%1", actor.login), 5000)
        minutes = idle_minutes if idle_minutes is not None else float(ref.setting("idle_lock_minutes", 15) or 15)
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.locked = False

    def lock(self) -> None:
        """Idle lock: the window's content is hidden until the password is entered again."""
        if self.locked:
            return
        self.locked = True
        self.idle.paused = True
        self.centralWidget().setVisible(False)
        dlg = LockDialog(UserService(self.db, self.actor), self)
        self.lock_dialog = dlg
        dlg.finished.connect(self._unlocked)
        dlg.open()

    def _unlocked(self, result: int) -> None:
        self.lock_dialog = None
        if result != LockDialog.DialogCode.Accepted:
            self.close()
            return
        self.locked = False
        self.centralWidget().setVisible(True)
        self.idle.paused = False
        self.idle.timer.start()

    def _add_page(self, title: str, widget: QWidget, key: str) -> None:
        item = QListWidgetItem(icon(key, "#dfe6f0"), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.pages.addWidget(widget)
        self.page_keys.append(key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys.index(key))

    def _message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def open_case(self, case_id: int) -> None:
        """Open a case's detail on the case page (from the worklist, the calendar, the dashboard …)."""
        self.show_page("cases")
        self.cases_page.open_case_id(case_id)

    # --- pages ------------------------------------------------------------------------------------------
    def _today_page(self) -> QWidget:
        self.worklist = self.dashboard = None
        if not allowed(self.actor.role, Perm.TASK_WORK):
            return ComingPage(self.tr("Today's work"), self.tr(
                "Administrators do no case work: users, policy and company settings are on the Settings page, "
                "the audit log under Tools."))
        from desktop.views.worklist import WorklistPage

        self.worklist = WorklistPage(self.db, self.actor)
        self.worklist.open_case.connect(self.open_case)
        self.worklist.status_message.connect(self._message)
        if not allowed(self.actor.role, Perm.REPORT_VIEW):
            return self.worklist
        from desktop.views.dashboard import Dashboard

        self.dashboard = Dashboard(self.db, self.actor)
        tabs = QTabWidget()
        tabs.setObjectName("todayTabs")
        tabs.addTab(self.worklist, icon("today"), self.tr("Worklist"))
        tabs.addTab(self.dashboard, icon("reports"), self.tr("Dashboard"))
        tabs.setCurrentIndex(int(QSettings().value("today/tab", 0) or 0))
        tabs.currentChanged.connect(lambda i: QSettings().setValue("today/tab", i))
        return tabs

    def _calendar_page(self) -> QWidget:
        self.calendar = None
        if not allowed(self.actor.role, Perm.VISIT_SCHEDULE):
            return ComingPage(self.tr("Visit calendar"), self.tr(
                "Visits are scheduled by collectors, supervisors and managers."))
        from desktop.views.calendar import CalendarPage

        self.calendar = CalendarPage(self.db, self.actor)
        self.calendar.open_case.connect(self.open_case)
        self.calendar.status_message.connect(self._message)
        return self.calendar

    def _reports_page(self) -> QWidget:
        self.reports = None
        if not allowed(self.actor.role, Perm.REPORT_VIEW):
            return ComingPage(self.tr("Reports"), self.tr(
                "Reports are for supervisors and managers. Your own cases, visits and tasks are on the other pages."))
        from desktop.views.reports_page import ReportsPage

        self.reports = ReportsPage(self.db, self.actor)
        self.reports.status_message.connect(self._message)
        return self.reports

    def _settings_page(self) -> QWidget:
        from desktop.views.settings_page import SettingsPage

        self.settings_page = SettingsPage(self.db, self.actor)
        self.settings_page.status_message.connect(self._message)
        return self.settings_page

    def refresh_current(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, QTabWidget):
            page = page.currentWidget()
        for name in ("refresh", "reload"):
            fn = getattr(page, name, None)
            if callable(fn):
                fn()
                return

    def _menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        if allowed(self.actor.role, Perm.IMPORT_RUN):
            imp = QAction(icon("import"), self.tr("&Import overdue export…"), self)
            imp.setShortcut(QKeySequence("Ctrl+I"))
            imp.triggered.connect(self._import)
            hist = QAction(self.tr("Import &history…"), self)
            hist.setShortcut(QKeySequence("Ctrl+H"))
            hist.triggered.connect(self._import_history)
            tmpl = QAction(self.tr("Save import &template…"), self)
            tmpl.triggered.connect(self._import_template)
            for a in (imp, hist, tmpl):
                file_menu.addAction(a)
        if allowed(self.actor.role, Perm.EXPORT_CASES):
            exp = QAction(icon("export"), self.tr("&Export case list…"), self)
            exp.setShortcut(QKeySequence("Ctrl+E"))
            exp.triggered.connect(self._export_cases)
            file_menu.addAction(exp)
        file_menu.addSeparator()
        quit_act = QAction(icon("quit"), self.tr("&Quit"), self)
        quit_act.setShortcut(QKeySequence("Ctrl+Q"))
        quit_act.triggered.connect(self.close)
        file_menu.addAction(quit_act)

        view = mb.addMenu(self.tr("&View"))
        find = QAction(icon("search"), self.tr("&Search cases"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self._find)
        refresh = QAction(icon("refresh"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh_current)
        view.addAction(find)
        view.addAction(refresh)
        view.addSeparator()
        for i in range(self.nav.count()):
            act = QAction(self.nav.item(i).text(), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.nav.setCurrentRow(i))
            view.addAction(act)
        lang_menu = mb.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = QSettings().value("ui/language", "zh_CN")
        for code, name in LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(act)
            lang_menu.addAction(act)
        tools = mb.addMenu(self.tr("&Tools"))
        for text, perm, handler, keys in (
                (self.tr("Assess all &unassessed cases…"), Perm.ASSESS, self._bulk_assess, "Ctrl+Shift+A"),
                (self.tr("Auto-&assign unassigned cases…"), Perm.CASE_ASSIGN, self._auto_assign, "Ctrl+Shift+G"),
                (self.tr("Plan appro&vals…"), Perm.PLAN_APPROVE_SUPERVISOR, self._plan_approvals, "Ctrl+Shift+P")):
            if allowed(self.actor.role, perm):
                act = QAction(text, self)
                act.setShortcut(QKeySequence(keys))
                act.triggered.connect(handler)
                tools.addAction(act)
        tools.addSeparator()
        if allowed(self.actor.role, Perm.AUDIT_VIEW):
            audit_act = QAction(self.tr("Au&dit log…"), self)
            audit_act.setShortcut(QKeySequence("Ctrl+Shift+L"))
            audit_act.triggered.connect(self._audit_log)
            tools.addAction(audit_act)
        change_pw = QAction(self.tr("Change &password…"), self)
        change_pw.triggered.connect(self._change_password)
        tools.addAction(change_pw)
        help_menu = mb.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About VisitDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _import(self) -> None:
        from desktop.views.import_wizard import open_import_wizard

        if open_import_wizard(self, self.db, self.actor):
            self.cases_page.refresh(announce=False)

    def _import_history(self) -> None:
        from desktop.views.import_history import open_import_history

        open_import_history(self, self.db, self.actor)

    def _import_template(self) -> None:
        from desktop.views.import_wizard import save_import_template

        save_import_template(self)

    def _export_cases(self) -> None:
        from desktop.views.case_export import export_case_list

        export_case_list(self, self.cases_page)

    def _bulk_assess(self) -> None:
        from desktop.views.assessment_dialog import run_bulk_assessment

        if run_bulk_assessment(self, self.db, self.actor, None):
            self.cases_page.refresh(announce=False)

    def _auto_assign(self) -> None:
        from desktop.views.assignment_dialog import open_auto_assign

        if open_auto_assign(self, self.db, self.actor):
            self.cases_page.refresh(announce=False)

    def _plan_approvals(self) -> None:
        from desktop.views.plan_dialog import open_plan_approvals

        if open_plan_approvals(self, self.db, self.actor):
            self.cases_page.refresh(announce=False)

    def _audit_log(self) -> None:
        from desktop.views.audit_dialog import open_audit_log

        open_audit_log(self, self.db, self.actor)

    def _change_password(self) -> None:
        from desktop.views.security import ChangePasswordDialog

        if ChangePasswordDialog(UserService(self.db, self.actor), parent=self).exec():
            self.statusBar().showMessage(self.tr("Password changed"), 5000)

    def _find(self) -> None:
        self.show_page("cases")
        self.cases_page.focus_search()

    def _set_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language will change the next time VisitDesk starts."))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About VisitDesk"), self.tr(
            "VisitDesk %1 — case management for on-site collection visits.\n"
            "Font: Noto Sans SC (SIL Open Font License 1.1).").replace("%1", QApplication.applicationVersion()))

    def _restore(self) -> None:
        geo = QSettings().value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        self.idle.stop()
        QSettings().setValue("main/geometry", self.saveGeometry())
        QSettings().setValue("main/page", self.page_keys[self.nav.currentRow()])
        for page in (self.worklist, self.dashboard, self.reports, self.calendar):
            wait = getattr(page, "wait_idle", None)
            if callable(wait):
                wait()
        self.cases_page.save_layout()
        self.cases_page.wait_idle()
        super().closeEvent(event)
