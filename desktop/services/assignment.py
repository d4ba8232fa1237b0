"""分配案件 — assign cases to collectors, by hand or automatically with a preview.

Manual assignment (:meth:`AssignmentService.assign`) needs ``CASE_ASSIGN``: a supervisor assigns within the
own branch, a manager any branch; the collector must be active and belong to the case's branch.

Automatic assignment balances case count *and* overdue total: the branch's unassigned open cases, grouped by
customer (a customer's cases stay with one collector; if one of them is already assigned, the group goes to
that collector), are taken by overdue total, largest first, and each group goes to the collector with the
lowest normalised load ``count / mean_count + total / mean_total`` (existing open assignments included).
:meth:`AssignmentService.preview_auto` computes the proposal without writing; :meth:`apply_auto` writes it
and refuses (ConflictError) if any case changed or was assigned since the preview.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Case, User
from desktop.models.enums import CaseStatus, Role
from desktop.services import audit
from desktop.services.cases import can_see_all_branches, load_case_in_scope
from desktop.services.context import Service, ensure_version
from desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.permissions import Perm, requires

ZERO = Decimal("0.00")

__all__ = ["AssignmentService", "AutoAssignPreview", "AutoAssignRow", "CollectorLoad"]


@dataclass(frozen=True)
class AutoAssignRow:
    case_id: int
    contract_no: str
    customer_name: str
    overdue_total: Decimal
    collector_id: int
    collector_name: str
    version: int  # the case's version at preview time
    customer_id: int = 0


@dataclass(frozen=True)
class CollectorLoad:
    collector_id: int
    collector_name: str
    employee_no: str | None
    existing_count: int
    existing_total: Decimal
    new_count: int
    new_total: Decimal

    @property
    def count(self) -> int:
        return self.existing_count + self.new_count

    @property
    def total(self) -> Decimal:
        return self.existing_total + self.new_total


@dataclass(frozen=True)
class AutoAssignPreview:
    branch_id: int
    rows: tuple[AutoAssignRow, ...]
    collectors: tuple[CollectorLoad, ...]

    @property
    def case_count(self) -> int:
        return len(self.rows)

    @property
    def total(self) -> Decimal:
        return sum((r.overdue_total for r in self.rows), Decimal("0.00"))


class AssignmentService(Service):
    @requires(Perm.CASE_ASSIGN)
    def assign(self, case_ids: Iterable[int], collector_id: int,
               expected_versions: Mapping[int, int] | None = None) -> int:
        """Assign the cases to the collector; returns how many changed.  ``expected_versions``: case id →
        version the screen showed (ConflictError when stale).  Audited per case (``case.assign``)."""
        ids = list(dict.fromkeys(int(i) for i in case_ids or ()))
        if not ids:
            raise ValidationError("请先选择要分配的案件。", en="Select the cases to assign first.")
        expected = dict(expected_versions or {})
        now = self.clock.now()
        with self.tx() as s:
            collector = self._collector(s, collector_id)
            changed = 0
            for cid in ids:
                case = load_case_in_scope(s, self.actor, cid)
                ensure_version(s, case, "case", expected.get(cid))
                if case.status == CaseStatus.CLOSED:
                    raise ValidationError(f"案件 {case.contract_no} 已结案，不能分配。",
                                          en=f"Case {case.contract_no} is closed and cannot be assigned.")
                if case.branch_id != collector.branch_id:
                    raise ValidationError(f"催收员 {collector.display_name} 不属于案件 {case.contract_no} 所在的营业部："
                                          "只能分配给本营业部的催收员。",
                                          en=f"Collector {collector.display_name} does not belong to the branch of "
                                             f"case {case.contract_no}: cases can only be assigned to collectors of "
                                             "their own branch.")
                if case.assigned_to_id == collector.id:
                    continue
                self._set(s, case, collector, now, auto=False)
                changed += 1
            return changed

    @requires(Perm.CASE_ASSIGN)
    def preview_auto(self, branch_id: int | None = None) -> AutoAssignPreview:
        """The proposal for the branch (default: the actor's); writes nothing."""
        branch_id = self._branch(branch_id)
        with self.read() as s:
            collectors = list(s.scalars(select(User).where(
                User.branch_id == branch_id, User.active.is_(True), User.role == Role.COLLECTOR.value)
                .order_by(User.id)))
            if not collectors:
                raise ValidationError("该营业部没有在岗的催收员，无法自动分配：请先新增或启用催收员。",
                                      en="This branch has no active collectors, so cases cannot be assigned "
                                         "automatically: add or reactivate a collector first.")
            by_id = {u.id: u for u in collectors}
            existing_count: dict[int, int] = defaultdict(int)
            existing_total: dict[int, Decimal] = defaultdict(lambda: ZERO)
            for uid, n, total in s.execute(
                    select(Case.assigned_to_id, func.count(Case.id), func.coalesce(func.sum(Case.overdue_total), 0))
                    .where(Case.branch_id == branch_id, Case.status != CaseStatus.CLOSED.value,
                           Case.assigned_to_id.in_(list(by_id))).group_by(Case.assigned_to_id)):
                existing_count[uid] = int(n)
                existing_total[uid] = Decimal(total).quantize(ZERO)
            # a customer's open cases already with an active collector of the branch pull the rest along
            owner: dict[int, int] = {}
            for cust, uid in s.execute(
                    select(Case.customer_id, Case.assigned_to_id)
                    .where(Case.branch_id == branch_id, Case.status != CaseStatus.CLOSED.value,
                           Case.assigned_to_id.in_(list(by_id))).order_by(Case.id)):
                owner.setdefault(cust, uid)
            groups: dict[int, list[Case]] = defaultdict(list)
            for case in s.scalars(select(Case).where(
                    Case.branch_id == branch_id, Case.status != CaseStatus.CLOSED.value,
                    Case.assigned_to_id.is_(None)).order_by(Case.id)):
                groups[case.customer_id].append(case)
            new_count: dict[int, int] = defaultdict(int)
            new_total: dict[int, Decimal] = defaultdict(lambda: ZERO)
            n = len(collectors)
            all_count = sum(existing_count.values()) + sum(len(g) for g in groups.values())
            all_total = sum(existing_total.values(), ZERO) + sum(
                (c.overdue_total for g in groups.values() for c in g), ZERO)
            mean_count = Decimal(max(all_count, 1)) / n
            mean_total = max(all_total, Decimal("0.01")) / n

            def load(uid: int) -> Decimal:
                return (Decimal(existing_count[uid] + new_count[uid]) / mean_count
                        + (existing_total[uid] + new_total[uid]) / mean_total)

            rows: list[AutoAssignRow] = []
            ordered = sorted(groups.items(), key=lambda kv: (-sum((c.overdue_total for c in kv[1]), ZERO), kv[0]))
            for cust, cases in ordered:
                uid = owner.get(cust)
                if uid is None:
                    uid = min(by_id, key=lambda u: (load(u), existing_count[u] + new_count[u], u))
                for c in sorted(cases, key=lambda c: (-c.overdue_total, c.id)):
                    new_count[uid] += 1
                    new_total[uid] += c.overdue_total
                    rows.append(AutoAssignRow(c.id, c.contract_no, c.customer_name, c.overdue_total, uid,
                                              by_id[uid].display_name, c.version, c.customer_id))
            loads = tuple(CollectorLoad(u.id, u.display_name, u.employee_no, existing_count[u.id],
                                        existing_total[u.id], new_count[u.id], new_total[u.id])
                          for u in sorted(collectors, key=lambda u: (u.display_name, u.id)))
            return AutoAssignPreview(branch_id, tuple(rows), loads)

    @requires(Perm.CASE_ASSIGN)
    def apply_auto(self, preview: AutoAssignPreview) -> int:
        """Write a preview; returns the number of cases assigned.  ConflictError (nothing written) if any case
        was changed or assigned since the preview."""
        if not isinstance(preview, AutoAssignPreview):
            raise ValidationError("自动分配方案无效：请重新预览。",
                                  en="The automatic assignment proposal is invalid: preview it again.")
        if not preview.rows:
            return 0
        self._branch(preview.branch_id)
        now = self.clock.now()
        with self.tx() as s:
            collectors = {uid: self._collector(s, uid) for uid in {r.collector_id for r in preview.rows}}
            for u in collectors.values():
                if u.branch_id != preview.branch_id:
                    raise ValidationError(f"催收员 {u.display_name} 已不在该营业部：请重新预览。",
                                          en=f"Collector {u.display_name} is no longer in this branch: "
                                             "preview again.")
            ids = [r.case_id for r in preview.rows]
            cases: dict[int, Case] = {}
            for i in range(0, len(ids), 500):
                for c in s.scalars(select(Case).where(Case.id.in_(ids[i:i + 500])).with_for_update()):
                    cases[c.id] = c
            stale = []
            for r in preview.rows:
                c = cases.get(r.case_id)
                if c is None or c.version != r.version or c.assigned_to_id is not None or \
                        c.status == CaseStatus.CLOSED or c.branch_id != preview.branch_id:
                    stale.append(r.contract_no)
            if stale:
                listed = "、".join(stale[:5]) + (f" 等 {len(stale)} 个案件" if len(stale) > 5 else "")
                listed_en = ", ".join(stale[:5]) + (f" and others ({len(stale)} cases in all)" if len(stale) > 5
                                                    else "")
                raise ConflictError(
                    f"预览之后案件 {listed} 已被修改或分配，未做任何分配。请重新预览后再确认。",
                    en=f"{'Case' if len(stale) == 1 else 'Cases'} {listed_en} "
                       f"{'was' if len(stale) == 1 else 'were'} changed or assigned after the preview; nothing was "
                       "assigned. "
                       "Preview again, then confirm.")
            for r in preview.rows:
                self._set(s, cases[r.case_id], collectors[r.collector_id], now, auto=True)
            audit.record(s, self.actor, "case.auto_assign", entity="branch", entity_id=preview.branch_id, at=now,
                         after={"cases": len(preview.rows),
                                "per_collector": {str(x.collector_id): x.new_count for x in preview.collectors
                                                  if x.new_count}},
                         detail=f"自动分配 {len(preview.rows)} 个案件给 "
                                f"{sum(1 for x in preview.collectors if x.new_count)} 名催收员")
            return len(preview.rows)

    # --- internals -------------------------------------------------------------------------------------

    def _branch(self, branch_id: int | None) -> int:
        if branch_id is None:
            branch_id = self.actor.branch_id
            if branch_id is None:
                raise ValidationError("请选择营业部。", en="Select a branch.")
        if branch_id != self.actor.branch_id and not can_see_all_branches(self.actor):
            raise PermissionDenied("权限不足：你只能分配本营业部的案件。",
                                   en="Insufficient permission: you can only assign cases of your own branch.")
        return branch_id

    def _collector(self, s: Session, collector_id: int) -> User:
        u = s.get(User, collector_id)
        if u is None or u.role != Role.COLLECTOR.value:
            raise NotFound(f"催收员 #{collector_id} 不存在。", en=f"Collector #{collector_id} does not exist.")
        if not u.active:
            raise ValidationError(f"催收员 {u.display_name} 已停用，不能分配案件。",
                                  en=f"Collector {u.display_name} is deactivated and cannot be assigned cases.")
        if u.branch_id != self.actor.branch_id and not can_see_all_branches(self.actor):
            raise PermissionDenied("权限不足：只能分配给本营业部的催收员。",
                                   en="Insufficient permission: cases can only be assigned to collectors of your "
                                      "own branch.")
        return u

    def _set(self, s: Session, case: Case, collector: User, now, *, auto: bool) -> None:  # noqa: ANN001
        before = {"assigned_to_id": case.assigned_to_id}
        case.assigned_to_id = collector.id
        case.updated_by_id = self.actor.user_id
        s.flush()
        audit.record(s, self.actor, "case.assign", entity="case", entity_id=case.id, case_id=case.id, at=now,
                     before=before, after={"assigned_to_id": collector.id, "auto": auto},
                     detail=f"{'自动' if auto else ''}分配给 {collector.display_name}")
