"""Result codes (结果代码) for the admin: what each outcome counts as for the KPIs (contacted, right party, promise).

``open_result_codes_dialog(parent, db, actor)`` — a list of every code (inactive ones too) with Add / Edit;
codes are never deleted (outcomes refer to them), they are deactivated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.outcomes import ResultCodeRow, ResultCodeService
from desktop.views.common import show_error
from desktop.views.followup_labels import fl


class ResultCodeForm(QDialog):
    def __init__(self, service: ResultCodeService, row: ResultCodeRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.row = row
        self.saved: ResultCodeRow | None = None
        self.setWindowTitle(self.tr("Edit result code") if row else self.tr("New result code"))
        self.setObjectName("resultCodeForm")
        self.code = QLineEdit(row.code if row else "")
        self.code.setObjectName("code")
        self.code.setReadOnly(row is not None)
        self.code.setPlaceholderText(self.tr("e.g. wrong_number (lower-case letters, digits, _)"))
        self.label = QLineEdit(row.label if row else "")
        self.label.setObjectName("label")
        self.label.setPlaceholderText(self.tr("Name shown to staff, e.g. 号码错误"))
        self.contacted = QCheckBox(self.tr("Counts as contacted (someone was reached)"))
        self.right_party = QCheckBox(self.tr("Counts as right-party contact (the borrower himself)"))
        self.promise = QCheckBox(self.tr("Is a promise (needs an amount and a date)"))
        self.active = QCheckBox(self.tr("Active (offered in the outcome form)"))
        for box, name, value in ((self.contacted, "contacted", row.contacted if row else False),
                                 (self.right_party, "rightParty", row.right_party if row else False),
                                 (self.promise, "promise", row.promise if row else False),
                                 (self.active, "active", row.active if row else True)):
            box.setObjectName(name)
            box.setChecked(value)
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.order.setValue(row.sort_order if row else 0)
        self.order.setSpecialValueText(self.tr("at the end"))
        f = QFormLayout()
        f.addRow(self.tr("Code"), self.code)
        f.addRow(self.tr("Result name"), self.label)
        f.addRow("", self.contacted)
        f.addRow("", self.right_party)
        f.addRow("", self.promise)
        f.addRow("", self.active)
        f.addRow(self.tr("Order"), self.order)
        note = QLabel(self.tr("The flags decide how the KPIs count this result: contact rate, right-party rate and "
                              "promises. Every change is recorded in the audit log."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5a6475;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(f)
        v.addWidget(note)
        v.addWidget(buttons)
        self.resize(520, 0)

    def save(self) -> None:
        try:
            self.saved = self.service.save_code(
                self.code.text(), self.label.text(), contacted=self.contacted.isChecked(),
                right_party=self.right_party.isChecked(), promise=self.promise.isChecked(),
                sort_order=self.order.value() or None, active=self.active.isChecked(), new=self.row is None)
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


class ResultCodesDialog(QDialog):
    def __init__(self, service: ResultCodeService, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        super().__init__(parent)
        if embedded:  # a page of the settings instead of a window
            self.setWindowFlags(Qt.WindowType.Widget)
        self.service = service
        self.changed = False
        self.setWindowTitle(self.tr("Result codes"))
        self.setObjectName("resultCodesDialog")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("codes")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Result name"), self.tr("Contacted"),
                                              self.tr("Right party"), self.tr("Promise"), self.tr("Active")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("Add…"))
        add.setObjectName("add")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("Edit…"))
        edit.setObjectName("edit")
        edit.clicked.connect(self.edit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        close.setVisible(not embedded)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(edit)
        bar.addStretch(1)
        bar.addWidget(close)
        v = QVBoxLayout(self)
        v.addWidget(self.table, 1)
        v.addLayout(bar)
        self.resize(760, 440)
        self.load()

    def load(self) -> None:
        self.rows = self.service.codes(include_inactive=True)
        self.table.setRowCount(len(self.rows))
        yes, no = "✓ " + self.tr("Yes"), "—"
        for i, r in enumerate(self.rows):
            name = fl().result(r.code, r.label)
            values = [r.code, name if name == r.label else self.tr("%1 (%2)").replace("%1", name).replace("%2", r.label), yes if r.contacted else no,
                      yes if r.right_party else no, yes if r.promise else no, yes if r.active else self.tr("Inactive")]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        i = self.table.currentRow()
        if 0 <= i < len(self.rows):
            self._open(self.rows[i])

    def _open(self, row: ResultCodeRow | None) -> None:
        form = ResultCodeForm(self.service, row, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.load()


def open_result_codes_dialog(parent: QWidget | None, db: Database, actor: Actor) -> bool:
    """The admin's result-code list (Perm.SETTINGS_ADMIN to save); True when something was changed."""
    dlg = ResultCodesDialog(ResultCodeService(db, actor), parent)
    dlg.exec()
    return dlg.changed
