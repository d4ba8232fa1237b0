from PySide6.QtCore import Qt

from desktop.services.users import UserService
from desktop.views.login import LoginDialog
from desktop.views.mainwindow import MainWindow
from desktop.views.security import ChangePasswordDialog, LockDialog
from tests.conftest import PASSWORD


def test_admin_reset_forces_a_new_password_at_login(qtbot, sqlite_world, monkeypatch):
    w = sqlite_world
    admin = UserService(w.db, w.admin)
    c1 = next(u for u in admin.list_users() if u.login == "c1")
    admin.reset_password(c1.id, "temp12345")

    def fake_exec(dlg):
        assert isinstance(dlg, ChangePasswordDialog) and dlg.old.text() == "temp12345"
        dlg.new.setText("fresh2025x")
        dlg.confirm.setText("fresh2025y")
        dlg.save()
        assert "不一致" in dlg.message.text() or "differ" in dlg.message.text()
        dlg.confirm.setText("fresh2025x")
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", fake_exec)
    dlg = LoginDialog(UserService(w.db, None))
    qtbot.addWidget(dlg)
    dlg.login.setText("c1")
    dlg.password.setText("temp12345")
    dlg.try_login()
    assert dlg.result() == LoginDialog.DialogCode.Accepted and not dlg.actor.must_change_password
    assert UserService(w.db, None).authenticate("c1", "fresh2025x").must_change_password is False


def test_idle_lock_hides_the_window_until_the_password(qtbot, sqlite_world):
    w = MainWindow(sqlite_world.db, sqlite_world.manager, idle_minutes=0.002)  # about 0.1 s
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.locked, timeout=3000)
    assert not w.centralWidget().isVisible()
    dlg = w.lock_dialog
    assert isinstance(dlg, LockDialog)
    dlg.password.setText("wrong-password")
    dlg.unlock()
    assert w.locked and "Wrong login name or password (4 attempts left)" in dlg.message.text()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc does not bypass the lock
    assert w.locked
    dlg.password.setText(PASSWORD)
    dlg.unlock()
    assert not w.locked and w.centralWidget().isVisible()
    w.idle.stop()
    w.cases_page.wait_idle()
