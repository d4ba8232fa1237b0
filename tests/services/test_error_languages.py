"""Every expected error a service raises is written in both languages (DESIGN: "English must be complete").

The Chinese sentence is ``str(e)``; ``en=`` carries the English one, which the English interface and
``visitdesk --lang en`` show (:meth:`desktop.services.errors.ServiceError.text`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.services.errors import ComplianceError, ConflictError, ValidationError

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"
ERRORS = {"ServiceError", "ValidationError", "PermissionDenied", "NotFound", "AuthError", "ConflictError",
          "ComplianceError", "ImportFileError", "FileFormatError"}


def _errors_without_english() -> list[str]:
    """file:line of every construction of an expected error without ``en=``."""
    out = []
    for path in sorted(SERVICES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name in ERRORS and not any(k.arg == "en" for k in node.keywords):
                out.append(f"{path.name}:{node.lineno}")
    return out


def test_every_service_error_is_raised_in_english_too():
    missing = _errors_without_english()
    assert not missing, f"{len(missing)} errors without en=: {', '.join(missing)}"


@pytest.mark.parametrize("cls", [ValidationError, ConflictError])
def test_text_follows_the_language_and_falls_back_to_chinese(cls):
    e = cls("密码太短：至少 8 位。", en="The password is too short: at least 8 characters.")
    assert str(e) == e.text() == e.text("zh_CN") == "密码太短：至少 8 位。"
    assert e.text("en") == "The password is too short: at least 8 characters."
    assert cls("只有中文。").text("en") == "只有中文。"


def test_compliance_error_keeps_its_violations_and_english():
    e = ComplianceError("违反规则。", ["v"], en="Breaks a rule.")
    assert e.violations == ["v"] and e.text("en") == "Breaks a rule."


def test_an_unreadable_import_file_is_explained_in_english_too(tmp_path):
    from datetime import date

    from desktop.services.import_parse import FileFormatError, parse_overdue_file

    bad = tmp_path / "export.txt"
    bad.write_text("x", encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"   ")
    with pytest.raises(FileFormatError) as e:
        parse_overdue_file(bad, today=date(2026, 11, 29))
    assert "不支持的文件类型" in str(e.value) and e.value.en.startswith('Unsupported file type ".txt"')
    with pytest.raises(FileFormatError) as e:
        parse_overdue_file(empty, today=date(2026, 11, 29))
    assert e.value.en == 'The file "empty.csv" is empty: it has no data'
