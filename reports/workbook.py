"""Report workbooks (openpyxl, write-only): one sheet per table plus a 指标说明 note sheet.

Each table sheet has a title block (report, period, branch, who generated it and when), a frozen header row
with an autofilter, number formats (``"¥"#,##0.00``, ``0.0%``, ``#,##0``, ``yyyy-mm-dd``), column widths
that fit Chinese headers, a bold totals row whose sums and rates are Excel formulas (a rate's total is
``SUM(numerator) / SUM(denominator)``, "—" when the denominator is zero), a chart where the table asks for
one, and a printed footer with who/when and page numbers.

Every workbook is written in write-only mode (rows stream to disk; a year of visits stays small in memory);
cell styles come from one prepared style per column, copied onto each cell.

Input: any object shaped like ``desktop.services.reporting.Report`` (``meta``, ``tables``, ``definitions``)
— this package does not import the services.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from reports.pdfbase import Output, RenderCancelled
from reports.reportfmt import DASH, EXCEL_FORMATS, generated_at_text, meta_lines

HEADER_ROW = 5  # rows 1-4: title block
HEADER_FILL = PatternFill("solid", fgColor="DDE3EC")
TOTAL_FILL = PatternFill("solid", fgColor="F1F3F6")
THIN = Side(style="thin", color="7F8895")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

Progress = Callable[[int, int], bool | None]


def display_width(text: str) -> int:
    """Width in Excel character units: CJK and full-width characters count two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def sheet_name(title: str, taken: set[str]) -> str:
    name = _BAD_SHEET_CHARS.sub("_", title)[:31] or "Sheet"
    base, k = name, 2
    while name in taken:
        suffix = f"({k})"
        name = base[: 31 - len(suffix)] + suffix
        k += 1
    taken.add(name)
    return name


class _Styles:
    """Prepared cells whose style arrays are copied onto every data cell of a column (fast in write-only)."""

    def __init__(self, ws) -> None:  # noqa: ANN001
        self.ws = ws
        self._cache: dict[tuple, Any] = {}

    def template(self, *, kind: str | None = None, bold: bool = False, fill: PatternFill | None = None,
                 top: bool = False, center: bool = False, size: float | None = None, wrap: bool = False,
                 grey: bool = False) -> Any:  # noqa: ANN401
        key = (kind, bold, fill.fgColor.rgb if fill else None, top, center, size, wrap, grey)
        t = self._cache.get(key)
        if t is None:
            t = WriteOnlyCell(self.ws)
            if kind in EXCEL_FORMATS:
                t.number_format = EXCEL_FORMATS[kind]
            if bold or size or grey:
                t.font = Font(bold=bold, size=size or 11, color="5A6475" if grey else None)
            if fill is not None:
                t.fill = fill
            if top:
                t.border = Border(top=THIN, bottom=THIN)
            if center or wrap:
                t.alignment = Alignment(horizontal="center" if center else None, vertical="center", wrap_text=wrap)
            self._cache[key] = t
        return t

    def cell(self, value: object, template: Any) -> WriteOnlyCell:  # noqa: ANN401
        c = WriteOnlyCell(self.ws, value=value)
        c._style = copy(template._style)
        return c


def write_report_workbook(report: Any, out: Output, *, progress: Progress | None = None) -> int:  # noqa: ANN401
    """Write ``report`` to ``out`` (path or binary file). Returns the number of data rows written.

    ``progress(done, total)`` is called every few thousand rows; returning ``False`` cancels
    (:class:`reports.pdfbase.RenderCancelled`, nothing is kept at ``out`` when it is a path).
    """
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    total = max(1, sum(len(t.rows) for t in report.tables))
    done = 0
    for table in report.tables:
        ws = wb.create_sheet(sheet_name(table.title, taken))
        done = _write_table(ws, report.meta, table, progress, done, total)
    _write_notes(wb.create_sheet(sheet_name("指标说明", taken)), report)
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    try:
        wb.save(target)
    except RenderCancelled:
        raise
    return done


def _write_table(ws, meta, table, progress: Progress | None, done: int, total: int) -> int:  # noqa: ANN001, C901, PLR0912, PLR0915
    cols = table.columns
    n = len(table.rows)
    st = _Styles(ws)
    # widths: the service's hint, at least the header, text columns widened by a sample of the data
    sample = table.rows[:300]
    for i, c in enumerate(cols):
        width = max(c.width, display_width(c.header) + 2)
        if c.kind == "text" and sample:
            longest = max(display_width(str(r[i])) for r in sample if r[i] is not None) if any(
                r[i] is not None for r in sample) else 0
            width = max(width, min(48, longest + 2))
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    first_data = HEADER_ROW + 1
    last_data = HEADER_ROW + n
    ws.freeze_panes = f"{'B' if len(cols) > 8 else 'A'}{first_data}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if len(cols) > 7 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False

    title = f"{meta.title} — {table.title}" if table.title != meta.title else meta.title
    ws.append([st.cell(title, st.template(bold=True, size=14))])
    grey = st.template(grey=True)
    for line in meta_lines(meta):
        ws.append([st.cell(line, grey)])
    notes = [*meta.notes, table.note] if table.note else list(meta.notes)
    ws.append([st.cell("　".join(x for x in notes if x), grey)] if notes else [])
    head = st.template(bold=True, fill=HEADER_FILL, top=True, center=True, wrap=True)
    ws.append([st.cell(c.header, head) for c in cols])

    # data rows: plain values where no style is needed, a styled copy where the column has a format
    templates = [st.template(kind=c.kind) if c.kind in EXCEL_FORMATS else None for c in cols]
    dash = st.template(center=True)
    plain = [t is None for t in templates]
    for k, row in enumerate(table.rows, 1):
        cells = []
        for i, v in enumerate(row):
            if v is None:
                cells.append(st.cell(DASH, dash) if cols[i].kind in ("pct", "decimal") else None)
            elif plain[i] or isinstance(v, str):
                cells.append(v)
            else:
                c = WriteOnlyCell(ws, value=v)
                c._style = copy(templates[i]._style)
                cells.append(c)
        ws.append(cells)
        if progress is not None and k % 5000 == 0 and progress(done + k, total) is False:
            raise RenderCancelled()
    done += n
    if progress is not None and progress(done, total) is False:
        raise RenderCancelled()

    # totals row: formulas over the data rows
    if table.totals is not None:
        letter = {c.key: get_column_letter(i + 1) for i, c in enumerate(cols)}

        def rng(key: str) -> str:
            return f"{letter[key]}{first_data}:{letter[key]}{last_data}"

        mode = {c.key: c.total for c in cols}

        def whole(key: str) -> str:  # a column's total in a formula: the sum of its rows, or its own cell
            return f"{letter[key]}{last_data + 1}" if mode.get(key) == "value" else f"SUM({rng(key)})"

        cells = []
        for i, c in enumerate(cols):
            value = table.totals[i]
            if c.total == "sum":
                value = f"=SUM({rng(c.key)})" if n else 0
            elif c.total == "ratio" and c.num and c.den:
                value = f'=IF({whole(c.den)}=0,"{DASH}",{whole(c.num)}/{whole(c.den)})' if n else DASH
            elif c.total == "value":
                pass  # the service's figure as it is
            elif c.kind in ("int", "money", "pct", "decimal") and not isinstance(value, str):
                value = None
            kind = c.kind if c.total in ("sum", "ratio", "value") else None
            cells.append(st.cell(value, st.template(kind=kind, bold=True, fill=TOTAL_FILL, top=True,
                                                    center=value == DASH)))
        ws.append(cells)
    last_row = last_data + (1 if table.totals is not None else 0)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(cols))}{max(last_data, HEADER_ROW)}"
    ws.print_area = f"A1:{get_column_letter(len(cols))}{max(last_row, HEADER_ROW)}"

    if table.chart is not None and n:
        _add_chart(ws, table, first_data, last_data)

    when = generated_at_text(meta)
    ws.oddFooter.left.text = f"制表：{meta.generated_by}　{when}"
    ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 8
    ws.oddFooter.right.text = meta.title
    ws.oddFooter.right.size = 8
    return done


def _add_chart(ws, table, first: int, last: int) -> None:  # noqa: ANN001
    spec = table.chart
    idx = {c.key: i + 1 for i, c in enumerate(table.columns)}
    chart = BarChart() if spec.kind == "bar" else LineChart()
    if spec.kind == "bar":
        chart.type = "col"
        chart.grouping = "clustered"
    chart.title = spec.title
    chart.y_axis.title = spec.y_title
    chart.height = 9
    chart.width = 18
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    for key in spec.series:
        if key in idx:
            chart.add_data(Reference(ws, min_col=idx[key], min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=idx[spec.category], min_row=first, max_row=last))
    if len(spec.series) == 1:
        chart.legend = None
    anchor_col = get_column_letter(len(table.columns) + 2)
    ws.add_chart(chart, f"{anchor_col}{HEADER_ROW}")


def _write_notes(ws, report) -> None:  # noqa: ANN001
    st = _Styles(ws)
    meta = report.meta
    for i, w in enumerate((20, 44, 52, 44)):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.append([st.cell(f"{meta.title} — 指标说明", st.template(bold=True, size=14))])
    grey = st.template(grey=True)
    for line in meta_lines(meta):
        ws.append([st.cell(line, grey)])
    ws.append([])
    head = st.template(bold=True, fill=HEADER_FILL, top=True, center=True)
    ws.append([st.cell(h, head) for h in ("指标", "计算公式", "分子", "分母")])
    wrap = st.template(wrap=True)
    for _code, d in report.definitions:
        ws.append([st.cell(d.name, st.template(bold=True)), st.cell(d.formula, wrap), st.cell(d.numerator, wrap),
                   st.cell(d.denominator or "—（不是比率）", wrap)])
    ws.append([])
    ws.append([st.cell("说明", st.template(bold=True))])
    for line in (
        "“—”表示分母为零（期间内没有可计算的数据），不是 0%。",
        "合计行中的比率 = 分子列合计 ÷ 分母列合计（不是各行比率的平均）。",
        "期间按北京时间的日期计算，起止日期都包括在内。",
        *meta.notes,
    ):
        ws.append([st.cell(line, grey)])
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.left.text = f"制表：{meta.generated_by}　{generated_at_text(meta)}"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
