"""Shared PDF plumbing: the bundled CJK font, A4 documents with a numbered footer, styles and formatting.

Everything here is plain reportlab; this package never imports Qt.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from resources.paths import FONT_BOLD_PATH, FONT_PATH

__all__ = [
    "FONT",
    "FONT_BOLD",
    "GREY",
    "LIGHT_GREY",
    "Footer",
    "Output",
    "ProgressCallback",
    "RenderCancelled",
    "build_document",
    "default_tz",
    "draw_wrapped",
    "ensure_masked",
    "fmt_date",
    "fmt_datetime",
    "fmt_money",
    "fmt_time",
    "new_canvas",
    "now_local",
    "register_fonts",
    "styles",
    "weekday_cn",
    "wrap_text",
]

#: reportlab font names of the bundled Noto Sans SC (TrueType, embedded as a subset in every PDF).
FONT = "VisitDeskCJK"
FONT_BOLD = "VisitDeskCJK-Bold"

#: Greys that survive black-and-white printing; no colour carries meaning in these documents.
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT_GREY = colors.Color(0.90, 0.90, 0.90)
RULE_GREY = colors.Color(0.55, 0.55, 0.55)

#: Where a renderer writes: a file path or an open binary file (e.g. ``io.BytesIO``).
Output = str | os.PathLike[str] | BinaryIO
#: ``progress(done, total)``; return ``False`` to cancel (the renderer then raises :class:`RenderCancelled`).
ProgressCallback = Callable[[int, int], bool | None]

PAGE_MARGIN = 18 * mm
FOOTER_Y = 10 * mm

_lock = threading.Lock()


class RenderCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


# --------------------------------------------------------------------------------------------- fonts


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    reportlab (up to 5.1 at least) writes ``<%04X>``, i.e. ``<2B5AF>`` for 𫖯: an odd-length hex string, so
    text extraction, search and copy-paste lose such characters (they still render). Rare name characters
    live there (𫖯, 𬌗, …), hence the fix.
    """
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>" for i, cp in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _fix_to_unicode_for_astral_chars() -> None:
    from reportlab.pdfbase import ttfonts

    if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap and "<2B5AF>" in ttfonts.makeToUnicodeCMap(
        "x", [0x2B5AF]
    ):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_fonts() -> tuple[str, str]:
    """Register the bundled CJK font with reportlab as :data:`FONT` and :data:`FONT_BOLD` (idempotent).

    The bold face is the bundled Noto Sans SC Bold; should that file be missing, the regular outlines are
    registered under the bold name instead (no synthetic emboldening). Also makes reportlab's ToUnicode
    maps correct for characters beyond U+FFFF (see :func:`_to_unicode_cmap`). Returns ``(FONT, FONT_BOLD)``.
    """
    with _lock:
        _fix_to_unicode_for_astral_chars()
        registered = pdfmetrics.getRegisteredFontNames()
        if FONT not in registered:
            pdfmetrics.registerFont(TTFont(FONT, os.fspath(FONT_PATH)))
        if FONT_BOLD not in registered:
            bold_path = FONT_BOLD_PATH if FONT_BOLD_PATH.exists() else FONT_PATH
            pdfmetrics.registerFont(TTFont(FONT_BOLD, os.fspath(bold_path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


# ---------------------------------------------------------------------------------------- formatting

_CENT = Decimal("0.01")


def fmt_money(amount: Decimal | int | str, *, symbol: bool = True) -> str:
    """``Decimal('12345.6')`` → ``'¥12,345.60'``: thousands separators, two decimals, half-up rounding.

    Floats are refused: money is ``Decimal`` everywhere in VisitDesk.
    """
    if isinstance(amount, float):
        raise TypeError("money must be Decimal, not float")
    value = Decimal(amount).quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    return f"{sign}{'¥' if symbol else ''}{abs(value):,.2f}"


def fmt_date(d: date) -> str:
    """``date(2024, 5, 1)`` → ``'2024年5月1日'``."""
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_datetime(dt: datetime) -> str:
    """``'2024-05-01 14:03'`` (already converted to the display time zone by the caller)."""
    return dt.strftime("%Y-%m-%d %H:%M")


_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def weekday_cn(d: date) -> str:
    return _WEEKDAYS[d.weekday()]


@functools.cache
def default_tz() -> tzinfo:
    """Asia/Shanghai, or a fixed UTC+8 where the system has no tz database (Windows without ``tzdata``)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Shanghai")
    except Exception:  # ZoneInfoNotFoundError, or no zoneinfo data at all
        return timezone(timedelta(hours=8), "CST")


def now_local() -> datetime:
    return datetime.now(default_tz())


def _display_time(generated_at: datetime | None) -> datetime:
    if generated_at is None:
        return now_local()
    if generated_at.tzinfo is not None:
        return generated_at.astimezone(default_tz())
    return generated_at  # naive: taken as already local


# 15 or 18 consecutive ID digits (the last may be X) anywhere in the text means an unmasked ID number.
_FULL_ID = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15})(?![\dXx])")


def ensure_masked(id_no: str) -> str:
    """Return ``id_no`` unchanged, or raise ``ValueError`` if it is a full (unmasked) ID card number.

    Reports print ID numbers only in masked form (``110***********1234``); a full number reaching a
    renderer is a bug in the caller, so it fails loudly instead of being printed.
    """
    if _FULL_ID.search(id_no.replace(" ", "")):
        raise ValueError(
            "an unmasked ID number was passed to a report; pass the masked form, e.g. 110***********1234"
        )
    return id_no


def check_visit_window(start: time, end: time, what: str) -> None:
    """Raise ``ValueError`` unless ``start < end`` and the window lies within 08:00–22:00 (no night visits)."""
    if not start < end:
        raise ValueError(f"{what}: visit window {fmt_time(start)}–{fmt_time(end)} ends before it starts")
    if start < time(8, 0) or end > time(22, 0):
        raise ValueError(
            f"{what}: visit window {fmt_time(start)}–{fmt_time(end)} falls in the 22:00–08:00 no-visit period"
        )


# ------------------------------------------------------------------------------------ text wrapping

# A line must not start with closing punctuation, nor end with opening punctuation (basic kinsoku).
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’,.;:?!)]}%…—·～")
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
# Runs of Latin letters, digits and amount punctuation stay together; every other character is its own token.
_TOKEN = re.compile(r"[0-9A-Za-z¥$@#&_\-./,:%+*]+|[ \t]+|.", re.S)


# Widths of wrap_text's tokens (single CJK characters, Latin words, numbers) per (font name, size): the same
# few thousand tokens come back on every page of a batch. Each table remembers the font object it was
# measured with, so a font registered again under the same name is measured afresh.
_TOKEN_WIDTHS: dict[tuple[str, float], tuple[object, dict[str, float]]] = {}
_TOKEN_WIDTHS_MAX = 20_000  # per table; a full table is simply started again


def _token_width_func(font: str, size: float) -> Callable[[str], float]:
    """``pdfmetrics.stringWidth(tok, font, size)`` with the result remembered per token (same values)."""
    font_obj = pdfmetrics.getFont(font)
    key = (font, size)
    entry = _TOKEN_WIDTHS.get(key)
    if entry is None or entry[0] is not font_obj or len(entry[1]) > _TOKEN_WIDTHS_MAX:
        entry = _TOKEN_WIDTHS[key] = (font_obj, {})
    widths = entry[1]
    sw = pdfmetrics.stringWidth

    def width(tok: str) -> float:
        w = widths.get(tok)
        if w is None:
            w = widths[tok] = sw(tok, font, size)
        return w

    return width


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (CJK: a break may fall between any two
    characters; Latin words and numbers are kept whole when they fit on a line). ``\\n`` forces a break."""
    lines: list[str] = []
    sw = pdfmetrics.stringWidth
    tw = _token_width_func(font, size)
    for para in text.split("\n"):
        line, line_w = "", 0.0
        for tok in _TOKEN.findall(para):
            tok_w = tw(tok)
            if line_w + tok_w <= width or not line:
                if tok_w > width and not line:
                    # a single token wider than the line: split it by characters
                    for ch in tok:
                        ch_w = tw(ch)
                        if line and line_w + ch_w > width:
                            lines.append(line)
                            line, line_w = "", 0.0
                        line += ch
                        line_w += ch_w
                    continue
                line += tok
                line_w += tok_w
                continue
            if tok.isspace():
                lines.append(line.rstrip())
                line, line_w = "", 0.0
                continue
            if tok[0] in _NO_LINE_START:
                line += tok  # hang the punctuation in the margin rather than start a line with it
                line_w += tok_w
                continue
            carry = ""
            if line[-1] in _NO_LINE_END:
                carry, line = line[-1], line[:-1]
            lines.append(line.rstrip())
            line = carry + tok
            line_w = sw(line, font, size)
            if line_w > width:  # a long token after a break: re-split it
                rest = line
                line, line_w = "", 0.0
                for ch in rest:
                    ch_w = tw(ch)
                    if line and line_w + ch_w > width:
                        lines.append(line)
                        line, line_w = "", 0.0
                    line += ch
                    line_w += ch_w
        lines.append(line.rstrip())
    return lines


def draw_wrapped(
    c: rl_canvas.Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    font: str = FONT,
    size: float = 10.5,
    leading: float | None = None,
) -> float:
    """Draw ``text`` wrapped to ``width`` with its first baseline at ``y``; return the next free baseline."""
    leading = leading or size * 1.6
    c.setFont(font, size)
    for line in wrap_text(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


# ------------------------------------------------------------------------------------------- footer


@dataclass(frozen=True, slots=True)
class Footer:
    """The footer every VisitDesk PDF carries: an optional left text, ``第 n 页 / 共 N 页`` and who made it when."""

    generated_by: str
    generated_at: datetime
    left: str = ""
    margin: float = PAGE_MARGIN

    def right_text(self) -> str:
        return f"制单：{self.generated_by}　生成时间：{fmt_datetime(self.generated_at)}"

    def draw(self, c: rl_canvas.Canvas, page: int, total: int, left: str | None = None) -> None:
        self.draw_fixed(c)
        self.draw_page_text(c, page, total, left)

    def draw_fixed(self, c: rl_canvas.Canvas) -> None:
        """The part of the footer that is the same on every page: the rule and the right-hand text (renderers
        that draw it once per document into a form XObject call it alone; :meth:`draw_page_text` adds the rest)."""
        width, _ = c._pagesize
        c.saveState()
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.4)
        c.line(self.margin, FOOTER_Y + 10, width - self.margin, FOOTER_Y + 10)
        c.setFillColor(GREY)
        c.setFont(FONT, 7.5)
        c.drawRightString(width - self.margin, FOOTER_Y, self.right_text())
        c.restoreState()

    def draw_page_text(self, c: rl_canvas.Canvas, page: int, total: int, left: str | None = None) -> None:
        """The part of the footer that changes from page to page: the left text and ``第 n 页 / 共 N 页``."""
        width, _ = c._pagesize
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(FONT, 7.5)
        left_text = self.left if left is None else left
        if left_text:
            c.drawString(self.margin, FOOTER_Y, left_text)
        c.drawCentredString(width / 2, FOOTER_Y, f"第 {page} 页 / 共 {total} 页")
        c.restoreState()


def make_footer(
    generated_by: str, generated_at: datetime | None, left: str = "", *, margin: float = PAGE_MARGIN
) -> Footer:
    """A :class:`Footer` stamped with ``generated_at`` (default: now) in the display time zone."""
    return Footer(
        generated_by=generated_by, generated_at=_display_time(generated_at), left=left, margin=margin
    )


def _target(out: Output) -> str | BinaryIO:
    return os.fspath(out) if isinstance(out, str | os.PathLike) else out


def new_canvas(
    out: Output, *, pagesize=A4, title: str = "", author: str = "", subject: str = ""
) -> rl_canvas.Canvas:
    """A compressed canvas with the fonts registered and the document info filled in."""
    register_fonts()
    c = rl_canvas.Canvas(_target(out), pagesize=pagesize, pageCompression=1, initialFontName=FONT)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("VisitDesk")
    return c


def _numbered_canvas(footer: Footer) -> type[rl_canvas.Canvas]:
    """A canvas class that holds pages back until the end so the footer can say ``共 N 页``."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("pageCompression", 1)
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                footer.draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_document(
    out: Output,
    story: Iterable[Flowable],
    *,
    footer: Footer,
    pagesize=A4,
    title: str = "",
    author: str = "",
    subject: str = "",
    top_margin: float = PAGE_MARGIN,
    bottom_margin: float = PAGE_MARGIN + 6 * mm,
) -> int:
    """Lay out a platypus ``story`` on ``pagesize`` pages with the standard footer; return the page count."""
    register_fonts()
    doc = SimpleDocTemplate(
        _target(out),
        pagesize=pagesize,
        leftMargin=footer.margin,
        rightMargin=footer.margin,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
        title=title,
        author=author,
        subject=subject,
        creator="VisitDesk",
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(footer))
    return doc.page


# ------------------------------------------------------------------------------------------- styles


@functools.cache
def styles() -> Mapping[str, ParagraphStyle]:
    """Paragraph styles shared by the platypus reports (all CJK-wrapping, bundled font)."""
    register_fonts()
    body = ParagraphStyle("vd-body", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK")
    out = {
        "body": body,
        "body_indent": ParagraphStyle("vd-body-indent", parent=body, firstLineIndent=21),
        "title": ParagraphStyle(
            "vd-title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=18,
            leading=26,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle("vd-subtitle", parent=body, fontSize=10, leading=15, alignment=TA_CENTER),
        "h2": ParagraphStyle(
            "vd-h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=17, spaceBefore=8, spaceAfter=4
        ),
        "small": ParagraphStyle("vd-small", parent=body, fontSize=8.5, leading=12.5, textColor=GREY),
        "cell": ParagraphStyle("vd-cell", parent=body, fontSize=9, leading=12.5),
        "cell_bold": ParagraphStyle(
            "vd-cell-bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12.5
        ),
        "cell_right": ParagraphStyle(
            "vd-cell-right", parent=body, fontSize=9, leading=12.5, alignment=TA_RIGHT
        ),
        "cell_right_bold": ParagraphStyle(
            "vd-cell-right-bold",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12.5,
            alignment=TA_RIGHT,
        ),
        "cell_center": ParagraphStyle(
            "vd-cell-center", parent=body, fontSize=9, leading=12.5, alignment=TA_CENTER
        ),
        "cell_small": ParagraphStyle("vd-cell-small", parent=body, fontSize=8, leading=11, textColor=GREY),
    }
    return MappingProxyType(out)


def esc(text: object) -> str:
    """Escape text for a reportlab ``Paragraph`` (which parses a little XML)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
