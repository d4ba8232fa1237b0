"""Automatic task titles in English.

The task service writes each automatic task's title in Chinese when it creates the task (the title is stored:
the worklist, the audit log and the command line show it). The Chinese interface shows it as it is; the
English one rewrites the known patterns here, amounts and dates taken from the stored title. Manual tasks are
what staff typed and stay as they are, and so does a title this module does not recognise.
"""

from __future__ import annotations

import re

from desktop.views.theme import current_language

_MONEY = r"(¥[\d,]+\.\d{2})"
_MD = r"(\d{2}-\d{2})"
_PATTERNS: dict[str, list[tuple[re.Pattern, str]]] = {
    "promise_due": [(re.compile(rf"承诺还款 {_MONEY} 将于 {_MD} 到期"),
                     "Promise of {0} due {1}: remind the customer to pay on time")],
    "promise_broken": [(re.compile(rf"承诺还款未履行：{_MONEY}（{_MD} 到期）"),
                        "Promise of {0} (due {1}) broken: contact the customer to learn why"),
                       (re.compile(r"^承诺还款未履行"), "Promise to pay broken: follow up with the customer")],
    "installment_due": [(re.compile(rf"分期第 (\d+) 期 {_MONEY} 将于 {_MD} 到期"),
                         "Installment {0}, {1}, due {2}: remind the customer")],
    "installment_missed": [(re.compile(rf"分期第 (\d+) 期逾期未还：应还 {_MONEY}，已还 {_MONEY}（{_MD} 到期）"),
                            "Installment {0} missed: {1} due {3}, {2} paid")],
    "notice": [(re.compile(r"外访 (\d{2}-\d{2} \d{2}:\d{2}) 尚未通知客户"),
                "Visit {0} not notified yet: notify the customer 24 hours ahead and record it")],
    "outcome_missing": [(re.compile(r"(\d{2}-\d{2} \d{2}:\d{2}) 的外访尚未登记结果"),
                         "No outcome logged for the visit of {0}")],
    "reassess": [(re.compile(r"上次评估 (\d{4}-\d{2}-\d{2}) 后 30 天无进展"),
                  "No progress in the 30 days since the assessment of {0}: re-assess")],
}


def task_title(kind: str, title: str) -> str:
    """The task's title in the interface language."""
    if current_language() == "zh_CN":
        return title
    for pattern, english in _PATTERNS.get(kind, ()):
        m = pattern.search(title)
        if m:
            return english.format(*m.groups())
    return title
