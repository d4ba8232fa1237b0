"""GUI start-up: logging and excepthook, Qt application, bundled font, translator, database, login."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from desktop import APP_AUTHOR, APP_NAME, __version__

log = logging.getLogger("visitdesk")
DEMO_CASES_ON_FIRST_START = 2000
FIRST_START_ADMIN_PASSWORD = "admin123"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def setup_logging() -> Path:
    d = log_dir()
    d.mkdir(parents=True, exist_ok=True)
    path = d / "visitdesk.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook() -> None:
    """Unexpected errors: logged with the traceback, then one dialog with copyable details."""

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        from desktop.services.errors import ServiceError

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, ServiceError):  # an expected error that escaped a handler: one sentence
            from desktop.views.common import show_error

            show_error(None, exc)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "Unexpected error"),
                          QApplication.translate("App", "Something went wrong. Your saved data is safe; the "
                                                        "details were written to the log file:\n%1")
                          .replace("%1", str(log_dir() / "visitdesk.log")))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def make_application(argv: list[str] | None = None, lang: str | None = None):  # noqa: ANN201
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.views.theme import apply_theme, install_translator

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    apply_theme(app)
    lang = lang or QSettings().value("ui/language", "zh_CN")
    install_translator(app, str(lang))
    return app


def run_gui(db_url: str | None = None, lang: str | None = None) -> int:
    setup_logging()
    install_excepthook()
    app = make_application(lang=lang)

    from desktop.models.database import (
        DatabaseError,
        default_db_url,
        open_database,
        resolve_db_url,
        sqlite_path,
    )
    from desktop.views.common import show_error
    from desktop.views.login import LoginDialog
    from desktop.views.mainwindow import MainWindow

    url = resolve_db_url(db_url)
    path = sqlite_path(url)
    fresh = url == default_db_url() and path is not None and not path.exists()
    try:
        db = open_database(url)
    except DatabaseError as e:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(e))
        return 1
    from desktop.models.crypto import KeyError_, _keys, ensure_key
    from desktop.services.setup import has_users, initialize

    try:
        if fresh:
            ensure_key()
        _keys()
    except KeyError_ as e:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(e))
        return 1

    if fresh or not has_users(db):
        from PySide6.QtWidgets import QProgressDialog

        dlg = QProgressDialog(app.translate("App", "Creating the demo database…"), "", 0, 0)
        dlg.setCancelButton(None)
        dlg.show()
        app.processEvents()
        initialize(db, FIRST_START_ADMIN_PASSWORD, demo=DEMO_CASES_ON_FIRST_START, seed=1)
        dlg.close()

    from desktop.services.backup import daily_backup
    from desktop.services.users import UserService

    try:
        made = daily_backup(db)
        if made:
            log.info("daily backup written to %s", made)
    except OSError as e:  # a full disk must not stop the day's work; it is logged
        log.warning("daily backup failed: %s", e)
    login = LoginDialog(UserService(db, None))
    if login.exec() != LoginDialog.DialogCode.Accepted:
        db.dispose()
        return 0
    try:
        win = MainWindow(db, login.actor)
    except Exception as e:  # noqa: BLE001
        show_error(None, e)
        return 1
    win.show()
    code = app.exec()
    db.dispose()
    return code
