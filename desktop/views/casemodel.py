"""The case list's item model: ids and a cache of fetched rows, more fetched on demand by keyset paging.

Sorting and filtering are service queries (SQL ORDER BY / WHERE); there is no proxy model over the list.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.services.caselist import CaseListService, CaseQuery, CaseRow
from desktop.views.common import STATUS_COLORS, fmt_date, labels, money

COLUMNS = (
    ("contract_no", QT_TRANSLATE_NOOP("CaseTableModel", "Contract no.")),
    ("customer_name", QT_TRANSLATE_NOOP("CaseTableModel", "Customer")),
    ("mobile", QT_TRANSLATE_NOOP("CaseTableModel", "Mobile")),
    ("bucket", QT_TRANSLATE_NOOP("CaseTableModel", "Bucket")),
    ("dpd", QT_TRANSLATE_NOOP("CaseTableModel", "DPD")),
    ("overdue_total", QT_TRANSLATE_NOOP("CaseTableModel", "Overdue total")),
    ("status", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
    ("risk_grade", QT_TRANSLATE_NOOP("CaseTableModel", "Risk grade")),
    ("collector", QT_TRANSLATE_NOOP("CaseTableModel", "Collector")),
    ("branch", QT_TRANSLATE_NOOP("CaseTableModel", "Branch")),
    ("next_action_date", QT_TRANSLATE_NOOP("CaseTableModel", "Next action")),
    ("last_outcome", QT_TRANSLATE_NOOP("CaseTableModel", "Last outcome")),
)
SORTABLE = {"contract_no", "customer_name", "bucket", "dpd", "overdue_total", "status", "risk_grade",
            "next_action_date"}
PAGE = 200


class CaseTableModel(QAbstractTableModel):
    def __init__(self, service: CaseListService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.query = CaseQuery()
        self.rows: list[CaseRow] = []
        self._exhausted = True

    # --- loading ---------------------------------------------------------------------------------------
    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = self.service.page(query, limit=PAGE)
        self._exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.query)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802, ANN001
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802, ANN001
        if parent.isValid() or self._exhausted:
            return
        more = self.service.page(self.query, after=self.rows[-1] if self.rows else None, offset=len(self.rows),
                                 limit=PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> CaseRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model API -----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802, ANN001
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and 0 <= section < len(COLUMNS):
            if COLUMNS[section][0] in ("overdue_total", "dpd"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(COLUMNS):
            return None
        r = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("overdue_total", "dpd"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("bucket", "risk_grade"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QBrush(QColor(STATUS_COLORS.get(r.status, "#333333")))
        if role == Qt.ItemDataRole.ToolTipRole and key == "customer_name":
            return self.tr("Press Enter to open the case")
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _text(self, r: CaseRow, key: str) -> str:
        L = labels()  # noqa: N806
        match key:
            case "contract_no":
                return r.contract_no
            case "customer_name":
                return r.customer_name
            case "mobile":
                return r.mobile_masked
            case "bucket":
                return r.bucket
            case "dpd":
                return str(r.dpd)
            case "overdue_total":
                return money(r.overdue_total)
            case "status":
                return "● " + L.status(r.status)
            case "risk_grade":
                return r.risk_grade or "—"
            case "collector":
                return r.collector or self.tr("(unassigned)")
            case "branch":
                return r.branch
            case "next_action_date":
                return fmt_date(r.next_action_date)
            case "last_outcome":
                return L.outcome(r.last_outcome)
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: ANN001
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "overdue_total"
        if key not in SORTABLE:
            return
        from dataclasses import replace

        self.set_query(replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
