"""案件 page: search and filters over the case list, a count and total of what matches, the detail panel."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import BUCKETS, CASE_STATUS_LABELS
from desktop.services.caselist import CaseListService, CaseQuery, CaseSummary
from desktop.services.cases import CaseDetailService, can_see_all_branches
from desktop.services.errors import ServiceError
from desktop.services.users import UserService
from desktop.views.casedetail import CaseDetailPanel
from desktop.views.casemodel import COLUMNS, CaseTableModel
from desktop.views.common import labels, money, show_error
from desktop.views.jobs import Job

DEFAULT_WIDTHS = {"contract_no": 150, "customer_name": 90, "mobile": 110, "bucket": 60, "dpd": 70,
                  "overdue_total": 120, "status": 110, "risk_grade": 70, "collector": 80, "branch": 130,
                  "next_action_date": 100, "last_outcome": 110}


class CasePage(QWidget):
    status_message = Signal(str)

    def __init__(self, cases: CaseListService, details: CaseDetailService, users: UserService,
                 branches: list[tuple[int, str]], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.cases = cases
        self.actor = cases.actor
        self._summary_job: Job | None = None
        self.model = CaseTableModel(cases, self)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search contract no., name, mobile, last digits of ID, address… (Ctrl+F)"))
        # the placeholder is cut when the case detail narrows the list: the tooltip says all it accepts
        self.search.setToolTip(self.tr("Contract number or its digits, customer name (one character is enough), "
                                       "mobile (full or as shown, 138****5678), ID number (full or as shown) or its last 4 digits, "
                                       "address words (3 characters or more). Ctrl+F"))
        self.bucket = QComboBox()
        self.bucket.setObjectName("bucket")
        self.bucket.addItem(self.tr("All buckets"), None)
        for b in BUCKETS:
            self.bucket.addItem(b, b)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("All open"), None)
        for code in ("new", "assessed", "planned", "scheduled", "visited", "promised", "on_plan", "closed"):
            self.status.addItem(labels().status(code), code)
        self.grade = QComboBox()
        self.grade.setObjectName("grade")
        self.grade.addItem(self.tr("All grades"), None)
        for g in "ABCD":
            self.grade.addItem(self.tr("Grade %1").replace("%1", g), g)
        self.collector = QComboBox()
        self.collector.setObjectName("collector")
        self.collector.addItem(self.tr("All collectors"), None)
        self.collector.addItem(self.tr("Unassigned"), -1)
        scope = None if can_see_all_branches(self.actor) else self.actor.branch_id
        for u in users.list_users(branch_id=scope, role="collector"):
            self.collector.addItem(f"{u.display_name} ({u.login})", u.id)
        self.branch = QComboBox()
        self.branch.setObjectName("branch")
        self.branch.addItem(self.tr("All branches"), None)
        for bid, name in branches:
            self.branch.addItem(name, bid)
        self.branch.setVisible(can_see_all_branches(self.actor))
        self.mine = QCheckBox(self.tr("Mine only"))
        self.mine.setObjectName("mine")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for w in (self.bucket, self.status, self.grade, self.collector, self.branch, self.mine):
            bar.addWidget(w)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        fm = self.table.fontMetrics()
        fit = {  # columns whose texts are known: wide enough for the longest in this language
            "status": max(fm.horizontalAdvance("● " + labels().status(c)) for c in CASE_STATUS_LABELS) + 20,
            "collector": fm.horizontalAdvance(self.model.tr("(unassigned)")) + 20,
        }
        for i, (key, _) in enumerate(COLUMNS):
            self.table.setColumnWidth(i, max(DEFAULT_WIDTHS.get(key, 100), fit.get(key, 0)))
        self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda idx: self.open_case(idx.row()))
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.selection_actions: list[QAction] = []

        self.empty = QLabel(self.tr("No cases yet — import the core system's overdue export (File ▸ Import…)."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5a6475; font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.detail = CaseDetailPanel(details)
        self.detail.hide()
        self.detail.closed.connect(self.close_detail)
        self.detail.changed.connect(lambda _id: self.model.reload())

        self.splitter = QSplitter()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(bar)
        lv.addWidget(self.stack, 1)
        lv.addWidget(self.summary)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(self.splitter)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.bucket, self.status, self.grade, self.collector, self.branch):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self.apply_filters)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.restore_layout()
        self.apply_filters()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        # Enter opens the current case (QTableView's "activated" on Enter depends on the platform style)
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                                            Qt.Key.Key_Enter):
            if self.table.currentIndex().isValid():
                self.open_case(self.table.currentIndex().row())
                return True
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            if self.detail.isVisible():
                self.close_detail()
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------------------------------------
    def current_query(self) -> CaseQuery:
        collector = self.collector.currentData()
        status = self.status.currentData()
        return replace(
            self.model.query,
            text=self.search.text().strip(),
            buckets=(self.bucket.currentData(),) if self.bucket.currentData() else (),
            statuses=(status,) if status else (),
            grades=(self.grade.currentData(),) if self.grade.currentData() else (),
            collector_id=collector if collector and collector > 0 else None,
            unassigned=collector == -1,
            branch_id=self.branch.currentData(),
            mine_only=self.mine.isChecked(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        q = self.current_query()
        self.model.set_query(q)
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if not self.model.rowCount():
            self.empty.setText(self.tr("No matching cases — change the search or the filters.")
                               if (q.text or q.buckets or q.statuses or q.grades or q.collector_id or q.mine_only
                                   or q.unassigned) else
                               self.tr("No cases yet — import the core system's overdue export (File ▸ Import…)."))
        self.summary.setText(self.tr("Counting…"))
        self._count(q)

    def _count(self, q: CaseQuery) -> None:
        if self._summary_job is not None:
            self._summary_job.cancel()
        job = Job(lambda _p, _c, query: self.cases.summary(query), q)
        job.signals.finished.connect(lambda s, q=q: self._show_summary(q, s))
        self._summary_job = job
        job.start()

    def _show_summary(self, q: CaseQuery, s: CaseSummary) -> None:
        if q != self.model.query:
            return  # an older count finished after the filters changed
        self.summary.setText(self.tr("%Ln case(s) · overdue total %1", "", s.count)
                             .replace("%1", money(s.overdue_total)))
        self.last_summary = s

    def refresh(self, announce: bool = True) -> None:
        """Read the list (and the open case) again; ``announce=False`` after an action that reported its
        own result in the status bar (which "Refreshed" would replace)."""
        self.apply_filters()
        if self.detail.isVisible() and self.detail.detail:
            self.detail.show_case(self.detail.detail.id)
        if announce:
            self.status_message.emit(self.tr("Refreshed"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_case(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is None:
            return
        self.detail.show_case(r.id)
        self.detail.show()

    def open_case_id(self, case_id: int) -> None:
        """Show one case's detail, whether or not it is in the current list (from the worklist, calendar …)."""
        self.detail.show_case(case_id)
        self.detail.show()

    def add_selection_action(self, key: str, text: str, handler, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        """An action on the selected cases (context menu of the list): ``handler(parent, case_ids) -> bool``."""
        act = QAction(text, self)
        act.setObjectName(f"selection_{key}")
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(act)

        def run() -> None:
            ids = self.selected_ids()
            if not ids:
                self.status_message.emit(self.tr("Select one or more cases first"))
                return
            try:
                changed = handler(self, ids)
            except ServiceError as e:
                show_error(self, e)
                return
            if changed:
                self.refresh(announce=False)

        act.triggered.connect(run)
        self.selection_actions.append(act)
        return act

    def _context_menu(self, pos) -> None:  # noqa: ANN001
        if not self.selection_actions:
            return
        menu = QMenu(self)
        n = len(self.selected_ids())
        head = menu.addAction(self.tr("%n selected case(s)", "", n))
        head.setEnabled(False)
        menu.addSeparator()
        for act in self.selection_actions:
            menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def close_detail(self) -> None:
        self.detail.hide()
        self.table.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def wait_idle(self) -> None:
        """Wait for a running count (tests, shutdown)."""
        if self._summary_job is not None:
            self._summary_job.done.wait(10)

    # --- layout persistence ---------------------------------------------------------------------------
    def save_layout(self) -> None:
        s = QSettings()
        s.setValue("cases/header", self.table.horizontalHeader().saveState())
        s.setValue("cases/splitter", self.splitter.saveState())

    def restore_layout(self) -> None:
        s = QSettings()
        state = s.value("cases/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        split = s.value("cases/splitter")
        if split is not None:
            self.splitter.restoreState(split)
