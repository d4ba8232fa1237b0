"""Expected errors: each carries one sentence for the user, naming the rule and the fix.

The GUI shows them through one message channel; the CLI prints them on one line and exits non-zero.
Anything else is a bug and goes to the excepthook / log.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every expected error. ``str(e)`` is the sentence shown to the user."""

    exit_code = 1


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

    def __init__(self, message: str, *, changed_by: str | None = None, changed_at=None) -> None:  # noqa: ANN001
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class ComplianceError(ServiceError):
    exit_code = 7

    def __init__(self, message: str, violations: list | None = None) -> None:
        super().__init__(message)
        self.violations = violations or []
