"""Command-line commands, one module per area (import, visits, reports …).

Each module defines ``register(sub)`` that adds its sub-parsers to the ``visitdesk`` parser and binds each
to a handler with ``parser.set_defaults(handler=fn, needs_user=True)``. A handler is called as
``fn(args, db, actor) -> int`` (``actor`` is ``None`` when ``needs_user=False``) and returns the exit
code; expected errors are raised as :class:`desktop.services.errors.ServiceError` (or ``UsageError``
from :mod:`desktop.cli` for bad arguments) and printed by the CLI as one sentence.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    mods = []
    for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        mods.append(importlib.import_module(f"{__name__}.{m.name}"))
    return mods
