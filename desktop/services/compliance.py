"""Visit-compliance rule engine (合规规则): pure functions over plain dataclasses.

No database, no Qt, no SQLAlchemy.  The visit service loads what a check needs — the case, the proposed
team, the case's visits within ±30 days and the team's visits on that day — converts them to the
dataclasses below and calls :func:`check_visit`, which returns *every* violated rule at once, each with a
Chinese message naming the value and the allowed range, a fix suggestion, and a stable ``params`` dict that
the GUI can use to build a translated message later.

Time
    All datetimes are **naive local time of the branch** (Asia/Shanghai by default).  The service converts
    the UTC instants stored in the database to the branch's zone before calling in; an aware datetime is
    rejected with ``ValueError`` so a UTC value cannot slip through silently.

Intervals
    A visit occupies the half-open interval ``[start, end)``: a visit ending at 10:00 and one starting at
    10:00 do not overlap.

Rules (ids are stable; see :data:`RULES`)
    ``end_after_start``    hard         end must be later than start.
    ``quiet_hours``        hard         no part of ``[start, end)`` may fall in 22:00–08:00.  A visit may start
                                        at 08:00 and end at 22:00 exactly (the visiting window is stricter).
    ``visiting_window``    overridable  ``start >= 09:00`` and ``end <= 20:00`` on the start's day; otherwise
                                        only with the customer's recorded agreement AND a supervisor's
                                        approval (both needed).
    ``team_size``          hard         at least ``min_team`` (2) distinct collectors.
    ``team_active``        hard         every collector exists and is active.
    ``team_branch``        hard         every collector belongs to the case's branch.
    ``advance_notice``     hard         notice recorded at least 24 h before the start (exactly 24 h is
                                        enough; 23 h 59 min is not).  Without a recorded notice the plan is
                                        accepted with a ``notice_pending`` warning while ``now`` is still at or
                                        before ``start - 24 h``, and rejected once it is too late to notify.
                                        :func:`can_start` is the stricter check before marking it started.
    ``holiday``            hard         no day touched by the visit is an official day off (statutory
                                        holiday, in-lieu day, weekend inside a holiday period).
    ``weekend``            overridable  an ordinary Saturday/Sunday only with the customer's recorded
                                        agreement (hard if ``Policy.allow_weekend_with_agreement`` is False).
                                        A make-up working day (调休上班) is a working day: no violation.
    ``case_frequency_7d``  hard         in any half-open window of 7×24 h at most ``max_per_case_7d`` (1)
                                        visit starts of the case, the proposed one included.  With the default
                                        1 this means: no other visit of the case starts strictly less than
                                        7×24 h before or after; exactly 7×24 h apart is allowed.
    ``case_frequency_30d`` hard         in any half-open window of 30×24 h at most ``max_per_case_30d`` (4)
                                        visit starts, the proposed one included.  Starts exactly 30×24 h apart
                                        are never in the same window.
    ``collector_daily_cap`` hard        per collector at most ``max_per_collector_day`` (8) visits starting on
                                        the proposed start's calendar day, the proposed one included.
    ``collector_overlap``  hard         no collector of the team in another visit whose interval overlaps.
    ``travel_buffer``      hard         between a collector's visits at *different* addresses at least
                                        ``travel_buffer_min`` (30) minutes (29 min is a violation, 30 is fine);
                                        at the same address back-to-back is allowed.  Addresses are compared
                                        after NFKC normalisation, removing all whitespace and case-folding.
    ``do_not_visit``       hard         the case is flagged do-not-visit (see :data:`DO_NOT_VISIT_REASONS`).
    ``no_address``         hard         the case has no address, or the proposed visit's address is blank.

Visits whose ``status`` is in ``Policy.ignored_statuses`` (default: ``cancelled``) are ignored by the
frequency, cap, overlap and buffer rules; so is the visit being rescheduled (``ProposedVisit.visit_id``).

Cost: :func:`check_visit` is a single pass over each visit list (the frequency rules sort only the live
visits that fall within ±30 days of the start), so it is O(n) in practice.  On the 2-core reference machine
a compliant check against 50 case visits + 30 collector visits takes about 12–17 µs; a check that breaks
several rules (message building) about 90–130 µs; :func:`suggest_slots` over 14 days about 15–30 ms.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.services.workcalendar import WorkCalendar

__all__ = [
    "CUSTOMER_AGREEMENT",
    "DEFAULT_POLICY",
    "DO_NOT_VISIT_REASONS",
    "RULES",
    "SUPERVISOR_APPROVAL",
    "CaseInfo",
    "CheckResult",
    "CheckWarning",
    "CollectorInfo",
    "ExistingVisit",
    "Policy",
    "ProposedVisit",
    "RuleInfo",
    "Violation",
    "can_start",
    "check_visit",
    "normalize_address",
    "suggest_slots",
]

Severity = Literal["hard", "overridable"]

CUSTOMER_AGREEMENT = "customer_agreement"
SUPERVISOR_APPROVAL = "supervisor_approval"

# Reason codes of the do-not-visit flag (CaseInfo.do_not_visit) and how they read in Chinese.  Any other
# non-empty string is shown as it is.
DO_NOT_VISIT_REASONS: dict[str, str] = {
    "complaint_review": "客户投诉处理中",
    "legal_proceedings": "已进入法律程序",
    "deceased": "客户已身故",
    "hardship_plan": "困难客户还款计划正常履行中",
}


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """Static description of a rule, for the GUI's rule list and the audit log."""

    id: str
    title: str
    severity: Severity
    override_requires: tuple[str, ...] = ()


RULES: dict[str, RuleInfo] = {
    r.id: r
    for r in (  # in the order violations are listed: what no other time or team can fix comes first
        RuleInfo("do_not_visit", "暂停外访的案件", "hard"),
        RuleInfo("no_address", "没有上门地址", "hard"),
        RuleInfo("end_after_start", "结束时间须晚于开始时间", "hard"),
        RuleInfo("start_in_future", "外访只能安排在以后", "hard"),
        RuleInfo("quiet_hours", "22:00–08:00 禁止上门", "hard"),
        RuleInfo(
            "visiting_window", "营业部上门时段", "overridable", (CUSTOMER_AGREEMENT, SUPERVISOR_APPROVAL)
        ),
        RuleInfo("team_size", "外访至少两人", "hard"),
        RuleInfo("team_active", "外访人员须在岗", "hard"),
        RuleInfo("team_branch", "外访人员须属于案件所在营业部", "hard"),
        RuleInfo("advance_notice", "提前 24 小时通知", "hard"),
        RuleInfo("holiday", "法定节假日不上门", "hard"),
        RuleInfo("weekend", "周末上门须客户同意", "overridable", (CUSTOMER_AGREEMENT,)),
        RuleInfo("case_frequency_7d", "同一案件 7 天内外访次数", "hard"),
        RuleInfo("case_frequency_30d", "同一案件 30 天内外访次数", "hard"),
        RuleInfo("collector_daily_cap", "催收员每日外访上限", "hard"),
        RuleInfo("collector_overlap", "催收员时间冲突", "hard"),
        RuleInfo("travel_buffer", "不同地址之间的路程时间", "hard"),
    )
}
_RULE_ORDER = {rule_id: i for i, rule_id in enumerate(RULES)}

# Rules that do not depend on the slot: if one fires, no time can fix it (used by suggest_slots).
_SLOT_INDEPENDENT = frozenset({"team_size", "team_active", "team_branch", "do_not_visit", "no_address"})


# --- data ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Policy:
    """Tunable limits; the defaults are the company's rules.  Times are branch-local wall-clock times."""

    quiet_start: dt.time = dt.time(22, 0)
    quiet_end: dt.time = dt.time(8, 0)
    window_start: dt.time = dt.time(9, 0)
    window_end: dt.time = dt.time(20, 0)
    min_team: int = 2
    notice_hours: int = 24
    max_per_case_7d: int = 1
    max_per_case_30d: int = 4
    max_per_collector_day: int = 8
    travel_buffer_min: int = 30
    allow_weekend_with_agreement: bool = True
    ignored_statuses: frozenset[str] = frozenset({"cancelled"})

    def __post_init__(self) -> None:
        if not self.window_start < self.window_end:
            raise ValueError("Policy: window_start must be earlier than window_end")
        for name in ("min_team", "max_per_case_7d", "max_per_case_30d", "max_per_collector_day"):
            if getattr(self, name) < 1:
                raise ValueError(f"Policy: {name} must be at least 1")
        if self.notice_hours < 0 or self.travel_buffer_min < 0:
            raise ValueError("Policy: notice_hours and travel_buffer_min must not be negative")


DEFAULT_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class CollectorInfo:
    id: int
    name: str
    branch_id: int
    active: bool = True
    branch_name: str = ""  # for messages; "营业部 #id" without it


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """``do_not_visit`` is ``None`` or a reason code (see :data:`DO_NOT_VISIT_REASONS`).

    ``address`` is optional; :func:`suggest_slots` uses it for the travel-buffer rule when no address is
    passed to it explicitly.
    """

    id: int
    branch_id: int
    do_not_visit: str | None = None
    has_address: bool = True
    address: str = ""
    branch_name: str = ""  # for messages; "营业部 #id" without it


def _frozen_ids(ids: Iterable[int]) -> frozenset[int]:
    return ids if isinstance(ids, frozenset) else frozenset(ids)


@dataclass(frozen=True, slots=True)
class ExistingVisit:
    """A visit already in the database.  ``status`` is the visit status code, e.g. ``planned``,
    ``started``, ``done``, ``cancelled``."""

    id: int
    case_id: int
    start: dt.datetime
    end: dt.datetime
    address: str
    collector_ids: frozenset[int]
    status: str = "planned"
    label: str = ""  # how messages name it, e.g. "王芳 HT2026…"; "案件 #case_id" without it

    def __post_init__(self) -> None:
        object.__setattr__(self, "collector_ids", _frozen_ids(self.collector_ids))


@dataclass(frozen=True, slots=True)
class ProposedVisit:
    """A visit being planned or rescheduled (then ``visit_id`` is its own id, so it is not counted twice)."""

    case_id: int
    start: dt.datetime
    end: dt.datetime
    address: str
    collector_ids: frozenset[int]
    notice_at: dt.datetime | None = None
    customer_agreed_outside_window: bool = False
    customer_agreed_weekend: bool = False
    supervisor_approved: bool = False
    visit_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "collector_ids", _frozen_ids(self.collector_ids))


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule.

    ``severity`` is ``'hard'`` (never overridable) or ``'overridable'``; ``override_requires`` names what
    overrides it (:data:`CUSTOMER_AGREEMENT`, :data:`SUPERVISOR_APPROVAL`), and ``overridden`` says whether
    the proposed visit records all of it.  ``params`` holds JSON-friendly values (str, int, bool, lists and
    dicts of them; times ``HH:MM``, dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DD HH:MM``).
    """

    rule_id: str
    severity: Severity
    message: str
    fix: str
    params: dict[str, Any] = field(default_factory=dict)
    overridden: bool = False
    override_requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckWarning:
    """Something the user should know that does not block the visit (``code``: ``calendar_not_entered``,
    ``notice_pending``)."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CheckResult:
    violations: tuple[Violation, ...] = ()
    warnings: tuple[CheckWarning, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every violation (if any) is overridden by what the visit records."""
        return all(v.overridden for v in self.violations)

    @property
    def unresolved(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if not v.overridden)

    @property
    def overridden(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.overridden)

    @property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(v.rule_id for v in self.violations)

    def get(self, rule_id: str) -> Violation | None:
        for v in self.violations:
            if v.rule_id == rule_id:
                return v
        return None


# --- formatting ---------------------------------------------------------------------------------------------

_ONE_DAY = dt.timedelta(days=1)


def _hm(t: dt.time | dt.datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _ymdhm(t: dt.datetime) -> str:
    return f"{_ymd(t)} {_hm(t)}"


def _span(a: dt.time, b: dt.time) -> str:
    return f"{_hm(a)}–{_hm(b)}"


def _duration_zh(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    if hours and mins:
        return f"{sign}{hours} 小时 {mins} 分钟"
    if hours:
        return f"{sign}{hours} 小时"
    return f"{sign}{mins} 分钟"


def _ceil_minute(t: dt.datetime) -> dt.datetime:
    if t.second or t.microsecond:
        return t.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    return t


def _ceil_ten_minutes(t: dt.datetime) -> dt.datetime:
    t = _ceil_minute(t)
    return t + dt.timedelta(minutes=-t.minute % 10)


def normalize_address(address: str) -> str:
    """Compare addresses ignoring width (NFKC), all whitespace and letter case."""
    return "".join(unicodedata.normalize("NFKC", address).split()).casefold()


def _require_naive(**values: dt.datetime | None) -> None:
    for name, value in values.items():
        if value is not None and value.tzinfo is not None:
            raise ValueError(f"{name} must be a naive branch-local datetime, got an aware one: {value!r}")


def _names(ids: Iterable[int], by_id: dict[int, CollectorInfo]) -> str:
    return "、".join(by_id[i].name if i in by_id else f"#{i}" for i in ids)


def _who(ids: Iterable[int], by_id: dict[int, CollectorInfo]) -> list[dict[str, Any]]:
    return [{"id": i, "name": by_id[i].name if i in by_id else None} for i in ids]


# --- individual rules ---------------------------------------------------------------------------------------
# Each appends to ``out``; check_visit orders the result by RULES.


def _check_quiet_hours(start: dt.datetime, end: dt.datetime, policy: Policy, out: list[Violation]) -> None:
    qs, qe = policy.quiet_start, policy.quiet_end
    if qs == qe:
        return
    day = start.date() - _ONE_DAY
    last = end.date()
    while day <= last:
        a = dt.datetime.combine(day, qs)
        b = dt.datetime.combine(day + _ONE_DAY if qs > qe else day, qe)
        hit = (a < end and start < b) if end > start else (a <= start < b)
        if hit:
            quiet = _span(qs, qe)
            allowed = _span(policy.window_start, policy.window_end)
            if a <= start < b:
                part, shown = "start", _hm(start)
                message = f"开始时间 {shown} 处于禁止上门时段 {quiet}"
            else:
                part = "end"
                shown = _hm(end) if end.date() == start.date() else _ymdhm(end)
                message = f"结束时间 {shown} 进入禁止上门时段 {quiet}"
            out.append(
                Violation(
                    "quiet_hours",
                    "hard",
                    message,
                    f"改到 {allowed} 之间；{quiet} 任何情况下都不得上门，不能例外批准",
                    {
                        "part": part,
                        "start": _ymdhm(start),
                        "end": _ymdhm(end),
                        "quiet_start": _hm(qs),
                        "quiet_end": _hm(qe),
                    },
                )
            )
            return
        day += _ONE_DAY


def _check_visiting_window(
    proposed: ProposedVisit, start: dt.datetime, end: dt.datetime, policy: Policy, out: list[Violation]
) -> None:
    ws = dt.datetime.combine(start.date(), policy.window_start)
    we = dt.datetime.combine(start.date(), policy.window_end)
    window = _span(policy.window_start, policy.window_end)
    if start < ws:
        part, message = "start_early", f"开始时间 {_hm(start)} 早于允许的上门时段 {window}"
    elif start > we:
        part, message = "start_late", f"开始时间 {_hm(start)} 晚于允许的上门时段 {window}"
    elif end > we:
        shown = _hm(end) if end.date() == start.date() else _ymdhm(end)
        part, message = "end_late", f"结束时间 {shown} 晚于允许的上门时段 {window}"
    else:
        return
    agreed, approved = proposed.customer_agreed_outside_window, proposed.supervisor_approved
    fix = f"改到 {window} 之间，或记录客户同意并由主管批准"
    if agreed and not approved:
        fix += "（已记录客户同意，尚缺主管批准）"
    elif approved and not agreed:
        fix += "（已有主管批准，尚缺客户同意）"
    out.append(
        Violation(
            "visiting_window",
            "overridable",
            message,
            fix,
            {
                "part": part,
                "start": _ymdhm(start),
                "end": _ymdhm(end),
                "window_start": _hm(policy.window_start),
                "window_end": _hm(policy.window_end),
                "customer_agreed": agreed,
                "supervisor_approved": approved,
            },
            overridden=agreed and approved,
            override_requires=(CUSTOMER_AGREEMENT, SUPERVISOR_APPROVAL),
        )
    )


def _check_team(
    case: CaseInfo,
    ids: frozenset[int],
    by_id: dict[int, CollectorInfo],
    policy: Policy,
    out: list[Violation],
) -> None:
    n = len(ids)
    if n < policy.min_team:
        out.append(
            Violation(
                "team_size",
                "hard",
                f"外访人员 {n} 人，少于规定的至少 {policy.min_team} 人",
                f"再指派 {policy.min_team - n} 名本营业部在岗催收员",
                {"count": n, "min": policy.min_team},
            )
        )
    ordered = sorted(ids)
    missing = [i for i in ordered if i not in by_id]
    inactive = [i for i in ordered if i in by_id and not by_id[i].active]
    if missing or inactive:
        parts = []
        if inactive:
            parts.append(f"催收员 {_names(inactive, by_id)} 已停用，不在岗")
        if missing:
            parts.append(f"催收员 {_names(missing, by_id)} 不存在")
        out.append(
            Violation(
                "team_active",
                "hard",
                "；".join(parts),
                "换成本营业部在岗的催收员",
                {"inactive": _who(inactive, by_id), "missing": missing},
            )
        )
    foreign = [i for i in ordered if i in by_id and by_id[i].branch_id != case.branch_id]
    if foreign:
        listed = "、".join(f"{by_id[i].name}（{by_id[i].branch_name or f'营业部 #{by_id[i].branch_id}'}）"
                          for i in foreign)
        home = case.branch_name or f"营业部 #{case.branch_id}"
        out.append(
            Violation(
                "team_branch",
                "hard",
                f"催收员 {listed}不属于案件所在的{home}",
                f"换成{home}的在岗催收员",
                {
                    "collectors": [
                        {"id": i, "name": by_id[i].name, "branch_id": by_id[i].branch_id} for i in foreign
                    ],
                    "case_branch_id": case.branch_id,
                },
            )
        )


def _notice_violation(
    notice_at: dt.datetime | None, start: dt.datetime, now: dt.datetime, policy: Policy, *, starting: bool
) -> Violation | CheckWarning | None:
    """The advance-notice rule.  ``starting``: the visit is being marked as started (stricter)."""
    need = dt.timedelta(hours=policy.notice_hours)
    deadline = start - need
    hours = policy.notice_hours
    if notice_at is None:
        if starting:
            return Violation(
                "advance_notice",
                "hard",
                f"尚未记录外访通知，不能开始外访（须在开始前至少 {hours} 小时通知）",
                f"记录外访通知，并把外访改到通知后至少 {hours} 小时",
                {
                    "case": "missing_at_start",
                    "notice_at": None,
                    "start": _ymdhm(start),
                    "deadline": _ymdhm(deadline),
                    "hours": hours,
                },
            )
        if now > deadline:
            earliest = _ceil_ten_minutes(now + need)  # a time one can book: 17:00 rather than 16:57
            return Violation(
                "advance_notice",
                "hard",
                f"尚未记录外访通知，开始时间 {_ymdhm(start)} 前至少 {hours} 小时（{_ymdhm(deadline)} 前）"
                f"必须通知，现在已来不及",
                f"立即发出外访通知，并把开始时间改到 {_ymdhm(earliest)} 或以后",
                {
                    "case": "too_late_to_notify",
                    "notice_at": None,
                    "start": _ymdhm(start),
                    "deadline": _ymdhm(deadline),
                    "hours": hours,
                    "earliest_start": _ymdhm(earliest),
                },
            )
        return CheckWarning(
            "notice_pending",
            f"外访通知尚未记录，须在 {_ymdhm(deadline)} 前发出（开始前至少 {hours} 小时）",
            {"deadline": _ymdhm(deadline), "hours": hours},
        )
    if notice_at > deadline:
        earliest = _ceil_minute(notice_at + need)
        return Violation(
            "advance_notice",
            "hard",
            f"外访通知记录于 {_ymdhm(notice_at)}，距开始时间 {_ymdhm(start)} 仅 "
            f"{_duration_zh(start - notice_at)}，少于规定的 {hours} 小时",
            f"把开始时间改到 {_ymdhm(earliest)} 或以后",
            {
                "case": "too_short",
                "notice_at": _ymdhm(notice_at),
                "start": _ymdhm(start),
                "deadline": _ymdhm(deadline),
                "hours": hours,
                "earliest_start": _ymdhm(earliest),
                "notice_minutes": int((start - notice_at).total_seconds() // 60),
            },
        )
    return None


def _next_workday(calendar: WorkCalendar, day: dt.date) -> dt.date | None:
    for i in range(1, 40):
        d = day + dt.timedelta(days=i)
        if calendar.is_workday(d):
            return d
    return None


def _check_days(
    proposed: ProposedVisit,
    start: dt.datetime,
    end: dt.datetime,
    calendar: WorkCalendar,
    policy: Policy,
    out: list[Violation],
    warnings: list[CheckWarning],
) -> None:
    first = start.date()
    last = (end - dt.timedelta(microseconds=1)).date() if end > start else first
    holidays: list[tuple[dt.date, str]] = []
    weekends: list[dt.date] = []
    warned: set[int] = set()
    day = first
    while day <= last:
        info = calendar.day_info(day)
        if info.kind == "holiday":
            holidays.append((day, info.name or "法定节假日"))
        elif info.kind == "weekend":
            weekends.append(day)
        if day.year not in warned:
            text = calendar.coverage_warning(day)
            if text:
                warned.add(day.year)
                warnings.append(CheckWarning("calendar_not_entered", text, {"year": day.year}))
        day += _ONE_DAY
    if holidays:
        listed = "、".join(f"{_ymd(d)}（{name}）" for d, name in holidays)
        nxt = _next_workday(calendar, holidays[-1][0])
        fix = "改到工作日" + (f"，例如 {_ymd(nxt)}" if nxt else "")
        out.append(
            Violation(
                "holiday",
                "hard",
                f"{listed}是法定节假日，不得上门",
                fix,
                {
                    "days": [{"day": _ymd(d), "name": name} for d, name in holidays],
                    "next_workday": _ymd(nxt) if nxt else None,
                },
            )
        )
    if weekends:
        listed = "、".join(f"{_ymd(d)}（{'周六' if d.weekday() == 5 else '周日'}）" for d in weekends)
        nxt = _next_workday(calendar, weekends[-1])
        example = f"，例如 {_ymd(nxt)}" if nxt else ""
        params = {
            "days": [_ymd(d) for d in weekends],
            "next_workday": _ymd(nxt) if nxt else None,
            "customer_agreed": proposed.customer_agreed_weekend,
        }
        if policy.allow_weekend_with_agreement:
            out.append(
                Violation(
                    "weekend",
                    "overridable",
                    f"{listed}是周末（不是调休上班日），须记录客户同意才能上门",
                    f"改到工作日{example}，或记录客户同意周末上门",
                    params,
                    overridden=proposed.customer_agreed_weekend,
                    override_requires=(CUSTOMER_AGREEMENT,),
                )
            )
        else:
            out.append(
                Violation(
                    "weekend",
                    "hard",
                    f"{listed}是周末（不是调休上班日），本营业部周末不上门",
                    f"改到工作日{example}",
                    params,
                )
            )


def _densest_window(
    start: dt.datetime, others: Sequence[ExistingVisit], length: dt.timedelta
) -> tuple[int, list[ExistingVisit], dt.datetime]:
    """Max number of visit starts (``start`` included) in a half-open window ``[t, t+length)`` that
    contains ``start``; returns (count, the other visits in that window, t).  ``others`` must already be
    limited to starts within (start - length, start + length)."""
    # The proposed visit is marked with index -1; the densest window can be taken to begin at a visit start
    # at or before ``start``.
    points: list[tuple[dt.datetime, int]] = [(v.start, i) for i, v in enumerate(others)]
    points.append((start, -1))
    points.sort()
    best, best_i, best_j = 0, 0, 0
    j = 0
    n = len(points)
    for i, (t, _) in enumerate(points):
        if t > start:
            break
        if j < i:
            j = i
        while j < n and points[j][0] < t + length:
            j += 1
        if j - i > best:
            best, best_i, best_j = j - i, i, j
    members = [others[k] for _, k in points[best_i:best_j] if k >= 0]
    return best, members, points[best_i][0]


def _check_case_frequency(
    proposed: ProposedVisit,
    start: dt.datetime,
    case: CaseInfo,
    case_visits: Sequence[ExistingVisit],
    policy: Policy,
    out: list[Violation],
) -> None:
    ignored = policy.ignored_statuses
    own_id = proposed.visit_id
    d7, d30 = dt.timedelta(days=7), dt.timedelta(days=30)
    lo30, hi30 = start - d30, start + d30
    near30: list[ExistingVisit] = []
    for v in case_visits:
        if v.case_id != case.id or (own_id is not None and v.id == own_id) or v.status in ignored:
            continue
        if lo30 < v.start < hi30:
            near30.append(v)
    if not near30:
        return
    lo7, hi7 = start - d7, start + d7
    near7 = [v for v in near30 if lo7 < v.start < hi7]
    for rule_id, days, limit, near, length in (
        ("case_frequency_7d", 7, policy.max_per_case_7d, near7, d7),
        ("case_frequency_30d", 30, policy.max_per_case_30d, near30, d30),
    ):
        if len(near) < limit:  # even all of them plus the proposed one fit
            continue
        count, members, t = _densest_window(start, near, length)
        if count <= limit:
            continue
        members.sort(key=lambda v: v.start)
        listed = "、".join(_ymdhm(v.start) for v in members)
        if all(v.start <= start for v in members):
            # a window holds at most ``limit`` starts: the proposed one must leave the window that starts at
            # the (count - limit)-th earliest conflicting visit
            fix = f"改到 {_ymdhm(members[count - 1 - limit].start + length)} 或以后"
        elif all(v.start >= start for v in members):
            fix = f"改到 {_ymdhm(members[limit - 1].start - length)} 或之前"
        else:
            fix = "另选日期（可用“推荐时段”）"
        fix += f"，使任意 {days} 天内本案件外访不超过 {limit} 次"
        out.append(
            Violation(
                rule_id,
                "hard",
                f"任意 {days} 天内本案件最多外访 {limit} 次：{listed} 已有外访，加上本次共 {count} 次",
                fix,
                {
                    "days": days,
                    "limit": limit,
                    "count": count,
                    "window_start": _ymdhm(t),
                    "window_end": _ymdhm(t + length),
                    "visits": [{"id": v.id, "start": _ymdhm(v.start)} for v in members],
                },
            )
        )


def _check_collectors(
    proposed: ProposedVisit,
    start: dt.datetime,
    end: dt.datetime,
    by_id: dict[int, CollectorInfo],
    collector_visits: Sequence[ExistingVisit],
    policy: Policy,
    out: list[Violation],
) -> None:
    ids = proposed.collector_ids
    if not ids:
        return
    ignored = policy.ignored_statuses
    own_id = proposed.visit_id
    day = start.date()
    buffer = dt.timedelta(minutes=policy.travel_buffer_min)
    lo, hi = start - buffer, end + buffer
    address: str | None = None
    per_day: dict[int, int] = {}
    overlaps: list[tuple[ExistingVisit, frozenset[int]]] = []
    tight: list[tuple[ExistingVisit, frozenset[int], dt.timedelta]] = []
    zero = end <= start
    for v in collector_visits:
        shared = v.collector_ids & ids
        if not shared or (own_id is not None and v.id == own_id) or v.status in ignored:
            continue
        if v.start.date() == day:
            for cid in shared:
                per_day[cid] = per_day.get(cid, 0) + 1
        if (v.start <= start < v.end) if zero else (v.start < end and start < v.end):
            overlaps.append((v, shared))
        elif v.start < hi and lo < v.end:  # within the buffer on either side
            if address is None:
                address = normalize_address(proposed.address)
            if normalize_address(v.address) != address:
                gap = start - v.end if v.end <= start else v.start - end
                tight.append((v, shared, gap))

    cap = policy.max_per_collector_day
    over = sorted(cid for cid, n in per_day.items() if n + 1 > cap)
    if over:
        listed = "、".join(f"{_names([cid], by_id)}已有 {per_day[cid]} 次" for cid in over)
        out.append(
            Violation(
                "collector_daily_cap",
                "hard",
                f"{_ymd(day)} 催收员 {listed}，加上本次超过每日上限 {cap} 次",
                "换一位催收员，或改到其他日期",
                {
                    "day": _ymd(day),
                    "limit": cap,
                    "collectors": [
                        {"id": cid, "name": by_id[cid].name if cid in by_id else None, "count": per_day[cid]}
                        for cid in over
                    ],
                },
            )
        )
    if overlaps:
        overlaps.sort(key=lambda p: (p[0].start, p[0].id))
        listed = "；".join(
            f"催收员 {_names(sorted(s), by_id)} 在 {_hm(v.start)}–{_hm(v.end)} 已有外访（{v.label or f'案件 #{v.case_id}'}）"
            for v, s in overlaps
        )
        out.append(
            Violation(
                "collector_overlap",
                "hard",
                f"{listed}，与本次 {_hm(start)}–{_hm(end)} 时间重叠",
                "错开时间，或换一位催收员",
                {
                    "start": _ymdhm(start),
                    "end": _ymdhm(end),
                    "conflicts": [
                        {
                            "visit_id": v.id,
                            "case_id": v.case_id,
                            "start": _ymdhm(v.start),
                            "end": _ymdhm(v.end),
                            "collectors": _who(sorted(s), by_id),
                        }
                        for v, s in overlaps
                    ],
                },
            )
        )
    if tight:
        tight.sort(key=lambda p: (p[0].start, p[0].id))
        listed = "；".join(
            f"催收员 {_names(sorted(s), by_id)} 在另一地址的外访 {_hm(v.start)}–{_hm(v.end)} 与本次仅相隔 "
            f"{_duration_zh(gap)}"
            for v, s, gap in tight
        )
        before = [v.end for v, _, _ in tight if v.end <= start]
        after = [v.start for v, _, _ in tight if v.end > start]
        if before and not after:
            fix = f"改到 {_hm(max(before) + buffer)} 或以后开始"
        elif after and not before:
            fix = f"在 {_hm(min(after) - buffer)} 前结束"
        else:
            fix = "另选时段，或换一位催收员"
        fix += f"，与不同地址的外访至少间隔 {policy.travel_buffer_min} 分钟"
        out.append(
            Violation(
                "travel_buffer",
                "hard",
                f"{listed}，少于规定的路程时间 {policy.travel_buffer_min} 分钟",
                fix,
                {
                    "buffer_min": policy.travel_buffer_min,
                    "start": _ymdhm(start),
                    "end": _ymdhm(end),
                    "conflicts": [
                        {
                            "visit_id": v.id,
                            "case_id": v.case_id,
                            "start": _ymdhm(v.start),
                            "end": _ymdhm(v.end),
                            "gap_min": int(gap.total_seconds() // 60),
                            "collectors": _who(sorted(s), by_id),
                        }
                        for v, s, gap in tight
                    ],
                },
            )
        )


def _check_case_flags(proposed: ProposedVisit, case: CaseInfo, out: list[Violation]) -> None:
    reason = case.do_not_visit
    if reason:
        label = DO_NOT_VISIT_REASONS.get(reason, reason)
        out.append(
            Violation(
                "do_not_visit",
                "hard",
                f"案件已标记为暂停外访：{label}",
                "暂停原因解除、由主管取消标记后再安排外访",
                {"reason": reason, "reason_label": label},
            )
        )
    if not case.has_address or not proposed.address.strip():
        message = "案件没有登记上门地址" if not case.has_address else "外访地址为空"
        out.append(
            Violation(
                "no_address",
                "hard",
                message,
                "先在案件中录入客户的上门地址，再安排外访",
                {"case_has_address": case.has_address},
            )
        )


# --- public API ---------------------------------------------------------------------------------------------


def check_visit(
    proposed: ProposedVisit,
    case: CaseInfo,
    team: Sequence[CollectorInfo],
    case_visits: Sequence[ExistingVisit],
    collector_visits: Sequence[ExistingVisit],
    calendar: WorkCalendar,
    policy: Policy,
    now: dt.datetime,
) -> CheckResult:
    """Check a planned (or rescheduled) visit against every rule and return all violations at once.

    ``team`` holds the :class:`CollectorInfo` of the proposed collectors (extra entries are ignored; a
    proposed id without an entry is reported under ``team_active``).  ``case_visits`` are the case's visits
    (the service passes those within ±30 days), ``collector_visits`` the team's visits around that day.
    All datetimes are naive branch-local time.
    """
    if proposed.case_id != case.id:
        raise ValueError(f"proposed visit is for case {proposed.case_id}, not case {case.id}")
    _require_naive(start=proposed.start, end=proposed.end, notice_at=proposed.notice_at, now=now)

    out: list[Violation] = []
    warnings: list[CheckWarning] = []
    start = proposed.start
    end = proposed.end
    if end <= start:
        out.append(
            Violation(
                "end_after_start",
                "hard",
                f"结束时间 {_ymdhm(end)} 不晚于开始时间 {_ymdhm(start)}",
                "把结束时间改到开始时间之后",
                {"start": _ymdhm(start), "end": _ymdhm(end)},
            )
        )
        end = start  # check the rest as a zero-length visit at ``start``

    if start <= now:  # a visit is planned ahead: the past is logged as outcomes, never booked after the fact
        out.append(
            Violation(
                "start_in_future",
                "hard",
                f"开始时间 {_ymdhm(start)} 已经过去，外访只能安排在以后",
                "把外访改到将来的时间；已经发生的上门请在案件中登记联系结果",
                {"start": _ymdhm(start), "now": _ymdhm(now)},
            )
        )
    by_id = {c.id: c for c in team}
    _check_quiet_hours(start, end, policy, out)
    _check_visiting_window(proposed, start, end, policy, out)
    _check_team(case, proposed.collector_ids, by_id, policy, out)
    notice = _notice_violation(proposed.notice_at, start, now, policy, starting=False)
    if isinstance(notice, Violation):
        out.append(notice)
    elif notice is not None:
        warnings.append(notice)
    _check_days(proposed, start, end, calendar, policy, out, warnings)
    _check_case_frequency(proposed, start, case, case_visits, policy, out)
    _check_collectors(proposed, start, end, by_id, collector_visits, policy, out)
    _check_case_flags(proposed, case, out)
    out.sort(key=lambda v: _RULE_ORDER[v.rule_id])
    return CheckResult(tuple(out), tuple(warnings))


def can_start(
    notice_at: dt.datetime | None, start: dt.datetime, now: dt.datetime, policy: Policy = DEFAULT_POLICY
) -> CheckResult:
    """May a planned visit be marked as started at ``now``?

    Requires a recorded notice at least ``notice_hours`` before the visit's actual start, i.e. before
    ``min(start, now)`` (starting earlier than announced needs the notice to be earlier too), and ``now``
    outside the quiet hours.  Both rules are hard.
    """
    _require_naive(notice_at=notice_at, start=start, now=now)
    out: list[Violation] = []
    actual = min(start, now)
    notice = _notice_violation(notice_at, actual, now, policy, starting=True)
    if isinstance(notice, Violation):
        out.append(notice)
    _check_quiet_hours(now, now, policy, out)
    return CheckResult(tuple(out), ())


_UNKNOWN_ADDRESS = "\x00unknown-address"  # never equal to a real address: the travel buffer always applies


def suggest_slots(
    case: CaseInfo,
    team: Sequence[CollectorInfo],
    case_visits: Sequence[ExistingVisit],
    collector_visits: Sequence[ExistingVisit],
    calendar: WorkCalendar,
    policy: Policy,
    now: dt.datetime,
    days: int = 14,
    duration: dt.timedelta = dt.timedelta(hours=1),
    step: dt.timedelta = dt.timedelta(minutes=30),
    limit: int = 10,
    *,
    address: str | None = None,
    visit_id: int | None = None,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The next ``limit`` slots ``(start, end)`` that :func:`check_visit` accepts without any override.

    The team is every collector in ``team``; the notice is taken as sent at ``now``, so slots start at
    ``now + notice_hours`` or later.  Candidate starts lie on a ``step`` grid counted from midnight, within
    the visiting window of working days, from that earliest start for ``days`` days.  ``address`` (or
    ``case.address``) is the visit's address for the travel-buffer rule; if neither is known every other
    visit counts as a different address.  ``visit_id``: the visit being rescheduled, ignored as a conflict.
    Returns ``[]`` at once when a rule that no time can fix is broken (team, do-not-visit, no address).
    """
    _require_naive(now=now)
    if step <= dt.timedelta(0) or duration <= dt.timedelta(0):
        raise ValueError("step and duration must be positive")
    if limit <= 0 or days <= 0:
        return []
    ids = frozenset(c.id for c in team)
    addr = address or case.address or _UNKNOWN_ADDRESS
    earliest = now + dt.timedelta(hours=policy.notice_hours)
    horizon = earliest + dt.timedelta(days=days)
    slots: list[tuple[dt.datetime, dt.datetime]] = []
    day = earliest.date()
    while day <= horizon.date() and len(slots) < limit:
        if calendar.is_workday(day):
            midnight = dt.datetime.combine(day, dt.time())
            first = max(earliest, dt.datetime.combine(day, policy.window_start))
            k = -(-(first - midnight) // step)  # ceil on the step grid
            t = midnight + k * step
            window_end = dt.datetime.combine(day, policy.window_end)
            while t + duration <= window_end and t < horizon and len(slots) < limit:
                proposed = ProposedVisit(
                    case.id, t, t + duration, addr, ids, notice_at=now, visit_id=visit_id
                )
                result = check_visit(
                    proposed, case, team, case_visits, collector_visits, calendar, policy, now
                )
                if not result.violations:
                    slots.append((t, t + duration))
                elif result.rule_ids & _SLOT_INDEPENDENT:
                    return []
                t += step
        day += _ONE_DAY
    return slots
