"""分期还款计划 builder (the schedule updates as the terms change, affordability and approval shown before
saving) and the approvals list for supervisors and managers.

Entry points: ``open_plan_builder(parent, db, actor, case_id) -> bool`` and
``open_plan_approvals(parent, db, actor) -> bool``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.plans import PendingPlan, PlanContext, PlanQuote, PlanResult, PlanService, quote
from desktop.views.common import error_text, fmt_date, fmt_dt, money, show_error

WARN_BG = QColor("#fdecea")
DOWN_BG = QColor("#eef3fb")


def _item(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    it.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return it


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _money_field(name: str, text: str = "", placeholder: str = "0.00") -> QLineEdit:
    e = QLineEdit(text)
    e.setObjectName(name)
    e.setPlaceholderText(placeholder)
    e.setAlignment(Qt.AlignmentFlag.AlignRight)
    e.setMaxLength(20)
    return e


class PlanLabels:
    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanLabels", text)

    def approval(self, level: str | None) -> str:
        return {"supervisor": self.tr("Needs a supervisor's approval"),
                "manager": self.tr("Needs a manager's approval")}.get(level or "", self.tr("No approval needed"))

    def level(self, level: str | None) -> str:
        return {"supervisor": self.tr("Supervisor"), "manager": self.tr("Manager")}.get(level or "", "")

    def frequency(self, code: str | None) -> str:
        return {"monthly": self.tr("Monthly"), "biweekly": self.tr("Every two weeks"),
                "once": self.tr("Once")}.get(code or "", code or "")

    def strategy(self, code: str) -> str:
        return {"visit": self.tr("On-site visit"), "phone": self.tr("Phone follow-up"),
                "installment": self.tr("Installment plan"), "settlement": self.tr("Settlement with waiver"),
                "legal": self.tr("Legal referral")}.get(code, code)


class PlanBuilderDialog(QDialog):
    """Terms on the left, the schedule on the right; every change re-quotes (no database access)."""

    def __init__(self, service: PlanService, ctx: PlanContext, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.ctx = ctx
        self.names = PlanLabels()
        self.quote: PlanQuote | None = None
        self.result: PlanResult | None = None
        self._withdrawn = False  # the plan that blocked this one was taken back here
        self.setWindowTitle(self.tr("Installment plan — %1").replace("%1", ctx.customer_name))
        self.resize(1080, 660)

        title = QLabel(f"{ctx.customer_name} · {ctx.contract_no}")
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        debt = QLabel(self.tr("Overdue principal %1 · interest %2 · penalty %3 · total %4 (as of %5)")
                      .replace("%1", money(ctx.overdue_principal)).replace("%2", money(ctx.overdue_interest))
                      .replace("%3", money(ctx.penalty_interest)).replace("%4", money(ctx.overdue_total))
                      .replace("%5", fmt_date(ctx.data_date) or "—"))
        debt.setObjectName("debt")
        debt.setWordWrap(True)
        debt.setStyleSheet("color: #394150;")

        # --- terms
        self.amount = _money_field("amount", f"{ctx.overdue_total:.2f}")
        self.down = _money_field("down", "")
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(2, 36)
        self.count.setValue(6)
        self.count.setSuffix(self.tr(" installments"))
        self.frequency = QComboBox()
        self.frequency.setObjectName("frequency")
        self.frequency.addItem(self.names.frequency("monthly"), "monthly")
        self.frequency.addItem(self.names.frequency("biweekly"), "biweekly")
        self.first_due = QDateEdit(_qdate(ctx.today + timedelta(days=7)))
        self.first_due.setObjectName("firstDue")
        self.first_due.setCalendarPopup(True)
        self.first_due.setDisplayFormat("yyyy-MM-dd")
        self.first_due.setMinimumDate(_qdate(ctx.today))
        self.capacity = _money_field("capacity", "", self.tr("What he says he can pay a month"))
        terms = QGroupBox(self.tr("Terms"))
        form = QFormLayout(terms)
        form.addRow(self.tr("Amount to repay"), self.amount)
        form.addRow(self.tr("Down payment"), self.down)
        form.addRow(self.tr("Number of installments"), self.count)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("First due date"), self.first_due)
        form.addRow(self.tr("Monthly capacity"), self.capacity)

        self.waiver_interest = _money_field("waiverInterest")
        self.waiver_penalty = _money_field("waiverPenalty")
        self.waiver_principal = _money_field("waiverPrincipal")
        waivers = QGroupBox(self.tr("Waivers (减免)"))
        wform = QFormLayout(waivers)
        wform.addRow(self.tr("Interest (up to %1)").replace("%1", money(ctx.overdue_interest)), self.waiver_interest)
        wform.addRow(self.tr("Penalty (up to %1)").replace("%1", money(ctx.penalty_interest)), self.waiver_penalty)
        wform.addRow(self.tr("Principal (up to %1)").replace("%1", money(ctx.overdue_principal)),
                     self.waiver_principal)
        self.goals = QPlainTextEdit()
        self.goals.setObjectName("goals")
        self.goals.setPlaceholderText(self.tr("Goals, e.g. keep the plan for three months, then review"))
        self.goals.setMaximumHeight(64)

        left = QVBoxLayout()
        left.addWidget(terms)
        left.addWidget(waivers)
        left.addWidget(QLabel(self.tr("Goals")))
        left.addWidget(self.goals)
        left.addStretch(1)

        # --- schedule and summary
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("schedule")
        self.table.setHorizontalHeaderLabels([self.tr("Installment"), self.tr("Due date"), self.tr("Amount"),
                                              self.tr("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        head = self.table.horizontalHeader()
        for c, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                  QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            head.setSectionResizeMode(c, mode)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.approval = QLabel()
        self.approval.setObjectName("approval")
        self.approval.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b71c1c;")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        schedule = QGroupBox(self.tr("Schedule"))
        sbox = QVBoxLayout(schedule)
        sbox.addWidget(self.table, 1)
        sbox.addWidget(self.summary)
        sbox.addWidget(self.approval)
        sbox.addWidget(self.warnings)
        sbox.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("Save plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("save")
        self.save.setShortcut(QKeySequence("Ctrl+S"))
        self.save.setToolTip(self.tr("Save plan (Ctrl+S)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.save.clicked.connect(self._save)
        cancel.clicked.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addWidget(schedule, 6)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(debt)
        if ctx.live_money_plan is not None:
            block = QLabel("⚠ " + self.tr("This case already has a pending or active plan (#%1): reject or withdraw it, "
                                          "or wait until it ends, before making a new one.")
                           .replace("%1", str(ctx.live_money_plan)))
            block.setObjectName("blocked")
            block.setWordWrap(True)
            block.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.block = block
            self.withdraw_btn = QPushButton(self.tr("Withdraw plan #%1…").replace("%1", str(ctx.live_money_plan)))
            self.withdraw_btn.setObjectName("withdraw")
            self.withdraw_btn.clicked.connect(self._withdraw)
            self._blocking = None
            try:  # the author may take back his own pending plan here (others use the approvals list)
                live = self.service.plan(ctx.live_money_plan).summary
                me = getattr(self.service.actor, "name", None)
                if live.status == "pending" and live.created_by == me:
                    self._blocking = live
            except ServiceError:
                pass
            self.withdraw_btn.setVisible(self._blocking is not None)
            row = QHBoxLayout()
            row.addWidget(block, 1)
            row.addWidget(self.withdraw_btn)
            outer.addLayout(row)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)

        for e in (self.amount, self.down, self.capacity, self.waiver_interest, self.waiver_penalty,
                  self.waiver_principal):
            e.textChanged.connect(self._requote)
        self.count.valueChanged.connect(self._requote)
        self.frequency.currentIndexChanged.connect(self._requote)
        self.first_due.dateChanged.connect(self._requote)
        self._requote()

    # ------------------------------------------------------------------------------------------
    def _terms(self) -> dict:
        return dict(amount=self.amount.text().strip(), down_payment=self.down.text().strip() or "0",
                    count=self.count.value(), frequency=self.frequency.currentData(),
                    first_due=_pydate(self.first_due.date()), monthly_capacity=self.capacity.text().strip() or None,
                    waiver_interest=self.waiver_interest.text().strip() or "0",
                    waiver_penalty=self.waiver_penalty.text().strip() or "0",
                    waiver_principal=self.waiver_principal.text().strip() or "0")

    def _requote(self) -> None:
        try:
            q = quote(self.ctx, **self._terms())
        except ServiceError as e:
            self.quote = None
            self.error.setText(error_text(e))
            self.save.setEnabled(False)
            # no schedule while the terms are wrong: the last good one would read as what gets saved
            self.table.setRowCount(0)
            for label in (self.summary, self.approval, self.warnings):
                label.setText("")
            return
        self.quote = q
        self.error.setText("")
        self._fill(q)
        self.save.setEnabled(self.ctx.live_money_plan is None or self._withdrawn)

    def _why_manager(self, q: PlanQuote) -> str:
        """Why a plan needs the manager: a principal waiver, or a waiver above the manager's share."""
        if q.approval_level != "manager":
            return ""
        if q.waiver_principal > 0:
            return self.tr(" (it waives principal)")
        covered = q.covered_principal + q.covered_interest + q.covered_penalty
        if covered <= 0:
            return ""
        share = q.waiver_total / covered * 100
        return self.tr(" (the waiver is %1 % of the amount, above %2 %)").replace("%1", f"{share:.1f}").replace(
            "%2", f"{self.ctx.manager_share * 100:.0f}")

    def _fill(self, q: PlanQuote) -> None:
        flagged = {n for m in q.over_capacity for n in m.installment_nos}
        self.table.setRowCount(len(q.schedule))
        right = Qt.AlignmentFlag.AlignRight
        for r, inst in enumerate(q.schedule):
            no = self.tr("Down payment") if inst.no == 0 else str(inst.no)
            note = ""
            bg = None
            if inst.no == 0:
                bg = DOWN_BG
            if inst.no in flagged:
                note = "⚠ " + self.tr("Above monthly capacity")
                bg = WARN_BG
            cells = (_item(no), _item(fmt_date(inst.due_date)), _item(money(inst.amount), right), _item(note))
            for c, it in enumerate(cells):
                if bg is not None:
                    it.setBackground(bg)
                self.table.setItem(r, c, it)
        waived = q.waiver_total
        text = self.tr("To repay %1 in %2 installments (%3)").replace("%1", money(q.payable)) \
            .replace("%2", str(q.count)).replace("%3", self.names.frequency(q.frequency))
        if q.down_payment:
            text += self.tr(", %1 down").replace("%1", money(q.down_payment))
        if waived:
            text += self.tr("; waiver %1").replace("%1", money(waived))
        self.summary.setText(text)
        booked = self.ctx.booked_visits
        if self.ctx.live_money_plan is not None and not self._withdrawn:
            self.approval.setText("")  # it cannot be saved while the other plan is live (said above)
        elif q.approval_level:
            self.approval.setText("● " + self.names.approval(q.approval_level)
                                  + self._why_manager(q)
                                  + self.tr(": the plan stays pending until it is approved.")
                                  + ("\n" + self.tr("The %n visit(s) booked for this case will be called off when it "
                                                     "is approved.", "", booked) if booked else ""))
            self.approval.setStyleSheet("color: #8a4b00; font-weight: bold;")
        else:
            self.approval.setText("✓ " + self.tr("No waiver: the plan is active as soon as it is saved.")
                                  + ("\n" + self.tr("The %n visit(s) booked for this case will be called off.", "",
                                                     booked) if booked else ""))
            self.approval.setStyleSheet("color: #2e7d32;")
        if q.over_capacity:
            names = [f"{m.year}-{m.month:02d}" for m in q.over_capacity]
            months = self.tr(", ").join(names) if len(names) <= 3 else self.tr("%1 months, %2 to %3") \
                .replace("%1", str(len(names))).replace("%2", names[0]).replace("%3", names[-1])
            self.warnings.setText("⚠ " + self.tr("Above the monthly capacity of %1 in %2 — the customer may not "
                                                 "keep this plan.").replace("%1", money(q.monthly_capacity))
                                  .replace("%2", months))
        else:
            self.warnings.setText("")

    def _withdraw(self) -> None:
        live = self._blocking
        if live is None or QMessageBox.question(
                self, self.tr("Withdraw plan"),
                self.tr("Withdraw your pending plan #%1? It will not be approved; you can then save a new one.")
                .replace("%1", str(live.id))) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.withdraw(live.id, expected_version=live.version)
        except ServiceError as e:
            show_error(self, e)
            return
        self._blocking = None
        self._withdrawn = True
        self.withdraw_btn.setVisible(False)
        self.block.setText("✓ " + self.tr("Plan #%1 withdrawn: the new plan can be saved.").replace("%1", str(live.id)))
        self.block.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self._requote()

    def _save(self) -> None:
        t = self._terms()
        try:
            self.result = self.service.create_installment_plan(
                self.ctx.case_id, t["amount"], t["down_payment"], t["count"], t["frequency"], t["first_due"],
                t["monthly_capacity"], t["waiver_interest"], t["waiver_penalty"], t["waiver_principal"],
                self.goals.toPlainText(), expected_version=self.ctx.case_version)
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


def open_plan_builder(parent: QWidget | None, db: Database, actor: Actor, case_id: int) -> bool:
    """Build an installment plan for a case; True when a plan was saved."""
    service = PlanService(db, actor)
    try:
        ctx = service.context(case_id)
    except ServiceError as e:
        show_error(parent, e)
        return False
    dlg = PlanBuilderDialog(service, ctx, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted and dlg.result is not None
    if ok:
        if dlg.result.status == "pending":
            _status(parent, QCoreApplication.translate("PlanBuilderDialog", "Plan saved and pending approval."))
        elif dlg.result.cancelled_visits:
            _status(parent, QCoreApplication.translate(
                "PlanBuilderDialog", "Plan saved and active; %n booked visit(s) of this case called off.", None,
                dlg.result.cancelled_visits))
        else:
            _status(parent, QCoreApplication.translate("PlanBuilderDialog", "Plan saved and active."))
    return ok


# --------------------------------------------------------------------------------------------------
# Approvals
# --------------------------------------------------------------------------------------------------
class PlanApprovalsDialog(QDialog):
    """Pending plans in the actor's scope: the schedule of the selected one, approve or send back."""

    def __init__(self, service: PlanService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.names = PlanLabels()
        self.rows: list[PendingPlan] = []
        self.changed = False
        self.setWindowTitle(self.tr("Plans waiting for approval"))
        self.resize(1200, 600)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("pending")
        self.table.setHorizontalHeaderLabels([
            self.tr("Contract no."), self.tr("Customer"), self.tr("Branch"), self.tr("Plan"), self.tr("To repay"),
            self.tr("Waiver"), self.tr("Approval"), self.tr("Made by"), self.tr("Made at")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No plan is waiting for approval."))
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet("color: #5a6475;")
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("detail")
        self.detail.setHorizontalHeaderLabels([self.tr("Installment"), self.tr("Due date"), self.tr("Amount")])
        self.detail.verticalHeader().setVisible(False)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # "Down payment" in full; the dates and amounts share the rest
        self.detail.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b71c1c;")
        self.approve_btn = QPushButton(self.tr("Approve"))
        self.approve_btn.setObjectName("approve")
        self.approve_btn.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_btn.setToolTip(self.tr("Approve (Ctrl+Enter)"))
        self.reject_btn = QPushButton(self.tr("Send back…"))
        self.reject_btn.setObjectName("reject")
        close = QPushButton(self.tr("Close"))
        self.approve_btn.clicked.connect(self._approve)
        self.reject_btn.clicked.connect(self._reject)
        close.clicked.connect(self.accept)

        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.info)
        sv.addWidget(self.detail, 1)
        sv.addWidget(self.note)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table, 1)
        tv.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(top)
        split.addWidget(side)
        split.setSizes([820, 360])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve_btn)
        buttons.addWidget(self.reject_btn)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(split, 1)
        outer.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = self.service.pending_approvals()
        except ServiceError as e:
            show_error(self, e)
            self.rows = []
        self.table.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight
        for r, p in enumerate(self.rows):
            cells = (_item(p.contract_no), _item(p.customer_name), _item(p.branch), _item(self.names.strategy(p.strategy)),
                     _item(money(p.total_amount), right), _item(money(p.waiver_total), right),
                     _item(self.names.level(p.approval_level)), _item(p.created_by or ""), _item(fmt_dt(p.created_at)))
            for c, it in enumerate(cells):
                if not p.can_approve:
                    it.setForeground(QColor("#7a8290"))
                self.table.setItem(r, c, it)
        self.heading.setText(self.tr("Plans waiting for approval: %1").replace("%1", str(len(self.rows))))
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)
        self._selected()

    def _current(self) -> PendingPlan | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _selected(self) -> None:
        p = self._current()
        self.approve_btn.setEnabled(bool(p and p.can_approve))
        self.reject_btn.setEnabled(bool(p and p.can_approve))
        self.detail.setRowCount(0)
        if p is None:
            self.info.setText("")
            self.note.setText("")
            return
        parts = [self.tr("Interest %1").replace("%1", money(p.waiver_interest)) if p.waiver_interest else "",
                 self.tr("Penalty %1").replace("%1", money(p.waiver_penalty)) if p.waiver_penalty else "",
                 self.tr("Principal %1").replace("%1", money(p.waiver_principal)) if p.waiver_principal else ""]
        self.info.setText(self.tr("%1 · %2\nWaiver: %3").replace("%1", p.customer_name).replace("%2", p.contract_no)
                          .replace("%3", self.tr(", ").join(x for x in parts if x)))
        # the debt the waiver is measured against, and how long it has been overdue
        debt = self.tr("Overdue total %1 · %n day(s) past due", "", p.dpd).replace("%1", money(p.overdue_total))
        if p.waiver_share is not None and p.waiver_total:
            debt += self.tr(" · the waiver is %1 of it").replace("%1", f"{p.waiver_share * 100:.1f} %")
        self.info.setText(self.info.text() + "\n" + debt)
        self.note.setText(("✗ " + p.why_not) if p.why_not else "")
        try:
            detail = self.service.plan(p.id)
        except ServiceError as e:
            show_error(self, e)
            return
        extra = []  # what the author saw when making the plan: the approver decides on the same facts
        if detail.summary.goals:
            extra.append(self.tr("Goals: %1").replace("%1", detail.summary.goals))
        if detail.monthly_capacity is not None:
            from desktop.services.installments import affordability

            over = affordability(detail.installments, detail.monthly_capacity)
            if over:
                extra.append("⚠ " + self.tr("Above the customer's monthly capacity of %1 in %n month(s).", "", len(over))
                             .replace("%1", money(detail.monthly_capacity)))
        if extra:
            self.info.setText(self.info.text() + "\n" + "\n".join(extra))
        bold = QFont()
        bold.setBold(True)
        self.detail.setRowCount(len(detail.installments) + 1)
        right = Qt.AlignmentFlag.AlignRight
        for r, i in enumerate(detail.installments):
            no = self.tr("Down payment") if i.no == 0 else str(i.no)
            self.detail.setItem(r, 0, _item(no))
            self.detail.setItem(r, 1, _item(fmt_date(i.due_date)))
            self.detail.setItem(r, 2, _item(money(i.amount), right))
        total = _item(money(p.total_amount), right)
        total.setFont(bold)
        label = _item(self.tr("Total"))
        label.setFont(bold)
        n = len(detail.installments)
        self.detail.setItem(n, 0, label)
        self.detail.setItem(n, 1, _item(""))
        self.detail.setItem(n, 2, total)

    def _approve(self) -> None:
        p = self._current()
        if p is None:
            return
        if p.waiver_total > 0:  # money the company gives up: asked once more, naming it
            text = self.tr("Approve the plan for %1 (%2) and waive %3 of the debt?").replace(
                "%1", p.customer_name).replace("%2", p.contract_no).replace("%3", money(p.waiver_total))
            if p.waiver_principal > 0:
                text += " " + self.tr("This includes %1 of principal.").replace("%1", money(p.waiver_principal))
            if QMessageBox.question(self, self.tr("Approve plan"), text) != QMessageBox.StandardButton.Yes:
                return
        try:
            done = self.service.approve(p.id, expected_version=p.version)
        except ServiceError as e:
            show_error(self, e)
            self.reload()
            return
        self.changed = True
        if done.cancelled_visits:
            _status(self.parent(), self.tr("Plan approved: %1; %n booked visit(s) called off.", "",
                                           done.cancelled_visits).replace("%1", p.contract_no))
        else:
            _status(self.parent(), self.tr("Plan approved: %1.").replace("%1", p.contract_no))
        self.reload()

    def _reject(self) -> None:
        p = self._current()
        if p is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Send the plan back"),
                                          self.tr("Why? (the author sees it and corrects the plan)"))
        if not ok:
            return
        try:
            self.service.reject(p.id, reason, expected_version=p.version)
        except ServiceError as e:
            show_error(self, e)
            return
        self.changed = True
        self.reload()


def open_plan_approvals(parent: QWidget | None, db: Database, actor: Actor) -> bool:
    """The approvals list; True when a plan was approved or sent back."""
    service = PlanService(db, actor)
    try:
        service.count_pending()  # the permission, checked before the window opens
    except ServiceError as e:
        show_error(parent, e)
        return False
    dlg = PlanApprovalsDialog(service, parent)
    dlg.exec()
    return dlg.changed


__all__ = ["PlanApprovalsDialog", "PlanBuilderDialog", "open_plan_approvals", "open_plan_builder"]
