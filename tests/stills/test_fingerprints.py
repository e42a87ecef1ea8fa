"""Frame fingerprints, which decide what a render may copy from an earlier version: the same frame hashes
the same in another page load and with the assets on another port, a change shows in exactly the frames that
show it, a chunk mounted on its own hashes like the same frames reached from frame 0, and elements whose
content the DOM does not hold are named."""

from collections.abc import Iterator
from typing import Any

import pytest

from tests.stills.conftest import PALETTE, PORTRAIT, fixture_props
from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.checker import video_props
from video.stills.models import FrameFingerprints
from video.stills.static_server import StaticServer

TWO_SCENES = """
import React from 'react';
import { AbsoluteFill, Img, Sequence, interpolate, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function TwoScenes({ script, images }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const fade = interpolate(frame, [0, 20], [0, 1], { extrapolateRight: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: '#101018' }}>
      {images[0] ? <Img src={images[0]} style={{ width: 64, height: 64 }} /> : null}
      <Sequence durationInFrames={45}>
        <h1 style={{ color: 'white', opacity: fade }}>{script.scenes[0].headline}</h1>
      </Sequence>
      <Sequence from={45}>
        <h1 style={{ color: 'white' }}>{script.scenes[1]?.headline}</h1>
      </Sequence>
    </AbsoluteFill>
  );
}
"""

# A stack that grows by two pixels a frame inside CenterScene, which scales its content down to fit.
GROWING_STACK = """
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import { CenterScene } from '@ppr/components';

export default function GrowingStack() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ backgroundColor: '#101018' }}>
      <CenterScene>
        <div style={{ height: 1400 + 2 * frame, width: 200, backgroundColor: '#8B5CF6' }} />
      </CenterScene>
    </AbsoluteFill>
  );
}
"""

OPAQUE = """
import React from 'react';
import { AbsoluteFill, Audio, Sequence } from 'remotion';

export default function WithSoundAndCanvas() {
  return (
    <AbsoluteFill>
      <canvas width={32} height={32} />
      <Sequence from={60}>
        <Audio src="http://127.0.0.1:9/music.wav" />
      </Sequence>
    </AbsoluteFill>
  );
}
"""


def two_scene_props(
    second_headline: str = "Then this", images: list[str | None] | None = None
) -> dict[str, Any]:
    props = fixture_props(frames=90, images=images)
    props["script"] = {
        "totalDuration": 3,
        "scenes": [
            {"id": "hook", "duration": 1.5, "headline": "First this", "mood": "intrigue"},
            {"id": "cta", "duration": 1.5, "headline": second_headline, "mood": "excitement"},
        ],
        "colorPalette": PALETTE,
    }
    return props


async def compiled(engine: EngineClient, tsx: str) -> str:
    result = await engine.compile(tsx)
    assert result["ok"], result
    js: str = result["js"]
    return js


async def fingerprints(
    checker: StillChecker,
    js: str,
    props: dict[str, Any],
    *,
    chunk_frames: int = 30,
    origins: tuple[str, ...] = (),
) -> FrameFingerprints:
    video = video_props(js, props)
    return await checker.fingerprints(
        "DynamicVideo",
        video,
        width=PORTRAIT[0],
        height=PORTRAIT[1],
        duration_in_frames=video["durationInFrames"],
        chunk_frames=chunk_frames,
        allowed_origins=origins,
    )


@pytest.fixture
def second_server(fixture_server: StaticServer) -> Iterator[StaticServer]:
    """The same asset files served again on another port, as after a restart of the asset server."""
    with StaticServer(fixture_server.root) as server:
        yield server


async def test_a_frame_hashes_the_same_after_a_reload_and_with_its_assets_on_another_port(
    engine: EngineClient, checker: StillChecker, fixture_server: StaticServer, second_server: StaticServer
) -> None:
    js = await compiled(engine, TWO_SCENES)
    assert fixture_server.origin != second_server.origin
    runs = [
        await fingerprints(
            checker, js, two_scene_props(images=[f"{server.origin}/cover.png"]), origins=(server.origin,)
        )
        for server in (fixture_server, second_server, fixture_server)
    ]
    assert len(runs[0].hashes) == 90
    assert runs[0].hashes == runs[1].hashes == runs[2].hashes
    assert runs[0].opaque_elements == [] and runs[0].browser


async def test_a_change_shows_in_exactly_the_frames_that_show_it(
    engine: EngineClient, checker: StillChecker
) -> None:
    js = await compiled(engine, TWO_SCENES)
    before = (await fingerprints(checker, js, two_scene_props("Then this"))).hashes
    after = (await fingerprints(checker, js, two_scene_props("Then that"))).hashes
    assert before[:45] == after[:45]
    assert all(old != new for old, new in zip(before[45:], after[45:], strict=True))
    # The fade-in gives every frame up to 20 its own picture; the held title after it repeats one.
    assert len(set(before[:21])) == 21 and len(set(before[21:45])) == 1


async def test_a_chunk_mounted_on_its_own_hashes_like_the_same_frames_reached_from_the_start(
    engine: EngineClient, checker: StillChecker
) -> None:
    js = await compiled(engine, GROWING_STACK)
    props = fixture_props(frames=90)
    one_pass = (await fingerprints(checker, js, props, chunk_frames=90)).hashes
    in_chunks = (await fingerprints(checker, js, props, chunk_frames=15)).hashes
    assert len(set(one_pass)) == 90
    assert in_chunks == one_pass


async def test_elements_whose_content_the_dom_does_not_hold_are_named(
    engine: EngineClient, checker: StillChecker
) -> None:
    js = await compiled(engine, OPAQUE)
    # The music is one of the job's assets: media from anywhere else is refused (issue 14, wall 2).
    found = await fingerprints(checker, js, fixture_props(frames=90, images=["http://127.0.0.1:9/music.wav"]))
    assert found.opaque_elements == ["audio", "canvas"]
