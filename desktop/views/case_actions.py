"""What staff can do with a case: the buttons above the case detail and the case list's context menu.

Each entry names the permission it needs; a user sees only what his or her role may do (the services check
again). Handlers are ``handler(parent, case_id) -> bool`` / ``handler(parent, case_ids) -> bool``, True when
the case changed so that the list and the detail are refreshed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.permissions import Perm, allowed

if TYPE_CHECKING:
    from desktop.views.mainwindow import MainWindow


def install_case_actions(main: MainWindow) -> None:
    db, actor = main.db, main.actor
    detail = main.cases_page.detail
    page = main.cases_page

    def assess(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.assessment_dialog import open_assessment

        return open_assessment(parent, db, actor, case_id)

    def plan(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.plan_dialog import open_plan_builder

        return open_plan_builder(parent, db, actor, case_id)

    def visit(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.visit_dialog import open_visit_dialog

        done = open_visit_dialog(parent, db, actor, [case_id])
        if done and main.calendar is not None:
            main.calendar.refresh()
        if done:
            main.statusBar().showMessage(
                QCoreApplication.translate("CaseActions", "Visit saved: it is on the calendar."), 8000)
        return done

    def outcome(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.outcome_dialog import open_outcome_dialog

        return open_outcome_dialog(parent, db, actor, case_id)

    def payment(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.outcome_dialog import open_payment_dialog

        return open_payment_dialog(parent, db, actor, case_id)

    def complaint(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.outcome_dialog import open_complaint_dialog

        return open_complaint_dialog(parent, db, actor, case_id)

    def task(parent, case_id: int) -> bool:  # noqa: ANN001
        from desktop.views.worklist import open_new_task_dialog

        done = open_new_task_dialog(parent, db, actor, case_id)
        if done and main.worklist is not None:
            main.worklist.reload()
        if done:  # the task goes to the case's collector (the service's rule): say so
            shown = detail.detail if detail.detail is not None and detail.detail.id == case_id else None
            who = shown.collector if shown is not None else None
            mine = QCoreApplication.translate("CaseActions", "Task added to your list.")
            theirs = QCoreApplication.translate("CaseActions", "Task added to %1's list.")
            main.statusBar().showMessage(theirs.replace("%1", who) if who and who != actor.name else mine, 8000)
        return done

    def assign(parent, case_id: int) -> bool:  # noqa: ANN001
        return assign_many(parent, [case_id])

    def assign_many(parent, case_ids: list[int]) -> bool:  # noqa: ANN001
        from desktop.views.assignment_dialog import open_assign_dialog

        return open_assign_dialog(parent, db, actor, case_ids)

    def assess_many(parent, case_ids: list[int]) -> bool:  # noqa: ANN001
        from desktop.views.assessment_dialog import run_bulk_assessment

        return run_bulk_assessment(parent, db, actor, case_ids)

    def visit_many(parent, case_ids: list[int]) -> bool:  # noqa: ANN001
        from desktop.views.visit_dialog import open_visit_dialog

        done = open_visit_dialog(parent, db, actor, case_ids)
        if done and main.calendar is not None:
            main.calendar.refresh()
        return done

    single = (
        ("assess", QCoreApplication.translate("CaseActions", "Assess"), Perm.ASSESS, assess, "F2"),
        ("plan", QCoreApplication.translate("CaseActions", "Plan"), Perm.PLAN_EDIT, plan, "F3"),
        ("visit", QCoreApplication.translate("CaseActions", "Schedule visit"), Perm.VISIT_SCHEDULE, visit, "F4"),
        ("outcome", QCoreApplication.translate("CaseActions", "Log contact"), Perm.OUTCOME_RECORD, outcome, "F6"),
        ("payment", QCoreApplication.translate("CaseActions", "Payment"), Perm.PAYMENT_RECORD, payment, "F7"),
        ("task", QCoreApplication.translate("CaseActions", "Task"), Perm.TASK_WORK, task, "F8"),
        ("complaint", QCoreApplication.translate("CaseActions", "Complaint"), Perm.OUTCOME_RECORD, complaint, None),
        ("assign", QCoreApplication.translate("CaseActions", "Assign"), Perm.CASE_ASSIGN, assign, None),
    )
    for key, text, perm, handler, shortcut in single:
        if allowed(actor.role, perm):
            detail.add_action(key, text, handler, shortcut)
    many = (
        ("assess", QCoreApplication.translate("CaseActions", "Assess selected cases (data only)…"), Perm.ASSESS, assess_many, None),
        ("visit", QCoreApplication.translate("CaseActions", "Schedule visits for selected cases…"), Perm.VISIT_SCHEDULE, visit_many, None),
        ("assign", QCoreApplication.translate("CaseActions", "Assign selected cases to a collector…"), Perm.CASE_ASSIGN, assign_many, "Ctrl+Shift+A"),
    )
    for key, text, perm, handler, shortcut in many:
        if allowed(actor.role, perm):
            page.add_selection_action(key, text, handler, shortcut)
