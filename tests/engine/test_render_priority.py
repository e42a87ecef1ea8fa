"""A server's renders yield the CPU: with PPR_RENDER_NICE the engine (and what it starts) runs at that
niceness; without it, at the caller's own."""

import os
import subprocess
from pathlib import Path

import pytest

from video import render_priority
from video.engine import EngineClient
from video.render_priority import (
    RENDER_GROUP_NICE_ENV,
    RENDER_NICE_ENV,
    niced,
    render_group_env,
    render_niceness,
    yield_as_group,
)
from video.stills import StillChecker
from video.stills.default_props import DEFAULT_FACTS, default_script
from video.stills_service import StillsService
from video.templates import template_props


def niceness_of(pid: int) -> int:
    return niceness_of_stat(Path(f"/proc/{pid}/stat"))


async def test_the_engine_runs_at_the_render_niceness(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    async with EngineClient() as engine:
        await engine.request("ping")
        assert engine.pid is not None
        assert niceness_of(engine.pid) == min(19, os.nice(0) + 7)
        # Its processes and threads (an encoder's, a compiler's) weigh as one group, niced as a whole.
        assert autogroup_of(engine.pid) != autogroup_of(os.getpid())
        assert outranking_groups([engine.pid], min(19, os.nice(0) + 7)) == {}


async def test_chromium_keeps_the_render_niceness(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run as root, Chromium would raise its display and IO threads above the server (niceness -8)."""
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    script = default_script(30)
    props = template_props("CoursePromoTemplate", DEFAULT_FACTS, script, [None] * len(script.scenes), None)
    async with EngineClient() as engine:
        await engine.still(
            "CoursePromoTemplate", tmp_path / "frame.png", frame=10, input_props=props, scale=0.25
        )
        assert engine.pid is not None
        chromium = chromium_of(engine.pid)
        assert chromium, "the still was drawn by the engine's Chromium"
        floor = min(19, os.nice(0) + 7)
        raised = {
            (pid, thread): niceness_of_thread(pid, thread)
            for pid in chromium
            for thread in threads_of(pid)
            if niceness_of_thread(pid, thread) < floor
        }
        assert raised == {}, f"Chromium threads above the render niceness {floor}: {raised}"
        assert outranking_groups(chromium, floor) == {}


async def test_the_still_checkers_chromium_yields_as_a_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Playwright starts Chromium in a session of its own; with autogroup scheduling that session shares the
    CPU as one group, so its niceness alone would not make it yield to the server."""
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    others = set(chromium_of(os.getpid()))  # other tests' checkers, started without the niceness
    async with StillChecker():
        chromium = [pid for pid in chromium_of(os.getpid()) if pid not in others]
        assert chromium, "the still checker started Chromium"
        assert outranking_groups(chromium, min(19, os.nice(0) + 7)) == {}


async def test_the_runners_still_checker_and_its_chromium_run_at_the_render_niceness(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The checker's process is niced, and its Chromium is niced once, not twice."""
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    floor = min(19, os.nice(0) + 7)
    stills = StillsService()
    try:
        with pytest.raises(ValueError, match="outside the video"):
            await stills.check(
                js="",
                props={"width": 54, "height": 96, "durationInFrames": 3},
                frames=[9],
                out_dir=tmp_path,
                allowed_origins=[],
            )
        assert stills.pid is not None and niceness_of(stills.pid) == floor
        assert autogroup_of(stills.pid) != autogroup_of(os.getpid())
        assert outranking_groups([stills.pid], floor) == {}
        chromium = chromium_of(stills.pid)
        assert chromium and {niceness_of(pid) for pid in chromium} == {floor}
        assert outranking_groups(chromium, floor) == {}
    finally:
        await stills.close()


def outranking_groups(pids: list[int], floor: int) -> dict[int, str]:
    """The processes among `pids` in a scheduling group (sched(7) autogroup) of their own whose niceness is
    below `floor`; a process in this test's own group shares its niceness-weighted share."""
    ours = autogroup_of(os.getpid())
    switch = Path("/proc/sys/kernel/sched_autogroup_enabled")
    if ours is None or not switch.exists() or switch.read_text().strip() == "0":
        pytest.skip("this kernel schedules without autogroups: a session's niceness is its processes'")
    found = {}
    for pid in pids:
        group = autogroup_of(pid)
        if group is not None and group != ours and int(group.rpartition(" ")[2]) < floor:
            found[pid] = group
    return found


def autogroup_of(pid: int) -> str | None:
    """The group as "/autogroup-N nice K", or None when the process ended or the kernel has no autogroups."""
    try:
        return Path(f"/proc/{pid}/autogroup").read_text().strip()
    except OSError:
        return None


def chromium_of(root: int) -> list[int]:
    return [pid for pid in descendants(root) if "chromium" in command_of(pid)]


def descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def command_of(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def threads_of(pid: int) -> list[int]:
    try:
        return [int(task.name) for task in Path(f"/proc/{pid}/task").iterdir()]
    except OSError:
        return []


def niceness_of_thread(pid: int, thread: int) -> int:
    try:
        return niceness_of_stat(Path(f"/proc/{pid}/task/{thread}/stat"))
    except OSError:
        return 19  # ended meanwhile


def niceness_of_stat(stat: Path) -> int:
    fields = stat.read_text().rpartition(")")[2].split()
    return int(fields[16])  # field 19 of proc(5), counted after the command name


def test_no_niceness_leaves_the_command_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RENDER_NICE_ENV, raising=False)
    assert niced(["node", "engine.js"]) == ["node", "engine.js"]
    monkeypatch.setenv(RENDER_NICE_ENV, "10")
    assert niced(["node", "engine.js"]) == ["nice", "-n", "10", "node", "engine.js"]


@pytest.mark.parametrize("value", ["-1", "20", "high", "1.5"])
def test_a_bad_niceness_names_the_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(RENDER_NICE_ENV, value)
    with pytest.raises(ValueError, match=f"^{RENDER_NICE_ENV}: must be a whole number from 0 to 19"):
        render_niceness()


def test_chromiums_group_yields_relative_to_this_processs_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_priority, "_own_group_niceness", lambda: 3)
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    assert render_group_env() == {RENDER_GROUP_NICE_ENV: "10"}
    monkeypatch.setenv(RENDER_NICE_ENV, "18")
    assert render_group_env() == {RENDER_GROUP_NICE_ENV: "19"}
    monkeypatch.setenv(RENDER_NICE_ENV, "0")
    assert render_group_env() == {}


def test_a_process_in_this_session_never_changes_its_group(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its group is this process's: renicing it would renice the server."""
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    before = autogroup_of(os.getpid())
    child = subprocess.Popen(["sleep", "5"])
    try:
        yield_as_group(child.pid)
        assert autogroup_of(child.pid) == autogroup_of(os.getpid()) == before
    finally:
        child.kill()
        child.wait()
        if before is not None and autogroup_of(os.getpid()) != before:  # undo what a failure did
            Path("/proc/self/autogroup").write_text(before.rpartition(" ")[2])
