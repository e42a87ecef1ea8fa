"""Wall 4 in the still checks (Playwright): a frame that does not settle within the limit, or crashes its
page, stops the check with the engine's words for it; the tab is replaced and the next check works."""

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.watchdog.compositions import (
    HEALTHY,
    LOOP_AT_EVALUATION,
    RUNAWAY_BODIES,
    allocation,
    at_frame,
    video_props,
)
from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.frames import page_heap_mb
from video.stills.models import AbortedFrame

pytestmark = pytest.mark.render

LIMIT_S = 3.0
# Closing the tab and making sure no renderer still spins, on a busy 2-core machine.
RECOVERY_S = 10


@pytest_asyncio.fixture(scope="module")
async def checker() -> AsyncIterator[StillChecker]:
    async with StillChecker(frame_timeout_s=LIMIT_S) as started:
        yield started


async def compiled(engine: EngineClient, tsx: str) -> tuple[str, dict[str, Any]]:
    props = await video_props(engine, tsx)
    return props.pop("code"), props


async def assert_next_check_works(
    engine: EngineClient, checker: StillChecker, out_dir: Path, before: dict[str, int]
) -> None:
    js, props = await compiled(engine, HEALTHY)
    report = await checker.check(js=js, props=props, frames=[0, 20], out_dir=out_dir)
    assert report.aborted is None
    assert [frame.frame for frame in report.frames] == [0, 20]
    # The hung tab was closed and nothing spins any more: the browser stayed.
    assert checker.recoveries == {"tabs": before["tabs"] + 1, "browsers": before["browsers"]}


@pytest.mark.parametrize("technique", ["catastrophic_regex", "endless_loop"])
async def test_a_frame_that_does_not_settle_stops_the_check(
    engine: EngineClient, checker: StillChecker, tmp_path: Path, technique: str
) -> None:
    js, props = await compiled(engine, at_frame(12, RUNAWAY_BODIES[technique]))
    before = dict(checker.recoveries)
    started = time.perf_counter()
    report = await checker.check(js=js, props=props, frames=[0, 6, 12, 20], out_dir=tmp_path / "hang")
    assert time.perf_counter() - started < LIMIT_S + RECOVERY_S
    assert report.aborted == AbortedFrame(
        frame=12, kind="frame_timeout", message="frame 12 took longer than 3 s"
    )
    assert [frame.frame for frame in report.frames] == [0, 6]
    (issue,) = [issue for issue in report.errors if issue.frame == 12]
    assert issue.kind == "runtime_error"
    assert issue.message.startswith("frame 12 took longer than 3 s (an endless loop, a regular expression")
    assert issue.message.endswith("; the remaining frames were not checked")
    await assert_next_check_works(engine, checker, tmp_path / "after", before)


async def test_code_that_hangs_while_it_loads_stops_at_the_first_frame(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    js, props = await compiled(engine, LOOP_AT_EVALUATION)
    before = dict(checker.recoveries)
    report = await checker.check(js=js, props=props, frames=[10, 20], out_dir=tmp_path / "hang")
    assert report.aborted is not None and report.aborted.message == "frame 0 took longer than 3 s"
    assert report.frames == []
    await assert_next_check_works(engine, checker, tmp_path / "after", before)


async def test_a_huge_allocation_crashes_the_tab_not_the_checker(
    engine: EngineClient, tmp_path: Path
) -> None:
    # Twice the page heap limit, and time enough: the heap limit stops it, not the clock.
    js, props = await compiled(engine, at_frame(12, allocation(2 * page_heap_mb())))
    async with StillChecker(frame_timeout_s=60) as patient:
        report = await patient.check(js=js, props=props, frames=[0, 12, 20], out_dir=tmp_path / "hoard")
        assert report.aborted is not None
        assert (report.aborted.frame, report.aborted.kind) == (12, "frame_crashed")
        assert f"a render page may use {page_heap_mb()} MB" in report.aborted.message
        assert [frame.frame for frame in report.frames] == [0]
        await assert_next_check_works(engine, patient, tmp_path / "after", {"tabs": 0, "browsers": 0})


async def test_a_composition_suspended_for_ever_does_not_hold_the_check(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    """The Player does not wait for delayRender(): the check goes on (the render's watchdog stops that)."""
    js, props = await compiled(engine, at_frame(12, RUNAWAY_BODIES["suspended_forever"]))
    started = time.perf_counter()
    report = await checker.check(js=js, props=props, frames=[0, 12, 20], out_dir=tmp_path / "delay")
    assert time.perf_counter() - started < LIMIT_S + RECOVERY_S
    assert report.aborted is None or report.aborted.frame == 12


async def test_fingerprinting_stops_as_soon_as_a_frame_hangs(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    """Render reuse fingerprints every frame before a render: a hung frame fails it within the frame limit
    (the render that follows then stops at that frame), not after the whole pass's timeout."""
    js, props = await compiled(engine, at_frame(12, RUNAWAY_BODIES["endless_loop"]))
    before = dict(checker.recoveries)
    size = {
        "width": props["width"],
        "height": props["height"],
        "duration_in_frames": props["durationInFrames"],
    }
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        await checker.fingerprints("DynamicVideo", {**props, "code": js}, **size, chunk_frames=30)
    assert time.perf_counter() - started < LIMIT_S + RECOVERY_S
    await assert_next_check_works(engine, checker, tmp_path / "after", before)
