"""Users and sign-in: argon2 password hashes, lockout after repeated failures, admin user management."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, func, select, update

from desktop.models import Branch, Case, User
from desktop.models.enums import OPEN_STATUSES, ROLE_LABELS, Role
from desktop.services import audit
from desktop.services.context import Actor, Service, ensure_version
from desktop.services.errors import AuthError, NotFound, ValidationError
from desktop.services.permissions import ROLE_LABELS_EN, Perm, public, requires

_hasher = PasswordHasher()

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LEN = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_policy(password: str, login: str = "") -> None:
    """At least 8 characters with letters and digits, not the login name."""
    if len(password) < MIN_PASSWORD_LEN:
        raise ValidationError(f"密码太短：至少 {MIN_PASSWORD_LEN} 位。",
                              en=f"The password is too short: at least {MIN_PASSWORD_LEN} characters.")
    if not any(c.isdigit() for c in password) or not any(c.isalpha() for c in password):
        raise ValidationError("密码须同时包含字母和数字。", en="The password must contain both letters and digits.")
    if login and password.lower() == login.lower():
        raise ValidationError("密码不能与登录名相同。", en="The password cannot be the same as the login name.")


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    employee_no: str | None
    role: str
    role_label: str
    branch_id: int | None
    branch_name: str | None
    active: bool
    must_change_password: bool
    version: int
    locked_until: datetime | None = None  # after five wrong passwords (the lock ends by itself)


def _info(u: User) -> UserInfo:
    return UserInfo(
        id=u.id, login=u.login, display_name=u.display_name, employee_no=u.employee_no, role=u.role,
        role_label=ROLE_LABELS.get(Role(u.role), u.role), branch_id=u.branch_id,
        branch_name=u.branch.name if u.branch else None, active=u.active,
        must_change_password=u.must_change_password, version=u.version, locked_until=u.locked_until,
    )


def _snapshot(u: User) -> dict:
    return {"login": u.login, "display_name": u.display_name, "employee_no": u.employee_no, "role": u.role,
            "branch_id": u.branch_id, "active": u.active}


def actor_for(u: User) -> Actor:
    return Actor(u.id, u.login, u.display_name, u.role, u.branch_id, u.branch.name if u.branch else None,
                 u.must_change_password)


def parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        for r, label in ROLE_LABELS.items():
            if role == label:
                return r
        allowed = "、".join(f"{r.value}（{label}）" for r, label in ROLE_LABELS.items())
        allowed_en = ", ".join(f"{r.value} ({label})" for r, label in ROLE_LABELS_EN.items())
        raise ValidationError(f"未知角色「{role}」，可选：{allowed}。",
                              en=f"Unknown role \"{role}\"; choose one of: {allowed_en}.") from None


def _sign_in_bookkeeping(s, user_id: int, **values) -> None:  # noqa: ANN001, ANN003
    """Counters and timestamps of signing in, written past the version counter: a sign-in is not an edit of
    the user, so an administrator's open copy of the user stays current (no false "changed by" conflict)."""
    users = User.__table__
    s.execute(users.update().where(users.c.id == user_id).values(**values))


_ROLE_ORDER = (Role.COLLECTOR, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)
_LOGIN_RE = re.compile(r"[a-z0-9_.]{1,40}")


class UserService(Service):
    @public
    def authenticate(self, login: str, password: str) -> Actor:
        """Sign in. Five wrong passwords in a row lock the account for 15 minutes (audited)."""
        now = self.clock.now()
        with self.tx() as s:
            u = s.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
            if u is None or not u.active:
                raise AuthError("登录名或密码错误。", en="Wrong login name or password.")
            if u.locked_until and u.locked_until > now:
                left = int((u.locked_until - now).total_seconds() // 60) + 1
                raise AuthError(f"账户因连续输错密码已锁定，请 {left} 分钟后再试，或联系管理员。",
                                en=f"The account is locked after repeated wrong passwords: try again in {left} "
                                   f"{'minute' if left == 1 else 'minutes'}, or contact an administrator.")
            try:
                _hasher.verify(u.password_hash, password)
            except (VerificationError, InvalidHashError):
                failures = u.failed_logins + 1
                locked = failures >= MAX_FAILURES
                if locked:
                    _sign_in_bookkeeping(s, u.id, failed_logins=0, locked_until=now + LOCKOUT)
                    audit.record(s, None, "user.locked", entity="user", entity_id=u.id,
                                 detail=f"{u.login} 连续 {MAX_FAILURES} 次密码错误，锁定 15 分钟")
                else:
                    _sign_in_bookkeeping(s, u.id, failed_logins=failures)
                    audit.record(s, None, "user.login_failed", entity="user", entity_id=u.id, detail=u.login)
                failure = AuthError(
                    "密码错误次数过多，账户已锁定 15 分钟。" if locked
                    else f"登录名或密码错误（还可尝试 {MAX_FAILURES - failures} 次）。",
                    en="Too many wrong passwords: the account is locked for 15 minutes." if locked
                    else f"Wrong login name or password ({MAX_FAILURES - failures} "
                         f"{'attempt' if MAX_FAILURES - failures == 1 else 'attempts'} left).",
                )
            else:
                failure = None
                values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
                if _hasher.check_needs_rehash(u.password_hash):
                    values["password_hash"] = hash_password(password)
                _sign_in_bookkeeping(s, u.id, **values)
                actor = actor_for(u)
                audit.record(s, actor, "user.login", entity="user", entity_id=u.id)
        # the failure is raised outside the transaction so that the counter and the audit event commit
        if failure is not None:
            raise failure
        return actor

    @requires(Perm.USER_ADMIN)
    def create_user(
        self, login: str, display_name: str, role: str, branch: str | None, password: str,
        employee_no: str | None = None, *, must_change_password: bool = False,
    ) -> UserInfo:
        login = login.strip().lower()  # one account per name whatever the case: "C01" is "c01"
        if not _LOGIN_RE.fullmatch(login):
            raise ValidationError(f"登录名「{login}」无效：只能用英文字母、数字、下划线和点。",
                                  en=f"The login name \"{login}\" is invalid: use only the letters a–z, digits, "
                                     "underscores and dots.")
        display_name = (display_name or "").strip()
        if not display_name:
            raise ValidationError("姓名不能为空。", en="The name cannot be empty.")
        r = parse_role(role)
        check_password_policy(password, login)
        with self.tx() as s:
            if s.scalar(select(User.id).where(func.lower(User.login) == login)):
                raise ValidationError(f"登录名「{login}」已存在。", en=f"The login name \"{login}\" already exists.")
            if employee_no and s.scalar(select(User.id).where(User.employee_no == employee_no)):
                raise ValidationError(f"工号「{employee_no}」已被其他用户使用。",
                                      en=f"The employee number \"{employee_no}\" is already used by another user.")
            b = self._branch(s, branch)
            if r in (Role.COLLECTOR, Role.SUPERVISOR) and b is None:
                raise ValidationError(f"{ROLE_LABELS[r]}必须属于一个营业部，请选择营业部。",
                                  en=f"A {ROLE_LABELS_EN[r]} must belong to a branch: select a branch.")
            u = User(login=login, display_name=display_name, role=r.value, branch=b, employee_no=employee_no,
                     password_hash=hash_password(password), must_change_password=must_change_password)
            s.add(u)
            s.flush()
            audit.record(s, self.actor, "user.create", entity="user", entity_id=u.id, after=_snapshot(u),
                         detail=f"新建用户 {u.login}（{u.display_name}，{ROLE_LABELS.get(Role(u.role), u.role)}"
                                f"{'，' + u.branch.name if u.branch else ''}）")
            return _info(u)

    @requires(Perm.SELF)
    def verify_password(self, password: str) -> bool:
        """Unlock after idle: the signed-in user's password again (failures count toward the lockout)."""
        self.authenticate(self.actor.login, password)
        return True

    @requires(Perm.SELF)
    def change_password(self, old_password: str, new_password: str) -> None:
        check_password_policy(new_password, self.actor.login)
        with self.tx() as s:
            u = s.get(User, self.actor.user_id)
            try:
                _hasher.verify(u.password_hash, old_password)
            except (VerificationError, InvalidHashError):
                raise AuthError("原密码不正确。", en="The current password is incorrect.") from None
            u.password_hash = hash_password(new_password)
            u.must_change_password = False
            audit.record(s, self.actor, "user.change_password", entity="user", entity_id=u.id,
                         detail=f"{u.login} 修改了自己的密码")

    @requires(Perm.USER_ADMIN)
    def reset_password(self, user_id: int, new_password: str) -> None:
        """Admin reset: the user must choose a new password at the next sign-in."""
        with self.tx() as s:
            u = self._get(s, user_id)
            check_password_policy(new_password, u.login)
            u.password_hash = hash_password(new_password)
            u.must_change_password = True
            u.failed_logins = 0
            u.locked_until = None
            audit.record(s, self.actor, "user.reset_password", entity="user", entity_id=u.id,
                         detail=f"重置 {u.login}（{u.display_name}）的密码，下次登录须修改")

    @requires(Perm.USER_ADMIN)
    def deactivate(self, user_id: int, expected_version: int | None = None, *,
                   release_cases: bool = False) -> UserInfo:
        """Stop an account signing in. Open cases it holds would be worked by nobody: refused, unless
        ``release_cases`` — someone leaving today is locked out at once, and the cases become unassigned for
        the branch supervisor to hand out (audited with the deactivation)."""
        with self.tx() as s:
            u = self._get(s, user_id)
            ensure_version(s, u, "user", expected_version)
            if u.id == self.actor.user_id:
                raise ValidationError("不能停用自己的账户。", en="You cannot deactivate your own account.")
            held = list(s.scalars(select(Case.id).where(Case.assigned_to_id == u.id,
                                                        Case.status.in_(OPEN_STATUSES))))
            if held and not release_cases:  # nobody would work them: a deactivated account cannot sign in
                raise ValidationError(f"{u.display_name}名下还有 {len(held)} 个未结案件：请先把这些案件改派给其他催收员，"
                                      "或停用时释放这些案件（变为未分配，由主管重新分配）。",
                                      en=f"{u.display_name} still holds {len(held)} open "
                                         f"{'case' if len(held) == 1 else 'cases'}: reassign them to other collectors "
                                         "first, or release them with the deactivation (they become unassigned for "
                                         "the supervisor to hand out).")
            before = _snapshot(u)
            u.active = False
            if held:
                s.execute(update(Case).where(Case.id.in_(held)).values(
                    assigned_to_id=None, version=Case.version + 1, updated_by_id=self.actor.user_id or None)
                    .execution_options(synchronize_session=False))
            audit.record(s, self.actor, "user.deactivate", entity="user", entity_id=u.id, before=before,
                         after={**_snapshot(u), "released_cases": len(held)},
                         detail=f"停用账户 {u.login}（{u.display_name}）" + (
                             f"；释放其 {len(held)} 个未结案件，变为未分配" if held else ""))
            return _info(u)

    @requires(Perm.USER_ADMIN)
    def open_case_count(self, user_id: int) -> int:
        """Open cases assigned to the user (what deactivating would release)."""
        with self.read() as s:
            return s.scalar(select(func.count(Case.id)).where(Case.assigned_to_id == user_id,
                                                              Case.status.in_(OPEN_STATUSES))) or 0

    @requires(Perm.USER_ADMIN)
    def update_user(
        self, user_id: int, *, display_name: str, role: str, branch: str | None, employee_no: str | None,
        expected_version: int | None,
    ) -> UserInfo:
        """Correct a user's name, role, branch or employee number (the login never changes).

        ``expected_version`` is the version the admin's screen showed: a user changed meanwhile is refused
        (:class:`ConflictError`), never overwritten. Nothing is written or audited when nothing changed.
        """
        display_name = (display_name or "").strip()
        if not display_name:
            raise ValidationError("姓名不能为空。", en="The name cannot be empty.")
        r = parse_role(role)
        employee_no = (employee_no or "").strip() or None
        branch = (branch or "").strip() or None
        with self.tx() as s:
            u = self._get(s, user_id)
            ensure_version(s, u, "user", expected_version)
            if u.id == self.actor.user_id and u.role == Role.ADMIN.value and r is not Role.ADMIN:
                raise ValidationError("不能取消自己的管理员角色。",
                                      en="You cannot remove the Administrator role from your own account.")
            b = self._branch(s, branch)
            if r in (Role.COLLECTOR, Role.SUPERVISOR) and b is None:
                raise ValidationError(f"{ROLE_LABELS[r]}必须属于一个营业部，请选择营业部。",
                                  en=f"A {ROLE_LABELS_EN[r]} must belong to a branch: select a branch.")
            if employee_no and s.scalar(select(User.id).where(User.employee_no == employee_no, User.id != u.id)):
                raise ValidationError(f"工号「{employee_no}」已被其他用户使用。",
                                      en=f"The employee number \"{employee_no}\" is already used by another user.")
            new_branch_id = b.id if b else None
            if (r.value, new_branch_id) != (u.role, u.branch_id):
                # open cases stay with a collector of their own branch (the assignment rule)
                held = s.scalar(select(func.count(Case.id)).where(
                    Case.assigned_to_id == u.id, Case.status.in_(OPEN_STATUSES)))
                if held:
                    raise ValidationError(
                        f"{u.display_name}名下还有 {held} 个未结案件：请先把这些案件改派给其他催收员，"
                        f"再更改其角色或营业部。",
                        en=f"{u.display_name} still holds {held} open {'case' if held == 1 else 'cases'}: reassign them to other collectors "
                           "first, then change the role or branch.")
            if (display_name, r.value, new_branch_id, employee_no) == (
                    u.display_name, u.role, u.branch_id, u.employee_no):
                return _info(u)
            before = _snapshot(u)
            u.display_name, u.role, u.branch, u.employee_no = display_name, r.value, b, employee_no
            s.flush()
            after = _snapshot(u)
            changed = "、".join(f"{k} {before.get(k)} → {after.get(k)}" for k in after if before.get(k) != after.get(k))
            audit.record(s, self.actor, "user.update", entity="user", entity_id=u.id, before=before, after=after,
                         detail=f"修改用户 {u.login}：{changed}")
            return _info(u)

    @requires(Perm.USER_ADMIN)
    def reactivate(self, user_id: int, expected_version: int | None = None) -> UserInfo:
        """Let a deactivated user sign in again (the password is unchanged)."""
        with self.tx() as s:
            u = self._get(s, user_id)
            ensure_version(s, u, "user", expected_version)
            if u.active:
                return _info(u)
            before = _snapshot(u)
            u.active = True
            u.failed_logins = 0
            u.locked_until = None
            audit.record(s, self.actor, "user.reactivate", entity="user", entity_id=u.id, before=before,
                         after=_snapshot(u), detail=f"重新启用账户 {u.login}（{u.display_name}）")
            return _info(u)

    @requires(Perm.CASE_VIEW)
    def list_users(self, branch_id: int | None = None, role: str | None = None,
                   active_only: bool = True) -> list[UserInfo]:
        with self.read() as s:
            # by what each role does (collector … admin), then by login — not by the role code's spelling
            rank = case({r.value: i for i, r in enumerate(_ROLE_ORDER)}, value=User.role, else_=len(_ROLE_ORDER))
            q = select(User).order_by(rank, User.login)
            if branch_id is not None:
                q = q.where(User.branch_id == branch_id)
            if role:
                q = q.where(User.role == role)
            if active_only:
                q = q.where(User.active.is_(True))
            return [_info(u) for u in s.scalars(q)]

    @requires(Perm.CASE_VIEW)
    def get_user(self, user_id: int) -> UserInfo:
        with self.read() as s:
            return _info(self._get(s, user_id))

    @staticmethod
    def _branch(s, name: str | None) -> Branch | None:  # noqa: ANN001
        if not name:
            return None
        b = s.scalar(select(Branch).where(Branch.name == name))
        if b is None:
            existing = list(s.scalars(select(Branch.name).order_by(Branch.name)))
            names = "、".join(existing) or "（尚无营业部）"
            names_en = ", ".join(existing) or "(no branches yet)"
            raise ValidationError(f"营业部「{name}」不存在。现有：{names}。",
                                  en=f"The branch \"{name}\" does not exist. Existing branches: {names_en}.")
        return b

    @staticmethod
    def _get(s, user_id: int) -> User:  # noqa: ANN001
        u = s.get(User, user_id)
        if u is None:
            raise NotFound(f"用户 #{user_id} 不存在。", en=f"User #{user_id} does not exist.")
        return u


def system_actor() -> Actor:
    """The actor for first-time set-up (``init``) before any user exists."""
    return Actor(0, "system", "系统初始化", Role.ADMIN.value, None)


