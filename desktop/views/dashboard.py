"""工作台 dashboard for supervisors and managers (Qt Charts; all chart code of the app lives here).

``Dashboard(db, actor)`` shows four charts from :meth:`ReportService.dashboard`: open cases per bucket, visits
and outcomes per week, the promise kept rate per week and the amount recovered per week. Data is loaded off
the GUI thread; a branch selector (managers) and a range selector (8 / 12 / 26 weeks) reload it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.services.reporting import DashboardData, ReportService
from desktop.views.common import show_error
from desktop.views.jobs import Job
from desktop.views.theme import current_language

# one accent family plus greys and patterns: the series stay apart in a grey-scale screenshot too
SERIES_COLORS = ("#1f5fa8", "#8fb3de", "#5a6475")
SERIES_PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.Dense4Pattern, Qt.BrushStyle.BDiagPattern)


class Dashboard(QWidget):
    """Four charts; ``loaded`` fires after each refresh with the :class:`DashboardData`."""

    loaded = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = ReportService(db, actor)
        self.actor = actor
        self.data: DashboardData | None = None
        self.week_labels: list[str] = []  # every week's label; an axis shows those its width has room for
        self._job: Job | None = None

        title = QLabel(self.tr("Dashboard"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.branch = QComboBox()
        self.weeks = QComboBox()
        for n in (8, 12, 26):
            self.weeks.addItem(self.tr("Last %1 weeks").replace("%1", str(n)), n)
        self.weeks.setCurrentIndex(1)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.setShortcut("F5")
        self.refresh_btn.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setStyleSheet("color: #5a6475;")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.branch)
        bar.addWidget(self.weeks)
        bar.addWidget(self.refresh_btn)

        self.bucket_view = self._view()
        self.visits_view = self._view()
        self.kept_view = self._view()
        self.recovered_view = self._view()
        grid = QGridLayout()
        grid.addWidget(self.bucket_view, 0, 0)
        grid.addWidget(self.visits_view, 0, 1)
        grid.addWidget(self.kept_view, 1, 0)
        grid.addWidget(self.recovered_view, 1, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5a6475; font-size: 11pt;")
        self.empty.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.empty)
        lay.addLayout(grid, 1)

        if not allowed(actor.role, Perm.REPORT_VIEW):
            for w in (self.branch, self.weeks, self.refresh_btn):
                w.setEnabled(False)
            self.empty.setText(self.tr("The dashboard is for supervisors and managers."))
            self.empty.setVisible(True)
            return
        if allowed(actor.role, Perm.CASE_VIEW_ALL_BRANCHES):
            self.branch.addItem(self.tr("All branches"), None)
        for bid, name, _code in self.service.branch_choices():
            self.branch.addItem(name, bid)
        self.branch.setEnabled(self.branch.count() > 1)
        self.branch.currentIndexChanged.connect(self.refresh)
        self.weeks.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # --- charts -------------------------------------------------------------------------------------
    @staticmethod
    def _view() -> QChartView:
        v = QChartView()
        v.setRenderHint(QPainter.RenderHint.Antialiasing)
        v.setMinimumSize(360, 250)
        return v

    def _chart(self, title: str) -> QChart:
        c = QChart()
        c.setTitle(title)
        f = c.titleFont()
        f.setBold(True)
        c.setTitleFont(f)
        c.setMargins(QMargins(4, 4, 4, 4))
        c.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        c.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return c

    @staticmethod
    def _style_set(s: QBarSet, i: int) -> None:
        color = QColor(SERIES_COLORS[i % len(SERIES_COLORS)])
        s.setBrush(QBrush(color, SERIES_PATTERNS[i % len(SERIES_PATTERNS)]))
        s.setPen(QPen(QColor("#24324a"), 0.8))

    def _bar_chart(self, title: str, categories: list[str], sets: list[tuple[str, list[float]]],
                   y_title: str, fmt: str = "%d", *, weeks: bool = False) -> QChart:
        chart = self._chart(title)
        series = QBarSeries()
        for i, (name, values) in enumerate(sets):
            s = QBarSet(name)
            s.append([float(v) for v in values])
            self._style_set(s, i)
            series.append(s)
        chart.addSeries(series)
        if weeks:
            x = self._week_axis(chart, len(categories))
            x.setGridLineVisible(False)  # a line through the middle bar of each week would not help
        else:
            x = QBarCategoryAxis()
            x.append(categories)
        y = QValueAxis()
        y.setLabelFormat(fmt)
        y.setTitleText(y_title)
        top = max((v for _, vals in sets for v in vals), default=0)
        y_top, ticks = _nice_axis(top)
        y.setRange(0, y_top)
        y.setTickCount(ticks)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(len(sets) > 1)
        return chart

    def _line_chart(self, title: str, categories: list[str], points: list[float | None], name: str,
                    y_title: str, y_max: float | None, fmt: str) -> QChart:
        chart = self._chart(title)
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        pen = QPen(QColor(SERIES_COLORS[0]), 2)
        series.setPen(pen)
        for i, v in enumerate(points):
            if v is not None:
                series.append(QPointF(i, v))
        chart.addSeries(series)
        x = self._week_axis(chart, len(categories))
        y = QValueAxis()
        y.setLabelFormat(fmt)
        y.setTitleText(y_title)
        top = max((v for v in points if v is not None), default=0)
        if y_max is None:
            y_top, ticks = _nice_axis(top)
        else:
            y_top, ticks = y_max, 5
        # a little room above the top and below zero: the chart clips the series at the plot area, so a point
        # on 100 % or on 0 would show as half a dot; the ticks stay on 0, ¼, ½ … of the top
        pad = y_top * 0.04
        y.setRange(-pad, y_top + pad)
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(y_top / (ticks - 1))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(False)
        return chart

    def _week_axis(self, chart: QChart, n: int) -> QCategoryAxis:
        """The x axis of a weekly chart: week ``i`` at x = i, labelled on the week (not between weeks). A
        QBarCategoryAxis elided every label to its week's width ("09-…" under every bar); this one labels every
        week, every other one … (always the latest) as its width allows, again on each resize."""
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setStartValue(-0.5)
        x.setRange(-0.5, n - 0.5)
        f = x.labelsFont()
        f.setPointSizeF(max(7.0, f.pointSizeF() - 1))
        x.setLabelsFont(f)
        chart.plotAreaChanged.connect(lambda _r, c=chart, a=x: self._fit_week_axis(c, a))
        return x

    def _fit_week_axis(self, chart: QChart, axis: QCategoryAxis) -> None:
        n = len(self.week_labels)
        ticks = week_ticks(self.week_labels, chart.plotArea().width(), QFontMetricsF(axis.labelsFont()))
        if axis.categoriesLabels() == [t for t, _ in ticks]:
            return
        for label in axis.categoriesLabels():
            axis.remove(label)
        for label, i in ticks:
            axis.append(label, i)
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, n - 0.5)

    def _show(self, data: DashboardData) -> None:
        weeks = self.week_labels = week_labels([w.week_start for w in data.weeks])
        self._set(self.bucket_view, self._bar_chart(
            self.tr("Open cases by bucket"), [b for b, _, _ in data.buckets],
            [(self.tr("Open cases"), [n for _, n, _ in data.buckets])], self.tr("Cases")))
        self._set(self.visits_view, self._bar_chart(
            self.tr("Visits and outcomes per week"), weeks,
            [(self.tr("Visits done"), [w.visits_done for w in data.weeks]),
             (self.tr("Contacted"), [w.contacted for w in data.weeks]),
             (self.tr("Promises"), [w.promised for w in data.weeks])], self.tr("Visits"), weeks=True))
        self._set(self.kept_view, self._line_chart(
            self.tr("Promise kept rate per week"), weeks,
            [None if w.kept_rate is None else float(w.kept_rate * 100) for w in data.weeks],
            self.tr("Kept rate (by count)"), self.tr("%"), 100, "%d%%"))
        # Chinese counts money in 万 (¥10,000); English in thousands
        unit, scale = (self.tr("¥10,000"), Decimal(10000)) if current_language() == "zh_CN" \
            else (self.tr("¥ thousand"), Decimal(1000))
        self._set(self.recovered_view, self._line_chart(
            self.tr("Amount recovered per week"), weeks,
            [float(w.recovered / scale) for w in data.weeks], self.tr("Amount recovered"), unit, None, "%.1f"))

    @staticmethod
    def _set(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    # --- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._job is not None:
            return
        self.status.setText(self.tr("Loading…"))
        self.refresh_btn.setEnabled(False)
        self._job = Job(lambda _p, _c, b, n: self.service.dashboard(b, n), self.branch.currentData(),
                        self.weeks.currentData())
        self._job.signals.finished.connect(self._on_loaded)
        self._job.signals.failed.connect(self._on_failed)
        self._job.start()

    def _on_loaded(self, data: DashboardData) -> None:
        self._job = None
        self.refresh_btn.setEnabled(True)
        self.data = data
        self._show(data)
        open_cases = sum(n for _, n, _ in data.buckets)
        if open_cases == 0 and not any(w.visits_planned for w in data.weeks):
            self.status.setText(self.tr("No open cases yet — import the core system's overdue list."))
        else:
            # the branch's name, or the branch picker's own words for all branches (the service says 全部营业部)
            label = self.branch.currentText() if self.branch.currentData() is None and self.branch.count() > 1 \
                else data.branch_label
            self.status.setText(self.tr("%1 · as of %2").replace("%1", label).replace(
                "%2", f"{data.as_of:%Y-%m-%d}"))
        self.loaded.emit(data)

    def _on_failed(self, error: Exception) -> None:
        self._job = None
        self.refresh_btn.setEnabled(True)
        self.status.setText("")
        if isinstance(error, ServiceError):
            show_error(self, error)
        else:
            raise error

    def wait_idle(self, timeout: float = 30) -> None:
        if self._job is not None:
            self._job.done.wait(timeout)


def week_labels(starts: Sequence[date]) -> list[str]:
    """Short labels of the weeks by their first day (9/7, 9/14 … 11/23; the status line has the year)."""
    return [f"{d.month}/{d.day}" for d in starts]


LABEL_PADDING = 5  # Qt Charts' padding on each side of an axis label


def week_ticks(labels: Sequence[str], width: float, fm: QFontMetricsF) -> list[tuple[str, int]]:
    """The week labels an axis ``width`` px wide shows, with their week's index: every k-th week counted back
    from the latest, the smallest k for which no label is elided (Qt Charts gives each of the m labels of a
    category axis ``width / (m + 1)`` less the padding and elides a wider one)."""
    n = len(labels)
    if n == 0:
        return []
    need = max(fm.horizontalAdvance(t) for t in labels) + 2 * LABEL_PADDING + 2
    for k in range(1, n + 1):
        keep = range(n - 1, -1, -k)
        if width / (len(keep) + 1) >= need:
            break
    return [(labels[i], i) for i in sorted(keep)]


def _nice_axis(top: float) -> tuple[float, int]:
    """An axis maximum a little above ``top`` and a tick count, so that every tick is a round number
    (steps of 1, 2, 2.5 or 5 times a power of ten; 3–6 intervals)."""
    import math

    if top <= 0:
        return 1, 2
    raw = top * 1.05 / 5
    exp = 10 ** math.floor(math.log10(raw))
    step = next(m * exp for m in (1, 2, 2.5, 5, 10) if m * exp >= raw)
    n = max(3, math.ceil(top * 1.05 / step))
    return n * step, n + 1
