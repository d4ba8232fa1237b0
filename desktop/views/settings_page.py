"""设置 page (administrators): users, company and security settings, the scorecard, the visit policy,
the table of official days off, result codes. Every change goes through a service and is audited."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.assessment import AssessmentService
from desktop.services.context import BRANCH_TZ, Actor
from desktop.services.errors import ConflictError, ServiceError
from desktop.services.reference import COMPANY_FIELDS, ReferenceService
from desktop.services.users import UserInfo, UserService
from desktop.views.common import fmt_dt, labels, settings_form, show_error


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


def _item(text: str, data: object = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    return it


def compact_json(data: object) -> str:
    """Indented JSON with every innermost object on one line (a band, a threshold, a rule)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # JSON strings cannot hold a raw newline, so collapsing newlines inside {…} never touches a value
    return re.sub(r"\{[^{}\[\]]*\}", lambda m: re.sub(r"\s*\n\s*", " ", m.group(0)), text)


def _hint(text: str) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #5a6475;")
    return lab


# ------------------------------------------------------------------------------------------------------
class UserDialog(QDialog):
    """A new user, or with ``user`` an existing one: login read-only, no password fields (reset has its own
    button), the rest pre-filled."""

    def __init__(self, branches: list[tuple[int, str]], parent: QWidget | None = None,
                 user: UserInfo | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.name = QLineEdit()
        self.name.setObjectName("displayName")
        self.employee_no = QLineEdit()
        self.employee_no.setObjectName("employeeNo")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for code in ("collector", "supervisor", "manager", "admin"):
            self.role.addItem(labels().role(code), code)
        self.branch = QComboBox()
        self.branch.setObjectName("branch")
        self.branch.addItem(self.tr("(no branch — managers and administrators)"), None)
        for _bid, bname in branches:
            self.branch.addItem(bname, bname)
        form = QFormLayout(self)
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Employee no."), self.employee_no)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Branch"), self.branch)
        if user is None:
            self.password = QLineEdit()
            self.password.setObjectName("password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.must_change = QCheckBox(self.tr("Must choose a new password at first sign-in"))
            self.must_change.setChecked(True)
            form.addRow(self.tr("Initial password"), self.password)
            form.addRow("", _hint(self.tr("At least 8 characters with letters and digits; not the login name.")))
            form.addRow("", self.must_change)
        else:
            self.login.setText(user.login)
            self.login.setReadOnly(True)
            self.login.setToolTip(self.tr("The login name cannot be changed."))
            pal = self.login.palette()  # looks read-only, still selectable for copying
            pal.setColor(QPalette.ColorRole.Base, pal.color(QPalette.ColorRole.Window))
            self.login.setPalette(pal)
            self.name.setText(user.display_name)
            self.employee_no.setText(user.employee_no or "")
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            if user.branch_name and self.branch.findData(user.branch_name) < 0:
                self.branch.addItem(user.branch_name, user.branch_name)
            self.branch.setCurrentIndex(max(0, self.branch.findData(user.branch_name)))
            if not user.active:
                form.addRow("", _hint(self.tr("This account is deactivated; saving does not reactivate it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)
        (self.login if user is None else self.name).setFocus()


class UsersTab(QWidget):
    saved = Signal(str)

    def __init__(self, users: UserService, branches: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = users
        self.branches = branches
        self.table = _table([self.tr("Login"), self.tr("Name"), self.tr("Employee no."), self.tr("Role"),
                             self.tr("Branch"), self.tr("State")], "usersTable")
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_user, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_inactive = QCheckBox(self.tr("Show deactivated users"))
        self.show_inactive.toggled.connect(self.reload)
        add = QPushButton(self.tr("New user…"))
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editUser")
        self.edit_button.setToolTip(self.tr("Change the name, employee no., role or branch (Enter or double-click)"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.deactivate_button.setObjectName("deactivate")
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.reactivate_button.setObjectName("reactivate")
        self.reactivate_button.setToolTip(self.tr("Tick “Show deactivated users” and select one to let it sign in "
                                                  "again"))
        self.reactivate_button.clicked.connect(self.reactivate)
        bar = QHBoxLayout()
        for w in (add, self.edit_button, self.reset_button, self.deactivate_button, self.reactivate_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_inactive)
        v = QVBoxLayout(self)
        v.addLayout(bar)
        v.addWidget(self.table, 1)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current is not None else None)
        rows = self.users.list_users(active_only=not self.show_inactive.isChecked())
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            state = self.tr("Active") if u.active else self.tr("Deactivated")
            if u.must_change_password and u.active:
                state = self.tr("Active · must change password")
            if u.active and u.locked_until is not None and u.locked_until > datetime.now(UTC):
                state = self.tr("Locked until %1 (wrong passwords)").replace(
                    "%1", u.locked_until.astimezone(BRANCH_TZ).strftime("%H:%M"))
            for c, text in enumerate((u.login, u.display_name, u.employee_no or "", labels().role(u.role),
                                      u.branch_name or "—", state)):
                self.table.setItem(r, c, _item(text, u if c == 0 else None))
        self.table.setCurrentCell(-1, -1)
        for r, u in enumerate(rows):
            if u.id == keep:
                self.table.selectRow(r)
                break
        self.table.blockSignals(False)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().isRowSelected(row):
            return None
        item = self.table.item(row, 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        u = self.selected()
        self.edit_button.setEnabled(u is not None)
        self.reset_button.setEnabled(u is not None and u.active)
        self.deactivate_button.setEnabled(u is not None and u.active and u.id != self.users.actor.user_id)
        self.reactivate_button.setEnabled(u is not None and not u.active)

    def add_user(self) -> None:
        dlg = UserDialog(self.branches, self)
        while dlg.exec():
            try:
                self.users.create_user(dlg.login.text(), dlg.name.text().strip(), dlg.role.currentData(),
                                       dlg.branch.currentData(), dlg.password.text(),
                                       dlg.employee_no.text().strip() or None,
                                       must_change_password=dlg.must_change.isChecked())
            except ServiceError as e:
                show_error(self, e)
                continue
            self.reload()
            return

    def edit_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        dlg = UserDialog(self.branches, self, user=u)
        while dlg.exec():
            try:
                info = self.users.update_user(
                    u.id, display_name=dlg.name.text(), role=dlg.role.currentData(),
                    branch=dlg.branch.currentData(), employee_no=dlg.employee_no.text(),
                    expected_version=u.version)
            except ConflictError as e:  # changed meanwhile: nothing saved; show what is there now
                show_error(self, e)
                self.reload(select_id=u.id)
                return
            except ServiceError as e:
                show_error(self, e)
                continue
            self.reload(select_id=u.id)
            if info.version != u.version:
                self.saved.emit(self.tr("User %1 saved").replace("%1", info.login))
            return

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        dlg = ResetPasswordDialog(u.display_name, lambda pw: self.users.reset_password(u.id, pw), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.saved.emit(self.tr("Password of %1 reset: it must be changed at the next sign-in").replace(
            "%1", u.display_name))
        self.reload()

    def deactivate(self) -> None:
        u = self.selected()
        if u is None or not u.active:
            return
        try:
            held = self.users.open_case_count(u.id)
        except ServiceError as e:
            show_error(self, e)
            return
        text = self.tr("Deactivate %1? The account can no longer sign in; its history stays.").replace(
            "%1", u.display_name)
        if held:
            text += " " + self.tr("Its %n open case(s) become unassigned: the branch supervisor hands them out "
                                  "again.", "", held)
        if QMessageBox.question(self, self.tr("Deactivate user"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.users.deactivate(u.id, u.version, release_cases=bool(held))
        except ServiceError as e:
            show_error(self, e)
        self.reload()

    def reactivate(self) -> None:
        u = self.selected()
        if u is None or u.active:
            return
        try:
            info = self.users.reactivate(u.id, u.version)
        except ServiceError as e:
            show_error(self, e)
            self.reload()
            return
        self.reload(select_id=u.id)
        self.saved.emit(self.tr("%1 can sign in again").replace("%1", info.display_name))


# ------------------------------------------------------------------------------------------------------
class CompanyTab(QWidget):
    saved = Signal(str)

    def __init__(self, ref: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        titles = {"name": self.tr("Company name"), "account_name": self.tr("Account name (payee)"),
                  "bank_name": self.tr("Bank"), "account_no": self.tr("Account number"),
                  "hotline": self.tr("Verification hotline"), "complaint_hotline": self.tr("Complaint hotline")}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(_hint(self.tr("Printed on every visit notice: borrowers pay only into this account, and can "
                                  "call the hotline to verify the collectors.")))
        for key in COMPANY_FIELDS:
            e = QLineEdit()
            e.setObjectName(f"company_{key}")
            self.fields[key] = e
            form.addRow(titles[key], e)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.grace = QSpinBox()
        self.grace.setObjectName("graceDays")
        self.grace.setRange(0, 10)
        self.grace.setSuffix(self.tr(" day(s)"))
        form.addRow(self.tr("Lock the window after idle"), self.idle)
        form.addRow(self.tr("Grace days before a promise is judged"), self.grace)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveCompany")
        save.clicked.connect(self.save)
        settings_form(self, [form], save)
        self.reload()

    def reload(self) -> None:
        self.company = self.ref.setting_row("company")
        for k, e in self.fields.items():
            e.setText(str((self.company.value or {}).get(k, "")))
        self.idle_row = self.ref.setting_row("idle_lock_minutes")
        self.grace_row = self.ref.setting_row("grace_days")
        self.idle.setValue(int(self.idle_row.value or 15))
        self.grace.setValue(int(self.grace_row.value if self.grace_row.value is not None else 1))

    def save(self) -> None:
        try:
            self.ref.save_company({k: e.text() for k, e in self.fields.items()}, self.company.version or None)
            if self.idle.value() != self.idle_row.value:
                self.ref.save_number("idle_lock_minutes", self.idle.value(), self.idle_row.version or None)
            if self.grace.value() != self.grace_row.value:
                self.ref.save_number("grace_days", self.grace.value(), self.grace_row.version or None)
        except ServiceError as e:
            show_error(self, e)
            return
        self.reload()
        self.saved.emit(self.tr("Company and security settings saved"))


# ------------------------------------------------------------------------------------------------------
class ScorecardTab(QWidget):
    saved = Signal(str)

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.head = QLabel()
        self.head.setObjectName("scorecardHead")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("scorecardEditor")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(mono)
        self.versions = QListWidget()
        self.versions.setObjectName("scorecardVersions")
        self.versions.setMaximumWidth(260)
        self.versions.currentItemChanged.connect(self._show_version)
        save = QPushButton(self.tr("Save as new version"))
        save.setObjectName("saveScorecard")
        save.clicked.connect(self.save)
        revert = QPushButton(self.tr("Discard changes"))
        revert.clicked.connect(self.reload)
        v = QVBoxLayout(self)
        v.addWidget(self.head)
        v.addWidget(_hint(self.tr(
            "Factors with their bands and points, grade thresholds and the recommendation rules. Each save is "
            "checked, becomes the next version and is audited; every assessment keeps the version it used.")))
        h = QHBoxLayout()
        h.addWidget(self.editor, 1)
        h.addWidget(self.versions)
        v.addLayout(h, 1)
        b = QHBoxLayout()
        b.addStretch(1)
        b.addWidget(revert)
        b.addWidget(save)
        v.addLayout(b)
        self.reload()

    def reload(self) -> None:
        info = self.service.scorecard()
        self.version = info.version_no
        who = f" · {info.created_by}" if getattr(info, "created_by", None) else (
            " · " + self.tr("built-in") if info.version_no == 1 else "")
        when = f" · {fmt_dt(info.created_at)}" if getattr(info, "created_at", None) else ""
        self.head.setText(self.tr("Active scorecard: version %1").replace("%1", str(info.version_no)) + who + when)
        self.editor.setPlainText(compact_json(info.config))
        self.versions.blockSignals(True)
        self.versions.clear()
        for v in self.service.scorecard_versions():
            it = QListWidgetItem(self.tr("Version %1").replace("%1", str(v.version_no)) + (
                f" · {fmt_dt(v.created_at)}" if v.created_at else ""))
            it.setData(Qt.ItemDataRole.UserRole, v)
            self.versions.addItem(it)
        if not self.versions.count():
            self.versions.addItem(self.tr("Version %1 (built in, not changed yet)").replace("%1", str(info.version_no)))
        self.versions.blockSignals(False)

    def _show_version(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        v = item.data(Qt.ItemDataRole.UserRole)
        if v.version_no != self.version:
            self.editor.setPlainText(compact_json(v.config))
            self.head.setText(self.tr("Showing version %1 — save to make it active again as a new version")
                              .replace("%1", str(v.version_no)))

    def save(self) -> None:
        try:
            info = self.service.update_scorecard(self.editor.toPlainText(), expected_version=self.version)
        except ServiceError as e:
            show_error(self, e)
            return
        self.reload()
        self.saved.emit(self.tr("Scorecard version %1 is active").replace("%1", str(info.version_no)))


# ------------------------------------------------------------------------------------------------------
class OfficialDaysTab(QWidget):
    """The State Council's arrangement for years the chinesecalendar package does not cover yet."""

    def __init__(self, ref: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year + 1)
        self.year.valueChanged.connect(self.reload)
        self.warning = QLabel()
        self.warning.setObjectName("calendarWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.table = _table([self.tr("Date"), self.tr("Kind"), self.tr("Holiday or arrangement")], "officialDays")
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(self.year.value(), 1, 1))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Day off (holiday)"), "holiday")
        self.kind.addItem(self.tr("Make-up working day (调休上班)"), "workday")
        self.name = QLineEdit()
        self.name.setObjectName("dayName")
        self.name.setPlaceholderText(self.tr("e.g. 春节"))
        add = QPushButton(self.tr("Add / change"))
        add.setObjectName("addDay")
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("removeDay")
        remove.clicked.connect(self.remove)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        entry = QHBoxLayout()
        for w in (self.day, self.kind, self.name, add, remove):
            entry.addWidget(w)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(_hint(self.tr(
            "The State Council publishes next year's holidays each November. Until the chinesecalendar package "
            "covers a year, enter its days off and make-up working days here; an entry always wins.")))
        v.addWidget(self.warning)
        v.addWidget(self.table, 1)
        v.addLayout(entry)
        self.table.itemSelectionChanged.connect(self._pick)
        self.reload()

    def reload(self) -> None:
        rows = self.ref.official_days(self.year.value())
        self.table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            self.table.setItem(r, 0, _item(d.day.isoformat(), d.day))
            self.table.setItem(r, 1, _item(self.kind.itemText(self.kind.findData(d.kind))))
            self.table.setItem(r, 2, _item(d.name))
        missing = self.ref.calendar_warning(self.year.value()) is not None
        if missing and rows:  # some days entered, but not every statutory holiday
            text = self.tr("The arrangement for %1 is incomplete: some statutory holidays are not entered as days "
                           "off yet.")
        else:
            text = self.tr("The State Council's arrangement for %1 has not been entered: computed statutory "
                           "holidays are used until it is.")
        self.warning.setText(text.replace("%1", str(self.year.value())) if missing else "")
        self.warning.setVisible(missing)

    def _pick(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        d: date = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.day.setDate(QDate(d.year, d.month, d.day))
        self.name.setText(self.table.item(row, 2).text())

    def add(self) -> None:
        q = self.day.date()
        try:
            self.ref.set_official_day(date(q.year(), q.month(), q.day()), self.kind.currentData(), self.name.text())
        except ServiceError as e:
            show_error(self, e)
            return
        if q.year() != self.year.value():
            self.year.setValue(q.year())
        self.reload()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        try:
            self.ref.delete_official_day(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        except ServiceError as e:
            show_error(self, e)
        self.reload()


class ResetPasswordDialog(QDialog):
    """A temporary password typed twice; a password the policy refuses keeps the dialog open."""

    def __init__(self, name: str, save: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(380)
        self._save = save
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLabel()
        self.note.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(_hint(self.tr("Temporary password for %1 (must be changed at the next sign-in).").replace(
            "%1", name)))
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Repeat it"), self.again)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for e in (self.password, self.again):
            e.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        a, b = self.password.text(), self.again.text()
        same = a == b
        self.note.setText("" if same or not b else self.tr("The two passwords differ."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(a) and same)

    def _ok(self) -> None:
        try:
            self._save(self.password.text())
        except ServiceError as e:
            show_error(self, e)  # e.g. too short: type another one
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


# ------------------------------------------------------------------------------------------------------
class SettingsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        ref = ReferenceService(db, actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.users = UsersTab(UserService(db, actor), ref.branches())
        self.users.saved.connect(self.status_message)
        self.company = CompanyTab(ref)
        self.company.saved.connect(self.status_message)
        self.scorecard = ScorecardTab(AssessmentService(db, actor))
        self.scorecard.saved.connect(self.status_message)
        self.official_days = OfficialDaysTab(ref)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.company, self.tr("Company and security"))
        self.tabs.addTab(self.scorecard, self.tr("Scorecard"))
        self.policy = self._policy_tab()
        self.tabs.addTab(self.policy, self.tr("Visit rules"))
        self.tabs.addTab(self.official_days, self.tr("Holidays"))
        from desktop.services.outcomes import ResultCodeService
        from desktop.views.result_codes import ResultCodesDialog

        codes = QWidget()
        cv = QVBoxLayout(codes)
        cv.addWidget(_hint(self.tr(
            "Result codes of visits and calls, and what each counts as in the KPIs (contacted, right party, "
            "promise).")))
        self.result_codes = ResultCodesDialog(ResultCodeService(db, actor), embedded=True)
        cv.addWidget(self.result_codes, 1)
        self.tabs.addTab(codes, self.tr("Result codes"))
        v = QVBoxLayout(self)
        v.addWidget(self.tabs)

    def _policy_tab(self) -> QWidget:
        from desktop.views.policy_editor import PolicyEditor

        editor = PolicyEditor(self.db, self.actor)
        editor.saved.connect(self.status_message)
        return editor

    def refresh(self) -> None:
        self.users.reload()
        self.company.reload()
        self.scorecard.reload()
        self.official_days.reload()
        self.result_codes.load()
        self.policy.reload()
