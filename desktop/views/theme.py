"""Look and feel: Fusion, a light palette with one accent colour, the bundled CJK font, translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from resources.paths import FONT_BOLD_PATH, FONT_FAMILY, FONT_PATH, RESOURCES_DIR

ACCENT = "#1f5fa8"
DISABLED_TEXT = "#9aa3b2"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_translators: list[QTranslator] = []
_language = ["zh_CN"]  # the interface language installed last


def current_language() -> str:
    """``"zh_CN"`` or ``"en"``: the language of the installed catalogue (services' errors follow it)."""
    return _language[0]


def register_fonts() -> str:
    fams = []
    for p in (FONT_PATH, FONT_BOLD_PATH):
        fid = QFontDatabase.addApplicationFont(str(p))
        if fid >= 0:
            fams += QFontDatabase.applicationFontFamilies(fid)
    return fams[0] if fams else FONT_FAMILY


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    family = register_fonts()
    font = QFont(family, 10)
    app.setFont(font)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6fa"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#eef0f3"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#1d2330"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#1d2330"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#1d2330"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a93a3"))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    # setColor(role, …) paints every colour group alike: disabled buttons, fields and labels would look enabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#f0f1f4"))
    app.setPalette(pal)
    qss = RESOURCES_DIR / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    icon = RESOURCES_DIR / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def install_translator(app: QApplication, lang: str) -> bool:
    """Load ``visitdesk_<lang>.qm`` and Qt's own catalogue for ``lang`` (standard buttons, the text fields'
    context menu, file and colour dialogs); returns False when ours is missing. Replaces earlier ones."""
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    qt = QTranslator(app)  # shipped with PySide6; English needs none
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    t = QTranslator(app)
    ok = t.load(str(TRANSLATIONS_DIR / f"visitdesk_{lang}.qm"))
    if ok:
        app.installTranslator(t)  # installed last, so searched first: our wording wins
        _translators.append(t)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English))
    _language[0] = "zh_CN" if lang == "zh_CN" else "en"
    return ok
