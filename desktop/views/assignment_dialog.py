"""Assign cases to a collector (分配), and auto-assign a branch's unassigned cases with a preview first.

The auto-assignment preview lists each case with its proposed collector and, per collector, the case count
and overdue total before and after; nothing changes until Apply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.permissions import Perm, allowed
from desktop.views.common import error_text, money, show_error
from desktop.views.rowsmodel import RowListModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(RowListModel):
    """A fully loaded, read-only list of dataclass rows; columns are (header, text function, alignment)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str], int | None]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def header_labels(self) -> list[str]:
        return [c[0] for c in self.columns]


    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        _, fn, align = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fn(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and align is not None:
            return align
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.horizontalHeader().setStretchLastSection(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _branch_combo(db: Database, actor: Actor, branch_id: int | None) -> QComboBox:
    from desktop.services.reference import ReferenceService

    combo = QComboBox()
    combo.setObjectName("branch")
    for bid, name in ReferenceService(db, actor).branches():
        if allowed(actor.role, Perm.CASE_VIEW_ALL_BRANCHES) or bid == actor.branch_id:
            combo.addItem(name, bid)
    wanted = branch_id if branch_id is not None else actor.branch_id
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
    return combo


# ============================================================================================ assign
class AssignDialog(QDialog):
    """Choose the collector who takes the selected cases."""

    def __init__(self, db: Database, actor: Actor, case_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.assignment import AssignmentService

        self.setObjectName("assignDialog")
        self.db, self.actor = db, actor
        self.service = AssignmentService(db, actor)
        self.case_ids = list(case_ids)
        self.setWindowTitle(self.tr("Assign %n case(s)", "", len(case_ids)))
        self.setMinimumWidth(420)
        head = QLabel(self.tr("Choose the collector who takes the %n selected case(s). "
                              "A customer's other open cases stay with the same collector.", "", len(case_ids)))
        head.setWordWrap(True)
        from desktop.services.caselist import CaseListService, CaseQuery
        from desktop.services.visits import VisitService
        from desktop.views.visit_dialog import case_brief

        visits = VisitService(db, actor)
        brief = case_brief(db, actor, visits, self.case_ids[0])
        self.branch_id = brief.branch_id
        current = brief.assigned_to_id if len(self.case_ids) == 1 else None
        cases = CaseListService(db, actor)
        self.collectors = QListWidget()
        self.collectors.setObjectName("collectors")
        for c in visits.collectors(self.branch_id):
            load = cases.summary(CaseQuery(collector_id=c.id, branch_id=self.branch_id))
            it = QListWidgetItem(self.tr("%1 (%2) · %n case(s) · %3", "", load.count)
                                 .replace("%1", c.name).replace("%2", c.employee_no or "—")
                                 .replace("%3", money(load.overdue_total)))
            if c.id == current:  # shown, marked, never the default: reassigning is a choice
                it.setText(it.text() + " · " + self.tr("current collector"))
                it.setForeground(QColor("#5a6475"))
            it.setData(Qt.ItemDataRole.UserRole, c.id)
            self.collectors.addItem(it)
        self.collectors.setCurrentRow(-1)
        self.collectors.itemDoubleClicked.connect(lambda _: self.save())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("assign")
        self.ok.setText(self.tr("Assign"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.collectors.currentRowChanged.connect(lambda r: self.ok.setEnabled(r >= 0))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.collectors, 1)
        lay.addWidget(self.buttons)
        self.count = 0

    def save(self) -> None:
        it = self.collectors.currentItem()
        if it is None:
            return
        try:
            self.count = self.service.assign(self.case_ids, it.data(Qt.ItemDataRole.UserRole))
        except ServiceError as e:
            show_error(self, e)
            return
        self.accept()


def open_assign_dialog(parent: QWidget | None, db: Database, actor: Actor, case_ids: list[int]) -> bool:
    """Assign ``case_ids`` to a collector chosen in a dialog; True when assigned."""
    if not case_ids:
        return False
    try:
        dlg = AssignDialog(db, actor, case_ids, parent)
    except ServiceError as e:
        show_error(parent, e)
        return False
    return dlg.exec() == QDialog.DialogCode.Accepted


# ============================================================================================ auto-assign
class AutoAssignDialog(QDialog):
    """Preview of the automatic assignment of a branch's unassigned cases; Apply writes it."""

    def __init__(self, db: Database, actor: Actor, branch_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.assignment import AssignmentService

        self.setObjectName("autoAssignDialog")
        self.service = AssignmentService(db, actor)
        self.preview: Any = None
        self.applied = 0
        self.setWindowTitle(self.tr("Auto-assign unassigned cases"))
        self.resize(980, 620)
        self.branch = _branch_combo(db, actor, branch_id)
        self.branch.currentIndexChanged.connect(self.load)
        self.branch.setEnabled(self.branch.count() > 1)
        intro = QLabel(self.tr("Each unassigned open case of the branch goes to an active collector, balancing the "
                               "number of cases and the overdue total; a customer's cases stay with one collector. "
                               "Nothing changes until you press Apply."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5a6475;")
        self.cases = RowsModel([
            (self.tr("Contract no."), lambda r: r.contract_no, None),
            (self.tr("Customer"), lambda r: r.customer_name, None),
            (self.tr("Overdue total"), lambda r: money(r.overdue_total), RIGHT),
            (self.tr("Proposed collector"), lambda r: r.collector_name, None),
        ], self)
        self.summary = RowsModel([
            (self.tr("Collector"), lambda r: f"{r.collector_name} ({r.employee_no})" if r.employee_no
             else r.collector_name, None),
            (self.tr("Cases before"), lambda r: str(r.existing_count), RIGHT),
            (self.tr("Cases after"), lambda r: f"{r.count}  (+{r.new_count})", RIGHT),
            (self.tr("Overdue total before"), lambda r: money(r.existing_total), RIGHT),
            (self.tr("Overdue total after"), lambda r: money(r.total), RIGHT),
        ], self)
        self.case_table = _table(self.cases, "previewCases")
        self.summary_table = _table(self.summary, "previewSummary")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(QLabel(self.tr("Cases and proposed collectors")))
        tv.addWidget(self.case_table)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(QLabel(self.tr("Per collector")))
        bv.addWidget(self.summary_table)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_btn = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_btn.setObjectName("apply")
        self.apply_btn.setText(self.tr("Apply"))
        self.apply_btn.clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Branch"), self.branch)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(intro)
        lay.addWidget(self.headline)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        bid = self.branch.currentData()
        try:
            self.preview = self.service.preview_auto(bid)
        except ServiceError as e:
            self.preview = None
            self.cases.set_rows([])
            self.summary.set_rows([])
            self.headline.setText(error_text(e))
            self.apply_btn.setEnabled(False)
            return
        rows = list(self.preview.rows)
        self.cases.set_rows(rows)
        self.summary.set_rows(list(self.preview.collectors))
        if not rows:
            self.headline.setText(self.tr("Every open case of this branch has a collector — nothing to assign."))
        else:
            total = self.preview.total
            self.headline.setText(self.tr("%1 unassigned case(s), overdue total %2, go to %3 collector(s).")
                                  .replace("%1", str(len(rows))).replace("%2", money(total))
                                  .replace("%3", str(sum(1 for c in self.preview.collectors if c.new_count))))
        self.apply_btn.setEnabled(bool(rows))

    def apply(self) -> None:
        if self.preview is None:
            return
        try:
            self.applied = self.service.apply_auto(self.preview)
        except ServiceError as e:
            show_error(self, e)
            self.load()
            return
        self.accept()


def open_auto_assign(parent: QWidget | None, db: Database, actor: Actor, branch_id: int | None = None) -> bool:
    """Preview and apply the automatic assignment of a branch's unassigned cases; True when applied."""
    try:
        dlg = AutoAssignDialog(db, actor, branch_id, parent)
    except ServiceError as e:
        show_error(parent, e)
        return False
    return dlg.exec() == QDialog.DialogCode.Accepted
