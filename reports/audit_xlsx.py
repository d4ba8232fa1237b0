"""The audit log export (Excel): one row per event, who and when in the title and footer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

HEADERS = ("编号", "时间", "用户", "操作", "对象", "对象编号", "案件", "说明", "修改前", "修改后")
WIDTHS = (8, 18, 12, 20, 10, 9, 8, 50, 40, 40)


def write_audit_log(rows: Iterable[tuple], out: str | Path, *, title: str, generated_by: str,
                    generated_at: str) -> int:
    """``rows``: (id, local time text, user, action, entity, entity_id, case_id, detail, before, after)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计日志")
    for i, w in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A4"
    t = WriteOnlyCell(ws, value=title)
    t.font = Font(bold=True, size=13)
    ws.append([t])
    ws.append([f"导出：{generated_by}　{generated_at}"])
    head = []
    for h in HEADERS:
        c = WriteOnlyCell(ws, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDE3EC")
        head.append(c)
    ws.append(head)
    n = 0
    for r in rows:
        r = list(r)
        for k in (8, 9):
            r[k] = "" if r[k] is None else json.dumps(r[k], ensure_ascii=False)
        ws.append(r)
        n += 1
    ws.auto_filter.ref = f"A3:J{3 + n}"
    ws.oddFooter.center.text = f"{generated_by} {generated_at}"
    wb.save(Path(out))
    return n
