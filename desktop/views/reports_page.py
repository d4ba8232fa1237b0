"""报表 page: choose a report, period, branch and collector → generate off the GUI thread → preview (tables or
the PDF) → save as / print / open with the system application.

``ReportsPage(db, actor)``. The report is built by :class:`desktop.services.reporting.ReportService` and
written to a temporary file by the renderers in ``reports/`` inside a :class:`desktop.views.jobs.Job`; the
page shows a progress bar meanwhile and can cancel. Excel reports preview as tables (one tab per sheet);
PDF reports (the manager summary, or any table report saved as PDF) preview in a ``QPdfView``.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QRect, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.services.reporting import Report, ReportService, SummaryReport, Table
from desktop.views.common import os_error_text, show_error
from desktop.views.jobs import Job
from desktop.views.theme import current_language
from reports.pdfbase import RenderCancelled
from reports.reportfmt import NUMERIC_KINDS, cell_text

try:  # Qt PDF is missing from some PySide6 wheels (e.g. 6.12 on Linux); the page then falls back, see below
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the wheel
    QPdfDocument = QPdfView = None
    HAVE_QTPDF = False

#: report code → can be written as (first = default)
FORMATS = {"aging": ("xlsx", "pdf"), "visits": ("xlsx",), "outcomes": ("xlsx", "pdf"),
           "performance": ("xlsx", "pdf"), "promises": ("xlsx", "pdf"), "plans": ("xlsx", "pdf"),
           "compliance": ("xlsx", "pdf"), "summary": ("pdf",)}
NO_PERIOD = ("aging",)
NO_COLLECTOR = ("aging", "summary")
HAS_PII = ("visits", "promises")


class ReportTableModel(QAbstractTableModel):
    """One report table (plus its totals row, in bold) for the preview. Read-only, filled once."""

    def __init__(self, table: Table, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.table = table
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        if parent.isValid():
            return 0
        return len(self.table.rows) + (1 if self.table.totals is not None else 0)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].header if section < len(self.table.columns) else None
        return str(section + 1) if section < len(self.table.rows) else ""

    def _row(self, r: int) -> tuple | None:
        if r < len(self.table.rows):
            return self.table.rows[r]
        return self.table.totals

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid() or not (0 <= index.row() < self.rowCount()) or not (
                0 <= index.column() < self.columnCount()):
            return None
        col = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            return cell_text(col.kind, row[index.column()]) if row is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.kind in NUMERIC_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self.table.rows):
            return self._bold
        return None


class ReportsPage(QWidget):
    """The report page; ``generated`` fires with the report when a preview is ready."""

    generated = Signal(object)
    status_message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.service = ReportService(db, actor)
        self.report: Report | SummaryReport | None = None
        self.path: Path | None = None
        self.fmt = "xlsx"
        self._job: Job | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="visitdesk-report-"))
        self._pdf_doc = QPdfDocument(self) if HAVE_QTPDF else None
        self._print_pdf: Path | None = None
        self.destroyed.connect(lambda *_: shutil.rmtree(self._tmp, ignore_errors=True))
        self._build()
        if not allowed(actor.role, Perm.REPORT_VIEW):
            for w in (self.kind, self.generate_btn, self.preset, self.date_from, self.date_to, self.branch,
                      self.collector, self.format):
                w.setEnabled(False)
            self.empty.setText(self.tr("Reports are for supervisors and managers."))
            return
        self._load_choices()
        self._on_kind_changed()
        self._apply_preset(0)

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:  # noqa: PLR0915
        self.kind = QComboBox()
        names = {
            "aging": self.tr("Portfolio aging"), "visits": self.tr("Visit log"),
            "outcomes": self.tr("Visit outcome summary"), "performance": self.tr("Collector performance"),
            "promises": self.tr("Promise-to-pay tracking"), "plans": self.tr("Installment plans"),
            "compliance": self.tr("Compliance and exceptions"), "summary": self.tr("Manager summary (PDF)"),
        }
        for code, text in names.items():
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.kind.setMinimumWidth(280)
        self.preset = QComboBox()
        for text in (self.tr("This month"), self.tr("Last month"), self.tr("This year"), self.tr("Custom")):
            self.preset.addItem(text)
        self.preset.activated.connect(self._apply_preset)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.userDateChanged.connect(lambda *_: self.preset.setCurrentIndex(3))
        self.branch = QComboBox()
        self.branch.currentIndexChanged.connect(self._load_collectors)
        self.collector = QComboBox()
        self.format = QComboBox()
        self.unmasked = QCheckBox(self.tr("Full ID and mobile numbers (audited)"))
        self.unmasked.setVisible(allowed(self.actor.role, Perm.PII_REVEAL))
        self.generate_btn = QPushButton(self.tr("Generate"))
        self.generate_btn.setDefault(True)
        self.generate_btn.setToolTip(self.tr("Generate the report (Ctrl+G)"))
        self.generate_btn.clicked.connect(self.generate)
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.cancel)
        self.cancel_btn.setVisible(False)

        form = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        form.addRow(self.tr("Report"), kind_row)
        period = QHBoxLayout()
        period.addWidget(self.preset)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        who = QHBoxLayout()
        self.branch.setMinimumWidth(200)
        self.collector.setMinimumWidth(160)
        who.addWidget(self.branch)
        who.addWidget(QLabel(self.tr("Collector")))
        who.addWidget(self.collector)
        who.addStretch(1)
        form.addRow(self.tr("Branch"), who)
        out = QHBoxLayout()
        out.addWidget(self.format)
        out.addWidget(self.unmasked)
        out.addStretch(1)
        out.addWidget(self.cancel_btn)
        out.addWidget(self.generate_btn)
        form.addRow(self.tr("Format"), out)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.empty = QLabel(self.tr("Choose a report and a period, then press Generate (Ctrl+G). "
                                    "The preview appears here; save, print or open it from the buttons below."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5a6475; font-size: 11pt;")
        self.tabs = QTabWidget()
        if HAVE_QTPDF:
            self.pdf_view = QPdfView()
            self.pdf_view.setDocument(self._pdf_doc)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:  # pages rendered as images (pdftoppm), or the report's tables when that is missing too
            self.pdf_view = QScrollArea()
            self.pdf_view.setWidgetResizable(True)
            self.pdf_view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pdf_pages = QWidget()
            self.pdf_pages.setStyleSheet("background: #8a93a3;")
            QVBoxLayout(self.pdf_pages)
            self.pdf_view.setWidget(self.pdf_pages)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.empty)
        self.preview.addWidget(self.tabs)
        self.preview.addWidget(self.pdf_view)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)

        self.save_btn = QPushButton(self.tr("Save as…"))
        self.save_btn.setShortcut(QKeySequence.StandardKey.Save)
        self.save_btn.clicked.connect(self.save_as)
        self.print_btn = QPushButton(self.tr("Print…"))
        self.print_btn.setShortcut(QKeySequence.StandardKey.Print)
        self.print_btn.clicked.connect(self.print_report)
        self.open_btn = QPushButton(self.tr("Open with system application"))
        self.open_btn.clicked.connect(self.open_external)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.save_btn, self.print_btn, self.open_btn):
            b.setEnabled(False)
            buttons.addWidget(b)

        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5a6475;")
        lay.addWidget(self.notes)
        lay.addWidget(self.preview, 1)
        lay.addLayout(buttons)

    def _load_choices(self) -> None:
        self.branch.blockSignals(True)
        self.branch.clear()
        branches = self.service.branch_choices()
        if allowed(self.actor.role, Perm.CASE_VIEW_ALL_BRANCHES):
            self.branch.addItem(self.tr("All branches"), None)
        for bid, name, _code in branches:
            self.branch.addItem(name, bid)
        self.branch.setEnabled(self.branch.count() > 1)
        self.branch.blockSignals(False)
        self._load_collectors()

    def _load_collectors(self) -> None:
        current = self.collector.currentData()
        self.collector.clear()
        self.collector.addItem(self.tr("All collectors"), None)
        try:
            for uid, name, _login in self.service.collector_choices(self.branch.currentData()):
                self.collector.addItem(name, uid)
        except ServiceError as e:
            show_error(self, e)
        i = self.collector.findData(current)
        self.collector.setCurrentIndex(max(i, 0))

    def _on_kind_changed(self) -> None:
        code = self.kind.currentData()
        self.format.clear()
        for fmt in FORMATS[code]:
            self.format.addItem(self.tr("Excel workbook") if fmt == "xlsx" else self.tr("PDF"), fmt)
        self.format.setEnabled(self.format.count() > 1)
        for w in (self.preset, self.date_from, self.date_to):
            w.setEnabled(code not in NO_PERIOD)
        self.collector.setEnabled(code not in NO_COLLECTOR)
        self.unmasked.setEnabled(code in HAS_PII)
        if code not in HAS_PII:
            self.unmasked.setChecked(False)

    def _apply_preset(self, index: int) -> None:
        today = date.today()
        if index == 0:
            d0, d1 = today.replace(day=1), today
        elif index == 1:
            last = today.replace(day=1) - timedelta(days=1)
            d0, d1 = last.replace(day=1), last
        elif index == 2:
            d0, d1 = today.replace(month=1, day=1), today
        else:
            return
        for edit, d in ((self.date_from, d0), (self.date_to, d1)):
            edit.blockSignals(True)
            edit.setDate(QDate(d.year, d.month, d.day))
            edit.blockSignals(False)
        self.preset.setCurrentIndex(index)

    # --- generating -----------------------------------------------------------------------------------
    def params(self) -> dict:
        return {
            "name": self.kind.currentData(),
            "date_from": self.date_from.date().toPython(),
            "date_to": self.date_to.date().toPython(),
            "branch_id": self.branch.currentData(),
            "collector_id": self.collector.currentData() if self.collector.isEnabled() else None,
            "unmasked": self.unmasked.isChecked() and self.unmasked.isEnabled(),
            "fmt": self.format.currentData(),
        }

    def generate(self) -> None:
        if self._job is not None or not self.generate_btn.isEnabled():
            return
        p = self.params()
        p["reason"] = None
        if p["unmasked"]:  # like revealing one customer's numbers: a reason, kept in the audit log
            reason, ok = QInputDialog.getText(
                self, self.tr("Full ID and mobile numbers"),
                self.tr("Why does this report need the full ID and mobile numbers? The reason is kept in the "
                        "audit log."))
            if not ok:
                return
            p["reason"] = reason
        self._title = self.kind.currentText()  # the report's name in the interface's language
        n = len(list(self._tmp.iterdir()))
        path = self._tmp / f"{p['name']}-{n + 1}.{p['fmt']}"
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_btn.setVisible(True)
        self.generate_btn.setEnabled(False)
        self.status.setText(self.tr("Generating…"))
        self._job = Job(_run, self.service, p, path)
        self._job.signals.progress.connect(self._on_progress)
        self._job.signals.finished.connect(self._on_finished)
        self._job.signals.failed.connect(self._on_failed)
        self._job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end_job(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_btn.setVisible(False)
        self.generate_btn.setEnabled(True)

    def _on_failed(self, error: Exception) -> None:
        self._end_job()
        if isinstance(error, RenderCancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        self.status.setText("")
        show_error(self, error)

    def _on_finished(self, result: tuple) -> None:
        self._end_job()
        report, path, fmt, count = result
        self.notes.setText("　".join(report.meta.notes))
        self.report, self.path, self.fmt = report, path, fmt
        self._print_pdf = path if fmt == "pdf" else None
        if fmt == "pdf":
            self._show_pdf(path, report)
        else:
            self._show_tables(report)
        for b in (self.save_btn, self.print_btn, self.open_btn):
            b.setEnabled(True)
        rows = report.row_count
        title = getattr(self, "_title", "") or report.meta.title
        if fmt == "pdf" and rows:
            msg = self.tr("%1 generated: %n page(s).", "", count).replace("%1", title)
        elif rows:
            msg = self.tr("%1 generated: %Ln row(s).", "", rows).replace("%1", title)
        else:
            msg = self.tr("%1 generated: no data in this period — try a longer period or another branch.").replace(
                "%1", title)
        self.status.setText(msg)
        self.status_message.emit(msg)
        self.generated.emit(report)

    def _table_title(self, t) -> str:  # noqa: ANN001
        """A table's name in the interface's language (the documents themselves are the company's, in Chinese;
        the service's title when a table is not listed here)."""
        names = {
            "aging": self.tr("By branch and bucket"), "aging_pivot": self.tr("Cases by bucket"),
            "roll": self.tr("Roll rates"), "branches": self.tr("Branches"), "by_code": self.tr("By result code"),
            "by_collector": self.tr("By collector"), "by_branch": self.tr("By branch"), "weekly": self.tr("Weekly trend"),
            "visits": self.tr("Visits"), "promises": self.tr("Promises"), "by_status": self.tr("By state"),
            "plans": self.tr("Installment plans"), "by_state": self.tr("By state"),
            "refused": self.tr("Visits refused by the rules"), "overrides": self.tr("Exceptions and overrides"),
            "reveals": self.tr("Personal data viewed or exported"), "complaints": self.tr("Complaints"),
            "summary": self.tr("Overview"),
        }
        return t.title if current_language() != "en" else names.get(t.key, t.title)

    def _show_tables(self, report: Report) -> None:
        while self.tabs.count():
            w = self.tabs.widget(0)
            self.tabs.removeTab(0)
            w.deleteLater()
        for t in report.tables:
            view = QTableView()
            view.setModel(ReportTableModel(t, view))
            view.setAlternatingRowColors(True)
            view.verticalHeader().setDefaultSectionSize(22)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            fm = view.fontMetrics()
            for i, c in enumerate(t.columns):
                view.setColumnWidth(i, max(int(c.width * fm.averageCharWidth() * 1.1),
                                           fm.horizontalAdvance(c.header) + 24))
            self.tabs.addTab(view, self.tr("%1 (%2)").replace("%1", self._table_title(t)).replace(
                "%2", f"{len(t.rows):,}"))
        self.preview.setCurrentWidget(self.tabs)

    def _show_pdf(self, path: Path, report: Report | SummaryReport) -> None:
        if HAVE_QTPDF:
            self._pdf_doc.load(str(path))
            self.preview.setCurrentWidget(self.pdf_view)
            return
        lay = self.pdf_pages.layout()
        while lay.count():
            w = lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        images = pdf_page_images(path, 110)
        if not images:  # no renderer at all: show what the PDF contains as tables
            self._show_tables(report)
            return
        for img in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            lay.addWidget(label)
        self.preview.setCurrentWidget(self.pdf_view)

    def wait_idle(self, timeout: float = 30) -> None:
        """Wait for a running job (tests, shutdown)."""
        if self._job is not None:
            self._job.done.wait(timeout)

    # --- save, print, open ----------------------------------------------------------------------------
    def save_as(self) -> None:
        if self.path is None or self.report is None:
            return
        folder = QSettings().value("reports/save_dir", str(Path.home()))
        name = f"{self.report.meta.title}_{self.report.meta.period_label.replace(' ', '')}.{self.fmt}"
        name = name.replace("/", "-").replace("：", "")
        flt = self.tr("Excel workbook (*.xlsx)") if self.fmt == "xlsx" else self.tr("PDF document (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path(folder) / name), flt)
        if not target:
            return
        if not target.lower().endswith(f".{self.fmt}"):
            target += f".{self.fmt}"
        try:
            shutil.copyfile(self.path, target)
        except OSError as e:
            self.status.setText(self.tr("Could not save: %1").replace("%1", os_error_text(e)))
            return
        QSettings().setValue("reports/save_dir", str(Path(target).parent))
        msg = self.tr("Saved to %1").replace("%1", target)
        self.status.setText(msg)
        self.status_message.emit(msg)

    def pdf_for_printing(self) -> Path | None:
        """The PDF to print: the preview itself, or the tables rendered as a PDF (first 5,000 rows each)."""
        if self.report is None:
            return None
        if self._print_pdf is None:
            from reports.summary_pdf import write_report_pdf

            target = self.path.with_suffix(".print.pdf")
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_report_pdf(self.report, target)
            finally:
                QApplication.restoreOverrideCursor()
            self._print_pdf = target
        return self._print_pdf

    def print_report(self) -> None:
        pdf = self.pdf_for_printing()
        if pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.report.meta.title)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print report"))
        if dlg.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pages = print_pdf(pdf, printer) or print_tables(self.report, printer)
        msg = self.tr("Sent %n page(s) to the printer.", "", pages)
        self.status.setText(msg)
        self.status_message.emit(msg)

    def open_external(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def pdf_page_images(path: Path, dpi: int) -> list[QImage]:
    """The PDF's pages as images: Qt PDF when the wheel has it, else poppler's ``pdftoppm`` when installed,
    else an empty list."""
    if HAVE_QTPDF:
        doc = QPdfDocument()
        doc.load(str(path))
        try:
            out = []
            for i in range(doc.pageCount()):
                size = doc.pagePointSize(i)
                out.append(doc.render(i, QSize(max(1, int(size.width() / 72 * dpi)),
                                               max(1, int(size.height() / 72 * dpi)))))
            return out
        finally:
            doc.close()
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run([exe, "-r", str(dpi), "-png", str(path), str(Path(tmp) / "p")], check=True,
                           capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            return []
        return [QImage(str(p)) for p in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))]


def print_pdf(path: Path, printer: QPrinter, *, max_dpi: int = 300) -> int:
    """Print the PDF at ``path``: every page rendered (Qt PDF, or pdftoppm) and fitted to the printable area.

    Pages are rasterised at no more than ``max_dpi`` (a 1200-dpi A4 page would be half a gigabyte).
    Returns the number of pages; 0 when no renderer is available (the caller then prints the tables)."""
    images = pdf_page_images(path, min(printer.resolution(), max_dpi))
    if not images:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = painter.viewport()
        for i, img in enumerate(images):
            if i:
                printer.newPage()
            scale = min(area.width() / img.width(), area.height() / img.height())
            painter.drawImage(QRect(0, 0, int(img.width() * scale), int(img.height() * scale)), img)
    finally:
        painter.end()
    return len(images)


def print_tables(report: Report | SummaryReport, printer: QPrinter) -> int:
    """Fallback printing without any PDF renderer: the report's tables as a Qt rich-text document."""
    from html import escape

    from reports.reportfmt import meta_lines

    parts = [f"<h2>{escape(report.meta.title)}</h2>"]
    parts += [f"<p style='color:#444'>{escape(line)}</p>" for line in meta_lines(report.meta)]
    for t in report.tables:
        parts.append(f"<h3>{escape(t.title)}</h3><table border='1' cellspacing='0' cellpadding='2'><tr>")
        parts += [f"<th>{escape(c.header)}</th>" for c in t.columns]
        parts.append("</tr>")
        rows = list(t.rows[:5000]) + ([t.totals] if t.totals is not None else [])
        for r in rows:
            parts.append("<tr>" + "".join(
                f"<td align='{'right' if c.kind in NUMERIC_KINDS else 'left'}'>{escape(cell_text(c.kind, v))}</td>"
                for c, v in zip(t.columns, r, strict=True)) + "</tr>")
        parts.append("</table>")
    doc = QTextDocument()
    doc.setHtml("".join(parts))
    doc.print_(printer)
    return max(1, doc.pageCount())


def _run(progress, cancelled, service: ReportService, p: dict, path: Path) -> tuple:  # noqa: ANN001
    """The job: query, then write the file (progress and cancellation while writing)."""
    from reports.export import write_report

    report = service.build(p["name"], p["date_from"], p["date_to"], p["branch_id"], p["collector_id"],
                           unmasked=p["unmasked"], reason=p.get("reason"))
    if cancelled():
        raise RenderCancelled()

    def tick(done: int, total: int) -> bool:
        progress(done, total)
        return not cancelled()

    count = write_report(report, path, p["fmt"], progress=tick)
    return report, path, p["fmt"], count
