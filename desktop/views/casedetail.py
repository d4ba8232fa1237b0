"""Case detail panel: customer (masked), loan figures, flags, addresses, and the customer timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import CaseDetail, CaseDetailService
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.views.common import fmt_date, labels, money, show_error


class CaseDetailPanel(QWidget):
    closed = Signal()
    ACTIONS_PER_ROW = 4

    def __init__(self, service: CaseDetailService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.detail: CaseDetail | None = None
        self.setMinimumWidth(360)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.closed.emit)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)

        self.customer = QFormLayout()
        self.loan = QFormLayout()
        self.id_label, self.mobile_label = QLabel(), QLabel()
        for lab in (self.id_label, self.mobile_label):
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_id = QPushButton(self.tr("Reveal"))
        self.reveal_id.setObjectName("revealId")
        self.reveal_mobile = QPushButton(self.tr("Reveal"))
        self.reveal_mobile.setObjectName("revealMobile")
        self.reveal_id.clicked.connect(lambda: self._reveal("id_number"))
        self.reveal_mobile.clicked.connect(lambda: self._reveal("mobile"))
        can = allowed(service.actor.role, Perm.PII_REVEAL)
        self.reveal_id.setVisible(can)
        self.reveal_mobile.setVisible(can)
        self.fields: dict[str, QLabel] = {}

        def row(form: QFormLayout, key: str, label: str, widget: QWidget | None = None) -> None:
            if widget is None:
                widget = QLabel()
                widget.setWordWrap(True)
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[key] = widget
            form.addRow(label, widget)

        def with_button(lab: QLabel, btn: QPushButton) -> QWidget:
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(lab, 1)
            h.addWidget(btn)
            return w

        row(self.customer, "name", self.tr("Name"))
        row(self.customer, "id", self.tr("ID number"), with_button(self.id_label, self.reveal_id))
        row(self.customer, "mobile", self.tr("Mobile"), with_button(self.mobile_label, self.reveal_mobile))
        row(self.customer, "home", self.tr("Home address"))
        row(self.customer, "work", self.tr("Work address"))
        row(self.customer, "employer", self.tr("Employer"))
        row(self.customer, "flags", self.tr("Flags"))
        row(self.loan, "contract", self.tr("Contract no."))
        row(self.loan, "product", self.tr("Product"))
        row(self.loan, "dpd", self.tr("Days past due"))
        row(self.loan, "principal", self.tr("Overdue principal"))
        row(self.loan, "interest", self.tr("Overdue interest"))
        row(self.loan, "penalty", self.tr("Penalty interest"))
        row(self.loan, "total", self.tr("Overdue total"))
        row(self.loan, "outstanding", self.tr("Outstanding principal"))
        row(self.loan, "first_overdue", self.tr("First overdue date"))
        row(self.loan, "last_payment", self.tr("Last payment"))
        row(self.loan, "reason", self.tr("Delinquency reason"))
        row(self.loan, "risk", self.tr("Risk grade"))
        row(self.loan, "collector", self.tr("Collector"))

        cust_box = QGroupBox(self.tr("Customer"))
        cust_box.setLayout(self.customer)
        loan_box = QGroupBox(self.tr("Loan"))
        loan_box.setLayout(self.loan)
        from desktop.views.outcome_dialog import TimelineWidget

        # the customer timeline: every event of the customer across all loans, newest first, filterable
        self.timeline = TimelineWidget(service.db, service.actor)
        self.timeline.setObjectName("timeline")
        self.timeline.setMinimumHeight(260)
        tl_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(tl_box).addWidget(self.timeline)

        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(cust_box)
        v.addWidget(loan_box)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        # two tabs: the case (customer and loan) and the customer's timeline; the last one used is kept
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(scroll, self.tr("Customer and loan"))
        self.tabs.addTab(tl_box, self.tr("Timeline"))
        tl_box.setTitle("")
        tl_box.setFlat(True)
        self.actions_bar = QGridLayout()
        self.actions_bar.setSpacing(6)
        self.action_buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.addLayout(head)
        outer.addLayout(self.actions_bar)
        outer.addWidget(self.tabs, 1)

    changed = Signal(int)

    def add_action(self, key: str, text: str, handler, shortcut: str | None = None) -> QPushButton:  # noqa: ANN001
        """A button above the detail: ``handler(parent, case_id) -> bool`` (True when it changed the case)."""
        btn = QPushButton(text)
        btn.setObjectName(f"action_{key}")
        if shortcut:
            btn.setShortcut(shortcut)
            btn.setToolTip(f"{text} ({shortcut})")

        def run() -> None:
            if self.detail is None:
                return
            case_id = self.detail.id
            try:
                changed = handler(self, case_id)
            except ServiceError as e:
                def reload() -> None:
                    self.show_case(case_id)
                    self.changed.emit(case_id)

                show_error(self, e, reload)
                return
            if changed:
                self.show_case(self.detail.id)
                self.changed.emit(self.detail.id)

        btn.clicked.connect(run)
        n = len(self.action_buttons)
        self.actions_bar.addWidget(btn, n // self.ACTIONS_PER_ROW, n % self.ACTIONS_PER_ROW)
        self.action_buttons[key] = btn
        return btn

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)

    def show_case(self, case_id: int) -> None:
        try:
            d = self.service.detail(case_id)
        except ServiceError as e:
            show_error(self, e)
            return
        self.detail = d
        L = labels()  # noqa: N806
        self.title.setText(f"{d.customer_name} · {d.contract_no}  [{d.bucket}]")
        f = self.fields
        f["name"].setText(d.customer_name + (self.tr(" (+%n other loan(s))", "", d.other_loans) if d.other_loans else ""))
        self.id_label.setText(d.id_masked)
        self.mobile_label.setText(d.mobile_masked)
        f["home"].setText(d.home_address or self.tr("— none"))
        f["work"].setText(d.work_address or self.tr("— none"))
        f["employer"].setText(d.employer or "—")
        flags = []
        if d.do_not_visit:
            flags.append("✖ " + self.tr("Do not visit: %1").replace("%1", L.do_not_visit(d.do_not_visit)))
        if not d.home_address and not d.work_address:
            flags.append("⚠ " + self.tr("No address — cannot be scheduled for a visit"))
        f["flags"].setText("\n".join(flags) or "—")
        f["contract"].setText(d.contract_no)
        f["product"].setText(d.product or "—")
        f["dpd"].setText(self.tr("%n day(s) (%1), as of %2", "", d.dpd).replace("%1", d.bucket)
                         .replace("%2", fmt_date(d.data_date)))
        f["principal"].setText(money(d.overdue_principal))
        f["interest"].setText(money(d.overdue_interest))
        f["penalty"].setText(money(d.penalty_interest))
        paid = d.paid_since_data_date
        f["total"].setText(f"<b>{money(d.overdue_total)}</b>" + (
            "　" + self.tr("(as of %1; %2 paid since)").replace("%1", fmt_date(d.data_date)).replace(
                "%2", money(paid)) if paid else ""))
        f["outstanding"].setText(money(d.outstanding_principal))
        f["first_overdue"].setText(fmt_date(d.first_overdue_date))
        f["last_payment"].setText(fmt_date(d.last_payment_date) or "—")
        f["reason"].setText(d.reason_text or "—")
        f["risk"].setText(f"{d.risk_grade} ({d.risk_score})" if d.risk_grade and d.risk_score is not None
                          else d.risk_grade or self.tr("Not assessed yet"))
        f["collector"].setText(d.collector or self.tr("(unassigned)"))
        self.timeline.show_case(d.id)

    def _reveal(self, field: str) -> None:
        if self.detail is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reveal personal data"),
                                          self.tr("Why do you need the full value? (recorded in the audit log)"))
        if not ok:
            return
        try:
            value = self.service.reveal(self.detail.id, field, reason)
        except ServiceError as e:
            show_error(self, e)
            return
        (self.id_label if field == "id_number" else self.mobile_label).setText(value)
