"""The manager summary (经营摘要) and printable report tables as A4 PDFs (reportlab, embedded CJK font).

``write_summary_pdf(summary, out)``: one or two pages — title block (period, branch), the KPI table with
numerator and denominator, the aging table, an aging bar chart and a weekly trend chart drawn with
reportlab graphics, the branch table and the KPI definitions; footer with page numbers and who/when.

``write_report_pdf(report, out)``: any table report (aging, outcomes, performance …) as printable tables,
landscape when the tables are wide, header rows repeated on every page.

Both print well in black and white: greys, outlines, dash patterns and markers tell the series apart;
no colour carries meaning. Inputs are shaped like ``desktop.services.reporting.SummaryReport`` / ``Report``
(this package never imports the services).
"""

from __future__ import annotations

from decimal import Decimal
from math import cos, radians, sin
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.validators import Auto
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.pdfbase import (
    FONT,
    FONT_BOLD,
    LIGHT_GREY,
    PAGE_MARGIN,
    Output,
    build_document,
    esc,
    make_footer,
    register_fonts,
    styles,
)
from reports.reportfmt import NUMERIC_KINDS, cell_text, meta_lines

BLACK = colors.black
MID_GREY = colors.Color(0.45, 0.45, 0.45)
PALE_GREY = colors.Color(0.96, 0.96, 0.96)


def _table_style(n_rows: int, has_totals: bool, numeric_cols: list[int], size: float = 8.5) -> TableStyle:
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, size),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLACK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLACK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLACK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in numeric_cols:
        cmds.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r in range(2, n_rows + 1 - (1 if has_totals else 0), 2):  # zebra in a pale grey
        cmds.append(("BACKGROUND", (0, r), (-1, r), PALE_GREY))
    if has_totals:
        cmds += [("FONT", (0, -1), (-1, -1), FONT_BOLD, size), ("LINEABOVE", (0, -1), (-1, -1), 0.5, BLACK)]
    return TableStyle(cmds)


def _header_cell(text: str, size: float) -> Paragraph:
    from reportlab.lib.styles import ParagraphStyle

    st = ParagraphStyle("hdr", fontName=FONT_BOLD, fontSize=size, leading=size * 1.25, alignment=1, wordWrap="CJK")
    return Paragraph(esc(text), st)


def _text_cell(text: str, size: float) -> Paragraph:
    from reportlab.lib.styles import ParagraphStyle

    st = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=size * 1.25, wordWrap="CJK")
    return Paragraph(esc(text), st)


def report_table(table: Any, width: float, *, size: float = 8.5, max_rows: int | None = None) -> Table:  # noqa: ANN401
    """A platypus table for one report table: wrapped headers, right-aligned figures, bold totals."""
    cols = table.columns
    weights = [max(c.width, 6) for c in cols]
    scale = width / sum(weights)
    widths = [w * scale for w in weights]
    data: list[list] = [[_header_cell(c.header, size) for c in cols]]
    rows = table.rows if max_rows is None else table.rows[:max_rows]
    for r in rows:
        data.append([
            _text_cell(cell_text(c.kind, v), size) if c.kind == "text" and isinstance(v, str) and len(v) > 8
            else cell_text(c.kind, v) for c, v in zip(cols, r, strict=True)
        ])
    has_totals = table.totals is not None
    if has_totals:
        data.append([cell_text(c.kind, v) for c, v in zip(cols, table.totals, strict=True)])
    numeric = [i for i, c in enumerate(cols) if c.kind in NUMERIC_KINDS]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(_table_style(len(data) - 1, has_totals, numeric, size))
    if has_totals and len(data) > 2:  # the total row never starts a page alone under a repeated header
        t.setStyle(TableStyle([("NOSPLIT", (0, len(data) - 2), (-1, len(data) - 1))]))
    return t


# ------------------------------------------------------------------------------------------------ charts


def aging_chart(aging: Any, width: float, height: float = 62 * mm) -> Drawing:  # noqa: ANN401
    """Bars of the overdue total (10,000 yuan) per bucket: grey fill, black outline, value on each bar."""
    rows = aging.rows
    cats = [r[0] for r in rows]
    values = [float(Decimal(r[2]) / 10000) for r in rows]
    d = Drawing(width, height)
    d.add(String(0, height - 10, "各账龄逾期总额（万元）", fontName=FONT_BOLD, fontSize=9))
    bc = VerticalBarChart()
    bc.x, bc.y = 34, 20
    bc.width, bc.height = width - 44, height - 42
    bc.data = [values or [0]]
    bc.categoryAxis.categoryNames = cats or [""]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 8
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7.5
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labelTextFormat = "%.0f"
    bc.valueAxis.gridStrokeColor = LIGHT_GREY
    bc.valueAxis.visibleGrid = True
    bc.bars[0].fillColor = MID_GREY
    bc.bars[0].strokeColor = BLACK
    bc.bars[0].strokeWidth = 0.6
    bc.barLabelFormat = "%.1f"
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 7
    bc.barLabels.nudge = 6
    d.add(bc)
    return d


_LINE_STYLES = (  # (stroke colour, dash pattern, marker): told apart without colour
    (BLACK, None, "FilledSquare"),
    (MID_GREY, (4, 2), "Circle"),
    (BLACK, (1, 2), "FilledTriangle"),
)


def trend_chart(weekly: Any, series: tuple[tuple[str, str], ...], width: float, height: float = 66 * mm,  # noqa: ANN401
                title: str = "每周外访与结果") -> Drawing:
    """Weekly lines (one per ``(column key, label)``) with distinct dash patterns and markers, and a legend."""
    keys = {c.key: i for i, c in enumerate(weekly.columns)}
    rows = weekly.rows
    cats = [r[keys["week"]] for r in rows]
    data = [[float(r[keys[k]] or 0) for r in rows] or [0] for k, _ in series]
    d = Drawing(width, height)
    d.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9))
    lc = HorizontalLineChart()
    lc.x, lc.y = 34, 34
    lc.width, lc.height = width - 44, height - 58
    lc.data = data
    step = max(1, len(cats) // 12)
    lc.categoryAxis.categoryNames = [c if i % step == 0 else "" for i, c in enumerate(cats)] or [""]
    lc.categoryAxis.labels.fontName = FONT
    lc.categoryAxis.labels.fontSize = 7
    lc.categoryAxis.labels.angle = 0
    lc.valueAxis.labels.fontName = FONT
    lc.valueAxis.labels.fontSize = 7.5
    lc.valueAxis.valueMin = 0
    lc.valueAxis.visibleGrid = True
    lc.valueAxis.gridStrokeColor = LIGHT_GREY
    for i, (_, label) in enumerate(series):
        color, dash, marker = _LINE_STYLES[i % len(_LINE_STYLES)]
        ln = lc.lines[i]
        ln.strokeColor = color
        ln.strokeWidth = 1.2
        if dash:
            ln.strokeDashArray = dash
        ln.symbol = makeMarker(marker, size=4)
        ln.symbol.fillColor = color
        ln.symbol.strokeColor = BLACK
        ln.name = label
    legend = Legend()
    legend.x, legend.y = 40, 10
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.dx = 22
    legend.dy = 6
    legend.colorNamePairs = Auto(obj=lc)
    d.add(lc)
    d.add(legend)
    return d


# --------------------------------------------------------------------------------------------- summary


def write_summary_pdf(summary: Any, out: Output) -> int:  # noqa: ANN401
    """The manager summary; returns the page count (one or two A4 pages)."""
    register_fonts()
    st = styles()
    meta = summary.meta
    width = A4[0] - 2 * PAGE_MARGIN
    story: list = [Paragraph(esc(meta.title), st["title"])]
    for line in meta_lines(meta):
        story.append(Paragraph(esc(line), st["subtitle"]))
    story.append(Spacer(1, 4 * mm))

    # KPI table
    definitions = dict(summary.definitions)
    kdata = [[_header_cell(h, 8.5) for h in ("指标", "数值", "分子 / 分母", "计算公式")]]
    for k in summary.kpis:
        frac = ""
        if k.denominator is not None:
            nk = "money" if isinstance(k.numerator, Decimal) and k.kind == "pct" else "int"
            frac = f"{cell_text(nk, k.numerator)} / {cell_text(nk, k.denominator)}"
        kdata.append([k.name, cell_text(k.kind, k.value), frac,
                      _text_cell(definitions[k.code].formula, 8) if k.code in definitions else ""])
    kt = Table(kdata, colWidths=[width * 0.2, width * 0.17, width * 0.28, width * 0.35], repeatRows=1)
    kt.setStyle(_table_style(len(kdata) - 1, False, [1, 2]))
    story += [Paragraph("关键指标", st["h2"]), kt, Spacer(1, 3 * mm)]

    # aging: table and chart side by side
    left = width * 0.56
    at = report_table(summary.aging, left, size=8)
    chart = aging_chart(summary.aging, width - left - 6 * mm)
    side = Table([[at, chart]], colWidths=[left + 3 * mm, width - left - 3 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Paragraph("账龄分布", st["h2"]), side]

    # weekly trend and the branches
    story.append(KeepTogether([
        Paragraph("周趋势", st["h2"]),
        trend_chart(summary.weekly, (("visits_done", "已完成外访"), ("contacted", "有接触"), ("promised", "取得承诺")),
                    width),
    ]))
    story.append(KeepTogether([Paragraph("各营业部", st["h2"]), report_table(summary.branches, width)]))

    notes = [*meta.notes, "“—”表示分母为零（期间内没有可计算的数据），不是 0%。"]
    story.append(Paragraph("说明", st["h2"]))
    for code, d in summary.definitions:
        if d.denominator:
            story.append(Paragraph(esc(f"{d.name}：分子 = {d.numerator}；分母 = {d.denominator}。"), st["small"]))
        elif code not in ("cases_open", "overdue_total"):
            story.append(Paragraph(esc(f"{d.name}：{d.numerator}。"), st["small"]))
    for n in notes:
        story.append(Paragraph(esc(n), st["small"]))
    footer = make_footer(meta.generated_by, meta.generated_at, left=f"{meta.title}　{meta.branch_label}")
    return build_document(out, story, footer=footer, title=meta.title, author=meta.generated_by,
                          subject=meta.period_label, top_margin=14 * mm)


# ------------------------------------------------------------------------------------- table reports


def write_report_pdf(report: Any, out: Output, *, max_rows: int = 5000) -> int:  # noqa: ANN401
    """A table report as a printable PDF (landscape when any table has more than 8 columns)."""
    register_fonts()
    st = styles()
    meta = report.meta
    wide = any(len(t.columns) > 8 for t in report.tables)
    pagesize = landscape(A4) if wide else A4
    width = pagesize[0] - 2 * PAGE_MARGIN
    story: list = [Paragraph(esc(meta.title), st["title"])]
    for line in meta_lines(meta):
        story.append(Paragraph(esc(line), st["subtitle"]))
    for n in meta.notes:
        story.append(Paragraph(esc(n), st["small"]))
    # a heading is not left at the foot of a page without what it introduces: a new page when less than a
    # few lines' room is left (not keep-with-next, which would push a long table and leave a page empty)
    for t in report.tables:
        size = 8.5 if len(t.columns) <= 10 else 7 if len(t.columns) <= 16 else 6
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(esc(t.title), st["h2"]))
        if t.note:
            story.append(Paragraph(esc(t.note), st["small"]))
        if not t.rows:
            story.append(Paragraph("（本期没有数据）", st["small"]))
            continue
        story.append(report_table(t, width, size=size, max_rows=max_rows))
        if len(t.rows) > max_rows:
            story.append(Paragraph(esc(f"只打印前 {max_rows} 行，共 {len(t.rows)} 行；完整数据请导出 Excel。"), st["small"]))
        if t.chart is not None and t.chart.kind == "bar" and t.rows:
            story.append(Spacer(1, 2 * mm))
            story.append(_bar_for(t, min(width, 170 * mm)))
    if report.definitions:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph("指标说明", st["h2"]))
        for _code, d in report.definitions:
            text = f"{d.name}：{d.formula}。分子：{d.numerator}" + (f"；分母：{d.denominator}。" if d.denominator else "。")
            story.append(Paragraph(esc(text), st["small"]))
        story.append(Paragraph("“—”表示分母为零（期间内没有可计算的数据），不是 0%。", st["small"]))
    footer = make_footer(meta.generated_by, meta.generated_at, left=f"{meta.title}　{meta.branch_label}")
    return build_document(out, story, footer=footer, pagesize=pagesize, title=meta.title, author=meta.generated_by,
                          subject=meta.period_label)


def _bar_for(table: Any, width: float, height: float = 60 * mm) -> Drawing:  # noqa: ANN401
    spec = table.chart
    idx = {c.key: i for i, c in enumerate(table.columns)}
    cats = [str(r[idx[spec.category]]) for r in table.rows]
    series = [k for k in spec.series if k in idx]
    fills = (MID_GREY, colors.white, colors.Color(0.2, 0.2, 0.2), colors.Color(0.75, 0.75, 0.75))
    # room below the axis for the longest category name, slanted when the names do not fit side by side
    # (the drawing grows by what they need: they ran into the heading below)
    longest = max((stringWidth(c, FONT, 7) for c in cats), default=0)
    slot = (width - 44) / max(len(cats), 1)
    angle = 0 if longest <= slot - 4 and max((len(c) for c in cats), default=0) <= 4 else 30
    below = 26 if angle == 0 else max(26, int(longest * sin(radians(angle)) + 7 * cos(radians(angle)) + 10))
    height += below - 26
    d = Drawing(width, height)
    d.add(String(0, height - 10, spec.title, fontName=FONT_BOLD, fontSize=9))
    bc = VerticalBarChart()
    bc.x, bc.y = 34, below
    bc.width, bc.height = width - 44, height - 22 - below
    bc.data = [[float(r[idx[k]] or 0) for r in table.rows] for k in series]
    bc.categoryAxis.categoryNames = cats
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7
    if angle:
        bc.categoryAxis.labels.angle = angle
        bc.categoryAxis.labels.boxAnchor = "ne"
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.valueMin = 0
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = LIGHT_GREY
    for i in range(len(series)):
        bc.bars[i].fillColor = fills[i % len(fills)]
        bc.bars[i].strokeColor = BLACK
        bc.bars[i].strokeWidth = 0.5
    d.add(bc)
    if len(series) > 1:
        from reportlab.graphics.charts.legends import Legend

        lg = Legend()
        lg.x, lg.y = width - 10, height - 12
        lg.alignment = "right"
        lg.fontName = FONT
        lg.fontSize = 7
        lg.boxAnchor = "ne"
        lg.strokeColor = BLACK
        lg.colorNamePairs = [(fills[i % len(fills)], table.columns[idx[k]].header) for i, k in enumerate(series)]
        d.add(lg)

    return d
