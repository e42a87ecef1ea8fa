"""How much renders yield the CPU to the process that starts them: a server answering creators while it
renders runs its engine and still-check browser at a lower priority (`nice`), so a request never waits behind
a frame. Set by PPR_RENDER_NICE (0, the default, changes nothing; 19 yields the most)."""

import asyncio
import os
from collections.abc import Mapping
from typing import Any

RENDER_NICE_ENV = "PPR_RENDER_NICE"
# The niceness of the scheduling group (autogroup, sched(7)) of a browser that starts a session of its own.
RENDER_GROUP_NICE_ENV = "PPR_RENDER_GROUP_NICE"


def render_niceness() -> int:
    """PPR_RENDER_NICE as a niceness from 0 to 19; ValueError naming the variable when it is not one."""
    text = os.environ.get(RENDER_NICE_ENV, "").strip() or "0"
    if not text.isdigit() or not 0 <= int(text) <= 19:
        raise ValueError(f"{RENDER_NICE_ENV}: must be a whole number from 0 to 19 (got {text[:20]!r})")
    return int(text)


def niced(argv: list[str]) -> list[str]:
    """`argv` run at the render niceness (children it starts, such as Chromium and ffmpeg, inherit it)."""
    niceness = render_niceness()
    return ["nice", "-n", str(niceness), *argv] if niceness else argv


def render_group_env() -> dict[str, str]:
    """{RENDER_GROUP_NICE_ENV: niceness} for the children of a process at the render niceness, or {} when it
    is 0. Chromium starts in a session of its own, and with autogroup scheduling a session shares the CPU as a
    group: for it to yield to this process, its group's niceness is this process's group's plus the render
    niceness (the wrapper scripts that start Chromium set it)."""
    niceness = render_niceness()
    if not niceness:
        return {}
    return {RENDER_GROUP_NICE_ENV: str(min(19, _own_group_niceness() + niceness))}


def _own_group_niceness() -> int:
    """The niceness of this process's autogroup (0 where the kernel has none)."""
    try:
        with open("/proc/self/autogroup") as group:
            return int(group.read().split()[-1])
    except (OSError, ValueError, IndexError):
        return 0


async def start_render_process(
    argv: list[str], *, env: Mapping[str, str], **options: Any
) -> asyncio.subprocess.Process:
    """Starts `argv` (asyncio.create_subprocess_exec with `options`) at the render niceness. When niced it
    starts a session of its own, so that with autogroup scheduling all its processes and threads (an
    encoder's, a compiler's) weigh as one group, and that group gets the render group niceness; `env` gains
    RENDER_GROUP_NICE_ENV for the Chromium it starts in sessions of their own."""
    process = await asyncio.create_subprocess_exec(
        *niced(argv), start_new_session=render_niceness() > 0, env={**env, **render_group_env()}, **options
    )
    yield_as_group(process.pid)
    return process


def yield_as_group(pid: int) -> None:
    """Gives the scheduling group of `pid`, a session leader, the render group niceness (where the kernel
    groups sessions). Nothing for a process that leads no session: its group is its parent's."""
    value = render_group_env().get(RENDER_GROUP_NICE_ENV)
    if value is None or not _leads_a_session(pid):
        return
    try:
        with open(f"/proc/{pid}/autogroup", "w") as group:
            group.write(value)
    except OSError:
        pass


def _leads_a_session(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rpartition(")")[2].split()[3]) == pid
    except (OSError, ValueError, IndexError):
        return False
