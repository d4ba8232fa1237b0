"""Allowed values of the short-string columns, with their Chinese labels.

Labels here are data (they land in exports and PDFs); the GUI translates its own copies through tr().
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COLLECTOR = "collector"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.COLLECTOR: "催收员",
    Role.SUPERVISOR: "主管",
    Role.MANAGER: "经理",
    Role.ADMIN: "管理员",
}


class CaseStatus(StrEnum):
    NEW = "new"
    ASSESSED = "assessed"
    PLANNED = "planned"
    VISIT_SCHEDULED = "scheduled"
    VISITED = "visited"
    PROMISED = "promised"
    ON_PLAN = "on_plan"
    CLOSED = "closed"


CASE_STATUS_LABELS = {
    CaseStatus.NEW: "新案件",
    CaseStatus.ASSESSED: "已评估",
    CaseStatus.PLANNED: "已制定方案",
    CaseStatus.VISIT_SCHEDULED: "已排外访",
    CaseStatus.VISITED: "已外访",
    CaseStatus.PROMISED: "承诺还款",
    CaseStatus.ON_PLAN: "分期履约中",
    CaseStatus.CLOSED: "已结案",
}

OPEN_STATUSES = tuple(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)


class CloseReason(StrEnum):
    PAID = "paid"
    SETTLED = "settled"
    CURED = "cured"
    WRITTEN_OFF = "written_off"
    LEGAL = "legal"


CLOSE_REASON_LABELS = {
    CloseReason.PAID: "全额还清",
    CloseReason.SETTLED: "和解结清",
    CloseReason.CURED: "出催（导入）",
    CloseReason.WRITTEN_OFF: "核销",
    CloseReason.LEGAL: "转法务",
}

BUCKETS = ("M1", "M2", "M3", "M4", "M5", "M6", "M6+")


def bucket_for_dpd(dpd: int) -> str:
    """Bucket (账龄) from days past due: M1 = 1–30, …, M6 = 151–180, M6+ = over 180; M0 when not overdue."""
    if dpd <= 0:
        return "M0"
    if dpd > 180:
        return "M6+"
    return f"M{(dpd - 1) // 30 + 1}"


class VisitStatus(StrEnum):
    PLANNED = "planned"
    NOTIFIED = "notified"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


VISIT_STATUS_LABELS = {
    VisitStatus.PLANNED: "已计划",
    VisitStatus.NOTIFIED: "已通知",
    VisitStatus.DONE: "已完成",
    VisitStatus.CANCELLED: "已取消",
    VisitStatus.MISSED: "未执行",
}

DO_NOT_VISIT_LABELS = {
    "complaint": "投诉处理中",
    "legal": "诉讼程序中",
    "deceased": "借款人已故",
    "hardship": "困难帮扶计划履约中",
}

# default result codes: (code, label, contacted, right party, promise)
DEFAULT_RESULT_CODES = (
    ("ptp", "承诺还款", True, True, True),
    ("plan_agreed", "同意分期方案", True, True, True),
    ("paid", "当场通过公司渠道还款", True, True, False),
    ("refused", "拒绝还款", True, True, False),
    ("dispute", "对债务有异议", True, True, False),
    ("hardship", "声称经济困难", True, True, False),
    ("not_home", "无人在家", False, False, False),
    ("no_answer", "电话无人接听", False, False, False),
    ("moved", "已搬离/地址无效", False, False, False),
    ("third_party", "仅接触第三方", True, False, False),
    ("complaint", "客户投诉", True, True, False),
)
