"""``visitdesk import FILE …`` and ``visitdesk export cases …``."""

from __future__ import annotations

import json
import sys
from datetime import datetime

from desktop.cli import UsageError, _date
from desktop.services.context import BRANCH_TZ


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("import", help="导入核心系统逾期明细（.xlsx / .csv）")
    p.add_argument("file")
    p.add_argument("--as-of", type=_date, metavar="DATE", help="数据日期（优先于文件中的「数据日期」）")
    p.add_argument("--dry-run", action="store_true", help="只校验和计算，不写入")
    p.add_argument("--skip-invalid", action="store_true", help="导入有效行，报告无效行")
    p.add_argument("--full-snapshot", action="store_true", help="文件是全部逾期贷款：不在文件中的未结案件按出催结案")
    p.add_argument("--allow-older", action="store_true",
                   help="数据日期早于已导入的文件时仍然导入（其中贷款的数据恢复到较早的一天）")
    p.add_argument("--create-branches", action="store_true",
                   help="文件中未对应的营业部名称一律新建，即使已有案件会因此移到新营业部")
    p.add_argument("--errors", metavar="OUT.xlsx", help="把无效行写成 Excel 错误报告")
    p.add_argument("--json", action="store_true", help="以一个 JSON 对象输出摘要")
    p.set_defaults(handler=cmd_import, needs_user=True)

    e = sub.add_parser("export", help="导出")
    esub = e.add_subparsers(dest="export_what", required=True)
    c = esub.add_parser("cases", help="导出案件清单（与案件页相同的查询，个人信息脱敏）")
    c.add_argument("--out", required=True, metavar="FILE.xlsx")
    c.add_argument("--branch", metavar="B")
    c.set_defaults(handler=cmd_export_cases, needs_user=True)


def cmd_import(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.importer import ImportService, summarize

    if args.errors and not args.errors.lower().endswith(".xlsx"):
        raise UsageError("--errors 需要 .xlsx 文件名。")
    svc = ImportService(db, actor)
    summary = svc.run_import(args.file, as_of=args.as_of, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                             full_snapshot=args.full_snapshot, allow_older=args.allow_older,
                             create_branches=args.create_branches)
    if args.errors and summary.errors:
        from reports.import_errors import write_error_report

        write_error_report(summary.errors, args.errors, file_name=summary.file_name, generated_by=actor.login,
                           generated_at=datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M"))
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        for line in summarize(summary):
            print(line)
        if args.errors and summary.errors:
            print(f"错误报告已保存：{args.errors}")
    return 3 if summary.stopped_by_errors else 0


def cmd_export_cases(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.caselist import CaseListService, CaseQuery
    from desktop.services.reference import ReferenceService
    from reports.caselist_xlsx import write_case_list

    if not args.out.lower().endswith(".xlsx"):
        raise UsageError("--out 需要 .xlsx 文件名。")
    branch_id = None
    if args.branch:
        names = dict((n, i) for i, n in ReferenceService(db, actor).branches())
        if args.branch not in names:
            raise UsageError(f"营业部「{args.branch}」不存在。现有：{'、'.join(names) or '无'}。")
        branch_id = names[args.branch]
    now = datetime.now(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")
    n = write_case_list(CaseListService(db, actor).export_rows(CaseQuery(branch_id=branch_id)), args.out,
                        title=f"案件清单{('（' + args.branch + '）') if args.branch else ''}", generated_by=actor.login,
                        generated_at=now)
    print(f"已导出 {n} 个案件到 {args.out}", file=sys.stdout)
    return 0
