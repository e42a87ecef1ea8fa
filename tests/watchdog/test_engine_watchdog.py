"""Wall 4 in the render engine: a frame that hangs or exhausts memory fails its render or still in bounded
time, naming the frame; the engine closes the page and serves the next request with the same process and
browser."""

import time
from pathlib import Path
from typing import Any

import pytest

from tests.watchdog.compositions import (
    HEALTHY,
    LOOP_AT_EVALUATION,
    RUNAWAY_BODIES,
    allocation,
    at_frame,
    video_props,
)
from tests.watchdog.conftest import FRAME_TIMEOUT_MS, PAGE_HEAP_MB
from video.engine import EngineClient
from video.engine.errors import FrameAborted, FrameCrashed, FrameTimeout

pytestmark = pytest.mark.render

# What a stopped frame may cost beyond its limit: Remotion's cancel, closing the page, freeing Remotion's port
# and checking that no renderer still spins (about 2.5 s), on a busy 2-core machine.
RECOVERY_S = 15


async def recoveries(engine: EngineClient) -> dict[str, int]:
    reply: dict[str, Any] = await engine.request("ping")
    return reply["recoveries"]


async def assert_serves_the_next_render(
    engine: EngineClient, tmp_path: Path, starts: int, before: dict[str, int]
) -> None:
    """Same Node process (not restarted) and same browser (its hung tab was closed, not the browser)."""
    healthy = await video_props(engine, HEALTHY)
    result = await engine.render(
        "DynamicVideo", tmp_path / "after.mp4", input_props=healthy, x264_preset="ultrafast"
    )
    assert result.frames == 30 and result.runtime_errors == []
    assert engine.starts == starts
    after = await recoveries(engine)
    assert after == {"tabs": before["tabs"] + 1, "browsers": before["browsers"]}


async def test_the_engine_reports_its_limits(engine: EngineClient) -> None:
    reply = await engine.request("ping")
    assert (reply["frameTimeoutMs"], reply["pageHeapMb"]) == (FRAME_TIMEOUT_MS, PAGE_HEAP_MB)


@pytest.mark.parametrize("technique", sorted(RUNAWAY_BODIES))
async def test_a_hanging_frame_fails_the_render_and_the_engine_renders_the_next(
    engine: EngineClient, tmp_path: Path, technique: str
) -> None:
    props = await video_props(engine, at_frame(12, RUNAWAY_BODIES[technique]))
    pid, starts, before = engine.pid, engine.starts, await recoveries(engine)
    started = time.perf_counter()
    with pytest.raises(FrameTimeout) as failure:
        await engine.render("DynamicVideo", tmp_path / "hang.mp4", input_props=props, x264_preset="ultrafast")
    elapsed = time.perf_counter() - started
    assert failure.value.kind == "frame_timeout" and failure.value.frame == 12
    assert failure.value.message.startswith("frame 12 took longer than 3 s"), failure.value.message
    assert FRAME_TIMEOUT_MS / 1000 <= elapsed < FRAME_TIMEOUT_MS / 1000 + RECOVERY_S
    await assert_serves_the_next_render(engine, tmp_path, starts, before)
    assert engine.pid == pid


async def test_code_that_hangs_while_it_loads_fails_the_first_frame(
    engine: EngineClient, tmp_path: Path
) -> None:
    props = await video_props(engine, LOOP_AT_EVALUATION)
    starts, before = engine.starts, await recoveries(engine)
    with pytest.raises(FrameTimeout) as failure:
        await engine.render(
            "DynamicVideo",
            tmp_path / "hang.mp4",
            input_props=props,
            frame_range=(5, 20),
            x264_preset="ultrafast",
        )
    assert failure.value.frame == 5
    assert failure.value.message == "frame 5 took longer than 3 s"
    await assert_serves_the_next_render(engine, tmp_path, starts, before)


async def test_a_huge_allocation_crashes_its_page_not_the_engine(
    engine: EngineClient, tmp_path: Path
) -> None:
    # Twice the page heap limit: without the limit Chromium would let the page have it.
    props = await video_props(engine, at_frame(8, allocation(2 * PAGE_HEAP_MB)))
    starts, before = engine.starts, await recoveries(engine)
    started = time.perf_counter()
    with pytest.raises(FrameCrashed) as failure:
        # A long frame limit: the heap limit must stop it, not the clock.
        await engine.render(
            "DynamicVideo",
            tmp_path / "hoard.mp4",
            input_props=props,
            x264_preset="ultrafast",
            frame_timeout_ms=60_000,
        )
    assert time.perf_counter() - started < 60
    assert failure.value.kind == "frame_crashed" and failure.value.frame == 8
    assert failure.value.message == (
        f"frame 8 crashed its page (out of memory? a render page may use {PAGE_HEAP_MB} MB of JavaScript "
        "heap)"
    )
    await assert_serves_the_next_render(engine, tmp_path, starts, before)


async def test_a_still_of_a_hanging_frame_fails_and_the_next_still_works(
    engine: EngineClient, tmp_path: Path
) -> None:
    props = await video_props(engine, at_frame(20, RUNAWAY_BODIES["endless_loop"]))
    starts, before = engine.starts, await recoveries(engine)
    # The frames before the loop are fine.
    still = await engine.still("DynamicVideo", tmp_path / "19.png", frame=19, input_props=props)
    assert still.runtime_errors == []
    with pytest.raises(FrameAborted) as failure:
        await engine.still("DynamicVideo", tmp_path / "20.png", frame=20, input_props=props)
    assert isinstance(failure.value, FrameTimeout)
    assert failure.value.message == "frame 20 took longer than 3 s"
    healthy = await video_props(engine, HEALTHY)
    still = await engine.still("DynamicVideo", tmp_path / "healthy.png", frame=20, input_props=healthy)
    assert still.runtime_errors == [] and engine.starts == starts
    assert await recoveries(engine) == {"tabs": before["tabs"] + 1, "browsers": before["browsers"]}


async def test_the_heaviest_example_renders_under_the_heap_limit(
    engine: EngineClient, tmp_path: Path
) -> None:
    """PausePlayRepeatVideo peaked highest (35 MB of heap) in a full-size render of every example."""
    result = await engine.render(
        "PausePlayRepeatVideo", tmp_path / "heaviest.mp4", frame_range=(300, 309), x264_preset="ultrafast"
    )
    assert result.frames == 10 and result.runtime_errors == []
