"""``visitdesk payments import FILE``, ``visitdesk tasks refresh``, ``visitdesk promises judge``.

Batch jobs of the follow-up area (the GUI runs the same services): import the core system's payments file
(idempotent by transaction number; exit 3 when invalid rows stopped it, 2 when the file cannot be read),
refresh the automatic follow-up tasks, judge the promises that are past their due date and grace days.
Run them as a supervisor (own branch) or a manager (all branches).
"""

from __future__ import annotations

import json

from desktop.cli import _date


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("payments", help="回款")
    psub = p.add_subparsers(dest="payments_command", required=True)
    imp = psub.add_parser("import", help="导入核心系统还款明细（按交易流水号去重）")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="只校验和计算，不写入")
    imp.add_argument("--json", action="store_true", help="以一个 JSON 对象输出摘要")
    imp.set_defaults(handler=cmd_payments_import, needs_user=True)

    t = sub.add_parser("tasks", help="跟进任务")
    tsub = t.add_subparsers(dest="tasks_command", required=True)
    r = tsub.add_parser("refresh", help="生成和关闭自动跟进任务（先判定到期的承诺）")
    r.add_argument("--date", type=_date, metavar="DATE", help="按这一天计算（默认今天）")
    r.set_defaults(handler=cmd_tasks_refresh, needs_user=True)

    pr = sub.add_parser("promises", help="承诺还款")
    prsub = pr.add_subparsers(dest="promises_command", required=True)
    j = prsub.add_parser("judge", help="判定已过到期日和宽限期的承诺：已履行、部分履行、未履行")
    j.add_argument("--date", type=_date, metavar="DATE", help="按这一天判定（默认今天）")
    j.set_defaults(handler=cmd_promises_judge, needs_user=True)


def cmd_payments_import(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.payments import PaymentService

    parsed, result = PaymentService(db, actor).import_payments_file(args.file, dry_run=args.dry_run)
    if result is None:
        if args.json:
            print(json.dumps({"file": parsed.file_name, "written": False, "invalid": parsed.invalid_count,
                              "errors": [{"row": e.excel_row, "column": e.column, "value": e.value,
                                          "reason": e.reason, "message": e.message} for e in parsed.errors]},
                             ensure_ascii=False))
        else:
            print(f"{parsed.file_name}：{parsed.invalid_count} 行无效，数据库未修改。请改正后重新导入：")
            for e in parsed.errors[:50]:
                print(f"  {e.message}")
            if len(parsed.errors) > 50:
                print(f"  …… 另有 {len(parsed.errors) - 50} 处错误。")
        return 3
    if args.json:
        print(json.dumps({"file": parsed.file_name, "rows": parsed.total_rows, "written": not result.dry_run,
                          **result.as_dict()}, ensure_ascii=False))
    else:
        print(f"{parsed.file_name}：共 {parsed.total_rows} 行。")
        for line in result.lines():
            print(line)
    return 0


def cmd_tasks_refresh(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.plans import PlanService
    from desktop.services.tasks import TaskService

    changed = PlanService(db, actor).refresh_plans(args.date)
    if changed:
        print(f"分期方案状态变化 {len(changed)} 个：" + "、".join(f"#{r.plan_id} {r.status}" for r in changed))
    res = TaskService(db, actor).refresh_tasks(args.date)
    for line in res.lines():
        print(line)
    return 0


def cmd_promises_judge(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.payments import PaymentService

    res = PaymentService(db, actor).judge_promises(args.date)
    print(f"判定承诺 {res.judged} 个：已履行 {res.kept}，部分履行 {res.partly_kept}，未履行 {res.broken}；"
          f"新建跟进任务 {res.tasks_created} 个。")
    return 0
