"""The one way to run slow work (unlock, create, search, demo, export, import) off the GUI thread.

Work runs on a single long-lived worker thread, so calls into one vault are serialised and the
SQLite connection always sees the same thread. Results come back on the GUI thread through a
queued signal, and a callback is dropped if the widget that asked for it has been destroyed
(KeePassXC's ``runThenCallback`` rule).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from exitdesk.app.scrub import scrub_exception

log = logging.getLogger("exitdesk.ui")

Progress = Callable[[int, int], None]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass
class _Job:
    id: int
    owner: QObject | None
    on_success: Success | None
    on_failure: Failure | None
    on_progress: Progress | None
    busy_cursor: bool
    owner_alive: list[bool] = field(default_factory=lambda: [True])


class Task:
    """A handle on submitted work: lets the caller stop caring about the result."""

    def __init__(self, job: _Job, future: Future[Any]) -> None:
        self._job = job
        self._future = future

    def cancel(self) -> None:
        """Drop the callbacks; the work itself finishes (a vault call is never interrupted)."""
        self._job.owner_alive[0] = False
        self._future.cancel()

    def done(self) -> bool:
        return self._future.done()


class TaskRunner(QObject):
    """Runs callables on the worker thread and reports back on the GUI thread.

    ``busyChanged`` tells the window to show a busy state while anything is running.
    """

    busyChanged = Signal(bool)
    # Emitted from the worker thread; queued to this object's (GUI) thread. Only ints cross
    # threads; results wait in ``_results``. PySide6 6.12 on Python 3.11 lost references to
    # None when a queued signal carried a Python object (measured, it crashed the interpreter).
    _finished = Signal(int)
    _progressed = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exitdesk-task")
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._results: dict[int, tuple[bool, object]] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._report, Qt.ConnectionType.QueuedConnection)

    # -- public ---------------------------------------------------------------------------
    def run(
        self,
        work: Callable[..., Any],
        *,
        owner: QObject | None = None,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        on_progress: Progress | None = None,
        busy_cursor: bool = False,
    ) -> Task:
        """Run ``work()`` (or ``work(progress)`` when ``on_progress`` is given) on the worker
        thread. ``owner``: callbacks are skipped once it is destroyed."""
        job = _Job(next(self._ids), owner, on_success, on_failure, on_progress, busy_cursor)
        if owner is not None:
            alive = job.owner_alive
            owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        was_idle = not self._jobs
        self._jobs[job.id] = job
        if busy_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if was_idle:
            self.busyChanged.emit(True)
        future = self._executor.submit(self._execute, job.id, work, on_progress is not None)
        return Task(job, future)

    def cancel_all(self) -> None:
        """Drop the callbacks of everything submitted so far (on lock: no result of work
        started before the lock may reach a view afterwards)."""
        for job in self._jobs.values():
            job.owner_alive[0] = False

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until queued work has run (used on quit, so the vault is locked after it)."""
        self._executor.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    # -- worker thread ----------------------------------------------------------------------
    def _execute(self, job_id: int, work: Callable[..., Any], wants_progress: bool) -> None:
        try:
            if wants_progress:
                result = work(lambda done, total: self._emit_progress(job_id, done, total))
            else:
                result = work()
        except BaseException as exc:
            # Drop the frames of the whole chain: their locals may hold a passphrase or case data.
            self._emit_finished(job_id, False, scrub_exception(exc))
        else:
            self._emit_finished(job_id, True, result)

    def _emit_finished(self, job_id: int, ok: bool, payload: object) -> None:
        with self._lock:
            self._results[job_id] = (ok, payload)
        if shiboken6.isValid(self):
            self._finished.emit(job_id)

    def _emit_progress(self, job_id: int, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self._progressed.emit(job_id, done, total)

    # -- GUI thread -----------------------------------------------------------------------
    def _callbacks_wanted(self, job: _Job) -> bool:
        if not job.owner_alive[0]:
            return False
        return job.owner is None or shiboken6.isValid(job.owner)

    @Slot(int)
    def _deliver(self, job_id: int) -> None:
        with self._lock:
            ok, payload = self._results.pop(job_id)
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if job.busy_cursor:
            QGuiApplication.restoreOverrideCursor()
        if not self._jobs:
            self.busyChanged.emit(False)
        if not self._callbacks_wanted(job):
            return
        if ok:
            if job.on_success is not None:
                job.on_success(payload)
            return
        assert isinstance(payload, BaseException)
        if job.on_failure is not None:
            job.on_failure(payload)
        else:
            log.error("background task failed: %s", type(payload).__name__)

    @Slot(int, int, int)
    def _report(self, job_id: int, done: int, total: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.on_progress is not None and self._callbacks_wanted(job):
            job.on_progress(done, total)
