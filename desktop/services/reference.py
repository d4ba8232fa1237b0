"""Reference lists the screens need (branches, result codes)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Branch, Setting
from desktop.services.context import Service
from desktop.services.permissions import Perm, requires


class ReferenceService(Service):
    @requires(Perm.CASE_VIEW)
    def branches(self) -> list[tuple[int, str]]:
        with self.read() as s:
            return [(b.id, b.name) for b in s.scalars(select(Branch).order_by(Branch.name))]

    @requires(Perm.SELF)
    def setting(self, key: str, default=None):  # noqa: ANN001, ANN201
        """A value from the settings table (company details, idle lock minutes …)."""
        with self.read() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value
