"""Text of one report cell by column kind — shared by the PDF renderers and the report page's table preview.

Kinds (see ``desktop.services.reporting.Column``): text, id (record numbers), int, money, pct (a fraction), decimal, date,
datetime. A missing rate or per-day figure (nothing to divide by) reads "—", never 0 %.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

DASH = "—"
NUMERIC_KINDS = frozenset({"int", "money", "pct", "decimal"})

#: Excel number formats per kind (the workbook uses these; the PDF and the screen use :func:`cell_text`).
EXCEL_FORMATS = {
    "int": "#,##0",
    "money": '"¥"#,##0.00',
    "pct": "0.0%",
    "decimal": "0.00",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}


def cell_text(kind: str, value: object, *, symbol: bool = True) -> str:
    if value is None:
        return DASH if kind in ("pct", "decimal") else ""
    if isinstance(value, str):
        return value
    if kind == "money":
        v = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        sign = "-" if v < 0 else ""
        return f"{sign}{'¥' if symbol else ''}{abs(v):,.2f}"
    if kind == "pct":
        v = (Decimal(value) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return f"{v}%"
    if kind == "decimal":
        return f"{Decimal(value).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"
    if kind == "int":
        return f"{int(value):,}"
    if kind == "id":
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def meta_lines(meta) -> list[str]:  # noqa: ANN001
    """The title block's lines under the title: period, branch (and collector), who made it and when."""
    scope = f"营业部：{meta.branch_label}"
    if meta.collector_label:
        scope += f"　｜　催收员：{meta.collector_label}"
    gen = meta.generated_at
    when = gen.astimezone(_tz()).strftime("%Y-%m-%d %H:%M") if gen.tzinfo else gen.strftime("%Y-%m-%d %H:%M")
    privacy = "个人信息：已脱敏" if meta.masked else "个人信息：未脱敏（导出已记入审计日志）"
    sep = "　｜　"  # an ideographic space alone read as one run in the PDF
    return [f"期间：{meta.period_label}{sep}{scope}", f"制表：{meta.generated_by}{sep}生成时间：{when}{sep}{privacy}"]


def generated_at_text(meta) -> str:  # noqa: ANN001
    gen = meta.generated_at
    return gen.astimezone(_tz()).strftime("%Y-%m-%d %H:%M") if gen.tzinfo else gen.strftime("%Y-%m-%d %H:%M")


def _tz():  # noqa: ANN202
    from reports.pdfbase import default_tz

    return default_tz()
