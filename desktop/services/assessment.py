"""风险评估 — assess a case with the versioned scorecard: data factors from the database, staff judgements,
an explainable result, overrides with a reason, and bulk assessment of many cases.

Data factors (gathered by :func:`read_factors`, the same code for one case and for 100,000)
-----------------------------------------------------------------------------------------
* **dpd, overdue total** — the case row (copies of the loan's figures from the last import).
* **months since last payment** — whole months from the later of the loan's last payment date (import) and
  the newest payment recorded for the loan, to today (Jan 31 → Feb 28 counts as one month); ``None`` when the
  customer never paid.
* **broken promises in 90 days** — promises of the case judged *broken* whose due date lies in the 90 days up
  to today (due exactly 90 days ago counts, 91 does not).
* **failed contacts** — outcomes of the case in the last 90 days whose result code does not count as
  *contacted* (``ResultCode.contacted``), after the last successful contact: reaching the borrower resets
  the count.
* **contact lost (失联)** — nobody was contacted in the last 90 days, and either the core system's reason says
  so (reason category ``contact_lost``) or there were at least :data:`LOST_AFTER_FAILED` failed contacts.
* **visitable address** — the customer has a home or work address.
* **last visit outcome** — the newest visit outcome of the case (any age), mapped by
  :func:`desktop.services.scorecard.visit_outcome_from_result`.
* **flags** — the customer's do-not-visit code (``legal`` → legal proceedings, ``deceased`` → deceased; any
  code → do not visit) and open complaints on any of the customer's cases (→ complaint under review).

Willingness and ability are the assessor's judgement (the form suggests the latest outcome's); bulk
assessment leaves them ``unknown`` (neutral points).

Scorecard versions
------------------
The active card is the newest active :class:`ScorecardVersion` row; version 1 (``DEFAULT_SCORECARD``) is
created on first use. :meth:`AssessmentService.update_scorecard` (admin) validates a new card and stores it
as the next version; older assessments keep their version number, and versions are never edited, so any
assessment can be explained again exactly (:meth:`AssessmentService.explain`).

What an assessment stores
-------------------------
``factors`` is a JSON object ``{"inputs": [...], "points": {code: points}, "rule": code}``: the scorecard
inputs (an array in :class:`~desktop.services.scorecard.ScoreInputs` field order, money as a string), each
factor's points and the recommendation rule that matched. A bulk assessment stores the inputs only (scored
with the fast path :func:`~desktop.services.scorecard.quick_score`, which computes no breakdown);
:meth:`AssessmentService.explain` re-scores the stored inputs with the stored version when the breakdown is
wanted — versions are never edited, so the answer is exact.

Bulk assessment works chunk by chunk in one transaction with one audit event. Python only scores; the
database does the rest in whole statements. Each chunk's results go into a temporary table, then one
``UPDATE cases … FROM`` and one ``INSERT INTO assessments … SELECT`` (:class:`_ChunkWriter`). A case changed
by someone else meanwhile (its version moved) is skipped, never overwritten. On an SQLite file, for "all
unassessed cases", three threads share the work: the scoring loop; a writer on the transaction's connection
writing the chunk before; a reader on a second connection reading the chunk after
(:class:`_StagedReader`) — the driver releases the GIL while SQLite runs a statement, so on two cores the
database work mostly happens beside the scoring. The commit leaves copying the write-ahead log back into the
database file to a background thread (:func:`~desktop.models.database.checkpoint_later`).
"""

from __future__ import annotations

import dataclasses
import gc
import json
import sys
import time as _time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    Assessment,
    Branch,
    Case,
    Complaint,
    Customer,
    Loan,
    Outcome,
    Payment,
    PromiseToPay,
    ResultCode,
    ScorecardVersion,
    User,
)
from desktop.models.database import checkpoint_later, sqlite_path
from desktop.models.enums import CaseStatus
from desktop.services import audit
from desktop.services.cases import can_see_all_branches, load_case_in_scope
from desktop.services.context import BRANCH_TZ, Service, ensure_version
from desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.installments import add_months
from desktop.services.lifecycle import can_transition, transition
from desktop.services.permissions import Perm, requires
from desktop.services.scorecard import (
    ABILITY_LABELS,
    ACTION_LABELS,
    DEFAULT_SCORECARD,
    GRADE_LABELS,
    WILLINGNESS_LABELS,
    FactorScore,
    ScorecardConfig,
    ScoreInputs,
    quick_score,
    score_case,
    visit_outcome_from_result,
)

__all__ = [
    "BROKEN_WINDOW_DAYS",
    "CONTACT_WINDOW_DAYS",
    "LOST_AFTER_FAILED",
    "MIN_OVERRIDE_REASON",
    "AssessmentPreview",
    "AssessmentService",
    "BulkResult",
    "CaseFactors",
    "OverrideRow",
    "SavedAssessment",
    "ScorecardInfo",
    "months_between",
    "read_factors",
]

BROKEN_WINDOW_DAYS = 90
CONTACT_WINDOW_DAYS = 90
LOST_AFTER_FAILED = 5
MIN_OVERRIDE_REASON = 4
CHUNK = 10_000
_END_CHUNK = 2_000  # the first and last chunks of a bulk assessment of all unassessed cases
_IN_CHUNK = 900

# English labels for the errors' ``en=`` text (the Chinese ones live in desktop.services.scorecard)
_ACTION_LABELS_EN = {"phone": "Phone follow-up", "visit": "On-site visit", "hardship": "Hardship plan",
                     "legal": "Legal referral", "hold": "Hold"}
_WILLINGNESS_LABELS_EN = {"cooperative": "Cooperative", "hesitant": "Hesitant", "evasive": "Evasive",
                          "refusing": "Refuses to pay", "unknown": "Unknown"}
_ABILITY_LABELS_EN = {"stable": "Stable income", "reduced": "Reduced income", "no_income": "No income",
                      "unknown": "Unknown"}


# --------------------------------------------------------------------------------------------------
# Data factors
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseFactors:
    """What the database says about a case, as the scorecard needs it (plus what the form shows)."""

    case_id: int
    version: int
    status: str
    branch_id: int
    contract_no: str
    customer_name: str
    as_of: date
    dpd: int
    overdue_total: Decimal
    last_payment_date: date | None
    months_since_last_payment: int | None
    broken_promises_90d: int
    failed_contacts: int
    contact_lost: bool
    has_visitable_address: bool
    last_visit_outcome: str
    do_not_visit: str | None
    open_complaints: int
    reason_text: str | None = None
    suggested_willingness: str | None = None
    suggested_ability: str | None = None

    @property
    def bucket(self) -> str:
        from desktop.services.scorecard import bucket_of

        return bucket_of(self.dpd)

    def inputs(self, willingness: str = "unknown", ability: str = "unknown",
               hardship_reason: str | None = None) -> ScoreInputs:
        return ScoreInputs(
            dpd=self.dpd,
            overdue_total=self.overdue_total,
            months_since_last_payment=self.months_since_last_payment,
            broken_promises_90d=self.broken_promises_90d,
            failed_contacts=self.failed_contacts,
            contact_lost=self.contact_lost,
            has_visitable_address=self.has_visitable_address,
            last_visit_outcome=self.last_visit_outcome,
            willingness=willingness,
            ability=ability,
            hardship_reason=hardship_reason,
            complaint_under_review=self.open_complaints > 0,
            legal_proceedings=self.do_not_visit == "legal",
            deceased=self.do_not_visit == "deceased",
            do_not_visit=self.do_not_visit is not None,
        )


def months_between(earlier: date | None, today: date) -> int | None:
    """Whole months from ``earlier`` to ``today`` (month ends clamp: Jan 31 → Feb 28 is one month)."""
    if earlier is None:
        return None
    if earlier >= today:
        return 0
    m = (today.year - earlier.year) * 12 + today.month - earlier.month
    if m > 0 and add_months(earlier, m) > today:
        m -= 1
    return max(0, m)


def _local_midnight_utc(d: date) -> datetime:
    return datetime.combine(d, dtime(0), tzinfo=BRANCH_TZ).astimezone(UTC)


def _chunks(items: Sequence, n: int = _IN_CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


@dataclass
class _Aux:
    """Per-case facts from the smaller tables, for the cases of one chunk."""

    broken: dict[int, int] = field(default_factory=dict)
    failed: dict[int, int] = field(default_factory=dict)
    contacted: set[int] = field(default_factory=set)
    last_visit: dict[int, str] = field(default_factory=dict)
    willingness: dict[int, str] = field(default_factory=dict)
    ability: dict[int, str] = field(default_factory=dict)
    last_paid: dict[int, date] = field(default_factory=dict)  # newest recorded payment, by case
    complaint_customers: set[int] = field(default_factory=set)


def _aux(s: Session, case_ids: Sequence[int], today: date,
         complaint_customers: set[int] | None = None) -> _Aux:
    """Broken promises, contacts, last visit, suggestions and payments of the given cases (small tables).
    ``complaint_customers``: for :func:`_build` (bulk assessment reads complaints in its query instead)."""
    out = _Aux(complaint_customers=complaint_customers or set())
    if not case_ids:
        return out
    wanted = set(case_ids)
    lo, hi = min(case_ids), max(case_ids)
    if hi - lo + 1 <= 4 * len(case_ids):  # a dense id range: one range query reads little else
        def parts(col):  # noqa: ANN001, ANN202
            return [col.between(lo, hi)]
    else:
        def parts(col):  # noqa: ANN001, ANN202
            return [col.in_(p) for p in _chunks(sorted(wanted))]

    broken_since = today - timedelta(days=BROKEN_WINDOW_DAYS)
    for cond in parts(PromiseToPay.case_id):
        q = (select(PromiseToPay.case_id, func.count())
             .where(cond, PromiseToPay.status == "broken", PromiseToPay.due_date >= broken_since,
                    PromiseToPay.due_date <= today)
             .group_by(PromiseToPay.case_id))
        for cid, n in s.execute(q):
            if cid in wanted:
                out.broken[cid] = n

    window_start = _local_midnight_utc(today - timedelta(days=CONTACT_WINDOW_DAYS))
    day_end = _local_midnight_utc(today + timedelta(days=1))
    for cond in parts(Outcome.case_id):
        q = (select(Outcome.case_id, Outcome.occurred_at, Outcome.channel, Outcome.result_code,
                    ResultCode.contacted, Outcome.willingness, Outcome.ability)
             .join(ResultCode, ResultCode.code == Outcome.result_code)
             .where(cond, Outcome.occurred_at < day_end)
             .order_by(Outcome.case_id, Outcome.occurred_at, Outcome.id))
        for cid, at, channel, code, contacted, will, abil in s.execute(q):
            if cid not in wanted:
                continue
            if at >= window_start:
                if contacted:
                    out.contacted.add(cid)
                    out.failed[cid] = 0  # reaching someone resets the count
                else:
                    out.failed[cid] = out.failed.get(cid, 0) + 1
            if channel == "visit":
                out.last_visit[cid] = visit_outcome_from_result(code, bool(contacted))
            if will in WILLINGNESS_LABELS:
                out.willingness[cid] = will
            if abil in ABILITY_LABELS:
                out.ability[cid] = abil

    for cond in parts(Case.id):
        q = (select(Case.id, func.max(Payment.paid_on)).join(Payment, Payment.loan_id == Case.loan_id)
             .where(cond, Payment.paid_on <= today).group_by(Case.id))
        for cid, paid in s.execute(q):
            if cid in wanted:
                out.last_paid[cid] = paid
    return out


def _open_complaint_customers(s: Session, branch_ids: Sequence[int] | None = None,
                              customer_ids: Sequence[int] | None = None) -> set[int]:
    q = (select(Case.customer_id).join(Complaint, Complaint.case_id == Case.id)
         .where(Complaint.status == "open").distinct())
    if customer_ids is not None:
        q = q.where(Case.customer_id.in_(customer_ids))
    return set(s.scalars(q))


_CASE_COLUMNS = (Case.id, Case.version, Case.status, Case.branch_id, Case.contract_no, Case.customer_name,
                 Case.dpd, Case.overdue_total, Case.loan_id, Case.customer_id, Loan.last_payment_date,
                 Loan.reason_category, Loan.reason_text, Customer.home_address, Customer.work_address,
                 Customer.do_not_visit)


def _case_select():  # noqa: ANN202
    return (select(*_CASE_COLUMNS).join(Loan, Loan.id == Case.loan_id)
            .join(Customer, Customer.id == Case.customer_id))


def _build(rows: Sequence, aux: _Aux, today: date) -> list[CaseFactors]:
    out = []
    for (cid, version, status, bid, contract, name, dpd, total, _loan_id, cust_id, last_pay, reason_cat,
         reason_text, home, work, dnv) in rows:
        paid = aux.last_paid.get(cid)
        last = paid if last_pay is None or (paid is not None and paid > last_pay) else last_pay
        failed = aux.failed.get(cid, 0)
        reached = cid in aux.contacted
        lost = not reached and (reason_cat == "contact_lost" or failed >= LOST_AFTER_FAILED)
        out.append(CaseFactors(
            case_id=cid, version=version, status=status, branch_id=bid, contract_no=contract, customer_name=name,
            as_of=today, dpd=max(0, dpd or 0), overdue_total=total if total is not None else Decimal("0.00"),
            last_payment_date=last, months_since_last_payment=months_between(last, today),
            broken_promises_90d=aux.broken.get(cid, 0), failed_contacts=failed, contact_lost=lost,
            has_visitable_address=bool((home or "").strip() or (work or "").strip()),
            last_visit_outcome=aux.last_visit.get(cid, "none"), do_not_visit=dnv or None,
            open_complaints=1 if cust_id in aux.complaint_customers else 0, reason_text=reason_text,
            suggested_willingness=aux.willingness.get(cid), suggested_ability=aux.ability.get(cid),
        ))
    return out


def read_factors(s: Session, case_ids: Sequence[int], today: date) -> list[CaseFactors]:
    """The data factors of the given cases (in id order); unknown ids are left out."""
    ids = sorted(set(case_ids))
    rows: list = []
    for part in _chunks(ids):
        rows += s.execute(_case_select().where(Case.id.in_(part)).order_by(Case.id)).all()
    cust = sorted({r[9] for r in rows})
    complaints: set[int] = set()
    for part in _chunks(cust):
        complaints |= _open_complaint_customers(s, customer_ids=part)
    aux = _aux(s, [r[0] for r in rows], today, complaints)
    return _build(rows, aux, today)


def _bulk_select():  # noqa: ANN202
    """The columns bulk assessment reads: case id, version, days past due (none below 0), overdue total,
    last payment date and ``flags``, one small number for what the database can work out itself (see
    :data:`_FLAGS`): contact lost by the core system's reason, a visitable address, an open complaint on any
    of the customer's cases, the kind of do-not-visit entry. Small numbers cost the reading nothing (Python
    keeps one object for each)."""
    has_address = or_(func.trim(func.coalesce(Customer.home_address, "")) != "",
                      func.trim(func.coalesce(Customer.work_address, "")) != "")
    other = aliased(Case)
    complaint = Case.customer_id.in_(select(other.customer_id).join(Complaint, Complaint.case_id == other.id)
                                     .where(Complaint.status == "open"))
    dnv = Customer.do_not_visit
    flags = (case((Loan.reason_category == "contact_lost", 1), else_=0) + case((has_address, 2), else_=0)
             + case((complaint, 4), else_=0)
             + case((or_(dnv.is_(None), dnv == ""), 0), (dnv == "legal", 8), (dnv == "deceased", 16), else_=24))
    return (select(Case.id, Case.version, case((Case.dpd > 0, Case.dpd), else_=0), Case.overdue_total,
                   Loan.last_payment_date, flags)
            .join(Loan, Loan.id == Case.loan_id).join(Customer, Customer.id == Case.customer_id))


def _fetch(conn, stmt) -> list:  # noqa: ANN001
    """Rows of a :func:`_bulk_select` statement. On SQLite straight through the driver (a third of the time
    of SQLAlchemy's row processing), the values left in the driver's plain form (money a number, dates ISO
    text): :func:`_bulk_inputs` converts what it uses, once per distinct value where it can."""
    if conn.dialect.name != "sqlite":
        return conn.execute(stmt).all()
    return _Statement(conn, stmt).run().fetchall()


def _bulk_inputs(rows: Sequence, aux: _Aux, today: date,
                 months: dict) -> Iterator[tuple[int, int, ScoreInputs, str]]:
    """(case id, version, inputs, inputs as JSON text) per row of :func:`_fetch`, one at a time: the same
    derivation as :func:`_build` (a test holds them equal), written as one tight loop for 100,000 cases.

    Most cases have no history in the smaller tables (promises, outcomes, payments): they take the short
    path, where the flags give the rest of the inputs and of their JSON text at once (:data:`_FLAGS`).
    ``months`` caches months-since-last-payment by the stored date (shared across chunks).
    """
    zero = Decimal("0.00")
    last_paid, failed_by, contacted = aux.last_paid, aux.failed, aux.contacted
    broken_by, visit_by = aux.broken, aux.last_visit
    special = last_paid.keys() | failed_by.keys() | contacted | broken_by.keys() | visit_by.keys()
    to_date = date.fromisoformat
    facts = _FLAGS
    for cid, version, dpd, total, last_pay, flags in rows:
        if total is None:
            total, text = zero, "0.00"
        else:
            text = f"{total:.2f}"
            if type(total) is not Decimal:
                total = Decimal(text)
        lost, address, complaint, legal, deceased, dnv, tail = facts[flags]
        if cid in special:
            if last_pay is not None and not isinstance(last_pay, date):
                last_pay = to_date(last_pay)
            paid = last_paid.get(cid)
            last = paid if last_pay is None or (paid is not None and paid > last_pay) else last_pay
            m = None if last is None else months_between(last, today)
            failed = failed_by.get(cid, 0)
            inputs = ScoreInputs(dpd, total, m, broken_by.get(cid, 0), failed,
                                 cid not in contacted and (lost or failed >= LOST_AFTER_FAILED), address,
                                 visit_by.get(cid, "none"), "unknown", "unknown", None, complaint, legal, deceased,
                                 dnv)
            yield cid, version, inputs, _bulk_json(inputs)
            continue
        if last_pay is None:
            m = None
        else:
            m = months.get(last_pay, -1)
            if m == -1:
                m = months[last_pay] = months_between(
                    last_pay if isinstance(last_pay, date) else to_date(last_pay), today)
        yield (cid, version, ScoreInputs(dpd, total, m, 0, 0, lost, address, "none", "unknown", "unknown", None,
                                         complaint, legal, deceased, dnv),
               f'{{"inputs": [{dpd}, "{text}", {"null" if m is None else m}, 0, 0, {tail}')


# --------------------------------------------------------------------------------------------------
# Scorecard versions
# --------------------------------------------------------------------------------------------------
_CONFIGS: dict[str, ScorecardConfig] = {}


def _config_from(version_no: int, data: Any) -> ScorecardConfig:  # noqa: ANN401
    key = json.dumps(data, sort_keys=True, ensure_ascii=False)
    cfg = _CONFIGS.get(key)
    if cfg is None:
        d = dict(data)
        d["version"] = version_no
        cfg = ScorecardConfig.from_dict(d)
        if len(_CONFIGS) > 64:
            _CONFIGS.clear()
        _CONFIGS[key] = cfg
    return cfg


def active_config(s: Session) -> ScorecardConfig:
    """The active scorecard (the default card, version 1, when none is stored yet)."""
    row = s.execute(select(ScorecardVersion.version_no, ScorecardVersion.config)
                    .where(ScorecardVersion.active.is_(True))
                    .order_by(ScorecardVersion.version_no.desc()).limit(1)).first()
    if row is None:
        return DEFAULT_SCORECARD
    return _config_from(row[0], row[1])


def config_version(s: Session, version_no: int) -> ScorecardConfig:
    row = s.scalar(select(ScorecardVersion.config).where(ScorecardVersion.version_no == version_no))
    if row is None:
        if version_no == DEFAULT_SCORECARD.version:
            return DEFAULT_SCORECARD
        raise NotFound(f"评分卡版本 {version_no} 不存在。", en=f"Scorecard version {version_no} does not exist.")
    return _config_from(version_no, row)


def ensure_config_row(s: Session, actor: Any) -> ScorecardConfig:  # noqa: ANN401
    """The active card, storing version 1 (the default card) when no version exists yet."""
    if s.scalar(select(ScorecardVersion.id).limit(1)) is None:
        s.add(ScorecardVersion(version_no=DEFAULT_SCORECARD.version, config=DEFAULT_SCORECARD.to_dict(),
                               active=True, created_by_id=None))  # the built-in card: nobody wrote it
        s.flush()
        audit.record(s, actor, "scorecard.init", entity="scorecard", entity_id=DEFAULT_SCORECARD.version,
                     after={"version": DEFAULT_SCORECARD.version}, detail="启用默认评分卡（版本 1）")
        return DEFAULT_SCORECARD
    return active_config(s)


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AssessmentPreview:
    """The scorecard's answer for a case, shown before saving (nothing is stored)."""

    factors: CaseFactors
    willingness: str
    ability: str
    hardship_reason: str | None
    score: int
    grade: str
    recommended_action: str
    rule_code: str
    reasons: list[str]
    breakdown: list[FactorScore]
    scorecard_version: int
    max_points: int
    config: ScorecardConfig = field(repr=False, compare=False, default=DEFAULT_SCORECARD)

    @property
    def case_id(self) -> int:
        return self.factors.case_id

    @property
    def case_version(self) -> int:
        return self.factors.version

    @property
    def grade_label_zh(self) -> str:
        return GRADE_LABELS[self.grade]

    @property
    def action_label_zh(self) -> str:
        return ACTION_LABELS[self.recommended_action]


@dataclass(frozen=True)
class SavedAssessment:
    id: int
    case_id: int
    case_version: int
    case_status: str
    score: int
    grade: str
    recommended_action: str
    chosen_action: str
    overridden: bool
    scorecard_version: int


@dataclass
class BulkResult:
    assessed: int = 0
    skipped: int = 0  # closed, out of scope, unknown, or changed by someone else meanwhile
    cancelled: bool = False
    by_grade: dict[str, int] = field(default_factory=dict)
    by_action: dict[str, int] = field(default_factory=dict)
    scorecard_version: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        if self.cancelled:
            return ["批量评估已取消，未保存任何评估。"]
        grades = "，".join(f"{g} 级 {self.by_grade.get(g, 0)}" for g in ("A", "B", "C", "D"))
        actions = "，".join(f"{ACTION_LABELS[a]} {n}" for a, n in sorted(self.by_action.items(), key=lambda x: -x[1]))
        out = [f"已评估 {self.assessed} 个案件（评分卡版本 {self.scorecard_version}，用时 {self.seconds:.1f} 秒）"
               + (f"，跳过 {self.skipped} 个" if self.skipped else "") + "。"]
        if self.assessed:
            out += [f"风险等级：{grades}。", f"建议措施：{actions}。"]
        return out


@dataclass(frozen=True)
class OverrideRow:
    assessment_id: int
    case_id: int
    contract_no: str
    customer_name: str
    branch: str
    assessed_at: datetime
    assessed_by: str | None
    score: int
    grade: str
    recommended_action: str
    chosen_action: str
    reason: str


@dataclass(frozen=True)
class ScorecardInfo:
    version_no: int
    config: dict
    created_at: datetime | None
    created_by: str | None
    stored: bool  # False: the built-in default card, not stored yet


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    assessed_at: datetime
    assessed_by: str | None
    score: int
    grade: str
    recommended_action: str
    chosen_action: str
    override_reason: str | None
    bulk: bool
    scorecard_version: int


def _preview(cfg: ScorecardConfig, f: CaseFactors, willingness: str, ability: str,
             hardship_reason: str | None) -> AssessmentPreview:
    try:
        r = score_case(f.inputs(willingness, ability, hardship_reason), cfg)
    except ValueError as e:
        raise ValidationError(f"{e}。请在表单中重新选择。",
                              en="Some of the assessment inputs are invalid: choose them again in the form.") from e
    return AssessmentPreview(f, willingness, ability, hardship_reason, r.score, r.grade, r.recommended_action,
                             r.rule_code, list(r.reasons), list(r.factors), r.config_version,
                             cfg.max_total_points, cfg)


def rescore(preview: AssessmentPreview, willingness: str | None, ability: str | None,
            hardship_reason: str | None) -> AssessmentPreview:
    """The same case re-scored with other judgements and the same scorecard version (no database access:
    the assessment form's live update). :meth:`AssessmentService.assess` scores again when saving."""
    w, a, h = _clean_judgement(willingness, ability, hardship_reason)
    return _preview(preview.config, preview.factors, w, a, h)


_INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(ScoreInputs))


def _inputs_json(i: ScoreInputs) -> list[Any]:
    """The inputs as a JSON array in :class:`ScoreInputs` field order (money as a string)."""
    return [f"{v:.2f}" if isinstance(v, Decimal) else v for v in (getattr(i, n) for n in _INPUT_FIELDS)]


def _inputs_from_json(data: list[Any] | dict[str, Any]) -> ScoreInputs:
    d = dict(zip(_INPUT_FIELDS, data, strict=True)) if isinstance(data, list) else dict(data)
    d["overdue_total"] = Decimal(d["overdue_total"])
    return ScoreInputs(**d)


def _clean_judgement(willingness: str | None, ability: str | None,
                     hardship_reason: str | None) -> tuple[str, str, str | None]:
    w = willingness or "unknown"
    a = ability or "unknown"
    if w not in WILLINGNESS_LABELS:
        raise ValidationError(f"还款意愿「{w}」无效：请选择 {'、'.join(WILLINGNESS_LABELS.values())}。",
                              en=f"The willingness to pay \"{w}\" is invalid: choose "
                                 f"{', '.join(_WILLINGNESS_LABELS_EN.get(k, v) for k, v in WILLINGNESS_LABELS.items())}"
                                 ".")
    if a not in ABILITY_LABELS:
        raise ValidationError(f"还款能力「{a}」无效：请选择 {'、'.join(ABILITY_LABELS.values())}。",
                              en=f"The ability to pay \"{a}\" is invalid: choose "
                                 f"{', '.join(_ABILITY_LABELS_EN.get(k, v) for k, v in ABILITY_LABELS.items())}.")
    h = (hardship_reason or "").strip() or None
    if h is not None and len(h) > 300:
        raise ValidationError("困难原因太长：最多 300 字。",
                              en="The hardship reason is too long: at most 300 characters.")
    return w, a, h


def _bulk_json(i: ScoreInputs) -> str:
    """``{"inputs": [...]}`` of a bulk assessment as JSON text, written without json.dumps (the hot loop);
    the same as ``json.dumps({"inputs": _inputs_json(i)})`` (a test holds them equal)."""
    m = i.months_since_last_payment
    return (
        f'{{"inputs": [{i.dpd}, "{i.overdue_total:.2f}", {"null" if m is None else m}, {i.broken_promises_90d}, '
        f'{i.failed_contacts}, {"true" if i.contact_lost else "false"}, '
        f'{"true" if i.has_visitable_address else "false"}, "{i.last_visit_outcome}", "unknown", "unknown", null, '
        f'{"true" if i.complaint_under_review else "false"}, {"true" if i.legal_proceedings else "false"}, '
        f'{"true" if i.deceased else "false"}, {"true" if i.do_not_visit else "false"}]}}'
    )


def _flag_facts(flags: int) -> tuple[bool, bool, bool, bool, bool, bool, str]:
    """What a :func:`_bulk_select` flags value says — contact lost by the core system's reason, a visitable
    address, an open complaint, legal proceedings, deceased, on the do-not-visit list — and the end of a
    short-path case's JSON text (everything after the first five inputs)."""
    lost, address, complaint, kind = bool(flags & 1), bool(flags & 2), bool(flags & 4), flags >> 3
    legal, deceased, dnv = kind == 1, kind == 2, kind != 0
    head = '{"inputs": [0, "0.00", 0, 0, 0, '
    text = _bulk_json(ScoreInputs(0, Decimal("0.00"), 0, 0, 0, lost, address, "none", "unknown", "unknown", None,
                                  complaint, legal, deceased, dnv))
    assert text.startswith(head)
    return lost, address, complaint, legal, deceased, dnv, text[len(head):]


_FLAGS = {f: _flag_facts(f) for f in range(32)}


def _scope(actor: Any, branch_id: int | None) -> list[int] | None:  # noqa: ANN401
    """Branches the actor may act on, narrowed to ``branch_id``; None = all branches."""
    if can_see_all_branches(actor):
        return None if branch_id is None else [branch_id]
    if actor.branch_id is None:
        raise PermissionDenied("权限不足：你的账号没有所属营业部。",
                               en="Insufficient permission: your account does not belong to a branch.")
    if branch_id is not None and branch_id != actor.branch_id:
        raise PermissionDenied("权限不足：该营业部不在你的处理范围内，你只能处理本营业部的案件。",
                               en="Insufficient permission: this branch is outside your scope; "
                                  "you can only work on your own branch's cases.")
    return [actor.branch_id]


class _Cancelled(Exception):
    """Raised inside the transaction to roll a cancelled bulk assessment back."""


_GRADE = itemgetter(3)  # of a chunk's result row (the temporary table's columns)
_ACTION = itemgetter(4)

_TMP_META = MetaData()
_TMP = Table(
    "tmp_bulk_assess", _TMP_META,
    Column("id", Integer, primary_key=True),
    Column("version", Integer),
    Column("score", Integer),
    Column("grade", String(1)),
    Column("action", String(10)),
    Column("factors", Text),
    prefixes=["TEMPORARY"],
)


class _Statement:
    """A statement compiled once. On SQLite it runs straight on the driver's connection, its parameters
    converted by their types' bind processors as SQLAlchemy would (no SQLAlchemy work per run — the bulk
    loop's helper thread then holds the GIL only for moments); elsewhere through the connection."""

    def __init__(self, conn, stmt, prefix: str = "") -> None:  # noqa: ANN001
        self._conn = conn
        self._stmt = stmt
        self._raw = None
        if conn.dialect.name == "sqlite":
            compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
            self._sql = prefix + compiled.string
            self._params = compiled.construct_params()
            self._order = compiled.positiontup or []
            self._processors = {k: b.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                                for k, b in compiled.binds.items()}
            self._raw = conn.connection.driver_connection

    def run(self, **values: Any):  # noqa: ANN201
        """The cursor (SQLite) or result of one execution, ``values`` replacing the bound values."""
        if self._raw is None:
            return self._conn.execute(self._stmt, values)
        params = self._params | values
        out = []
        for k in self._order:
            v = params[k]
            proc = self._processors.get(k)
            out.append(v if proc is None or v is None else proc(v))
        return self._raw.execute(self._sql, out)


class _ChunkWriter:
    """Writes a bulk assessment chunk by chunk through the temporary table, which holds one chunk at a time:
    fills it with the chunk's results, updates the cases whose version is still the one read (a new case
    becomes *assessed* when the lifecycle allows it), inserts the assessments of the updated ones, empties
    the table.

    The caller fills the table (:meth:`fill`); on SQLite the rest runs on a helper thread while the caller
    scores the next chunk: every step is one statement, during which the driver releases the GIL, so the
    writing costs the caller almost no time. The caller never uses the connection
    between :meth:`submit` and the next :meth:`wait`: one connection, one transaction. Elsewhere (or when
    the driver connection refuses other threads) the statements run at once.
    """

    def __init__(self, conn, now: datetime, version_no: int, user_id: int | None,  # noqa: ANN001
                 moves: bool) -> None:
        self.conn = conn
        self.written = 0
        self.skipped = False  # some cases changed meanwhile and were not written
        self._future: Future | None = None
        self._pool: ThreadPoolExecutor | None = None
        if conn.dialect.name == "sqlite":
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="bulk-assess")
            try:  # a connection opened with check_same_thread=True refuses other threads: then write at once
                self._pool.submit(conn.connection.driver_connection.execute, "SELECT 1").result()
            except Exception:  # noqa: BLE001
                self._pool.shutdown()
                self._pool = None
        self.threaded = self._pool is not None
        t, c, a = _TMP.c, Case.__table__.c, Assessment.__table__.c
        status = case((c.status == CaseStatus.NEW.value, CaseStatus.ASSESSED.value), else_=c.status) if moves \
            else c.status
        update_cases = (update(Case.__table__).where(c.id == t.id, c.version == t.version)
                        .values(risk_grade=t.grade, risk_score=t.score, recommended_action=t.action, status=status,
                                version=c.version + 1, updated_at=now, updated_by_id=user_id)
                        .execution_options(synchronize_session=False))
        factors = t.factors if conn.dialect.name == "sqlite" else cast(t.factors, JSON)
        cols = (t.id, literal(version_no), t.score, t.grade, t.action, t.action, factors, literal(True),
                literal(user_id), literal(now, type_=a.assessed_at.type))
        target = [a.case_id, a.scorecard_version, a.score, a.grade, a.recommended_action, a.chosen_action, a.factors,
                  a.bulk, a.assessed_by_id, a.assessed_at]
        # every case of the chunk updated: its rows of the temporary table as they are
        insert_all = insert(Assessment.__table__).from_select(target, select(*cols))
        # some skipped (changed meanwhile): only the cases this transaction updated
        insert_updated = insert(Assessment.__table__).from_select(target, select(*cols).join(
            Case.__table__, and_(c.id == t.id, c.updated_at == now, c.version == t.version + 1,
                                 c.updated_by_id == user_id)))
        self._update, self._insert_all, self._insert_updated, self._empty = (
            _Statement(conn, q) for q in (update_cases, insert_all, insert_updated, delete(_TMP)))
        ph = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        head = f"INSERT INTO {_TMP.name} ({', '.join(col.name for col in _TMP.c)}) VALUES "
        one = f"({', '.join([ph] * len(_TMP.c))})"
        self._fill_one = head + one
        # SQLite: many rows per statement, a third faster than executemany's one per row (at most 999
        # parameters, the limit of older SQLite builds)
        self._batch = 999 // len(_TMP.c) if conn.dialect.name == "sqlite" else 0
        self._fill_many = head + ", ".join([one] * self._batch)

    def fill(self, rows: list[tuple]) -> None:
        """Put a chunk's results in the temporary table (after :meth:`wait`): ``(id, version, score, grade,
        action, factors as JSON text)`` per case."""
        k = self._batch
        whole = len(rows) - len(rows) % k if k else 0
        if whole:
            run = self.conn.connection.driver_connection.execute
            for i in range(0, whole, k):
                run(self._fill_many, list(chain.from_iterable(rows[i:i + k])))
        if whole < len(rows):
            self.conn.exec_driver_sql(self._fill_one, rows[whole:])

    def _write(self, n: int) -> None:
        updated = self._update.run().rowcount
        if updated == n:
            self._insert_all.run()
        else:
            self.skipped = True
            if updated:
                self._insert_updated.run()
        self._empty.run()
        self.written += updated

    def submit(self, n: int) -> None:
        """Write the chunk of ``n`` cases in the temporary table."""
        if self._pool is None:
            self._write(n)
        else:
            self._future = self._pool.submit(self._write, n)

    def wait(self) -> None:
        """Until the chunk submitted last is written (its error, if any, raised here)."""
        f, self._future = self._future, None
        if f is not None:
            f.result()

    def close(self) -> None:
        """Stop the helper thread, after the chunk in flight (also when the caller failed: the transaction
        then rolls back; the caller's error is the one that counts, the writer's is raised by :meth:`wait`)."""
        f, self._future = self._future, None
        if f is not None:
            f.exception()
        if self._pool is not None:
            self._pool.shutdown(wait=True)


@contextmanager
def _quick_handoffs(threaded: bool) -> Iterator[None]:
    """While helper threads take turns with the scoring loop: the interpreter hands the GIL over after 1 ms
    instead of 5 ms (``sys.setswitchinterval``). The writer and the reader need the GIL only briefly between
    their statements, but wait up to the interval each time the scoring loop holds it."""
    if not threaded:
        yield
        return
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, 0.001))
    try:
        yield
    finally:
        sys.setswitchinterval(before)


class _StagedReader:
    """Reads the cases of an "all unassessed" bulk assessment on SQLite a chunk ahead, on a second
    connection and its own thread, so that reading never waits for the writing.

    The transaction holds the write lock from its start, so nothing can change: the second connection's
    snapshot (the last commit) shows exactly the cases the transaction has not touched yet. Each chunk is read
    in two steps: the query (three tables joined, the address tested) fills a temporary table of that
    connection in one statement, on the reader's thread while the caller scores the chunk before (the driver
    releases the GIL for the whole statement); the caller then copies plain rows out of it and reads their
    history (:func:`_aux`) on the same connection.
    """

    _NAME = "tmp_bulk_read"

    def __init__(self, engine, conditions: list, today: date) -> None:  # noqa: ANN001
        self._conn = engine.connect()
        self._session = Session(bind=self._conn)
        self._raw = self._conn.connection.driver_connection
        self._today = today
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="bulk-assess-read")
        self._future: Future | None = None
        stmt = (_bulk_select().where(*conditions, Case.id > bindparam("last", 0)).order_by(Case.id)
                .limit(bindparam("n", CHUNK, literal_execute=False)))
        self._fill = _Statement(self._conn, stmt, prefix=f"INSERT INTO {self._NAME} ")
        self._count = select(func.count()).select_from(Case).where(*conditions)
        self._last = 0
        self._staged = 0  # cases read so far
        self._chunks = 0
        self.total: int | None = None
        self._raw.execute(f"DROP TABLE IF EXISTS temp.{self._NAME}")
        # untyped columns: the values stay in the driver's plain form, as a direct read gives them
        self._raw.execute(f"CREATE TEMPORARY TABLE {self._NAME} "
                          "(id INTEGER PRIMARY KEY, version, dpd, total, last_payment, flags)")
        self._stage()

    def _stage(self) -> None:
        self._raw.execute(f"DELETE FROM {self._NAME}")
        self._fill.run(last=self._last, n=self._limit())

    def _limit(self) -> int:
        """The next chunk's size: small at both ends, where nothing runs beside (the first chunk is read
        before any scoring, the last one written after all of it); growing at the start no faster than the
        reading of the next chunk keeps up with the scoring of the one before."""
        size = min(CHUNK, _END_CHUNK << self._chunks)
        if self.total is None:
            return size
        left = self.total - self._staged
        if left > size + _END_CHUNK:
            return size
        return left - _END_CHUNK if left > 2 * _END_CHUNK else max(left, 1)

    def _stage_and_count(self) -> None:
        self._stage()
        self.total = self._conn.scalar(self._count) or 0

    def next(self) -> tuple[list, _Aux | None]:
        """The next chunk's rows and history; the chunk after it starts being read on the reader's thread
        (the first time followed by counting the cases: :attr:`total`)."""
        f, self._future = self._future, None
        if f is not None:
            f.result()
        rows = self._raw.execute(f"SELECT * FROM {self._NAME}").fetchall()
        if not rows:
            return rows, None
        self._last = rows[-1][0]
        self._staged += len(rows)
        self._chunks += 1
        aux = _aux(self._session, [r[0] for r in rows], self._today)
        self._future = self._pool.submit(self._stage if self.total is not None else self._stage_and_count)
        return rows, aux

    def close(self) -> None:
        f, self._future = self._future, None
        if f is not None:
            f.exception()
        self._pool.shutdown(wait=True)
        try:
            self._raw.execute(f"DROP TABLE IF EXISTS temp.{self._NAME}")
        finally:
            self._session.close()
            self._conn.close()


# --------------------------------------------------------------------------------------------------
# Service
# --------------------------------------------------------------------------------------------------
class AssessmentService(Service):
    # ---------------------------------------------------------------------------------- one case
    @requires(Perm.CASE_VIEW)
    def factors(self, case_id: int) -> CaseFactors:
        """The data factors of one case (what the assessment form shows before any judgement)."""
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            return read_factors(s, [case_id], self.clock.today())[0]

    @requires(Perm.ASSESS)
    def preview(self, case_id: int, willingness: str | None = "unknown", ability: str | None = "unknown",
                hardship_reason: str | None = None) -> AssessmentPreview:
        """Score the case with the active scorecard and explain it; nothing is saved."""
        w, a, h = _clean_judgement(willingness, ability, hardship_reason)
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            f = read_factors(s, [case_id], self.clock.today())[0]
            return _preview(active_config(s), f, w, a, h)

    @requires(Perm.ASSESS)
    def assess(self, case_id: int, willingness: str | None, ability: str | None, hardship_reason: str | None,
               chosen_action: str | None, override_reason: str | None,
               expected_version: int | None) -> SavedAssessment:
        """Save an assessment; the case takes the grade, the score and the chosen action.

        Choosing another action than recommended needs a reason of at least four characters and is audited
        as its own event. A new case moves to *assessed*.
        """
        w, a, h = _clean_judgement(willingness, ability, hardship_reason)
        reason = (override_reason or "").strip() or None
        if reason is not None and len(reason) > 300:
            raise ValidationError("改选理由太长：最多 300 字。",
                                  en="The reason for choosing another action is too long: at most 300 characters.")
        now = self.clock.now()
        with self.tx() as s:
            case = load_case_in_scope(s, self.actor, case_id)
            ensure_version(s, case, "case", expected_version)
            if case.status == CaseStatus.CLOSED:
                raise ValidationError("已结案的案件不能评估：如贷款再次逾期，导入后案件会重新打开。",
                                      en="A closed case cannot be assessed: if the loan falls overdue again, "
                                         "the case reopens when it is imported.")
            cfg = ensure_config_row(s, self.actor)
            f = read_factors(s, [case.id], self.clock.today())[0]
            p = _preview(cfg, f, w, a, h)
            chosen = chosen_action or p.recommended_action
            if chosen not in ACTION_LABELS:
                raise ValidationError(f"措施「{chosen}」无效：请选择 {'、'.join(ACTION_LABELS.values())}。",
                                      en=f"The action \"{chosen}\" is invalid: choose "
                                         f"{', '.join(_ACTION_LABELS_EN.get(k, v) for k, v in ACTION_LABELS.items())}.")
            overridden = chosen != p.recommended_action
            if overridden and (reason is None or len(reason) < MIN_OVERRIDE_REASON):
                raise ValidationError(
                    f"选择的措施（{ACTION_LABELS[chosen]}）与评分卡建议（{ACTION_LABELS[p.recommended_action]}）不同："
                    f"请填写改选理由（至少 {MIN_OVERRIDE_REASON} 个字），主管会复核。",
                    en=f"The chosen action ({_ACTION_LABELS_EN.get(chosen, chosen)}) differs from the scorecard's "
                       f"recommendation ({_ACTION_LABELS_EN.get(p.recommended_action, p.recommended_action)}): "
                       f"enter a reason for the change (at least {MIN_OVERRIDE_REASON} characters); "
                       "a supervisor will review it.")
            if chosen == "visit" and f.do_not_visit:
                raise ValidationError("该客户已列入禁止上门名单，不能选择上门催收：请选择其他措施。",
                                      en="This customer is on the do-not-visit list, so an on-site visit cannot be "
                                         "chosen: choose another action.")
            if chosen == "visit" and not f.has_visitable_address:
                raise ValidationError("该客户没有可上门的地址，不能选择上门催收：请先补充地址或选择其他措施。",
                                      en="This customer has no address that can be visited, so an on-site visit "
                                         "cannot be chosen: add an address first or choose another action.")
            if not overridden:
                reason = None
            inputs = f.inputs(w, a, h)
            row = Assessment(
                case_id=case.id, scorecard_version=p.scorecard_version, score=p.score, grade=p.grade,
                recommended_action=p.recommended_action, chosen_action=chosen, override_reason=reason,
                factors={"inputs": _inputs_json(inputs), "points": {b.code: b.points for b in p.breakdown},
                         "rule": p.rule_code},
                willingness=w, ability=a, hardship_reason=h, bulk=False, assessed_by_id=self.actor.user_id,
                assessed_at=now)
            s.add(row)
            before = {"risk_grade": case.risk_grade, "risk_score": case.risk_score,
                      "recommended_action": case.recommended_action, "status": case.status}
            case.risk_grade, case.risk_score, case.recommended_action = p.grade, p.score, chosen
            case.updated_by_id = self.actor.user_id
            if case.status == CaseStatus.NEW:
                transition(case, CaseStatus.ASSESSED, user_id=self.actor.user_id)
            s.flush()
            audit.record(
                s, self.actor, "assessment.create", entity="case", entity_id=case.id, case_id=case.id,
                before=before,
                after={"assessment_id": row.id, "scorecard_version": p.scorecard_version, "score": p.score,
                       "grade": p.grade, "recommended_action": p.recommended_action, "chosen_action": chosen,
                       "points": {b.code: b.points for b in p.breakdown}, "status": case.status},
                detail=f"风险评估：{p.score} 分，等级 {p.grade}，建议{ACTION_LABELS[p.recommended_action]}", at=now)
            if overridden:
                audit.record(
                    s, self.actor, "assessment.override", entity="case", entity_id=case.id, case_id=case.id,
                    before={"recommended_action": p.recommended_action},
                    after={"assessment_id": row.id, "chosen_action": chosen, "reason": reason},
                    detail=f"改选措施：{ACTION_LABELS[p.recommended_action]} → {ACTION_LABELS[chosen]}；理由：{reason}",
                    at=now)
            return SavedAssessment(row.id, case.id, case.version, case.status, p.score, p.grade,
                                   p.recommended_action, chosen, overridden, p.scorecard_version)

    @requires(Perm.CASE_VIEW)
    def history(self, case_id: int) -> list[AssessmentRow]:
        """The case's assessments, newest first."""
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            q = (select(Assessment, User.display_name).outerjoin(User, User.id == Assessment.assessed_by_id)
                 .where(Assessment.case_id == case_id).order_by(Assessment.assessed_at.desc(), Assessment.id.desc()))
            return [AssessmentRow(a.id, a.assessed_at, who, a.score, a.grade, a.recommended_action, a.chosen_action,
                                  a.override_reason, a.bulk, a.scorecard_version) for a, who in s.execute(q)]

    @requires(Perm.CASE_VIEW)
    def explain(self, assessment_id: int) -> list[FactorScore]:
        """Each factor's points of a stored assessment, re-scored with the version it was made with."""
        with self.read() as s:
            a = s.get(Assessment, assessment_id)
            if a is None:
                raise NotFound(f"评估 #{assessment_id} 不存在。", en=f"Assessment #{assessment_id} does not exist.")
            load_case_in_scope(s, self.actor, a.case_id)
            data = a.factors if isinstance(a.factors, dict) else {}
            if "inputs" not in data:
                raise NotFound("这条评估没有保存评分输入（演示数据或旧数据），无法还原各因素得分。",
                               en="This assessment has no stored scoring inputs (demo or old data), so the points "
                                  "of each factor cannot be reconstructed.")
            cfg = config_version(s, a.scorecard_version)
            return list(score_case(_inputs_from_json(data["inputs"]), cfg).factors)

    # ---------------------------------------------------------------------------------- bulk
    @requires(Perm.ASSESS)
    def bulk_assess(self, case_ids: Sequence[int] | None = None, progress: Callable[[int, int], Any] | None = None,
                    cancelled: Callable[[], bool] | None = None, *, branch_id: int | None = None) -> BulkResult:
        """Assess many cases on their data factors alone (willingness and ability unknown).

        ``case_ids=None``: every open case in the actor's scope (narrowed to ``branch_id``) that has no
        assessment yet. Given ids: those cases (re-assessed if assessed before); closed cases and cases
        outside the scope are skipped. One transaction and one audit event; cancelling leaves nothing.
        """
        t0 = _time.perf_counter()
        report = progress or (lambda *_: None)
        stop = cancelled or (lambda: False)
        branches = _scope(self.actor, branch_id)
        today = self.clock.today()
        now = self.clock.now()
        result = BulkResult()
        try:
            with self.tx() as s:
                self._bulk(s, result, case_ids, branch_id, branches, report, stop, today, now)
        except _Cancelled:
            result.cancelled = True
            result.assessed = 0
            result.by_grade, result.by_action = {}, {}
        result.seconds = _time.perf_counter() - t0
        return result

    def _bulk(self, s: Session, result: BulkResult, case_ids: Sequence[int] | None, branch_id: int | None,
              branches: list[int] | None, report: Callable, stop: Callable[[], bool], today: date,
              now: datetime) -> None:
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            # take the write lock now: the cases read below cannot change before this transaction commits
            # (a WAL reader that wrote later would fail on a snapshot someone else had moved on)
            conn.exec_driver_sql("UPDATE cases SET version = version WHERE 0")
            checkpoint_later(conn)  # the commit writes the log only; copying it back runs after, in the background
        cfg = ensure_config_row(s, self.actor)
        result.scorecard_version = cfg.version
        conditions = [Case.status != CaseStatus.CLOSED.value]
        if branches is not None:
            conditions.append(Case.branch_id.in_(branches))
        wanted: list[int] | None = None
        total: int | None = None
        if case_ids is None:
            conditions.append(~exists().where(Assessment.case_id == Case.id))
        else:
            wanted = sorted({int(i) for i in case_ids})
            total = len(wanted)
        # pysqlite runs DDL outside the transaction: a table left by an interrupted run is dropped first
        _TMP.drop(conn, checkfirst=True)
        _TMP.create(conn)
        done = 0
        grades: Counter[str] = Counter()
        actions: Counter[str] = Counter()
        assessed, new_status = CaseStatus.ASSESSED.value, CaseStatus.NEW.value
        moves = can_transition(new_status, assessed)  # the lifecycle's rule, asked once for the whole batch
        months: dict = {}
        writer = _ChunkWriter(conn, now, cfg.version, self.actor.user_id, moves)
        staged: _StagedReader | None = None
        collecting = gc.isenabled()
        try:
            if writer.threaded and wanted is None and sqlite_path(str(self.db.engine.url)) is not None:
                # all unassessed in an SQLite file: a second connection reads each next chunk (and counts)
                staged = _StagedReader(self.db.engine, conditions, today)
            elif total is None:
                total = s.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0
            report(0, total or 0)  # 0: not known yet (the progress bar shows that it is busy)
            gc.disable()  # many short-lived objects and no cycles: no collections while the loop runs
            with _quick_handoffs(writer.threaded):
                if staged is not None:
                    rows, aux = staged.next()
                else:
                    chunks = iter(self._bulk_rows(s, conditions, wanted))
                    rows = next(chunks, None)
                    aux = _aux(s, [r[0] for r in rows], today) if rows else None
                while rows:
                    if stop():
                        raise _Cancelled
                    # one pass, each case's inputs scored as soon as they are made and then dropped: nothing
                    # but the plain result rows outlives a case, so the garbage collector has little to scan
                    chunk = [(cid, version, *quick_score(inputs, cfg)[:3], text)
                             for cid, version, inputs, text in _bulk_inputs(rows, aux, today, months)]
                    done += len(chunk)
                    grades.update(map(_GRADE, chunk))
                    actions.update(map(_ACTION, chunk))
                    writer.wait()  # the previous chunk is written: the connection is free again
                    writer.fill(chunk)
                    if staged is not None:
                        writer.submit(len(chunk))
                        rows, aux = staged.next()
                        total = staged.total
                    else:
                        rows = next(chunks, None)  # read the next chunk before handing the connection over
                        aux = _aux(s, [r[0] for r in rows], today) if rows else None
                        writer.submit(len(chunk))
                    report(min(done, total or 0), total or 0)
                writer.wait()
        finally:
            if collecting:
                gc.enable()
            writer.close()
            if staged is not None:
                staged.close()
        total = total or 0
        if stop():
            raise _Cancelled
        written = writer.written
        _TMP.drop(conn)
        result.assessed = written
        result.skipped = total - written
        if writer.skipped:  # some cases changed meanwhile and were skipped: count what was written
            grades, actions = self._written_counts(s, now)
        result.by_grade = dict(grades)
        result.by_action = dict(actions)
        audit.record(s, self.actor, "assessment.bulk", entity="scorecard", entity_id=cfg.version,
                     after={"assessed": written, "skipped": result.skipped, "scorecard_version": cfg.version,
                            "by_grade": result.by_grade, "by_action": result.by_action,
                            "all_unassessed": case_ids is None, "branch_id": branch_id},
                     detail=f"批量评估 {written} 个案件（评分卡版本 {cfg.version}）", at=now)

    def _bulk_rows(self, s: Session, conditions: list, wanted: list[int] | None) -> Iterable[list]:
        """The cases to assess in chunks of :data:`CHUNK`, by id (keyset)."""
        conn = s.connection()
        if wanted is not None:
            for part in _chunks(wanted, CHUNK):
                rows: list = []
                for small in _chunks(part):
                    rows += _fetch(conn, _bulk_select().where(*conditions, Case.id.in_(small)).order_by(Case.id))
                if rows:
                    yield rows
            return
        last = 0
        while True:
            rows = _fetch(conn, _bulk_select().where(*conditions, Case.id > last).order_by(Case.id).limit(CHUNK))
            if not rows:
                return
            last = rows[-1][0]
            yield rows

    def _written_counts(self, s: Session, now: datetime) -> tuple[Counter, Counter]:
        a = Assessment
        rows = s.execute(select(a.grade, a.recommended_action, func.count())
                         .where(a.assessed_at == now, a.bulk.is_(True), a.assessed_by_id == self.actor.user_id)
                         .group_by(a.grade, a.recommended_action)).all()
        g: Counter[str] = Counter()
        act: Counter[str] = Counter()
        for grade, action, n in rows:
            g[grade] += n
            act[action] += n
        return g, act

    @requires(Perm.ASSESS)
    def count_unassessed(self, branch_id: int | None = None) -> int:
        """Open cases in scope with no assessment yet (what "assess all unassessed" would do)."""
        branches = _scope(self.actor, branch_id)
        with self.read() as s:
            q = select(func.count()).select_from(Case).where(
                Case.status != CaseStatus.CLOSED.value, ~exists().where(Assessment.case_id == Case.id))
            if branches is not None:
                q = q.where(Case.branch_id.in_(branches))
            return s.scalar(q) or 0

    @requires(Perm.CASE_VIEW)
    def resolve_branch(self, text: str) -> int:
        """A branch id from its name, code or number (for the command line)."""
        key = (text or "").strip()
        with self.read() as s:
            conds = [Branch.name == key, Branch.code == key]
            if key.isdigit():
                conds.append(Branch.id == int(key))
            bid = s.scalar(select(Branch.id).where(or_(*conds)).limit(1))
        if bid is None:
            raise NotFound(f"营业部「{key}」不存在：请用营业部名称或代码。",
                           en=f"The branch \"{key}\" does not exist: use the branch's name or code.")
        return bid

    # ---------------------------------------------------------------------------------- overrides
    @requires(Perm.REPORT_VIEW)
    def overrides(self, branch_id: int | None = None, since: date | None = None,
                  until: date | None = None) -> list[OverrideRow]:
        """Assessments whose chosen action differs from the recommendation, newest first (for supervisors)."""
        branches = _scope(self.actor, branch_id)
        with self.read() as s:
            q = (select(Assessment, Case.contract_no, Case.customer_name, Branch.name, User.display_name)
                 .join(Case, Case.id == Assessment.case_id).join(Branch, Branch.id == Case.branch_id)
                 .outerjoin(User, User.id == Assessment.assessed_by_id)
                 .where(Assessment.chosen_action != Assessment.recommended_action)
                 .order_by(Assessment.assessed_at.desc(), Assessment.id.desc()))
            if branches is not None:
                q = q.where(Case.branch_id.in_(branches))
            if since is not None:
                q = q.where(Assessment.assessed_at >= _local_midnight_utc(since))
            if until is not None:
                q = q.where(Assessment.assessed_at < _local_midnight_utc(until + timedelta(days=1)))
            return [OverrideRow(a.id, a.case_id, contract, name, branch, a.assessed_at, who, a.score, a.grade,
                                a.recommended_action, a.chosen_action, a.override_reason or "")
                    for a, contract, name, branch, who in s.execute(q)]

    # ---------------------------------------------------------------------------------- scorecard
    @requires(Perm.CASE_VIEW)
    def scorecard(self) -> ScorecardInfo:
        """The active scorecard (as JSON-ready data) and who made it."""
        with self.read() as s:
            row = s.execute(select(ScorecardVersion, User.display_name)
                            .outerjoin(User, User.id == ScorecardVersion.created_by_id)
                            .where(ScorecardVersion.active.is_(True))
                            .order_by(ScorecardVersion.version_no.desc()).limit(1)).first()
            if row is None:
                return ScorecardInfo(DEFAULT_SCORECARD.version, DEFAULT_SCORECARD.to_dict(), None, None, False)
            v, who = row
            return ScorecardInfo(v.version_no, _config_from(v.version_no, v.config).to_dict(), v.created_at, who,
                                 True)

    @requires(Perm.SETTINGS_ADMIN)
    def scorecard_versions(self) -> list[ScorecardInfo]:
        with self.read() as s:
            q = (select(ScorecardVersion, User.display_name).outerjoin(User, User.id == ScorecardVersion.created_by_id)
                 .order_by(ScorecardVersion.version_no.desc()))
            return [ScorecardInfo(v.version_no, v.config, v.created_at, who, True) for v, who in s.execute(q)]

    @requires(Perm.SETTINGS_ADMIN)
    def update_scorecard(self, config: dict | str, expected_version: int | None = None) -> ScorecardInfo:
        """Validate an edited scorecard and make it the active one, as the next version (audited).

        ``config`` is the card as :meth:`scorecard` returns it (a dict or its JSON text); its ``version`` is
        ignored — the new card gets the next version number. ``expected_version`` is the version the editor
        started from: when someone saved another version meanwhile, nothing is saved.
        """
        if isinstance(config, str):
            try:
                config = json.loads(config)
            except json.JSONDecodeError as e:
                raise ValidationError(f"评分卡不是有效的 JSON（第 {e.lineno} 行第 {e.colno} 列）：请检查括号和逗号。",
                                      en=f"The scorecard is not valid JSON (line {e.lineno}, column {e.colno}): "
                                         "check the brackets and commas.") from e
        if not isinstance(config, dict):
            raise ValidationError("评分卡配置应为 JSON 对象：请从当前评分卡复制后修改。",
                                  en="The scorecard configuration must be a JSON object: copy the current scorecard "
                                     "and edit it.")
        now = self.clock.now()
        with self.tx() as s:
            current = ensure_config_row(s, self.actor)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(
                    f"评分卡已被他人更新为版本 {current.version}（你修改的是版本 {expected_version}），未保存：请重新打开后再改。",
                    en=f"Someone else has updated the scorecard to version {current.version} (you edited version "
                       f"{expected_version}); nothing was saved: reopen it and make your changes again.")
            last = s.scalar(select(func.max(ScorecardVersion.version_no))) or 0
            data = dict(config)
            data["version"] = last + 1
            try:
                cfg = ScorecardConfig.from_dict(data)
            except (ValueError, TypeError) as e:
                raise ValidationError(f"{e}。请修改后再保存。",
                                      en="The scorecard configuration has an error (an invalid factor, band, rule or "
                                         "value): correct it and save again.") from e
            if cfg.max_total_points > 100:
                raise ValidationError(
                    f"各因素满分合计 {cfg.max_total_points} 分，超过 100 分：请降低部分因素的分数，使合计不超过 100。",
                    en=f"The factors' maximum points add up to {cfg.max_total_points}, more than 100: lower some "
                       "factors' points so that the total is at most 100.")
            stored = cfg.to_dict()
            if {**stored, "version": 0} == {**current.to_dict(), "version": 0}:
                raise ValidationError(f"评分卡没有改动，仍为版本 {current.version}，未保存新版本。",
                                      en=f"The scorecard has not changed: it stays at version {current.version} and no "
                                         "new version was saved.")
            s.execute(update(ScorecardVersion).where(ScorecardVersion.active.is_(True)).values(active=False))
            row = ScorecardVersion(version_no=cfg.version, config=stored, active=True,
                                   created_by_id=self.actor.user_id, created_at=now)
            s.add(row)
            s.flush()
            audit.record(s, self.actor, "scorecard.update", entity="scorecard", entity_id=cfg.version,
                         before={"version": current.version}, after={"version": cfg.version, "config": stored},
                         detail=f"评分卡更新：版本 {current.version} → {cfg.version}", at=now)
            return ScorecardInfo(cfg.version, stored, now, self.actor.name, True)
