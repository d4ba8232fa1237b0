from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.services.demo import seed_demo
from desktop.views.theme import apply_theme, install_translator


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The English catalogue, as the application loads it for English (plural forms: "1 day", "2 days")."""
    assert install_translator(qapp, "en"), "run make translations first"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("VisitDeskTest")
    QCoreApplication.setApplicationName(f"VisitDeskTest-{tmp_path.name}")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def zh(qapp):
    apply_theme(qapp)
    assert install_translator(qapp, "zh_CN")
    yield qapp
    install_translator(qapp, "en")


@pytest.fixture
def demo_world(sqlite_world):
    from datetime import date

    seed_demo(sqlite_world.db, 300, seed=5, today=date(2026, 11, 27))
    return sqlite_world
