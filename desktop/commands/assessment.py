"""``visitdesk assess [--all-unassessed] [--branch B] [CASE_ID ...]`` and ``visitdesk plan pdf PLAN_ID --out FILE``."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import UsageError


def register(sub) -> None:  # noqa: ANN001
    a = sub.add_parser("assess", help="批量风险评估（只用数据因素）：指定案件号，或 --all-unassessed 评估所有未评估的案件")
    a.add_argument("case_ids", nargs="*", type=int, metavar="CASE_ID", help="要评估（或重新评估）的案件号")
    a.add_argument("--all-unassessed", action="store_true", help="评估范围内所有尚未评估的未结案件")
    a.add_argument("--branch", metavar="B", help="只评估一个营业部（名称或代码）")
    a.set_defaults(handler=cmd_assess, needs_user=True)

    p = sub.add_parser("plan", help="催收方案：打印还款计划确认书")
    psub = p.add_subparsers(dest="plan_command", metavar="COMMAND")
    pdf = psub.add_parser("pdf", help="生成还款计划确认书（PDF）")
    pdf.add_argument("plan_id", type=int, metavar="PLAN_ID")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    pdf.set_defaults(handler=cmd_plan_pdf, needs_user=True)
    p.set_defaults(handler=_plan_usage, needs_user=False)


def _plan_usage(args, db, actor) -> int:  # noqa: ANN001, ARG001
    raise UsageError("请指定子命令，例如：visitdesk plan pdf PLAN_ID --out 确认书.pdf")


def cmd_assess(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.assessment import AssessmentService

    if args.all_unassessed and args.case_ids:
        raise UsageError("--all-unassessed 与案件号不能同时使用：二选一。")
    if not args.all_unassessed and not args.case_ids:
        raise UsageError("请给出案件号，或用 --all-unassessed 评估所有未评估的案件。")
    svc = AssessmentService(db, actor)
    branch_id = svc.resolve_branch(args.branch) if args.branch else None
    if args.case_ids and branch_id is not None:
        raise UsageError("--branch 只与 --all-unassessed 一起使用。")
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty and total:
            print(f"\r评估中 {done}/{total}", end="", file=sys.stderr, flush=True)

    result = svc.bulk_assess(None if args.all_unassessed else args.case_ids, progress, branch_id=branch_id)
    if tty:
        print(file=sys.stderr)
    for line in result.lines():
        print(line)
    return 0


def cmd_plan_pdf(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.plans import PlanService

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"确认书只能保存为 .pdf，不能保存为「{out.name}」。")
    pages = PlanService(db, actor).confirmation_pdf(args.plan_id, out)
    print(f"已生成还款计划确认书：{out}（{pages} 页）")
    return 0
