"""Export the case list as it is filtered on screen (File ▸ Export case list…), off the GUI thread."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services.context import BRANCH_TZ
from desktop.views.common import os_error_text, show_error
from desktop.views.jobs import Job


def write_export(progress, cancelled, service, query, path: Path, total: int, login: str) -> int:  # noqa: ANN001
    """Write to a temporary file beside the target and rename: a failed or cancelled export leaves nothing."""
    from reports.caselist_xlsx import write_case_list

    def rows():  # noqa: ANN202
        for i, r in enumerate(service.export_rows(query), 1):
            if i % 500 == 0:
                if cancelled():
                    raise InterruptedError
                progress(i, total)
            yield r

    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        n = write_case_list(rows(), tmp, title=QCoreApplication.translate("CaseExport", "Case list"), generated_by=login,
                            generated_at=datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M"))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return n


def export_case_list(parent: QWidget, page) -> None:  # noqa: ANN001
    settings = QSettings()
    folder = settings.value("export/dir") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    title = QCoreApplication.translate("CaseExport", "Case list")
    name = f"{title}-{datetime.now(BRANCH_TZ):%Y%m%d-%H%M}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CaseExport", "Export case list"), str(Path(folder) / name),
                                          QCoreApplication.translate("CaseExport", "Excel workbook (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    target = Path(path)
    settings.setValue("export/dir", str(target.parent))
    total = page.last_summary.count if getattr(page, "last_summary", None) else 0
    dlg = QProgressDialog(QCoreApplication.translate("CaseExport", "Exporting the case list…"), QCoreApplication.translate("CaseExport", "Cancel"), 0, max(total, 1), parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    job = Job(write_export, page.cases, page.current_query(), target, total, page.actor.login)
    job.signals.progress.connect(lambda done, tot: dlg.setValue(min(done, tot)))
    dlg.canceled.connect(job.cancel)

    def finished(n: int) -> None:
        dlg.reset()
        page.status_message.emit(QCoreApplication.translate("CaseExport", "%1 cases exported to %2 (personal data masked)")
                                  .replace("%1", f"{n:,}").replace("%2", str(target)))

    def failed(e: Exception) -> None:
        dlg.reset()
        if isinstance(e, InterruptedError):
            page.status_message.emit(QCoreApplication.translate("CaseExport", "Export cancelled — no file was written"))
            return
        if isinstance(e, OSError):
            QMessageBox.warning(parent, QCoreApplication.translate("CaseExport", "Export case list"),
                                QCoreApplication.translate("CaseExport", "The case list could not be saved: %1")
                                .replace("%1", os_error_text(e)))
            return
        show_error(parent, e)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    page.export_job = job
    job.start()
