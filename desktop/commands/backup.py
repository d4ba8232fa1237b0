"""``visitdesk backup FILE`` and ``visitdesk restore FILE``."""

from __future__ import annotations


def register(sub) -> None:  # noqa: ANN001
    b = sub.add_parser("backup", help="备份 SQLite 数据库（运行中也一致）")
    b.add_argument("file")
    b.set_defaults(handler=cmd_backup, needs_user=True)
    r = sub.add_parser("restore", help="从备份恢复（先做完整性检查，当前文件另存）")
    r.add_argument("file")
    r.set_defaults(handler=cmd_restore, needs_user=True)


def cmd_backup(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.backup import BackupService

    res = BackupService(db, actor).backup(args.file)
    print(f"已备份到 {res.path}（{res.size / 2**20:.1f} MiB）")
    return 0


def cmd_restore(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.backup import BackupService

    kept = BackupService(db, actor).restore(args.file)
    print(f"已从 {args.file} 恢复；原数据库另存为 {kept}")
    return 0
