"""Plan or edit a visit (外访): case, address, time, team, purpose, notice, customer agreement, approval.

Every change is checked against the compliance rules (debounced, ~150 ms after the last edit) and the panel
lists EVERY violated rule with its fix; Save stays disabled while any rule is broken and not overridden.
"Suggest slots" lists the next compliant slots in the coming 14 days; clicking one fills the date and time.

Several selected cases give one visit per case with the same team, in consecutive slots (one visit length
plus the travel buffer apart), each checked on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor, Clock
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.views.calendar import NOTICE_CHANNELS, vl
from desktop.views.common import labels, money, show_error
from desktop.views.rule_texts import violation_texts, warning_text

CHECK_DELAY_MS = 150
TRAVEL_GAP = timedelta(minutes=30)
NEW_ADDRESS = "__new__"


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitDialog", text)


@dataclass(frozen=True)
class CaseBrief:
    """What the dialog shows of a case and needs for the team (branch, assigned collector)."""

    id: int
    contract_no: str
    customer_name: str
    overdue_total: Any
    dpd: int
    do_not_visit: str | None
    branch_id: int | None
    assigned_to_id: int | None


def case_brief(db: Database, actor: Actor, visits: Any, case_id: int) -> CaseBrief:  # noqa: ANN401
    """The case summary from the case detail service (the branch and the collector are matched by name)."""
    from desktop.services.cases import CaseDetailService
    from desktop.services.reference import ReferenceService

    d = CaseDetailService(db, actor).detail(case_id)
    branch_id = next((bid for bid, name in ReferenceService(db, actor).branches() if name == d.branch),
                     actor.branch_id)
    assigned = None
    if d.collector and branch_id is not None:
        assigned = next((c.id for c in visits.collectors(branch_id) if c.name == d.collector), None)
    return CaseBrief(case_id, d.contract_no, d.customer_name, d.overdue_total, d.dpd, d.do_not_visit,
                     branch_id, assigned)


def refusal_text(result: Any) -> str:  # noqa: ANN401 - compliance.CheckResult or VisitRefused
    """Every unresolved violation of a check result (or of a refusal), one per paragraph: the message and the
    fix, in the UI language.  A refusal without violations reads as the service's own text."""
    if isinstance(result, Exception):
        error = result
        result = getattr(error, "result", None)
        violations = list(getattr(result, "unresolved", ()) if result is not None else ()) or \
            list(getattr(error, "violations", None) or ())
        if not violations:
            return str(error)
    else:
        violations = list(getattr(result, "unresolved", getattr(result, "violations", ())))
    parts = []
    for v in violations:
        message, fix = violation_texts(v)
        parts.append("• " + message + "\n   " + QCoreApplication.translate("VisitDialog", "Fix: %1").replace("%1", fix))
    return "\n".join(parts)


class VisitDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, case_ids: list[int], start: datetime | None = None,
                 visit_id: int | None = None, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        from desktop.services.visits import VisitService

        self.setObjectName("visitDialog")
        self.db = db
        self.actor = actor
        self.clock = clock or Clock()
        self.service = VisitService(db, actor, clock=self.clock)
        self.visit_id = visit_id
        self.info: Any = None
        self.case_ids: list[int] = list(case_ids)
        self.results: list[tuple[int, Any]] = []  # (case id, CheckResult) of the last check
        self.saved_ids: list[int] = []
        self._addresses: dict[int, list[Any]] = {}
        self._briefs: dict[int, Any] = {}
        self.can_approve = allowed(actor.role, Perm.VISIT_APPROVE_OVERRIDE)
        self.setWindowTitle(self.tr("Edit visit") if visit_id else self.tr("Plan a visit"))
        self.setMinimumSize(960, 640)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run_check)

        # ---- case
        self.case_label = QLabel()
        self.case_label.setObjectName("caseSummary")
        self.case_label.setWordWrap(True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_search = QLineEdit()
        self.case_search.setObjectName("caseSearch")
        self.case_search.setPlaceholderText(self.tr("Contract no. or customer name, then Enter"))
        self.case_search.returnPressed.connect(self.search_cases)
        self.case_pick = QComboBox()
        self.case_pick.setObjectName("casePick")
        self.case_pick.activated.connect(self._case_picked)
        picker = QWidget()
        ph = QHBoxLayout(picker)
        ph.setContentsMargins(0, 0, 0, 0)
        ph.addWidget(self.case_search, 1)
        ph.addWidget(self.case_pick, 2)
        self.picker = picker

        # ---- address
        self.address = QComboBox()
        self.address.setObjectName("address")
        self.address.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.address.setMinimumContentsLength(30)
        self.new_address = QLineEdit()
        self.new_address.setObjectName("newAddress")
        self.new_address.setPlaceholderText(self.tr("New address (kept in the customer's address history)"))
        self.new_address.setVisible(False)

        # ---- time
        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd ddd")
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("startTime")
        self.start_time.setDisplayFormat("HH:mm")
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("endTime")
        self.end_time.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.start_time)
        when.addWidget(QLabel("–"))
        when.addWidget(self.end_time)
        self.suggest_btn = QPushButton(self.tr("Suggest slots"))
        self.suggest_btn.setObjectName("suggest")
        self.suggest_btn.setToolTip(self.tr("The next compliant slots in the coming 14 days for this case and team"))
        self.suggest_btn.clicked.connect(self.suggest)
        when.addWidget(self.suggest_btn)
        when.addStretch(1)
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("schedule")
        self.schedule_label.setWordWrap(True)
        self.schedule_label.setStyleSheet("color: #5a6475;")

        # ---- team
        self.team = QListWidget()
        self.team.setObjectName("team")
        self.team.setMaximumHeight(120)

        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("e.g. confirm the customer's situation and discuss a repayment plan"))

        # ---- notice
        self.notice_sent = QCheckBox(self.tr("Customer already notified"))
        self.notice_sent.setObjectName("noticeSent")
        self.notice_channel = QComboBox()
        self.notice_channel.setObjectName("noticeChannel")
        for code in NOTICE_CHANNELS:
            self.notice_channel.addItem(vl().channel(code), code)
        self.notice_at = QDateTimeEdit()
        self.notice_at.setObjectName("noticeAt")
        self.notice_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.notice_at.setCalendarPopup(True)
        notice = QHBoxLayout()
        notice.addWidget(self.notice_sent)
        notice.addWidget(self.notice_channel)
        notice.addWidget(self.notice_at)
        notice.addStretch(1)

        # ---- agreement and approval
        self.agreed_window = QCheckBox(self.tr("Customer agreed to a visit outside the visiting window"))
        self.agreed_window.setObjectName("agreedWindow")
        self.agreed_weekend = QCheckBox(self.tr("Customer agreed to a weekend visit"))
        self.agreed_weekend.setObjectName("agreedWeekend")
        self.approve = QCheckBox(self.tr("Approved by me (supervisor)") if self.can_approve
                                 else self.tr("Approved by supervisor"))
        self.approve.setObjectName("approve")
        self.approver = QComboBox()
        self.approver.setObjectName("approver")
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setPlaceholderText(self.tr("Why this visit needs the exception (audited)"))
        self.approval_note = QLabel()
        self.approval_note.setWordWrap(True)
        self.approval_note.setStyleSheet("color: #8a93a3;")
        agree = QGroupBox(self.tr("Customer agreement and approval"))
        agree.setObjectName("overrides")
        ag = QFormLayout(agree)
        ag.addRow(self.agreed_window)
        ag.addRow(self.agreed_weekend)
        ap = QHBoxLayout()
        ap.addWidget(self.approve)
        ap.addWidget(self.approver, 1)
        ag.addRow(ap)
        ag.addRow(self.tr("Reason"), self.override_reason)
        ag.addRow(self.approval_note)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Case"), self.case_label)
        form.addRow("", self.picker)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.new_address)
        form.addRow(self.tr("Date and time"), when)
        form.addRow("", self.schedule_label)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Notice"), notice)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(agree)
        lv.addStretch(1)

        # ---- right: rules and suggestions
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.violations = QListWidget()
        self.violations.setObjectName("violations")
        self.violations.setWordWrap(True)
        self.violations.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.violations.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.violations.setSpacing(3)
        self.violations.setAlternatingRowColors(True)
        self.slots_label = QLabel(self.tr("Compliant slots — click one to use it"))
        self.slots = QListWidget()
        self.slots.setObjectName("slots")
        self.slots.setWordWrap(True)
        self.slots.itemActivated.connect(self.use_slot)
        self.slots.itemClicked.connect(self.use_slot)
        self.slots_label.setVisible(False)
        self.slots.setVisible(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rules_title = QLabel(self.tr("Compliance check"))
        rules_title.setStyleSheet("font-weight: bold;")
        rv.addWidget(rules_title)
        rv.addWidget(self.verdict)
        rv.addWidget(self.violations, 3)
        rv.addWidget(self.slots_label)
        rv.addWidget(self.slots, 2)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 420])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_btn.setObjectName("save")
        self.save_btn.setText(self.tr("Save visit") if visit_id or len(self.case_ids) <= 1
                              else self.tr("Save %1 visits").replace("%1", str(len(self.case_ids))))
        self.save_btn.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)

        self._fill(start)
        if visit_id is None and start is None and len(self.case_ids) == 1:
            self.compliant_defaults()
        for sig in (self.address.currentIndexChanged, self.new_address.textChanged, self.date.dateChanged,
                    self.end_time.timeChanged, self.team.itemChanged, self.notice_sent.toggled,
                    self.notice_at.dateTimeChanged, self.agreed_window.toggled, self.agreed_weekend.toggled,
                    self.approve.toggled, self.approver.currentIndexChanged, self.override_reason.textChanged,
                    self.purpose.textChanged):
            sig.connect(self.schedule_check)
        self.start_time.timeChanged.connect(self._start_moved)
        self.address.currentIndexChanged.connect(self._address_kind_changed)
        self.notice_sent.toggled.connect(self._notice_toggled)
        self.run_check()

    # ---------------------------------------------------------------------------------------- filling
    def _fill(self, start: datetime | None) -> None:
        now = self._now()
        self.notice_at.setDateTime(now)
        if self.visit_id is not None:
            self.info = info = self.service.get(self.visit_id)
            self.case_ids = [info.case_id]
            start, end = info.start, info.end
        else:
            if start is None:
                first = (now + timedelta(days=2)).date()
                start = datetime.combine(first, time(10, 0))
            end = start + timedelta(hours=1)
        self.picker.setVisible(not self.case_ids)
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self._duration = end - start
        self._load_case()
        if self.info is not None:
            info = self.info
            self._set_address(info.address, getattr(info, "address_kind", "home"))
            self.purpose.setText(getattr(info, "purpose", "") or "")
            if info.notice_at:
                self.notice_sent.setChecked(True)
                self.notice_at.setDateTime(info.notice_at)
                self.notice_channel.setCurrentIndex(max(0, self.notice_channel.findData(info.notice_channel)))
            self.agreed_window.setChecked(bool(getattr(info, "customer_agreed_outside_window", False)))
            self.agreed_weekend.setChecked(bool(getattr(info, "customer_agreed_weekend", False)))
            if getattr(info, "approved_by_id", None):
                self.approve.setChecked(True)
                self.approver.setCurrentIndex(max(0, self.approver.findData(info.approved_by_id)))
            self.override_reason.setText(getattr(info, "override_reason", "") or "")
            members = set(info.member_ids)
            for i in range(self.team.count()):
                it = self.team.item(i)
                it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in members
                                 else Qt.CheckState.Unchecked)
        self._notice_toggled(self.notice_sent.isChecked())
        self._address_kind_changed()

    def _now(self) -> datetime:
        from desktop.services.context import BRANCH_TZ

        return self.clock.now().astimezone(BRANCH_TZ).replace(tzinfo=None, second=0, microsecond=0)

    def _brief(self, case_id: int) -> CaseBrief:
        if case_id not in self._briefs:
            self._briefs[case_id] = case_brief(self.db, self.actor, self.service, case_id)
        return self._briefs[case_id]

    def _load_case(self) -> None:
        """Case summary, address choices and the branch's collectors for the chosen case(s)."""
        self.address.blockSignals(True)
        self.team.blockSignals(True)
        self.address.clear()
        self.team.clear()
        self.approver.clear()
        if not self.case_ids:
            self.case_label.setText(self.tr("Choose the case to visit: search by contract no. or customer name."))
            self.address.setEnabled(False)
            self.address.blockSignals(False)
            self.team.blockSignals(False)
            return
        try:
            briefs = [self._brief(cid) for cid in self.case_ids]
            for cid in self.case_ids:
                self._addresses[cid] = list(self.service.case_addresses(cid))
        except ServiceError as e:
            show_error(self, e)
            briefs = []
        lines = []
        for b in briefs:
            lines.append(self.tr("%1 · %2 · overdue %3 · %4 days past due").replace("%1", b.contract_no)
                         .replace("%2", b.customer_name).replace("%3", money(b.overdue_total))
                         .replace("%4", str(b.dpd)))
            if getattr(b, "do_not_visit", None):
                lines.append("⚠ " + self.tr("Do not visit: %1").replace("%1", labels().do_not_visit(b.do_not_visit)))
        self.case_label.setText("\n".join(lines))
        multi = len(self.case_ids) > 1
        if multi:
            self.address.addItem(self.tr("Each case's home address (or its first known address)"), "each")
            self.address.setEnabled(False)
        else:
            self.address.setEnabled(True)
            for a in self._addresses.get(self.case_ids[0], []):
                self.address.addItem(f"{vl().address_kind(a.kind)}：{a.address}", (a.kind, a.address))
            self.address.addItem(self.tr("New address…"), NEW_ADDRESS)
        branch_id = briefs[0].branch_id if briefs else self.actor.branch_id
        assigned = {b.assigned_to_id for b in briefs if getattr(b, "assigned_to_id", None)}
        if branch_id is not None:
            for c in self.service.collectors(branch_id):
                label = f"{c.name} ({c.employee_no})" if c.employee_no else c.name
                it = QListWidgetItem(label)
                it.setData(Qt.ItemDataRole.UserRole, c.id)
                it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                it.setCheckState(Qt.CheckState.Checked if c.id in assigned else Qt.CheckState.Unchecked)
                self.team.addItem(it)
            for a in self.service.approvers(branch_id):
                self.approver.addItem(f"{a.name} ({a.employee_no})" if a.employee_no else a.name, a.id)
        if self.can_approve:
            self.approver.setVisible(False)
        self.address.blockSignals(False)
        self.team.blockSignals(False)

    def compliant_defaults(self) -> None:
        """Make the compliant visit the easy one: complete the team with a colleague of the case's collector
        and start at the first slot that satisfies every rule for that team (the user may change both)."""
        chosen = list(self.members())
        try:
            need = self.service.policy().min_team
        except ServiceError:
            return
        if not chosen or len(chosen) >= need:
            return
        for i in range(self.team.count()):
            item = self.team.item(i)
            partner = item.data(Qt.ItemDataRole.UserRole)
            if partner in chosen:
                continue
            team = tuple(chosen + [partner])[:need]
            try:
                found = self.service.suggest(self.case_ids[0], team, days=14, duration_min=60, limit=1,
                                             visit_id=self.visit_id)
            except ServiceError:
                return
            if found:
                item.setCheckState(Qt.CheckState.Checked)
                s, e = found[0]
                self._duration = e - s
                self.date.setDate(QDate(s.year, s.month, s.day))
                self.start_time.setTime(QTime(s.hour, s.minute))
                self.end_time.setTime(QTime(e.hour, e.minute))
                return

    def _set_address(self, address: str, kind: str) -> None:
        for i in range(self.address.count()):
            data = self.address.itemData(i)
            if isinstance(data, tuple) and data[1] == address:
                self.address.setCurrentIndex(i)
                return
        self.address.setCurrentIndex(self.address.findData(NEW_ADDRESS))
        self.new_address.setText(address)

    def search_cases(self) -> None:
        from desktop.services.caselist import CaseListService, CaseQuery

        text = self.case_search.text().strip()
        self.case_pick.clear()
        if not text:
            return
        try:
            rows = CaseListService(self.db, self.actor).page(CaseQuery(text=text), limit=30)
        except ServiceError as e:
            show_error(self, e)
            return
        for r in rows:
            self.case_pick.addItem(f"{r.contract_no} · {r.customer_name} · {money(r.overdue_total)}", r.id)
        if rows:
            self.case_pick.setCurrentIndex(0)
            if len(rows) == 1:
                self._case_picked(0)
            else:
                self.case_pick.showPopup()
        else:
            self.case_pick.addItem(self.tr("No open case matches"), None)

    def _case_picked(self, index: int) -> None:
        cid = self.case_pick.itemData(index)
        if cid is None:
            return
        self.case_ids = [cid]
        self._load_case()
        self._address_kind_changed()
        self.schedule_check()

    # ---------------------------------------------------------------------------------------- reactions
    def _start_moved(self) -> None:
        """Moving the start keeps the visit's length."""
        start = self.start_dt()
        end = start + self._duration
        self.end_time.blockSignals(True)
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.end_time.blockSignals(False)
        self.schedule_check()

    def _address_kind_changed(self) -> None:
        new = self.address.currentData() == NEW_ADDRESS
        self.new_address.setVisible(new)
        if new:
            self.new_address.setFocus()

    def _notice_toggled(self, on: bool) -> None:
        self.notice_channel.setEnabled(on)
        self.notice_at.setEnabled(on)

    def schedule_check(self) -> None:
        self.timer.start()

    # ---------------------------------------------------------------------------------------- drafts
    def start_dt(self) -> datetime:
        return datetime.combine(self.date.date().toPython(), self.start_time.time().toPython().replace(second=0))

    def end_dt(self) -> datetime:
        return datetime.combine(self.date.date().toPython(), self.end_time.time().toPython().replace(second=0))

    def members(self) -> tuple[int, ...]:
        return tuple(self.team.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.team.count())
                     if self.team.item(i).checkState() == Qt.CheckState.Checked)

    def _address_for(self, case_id: int) -> tuple[str, str]:
        data = self.address.currentData()
        if data == NEW_ADDRESS:
            return "other", self.new_address.text().strip()
        if isinstance(data, tuple):
            return data
        choices = self._addresses.get(case_id) or []
        home = [a for a in choices if a.kind == "home"] or choices
        return (home[0].kind, home[0].address) if home else ("home", "")

    def approved_by(self) -> int | None:
        if not self.approve.isChecked() or not self.approve.isEnabled():
            return None
        return self.actor.user_id if self.can_approve else self.approver.currentData()

    def drafts(self) -> list[Any]:
        from desktop.services.visits import VisitDraft

        start, end = self.start_dt(), self.end_dt()
        self._duration = max(timedelta(minutes=15), end - start) if end > start else self._duration
        step = (end - start) + TRAVEL_GAP if end > start else timedelta(hours=1, minutes=30)
        notice_at = self.notice_at.dateTime().toPython().replace(second=0, microsecond=0) \
            if self.notice_sent.isChecked() else None
        out = []
        for k, cid in enumerate(self.case_ids):
            kind, address = self._address_for(cid)
            out.append(VisitDraft(
                case_id=cid, start=start + k * step, end=end + k * step, member_ids=self.members(),
                address=address, address_kind=kind, purpose=self.purpose.text().strip(),
                notice_at=notice_at, notice_channel=self.notice_channel.currentData() if notice_at else None,
                customer_agreed_outside_window=self.agreed_window.isChecked() and self.agreed_window.isEnabled(),
                customer_agreed_weekend=self.agreed_weekend.isChecked() and self.agreed_weekend.isEnabled(),
                approved_by_id=self.approved_by(),
                override_reason=self.override_reason.text().strip(),
            ))
        return out

    # ---------------------------------------------------------------------------------------- checking
    def run_check(self) -> None:
        """Check every draft now and show all violated rules (the debounce timer calls this)."""
        self.timer.stop()
        self.results = []
        if self.case_ids:
            try:
                for d in self.drafts():
                    self.results.append((d.case_id, self.service.check(d, visit_id=self.visit_id)))
            except ServiceError as e:
                self.results = []
                self._show_panel(error=str(e))
                return
        self._update_overrides()
        self._show_panel()

    def rule_ids(self) -> set[str]:
        return {v.rule_id for _, r in self.results for v in r.violations}

    def unresolved_ids(self) -> set[str]:
        return {v.rule_id for _, r in self.results for v in r.unresolved}

    def _update_overrides(self) -> None:
        from desktop.services.compliance import SUPERVISOR_APPROVAL

        ids = self.rule_ids()
        need_approval = any(SUPERVISOR_APPROVAL in v.override_requires for _, r in self.results for v in r.violations)
        for box, rule in ((self.agreed_window, "visiting_window"), (self.agreed_weekend, "weekend")):
            box.setEnabled(rule in ids)
        self.approve.setEnabled(need_approval)
        self.approver.setEnabled(need_approval and not self.can_approve)
        self.override_reason.setEnabled(need_approval or "weekend" in ids)
        if need_approval and not self.can_approve and self.approver.count() == 0:
            self.approval_note.setText(self.tr("No supervisor of this branch can approve: choose another time."))
        elif need_approval and not self.can_approve:
            self.approval_note.setText(self.tr("Record the supervisor who approved the exception; "
                                               "the approval is audited with your name."))
        elif need_approval:
            self.approval_note.setText(self.tr("Your approval and its reason are audited."))
        else:
            self.approval_note.setText(self.tr("Only needed for a visit outside the visiting window or at a weekend."))

    def _show_panel(self, error: str | None = None) -> None:
        self.violations.clear()
        multi = len(self.results) > 1
        brief = {cid: self._briefs.get(cid) for cid, _ in self.results}
        blocking = 0
        warnings = 0
        for cid, r in self.results:
            prefix = f"{brief[cid].contract_no}：" if multi and brief.get(cid) else ""
            for v in r.violations:
                if v.overridden:
                    head = self.tr("Allowed by exception")
                    color = "#2e7d32"
                else:
                    blocking += 1
                    head = self.tr("Must fix") if v.severity == "hard" else self.tr("Needs agreement or approval")
                    color = "#c62828" if v.severity == "hard" else "#ef6c00"
                message, fix = violation_texts(v)
                it = QListWidgetItem(head + " · " + prefix + message + "\n→ " + self.tr("Fix: %1").replace("%1", fix))
                it.setData(Qt.ItemDataRole.UserRole, v.rule_id)
                it.setForeground(QColor(color))
                it.setToolTip(v.rule_id)
                self.violations.addItem(it)
            for w in r.warnings:
                if w.code == "notice_future":  # saving refuses it: a notice is recorded once it was given
                    blocking += 1
                    it = QListWidgetItem(self.tr("Must fix") + " · " + prefix + warning_text(w))
                    it.setForeground(QColor("#c62828"))
                else:
                    warnings += 1
                    it = QListWidgetItem(self.tr("Note") + " · " + prefix + warning_text(w))
                    it.setForeground(QColor("#5a6475"))
                it.setData(Qt.ItemDataRole.UserRole, f"warning:{w.code}")
                self.violations.addItem(it)
        if error:
            self.verdict.setText(error)
            self.verdict.setStyleSheet("color: #c62828;")
        elif not self.case_ids:
            self.verdict.setText(self.tr("Choose a case first."))
            self.verdict.setStyleSheet("color: #5a6475;")
        elif blocking:
            self.verdict.setText(self.tr("%n rule(s) broken — fix them to save.", "", blocking))
            self.verdict.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.verdict.setText(self.tr("✓ Every rule is met."))
            self.verdict.setStyleSheet("color: #2e7d32; font-weight: bold;")
        ok = bool(self.results) and not blocking and not error and self.visit_editable()
        self.save_btn.setEnabled(ok)
        if multi:
            self.schedule_label.setText(self.tr("One visit per case: %1").replace("%1", "；".join(
                f"{brief[cid].contract_no if brief.get(cid) else cid} {d.start:%H:%M}–{d.end:%H:%M}"
                for (cid, _), d in zip(self.results, self._last_drafts(), strict=False))))
        self.schedule_label.setVisible(multi)

    def _last_drafts(self) -> list[Any]:
        try:
            return self.drafts()
        except ServiceError:
            return []

    def visit_editable(self) -> bool:
        return self.info is None or getattr(self.info, "status", "planned") in ("planned", "notified")

    # ---------------------------------------------------------------------------------------- suggestions
    def suggest(self) -> None:
        self.slots.clear()
        self.slots_label.setVisible(True)
        self.slots.setVisible(True)
        if not self.case_ids:
            self.slots.addItem(self.tr("Choose a case first."))
            return
        start, end = self.start_dt(), self.end_dt()
        minutes = max(15, int((end - start).total_seconds() // 60)) if end > start else 60
        try:
            # editing: the visit itself is not "another visit of the case" (the 7-day rule would push it away)
            found = self.service.suggest(self.case_ids[0], self.members(), days=14, duration_min=minutes, limit=10,
                                         visit_id=self.visit_id)
        except ServiceError as e:
            show_error(self, e)
            return
        if not found:
            self.slots.addItem(self.tr("No compliant slot in the next 14 days for this team — "
                                       "check the rules listed above or choose other collectors."))
            return
        locale = self.locale()
        for s, e in found:
            day = locale.dayName(s.isoweekday(), locale.FormatType.ShortFormat)
            it = QListWidgetItem(f"{s:%Y-%m-%d} {day}  {s:%H:%M}–{e:%H:%M}")
            it.setData(Qt.ItemDataRole.UserRole, (s, e))
            self.slots.addItem(it)

    def use_slot(self, item: QListWidgetItem) -> None:
        slot = item.data(Qt.ItemDataRole.UserRole)
        if not slot:
            return
        s, e = slot
        self._duration = e - s
        self.date.setDate(QDate(s.year, s.month, s.day))
        self.start_time.setTime(QTime(s.hour, s.minute))
        self.end_time.setTime(QTime(e.hour, e.minute))
        self.run_check()

    # ---------------------------------------------------------------------------------------- saving
    def save(self) -> None:
        from desktop.services.visits import VisitRefused

        self.run_check()
        if not self.save_btn.isEnabled():
            return
        drafts = self.drafts()
        try:
            if self.visit_id is not None:
                self.service.update(self.visit_id, self.info.version, drafts[0])
                self.saved_ids = [self.visit_id]
            elif len(drafts) == 1:
                self.saved_ids = [self.service.create(drafts[0])]
            else:  # several cases: all visits are saved, or none
                self.saved_ids = self.service.create_many(drafts)
        except VisitRefused as e:
            QMessageBox.warning(self, self.tr("The visit was not saved"), refusal_text(e))
            self.run_check()
            return
        except ServiceError as e:
            show_error(self, e)
            self.run_check()
            return
        self.accept()


def open_visit_dialog(parent: QWidget | None, db: Database, actor: Actor, case_ids: list[int],
                      start: datetime | None = None, visit_id: int | None = None, *,
                      clock: Clock | None = None) -> bool:
    """Plan a visit for each of ``case_ids`` (same team, consecutive slots) or edit ``visit_id``; True if saved.

    With no case the dialog asks for one (search by contract number or name). ``start`` preselects the slot.
    """
    try:
        dlg = VisitDialog(db, actor, case_ids, start, visit_id, parent, clock=clock)
    except ServiceError as e:
        show_error(parent, e)
        return False
    return dlg.exec() == QDialog.DialogCode.Accepted

