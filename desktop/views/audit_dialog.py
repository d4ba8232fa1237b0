"""Audit log viewer (managers, admins): filter by user, case, action and period; verify; export to Excel."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.services.auditlog import AuditQuery, AuditRow, AuditService
from desktop.services.context import BRANCH_TZ
from desktop.services.errors import ServiceError
from desktop.views.common import fmt_dt, os_error_text, show_error


def _action_labels() -> dict[str, str]:
    return {
        "assessment.bulk": QCoreApplication.translate("AuditActions", "Bulk assessment"),
        "assessment.create": QCoreApplication.translate("AuditActions", "Case assessed"),
        "assessment.override": QCoreApplication.translate("AuditActions", "Assessment: other action chosen"),
        "audit.export": QCoreApplication.translate("AuditActions", "Audit log exported"),
        "audit.view": QCoreApplication.translate("AuditActions", "Audit log viewed"),
        "backup.create": QCoreApplication.translate("AuditActions", "Backup made"),
        "backup.restore": QCoreApplication.translate("AuditActions", "Backup restored"),
        "calendar.official_day": QCoreApplication.translate("AuditActions", "Official day changed"),
        "case.assign": QCoreApplication.translate("AuditActions", "Case assigned"),
        "case.auto_assign": QCoreApplication.translate("AuditActions", "Cases assigned automatically"),
        "case.close": QCoreApplication.translate("AuditActions", "Case closed"),
        "case.next_action": QCoreApplication.translate("AuditActions", "Next action date changed"),
        "case.note": QCoreApplication.translate("AuditActions", "Note added"),
        "case.reopen": QCoreApplication.translate("AuditActions", "Case reopened"),
        "case.transition": QCoreApplication.translate("AuditActions", "Case status changed"),
        "case.view": QCoreApplication.translate("AuditActions", "Case viewed"),
        "complaint.open": QCoreApplication.translate("AuditActions", "Complaint recorded"),
        "complaint.resolve": QCoreApplication.translate("AuditActions", "Complaint resolved"),
        "demo.seed": QCoreApplication.translate("AuditActions", "Demo data created"),
        "export.cases": QCoreApplication.translate("AuditActions", "Case list exported"),
        "import.run": QCoreApplication.translate("AuditActions", "Overdue export imported"),
        "import.branch_alias": QCoreApplication.translate("AuditActions", "Branch name mapped (import)"),
        "import.branch_alias_removed": QCoreApplication.translate("AuditActions", "Branch name mapping removed"),
        "import.update": QCoreApplication.translate("AuditActions", "Loan updated by import"),
        "outcome.record": QCoreApplication.translate("AuditActions", "Contact outcome recorded"),
        "payment.record": QCoreApplication.translate("AuditActions", "Payment recorded"),
        "payments.import": QCoreApplication.translate("AuditActions", "Payments file imported"),
        "pii.reveal": QCoreApplication.translate("AuditActions", "Full personal data viewed"),
        "plan.approve": QCoreApplication.translate("AuditActions", "Plan approved"),
        "plan.create": QCoreApplication.translate("AuditActions", "Plan made"),
        "plan.payment": QCoreApplication.translate("AuditActions", "Plan installment paid"),
        "plan.print": QCoreApplication.translate("AuditActions", "Plan confirmation printed"),
        "plan.reject": QCoreApplication.translate("AuditActions", "Plan sent back"),
        "plan.withdraw": QCoreApplication.translate("AuditActions", "Plan withdrawn"),
        "promise.judge": QCoreApplication.translate("AuditActions", "Promise to pay judged"),
        "report.unmasked_export": QCoreApplication.translate("AuditActions", "Unmasked report exported"),
        "result_code.save": QCoreApplication.translate("AuditActions", "Result code saved"),
        "scorecard.init": QCoreApplication.translate("AuditActions", "Built-in scorecard enabled"),
        "scorecard.update": QCoreApplication.translate("AuditActions", "Scorecard changed"),
        "settings.update": QCoreApplication.translate("AuditActions", "Setting changed"),
        "task.create": QCoreApplication.translate("AuditActions", "Task added"),
        "task.done": QCoreApplication.translate("AuditActions", "Task done"),
        "task.snooze": QCoreApplication.translate("AuditActions", "Task postponed"),
        "tasks.refresh": QCoreApplication.translate("AuditActions", "Follow-up tasks refreshed"),
        "user.change_password": QCoreApplication.translate("AuditActions", "Password changed"),
        "user.create": QCoreApplication.translate("AuditActions", "User created"),
        "user.deactivate": QCoreApplication.translate("AuditActions", "User deactivated"),
        "user.locked": QCoreApplication.translate("AuditActions", "Account locked (failed sign-ins)"),
        "user.login": QCoreApplication.translate("AuditActions", "Signed in"),
        "user.login_failed": QCoreApplication.translate("AuditActions", "Sign-in failed"),
        "user.reactivate": QCoreApplication.translate("AuditActions", "User reactivated"),
        "user.reset_password": QCoreApplication.translate("AuditActions", "Password reset"),
        "user.update": QCoreApplication.translate("AuditActions", "User changed"),
        "visit.cancelled": QCoreApplication.translate("AuditActions", "Visit cancelled"),
        "visit.done": QCoreApplication.translate("AuditActions", "Visit done"),
        "visit.create": QCoreApplication.translate("AuditActions", "Visit booked"),
        "visit.update": QCoreApplication.translate("AuditActions", "Visit changed"),
        "visit.reschedule": QCoreApplication.translate("AuditActions", "Visit rescheduled"),
        "visit.notified": QCoreApplication.translate("AuditActions", "Visit marked notified"),
        "visit.missed": QCoreApplication.translate("AuditActions", "Visit marked missed"),
        "visit.planned": QCoreApplication.translate("AuditActions", "Visit set back to planned"),
        "plan.broken": QCoreApplication.translate("AuditActions", "Plan broken (installments missed)"),
        "plan.completed": QCoreApplication.translate("AuditActions", "Plan completed"),
        "plan.active": QCoreApplication.translate("AuditActions", "Plan back on track"),
        "visit.notice": QCoreApplication.translate("AuditActions", "Visit notice recorded"),
        "visit.notices": QCoreApplication.translate("AuditActions", "Visit notices printed"),
        "visit.override": QCoreApplication.translate("AuditActions", "Visit booked with an approved exception"),
        "visit.policy": QCoreApplication.translate("AuditActions", "Visiting rules changed"),
        "visit.refused": QCoreApplication.translate("AuditActions", "Visit refused by the rules"),
        "visit.route_sheet": QCoreApplication.translate("AuditActions", "Route sheet printed"),
    }


def action_label(code: str) -> str:
    """What an audit action code means, in the interface language (an unknown code as it is)."""
    return _action_labels().get(code, code)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.labels: dict[str, str] = {}
        self.headers = [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Case"),
                        self.tr("Details")]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.labels = _action_labels()
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return r.action  # the code, as in the export and the database
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(r.id), fmt_dt(r.at), r.user or "", self.labels.get(r.action, r.action), r.case_text,
                r.detail or "")[index.column()] if index.column() < 6 else None


class AuditDialog(QDialog):
    def __init__(self, service: AuditService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("Login"))
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("Contract no."))
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), None)
        labels = _action_labels()
        for label, code in sorted((labels.get(a, a), a) for a in service.actions()):
            self.action.addItem(label, code)
            self.action.setItemData(self.action.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.use_period = QCheckBox(self.tr("Period"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)  # only with "Period" ticked: greyed dates are not a filter
            self.use_period.toggled.connect(d.setEnabled)
        search = QPushButton(self.tr("Search"))
        search.setDefault(True)
        search.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        for w in (self.user, self.case, self.action, self.use_period, self.date_from, self.date_to, search):
            bar.addWidget(w)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for i, w in enumerate((60, 140, 90, 190, 130)):
            self.table.setColumnWidth(i, w)
        self.status = QLabel()
        verify = QPushButton(self.tr("Verify hash chain"))
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (verify, export, close):
            bottom.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self.refresh()

    def query(self) -> AuditQuery:
        case = self.case.text().strip()
        digits = case.removeprefix("#")
        # "#123" (as the Case column shows a case without contract), digits (a case id or a numeric contract
        # number) or a contract number
        return AuditQuery(
            user=self.user.text().strip() or None,
            case_id=int(digits) if digits.isdigit() else None,
            # "#abc" is no case id: searched as written (and finds nothing) rather than ignored
            contract_no=case.upper() if case and not (case.startswith("#") and digits.isdigit()) else None,
            action=self.action.currentData(),
            date_from=self.date_from.date().toPython() if self.use_period.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_period.isChecked() else None,
        )

    def refresh(self) -> None:
        try:
            rows = self.service.search(self.query())
        except ServiceError as e:
            show_error(self, e)
            return
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n event(s) shown (newest first, at most 1,000)", "", len(rows)))

    def verify(self) -> None:
        report = self.service.verify()
        (QMessageBox.information if report.ok else QMessageBox.critical)(self, self.tr("Audit log"), report.message)

    def export(self) -> None:
        from reports.audit_xlsx import write_audit_log

        folder = QSettings().value("audit/export_dir", "")
        if not folder or not Path(str(folder)).is_dir():  # not the root of the disk on the first export
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), str(Path(str(folder)) / "audit.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        now = datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")
        labels = _action_labels()
        rows = ((r.id, fmt_dt(r.at), r.user, f"{labels[r.action]}（{r.action}）" if r.action in labels else r.action,
                 r.entity, r.entity_id, r.case_text, r.detail, r.before, r.after)
                for r in self.service.export_rows(self.query()))
        try:
            n = write_audit_log(rows, path, title="审计日志", generated_by=self.service.actor.login, generated_at=now)
        except OSError as e:
            self.status.setText(self.tr("Could not export: %1").replace("%1", os_error_text(e)))
            return
        except ServiceError as e:
            show_error(self, e)
            return
        QSettings().setValue("audit/export_dir", str(Path(path).parent))
        self.status.setText(self.tr("%n event(s) exported to %1", "", n).replace("%1", path))


def open_audit_log(parent, db, actor) -> None:  # noqa: ANN001
    AuditDialog(AuditService(db, actor), parent).exec()
