"""The import error report as a workbook: one row per invalid cell, as the user sees it in Excel."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEADERS = ("行号", "合同编号", "列（文件中的表头）", "原值", "原因", "完整说明")


def write_error_report(errors: Iterable, out: str | Path, *, file_name: str, generated_by: str,
                       generated_at: str) -> Path:
    """``errors``: objects with excel_row, contract, column, value, reason, message (import_parse.RowError);
    ID and mobile numbers come masked from the parser."""
    wb = Workbook()
    ws = wb.active
    ws.title = "错误明细"
    ws.append([f"导入错误报告：{file_name}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([f"生成：{generated_by}　{generated_at}"])
    ws.append([])
    ws.append(list(HEADERS))
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EC")
    n = 0
    for e in errors:
        ws.append([e.excel_row, e.contract, e.column, e.value, e.reason, e.message])
        n += 1
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:F{4 + n}"
    for i, w in enumerate((8, 20, 20, 26, 40, 70), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=5, max_row=4 + n):
        for c in row:
            c.alignment = Alignment(vertical="top", wrap_text=c.column >= 5)
    ws.oddFooter.center.text = f"{generated_by} {generated_at}"
    out = Path(out)
    wb.save(out)
    return out
