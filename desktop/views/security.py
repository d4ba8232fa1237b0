"""Password dialogs: forced change after an admin reset, and the idle screen lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.services.errors import ServiceError
from desktop.services.users import UserService
from desktop.views.common import error_text


def _password_field(name: str) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


class ChangePasswordDialog(QDialog):
    """Choose a new password (required after an administrator reset it)."""

    def __init__(self, users: UserService, old_password: str = "", forced: bool = False, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.users = users
        self.setWindowTitle(self.tr("Change password"))
        intro = QLabel(self.tr("Your password was reset by an administrator. Choose a new one to continue.")
                       if forced else self.tr("Choose a new password."))
        intro.setWordWrap(True)
        self.old = _password_field("old")
        self.old.setText(old_password)
        self.new = _password_field("new")
        self.confirm = _password_field("confirm")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        if not old_password:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.confirm)
        hint = QLabel(self.tr("At least 8 characters with letters and digits."))
        hint.setStyleSheet("color: #5a6475;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        try:
            self.users.change_password(self.old.text(), self.new.text())
        except ServiceError as e:
            self.message.setText(error_text(e))
            return
        self.accept()


class LockDialog(QDialog):
    """Shown after the idle time: the signed-in user's password unlocks the window."""

    def __init__(self, users: UserService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.users = users
        self.setWindowTitle(self.tr("VisitDesk is locked"))
        self.setModal(True)
        text = QLabel(self.tr("The window was locked after a period without activity. Enter the password of "
                              "%1 to continue.").replace("%1", users.actor.login))
        text.setWordWrap(True)
        self.password = _password_field("password")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quit VisitDesk"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.password)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def unlock(self) -> None:
        try:
            self.users.verify_password(self.password.text())
        except ServiceError as e:
            self.message.setText(error_text(e))
            self.password.clear()
            return
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Esc must not bypass the lock
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input anywhere in the application."""

    idle = Signal()
    _EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, minutes: float, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle.emit)
        self.paused = False
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if not self.paused and event.type() in self._EVENTS:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
