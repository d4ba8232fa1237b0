"""AssignmentService: manual assignment with scope and versions, automatic assignment balanced by count and
overdue total with a customer's cases kept together, preview then apply with conflict detection."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Case, User
from desktop.services.assignment import AssignmentService, AutoAssignPreview
from desktop.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desktop.services.users import UserService
from tests.conftest import PASSWORD
from tests.services.followup_data import make_case


def _assigned(db, case_id):  # noqa: ANN001, ANN202
    with db.session_factory() as s:
        return s.get(Case, case_id).assigned_to_id


def _version(db, case_id):  # noqa: ANN001, ANN202
    with db.session_factory() as s:
        return s.get(Case, case_id).version


def test_manual_assign_audited_and_idempotent(world):  # noqa: ANN001
    svc = AssignmentService(world.db, world.supervisor)
    a, b = make_case(world.db, world.branch_id), make_case(world.db, world.branch_id)
    assert svc.assign([a, b], world.collector.user_id) == 2
    assert _assigned(world.db, a) == world.collector.user_id
    assert svc.assign([a], world.collector.user_id) == 0
    assert svc.assign([a], world.collector2.user_id, {a: _version(world.db, a)}) == 1
    with world.db.session_factory() as s:
        evs = s.scalars(select(AuditEvent).where(AuditEvent.action == "case.assign", AuditEvent.case_id == a)).all()
        assert [e.after["assigned_to_id"] for e in evs] == [world.collector.user_id, world.collector2.user_id]
        assert evs[1].before == {"assigned_to_id": world.collector.user_id}


def test_manual_assign_refusals(world):  # noqa: ANN001
    svc = AssignmentService(world.db, world.supervisor)
    a = make_case(world.db, world.branch_id)
    foreign = make_case(world.db, world.other_branch_id)
    with pytest.raises(PermissionDenied):
        AssignmentService(world.db, world.collector).assign([a], world.collector.user_id)
    with pytest.raises(PermissionDenied):
        svc.assign([a], world.other_collector.user_id)
    with pytest.raises(PermissionDenied):
        svc.assign([foreign], world.collector.user_id)
    with pytest.raises(ValidationError, match="不属于"):
        AssignmentService(world.db, world.manager).assign([foreign], world.collector.user_id)
    with pytest.raises(NotFound):
        svc.assign([a], world.supervisor.user_id)  # not a collector
    with pytest.raises(ConflictError):
        svc.assign([a], world.collector.user_id, {a: _version(world.db, a) - 1 if _version(world.db, a) > 1 else 99})
    with world.db.session_factory.begin() as s:
        s.get(User, world.collector2.user_id).active = False
    with pytest.raises(ValidationError, match="已停用"):
        svc.assign([a], world.collector2.user_id)
    with pytest.raises(ValidationError, match="请先选择"):
        svc.assign([], world.collector.user_id)
    assert _assigned(world.db, a) is None


def _add_collector(world, login: str, name: str, emp: str) -> int:  # noqa: ANN001
    UserService(world.db, world.admin).create_user(login, name, "collector", "北京朝阳营业部", PASSWORD, emp)
    with world.db.session_factory() as s:
        return s.scalar(select(User.id).where(User.login == login))


def test_auto_assign_balances_count_and_total_and_keeps_customers_together(world):  # noqa: ANN001
    c3 = _add_collector(world, "c3", "赵磊", "E1003")
    ids = [world.collector.user_id, world.collector2.user_id, c3]
    # existing load: collector 1 already carries two big cases
    for total in ("50000.00", "40000.00"):
        make_case(world.db, world.branch_id, total=total, assigned=world.collector.user_id)
    totals = [f"{1000 + 700 * k}.00" for k in range(24)]
    new = [make_case(world.db, world.branch_id, total=t) for t in totals]
    # a customer with two unassigned cases, and a customer whose other case is already with collector 2
    with world.db.session_factory() as s:
        cust_a = s.get(Case, new[0]).customer_id
    pair = make_case(world.db, world.branch_id, total="1500.00", customer_id=cust_a)
    owned = make_case(world.db, world.branch_id, total="2000.00", assigned=world.collector2.user_id)
    with world.db.session_factory() as s:
        cust_b = s.get(Case, owned).customer_id
    follower = make_case(world.db, world.branch_id, total="90000.00", customer_id=cust_b)
    make_case(world.db, world.branch_id, total="7000.00", status="closed")  # closed: left alone
    make_case(world.db, world.other_branch_id)  # other branch: left alone

    svc = AssignmentService(world.db, world.supervisor)
    p = svc.preview_auto()
    assert isinstance(p, AutoAssignPreview) and p.branch_id == world.branch_id
    assert p.case_count == 26
    by_case = {r.case_id: r for r in p.rows}
    assert by_case[new[0]].collector_id == by_case[pair].collector_id
    assert by_case[follower].collector_id == world.collector2.user_id
    loads = {x.collector_id: x for x in p.collectors}
    assert set(loads) == set(ids)
    assert loads[world.collector.user_id].existing_count == 2
    assert loads[world.collector.user_id].existing_total == Decimal("90000.00")
    assert sum(x.new_count for x in p.collectors) == 26
    assert p.total == sum((x.new_total for x in p.collectors), Decimal(0))
    # balanced: collector 1 (heavy existing) gets the fewest new cases; final counts within a few of each other
    assert loads[world.collector.user_id].new_count < loads[c3].new_count
    counts = [x.count for x in p.collectors]
    assert max(counts) - min(counts) <= 5, [(x.count, x.total) for x in p.collectors]
    # nothing written yet
    assert _assigned(world.db, new[0]) is None
    assert svc.apply_auto(p) == 26
    assert _assigned(world.db, new[0]) == by_case[new[0]].collector_id
    assert svc.preview_auto().case_count == 0
    with world.db.session_factory() as s:
        assert s.scalar(select(AuditEvent.after).where(AuditEvent.action == "case.auto_assign"))["cases"] == 26


def test_apply_auto_conflict_writes_nothing(world):  # noqa: ANN001
    a, b = make_case(world.db, world.branch_id), make_case(world.db, world.branch_id)
    svc = AssignmentService(world.db, world.supervisor)
    p = svc.preview_auto()
    assert p.case_count == 2
    svc.assign([b], world.collector.user_id)  # someone assigns b meanwhile
    with pytest.raises(ConflictError, match="重新预览"):
        svc.apply_auto(p)
    assert _assigned(world.db, a) is None


def test_auto_assign_scope_and_empty_branch(world):  # noqa: ANN001
    with pytest.raises(PermissionDenied):
        AssignmentService(world.db, world.supervisor).preview_auto(world.other_branch_id)
    make_case(world.db, world.other_branch_id)
    mgr = AssignmentService(world.db, world.manager)
    p = mgr.preview_auto(world.other_branch_id)
    assert p.case_count == 1 and p.rows[0].collector_id == world.other_collector.user_id
    with world.db.session_factory.begin() as s:
        s.get(User, world.other_collector.user_id).active = False
    with pytest.raises(ValidationError, match="没有在岗的催收员"):
        mgr.preview_auto(world.other_branch_id)
    with pytest.raises(ValidationError):
        mgr.apply_auto(p)  # the collector was deactivated since the preview
