"""The outcome form (外访/电话结果), the payment and complaint dialogs, and the customer timeline widget.

Entry points for the case detail and the worklist (``handler(parent, case_id) -> bool``):
:func:`open_outcome_dialog`, :func:`open_payment_dialog`, :func:`open_complaint_dialog`; and
:class:`TimelineWidget` (``TimelineWidget(db, actor).show_case(case_id)``).
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.outcomes import (
    ATTITUDE_LABELS,
    MET_LABELS,
    NEXT_ACTION_LABELS,
    OutcomeForm,
    OutcomeInput,
    OutcomeService,
    ResultCodeRow,
)
from desktop.services.payments import PAYMENT_CHANNELS, PaymentService
from desktop.services.scorecard import ABILITY_LABELS, WILLINGNESS_LABELS
from desktop.services.timeline import TIMELINE_KINDS, TimelineEntry, TimelineService
from desktop.services.validators import parse_money
from desktop.views.common import fmt_date, fmt_dt, labels, money, show_error
from desktop.views.followup_labels import KIND_COLORS, fl
from desktop.views.theme import current_language
from desktop.views.timeline_texts import detail_in_english


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_edit(value: date, minimum: date | None = None, maximum: date | None = None) -> QDateEdit:
    w = QDateEdit(_qdate(value))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    if minimum:
        w.setMinimumDate(_qdate(minimum))
    if maximum:
        w.setMaximumDate(_qdate(maximum))
    return w


def _visit_text(v) -> str:  # noqa: ANN001
    return f"{fmt_dt(v.start_at)} · {v.address}" + (f"（{v.team}）" if v.team else "")


# ------------------------------------------------------------------------------------------ outcome
_VISIT_ONLY = frozenset({"not_home", "moved"})  # nobody at the door, address gone: a visit's results
_PHONE_ONLY = frozenset({"no_answer"})  # nobody picked up: a call's result


class OutcomeDialog(QDialog):
    """The outcome form. ``saved`` holds the service's answer after a successful save."""

    def __init__(self, service: OutcomeService, form: OutcomeForm, visit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.form = form
        self.saved = None
        L = fl()  # noqa: N806
        self.setWindowTitle(self.tr("Log contact — %1").replace("%1", form.customer_name))
        self.setObjectName("outcomeDialog")
        head = QLabel(self.tr("%1 · contract %2 · overdue %3 · %4").replace("%1", form.customer_name)
                      .replace("%2", form.contract_no).replace("%3", money(form.overdue_total))
                      .replace("%4", labels().status(form.status)))
        head.setStyleSheet("font-weight: bold; font-size: 11pt;")
        head.setWordWrap(True)

        # ---- contact
        self.contact = QComboBox()
        self.contact.setObjectName("contact")
        self.contact.addItem(self.tr("Phone contact"), None)
        for v in form.visits:
            self.contact.addItem(self.tr("Visit %1").replace("%1", _visit_text(v)), v.id)
        if visit_id is not None:
            i = self.contact.findData(visit_id)
            if i >= 0:
                self.contact.setCurrentIndex(i)
        elif form.visits:
            self.contact.setCurrentIndex(1)
        self.met = QComboBox()
        self.met.setObjectName("met")
        for code in MET_LABELS:
            self.met.addItem(L.met(code), code)
        self.result = QComboBox()
        self.result.setObjectName("result")
        self.codes: dict[str, ResultCodeRow] = {c.code: c for c in form.codes}
        self.result.addItem(self.tr("— choose —"), None)
        for c in form.codes:
            self.result.addItem(L.result(c.code, c.label), c.code)
        self.attitude = QComboBox()
        self.attitude.setObjectName("attitude")
        self.attitude.addItem(self.tr("— choose —"), None)
        for code in ATTITUDE_LABELS:
            self.attitude.addItem(L.attitude(code), code)
        self.willingness = QComboBox()
        self.willingness.setObjectName("willingness")
        self.ability = QComboBox()
        self.ability.setObjectName("ability")
        for box, codes, name in ((self.willingness, WILLINGNESS_LABELS, L.willingness),
                                 (self.ability, ABILITY_LABELS, L.ability)):
            for code in codes:
                box.addItem(name(code), code)
            box.setCurrentIndex(box.findData("unknown"))
        contact_box = QGroupBox(self.tr("This contact"))
        f = QFormLayout(contact_box)
        f.addRow(self.tr("Contact type"), self.contact)
        self.met_label = QLabel(self.tr("Who was met"))
        f.addRow(self.met_label, self.met)
        f.addRow(self.tr("Result"), self.result)
        f.addRow(self.tr("Attitude"), self.attitude)
        f.addRow(self.tr("Willingness to pay"), self.willingness)
        f.addRow(self.tr("Ability to pay"), self.ability)

        # ---- promise
        self.promise_box = QGroupBox(self.tr("Promise to pay"))
        self.promise_box.setObjectName("promiseBox")
        self.amount = QLineEdit()
        self.amount.setObjectName("promiseAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 1500.00"))
        self.due = _date_edit(form.today + timedelta(days=7), form.today, form.today + timedelta(days=form.promise_max_days))
        self.due.setObjectName("promiseDue")
        pf = QFormLayout(self.promise_box)
        pf.addRow(self.tr("Amount (¥)"), self.amount)
        pf.addRow(self.tr("Pay by"), self.due)
        hint = QLabel(self.tr("Within %1 days; the promise is judged from the payments after the due date and the grace day.")
                      .replace("%1", str(form.promise_max_days)))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5a6475;")
        pf.addRow(hint)

        # ---- next step
        self.next_action = QComboBox()
        self.next_action.setObjectName("nextAction")
        self.next_action.addItem(self.tr("— none —"), None)
        for code in NEXT_ACTION_LABELS:
            if code != "none":
                self.next_action.addItem(L.next_action(code), code)
        self.next_date = _date_edit(form.today + timedelta(days=3), form.today)
        self.next_date.setObjectName("nextDate")
        next_box = QGroupBox(self.tr("Next step"))
        nf = QFormLayout(next_box)
        nf.addRow(self.tr("Next action"), self.next_action)
        nf.addRow(self.tr("Next action date"), self.next_date)

        # ---- conduct
        self.conduct_box = QGroupBox(self.tr("Our conduct at the visit"))
        self.conduct_box.setObjectName("conductBox")
        self.id_shown = QCheckBox(self.tr("Work ID shown"))
        self.id_shown.setObjectName("idShown")
        self.recording = QCheckBox(self.tr("Recording on throughout"))
        self.recording.setObjectName("recording")
        self.no_entry = QCheckBox(self.tr("Did not enter without consent"))
        self.no_entry.setObjectName("noEntry")
        self.recording_ref = QLineEdit()
        self.recording_ref.setObjectName("recordingRef")
        self.recording_ref.setPlaceholderText(self.tr("Recording file or device number"))
        cv = QVBoxLayout(self.conduct_box)
        for w in (self.id_shown, self.recording, self.no_entry):
            cv.addWidget(w)
        rr = QFormLayout()
        rr.addRow(self.tr("Recording ref."), self.recording_ref)
        cv.addLayout(rr)
        self.conduct_warning = QLabel(self.tr("⚠ An unticked item is recorded and shown to the supervisor."))
        self.conduct_warning.setWordWrap(True)
        self.conduct_warning.setStyleSheet("color: #b26a00;")
        cv.addWidget(self.conduct_warning)

        # ---- learnt
        learnt = QGroupBox(self.tr("New contact details learnt"))
        self.address_kind = QComboBox()
        self.address_kind.setObjectName("addressKind")
        for code in ("home", "work", "other"):
            self.address_kind.addItem(L.address_kind(code), code)
        self.address = QLineEdit()
        self.address.setObjectName("newAddress")
        self.address.setPlaceholderText(self.tr("New address (kept in the history)"))
        self.phone = QLineEdit()
        self.phone.setObjectName("newPhone")
        self.phone.setPlaceholderText(self.tr("New mobile number (stored encrypted)"))
        lf = QGridLayout(learnt)
        lf.addWidget(self.address_kind, 0, 0)
        lf.addWidget(self.address, 0, 1)
        lf.addWidget(QLabel(self.tr("Mobile")), 1, 0)
        lf.addWidget(self.phone, 1, 1)
        lf.setColumnStretch(1, 1)

        # ---- notes
        notes_box = QGroupBox(self.tr("Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("What the customer said: the real reason, the difficulty, what was agreed."))
        self.notes.setMinimumHeight(90)
        QVBoxLayout(notes_box).addWidget(self.notes)

        left = QVBoxLayout()
        left.addWidget(contact_box)
        left.addWidget(self.promise_box)
        left.addWidget(next_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.conduct_box)
        right.addWidget(learnt)
        right.addWidget(notes_box, 1)
        cols = QHBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        v = QVBoxLayout(self)
        v.addWidget(head)
        v.addLayout(cols, 1)
        v.addWidget(self.buttons)
        self.contact.currentIndexChanged.connect(self._update)
        self.result.currentIndexChanged.connect(self._update)
        self.met.currentIndexChanged.connect(self._update)
        self.next_action.currentIndexChanged.connect(self._update)
        self.resize(900, 620)
        self._update()

    def _code(self) -> ResultCodeRow | None:
        return self.codes.get(self.result.currentData())

    def _update(self) -> None:
        code = self._code()
        self.promise_box.setVisible(bool(code and code.promise))
        is_visit = self.contact.currentData() is not None
        self.conduct_box.setVisible(is_visit)
        # a call is answered, a visit meets someone
        self.met_label.setText(self.tr("Who was met") if is_visit else self.tr("Who answered"))
        self.met.setItemText(self.met.findData("nobody"), fl().met("nobody") if is_visit else self.tr("Nobody answered"))
        nobody = self.met.currentData() == "nobody"
        for w in (self.attitude, self.willingness, self.ability):
            w.setEnabled(not nobody)
        # the built-in results that belong to one kind of contact only are offered for that kind only
        hide = _PHONE_ONLY if is_visit else _VISIT_ONLY
        for i in range(self.result.count()):
            self.result.view().setRowHidden(i, self.result.itemData(i) in hide)
        if self.result.currentData() in hide:
            self.result.setCurrentIndex(0)
        self.next_date.setEnabled(self.next_action.currentData() is not None)

    def build_input(self) -> OutcomeInput:
        code = self._code()
        amount = due = None
        if code is not None and code.promise:
            text = self.amount.text().strip()
            if text:
                try:
                    amount = parse_money(text)
                except ValueError as e:
                    from desktop.services.errors import ValidationError

                    raise ValidationError(self.tr("Promise amount: %1").replace("%1", str(e))) from None
            due = self.due.date().toPython()
        nobody = self.met.currentData() == "nobody"
        is_visit = self.contact.currentData() is not None
        action = self.next_action.currentData()
        return OutcomeInput(
            case_id=self.form.case_id, visit_id=self.contact.currentData(), met=self.met.currentData(),
            result_code=self.result.currentData(), attitude=None if nobody else self.attitude.currentData(),
            willingness=None if nobody else self.willingness.currentData(),
            ability=None if nobody else self.ability.currentData(),
            conduct_id_shown=is_visit and self.id_shown.isChecked(),
            conduct_recording=is_visit and self.recording.isChecked(),
            conduct_no_entry=is_visit and self.no_entry.isChecked(),
            recording_ref=self.recording_ref.text() if is_visit else None, notes=self.notes.toPlainText(),
            new_address=self.address.text(), new_address_kind=self.address_kind.currentData(),
            new_phone=self.phone.text(), next_action=action,
            next_action_date=self.next_date.date().toPython() if action else None,
            promise_amount=amount, promise_due=due)

    def save(self) -> None:
        try:
            self.saved = self.service.record(self.build_input())
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def open_outcome_dialog(parent: QWidget | None, db: Database, actor: Actor, case_id: int,
                        visit_id: int | None = None) -> bool:
    """Show the outcome form for a case (a visit preselected when given); True when an outcome was saved."""
    service = OutcomeService(db, actor)
    try:
        form = service.form(case_id)
    except ServiceError as e:
        show_error(parent, e)
        return False
    dlg = OutcomeDialog(service, form, visit_id, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None
    _status(parent, dlg.saved.message if ok else None)
    if ok and dlg.result.currentData() == "paid":
        # paid during the visit through the company's channel: record the payment with its transaction number
        open_payment_dialog(parent, db, actor, case_id)
    return ok


def _status(parent: QWidget | None, message: str | None) -> None:
    """Success goes to the status bar of the window, not a modal box."""
    if not message or parent is None:
        return
    win = parent.window()
    bar = getattr(win, "statusBar", None)
    if callable(bar):
        bar().showMessage(message, 5000)


# ------------------------------------------------------------------------------------------ payment
class PaymentDialog(QDialog):
    def __init__(self, service: PaymentService, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case_id = case_id
        self.result_ = None
        items = service.open_items(case_id)
        self.overdue_total = items.overdue_total
        today = service.clock.today()
        self.setWindowTitle(self.tr("Record payment — %1").replace("%1", items.customer_name))
        self.setObjectName("paymentDialog")
        head = QLabel(self.tr("%1 · contract %2 · overdue %3").replace("%1", items.customer_name)
                      .replace("%2", items.contract_no).replace("%3", money(items.overdue_total)))
        head.setStyleSheet("font-weight: bold;")
        lines = []
        for _pid, due, amount, paid in items.promises:
            lines.append(self.tr("Promise %1 due %2 (paid %3)").replace("%1", money(amount)).replace("%2", fmt_date(due))
                         .replace("%3", money(paid)))
        for _iid, no, due, amount, paid in items.installments:
            lines.append(self.tr("Installment %1: %2 due %3 (paid %4)").replace("%1", str(no)).replace("%2", money(amount))
                         .replace("%3", fmt_date(due)).replace("%4", money(paid)))
        where = QLabel("\n".join(lines) if lines else self.tr("No open promise or installment: the payment is recorded "
                                                               "against the loan only."))
        where.setObjectName("openItems")
        where.setWordWrap(True)
        rule = QLabel(self.tr("The money goes to open promises first, then to plan installments, oldest first. "
                              "Only payments into the company's account are recorded — never cash."))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #5a6475;")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 1500.00"))
        self.paid_on = _date_edit(today, today - timedelta(days=90), today)
        self.paid_on.setObjectName("paidOn")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for code in PAYMENT_CHANNELS:
            self.channel.addItem(fl().payment_channel(code), code)
        self.txn = QLineEdit()
        self.txn.setObjectName("txn")
        self.txn.setPlaceholderText(self.tr("From the bank or app receipt"))
        form = QFormLayout()
        form.addRow(self.tr("Amount (¥)"), self.amount)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Transaction no."), self.txn)
        box = QGroupBox(self.tr("Open promises and installments"))
        QVBoxLayout(box).addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(head)
        v.addWidget(box)
        v.addLayout(form)
        v.addWidget(rule)
        v.addWidget(buttons)
        self.resize(520, 0)

    def save(self) -> None:
        from desktop.services.errors import ValidationError

        try:
            try:
                amount = parse_money(self.amount.text())
            except ValueError as e:
                raise ValidationError(self.tr("Amount: %1").replace("%1", str(e))) from None
            # more than the overdue total can be right (an early settlement) but is usually a typo: ask once
            if self.overdue_total and amount > self.overdue_total and QMessageBox.question(
                    self, self.tr("Amount above the overdue total"),
                    self.tr("%1 is more than the overdue total of %2. Record it anyway? (Right for an early "
                            "settlement of the outstanding principal; otherwise correct the amount.)")
                    .replace("%1", money(amount)).replace("%2", money(self.overdue_total)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                self.amount.setFocus()
                self.amount.selectAll()
                return
            self.result_ = self.service.record_payment(self.case_id, amount=amount,
                                                       paid_on=self.paid_on.date().toPython(),
                                                       channel=self.channel.currentData(), txn_no=self.txn.text())
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def open_payment_dialog(parent: QWidget | None, db: Database, actor: Actor, case_id: int) -> bool:
    """Record a payment for a case; True when one was saved."""
    try:
        dlg = PaymentDialog(PaymentService(db, actor), case_id, parent)
    except ServiceError as e:
        show_error(parent, e)
        return False
    ok = dlg.exec() == QDialog.DialogCode.Accepted and dlg.result_ is not None
    _status(parent, dlg.result_.message if ok else None)
    return ok


# ------------------------------------------------------------------------------------------ complaint
class ComplaintDialog(QDialog):
    def __init__(self, service: OutcomeService, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case_id = case_id
        self.complaint_id: int | None = None
        form = service.complaint_form(case_id)
        self.setWindowTitle(self.tr("Record complaint — %1").replace("%1", form.customer_name))
        self.setObjectName("complaintDialog")
        self.visit = QComboBox()
        self.visit.setObjectName("visit")
        self.visit.addItem(self.tr("— not about a visit —"), None)
        for v in form.visits:
            self.visit.addItem(f"{_visit_text(v)} · {fl().visit_status(v.status)}", v.id)
        self.against = QComboBox()
        self.against.setObjectName("against")
        self.against.addItem(self.tr("— nobody in particular —"), None)
        for uid, name in form.staff:
            self.against.addItem(name, uid)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("When, who, and what the customer complains about."))
        warn = QLabel(self.tr("The customer will not be visited until a supervisor resolves the complaint."))
        warn.setWordWrap(True)
        warn.setStyleSheet("color: #b26a00;")
        f = QFormLayout()
        f.addRow(self.tr("Contract"), QLabel(f"{form.contract_no} · {form.customer_name}"))
        f.addRow(self.tr("Visit"), self.visit)
        f.addRow(self.tr("Against"), self.against)
        f.addRow(self.tr("Complaint"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(f)
        v.addWidget(warn)
        v.addWidget(buttons)
        self.resize(560, 0)

    def done_message(self) -> str:
        return self.tr("Complaint recorded; visits to this customer are paused.")

    def save(self) -> None:
        try:
            self.complaint_id = self.service.record_complaint(self.case_id, self.visit.currentData(),
                                                              self.against.currentData(), self.description.toPlainText())
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def open_complaint_dialog(parent: QWidget | None, db: Database, actor: Actor, case_id: int) -> bool:
    """Record a customer's complaint; True when saved (the customer is then flagged do-not-visit)."""
    try:
        dlg = ComplaintDialog(OutcomeService(db, actor), case_id, parent)
    except ServiceError as e:
        show_error(parent, e)
        return False
    ok = dlg.exec() == QDialog.DialogCode.Accepted and dlg.complaint_id is not None
    _status(parent, dlg.done_message() if ok else None)
    return ok


# ------------------------------------------------------------------------------------------ timeline
_TITLE_SAYS_IT = {"promise", "promise.judged", "case.opened"}  # the detail would repeat the title


class TimelineWidget(QWidget):
    """The customer timeline of a case: every event of the customer, newest first, with a kind filter."""

    loaded = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = TimelineService(db, actor)
        self.case_id: int | None = None
        self.entries: list[TimelineEntry] = []
        self.title = QLabel(self.tr("Customer timeline"))
        self.title.setStyleSheet("font-weight: bold;")
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All events"), None)
        for code in TIMELINE_KINDS:
            self.kind.addItem(fl().timeline_kind(code), code)
        self.kind.currentIndexChanged.connect(self._render)
        self.count = QLabel()
        self.count.setStyleSheet("color: #5a6475;")
        self.view = QTextBrowser()
        self.view.setObjectName("timelineView")
        self.view.setOpenLinks(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        top.addWidget(self.kind)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(top)
        v.addWidget(self.view, 1)

    def show_case(self, case_id: int) -> None:
        try:
            self.entries = self.service.for_case(case_id)
            _cust, name, _contract = self.service.header(case_id)
        except ServiceError as e:
            show_error(self, e)
            return
        self.case_id = case_id
        self.title.setText(self.tr("Customer timeline — %1").replace("%1", name))
        self._render()
        self.loaded.emit(case_id)

    def set_kind(self, kind: str | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def visible_entries(self) -> list[TimelineEntry]:
        kind = self.kind.currentData()
        return [e for e in self.entries if kind is None or e.kind == kind]

    def _render(self) -> None:
        shown = self.visible_entries()
        self.count.setText(self.tr("%n event(s)", "", len(shown)))
        if not shown:
            text = (self.tr("Nothing of this kind yet.") if self.entries else
                    self.tr("Nothing has happened for this customer yet — assess the case or log a contact."))
            self.view.setHtml(f"<p style='color:#5a6475'>{html.escape(text)}</p>")
            return
        parts = []
        for e in shown:
            color = KIND_COLORS.get(e.kind, "#455a64")
            when = fmt_dt(e.at) if isinstance(e.at, datetime) else fmt_date(e.at)
            meta = " · ".join(x for x in (when, e.who, e.contract_no) if x)
            detail = "" if e.key in _TITLE_SAYS_IT else html.escape(self.detail_of(e)).replace("\n", "<br>")
            parts.append(
                "<table width='100%' cellspacing='0' cellpadding='3' style='margin-bottom:6px'><tr>"
                f"<td width='112' valign='top'><span style='color:{color}; font-weight:bold'>● "
                f"{html.escape(fl().timeline_tag(e.kind))}</span></td>"
                f"<td valign='top'><span style='color:#5a6475'>{html.escape(meta)}</span><br>"
                f"<b>{html.escape(self.title_of(e))}</b>" + (f"<br>{detail}" if detail else "") + "</td></tr></table>")
        self.view.setHtml("".join(parts))

    @staticmethod
    def detail_of(e: TimelineEntry) -> str:
        """The entry's detail in the interface language (Chinese: the service's own text)."""
        return e.detail if current_language() == "zh_CN" else detail_in_english(e)

    def title_of(self, e: TimelineEntry) -> str:  # noqa: C901, PLR0911
        """The entry's title in the interface language (the service's Chinese title for anything unknown)."""
        p = e.params
        L = fl()  # noqa: N806
        if e.key == "outcome":
            return self.tr("%1 outcome: %2").replace("%1", L.channel(p.get("channel"))).replace(
                "%2", L.result(p.get("code") or "", e.title.split("：", 1)[-1]))
        if e.key == "promise":
            return self.tr("Promise to pay %1 by %2 (%3)").replace("%1", money(p.get("amount"))).replace(
                "%2", fmt_date(p.get("due"))).replace("%3", L.promise_status(p.get("status")))
        if e.key == "promise.judged":
            text = {"kept": self.tr("Promise kept: paid %1 of %2"),
                    "partly_kept": self.tr("Promise partly kept: paid %1 of %2"),
                    "broken": self.tr("Promise broken: paid %1 of %2")}.get(p.get("status"), e.title)
            return text.replace("%1", money(p.get("paid"))).replace("%2", money(p.get("amount")))
        if e.key == "payment":
            return self.tr("Payment %1 (%2)").replace("%1", money(p.get("amount"))).replace(
                "%2", L.payment_channel(p.get("channel")))
        if e.key == "visit":
            return self.tr("Visit (%1)").replace("%1", L.visit_status(p.get("status")))
        if e.key == "visit.notice":
            return self.tr("Customer notified of the visit")
        if e.key == "assessment":
            return self.tr("Assessment: %1 points, grade %2").replace("%1", str(p.get("score"))).replace(
                "%2", str(p.get("grade")))
        if e.key == "contact":
            return {"phone_enc": self.tr("New mobile number"), "home": self.tr("New home address"),
                    "work": self.tr("New work address")}.get(p.get("kind"), self.tr("New contact detail"))
        simple = {
            "plan.created": self.tr("Collection plan made"), "plan.approved": self.tr("Collection plan approved"),
            "plan.rejected": self.tr("Collection plan sent back"), "note": self.tr("Note"),
            "complaint": self.tr("Customer complaint"), "complaint.resolved": self.tr("Complaint resolved"),
            "case.opened": self.tr("Case opened (overdue import)"), "case.cured": self.tr("Case cured (no longer overdue)"),
            "import.update": self.tr("Import updated the loan figures"),
            "pii.reveal": self.tr("Full personal data revealed"), "case.assign": self.tr("Case assigned"),
            "case.next_action": self.tr("Next action date changed"),
        }
        return simple.get(e.key, e.title)
