"""Automatic task titles: every pattern the task service writes reads in English in the English interface."""

from __future__ import annotations

import re

import pytest

from desktop.services import tasks as T  # noqa: N812
from desktop.views.task_texts import task_title
from desktop.views.theme import install_translator


def _titles() -> dict[str, str]:
    """One title per automatic kind, made by the service's own code paths (read from its source)."""
    import inspect

    src = inspect.getsource(T)
    found = dict(re.findall(r'_Spec\(f"(\w+):\{[^}]+\}", "\w+", [^\n]*\n\s*f"([^"]+)"', src))
    assert set(found) >= {"promise_due", "promise_broken", "installment_due", "installment_missed", "notice",
                          "outcome_missing"}, found
    return found


@pytest.fixture
def english(qapp):
    install_translator(qapp, "en")
    yield


# the service's placeholders by their format, with sample values as it prints them
_SAMPLES = ((r"\{[^{}]*:,\.2f\}", "1,234.50"), (r"\{[^{}]*:%m-%d %H:%M\}", "12-01 14:00"),
            (r"\{[^{}]*:%m-%d\}", "12-01"), (r"\{[^{}]*:%Y-%m-%d\}", "2026-10-29"), (r"\{[^{}]+\}", "3"))


def _fill(template: str) -> str:
    """The title the service writes from this f-string template, with sample values."""
    for pattern, value in _SAMPLES:
        template = re.sub(pattern, value, template)
    return template


def test_every_automatic_title_reads_in_english(english):
    for kind, template in _titles().items():
        title = _fill(template)
        english_title = task_title(kind, title)
        assert not re.search(r"[\u4e00-\u9fff]", english_title), (kind, title, english_title)


def test_reassess_and_a_manual_title(english):
    assert task_title("reassess", "上次评估 2026-10-29 后 30 天无进展：请重新评估") == (
        "No progress in the 30 days since the assessment of 2026-10-29: re-assess")
    assert task_title("manual", "给单位打电话核实新工作") == "给单位打电话核实新工作"
    assert task_title("notice", "外访 12-01 14:00 尚未通知客户：须提前 24 小时通知并登记").startswith(
        "Visit 12-01 14:00 not notified yet")


def test_chinese_interface_keeps_the_stored_title(qapp, zh):
    assert task_title("reassess", "上次评估 2026-10-29 后 30 天无进展：请重新评估").startswith("上次评估")
