"""还款计划确认书 — the repayment plan a customer and the company sign (A4 portrait)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.pdfbase import (
    LIGHT_GREY,
    Output,
    build_document,
    ensure_masked,
    esc,
    fmt_date,
    fmt_money,
    make_footer,
    styles,
)

__all__ = ["PlanConfirmationData", "ScheduleRow", "render_plan_confirmation"]

TITLE = "还款计划确认书"
_GAP = "&nbsp;" * 4


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    no: int
    due_date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PlanConfirmationData:
    """A repayment plan to confirm. ``masked_id`` must already be masked; the schedule must add up to
    :attr:`payable_total` (``overdue_total - waiver_amount``)."""

    company_name: str
    customer_name: str
    masked_id: str
    contract_no: str
    as_of: date  # the date the amounts below refer to
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty_interest: Decimal
    overdue_total: Decimal
    waiver_amount: Decimal  # Decimal("0") for no waiver
    waiver_kind: str  # e.g. "罚息减免", "利息减免"; "" for no waiver
    schedule: Sequence[ScheduleRow]
    account_name: str
    bank_name: str
    account_no: str
    generated_on: date
    plan_no: str = ""
    product: str = ""
    hotline: str = ""

    @property
    def payable_total(self) -> Decimal:
        return self.overdue_total - self.waiver_amount


def _validate(p: PlanConfirmationData) -> None:
    ensure_masked(p.masked_id)
    amounts = (p.overdue_principal, p.overdue_interest, p.penalty_interest, p.overdue_total, p.waiver_amount)
    if not all(isinstance(a, Decimal) for a in (*amounts, *(r.amount for r in p.schedule))):
        raise TypeError("plan amounts must be Decimal")
    if not p.schedule:
        raise ValueError(f"plan for {p.contract_no}: the schedule is empty")
    if p.waiver_amount < 0 or p.waiver_amount > p.overdue_total:
        raise ValueError(
            f"plan for {p.contract_no}: waiver {p.waiver_amount} is outside 0..{p.overdue_total}"
        )
    if [r.no for r in p.schedule] != list(range(1, len(p.schedule) + 1)):
        raise ValueError(
            f"plan for {p.contract_no}: installments must be numbered 1..{len(p.schedule)} in order"
        )
    if any(b.due_date <= a.due_date for a, b in zip(p.schedule, p.schedule[1:], strict=False)):
        raise ValueError(f"plan for {p.contract_no}: due dates must be strictly increasing")
    if any(r.amount <= 0 for r in p.schedule):
        raise ValueError(f"plan for {p.contract_no}: every installment must be positive")
    scheduled = sum((r.amount for r in p.schedule), Decimal(0))
    if scheduled != p.payable_total:
        raise ValueError(
            f"plan for {p.contract_no}: the schedule adds up to {scheduled}, "
            f"but overdue total {p.overdue_total} less waiver {p.waiver_amount} is {p.payable_total}"
        )


def _grid(
    data: list[list],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple] = (),
    padding: tuple[float, float] = (3.5, 4.5),
) -> Table:
    t = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    cmds: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), padding[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY))
    t.setStyle(TableStyle([*cmds, *extra]))
    return t


def _schedule_table(plan: PlanConfirmationData, content_w: float) -> Table:
    """期数 / 应还日期 / 应还金额; more than 4 installments are set in two side-by-side blocks to save space."""
    st = styles()
    center, right, right_b = st["cell_center"], st["cell_right"], st["cell_right_bold"]
    head = [Paragraph(h, center) for h in ("期数", "应还日期", "应还金额")]

    def cells(r: ScheduleRow | None) -> list:
        if r is None:
            return ["", "", ""]
        return [
            Paragraph(f"第 {r.no} 期", center),
            Paragraph(fmt_date(r.due_date), center),
            Paragraph(fmt_money(r.amount), right),
        ]

    rows = list(plan.schedule)
    total_label = Paragraph(f"合计（{len(rows)} 期）", center)
    total_value = Paragraph(fmt_money(plan.payable_total), right_b)
    if len(rows) <= 4:
        widths = [24 * mm, 45 * mm, 45 * mm]
        data = [head, *(cells(r) for r in rows), [total_label, "", total_value]]
        extra: list[tuple] = [("SPAN", (0, -1), (1, -1))]
    else:
        half = (len(rows) + 1) // 2
        left, right_rows = rows[:half], rows[half:]
        block = [0.2, 0.4, 0.4]
        widths = [content_w / 2 * f for f in block] * 2
        data = [head + head]
        for i in range(half):
            data.append(cells(left[i]) + cells(right_rows[i] if i < len(right_rows) else None))
        data.append([total_label, "", "", "", "", total_value])
        extra = [("SPAN", (0, -1), (4, -1)), ("LINEAFTER", (2, 0), (2, -2), 0.8, colors.black)]
    extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table = _grid(data, widths, extra=extra, padding=(2.5, 3.5))
    table.hAlign = "LEFT"
    return table


def render_plan_confirmation(
    plan: PlanConfirmationData,
    out_path: Output,
    generated_by: str,
    *,
    generated_at: datetime | None = None,
) -> int:
    """Write the plan confirmation to ``out_path``; return the page count.

    Raises ``ValueError`` for an unmasked ID or a schedule that does not add up to ``payable_total``.
    """
    _validate(plan)
    st = styles()
    footer = make_footer(generated_by, generated_at, left=f"{TITLE} 合同编号 {plan.contract_no}")
    content_w = A4[0] - 2 * footer.margin
    cell, cell_b = st["cell"], st["cell_bold"]
    # slightly tighter than the shared body text, so a typical plan fits on one signed page
    body = ParagraphStyle("vd-plan-body", parent=st["body"], fontSize=10, leading=15.5)
    body_indent = ParagraphStyle("vd-plan-body-indent", parent=body, firstLineIndent=20)
    h2 = ParagraphStyle("vd-plan-h2", parent=st["h2"], fontSize=11, leading=16, spaceBefore=6, spaceAfter=2)
    right, right_b = st["cell_right"], st["cell_right_bold"]

    meta = [f"制作日期：{fmt_date(plan.generated_on)}"]
    if plan.plan_no:
        meta.insert(0, f"编号：{esc(plan.plan_no)}")
    story: list = [
        Paragraph(TITLE, st["title"]),
        Paragraph(_GAP.join(meta), st["subtitle"]),
        Spacer(1, 4 * mm),
    ]

    # parties
    label_w = 28 * mm
    half = (content_w - 2 * label_w) / 2
    parties = _grid(
        [
            [Paragraph("甲方（债权人）", cell_b), Paragraph(esc(plan.company_name), cell),
             Paragraph("乙方（借款人）", cell_b), Paragraph(esc(plan.customer_name), cell)],
            [Paragraph("合同编号", cell_b), Paragraph(esc(plan.contract_no), cell),
             Paragraph("证件号码", cell_b), Paragraph(esc(plan.masked_id), cell)],
        ],
        [label_w, half, label_w, half],
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), LIGHT_GREY), ("BACKGROUND", (2, 0), (2, -1), LIGHT_GREY)],
    )  # fmt: skip
    product = f"“{esc(plan.product)}”" if plan.product else ""
    story += [
        parties,
        Spacer(1, 4 * mm),
        Paragraph(
            f"乙方在甲方办理的{product}借款（合同编号：{esc(plan.contract_no)}）已逾期。"
            "经甲乙双方协商一致，就乙方偿还逾期欠款事宜确认如下：",
            body_indent,
        ),
        Paragraph(f"一、欠款确认（截至 {fmt_date(plan.as_of)}）", h2),
        Spacer(1, 1 * mm),
    ]
    col = content_w / 4
    story.append(
        _grid(
            [
                [Paragraph(h, st["cell_center"]) for h in ("逾期本金", "逾期利息", "罚息", "逾期总额")],
                [
                    Paragraph(fmt_money(plan.overdue_principal), right),
                    Paragraph(fmt_money(plan.overdue_interest), right),
                    Paragraph(fmt_money(plan.penalty_interest), right),
                    Paragraph(fmt_money(plan.overdue_total), right_b),
                ],
            ],
            [col] * 4,
        )
    )

    story.append(Paragraph("二、减免", h2))
    if plan.waiver_amount > 0:
        kind = esc(plan.waiver_kind or "减免")
        waiver_text = (
            f"在乙方按本确认书第三条按期足额还款的前提下，甲方同意给予乙方{kind} "
            f"<b>{fmt_money(plan.waiver_amount)}</b>。减免后，乙方应还合计 <b>{fmt_money(plan.payable_total)}</b>。"
        )
    else:
        waiver_text = f"本计划不涉及减免，乙方应还合计 <b>{fmt_money(plan.payable_total)}</b>。"
    story.append(Paragraph(waiver_text, body))

    story += [
        Paragraph("三、还款计划", h2),
        Paragraph(f"乙方共分 {len(plan.schedule)} 期还款，每期应于当日 24:00 前足额还款：", body),
        Spacer(1, 1.5 * mm),
    ]
    story.append(_schedule_table(plan, content_w))

    story += [
        Paragraph("四、还款账户", h2),
        Paragraph("乙方应将每期款项转入甲方以下对公账户，并在转账附言中注明合同编号：", body),
        Spacer(1, 1.5 * mm),
    ]
    account = _grid(
        [
            [Paragraph("户　名", cell_b), Paragraph(esc(plan.account_name), cell_b)],
            [Paragraph("开户行", cell_b), Paragraph(esc(plan.bank_name), cell_b)],
            [Paragraph("账　号", cell_b), Paragraph(esc(plan.account_no), cell_b)],
        ],
        [label_w, content_w - label_w],
        header=False,
        extra=[("BACKGROUND", (0, 0), (0, -1), LIGHT_GREY)],
        padding=(2.5, 3.5),
    )
    story += [
        account,
        Spacer(1, 1.5 * mm),
        Paragraph(
            "甲方工作人员不收取现金，也不会要求乙方向任何个人账户转账；请勿向上述账户以外的任何账户付款。",
            st["small"],
        ),
    ]

    terms = [
        "乙方任一期未按时足额还款的，甲方有权取消减免，并按原合同约定计收利息、罚息。",
        "乙方可随时提前偿还剩余款项；提前结清的，减免按本确认书执行。",
        "本确认书是原合同的补充，本确认书未约定的事项，仍按原合同执行。",
        "本确认书一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。",
    ]
    if plan.hotline:
        terms.append(f"如有疑问，或需核实本确认书的真实性，请拨打甲方客服电话 {esc(plan.hotline)}。")
    # the terms travel with the signatures: never a signature block alone on a page
    closing: list = [
        Paragraph("五、其他约定", h2),
        *(Paragraph(f"{i}. {t}", body) for i, t in enumerate(terms, start=1)),
    ]

    sign = body
    line = "_" * 18
    sig = Table(
        [
            [Paragraph(f"乙方（签字并按手印）：{line}", sign), Paragraph("甲方（盖章）：", sign)],
            [Paragraph("", sign), Paragraph(esc(plan.company_name), sign)],
            [Paragraph("", sign), Paragraph(f"经办人（签字）：{line}", sign)],
            [Paragraph("日期：______年____月____日", sign), Paragraph("日期：______年____月____日", sign)],
        ],
        colWidths=[content_w / 2, content_w / 2],
        rowHeights=[20, 18, 24, 22],
    )
    sig.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("SPAN", (0, 0), (0, 2)),
                ("VALIGN", (0, 0), (0, 2), "TOP"),
            ]
        )
    )
    story.append(KeepTogether([*closing, Spacer(1, 3 * mm), sig]))

    return build_document(
        out_path,
        story,
        footer=footer,
        title=f"{TITLE} {plan.contract_no}",
        author=plan.company_name,
        subject=f"{plan.customer_name} {plan.contract_no}",
        top_margin=15 * mm,
        bottom_margin=20 * mm,
    )
