"""Audit log use cases: verify the chain (and, later, browse and export it)."""

from __future__ import annotations

from desktop.services import audit
from desktop.services.context import Service
from desktop.services.permissions import Perm, requires


class AuditService(Service):
    @requires(Perm.AUDIT_VIEW)
    def verify(self) -> audit.ChainReport:
        with self.read() as s:
            return audit.verify_chain(s)
