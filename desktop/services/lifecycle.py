"""Case lifecycle: new → assessed → planned → visit scheduled → visited → promised / on plan → closed.

Services change ``Case.status`` only through :func:`transition`, which refuses moves the lifecycle does not
allow with one sentence naming both states. Closing needs a reason; a closed case reopens (to ``new``)
only through :func:`reopen` (e.g. a cured loan reappearing in an import).
"""

from __future__ import annotations

from desktop.models import Case
from desktop.models.base import utcnow
from desktop.models.enums import CASE_STATUS_LABELS, CLOSE_REASON_LABELS, CaseStatus, CloseReason
from desktop.services.errors import ValidationError

S = CaseStatus
_OPEN = {S.NEW, S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.VISITED, S.PROMISED, S.ON_PLAN}
# English names of CASE_STATUS_LABELS / CLOSE_REASON_LABELS, for the English error sentences
_STATUS_EN = {S.NEW: "New", S.ASSESSED: "Assessed", S.PLANNED: "Planned", S.VISIT_SCHEDULED: "Visit scheduled",
              S.VISITED: "Visited", S.PROMISED: "Promised", S.ON_PLAN: "On plan", S.CLOSED: "Closed"}
_CLOSE_REASON_EN = {CloseReason.PAID: "paid in full", CloseReason.SETTLED: "settled",
                    CloseReason.CURED: "cured (import)", CloseReason.WRITTEN_OFF: "written off",
                    CloseReason.LEGAL: "referred to legal"}

ALLOWED: dict[CaseStatus, set[CaseStatus]] = {
    S.NEW: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.ASSESSED: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.PLANNED: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.VISIT_SCHEDULED: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.VISITED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.VISITED: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.VISITED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.PROMISED: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.VISITED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.ON_PLAN: {S.ASSESSED, S.PLANNED, S.VISIT_SCHEDULED, S.VISITED, S.PROMISED, S.ON_PLAN, S.CLOSED},
    S.CLOSED: set(),
}


def can_transition(current: str, target: str) -> bool:
    return CaseStatus(target) in ALLOWED[CaseStatus(current)]


def transition(case: Case, target: str, *, close_reason: str | None = None, user_id: int | None = None) -> str:
    """Move ``case`` to ``target``; returns the previous status. Raises ValidationError when not allowed."""
    cur, tgt = CaseStatus(case.status), CaseStatus(target)
    if tgt not in ALLOWED[cur]:
        raise ValidationError(
            f"案件状态不能从「{CASE_STATUS_LABELS[cur]}」改为「{CASE_STATUS_LABELS[tgt]}」"
            + ("：已结案的案件只能由导入重新打开。" if cur is S.CLOSED else "。"),
            en=f"The case status cannot change from \"{_STATUS_EN[cur]}\" to \"{_STATUS_EN[tgt]}\""
               + (": a closed case can only be reopened by an import." if cur is S.CLOSED else "."),
        )
    if tgt is S.CLOSED:
        if close_reason not in {r.value for r in CloseReason}:
            allowed = "、".join(CLOSE_REASON_LABELS.values())
            allowed_en = ", ".join(_CLOSE_REASON_EN.values())
            raise ValidationError(f"结案须选择原因：{allowed}。", en=f"To close a case, choose a reason: {allowed_en}.")
        case.closed_reason = close_reason
        case.closed_at = utcnow()
    case.status = tgt.value
    if user_id is not None:
        case.updated_by_id = user_id
    return cur.value


def reopen(case: Case) -> str:
    """A closed case comes back (its loan is overdue again): status new, close fields cleared."""
    prev = case.status
    case.status = S.NEW.value
    case.closed_reason = None
    case.closed_at = None
    return prev


def is_open(status: str) -> bool:
    return CaseStatus(status) in _OPEN
