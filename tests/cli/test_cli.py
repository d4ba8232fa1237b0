"""The command line: exit codes and one-sentence errors, the same services as the GUI."""

from __future__ import annotations

import pytest

from desktop.cli import main


@pytest.fixture
def url(tmp_path, monkeypatch):
    u = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("VISITDESK_DB", u)
    assert main(["init", "--admin-password", "admin123", "--demo", "20", "--seed", "2"]) == 0
    return u


def run(capsys, *argv, env=None, monkeypatch=None):
    for k, v in (env or {}).items():
        monkeypatch.setenv(k, v)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_is_idempotent_and_says_so(url, capsys):
    capsys.readouterr()
    code, out, _ = run(capsys, "init", "--admin-password", "admin123")
    assert code == 0 and "admin 已存在" in out


def test_user_add_and_errors(url, capsys, monkeypatch):
    env = {"VISITDESK_PASSWORD": "admin123", "VISITDESK_NEW_PASSWORD": "abc12345"}
    code, out, _ = run(capsys, "--user", "admin", "user", "add", "wangf", "--name", "王芳", "--role", "collector",
                       "--branch", "北京朝阳营业部", env=env, monkeypatch=monkeypatch)
    assert code == 0 and "已创建用户 wangf" in out
    code, _, err = run(capsys, "--user", "admin", "user", "add", "wangf", "--name", "王芳", "--role", "collector",
                       "--branch", "北京朝阳营业部", env=env, monkeypatch=monkeypatch)
    assert code == 2 and "已存在" in err and "Traceback" not in err and err.count("\n") == 1
    code, _, err = run(capsys, "--user", "admin", "user", "add", "x2", "--name", "某", "--role", "boss",
                       "--branch", "北京朝阳营业部", env=env, monkeypatch=monkeypatch)
    assert code == 2 and "未知角色「boss」" in err
    monkeypatch.setenv("VISITDESK_PASSWORD", "wrong")
    code, _, err = run(capsys, "--user", "admin", "user", "list")
    assert code == 5 and "密码错误" in err


def test_collector_cannot_add_users(url, capsys, monkeypatch):
    env = {"VISITDESK_PASSWORD": "demo1234", "VISITDESK_NEW_PASSWORD": "abc12345"}
    code, _, err = run(capsys, "--user", "c01", "user", "add", "x3", "--name", "某", "--role", "collector",
                       "--branch", "北京朝阳营业部", env=env, monkeypatch=monkeypatch)
    assert code == 4 and "权限不足" in err


def test_usage_errors_exit_2_with_one_line(capsys):
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and err.count("\n") == 1 and "用法错误" in err
    code, _, err = run(capsys, "init", "--demo", "-3")
    assert code == 2


def test_write_command_without_user_is_refused(url, capsys):
    code, _, err = run(capsys, "user", "list")
    assert code == 2 and "--user" in err


def test_unreachable_database(capsys):
    code, _, err = run(capsys, "--db", "postgresql+psycopg://u:p@127.0.0.1:1/x", "db", "upgrade")
    assert code == 1 and "无法连接数据库" in err and "Traceback" not in err


def test_audit_verify(url, capsys, monkeypatch):
    code, out, _ = run(capsys, "--user", "manager", "audit", "verify", env={"VISITDESK_PASSWORD": "demo1234"},
                       monkeypatch=monkeypatch)
    assert code == 0 and "审计日志完整" in out


def test_audit_export(url, capsys, monkeypatch, tmp_path):
    import openpyxl

    out = tmp_path / "audit.xlsx"
    code, text, _ = run(capsys, "--user", "manager", "audit", "export", "--out", str(out),
                        env={"VISITDESK_PASSWORD": "demo1234"}, monkeypatch=monkeypatch)
    assert code == 0 and "审计事件" in text
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[3]][:4] == ["编号", "时间", "用户", "操作"]
    actions = {r[3] for r in ws.iter_rows(min_row=4, values_only=True)}
    assert {"user.create", "demo.seed", "user.login"} <= actions
