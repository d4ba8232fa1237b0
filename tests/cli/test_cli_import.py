"""``visitdesk import`` and ``visitdesk export cases``: summary, JSON, exit codes, error workbook."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from desktop.cli import main
from tests.factories import make_loans, next_day, write_export


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VISITDESK_DB", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    assert main(["init", "--admin-password", "admin123", "--demo", "10"]) == 0
    monkeypatch.setenv("VISITDESK_PASSWORD", "demo1234")
    return tmp_path


def test_import_prints_summary_and_json(env, capsys):
    loans = make_loans(25, seed=5)
    f = write_export(env / "d1.xlsx", loans, date(2026, 11, 27))
    capsys.readouterr()
    assert main(["--user", "sup1", "import", str(f)]) == 0
    out = capsys.readouterr().out
    assert "数据日期：2026-11-27（来自文件中的「数据日期」）" in out and "新增 25" in out
    f2 = write_export(env / "d2.xlsx", next_day(loans), date(2026, 11, 28))
    assert main(["--user", "sup1", "import", str(f2), "--json", "--full-snapshot"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["updated"] == 25 and data["new"] == 0 and data["data_date"] == "2026-11-28"


def test_as_of_wins_over_the_file(env, capsys):
    f = write_export(env / "d1.xlsx", make_loans(5, seed=6), date(2026, 11, 27))
    capsys.readouterr()
    assert main(["--user", "sup1", "import", str(f), "--as-of", "2026-11-27", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["data_date_source"] == "argument" and data["dry_run"] and not data["written"]


def test_invalid_rows_exit_3_and_error_workbook(env, capsys):
    bad = ["HT-X", "王芳", "110105199001011235", "13812345678", None, None, None, 10, 1, 1, 12, 3, None, None,
           "北京市", None, None, "朝阳营业部", None]
    f = write_export(env / "bad.xlsx", make_loans(5, seed=7), date(2026, 11, 27), extra_rows=[bad])
    out_x = env / "errors.xlsx"
    assert main(["--user", "sup1", "import", str(f), "--errors", str(out_x)]) == 3
    out = capsys.readouterr().out
    # the wrong ID number is still personal data: masked on screen and in the report, like everywhere else
    assert "第 9 行「证件号码」110105********1235：校验位错误" in out and "数据库未修改" in out
    assert "110105199001011235" not in out
    ws = openpyxl.load_workbook(out_x).active
    assert [c.value for c in ws[4]] == ["行号", "合同编号", "列（文件中的表头）", "原值", "原因", "完整说明"]
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    assert rows == [(9, "HT-X", "证件号码", "110105********1235", rows[0][4], rows[0][5])] and "校验位" in rows[0][4]
    assert not any("110105199001011235" in str(v) for r in ws.iter_rows(values_only=True) for v in r)


def test_unreadable_file_and_bad_arguments_exit_2(env, capsys):
    junk = env / "junk.xlsx"
    junk.write_bytes(b"nope")
    assert main(["--user", "sup1", "import", str(junk)]) == 2
    assert main(["--user", "sup1", "import", str(env / "missing.xlsx")]) == 2
    assert main(["--user", "sup1", "import", str(junk), "--as-of", "2026-13-45"]) == 2
    assert main(["--user", "sup1", "import", str(junk), "--errors", "out.csv"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_collector_cannot_import(env, capsys):
    f = write_export(env / "d1.xlsx", make_loans(3, seed=8), date(2026, 11, 27))
    assert main(["--user", "c01", "import", str(f)]) == 4


def test_export_cases_masks_personal_data(env, capsys):
    out = env / "cases.xlsx"
    assert main(["--user", "manager", "export", "cases", "--out", str(out)]) == 0
    assert "已导出 10 个案件" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[3]]
    assert header[:4] == ["合同编号", "客户姓名", "证件号码（脱敏）", "手机号码（脱敏）"]
    rows = [r for r in ws.iter_rows(min_row=4, max_row=13, values_only=True)]
    assert len(rows) == 10 and all("********" in r[2] and "****" in r[3] for r in rows)
    # below the rows: count and overdue total of the rows the filter shows
    total = [c.value for c in ws[14]]
    assert total[:2] == ["合计（筛选后）", "=SUBTOTAL(103,A4:A13)"] and total[6] == "=SUBTOTAL(109,G4:G13)"
    assert ws.cell(14, 7).number_format == '"¥"#,##0.00' and ws.cell(14, 1).font.bold
    assert ws.cell(4, 7).number_format == '"¥"#,##0.00' and ws.cell(4, 11).number_format == "yyyy-mm-dd"
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == "A3:K13"  # the header stays, every row filters
    assert ws.cell(1, 1).font.bold and "manager" in ws.oddFooter.center.text
    totals = [r[6] for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert main(["--user", "sup1", "export", "cases", "--out", str(out), "--branch", "北京海淀营业部"]) == 0
    ws = openpyxl.load_workbook(out).active
    assert {r[9] for r in ws.iter_rows(min_row=4, values_only=True) if r[0] != "合计（筛选后）"} <= {"北京朝阳营业部"}


def test_an_older_export_is_refused_unless_allowed(env, capsys):
    """Yesterday's file after today's would set the loans back a day: refused (exit 2) with the way to do it on
    purpose; with --allow-older it is imported and the summary says the figures went back."""
    loans = make_loans(8, seed=9)
    old = write_export(env / "d1.xlsx", loans, date(2026, 11, 27))
    new = write_export(env / "d2.xlsx", next_day(loans), date(2026, 11, 28))
    assert main(["--user", "sup1", "import", str(old)]) == 0
    assert main(["--user", "sup1", "import", str(new)]) == 0
    capsys.readouterr()
    assert main(["--user", "sup1", "import", str(old)]) == 2
    err = capsys.readouterr().err
    assert "早于已导入的 2026-11-28" in err and "--allow-older" in err
    assert main(["--user", "sup1", "import", str(old), "--dry-run"]) == 0  # checking it is harmless
    assert "将恢复到 2026-11-27" in capsys.readouterr().out
    assert main(["--user", "sup1", "import", str(old), "--allow-older", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["older_than"] == "2026-11-28" and data["updated"] == 8


def test_a_renamed_branch_does_not_take_its_cases_unless_told(env, capsys):
    """The core system starts spelling a branch differently: the command line refuses to move the open cases
    into a new branch of that name (exit 2, saying how many and from where) until --create-branches."""
    import dataclasses

    loans = make_loans(6, seed=11)
    assert main(["--user", "sup1", "import", str(write_export(env / "d1.xlsx", loans, date(2026, 11, 27)))]) == 0
    renamed = [dataclasses.replace(ln, branch="新" + ln.branch) for ln in next_day(loans)]
    f = write_export(env / "d2.xlsx", renamed, date(2026, 11, 28))
    capsys.readouterr()
    assert main(["--user", "sup1", "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert "笔贷款目前在" in err and "--create-branches" in err
    assert main(["--user", "sup1", "import", str(f), "--create-branches"]) == 0
    assert "新建营业部：" in capsys.readouterr().out


def test_a_file_that_cannot_be_written_is_explained_in_the_chosen_language(env, capsys):
    """The system's own text ("No such file or directory") is English whatever the language."""
    out = env / "no-such-folder" / "cases.xlsx"
    assert main(["--user", "sup1", "export", "cases", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "文件错误：文件夹不存在" in err and "No such file" not in err and not out.exists()
    assert main(["--lang", "en", "--user", "sup1", "export", "cases", "--out", str(out)]) == 2
    assert "file error: the folder does not exist" in capsys.readouterr().err
