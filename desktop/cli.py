"""Command line: ``visitdesk [--db URL] [--user LOGIN] [COMMAND ...]``; no command opens the GUI.

The CLI calls the same services as the GUI. Expected errors print one sentence and exit non-zero:
2 for usage errors and bad input files, 3 when invalid rows stopped an import, 1 for other expected
errors (database, permission, …). No traceback for any of them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import date

from desktop import __version__
from desktop.models.crypto import KeyError_
from desktop.models.database import Database, DatabaseError, open_database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError, file_error_text


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise UsageError(message)


def _date(value: str) -> date:
    from desktop.services.validators import parse_date

    try:
        return parse_date(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"日期无效：{value}（{e}）") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="visitdesk", description="VisitDesk 上门催收案件管理")
    p.add_argument("--version", action="version", version=f"visitdesk {__version__}")
    p.add_argument("--db", metavar="URL", help="数据库地址（默认：用户数据目录下的 SQLite 文件；或 VISITDESK_DB）")
    p.add_argument("--user", metavar="LOGIN", help="以该用户身份执行（密码取自 VISITDESK_PASSWORD 或提示输入）")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", help="创建或升级数据库，创建 admin 用户，可选生成演示数据")
    init.add_argument("--demo", type=int, default=0, metavar="N", help="生成 N 个演示案件")
    init.add_argument("--seed", type=int, default=1, metavar="S", help="演示数据随机种子")
    init.add_argument("--admin-password", metavar="P", help="admin 的密码（不给则提示输入）")

    dbp = sub.add_parser("db", help="数据库维护")
    dbsub = dbp.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    dbsub.add_parser("upgrade", help="把数据库结构升级到最新版本")

    up = sub.add_parser("user", help="用户管理")
    usub = up.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = usub.add_parser("add", help="新增用户")
    add.add_argument("login")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, help="collector / supervisor / manager / admin")
    add.add_argument("--branch")
    add.add_argument("--employee-no")
    usub.add_parser("list", help="列出用户")

    au = sub.add_parser("audit", help="审计日志")
    ausub = au.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    ausub.add_parser("verify", help="校验审计日志哈希链")
    ax = ausub.add_parser("export", help="导出审计日志到 Excel")
    ax.add_argument("--out", required=True, metavar="FILE.xlsx")
    ax.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    ax.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    ax.add_argument("--action")
    ax.add_argument("--login")

    from desktop.commands import command_modules

    for mod in command_modules():
        mod.register(sub)
    return p


def _password(prompt: str, env: str = "VISITDESK_PASSWORD") -> str:
    pw = os.environ.get(env)
    if pw:
        return pw
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"需要密码：请设置环境变量 {env}，或在终端中运行以便输入。")
    return getpass.getpass(prompt)


def _login(db: Database, login: str | None) -> Actor:
    from desktop.services.users import UserService

    if not login:
        raise UsageError("该命令需要以某个用户身份执行：请加 --user LOGIN。")
    return UserService(db, None).authenticate(login, _password(f"{login} 的密码："))


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from desktop.app import run_gui

            return run_gui(args.db, lang=args.lang)
        return _dispatch(args)
    except UsageError as e:
        print(f"visitdesk: 用法错误：{e}", file=sys.stderr)
        return 2
    except (DatabaseError, KeyError_) as e:
        print(f"visitdesk: {e}", file=sys.stderr)
        return 1
    except ServiceError as e:
        print(f"visitdesk: {e.text(getattr(args, 'lang', None))}", file=sys.stderr)
        return e.exit_code
    except OSError as e:  # unreadable / unwritable files named on the command line
        lang = getattr(args, "lang", None)
        head = "file error: " if lang == "en" else "文件错误："
        print(f"visitdesk: {head}{file_error_text(e, lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("visitdesk: 已取消。", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "init":
        return _cmd_init(args)
    db = open_database(args.db)
    try:
        handler = getattr(args, "handler", None)
        if handler is not None:
            actor = _login(db, args.user) if getattr(args, "needs_user", True) else None
            return handler(args, db, actor)
        if args.command == "db":
            print("数据库已是最新结构。")
            return 0
        if args.command == "user":
            return _cmd_user(args, db)
        if args.command == "audit":
            return _cmd_audit(args, db)
        raise UsageError(f"未知命令 {args.command}")
    finally:
        db.dispose()


def _cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.setup import has_users, initialize

    if args.demo < 0:
        raise UsageError("--demo 必须是非负整数。")
    db = open_database(args.db)
    try:
        password = args.admin_password
        if password is None and not has_users(db):
            password = _password("为 admin 设置密码：", env="VISITDESK_ADMIN_PASSWORD")
        progress = None
        if args.demo >= 10000:
            def progress(stage: str, done: int, total: int) -> None:
                print(f"\r生成演示数据 {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
        from desktop.models.crypto import ensure_key

        ensure_key()
        if password is None:  # already initialised: keep the admin as it is
            from desktop.services.setup import ensure_reference_data

            ensure_reference_data(db)
            created, n = False, 0
            if args.demo:
                from desktop.services.demo import seed_demo

                n = seed_demo(db, args.demo, seed=args.seed, progress=progress).cases
        else:
            r = initialize(db, password, demo=args.demo, seed=args.seed, progress=progress)
            created, n = r.admin_created, r.demo_cases
        if progress:
            print(file=sys.stderr)
        print(f"数据库已就绪：{db.url if not db.is_sqlite else db.engine.url.database}")
        print("已创建管理员 admin。" if created else "管理员 admin 已存在，未修改。")
        if n:
            print(f"已生成 {n} 个演示案件（种子 {args.seed}）；演示账户密码见 README。")
        return 0
    finally:
        db.dispose()


def _cmd_user(args: argparse.Namespace, db: Database) -> int:
    from desktop.services.users import UserService

    actor = _login(db, args.user)
    svc = UserService(db, actor)
    if args.user_command == "add":
        pw = _password(f"{args.login} 的新密码：", env="VISITDESK_NEW_PASSWORD")
        info = svc.create_user(args.login, args.name, args.role, args.branch, pw, args.employee_no)
        print(f"已创建用户 {info.login}（{info.display_name}，{info.role_label}，{info.branch_name or '无营业部'}）。")
        return 0
    for u in svc.list_users(active_only=False):
        print(json.dumps({"login": u.login, "name": u.display_name, "role": u.role, "branch": u.branch_name,
                          "active": u.active}, ensure_ascii=False))
    return 0


def _cmd_audit(args: argparse.Namespace, db: Database) -> int:
    from desktop.services.auditlog import AuditService

    actor = _login(db, args.user)
    if args.audit_command == "export":
        from datetime import datetime

        from desktop.services.auditlog import AuditQuery
        from desktop.services.context import BRANCH_TZ
        from reports.audit_xlsx import write_audit_log

        if not args.out.lower().endswith(".xlsx"):
            raise UsageError("--out 需要 .xlsx 文件名。")
        q = AuditQuery(user=args.login, action=args.action, date_from=args.date_from, date_to=args.date_to)
        rows = ((r.id, r.at.astimezone(BRANCH_TZ).strftime("%Y-%m-%d %H:%M:%S"), r.user, r.action, r.entity,
                 r.entity_id, r.case_text, r.detail, r.before, r.after) for r in AuditService(db, actor).export_rows(q))
        n = write_audit_log(rows, args.out, title="审计日志", generated_by=actor.login,
                            generated_at=datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M"))
        print(f"已导出 {n} 条审计事件到 {args.out}")
        return 0
    report = AuditService(db, actor).verify()
    print(report.message)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
