"""上门拜访通知书 — visit notices, one A4 page each.

Drawn straight onto the canvas (no platypus layout). What is the same on many pages (the heading, the table's
grid, the boxed statements with the company account, the signature and seal, the footer's fixed part) is
drawn once per document into a form XObject and placed on each page, so a page carries only its own text:
a batch of 1,000 notices renders in well under a second. Text inside the forms is real text (searchable,
extractable), exactly as if drawn on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.pdfbase import (
    FONT,
    FONT_BOLD,
    GREY,
    LIGHT_GREY,
    Footer,
    Output,
    ProgressCallback,
    RenderCancelled,
    check_visit_window,
    draw_wrapped,
    ensure_masked,
    fmt_date,
    fmt_money,
    fmt_time,
    make_footer,
    new_canvas,
    weekday_cn,
    wrap_text,
)

__all__ = ["VisitNoticeData", "render_notice", "render_notices"]

TITLE = "上门拜访通知书"


@dataclass(frozen=True, slots=True)
class VisitNoticeData:
    """Everything printed on one visit notice. ``masked_id`` must already be masked."""

    notice_no: str
    customer_name: str
    masked_id: str
    contract_no: str
    product: str
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty_interest: Decimal
    overdue_total: Decimal
    dpd: int
    data_date: date
    visit_date: date
    window_start: time
    window_end: time
    collectors: Sequence[tuple[str, str]]  # (name, employee_no)
    company_name: str
    account_name: str
    bank_name: str
    account_no: str
    hotline: str
    complaint_hotline: str
    branch_name: str
    issued_on: date
    #: where the visit takes place: ``'home'`` (the registered home address), ``'work'`` (the workplace) or
    #: ``'other'`` (a place agreed with the customer); it words the visit sentence.
    address_kind: str = "home"


#: "… 前往{place}拜访" by address kind.
VISIT_PLACES = {"home": "您的住址", "work": "您的工作单位", "other": "约定地点"}


def _validate(n: VisitNoticeData) -> None:
    ensure_masked(n.masked_id)
    if n.address_kind not in VISIT_PLACES:
        raise ValueError(
            f"notice {n.notice_no}: unknown address kind {n.address_kind!r}; "
            f"expected one of {', '.join(VISIT_PLACES)}"
        )
    check_visit_window(n.window_start, n.window_end, f"notice {n.notice_no}")
    if not n.collectors:
        raise ValueError(f"notice {n.notice_no}: a visit notice must name the visiting collectors")
    for amount in (n.overdue_principal, n.overdue_interest, n.penalty_interest, n.overdue_total):
        if not isinstance(amount, Decimal):
            raise TypeError(f"notice {n.notice_no}: amounts must be Decimal, got {type(amount).__name__}")


# Page geometry (points). A4 = 595.3 × 841.9.
PAGE_W, PAGE_H = A4
MARGIN = 22 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
LEFT = MARGIN
RIGHT = PAGE_W - MARGIN
BODY = 10.5
LEADING = 19.0


class _Forms:
    """The form XObjects of one document, made on first use and keyed by what they show.

    ``place(key, draw, y)`` draws ``draw(c)`` once into a form (at reference height 0) and shows that form
    shifted up by ``y`` on the current page; it returns ``y`` plus what ``draw`` returned (the y below the
    drawn block, relative to 0). Each ``draw`` sets every colour, width and font it uses: a form must not
    depend on the state of the page that shows it.
    """

    def __init__(self, c: Canvas) -> None:
        self._c = c
        self._made: dict[Hashable, tuple[str, float]] = {}

    def place(self, key: Hashable, draw: Callable[[Canvas], float], y: float = 0.0) -> float:
        c = self._c
        made = self._made.get(key)
        if made is None:
            name = f"VDNotice{len(self._made)}"
            c.beginForm(name, lowerx=0, lowery=-PAGE_H, upperx=PAGE_W, uppery=PAGE_H)
            below = draw(c)
            c.endForm()
            made = self._made[key] = (name, below)
        name, below = made
        if y:
            c.saveState()
            c.translate(0, y)
            c.doForm(name)
            c.restoreState()
        else:
            c.doForm(name)
        return y + below


# Heights of the one-row table (grey header row, value row).
_HEAD_H, _ROW_H = 18.0, 22.0
_TABLE_HEADERS = ("逾期本金", "逾期利息", "罚息", "逾期总额")
_NOTE = "注：以上金额为截至上述日期的数据，实际应还金额以您还款当日我司系统核算结果为准。"


def _draw_table_grid(c: Canvas, headers: Sequence[str], y_top: float = 0.0) -> float:
    """The table's frame, grey header row and header texts, full content width; returns the y below it."""
    cols = len(headers)
    col_w = CONTENT_W / cols
    c.saveState()
    c.setFillColor(LIGHT_GREY)
    c.rect(LEFT, y_top - _HEAD_H, CONTENT_W, _HEAD_H, stroke=0, fill=1)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.rect(LEFT, y_top - _HEAD_H - _ROW_H, CONTENT_W, _HEAD_H + _ROW_H, stroke=1, fill=0)
    c.setLineWidth(0.4)
    c.line(LEFT, y_top - _HEAD_H, RIGHT, y_top - _HEAD_H)
    for i in range(1, cols):
        x = LEFT + i * col_w
        c.line(x, y_top, x, y_top - _HEAD_H - _ROW_H)
    c.setFillColor(colors.black)
    c.setFont(FONT, 9)
    for i, head in enumerate(headers):
        c.drawCentredString(LEFT + i * col_w + col_w / 2, y_top - 12.5, head)
    c.restoreState()
    return y_top - _HEAD_H - _ROW_H


def _draw_table_values(c: Canvas, y_top: float, values: Sequence[str], *, bold_last: bool = False) -> None:
    """The value row of the table drawn by :func:`_draw_table_grid` at ``y_top``, right-aligned."""
    cols = len(values)
    col_w = CONTENT_W / cols
    c.setFillColor(colors.black)
    for i, value in enumerate(values):
        c.setFont(FONT_BOLD if bold_last and i == cols - 1 else FONT, 10.5)
        c.drawRightString(LEFT + i * col_w + col_w - 8, y_top - _HEAD_H - 15, value)


def _collector_rows(collectors: Sequence[tuple[str, str]]) -> list[str]:
    return [f"{name}（工号 {employee_no}）" for name, employee_no in collectors]


def _draw_heading(c: Canvas, company_name: str, branch_name: str) -> float:
    """Company, title, double rule and the issuing branch (fixed positions); returns the branch line's y."""
    y = PAGE_H - 24 * mm
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    c.setFont(FONT_BOLD, 12.5)
    c.drawCentredString(PAGE_W / 2, y, company_name)
    y -= 31
    c.setFont(FONT_BOLD, 21)
    c.drawCentredString(PAGE_W / 2, y, TITLE, charSpace=4)
    y -= 16
    c.setLineWidth(1.2)
    c.line(LEFT, y, RIGHT, y)
    c.setLineWidth(0.4)
    c.line(LEFT, y - 2.5, RIGHT, y - 2.5)
    y -= 15
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    c.drawString(LEFT, y, f"发出单位：{branch_name}")
    return y


def _draw_note(c: Canvas) -> float:
    c.setFont(FONT, 8.5)
    c.setFillColor(GREY)
    c.drawString(LEFT, 0, _NOTE)
    return 0.0


def _draw_notice(c: Canvas, n: VisitNoticeData, page: int, total: int, footer: Footer, forms: _Forms) -> None:
    # ---- heading
    y = forms.place(
        ("heading", n.company_name, n.branch_name), lambda c: _draw_heading(c, n.company_name, n.branch_name)
    )
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    c.drawRightString(RIGHT, y, f"通知书编号：{n.notice_no}")
    c.setFillColor(colors.black)

    # ---- salutation and debt statement
    y -= 34
    c.setFont(FONT_BOLD, 11)
    c.drawString(LEFT, y, f"尊敬的{n.customer_name}：")
    y -= LEADING + 2
    y = draw_wrapped(
        c,
        f"　　您（证件号码：{n.masked_id}）在我司办理的“{n.product}”（合同编号：{n.contract_no}）"
        f"已逾期 {n.dpd} 天。截至 {fmt_date(n.data_date)}，您的欠款情况如下：",
        LEFT,
        y,
        CONTENT_W,
        size=BODY,
        leading=LEADING,
    )
    table_top = y + 4
    y = forms.place("table", lambda c: _draw_table_grid(c, _TABLE_HEADERS), table_top)
    _draw_table_values(
        c,
        table_top,
        (
            fmt_money(n.overdue_principal),
            fmt_money(n.overdue_interest),
            fmt_money(n.penalty_interest),
            fmt_money(n.overdue_total),
        ),
        bold_last=True,
    )
    y -= 14
    forms.place("note", _draw_note, y)

    # ---- the visit
    y -= LEADING + 12
    visitors = "、".join(_collector_rows(n.collectors))
    c.setFillColor(colors.black)
    y = draw_wrapped(
        c,
        f"　　为与您当面沟通还款事宜，我司工作人员 {visitors} 将于 "
        f"{fmt_date(n.visit_date)}（{weekday_cn(n.visit_date)}）{fmt_time(n.window_start)}–"
        f"{fmt_time(n.window_end)} 前往{VISIT_PLACES[n.address_kind]}拜访。"
        f"如该时段不便，请拨打 {n.hotline} 另约时间。",
        LEFT,
        y,
        CONTENT_W,
        size=BODY,
        leading=LEADING,
    )

    # ---- statements (boxed), closing, signature and seal: the same for every notice of a branch
    y -= 10
    key = (
        "closing",
        n.hotline,
        n.complaint_hotline,
        n.account_name,
        n.bank_name,
        n.account_no,
        n.company_name,
        n.branch_name,
        n.issued_on,
    )
    forms.place(key, lambda c: _draw_closing(c, n), y)

    footer.draw_page_text(c, page, total, left=f"通知书编号 {n.notice_no}")

    def fixed_footer(c: Canvas) -> float:
        footer.draw_fixed(c)
        return 0.0

    forms.place("footer", fixed_footer)


def _draw_closing(c: Canvas, n: VisitNoticeData, y_top: float = 0.0) -> float:
    """The boxed statements, "特此通知。" and the signature block below them; returns the box's bottom."""
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    box_bottom = _draw_statements(c, n, y_top)
    y = box_bottom - 28
    c.setFont(FONT, BODY)
    c.drawString(LEFT + 2 * BODY, y, "特此通知。")
    _draw_signature(c, n, y - 34)
    return box_bottom


def _draw_statements(c: Canvas, n: VisitNoticeData, y_top: float) -> float:
    pad = 10.0
    num_w = 16.0
    text_w = CONTENT_W - 2 * pad - num_w
    size, leading = 10.0, 16.0
    items = [
        (f"拜访人员将主动出示工作证，请您核对姓名与工号；如有疑问，可拨打核实电话 {n.hotline} 查验其身份。"),
        "未经您本人同意，拜访人员不会进入您的住所。",
        "拜访人员不收取现金或任何财物，也不会要求您向任何个人账户转账。",
        "如需还款，请仅转入本公司以下对公账户，并在转账附言中注明合同编号：",
        f"如对拜访安排或拜访人员的言行有任何意见，请拨打投诉电话 {n.complaint_hotline}，我司将及时核查处理。",
    ]
    wrapped = [wrap_text(t, FONT, size, text_w) for t in items]
    label_w = stringWidth("开户行：", FONT, size) + 4
    value_w = text_w - 16 - label_w
    account_rows = [
        (label, wrap_text(value, FONT_BOLD, size, value_w))
        for label, value in (("户　名", n.account_name), ("开户行", n.bank_name), ("账　号", n.account_no))
    ]
    account_h = sum(len(lines) for _, lines in account_rows) * 16.0 + 10
    body_h = sum(len(w) for w in wrapped) * leading + account_h + (len(items) - 1) * 3
    title_h = 24.0
    box_h = pad + title_h + body_h + pad - 6

    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.8)
    c.rect(LEFT, y_top - box_h, CONTENT_W, box_h, stroke=1, fill=0)
    y = y_top - pad - 10
    c.setFont(FONT_BOLD, 11)
    c.drawString(LEFT + pad, y, "特别提示")
    y -= title_h - 4
    for i, lines in enumerate(wrapped, start=1):
        c.setFont(FONT, size)
        c.drawString(LEFT + pad, y, f"{i}.")
        for line in lines:
            c.drawString(LEFT + pad + num_w, y, line)
            y -= leading
        if i == 4:
            # the company account, set apart so it is easy to copy correctly
            bx, bw = LEFT + pad + num_w, text_w
            c.setFillColor(LIGHT_GREY)
            c.rect(bx, y - account_h + leading - 4, bw, account_h - 2, stroke=0, fill=1)
            c.setFillColor(colors.black)
            yy = y - 2
            for label, value_lines in account_rows:
                c.setFont(FONT, size)
                c.drawString(bx + 8, yy, f"{label}：")
                c.setFont(FONT_BOLD, size)
                for value_line in value_lines:
                    c.drawString(bx + 8 + label_w, yy, value_line)
                    yy -= 16
            y -= account_h
        y -= 3
    c.restoreState()
    return y_top - box_h


def _draw_signature(c: Canvas, n: VisitNoticeData, y: float) -> None:
    block_w = 250.0
    x_center = RIGHT - block_w / 2
    # seal area: a dashed circle over the company name, as a seal is stamped
    c.saveState()
    c.setStrokeColor(GREY)
    c.setDash(3, 2)
    c.setLineWidth(0.6)
    c.circle(x_center + 30, y - 12, 38, stroke=1, fill=0)
    c.setDash()
    c.setFillColor(GREY)
    c.setFont(FONT, 7.5)
    c.drawCentredString(x_center + 30, y + 13, "盖章处")
    c.restoreState()

    c.setFont(FONT_BOLD, BODY)
    company_lines = wrap_text(n.company_name, FONT_BOLD, BODY, block_w)
    for line in company_lines:
        c.drawCentredString(x_center, y, line)
        y -= LEADING
    c.setFont(FONT, BODY)
    c.drawCentredString(x_center, y, n.branch_name)
    y -= LEADING
    c.drawCentredString(x_center, y, fmt_date(n.issued_on))


def _render(
    notices: Sequence[VisitNoticeData],
    out: Output,
    generated_by: str,
    generated_at: datetime | None,
    progress: ProgressCallback | None,
) -> int:
    notices = list(notices)
    if not notices:
        raise ValueError("no notices to render")
    for n in notices:
        _validate(n)
    footer = make_footer(generated_by, generated_at, margin=MARGIN)
    first = notices[0]
    c = new_canvas(
        out,
        pagesize=A4,
        title=TITLE if len(notices) == 1 else f"{TITLE}（{len(notices)} 份）",
        author=first.company_name,
        subject=first.notice_no if len(notices) == 1 else f"{first.notice_no} 等 {len(notices)} 份",
    )
    forms = _Forms(c)
    total = len(notices)
    for page, n in enumerate(notices, start=1):
        _draw_notice(c, n, page, total, footer, forms)
        c.showPage()
        if progress is not None and progress(page, total) is False:
            raise RenderCancelled(f"cancelled after {page} of {total} notices")
    c.save()
    return total


def render_notices(
    notices: Sequence[VisitNoticeData],
    out_path: Output,
    generated_by: str,
    *,
    generated_at: datetime | None = None,
    progress: ProgressCallback | None = None,
) -> int:
    """Write every notice, one per A4 page, into one PDF; return the page count.

    ``generated_at`` defaults to now (Asia/Shanghai). ``progress(done, total)`` is called after each page;
    returning ``False`` cancels with :class:`RenderCancelled` before anything is written.
    Raises ``ValueError`` for an unmasked ID, a visit window outside 08:00–22:00, or no collectors.
    """
    return _render(notices, out_path, generated_by, generated_at, progress)


def render_notice(
    notice: VisitNoticeData,
    out_path: Output,
    generated_by: str,
    *,
    generated_at: datetime | None = None,
) -> int:
    """Write a single notice to ``out_path`` (one page)."""
    return _render([notice], out_path, generated_by, generated_at, None)
