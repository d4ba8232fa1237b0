"""外访路线单 — a team's route sheet for one day (A4 landscape), grouped by district, then by time.

Collectors carry it on the visit: every stop has blank boxes to tick and write the outcome by hand, and the
sheet repeats the conduct rules for visits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.pdfbase import (
    FONT,
    LIGHT_GREY,
    Output,
    build_document,
    check_visit_window,
    esc,
    fmt_date,
    fmt_money,
    fmt_time,
    make_footer,
    styles,
    weekday_cn,
    wrap_text,
)

__all__ = ["CONDUCT_RULES", "RouteSheetData", "RouteStop", "district_of", "group_stops", "render_route_sheet"]

TITLE = "外访路线单"
_CELL_SIZE = 9  # styles()["cell"].fontSize
_CELL_PAD = 4
_GAP = "&nbsp;" * 6
UNKNOWN_DISTRICT = "未识别区县"

#: The conduct rules printed on every route sheet.
CONDUCT_RULES: tuple[str, ...] = (
    "进门前主动出示工作证，表明身份与来意",
    "未经客户同意不得强行进入住所",
    "不得收取现金，只引导客户向公司对公账户还款",
    "不得威胁、恐吓、辱骂或骚扰客户及其家人",
    "不得向第三方（邻居、同事、亲友等）透露客户的债务信息",
    "22:00–08:00 不得上门",
)


@dataclass(frozen=True, slots=True)
class RouteStop:
    time_start: time
    time_end: time
    district: str  # "" → taken from the address with district_of()
    address: str
    customer_name: str
    contract_no: str
    overdue_total: Decimal
    dpd: int
    last_outcome: str = ""
    promises: str = ""  # e.g. "承诺 5月15日 还 ¥2,000.00（未兑现）"


@dataclass(frozen=True, slots=True)
class RouteSheetData:
    date: date
    branch: str
    team: Sequence[str]  # collectors' names
    stops: Sequence[RouteStop]
    generated_by: str
    # booked visits the team must not make (the customer is flagged do-not-visit, e.g. a complaint is open):
    # listed apart so that nobody goes, e.g. "10:00 王芳（BOB…）：投诉处理中"
    withheld: Sequence[str] = ()


# ------------------------------------------------------------------------------------- district_of

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
# One administrative unit: up to 14 Han characters ending in an administrative suffix (shortest match).
_UNIT = re.compile(
    rf"{_HAN}{{1,14}}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|林区|特区|地区|省|市|盟|区|县|旗)"
)
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_PROVINCES = (
    "黑龙江", "内蒙古", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
    "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门",
)  # fmt: skip
# "区" names that are never administrative divisions.
_NOT_DISTRICT = ("小区", "社区", "校区", "园区", "景区", "厂区", "街区", "片区")


def district_of(address: str) -> str:
    """The county-level division (区/县/旗, or a county-level 市) named in a Chinese address.

    ``'北京市朝阳区建国路88号'`` → ``'朝阳区'``; ``'江苏省苏州市昆山市玉山镇'`` → ``'昆山市'``;
    ``'重庆市石柱土家族自治县南宾街道'`` → ``'石柱土家族自治县'``. For a prefecture-level city without
    districts (``'广东省东莞市南城街道…'``) the city is returned (``'东莞市'``). Returns ``''`` when the
    address names no such unit (e.g. it starts with the street).
    """
    text = re.sub(r"\s+", "", address or "")
    # Municipalities and provinces are often written without 市/省: 上海浦东新区…, 广东深圳市…
    for name in _MUNICIPALITIES:
        if text.startswith(name):
            text = text[len(name) :]
            text = text.removeprefix("市")
            break
    else:
        for name in _PROVINCES:
            if text.startswith(name) and not text.startswith(name + "市"):
                rest = text[len(name) :]
                for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省"):
                    if rest.startswith(suffix):
                        rest = rest[len(suffix) :]
                        break
                text = rest
                break

    last_city = ""
    pos = 0
    while True:
        m = _UNIT.match(text, pos)
        if m is None:
            break
        unit = m.group(0)
        pos = m.end()
        if unit.endswith(("省", "自治区", "特别行政区", "自治州", "地区", "盟")):
            continue  # province- or prefecture-level
        if unit.endswith("市"):
            last_city = unit  # prefecture, or a county-level city if nothing finer follows
            continue
        if unit.endswith(_NOT_DISTRICT):
            break
        return unit  # 区, 县, 旗, 自治县, 自治旗, 新区, 林区, 特区
    return last_city


# ------------------------------------------------------------------------------------------ layout


def group_stops(stops: Sequence[RouteStop]) -> list[tuple[str, list[RouteStop]]]:
    """Group stops by district (``district`` or, if blank, :func:`district_of` of the address), each
    group sorted by time; groups ordered by their earliest visit, so the sheet follows the day."""
    groups: dict[str, list[RouteStop]] = {}
    for stop in stops:
        key = stop.district.strip() or district_of(stop.address) or UNKNOWN_DISTRICT
        groups.setdefault(key, []).append(stop)
    for members in groups.values():
        members.sort(key=lambda s: (s.time_start, s.time_end, s.customer_name))
    return sorted(groups.items(), key=lambda kv: (kv[1][0].time_start, kv[0]))


_COLUMNS = (
    "序号",
    "时段",
    "客户 / 合同编号",
    "地址",
    "逾期总额",
    "逾期<br/>天数",
    "上次结果 / 承诺",
    "外访结果（现场勾选、填写）",
)
# What the collector ticks and writes on the spot.
_OUTCOME_CELL = (
    "□ 见到本人&nbsp;&nbsp;□ 见到家属&nbsp;&nbsp;□ 无人在家&nbsp;&nbsp;□ 地址有误<br/>"
    "□ 拒绝沟通&nbsp;&nbsp;□ 承诺还款 ¥________ ___月___日<br/>"
    "备注："
)


def _fit(text: str, col_width: float) -> str:
    """Pre-wrap cell text with our own wrapper (keeps amounts such as ¥2,000.00 whole), as Paragraph markup."""
    lines = wrap_text(text, FONT, _CELL_SIZE, col_width - 2 * _CELL_PAD - 1)
    return "<br/>".join(esc(line) for line in lines)


def _stop_rows(
    groups: list[tuple[str, list[RouteStop]]], widths: Sequence[float]
) -> tuple[list[list], list[tuple]]:
    st = styles()
    rows: list[list] = []
    commands: list[tuple] = []
    seq = 0
    for district, members in groups:
        r = len(rows) + 1  # +1: header row
        subtotal = sum((s.overdue_total for s in members), Decimal(0))
        rows.append(
            [
                Paragraph(
                    _GAP.join(
                        (f"<b>{esc(district)}</b>", f"{len(members)} 户", f"逾期总额 {fmt_money(subtotal)}")
                    ),
                    st["cell"],
                ),
                *[""] * 7,  # spanned
            ]
        )
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), LIGHT_GREY),
            ("NOSPLIT", (0, r), (-1, r + 1)),  # never leave a district heading alone at a page foot
            ("BOTTOMPADDING", (0, r), (-1, r), 4),
        ]
        for s in members:
            seq += 1
            history = "<br/>".join(_fit(t, widths[6]) for t in (s.last_outcome, s.promises) if t) or "—"
            rows.append(
                [
                    Paragraph(str(seq), st["cell_center"]),
                    Paragraph(f"{fmt_time(s.time_start)}<br/>–{fmt_time(s.time_end)}", st["cell_center"]),
                    Paragraph(f"<b>{esc(s.customer_name)}</b><br/>{esc(s.contract_no)}", st["cell"]),
                    Paragraph(_fit(s.address, widths[3]), st["cell"]),
                    Paragraph(fmt_money(s.overdue_total), st["cell_right"]),
                    Paragraph(str(s.dpd), st["cell_right"]),
                    Paragraph(history, st["cell"]),
                    Paragraph(_OUTCOME_CELL, st["cell"]),
                ]
            )
    return rows, commands


def render_route_sheet(
    sheet: RouteSheetData,
    out_path: Output,
    *,
    generated_at: datetime | None = None,
) -> int:
    """Write the route sheet (A4 landscape) to ``out_path``; return the page count.

    Raises ``ValueError`` for a stop whose window is not within 08:00–22:00 or ends before it starts.
    """
    for s in sheet.stops:
        check_visit_window(s.time_start, s.time_end, f"route stop {s.contract_no}")
    st = styles()
    pagesize = landscape(A4)
    footer = make_footer(
        sheet.generated_by, generated_at, left=f"{TITLE} {sheet.branch} {sheet.date.isoformat()}"
    )
    content_w = pagesize[0] - 2 * footer.margin

    groups = group_stops(sheet.stops)
    total = sum((s.overdue_total for s in sheet.stops), Decimal(0))
    team = "、".join(sheet.team) or "—"

    story: list = [
        Paragraph(TITLE, st["title"]),
        Paragraph(
            _GAP.join(
                (
                    f"日期：{fmt_date(sheet.date)}（{weekday_cn(sheet.date)}）",
                    f"营业部：{esc(sheet.branch)}",
                    f"外访人员：{esc(team)}",
                    f"共 {len(sheet.stops)} 户 / {len(groups)} 个区县",
                    f"逾期总额合计 {fmt_money(total)}",
                )
            ),
            st["subtitle"],
        ),
        Spacer(1, 3 * mm),
    ]

    rules = "&nbsp;&nbsp;".join(
        f"{i}. {esc(rule)}{'；' if i < len(CONDUCT_RULES) else '。'}"
        for i, rule in enumerate(CONDUCT_RULES, start=1)
    )
    rules_table = Table(
        [[Paragraph("<b>外访纪律</b>", st["cell"]), Paragraph(rules, st["cell"])]],
        colWidths=[18 * mm, content_w - 18 * mm],
    )
    rules_table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story += [rules_table, Spacer(1, 4 * mm)]
    if sheet.withheld:
        lines = "<br/>".join(esc(w) for w in sheet.withheld)
        held = Table(
            [[Paragraph("<b>暂停外访<br/>不要前往</b>", st["cell"]), Paragraph(lines, st["cell"])]],
            colWidths=[22 * mm, content_w - 22 * mm],
        )
        held.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.black),
                    ("BACKGROUND", (0, 0), (0, 0), LIGHT_GREY),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story += [held, Spacer(1, 4 * mm)]

    if not sheet.stops:
        story.append(Paragraph("当天没有安排外访。", st["body"]))
    else:
        widths_mm = [9.5, 15, 33, 50, 23, 11, 38]
        widths = [w * mm for w in widths_mm]
        widths.append(content_w - sum(widths))
        header = [Paragraph(h, st["cell_bold"]) for h in _COLUMNS]
        rows, commands = _stop_rows(groups, widths)
        table = Table([header, *rows], colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),  # room to write under 备注
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
                    *commands,
                ]
            )
        )
        story.append(table)

    story += [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(
                    _GAP.join(
                        (
                            "外访人员签字：______________",
                            "组长复核：______________",
                            "出发时间：________",
                            "返回时间：________",
                        )
                    ),
                    st["body"],
                ),
            ]
        ),
    ]
    return build_document(
        out_path,
        story,
        footer=footer,
        pagesize=pagesize,
        title=f"{TITLE} {sheet.date.isoformat()}",
        author=sheet.branch,
        subject=f"{sheet.branch} {team}",
        top_margin=14 * mm,
    )
