"""Foundation services: users, sign-in, permissions, audit chain, version counters."""

from __future__ import annotations

import inspect
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text, update

from desktop.models import AuditEvent, User
from desktop.services import audit
from desktop.services.auditlog import AuditService
from desktop.services.cases import CaseService
from desktop.services.context import Clock, Service
from desktop.services.errors import AuthError, ConflictError, PermissionDenied, ValidationError
from desktop.services.permissions import MATRIX, Perm
from desktop.services.users import UserService
from tests.conftest import PASSWORD


def audit_count(db) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count(AuditEvent.id)))


def last_event(db) -> AuditEvent:
    with db.session_factory() as s:
        return s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


# ---------------------------------------------------------------------------------------------- users
def test_create_user_writes_audit_event_with_after_state(world):
    n = audit_count(world.db)
    info = UserService(world.db, world.admin).create_user("c3", "赵磊", "collector", "北京朝阳营业部", "pass1234", "E1003")
    assert info.role_label == "催收员" and info.branch_name == "北京朝阳营业部"
    assert audit_count(world.db) == n + 1
    ev = last_event(world.db)
    assert ev.action == "user.create" and ev.user_login == "admin" and ev.entity_id == info.id
    assert ev.after["login"] == "c3" and ev.after["role"] == "collector"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": "boss"}, "未知角色「boss」"),
        ({"login": "c1"}, "登录名「c1」已存在"),
        ({"branch": "火星营业部"}, "营业部「火星营业部」不存在"),
        ({"password": "short1"}, "密码太短"),
        ({"password": "onlyletters"}, "字母和数字"),
        ({"branch": None}, "必须属于一个营业部"),
        ({"employee_no": "E1001"}, "工号「E1001」已被"),
    ],
)
def test_bad_user_input_is_refused_and_nothing_written(world, kwargs, message):
    args = {"login": "newbie", "display_name": "新人", "role": "collector", "branch": "北京朝阳营业部",
            "password": "pass1234", "employee_no": None} | kwargs
    before = audit_count(world.db)
    with world.db.session_factory() as s:
        users_before = s.scalar(select(func.count(User.id)))
    with pytest.raises(ValidationError, match=message):
        UserService(world.db, world.admin).create_user(**args)
    assert audit_count(world.db) == before
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count(User.id))) == users_before


def test_role_may_be_given_in_chinese(world):
    info = UserService(world.db, world.admin).create_user("s2", "周主管", "主管", "北京海淀营业部", "pass1234")
    assert info.role == "supervisor"


def test_wrong_password_then_lockout_after_five_failures(world):
    class Frozen(Clock):
        t = None

        def now(self):
            return self.t

    clock = Frozen()
    clock.t = Clock().now()
    svc = UserService(world.db, None, clock)
    for i in range(4):
        with pytest.raises(AuthError, match=f"还可尝试 {4 - i} 次"):
            svc.authenticate("c1", "wrong-password")
    with pytest.raises(AuthError, match="已锁定 15 分钟"):
        svc.authenticate("c1", "wrong-password")
    # even the right password is refused while locked
    with pytest.raises(AuthError, match="分钟后再试"):
        svc.authenticate("c1", PASSWORD)
    assert last_event(world.db).action in ("user.locked",)
    clock.t += timedelta(minutes=15, seconds=1)
    assert svc.authenticate("c1", PASSWORD).login == "c1"


def test_unknown_and_deactivated_users_cannot_sign_in(world):
    svc = UserService(world.db, world.admin)
    with pytest.raises(AuthError, match="登录名或密码错误"):
        svc.authenticate("nobody", PASSWORD)
    c2 = next(u for u in svc.list_users() if u.login == "c2")
    svc.deactivate(c2.id, expected_version=c2.version)
    with pytest.raises(AuthError):
        svc.authenticate("c2", PASSWORD)


def test_change_password_checks_old_password_and_policy(world):
    svc = UserService(world.db, world.collector)
    with pytest.raises(AuthError, match="原密码不正确"):
        svc.change_password("nope", "newpass123")
    with pytest.raises(ValidationError, match="密码太短"):
        svc.change_password(PASSWORD, "a1")
    svc.change_password(PASSWORD, "newpass123")
    assert UserService(world.db, None).authenticate("c1", "newpass123").login == "c1"


def test_admin_reset_forces_change_at_next_login(world):
    svc = UserService(world.db, world.admin)
    c1 = next(u for u in svc.list_users() if u.login == "c1")
    svc.reset_password(c1.id, "temp12345")
    assert svc.get_user(c1.id).must_change_password is True
    assert last_event(world.db).action == "user.reset_password"


# -------------------------------------------------------------------------------------- permissions
@pytest.mark.parametrize("who", ["collector", "supervisor", "manager"])
def test_only_admin_manages_users(world, who):
    actor = getattr(world, who)
    before = audit_count(world.db)
    with pytest.raises(PermissionDenied, match="权限不足"):
        UserService(world.db, actor).create_user("x1", "某人", "collector", "北京朝阳营业部", "pass1234")
    assert audit_count(world.db) == before


def test_collectors_cannot_verify_the_audit_log(world):
    with pytest.raises(PermissionDenied):
        AuditService(world.db, world.collector).verify()
    assert AuditService(world.db, world.manager).verify().ok


def _service_classes():
    import importlib
    import pkgutil

    import desktop.services as pkg

    for m in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"desktop.services.{m.name}")

    def walk(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    return sorted(set(walk(Service)), key=lambda c: c.__name__)


def test_every_service_entry_point_declares_a_permission():
    missing = []
    classes = _service_classes()
    assert len(classes) >= 3
    for cls in classes:
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_") or fn.__qualname__.split(".")[0] == "Service":
                continue
            if not hasattr(fn, "__permission__"):
                missing.append(f"{cls.__name__}.{name}")
    assert not missing, f"entry points without a declared permission: {missing}"


def test_matrix_admin_does_no_case_work_and_collector_no_admin():
    assert Perm.CASE_EDIT not in MATRIX["admin"] and Perm.VISIT_SCHEDULE not in MATRIX["admin"]
    assert Perm.USER_ADMIN not in MATRIX["collector"] and Perm.PII_REVEAL not in MATRIX["collector"]
    assert MATRIX["collector"] < MATRIX["supervisor"] < MATRIX["manager"]


def test_an_unknown_role_has_no_rights_and_is_named_in_the_refusal():
    """A role this program does not know (say, written by a newer version) is refused everything with the
    usual one-sentence error, not a crash."""
    from types import SimpleNamespace

    from desktop.services.permissions import check

    with pytest.raises(PermissionDenied) as e:
        check(SimpleNamespace(role="auditor", login="x"), Perm.CASE_VIEW)
    assert "角色「auditor」不能查看案件" in str(e.value)
    assert 'the role "auditor" cannot view cases' in e.value.text("en")
    with pytest.raises(PermissionDenied, match="未登录"):
        check(None, Perm.CASE_VIEW)


# -------------------------------------------------------------------------------------------- audit
def test_audit_chain_verifies_and_detects_edit_and_delete(world):
    svc = AuditService(world.db, world.manager)
    report = svc.verify()
    assert report.ok and report.checked >= 8
    with world.db.session_factory.begin() as s:
        ids = list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
        target = ids[3]
        original = s.get(AuditEvent, target).detail
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(detail="悄悄改过"))
    bad = svc.verify()
    assert not bad.ok and bad.first_broken_id == target and "被修改" in bad.message
    with world.db.session_factory.begin() as s:  # restore, then delete another one
        s.execute(update(AuditEvent).where(AuditEvent.id == target).values(detail=original))
    ev = s = None
    with world.db.session_factory() as s:
        ev = s.get(AuditEvent, target)
        assert audit.event_hash(ev, ev.prev_hash) == ev.hash  # restored
    with world.db.session_factory.begin() as s:
        s.execute(text("DELETE FROM audit_events WHERE id = :i"), {"i": ids[5]})
    bad = svc.verify()
    assert not bad.ok and bad.first_broken_id == ids[6] and "删除" in bad.message


# ------------------------------------------------------------------------------------------ versions
def _a_case(world) -> int:
    from desktop.services.demo import seed_demo

    seed_demo(world.db, 5, seed=3)
    from desktop.models import Case

    with world.db.session_factory() as s:
        return s.scalar(select(Case.id).where(Case.branch_id == world.branch_id).limit(1)) or s.scalar(
            select(Case.id).limit(1))


def test_stale_write_is_refused_naming_who_and_when(world):
    case_id = _a_case(world)
    sup = CaseService(world.db, world.manager)
    ref = sup.get_ref(case_id)
    sup.set_next_action(case_id, ref.next_action_date, ref.version)  # mgr saves first
    from datetime import date

    with pytest.raises(ConflictError, match=r"已被 mgr 于 \d{4}-\d\d-\d\d \d\d:\d\d 修改.*请刷新"):
        sup.set_next_action(case_id, date(2026, 12, 1), ref.version)  # based on the old copy
    fresh = sup.get_ref(case_id)
    assert fresh.version == ref.version + 1 and fresh.next_action_date == ref.next_action_date


def test_concurrent_flush_race_becomes_conflict(world):
    """Two sessions load the same case; the second UPDATE matches no row and is reported, not lost."""
    from desktop.models import Case

    case_id = _a_case(world)
    factory = world.db.session_factory
    s1, s2 = factory(), factory()
    c1, c2 = s1.get(Case, case_id), s2.get(Case, case_id)
    c1.priority = 5
    s1.commit()
    c2.priority = 9
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        s2.commit()
    s2.rollback()
    s1.close()
    s2.close()
    with factory() as s:
        assert s.get(Case, case_id).priority == 5


def test_every_service_write_leaves_an_audit_event(world):
    case_id = _a_case(world)
    svc = CaseService(world.db, world.manager)
    n = audit_count(world.db)
    ref = svc.get_ref(case_id)
    svc.set_next_action(case_id, None, ref.version)
    svc.add_note(case_id, "客户说下周发工资")
    assert audit_count(world.db) == n + 2
    assert last_event(world.db).action == "case.note" and last_event(world.db).case_id == case_id


def test_collector_cannot_touch_another_branchs_case(world):
    from desktop.models import Case

    _a_case(world)
    with world.db.session_factory() as s:
        other = s.scalar(select(Case.id).where(Case.branch_id != world.collector.branch_id).limit(1))
    if other is None:
        pytest.skip("demo put every case in one branch")
    with pytest.raises(PermissionDenied, match="其他营业部"):
        CaseService(world.db, world.collector).add_note(other, "x")


def test_login_names_are_one_per_name_whatever_the_case_and_ascii_only(world):
    """"C01" next to "c01" would be two accounts a person cannot tell apart; "张三" breaks the stated rule."""
    users = UserService(world.db, world.admin)
    info = users.create_user("Wang.Fang_2", "王芳二", "collector", "北京朝阳营业部", PASSWORD, "E2001")
    assert info.login == "wang.fang_2"
    with pytest.raises(ValidationError, match="已存在"):
        users.create_user("WANG.FANG_2", "王芳三", "collector", "北京朝阳营业部", PASSWORD, "E2002")
    for bad in ("张三", "a b", "x-y", ""):
        with pytest.raises(ValidationError, match="只能用英文字母") as e:
            users.create_user(bad, "某人", "collector", "北京朝阳营业部", PASSWORD, "E2003")
        assert "letters a–z" in e.value.text("en")
    # signing in does not depend on the case either
    assert users.authenticate("Wang.FANG_2", PASSWORD).login == "wang.fang_2"
    with world.db.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(User).where(func.lower(User.login) == "wang.fang_2")) == 1


def test_administration_events_say_what_happened_in_the_log(world):
    """The audit log's detail column names whom an administrator created, reset, changed or reactivated."""
    users = UserService(world.db, world.admin)
    info = users.create_user("c7", "孙磊", "collector", "北京朝阳营业部", PASSWORD, "E1007")
    assert last_event(world.db).detail == "新建用户 c7（孙磊，催收员，北京朝阳营业部）"
    users.reset_password(info.id, "temp12345")
    assert last_event(world.db).detail == "重置 c7（孙磊）的密码，下次登录须修改"
    info = users.update_user(info.id, display_name="孙蕾", role="collector", branch="北京朝阳营业部",
                             employee_no="E1007", expected_version=users.get_user(info.id).version)
    assert last_event(world.db).detail == "修改用户 c7：display_name 孙磊 → 孙蕾"
    off = users.deactivate(info.id, info.version)
    users.reactivate(info.id, off.version)
    assert last_event(world.db).detail == "重新启用账户 c7（孙蕾）"
