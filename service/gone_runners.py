"""Jobs held by runners of this host whose process has ended (a server killed and started again): freed at
start-up instead of after their lease runs out."""

import os
import socket

from agent.runner_ids import runner_process
from store.db import session_scope
from store.job_queue import release_claims_of_gone_runners


def runner_is_gone(worker_id: str) -> bool:
    """True when `worker_id` ("host:pid" or "host:pid:n") names a process of this host that has ended, such as
    the workers of a server that was killed and started again. Another host's runners are never judged here:
    their lease runs out instead."""
    process = runner_process(worker_id)
    if process is None:
        return False
    host, pid = process
    if host != socket.gethostname() or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


def free_jobs_of_gone_runners() -> list[int]:
    """Frees the jobs of this host's ended runners; returns their ids."""
    with session_scope() as session:
        return release_claims_of_gone_runners(session, runner_is_gone)
