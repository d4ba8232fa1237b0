"""Import history: every finished import batch (when, who, file, data date, counts), newest first; and the
branch names of the core system's files that the import wizard was told mean an existing branch."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.importer import BranchAlias, ImportHistoryRow, ImportService
from desktop.services.permissions import Perm, check
from desktop.views.common import fmt_date, fmt_dt, show_error
from desktop.views.import_wizard import TableModel, make_table


class BranchAliasesTab(QWidget):
    """The spellings kept as another branch's name; one can be removed (the next file using it asks again)."""

    changed = Signal()

    def __init__(self, service: ImportService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.rows: list[BranchAlias] = []
        hint = QLabel(self.tr(
            "Branch names in the core system's files that mean an existing branch, as chosen in the import wizard. "
            "Rows with such a name are filed under that branch in every later import."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7587;")
        self.model = TableModel([self.tr("Name in the file"), self.tr("Filed under"),
                                 self.tr("Open cases of that branch")], self, right=[2])
        self.table, _ = make_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No branch names mapped. The import wizard asks when a file names a branch "
                                    "that does not exist."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7587;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.remove = QPushButton(self.tr("Remove mapping…"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.stack, 1)
        lay.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = self.service.branch_aliases()
        except ServiceError as e:
            show_error(self, e)
            return
        self.model.set_rows([(a.name, a.branch_name, f"{a.cases:,}") for a in self.rows])
        self.table.resizeColumnToContents(0)
        self.stack.setCurrentWidget(self.table if self.rows else self.empty)
        self._selected()
        self.changed.emit()

    def _current(self) -> BranchAlias | None:
        idx = self.table.selectionModel().selectedRows()
        return self.rows[idx[0].row()] if idx and idx[0].row() < len(self.rows) else None

    def _selected(self, *_args) -> None:  # noqa: ANN002
        self.remove.setEnabled(self._current() is not None)

    def _remove(self) -> None:
        a = self._current()
        if a is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove mapping"),
            self.tr("Stop filing rows named “%1” under %2? Cases imported already stay where they are. The next "
                    "import asks again which branch the name means; it does not move these cases into a new branch "
                    "unless you choose to create one.").replace("%1", a.name).replace("%2", a.branch_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_branch_alias(a.name)
        except ServiceError as e:
            show_error(self, e)
        self.reload()


class ImportHistoryDialog(QDialog):
    def __init__(self, service: ImportService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1080, 520)
        self.model = TableModel(
            [self.tr("When"), self.tr("Who"), self.tr("Kind"), self.tr("File"), self.tr("Data date"), self.tr("Rows"),
             self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Invalid"), self.tr("Closed as cured")],
            self, right=range(5, 11))
        self.table, self.proxy = make_table(self.model, sortable=True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No imports yet — import the core system's overdue export (File ▸ Import…)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7587;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.aliases = BranchAliasesTab(service)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, self.tr("Imports"))
        self.tabs.addTab(self.aliases, self.tr("Branch names"))
        self.tabs.currentChanged.connect(self._show_status)
        self.aliases.changed.connect(self._show_status)
        self.status = QLabel()
        self._history_status = ""
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        refresh.clicked.connect(self.aliases.reload)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(refresh)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        self.refresh()

    def kind(self, code: str) -> str:
        return {"overdue": self.tr("Overdue"), "payments": self.tr("Payments")}.get(code, code)

    def refresh(self) -> None:
        try:
            rows = self.service.history()
        except ServiceError as e:
            show_error(self, e)
            return
        self.set_rows(rows)

    def set_rows(self, rows: list[ImportHistoryRow]) -> None:
        counts = ("rows_total", "rows_new", "rows_updated", "rows_unchanged", "rows_invalid", "rows_closed")
        self.model.set_rows(
            [(fmt_dt(r.finished_at or r.started_at), r.user or self.tr("system"), self.kind(r.kind), r.file_name,
              fmt_date(r.data_date), *(f"{getattr(r, c):,}" for c in counts)) for r in rows],
            keys=[((r.finished_at or r.started_at).isoformat(), r.user or "", r.kind, r.file_name,
                   fmt_date(r.data_date), *(getattr(r, c) for c in counts)) for r in rows],
            tips=[self.tr("Batch #%1 · SHA-256 %2").replace("%1", str(r.id)).replace("%2", r.sha256) for r in rows])
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for c in (0, 1, 2, 4, *range(5, 11)):
            self.table.resizeColumnToContents(c)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self._history_status = self.tr("%n import(s), newest first", "", len(rows))
        self._show_status()

    def _show_status(self, *_args) -> None:  # noqa: ANN002
        if self.tabs.currentWidget() is self.aliases:
            self.status.setText(self.tr("%n branch name(s) mapped", "", len(self.aliases.rows)))
        else:
            self.status.setText(self._history_status)


def open_import_history(parent, db, actor) -> None:  # noqa: ANN001
    try:
        check(actor, Perm.IMPORT_RUN)
    except PermissionDenied as e:
        show_error(parent, e)
        return
    dlg = ImportHistoryDialog(ImportService(db, actor), parent)
    dlg.exec()
    dlg.deleteLater()
