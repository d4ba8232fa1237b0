"""The audit log export (Excel): one row per event, who and when in the title and footer."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from reports.listing import Listing

HEADERS = ("编号", "时间", "用户", "操作", "对象", "对象编号", "案件", "说明", "修改前", "修改后")
WIDTHS = (8, 18, 12, 20, 10, 9, 8, 50, 40, 40)


def write_audit_log(rows: Iterable[tuple], out: str | Path, *, title: str, generated_by: str,
                    generated_at: str) -> int:
    """``rows``: (id, local time text, user, action, entity, entity_id, case_id, detail, before, after)."""
    sheet = Listing("审计日志", HEADERS, WIDTHS, title=title, subtitle=f"导出：{generated_by}　{generated_at}")
    for r in rows:
        r = list(r)
        for k in (8, 9):
            r[k] = "" if r[k] is None else json.dumps(r[k], ensure_ascii=False)
        sheet.append(r)
    return sheet.save(out, f"{generated_by} {generated_at}")
