"""The permission matrix: one declared table of which role may do what.

Every service entry point is decorated with :func:`requires`, which checks the acting user's role before
the action runs; a test enumerates the entry points and fails when one declares no permission. Data scope
(a collector sees his or her branch only) is applied by the queries through :func:`branch_scope`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from desktop.models.enums import ROLE_LABELS, Role
from desktop.services.errors import PermissionDenied


class Perm(StrEnum):
    CASE_VIEW = "case.view"
    CASE_VIEW_ALL_BRANCHES = "case.view_all_branches"
    CASE_EDIT = "case.edit"
    CASE_ASSIGN = "case.assign"
    PII_REVEAL = "pii.reveal"
    IMPORT_RUN = "import.run"
    EXPORT_CASES = "export.cases"
    ASSESS = "assess"
    PLAN_EDIT = "plan.edit"
    PLAN_APPROVE_SUPERVISOR = "plan.approve.supervisor"
    PLAN_APPROVE_MANAGER = "plan.approve.manager"
    VISIT_SCHEDULE = "visit.schedule"
    VISIT_APPROVE_OVERRIDE = "visit.approve_override"
    OUTCOME_RECORD = "outcome.record"
    PAYMENT_RECORD = "payment.record"
    TASK_WORK = "task.work"
    COMPLAINT_RESOLVE = "complaint.resolve"
    REPORT_VIEW = "report.view"
    AUDIT_VIEW = "audit.view"
    USER_ADMIN = "user.admin"
    SETTINGS_ADMIN = "settings.admin"
    BACKUP = "backup"
    SELF = "self"  # actions on one's own account (change own password)


_COLLECTOR = {
    Perm.CASE_VIEW, Perm.CASE_EDIT, Perm.ASSESS, Perm.PLAN_EDIT, Perm.VISIT_SCHEDULE, Perm.OUTCOME_RECORD,
    Perm.PAYMENT_RECORD, Perm.TASK_WORK, Perm.SELF,
}
_SUPERVISOR = _COLLECTOR | {
    Perm.CASE_ASSIGN, Perm.PII_REVEAL, Perm.IMPORT_RUN, Perm.EXPORT_CASES, Perm.PLAN_APPROVE_SUPERVISOR,
    Perm.VISIT_APPROVE_OVERRIDE, Perm.COMPLAINT_RESOLVE, Perm.REPORT_VIEW,
}
_MANAGER = _SUPERVISOR | {
    Perm.CASE_VIEW_ALL_BRANCHES, Perm.PLAN_APPROVE_MANAGER, Perm.AUDIT_VIEW, Perm.BACKUP,
}
_ADMIN = {
    Perm.USER_ADMIN, Perm.SETTINGS_ADMIN, Perm.IMPORT_RUN, Perm.AUDIT_VIEW, Perm.BACKUP, Perm.SELF,
    Perm.CASE_VIEW, Perm.CASE_VIEW_ALL_BRANCHES,
}

MATRIX: dict[Role, frozenset[Perm]] = {
    Role.COLLECTOR: frozenset(_COLLECTOR),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(_ADMIN),
}

PERM_LABELS: dict[Perm, str] = {
    Perm.CASE_VIEW: "查看案件",
    Perm.CASE_VIEW_ALL_BRANCHES: "查看所有营业部的案件",
    Perm.CASE_EDIT: "编辑案件",
    Perm.CASE_ASSIGN: "分配案件",
    Perm.PII_REVEAL: "查看完整证件号和手机号",
    Perm.IMPORT_RUN: "导入数据",
    Perm.EXPORT_CASES: "导出案件",
    Perm.ASSESS: "风险评估",
    Perm.PLAN_EDIT: "制定催收方案",
    Perm.PLAN_APPROVE_SUPERVISOR: "审批减免（主管额度）",
    Perm.PLAN_APPROVE_MANAGER: "审批减免（经理额度）",
    Perm.VISIT_SCHEDULE: "安排外访",
    Perm.VISIT_APPROVE_OVERRIDE: "批准时段外上门",
    Perm.OUTCOME_RECORD: "登记外访结果",
    Perm.PAYMENT_RECORD: "登记回款",
    Perm.TASK_WORK: "处理跟进任务",
    Perm.COMPLAINT_RESOLVE: "处理投诉",
    Perm.REPORT_VIEW: "查看报表",
    Perm.AUDIT_VIEW: "查看审计日志",
    Perm.USER_ADMIN: "管理用户",
    Perm.SETTINGS_ADMIN: "修改系统设置",
    Perm.BACKUP: "备份与恢复",
    Perm.SELF: "修改本人密码",
}

PERM_LABELS_EN: dict[Perm, str] = {
    Perm.CASE_VIEW: "view cases",
    Perm.CASE_VIEW_ALL_BRANCHES: "view the cases of all branches",
    Perm.CASE_EDIT: "edit cases",
    Perm.CASE_ASSIGN: "assign cases",
    Perm.PII_REVEAL: "view full ID and mobile numbers",
    Perm.IMPORT_RUN: "import data",
    Perm.EXPORT_CASES: "export cases",
    Perm.ASSESS: "assess risk",
    Perm.PLAN_EDIT: "draw up collection plans",
    Perm.PLAN_APPROVE_SUPERVISOR: "approve waivers (supervisor limit)",
    Perm.PLAN_APPROVE_MANAGER: "approve waivers (manager limit)",
    Perm.VISIT_SCHEDULE: "schedule visits",
    Perm.VISIT_APPROVE_OVERRIDE: "approve visits outside permitted hours",
    Perm.OUTCOME_RECORD: "record visit outcomes",
    Perm.PAYMENT_RECORD: "record payments",
    Perm.TASK_WORK: "work on follow-up tasks",
    Perm.COMPLAINT_RESOLVE: "handle complaints",
    Perm.REPORT_VIEW: "view reports",
    Perm.AUDIT_VIEW: "view the audit log",
    Perm.USER_ADMIN: "manage users",
    Perm.SETTINGS_ADMIN: "change system settings",
    Perm.BACKUP: "back up and restore",
    Perm.SELF: "change their own password",
}

ROLE_LABELS_EN: dict[Role, str] = {
    Role.COLLECTOR: "Collector",
    Role.SUPERVISOR: "Supervisor",
    Role.MANAGER: "Manager",
    Role.ADMIN: "Administrator",
}


_ROLE_VALUES = {r.value for r in Role}


def allowed(role: str, perm: Perm) -> bool:
    try:
        return perm in MATRIX[Role(role)]
    except ValueError:
        return False


def check(actor: Any, perm: Perm) -> None:  # noqa: ANN401 - any object with .role / .login
    if actor is None or not allowed(actor.role, perm):
        known = Role(actor.role) if actor is not None and actor.role in _ROLE_VALUES else None
        if actor is None:
            role, who_en = "未登录", "a user who is not signed in"
        elif known is None:  # a role this program does not know (e.g. written by a newer version): no rights
            role, who_en = f"角色「{actor.role}」", f"the role \"{actor.role}\""
        else:
            role, who_en = ROLE_LABELS.get(known, actor.role), f"the {ROLE_LABELS_EN.get(known, actor.role)} role"
        raise PermissionDenied(
            f"权限不足：{role}不能{PERM_LABELS[perm]}。如需办理，请联系主管或管理员。",
            en=f"Insufficient permission: {who_en} cannot {PERM_LABELS_EN[perm]}. "
               "If you need this done, contact a supervisor or an administrator.")


F = TypeVar("F", bound=Callable[..., Any])


def requires(perm: Perm) -> Callable[[F], F]:
    """Declare (and enforce) the permission a service method needs. ``self.actor`` is checked."""

    def deco(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            check(self.actor, perm)
            return fn(self, *args, **kwargs)

        wrapper.__permission__ = perm  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return deco


def public(fn: F) -> F:
    """Mark an entry point that needs no signed-in user (login itself)."""
    fn.__permission__ = None  # type: ignore[attr-defined]
    return fn
