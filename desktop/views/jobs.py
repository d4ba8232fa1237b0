"""Run long work off the GUI thread, in the spirit of Anki's QueryOp / napari's thread_worker.

``Job(fn, *args)`` runs ``fn(progress, cancelled, *args)`` in a QThreadPool thread. ``progress(done, total)``
and the result or the failure arrive as signals on the GUI thread. ``cancel()`` asks the job to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:  # noqa: ANN401
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancelled, *self.args)
        except Exception as e:  # delivered to the GUI thread, shown there
            self.done.set()
            self.signals.failed.emit(e)
        else:
            self.done.set()
            self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> Job:
        # keep the job (and its signals) alive until its result reached the GUI thread, even when the
        # caller keeps no reference: a collected QRunnable under a running thread crashes the process
        _LIVE.add(self)
        self.signals.finished.connect(self._release)
        self.signals.failed.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def _release(self, _result: object = None) -> None:
        _LIVE.discard(self)


_LIVE: set[Job] = set()
