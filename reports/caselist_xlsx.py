"""The case list export: the rows of the case page (masked personal data) in a write-only workbook."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

HEADERS = ("合同编号", "客户姓名", "证件号码（脱敏）", "手机号码（脱敏）", "账龄", "逾期天数", "逾期总额", "状态",
           "催收员", "营业部", "数据日期")
WIDTHS = (18, 10, 22, 15, 7, 9, 15, 12, 10, 16, 12)


def write_case_list(rows: Iterable[tuple], out: str | Path, *, title: str, generated_by: str,
                    generated_at: str) -> int:
    """``rows``: tuples in HEADERS order (money as Decimal, dates as date). Returns the number of rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("案件清单")
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A4"
    t = WriteOnlyCell(ws, value=title)
    t.font = Font(bold=True, size=13)
    ws.append([t])
    ws.append([f"导出：{generated_by}　{generated_at}　（个人信息已脱敏）"])
    head = []
    for h in HEADERS:
        c = WriteOnlyCell(ws, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EC")
        head.append(c)
    ws.append(head)
    n = 0
    for r in rows:
        cells = list(r)
        money = WriteOnlyCell(ws, value=cells[6])
        money.number_format = '"¥"#,##0.00'
        cells[6] = money
        date_cell = WriteOnlyCell(ws, value=cells[10])
        date_cell.number_format = "yyyy-mm-dd"
        cells[10] = date_cell
        ws.append(cells)
        n += 1
    ws.auto_filter.ref = f"A3:K{3 + n}"
    ws.oddFooter.center.text = f"{generated_by} {generated_at}"
    wb.save(Path(out))
    return n
