"""``visitdesk report NAME …``: files written, wrong extension is a usage error (exit 2), scope refused."""

from __future__ import annotations

import openpyxl
import pypdf
import pytest

from desktop.cli import main


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VISITDESK_DB", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    assert main(["init", "--admin-password", "admin123", "--demo", "40"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    return tmp_path


def test_report_to_xlsx_and_pdf(env, capsys):
    out = env / "perf.xlsx"
    assert main(["--user", "manager", "report", "performance", "--from", "2026-01-01", "--to", "2026-12-31",
                 "--out", str(out)]) == 0
    assert "催收员绩效" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[-1] == "指标说明"
    pdf = env / "summary.pdf"
    assert main(["--user", "sup1", "report", "summary", "--out", str(pdf)]) == 0
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "经营摘要" in text and "北京朝阳营业部" in text
    assert main(["--user", "manager", "report", "aging", "--branch", "BJ-HD", "--out", str(env / "a.pdf")]) == 0


def test_usage_errors_exit_2(env, capsys):
    assert main(["--user", "manager", "report", "summary", "--out", str(env / "s.xlsx")]) == 2
    assert "只能保存为 .pdf" in capsys.readouterr().err
    assert main(["--user", "manager", "report", "visits", "--out", str(env / "v.pdf")]) == 2
    assert main(["--user", "manager", "report", "nonsense", "--out", str(env / "v.xlsx")]) == 2
    assert main(["--user", "manager", "report", "visits", "--from", "2026-13-01", "--out", str(env / "v.xlsx")]) == 2


def test_scope_and_permissions(env, capsys):
    assert main(["--user", "c01", "report", "visits", "--out", str(env / "v.xlsx")]) == 4
    assert main(["--user", "sup1", "report", "visits", "--branch", "BJ-HD", "--out", str(env / "v.xlsx")]) == 1
    assert "不在你的查看范围内" in capsys.readouterr().err


def test_unmasked_report_needs_a_reason(env, capsys):
    out = env / "v.xlsx"
    assert main(["--user", "manager", "report", "visits", "--unmasked", "--out", str(out)]) == 2
    assert "需要填写理由" in capsys.readouterr().err and not out.exists()
    assert main(["--user", "manager", "report", "visits", "--unmasked", "--reason", "核对法务移交名单",
                 "--out", str(out)]) == 0
    assert "未脱敏" in openpyxl.load_workbook(out)["外访明细"]["A3"].value
