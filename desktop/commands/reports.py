"""``visitdesk report NAME --from DATE --to DATE [--branch B] [--collector LOGIN] --out FILE.xlsx|FILE.pdf``."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import UsageError, _date

NAMES = ("aging", "visits", "outcomes", "performance", "promises", "plans", "compliance", "summary")
#: which file types each report can be written as (summary: PDF only; the visit log: Excel only)
FORMATS = {name: (".xlsx", ".pdf") for name in NAMES} | {"summary": (".pdf",), "visits": (".xlsx",)}


def register(sub) -> None:  # noqa: ANN001
    p = sub.add_parser("report", help="生成报表（Excel 或 PDF）：账龄、外访明细、结果汇总、绩效、承诺、分期、合规、经营摘要")
    p.add_argument("name", choices=NAMES, metavar="NAME", help="、".join(NAMES))
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="期间开始（默认本月 1 日）")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="期间结束（默认今天）")
    p.add_argument("--branch", metavar="B", help="营业部名称或代码（默认：全部可见营业部）")
    p.add_argument("--collector", metavar="LOGIN", help="只看一位催收员（登录名）")
    p.add_argument("--unmasked", action="store_true", help="完整证件号和手机号（需要权限和理由，记入审计日志）")
    p.add_argument("--reason", metavar="TEXT", help="--unmasked 的理由（至少 4 个字，记入审计日志）")
    p.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf")
    p.set_defaults(handler=cmd_report, needs_user=True)


def cmd_report(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.reporting import ReportService

    out = Path(args.out)
    ext = out.suffix.lower()
    allowed = FORMATS[args.name]
    if ext not in allowed:
        raise UsageError(f"报表 {args.name} 只能保存为 {' 或 '.join(allowed)}，不能保存为「{out.name}」。")
    svc = ReportService(db, actor)
    branch_id = svc.resolve_branch(args.branch) if args.branch else None
    collector_id = svc.resolve_collector(args.collector) if args.collector else None
    if args.name in ("aging", "summary") and collector_id is not None:
        raise UsageError(f"报表 {args.name} 不能按催收员筛选：去掉 --collector。")
    report = svc.build(args.name, args.date_from, args.date_to, branch_id, collector_id, unmasked=args.unmasked,
                       reason=args.reason)
    from reports.export import write_report

    pages = write_report(report, out)
    what = f"{pages} 页" if ext == ".pdf" else f"{report.row_count} 行"
    print(f"已生成「{report.meta.title}」（{report.meta.period_label}，{report.meta.branch_label}）：{out}（{what}）")
    return 0
