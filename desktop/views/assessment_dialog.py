"""风险评估 form: the staff judgement, each factor's contribution, the result and its reasons — before saving —
and the decision (the recommended action, or another one with a reason). Plus the bulk assessment runner.

``open_assessment(parent, db, actor, case_id) -> bool`` and ``run_bulk_assessment(parent, db, actor, ids)``
are the entry points the case detail panel and the case list bind to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.assessment import (
    MIN_OVERRIDE_REASON,
    AssessmentPreview,
    AssessmentService,
    BulkResult,
    SavedAssessment,
    rescore,
)
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.views.common import error_text, labels, money, show_error
from desktop.views.jobs import Job

WILLINGNESS = ("cooperative", "hesitant", "evasive", "refusing", "unknown")
ABILITY = ("stable", "reduced", "no_income", "unknown")
ACTIONS = ("phone", "visit", "hardship", "legal", "hold")
GRADE_COLORS = {"A": "#2e7d32", "B": "#558b2f", "C": "#ef6c00", "D": "#c62828"}


class AssessmentLabels:
    """Translated names of the scorecard's codes (the stored data stays Chinese)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("AssessmentLabels", text, disambiguation, n)

    def willingness(self, code: str) -> str:
        return {"cooperative": self.tr("Cooperative"), "hesitant": self.tr("Hesitant"),
                "evasive": self.tr("Evasive"), "refusing": self.tr("Refuses to pay"),
                "unknown": self.tr("Unknown")}.get(code, code)

    def ability(self, code: str) -> str:
        return {"stable": self.tr("Stable income"), "reduced": self.tr("Reduced income"),
                "no_income": self.tr("No income"), "unknown": self.tr("Unknown")}.get(code, code)

    def grade(self, code: str) -> str:
        return {"A": self.tr("Low risk"), "B": self.tr("Medium-low risk"), "C": self.tr("Medium-high risk"),
                "D": self.tr("High risk")}.get(code, code)

    def factor(self, code: str) -> str:
        return {
            "dpd": self.tr("Days past due"), "overdue_total": self.tr("Overdue total"),
            "months_since_last_payment": self.tr("Months since last payment"),
            "broken_promises_90d": self.tr("Broken promises (90 days)"),
            "failed_contacts": self.tr("Failed contacts (90 days)"), "contact_lost": self.tr("Contact lost"),
            "visitable_address": self.tr("Visitable address"), "last_visit_outcome": self.tr("Last visit outcome"),
            "willingness": self.tr("Willingness to pay"), "ability": self.tr("Ability to pay"),
        }.get(code, code)

    def visit_outcome(self, code: str) -> str:
        return {"none": self.tr("No visit yet"), "contacted": self.tr("Met the borrower or family"),
                "refused": self.tr("Refused"), "not_home": self.tr("Nobody at home"),
                "moved": self.tr("Moved / address invalid")}.get(code, code)

    def yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def value(self, code: str, p: AssessmentPreview) -> str:
        f = p.factors
        if code == "dpd":
            return self.tr("%n day(s) (%1)", "", f.dpd).replace("%1", f.bucket)
        if code == "overdue_total":
            return money(f.overdue_total)
        if code == "months_since_last_payment":
            m = f.months_since_last_payment
            return self.tr("Never paid") if m is None else self.tr("%n month(s)", "", m)
        if code == "broken_promises_90d":
            return str(f.broken_promises_90d)
        if code == "failed_contacts":
            return str(f.failed_contacts)
        if code == "contact_lost":
            return self.yes_no(f.contact_lost)
        if code == "visitable_address":
            return self.yes_no(f.has_visitable_address)
        if code == "last_visit_outcome":
            return self.visit_outcome(f.last_visit_outcome)
        if code == "willingness":
            return self.willingness(p.willingness)
        if code == "ability":
            return self.ability(p.ability)
        return ""


def _item(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    it.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return it


class AssessmentDialog(QDialog):
    """Built from a preview (the case's data factors, scored); saves through :class:`AssessmentService`."""

    def __init__(self, service: AssessmentService, preview: AssessmentPreview, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.preview = preview
        self.saved: SavedAssessment | None = None
        self.names = AssessmentLabels()
        self._action_touched = False
        f = preview.factors
        self.setWindowTitle(self.tr("Risk assessment — %1").replace("%1", f.customer_name))
        self.resize(1040, 640)

        title = QLabel(f"{f.customer_name} · {f.contract_no}  [{f.bucket}]")
        title.setObjectName("assessTitle")
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.flags = QLabel(self._flags_text())
        self.flags.setObjectName("flags")
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #8a4b00;")
        self.flags.setVisible(bool(self.flags.text()))

        # --- judgement
        self.willingness = QComboBox()
        self.willingness.setObjectName("willingness")
        for code in WILLINGNESS:
            self.willingness.addItem(self.names.willingness(code), code)
        self.ability = QComboBox()
        self.ability.setObjectName("ability")
        for code in ABILITY:
            self.ability.addItem(self.names.ability(code), code)
        self.willingness.setCurrentIndex(WILLINGNESS.index(f.suggested_willingness or preview.willingness))
        self.ability.setCurrentIndex(ABILITY.index(f.suggested_ability or preview.ability))
        self.hardship = QLineEdit()
        self.hardship.setObjectName("hardship")
        self.hardship.setMaxLength(300)
        self.hardship.setPlaceholderText(self.tr("e.g. lost his job in March, looking for work"))
        if preview.hardship_reason:
            self.hardship.setText(preview.hardship_reason)
        judgement = QGroupBox(self.tr("Your judgement"))
        form = QFormLayout(judgement)
        form.addRow(self.tr("Willingness to pay"), self.willingness)
        form.addRow(self.tr("Ability to pay"), self.ability)
        form.addRow(self.tr("Hardship reason"), self.hardship)
        hint = QLabel(self.tr("Suggested from the latest contact; change it to what you learnt.")
                      if f.suggested_willingness or f.suggested_ability
                      else self.tr("No contact recorded yet: judge from the file, or leave Unknown."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5a6475;")
        form.addRow(hint)
        if f.reason_text:
            core = QLabel(self.tr("Reason given to the core system: %1").replace("%1", f.reason_text))
            core.setWordWrap(True)
            core.setStyleSheet("color: #5a6475;")
            form.addRow(core)

        # --- factor breakdown
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("factors")
        self.table.setHorizontalHeaderLabels([self.tr("Factor"), self.tr("This case"), self.tr("Points")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        breakdown = QGroupBox(self.tr("Why: each factor's contribution"))
        QVBoxLayout(breakdown).addWidget(self.table)

        # --- result
        self.score = QLabel()
        self.score.setObjectName("score")
        self.score.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.grade = QLabel()
        self.grade.setObjectName("grade")
        self.grade.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.recommended = QLabel()
        self.recommended.setObjectName("recommended")
        self.recommended.setStyleSheet("font-size: 12pt;")
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version = QLabel()
        self.version.setStyleSheet("color: #5a6475;")
        result = QGroupBox(self.tr("Result"))
        grid = QGridLayout(result)
        grid.addWidget(self.score, 0, 0, 2, 1)
        grid.addWidget(self.grade, 0, 1)
        grid.addWidget(self.recommended, 1, 1)
        grid.addWidget(self.reasons, 2, 0, 1, 2)
        grid.addWidget(self.version, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        # --- decision
        self.action = QComboBox()
        self.action.setObjectName("action")
        for code in ACTIONS:
            self.action.addItem(labels().action(code), code)
        self.action.activated.connect(self._action_chosen)
        self.override = QLineEdit()
        self.override.setObjectName("override")
        self.override.setMaxLength(300)
        self.override.setPlaceholderText(self.tr("Why this action? (a supervisor reviews it)"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        decision = QGroupBox(self.tr("Decision"))
        dbox = QVBoxLayout(decision)
        dform = QFormLayout()
        dform.addRow(self.tr("Action to take"), self.action)
        dform.addRow(self.tr("Reason for the change"), self.override)
        dbox.addLayout(dform)
        dbox.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("Save assessment"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("save")
        self.save.setShortcut(QKeySequence("Ctrl+S"))
        self.save.setToolTip(self.tr("Save assessment (Ctrl+S)"))
        self.save.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.save.clicked.connect(self._save)
        cancel.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(judgement)
        left.addWidget(decision)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(result)
        right.addWidget(breakdown)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addLayout(right, 6)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(self.flags)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)

        self.willingness.currentIndexChanged.connect(self._rescore)
        self.ability.currentIndexChanged.connect(self._rescore)
        self.hardship.textChanged.connect(self._rescore)
        self.override.textChanged.connect(self._validate)
        self._rescore()

    # ------------------------------------------------------------------------------------------
    def _flags_text(self) -> str:
        f = self.preview.factors
        out = []
        if f.do_not_visit:
            out.append("✗ " + self.tr("Do not visit: %1").replace("%1", labels().do_not_visit(f.do_not_visit)))
        if f.open_complaints:
            out.append("⚠ " + self.tr("A complaint by this customer is open"))
        if not f.has_visitable_address:
            out.append("⚠ " + self.tr("No address to visit"))
        return "   ".join(out)

    def _judgement(self) -> tuple[str, str, str]:
        return self.willingness.currentData(), self.ability.currentData(), self.hardship.text()

    def _rescore(self) -> None:
        try:
            self.preview = rescore(self.preview, *self._judgement())
        except ServiceError as e:
            self.message.setText(error_text(e))
            self.save.setEnabled(False)
            return
        p = self.preview
        self._fill_table(p)
        self.score.setText(self.tr("%1 / 100").replace("%1", str(p.score)))
        self.grade.setText(self.tr("Grade %1 · %2").replace("%1", p.grade).replace("%2", self.names.grade(p.grade)))
        self.grade.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {GRADE_COLORS.get(p.grade, '#1d2330')};")
        self.recommended.setText(self.tr("Recommended: %1").replace("%1", labels().action(p.recommended_action)))
        self.reasons.setText("\n".join(f"• {r}" for r in p.reasons))
        self.version.setText(self.tr("Scorecard version %1").replace("%1", str(p.scorecard_version)))
        if not self._action_touched:
            self.action.setCurrentIndex(ACTIONS.index(p.recommended_action))
        self._validate()

    def _fill_table(self, p: AssessmentPreview) -> None:
        rows = list(p.breakdown)
        self.table.setRowCount(len(rows) + 1)
        bold = QFont()
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight
        for r, fs in enumerate(rows):
            self.table.setItem(r, 0, _item(self.names.factor(fs.code)))
            self.table.setItem(r, 1, _item(self.names.value(fs.code, p)))
            pts = _item(f"+{fs.points} / {fs.max_points}" if fs.points else f"0 / {fs.max_points}", right)
            if fs.max_points and fs.points * 2 >= fs.max_points and fs.points > 0:
                for c in range(3):
                    (self.table.item(r, c) or pts).setBackground(QColor("#fdecea"))
                pts.setBackground(QColor("#fdecea"))
                pts.setFont(bold)
            self.table.setItem(r, 2, pts)
        total = len(rows)
        label = _item(self.tr("Score"))
        label.setFont(bold)
        value = _item(self.tr("%1 of %2 points").replace("%1", str(p.score)).replace("%2", str(p.max_points)), right)
        value.setFont(bold)
        self.table.setItem(total, 0, label)
        self.table.setItem(total, 1, _item(""))
        self.table.setItem(total, 2, value)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(height)

    def _action_chosen(self, _index: int) -> None:
        self._action_touched = self.action.currentData() != self.preview.recommended_action
        self._validate()

    def _overridden(self) -> bool:
        return self.action.currentData() != self.preview.recommended_action

    def _validate(self) -> None:
        f = self.preview.factors
        chosen = self.action.currentData()
        problem = ""
        if self._overridden() and len(self.override.text().strip()) < MIN_OVERRIDE_REASON:
            problem = self.tr("You chose another action than recommended (%1): give a reason of at least %2 "
                              "characters.").replace("%1", labels().action(self.preview.recommended_action)) \
                .replace("%2", str(MIN_OVERRIDE_REASON))
        elif chosen == "visit" and f.do_not_visit:
            problem = self.tr("The customer is on the do-not-visit list: choose another action.")
        elif chosen == "visit" and not f.has_visitable_address:
            problem = self.tr("There is no address to visit: choose another action.")
        self.override.setEnabled(self._overridden())
        self.message.setText(problem)
        self.save.setEnabled(not problem)

    def _save(self) -> None:
        w, a, h = self._judgement()
        try:
            self.saved = self.service.assess(
                self.preview.case_id, w, a, h, self.action.currentData(),
                self.override.text() if self._overridden() else None, self.preview.case_version)
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def open_assessment(parent: QWidget | None, db: Database, actor: Actor, case_id: int) -> bool:
    """Assess one case; True when an assessment was saved."""
    service = AssessmentService(db, actor)
    try:
        preview = service.preview(case_id)
    except ServiceError as e:
        show_error(parent, e)
        return False
    dlg = AssessmentDialog(service, preview, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None
    if ok:
        _status(parent, QCoreApplication.translate("AssessmentDialog", "Assessment saved: grade %1, %2.")
                .replace("%1", dlg.saved.grade).replace("%2", labels().action(dlg.saved.chosen_action)))
    return ok


# --------------------------------------------------------------------------------------------------
# Bulk assessment
# --------------------------------------------------------------------------------------------------
def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


class BulkRunner(QProgressDialog):
    """A progress dialog around one bulk assessment job (cancellable; nothing is saved when cancelled)."""

    def __init__(self, service: AssessmentService, case_ids: list[int] | None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bulk assessment"))
        self.setLabelText(self.tr("Assessing the selected cases…") if case_ids is not None
                          else self.tr("Assessing all cases not assessed yet…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setRange(0, 0)
        self.setMinimumWidth(420)
        self.result_: BulkResult | None = None
        self.error: Exception | None = None
        self.job = Job(lambda progress, cancelled, ids: service.bulk_assess(ids, progress, cancelled), case_ids)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.canceled.connect(self._cancel)

    def start(self) -> None:
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.setRange(0, total)
            self.setValue(done)
            self.setLabelText(self.tr("Assessed %1 of %2 cases…").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _cancel(self) -> None:
        self.job.cancel()
        self.setLabelText(self.tr("Cancelling…"))

    def _finished(self, result: BulkResult) -> None:
        self.result_ = result
        self.done(0)

    def _failed(self, error: Exception) -> None:
        self.error = error
        self.done(0)

    def run(self) -> None:
        self.start()
        self.exec()
        self.job.done.wait()


def run_bulk_assessment(parent: QWidget | None, db: Database, actor: Actor, case_ids: list[int] | None) -> bool:
    """Assess the given cases (None: every unassessed case in scope) off the GUI thread; True when saved."""
    service = AssessmentService(db, actor)
    if case_ids is None:
        try:
            n = service.count_unassessed()
        except ServiceError as e:
            show_error(parent, e)
            return False
        if n == 0:
            _status(parent, QCoreApplication.translate("AssessmentDialog", "Every open case is assessed already."))
            return False
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("AssessmentDialog", "Bulk assessment"),
            QCoreApplication.translate(
                "AssessmentDialog",
                "Assess %1 cases that have no assessment yet, from their data alone (willingness and ability "
                "unknown)?").replace("%1", f"{n:,}"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
    runner = BulkRunner(service, case_ids, parent)
    runner.run()
    if runner.error is not None:
        if isinstance(runner.error, ServiceError):
            show_error(parent, runner.error)
            return False
        raise runner.error
    res = runner.result_
    if res is None or res.cancelled:
        _status(parent, QCoreApplication.translate("AssessmentDialog", "Bulk assessment cancelled: nothing was saved."))
        return False
    grades = "  ".join(f"{g} {res.by_grade.get(g, 0):,}" for g in "ABCD")
    _status(parent, QCoreApplication.translate("AssessmentDialog", "%1 cases assessed (%2).")
            .replace("%1", f"{res.assessed:,}").replace("%2", grades))
    return res.assessed > 0


__all__ = ["AssessmentDialog", "BulkRunner", "open_assessment", "run_bulk_assessment"]
