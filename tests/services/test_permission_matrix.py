"""Every service entry point, tried by every role that the matrix forbids: each is refused before it runs."""

from __future__ import annotations

import inspect

import pytest

from desktop.models.enums import Role
from desktop.services.context import Actor
from desktop.services.errors import PermissionDenied
from desktop.services.permissions import MATRIX
from tests.services.test_users_audit_permissions import _service_classes


def _entry_points():
    out = []
    for cls in _service_classes():
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            perm = getattr(fn, "__permission__", "missing")
            if name.startswith("_") or perm in (None, "missing"):
                continue
            out.append((cls, name, perm))
    return out


CASES = [(role, cls, name, perm) for cls, name, perm in _entry_points() for role in Role if perm not in MATRIX[role]]


def test_there_are_forbidden_actions_for_every_role():
    roles = {c[0] for c in CASES}
    assert roles == set(Role)


@pytest.mark.parametrize(("role", "cls", "name", "perm"), CASES,
                         ids=[f"{c[0].value}-{c[1].__name__}.{c[2]}" for c in CASES])
def test_forbidden_action_is_refused(sqlite_db, role, cls, name, perm):
    actor = Actor(999, f"x_{role.value}", "测试", role.value, 1, "某营业部")
    svc = cls(sqlite_db, actor)
    fn = getattr(svc, name)
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: None for p in inspect.signature(fn).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind is p.KEYWORD_ONLY}
    with pytest.raises(PermissionDenied, match="权限不足"):
        fn(*[None] * len(params), **kwargs)


def test_a_signed_out_caller_is_refused_too(sqlite_db):
    from desktop.services.caselist import CaseListService, CaseQuery

    with pytest.raises(PermissionDenied, match="未登录"):
        CaseListService(sqlite_db, None).page(CaseQuery())
