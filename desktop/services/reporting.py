"""Manager reports (报表): plain rows out of the tables, for the workbook and PDF renderers and the screens.

One method of :class:`ReportService` per report. Each returns a :class:`Report` — metadata (title, period,
branch, who generated it and when, notes) and one or more :class:`Table` s of plain tuples with their
columns and a totals row — or, for the manager summary, a :class:`SummaryReport`. The renderers in
``reports/`` (``workbook.py``, ``summary_pdf.py``) turn them into files; the report page shows the tables.

Every KPI is defined once, in :data:`KPI_DEFINITIONS` (name, formula in words, numerator, denominator); the
workbook's note sheet and the PDF print those words. Every division is guarded: an empty denominator gives
``None`` (shown as "—"), never 0 % and never an exception.

Scope: collectors may not view reports (``Perm.REPORT_VIEW``); a supervisor sees his or her branch only; a
manager sees every branch or one. Personal data (ID number, mobile) is masked unless the caller asks for
``unmasked=True`` and holds ``Perm.PII_REVEAL``; such a report writes a ``report.unmasked_export`` audit event.

Attribution (also written in the KPI definitions):
* a visit counts for every member of its team (two-person visits: each collector once) — per-collector
  totals are therefore person-visits; per-branch figures count each visit once;
* a promise belongs to the collector who recorded it; a payment to the collector the case is assigned to;
  a complaint to the collector it is made against.

Times: periods are local dates (Asia/Shanghai) inclusive at both ends; instants are compared in UTC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    String,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    AuditEvent,
    Branch,
    Case,
    CollectionPlan,
    Complaint,
    Customer,
    ImportBatch,
    Loan,
    LoanSnapshot,
    OfficialDay,
    Outcome,
    Payment,
    PlanInstallment,
    PromiseToPay,
    ResultCode,
    User,
    Visit,
    VisitMember,
)
from desktop.models.enums import BUCKETS, VISIT_STATUS_LABELS
from desktop.services import audit
from desktop.services.cases import can_see_all_branches
from desktop.services.context import BRANCH_TZ, Service
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.permissions import Perm, allowed, requires
from desktop.services.workcalendar import WorkCalendar

CENT = Decimal("0.01")
RATE_Q = Decimal("0.0001")
DASH = "—"

# --------------------------------------------------------------------------------------------------
# KPI definitions: the one place that says what every figure means
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    name: str
    formula: str
    numerator: str
    denominator: str | None = None


KPI_DEFINITIONS: dict[str, KpiDefinition] = {
    "visits_planned": KpiDefinition(
        "计划外访", "期间内开始的外访中未取消的次数",
        "开始时间在期间内、状态不是“已取消”的外访次数（两人外访在个人统计中每人各计一次）"),
    "visits_done": KpiDefinition(
        "已完成外访", "计划外访中状态为“已完成”的次数",
        "开始时间在期间内、状态为“已完成”的外访次数（两人外访在个人统计中每人各计一次）"),
    "completion_rate": KpiDefinition(
        "外访完成率", "已完成外访 ÷ 计划外访", "已完成外访次数", "计划外访次数"),
    "contact_rate": KpiDefinition(
        "接触率", "有接触的已完成外访 ÷ 已完成外访",
        "至少登记了一条“计为接触”的外访结果的已完成外访次数", "已完成外访次数"),
    "rpc_rate": KpiDefinition(
        "本人接触率", "接触到借款人本人的已完成外访 ÷ 已完成外访",
        "至少登记了一条“计为本人接触”的外访结果的已完成外访次数", "已完成外访次数"),
    "promise_rate": KpiDefinition(
        "承诺率", "取得承诺的外访 ÷ 接触到本人的外访",
        "至少登记了一条“计为承诺”的外访结果的已完成外访次数", "接触到借款人本人的已完成外访次数"),
    "kept_rate_count": KpiDefinition(
        "承诺兑现率（笔数）", "已兑现承诺 ÷ 已判定承诺",
        "到期日在期间内、状态为“已兑现”的承诺笔数（承诺归登记人）",
        "到期日在期间内、已判定（已兑现、部分兑现、未兑现）的承诺笔数"),
    "kept_rate_amount": KpiDefinition(
        "承诺兑现率（金额）", "已判定承诺的已还金额 ÷ 已判定承诺的承诺金额",
        "到期日在期间内、已判定承诺的已还金额之和（每笔以承诺金额为上限）",
        "到期日在期间内、已判定承诺的承诺金额之和"),
    "amount_recovered": KpiDefinition(
        "回款金额", "回款日期在期间内的回款金额之和",
        "回款日期在期间内的全部回款（个人统计按案件当前分配的催收员归属）"),
    "visits_per_workday": KpiDefinition(
        "每工作日外访", "已完成外访 ÷ 工作日数",
        "已完成外访次数（个人：本人参加的次数）",
        "期间内截至今天的工作日数（按法定节假日和调休上班日计算；合计行为各行工作日之和）"),
    "complaints": KpiDefinition(
        "投诉", "登记时间在期间内的投诉笔数", "登记时间在期间内的投诉（个人统计按被投诉人归属）"),
    "cases_open": KpiDefinition("在催案件", "未结案案件数", "状态不是“已结案”的案件数"),
    "overdue_total": KpiDefinition("逾期总额", "未结案案件逾期总额之和", "未结案案件的逾期总额（本金、利息、罚息）之和"),
    "amount_share": KpiDefinition(
        "金额占比", "该行逾期总额 ÷ 全部逾期总额", "该行的逾期总额", "表内全部行的逾期总额之和"),
    "roll_rate": KpiDefinition(
        "迁徙率（笔数）", "上次导入时在该账龄、现已进入更高账龄的案件 ÷ 上次导入时在该账龄的案件",
        "上次导入时在该账龄、现在仍未结案且账龄更高的案件数", "上次导入时在该账龄的未结案案件数"),
    "roll_rate_amount": KpiDefinition(
        "迁徙率（金额）", "迁徙案件的上期逾期总额 ÷ 该账龄的上期逾期总额",
        "上次导入时在该账龄、现已进入更高账龄的案件的上期逾期总额之和", "上次导入时该账龄的逾期总额之和"),
    "outcome_share": KpiDefinition(
        "结果占比", "该结果的次数 ÷ 全部外访结果次数", "该外访结果的登记次数", "期间内全部外访结果的登记次数"),
    "plan_paid_rate": KpiDefinition(
        "分期履约率", "已还金额 ÷ 到期应还金额",
        "到期日不晚于期末（且不晚于今天）的各期已还金额之和", "到期日不晚于期末（且不晚于今天）的各期应还金额之和"),
}


def ratio(numerator: int | Decimal | None, denominator: int | Decimal | None) -> Decimal | None:
    """``numerator / denominator`` rounded half-up to 4 decimals (0.01 %); ``None`` when there is nothing
    to divide by (an empty period is "—", not 0 %)."""
    if numerator is None or not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(RATE_Q, rounding=ROUND_HALF_UP)


def per(numerator: int | Decimal | None, denominator: int | Decimal | None) -> Decimal | None:
    """A per-unit figure (visits per working day) with two decimals; ``None`` without a denominator."""
    if numerator is None or not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------------------
# Plain results
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a report table.

    ``kind``: ``text`` | ``id`` (a record number, no thousands separator) | ``int`` | ``money`` (Decimal) | ``pct`` (a fraction, e.g. 0.25 = 25 %) | ``decimal``
    (two places) | ``date`` | ``datetime`` (naive local). ``total`` says what the totals row holds:
    ``label`` (the word 合计), ``sum``, ``value`` (the service's figure, not made from the rows: e.g. the
    period's working days under rows that each have them), ``ratio`` (``num`` column total ÷ ``den`` column
    total) or ``None``.
    """

    key: str
    header: str
    kind: str = "text"
    width: float = 12
    total: str | None = None
    num: str | None = None
    den: str | None = None
    kpi: str | None = None
    pii: bool = False


@dataclass(frozen=True)
class Chart:
    """A chart over a table: categories from one column, one series per value column."""

    kind: str  # bar | line
    title: str
    category: str
    series: tuple[str, ...]
    y_title: str = ""


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple]
    totals: tuple | None = None
    chart: Chart | None = None
    note: str = ""
    summary: bool = False  # a summary of the report's other tables (has rows even when they have none)

    def index(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def column(self, key: str) -> list:
        i = self.index(key)
        return [r[i] for r in self.rows]

    def dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, r, strict=True)) for r in self.rows]

    def find(self, key: str, value: object) -> dict[str, Any]:
        """The first row whose ``key`` column equals ``value``, as a dict."""
        i = self.index(key)
        keys = [c.key for c in self.columns]
        for r in self.rows:
            if r[i] == value:
                return dict(zip(keys, r, strict=True))
        raise KeyError(f"{key}={value!r}")

    def total(self, key: str) -> Any:  # noqa: ANN401
        return None if self.totals is None else self.totals[self.index(key)]


@dataclass(frozen=True)
class ReportMeta:
    code: str
    title: str
    period_from: date | None
    period_to: date | None
    period_label: str
    branch_label: str
    collector_label: str | None
    generated_by: str
    generated_at: datetime
    masked: bool = True
    notes: tuple[str, ...] = ()

    @property
    def generated_at_local(self) -> datetime:
        return self.generated_at.astimezone(BRANCH_TZ)


@dataclass(frozen=True)
class Report:
    """``kpis``: the KPI codes the report uses; ``definitions`` holds their entries of :data:`KPI_DEFINITIONS`
    (code, definition) so that the renderers print the same words without importing this module."""

    meta: ReportMeta
    tables: tuple[Table, ...]
    kpis: tuple[str, ...] = ()
    definitions: tuple[tuple[str, KpiDefinition], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "definitions", tuple((c, KPI_DEFINITIONS[c]) for c in self.kpis))

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    @property
    def row_count(self) -> int:
        """Rows of the report's own tables, not of its summaries (an empty period has 0)."""
        return sum(len(t.rows) for t in self.tables if not t.summary)


@dataclass(frozen=True)
class KpiValue:
    code: str
    name: str
    kind: str  # int | pct | money | decimal
    value: int | Decimal | None
    numerator: int | Decimal | None = None
    denominator: int | Decimal | None = None


@dataclass(frozen=True)
class SummaryReport:
    """The manager summary (PDF): headline KPIs, the aging table, a weekly trend and a branch table."""

    meta: ReportMeta
    kpis: tuple[KpiValue, ...]
    aging: Table
    weekly: Table
    branches: Table
    definitions: tuple[tuple[str, KpiDefinition], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "definitions", tuple((k.code, KPI_DEFINITIONS[k.code]) for k in self.kpis))

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.aging, self.branches, self.weekly)

    @property
    def row_count(self) -> int:
        """Rows of the report's own tables, not of its summaries (an empty period has 0)."""
        return sum(len(t.rows) for t in self.tables if not t.summary)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def kpi(self, code: str) -> KpiValue:
        for k in self.kpis:
            if k.code == code:
                return k
        raise KeyError(code)


@dataclass(frozen=True)
class WeekPoint:
    week_start: date
    visits_planned: int
    visits_done: int
    contacted: int
    right_party: int
    promised: int
    promises_judged: int
    promises_kept: int
    kept_rate: Decimal | None
    recovered: Decimal


@dataclass(frozen=True)
class DashboardData:
    branch_label: str
    as_of: date
    buckets: tuple[tuple[str, int, Decimal], ...]  # (bucket, open cases, overdue total)
    weeks: tuple[WeekPoint, ...]


REPORTS: dict[str, str] = {
    "aging": "账龄分析",
    "visits": "外访明细",
    "outcomes": "外访结果汇总",
    "performance": "催收员绩效",
    "promises": "承诺还款跟踪",
    "plans": "分期计划",
    "compliance": "合规与例外",
    "summary": "经营摘要",
}

ATTITUDE_LABELS = {"cooperative": "配合", "neutral": "一般", "evasive": "回避", "hostile": "抵触"}
MET_LABELS = {"borrower": "借款人本人", "family": "家属", "colleague": "同事", "nobody": "未见到人"}
ADDRESS_KIND_LABELS = {"home": "住址", "work": "单位", "other": "其他"}
PROMISE_STATUS_LABELS = {"kept": "已兑现", "partly_kept": "部分兑现", "broken": "未兑现", "open": "待到期",
                         "overdue_open": "待判定"}
PLAN_STATUS_LABELS = {
    "draft": "草稿", "pending": "待审批", "submitted": "待审批", "pending_approval": "待审批", "approved": "已批准",
    "active": "履约中", "completed": "已结清", "done": "已结清", "broken": "已违约", "defaulted": "已违约",
    "rejected": "已驳回", "cancelled": "已取消",
}
INSTALLMENT_STATUS_LABELS = {"due": "待还", "paid": "已还", "partial": "部分还款", "missed": "逾期未还"}
FREQUENCY_LABELS = {"monthly": "每月", "biweekly": "每两周", "weekly": "每周"}
COMPLAINT_STATUS_LABELS = {"open": "处理中", "resolved": "已处理"}
STRATEGY_LABELS = {"visit": "上门", "phone": "电话", "installment": "分期", "settlement": "和解", "legal": "法务"}
_JUDGED = ("kept", "partly_kept", "broken")


# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _utc(d: date) -> datetime:
    """Local midnight at the start of ``d`` as a UTC instant."""
    return datetime.combine(d, time.min, tzinfo=BRANCH_TZ).astimezone(UTC)


def _cents(expr):  # noqa: ANN001, ANN202
    """SUM of a money expression in whole cents: exact on SQLite (whose NUMERIC is a float) and PostgreSQL."""
    return func.coalesce(func.sum(func.round(expr * 100)), 0)


def _money(cents: object) -> Decimal:
    return (Decimal(str(cents or 0)) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def _as_date(v: object) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _bucket_expr(dpd):  # noqa: ANN001, ANN202
    """SQL twin of :func:`desktop.models.enums.bucket_for_dpd`."""
    return case(
        (dpd <= 0, "M0"), (dpd <= 30, "M1"), (dpd <= 60, "M2"), (dpd <= 90, "M3"), (dpd <= 120, "M4"),
        (dpd <= 150, "M5"), (dpd <= 180, "M6"), else_="M6+",
    )


BUCKET_ORDER = ("M0", *BUCKETS)


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _period_label(d0: date | None, d1: date | None) -> str:
    if d0 is None and d1 is None:
        return "全部"
    return f"{d0:%Y-%m-%d} 至 {d1:%Y-%m-%d}"


def _flag(cond):  # noqa: ANN001, ANN202
    return func.sum(case((cond, 1), else_=0))


@dataclass
class _Scope:
    branch_ids: list[int] | None  # None: every branch
    branch_label: str
    collector_id: int | None = None
    collector_label: str | None = None
    branch_names: dict[int, str] = field(default_factory=dict)


@dataclass
class _VisitCounts:
    planned: int = 0
    done: int = 0
    contacted: int = 0
    right_party: int = 0
    promised: int = 0


@dataclass
class _PromiseCounts:
    judged: int = 0
    kept: int = 0
    amount: Decimal = Decimal("0.00")
    paid: Decimal = Decimal("0.00")


# --------------------------------------------------------------------------------------------------
# The service
# --------------------------------------------------------------------------------------------------


MIN_UNMASK_REASON = 4  # characters, as for revealing one customer's numbers


class ReportService(Service):
    """Read-only report queries (one method per report)."""

    # --- choices for the screens and the command line ------------------------------------------------

    @requires(Perm.REPORT_VIEW)
    def branch_choices(self) -> list[tuple[int, str, str | None]]:
        """``(id, name, code)`` of the branches the actor may report on."""
        with self.read() as s:
            q = select(Branch.id, Branch.name, Branch.code).order_by(Branch.name)
            if not can_see_all_branches(self.actor):
                q = q.where(Branch.id == self.actor.branch_id)
            return [tuple(r) for r in s.execute(q)]

    @requires(Perm.REPORT_VIEW)
    def collector_choices(self, branch_id: int | None = None) -> list[tuple[int, str, str]]:
        """``(id, display name, login)`` of the collectors in scope (optionally one branch)."""
        with self.read() as s:
            scope = self._scope(s, branch_id)
            q = select(User.id, User.display_name, User.login).where(User.role == "collector").order_by(
                User.display_name, User.id)
            if scope.branch_ids is not None:
                q = q.where(User.branch_id.in_(scope.branch_ids))
            return [tuple(r) for r in s.execute(q)]

    @requires(Perm.REPORT_VIEW)
    def resolve_branch(self, text_value: str) -> int:
        """A branch id from its name or code (command line ``--branch``)."""
        wanted = (text_value or "").strip()
        for bid, name, code in self.branch_choices():
            if wanted in (name, code) or (code and wanted.lower() == code.lower()):
                return bid
        raise NotFound(f"营业部「{wanted}」不存在或不在你的查看范围内。请用营业部名称或代码。",
                       en=f"The branch \"{wanted}\" does not exist or is outside what you may view. "
                          "Use the branch's name or code.")

    @requires(Perm.REPORT_VIEW)
    def resolve_collector(self, login: str) -> int:
        for uid, _name, lg in self.collector_choices():
            if lg == (login or "").strip():
                return uid
        raise NotFound(f"催收员「{login}」不存在或不在你的查看范围内。请用登录名。",
                       en=f"The collector \"{login}\" does not exist or is outside what you may view. "
                          "Use the login name.")

    # --- reports --------------------------------------------------------------------------------------

    @requires(Perm.REPORT_VIEW)
    def aging(self, branch_id: int | None = None) -> Report:
        """账龄分析: open cases by branch × bucket, change since the previous import, roll rates."""
        with self.read() as s:
            scope = self._scope(s, branch_id)
            return self._aging(s, scope)

    @requires(Perm.REPORT_VIEW)
    def visits(self, date_from: date, date_to: date, branch_id: int | None = None,
               collector_id: int | None = None, *, unmasked: bool = False, reason: str | None = None) -> Report:
        """外访明细: every visit starting in the period, with team, district, status, outcome, attitude."""
        self._check_period(date_from, date_to)
        reason = self._check_unmasked(unmasked, reason)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            report = self._visit_log(s, scope, date_from, date_to, unmasked)
        if unmasked:
            self._audit_unmasked(report, reason)
        return report

    @requires(Perm.REPORT_VIEW)
    def outcomes(self, date_from: date, date_to: date, branch_id: int | None = None,
                 collector_id: int | None = None) -> Report:
        """外访结果汇总: visit outcomes by result code, by collector and by branch."""
        self._check_period(date_from, date_to)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            return self._outcomes(s, scope, date_from, date_to)

    @requires(Perm.REPORT_VIEW)
    def performance(self, date_from: date, date_to: date, branch_id: int | None = None,
                    collector_id: int | None = None) -> Report:
        """催收员绩效: per collector and per branch, plus a weekly trend."""
        self._check_period(date_from, date_to)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            return self._performance(s, scope, date_from, date_to)

    @requires(Perm.REPORT_VIEW)
    def promises(self, date_from: date, date_to: date, branch_id: int | None = None,
                 collector_id: int | None = None, *, unmasked: bool = False, reason: str | None = None) -> Report:
        """承诺还款跟踪: every promise due in the period and a summary by state."""
        self._check_period(date_from, date_to)
        reason = self._check_unmasked(unmasked, reason)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            report = self._promises(s, scope, date_from, date_to, unmasked)
        if unmasked:
            self._audit_unmasked(report, reason)
        return report

    @requires(Perm.REPORT_VIEW)
    def plans(self, date_from: date, date_to: date, branch_id: int | None = None,
              collector_id: int | None = None) -> Report:
        """分期计划: installment plans running in the period and their state."""
        self._check_period(date_from, date_to)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            return self._plans(s, scope, date_from, date_to)

    @requires(Perm.REPORT_VIEW)
    def compliance(self, date_from: date, date_to: date, branch_id: int | None = None,
                   collector_id: int | None = None) -> Report:
        """合规与例外: refused visit attempts by rule, overrides, data reveals, complaints."""
        self._check_period(date_from, date_to)
        with self.read() as s:
            scope = self._scope(s, branch_id, collector_id)
            return self._compliance(s, scope, date_from, date_to)

    @requires(Perm.REPORT_VIEW)
    def summary(self, date_from: date, date_to: date, branch_id: int | None = None) -> SummaryReport:
        """经营摘要 (PDF): headline KPIs for the period, the aging table, weekly trend, branches."""
        self._check_period(date_from, date_to)
        with self.read() as s:
            scope = self._scope(s, branch_id)
            return self._summary(s, scope, date_from, date_to)

    @requires(Perm.REPORT_VIEW)
    def dashboard(self, branch_id: int | None = None, weeks: int = 12) -> DashboardData:
        """工作台 charts: bucket distribution and the last ``weeks`` weeks' visits, promises and payments."""
        weeks = max(1, min(int(weeks), 104))
        today = self.clock.today()
        d0 = _week_start(today) - timedelta(weeks=weeks - 1)
        with self.read() as s:
            scope = self._scope(s, branch_id)
            buckets = self._bucket_totals(s, scope)
            points = self._weekly(s, scope, d0, today)
        return DashboardData(scope.branch_label, today, tuple(buckets), tuple(points))

    @requires(Perm.REPORT_VIEW)
    def build(self, name: str, date_from: date | None = None, date_to: date | None = None,
              branch_id: int | None = None, collector_id: int | None = None, *,
              unmasked: bool = False, reason: str | None = None) -> Report | SummaryReport:
        """Any report by its code (see :data:`REPORTS`): the one entry point of the GUI and the CLI."""
        if name not in REPORTS:
            raise ValidationError(f"没有名为「{name}」的报表。可选：{'、'.join(REPORTS)}。",
                                  en=f"There is no report named \"{name}\". Choose one of: {', '.join(REPORTS)}.")
        today = self.clock.today()
        date_from = date_from or today.replace(day=1)
        date_to = date_to or today
        if name == "aging":
            return self.aging(branch_id)
        if name == "summary":
            return self.summary(date_from, date_to, branch_id)
        if name in ("visits", "promises"):
            return getattr(self, name)(date_from, date_to, branch_id, collector_id, unmasked=unmasked, reason=reason)
        return getattr(self, name)(date_from, date_to, branch_id, collector_id)

    # --- scope, checks, metadata ---------------------------------------------------------------------

    def _scope(self, s: Session, branch_id: int | None, collector_id: int | None = None) -> _Scope:
        names = dict(s.execute(select(Branch.id, Branch.name)).all())
        if can_see_all_branches(self.actor):
            if branch_id is not None and branch_id not in names:
                raise NotFound(f"营业部 #{branch_id} 不存在。", en=f"Branch #{branch_id} does not exist.")
            ids = None if branch_id is None else [branch_id]
        else:
            if branch_id is not None and branch_id != self.actor.branch_id:
                raise PermissionDenied("权限不足：你只能查看本营业部的报表。请选择本营业部，或请经理查看全部营业部。",
                                       en="Insufficient permission: you can only view your own branch's reports. "
                                          "Choose your branch, or ask a manager to view all branches.")
            if self.actor.branch_id is None:
                raise PermissionDenied("权限不足：你的账户未分配营业部，无法查看报表。请联系管理员。",
                                       en="Insufficient permission: your account has no branch, so you cannot view "
                                          "reports. Contact an administrator.")
            ids = [self.actor.branch_id]
        label = "全部营业部" if ids is None else names.get(ids[0], f"#{ids[0]}")
        scope = _Scope(ids, label, branch_names=names)
        if collector_id is not None:
            u = s.get(User, collector_id)
            if u is None:
                raise NotFound(f"催收员 #{collector_id} 不存在。", en=f"Collector #{collector_id} does not exist.")
            if ids is not None and u.branch_id not in ids:
                raise PermissionDenied("权限不足：该催收员不属于所选营业部。请先选择其营业部。",
                                       en="Insufficient permission: this collector does not belong to the selected "
                                          "branch. Select the collector's branch first.")
            scope.collector_id = u.id
            scope.collector_label = u.display_name
        return scope

    @staticmethod
    def _check_period(d0: date, d1: date) -> None:
        if d0 is None or d1 is None:
            raise ValidationError("请选择报表期间的开始日期和结束日期。",
                                  en="Choose the start date and the end date of the report period.")
        if d0 > d1:
            raise ValidationError(f"报表期间无效：开始日期 {d0:%Y-%m-%d} 晚于结束日期 {d1:%Y-%m-%d}。请调整期间。",
                                  en=f"The report period is invalid: the start date {d0:%Y-%m-%d} is after the end "
                                     f"date {d1:%Y-%m-%d}. Adjust the period.")

    def _check_unmasked(self, unmasked: bool, reason: str | None) -> str | None:
        """The reason of an unmasked report, cleaned (as revealing one customer's numbers asks for one)."""
        if not unmasked:
            return None
        if not allowed(self.actor.role, Perm.PII_REVEAL):
            raise PermissionDenied("权限不足：导出完整证件号和手机号需要查看个人信息的权限。请导出脱敏版本。",
                                   en="Insufficient permission: exporting full ID and mobile numbers requires the "
                                      "permission to view personal information. Export the masked version instead.")
        text = (reason or "").strip()
        if len(text) < MIN_UNMASK_REASON:
            raise ValidationError(
                f"导出完整证件号和手机号需要填写理由（至少 {MIN_UNMASK_REASON} 个字），理由记入审计日志。",
                en=f"Exporting full ID and mobile numbers needs a reason (at least {MIN_UNMASK_REASON} characters); "
                   "it is kept in the audit log.")
        if len(text) > 300:
            raise ValidationError("理由太长：最多 300 字。", en="The reason is too long: at most 300 characters.")
        return text

    def _audit_unmasked(self, report: Report, reason: str | None) -> None:
        m = report.meta
        with self.tx() as s:
            audit.record(s, self.actor, "report.unmasked_export", entity="report", after={
                "report": m.code, "from": m.period_from, "to": m.period_to, "branch": m.branch_label,
                "collector": m.collector_label, "rows": report.row_count, "reason": reason,
            }, detail=f"导出未脱敏报表「{m.title}」（{m.period_label}，{m.branch_label}，{report.row_count} 行）；"
                      f"理由：{reason}")

    def _meta(self, code: str, scope: _Scope, d0: date | None, d1: date | None, *, period_label: str | None = None,
              masked: bool = True, notes: Iterable[str] = ()) -> ReportMeta:
        a = self.actor
        return ReportMeta(
            code=code, title=REPORTS[code], period_from=d0, period_to=d1,
            period_label=period_label or _period_label(d0, d1), branch_label=scope.branch_label,
            collector_label=scope.collector_label, generated_by=f"{a.name}（{a.login}）",
            generated_at=self.clock.now(), masked=masked, notes=tuple(notes),
        )

    def _workdays(self, s: Session, d0: date, d1: date) -> int:
        """Working days in ``[d0, min(d1, today)]`` by the official calendar."""
        end = min(d1, self.clock.today())
        if end < d0:
            return 0
        cal = WorkCalendar(s.scalars(select(OfficialDay).where(OfficialDay.day.between(d0, end))).all())
        return sum(1 for i in range((end - d0).days + 1) if cal.is_workday(d0 + timedelta(days=i)))

    def _local_day(self, s: Session, col):  # noqa: ANN001, ANN202
        offset = int(datetime.now(BRANCH_TZ).utcoffset().total_seconds() // 3600)
        if s.get_bind().dialect.name == "postgresql":
            return func.date(col + literal_column(f"INTERVAL '{offset} hours'"))
        return type_coerce(func.date(col, literal_column(f"'{offset:+d} hours'")), String)

    def _users(self, s: Session) -> dict[int, tuple[str, str | None, int | None, str, bool]]:
        return {r[0]: tuple(r[1:]) for r in s.execute(
            select(User.id, User.display_name, User.employee_no, User.branch_id, User.role, User.active))}

    # --- common aggregates ---------------------------------------------------------------------------

    def _visit_where(self, scope: _Scope, t0: datetime, t1: datetime) -> list:
        w = [Visit.start_at >= t0, Visit.start_at < t1]
        if scope.branch_ids is not None:
            w.append(Visit.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            vm = aliased(VisitMember)
            w.append(exists().where(vm.visit_id == Visit.id, vm.user_id == scope.collector_id))
        return w

    def _visit_flags(self, s: Session, scope: _Scope, t0: datetime, t1: datetime):  # noqa: ANN202
        """Per visit in the period: whether any outcome counts as contact / right party / promise."""
        codes = s.execute(select(ResultCode.code, ResultCode.contacted, ResultCode.right_party,
                                 ResultCode.promise)).all()

        def any_of(pick: int):  # noqa: ANN202
            chosen = [c[0] for c in codes if c[pick]] or ["\x00none"]
            return func.max(case((Outcome.result_code.in_(chosen), 1), else_=0))

        return (
            select(Outcome.visit_id.label("visit_id"), any_of(1).label("contacted"),
                   any_of(2).label("right_party"), any_of(3).label("promise"))
            .join(Visit, Visit.id == Outcome.visit_id)
            .where(*self._visit_where(scope, t0, t1))
            .group_by(Outcome.visit_id)
            .subquery()
        )

    def _visit_counts(self, s: Session, scope: _Scope, d0: date, d1: date, by: str) -> dict[Any, _VisitCounts]:
        """Visit counts grouped ``by`` ``member`` (user id), ``branch`` or ``day`` (local date)."""
        t0, t1 = _utc(d0), _utc(d1 + timedelta(days=1))
        flags = self._visit_flags(s, scope, t0, t1)
        done = Visit.status == "done"
        cols = [
            _flag(Visit.status != "cancelled"), _flag(done),
            _flag(and_(done, flags.c.contacted == 1)), _flag(and_(done, flags.c.right_party == 1)),
            _flag(and_(done, flags.c.promise == 1)),
        ]
        if by == "member":
            key = VisitMember.user_id
            q = select(key, *cols).select_from(Visit).join(VisitMember, VisitMember.visit_id == Visit.id)
        elif by == "branch":
            key = Visit.branch_id
            q = select(key, *cols).select_from(Visit)
        elif by == "branch_day":
            key = self._local_day(s, Visit.start_at)
            q = select(Visit.branch_id, key, *cols).select_from(Visit)
        else:
            key = self._local_day(s, Visit.start_at)
            q = select(key, *cols).select_from(Visit)
        q = q.outerjoin(flags, flags.c.visit_id == Visit.id).where(*self._visit_where(scope, t0, t1))
        q = q.group_by(Visit.branch_id, key) if by == "branch_day" else q.group_by(key)
        out: dict[Any, _VisitCounts] = {}
        for row in s.execute(q):
            if by == "branch_day":
                k, vals = (row[0], _as_date(row[1])), row[2:]
            else:
                k, vals = (_as_date(row[0]) if by == "day" else row[0]), row[1:]
            out[k] = _VisitCounts(*(int(v or 0) for v in vals))
        return out

    def _visit_counts_member_and_branch_day(self, s: Session, scope: _Scope, d0: date,
                                            d1: date) -> tuple[dict[Any, _VisitCounts], dict[Any, _VisitCounts]]:
        """``_visit_counts(..., "member")`` and ``_visit_counts(..., "branch_day")`` in one statement: each
        visit of the period and its outcome flags are read once (a common table expression used by both
        groupings) instead of once per grouping."""
        t0, t1 = _utc(d0), _utc(d1 + timedelta(days=1))
        codes = s.execute(select(ResultCode.code, ResultCode.contacted, ResultCode.right_party,
                                 ResultCode.promise)).all()

        def any_of(pick: int):  # noqa: ANN202
            chosen = [c[0] for c in codes if c[pick]] or ["\x00none"]
            return func.max(case((Outcome.result_code.in_(chosen), 1), else_=0))

        day = self._local_day(s, Visit.start_at)
        per_visit = (
            select(Visit.id.label("visit_id"), Visit.branch_id.label("branch_id"), day.label("day"),
                   Visit.status.label("status"), any_of(1).label("contacted"), any_of(2).label("right_party"),
                   any_of(3).label("promise"))
            .select_from(Visit).outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(*self._visit_where(scope, t0, t1))
            .group_by(Visit.id, Visit.branch_id, Visit.start_at, Visit.status)
            .cte("visit_flags")
        )
        done = per_visit.c.status == "done"
        cols = [
            _flag(per_visit.c.status != "cancelled"), _flag(done), _flag(and_(done, per_visit.c.contacted == 1)),
            _flag(and_(done, per_visit.c.right_party == 1)), _flag(and_(done, per_visit.c.promise == 1)),
        ]
        by_member = (select(literal(0).label("kind"), VisitMember.user_id.label("k1"),
                            type_coerce(null(), String).label("k2"), *cols)
                     .select_from(per_visit).join(VisitMember, VisitMember.visit_id == per_visit.c.visit_id)
                     .group_by(VisitMember.user_id))
        by_branch_day = (select(literal(1), per_visit.c.branch_id, per_visit.c.day, *cols)
                         .group_by(per_visit.c.branch_id, per_visit.c.day))
        members: dict[Any, _VisitCounts] = {}
        branch_days: dict[Any, _VisitCounts] = {}
        for kind, k1, k2, *vals in s.execute(union_all(by_member, by_branch_day)):
            counts = _VisitCounts(*(int(v or 0) for v in vals))
            if kind == 0:
                members[k1] = counts
            else:
                branch_days[(k1, _as_date(k2))] = counts
        return members, branch_days

    @staticmethod
    def _fold(pairs: dict[tuple, Any], pick: int) -> dict:
        """Sum ``{(branch, day): counts}`` over the other key: ``pick`` 0 → per branch, 1 → per day."""
        out: dict = {}
        for key, v in pairs.items():
            k = key[pick]
            if isinstance(v, _VisitCounts):
                acc = out.setdefault(k, _VisitCounts())
                for f in ("planned", "done", "contacted", "right_party", "promised"):
                    setattr(acc, f, getattr(acc, f) + getattr(v, f))
            elif isinstance(v, _PromiseCounts):
                acc = out.setdefault(k, _PromiseCounts())
                acc.judged += v.judged
                acc.kept += v.kept
                acc.amount += v.amount
                acc.paid += v.paid
            else:
                out[k] = out.get(k, Decimal("0.00")) + v
        return out

    def _promise_counts(self, s: Session, scope: _Scope, d0: date, d1: date, by: str) -> dict[Any, _PromiseCounts]:
        """Judged promises due in the period grouped ``by`` ``member`` (recorder), ``branch`` or ``day``."""
        P = PromiseToPay  # noqa: N806
        key = {"member": P.created_by_id, "branch": Case.branch_id, "day": P.due_date,
               "branch_day": (Case.branch_id, P.due_date)}[by]
        keys = key if isinstance(key, tuple) else (key,)
        judged = P.status.in_(_JUDGED)
        capped = case((P.paid_amount > P.amount, P.amount), else_=P.paid_amount)
        q = (select(*keys, func.count(), _flag(P.status == "kept"), _cents(P.amount), _cents(capped))
             .select_from(P).join(Case, Case.id == P.case_id)
             .where(P.due_date >= d0, P.due_date <= d1, judged).group_by(*keys))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(P.created_by_id == scope.collector_id)
        out = {}
        for row in s.execute(q):
            k = tuple(row[:len(keys)]) if len(keys) > 1 else row[0]
            n, kept, amount, paid = row[len(keys):]
            if by == "day":
                k = _as_date(k)
            elif by == "branch_day":
                k = (k[0], _as_date(k[1]))
            out[k] = _PromiseCounts(int(n), int(kept or 0), _money(amount), _money(paid))
        return out

    def _recovered(self, s: Session, scope: _Scope, d0: date, d1: date, by: str) -> dict[Any, Decimal]:
        """Payments received in the period grouped ``by`` ``member`` (case's collector), ``branch`` or ``day``."""
        branch = func.coalesce(Case.branch_id, Loan.branch_id)
        key = {"member": Case.assigned_to_id, "branch": branch, "day": Payment.paid_on,
               "branch_day": (branch, Payment.paid_on)}[by]
        keys = key if isinstance(key, tuple) else (key,)
        q = (select(*keys, _cents(Payment.amount)).select_from(Payment)
             .join(Loan, Loan.id == Payment.loan_id).outerjoin(Case, Case.id == Payment.case_id)
             .where(Payment.paid_on >= d0, Payment.paid_on <= d1).group_by(*keys))
        if scope.branch_ids is not None:
            q = q.where(branch.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(Case.assigned_to_id == scope.collector_id)
        out = {}
        for row in s.execute(q):
            k, cents = (tuple(row[:2]), row[2]) if len(keys) > 1 else (row[0], row[1])
            if by == "day":
                k = _as_date(k)
            elif by == "branch_day":
                k = (k[0], _as_date(k[1]))
            out[k] = _money(cents)
        return out

    def _promise_counts_member_and_branch_day(self, s: Session, scope: _Scope, d0: date,
                                              d1: date) -> tuple[dict[Any, _PromiseCounts], dict[Any, _PromiseCounts]]:
        """``_promise_counts(..., "member")`` and ``_promise_counts(..., "branch_day")`` in one statement (the
        promises of the period read once)."""
        P = PromiseToPay  # noqa: N806
        capped = case((P.paid_amount > P.amount, P.amount), else_=P.paid_amount)
        q = (select(P.created_by_id.label("member"), Case.branch_id.label("branch_id"), P.due_date.label("day"),
                    P.status.label("status"), func.round(P.amount * 100).label("amount"),
                    func.round(capped * 100).label("paid"))
             .select_from(P).join(Case, Case.id == P.case_id)
             .where(P.due_date >= d0, P.due_date <= d1, P.status.in_(_JUDGED)))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(P.created_by_id == scope.collector_id)
        f = q.cte("judged_promises")
        cols = (func.count(), _flag(f.c.status == "kept"), func.coalesce(func.sum(f.c.amount), 0),
                func.coalesce(func.sum(f.c.paid), 0))
        by_member = select(literal(0).label("kind"), f.c.member.label("k1"), null().label("k2"), *cols).group_by(
            f.c.member)
        by_branch_day = select(literal(1), f.c.branch_id, f.c.day, *cols).group_by(f.c.branch_id, f.c.day)
        members: dict[Any, _PromiseCounts] = {}
        branch_days: dict[Any, _PromiseCounts] = {}
        for kind, k1, k2, n, kept, amount, paid in s.execute(union_all(by_member, by_branch_day)):
            counts = _PromiseCounts(int(n), int(kept or 0), _money(amount), _money(paid))
            if kind == 0:
                members[k1] = counts
            else:
                branch_days[(k1, _as_date(k2))] = counts
        return members, branch_days

    def _recovered_member_and_branch_day(self, s: Session, scope: _Scope, d0: date,
                                         d1: date) -> tuple[dict[Any, Decimal], dict[Any, Decimal]]:
        """``_recovered(..., "member")`` and ``_recovered(..., "branch_day")`` in one statement (the payments
        of the period read once)."""
        branch = func.coalesce(Case.branch_id, Loan.branch_id)
        q = (select(Case.assigned_to_id.label("member"), branch.label("branch_id"), Payment.paid_on.label("day"),
                    func.round(Payment.amount * 100).label("cents"))
             .select_from(Payment).join(Loan, Loan.id == Payment.loan_id).outerjoin(Case, Case.id == Payment.case_id)
             .where(Payment.paid_on >= d0, Payment.paid_on <= d1))
        if scope.branch_ids is not None:
            q = q.where(branch.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(Case.assigned_to_id == scope.collector_id)
        f = q.cte("period_payments")
        total = func.coalesce(func.sum(f.c.cents), 0)
        by_member = select(literal(0).label("kind"), f.c.member.label("k1"), null().label("k2"), total).group_by(
            f.c.member)
        by_branch_day = select(literal(1), f.c.branch_id, f.c.day, total).group_by(f.c.branch_id, f.c.day)
        members: dict[Any, Decimal] = {}
        branch_days: dict[Any, Decimal] = {}
        for kind, k1, k2, cents in s.execute(union_all(by_member, by_branch_day)):
            if kind == 0:
                members[k1] = _money(cents)
            else:
                branch_days[(k1, _as_date(k2))] = _money(cents)
        return members, branch_days

    def _complaint_counts(self, s: Session, scope: _Scope, d0: date, d1: date, by: str) -> dict[Any, int]:
        key = {"member": Complaint.against_user_id, "branch": Case.branch_id}[by]
        q = (select(key, func.count()).select_from(Complaint).join(Case, Case.id == Complaint.case_id)
             .where(Complaint.created_at >= _utc(d0), Complaint.created_at < _utc(d1 + timedelta(days=1)))
             .group_by(key))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(Complaint.against_user_id == scope.collector_id)
        return {k: int(n) for k, n in s.execute(q)}

    def _bucket_totals(self, s: Session, scope: _Scope) -> list[tuple[str, int, Decimal]]:
        bucket = _bucket_expr(Case.dpd)
        q = select(bucket, func.count(), _cents(Case.overdue_total)).where(Case.status != "closed").group_by(bucket)
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        got = {b: (int(n), _money(c)) for b, n, c in s.execute(q)}
        order = [b for b in BUCKET_ORDER if b != "M0" or b in got]
        return [(b, *got.get(b, (0, Decimal("0.00")))) for b in order]

    def _weekly(self, s: Session, scope: _Scope, d0: date, d1: date, by_day: tuple | None = None) -> list[WeekPoint]:
        """Weekly points; ``by_day``: already computed per-day (visits, promises, payments)."""
        if by_day is None:
            by_day = (self._visit_counts(s, scope, d0, d1, "day"), self._promise_counts(s, scope, d0, d1, "day"),
                      self._recovered(s, scope, d0, d1, "day"))
        visits, promises, paid = by_day
        weeks: dict[date, list] = {}
        w = _week_start(d0)
        while w <= d1:
            weeks[w] = [_VisitCounts(), _PromiseCounts(), Decimal("0.00")]
            w += timedelta(days=7)
        for d, v in visits.items():
            acc = weeks[_week_start(d)][0]
            for f in ("planned", "done", "contacted", "right_party", "promised"):
                setattr(acc, f, getattr(acc, f) + getattr(v, f))
        for d, p in promises.items():
            acc = weeks[_week_start(d)][1]
            acc.judged += p.judged
            acc.kept += p.kept
        for d, amount in paid.items():
            weeks[_week_start(d)][2] += amount
        return [WeekPoint(w, v.planned, v.done, v.contacted, v.right_party, v.promised, p.judged, p.kept,
                          ratio(p.kept, p.judged), amount) for w, (v, p, amount) in weeks.items()]

    # --- 账龄分析 -------------------------------------------------------------------------------------

    def _aging(self, s: Session, scope: _Scope) -> Report:  # noqa: C901, PLR0912, PLR0915
        # the newest data wins, not the file imported last (an older correction file imported afterwards must
        # not turn the report back to its date); the previous import is the newest one of an earlier date
        done = select(ImportBatch.id, ImportBatch.data_date, ImportBatch.started_at).where(
            ImportBatch.kind == "overdue", ImportBatch.finished_at.is_not(None))
        newest = s.execute(done.order_by(ImportBatch.data_date.desc(), ImportBatch.id.desc()).limit(1)).first()
        batches = [newest] if newest else []
        if newest:
            older = s.execute(done.where(ImportBatch.data_date < newest.data_date)
                              .order_by(ImportBatch.data_date.desc(), ImportBatch.id.desc()).limit(1)).first() \
                or s.execute(done.where(ImportBatch.id != newest.id).order_by(ImportBatch.id.desc()).limit(1)).first()
            batches += [older] if older else []
        notes: list[str] = []
        if batches:
            as_of = batches[0].data_date
        else:
            q = select(func.max(Loan.data_date)).join(Case, Case.loan_id == Loan.id).where(Case.status != "closed")
            as_of = s.scalar(q)
        has_prev = len(batches) >= 2
        if has_prev:
            latest, prev = batches[0], batches[1]
            notes.append(f"变化与迁徙：与上一次导入（数据日期 {prev.data_date:%Y-%m-%d}）相比；"
                         f"本次导入数据日期 {latest.data_date:%Y-%m-%d}。")
        else:
            notes.append("没有上一次导入：无法计算与上次导入相比的变化和迁徙率（至少需要两次逾期明细导入）。")

        cur_bucket = _bucket_expr(Case.dpd)
        q = (select(Case.branch_id, cur_bucket, func.count(), _cents(Case.overdue_total))
             .where(Case.status != "closed").group_by(Case.branch_id, cur_bucket))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        cur = {(b, k): (int(n), _money(c)) for b, k, n, c in s.execute(q)}

        prev_cells: dict[tuple[int, str], tuple[int, Decimal]] = {}
        moves: dict[str, dict[str, list]] = {}
        if has_prev:
            snap = (select(LoanSnapshot.loan_id, LoanSnapshot.dpd_before, LoanSnapshot.total_before)
                    .where(LoanSnapshot.import_batch_id == latest.id).subquery())
            prev_dpd = func.coalesce(snap.c.dpd_before, Case.dpd)
            prev_total = func.coalesce(snap.c.total_before, Case.overdue_total)
            prev_bucket = _bucket_expr(prev_dpd)
            now_state = case((Case.status == "closed", "closed"), else_=cur_bucket)
            q = (select(Case.branch_id, prev_bucket, now_state, func.count(), _cents(prev_total))
                 .select_from(Case).outerjoin(snap, snap.c.loan_id == Case.loan_id)
                 .where(Case.opened_at < latest.started_at,
                        or_(Case.status != "closed", Case.closed_at >= latest.started_at))
                 .group_by(Case.branch_id, prev_bucket, now_state))
            if scope.branch_ids is not None:
                q = q.where(Case.branch_id.in_(scope.branch_ids))
            for b, pb, state, n, cents in s.execute(q):
                n, amount = int(n), _money(cents)
                c0, a0 = prev_cells.get((b, pb), (0, Decimal("0.00")))
                prev_cells[(b, pb)] = (c0 + n, a0 + amount)
                m = moves.setdefault(pb, {"n": [0, Decimal("0.00")], "up": [0, Decimal("0.00")], "same": [0, 0],
                                          "down": [0, 0], "closed": [0, 0]})
                m["n"][0] += n
                m["n"][1] += amount
                if state == "closed":
                    kind = "closed"
                else:
                    d = BUCKET_ORDER.index(state) - BUCKET_ORDER.index(pb)
                    kind = "up" if d > 0 else "same" if d == 0 else "down"
                m[kind][0] += n
                m[kind][1] += amount

        branch_ids = sorted({b for b, _ in cur} | {b for b, _ in prev_cells},
                            key=lambda b: scope.branch_names.get(b, ""))
        present = {k for _, k in cur} | {k for _, k in prev_cells}
        buckets = [b for b in BUCKET_ORDER if b != "M0" or b in present]
        grand = sum((a for _, a in cur.values()), Decimal("0.00"))
        rows = []
        for bid in branch_ids:
            for bk in buckets:
                n, amount = cur.get((bid, bk), (0, Decimal("0.00")))
                if has_prev:
                    pn, pa = prev_cells.get((bid, bk), (0, Decimal("0.00")))
                    rows.append((scope.branch_names.get(bid, str(bid)), bk, n, amount, ratio(amount, grand),
                                 pn, pa, n - pn, amount - pa))
                else:
                    rows.append((scope.branch_names.get(bid, str(bid)), bk, n, amount, ratio(amount, grand),
                                 None, None, None, None))
        tot_n = sum(r[2] for r in rows)
        if has_prev:
            tot_pn = sum(r[5] for r in rows)
            tot_pa = sum((r[6] for r in rows), Decimal("0.00"))
            totals = ("合计", "", tot_n, grand, ratio(grand, grand), tot_pn, tot_pa, tot_n - tot_pn, grand - tot_pa)
        else:
            totals = ("合计", "", tot_n, grand, ratio(grand, grand), None, None, None, None)
        main = Table(
            "aging", "账龄分布（营业部 × 账龄）",
            (
                Column("branch", "营业部", width=18, total="label"),
                Column("bucket", "账龄", width=8),
                Column("cases", "案件数", "int", 10, "sum", kpi="cases_open"),
                Column("overdue_total", "逾期总额", "money", 18, "sum", kpi="overdue_total"),
                Column("share", "金额占比", "pct", 10, "ratio", num="overdue_total", den="overdue_total",
                       kpi="amount_share"),
                Column("prev_cases", "上次导入案件数", "int", 14, "sum"),
                Column("prev_total", "上次导入逾期总额", "money", 18, "sum"),
                Column("change_cases", "案件数变化", "int", 12, "sum"),
                Column("change_total", "逾期总额变化", "money", 18, "sum"),
            ),
            rows, totals,
        )

        # bucket × branch pivot (the chart's data)
        cols = [Column("bucket", "账龄", width=8, total="label")]
        for bid in branch_ids:
            cols.append(Column(f"b{bid}", scope.branch_names.get(bid, str(bid)), "int", 16, "sum"))
        cols += [Column("cases", "案件数合计", "int", 12, "sum"),
                 Column("overdue_total", "逾期总额合计", "money", 18, "sum")]
        prow = []
        for bk in buckets:
            counts = [cur.get((bid, bk), (0, 0))[0] for bid in branch_ids]
            amount = sum((cur.get((bid, bk), (0, Decimal("0.00")))[1] for bid in branch_ids), Decimal("0.00"))
            prow.append((bk, *counts, sum(counts), amount))
        ptot = ("合计", *(sum(r[i] for r in prow) for i in range(1, len(cols) - 1)),
                sum((r[-1] for r in prow), Decimal("0.00")))
        pivot = Table("aging_pivot", "账龄分布（案件数）", tuple(cols), prow, ptot,
                      Chart("bar", "各账龄未结案案件数", "bucket", tuple(c.key for c in cols[1:-2]) or ("cases",), "案件数"))

        tables = [main, pivot]
        if has_prev:
            rrows = []
            for bk in buckets:
                m = moves.get(bk)
                if m is None:
                    rrows.append((bk, 0, Decimal("0.00"), 0, 0, 0, 0, Decimal("0.00"), None, None))
                    continue
                last = bk == BUCKET_ORDER[-1]
                rrows.append((bk, m["n"][0], m["n"][1], m["up"][0], m["same"][0], m["down"][0], m["closed"][0],
                              m["up"][1], None if last else ratio(m["up"][0], m["n"][0]),
                              None if last else ratio(m["up"][1], m["n"][1])))
            rt = ("合计", sum(r[1] for r in rrows), sum((r[2] for r in rrows), Decimal("0.00")),
                  sum(r[3] for r in rrows), sum(r[4] for r in rrows), sum(r[5] for r in rrows),
                  sum(r[6] for r in rrows), sum((r[7] for r in rrows), Decimal("0.00")))
            rt = (*rt, ratio(rt[3], rt[1]), ratio(rt[7], rt[2]))
            tables.append(Table(
                "roll", "迁徙率（上次导入 → 现在）",
                (
                    Column("bucket", "上次导入时账龄", width=14, total="label"),
                    Column("prev_cases", "上期案件数", "int", 12, "sum"),
                    Column("prev_total", "上期逾期总额", "money", 18, "sum"),
                    Column("rolled", "进入更高账龄", "int", 12, "sum"),
                    Column("stayed", "账龄不变", "int", 10, "sum"),
                    Column("improved", "账龄降低", "int", 10, "sum"),
                    Column("closed", "已结案", "int", 10, "sum"),
                    Column("rolled_total", "迁徙案件上期逾期总额", "money", 20, "sum"),
                    Column("roll_rate", "迁徙率（笔数）", "pct", 14, "ratio", num="rolled", den="prev_cases",
                           kpi="roll_rate"),
                    Column("roll_rate_amount", "迁徙率（金额）", "pct", 14, "ratio", num="rolled_total",
                           den="prev_total", kpi="roll_rate_amount"),
                ),
                rrows, rt, note="M6+ 已是最高账龄，没有迁徙率；合计行按全部账龄计算。",
            ))
        label = f"截至 {as_of:%Y-%m-%d}（数据日期）" if as_of else "暂无导入数据"
        meta = self._meta("aging", scope, None, as_of, period_label=label, notes=notes)
        return Report(meta, tuple(tables), ("cases_open", "overdue_total", "amount_share", "roll_rate",
                                            "roll_rate_amount"))

    # --- 外访明细 -------------------------------------------------------------------------------------

    def _visit_log(self, s: Session, scope: _Scope, d0: date, d1: date, unmasked: bool) -> Report:  # noqa: PLR0915
        """A year holds ~200,000 visits: rows are plain tuples whose repeated parts (dates, time slots,
        teams, labels, districts) are shared objects, the result streams from the cursor, and the garbage
        collector is paused while the list grows (nothing here makes reference cycles)."""
        import gc

        from reports.routesheet import district_of

        t0, t1 = _utc(d0), _utc(d1 + timedelta(days=1))
        where = self._visit_where(scope, t0, t1)
        conn = s.connection()
        users = {uid: u[0] for uid, u in self._users(s).items()}
        code_labels = dict(s.execute(select(ResultCode.code, ResultCode.label)).all())
        status_labels = {k.value: v for k, v in VISIT_STATUS_LABELS.items()}
        branches = scope.branch_names
        id_col, mobile_col = ((Customer.id_number, Customer.mobile) if unmasked
                              else (Customer.id_masked, Customer.mobile_masked))
        q = (select(Visit.id, Visit.start_at, Visit.end_at, Visit.branch_id, Case.contract_no, Case.customer_name,
                    id_col, mobile_col, Visit.address, Visit.address_kind, Visit.status)
             .join(Case, Case.id == Visit.case_id).join(Customer, Customer.id == Case.customer_id)
             .where(*where).order_by(Visit.start_at, Visit.id))
        shared: dict = {}  # one object per distinct value of the repeated columns

        def one(key, make):  # noqa: ANN001, ANN202
            v = shared.get(key)
            if v is None:
                v = shared[key] = make()
            return v

        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            members: dict[int, list[int]] = {}
            for vid, uid in conn.execute(select(VisitMember.visit_id, VisitMember.user_id).join(
                    Visit, Visit.id == VisitMember.visit_id).where(*where)):
                members.setdefault(vid, []).append(uid)
            teams = {vid: one(("team", *sorted(uids)), lambda u=uids: "、".join(
                users.get(x, str(x)) for x in sorted(u))) for vid, uids in members.items()}
            del members
            outcomes: dict[int, tuple] = {}
            for vid, code, met, attitude in conn.execute(
                    select(Outcome.visit_id, Outcome.result_code, Outcome.met, Outcome.attitude)
                    .join(Visit, Visit.id == Outcome.visit_id).where(*where)
                    .order_by(Outcome.visit_id, Outcome.occurred_at, Outcome.id)):
                outcomes[vid] = one(("o", code, met, attitude), lambda c=code, m=met, a=attitude: (
                    code_labels.get(c, c), MET_LABELS.get(m, m or ""), ATTITUDE_LABELS.get(a, a or "") if a else ""))
            promised = dict(conn.execute(
                select(Outcome.visit_id, _cents(PromiseToPay.amount)).join(
                    PromiseToPay, PromiseToPay.outcome_id == Outcome.id).join(Visit, Visit.id == Outcome.visit_id)
                .where(*where).group_by(Outcome.visit_id)).all())
            no_outcome = ("", "", "")
            rows = []
            append = rows.append
            n_done = 0
            total_promised = 0
            for vid, start, end, bid, contract, name, idn, mobile, address, kind, status in conn.execute(q):
                ls, le = start.astimezone(BRANCH_TZ), end.astimezone(BRANCH_TZ)
                day = one(("d", ls.year, ls.month, ls.day), ls.date)
                slot = one(("t", ls.hour, ls.minute, le.hour, le.minute), lambda a=ls, b=le: f"{a:%H:%M}–{b:%H:%M}")
                district = one(("a", address), lambda a=address: district_of(a) or "")
                o = outcomes.get(vid, no_outcome)
                cents = promised.get(vid)
                if cents:
                    total_promised += int(cents)
                if status == "done":
                    n_done += 1
                append((vid, day, slot, branches.get(bid, ""), teams.get(vid, ""), contract, name, idn, mobile,
                        district, ADDRESS_KIND_LABELS.get(kind, kind), status_labels.get(status, status), o[0], o[1],
                        o[2], _money(cents) if cents else None))
        finally:
            if gc_was_enabled:
                gc.enable()
        columns = (
            Column("visit_id", "外访编号", "id", 10, "label"),
            Column("date", "日期", "date", 11),
            Column("time", "时段", width=12),
            Column("branch", "营业部", width=16),
            Column("team", "外访组", width=16),
            Column("contract_no", "合同编号", width=18),
            Column("customer", "客户", width=9),
            Column("id_number", "证件号码", width=21, pii=True),
            Column("mobile", "手机号码", width=14, pii=True),
            Column("district", "区县", width=10),
            Column("address_kind", "地址类型", width=8),
            Column("status", "状态", width=8),
            Column("result", "外访结果", width=14),
            Column("met", "接触对象", width=10),
            Column("attitude", "态度", width=7),
            Column("promised", "承诺金额", "money", 14, "sum"),
        )
        totals = ("合计", None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                  _money(total_promised))
        notes = [f"共 {len(rows)} 次外访，其中已完成 {n_done} 次。外访结果为该次外访最后登记的一条。"]
        meta = self._meta("visits", scope, d0, d1, masked=not unmasked, notes=notes)
        return Report(meta, (Table("visits", "外访明细", columns, rows, totals),), ())

    # --- 外访结果汇总 ---------------------------------------------------------------------------------

    def _outcomes(self, s: Session, scope: _Scope, d0: date, d1: date) -> Report:  # noqa: PLR0915
        t0, t1 = _utc(d0), _utc(d1 + timedelta(days=1))
        codes = s.execute(select(ResultCode.code, ResultCode.label, ResultCode.contacted, ResultCode.right_party,
                                 ResultCode.promise, ResultCode.active).order_by(ResultCode.sort_order,
                                                                                 ResultCode.code)).all()
        base = [Outcome.occurred_at >= t0, Outcome.occurred_at < t1, Outcome.visit_id.is_not(None)]
        if scope.branch_ids is not None:
            base.append(Visit.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            vm = aliased(VisitMember)
            base.append(exists().where(vm.visit_id == Outcome.visit_id, vm.user_id == scope.collector_id))
        by_code = dict(s.execute(select(Outcome.result_code, func.count()).join(Visit, Visit.id == Outcome.visit_id)
                                 .where(*base).group_by(Outcome.result_code)).all())
        member_q = (select(VisitMember.user_id, Outcome.result_code, func.count())
                    .select_from(Outcome).join(Visit, Visit.id == Outcome.visit_id)
                    .join(VisitMember, VisitMember.visit_id == Visit.id).where(*base)
                    .group_by(VisitMember.user_id, Outcome.result_code))
        if scope.collector_id is not None:
            member_q = member_q.where(VisitMember.user_id == scope.collector_id)
        by_member: dict[int, dict[str, int]] = defaultdict(dict)
        for uid, code, n in s.execute(member_q):
            by_member[uid][code] = int(n)
        by_branch: dict[int, dict[str, int]] = defaultdict(dict)
        for bid, code, n in s.execute(select(Visit.branch_id, Outcome.result_code, func.count())
                                      .join(Visit, Visit.id == Outcome.visit_id).where(*base)
                                      .group_by(Visit.branch_id, Outcome.result_code)):
            by_branch[bid][code] = int(n)
        used = {c for c in by_code}
        shown = [c for c in codes if c.active or c.code in used]
        known = {c.code for c in codes}
        total = sum(by_code.values())
        yes = ("是", "")
        rows = [(c.code, c.label, yes[not c.contacted], yes[not c.right_party], yes[not c.promise],
                 by_code.get(c.code, 0), ratio(by_code.get(c.code, 0), total)) for c in shown]
        rows += [(code, code, "", "", "", n, ratio(n, total)) for code, n in sorted(by_code.items()) if code not in known]
        t_code = Table(
            "by_code", "按结果代码",
            (Column("code", "结果代码", width=12, total="label"), Column("label", "外访结果", width=22),
             Column("contacted", "计为接触", width=9), Column("right_party", "计为本人接触", width=12),
             Column("promise", "计为承诺", width=9), Column("count", "次数", "int", 10, "sum"),
             Column("share", "占比", "pct", 10, "ratio", num="count", den="count", kpi="outcome_share")),
            rows, ("合计", "", "", "", "", total, ratio(total, total)),
            Chart("bar", "各外访结果次数", "label", ("count",), "次数"),
        )
        code_cols = tuple(Column(f"c_{c.code}", c.label, "int", max(8, len(c.label) * 2 + 2), "sum") for c in shown)
        code_keys = [c.code for c in shown]
        users = self._users(s)

        def pivot_row(lead: tuple, counts: dict[str, int]) -> tuple:
            vals = [counts.get(k, 0) for k in code_keys]
            return (*lead, *vals, sum(counts.values()))

        member_rows = []
        for uid in sorted(by_member, key=lambda u: (scope.branch_names.get(users.get(u, ("", None, None))[2], ""),
                                                     users.get(u, ("",))[0], u)):
            u = users.get(uid, (str(uid), None, None, "", True))
            member_rows.append(pivot_row((scope.branch_names.get(u[2], ""), u[0]), by_member[uid]))
        t_member = Table(
            "by_collector", "按催收员（两人外访每人各计一次）",
            (Column("branch", "营业部", width=16, total="label"), Column("collector", "催收员", width=10),
             *code_cols, Column("total", "合计", "int", 10, "sum")),
            member_rows, self._sum_totals(member_rows, 2, ("合计（人次）", ""), 3 + len(code_cols)),
        )
        branch_rows = [pivot_row((scope.branch_names.get(bid, str(bid)),), by_branch[bid])
                       for bid in sorted(by_branch, key=lambda b: scope.branch_names.get(b, ""))]
        t_branch = Table(
            "by_branch", "按营业部",
            (Column("branch", "营业部", width=16, total="label"), *code_cols, Column("total", "合计", "int", 10, "sum")),
            branch_rows, self._sum_totals(branch_rows, 1, ("合计",), 2 + len(code_cols)),
        )
        notes = [f"期间内登记的外访结果共 {total} 条（按结果发生时间；电话结果不计）。"]
        meta = self._meta("outcomes", scope, d0, d1, notes=notes)
        return Report(meta, (t_code, t_member, t_branch), ("outcome_share",))

    @staticmethod
    def _sum_totals(rows: list[tuple], lead: int, label: tuple, width: int) -> tuple:
        return (*label, *(sum(r[i] for r in rows) for i in range(lead, width)))

    # --- 催收员绩效 -----------------------------------------------------------------------------------

    _PERF_COLUMNS = (
        Column("visits_planned", "计划外访", "int", 10, "sum", kpi="visits_planned"),
        Column("visits_done", "已完成外访", "int", 11, "sum", kpi="visits_done"),
        Column("completion_rate", "完成率", "pct", 9, "ratio", num="visits_done", den="visits_planned",
               kpi="completion_rate"),
        Column("contacted", "有接触", "int", 9, "sum"),
        Column("contact_rate", "接触率", "pct", 9, "ratio", num="contacted", den="visits_done", kpi="contact_rate"),
        Column("right_party", "本人接触", "int", 9, "sum"),
        Column("rpc_rate", "本人接触率", "pct", 11, "ratio", num="right_party", den="visits_done", kpi="rpc_rate"),
        Column("promised", "取得承诺", "int", 9, "sum"),
        Column("promise_rate", "承诺率", "pct", 9, "ratio", num="promised", den="right_party", kpi="promise_rate"),
        Column("promises_judged", "到期已判定承诺", "int", 14, "sum"),
        Column("promises_kept", "已兑现承诺", "int", 11, "sum"),
        Column("kept_rate_count", "兑现率（笔数）", "pct", 14, "ratio", num="promises_kept", den="promises_judged",
               kpi="kept_rate_count"),
        Column("promised_amount", "已判定承诺金额", "money", 16, "sum"),
        Column("kept_amount", "兑现金额", "money", 16, "sum"),
        Column("kept_rate_amount", "兑现率（金额）", "pct", 14, "ratio", num="kept_amount", den="promised_amount",
               kpi="kept_rate_amount"),
        Column("recovered", "回款金额", "money", 16, "sum", kpi="amount_recovered"),
        Column("workdays", "工作日", "int", 8, "sum"),
        Column("per_workday", "每工作日外访", "decimal", 13, "ratio", num="visits_done", den="workdays",
               kpi="visits_per_workday"),
        Column("complaints", "投诉", "int", 7, "sum", kpi="complaints"),
    )
    PERF_KPIS = ("visits_planned", "visits_done", "completion_rate", "contact_rate", "rpc_rate", "promise_rate",
                 "kept_rate_count", "kept_rate_amount", "amount_recovered", "visits_per_workday", "complaints")

    @staticmethod
    def _perf_values(v: _VisitCounts, p: _PromiseCounts, recovered: Decimal, workdays: int, complaints: int) -> tuple:
        return (
            v.planned, v.done, ratio(v.done, v.planned), v.contacted, ratio(v.contacted, v.done), v.right_party,
            ratio(v.right_party, v.done), v.promised, ratio(v.promised, v.right_party), p.judged, p.kept,
            ratio(p.kept, p.judged), p.amount, p.paid, ratio(p.paid, p.amount), recovered, workdays,
            per(v.done, workdays), complaints,
        )

    @classmethod
    def _perf_totals(cls, rows: list[tuple], lead: int, label: tuple, workdays: int | None = None) -> tuple:
        """The total row. ``workdays``: the period's working days for a total of branches (not one per row
        added up), so that its visits per working day are the whole scope's, as in the summary report; without
        it the rows' working days add up (collectors: the average collector's visits per working day)."""
        cols = cls._PERF_COLUMNS
        sums: dict[str, Any] = {}
        for i, c in enumerate(cols):
            if c.key == "workdays" and workdays is not None:
                sums[c.key] = workdays
            elif c.total == "sum":
                vals = [r[lead + i] for r in rows]
                sums[c.key] = sum(vals, Decimal("0.00")) if c.kind == "money" else sum(vals)
        out = []
        for c in cols:
            if c.total == "sum":
                out.append(sums[c.key])
            else:
                out.append((per if c.kind == "decimal" else ratio)(sums[c.num], sums[c.den]))
        return (*label, *out)

    def _performance(self, s: Session, scope: _Scope, d0: date, d1: date) -> Report:
        users = self._users(s)
        workdays = self._workdays(s, d0, d1)
        v_m, v_bd = self._visit_counts_member_and_branch_day(s, scope, d0, d1)
        p_m, p_bd = self._promise_counts_member_and_branch_day(s, scope, d0, d1)
        r_m, r_bd = self._recovered_member_and_branch_day(s, scope, d0, d1)
        c_m = self._complaint_counts(s, scope, d0, d1, "member")
        people = set(v_m) | set(p_m) | {u for u in r_m if u is not None} | {u for u in c_m if u is not None}
        if scope.collector_id is not None:
            people = {scope.collector_id}
        else:
            people |= {uid for uid, u in users.items() if u[3] == "collector" and u[4]
                       and (scope.branch_ids is None or u[2] in scope.branch_ids)}
        zero = Decimal("0.00")

        def order(uid: int | None) -> tuple:
            u = users.get(uid) if uid is not None else None
            return (u is None, scope.branch_names.get(u[2], "") if u else "", u[0] if u else "", uid or 0)

        rows = []
        for uid in sorted(people, key=order):
            u = users.get(uid, (str(uid), None, None, "", True))
            rows.append((scope.branch_names.get(u[2], ""), u[0], u[1] or "", *self._perf_values(
                v_m.get(uid, _VisitCounts()), p_m.get(uid, _PromiseCounts()), r_m.get(uid, zero), workdays,
                c_m.get(uid, 0))))
        # money and complaints that belong to nobody in particular, so that the totals are the branch totals
        stray_p, stray_r, stray_c = p_m.get(None), r_m.get(None), c_m.get(None)
        if scope.collector_id is None and (stray_p or stray_r or stray_c):
            rows.append(("", "（未分配）", "", *self._perf_values(
                _VisitCounts(), stray_p or _PromiseCounts(), stray_r or zero, 0, stray_c or 0)))
        lead = (Column("branch", "营业部", width=16, total="label"), Column("collector", "催收员", width=10),
                Column("employee_no", "工号", width=8))
        t_people = Table("by_collector", "按催收员", (*lead, *self._PERF_COLUMNS), rows,
                         self._perf_totals(rows, 3, ("合计（人次）", "", "")),
                         note="两人外访每人各计一次；回款按案件当前催收员、承诺按登记人、投诉按被投诉人归属。")

        v_b, p_b, r_b = self._fold(v_bd, 0), self._fold(p_bd, 0), self._fold(r_bd, 0)
        c_b = self._complaint_counts(s, scope, d0, d1, "branch")
        bids = set(v_b) | set(p_b) | set(r_b) | set(c_b) | set(scope.branch_ids or [])
        if scope.branch_ids is None:  # every branch, as the summary report lists them (one without staff too)
            bids |= set(scope.branch_names)
        brows = [(scope.branch_names.get(b, str(b)), *self._perf_values(
            v_b.get(b, _VisitCounts()), p_b.get(b, _PromiseCounts()), r_b.get(b, zero), workdays, c_b.get(b, 0)))
            for b in sorted(bids, key=lambda b: scope.branch_names.get(b, ""))]
        # the branches' total works in the period's working days (as the summary report), not one per row
        branch_cols = tuple(replace(c, total="value") if c.key == "workdays" else c
                            for c in self._PERF_COLUMNS)
        t_branch = Table("by_branch", "按营业部（每次外访计一次）",
                         (Column("branch", "营业部", width=16, total="label"), *branch_cols), brows,
                         self._perf_totals(brows, 1, ("合计",), workdays))

        weeks = self._weekly(s, scope, d0, d1, (self._fold(v_bd, 1), self._fold(p_bd, 1), self._fold(r_bd, 1)))
        wrows = [(f"{w.week_start:%m-%d}", w.week_start, w.visits_planned, w.visits_done, w.contacted, w.right_party,
                  w.promised, w.promises_judged, w.promises_kept, w.kept_rate, w.recovered) for w in weeks]
        wt = ("合计", None, *(sum(r[i] for r in wrows) for i in range(2, 9)))
        wt = (*wt, ratio(wt[8], wt[7]), sum((r[10] for r in wrows), Decimal("0.00")))
        t_week = Table(
            "weekly", "周趋势",
            (Column("week", "周", width=8, total="label"), Column("week_start", "周一日期", "date", 12),
             Column("visits_planned", "计划外访", "int", 10, "sum"), Column("visits_done", "已完成外访", "int", 11, "sum"),
             Column("contacted", "有接触", "int", 9, "sum"), Column("right_party", "本人接触", "int", 9, "sum"),
             Column("promised", "取得承诺", "int", 9, "sum"), Column("promises_judged", "到期已判定承诺", "int", 14, "sum"),
             Column("promises_kept", "已兑现承诺", "int", 11, "sum"),
             Column("kept_rate", "兑现率（笔数）", "pct", 14, "ratio", num="promises_kept", den="promises_judged",
                    kpi="kept_rate_count"),
             Column("recovered", "回款金额", "money", 16, "sum", kpi="amount_recovered")),
            wrows, wt, Chart("line", "每周外访与承诺", "week", ("visits_done", "contacted", "promised"), "次数"),
        )
        notes = [f"期间内截至今天的工作日 {workdays} 天。"]
        meta = self._meta("performance", scope, d0, d1, notes=notes)
        return Report(meta, (t_people, t_branch, t_week), self.PERF_KPIS)

    # --- 承诺还款跟踪 ---------------------------------------------------------------------------------

    def _promises(self, s: Session, scope: _Scope, d0: date, d1: date, unmasked: bool) -> Report:
        P = PromiseToPay  # noqa: N806
        today = self.clock.today()
        users = {uid: u[0] for uid, u in self._users(s).items()}
        mobile_col = Customer.mobile if unmasked else Customer.mobile_masked
        q = (select(P.id, Case.branch_id, Case.contract_no, Case.customer_name, mobile_col, P.created_by_id,
                    P.created_at, P.due_date, P.amount, P.paid_amount, P.status, P.judged_at)
             .join(Case, Case.id == P.case_id).join(Customer, Customer.id == Case.customer_id)
             .where(P.due_date >= d0, P.due_date <= d1).order_by(P.due_date, P.id))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(P.created_by_id == scope.collector_id)
        rows = []
        groups: dict[str, list] = {k: [0, Decimal("0.00"), Decimal("0.00")] for k in
                                   ("kept", "partly_kept", "broken", "overdue_open", "open")}
        for pid, bid, contract, name, mobile, by, created, due, amount, paid, status, judged in s.execute(q):
            state = status
            if status == "open" and due < today:
                state = "overdue_open"
            g = groups.setdefault(state, [0, Decimal("0.00"), Decimal("0.00")])
            g[0] += 1
            g[1] += amount
            g[2] += paid
            rows.append((pid, scope.branch_names.get(bid, ""), contract, name, mobile, users.get(by, ""),
                         created.astimezone(BRANCH_TZ).date(), due, amount, paid, amount - paid,
                         PROMISE_STATUS_LABELS.get(state, state),
                         judged.astimezone(BRANCH_TZ).date() if judged else None))
        cols = (
            Column("promise_id", "承诺编号", "id", 10, "label"), Column("branch", "营业部", width=16),
            Column("contract_no", "合同编号", width=18), Column("customer", "客户", width=9),
            Column("mobile", "手机号码", width=14, pii=True), Column("recorded_by", "登记人", width=9),
            Column("created", "登记日期", "date", 11), Column("due_date", "承诺还款日", "date", 11),
            Column("amount", "承诺金额", "money", 15, "sum"), Column("paid", "已还金额", "money", 15, "sum"),
            Column("gap", "差额", "money", 15, "sum"), Column("status", "状态", width=9),
            Column("judged", "判定日期", "date", 11),
        )
        z = Decimal("0.00")
        totals = ("合计", None, None, None, None, None, None, None, sum((r[8] for r in rows), z),
                  sum((r[9] for r in rows), z), sum((r[10] for r in rows), z), None, None)
        n = len(rows)
        srows = [(PROMISE_STATUS_LABELS[k], g[0], ratio(g[0], n), g[1], g[2]) for k, g in groups.items()]
        sum_t = ("合计", n, ratio(n, n), sum((r[3] for r in srows), z), sum((r[4] for r in srows), z))
        t_sum = Table("by_status", "按状态汇总",
                      (Column("status", "状态", width=12, total="label"), Column("count", "笔数", "int", 9, "sum"),
                       Column("share", "笔数占比", "pct", 10, "ratio", num="count", den="count"),
                       Column("amount", "承诺金额", "money", 16, "sum"), Column("paid", "已还金额", "money", 16, "sum")),
                      srows, sum_t, Chart("bar", "承诺笔数（按状态）", "status", ("count",), "笔数"), summary=True)
        judged = groups["kept"][0] + groups["partly_kept"][0] + groups["broken"][0]
        notes = [
            f"承诺还款日在期间内的承诺共 {n} 笔；“待判定”为已过还款日、尚未判定的承诺。",
            f"兑现率（笔数）：{_pct_text(ratio(groups['kept'][0], judged))}。",
        ]
        meta = self._meta("promises", scope, d0, d1, masked=not unmasked, notes=notes)
        return Report(meta, (Table("promises", "承诺明细", cols, rows, totals), t_sum),
                      ("kept_rate_count", "kept_rate_amount"))

    # --- 分期计划 -------------------------------------------------------------------------------------

    def _plans(self, s: Session, scope: _Scope, d0: date, d1: date) -> Report:  # noqa: C901
        today = self.clock.today()
        upto = min(d1, today)
        users = {uid: u[0] for uid, u in self._users(s).items()}
        PL, PI = CollectionPlan, PlanInstallment  # noqa: N806
        first = func.min(PI.due_date)
        last = func.max(PI.due_date)
        inst = (select(PI.plan_id, first.label("first"), last.label("last")).group_by(PI.plan_id).subquery())
        q = (select(PL.id, Case.branch_id, Case.contract_no, Case.customer_name, Case.assigned_to_id, PL.strategy,
                    PL.status, PL.total_amount, PL.down_payment, PL.installment_count, PL.frequency, PL.created_at,
                    inst.c.first, inst.c.last)
             .join(inst, inst.c.plan_id == PL.id).join(Case, Case.id == PL.case_id)
             .where(PL.created_at < _utc(d1 + timedelta(days=1)), inst.c.last >= d0)
             .order_by(Case.branch_id, PL.id))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(Case.assigned_to_id == scope.collector_id)
        plans = s.execute(q).all()
        ids = [p.id for p in plans]
        installments: dict[int, list] = defaultdict(list)
        for i in range(0, len(ids), 500):
            for row in s.execute(select(PI.plan_id, PI.no, PI.due_date, PI.amount, PI.paid_amount, PI.status)
                                 .where(PI.plan_id.in_(ids[i:i + 500])).order_by(PI.plan_id, PI.no)):
                installments[row[0]].append(row)
        z = Decimal("0.00")
        rows = []
        by_state: dict[str, list] = {}
        for p in plans:
            due_n = paid_n = late_n = 0
            due_amt = paid_amt = z
            nxt = None
            for _, _no, due, amount, paid, st in installments[p.id]:
                if due <= upto:
                    due_n += 1
                    due_amt += amount
                    paid_amt += min(paid, amount)
                    if paid >= amount or st == "paid":
                        paid_n += 1
                    elif due < today:
                        late_n += 1
                elif nxt is None:
                    nxt = (due, amount)
            total_paid = sum((min(r[4], r[3]) for r in installments[p.id]), z)
            total_amt = sum((r[3] for r in installments[p.id]), z)
            if total_amt and total_paid >= total_amt:
                state = "已结清"
            elif late_n:
                state = "逾期"
            else:
                state = "正常"
            g = by_state.setdefault(state, [0, z, z, z])
            g[0] += 1
            g[1] += total_amt
            g[2] += due_amt
            g[3] += paid_amt
            rows.append((p.id, scope.branch_names.get(p.branch_id, ""), p.contract_no, p.customer_name,
                         users.get(p.assigned_to_id, ""), STRATEGY_LABELS.get(p.strategy, p.strategy),
                         PLAN_STATUS_LABELS.get(p.status, p.status), p.created_at.astimezone(BRANCH_TZ).date(),
                         p.installment_count or len(installments[p.id]), FREQUENCY_LABELS.get(p.frequency or "", p.frequency or ""),
                         _as_date(p.first), total_amt, due_n, paid_n, late_n, due_amt, paid_amt,
                         ratio(paid_amt, due_amt), nxt[0] if nxt else None, nxt[1] if nxt else None, state))
        cols = (
            Column("plan_id", "方案编号", "id", 10, "label"), Column("branch", "营业部", width=16),
            Column("contract_no", "合同编号", width=18), Column("customer", "客户", width=9),
            Column("collector", "催收员", width=9), Column("strategy", "方案类型", width=9),
            Column("status", "方案状态", width=9), Column("created", "制定日期", "date", 11),
            Column("count", "期数", "int", 6), Column("frequency", "频率", width=7),
            Column("first_due", "首期还款日", "date", 11), Column("total", "分期总额", "money", 15, "sum"),
            Column("due_n", "已到期期数", "int", 10, "sum"), Column("paid_n", "已还期数", "int", 9, "sum"),
            Column("late_n", "逾期期数", "int", 9, "sum"), Column("due_amount", "到期应还", "money", 15, "sum"),
            Column("paid_amount", "已还金额", "money", 15, "sum"),
            Column("paid_rate", "履约率", "pct", 9, "ratio", num="paid_amount", den="due_amount", kpi="plan_paid_rate"),
            Column("next_due", "下期还款日", "date", 11), Column("next_amount", "下期金额", "money", 14, "sum"),
            Column("state", "履约状态", width=9),
        )
        def tsum(i: int) -> Any:  # noqa: ANN401
            vals = [r[i] for r in rows if r[i] is not None]
            return sum(vals, z) if cols[i].kind == "money" else sum(vals)
        totals = tuple("合计" if i == 0 else (tsum(i) if c.total == "sum" else None) for i, c in enumerate(cols))
        ti = {c.key: i for i, c in enumerate(cols)}
        totals = tuple(ratio(totals[ti["paid_amount"]], totals[ti["due_amount"]]) if c.key == "paid_rate" else v
                       for c, v in zip(cols, totals, strict=True))
        srows = [(k, g[0], g[1], g[2], g[3], ratio(g[3], g[2])) for k, g in sorted(by_state.items())]
        st = ("合计", sum(r[1] for r in srows), sum((r[2] for r in srows), z), sum((r[3] for r in srows), z),
              sum((r[4] for r in srows), z))
        st = (*st, ratio(st[4], st[3]))
        t_state = Table("by_state", "按履约状态",
                        (Column("state", "履约状态", width=10, total="label"), Column("plans", "方案数", "int", 8, "sum"),
                         Column("total", "分期总额", "money", 16, "sum"), Column("due_amount", "到期应还", "money", 16, "sum"),
                         Column("paid_amount", "已还金额", "money", 16, "sum"),
                         Column("paid_rate", "履约率", "pct", 9, "ratio", num="paid_amount", den="due_amount",
                                kpi="plan_paid_rate")),
                        srows, st, summary=True)
        notes = [f"期间内有还款安排的分期方案共 {len(rows)} 个；到期、已还按期末与今天中较早的一天（{upto:%Y-%m-%d}）计算。"]
        meta = self._meta("plans", scope, d0, d1, notes=notes)
        return Report(meta, (Table("plans", "分期方案", cols, rows, totals), t_state), ("plan_paid_rate",))

    # --- 合规与例外 -----------------------------------------------------------------------------------

    def _compliance(self, s: Session, scope: _Scope, d0: date, d1: date) -> Report:  # noqa: C901, PLR0912, PLR0915
        from desktop.services.compliance import RULES

        t0, t1 = _utc(d0), _utc(d1 + timedelta(days=1))
        users = self._users(s)
        login_branch = {}
        for uid, u in users.items():
            login_branch[uid] = u[2]
        case_info = {}

        def case_of(case_id: int | None) -> tuple[int | None, str, str]:
            if case_id is None:
                return None, "", ""
            if case_id not in case_info:
                row = s.execute(select(Case.branch_id, Case.contract_no, Case.customer_name)
                                .where(Case.id == case_id)).first()
                case_info[case_id] = tuple(row) if row else (None, "", "")
            return case_info[case_id]

        def in_scope(case_id: int | None, user_id: int | None) -> bool:
            if scope.collector_id is not None and user_id != scope.collector_id:
                return False
            if scope.branch_ids is None:
                return True
            bid = case_of(case_id)[0] if case_id is not None else login_branch.get(user_id)
            return bid in scope.branch_ids

        def events(where) -> list[AuditEvent]:  # noqa: ANN001
            return list(s.scalars(select(AuditEvent).where(AuditEvent.at >= t0, AuditEvent.at < t1, where)
                                  .order_by(AuditEvent.at, AuditEvent.id)))

        # refused visit attempts, by rule
        refused: dict[str, int] = defaultdict(int)
        n_refused = 0
        for ev in events(AuditEvent.action == "visit.refused"):
            if not in_scope(ev.case_id, ev.user_id):
                continue
            n_refused += 1
            for rule in _rules_of(ev):
                refused[rule] += 1
        rrows = [(r, RULES[r].title if r in RULES else r, n) for r, n in sorted(refused.items(), key=lambda x: -x[1])]
        t_refused = Table("refused", "被拒绝的外访安排（按规则）",
                          (Column("rule", "规则代码", width=20, total="label"), Column("title", "规则", width=30),
                           Column("count", "次数", "int", 8, "sum")),
                          rrows, ("合计", f"被拒绝 {n_refused} 次（一次可违反多条规则）", sum(refused.values())),
                          note="来自审计日志中被规则拒绝的外访安排。")

        # overrides: audit events first, then override reasons stored on visits and assessments
        orows = []
        seen: set[tuple[str | None, int | None]] = set()
        for ev in events(AuditEvent.action.like("%override%")):
            if not in_scope(ev.case_id, ev.user_id):
                continue
            seen.add((ev.entity, ev.entity_id))
            bid, contract, name = case_of(ev.case_id)
            who = users.get(ev.user_id, (ev.user_login or "",))[0] if ev.user_id else (ev.user_login or "")
            orows.append((ev.at.astimezone(BRANCH_TZ).replace(tzinfo=None), _OVERRIDE_LABELS.get(ev.action, ev.action),
                          who, contract, name, _reason_of(ev)))
        for v in s.execute(select(Visit.id, Visit.case_id, Visit.created_at, Visit.approved_by_id, Visit.created_by_id,
                                  Visit.override_reason)
                           .where(Visit.override_reason.is_not(None), Visit.created_at >= t0, Visit.created_at < t1)):
            if ("visit", v.id) in seen or not in_scope(v.case_id, v.created_by_id if scope.collector_id else None):
                continue
            _, contract, name = case_of(v.case_id)
            who = users.get(v.approved_by_id or v.created_by_id, ("",))[0]
            orows.append((v.created_at.astimezone(BRANCH_TZ).replace(tzinfo=None), "外访时段例外（批准）", who, contract,
                          name, v.override_reason))
        from desktop.models import Assessment

        for a in s.execute(select(Assessment.id, Assessment.case_id, Assessment.assessed_at, Assessment.assessed_by_id,
                                  Assessment.recommended_action, Assessment.chosen_action, Assessment.override_reason)
                           .where(Assessment.override_reason.is_not(None), Assessment.assessed_at >= t0,
                                  Assessment.assessed_at < t1)):
            if ("assessment", a.id) in seen or not in_scope(a.case_id, a.assessed_by_id if scope.collector_id else None):
                continue
            _, contract, name = case_of(a.case_id)
            orows.append((a.assessed_at.astimezone(BRANCH_TZ).replace(tzinfo=None),
                          f"评估建议改选（{a.recommended_action} → {a.chosen_action}）",
                          users.get(a.assessed_by_id, ("",))[0], contract, name, a.override_reason))
        orows.sort(key=lambda r: r[0])
        t_over = Table("overrides", "例外与改选（谁、为什么）",
                       (Column("at", "时间", "datetime", 17, "label"), Column("action", "事项", width=26),
                        Column("who", "操作人", width=10), Column("contract_no", "合同编号", width=18),
                        Column("customer", "客户", width=9), Column("reason", "理由", width=40)),
                       orows, (f"合计 {len(orows)} 项", None, None, None, None, None))

        # reveals of personal data (and unmasked report exports)
        vrows = []
        for ev in events(AuditEvent.action.in_(("pii.reveal", "report.unmasked_export"))):
            if not in_scope(ev.case_id, ev.user_id):
                continue
            _, contract, name = case_of(ev.case_id)
            who = users.get(ev.user_id, (ev.user_login or "",))[0] if ev.user_id else (ev.user_login or "")
            what = "查看完整个人信息" if ev.action == "pii.reveal" else "导出未脱敏报表"
            vrows.append((ev.at.astimezone(BRANCH_TZ).replace(tzinfo=None), what, who, ev.user_login or "", contract,
                          name, ev.detail or ""))
        t_reveal = Table("reveals", "个人信息查看与未脱敏导出",
                         (Column("at", "时间", "datetime", 17, "label"), Column("what", "事项", width=16),
                          Column("who", "操作人", width=10), Column("login", "登录名", width=10),
                          Column("contract_no", "合同编号", width=18), Column("customer", "客户", width=9),
                          Column("detail", "说明与理由", width=44)),
                         vrows, (f"合计 {len(vrows)} 次", None, None, None, None, None, None))

        # complaints
        q = (select(Complaint.id, Complaint.created_at, Case.branch_id, Case.contract_no, Case.customer_name,
                    Complaint.against_user_id, Complaint.visit_id, Complaint.description, Complaint.status,
                    Complaint.resolution)
             .join(Case, Case.id == Complaint.case_id)
             .where(Complaint.created_at >= t0, Complaint.created_at < t1).order_by(Complaint.created_at, Complaint.id))
        if scope.branch_ids is not None:
            q = q.where(Case.branch_id.in_(scope.branch_ids))
        if scope.collector_id is not None:
            q = q.where(Complaint.against_user_id == scope.collector_id)
        crows = [(c.id, c.created_at.astimezone(BRANCH_TZ).date(), scope.branch_names.get(c.branch_id, ""),
                  c.contract_no, c.customer_name, users.get(c.against_user_id, ("",))[0], c.visit_id,
                  c.description, COMPLAINT_STATUS_LABELS.get(c.status, c.status), c.resolution or "")
                 for c in s.execute(q)]
        n_open = sum(1 for r in crows if r[8] == COMPLAINT_STATUS_LABELS["open"])
        t_comp = Table("complaints", "投诉",
                       (Column("complaint_id", "投诉编号", "id", 10, "label"), Column("date", "登记日期", "date", 11),
                        Column("branch", "营业部", width=16), Column("contract_no", "合同编号", width=18),
                        Column("customer", "客户", width=9), Column("against", "被投诉人", width=10),
                        Column("visit_id", "外访编号", "id", 10), Column("description", "投诉内容", width=36),
                        Column("status", "状态", width=8), Column("resolution", "处理结果", width=30)),
                       crows, (f"合计 {len(crows)} 笔", None, None, None, None, None, None, None,
                               f"处理中 {n_open}", None))
        summary = [("被拒绝的外访安排", n_refused), ("例外与改选", len(orows)), ("个人信息查看与未脱敏导出", len(vrows)),
                   ("投诉", len(crows)), ("其中处理中的投诉", n_open)]
        t_summary = Table("summary", "概览", (Column("item", "事项", width=28, total="label"),
                                              Column("count", "次数", "int", 10)), summary, None, summary=True)
        meta = self._meta("compliance", scope, d0, d1)
        return Report(meta, (t_summary, t_refused, t_over, t_reveal, t_comp), ("complaints",))

    # --- 经营摘要 -------------------------------------------------------------------------------------

    def _summary(self, s: Session, scope: _Scope, d0: date, d1: date) -> SummaryReport:
        perf = self._performance(s, scope, d0, d1)
        workdays = self._workdays(s, d0, d1)
        branch_t = perf.table("by_branch")
        tot = dict(zip((c.key for c in branch_t.columns), branch_t.totals, strict=True))
        aging = self._aging(s, scope)
        buckets = self._bucket_totals(s, scope)
        open_cases = sum(b[1] for b in buckets)
        overdue = sum((b[2] for b in buckets), Decimal("0.00"))
        defs = KPI_DEFINITIONS

        def k(code: str, kind: str, value: Any, num: Any = None, den: Any = None) -> KpiValue:  # noqa: ANN401
            return KpiValue(code, defs[code].name, kind, value, num, den)

        kpis = (
            k("cases_open", "int", open_cases),
            k("overdue_total", "money", overdue),
            k("visits_planned", "int", tot["visits_planned"]),
            k("visits_done", "int", tot["visits_done"]),
            k("completion_rate", "pct", tot["completion_rate"], tot["visits_done"], tot["visits_planned"]),
            k("contact_rate", "pct", tot["contact_rate"], tot["contacted"], tot["visits_done"]),
            k("rpc_rate", "pct", tot["rpc_rate"], tot["right_party"], tot["visits_done"]),
            k("promise_rate", "pct", tot["promise_rate"], tot["promised"], tot["right_party"]),
            k("kept_rate_count", "pct", tot["kept_rate_count"], tot["promises_kept"], tot["promises_judged"]),
            k("kept_rate_amount", "pct", tot["kept_rate_amount"], tot["kept_amount"], tot["promised_amount"]),
            k("amount_recovered", "money", tot["recovered"]),
            k("visits_per_workday", "decimal", per(tot["visits_done"], workdays), tot["visits_done"], workdays),
            k("complaints", "int", tot["complaints"]),
        )
        # aging by bucket for the scope (with the change since the previous import when there is one)
        main = aging.table("aging")
        has_prev = main.totals[5] is not None
        acc: dict[str, list] = {}
        for r in main.rows:
            a = acc.setdefault(r[1], [0, Decimal("0.00"), 0, Decimal("0.00")])
            a[0] += r[2]
            a[1] += r[3]
            if has_prev:
                a[2] += r[7]
                a[3] += r[8]
        arows = [(bk, a[0], a[1], ratio(a[1], overdue), a[2] if has_prev else None, a[3] if has_prev else None)
                 for bk, a in acc.items()]
        aging_t = Table("aging", "账龄分布",
                        (Column("bucket", "账龄", width=8, total="label"), Column("cases", "案件数", "int", 10, "sum"),
                         Column("overdue_total", "逾期总额", "money", 18, "sum"),
                         Column("share", "金额占比", "pct", 10, "ratio", num="overdue_total", den="overdue_total"),
                         Column("change_cases", "较上次导入（件）", "int", 14, "sum"),
                         Column("change_total", "较上次导入（金额）", "money", 18, "sum")),
                        arows, ("合计", open_cases, overdue, ratio(overdue, overdue),
                                main.totals[7] if has_prev else None, main.totals[8] if has_prev else None))
        keep = [branch_t.index(k) for k in ("visits_done", "completion_rate", "contact_rate",
                                             "kept_rate_count", "recovered", "complaints")]
        # every branch with open cases or activity, so the table adds up to the headline figures
        open_by_branch: dict[str, list] = {}
        for r in main.rows:
            o = open_by_branch.setdefault(r[0], [0, Decimal("0.00")])
            o[0] += r[2]
            o[1] += r[3]
        activity = {r[branch_t.index("branch")]: tuple(r[i] for i in keep) for r in branch_t.rows}
        quiet = (0, None, None, None, Decimal("0.00"), 0)
        names = list(activity) + sorted(n for n in open_by_branch if n not in activity)
        branch_rows = [(n, *open_by_branch.get(n, (0, Decimal("0.00"))), *activity.get(n, quiet)) for n in names]
        branches = Table("branches", "各营业部",
                         (Column("branch", "营业部", width=16, total="label"),
                          Column("cases_open", "在催案件", "int", 9, "sum"),
                          Column("overdue_total", "逾期总额", "money", 16, "sum"),
                          Column("visits_done", "已完成外访", "int", 9),
                          Column("completion_rate", "完成率", "pct", 8), Column("contact_rate", "接触率", "pct", 8),
                          Column("kept_rate_count", "兑现率（笔数）", "pct", 9),
                          Column("recovered", "回款金额", "money", 16), Column("complaints", "投诉", "int", 6)),
                         branch_rows, ("合计", open_cases, overdue, *(branch_t.totals[i] for i in keep)))
        notes = list(aging.meta.notes) + list(perf.meta.notes)
        meta = self._meta("summary", scope, d0, d1, notes=notes)
        return SummaryReport(meta, kpis, aging_t, perf.table("weekly"), branches)


def _pct_text(v: Decimal | None) -> str:
    return DASH if v is None else f"{v * 100:.1f}%"


_OVERRIDE_LABELS = {  # the audit actions the compliance report lists as overrides, in words
    "visit.override": "外访时段例外（批准）",
    "assessment.override": "评估建议改选",
}


def _rules_of(ev: AuditEvent) -> list[str]:
    """Rule ids named by a ``visit.refused`` event (``after`` = {"rules": [...]}, {"violations": [{"rule_id"…}]},
    {"rule": …}, or the ids in ``detail``); ``unknown`` when it names none."""
    found: list[str] = []
    data = ev.after if isinstance(ev.after, dict) else {}
    for key in ("rules", "rule_ids"):
        v = data.get(key)
        if isinstance(v, list):
            found += [str(x) for x in v if x]
    if isinstance(data.get("rule"), str):
        found.append(data["rule"])
    for v in data.get("violations") or []:
        if isinstance(v, dict) and (v.get("rule_id") or v.get("rule")):
            found.append(str(v.get("rule_id") or v.get("rule")))
        elif isinstance(v, str):
            found.append(v)
    if not found and ev.detail:
        from desktop.services.compliance import RULES

        found = [r for r in RULES if r in ev.detail]
    return list(dict.fromkeys(found)) or ["unknown"]


def _reason_of(ev: AuditEvent) -> str:
    data = ev.after if isinstance(ev.after, dict) else {}
    for key in ("reason", "override_reason", "why"):
        if data.get(key):
            return str(data[key])
    return ev.detail or ""


__all__ = [
    "DASH", "KPI_DEFINITIONS", "REPORTS", "Chart", "Column", "DashboardData", "KpiDefinition", "KpiValue",
    "Report", "ReportMeta", "ReportService", "SummaryReport", "Table", "WeekPoint", "per", "ratio",
]
