"""Shared view helpers: formatting, the one message channel for expected errors, translated labels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.context import BRANCH_TZ
from desktop.services.errors import ConflictError, ServiceError, file_error_text
from desktop.views.theme import current_language


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def money(v: Decimal | None, symbol: bool = True) -> str:
    if v is None:
        return ""
    return f"{'¥' if symbol else ''}{v:,.2f}"


def fmt_date(d: date | None) -> str:
    return d.strftime("%Y-%m-%d") if d else ""


def fmt_dt(d: datetime | date | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        return d.astimezone(BRANCH_TZ).strftime("%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%d")


class Labels(QObject):
    """Translated names of stored codes (statuses, roles, outcomes …)."""

    def status(self, code: str | None) -> str:
        return {
            "new": self.tr("New"), "assessed": self.tr("Assessed"), "planned": self.tr("Planned"),
            "scheduled": self.tr("Visit scheduled"), "visited": self.tr("Visited"),
            "promised": self.tr("Promised"), "on_plan": self.tr("On plan"), "closed": self.tr("Closed"),
        }.get(code or "", code or "")

    def role(self, code: str | None) -> str:
        return {"collector": self.tr("Collector"), "supervisor": self.tr("Supervisor"),
                "manager": self.tr("Manager"), "admin": self.tr("Administrator")}.get(code or "", code or "")

    def outcome(self, code: str | None) -> str:
        return {
            "ptp": self.tr("Promise to pay"), "plan_agreed": self.tr("Plan agreed"), "paid": self.tr("Paid"),
            "refused": self.tr("Refused"), "dispute": self.tr("Dispute"), "hardship": self.tr("Hardship claimed"),
            "not_home": self.tr("Not at home"), "no_answer": self.tr("No answer"), "moved": self.tr("Moved"),
            "third_party": self.tr("Third party only"),
            "complaint": self.tr("Complaint"),
        }.get(code or "", code or "")

    def do_not_visit(self, code: str | None) -> str:
        return {"complaint": self.tr("Complaint under review"), "legal": self.tr("Legal proceedings"),
                "deceased": self.tr("Deceased"), "hardship": self.tr("Hardship plan in good standing")}.get(
            code or "", code or "")

    def action(self, code: str | None) -> str:
        return {"phone": self.tr("Phone follow-up"), "visit": self.tr("On-site visit"),
                "hardship": self.tr("Hardship plan"), "legal": self.tr("Legal referral"),
                "hold": self.tr("Hold")}.get(code or "", code or "")


LABELS: Labels | None = None


def labels() -> Labels:
    global LABELS
    if LABELS is None:
        LABELS = Labels()
    return LABELS


# status colours: one set, always with a word beside them (never colour alone)
STATUS_COLORS = {
    "new": "#1565c0", "assessed": "#00838f", "planned": "#6a1b9a", "scheduled": "#ef6c00",
    "visited": "#2e7d32", "promised": "#558b2f", "on_plan": "#2e7d32", "closed": "#616161",
}


def error_text(error: BaseException) -> str:
    """An expected error's sentence in the interface language (services raise them in both)."""
    from desktop.views.theme import current_language

    return error.text(current_language()) if isinstance(error, ServiceError) else str(error)


def os_error_text(e: OSError) -> str:
    """Why a file could not be written or read, in the interface's language (see file_error_text)."""
    return file_error_text(e, current_language())


def show_error(parent: QWidget | None, error: Exception, reload: Callable[[], object] | None = None) -> None:
    """The one channel for expected errors: one sentence, the rule and the fix.

    A stale-data conflict names who changed the record and when; with ``reload`` the message offers to
    load the current data (the user's edit is not applied — he or she redoes it on what is there now).
    """
    title = QCoreApplication.translate("Errors", "VisitDesk")
    if isinstance(error, ConflictError) and reload is None:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Changed by someone else"), error_text(error))
    elif isinstance(error, ConflictError):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Changed by someone else"),
                          error_text(error), QMessageBox.StandardButton.NoButton, parent)
        reload_btn = box.addButton(QCoreApplication.translate("Errors", "Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reload_btn)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is reload_btn:
            reload()
    elif isinstance(error, ServiceError):
        QMessageBox.warning(parent, title, error_text(error))
    else:
        raise error


def settings_form(page: QWidget, parts: list, button: QWidget, max_width: int = 760) -> None:
    """Lay out a settings page: ``parts`` (widgets or layouts) in a column of readable width, the button at
    its bottom right, empty space below."""
    from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout

    box = QWidget()
    box.setMaximumWidth(max_width)
    inner = QVBoxLayout(box)
    inner.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            inner.addLayout(part)
        else:
            inner.addWidget(part)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    inner.addLayout(row)
    outer = QVBoxLayout(page)
    outer.addWidget(box)
    outer.addStretch(1)
