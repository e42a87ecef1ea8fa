"""DynamicVideo runs generated code; a crash shows the fallback frame and is reported; the engine recovers."""

import asyncio
import os
import signal
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.engine.props import dynamic_props
from video.engine import EngineClient, EngineCrashed
from video.engine.media import probe

pytestmark = pytest.mark.render

VALID = """
import React from 'react';
import { AbsoluteFill, interpolate, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ script }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 10], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.primary, opacity, justifyContent: 'center' }}>
      <h1 style={{ color: 'white', textAlign: 'center' }}>{script.scenes[0].headline}</h1>
    </AbsoluteFill>
  );
}
"""

THROWS_AT_FRAME_40 = """
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  if (frame === 40) {
    throw new Error('the hook exploded');
  }
  return <AbsoluteFill style={{ backgroundColor: '#22C55E' }} />;
}
"""


def mean_colour(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB"), dtype=float).mean(axis=(0, 1))


async def test_valid_code_renders(engine: EngineClient, tmp_path: Path) -> None:
    props = await dynamic_props(engine, VALID)
    result = await engine.render(
        "DynamicVideo", tmp_path / "valid.mp4", input_props=props, x264_preset="ultrafast"
    )
    assert result.runtime_errors == []
    info = probe(result.path)
    assert (info.width, info.height, info.frames) == (270, 480, 60)
    still = await engine.still("DynamicVideo", tmp_path / "valid.png", frame=30, input_props=props)
    red, green, blue = mean_colour(still.path)
    assert blue > green and red > green  # the violet primary colour fills the frame


async def test_crash_at_a_frame_shows_the_fallback_and_is_reported(
    engine: EngineClient, tmp_path: Path
) -> None:
    props = await dynamic_props(engine, THROWS_AT_FRAME_40)
    result = await engine.render(
        "DynamicVideo", tmp_path / "crash.mp4", input_props=props, x264_preset="ultrafast"
    )
    assert probe(result.path).frames == 60
    assert [(error.frame, error.message) for error in result.runtime_errors] == [
        (40, "Error: the hook exploded")
    ]

    crashed = await engine.still("DynamicVideo", tmp_path / "f40.png", frame=40, input_props=props)
    healthy = await engine.still("DynamicVideo", tmp_path / "f41.png", frame=41, input_props=props)
    assert crashed.runtime_errors and not healthy.runtime_errors
    assert mean_colour(crashed.path).max() < 40  # "Render Error" on black
    assert mean_colour(healthy.path)[1] > 100  # green again on the next frame


async def test_code_without_a_default_export_shows_the_fallback(engine: EngineClient, tmp_path: Path) -> None:
    props = await dynamic_props(engine, "export const Video = () => null;")
    still = await engine.still("DynamicVideo", tmp_path / "none.png", frame=0, input_props=props)
    assert still.runtime_errors[0].message == "the module has no default export that is a React component"


async def wait_until_dead(engine: EngineClient) -> None:
    for _ in range(100):
        if engine.pid is None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the killed engine was not noticed")


async def test_engine_survives_being_killed_between_requests(tmp_path: Path) -> None:
    async with EngineClient() as engine:
        props = await dynamic_props(engine, VALID, seconds=1)
        await engine.still("DynamicVideo", tmp_path / "before.png", frame=0, input_props=props)
        first_pid = engine.pid
        assert first_pid is not None
        os.kill(first_pid, signal.SIGKILL)
        await wait_until_dead(engine)
        after = await engine.still("DynamicVideo", tmp_path / "after.png", frame=10, input_props=props)
        assert after.path.exists()
        assert engine.pid not in (None, first_pid)
        assert engine.starts == 2


async def test_a_request_in_flight_when_the_engine_dies_fails_clearly(tmp_path: Path) -> None:
    async with EngineClient() as engine:
        props = await dynamic_props(engine, VALID, seconds=4)
        render = asyncio.create_task(
            engine.render("DynamicVideo", tmp_path / "killed.mp4", input_props=props)
        )
        pid = await wait_for_request_in_flight(engine)
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(EngineCrashed, match="stopped unexpectedly"):
            await render
        assert (await engine.request("ping"))["pong"] is True
        assert engine.starts == 2


async def wait_for_request_in_flight(engine: EngineClient) -> int:
    for _ in range(200):
        if engine.pid is not None and engine.in_flight > 0:
            return engine.pid
        await asyncio.sleep(0.05)
    raise AssertionError("the render request never reached the engine")
