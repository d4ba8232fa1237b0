"""``visitdesk notices``, ``visitdesk routesheet``, ``visitdesk assign auto``.

* ``notices --date DATE [--branch B] --out DIR`` — 上门拜访通知书 for the planned/notified visits of the day:
  one combined PDF (one notice per page) and one PDF per visit.
* ``routesheet --date DATE [--collector LOGIN] [--branch B] --out DIR`` — 外访路线单, one per team (or one for
  the collector).
* ``assign auto [--branch B] [--apply]`` — preview the automatic assignment of the branch's unassigned cases
  (per-collector summary); with ``--apply`` write it.
"""

from __future__ import annotations

from pathlib import Path

from desktop.cli import _date


def register(sub) -> None:  # noqa: ANN001
    n = sub.add_parser("notices", help="生成某日外访的上门拜访通知书（合并 PDF 和每次外访一份）")
    n.add_argument("--date", type=_date, required=True, metavar="DATE", help="外访日期")
    n.add_argument("--branch", metavar="B", help="营业部名称或代码（默认：本营业部；经理默认全部）")
    n.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    n.set_defaults(handler=cmd_notices, needs_user=True)

    r = sub.add_parser("routesheet", help="生成某日的外访路线单（每个外访小组一份）")
    r.add_argument("--date", type=_date, required=True, metavar="DATE", help="外访日期")
    r.add_argument("--collector", metavar="LOGIN", help="只生成这位催收员的路线单（登录名）")
    r.add_argument("--branch", metavar="B", help="营业部名称或代码")
    r.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    r.set_defaults(handler=cmd_routesheet, needs_user=True)

    a = sub.add_parser("assign", help="分配案件")
    asub = a.add_subparsers(dest="assign_command", required=True)
    auto = asub.add_parser("auto", help="把未分配的案件自动分给在岗催收员（按案件数和逾期总额均衡）")
    auto.add_argument("--branch", metavar="B", help="营业部名称或代码（默认：本营业部）")
    auto.add_argument("--apply", action="store_true", help="确认分配（不加只预览）")
    auto.set_defaults(handler=cmd_assign_auto, needs_user=True)


def cmd_notices(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.visits import VisitService

    svc = VisitService(db, actor)
    branch_id = svc.resolve_branch(args.branch) if args.branch else None
    paths = svc.write_notices(args.date, branch_id, Path(args.out))
    print(f"已生成 {args.date:%Y-%m-%d} 上门拜访通知书 {len(paths) - 1} 份：")
    print(f"  合并打印：{paths[0]}")
    for p in paths[1:]:
        print(f"  {p}")
    return 0


def cmd_routesheet(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.visits import VisitService

    svc = VisitService(db, actor)
    collector_id = svc.resolve_user(args.collector) if args.collector else None
    branch_id = svc.resolve_branch(args.branch) if args.branch else None
    paths = svc.write_route_sheets(args.date, collector_id, Path(args.out), branch_id=branch_id)
    print(f"已生成 {args.date:%Y-%m-%d} 外访路线单 {len(paths)} 份：")
    for p in paths:
        print(f"  {p}")
    return 0


def cmd_assign_auto(args, db, actor) -> int:  # noqa: ANN001
    from desktop.services.assignment import AssignmentService
    from desktop.services.visits import VisitService

    branch_id = VisitService(db, actor).resolve_branch(args.branch) if args.branch else None
    svc = AssignmentService(db, actor)
    preview = svc.preview_auto(branch_id)
    if not preview.rows:
        print("没有未分配的案件。")
        return 0
    print(f"未分配案件 {preview.case_count} 个，逾期总额 ¥{preview.total:,.2f}：")
    for c in preview.collectors:
        print(f"  {c.collector_name}（{c.employee_no or '—'}）：已有 {c.existing_count} 件 ¥{c.existing_total:,.2f}，"
              f"新分 {c.new_count} 件 ¥{c.new_total:,.2f}，合计 {c.count} 件 ¥{c.total:,.2f}")
    if not args.apply:
        print("这是预览，未做任何分配；确认请加 --apply。")
        return 0
    n = svc.apply_auto(preview)
    print(f"已分配 {n} 个案件。")
    return 0
