"""The case list export: the rows of the case page (masked personal data) in a write-only workbook."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl.styles import Font

from reports.listing import Listing

HEADERS = ("合同编号", "客户姓名", "证件号码（脱敏）", "手机号码（脱敏）", "账龄", "逾期天数", "逾期总额", "状态",
           "催收员", "营业部", "数据日期")
WIDTHS = (18, 10, 22, 15, 7, 9, 15, 12, 10, 16, 12)


def write_case_list(rows: Iterable[tuple], out: str | Path, *, title: str, generated_by: str,
                    generated_at: str) -> int:
    """``rows``: tuples in HEADERS order (money as Decimal, dates as date). Returns the number of rows."""
    sheet = Listing("案件清单", HEADERS, WIDTHS, title=title,
                    subtitle=f"导出：{generated_by}　{generated_at}　（个人信息已脱敏）")
    for r in rows:
        cells = list(r)
        cells[6] = sheet.cell(cells[6], '"¥"#,##0.00')
        cells[10] = sheet.cell(cells[10], "yyyy-mm-dd")
        sheet.append(cells)
    if sheet.rows:
        # totals of the rows shown: SUBTOTAL ignores the rows hidden by the autofilter
        first, last = 4, 3 + sheet.rows
        total = [None] * len(HEADERS)
        total[0] = "合计（筛选后）"
        total[1] = sheet.cell(f"=SUBTOTAL(103,A{first}:A{last})", '0" 件"', font=Font(bold=True))
        total[6] = sheet.cell(f"=SUBTOTAL(109,G{first}:G{last})", '"¥"#,##0.00', font=Font(bold=True))
        sheet.append_total(total)
    return sheet.save(out, f"{generated_by} {generated_at}")
