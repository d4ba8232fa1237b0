"""Administrators edit an existing user (name, role, branch, employee no.) and reactivate a deactivated one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Case, User
from desktop.services.errors import AuthError, ConflictError, PermissionDenied, ValidationError
from desktop.services.users import UserService
from tests.conftest import PASSWORD
from tests.services.test_users_audit_permissions import audit_count, last_event


def row(db, login: str) -> dict:
    with db.session_factory() as s:
        u = s.scalar(select(User).where(User.login == login))
        return {"display_name": u.display_name, "role": u.role, "branch_id": u.branch_id,
                "employee_no": u.employee_no, "active": u.active, "version": u.version}


def user(svc: UserService, login: str):
    return next(u for u in svc.list_users(active_only=False) if u.login == login)


def edit(svc: UserService, login: str, **changes):
    u = user(svc, login)
    args = {"display_name": u.display_name, "role": u.role, "branch": u.branch_name,
            "employee_no": u.employee_no, "expected_version": u.version} | changes
    return svc.update_user(u.id, **args)


def test_edit_name_role_branch_and_employee_no_is_audited_with_before_and_after(world):
    svc = UserService(world.db, world.admin)
    c1 = user(svc, "c1")
    n = audit_count(world.db)
    info = svc.update_user(c1.id, display_name="  王芳芳 ", role="supervisor", branch="北京海淀营业部",
                           employee_no="E2001", expected_version=c1.version)
    assert (info.display_name, info.role, info.role_label, info.branch_name, info.employee_no) == (
        "王芳芳", "supervisor", "主管", "北京海淀营业部", "E2001")
    assert info.version == c1.version + 1 and info.active and info.login == "c1"
    assert row(world.db, "c1") | {} == {"display_name": "王芳芳", "role": "supervisor",
                                        "branch_id": world.other_branch_id, "employee_no": "E2001",
                                        "active": True, "version": c1.version + 1}
    assert audit_count(world.db) == n + 1
    ev = last_event(world.db)
    assert (ev.action, ev.entity, ev.entity_id, ev.user_login) == ("user.update", "user", c1.id, "admin")
    assert ev.before == {"login": "c1", "display_name": "王芳", "employee_no": "E1001", "role": "collector",
                         "branch_id": world.branch_id, "active": True}
    assert ev.after == {"login": "c1", "display_name": "王芳芳", "employee_no": "E2001", "role": "supervisor",
                        "branch_id": world.other_branch_id, "active": True}
    # the user signs in with the new role and branch
    actor = UserService(world.db, None).authenticate("c1", PASSWORD)
    assert (actor.name, actor.role, actor.branch_id) == ("王芳芳", "supervisor", world.other_branch_id)


def test_role_in_chinese_no_branch_for_a_manager_and_employee_no_cleared(world):
    svc = UserService(world.db, world.admin)
    info = edit(svc, "mgr", role="经理", branch=None, employee_no="  ")
    assert (info.role, info.branch_id, info.branch_name, info.employee_no) == ("manager", None, None, None)


def test_an_admin_may_rename_himself_and_keeps_his_role(world):
    svc = UserService(world.db, world.admin)
    info = edit(svc, "admin", display_name="系统管理员（张）")
    assert info.display_name == "系统管理员（张）" and info.role == "admin"


@pytest.mark.parametrize(
    ("login", "changes", "message"),
    [
        ("c1", {"display_name": "   "}, "姓名不能为空"),
        ("c1", {"role": "boss"}, "未知角色「boss」"),
        ("c1", {"branch": "火星营业部"}, "营业部「火星营业部」不存在。现有：北京朝阳营业部、北京海淀营业部"),
        ("c1", {"branch": None}, "催收员必须属于一个营业部"),
        ("mgr", {"role": "supervisor", "branch": None}, "主管必须属于一个营业部"),
        ("c1", {"employee_no": "E1002"}, "工号「E1002」已被其他用户使用"),
        ("admin", {"role": "manager"}, "不能取消自己的管理员角色。"),
    ],
)
def test_bad_edits_are_refused_and_nothing_written(world, login, changes, message):
    svc = UserService(world.db, world.admin)
    before, n = row(world.db, login), audit_count(world.db)
    with pytest.raises(ValidationError, match=message):
        edit(svc, login, **changes)
    assert row(world.db, login) == before and audit_count(world.db) == n


def test_own_employee_no_is_not_a_duplicate(world):
    svc = UserService(world.db, world.admin)
    info = edit(svc, "c1", display_name="王芳2", employee_no="E1001")
    assert info.employee_no == "E1001" and info.display_name == "王芳2"


def test_stale_version_is_a_conflict_and_changes_nothing(world):
    svc = UserService(world.db, world.admin)
    old = user(svc, "c2")
    edit(svc, "c2", display_name="刘洋洋")  # someone saves first
    after_first, n = row(world.db, "c2"), audit_count(world.db)
    with pytest.raises(ConflictError, match=r"该用户已被 admin 于 .* 修改，你的修改未保存。请刷新后再改。"):
        svc.update_user(old.id, display_name="刘阳", role="supervisor", branch=old.branch_name,
                        employee_no=old.employee_no, expected_version=old.version)
    assert row(world.db, "c2") == after_first and after_first["display_name"] == "刘洋洋"
    assert audit_count(world.db) == n


def test_saving_without_changes_writes_nothing(world):
    svc = UserService(world.db, world.admin)
    before, n = row(world.db, "sup"), audit_count(world.db)
    info = edit(svc, "sup", display_name=" 张主管 ", employee_no="E0101 ")
    assert info.version == before["version"]
    assert row(world.db, "sup") == before and audit_count(world.db) == n


@pytest.mark.parametrize("who", ["collector", "supervisor", "manager"])
def test_only_admin_edits_and_reactivates_users(world, who):
    c2 = user(UserService(world.db, world.admin), "c2")
    svc = UserService(world.db, getattr(world, who))
    before, n = row(world.db, "c2"), audit_count(world.db)
    with pytest.raises(PermissionDenied, match="权限不足"):
        svc.update_user(c2.id, display_name="某人", role="collector", branch="北京朝阳营业部", employee_no=None,
                        expected_version=c2.version)
    with pytest.raises(PermissionDenied, match="权限不足"):
        svc.reactivate(c2.id, c2.version)
    assert row(world.db, "c2") == before and audit_count(world.db) == n


def test_a_collector_with_open_cases_keeps_role_and_branch_until_they_are_reassigned(world):
    from desktop.services.demo import seed_demo

    seed_demo(world.db, 20, seed=3)
    with world.db.session_factory() as s:
        holder_id = s.scalar(select(Case.assigned_to_id).where(Case.assigned_to_id.is_not(None),
                                                               Case.status != "closed").limit(1))
        login = s.get(User, holder_id).login
    svc = UserService(world.db, world.admin)
    before, n = row(world.db, login), audit_count(world.db)
    with pytest.raises(ValidationError, match=r"名下还有 \d+ 个未结案件：请先把这些案件改派给其他催收员"):
        edit(svc, login, role="supervisor")
    other = "北京海淀营业部" if before["branch_id"] == world.branch_id else "北京朝阳营业部"
    with pytest.raises(ValidationError, match="未结案件"):
        edit(svc, login, branch=other)
    assert row(world.db, login) == before and audit_count(world.db) == n
    assert edit(svc, login, display_name="改名可以").display_name == "改名可以"  # the name is not tied to cases
    # nor can the account be deactivated while it holds open cases: nobody would work them
    info = next(u for u in svc.list_users() if u.login == login)
    with pytest.raises(ValidationError, match=r"名下还有 \d+ 个未结案件.*释放这些案件") as e:
        svc.deactivate(info.id, info.version)
    assert "release them with the deactivation" in e.value.text("en")
    assert svc.get_user(info.id).active
    # someone leaving today is locked out at once: his cases become unassigned for the supervisor
    held = svc.open_case_count(info.id)
    assert held > 0
    with world.db.session_factory() as s:
        ids = set(s.scalars(select(Case.id).where(Case.assigned_to_id == holder_id, Case.status != "closed")))
    assert not svc.deactivate(info.id, info.version, release_cases=True).active
    assert svc.open_case_count(info.id) == 0
    with world.db.session_factory() as s:
        assert {c.assigned_to_id for c in s.scalars(select(Case).where(Case.id.in_(ids)))} == {None}
    ev = last_event(world.db)
    assert ev.action == "user.deactivate" and ev.after["released_cases"] == held == len(ids)
    assert f"释放其 {held} 个未结案件" in ev.detail
    with pytest.raises(AuthError):
        UserService(world.db, None).authenticate(login, PASSWORD)


def test_reactivate_lets_the_user_sign_in_again(world):
    svc = UserService(world.db, world.admin)
    c2 = user(svc, "c2")
    off = svc.deactivate(c2.id, expected_version=c2.version)
    with pytest.raises(AuthError):
        UserService(world.db, None).authenticate("c2", PASSWORD)
    with pytest.raises(ConflictError):
        svc.reactivate(c2.id, c2.version)  # the copy from before the deactivation
    n = audit_count(world.db)
    info = svc.reactivate(c2.id, off.version)
    assert info.active and info.version == off.version + 1
    ev = last_event(world.db)
    assert (ev.action, ev.entity_id, ev.before["active"], ev.after["active"]) == ("user.reactivate", c2.id,
                                                                                  False, True)
    assert audit_count(world.db) == n + 1
    assert UserService(world.db, None).authenticate("c2", PASSWORD).login == "c2"
    assert svc.reactivate(c2.id, info.version).version == info.version  # already active: nothing written
    assert audit_count(world.db) == n + 1 + 1  # only the sign-in above


def test_a_deactivated_user_may_be_corrected_and_stays_deactivated(world):
    svc = UserService(world.db, world.admin)
    c2 = user(svc, "c2")
    svc.deactivate(c2.id, expected_version=c2.version)
    info = edit(svc, "c2", display_name="刘洋（已离职）")
    assert info.display_name == "刘洋（已离职）" and not info.active


def test_a_new_user_needs_a_name(world):
    with pytest.raises(ValidationError, match="姓名不能为空"):
        UserService(world.db, world.admin).create_user("c3", "  ", "collector", "北京朝阳营业部", "pass1234")


def test_signing_in_does_not_make_the_admins_copy_stale(world):
    """Sign-in counters are not edits: the admin's screen, loaded before the user signed in, still saves."""
    svc = UserService(world.db, world.admin)
    seen = user(svc, "c1")
    UserService(world.db, None).authenticate("c1", PASSWORD)
    with pytest.raises(AuthError):
        UserService(world.db, None).authenticate("c1", "wrong-password1")
    info = svc.update_user(seen.id, display_name="王芳", role="supervisor", branch=seen.branch_name,
                           employee_no=seen.employee_no, expected_version=seen.version)
    assert info.role == "supervisor" and info.version == seen.version + 1
