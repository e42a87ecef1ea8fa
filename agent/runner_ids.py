"""Runner ids name the process that holds a job: "host:pid", or "host:pid:n" for a server's n-th worker."""

import os
import socket


def runner_id(number: int | None = None) -> str:
    """The id of this process, or of its `number`-th worker."""
    own = f"{socket.gethostname()}:{os.getpid()}"
    return own if number is None else f"{own}:{number}"


def runner_process(worker_id: str) -> tuple[str, int] | None:
    """The host and pid a runner id names; None for an id of another form (a test's "runner-a")."""
    host, _, rest = worker_id.partition(":")
    pid = rest.partition(":")[0]
    return (host, int(pid)) if host and pid.isdigit() else None
