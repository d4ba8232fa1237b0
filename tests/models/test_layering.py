"""DESIGN.md's layering rule: models, services and reports never import Qt."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_below_the_views():
    offenders = []
    for folder in ("desktop/models", "desktop/services", "reports"):
        for py in (ROOT / folder).rglob("*.py"):
            bad = _imports(py) & {"PySide6", "shiboken6", "qtawesome"}
            if bad:
                offenders.append(f"{py.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, offenders


def test_views_never_import_the_orm_session():
    offenders = []
    for py in (ROOT / "desktop/views").rglob("*.py"):
        src = py.read_text(encoding="utf-8")
        if "sqlalchemy" in _imports(py) or "session_factory" in src:
            offenders.append(str(py.relative_to(ROOT)))
    assert not offenders, offenders
