"""The server's job workers: the service's worker loop in a thread with an event loop of its own, so that a
runner's blocking work (database writes, the offline director's planning) never stalls the API."""

import asyncio
import contextlib
import threading

from service.workers import WorkerSettings, serve_jobs


class WorkerPool:
    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="job workers", daemon=True)

    def start(self) -> "WorkerPool":
        self._thread.start()
        self._ready.wait()
        return self

    def stop(self, timeout_s: float = 30.0) -> None:
        """Stops the workers at their next await; a job they were running stays mid-pipeline and is
        resumed by the next server (or worker) once its lease runs out."""
        if self._loop is not None and self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout_s)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._task = self._loop.create_task(serve_jobs(self.settings))
            self._ready.set()
            with contextlib.suppress(asyncio.CancelledError):
                self._loop.run_until_complete(self._task)
        finally:
            self._ready.set()
            self._loop.close()
