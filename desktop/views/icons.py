"""One icon family everywhere: Material Design Icons (mdi6) through qtawesome, named by purpose."""

from __future__ import annotations

from PySide6.QtGui import QIcon

NAMES = {
    "today": "mdi6.briefcase-check-outline",
    "cases": "mdi6.folder-account-outline",
    "calendar": "mdi6.calendar-month-outline",
    "reports": "mdi6.chart-box-outline",
    "settings": "mdi6.cog-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "refresh": "mdi6.refresh",
    "search": "mdi6.magnify",
    "assess": "mdi6.scale-balance",
    "plan": "mdi6.calendar-check-outline",
    "visit": "mdi6.account-group-outline",
    "outcome": "mdi6.clipboard-text-outline",
    "payment": "mdi6.cash-check",
    "complaint": "mdi6.alert-octagon-outline",
    "reveal": "mdi6.eye-outline",
    "print": "mdi6.printer-outline",
    "quit": "mdi6.exit-to-app",
    "task": "mdi6.checkbox-marked-circle-plus-outline",
    "assign": "mdi6.account-arrow-right-outline",
}


def icon(purpose: str, color: str = "#3b4a63") -> QIcon:
    import qtawesome as qta

    return qta.icon(NAMES[purpose], color=color)
