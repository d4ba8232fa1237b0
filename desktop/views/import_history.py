"""Import history: every finished import batch (when, who, file, data date, counts), newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.importer import ImportHistoryRow, ImportService
from desktop.services.permissions import Perm, check
from desktop.views.common import fmt_date, fmt_dt, show_error
from desktop.views.import_wizard import TableModel, make_table


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
        self.status = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(refresh)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack, 1)
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
        self.status.setText(self.tr("%n import(s), newest first", "", len(rows)))


def open_import_history(parent, db, actor) -> None:  # noqa: ANN001
    try:
        check(actor, Perm.IMPORT_RUN)
    except PermissionDenied as e:
        show_error(parent, e)
        return
    dlg = ImportHistoryDialog(ImportService(db, actor), parent)
    dlg.exec()
    dlg.deleteLater()
