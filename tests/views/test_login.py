from PySide6.QtCore import QSettings, Qt

from desktop.services.users import UserService
from desktop.views.login import LoginDialog
from tests.conftest import PASSWORD


def test_login_success_remembers_login_name(qtbot, sqlite_world):
    dlg = LoginDialog(UserService(sqlite_world.db, None))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.login, "c1")
    qtbot.keyClicks(dlg.password, PASSWORD)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.result() == LoginDialog.DialogCode.Accepted
    assert dlg.actor.login == "c1" and dlg.actor.role == "collector"
    assert QSettings().value("login/last") == "c1"
    again = LoginDialog(UserService(sqlite_world.db, None))
    qtbot.addWidget(again)
    assert again.login.text() == "c1"


def test_wrong_password_shows_message_and_stays_open(qtbot, sqlite_world, zh):
    dlg = LoginDialog(UserService(sqlite_world.db, None))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.login, "c1")
    qtbot.keyClicks(dlg.password, "nope")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.actor is None
    assert "密码错误" in dlg.message.text() and "还可尝试 4 次" in dlg.message.text()
    assert dlg.password.text() == ""


def test_lockout_after_five_failures(qtbot, sqlite_world):
    dlg = LoginDialog(UserService(sqlite_world.db, None))
    qtbot.addWidget(dlg)
    dlg.login.setText("c1")
    for _ in range(5):
        dlg.password.setText("bad-password")
        dlg.try_login()
    assert "locked for 15 minutes" in dlg.message.text()
    dlg.password.setText(PASSWORD)
    dlg.try_login()
    assert dlg.actor is None and "try again in 15 minutes" in dlg.message.text()
