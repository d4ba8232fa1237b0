"""The import wizard for the core system's overdue export, and the downloadable import template.

choose file → preview (the whole file is read and checked off the GUI thread with a progress bar; the preview
shows the detected columns, the data date and the first rows of that same parse) → check result (counts and a
sortable error table, "Save error report…") → import (``run_import(parsed=…)`` off the GUI thread, with
progress, then the summary). Nothing is written before the Import button; Cancel or Stop at any point before
the import has committed leaves the database untouched.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services.context import BRANCH_TZ
from desktop.services.errors import PermissionDenied, ServiceError
from desktop.services.import_parse import (
    OVERDUE_COLUMNS,
    ImportCancelled,
    ParsedRow,
    ParseResult,
    date_in_file_name,
)
from desktop.services.importer import ImportService, ImportSummary
from desktop.services.permissions import Perm, check
from desktop.services.validators import mask_id, mask_mobile
from desktop.views.common import error_text, fmt_date, fmt_dt, money, os_error_text, show_error
from desktop.views.jobs import Job
from desktop.views.theme import current_language
from resources.paths import RESOURCES_DIR

TEMPLATE_PATH = RESOURCES_DIR / "templates" / "overdue_import_template.xlsx"
PREVIEW_ROWS = 20
SETTINGS_DIR = "import/last_dir"
SETTINGS_ERRORS_DIR = "import/errors_dir"
SORT_ROLE = Qt.ItemDataRole.UserRole
OK_COLOR = "#2e7d32"
WARN_COLOR = "#b23c17"
MUTED_COLOR = "#6b7587"


# ------------------------------------------------------------------------------------------ item model
class TableModel(QAbstractTableModel):
    """A small, fully loaded read-only table: display texts plus a sort key per cell (for a sort proxy)."""

    def __init__(self, headers: Sequence[str], parent=None, *, right: Sequence[int] = (),  # noqa: ANN001
                 header_tips: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.header_tips = list(header_tips)
        self.right = set(right)
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[tuple[Any, ...]] = []
        self.tips: list[str | None] = []
        self.muted: list[bool] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Sequence[Any]] | None = None,
                 tips: Sequence[str | None] | None = None, muted: Sequence[bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.keys = [tuple(k) for k in keys] if keys is not None else [tuple(r) for r in self.rows]
        self.tips = list(tips) if tips is not None else [None] * len(self.rows)
        self.muted = list(muted) if muted is not None else [False] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tips):
            return self.header_tips[section] or None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.headers):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[r][c]
        if role == SORT_ROLE:
            return self.keys[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[r]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.muted[r]:
            return QColor(MUTED_COLOR)
        return None


def make_table(model: QAbstractTableModel, *, sortable: bool = False) -> tuple[QTableView, QSortFilterProxyModel | None]:
    view = QTableView()
    proxy = None
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    return view, proxy


def _label(text: str = "", *, wrap: bool = True, color: str | None = None, bold: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    style = []
    if color:
        style.append(f"color: {color};")
    if bold:
        style.append("font-weight: bold;")
    if style:
        lab.setStyleSheet(" ".join(style))
    return lab


def _last_dir() -> str:
    d = QSettings().value(SETTINGS_DIR, "")
    if d and Path(str(d)).is_dir():
        return str(d)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def _now_text() -> str:
    return datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")


class _Throttle:
    """The job's progress callback: reports only when the shown value moves (at most ~200 signals a job)."""

    def __init__(self, emit: Callable[[int, int], Any]) -> None:
        self.emit = emit
        self.last: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        step = max(total // 200, 1)
        key = (done // step, total)
        if key != self.last:
            self.last = key
            self.emit(done, total)


# ----------------------------------------------------------------------------------------- job panel
class JobPanel(QWidget):
    """A progress bar with a caption and a Stop button, for the work a page runs off the GUI thread."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.caption = _label()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop now; nothing is written to the database"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.caption)
        lay.addLayout(row)

    def begin(self, caption: str) -> None:
        self.caption.setText(caption)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.stop.setEnabled(True)
        self.show()

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


# -------------------------------------------------------------------------------------------- pages
class FilePage(QWizardPage):
    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("The overdue export of the core lending system (逾期客户明细), as an Excel "
                                 "workbook (.xlsx) or a CSV file. Nothing is written until you press Import."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose an .xlsx or .csv file…"))
        self.path.setClearButtonEnabled(True)
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.browse_button = browse
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.file_note = _label(color=WARN_COLOR)

        self.use_date = QCheckBox(self.tr("Use this data date instead of the one in the file:"))
        self.data_date = QDateEdit(QDate.currentDate())
        self.data_date.setCalendarPopup(True)
        self.data_date.setDisplayFormat("yyyy-MM-dd")
        self.data_date.setEnabled(False)
        self.use_date.toggled.connect(self.data_date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.use_date)
        date_row.addWidget(self.data_date)
        date_row.addStretch(1)
        date_note = _label(self.tr("Normally leave this off: the data date is read from the 数据日期 line above "
                                   "the header, and is today's date when the file has none."), color=MUTED_COLOR)

        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows (import the valid rows, report the others)"))
        self.full_snapshot = QCheckBox(self.tr("Full snapshot: close open cases that are not in this file"))
        snap_note = _label(self.tr("Tick this only when the file lists every overdue loan of its branches: open "
                                   "cases of those branches whose contract is not in the file are closed as "
                                   "cured (出催)."), color=MUTED_COLOR)
        self.snap_warning = _label(self.tr("Full snapshot is on: cases missing from this file will be closed as "
                                           "cured."), color=WARN_COLOR, bold=True)
        self.snap_warning.setVisible(False)
        self.full_snapshot.toggled.connect(self.snap_warning.setVisible)

        template = QPushButton(self.tr("Save the import template…"))
        template.setToolTip(self.tr("An empty workbook with the standard headers and a sheet explaining each column"))
        template.clicked.connect(lambda: save_import_template(self))
        tpl_row = QHBoxLayout()
        tpl_row.addStretch(1)
        tpl_row.addWidget(template)

        lay = QVBoxLayout(self)
        lay.addWidget(_label(self.tr("File"), bold=True))
        lay.addLayout(file_row)
        lay.addWidget(self.file_note)
        lay.addSpacing(10)
        lay.addWidget(_label(self.tr("Data date"), bold=True))
        lay.addLayout(date_row)
        lay.addWidget(date_note)
        lay.addSpacing(10)
        lay.addWidget(_label(self.tr("Options"), bold=True))
        lay.addWidget(self.skip_invalid)
        lay.addWidget(self.full_snapshot)
        lay.addWidget(snap_note)
        lay.addWidget(self.snap_warning)
        lay.addStretch(1)
        lay.addLayout(tpl_row)

    def browse(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text().strip() else _last_dir()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the overdue export"), start,
                                              self.tr("Overdue export (*.xlsx *.csv);;All files (*)"))
        if path:
            self.path.setText(path)
            QSettings().setValue(SETTINGS_DIR, str(Path(path).parent))

    def _path_changed(self) -> None:
        self.file_note.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        p = Path(self.path.text().strip())
        if not p.is_file():
            self.file_note.setText(self.tr("The file %1 does not exist: choose it again with Browse….")
                                   .replace("%1", str(p)))
            return False
        if p.suffix.lower() not in (".xlsx", ".xlsm", ".csv"):
            self.file_note.setText(self.tr("%1 is not an Excel workbook (.xlsx) or a CSV file (.csv).")
                                   .replace("%1", p.name))
            return False
        QSettings().setValue(SETTINGS_DIR, str(p.parent))
        return True


class PreviewPage(QWizardPage):
    """Reads and checks the whole file off the GUI thread, then shows what was detected and the first rows."""

    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The file is read and every row is checked. Compare the detected columns and the "
                                 "data date with the file before you go on."))
        self.job_panel = JobPanel()
        self.job_panel.stop.clicked.connect(self.stop)
        self.message = _label(color=WARN_COLOR)
        self.retry = QPushButton(self.tr("Read again"))
        self.retry.clicked.connect(self.start)
        msg_row = QHBoxLayout()
        msg_row.addWidget(self.message, 1)
        msg_row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)

        self.info = QWidget()
        form = QFormLayout(self.info)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file_label = _label()
        self.date_label = _label()
        self.header_label = _label()
        self.ignored_label = _label()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Data date:"), self.date_label)
        form.addRow(self.tr("Header row:"), self.header_label)
        form.addRow(self.tr("Ignored columns:"), self.ignored_label)

        self.columns_model = TableModel([self.tr("Standard column"), self.tr("In this file")], self)
        self.columns_view, _ = make_table(self.columns_model)
        self.columns_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_view.setMinimumWidth(250)
        headers = [self.tr("Row")] + [c.header for c in OVERDUE_COLUMNS]
        tips = [self.tr("Row number in Excel")] + [self.tr("Standard column %1").replace("%1", c.header)
                                                    for c in OVERDUE_COLUMNS]
        right = [0] + [i + 1 for i, c in enumerate(OVERDUE_COLUMNS) if c.field in _MONEY_FIELDS | {"dpd"}]
        self.rows_model = TableModel(headers, self, right=right, header_tips=tips)
        self.rows_view, _ = make_table(self.rows_model)
        self.rows_caption = _label(bold=True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(_label(self.tr("Detected columns"), bold=True))
        ll.addWidget(self.columns_view, 1)
        right_w = QWidget()
        rl = QVBoxLayout(right_w)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.rows_caption)
        rl.addWidget(self.rows_view, 1)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(right_w)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([280, 720])

        self.filler = QWidget()
        lay = QVBoxLayout(self)
        lay.addWidget(self.job_panel)
        lay.addLayout(msg_row)
        lay.addWidget(self.info)
        lay.addWidget(self.split, 1)
        lay.addWidget(self.filler, 1)
        self._show_state("idle")

    def _show_state(self, state: str) -> None:
        self.job_panel.setVisible(state == "running")
        self.message.setVisible(state in ("failed", "stopped"))
        self.retry.setVisible(state in ("failed", "stopped"))
        self.info.setVisible(state == "done")
        self.split.setVisible(state == "done")
        self.filler.setVisible(state != "done")

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802
        self.wiz.stop_job()
        self.wiz.parsed = None
        self._show_state("idle")

    def start(self) -> None:
        self.wiz.parsed = None
        self.completeChanged.emit()
        path, as_of = self.wiz.path(), self.wiz.as_of()
        self.job_panel.begin(self.tr("Reading and checking %1…").replace("%1", path.name))
        self._show_state("running")
        self.wiz.start_job(self.wiz.service_parse, (path, as_of), self.job_panel.progress, self._parsed,
                           self._failed)

    def stop(self) -> None:
        self.job_panel.stop.setEnabled(False)
        self.job_panel.caption.setText(self.tr("Stopping…"))
        if self.wiz.job is not None:
            self.wiz.job.cancel()

    def _failed(self, e: Exception) -> None:
        if isinstance(e, ImportCancelled):
            self.message.setText(self.tr("Reading stopped. Nothing was imported."))
            self._show_state("stopped")
        elif isinstance(e, ServiceError):
            self.message.setText(error_text(e))
            self._show_state("failed")
        else:
            self._show_state("idle")
            raise e
        self.completeChanged.emit()

    def _parsed(self, res: ParseResult) -> None:
        self.wiz.parsed = res
        if res.invalid_count:
            self.file_label.setText(self.tr("%1 — %2 data rows, %3 invalid (listed on the next page)")
                                    .replace("%1", res.file_name).replace("%2", f"{res.total_rows:,}")
                                    .replace("%3", f"{res.invalid_count:,}"))
        else:
            self.file_label.setText(self.tr("%1 — %2 data rows, all valid").replace("%1", res.file_name)
                                    .replace("%2", f"{res.total_rows:,}"))
        self.date_label.setText(self.wiz.date_text(res))
        self.date_label.setStyleSheet(f"color: {WARN_COLOR};" if res.data_date_source == "today" else "")
        self.header_label.setText(str(res.header_row))
        self.ignored_label.setText("、".join(res.ignored_columns) if res.ignored_columns else self.tr("none"))
        rows, muted = [], []
        for spec in OVERDUE_COLUMNS:
            written = res.columns.get(spec.header)
            rows.append((spec.header, written if written else self.tr("— not in the file")))
            muted.append(not written)
        self.columns_model.set_rows(rows, muted=muted)
        shown = res.rows[:PREVIEW_ROWS]
        self.rows_model.set_rows([preview_cells(r) for r in shown])
        self.rows_caption.setText(
            self.tr("The first %1 valid rows (ID and mobile numbers masked)").replace("%1", str(len(shown)))
            if shown else self.tr("No valid rows in this file — the next page lists the invalid rows."))
        self.rows_view.resizeColumnsToContents()
        for c in range(self.rows_model.columnCount()):
            self.rows_view.setColumnWidth(c, min(self.rows_view.columnWidth(c), 260))
        self._show_state("done")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.parsed is not None


_MONEY_FIELDS = {"loan_amount", "outstanding_principal", "overdue_principal", "overdue_interest",
                 "penalty_interest", "overdue_total"}


def preview_cells(r: ParsedRow) -> list[str]:
    out = [str(r.excel_row)]
    for spec in OVERDUE_COLUMNS:
        v = getattr(r, spec.field)
        if spec.field == "id_number":
            out.append(mask_id(v))
        elif spec.field == "mobile":
            out.append(mask_mobile(v))
        elif spec.field in _MONEY_FIELDS:
            out.append(money(v, symbol=False))
        elif isinstance(v, date):
            out.append(fmt_date(v))
        else:
            out.append("" if v is None else str(v))
    return out


class ResultPage(QWizardPage):
    """Counts, the error table and the Import (commit) button."""

    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Check result"))
        self.setSubTitle(self.tr("Every row has been checked. Nothing has been written yet."))
        self.setCommitPage(True)
        self.notes: list[str] = []
        self.new_branches: list[tuple[str, str | None]] = []
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.counts = _label()
        f = self.counts.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.counts.setFont(f)
        self.verdict = _label(bold=True)
        self.warnings = _label(color=WARN_COLOR)
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows (import the valid rows, report the others)"))
        self.skip_invalid.toggled.connect(self._skip_toggled)
        # branches the import would create: their cases would be seen by no branch staff until assigned
        self.branches_note = _label(color=WARN_COLOR)
        self.create_branches = QCheckBox(self.tr("Create these branches"))
        self.create_branches.setObjectName("createBranches")
        self.create_branches.toggled.connect(self.completeChanged)
        self.create_branches.toggled.connect(self._update_verdict)
        # or a name of the file means an existing branch (the core system spells it differently): chosen here,
        # remembered for the next imports
        self.branch_map_box = QWidget()
        self.branch_map_form = QFormLayout(self.branch_map_box)
        self.branch_map_form.setContentsMargins(0, 0, 0, 0)
        self.branch_combos: dict[str, QComboBox] = {}
        # an export older than one already imported sets its loans' figures back: only on purpose
        self.older_ok = QCheckBox()
        self.older_ok.setObjectName("olderOk")
        self.older_ok.toggled.connect(self.completeChanged)
        self.older_ok.toggled.connect(self._update_verdict)
        self.older_than: date | None = None
        # the file states no data date but its name has one: check again with it, in one click
        self.name_date = QPushButton()
        self.name_date.setObjectName("useNameDate")
        self.name_date.clicked.connect(self._use_name_date)
        self.suggested_date: date | None = None
        self.errors_model = TableModel([self.tr("Row"), self.tr("Contract no."), self.tr("Column"), self.tr("Value"),
                                        self.tr("Reason")], self, right=[0])
        self.errors_view, self.errors_proxy = make_table(self.errors_model, sortable=True)
        hh = self.errors_view.horizontalHeader()
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for c, w in enumerate((60, 150, 140, 200)):
            self.errors_view.setColumnWidth(c, w)
        self.save_report = QPushButton(self.tr("Save error report…"))
        self.save_report.clicked.connect(self.save_errors)
        self.saved = _label(color=MUTED_COLOR)
        err_bar = QHBoxLayout()
        err_bar.addWidget(self.saved, 1)
        err_bar.addWidget(self.save_report)
        self.errors_box = QWidget()
        el = QVBoxLayout(self.errors_box)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(_label(self.tr("Invalid rows (click a column header to sort)"), bold=True))
        el.addWidget(self.errors_view, 1)
        el.addLayout(err_bar)
        lay = QVBoxLayout(self)
        lay.addWidget(self.counts)
        lay.addWidget(self.verdict)
        lay.addWidget(self.warnings)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_date)
        name_row.addStretch(1)
        lay.addLayout(name_row)
        lay.addWidget(self.older_ok)
        lay.addWidget(self.branches_note)
        lay.addWidget(self.branch_map_box)
        lay.addWidget(self.create_branches)
        lay.addWidget(self.skip_invalid)
        lay.addWidget(self.errors_box, 1)
        self.stretch = QWidget()
        lay.addWidget(self.stretch, 1)

    def initializePage(self) -> None:  # noqa: N802
        res = self.wiz.parsed
        assert res is not None
        self.skip_invalid.setChecked(self.wiz.file_page.skip_invalid.isChecked())
        valid, invalid = len(res.rows), res.invalid_count
        self.counts.setText(self.tr("%1 data rows: %2 valid, %3 invalid. Data date %4.")
                            .replace("%1", f"{res.total_rows:,}").replace("%2", f"{valid:,}")
                            .replace("%3", f"{invalid:,}").replace("%4", fmt_date(res.data_date)))
        e = res.errors
        # the reasons in the interface's language (the saved error report stays Chinese, like the export)
        english = current_language() != "zh_CN"
        reasons = [(x.reason_en or x.reason) if english else x.reason for x in e]
        self.errors_model.set_rows(
            [(str(x.excel_row), x.contract, x.column, x.value, r) for x, r in zip(e, reasons, strict=True)],
            keys=[(x.excel_row, x.contract, x.column, x.value, r) for x, r in zip(e, reasons, strict=True)],
            tips=[x.message_en if english else x.message for x in e])
        self.errors_proxy.sort(-1)
        self.errors_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.errors_box.setVisible(bool(e))
        self.stretch.setVisible(not e)
        self.skip_invalid.setVisible(bool(e) and valid > 0)
        self.saved.clear()
        self.notes = self._notes(res)
        named = date_in_file_name(res.file_name) if res.data_date_source == "today" and res.errors else None
        self.suggested_date = named if named is not None and named != res.data_date else None
        self.name_date.setText(self.tr("Check again with %1, the date in the file name").replace(
            "%1", fmt_date(self.suggested_date)) if self.suggested_date else "")
        self.name_date.setVisible(self.suggested_date is not None)
        try:
            self.new_branches = self.wiz.service.new_branches(res) if res.rows else []
        except ServiceError:
            self.new_branches = []
        names = self.tr(", ").join(
            self.tr("「%1」 (like the existing 「%2」)").replace("%1", n).replace("%2", like) if like
            else self.tr("「%1」").replace("%1", n) for n, like in self.new_branches)
        self.branches_note.setText(self.tr(
            "Branches in the file that do not exist yet: %1. Choose below the existing branch each one means (the "
            "choice is remembered for later imports), or create it: a new branch's cases are seen by no branch "
            "staff until they are assigned.").replace("%1", names))
        self.branches_note.setVisible(bool(self.new_branches))
        self._fill_branch_map()
        self.create_branches.setChecked(False)
        self._branch_choice_changed()
        self.older_ok.setText(self.tr("Import this older file anyway (its loans go back to %1)").replace(
            "%1", fmt_date(res.data_date)))
        self.older_ok.setChecked(False)
        self.older_ok.setVisible(self.older_than is not None and bool(res.rows))
        self._update_verdict()

    def _fill_branch_map(self) -> None:
        while self.branch_map_form.rowCount():
            self.branch_map_form.removeRow(0)
        self.branch_combos = {}
        if not self.new_branches:
            self.branch_map_box.setVisible(False)
            return
        try:
            existing = self.wiz.service.branch_choices()
        except ServiceError:
            existing = []
        for name, like in self.new_branches:
            combo = QComboBox()
            combo.setObjectName(f"branchFor:{name}")
            combo.addItem(self.tr("a new branch (create it)"), None)
            for bid, bname in existing:
                combo.addItem(self.tr("the existing 「%1」").replace("%1", bname), bid)
            if like is not None:  # suggested: the one branch whose name contains this one (or the reverse)
                combo.setCurrentIndex(max(0, next((i for i in range(combo.count())
                                                   if combo.itemText(i).endswith(f"「{like}」")), 0)))
            combo.currentIndexChanged.connect(self._branch_choice_changed)
            self.branch_combos[name] = combo
            self.branch_map_form.addRow(self.tr("「%1」 is").replace("%1", name), combo)
        self.branch_map_box.setVisible(True)

    def branch_map(self) -> dict[str, int]:
        """The file's branch names the user filed under an existing branch (name → id)."""
        return {n: c.currentData() for n, c in self.branch_combos.items() if c.currentData() is not None}

    def creates_branches(self) -> bool:
        return any(c.currentData() is None for c in self.branch_combos.values())

    def _branch_choice_changed(self) -> None:
        self.create_branches.setVisible(self.creates_branches())
        self.completeChanged.emit()
        self._update_verdict()

    def _notes(self, res: ParseResult) -> list[str]:
        """Warnings before the import: no data date in the file, an older export than the last, imported before."""
        notes = []
        if res.data_date_source == "today" and res.errors:
            notes.append(self.tr("The file states no data date, so today's date was used. If it is an earlier "
                                 "export, go back, enter its data date and read it again."))
        try:
            history = [h for h in self.wiz.service.history() if h.kind == "overdue"]
        except ServiceError:
            history = []
        latest = max((h.data_date for h in history if h.data_date), default=None)
        self.older_than = latest if latest and res.data_date < latest else None
        if latest and res.data_date < latest:
            notes.append(self.tr("An export with a later data date (%1) has already been imported: importing this "
                                 "older file sets the figures of its loans back to %2.")
                         .replace("%1", fmt_date(latest)).replace("%2", fmt_date(res.data_date)))
        prev = next((h for h in history if h.sha256 == res.sha256), None)
        if prev is not None:
            notes.append(self.tr("This file was already imported on %1 by %2 (batch #%3).")
                         .replace("%1", fmt_dt(prev.finished_at)).replace("%2", prev.user or self.tr("the system"))
                         .replace("%3", str(prev.id)))
        return notes

    def _use_name_date(self) -> None:
        if self.suggested_date is None:
            return
        fp = self.wiz.file_page
        fp.use_date.setChecked(True)
        fp.data_date.setDate(QDate(self.suggested_date.year, self.suggested_date.month, self.suggested_date.day))
        self.wiz.back()  # to the preview, which reads the file again with that date
        self.wiz.preview_page.start()

    def _skip_toggled(self, on: bool) -> None:
        self.wiz.file_page.skip_invalid.setChecked(on)
        self._update_verdict()
        self.completeChanged.emit()

    def _update_verdict(self) -> None:
        res = self.wiz.parsed
        if res is None:
            return
        valid, invalid = len(res.rows), res.invalid_count
        snap = self.wiz.file_page.full_snapshot.isChecked()
        if not valid:
            text, color = self.tr("There is no valid row to import."), WARN_COLOR
        elif invalid and not self.skip_invalid.isChecked():
            text, color = (self.tr("%Ln invalid row(s), so nothing will be imported (all or nothing). Correct the file "
                                   "and read it again, or tick \"Skip invalid rows\" to import only the valid rows "
                                   "(%1).", "", invalid).replace("%1", f"{valid:,}"), WARN_COLOR)
        elif invalid:
            text, color = (self.tr("Import will write the %1 valid rows and leave out the %2 invalid rows.")
                           .replace("%1", f"{valid:,}").replace("%2", f"{invalid:,}"), OK_COLOR)
        else:
            text, color = self.tr("All rows are valid. Press Import to write them."), OK_COLOR
        if valid and self.creates_branches() and not self.create_branches.isChecked() and color == OK_COLOR:
            text, color = self.tr("The rows can be imported once the new branches below are accepted."), WARN_COLOR
        if valid and self.older_than is not None and not self.older_ok.isChecked() and color == OK_COLOR:
            text, color = self.tr("This export is older than the last one imported: tick below to import it "
                                  "anyway."), WARN_COLOR
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {color}; font-weight: bold;")
        notes = list(self.notes)
        if snap and valid:
            notes.insert(0, self.tr("Full snapshot is on: open cases of these branches that are missing from the "
                                    "file will be closed as cured."))
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))

    def isComplete(self) -> bool:  # noqa: N802
        res = self.wiz.parsed
        return bool(res is not None and res.rows and (not res.errors or self.skip_invalid.isChecked())
                    and (not self.creates_branches() or self.create_branches.isChecked())
                    and (self.older_than is None or self.older_ok.isChecked()))

    def save_errors(self) -> None:
        from reports.import_errors import write_error_report

        res = self.wiz.parsed
        if res is None:
            return
        # where the last report went (Documents at first), not beside the export: that folder may be shared
        # or read-only, and a report of customers' data does not belong there
        folder = QSettings().value(SETTINGS_ERRORS_DIR, "")
        if not folder or not Path(str(folder)).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home())
        suggested = Path(str(folder)) / self.tr("%1 errors.xlsx").replace("%1", Path(res.file_name).stem)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_error_report(res.errors, path, file_name=res.file_name, generated_by=self.wiz.service.actor.login,
                               generated_at=_now_text())
        except OSError as e:
            QMessageBox.warning(self, self.tr("Save error report"),
                                self.tr("The error report could not be saved: %1").replace("%1", os_error_text(e)))
            return
        QSettings().setValue(SETTINGS_ERRORS_DIR, str(Path(path).parent))
        self.saved.setText(self.tr("Error report saved to %1").replace("%1", path))


class ImportPage(QWizardPage):
    """Runs the import off the GUI thread and shows the summary."""

    def __init__(self, wiz: ImportWizard) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The checked rows are written in one transaction."))
        self.job_panel = JobPanel()
        self.job_panel.stop.clicked.connect(self.stop)
        self.headline = _label(bold=True)
        self.before = _label(color=WARN_COLOR)
        self.grid = QWidget()
        g = QGridLayout(self.grid)
        g.setContentsMargins(0, 6, 0, 6)
        g.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        items = (("new", self.tr("New")), ("updated", self.tr("Updated")), ("unchanged", self.tr("Unchanged")),
                 ("invalid", self.tr("Invalid (left out)")), ("closed", self.tr("Closed as cured")),
                 ("reopened", self.tr("Reopened")), ("new_customers", self.tr("New customers")))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.4)
        for i, (key, text) in enumerate(items):
            value = QLabel("0")
            value.setFont(bold)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"count_{key}")
            self.values[key] = value
            g.addWidget(QLabel(text), i, 0)
            g.addWidget(value, i, 1)
        g.setColumnStretch(2, 1)
        self.details = _label()
        self.retry = QPushButton(self.tr("Import again"))
        self.retry.clicked.connect(lambda: self.initializePage())
        head = QHBoxLayout()
        head.addWidget(self.headline, 1)
        head.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addWidget(self.job_panel)
        lay.addLayout(head)
        lay.addWidget(self.before)
        lay.addWidget(self.grid)
        lay.addWidget(self.details)
        lay.addStretch(1)
        self.done_ = False

    def initializePage(self) -> None:  # noqa: N802
        self.done_ = False
        self.completeChanged.emit()
        self.grid.setVisible(False)
        self.retry.setVisible(False)
        self.before.setVisible(False)
        self.details.clear()
        self.headline.setText("")
        self.job_panel.begin(self.tr("Importing %1…").replace("%1", self.wiz.path().name))
        self.wiz.start_job(self.wiz.service_import, self.wiz.import_args(), self.job_panel.progress, self._done,
                           self._failed)

    def stop(self) -> None:
        self.job_panel.stop.setEnabled(False)
        self.job_panel.caption.setText(self.tr("Stopping…"))
        if self.wiz.job is not None:
            self.wiz.job.cancel()

    def _failed(self, e: Exception) -> None:
        self.job_panel.hide()
        self.done_ = True
        if isinstance(e, ImportCancelled):
            self.headline.setText(self.tr("Import stopped. The database was not changed."))
        elif isinstance(e, ServiceError):
            self.headline.setText(self.tr("Import failed, the database was not changed: %1").replace("%1", error_text(e)))
        else:
            self.completeChanged.emit()
            raise e
        self.headline.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        self.retry.setVisible(True)
        self.completeChanged.emit()

    def _done(self, s: ImportSummary) -> None:
        self.job_panel.hide()
        self.done_ = True
        self.wiz.summary = s
        if s.written:
            self.wiz.written = True
            self.headline.setText(self.tr("Imported %1 (data date %2).").replace("%1", s.file_name)
                                  .replace("%2", fmt_date(s.data_date)))
            self.headline.setStyleSheet(f"color: {OK_COLOR}; font-weight: bold;")
        else:
            self.headline.setText(self.tr("Nothing was imported: %Ln invalid row(s).", "", s.invalid))
            self.headline.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        for key, lab in self.values.items():
            lab.setText(f"{getattr(s, key):,}")
        self.grid.setVisible(True)
        if s.imported_before:
            bid, when, who = s.imported_before
            self.before.setText(self.tr("This file had already been imported on %1 by %2 (batch #%3).")
                                .replace("%1", fmt_dt(when)).replace("%2", who or self.tr("the system"))
                                .replace("%3", str(bid)))
            self.before.setVisible(True)
        lines = []
        if s.mapped_branches:
            lines.append(self.tr("Filed under existing branches: %1").replace("%1", self.tr(", ").join(
                f"{n} → {b}" for n, b in s.mapped_branches.items())))
        if s.new_branches:
            lines.append(self.tr("New branches: %1").replace("%1", "、".join(s.new_branches)))
        if s.ignored_columns:
            lines.append(self.tr("Ignored columns: %1").replace("%1", "、".join(s.ignored_columns)))
        if s.batch_id:
            lines.append(self.tr("Recorded as import batch #%1 (File ▸ Import history).").replace("%1", str(s.batch_id)))
        self.details.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done_


# ------------------------------------------------------------------------------------------- wizard
class ImportWizard(QWizard):
    FILE, PREVIEW, RESULT, IMPORT = range(4)

    def __init__(self, service: ImportService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.parsed: ParseResult | None = None
        self.summary: ImportSummary | None = None
        self.written = False
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import overdue export"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # the buttons in our own words (the same in both catalogues, whatever Qt's own says)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.import_page = ImportPage(self)
        for pid, page in enumerate((self.file_page, self.preview_page, self.result_page, self.import_page)):
            self.setPage(pid, page)
        self.resize(1060, 720)
        geo = QSettings().value("import/wizard_geometry")
        if geo is not None:
            self.restoreGeometry(geo)

    # --- what the pages share
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def as_of(self) -> date | None:
        return self.file_page.data_date.date().toPython() if self.file_page.use_date.isChecked() else None

    def date_text(self, res: ParseResult) -> str:
        d = fmt_date(res.data_date)
        if res.data_date_source == "argument":
            text = self.tr("%1 — the date you entered").replace("%1", d)
            if res.file_data_date and res.file_data_date != res.data_date:
                text += " " + self.tr("(the file says %1)").replace("%1", fmt_date(res.file_data_date))
            return text
        if res.data_date_source == "file":
            return self.tr("%1 — from the 数据日期 line above the header").replace("%1", d)
        return self.tr("%1 — the file states no data date, so today's date is used").replace("%1", d)

    def service_parse(self, progress: Callable, cancelled: Callable, path: Path, as_of: date | None) -> ParseResult:
        return self.service.parse(path, as_of, progress, cancelled)

    def import_args(self) -> tuple:
        """What the import job needs, read from the widgets on the GUI thread (the job never touches them)."""
        assert self.parsed is not None
        return (self.path(), self.as_of(), self.file_page.skip_invalid.isChecked(),
                self.file_page.full_snapshot.isChecked(), self.parsed, self.result_page.branch_map(),
                self.result_page.older_ok.isChecked(), self.result_page.create_branches.isChecked())

    def service_import(self, progress: Callable, cancelled: Callable, path: Path, as_of: date | None,
                       skip_invalid: bool, full_snapshot: bool, parsed: ParseResult,
                       branch_map: dict[str, int] | None = None, allow_older: bool = False,
                       create_branches: bool = False) -> ImportSummary:
        return self.service.run_import(path, as_of=as_of, skip_invalid=skip_invalid, full_snapshot=full_snapshot,
                                       progress=progress, cancelled=cancelled, parsed=parsed, branch_map=branch_map,
                                       allow_older=allow_older, create_branches=create_branches)

    # --- one background job at a time
    def start_job(self, fn: Callable, args: tuple, on_progress: Callable, on_done: Callable,
                  on_fail: Callable) -> Job:
        self.stop_job()
        holder: dict[str, Any] = {}

        def run(progress, cancelled, *a):  # noqa: ANN001, ANN002, ANN202
            try:
                holder["result"] = fn(_Throttle(progress), cancelled, *a)
                return holder["result"]
            finally:
                holder["ended"] = time.monotonic()

        job = Job(run, *args)
        job.result_holder = holder
        self.job = job
        _keep_alive(job)
        job.signals.progress.connect(lambda d, t: job is self.job and on_progress(d, t))
        job.signals.finished.connect(lambda r: self._job_ended(job) and on_done(r))
        job.signals.failed.connect(lambda e: self._job_ended(job) and on_fail(e))
        job.start()
        return job

    def _job_ended(self, job: Job) -> bool:
        job.result_holder.pop("result", None)  # the page keeps what it needs; the kept-alive job holds nothing
        job.args = ()
        if job is not self.job:
            return False  # a stopped job, or the wizard was closed meanwhile
        self.job = None
        return True

    def stop_job(self) -> None:
        """Cancel the running job and wait for it (reading stops within a thousand rows; an import rolls back)."""
        job, self.job = self.job, None
        if job is None:
            return
        job.cancel()
        job.done.wait(60)
        result = job.result_holder.pop("result", None)
        job.args = ()
        if isinstance(result, ImportSummary) and result.written:
            self.summary, self.written = result, True  # it had committed before the stop arrived

    def wait_idle(self, timeout: float = 30) -> None:
        """Tests and shutdown: wait for a running job to finish."""
        if self.job is not None:
            self.job.done.wait(timeout)

    def done(self, result: int) -> None:
        self.stop_job()
        QSettings().setValue("import/wizard_geometry", self.saveGeometry())
        super().done(result)


# A QRunnable must outlive its run(): the pool thread still touches it after run() returns, so a job is kept
# here until a while after it ended, not merely until its result signal was delivered (or the wizard closed).
_ALIVE: list[Job] = []


def _keep_alive(job: Job) -> None:
    now = time.monotonic()
    _ALIVE[:] = [j for j in _ALIVE if not (j.done.is_set() and now - j.result_holder.get("ended", now) > 10)]
    _ALIVE.append(job)


def open_import_wizard(parent, db, actor) -> bool:  # noqa: ANN001
    """The import wizard; True when data was written (the caller refreshes the case list)."""
    try:
        check(actor, Perm.IMPORT_RUN)
    except PermissionDenied as e:
        show_error(parent, e)
        return False
    wiz = ImportWizard(ImportService(db, actor), parent)
    wiz.exec()
    written = wiz.written
    wiz.deleteLater()
    return written


def save_import_template(parent) -> None:  # noqa: ANN001
    """Save a copy of the import template (standard headers, an example row, a sheet of instructions)."""
    title = QCoreApplication.translate("ImportTemplate", "Save the import template")
    start = Path(_last_dir()) / "逾期明细导入模板.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start),
                                          QCoreApplication.translate("ImportTemplate", "Excel workbook (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        shutil.copyfile(TEMPLATE_PATH, path)
    except OSError as e:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "ImportTemplate", "The template could not be saved: %1").replace("%1", os_error_text(e)))
        return
    QSettings().setValue(SETTINGS_DIR, str(Path(path).parent))
    win = parent.window() if parent is not None else None
    bar = getattr(win, "statusBar", None)
    if callable(bar):
        bar().showMessage(QCoreApplication.translate("ImportTemplate", "Import template saved to %1")
                          .replace("%1", path), 8000)
