"""工作台 — today's and overdue follow-up tasks with one-key actions; the branch view for supervisors.

Keys on the task list: Enter opens the case (``open_case`` signal), L logs a contact, D marks the task done,
S snoozes it (a reason is required), N adds a task by hand, F5 refreshes. Opening the page refreshes the
automatic tasks off the GUI thread (promises are judged, tasks created and closed) and then lists them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.database import Database
from desktop.services.cases import can_see_all_branches
from desktop.services.context import Actor
from desktop.services.errors import ConflictError, ServiceError, ValidationError
from desktop.services.outcomes import ComplaintRow, OutcomeService
from desktop.services.permissions import Perm, allowed
from desktop.services.reference import ReferenceService
from desktop.services.tasks import RefreshResult, TaskRow, TaskService
from desktop.views.common import fmt_date, fmt_dt, money, show_error
from desktop.views.followup_labels import PRIORITY_COLORS, fl
from desktop.views.jobs import Job
from desktop.views.rowsmodel import RowListModel
from desktop.views.task_texts import task_title


# ------------------------------------------------------------------------------------------ models
class TaskModel(RowListModel):
    """A fully loaded list of tasks (a worklist is short); rows are :class:`TaskRow` dataclasses."""

    def __init__(self, with_assignee: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = ["priority", "due", "kind", "title", "customer", "contract", "total", "status"]
        if with_assignee:
            self.columns.insert(4, "assignee")

    def headers(self) -> dict[str, str]:
        return {"priority": self.tr("Priority"), "due": self.tr("Due"), "kind": self.tr("Task"),
                "title": self.tr("Details"), "assignee": self.tr("Collector"), "customer": self.tr("Customer"),
                "contract": self.tr("Contract no."), "total": self.tr("Overdue total"), "status": self.tr("Status")}

    def header_labels(self) -> list[str]:
        names = self.headers()
        return [names[c] for c in self.columns]

    def column_count(self) -> int:
        return len(self.columns)


    def row(self, index: QModelIndex | int) -> TaskRow | None:
        r = index if isinstance(index, int) else index.row()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, C901, PLR0911
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        t = self.rows[index.row()]
        col = self.columns[index.column()]
        L = fl()  # noqa: N806
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "priority":
                return "● " + L.priority(t.priority)
            if col == "due":
                if t.overdue_days > 0:
                    return self.tr("%1 (%2 d late)").replace("%1", fmt_date(t.due_date)).replace("%2", str(t.overdue_days))
                return self.tr("%1 (today)").replace("%1", fmt_date(t.due_date)) if t.overdue_days == 0 else fmt_date(t.due_date)
            if col == "kind":
                return L.task_kind(t.kind)
            if col == "title":
                return task_title(t.kind, t.title)
            if col == "assignee":
                return t.assigned_to or self.tr("(unassigned)")
            if col == "customer":
                return t.customer_name or ""
            if col == "contract":
                return t.contract_no or ""
            if col == "total":
                return money(t.overdue_total)
            if col == "status":
                if t.status == "snoozed":
                    return self.tr("Snoozed: %1").replace("%1", t.snooze_reason or "")
                return L.task_status(t.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "priority":
                return QBrush(QColor(PRIORITY_COLORS.get(t.priority, "#455a64")))
            if col == "due" and t.overdue_days > 0:
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return task_title(t.kind, t.title)
        if role == Qt.ItemDataRole.UserRole:
            return t.id
        return None


class BehindModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def header_labels(self) -> list[str]:
        return [self.tr("Collector"), self.tr("Overdue tasks"), self.tr("Due today"), self.tr("Oldest due"), self.tr("Snoozed")]


    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = r.name if r.user_id is not None else self.tr("(unassigned)")
            return [name, str(r.overdue), str(r.due_today), fmt_date(r.oldest_due) or "—", str(r.snoozed)][c]
        if role == Qt.ItemDataRole.ForegroundRole and c == 1 and r.overdue:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (1, 2, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ComplaintModel(RowListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def header_labels(self) -> list[str]:
        return [self.tr("Received"), self.tr("Customer"), self.tr("Contract no."), self.tr("Against"),
                self.tr("Complaint"), self.tr("Status")]


    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr("Awaiting resolution") if r.status == "open" else self.tr("Resolved: %1").replace("%1", r.resolution or "")
            return [fmt_dt(r.created_at), r.customer_name, r.contract_no, r.against or "—",
                    r.description.replace("\n", " "), status][c]
        if role == Qt.ItemDataRole.ToolTipRole and c in (4, 5):
            return r.description if c == 4 else (r.resolution or "")
        if role == Qt.ItemDataRole.ForegroundRole and c == 5 and r.status == "open":
            return QBrush(QColor("#c62828"))
        return None


# ------------------------------------------------------------------------------------------ dialogs
class ResolveDialog(QDialog):
    def __init__(self, complaint: ComplaintRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve complaint"))
        self.setObjectName("resolveDialog")
        what = QLabel(f"{complaint.customer_name} · {complaint.contract_no}\n{complaint.description}")
        what.setWordWrap(True)
        self.resolution = QPlainTextEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(self.tr("What was found, what was done about the staff, what the customer was told."))
        note = QLabel(self.tr("When no other complaint of the customer is open, visits are allowed again."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5a6475;")
        f = QFormLayout()
        f.addRow(self.tr("Complaint"), what)
        f.addRow(self.tr("Resolution"), self.resolution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(f)
        v.addWidget(note)
        v.addWidget(buttons)
        self.resize(520, 0)


class SnoozeDialog(QDialog):
    def __init__(self, task: TaskRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze task"))
        self.setObjectName("snoozeDialog")
        what = QLabel(task_title(task.kind, task.title))
        what.setWordWrap(True)
        self.until = QDateEdit(QDate(today.year, today.month, today.day).addDays(1))
        self.until.setObjectName("until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why it waits (required), e.g. customer travelling until Friday"))
        f = QFormLayout()
        f.addRow(self.tr("Task"), what)
        f.addRow(self.tr("Snooze until"), self.until)
        f.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(f)
        v.addWidget(buttons)
        self.resize(460, 0)

    def values(self) -> tuple[date, str]:
        return self.until.date().toPython(), self.reason.text()


class NewTaskDialog(QDialog):
    def __init__(self, case_choices: list[tuple[int, str]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New task"))
        self.setObjectName("newTaskDialog")
        self.case = QComboBox()
        self.case.setObjectName("case")
        self.case.setEditable(False)
        for cid, text in case_choices:
            self.case.addItem(text, cid)
        self.title = QPlainTextEdit()
        self.title.setObjectName("title")
        self.title.setFixedHeight(70)
        self.title.setPlaceholderText(self.tr("What to do, e.g. call the employer to confirm the new job"))
        self.due = QDateEdit(QDate(today.year, today.month, today.day))
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for p in (3, 2, 1):
            self.priority.addItem(fl().priority(p), p)
        self.priority.setCurrentIndex(1)
        f = QFormLayout()
        f.addRow(self.tr("Case"), self.case)
        f.addRow(self.tr("Task"), self.title)
        f.addRow(self.tr("Due"), self.due)
        f.addRow(self.tr("Priority"), self.priority)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add task"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(f)
        v.addWidget(buttons)
        self.resize(480, 0)


# ------------------------------------------------------------------------------------------ page
def _table(model: QAbstractTableModel, name: str) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(28)
    t.horizontalHeader().setHighlightSections(False)
    t.setWordWrap(False)
    return t


class WorklistPage(QWidget):
    """The 工作台 page: ``WorklistPage(db, actor)``; emits ``open_case(case_id)`` on Enter / double click."""

    open_case = Signal(int)
    status_message = Signal(str)
    refreshed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = TaskService(db, actor)
        self.outcomes = OutcomeService(db, actor)
        self._job: Job | None = None
        self.is_supervisor = allowed(actor.role, Perm.CASE_ASSIGN)
        self.last_refresh: RefreshResult | None = None
        self._loaded_once = False

        title = QLabel(self.tr("Today's work"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("color: #5a6475;")
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.setToolTip(self.tr("Refresh tasks (F5)"))
        self.refresh_btn.clicked.connect(self.reload)
        self.new_btn = QPushButton(self.tr("New task…"))
        self.new_btn.setToolTip(self.tr("Add a task by hand (N)"))
        self.new_btn.clicked.connect(self.new_task)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        head.addWidget(self.new_btn)
        head.addWidget(self.refresh_btn)

        # my tasks
        self.model = TaskModel(parent=self)
        self.table = _table(self.model, "worklist")
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.empty = QLabel(self.tr("Nothing due today — well done.\nTasks appear here when promises fall due or are "
                                    "broken, installments are due or missed, visits need their notice or outcome, and "
                                    "cases need re-assessment. Add your own with N."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5a6475; font-size: 11pt; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        keys = QLabel(self.tr("Enter open case · L log contact · D done · S snooze · N new task · F5 refresh"))
        keys.setObjectName("keysHint")
        keys.setStyleSheet("color: #5a6475;")
        mine = QWidget()
        mv = QVBoxLayout(mine)
        mv.setContentsMargins(0, 6, 0, 0)
        mv.addWidget(self.stack, 1)
        mv.addWidget(keys)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(mine, self.tr("My tasks"))
        if self.is_supervisor:
            self.behind_model = BehindModel(self)
            self.behind = _table(self.behind_model, "behind")
            self.behind.setMaximumHeight(220)
            for i, width in enumerate((180, 110, 110, 120, 110)):
                self.behind.setColumnWidth(i, width)
            self.branch_model = TaskModel(with_assignee=True, parent=self)
            self.branch_table = _table(self.branch_model, "branchTasks")
            self.branch_table.installEventFilter(self)
            self.branch_table.doubleClicked.connect(lambda _i: self.open_current())
            split = QSplitter(Qt.Orientation.Vertical)
            top = QWidget()
            tv = QVBoxLayout(top)
            tv.setContentsMargins(0, 6, 0, 0)
            who = QLabel(self.tr("Who is behind (open tasks past their due date)"))
            who.setStyleSheet("font-weight: bold;")
            self.branch_pick = QComboBox()  # managers see every branch: pick which one
            self.branch_pick.setObjectName("branchPick")
            if can_see_all_branches(actor):
                for bid, name in ReferenceService(db, actor).branches():
                    self.branch_pick.addItem(name, bid)
                self.branch_pick.setCurrentIndex(max(0, self.branch_pick.findData(actor.branch_id)))
                self.branch_pick.currentIndexChanged.connect(lambda _i: self.reload())
            self.branch_pick.setVisible(self.branch_pick.count() > 1)
            wh = QHBoxLayout()
            wh.addWidget(who, 1)
            wh.addWidget(self.branch_pick)
            tv.addLayout(wh)
            tv.addWidget(self.behind)
            bottom = QWidget()
            bv = QVBoxLayout(bottom)
            bv.setContentsMargins(0, 0, 0, 0)
            lab = QLabel(self.tr("Branch tasks due today and overdue"))
            lab.setStyleSheet("font-weight: bold;")
            bv.addWidget(lab)
            bv.addWidget(self.branch_table)
            split.addWidget(top)
            split.addWidget(bottom)
            split.setStretchFactor(1, 1)
            self.tabs.addTab(split, self.tr("Branch"))
        self.can_resolve = allowed(actor.role, Perm.COMPLAINT_RESOLVE)
        if self.can_resolve:
            self.complaint_model = ComplaintModel(self)
            self.complaints = _table(self.complaint_model, "complaints")
            self.complaints.installEventFilter(self)
            for i, width in enumerate((130, 90, 150, 90, 420)):
                self.complaints.setColumnWidth(i, width)
            self.complaints.horizontalHeader().setStretchLastSection(True)
            self.complaints.doubleClicked.connect(lambda _i: self.resolve_current())
            self.show_resolved = QCheckBox(self.tr("Include resolved"))
            self.show_resolved.setObjectName("showResolved")
            self.show_resolved.toggled.connect(lambda _on: self.load_complaints())
            resolve = QPushButton(self.tr("Resolve…"))
            resolve.setObjectName("resolve")
            resolve.setToolTip(self.tr("Resolve the selected complaint (R)"))
            resolve.clicked.connect(self.resolve_current)
            bar = QHBoxLayout()
            hint = QLabel(self.tr("A complaint pauses visits to the customer until it is resolved."))
            hint.setStyleSheet("color: #5a6475;")
            bar.addWidget(hint, 1)
            bar.addWidget(self.show_resolved)
            bar.addWidget(resolve)
            ctab = QWidget()
            cv = QVBoxLayout(ctab)
            cv.setContentsMargins(0, 6, 0, 0)
            cv.addLayout(bar)
            cv.addWidget(self.complaints, 1)
            self.tabs.addTab(ctab, self.tr("Complaints"))
        v = QVBoxLayout(self)
        v.addLayout(head)
        v.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("F5"), self, self.reload, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for t in [self.table] + ([self.branch_table] if self.is_supervisor else []):
            t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._widths(self.table, self.model)
        if self.is_supervisor:
            self._widths(self.branch_table, self.branch_model)
        self.reload()

    @staticmethod
    def _widths(table: QTableView, model: TaskModel) -> None:
        widths = {"priority": 92, "due": 190, "kind": 120, "title": 380, "assignee": 80, "customer": 80,
                  "contract": 150, "total": 110, "status": 90}
        for i, col in enumerate(model.columns):
            table.setColumnWidth(i, widths[col])
        table.horizontalHeader().setStretchLastSection(True)

    # ---- loading
    def reload(self) -> None:
        """Refresh the automatic tasks off the GUI thread, then list them."""
        if self._job is not None:
            return
        self.summary.setText(self.tr("Refreshing tasks…"))
        self._job = Job(self._refresh_job)
        self._job.signals.finished.connect(self._refreshed)
        self._job.signals.failed.connect(self._refresh_failed)
        self._job.start()

    def _refresh_job(self, _progress, _cancelled) -> RefreshResult:  # noqa: ANN001
        from desktop.services.plans import PlanService

        if allowed(self.actor.role, Perm.PLAN_EDIT):
            PlanService(self.db, self.actor).refresh_plans()  # missed installments, broken or completed plans
        return TaskService(self.db, self.actor).refresh_tasks()

    def _refreshed(self, result: RefreshResult) -> None:
        self._job = None
        self.last_refresh = result
        self.load()
        self.refreshed.emit()

    def _refresh_failed(self, error: Exception) -> None:
        self._job = None
        if isinstance(error, ConflictError):  # a colleague's refresh judged the same promise a moment earlier
            self.load()
            self.status_message.emit(self.tr("Tasks were just refreshed by someone else; the list is current."))
            self.refreshed.emit()
            return
        if isinstance(error, ServiceError):
            self.load()
            show_error(self, error)
            self.refreshed.emit()
            return
        raise error

    def wait_idle(self) -> None:
        """Block until a running refresh has delivered its result (tests, closing)."""
        from PySide6.QtWidgets import QApplication

        while self._job is not None:
            self._job.done.wait(0.05)
            QApplication.processEvents()

    def load(self) -> None:
        """List the tasks again (no refresh of the automatic ones)."""
        keep = self.current_task()
        try:
            rows = self.tasks.worklist()
            upcoming = self.tasks.upcoming_count()
        except ServiceError as e:
            show_error(self, e)
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue_days > 0)
        self.summary.setText(self.tr("My tasks: %1 to do today · %2 overdue · %3 more in the next 7 days")
                             .replace("%1", str(len(rows) - overdue)).replace("%2", str(overdue))
                             .replace("%3", str(upcoming)))
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        first = not self._loaded_once
        self._loaded_once = True
        if rows:
            ids = [r.id for r in rows]
            self.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        if self.is_supervisor:
            try:
                branch = self.branch_pick.currentData() if self.branch_pick.count() else None
                self.behind_model.set_rows(self.tasks.who_is_behind(branch))
                self.branch_model.set_rows(self.tasks.branch_tasks(branch))
            except ServiceError as e:
                show_error(self, e)
                return
            if first and not rows:  # a supervisor with nothing of his own starts on the branch view
                self.tabs.setCurrentIndex(1)
        if self.can_resolve:
            self.load_complaints()

    def load_complaints(self) -> None:
        try:
            rows = self.outcomes.complaints(status=None if self.show_resolved.isChecked() else "open")
        except ServiceError as e:
            show_error(self, e)
            return
        self.complaint_model.set_rows(rows)
        open_n = sum(1 for r in rows if r.status == "open")
        self.tabs.setTabText(self.tabs.indexOf(self.complaints.parentWidget()),
                             self.tr("Complaints (%1)").replace("%1", str(open_n)) if open_n else self.tr("Complaints"))

    def resolve_current(self) -> None:
        idx = self.complaints.currentIndex()
        if not idx.isValid():
            return
        c = self.complaint_model.rows[idx.row()]
        if c.status != "open":
            return
        dlg = ResolveDialog(c, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                self.outcomes.resolve_complaint(c.id, dlg.resolution.toPlainText(), c.version)
            except ServiceError as e:
                show_error(dlg, e)
                if not isinstance(e, ValidationError):
                    break
                continue
            self.status_message.emit(self.tr("Complaint resolved"))
            break
        self.load_complaints()

    # ---- actions
    def _active_table(self) -> tuple[QTableView, TaskModel]:
        if self.is_supervisor and self.tabs.currentIndex() == 1:
            return self.branch_table, self.branch_model
        return self.table, self.model

    def current_task(self) -> TaskRow | None:
        table, model = self._active_table()
        idx = table.currentIndex()
        return model.row(idx) if idx.isValid() else None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and obj is getattr(self, "complaints", None):
            if event.key() in (Qt.Key.Key_R, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                self.resolve_current()
                return True
            return False
        if event.type() == QEvent.Type.KeyPress and obj in (self.table, getattr(self, "branch_table", None)):
            key = event.key()
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            handlers = {Qt.Key.Key_Return: self.open_current, Qt.Key.Key_Enter: self.open_current,
                        Qt.Key.Key_L: self.log_contact, Qt.Key.Key_D: self.mark_done, Qt.Key.Key_S: self.snooze_current,
                        Qt.Key.Key_N: self.new_task}
            if key in handlers:
                handlers[key]()
                return True
        return super().eventFilter(obj, event)

    def open_current(self) -> None:
        t = self.current_task()
        if t is not None and t.case_id is not None:
            self.open_case.emit(t.case_id)

    def log_contact(self) -> None:
        t = self.current_task()
        if t is None or t.case_id is None:
            return
        from desktop.views.outcome_dialog import open_outcome_dialog

        if open_outcome_dialog(self, self.db, self.actor, t.case_id):
            self.status_message.emit(self.tr("Contact logged for %1").replace("%1", t.customer_name or ""))
            self.reload()

    def mark_done(self) -> None:
        t = self.current_task()
        if t is None:
            return
        try:
            self.tasks.done(t.id, t.version)
        except ServiceError as e:
            show_error(self, e)
            self.load()
            return
        self.status_message.emit(self.tr("Done: %1").replace("%1", task_title(t.kind, t.title)))
        self.load()

    def snooze_current(self) -> None:
        t = self.current_task()
        if t is None:
            return
        dlg = SnoozeDialog(t, self.tasks.clock.today(), self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            until, reason = dlg.values()
            try:
                self.tasks.snooze(t.id, until, reason, t.version)
            except ServiceError as e:
                show_error(dlg, e)
                continue
            self.status_message.emit(self.tr("Snoozed until %1").replace("%1", fmt_date(until)))
            self.load()
            return

    def new_task(self) -> None:
        rows = self.model.rows + (self.branch_model.rows if self.is_supervisor else [])
        choices: dict[int, str] = {}
        current = self.current_task()
        if current is not None and current.case_id is not None:
            choices[current.case_id] = f"{current.customer_name} · {current.contract_no}"
        for r in rows:
            if r.case_id is not None and r.case_id not in choices:
                choices[r.case_id] = f"{r.customer_name} · {r.contract_no}"
        if not choices:
            show_error(self, ServiceError(self.tr("Open a case first: a task belongs to a case (use the case list).")))
            return
        dlg = NewTaskDialog(list(choices.items()), self.tasks.clock.today(), self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                self.tasks.create_task(dlg.case.currentData(), dlg.title.toPlainText(), dlg.due.date().toPython(),
                                       dlg.priority.currentData())
            except ServiceError as e:
                show_error(dlg, e)
                continue
            self.status_message.emit(self.tr("Task added"))
            self.load()
            return

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.table.setFocus()


def open_new_task_dialog(parent: QWidget | None, db: Database, actor: Actor, case_id: int) -> bool:
    """Add a task by hand for one case (for the case detail's actions); True when a task was added."""
    from desktop.services.cases import CaseService

    tasks = TaskService(db, actor)
    try:
        ref = CaseService(db, actor).get_ref(case_id)
    except ServiceError as e:
        show_error(parent, e)
        return False
    dlg = NewTaskDialog([(case_id, f"{ref.customer_name} · {ref.contract_no}")], tasks.clock.today(), parent)
    while dlg.exec() == QDialog.DialogCode.Accepted:
        try:
            tasks.create_task(case_id, dlg.title.toPlainText(), dlg.due.date().toPython(), dlg.priority.currentData())
        except ServiceError as e:
            show_error(dlg, e)
            continue
        return True
    return False
