"""Expected errors: each carries one sentence for the user, naming the rule and the fix.

The GUI shows them through one message channel; the CLI prints them on one line and exits non-zero.
Anything else is a bug and goes to the excepthook / log.

Every error is raised in both languages: ``str(e)`` is the Chinese sentence (the default, and what logs and
the audit keep), ``en=`` the same sentence in English, shown when the interface is English
(:meth:`ServiceError.text`). Services never import Qt, so the English travels with the error instead of
going through the Qt catalogue; a test keeps every ``raise`` in ``desktop/services`` bilingual.
"""

from __future__ import annotations

import errno


class ServiceError(Exception):
    """Base of every expected error. ``str(e)`` is the sentence shown to the user; ``en`` the same in English."""

    exit_code = 1

    def __init__(self, message: str, *, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en

    def text(self, lang: str | None = None) -> str:
        """The sentence in the interface language (``"en"`` or Chinese); Chinese when no English was given."""
        return self.en if lang == "en" and self.en else str(self)


class ValidationError(ServiceError):
    exit_code = 2


class PermissionDenied(ServiceError):
    exit_code = 4


class NotFound(ServiceError):
    exit_code = 1


class AuthError(ServiceError):
    exit_code = 5


class ConflictError(ServiceError):
    """Someone else saved the same record since it was loaded (optimistic version counter)."""

    exit_code = 6

    def __init__(self, message: str, *, en: str | None = None, changed_by: str | None = None,
                 changed_at=None) -> None:  # noqa: ANN001
        super().__init__(message, en=en)
        self.changed_by = changed_by
        self.changed_at = changed_at


class ComplianceError(ServiceError):
    exit_code = 7

    def __init__(self, message: str, violations: list | None = None, *, en: str | None = None) -> None:
        super().__init__(message, en=en)
        self.violations = violations or []


class InvalidValue(ValueError):
    """A value a validator refuses (desktop.services.validators, installments): ``str(e)`` is the Chinese reason,
    ``en`` the same in English. A ``ValueError``, so every caller that catches those keeps working; the callers
    that show it take ``en`` instead of translating the Chinese back."""

    def __init__(self, message: str, en: str) -> None:
        super().__init__(message)
        self.en = en


_FILE_ERRORS = {  # errno → (Chinese, English): the system's own text is English whatever the language
    errno.ENOENT: ("文件夹不存在", "the folder does not exist"),
    errno.EACCES: ("没有在那里写入的权限", "no permission to write there"),
    errno.EPERM: ("没有在那里写入的权限", "no permission to write there"),
    errno.ENOSPC: ("磁盘已满", "the disk is full"),
    errno.EROFS: ("磁盘只读", "the disk is read-only"),
    errno.EISDIR: ("已有同名文件夹", "a folder has that name"),
    errno.EBUSY: ("文件正被其他程序打开", "the file is open in another program"),
}


def file_error_text(e: OSError, lang: str | None = None) -> str:
    """Why a file could not be written or read, in Chinese or (``lang`` "en") English, with the file's name."""
    zh, en = _FILE_ERRORS.get(e.errno or 0, (None, None))
    text = (en if lang == "en" else zh) or e.strerror or str(e)
    name = getattr(e, "filename", None)
    if not name:
        return text
    return f"{text} ({name})" if lang == "en" else f"{text}（{name}）"
