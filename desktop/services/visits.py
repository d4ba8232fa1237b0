"""上门外访 — scheduling visits that obey the compliance rules by construction, notices and route sheets.

Every write re-checks the visit against :mod:`desktop.services.compliance` inside its transaction; a visit
that breaks a rule is never saved: the service raises :class:`VisitRefused` (carrying the whole
:class:`~desktop.services.compliance.CheckResult`) and records a ``visit.refused`` audit event
(``after={"rules": [...], ...}``) in its own committed transaction, so the refusal is on record although the
write was rolled back.  Overrides (visiting window, weekend) are saved only with what the rule needs
(customer agreement; for the window also the approval of a supervisor/manager holding
``VISIT_APPROVE_OVERRIDE``) *and* a written reason; each saved override is audited as ``visit.override``.

Time
    Every datetime the service takes or returns is **naive branch-local time** (Asia/Shanghai; the branch
    table has no time-zone column).  An aware datetime given to the service is converted to local time
    first.  The database stores UTC (``UTCDateTime``).

Statuses (:class:`desktop.models.enums.VisitStatus`)
    ``planned`` → ``notified`` (:meth:`VisitService.record_notice`) → ``done`` / ``missed``; ``cancelled``
    from planned or notified with a reason.  ``done`` needs the start to have passed and a notice recorded at
    least ``notice_hours`` before the start (:func:`compliance.can_start`).  Done, missed and cancelled visits
    are final.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Branch,
    Case,
    CollectionPlan,
    ContactPoint,
    Customer,
    Loan,
    OfficialDay,
    PlanInstallment,
    PromiseToPay,
    ResultCode,
    Setting,
    User,
    Visit,
    VisitMember,
)
from desktop.models.enums import (
    DO_NOT_VISIT_LABELS,
    VISIT_STATUS_LABELS,
    CaseStatus,
    Role,
    VisitStatus,
)
from desktop.services import audit, compliance
from desktop.services.cases import can_see_all_branches, load_case_in_scope
from desktop.services.compliance import (
    CheckResult,
    CheckWarning,
    CollectorInfo,
    ExistingVisit,
    Policy,
    ProposedVisit,
)
from desktop.services.context import BRANCH_TZ, Service, conflict_error, ensure_version
from desktop.services.errors import ComplianceError, NotFound, PermissionDenied, ValidationError
from desktop.services.lifecycle import can_transition, transition
from desktop.services.permissions import Perm, allowed, requires
from desktop.services.workcalendar import OfficialDay as CalendarDay
from desktop.services.workcalendar import WorkCalendar

__all__ = [
    "ADDRESS_KIND_LABELS",
    "NOTICE_CHANNEL_LABELS",
    "AddressChoice",
    "CollectorChoice",
    "PolicyInfo",
    "VisitDraft",
    "VisitInfo",
    "VisitRefused",
    "VisitRow",
    "VisitService",
    "to_local",
    "to_utc",
]

ADDRESS_KIND_LABELS: dict[str, str] = {"home": "家庭地址", "work": "单位地址", "other": "其他地址"}
NOTICE_CHANNEL_LABELS: dict[str, str] = {"sms": "短信", "letter": "信函", "phone": "电话", "in_person": "当面"}
NOTICE_CHANNEL_LABELS_EN: dict[str, str] = {
    "sms": "text message", "letter": "letter", "phone": "phone call", "in_person": "in person",
}
#: English of the labels the errors embed (models.enums keeps the Chinese ones)
VISIT_STATUS_LABELS_EN: dict[str, str] = {
    "planned": "Planned", "notified": "Notified", "done": "Done", "cancelled": "Cancelled", "missed": "Missed",
}
DO_NOT_VISIT_LABELS_EN: dict[str, str] = {
    "complaint": "complaint under review",
    "legal": "legal proceedings",
    "deceased": "borrower deceased",
    "hardship": "hardship plan in good standing",
}
#: English titles of the compliance rules (compliance.RULES has the Chinese ones), for a refusal's summary
RULE_TITLES_EN: dict[str, str] = {
    "do_not_visit": "do-not-visit case",
    "no_address": "no visiting address",
    "end_after_start": "end after start",
    "start_in_future": "visits only in the future",
    "quiet_hours": "no visits 22:00–08:00",
    "visiting_window": "branch visiting hours",
    "team_size": "at least two collectors",
    "team_active": "active collectors only",
    "team_branch": "collectors of the case's branch",
    "advance_notice": "notice 24 hours ahead",
    "holiday": "no visits on official days off",
    "weekend": "weekend visits need the customer's agreement",
    "case_frequency_7d": "visits per case in 7 days",
    "case_frequency_30d": "visits per case in 30 days",
    "collector_daily_cap": "daily visits per collector",
    "collector_overlap": "collector already booked",
    "travel_buffer": "travel time between addresses",
}
#: the customer flag codes of the model (Customer.do_not_visit) → the rule engine's reason codes
DO_NOT_VISIT_CODES: dict[str, str] = {
    "complaint": "complaint_review",
    "legal": "legal_proceedings",
    "deceased": "deceased",
    "hardship": "hardship_plan",
}
POLICY_SETTING = "visit_policy"


# ------------------------------------------------------------------------------------------ time
def to_local(value: dt.datetime | None) -> dt.datetime | None:
    """A stored (aware UTC) instant as naive branch-local time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(BRANCH_TZ).replace(tzinfo=None)


def to_utc(value: dt.datetime | None) -> dt.datetime | None:
    """Naive branch-local time (or any aware datetime) as an aware UTC instant for the database."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=BRANCH_TZ)
    return value.astimezone(dt.UTC)


# ------------------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class VisitDraft:
    """A visit as the dialog / calendar edits it.  ``start``/``end``/``notice_at`` are naive local time.

    ``address_kind``: ``'home'`` or ``'work'`` (the customer's registered addresses) or ``'other'`` (a new
    address, kept in the customer's address history when the visit is saved).  ``approved_by_id``: the
    supervisor/manager who approved leaving the visiting window; ``override_reason``: why (required for
    any override).
    """

    case_id: int
    start: dt.datetime
    end: dt.datetime
    member_ids: tuple[int, ...]
    address: str
    address_kind: str = "home"
    purpose: str = ""
    notice_at: dt.datetime | None = None
    notice_channel: str | None = None
    customer_agreed_outside_window: bool = False
    customer_agreed_weekend: bool = False
    approved_by_id: int | None = None
    override_reason: str = ""


@dataclass(frozen=True)
class VisitInfo:
    """One visit for the dialog: the draft fields plus status, version and names."""

    id: int
    case_id: int
    branch_id: int
    contract_no: str
    customer_name: str
    start: dt.datetime  # naive local
    end: dt.datetime  # naive local
    member_ids: tuple[int, ...]
    member_names: tuple[str, ...]
    address: str
    address_kind: str
    purpose: str
    notice_at: dt.datetime | None  # naive local
    notice_channel: str | None
    customer_agreed_outside_window: bool
    customer_agreed_weekend: bool
    approved_by_id: int | None
    approved_by_name: str | None
    override_reason: str
    status: str
    cancel_reason: str | None
    version: int

    def draft(self) -> VisitDraft:
        """The editable part, e.g. to pass to :meth:`VisitService.update` after changes (``replace``)."""
        return VisitDraft(
            case_id=self.case_id, start=self.start, end=self.end, member_ids=self.member_ids,
            address=self.address, address_kind=self.address_kind, purpose=self.purpose,
            notice_at=self.notice_at, notice_channel=self.notice_channel,
            customer_agreed_outside_window=self.customer_agreed_outside_window,
            customer_agreed_weekend=self.customer_agreed_weekend, approved_by_id=self.approved_by_id,
            override_reason=self.override_reason,
        )


@dataclass(frozen=True)
class VisitRow:
    """One visit in the calendar (times naive local)."""

    id: int
    case_id: int
    contract_no: str
    customer_name: str
    start: dt.datetime
    end: dt.datetime
    status: str
    address: str
    district: str
    member_ids: tuple[int, ...]
    member_names: tuple[str, ...]
    version: int
    notice_at: dt.datetime | None
    branch_id: int = 0
    # why this booked visit must not happen now (the customer is flagged do-not-visit, or a plan is being
    # kept), e.g. "投诉处理中"; "" when nothing stops it
    held: str = ""


@dataclass(frozen=True)
class CollectorChoice:
    id: int
    name: str
    employee_no: str | None


@dataclass(frozen=True)
class AddressChoice:
    """``kind``: home | work | other (history); ``label`` is the Chinese label of the kind."""

    kind: str
    address: str
    label: str = ""


@dataclass(frozen=True)
class PolicyInfo:
    """The policy in force plus who changed the company-wide part last (``version`` of the setting row,
    0 while the defaults apply)."""

    policy: Policy
    version: int
    updated_at: dt.datetime | None
    updated_by: str | None


class VisitRefused(ComplianceError):
    """Saving was refused because the visit breaks rules.  ``result`` holds every violation (the unresolved
    ones are also in ``violations``); ``str(e)`` is one Chinese paragraph naming each rule and its fix."""

    def __init__(self, result: CheckResult, message: str | None = None, *, en: str | None = None) -> None:
        self.result = result
        unresolved = list(result.unresolved)
        if message is None:
            parts = [f"{v.message}（{v.fix}）" for v in unresolved]
            message = "外访未保存，违反合规规则：" + "；".join(parts) + "。"
            if en is None:
                en = (f"The visit was not saved because it breaks these visit rules: {_rules_en(unresolved)}. "
                      "Change the visit so that it keeps them.")
        super().__init__(message, unresolved, en=en)

    @property
    def rule_ids(self) -> list[str]:
        return [v.rule_id for v in self.result.unresolved]


# ------------------------------------------------------------------------------------------ helpers
_MAX_TEXT = 300
_ACTIVE = (VisitStatus.PLANNED.value, VisitStatus.NOTIFIED.value)
_FINAL = (VisitStatus.DONE.value, VisitStatus.CANCELLED.value, VisitStatus.MISSED.value)
_TEAM_ROLES = (Role.COLLECTOR.value, Role.SUPERVISOR.value)
_MAX_VISIT = dt.timedelta(hours=14)  # the longest visit the quiet hours leave (08:00–22:00)
_NOTICE_SLACK = dt.timedelta(minutes=5)  # a notice "recorded now" may carry a clock a little ahead
#: English names of the free-text fields :func:`_clean` checks
_TEXT_FIELDS_EN: dict[str, str] = {
    "外访地址": "visit address", "外访目的": "visit purpose", "例外原因": "reason for the exception", "原因": "reason",
}


def _rules_en(violations: Iterable[compliance.Violation]) -> str:
    """The broken rules for a refusal's English sentence, e.g. ``"at least two collectors" (team_size)``; the
    views build each rule's full English message and fix from the violations (desktop/views/rule_texts.py)."""
    return "; ".join(f"\"{RULE_TITLES_EN.get(v.rule_id, v.rule_id)}\" ({v.rule_id})" for v in violations)


def _local_naive(value: dt.datetime | None) -> dt.datetime | None:
    """Service input: naive = local already; aware → local naive."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(BRANCH_TZ).replace(tzinfo=None)


def _day_bounds_utc(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    lo = dt.datetime.combine(first, dt.time(), tzinfo=BRANCH_TZ).astimezone(dt.UTC)
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=BRANCH_TZ).astimezone(dt.UTC)
    return lo, hi


def _hm(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _parse_hm(value: Any, default: dt.time) -> dt.time:  # noqa: ANN401
    if isinstance(value, dt.time):
        return value
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", str(value or ""))
    if not m:
        return default
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        return default


def policy_to_dict(p: Policy) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(Policy):
        v = getattr(p, f.name)
        if isinstance(v, dt.time):
            v = _hm(v)
        elif isinstance(v, frozenset):
            v = sorted(v)
        out[f.name] = v
    return out


def policy_from_dict(data: Any, base: Policy = compliance.DEFAULT_POLICY) -> Policy:  # noqa: ANN401
    """A policy from the stored JSON; unknown keys and invalid values fall back to ``base``."""
    if not isinstance(data, dict):
        return base
    values: dict[str, Any] = {}
    for f in fields(Policy):
        if f.name not in data:
            continue
        cur = getattr(base, f.name)
        raw = data[f.name]
        if isinstance(cur, dt.time):
            values[f.name] = _parse_hm(raw, cur)
        elif isinstance(cur, bool):
            values[f.name] = bool(raw)
        elif isinstance(cur, int):
            try:
                values[f.name] = int(raw)
            except (TypeError, ValueError):
                pass
        elif isinstance(cur, frozenset) and isinstance(raw, list | tuple):
            values[f.name] = frozenset(str(x) for x in raw)
    try:
        return replace(base, **values)
    except ValueError:
        return base


@functools.lru_cache(maxsize=8)
def _calendar_for(rows: tuple[tuple[dt.date, str, str], ...]) -> WorkCalendar:
    return WorkCalendar(CalendarDay(d, k if k in ("holiday", "workday") else "holiday", n or "") for d, k, n in rows)


def _calendar(s: Session) -> WorkCalendar:
    rows = tuple(s.execute(select(OfficialDay.day, OfficialDay.kind, OfficialDay.name).order_by(OfficialDay.day)))
    return _calendar_for(tuple((d, k, n) for d, k, n in rows))


def _plan_in_good_standing(s: Session, case_id: int) -> bool:
    """An active installment or settlement plan of the case with no missed installment (asked once per case
    and session: the answer is kept in the session's ``info``, which goes with the session)."""
    known: dict[int, bool] = s.info.setdefault("visits.plan_in_good_standing", {})
    if case_id not in known:
        _learn_plans_in_good_standing(s, [case_id])
    return known[case_id]


def _learn_plans_in_good_standing(s: Session, case_ids: Sequence[int]) -> None:
    """Answer :func:`_plan_in_good_standing` for many cases with one query per 500 (sheets and notices)."""
    from desktop.services.plans import MONEY_STRATEGIES

    known: dict[int, bool] = s.info.setdefault("visits.plan_in_good_standing", {})
    todo = sorted({c for c in case_ids if c not in known})
    missed = select(PlanInstallment.id).where(PlanInstallment.plan_id == CollectionPlan.id,
                                              PlanInstallment.status == "missed")
    for i in range(0, len(todo), 500):
        part = todo[i:i + 500]
        good = set(s.scalars(select(CollectionPlan.case_id).where(
            CollectionPlan.case_id.in_(part), CollectionPlan.status == "active",
            CollectionPlan.strategy.in_(MONEY_STRATEGIES), ~missed.exists())))
        known.update((c, c in good) for c in part)


def _no_visit_flag(s: Session, case_id: int, customer_flag: str | None) -> str | None:
    """The do-not-visit reason code of a case (DO_NOT_VISIT_LABELS), or None: the customer's own flag, else
    "hardship" while an installment or settlement plan is kept. The ``do_not_visit`` rule, the route sheet,
    the notices and the calendar all ask this one question."""
    if customer_flag:
        return customer_flag
    return "hardship" if _plan_in_good_standing(s, case_id) else None


def _no_visit_reason(s: Session, case_id: int, customer_flag: str | None) -> str | None:
    """Why a booked visit must not happen now, in words (e.g. 投诉处理中), or None."""
    flag = _no_visit_flag(s, case_id, customer_flag)
    return DO_NOT_VISIT_LABELS.get(flag, flag) if flag else None


def _no_visit_reason_en(s: Session, case_id: int, customer_flag: str | None) -> str | None:
    """:func:`_no_visit_reason` in English (a free-text flag is shown as it is)."""
    flag = _no_visit_flag(s, case_id, customer_flag)
    return DO_NOT_VISIT_LABELS_EN.get(flag, flag) if flag else None


def _branch_names(s: Session) -> dict[int, str]:
    """Branch id -> name, read once per session (rule messages name branches)."""
    names = s.info.get("visits.branch_names")
    if names is None:
        names = s.info["visits.branch_names"] = dict(s.execute(select(Branch.id, Branch.name)).all())
    return names


def _district(address: str) -> str:
    from reports.routesheet import district_of

    return district_of(address)


def _clean(value: str | None, what: str, limit: int = _MAX_TEXT) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(f"{what}太长：最多 {limit} 字。",
                              en=f"The {_TEXT_FIELDS_EN.get(what, 'text')} is too long: at most {limit} characters.")
    return text


def _existing(rows: Iterable[Any], team: frozenset[int] | None = None) -> list[ExistingVisit]:
    """Rows of (id, case_id, start_at, end_at, address, status[, user_id]) → ExistingVisit (local times)."""
    if team is None:
        return [ExistingVisit(r[0], r[1], to_local(r[2]), to_local(r[3]), r[4], frozenset(), r[5]) for r in rows]
    by_visit: dict[int, list[Any]] = {}
    members: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        by_visit.setdefault(r[0], list(r))
        members[r[0]].add(r[6])
    return [ExistingVisit(vid, r[1], to_local(r[2]), to_local(r[3]), r[4], frozenset(members[vid]), r[5],
                          " ".join(x for x in r[7:] if x))
            for vid, r in by_visit.items()]


_VISIT_COLS = (Visit.id, Visit.case_id, Visit.start_at, Visit.end_at, Visit.address, Visit.status)


@dataclass
class _Context:
    """What one check needs, loaded in one session."""

    case: Case
    case_info: compliance.CaseInfo
    team: list[CollectorInfo]
    case_visits: list[ExistingVisit]
    collector_visits: list[ExistingVisit]
    calendar: WorkCalendar
    policy: Policy
    now: dt.datetime  # local naive


# ------------------------------------------------------------------------------------------ the service
class VisitService(Service):
    """Visits of the actor's branch (managers: any branch).  Collectors, supervisors and managers schedule;
    admins only edit the policy."""

    # --- rules -----------------------------------------------------------------------------------------

    @requires(Perm.CASE_VIEW)
    def policy(self, branch_id: int | None = None) -> Policy:
        """The policy in force: defaults, the company-wide setting ``visit_policy``, then the branch's visiting
        window (``Branch.window_start/window_end``) when ``branch_id`` is given."""
        with self.read() as s:
            return self._policy(s, branch_id)

    @requires(Perm.CASE_VIEW)
    def work_calendar(self) -> WorkCalendar:
        """The working-day calendar the rules check against: the holiday packages and the admin's official
        days (the calendar shades the same days the rules refuse or warn about)."""
        with self.read() as s:
            return _calendar(s)

    @requires(Perm.CASE_VIEW)
    def policy_info(self, branch_id: int | None = None) -> PolicyInfo:
        with self.read() as s:
            row = s.get(Setting, POLICY_SETTING)
            who = s.get(User, row.updated_by_id).display_name if row is not None and row.updated_by_id else None
            return PolicyInfo(self._policy(s, branch_id), row.version if row is not None else 0,
                              row.updated_at if row is not None else None, who)

    @requires(Perm.SETTINGS_ADMIN)
    def save_policy(self, policy: Policy, branch_id: int | None = None,
                    expected_version: int | None = None) -> int:
        """Admin.  ``branch_id=None``: save the company-wide limits (every field) and apply the visiting window
        to every branch; returns the setting's new version.  With a branch: save only that branch's visiting
        window (the other limits are company-wide and must equal the current ones); returns the setting's
        version.  Audited as ``visit.policy``."""
        if not isinstance(policy, Policy):
            raise ValidationError("外访规则设置无效。", en="The visit rule settings are invalid.")
        if policy.window_start < policy.quiet_end or policy.window_end > policy.quiet_start:
            raise ValidationError(
                f"上门时段 {_hm(policy.window_start)}–{_hm(policy.window_end)} 不能进入禁止上门时段 "
                f"{_hm(policy.quiet_start)}–{_hm(policy.quiet_end)}。",
                en=f"The visiting hours {_hm(policy.window_start)}–{_hm(policy.window_end)} cannot reach into the "
                   f"quiet hours {_hm(policy.quiet_start)}–{_hm(policy.quiet_end)}.")
        if policy.max_per_case_7d > policy.max_per_case_30d:
            raise ValidationError(
                f"同一案件 7 天内最多 {policy.max_per_case_7d} 次外访，多于 30 天内最多 {policy.max_per_case_30d} 次："
                "7 天的上限不能高于 30 天的上限，请调整其中一个。",
                en=f"At most {policy.max_per_case_7d} visits per case in 7 days is more than the {policy.max_per_case_30d} "
                   "allowed in 30 days: the 7-day limit cannot be above the 30-day limit; change one of them.")
        if policy.quiet_start != compliance.DEFAULT_POLICY.quiet_start or \
                policy.quiet_end != compliance.DEFAULT_POLICY.quiet_end:
            raise ValidationError("22:00–08:00 禁止上门是法定底线，不能修改。",
                                  en="No visits between 22:00 and 08:00 is a legal minimum and cannot be changed.")
        now = self.clock.now()
        with self.tx() as s:
            row = s.get(Setting, POLICY_SETTING)
            current = policy_from_dict(row.value if row is not None else None)
            if branch_id is not None:
                b = s.get(Branch, branch_id)
                if b is None:
                    raise NotFound(f"营业部 #{branch_id} 不存在。", en=f"Branch #{branch_id} does not exist.")
                if replace(policy, window_start=current.window_start, window_end=current.window_end) != current:
                    raise ValidationError("营业部只能单独设置上门时段；其他外访限制是全公司统一的，请在公司设置中修改。",
                                          en="A branch can only set its own visiting hours; the other visit limits "
                                             "apply company-wide: change them in the company settings.")
                before = {"window_start": b.window_start, "window_end": b.window_end}
                b.window_start, b.window_end = _hm(policy.window_start), _hm(policy.window_end)
                s.flush()
                audit.record(s, self.actor, "visit.policy", entity="branch", entity_id=b.id, at=now,
                             before=before, after={"window_start": b.window_start, "window_end": b.window_end},
                             detail=f"{b.name} 上门时段改为 {b.window_start}–{b.window_end}")
                return row.version if row is not None else 0
            have = row.version if row is not None else 0
            if expected_version is not None and expected_version != have:
                who = s.get(User, row.updated_by_id) if row is not None and row.updated_by_id else None
                raise conflict_error("setting", who.login if who else None, row.updated_at if row else None)
            before = row.value if row is not None else None
            value = policy_to_dict(policy)
            if row is None:
                row = Setting(key=POLICY_SETTING, value=value, updated_by_id=self.actor.user_id, updated_at=now)
                s.add(row)
            else:
                row.value = value
                row.updated_by_id = self.actor.user_id
                row.updated_at = now
            for b in s.scalars(select(Branch)):
                b.window_start, b.window_end = _hm(policy.window_start), _hm(policy.window_end)
            s.flush()
            audit.record(s, self.actor, "visit.policy", entity="setting", at=now, before=before, after=value,
                         detail="修改外访合规规则（全公司）")
            return row.version

    @requires(Perm.VISIT_SCHEDULE)
    def check(self, draft: VisitDraft, visit_id: int | None = None) -> CheckResult:
        """Every violated rule at once (for the dialog, as the user types).  Fast: loads only the case's
        visits ±30 days and the team's visits around that day.  ``visit_id``: the visit being edited.

        Tolerant of a half-filled form: a notice time in the future counts as no notice (with a warning).
        Raises NotFound / PermissionDenied for a case out of reach."""
        draft = self._normalise(draft, strict=False)
        with self.read() as s:
            ctx = self._context(s, draft, visit_id)
            result = self._run(s, ctx, draft, visit_id)
        if draft.notice_at is not None and draft.notice_at > ctx.now + _NOTICE_SLACK:
            result = replace(result, warnings=(*result.warnings, CheckWarning(
                "notice_future", "通知时间在将来：请填写实际通知客户的时间。", {})))
        return result

    @requires(Perm.VISIT_SCHEDULE)
    def suggest(self, case_id: int, member_ids: Sequence[int], days: int = 14, duration_min: int = 60,
                limit: int = 10, *, visit_id: int | None = None,
                address: str | None = None) -> list[tuple[dt.datetime, dt.datetime]]:
        """The next compliant slots (naive local ``(start, end)``) for the case and team, no override needed,
        assuming the notice is sent now."""
        if duration_min <= 0:
            raise ValidationError("外访时长须大于 0 分钟。", en="The visit duration must be more than 0 minutes.")
        days = max(0, min(int(days), 60))
        ids = frozenset(int(i) for i in member_ids or ())
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            now_utc = self.clock.now()
            horizon = now_utc + dt.timedelta(days=days + 2)
            policy = self._policy(s, case.branch_id)
            case_info = self._case_info(s, case)
            team = self._team(s, ids)
            case_visits = _existing(s.execute(
                select(*_VISIT_COLS).where(Visit.case_id == case.id,
                                           Visit.start_at > now_utc - dt.timedelta(days=31),
                                           Visit.start_at < horizon + dt.timedelta(days=31))))
            collector_visits = self._team_visits(s, ids, now_utc - _MAX_VISIT, horizon)
            addr = address if address is not None else case_info.address
            return compliance.suggest_slots(
                case_info, team, case_visits, collector_visits, _calendar(s), policy, to_local(now_utc),
                days=days, duration=dt.timedelta(minutes=duration_min), limit=limit, address=addr or None,
                visit_id=visit_id)

    # --- writes ----------------------------------------------------------------------------------------

    @requires(Perm.VISIT_SCHEDULE)
    def create(self, draft: VisitDraft) -> int:
        """Save a new visit; returns its id.  :class:`VisitRefused` on any unresolved violation."""
        draft = self._normalise(draft, strict=True)
        return self._save(None, None, draft, "create")

    @requires(Perm.VISIT_SCHEDULE)
    def create_many(self, drafts: Sequence[VisitDraft]) -> list[int]:
        """Several visits (the selected cases of the list) in one transaction: all are saved or none; each is
        checked against the ones before it.  :class:`VisitRefused` names the first one that breaks a rule."""
        drafts = [self._normalise(d, strict=True) for d in drafts]
        now = self.clock.now()
        current = drafts[0] if drafts else None
        try:
            with self.tx() as s:
                ids = []
                for d in drafts:
                    current = d
                    ids.append(self._save_in(s, None, None, d, "create", now))
                return ids
        except VisitRefused as e:
            self._audit_refusal(e.result, "create", current.case_id, None, current)
            raise

    @requires(Perm.VISIT_SCHEDULE)
    def update(self, visit_id: int, version: int, draft: VisitDraft) -> None:
        """Change a planned/notified visit (re-checked).  ``version`` as loaded (ConflictError when stale)."""
        draft = self._normalise(draft, strict=True)
        self._save(visit_id, version, draft, "update")

    @requires(Perm.VISIT_SCHEDULE)
    def reschedule(self, visit_id: int, version: int, start: dt.datetime, end: dt.datetime) -> None:
        """Move a planned/notified visit (drag in the calendar); re-checked like :meth:`update`."""
        with self.read() as s:
            v = self._visit_in_scope(s, visit_id)
            draft = self._draft_of(v)
        draft = replace(draft, start=_local_naive(start), end=_local_naive(end))
        self._save(visit_id, version, draft, "reschedule")

    @requires(Perm.VISIT_SCHEDULE)
    def record_notice(self, visit_id: int, version: int, at: dt.datetime, channel: str) -> None:
        """Record how and when the customer was notified (status planned → notified).  ``channel``: one of
        :data:`NOTICE_CHANNEL_LABELS`.  Refused (VisitRefused, ``advance_notice``) when ``at`` is less than
        ``notice_hours`` before the start; ValidationError when ``at`` lies in the future."""
        if channel not in NOTICE_CHANNEL_LABELS:
            raise ValidationError(f"请选择通知方式：{'、'.join(NOTICE_CHANNEL_LABELS.values())}。",
                                  en=f"Choose how the customer was notified: "
                                     f"{', '.join(NOTICE_CHANNEL_LABELS_EN.values())}.")
        if at is None:
            raise ValidationError("请填写通知客户的时间。", en="Please enter when the customer was notified.")
        at_local = _local_naive(at)
        now = self.clock.now()
        if at_local > to_local(now) + _NOTICE_SLACK:
            raise ValidationError("通知时间在将来：请在实际通知客户之后再登记，并填写实际时间。",
                                  en="The notice time is in the future: record the notice after the customer has "
                                     "actually been notified, with the actual time.")
        result: CheckResult | None = None
        case_id = None
        try:
            with self.tx() as s:
                v = self._visit_in_scope(s, visit_id, for_update=True)
                case_id = v.case_id
                ensure_version(s, v, "visit", version)
                if v.status not in _ACTIVE:
                    raise ValidationError(f"该外访{VISIT_STATUS_LABELS[VisitStatus(v.status)]}，不能再登记通知。",
                                          en=f"This visit is already \"{VISIT_STATUS_LABELS_EN[v.status]}\": "
                                             "a notice can no longer be recorded.")
                policy = self._policy(s, v.branch_id)
                start = to_local(v.start_at)
                need = dt.timedelta(hours=policy.notice_hours)
                if at_local > start - need:
                    bad = compliance.can_start(at_local, start, start, policy)
                    result = CheckResult(tuple(x for x in bad.violations if x.rule_id == "advance_notice"))
                    raise VisitRefused(result)
                before = {"status": v.status, "notice_at": v.notice_at, "notice_channel": v.notice_channel}
                v.notice_at = to_utc(at_local)
                v.notice_channel = channel
                if v.status == VisitStatus.PLANNED:
                    v.status = VisitStatus.NOTIFIED.value
                s.flush()
                audit.record(s, self.actor, "visit.notice", entity="visit", entity_id=v.id, case_id=v.case_id,
                             at=now, before=before,
                             after={"status": v.status, "notice_at": v.notice_at, "notice_channel": channel},
                             detail=f"登记外访通知：{NOTICE_CHANNEL_LABELS[channel]}，{at_local:%Y-%m-%d %H:%M}")
        except VisitRefused as e:
            self._audit_refusal(e.result, "notice", case_id, visit_id, None)
            raise

    @requires(Perm.VISIT_SCHEDULE)
    def set_status(self, visit_id: int, version: int, status: str, reason: str = "") -> None:
        """``done`` / ``missed`` (after the start; done needs the notice, see module doc), ``cancelled``
        (needs ``reason``).  ``notified`` goes through :meth:`record_notice`."""
        try:
            target = VisitStatus(status)
        except ValueError:
            raise ValidationError(f"外访状态「{status}」无效。", en=f"Invalid visit status \"{status}\".") from None
        if target is VisitStatus.NOTIFIED:
            raise ValidationError("标记为已通知请使用“登记通知”，并填写通知方式和时间。",
                                  en="To mark a visit as notified, use \"Record notice\" and enter the channel and "
                                     "the time.")
        if target is VisitStatus.PLANNED:
            raise ValidationError("外访不能改回“已计划”：如需重新安排，请新建外访。",
                                  en="A visit cannot be set back to \"Planned\": to arrange it again, create a new "
                                     "visit.")
        reason = _clean(reason, "原因")
        if target is VisitStatus.CANCELLED and len(reason) < 2:
            raise ValidationError("取消外访须填写原因（例如：客户已还款、客户改约）。",
                                  en="Cancelling a visit needs a reason (e.g. the customer has paid, the customer "
                                     "made a new appointment).")
        now = self.clock.now()
        case_id = None
        try:
            with self.tx() as s:
                v = self._visit_in_scope(s, visit_id, for_update=True)
                case_id = v.case_id
                ensure_version(s, v, "visit", version)
                if v.status not in _ACTIVE:
                    raise ValidationError(
                        f"该外访已是「{VISIT_STATUS_LABELS[VisitStatus(v.status)]}」，不能再改状态。",
                        en=f"This visit is already \"{VISIT_STATUS_LABELS_EN[v.status]}\": its status can no longer "
                           "be changed.")
                start_local = to_local(v.start_at)
                if target in (VisitStatus.DONE, VisitStatus.MISSED) and v.start_at > now:
                    raise ValidationError(f"该外访计划在 {start_local:%Y-%m-%d %H:%M} 开始，尚未到时间，"
                                          f"不能标记为「{VISIT_STATUS_LABELS[target]}」。",
                                          en=f"This visit is planned to start at {start_local:%Y-%m-%d %H:%M}; "
                                             "until then it cannot be marked "
                                             f"\"{VISIT_STATUS_LABELS_EN[target.value]}\".")
                if target is VisitStatus.DONE:
                    policy = self._policy(s, v.branch_id)
                    result = compliance.can_start(to_local(v.notice_at), start_local, start_local, policy)
                    if not result.ok:
                        raise VisitRefused(result, "不能标记为已完成：" + "；".join(
                            f"{x.message}（{x.fix}）" for x in result.unresolved) + "。",
                            en="The visit cannot be marked \"Done\" because it breaks these visit rules: "
                               f"{_rules_en(result.unresolved)}.")
                before = {"status": v.status, "cancel_reason": v.cancel_reason}
                v.status = target.value
                if target in (VisitStatus.CANCELLED, VisitStatus.MISSED):
                    v.cancel_reason = reason or None
                case = s.get(Case, v.case_id)
                if target is VisitStatus.DONE and case.status != CaseStatus.VISITED and \
                        can_transition(case.status, CaseStatus.VISITED):
                    transition(case, CaseStatus.VISITED, user_id=self.actor.user_id)
                s.flush()
                audit.record(s, self.actor, f"visit.{target.value}", entity="visit", entity_id=v.id,
                             case_id=v.case_id, at=now, before=before,
                             after={"status": v.status, "reason": reason or None},
                             detail=f"外访标记为「{VISIT_STATUS_LABELS[target]}」" + (f"：{reason}" if reason else ""))
        except VisitRefused as e:
            self._audit_refusal(e.result, "status", case_id, visit_id, None)
            raise

    # --- reads -----------------------------------------------------------------------------------------

    @requires(Perm.CASE_VIEW)
    def get(self, visit_id: int) -> VisitInfo:
        with self.read() as s:
            v = self._visit_in_scope(s, visit_id)
            case = s.get(Case, v.case_id)
            members = sorted(s.execute(select(User.id, User.display_name).join(
                VisitMember, VisitMember.user_id == User.id).where(VisitMember.visit_id == v.id)), key=lambda r: r[0])
            approver = s.get(User, v.approved_by_id) if v.approved_by_id else None
            return VisitInfo(
                id=v.id, case_id=v.case_id, branch_id=v.branch_id, contract_no=case.contract_no,
                customer_name=case.customer_name, start=to_local(v.start_at), end=to_local(v.end_at),
                member_ids=tuple(r[0] for r in members), member_names=tuple(r[1] for r in members),
                address=v.address, address_kind=v.address_kind, purpose=v.purpose or "",
                notice_at=to_local(v.notice_at), notice_channel=v.notice_channel,
                customer_agreed_outside_window=bool(v.customer_agreed_outside_window),
                customer_agreed_weekend=bool(v.customer_agreed_weekend), approved_by_id=v.approved_by_id,
                approved_by_name=approver.display_name if approver else None,
                override_reason=v.override_reason or "", status=v.status, cancel_reason=v.cancel_reason,
                version=v.version)

    @requires(Perm.CASE_VIEW)
    def list_range(self, first: dt.date, last: dt.date, branch_id: int | None = None,
                   collector_id: int | None = None,
                   statuses: Iterable[str] | None = None) -> list[VisitRow]:
        """Visits starting on local days ``first``..``last`` (inclusive), ordered by start.  Collectors and
        supervisors see their own branch (``branch_id`` None → own branch; another → PermissionDenied);
        managers any branch (None → all)."""
        if last < first:
            raise ValidationError("结束日期早于开始日期。", en="The end date is before the start date.")
        if (last - first).days > 400:
            raise ValidationError("日程一次最多查看 400 天。", en="The schedule shows at most 400 days at a time.")
        branch_id = self._branch_scope(branch_id)
        lo, hi = _day_bounds_utc(first, last)
        conds = [Visit.start_at >= lo, Visit.start_at < hi]
        if branch_id is not None:
            conds.append(Visit.branch_id == branch_id)
        if collector_id is not None:
            conds.append(Visit.id.in_(select(VisitMember.visit_id).where(VisitMember.user_id == collector_id)))
        if statuses is not None:
            statuses = [str(x) for x in statuses]
            conds.append(Visit.status.in_(statuses))
        with self.read() as s:
            rows = s.execute(
                select(Visit.id, Visit.case_id, Case.contract_no, Case.customer_name, Visit.start_at, Visit.end_at,
                       Visit.status, Visit.address, Visit.version, Visit.notice_at, Visit.branch_id,
                       Customer.do_not_visit)
                .join(Case, Case.id == Visit.case_id).join(Customer, Customer.id == Case.customer_id)
                .where(*conds).order_by(Visit.start_at, Visit.id)).all()
            booked = [r for r in rows if r[6] in _ACTIVE]
            _learn_plans_in_good_standing(s, [r[1] for r in booked])
            held = {r[0]: _no_visit_reason(s, r[1], r[11]) or "" for r in booked}
            members: dict[int, list[tuple[int, str]]] = defaultdict(list)
            if rows:
                for vid, uid, name in s.execute(
                        select(VisitMember.visit_id, VisitMember.user_id, User.display_name)
                        .join(Visit, Visit.id == VisitMember.visit_id).join(User, User.id == VisitMember.user_id)
                        .where(*conds)):
                    members[vid].append((uid, name))
        out = []
        for r in rows:
            team = sorted(members.get(r[0], ()))
            out.append(VisitRow(r[0], r[1], r[2], r[3], to_local(r[4]), to_local(r[5]), r[6], r[7],
                                _district(r[7] or ""), tuple(u for u, _ in team), tuple(n for _, n in team), r[8],
                                to_local(r[9]), r[10], held.get(r[0], "")))
        return out

    @requires(Perm.CASE_VIEW)
    def collectors(self, branch_id: int | None = None) -> list[CollectorChoice]:
        """Active collectors of the branch (default: the actor's), by name."""
        branch_id = self._branch_scope(branch_id, required=True)
        with self.read() as s:
            return [CollectorChoice(u.id, u.display_name, u.employee_no) for u in s.scalars(
                select(User).where(User.branch_id == branch_id, User.active.is_(True),
                                   User.role == Role.COLLECTOR.value).order_by(User.display_name, User.id))]

    @requires(Perm.CASE_VIEW)
    def approvers(self, branch_id: int | None = None) -> list[CollectorChoice]:
        """Active supervisors of the branch and managers who may approve a visit outside the window: the
        supervisors first (the first is the dialog's default), then the managers."""
        branch_id = self._branch_scope(branch_id, required=True)
        with self.read() as s:
            users = [u for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name, User.id))
                     if self._may_approve(u, branch_id)]
            # the branch's supervisors (who approve day to day), then managers; by name within each group
            users.sort(key=lambda u: (u.role != "supervisor", u.branch_id != branch_id))
            return [CollectorChoice(u.id, u.display_name, u.employee_no) for u in users]

    @requires(Perm.CASE_VIEW)
    def case_addresses(self, case_id: int) -> list[AddressChoice]:
        """The customer's home and work addresses, then the address history (newest first), no duplicates."""
        with self.read() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            cust = s.get(Customer, case.customer_id)
            out: list[AddressChoice] = []
            seen: set[str] = set()

            def add(kind: str, address: str | None) -> None:
                text = (address or "").strip()
                key = compliance.normalize_address(text)
                if text and key not in seen:
                    seen.add(key)
                    out.append(AddressChoice(kind, text, ADDRESS_KIND_LABELS.get(kind, kind)))

            add("home", cust.home_address)
            add("work", cust.work_address)
            for kind, value in s.execute(
                    select(ContactPoint.kind, ContactPoint.value)
                    .where(ContactPoint.customer_id == cust.id, ContactPoint.valid.is_(True),
                           ContactPoint.kind.in_(tuple(ADDRESS_KIND_LABELS)))
                    .order_by(ContactPoint.created_at.desc(), ContactPoint.id.desc())):
                add(kind, value)
            return out

    @requires(Perm.VISIT_SCHEDULE)
    def resolve_branch(self, text_value: str) -> int:
        """A branch id from its name, code or id (command line ``--branch``), within the actor's scope."""
        wanted = (text_value or "").strip()
        with self.read() as s:
            for b in s.scalars(select(Branch).order_by(Branch.id)):
                if wanted in (b.name, str(b.id)) or (b.code and wanted.lower() == b.code.lower()):
                    if b.id != self.actor.branch_id and not can_see_all_branches(self.actor):
                        break
                    return b.id
        raise NotFound(f"营业部「{wanted}」不存在或不在你的查看范围内。请用营业部名称或代码。",
                       en=f"Branch \"{wanted}\" does not exist or is outside what you may view. Use the branch name "
                          "or code.")

    @requires(Perm.VISIT_SCHEDULE)
    def resolve_user(self, login: str) -> int:
        """A user id from the login (command line ``--collector``), within the actor's scope."""
        wanted = (login or "").strip()
        with self.read() as s:
            u = s.scalar(select(User).where(func.lower(User.login) == wanted.lower()))
            if u is not None and (can_see_all_branches(self.actor) or u.branch_id == self.actor.branch_id):
                return u.id
        raise NotFound(f"用户「{wanted}」不存在或不在你的查看范围内。请用登录名。",
                       en=f"User \"{wanted}\" does not exist or is outside what you may view. Use the login name.")

    # --- documents -------------------------------------------------------------------------------------

    @requires(Perm.VISIT_SCHEDULE)
    def write_notices(self, day: dt.date, branch_id: int | None, out_dir: Path,
                      visit_ids: Iterable[int] | None = None) -> list[Path]:
        """上门拜访通知书 for the planned/notified visits starting on ``day`` (of the branch, or only
        ``visit_ids``): first path = one combined PDF (one notice per page), then one PDF per visit.
        Masked ID only.  Audited as ``visit.notices``.

        For chosen visits the combined file is named for them, not for the day (it would replace the day's
        file with a part of it); for one chosen visit there is only its own file."""
        from reports.notices import render_notice, render_notices

        notices, branch_label, ids, case_ids = self.notice_data(day, branch_id, visit_ids)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        now = self.clock.now()
        paths = []
        if visit_ids is None or len(notices) > 1:
            part = "" if visit_ids is None else f"_选定{len(notices)}份"
            combined = out_dir / f"外访通知书_{day:%Y%m%d}_{branch_label}{part}.pdf"
            render_notices(notices, combined, self.actor.name, generated_at=now)
            paths.append(combined)
        for n in notices:
            p = out_dir / f"外访通知书_{n.notice_no}.pdf"
            render_notice(n, p, self.actor.name, generated_at=now)
            paths.append(p)
        with self.tx() as s:
            audit.record(s, self.actor, "visit.notices", entity="visit", at=now,
                         after={"day": day, "visits": ids, "cases": case_ids, "files": [p.name for p in paths]},
                         detail=f"生成 {day:%Y-%m-%d} 外访通知书 {len(notices)} 份")
        return paths

    @requires(Perm.VISIT_SCHEDULE)
    def notice_data(self, day: dt.date, branch_id: int | None, visit_ids: Iterable[int] | None = None,
                    ) -> tuple[list[Any], str, list[int], list[int]]:
        """The :class:`reports.notices.VisitNoticeData` of the visits :meth:`write_notices` prints, a file-name
        label of the branch, the visit ids and case ids (for the benchmark and previews)."""
        from reports.notices import VisitNoticeData

        lo, hi = _day_bounds_utc(day, day)
        with self.read() as s:
            company = self._company(s)
            conds = [Visit.start_at >= lo, Visit.start_at < hi, Visit.status.in_(_ACTIVE)]
            if visit_ids is not None:
                wanted = sorted({int(i) for i in visit_ids})
                if not wanted:
                    raise ValidationError("没有选择外访。", en="No visit is selected.")
                conds.append(Visit.id.in_(wanted))
                if branch_id is not None:
                    conds.append(Visit.branch_id == branch_id)
                if not can_see_all_branches(self.actor):
                    conds.append(Visit.branch_id == self.actor.branch_id)
            else:
                branch_id = self._branch_scope(branch_id)
                if branch_id is not None:
                    conds.append(Visit.branch_id == branch_id)
            rows = s.execute(
                select(Visit, Case, Loan, Customer, Branch)
                .join(Case, Case.id == Visit.case_id).join(Loan, Loan.id == Case.loan_id)
                .join(Customer, Customer.id == Case.customer_id).join(Branch, Branch.id == Visit.branch_id)
                .where(*conds).order_by(Visit.branch_id, Visit.start_at, Visit.id)).all()
            if not rows:
                raise ValidationError(f"{day:%Y-%m-%d} 没有需要发通知书的外访（已计划或已通知）。",
                                      en=f"There are no visits on {day:%Y-%m-%d} that need a notice (planned or "
                                         "notified).")
            # no notice announces a visit that must not happen (do-not-visit flag, plan kept in good standing)
            _learn_plans_in_good_standing(s, [r[1].id for r in rows])
            held = [(r, why) for r in rows if (why := _no_visit_reason(s, r[1].id, r[3].do_not_visit))]
            if held and len(held) == len(rows):
                listed = "；".join(f"{r[3].name}（{r[1].contract_no}）：{why}" for r, why in held)
                listed_en = "; ".join(f"{r[3].name} ({r[1].contract_no}): "
                                      f"{_no_visit_reason_en(s, r[1].id, r[3].do_not_visit)}" for r, _ in held)
                raise ValidationError(f"{day:%Y-%m-%d} 的外访都已暂停，不发通知书：{listed}。"
                                      "请先取消或改期这些外访。",
                                      en=f"All visits on {day:%Y-%m-%d} are on hold, so no notices are issued: "
                                         f"{listed_en}. Cancel or reschedule these visits first.")
            held_ids = {r[0].id for r, _ in held}
            rows = [r for r in rows if r[0].id not in held_ids]
            team = self._members_of(s, [r[0].id for r in rows])
            today = to_local(self.clock.now()).date()
            notices = []
            for v, case, loan, cust, branch in rows:
                start, end = to_local(v.start_at), to_local(v.end_at)
                notices.append(VisitNoticeData(
                    notice_no=f"TZ{start:%Y%m%d}-{v.id:06d}", customer_name=cust.name,
                    masked_id=cust.id_masked, contract_no=case.contract_no, product=loan.product or "个人消费贷款",
                    overdue_principal=loan.overdue_principal or Decimal("0.00"),
                    overdue_interest=loan.overdue_interest or Decimal("0.00"),
                    penalty_interest=loan.penalty_interest or Decimal("0.00"),
                    overdue_total=loan.overdue_total or case.overdue_total, dpd=loan.dpd or case.dpd,
                    data_date=loan.data_date or today, visit_date=start.date(), window_start=start.time(),
                    window_end=end.time() if end.date() == start.date() else dt.time(22, 0),
                    collectors=[(name, emp or "—") for _, name, emp in team.get(v.id, [])],
                    company_name=company.get("name") or "", account_name=company.get("account_name")
                    or company.get("name") or "", bank_name=company.get("bank_name") or "",
                    account_no=company.get("account_no") or "", hotline=company.get("hotline") or "",
                    complaint_hotline=company.get("complaint_hotline") or company.get("hotline") or "",
                    branch_name=branch.name, issued_on=today,
                    address_kind=v.address_kind if v.address_kind in ("home", "work", "other") else "other"))
            branches = {r[4].id: r[4] for r in rows}
            label = (next(iter(branches.values())).code or str(next(iter(branches)))) if len(branches) == 1 else "全部"
            return notices, label, [r[0].id for r in rows], sorted({r[1].id for r in rows})

    @requires(Perm.VISIT_SCHEDULE)
    def write_route_sheets(self, day: dt.date, collector_id: int | None, out_dir: Path, *,
                           branch_id: int | None = None) -> list[Path]:
        """外访路线单: one PDF per team (same set of collectors) for ``day``; with ``collector_id`` one sheet
        with all of that collector's visits.  Audited as ``visit.route_sheet``."""
        from reports.routesheet import RouteSheetData, RouteStop, render_route_sheet

        lo, hi = _day_bounds_utc(day, day)
        now = self.clock.now()
        out_dir = Path(out_dir)
        with self.read() as s:
            conds = [Visit.start_at >= lo, Visit.start_at < hi, Visit.status.in_(_ACTIVE)]
            if collector_id is not None:
                u = s.get(User, collector_id)
                if u is None:
                    raise NotFound(f"用户 #{collector_id} 不存在。", en=f"User #{collector_id} does not exist.")
                if not can_see_all_branches(self.actor) and u.branch_id != self.actor.branch_id:
                    raise PermissionDenied("权限不足：你只能打印本营业部人员的路线单。",
                                           en="Insufficient permission: you can only print route sheets for staff "
                                              "of your own branch.")
                conds.append(Visit.id.in_(select(VisitMember.visit_id).where(VisitMember.user_id == collector_id)))
                if branch_id is not None:
                    conds.append(Visit.branch_id == branch_id)
            else:
                branch_id = self._branch_scope(branch_id)
                if branch_id is not None:
                    conds.append(Visit.branch_id == branch_id)
            rows = s.execute(
                select(Visit, Case, Branch.name, Customer.do_not_visit).join(Case, Case.id == Visit.case_id)
                .join(Customer, Customer.id == Case.customer_id)
                .join(Branch, Branch.id == Visit.branch_id).where(*conds).order_by(Visit.start_at, Visit.id)).all()
            if not rows:
                who = f"{s.get(User, collector_id).display_name} " if collector_id is not None else ""
                en = (f"{who}has no visits to carry out on {day:%Y-%m-%d}" if who
                      else f"There are no visits to carry out on {day:%Y-%m-%d}") + ": no route sheet is needed."
                raise ValidationError(f"{day:%Y-%m-%d} {who}没有待执行的外访，无需路线单。", en=en)
            team = self._members_of(s, [r[0].id for r in rows])
            emp = {uid: e for members in team.values() for uid, _, e in members}
            if collector_id is not None:
                emp[collector_id] = s.get(User, collector_id).employee_no
            labels = dict(s.execute(select(ResultCode.code, ResultCode.label)).all())
            case_ids = sorted({r[1].id for r in rows})
            promises: dict[int, list[str]] = defaultdict(list)
            for p in s.scalars(select(PromiseToPay).where(PromiseToPay.case_id.in_(case_ids),
                                                           PromiseToPay.status.in_(("open", "broken", "partly_kept")))
                               .order_by(PromiseToPay.due_date.desc())):
                state = {"open": "待兑现", "broken": "未兑现", "partly_kept": "部分兑现"}[p.status]
                if len(promises[p.case_id]) < 2:
                    promises[p.case_id].append(f"承诺 {p.due_date.month}月{p.due_date.day}日 还 ¥{p.amount:,.2f}（{state}）")
            _learn_plans_in_good_standing(s, case_ids)
            groups: dict[tuple, list[Any]] = defaultdict(list)
            for v, case, bname, dnv in rows:
                key = (collector_id,) if collector_id is not None else (v.branch_id, *(m[0] for m in team.get(v.id, [])))
                groups[key].append((v, case, bname, dnv))
            paths: list[Path] = []
            sheets = []
            for key, items in groups.items():
                names: list[str] = []
                if collector_id is not None:  # his sheet; the partners he goes with are named too
                    me = s.get(User, collector_id).display_name
                    partners = list(dict.fromkeys(m[1] for it in items for m in team.get(it[0].id, [])
                                                  if m[0] != collector_id))
                    names = [f"{me}（同行：{'、'.join(partners)}）" if partners else me]
                else:
                    names = [m[1] for m in team.get(items[0][0].id, [])]
                stops, withheld = [], []
                for v, case, _, dnv in items:
                    start, end = to_local(v.start_at), to_local(v.end_at)
                    why = _no_visit_reason(s, case.id, dnv)
                    if why:  # booked before the flag or the plan (complaints cancel such visits): nobody goes
                        withheld.append(f"{start:%H:%M} {case.customer_name}（{case.contract_no}）："
                                        f"{why}，此次外访暂停")
                        continue
                    stops.append(RouteStop(
                        time_start=start.time(), time_end=end.time() if end.date() == start.date() else dt.time(22),
                        district="", address=v.address, customer_name=case.customer_name,
                        contract_no=case.contract_no, overdue_total=case.overdue_total, dpd=case.dpd,
                        last_outcome=labels.get(case.last_outcome or "", case.last_outcome or ""),
                        promises="；".join(promises.get(case.id, []))))
                sheets.append((key, names, items[0][2], stops, withheld, [it[0].id for it in items]))
        out_dir.mkdir(parents=True, exist_ok=True)
        all_ids: list[int] = []
        for key, names, bname, stops, withheld, ids in sheets:
            suffix = "-".join(emp.get(k) or f"u{k}" for k in (key[1:] if collector_id is None else key))
            p = out_dir / f"外访路线单_{day:%Y%m%d}_{suffix or 'team'}.pdf"
            render_route_sheet(RouteSheetData(day, bname, names, stops, self.actor.name, withheld), p,
                               generated_at=now)
            paths.append(p)
            all_ids += ids
        with self.tx() as s:
            audit.record(s, self.actor, "visit.route_sheet", entity="visit", at=now,
                         after={"day": day, "collector_id": collector_id, "visits": all_ids,
                                "files": [p.name for p in paths]},
                         detail=f"生成 {day:%Y-%m-%d} 外访路线单 {len(paths)} 份")
        return paths

    # --- internals -------------------------------------------------------------------------------------

    def _branch_scope(self, branch_id: int | None, *, required: bool = False) -> int | None:
        if can_see_all_branches(self.actor):
            if branch_id is None and required:
                branch_id = self.actor.branch_id
                if branch_id is None:
                    raise ValidationError("请选择营业部。", en="Please choose a branch.")
            return branch_id
        if branch_id is not None and branch_id != self.actor.branch_id:
            raise PermissionDenied("权限不足：你只能查看本营业部的外访。",
                                   en="Insufficient permission: you can only view the visits of your own branch.")
        return self.actor.branch_id

    def _policy(self, s: Session, branch_id: int | None) -> Policy:
        row = s.get(Setting, POLICY_SETTING)
        policy = policy_from_dict(row.value if row is not None else None)
        if branch_id is not None:
            b = s.get(Branch, branch_id)
            if b is not None:
                ws = _parse_hm(b.window_start, policy.window_start)
                we = _parse_hm(b.window_end, policy.window_end)
                if ws < we:
                    policy = replace(policy, window_start=ws, window_end=we)
        return policy

    def _company(self, s: Session) -> dict[str, Any]:
        from desktop.services.setup import DEFAULT_SETTINGS

        company = dict(DEFAULT_SETTINGS["company"])
        row = s.get(Setting, "company")
        if row is not None and isinstance(row.value, dict):
            company.update({k: v for k, v in row.value.items() if v})
        return company

    @staticmethod
    def _may_approve(u: User, branch_id: int) -> bool:
        return bool(u.active) and allowed(u.role, Perm.VISIT_APPROVE_OVERRIDE) and (
            u.branch_id == branch_id or allowed(u.role, Perm.CASE_VIEW_ALL_BRANCHES))

    def _visit_in_scope(self, s: Session, visit_id: int, *, for_update: bool = False) -> Visit:
        q = select(Visit).where(Visit.id == visit_id)
        if for_update:
            q = q.with_for_update()
        v = s.scalar(q)
        if v is None:
            raise NotFound(f"外访 #{visit_id} 不存在。", en=f"Visit #{visit_id} does not exist.")
        if not can_see_all_branches(self.actor) and v.branch_id != self.actor.branch_id:
            raise PermissionDenied("权限不足：该外访属于其他营业部。",
                                   en="Insufficient permission: this visit belongs to another branch.")
        return v

    def _draft_of(self, v: Visit) -> VisitDraft:
        return VisitDraft(
            case_id=v.case_id, start=to_local(v.start_at), end=to_local(v.end_at),
            member_ids=tuple(sorted(m.user_id for m in v.members)), address=v.address,
            address_kind=v.address_kind, purpose=v.purpose or "", notice_at=to_local(v.notice_at),
            notice_channel=v.notice_channel, customer_agreed_outside_window=bool(v.customer_agreed_outside_window),
            customer_agreed_weekend=bool(v.customer_agreed_weekend), approved_by_id=v.approved_by_id,
            override_reason=v.override_reason or "")

    @staticmethod
    def _normalise(draft: VisitDraft, *, strict: bool) -> VisitDraft:
        if not isinstance(draft, VisitDraft):
            raise ValidationError("外访内容无效。", en="The visit details are invalid.")
        if draft.start is None or draft.end is None:
            raise ValidationError("请填写外访的开始和结束时间。", en="Please enter the start and end time of the visit.")
        if draft.address_kind not in ADDRESS_KIND_LABELS:
            raise ValidationError("地址类型无效：请选择家庭地址、单位地址或其他地址。",
                                  en="Invalid address type: choose home address, work address or other address.")
        if draft.notice_channel is not None and draft.notice_channel not in NOTICE_CHANNEL_LABELS:
            raise ValidationError(f"通知方式无效：请选择 {'、'.join(NOTICE_CHANNEL_LABELS.values())}。",
                                  en=f"Invalid notice channel: choose {', '.join(NOTICE_CHANNEL_LABELS_EN.values())}.")
        if strict and draft.notice_at is not None and draft.notice_channel is None:
            raise ValidationError("已填写通知时间，请同时选择通知方式（短信、信函、电话或当面）。",
                                  en="A notice time is entered: also choose the notice channel (text message, letter, "
                                     "phone call or in person).")
        try:
            ids = tuple(sorted({int(i) for i in draft.member_ids or ()}))
        except (TypeError, ValueError):
            raise ValidationError("外访人员无效。", en="The visit team is invalid.") from None
        return replace(
            draft, start=_local_naive(draft.start), end=_local_naive(draft.end),
            notice_at=_local_naive(draft.notice_at), member_ids=ids,
            address=_clean(draft.address, "外访地址"), purpose=_clean(draft.purpose, "外访目的"),
            override_reason=_clean(draft.override_reason, "例外原因"))

    def _case_info(self, s: Session, case: Case) -> compliance.CaseInfo:
        cust = s.get(Customer, case.customer_id)
        address = (cust.home_address or cust.work_address or "").strip()
        has_address = bool(address)
        if not has_address:
            address = s.scalar(select(ContactPoint.value).where(
                ContactPoint.customer_id == cust.id, ContactPoint.valid.is_(True),
                ContactPoint.kind.in_(tuple(ADDRESS_KIND_LABELS))).order_by(ContactPoint.id.desc()).limit(1)) or ""
            has_address = bool(address.strip())
        flag = _no_visit_flag(s, case.id, cust.do_not_visit)  # a kept plan counts: no visit while he keeps it
        dnv = DO_NOT_VISIT_CODES.get(flag, flag) if flag else None
        return compliance.CaseInfo(case.id, case.branch_id, dnv, has_address, address,
                                   _branch_names(s).get(case.branch_id, ""))

    def _team(self, s: Session, ids: frozenset[int] | Sequence[int], *, lock: bool = False) -> list[CollectorInfo]:
        if not ids:
            return []
        q = select(User.id, User.display_name, User.branch_id, User.active, User.role).where(
            User.id.in_(sorted(ids))).order_by(User.id)
        if lock:
            q = q.with_for_update()
        names = _branch_names(s)
        # only collectors and supervisors go on visits; other roles are left out (reported as unknown)
        return [CollectorInfo(i, n, b or 0, bool(a), names.get(b, "")) for i, n, b, a, r in s.execute(q)
                if r in _TEAM_ROLES]

    def _team_visits(self, s: Session, ids: frozenset[int] | Sequence[int], lo: dt.datetime,
                     hi: dt.datetime) -> list[ExistingVisit]:
        if not ids:
            return []
        team = frozenset(ids)
        rows = s.execute(select(*_VISIT_COLS, VisitMember.user_id, Case.customer_name, Case.contract_no)
                         .join(VisitMember, VisitMember.visit_id == Visit.id).join(Case, Case.id == Visit.case_id)
                         .where(VisitMember.user_id.in_(sorted(team)), Visit.start_at >= lo, Visit.start_at < hi))
        return _existing(rows, team)

    def _context(self, s: Session, draft: VisitDraft, visit_id: int | None, *, lock: bool = False) -> _Context:
        case = load_case_in_scope(s, self.actor, draft.case_id)
        if lock:
            s.execute(select(Case.id).where(Case.id == case.id).with_for_update())
        start, end = draft.start, max(draft.end, draft.start)
        start_utc, end_utc = to_utc(start), to_utc(end)
        policy = self._policy(s, case.branch_id)
        ids = frozenset(draft.member_ids)
        team = self._team(s, ids, lock=lock)
        case_visits = _existing(s.execute(
            select(*_VISIT_COLS).where(Visit.case_id == case.id,
                                       Visit.start_at > start_utc - dt.timedelta(days=30),
                                       Visit.start_at < start_utc + dt.timedelta(days=30))))
        day_start = to_utc(dt.datetime.combine(start.date(), dt.time()))
        day_end = day_start + dt.timedelta(days=1)
        buffer = dt.timedelta(minutes=policy.travel_buffer_min)
        lo = min(day_start, start_utc - buffer) - _MAX_VISIT
        hi = max(day_end, end_utc + buffer)
        collector_visits = self._team_visits(s, ids, lo, hi)
        return _Context(case, self._case_info(s, case), team, case_visits, collector_visits, _calendar(s), policy,
                        to_local(self.clock.now()))

    def _run(self, s: Session, ctx: _Context, draft: VisitDraft, visit_id: int | None) -> CheckResult:
        """check_visit, plus the service's own conditions on overrides (an eligible approver, a reason)."""
        approver = s.get(User, draft.approved_by_id) if draft.approved_by_id else None
        approved = approver is not None and self._may_approve(approver, ctx.case.branch_id)
        notice_at = draft.notice_at
        if notice_at is not None and notice_at > ctx.now + _NOTICE_SLACK:
            notice_at = None  # a notice "recorded" in the future is no notice
        proposed = ProposedVisit(
            ctx.case.id, draft.start, draft.end, draft.address, frozenset(draft.member_ids), notice_at,
            draft.customer_agreed_outside_window, draft.customer_agreed_weekend, approved, visit_id)
        result = compliance.check_visit(proposed, ctx.case_info, ctx.team, ctx.case_visits, ctx.collector_visits,
                                        ctx.calendar, ctx.policy, ctx.now)
        if not result.violations:
            return result
        fixed = []
        for v in result.violations:
            if v.severity == "overridable":
                extra = ""
                if v.rule_id == "visiting_window" and draft.approved_by_id and not approved:
                    who = approver.display_name if approver is not None else f"#{draft.approved_by_id}"
                    extra = f"；{who} 不是本营业部在岗主管或经理，不能批准"
                if v.overridden and not draft.override_reason:
                    v = replace(v, overridden=False, fix=v.fix + "；例外上门须填写原因")
                elif extra:
                    v = replace(v, fix=v.fix + extra)
            fixed.append(v)
        return replace(result, violations=tuple(fixed))

    def _save(self, visit_id: int | None, version: int | None, draft: VisitDraft, op: str) -> int:
        now = self.clock.now()
        try:
            with self.tx() as s:
                return self._save_in(s, visit_id, version, draft, op, now)
        except VisitRefused as e:
            self._audit_refusal(e.result, op, draft.case_id, visit_id, draft)
            raise

    def _save_in(self, s: Session, visit_id: int | None, version: int | None, draft: VisitDraft, op: str,
                 now: dt.datetime) -> int:
        v = None
        if visit_id is not None:
            v = self._visit_in_scope(s, visit_id, for_update=True)
            ensure_version(s, v, "visit", version)
            if v.status not in _ACTIVE:
                raise ValidationError(
                    f"该外访已是「{VISIT_STATUS_LABELS[VisitStatus(v.status)]}」，不能再修改。",
                    en=f"This visit is already \"{VISIT_STATUS_LABELS_EN[v.status]}\" and can no longer be changed.")
            if draft.case_id != v.case_id:
                raise ValidationError("不能把外访改到另一个案件：请取消后在该案件新建外访。",
                                      en="A visit cannot be moved to another case: cancel it and create a new visit "
                                         "in that case.")
        ctx = self._context(s, draft, visit_id, lock=True)
        case = ctx.case
        if case.status == CaseStatus.CLOSED:
            raise ValidationError("该案件已结案，不能安排外访。", en="This case is closed: no visit can be scheduled.")
        if draft.notice_at is not None and draft.notice_at > ctx.now + _NOTICE_SLACK:
            raise ValidationError("通知时间在将来：请填写实际通知客户的时间，或先不填、通知后再登记。",
                                  en="The notice time is in the future: enter the time the customer was actually "
                                     "notified, or leave it empty and record the notice afterwards.")
        result = self._run(s, ctx, draft, visit_id)
        if not result.ok:
            raise VisitRefused(result)
        overridden = result.overridden
        before = None if v is None else self._snapshot(v)
        if v is None:
            v = Visit(case_id=case.id, branch_id=case.branch_id, created_by_id=self.actor.user_id,
                      created_at=now)
            s.add(v)
        self._apply(v, draft, overridden)
        if v.id is not None:
            current = {m.user_id for m in v.members}
            for m in list(v.members):
                if m.user_id not in draft.member_ids:
                    v.members.remove(m)
            for uid in draft.member_ids:
                if uid not in current:
                    v.members.append(VisitMember(user_id=uid))
        else:
            v.members = [VisitMember(user_id=uid) for uid in draft.member_ids]
        s.flush()
        if draft.address_kind == "other":
            self._remember_address(s, case.customer_id, draft.address, now)
        if op == "create" and case.status != CaseStatus.VISIT_SCHEDULED and \
                can_transition(case.status, CaseStatus.VISIT_SCHEDULED):
            transition(case, CaseStatus.VISIT_SCHEDULED, user_id=self.actor.user_id)
            s.flush()
        after = self._snapshot(v)
        start_text = f"{draft.start:%Y-%m-%d %H:%M}–{draft.end:%H:%M}"
        audit.record(s, self.actor, f"visit.{op}", entity="visit", entity_id=v.id, case_id=case.id,
                     at=now, before=before, after=after,
                     detail={"create": "安排外访", "update": "修改外访", "reschedule": "改期外访"}[op]
                     + f"：{start_text}，{draft.address}")
        for o in overridden:
            audit.record(s, self.actor, "visit.override", entity="visit", entity_id=v.id, case_id=case.id,
                         at=now,
                         after={"rule": o.rule_id, "reason": draft.override_reason,
                                "approved_by_id": draft.approved_by_id if o.rule_id == "visiting_window"
                                else None,
                                "customer_agreed": True, "start": draft.start, "end": draft.end},
                         detail=f"例外上门（{compliance.RULES[o.rule_id].title}）：{o.message}；"
                                f"原因：{draft.override_reason}")
        return v.id

    def _apply(self, v: Visit, d: VisitDraft, overridden: Sequence[compliance.Violation]) -> None:
        rules = {o.rule_id for o in overridden}
        v.start_at, v.end_at = to_utc(d.start), to_utc(d.end)
        v.address, v.address_kind, v.purpose = d.address, d.address_kind, d.purpose or None
        v.notice_at = to_utc(d.notice_at)
        v.notice_channel = d.notice_channel if d.notice_at is not None else None
        v.customer_agreed_outside_window = bool(d.customer_agreed_outside_window)
        v.customer_agreed_weekend = bool(d.customer_agreed_weekend)
        v.approved_by_id = d.approved_by_id if "visiting_window" in rules else None
        v.override_reason = d.override_reason if rules else None
        if v.status is None or v.status in _ACTIVE:
            v.status = (VisitStatus.NOTIFIED if d.notice_at is not None else VisitStatus.PLANNED).value

    @staticmethod
    def _snapshot(v: Visit) -> dict[str, Any]:
        return {"start": to_local(v.start_at), "end": to_local(v.end_at), "address": v.address,
                "address_kind": v.address_kind, "members": sorted(m.user_id for m in v.members),
                "status": v.status, "notice_at": to_local(v.notice_at), "notice_channel": v.notice_channel,
                "approved_by_id": v.approved_by_id, "override_reason": v.override_reason}

    def _remember_address(self, s: Session, customer_id: int, address: str, now: dt.datetime) -> None:
        key = compliance.normalize_address(address)
        cust = s.get(Customer, customer_id)
        known = [cust.home_address or "", cust.work_address or ""] + list(s.scalars(
            select(ContactPoint.value).where(ContactPoint.customer_id == customer_id,
                                             ContactPoint.kind.in_(tuple(ADDRESS_KIND_LABELS)))))
        if any(compliance.normalize_address(k) == key for k in known if k):
            return
        s.add(ContactPoint(customer_id=customer_id, kind="other", value=address, source="visit",
                           created_by_id=self.actor.user_id, created_at=now))
        s.flush()

    def _audit_refusal(self, result: CheckResult, op: str, case_id: int | None, visit_id: int | None,
                       draft: VisitDraft | None) -> None:
        """The refusal on record, in its own transaction (the write itself was rolled back)."""
        unresolved = result.unresolved
        after: dict[str, Any] = {"rules": [v.rule_id for v in unresolved], "op": op,
                                 "violations": [{"rule_id": v.rule_id, "message": v.message} for v in unresolved]}
        if draft is not None:
            after.update(start=draft.start, end=draft.end, members=list(draft.member_ids), address=draft.address)
        with self.tx() as s:
            audit.record(s, self.actor, "visit.refused", entity="visit", entity_id=visit_id, case_id=case_id,
                         at=self.clock.now(), after=after,
                         detail=("外访被拒绝：" + "；".join(v.message for v in unresolved))[:2000])

    def _members_of(self, s: Session, visit_ids: Sequence[int]) -> dict[int, list[tuple[int, str, str | None]]]:
        out: dict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
        for i in range(0, len(visit_ids), 500):
            chunk = visit_ids[i:i + 500]
            for vid, uid, name, emp in s.execute(
                    select(VisitMember.visit_id, User.id, User.display_name, User.employee_no)
                    .join(User, User.id == VisitMember.user_id).where(VisitMember.visit_id.in_(chunk))
                    .order_by(User.display_name, User.id)):
                out[vid].append((uid, name, emp))
        return out

