"""日程 — the visit calendar: month, week and day views over one ``list_range`` call.

The week and day views are one custom-painted time grid (08:00–22:00, the hours outside the branch's visiting
window shaded); the month view is a painted grid of days with counts and the first visits of each day. Nothing
creates a widget per visit: 2,000 visits in a week are 2,000 painted rectangles.

Mouse: drag a visit to another slot or day to reschedule it (the service re-checks every rule; a refusal lists
each violated rule with its fix and the visit stays where it was); double-click an empty slot to plan a visit
there, a visit to edit it; right-click a visit for notice, status, printing and the route sheet.

Keys (page-wide, never Ctrl+digit, Ctrl+F, F5 or Ctrl+Q, which belong to the main window): T today,
PgUp/PgDn or Ctrl+←/→ previous/next period, 1/2/3 (or M/W/D) month/week/day view, Ctrl+N a new visit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor, Clock
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.views.common import show_error
from desktop.views.icons import icon

VISIT_STATUSES = ("planned", "notified", "done", "cancelled", "missed")
# one set of visit status colours (calendar, dialogs, reports); always drawn with a mark and a word
VISIT_COLORS = {
    "planned": "#3f51b5", "notified": "#00897b", "done": "#2e7d32", "cancelled": "#8d96a3", "missed": "#c62828",
}
NOTICE_CHANNELS = ("sms", "phone", "letter", "in_person")
FIRST_HOUR, LAST_HOUR = 8, 22  # the grid shows 08:00–22:00: outside that, no visit is ever allowed
SNAP_MIN = 15


class VisitLabels(QObject):
    """Translated names of the visit codes (the services keep the codes)."""

    def status(self, code: str | None) -> str:
        return {"planned": self.tr("Planned visit"), "notified": self.tr("Notified"), "done": self.tr("Done"),
                "cancelled": self.tr("Cancelled"), "missed": self.tr("Missed")}.get(code or "", code or "")

    def channel(self, code: str | None) -> str:
        return {"sms": self.tr("Text message"), "phone": self.tr("Phone call"), "letter": self.tr("Letter"),
                "in_person": self.tr("In person")}.get(code or "", code or "")

    def address_kind(self, code: str | None) -> str:
        return {"home": self.tr("Home"), "work": self.tr("Workplace"), "other": self.tr("Other address")}.get(
            code or "", code or "")


_VL: VisitLabels | None = None


def vl() -> VisitLabels:
    global _VL
    if _VL is None:
        _VL = VisitLabels()
    return _VL


def paint_status_mark(p: QPainter, r: QRectF, status: str, color: QColor) -> None:
    """A small shape per status so that colour is never the only cue (○ planned, ● notified, ✓ done,
    ✕ cancelled, ! missed)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, 1.6)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = min(r.width(), r.height())
    b = QRectF(r.center().x() - s / 2 + 1, r.center().y() - s / 2 + 1, s - 2, s - 2)
    if status == "planned":
        p.drawEllipse(b)
    elif status == "notified":
        p.setBrush(color)
        p.drawEllipse(b)
    elif status == "done":
        path = QPainterPath(QPointF(b.left(), b.center().y()))
        path.lineTo(b.left() + b.width() * 0.4, b.bottom())
        path.lineTo(b.right(), b.top())
        p.drawPath(path)
    elif status == "cancelled":
        p.drawLine(b.topLeft(), b.bottomRight())
        p.drawLine(b.topRight(), b.bottomLeft())
    else:  # missed
        p.drawLine(QPointF(b.center().x(), b.top()), QPointF(b.center().x(), b.bottom() - b.height() * 0.35))
        p.drawPoint(QPointF(b.center().x(), b.bottom()))
    p.restore()


def _tint(c: str, alpha: int) -> QColor:
    q = QColor(c)
    white = QColor("#ffffff")
    a = alpha / 255
    return QColor(int(q.red() * a + white.red() * (1 - a)), int(q.green() * a + white.green() * (1 - a)),
                  int(q.blue() * a + white.blue() * (1 - a)))


STROKE = {k: QColor(v) for k, v in VISIT_COLORS.items()}
FILL = {k: _tint(v, 46) for k, v in VISIT_COLORS.items()}
TEXT_COLOR = QColor("#1d2330")
GRID_LINE = QColor("#dde2ea")
HALF_LINE = QColor("#eef1f5")
SHADE = QColor("#eef0f4")
HOLIDAY_SHADE = QColor("#fbeaea")
WEEKEND_SHADE = QColor("#f4f1fa")


def _mdi(name: str):  # noqa: ANN202 - the same icon family as desktop.views.icons
    import qtawesome as qta

    return qta.icon(name, color="#3b4a63")


def _row_attr(row: Any, name: str, default: Any = None) -> Any:  # noqa: ANN401
    return getattr(row, name, default)


def visit_tooltip(row: Any) -> str:  # noqa: ANN401
    """Plain text details of a visit row (hover)."""
    members = _row_attr(row, "member_names") or ()
    lines = [
        f"{row.start:%Y-%m-%d %H:%M}–{row.end:%H:%M} · {vl().status(row.status)}",
        f"{_row_attr(row, 'customer_name', '') or ''} · {_row_attr(row, 'contract_no', '') or ''}",
        _row_attr(row, "address", "") or "",
        QCoreApplication.translate("Calendar", "Team: %1").replace("%1", "、".join(members)) if members else "",
    ]
    notice = _row_attr(row, "notice_at")
    if notice:
        lines.append(QCoreApplication.translate("Calendar", "Notified %1").replace("%1", f"{notice:%Y-%m-%d %H:%M}"))
    held = _row_attr(row, "held", "")
    if held:
        lines.insert(0, QCoreApplication.translate("Calendar", "⚠ Visits stopped: %1. Cancel or move this visit.")
                     .replace("%1", held))
    return "\n".join(x for x in lines if x)


BLOCK_SEP = "  ·  "


def _fit(fm: QFontMetricsF, text: str, width: float) -> bool:
    return fm.horizontalAdvance(text) <= width


def _elide(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def _join_fitting(fm: QFontMetricsF, head: str, parts: Sequence[tuple[str, bool]], width: float) -> str:
    """``head`` then as many of ``parts`` (text, may be elided) as fit whole; the first one that does not fit
    is elided when it may be (an address) and leaves more than the ellipsis, and ends the line."""
    text = head
    for part, elidable in parts:
        if not part:
            continue
        candidate = text + BLOCK_SEP + part
        if _fit(fm, candidate, width):
            text = candidate
            continue
        cut = _elide(fm, part, width - fm.horizontalAdvance(text + BLOCK_SEP)) if elidable else ""
        if cut and cut != "…":
            text += BLOCK_SEP + cut
        break
    return text


def visit_block_text(row: Any, fm: QFontMetricsF, width: float, max_lines: int, *,  # noqa: ANN401
                     wide: bool = False, mark_w: float = 0.0) -> tuple[list[str], int | None]:
    """The lines a visit block of the week/day grid draws, and the line whose right end keeps the status mark
    (None: no mark).

    The start time and the customer's name always come first: when they do not fit on one line beside each
    other the name gets the second line (elided only when it is wider than the block itself). What comes
    after is elided or left out: in a wide block (day view) the status, address, team and contract on the
    first line; then the district and the team on lines of their own. ``width`` is the text width of the
    block, ``max_lines`` how many lines fit in its height, ``mark_w`` the room the status mark takes at the
    right end of a line (0: no mark): the second line (the first keeps the whole width), or the time's line
    when the name on the second would not fit beside it; in a one-line block the mark gives way to the name.
    """
    if max_lines < 1 or width <= 0:
        return [], None
    start = ("⚠" if _row_attr(row, "held", "") else "") + f"{row.start:%H:%M}"  # a visit that must not happen
    name = (_row_attr(row, "customer_name", "") or "").strip()
    head = f"{start} {name}" if name else start
    members = "、".join(_row_attr(row, "member_names") or ())
    district = _row_attr(row, "district", "") or _row_attr(row, "address", "") or ""
    details: list[tuple[str, bool]] = []
    if wide:
        details = [(vl().status(row.status), False), (_row_attr(row, "address", "") or "", True),
                   (members, False), (_row_attr(row, "contract_no", "") or "", False)]
    narrow = width - mark_w
    if max_lines == 1:
        if _fit(fm, head, narrow):
            return [_join_fitting(fm, head, details, narrow)], (0 if mark_w else None)
        if _fit(fm, head, width):  # the name rather than the mark (the colour and the tooltip tell the status)
            return [head], None
        rest = _elide(fm, name, narrow - fm.horizontalAdvance(start + " ")) if name else ""
        return [f"{start} {rest}" if rest else start], (0 if mark_w else None)
    mark = 1
    if _fit(fm, head, width):
        first = _join_fitting(fm, head, details, width)
        lines = [first]
    else:  # the name on a line of its own
        first = ""
        lines = [start, name]
        if not _fit(fm, name, narrow):
            mark = 0  # beside the time (the caller draws a mark only where the time fits beside it)
    for extra in (district, members):
        if len(lines) >= max_lines:
            break
        if extra and not (extra == members and extra in first):  # (the team may be on the first line already)
            lines.append(extra)
    if mark_w and len(lines) == 1:
        lines.append("")
    lines[1:] = [_elide(fm, t, narrow if k == mark and mark_w else width) for k, t in enumerate(lines[1:], 1)]
    return lines, (mark if mark_w else None)


# ============================================================================================ time grid
class _Item:
    __slots__ = ("day", "e", "lane", "lanes", "row", "s", "status", "vid")

    def __init__(self, row: Any, day: int, s: float, e: float) -> None:  # noqa: ANN401
        self.row = row
        self.vid: int = row.id
        self.day = day
        self.s = s
        self.e = e
        self.lane = 0
        self.lanes = 1
        self.status: str = row.status if row.status in STROKE else "planned"


def _assign_lanes(items: list[_Item]) -> None:
    """Side-by-side columns for overlapping visits of one day (greedy interval partitioning per cluster)."""
    items.sort(key=lambda i: (i.s, -i.e))
    cluster: list[_Item] = []
    lane_ends: list[float] = []
    cluster_end = -1.0
    for it in items:
        if it.s >= cluster_end and cluster:
            n = len(lane_ends)
            for c in cluster:
                c.lanes = n
            cluster, lane_ends = [], []
        for k, end in enumerate(lane_ends):
            if end <= it.s:
                it.lane = k
                lane_ends[k] = it.e
                break
        else:
            it.lane = len(lane_ends)
            lane_ends.append(it.e)
        cluster.append(it)
        cluster_end = max(cluster_end, it.e) if cluster_end >= 0 and len(cluster) > 1 else it.e
    n = len(lane_ends)
    for c in cluster:
        c.lanes = n


class _DragState:
    __slots__ = ("active", "item", "origin", "target")

    def __init__(self, item: Any, origin: QPointF) -> None:  # noqa: ANN401
        self.item = item
        self.origin = origin
        self.active = False
        self.target: tuple[datetime, datetime] | None = None


class _DragToReschedule:
    """Drag a visit to another slot or day (week/day grid and month grid): a drag starts after the platform's
    drag distance; on release ``visit_dropped(visit id, new start, new end)`` is emitted when the start moved.
    The widget gives ``_drop_target(pos)`` and ``_dragged(item) -> (visit id, current start)``."""

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        d = self._drag
        if d is not None:
            pos = e.position()
            if not d.active and (pos - d.origin).manhattanLength() >= QApplication.startDragDistance():
                d.active = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if d.active:
                d.target = self._drop_target(pos)
                self.update()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        d = self._drag
        if d is not None and d.active:
            d.target = self._drop_target(e.position())
        self._drag = None
        self.unsetCursor()
        if d is not None and d.active:
            self.update()
            vid, start = self._dragged(d.item)
            if d.target and d.target[0] != start:
                self.visit_dropped.emit(vid, d.target[0], d.target[1])
            return
        super().mouseReleaseEvent(e)


class TimeGrid(_DragToReschedule, QWidget):
    """Week (7 days) or day (1 day) time grid, 08:00–22:00, painted."""

    slot_activated = Signal(object)  # datetime: double-click on an empty slot
    visit_activated = Signal(int)  # double-click on a visit
    visit_dropped = Signal(int, object, object)  # visit id, new start, new end
    visit_context = Signal(int, QPoint)  # visit id, global position
    slot_context = Signal(object, QPoint)  # datetime, global position
    day_activated = Signal(object)  # date: click on a day's header

    HEADER = 46
    GUTTER = 54
    MIN_HOUR = 36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumHeight(self.HEADER + (LAST_HOUR - FIRST_HOUR) * self.MIN_HOUR)
        self.days: list[date] = []
        self.rows: list[Any] = []
        self.items: list[_Item] = []
        self.counts: list[int] = []
        self.day_kinds: dict[date, tuple[str, str]] = {}
        self.window = (time(9, 0), time(20, 0))
        self.today: date | None = None
        self.now: datetime | None = None
        self._drag: _DragState | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    # ---------------------------------------------------------------------------------------- data
    def set_days(self, days: Sequence[date]) -> None:
        self.days = list(days)
        self._layout()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.rows = list(rows)
        self._layout()

    def set_day_kinds(self, kinds: dict[date, tuple[str, str]]) -> None:
        self.day_kinds = dict(kinds)
        self.update()

    def set_window(self, start: time, end: time) -> None:
        self.window = (start, end)
        self.update()

    def _layout(self) -> None:
        index = {d: i for i, d in enumerate(self.days)}
        lo, hi = FIRST_HOUR * 60, LAST_HOUR * 60
        per_day: dict[int, list[_Item]] = defaultdict(list)
        for r in self.rows:
            i = index.get(r.start.date())
            if i is None:
                continue
            s = r.start.hour * 60 + r.start.minute
            e = s + max(0.0, (r.end - r.start).total_seconds() / 60)
            s, e = min(max(s, lo), hi - SNAP_MIN), min(max(e, lo), hi)
            if e - s < SNAP_MIN:
                e = s + SNAP_MIN
            per_day[i].append(_Item(r, i, s, e))
        items: list[_Item] = []
        self.counts = [0] * len(self.days)
        for i, lst in per_day.items():
            _assign_lanes(lst)
            self.counts[i] = sum(1 for it in lst if it.status != "cancelled")
            items.extend(lst)
        self.items = items
        self.update()

    # ---------------------------------------------------------------------------------------- geometry
    def hour_height(self) -> float:
        return max(float(self.MIN_HOUR), (self.height() - self.HEADER) / (LAST_HOUR - FIRST_HOUR))

    def col_width(self) -> float:
        return (self.width() - self.GUTTER) / max(1, len(self.days))

    def y_of(self, minutes: float) -> float:
        return self.HEADER + (minutes - FIRST_HOUR * 60) * self.hour_height() / 60

    def item_rect(self, it: _Item) -> QRectF:
        cw = self.col_width()
        inner = cw - 6
        w = inner / it.lanes
        x = self.GUTTER + it.day * cw + 2 + it.lane * w
        y1, y2 = self.y_of(it.s), self.y_of(it.e)
        return QRectF(x, y1 + 1, max(2.0, w - 1), max(4.0, y2 - y1 - 2))

    def visit_rect(self, visit_id: int) -> QRectF | None:
        for it in self.items:
            if it.vid == visit_id:
                return self.item_rect(it)
        return None

    def point_at(self, when: datetime) -> QPoint:
        """Centre of the slot at ``when`` (tests and keyboard use)."""
        i = self.days.index(when.date())
        x = self.GUTTER + (i + 0.5) * self.col_width()
        y = self.y_of(when.hour * 60 + when.minute) + 2
        return QPoint(int(x), int(y))

    def item_at(self, pos: QPointF) -> _Item | None:
        for it in reversed(self.items):
            if self.item_rect(it).contains(pos):
                return it
        return None

    def slot_at(self, pos: QPointF, snap: int = 30) -> datetime | None:
        if not self.days or pos.x() < self.GUTTER or pos.y() < self.HEADER:
            return None
        i = min(len(self.days) - 1, max(0, int((pos.x() - self.GUTTER) / self.col_width())))
        minutes = FIRST_HOUR * 60 + (pos.y() - self.HEADER) * 60 / self.hour_height()
        minutes = int(minutes // snap * snap)
        minutes = min(max(minutes, FIRST_HOUR * 60), LAST_HOUR * 60 - snap)
        return datetime.combine(self.days[i], time()) + timedelta(minutes=minutes)

    def _dragged(self, item) -> tuple[int, datetime]:  # noqa: ANN001
        return item.vid, item.row.start

    def _drop_target(self, pos: QPointF) -> tuple[datetime, datetime] | None:
        d = self._drag
        if d is None or not self.days:
            return None
        it = d.item
        i = min(len(self.days) - 1, max(0, int((pos.x() - self.GUTTER) / self.col_width())))
        if pos.x() < self.GUTTER:
            i = it.day
        start_min = it.row.start.hour * 60 + it.row.start.minute
        delta = (pos.y() - d.origin.y()) * 60 / self.hour_height()
        m = round((start_min + delta) / SNAP_MIN) * SNAP_MIN
        m = min(max(m, FIRST_HOUR * 60), LAST_HOUR * 60 - SNAP_MIN)
        start = datetime.combine(self.days[i], time()) + timedelta(minutes=m)
        return start, start + (it.row.end - it.row.start)

    # ---------------------------------------------------------------------------------------- painting
    WIDE_BLOCK = 360  # a block at least this wide (day view) lists status, address, team and contract too

    def block_text(self, it: _Item, r: QRectF | None = None,
                   fm: QFontMetricsF | None = None) -> tuple[QRectF, list[str], int | None]:
        """The text rectangle of a visit block, the lines drawn in it and the line keeping the status mark
        (see :func:`visit_block_text`)."""
        r = self.item_rect(it) if r is None else r
        fm = fm or QFontMetricsF(self._small)
        line_h = fm.height()
        tr_ = r.adjusted(5, 1, -2, -1)
        min_text_w = fm.horizontalAdvance("00:00") + 8
        if r.width() < min_text_w or r.height() < line_h:
            return tr_, [], None
        mark_w = 11.0 if tr_.width() >= min_text_w + 16 else 0.0
        max_lines = max(1, int((tr_.height() + 2) // line_h))
        lines, mark = visit_block_text(it.row, fm, tr_.width(), max_lines, wide=r.width() >= self.WIDE_BLOCK,
                                       mark_w=mark_w)
        return tr_, lines, mark

    def visit_text(self, visit_id: int) -> list[str]:
        """The lines painted in a visit's block (tests)."""
        for it in self.items:
            if it.vid == visit_id:
                return self.block_text(it)[1]
        return []

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, C901, PLR0912, PLR0915
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, QColor("#ffffff"))
        n = max(1, len(self.days))
        cw = self.col_width()
        hh = self.hour_height()
        top = self.HEADER
        fm = QFontMetricsF(self.font())
        win_s = self.window[0].hour * 60 + self.window[0].minute
        win_e = self.window[1].hour * 60 + self.window[1].minute
        lo, hi = FIRST_HOUR * 60, LAST_HOUR * 60

        # columns: weekend / holiday tint, then the hours outside the visiting window
        for i, d in enumerate(self.days):
            x = self.GUTTER + i * cw
            kind = self.day_kinds.get(d, ("", ""))[0]
            if kind == "holiday":
                p.fillRect(QRectF(x, top, cw, h - top), HOLIDAY_SHADE)
            elif kind == "weekend" or (not kind and d.weekday() >= 5):
                p.fillRect(QRectF(x, top, cw, h - top), WEEKEND_SHADE)
        shade = QBrush(SHADE)
        if win_s > lo:
            p.fillRect(QRectF(self.GUTTER, top, w - self.GUTTER, self.y_of(min(win_s, hi)) - top), shade)
        if win_e < hi:
            y = self.y_of(max(win_e, lo))
            p.fillRect(QRectF(self.GUTTER, y, w - self.GUTTER, h - y), shade)

        # hour lines and labels
        p.setFont(self._small)
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = top + (hour - FIRST_HOUR) * hh
            p.setPen(GRID_LINE)
            p.drawLine(QPointF(self.GUTTER - 4, y), QPointF(w, y))
            if hour < LAST_HOUR:
                p.setPen(HALF_LINE)
                p.drawLine(QPointF(self.GUTTER, y + hh / 2), QPointF(w, y + hh / 2))
            p.setPen(QColor("#6b7587"))
            if hour < LAST_HOUR:
                p.drawText(QRectF(0, y + 1, self.GUTTER - 8, fm.height() + 2),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hour:02d}:00")
        p.setPen(GRID_LINE)
        for i in range(n + 1):
            x = self.GUTTER + i * cw
            p.drawLine(QPointF(x, 0 if i else top), QPointF(x, h))

        # header: date, weekday, count, holiday name
        p.fillRect(QRectF(0, 0, w, top), QColor("#f7f8fa"))
        p.setPen(GRID_LINE)
        p.drawLine(QPointF(0, top), QPointF(w, top))
        locale = self.locale()
        for i, d in enumerate(self.days):
            x = self.GUTTER + i * cw
            is_today = d == self.today
            kind, name = self.day_kinds.get(d, ("", ""))
            p.setFont(self._bold)
            p.setPen(QColor("#1f5fa8") if is_today else TEXT_COLOR)
            head = QCoreApplication.translate("Calendar", "%1/%2").replace("%1", str(d.month)).replace("%2", str(d.day))
            head += " " + locale.dayName(d.isoweekday(), locale.FormatType.ShortFormat)
            r1 = QRectF(x + 4, 3, cw - 8, top / 2 - 2)
            p.drawText(r1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, head)
            p.setFont(self._small)
            sub = QCoreApplication.translate("Calendar", "%n visit(s)", None, self.counts[i]) if i < len(self.counts) and self.counts[i] else ""
            if kind == "holiday":
                sub = (name or QCoreApplication.translate("Calendar", "Holiday")) + ("  " + sub if sub else "")
                p.setPen(QColor("#c62828"))
            elif kind == "makeup_workday":
                sub = QCoreApplication.translate("Calendar", "Make-up working day") + ("  " + sub if sub else "")
                p.setPen(QColor("#6b7587"))
            else:
                p.setPen(QColor("#6b7587"))
            p.drawText(QRectF(x + 4, top / 2, cw - 8, top / 2 - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)
            if is_today:
                p.fillRect(QRectF(x + 1, top - 3, cw - 1, 3), QColor("#1f5fa8"))

        # visits
        p.setClipRect(QRectF(self.GUTTER, top, w - self.GUTTER, h - top))
        small_fm = QFontMetricsF(self._small)
        line_h = small_fm.height()
        min_text_w = small_fm.horizontalAdvance("00:00") + 8
        p.setFont(self._small)
        dragged = self._drag.item.vid if self._drag and self._drag.active else None
        for it in self.items:
            r = self.item_rect(it)
            st = it.status
            if it.vid == dragged:
                p.setOpacity(0.45)
            p.fillRect(r, FILL[st])
            if st == "cancelled":
                p.fillRect(r, QBrush(STROKE[st], Qt.BrushStyle.BDiagPattern))
            p.fillRect(QRectF(r.x(), r.y(), min(3.0, r.width()), r.height()), STROKE[st])
            if r.width() >= min_text_w and r.height() >= line_h:
                tr_, lines, mark = self.block_text(it, r, small_fm)
                p.setPen(TEXT_COLOR if st != "cancelled" else QColor("#5a6475"))
                for k, text in enumerate(lines):
                    y = tr_.top() + k * line_h
                    if mark == k:
                        paint_status_mark(p, QRectF(tr_.right() - 10, y + (line_h - 9) / 2, 9, 9), st, STROKE[st])
                    p.drawText(QRectF(tr_.left(), y, tr_.width(), line_h),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            elif r.width() >= 12 and r.height() >= 14:
                paint_status_mark(p, QRectF(r.x() + 3, r.y() + 3, 8, 8), st, STROKE[st])
            if it.vid == dragged:
                p.setOpacity(1.0)

        # now line
        if self.now is not None and self.now.date() in self.days:
            m = self.now.hour * 60 + self.now.minute
            if lo <= m <= hi:
                i = self.days.index(self.now.date())
                y = self.y_of(m)
                p.setPen(QPen(QColor("#d84315"), 1.5))
                p.drawLine(QPointF(self.GUTTER + i * cw, y), QPointF(self.GUTTER + (i + 1) * cw, y))

        # drag ghost
        if self._drag and self._drag.active and self._drag.target:
            start, end = self._drag.target
            if start.date() in self.days:
                i = self.days.index(start.date())
                s = start.hour * 60 + start.minute
                e = min(float(hi), s + (end - start).total_seconds() / 60)
                g = QRectF(self.GUTTER + i * cw + 2, self.y_of(s), cw - 5, max(8.0, self.y_of(e) - self.y_of(s)))
                p.setPen(QPen(QColor("#1f5fa8"), 1.5, Qt.PenStyle.DashLine))
                p.setBrush(QColor(31, 95, 168, 40))
                p.drawRect(g)
                p.setPen(QColor("#0d3c73"))
                p.setFont(self._bold)
                p.drawText(g.adjusted(5, 2, -3, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           f"{start:%H:%M}–{end:%H:%M}")
        p.end()

    # ---------------------------------------------------------------------------------------- mouse
    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        pos = e.position()
        if e.button() == Qt.MouseButton.LeftButton:
            if pos.y() < self.HEADER and pos.x() >= self.GUTTER and self.days:
                i = min(len(self.days) - 1, int((pos.x() - self.GUTTER) / self.col_width()))
                self.day_activated.emit(self.days[i])
                return
            it = self.item_at(pos)
            self._drag = _DragState(it, pos) if it is not None else None
        super().mousePressEvent(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        it = self.item_at(e.position())
        if it is not None:
            self.visit_activated.emit(it.vid)
            return
        when = self.slot_at(e.position())
        if when is not None:
            self.slot_activated.emit(when)

    def contextMenuEvent(self, e) -> None:  # noqa: N802, ANN001
        pos = QPointF(e.pos())
        it = self.item_at(pos)
        if it is not None:
            self.visit_context.emit(it.vid, e.globalPos())
            return
        when = self.slot_at(pos)
        if when is not None:
            self.slot_context.emit(when, e.globalPos())

    def keyPressEvent(self, e) -> None:  # noqa: N802, ANN001
        if e.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()
            return
        super().keyPressEvent(e)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            it = self.item_at(QPointF(e.pos()))
            if it is not None:
                QToolTip.showText(e.globalPos(), visit_tooltip(it.row), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self.HEADER + (LAST_HOUR - FIRST_HOUR) * 44)


# ============================================================================================ month grid
class MonthGrid(_DragToReschedule, QWidget):
    """Six weeks of days: a count per day and its first visits; drag a visit to another day."""

    slot_activated = Signal(object)  # datetime (the day at the start of the visiting window)
    visit_activated = Signal(int)
    visit_dropped = Signal(int, object, object)
    visit_context = Signal(int, QPoint)
    day_activated = Signal(object)  # date: click on a day number

    HEADER = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(560, 420)
        self.month = date.today().replace(day=1)
        self.first = self.month
        self.by_day: dict[date, list[Any]] = {}
        self.day_kinds: dict[date, tuple[str, str]] = {}
        self.window = (time(9, 0), time(20, 0))
        self.today: date | None = None
        self._hits: list[tuple[QRectF, Any]] = []
        self._more: list[tuple[QRectF, date]] = []
        self._geom_key: tuple | None = None
        self._drag: _DragState | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def set_month(self, month: date) -> None:
        self.month = month.replace(day=1)
        self.first = self.month - timedelta(days=self.month.weekday())
        self._geom_key = None
        self.update()

    def days(self) -> list[date]:
        return [self.first + timedelta(days=k) for k in range(42)]

    def set_rows(self, rows: Sequence[Any]) -> None:
        by_day: dict[date, list[Any]] = defaultdict(list)
        for r in rows:
            by_day[r.start.date()].append(r)
        for lst in by_day.values():
            lst.sort(key=lambda r: (r.start, r.id))
        self.by_day = dict(by_day)
        self._geom_key = None
        self.update()

    def set_day_kinds(self, kinds: dict[date, tuple[str, str]]) -> None:
        self.day_kinds = dict(kinds)
        self.update()

    def set_window(self, start: time, end: time) -> None:
        self.window = (start, end)

    def cell_rect(self, d: date) -> QRectF:
        k = (d - self.first).days
        cw = self.width() / 7
        ch = (self.height() - self.HEADER) / 6
        return QRectF((k % 7) * cw, self.HEADER + (k // 7) * ch, cw, ch)

    def day_at(self, pos: QPointF) -> date | None:
        if pos.y() < self.HEADER:
            return None
        cw = self.width() / 7
        ch = (self.height() - self.HEADER) / 6
        col, row = int(pos.x() // cw), int((pos.y() - self.HEADER) // ch)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return self.first + timedelta(days=row * 7 + col)

    def _line_h(self) -> float:
        return QFontMetricsF(self._small).height() + 3

    def _geometry(self) -> None:
        key = (self.width(), self.height(), self.first, id(self.by_day))
        if key == self._geom_key:
            return
        self._geom_key = key
        self._hits, self._more = [], []
        lh = self._line_h()
        for d in self.days():
            rows = self.by_day.get(d)
            if not rows:
                continue
            c = self.cell_rect(d)
            y = c.top() + lh + 4
            room = max(0, int((c.bottom() - 2 - y) // lh))
            show = rows if len(rows) <= room else rows[: max(0, room - 1)]
            for r in show:
                self._hits.append((QRectF(c.left() + 3, y, c.width() - 6, lh - 1), r))
                y += lh
            if len(show) < len(rows):
                self._more.append((QRectF(c.left() + 3, y, c.width() - 6, lh - 1), d))

    def visit_rect(self, visit_id: int) -> QRectF | None:
        self._geometry()
        for r, row in self._hits:
            if row.id == visit_id:
                return r
        return None

    def item_at(self, pos: QPointF) -> Any:  # noqa: ANN401
        self._geometry()
        for r, row in self._hits:
            if r.contains(pos):
                return row
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802, C901, PLR0912, PLR0915
        self._geometry()
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, QColor("#ffffff"))
        cw = w / 7
        locale = self.locale()
        p.fillRect(QRectF(0, 0, w, self.HEADER), QColor("#f7f8fa"))
        p.setFont(self._bold)
        for k in range(7):
            p.setPen(TEXT_COLOR)
            p.drawText(QRectF(k * cw + 6, 0, cw - 12, self.HEADER), Qt.AlignmentFlag.AlignVCenter,
                       locale.dayName(k + 1, locale.FormatType.LongFormat))
        lh = self._line_h()
        for d in self.days():
            c = self.cell_rect(d)
            kind, name = self.day_kinds.get(d, ("", ""))
            if kind == "holiday":
                p.fillRect(c, HOLIDAY_SHADE)
            elif kind == "weekend" or (not kind and d.weekday() >= 5):
                p.fillRect(c, WEEKEND_SHADE)
            if d.month != self.month.month:
                p.fillRect(c, QColor(255, 255, 255, 150))
            p.setPen(GRID_LINE)
            p.drawRect(c)
            in_month = d.month == self.month.month
            p.setFont(self._bold if d == self.today else self.font())
            p.setPen(QColor("#1f5fa8") if d == self.today else (TEXT_COLOR if in_month else QColor("#a3abb8")))
            head = QRectF(c.left() + 6, c.top() + 2, c.width() - 12, lh)
            p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(d.day))
            rows = self.by_day.get(d, ())
            p.setFont(self._small)
            live = sum(1 for r in rows if r.status != "cancelled")
            right = ""
            if kind == "holiday":
                right = name or QCoreApplication.translate("Calendar", "Holiday")
                p.setPen(QColor("#c62828"))
            elif kind == "makeup_workday":
                right = QCoreApplication.translate("Calendar", "Make-up working day")
                p.setPen(QColor("#6b7587"))
            if live:
                p.setPen(QColor("#6b7587") if kind != "holiday" else QColor("#c62828"))
                right = (right + "  " if right else "") + QCoreApplication.translate("Calendar", "%n visit(s)", None, live)
            if right:
                p.drawText(head.adjusted(24, 0, 0, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           right)
            if d == self.today:
                p.fillRect(QRectF(c.left() + 1, c.top() + 1, c.width() - 1, 3), QColor("#1f5fa8"))
        dragged = self._drag.item.id if self._drag and self._drag.active else None
        p.setFont(self._small)
        for r, row in self._hits:
            st = row.status if row.status in STROKE else "planned"
            if row.id == dragged:
                p.setOpacity(0.45)
            p.fillRect(r, FILL[st])
            p.fillRect(QRectF(r.x(), r.y(), 3, r.height()), STROKE[st])
            paint_status_mark(p, QRectF(r.x() + 6, r.center().y() - 4.5, 9, 9), st, STROKE[st])
            p.setPen(TEXT_COLOR if st != "cancelled" else QColor("#6b7587"))
            p.drawText(r.adjusted(18, 0, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{row.start:%H:%M} {_row_attr(row, 'customer_name', '') or ''}")
            p.setOpacity(1.0)
        p.setPen(QColor("#1f5fa8"))
        for r, d in self._more:
            hidden = len(self.by_day[d]) - sum(1 for _, row in self._hits if row.start.date() == d)
            p.drawText(r.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QCoreApplication.translate("Calendar", "+%1 more").replace("%1", str(hidden)))
        if self._drag and self._drag.active and self._drag.target:
            c = self.cell_rect(self._drag.target[0].date())
            p.setPen(QPen(QColor("#1f5fa8"), 2, Qt.PenStyle.DashLine))
            p.setBrush(QColor(31, 95, 168, 30))
            p.drawRect(c.adjusted(2, 2, -2, -2))
        p.end()

    def _dragged(self, item) -> tuple[int, datetime]:  # noqa: ANN001
        return item.id, item.start

    def _drop_target(self, pos: QPointF) -> tuple[datetime, datetime] | None:
        d = self.day_at(pos)
        if d is None or self._drag is None:
            return None
        row = self._drag.item
        start = datetime.combine(d, row.start.time())
        return start, start + (row.end - row.start)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        pos = e.position()
        if e.button() == Qt.MouseButton.LeftButton:
            for r, d in self._more:
                if r.contains(pos):
                    self.day_activated.emit(d)
                    return
            row = self.item_at(pos)
            if row is None:
                d = self.day_at(pos)
                if d is not None:
                    c = self.cell_rect(d)
                    if pos.y() < c.top() + self._line_h() + 2 and pos.x() < c.left() + 40:
                        self.day_activated.emit(d)
                        return
            self._drag = _DragState(row, pos) if row is not None else None
        super().mousePressEvent(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        row = self.item_at(e.position())
        if row is not None:
            self.visit_activated.emit(row.id)
            return
        d = self.day_at(e.position())
        if d is not None:
            self.slot_activated.emit(datetime.combine(d, self.window[0]))

    def contextMenuEvent(self, e) -> None:  # noqa: N802, ANN001
        row = self.item_at(QPointF(e.pos()))
        if row is not None:
            self.visit_context.emit(row.id, e.globalPos())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            row = self.item_at(QPointF(e.pos()))
            if row is not None:
                QToolTip.showText(e.globalPos(), visit_tooltip(row), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def resizeEvent(self, e) -> None:  # noqa: N802, ANN001
        self._geom_key = None
        super().resizeEvent(e)


# ============================================================================================ legend
class Legend(QWidget):
    """The status colours with their marks and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        # never squeezed: the hint on its left gives way first (it was cut to "Cancelle…" in English)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def entries(self) -> list[tuple[str, str]]:
        return [(s, vl().status(s)) for s in VISIT_STATUSES]

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetricsF(self.font())
        w = sum(fm.horizontalAdvance(t) + 34 for _, t in self.entries())
        return QSize(int(w) + 4, int(fm.height()) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        fm = QFontMetricsF(self.font())
        x = 2.0
        hgt = self.height()
        for st, text in self.entries():
            chip = QRectF(x, (hgt - 14) / 2, 18, 14)
            p.fillRect(chip, FILL[st])
            p.fillRect(QRectF(chip.x(), chip.y(), 3, chip.height()), STROKE[st])
            paint_status_mark(p, QRectF(chip.x() + 6, chip.y() + 2.5, 9, 9), st, STROKE[st])
            p.setPen(TEXT_COLOR)
            tw = fm.horizontalAdvance(text)
            p.drawText(QRectF(x + 22, 0, tw + 2, hgt), Qt.AlignmentFlag.AlignVCenter, text)
            x += tw + 34
        p.end()


class ElidedLabel(QLabel):
    """A one-line label that gives way when its row is short: the text is elided at the right (the whole
    text in the tooltip) instead of pushing its neighbours out of the window."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self.setToolTip("" if self.shown_text() == self.text() else self.text())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        text = self.shown_text()
        p = QPainter(self)
        self.style().drawItemText(p, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  text, self.foregroundRole())
        p.end()


# ============================================================================================ small dialogs
class NoticeDialog(QDialog):
    """How and when the customer was told of the visit."""

    def __init__(self, when: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.setWindowTitle(self.tr("Record the visit notice"))
        self.channel = QComboBox()
        for code in NOTICE_CHANNELS:
            self.channel.addItem(vl().channel(code), code)
        self.at = QDateTimeEdit()
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.at.setDateTime(when)
        form = QFormLayout(self)
        form.addRow(self.tr("Notified by"), self.channel)
        form.addRow(self.tr("Notified at"), self.at)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[datetime, str]:
        return self.at.dateTime().toPython().replace(second=0, microsecond=0), self.channel.currentData()


# ============================================================================================ the page
class CalendarPage(QWidget):
    """日程: month / week / day views of the visits, filters, drag to reschedule."""

    open_case = Signal(int)
    status_message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        from desktop.services.visits import VisitService

        self.db = db
        self.actor = actor
        self.clock = clock or Clock()
        self.service = VisitService(db, actor, clock=self.clock)
        self.mode = "week"
        self.anchor: date = self.clock.today()
        self.rows: list[Any] = []
        self._by_id: dict[int, Any] = {}
        self.last_refusal: str = ""
        self._calendar: Any = None

        # ---- toolbar
        self.today_btn = QPushButton(self.tr("Go to today"))
        self.today_btn.setObjectName("today")
        self.today_btn.setToolTip(self.tr("Go to today (T)"))
        self.today_btn.clicked.connect(self.go_today)
        self.prev_btn = QToolButton()
        self.prev_btn.setObjectName("previous")
        self.prev_btn.setIcon(_mdi("mdi6.chevron-left"))
        self.prev_btn.setToolTip(self.tr("Previous period (PgUp, Ctrl+←)"))
        self.prev_btn.clicked.connect(lambda: self.step(-1))
        self.next_btn = QToolButton()
        self.next_btn.setObjectName("next")
        self.next_btn.setIcon(_mdi("mdi6.chevron-right"))
        self.next_btn.setToolTip(self.tr("Next period (PgDn, Ctrl+→)"))
        self.next_btn.clicked.connect(lambda: self.step(1))
        self.period = QLabel()
        self.period.setObjectName("period")
        self.period.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        views = QHBoxLayout()
        views.setSpacing(0)
        for key, text, tip in (("month", self.tr("Month"), self.tr("Month view (1 or M)")),
                               ("week", self.tr("Week"), self.tr("Week view (2 or W)")),
                               ("day", self.tr("Day"), self.tr("Day view (3 or D)"))):
            b = QToolButton()
            b.setObjectName(f"view_{key}")
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.clicked.connect(lambda _=False, k=key: self.set_mode(k))
            self.view_group.addButton(b)
            self.view_buttons[key] = b
            views.addWidget(b)
        self.branch = QComboBox()
        self.branch.setObjectName("branch")
        self.can_all = allowed(actor.role, Perm.CASE_VIEW_ALL_BRANCHES)
        if self.can_all:
            from desktop.services.reference import ReferenceService

            self.branch.addItem(self.tr("All branches"), None)
            for bid, name in ReferenceService(db, actor).branches():
                self.branch.addItem(name, bid)
            if actor.branch_id is not None:
                self.branch.setCurrentIndex(max(0, self.branch.findData(actor.branch_id)))
        self.branch.setVisible(self.can_all)
        self.collector = QComboBox()
        self.collector.setObjectName("collector")
        self.collector.setMinimumContentsLength(8)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (planned or notified)"), "open")
        for st in VISIT_STATUSES:
            self.status.addItem(vl().status(st), st)
        self.new_btn = QPushButton(icon("visit"), self.tr("New visit…"))
        self.new_btn.setObjectName("newVisit")
        self.new_btn.setToolTip(self.tr("Plan a visit (Ctrl+N)"))
        self.new_btn.clicked.connect(lambda: self.new_visit(None))
        self.new_btn.setEnabled(allowed(actor.role, Perm.VISIT_SCHEDULE))
        self.notices_btn = QPushButton(icon("print"), self.tr("Notices of the day…"))
        self.notices_btn.setObjectName("dayNotices")
        self.notices_btn.setToolTip(self.tr("Print the visit notices of the day shown (day view)"))
        self.notices_btn.clicked.connect(self.print_day_notices)
        self.legend = Legend()

        bar = QHBoxLayout()
        bar.addWidget(self.today_btn)
        bar.addWidget(self.prev_btn)
        bar.addWidget(self.next_btn)
        bar.addSpacing(8)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addLayout(views)
        bar.addSpacing(12)
        bar.addWidget(self.branch)
        bar.addWidget(self.collector)
        bar.addWidget(self.status)
        bar.addSpacing(12)
        bar.addWidget(self.notices_btn)
        bar.addWidget(self.new_btn)

        # ---- views
        self.grid = TimeGrid()
        self.scroll = QScrollArea()
        self.scroll.setObjectName("gridScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.month = MonthGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.scroll)
        for view in (self.grid, self.month):
            view.slot_activated.connect(self.new_visit)
            view.visit_activated.connect(self.edit_visit)
            view.visit_dropped.connect(self.move_visit)
            view.visit_context.connect(self.visit_menu)
            view.day_activated.connect(self.show_day)
        self.grid.slot_context.connect(self._slot_menu)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("color: #5a6475;")
        self.hint = ElidedLabel(self.tr("Drag a visit to move it · double-click an empty slot to plan one · "
                                        "right-click a visit for the notice, status and route sheet"))
        self.hint.setStyleSheet("color: #8a93a3;")
        foot = QHBoxLayout()
        foot.addWidget(self.summary)
        foot.addStretch(1)
        foot.addWidget(self.hint)
        foot.addSpacing(16)
        foot.addWidget(self.legend)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        lay.addLayout(foot)

        self._shortcuts()
        self._load_collectors()
        self.branch.currentIndexChanged.connect(self._branch_changed)
        self.collector.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        mode = QSettings().value("calendar/view", "week")
        self.set_mode(mode if mode in ("month", "week", "day") else "week", save=False)

    # ---------------------------------------------------------------------------------------- set-up
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """The navigation keys on the views themselves (also when the window is not active)."""
        if event.type() == QEvent.Type.KeyPress:
            fn = self._keys.get((event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier))
            if fn is not None:
                fn()
                return True
        return super().eventFilter(obj, event)

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs: list[tuple[str, Callable[[], Any]]] = [
            ("T", self.go_today), ("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)),
            ("Ctrl+Left", lambda: self.step(-1)), ("Ctrl+Right", lambda: self.step(1)),
            ("1", lambda: self.set_mode("month")), ("2", lambda: self.set_mode("week")),
            ("3", lambda: self.set_mode("day")), ("M", lambda: self.set_mode("month")),
            ("W", lambda: self.set_mode("week")), ("D", lambda: self.set_mode("day")),
            ("Ctrl+N", lambda: self.new_visit(None)),
        ]
        self.shortcuts = []
        self._keys: dict[tuple[int, bool], Callable[[], Any]] = {}
        for seq, fn in pairs:
            self.shortcuts.append(QShortcut(QKeySequence(seq), self, fn, context=ctx))
            combo = QKeySequence(seq)[0]
            self._keys[(combo.key(), bool(combo.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier))] = fn
        for view in (self.grid, self.month):
            view.installEventFilter(self)

    def branch_id(self) -> int | None:
        return self.branch.currentData() if self.can_all else self.actor.branch_id

    def _load_collectors(self) -> None:
        self.collector.blockSignals(True)
        keep = self.collector.currentData()
        self.collector.clear()
        self.collector.addItem(self.tr("All collectors"), None)
        bid = self.branch_id()
        if bid is not None:
            for c in self.service.collectors(bid):
                self.collector.addItem(f"{c.name} ({c.employee_no})" if c.employee_no else c.name, c.id)
        self.collector.setCurrentIndex(max(0, self.collector.findData(keep)))
        self.collector.blockSignals(False)

    def _branch_changed(self) -> None:
        self._load_collectors()
        self.refresh()

    # ---------------------------------------------------------------------------------------- navigation
    def period_range(self) -> tuple[date, date]:
        a = self.anchor
        if self.mode == "day":
            return a, a
        if self.mode == "week":
            first = a - timedelta(days=a.weekday())
            return first, first + timedelta(days=6)
        first = a.replace(day=1)
        grid_first = first - timedelta(days=first.weekday())
        return grid_first, grid_first + timedelta(days=41)

    def set_mode(self, mode: str, save: bool = True) -> None:
        self.mode = mode
        self.view_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget(self.month if mode == "month" else self.scroll)
        self.notices_btn.setVisible(mode == "day")
        if save:
            QSettings().setValue("calendar/view", mode)
        self.refresh()

    def go_today(self) -> None:
        self.set_date(self.clock.today())

    def set_date(self, d: date) -> None:
        self.anchor = d
        self.refresh()

    def show_day(self, d: date) -> None:
        self.anchor = d
        self.set_mode("day")

    def step(self, k: int) -> None:
        a = self.anchor
        if self.mode == "day":
            self.anchor = a + timedelta(days=k)
        elif self.mode == "week":
            self.anchor = a + timedelta(days=7 * k)
        else:
            m = a.year * 12 + a.month - 1 + k
            self.anchor = date(m // 12, m % 12 + 1, 1)
        self.refresh()

    def _period_text(self) -> str:
        first, last = self.period_range()
        locale = self.locale()
        if self.mode == "month":  # 2027年1月 / January 2027
            y, m = self.anchor.year, self.anchor.month
            return self.tr("%1-%2").replace("%1", str(y)).replace("%2", str(m)) \
                if locale.language() == QLocale.Language.Chinese else f"{locale.monthName(m)} {y}"

        # the same forms as the day headers: 2026年11月23日 / 11月29日 (2026/11/23, 11/29 in English)
        def full_date(d: date) -> str:
            return self.tr("%1/%2/%3").replace("%1", str(d.year)).replace("%2", str(d.month)).replace(
                "%3", str(d.day))

        full = full_date(first)
        if self.mode == "week":  # the year again when the week runs into the next one
            end = full_date(last) if last.year != first.year else QCoreApplication.translate(
                "Calendar", "%1/%2").replace("%1", str(last.month)).replace("%2", str(last.day))
            return self.tr("%1 – %2 (week %3)").replace("%1", full).replace("%2", end).replace(
                "%3", str(first.isocalendar()[1]))
        return f"{full} " + locale.dayName(first.isoweekday(), locale.FormatType.LongFormat)

    # ---------------------------------------------------------------------------------------- data
    def refresh(self) -> None:
        """Reload the period shown (one ``list_range`` call) and repaint."""
        first, last = self.period_range()
        code = self.status.currentData()
        statuses = ("planned", "notified") if code == "open" else ((code,) if code else None)
        try:
            rows = self.service.list_range(first, last, branch_id=self.branch_id(),
                                           collector_id=self.collector.currentData(),
                                           statuses=list(statuses) if statuses else None)
        except ServiceError as e:
            show_error(self, e)
            rows = []
        self.rows = rows
        self._by_id = {r.id: r for r in rows}
        kinds = self._day_kinds(first, last)
        window = self._window()
        today = self.clock.today()
        now = self.clock.now()
        self.period.setText(self._period_text())
        if self.mode == "month":
            self.month.today = today
            self.month.set_month(self.anchor)
            self.month.set_day_kinds(kinds)
            self.month.set_window(*window)
            self.month.set_rows(rows)
        else:
            self.grid.today = today
            self.grid.now = self._local(now)
            self.grid.set_window(*window)
            self.grid.set_day_kinds(kinds)
            self.grid.set_days([first + timedelta(days=k) for k in range((last - first).days + 1)])
            self.grid.set_rows(rows)
        live = [r for r in rows if r.status != "cancelled"]
        in_period = [r for r in live if (self.mode != "month" or r.start.month == self.anchor.month)]
        to_notify = sum(1 for r in in_period if r.status == "planned" and not getattr(r, "notice_at", None))
        if not in_period:
            text = self.tr("No visits in this period — double-click an empty slot or press Ctrl+N to plan one.")
        else:
            text = self.tr("%n visit(s) · %1 not yet notified", "", len(in_period)).replace("%1", str(to_notify))
        self.summary.setText(text)

    def _local(self, now: datetime) -> datetime:
        from desktop.services.context import BRANCH_TZ

        return now.astimezone(BRANCH_TZ).replace(tzinfo=None) if now.tzinfo else now

    def _day_kinds(self, first: date, last: date) -> dict[date, tuple[str, str]]:
        """Holidays, make-up working days and weekends of the period, for shading (the rules decide)."""
        from desktop.services.workcalendar import WorkCalendar

        fn = getattr(self.service, "work_calendar", None)
        try:  # asked on every refresh: an official day the admin just entered is shaded at once
            self._calendar = fn() if fn is not None else WorkCalendar()
        except ServiceError:
            self._calendar = self._calendar or WorkCalendar()
        out: dict[date, tuple[str, str]] = {}
        d = first
        while d <= last:
            try:
                info = self._calendar.day_info(d)
            except Exception:  # noqa: BLE001 - a year no source covers: plain weekdays
                info = None
            if info is not None and info.kind != "workday":
                out[d] = (info.kind, info.name or "")
            d += timedelta(days=1)
        return out

    def _window(self) -> tuple[time, time]:
        try:
            policy = self.service.policy(self.branch_id())
        except (ServiceError, NotImplementedError):
            return time(9, 0), time(20, 0)
        return policy.window_start, policy.window_end

    def row(self, visit_id: int) -> Any:  # noqa: ANN401
        return self._by_id.get(visit_id)

    def current_view(self) -> TimeGrid | MonthGrid:
        return self.month if self.mode == "month" else self.grid

    # ---------------------------------------------------------------------------------------- actions
    def new_visit(self, start: datetime | None) -> None:
        if not allowed(self.actor.role, Perm.VISIT_SCHEDULE):
            return
        from desktop.views.visit_dialog import open_visit_dialog

        if open_visit_dialog(self, self.db, self.actor, [], start=start, clock=self.clock):
            self.status_message.emit(self.tr("Visit planned"))
            self.refresh()

    def edit_visit(self, visit_id: int) -> None:
        from desktop.views.visit_dialog import open_visit_dialog

        row = self.row(visit_id)
        if row is None:
            return
        if open_visit_dialog(self, self.db, self.actor, [row.case_id], visit_id=visit_id, clock=self.clock):
            self.status_message.emit(self.tr("Visit saved"))
            self.refresh()

    def move_visit(self, visit_id: int, start: datetime, end: datetime) -> bool:
        """Reschedule after a drop; a refusal lists every violated rule and leaves the visit where it was."""
        from desktop.services.visits import VisitRefused
        from desktop.views.visit_dialog import refusal_text

        row = self.row(visit_id)
        if row is None:
            return False
        try:
            self.service.reschedule(visit_id, row.version, start, end)
        except VisitRefused as e:
            self.last_refusal = refusal_text(e.result)
            QMessageBox.warning(
                self, self.tr("The visit was not moved"),
                self.tr("%1 at %2 breaks these rules; the visit stays at %3.").replace(
                    "%1", getattr(row, "customer_name", "") or "").replace("%2", f"{start:%Y-%m-%d %H:%M}").replace(
                    "%3", f"{row.start:%Y-%m-%d %H:%M}") + "\n\n" + self.last_refusal)
            self.refresh()
            return False
        except ServiceError as e:
            show_error(self, e)
            self.refresh()
            return False
        self.status_message.emit(self.tr("Visit moved to %1").replace("%1", f"{start:%Y-%m-%d %H:%M}"))
        self.refresh()
        return True

    def _slot_menu(self, when: datetime, pos: QPoint) -> None:
        menu = QMenu(self)
        act = menu.addAction(icon("visit"), self.tr("New visit at %1").replace("%1", f"{when:%H:%M}"))
        act.setEnabled(allowed(self.actor.role, Perm.VISIT_SCHEDULE))
        act.triggered.connect(lambda: self.new_visit(when))
        self.menu = menu
        menu.popup(pos)

    def visit_menu_actions(self, visit_id: int) -> QMenu:
        """The context menu of a visit (built separately so that tests can trigger its actions)."""
        row = self.row(visit_id)
        menu = QMenu(self)
        menu.setObjectName("visitMenu")
        open_live = row is not None and row.status in ("planned", "notified")
        sched = allowed(self.actor.role, Perm.VISIT_SCHEDULE)
        a = menu.addAction(self.tr("Edit visit…"))
        a.setObjectName("edit")
        a.triggered.connect(lambda: self.edit_visit(visit_id))
        a = menu.addAction(icon("cases"), self.tr("Open the case"))
        a.setObjectName("openCase")
        a.triggered.connect(lambda: self.open_case.emit(row.case_id))
        menu.addSeparator()
        a = menu.addAction(self.tr("Record notice…"))
        a.setObjectName("notice")
        a.setEnabled(open_live and sched)
        a.triggered.connect(lambda: self.record_notice(visit_id))
        a = menu.addAction(self.tr("Mark done"))
        a.setObjectName("done")
        a.setEnabled(open_live and sched)
        a.triggered.connect(lambda: self.set_status(visit_id, "done"))
        a = menu.addAction(self.tr("Mark missed…"))
        a.setObjectName("missed")
        a.setEnabled(open_live and sched)
        a.triggered.connect(lambda: self.set_status(visit_id, "missed"))
        a = menu.addAction(self.tr("Cancel visit…"))
        a.setObjectName("cancel")
        a.setEnabled(open_live and sched)
        a.triggered.connect(lambda: self.set_status(visit_id, "cancelled"))
        menu.addSeparator()
        a = menu.addAction(icon("print"), self.tr("Print the visit notice…"))
        a.setObjectName("printNotice")
        a.triggered.connect(lambda: self.print_notice(visit_id))
        members = list(zip(getattr(row, "member_ids", ()) or (), getattr(row, "member_names", ()) or (),
                           strict=False))
        if members:
            sub = menu.addMenu(icon("print"), self.tr("Route sheet of the day"))
            sub.setObjectName("routeSheet")
            for uid, name in members:
                a = sub.addAction(name)
                a.setObjectName(f"route_{uid}")
                a.triggered.connect(lambda _=False, u=uid: self.print_route_sheet(row.start.date(), u))
        return menu

    def visit_menu(self, visit_id: int, pos: QPoint) -> None:
        self.menu = self.visit_menu_actions(visit_id)
        self.menu.popup(pos)

    def record_notice(self, visit_id: int) -> bool:
        row = self.row(visit_id)
        if row is None:
            return False
        dlg = NoticeDialog(self._local(self.clock.now()), self)
        if not dlg.exec():
            return False
        at, channel = dlg.value()
        try:
            self.service.record_notice(visit_id, row.version, at, channel)
        except ServiceError as e:
            show_error(self, e)
            self.refresh()
            return False
        self.status_message.emit(self.tr("Notice recorded: %1, %2").replace("%1", vl().channel(channel)).replace(
            "%2", f"{at:%Y-%m-%d %H:%M}"))
        self.refresh()
        return True

    def set_status(self, visit_id: int, status: str) -> bool:
        row = self.row(visit_id)
        if row is None:
            return False
        reason = ""
        if status in ("cancelled", "missed"):
            title = self.tr("Cancel visit") if status == "cancelled" else self.tr("Visit missed")
            label = (self.tr("Why is the visit cancelled? (kept in the audit log)") if status == "cancelled"
                     else self.tr("Why did the visit not take place?"))
            reason, ok = QInputDialog.getText(self, title, label)
            reason = reason.strip()
            if not ok:
                return False
            if not reason:
                QMessageBox.warning(self, title, self.tr("Give a reason."))
                return False
        try:
            self.service.set_status(visit_id, row.version, status, reason)
        except ServiceError as e:
            show_error(self, e)
            self.refresh()
            return False
        self.status_message.emit(self.tr("Visit marked: %1").replace("%1", vl().status(status)))
        self.refresh()
        return True

    def _out_dir(self, title: str) -> Path | None:
        start = QSettings().value("calendar/out_dir", str(Path.home()))
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if not chosen:
            return None
        QSettings().setValue("calendar/out_dir", chosen)
        return Path(chosen)

    def _written(self, paths: list[Path], what: str) -> None:
        if not paths:
            self.status_message.emit(self.tr("Nothing to print"))
            return
        self.status_message.emit(self.tr("%1 saved: %2").replace("%1", what).replace("%2", str(paths[0])))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))

    def print_notice(self, visit_id: int) -> list[Path]:
        row = self.row(visit_id)
        out = self._out_dir(self.tr("Save the visit notice in…"))
        if row is None or out is None:
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = self.service.write_notices(row.start.date(), self.branch_id_of(row), out, visit_ids=[visit_id])
        except ServiceError as e:
            QApplication.restoreOverrideCursor()
            show_error(self, e)
            return []
        QApplication.restoreOverrideCursor()
        self._written(paths, self.tr("Visit notice"))
        return paths

    def branch_id_of(self, row: Any) -> int | None:  # noqa: ANN401
        return getattr(row, "branch_id", None) or self.branch_id()

    def print_route_sheet(self, day: date, collector_id: int) -> list[Path]:
        out = self._out_dir(self.tr("Save the route sheet in…"))
        if out is None:
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = self.service.write_route_sheets(day, collector_id, out)
        except ServiceError as e:
            QApplication.restoreOverrideCursor()
            show_error(self, e)
            return []
        QApplication.restoreOverrideCursor()
        self._written(paths, self.tr("Route sheet"))
        return paths

    def print_day_notices(self) -> None:
        """All notices of the day shown, off the GUI thread (one PDF per visit and one for the day)."""
        from desktop.views.jobs import Job

        out = self._out_dir(self.tr("Save the day's visit notices in…"))
        if out is None:
            return
        day, bid = self.anchor, self.branch_id()
        service = self.service
        self.notices_btn.setEnabled(False)
        self.job = Job(lambda progress, cancelled: service.write_notices(day, bid, out))

        def done(paths: list[Path]) -> None:
            self.notices_btn.setEnabled(True)
            self.job = None
            self._written(sorted(paths, key=lambda p: (len(p.name), p.name)), self.tr("Visit notices"))

        def failed(e: Exception) -> None:
            self.notices_btn.setEnabled(True)
            self.job = None
            show_error(self, e)

        self.job.signals.finished.connect(done)
        self.job.signals.failed.connect(failed)
        self.job.start()

    def wait_idle(self) -> None:
        job = getattr(self, "job", None)
        if job is not None:
            job.done.wait(30)
            QApplication.processEvents()

    def showEvent(self, e) -> None:  # noqa: N802, ANN001
        super().showEvent(e)
        if self.mode != "month":
            # open on the visiting window: 09:00 at the top when the grid is taller than the view
            bar = self.scroll.verticalScrollBar()
            if bar.maximum() > 0 and bar.value() == 0:
                bar.setValue(int(self.grid.y_of(9 * 60) - self.grid.HEADER - 4))

