"""Write a report (``desktop.services.reporting.Report`` or ``SummaryReport``) as .xlsx or .pdf by file name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reports.pdfbase import Output


def write_report(report: Any, out: Output, fmt: str | None = None, *, progress=None) -> int:  # noqa: ANN001, ANN401
    """``fmt``: ``"xlsx"`` or ``"pdf"`` (default: from the file name). Returns rows (Excel) or pages (PDF)."""
    if fmt is None:
        fmt = Path(os.fspath(out)).suffix.lower().lstrip(".")
    if fmt == "pdf":
        from reports.summary_pdf import write_report_pdf, write_summary_pdf

        if report.meta.code == "summary":
            return write_summary_pdf(report, out)
        return write_report_pdf(report, out)
    if fmt == "xlsx":
        from reports.workbook import write_report_workbook

        return write_report_workbook(report, out, progress=progress)
    raise ValueError(f"unknown report format {fmt!r}")
