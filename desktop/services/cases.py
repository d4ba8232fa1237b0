"""Case use cases: read one case, edit what staff own (next action, notes), with scope and versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Case, CaseNote
from desktop.services import audit
from desktop.services.context import Actor, Service, ensure_version
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.permissions import Perm, allowed, requires


def can_see_all_branches(actor: Actor) -> bool:
    return allowed(actor.role, Perm.CASE_VIEW_ALL_BRANCHES)


def load_case_in_scope(s: Session, actor: Actor, case_id: int, *, for_update: bool = False) -> Case:
    """The case, if it exists and lies in the actor's branch scope; one clear sentence otherwise."""
    c = s.get(Case, case_id)
    if c is None:
        raise NotFound(f"案件 #{case_id} 不存在。")
    if not can_see_all_branches(actor) and c.branch_id != actor.branch_id:
        raise PermissionDenied("权限不足：该案件属于其他营业部，你只能处理本营业部的案件。")
    return c


@dataclass(frozen=True)
class CaseRef:
    id: int
    contract_no: str
    customer_name: str
    status: str
    next_action_date: date | None
    version: int


def _ref(c: Case) -> CaseRef:
    return CaseRef(c.id, c.contract_no, c.customer_name, c.status, c.next_action_date, c.version)


class CaseService(Service):
    @requires(Perm.CASE_VIEW)
    def get_ref(self, case_id: int) -> CaseRef:
        with self.read() as s:
            return _ref(load_case_in_scope(s, self.actor, case_id))

    @requires(Perm.CASE_EDIT)
    def set_next_action(self, case_id: int, when: date | None, expected_version: int) -> CaseRef:
        with self.tx() as s:
            c = load_case_in_scope(s, self.actor, case_id)
            ensure_version(s, c, "case", expected_version)
            before = {"next_action_date": c.next_action_date}
            c.next_action_date = when
            c.updated_by_id = self.actor.user_id
            s.flush()
            audit.record(s, self.actor, "case.next_action", entity="case", entity_id=c.id, case_id=c.id,
                         before=before, after={"next_action_date": when})
            return _ref(c)

    @requires(Perm.CASE_EDIT)
    def add_note(self, case_id: int, text: str) -> int:
        text = (text or "").strip()
        if not text:
            raise ValidationError("备注不能为空。")
        if len(text) > 2000:
            raise ValidationError("备注太长：最多 2000 字。")
        with self.tx() as s:
            c = load_case_in_scope(s, self.actor, case_id)
            n = CaseNote(case_id=c.id, text=text, created_by_id=self.actor.user_id)
            s.add(n)
            s.flush()
            audit.record(s, self.actor, "case.note", entity="case", entity_id=c.id, case_id=c.id,
                         after={"note_id": n.id, "text": text})
            return n.id

    @requires(Perm.CASE_VIEW)
    def notes(self, case_id: int) -> list[tuple[int, str]]:
        with self.read() as s:
            load_case_in_scope(s, self.actor, case_id)
            return [(n.id, n.text) for n in s.scalars(select(CaseNote).where(CaseNote.case_id == case_id)
                                                       .order_by(CaseNote.id))]
