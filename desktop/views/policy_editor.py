"""Settings ▸ Visit rules: the company-wide compliance limits (the 22:00–08:00 ban is fixed by law)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.visits import VisitService
from desktop.views.common import fmt_dt, settings_form, show_error


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


def _spin(name: str, lo: int, hi: int, suffix: str) -> QSpinBox:
    s = QSpinBox()
    s.setObjectName(name)
    s.setRange(lo, hi)
    s.setSuffix(suffix)
    return s


class PolicyEditor(QWidget):
    saved = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = VisitService(db, actor)
        self.head = QLabel()
        self.head.setObjectName("policyHead")
        self.head.setWordWrap(True)
        self.window_start = QTimeEdit()
        self.window_start.setObjectName("windowStart")
        self.window_end = QTimeEdit()
        self.window_end.setObjectName("windowEnd")
        for t in (self.window_start, self.window_end):
            t.setDisplayFormat("HH:mm")
        self.min_team = _spin("minTeam", 2, 6, self.tr(" collectors"))
        self.notice_hours = _spin("noticeHours", 24, 168, self.tr(" h"))
        self.max_7d = _spin("max7d", 1, 7, self.tr(" visit(s)"))
        self.max_30d = _spin("max30d", 1, 30, self.tr(" visit(s)"))
        self.max_day = _spin("maxDay", 1, 12, self.tr(" visit(s)"))
        self.buffer = _spin("buffer", 0, 180, self.tr(" min"))
        self.weekend = QCheckBox(self.tr("Allow Saturday/Sunday visits with the customer's recorded agreement"))
        self.weekend.setObjectName("weekend")
        window = QHBoxLayout()
        window.addWidget(self.window_start)
        window.addWidget(QLabel("–"))
        window.addWidget(self.window_end)
        window.addStretch(1)
        form = QFormLayout()
        fixed = QLabel(self.tr("22:00–08:00: never (fixed by law, cannot be changed or overridden)"))
        fixed.setStyleSheet("color: #5a6475;")
        form.addRow(self.tr("No visits"), fixed)
        form.addRow(self.tr("Visiting window"), window)
        form.addRow(self.tr("Smallest team"), self.min_team)
        form.addRow(self.tr("Minimum advance notice"), self.notice_hours)
        form.addRow(self.tr("Max. visits per case in 7 days"), self.max_7d)
        form.addRow(self.tr("Max. visits per case in 30 days"), self.max_30d)
        form.addRow(self.tr("Max. visits per collector per day"), self.max_day)
        form.addRow(self.tr("Travel time between two addresses"), self.buffer)
        form.addRow("", self.weekend)
        hint = QLabel(self.tr("Leaving the visiting window needs the customer's agreement and a supervisor's "
                              "approval for each visit. Changes apply to new and rescheduled visits and are audited."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5a6475;")
        save = QPushButton(self.tr("Save"))
        save.setObjectName("savePolicy")
        save.clicked.connect(self.save)
        settings_form(self, [self.head, form, hint], save)
        self.reload()

    def reload(self) -> None:
        info = self.service.policy_info()
        self.version = info.version
        self.policy = p = info.policy
        if info.version:
            self.head.setText(self.tr("Version %1, changed by %2 at %3").replace("%1", str(info.version))
                              .replace("%2", info.updated_by or "—").replace("%3", fmt_dt(info.updated_at)))
        else:
            self.head.setText(self.tr("The company's default rules apply."))
        self.window_start.setTime(_qtime(p.window_start))
        self.window_end.setTime(_qtime(p.window_end))
        self.min_team.setValue(p.min_team)
        self.notice_hours.setValue(p.notice_hours)
        self.max_7d.setValue(p.max_per_case_7d)
        self.max_30d.setValue(p.max_per_case_30d)
        self.max_day.setValue(p.max_per_collector_day)
        self.buffer.setValue(p.travel_buffer_min)
        self.weekend.setChecked(p.allow_weekend_with_agreement)

    def edited(self):  # noqa: ANN201
        return replace(self.policy, window_start=_time(self.window_start.time()),
                       window_end=_time(self.window_end.time()), min_team=self.min_team.value(),
                       notice_hours=self.notice_hours.value(), max_per_case_7d=self.max_7d.value(),
                       max_per_case_30d=self.max_30d.value(), max_per_collector_day=self.max_day.value(),
                       travel_buffer_min=self.buffer.value(), allow_weekend_with_agreement=self.weekend.isChecked())

    def save(self) -> None:
        try:
            policy = self.edited()
        except ValueError:
            show_error(self, ServiceError(self.tr("The visiting window must start before it ends.")))
            return
        try:
            self.service.save_policy(policy, expected_version=self.version)
        except ServiceError as e:
            show_error(self, e, self.reload)
            return
        self.reload()
        self.saved.emit(self.tr("Visit rules saved"))

    def refresh(self) -> None:
        self.reload()
