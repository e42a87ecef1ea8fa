"""Which runners the server may treat as gone at start-up: only ended processes of this host."""

import os
import socket
import subprocess
import sys

from agent.runner_ids import runner_id, runner_process
from service.gone_runners import runner_is_gone

HOST = socket.gethostname()


def test_an_ended_process_of_this_host_is_gone() -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    assert runner_is_gone(f"{HOST}:{ended.pid}:1")
    assert runner_is_gone(f"{HOST}:{ended.pid}")


def test_a_live_process_this_one_and_other_hosts_are_not() -> None:
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as alive:
        try:
            assert not runner_is_gone(f"{HOST}:{alive.pid}:2")
        finally:
            alive.kill()
    assert not runner_is_gone(f"{HOST}:{os.getpid()}:1")
    assert not runner_is_gone(f"another-{HOST}:999999:1")
    assert not runner_is_gone("runner-a")


def test_the_ids_workers_take_name_this_process() -> None:
    assert runner_process(runner_id()) == (HOST, os.getpid())
    assert runner_process(runner_id(3)) == (HOST, os.getpid())
    assert runner_id(3).endswith(":3")
    assert runner_process("runner-a") is None
