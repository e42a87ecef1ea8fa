"""Walls 2 and 3 of issue 14, each with code that skips the validator (compiled TSX straight to DynamicVideo):
media outside the job's asset list is refused while the job's own image still loads, the page is locked down
and the generated code's realm reaches nothing (in the Remotion render page and in the still-check page), and
the examples paint exactly what they painted without the walls."""

import asyncio
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from playwright.async_api import async_playwright

from tests.runtime_corpus.conftest import compiled, video_props
from tests.stills.registered import registered_examples
from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.browser import CHROMIUM
from video.stills.frames import scene_spans
from video.stills.preview_build import ensure_preview_built
from video.stills.static_server import StaticServer

pytestmark = pytest.mark.render

SIZE = (120, 160)
COVER = (139, 92, 246)

MEDIA = """
import React from 'react';
import { AbsoluteFill, Img, useCurrentFrame } from 'remotion';
import { CinematicBG, type GeneratedVideoProps } from '@ppr/components';

export default function Video({ images, script }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const asset = images[0] ?? '';
  if (frame === 0) {
    return <Img src={asset} style={{ width: '100%', height: '100%' }} />;
  }
  if (frame === 1) {
    return <Img src={`${asset}?copy`} />;
  }
  return <CinematicBG imageUrl={asset.replace('cover', 'other')} palette={script.colorPalette} />;
}
"""

PROBES = """
import React from 'react';
import { Easing, random } from 'remotion';

const lie = <T,>(value: unknown): T => value as T;
const shared = [Object.prototype, Object.getPrototypeOf(() => 0), Easing, React, Math];
const probes: Array<[string, () => unknown]> = [
  ['window', () => window],
  ['document', () => document],
  ['fetch', () => fetch],
  ['globalThis', () => globalThis],
  ['eval', () => eval],
  ['Function', () => Function],
  ['Date', () => Date],
  ['Intl', () => Intl],
  ['constructor', () => lie<(code: string) => () => unknown>((() => 0).constructor)('return 1')()],
  ['frozen', () => shared.every(Object.isFrozen)],
  ['random', () => random(null)],
  ['this', function (this: unknown) { return typeof this; }],
];

export default function Video() {
  const outcomes = probes.map(([name, probe]) => {
    try {
      return `${name}=${String(probe())}`;
    } catch (error) {
      return `${name}=${(error as Error).name}`;
    }
  });
  throw new Error(outcomes.join(' '));
}
"""

PROBED = (
    "Error: window=ReferenceError document=ReferenceError fetch=ReferenceError globalThis=ReferenceError "
    "eval=ReferenceError Function=ReferenceError Date=ReferenceError Intl=ReferenceError "
    "constructor=TypeError frozen=true random=SandboxViolation this=undefined"
)


@pytest.fixture(scope="module")
def asset_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    root = tmp_path_factory.mktemp("assets")
    Image.new("RGB", (64, 64), COVER).save(root / "cover.png")
    Image.new("RGB", (64, 64), (0, 200, 0)).save(root / "other.png")
    with StaticServer(root) as server:
        yield server


def check_props(js: str, frames: int, images: list[str | None] | None = None) -> dict[str, object]:
    return {
        key: value
        for key, value in video_props(js, frames=frames, size=SIZE, images=images).items()
        if key != "code"
    }


async def test_the_jobs_image_loads_and_anything_else_is_refused(
    engine: EngineClient, checker: StillChecker, asset_server: StaticServer, tmp_path: Path
) -> None:
    js = await compiled(engine, MEDIA)
    cover = f"{asset_server.origin}/cover.png"
    report = await checker.check(
        js=js,
        props=check_props(js, 3, [cover]),
        frames=[0, 1, 2],
        out_dir=tmp_path,
        allowed_origins=[asset_server.origin],
    )
    first = np.asarray(Image.open(report.frames[0].png).convert("RGB"), dtype=float).mean(axis=(0, 1))
    assert np.abs(first - COVER).max() < 8, first
    refused = sorted((issue.frame, issue.message) for issue in report.issues if issue.kind == "runtime_error")
    assert [frame for frame, _ in refused] == [1, 2], refused
    assert f'<Img> src "{cover}?copy" is not one of this job\'s assets' in refused[0][1]
    assert (
        f'<CinematicBG> imageUrl "{asset_server.origin}/other.png" is not one of this job\'s assets'
        in refused[1][1]
    )
    # The engine's page refuses them the same way, before any request.
    props = video_props(js, frames=3, size=SIZE, images=[cover])
    for frame, message in refused:
        still = await engine.still("DynamicVideo", tmp_path / f"{frame}.png", frame=frame, input_props=props)
        assert [error.message for error in still.runtime_errors] == [
            message.split("instead: ")[1].split("; fix")[0]
        ]


async def test_the_realm_reaches_nothing_in_the_render_page_and_the_preview_page(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    js = await compiled(engine, PROBES)
    still = await engine.still(
        "DynamicVideo", tmp_path / "probes.png", frame=0, input_props=video_props(js, frames=1, size=SIZE)
    )
    assert [error.message for error in still.runtime_errors] == [PROBED]
    report = await checker.check(js=js, props=check_props(js, 1), frames=[0], out_dir=tmp_path)
    assert [PROBED in issue.message for issue in report.issues if issue.kind == "runtime_error"] == [True]


async def test_the_preview_page_is_locked_down_and_still_works() -> None:
    preview = await asyncio.to_thread(ensure_preview_built)
    with StaticServer(preview) as server:
        async with async_playwright() as playwright:
            # A plain browser on this machine's loopback (the page is all this test needs).
            browser = await playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = await browser.new_page()
                await page.goto(f"{server.origin}/index.html")
                await page.wait_for_function("window.pprPreview && window.pprPreview.state === 'idle'")
                state = await page.evaluate(
                    """() => {
                      const intrinsics = [Object.prototype, Array.prototype, Promise.prototype];
                      let constructor = 'works';
                      try {
                        (() => 0).constructor('return 1');
                      } catch (error) {
                        constructor = error.name;
                      }
                      const frozen = intrinsics.every(Object.isFrozen);
                      return { frozen, constructor, compartment: typeof Compartment };
                    }"""
                )
            finally:
                await browser.close()
    assert state == {"frozen": True, "constructor": "TypeError", "compartment": "function"}


async def test_examples_paint_what_they_painted_without_the_walls(
    engine: EngineClient, tmp_path: Path
) -> None:
    """The six examples run as generated code, with the walls and in the bench's comparison bundle without
    them: the same PNG bytes in the middle of the first and the last scene."""
    examples = registered_examples(tmp_path / "examples")
    requests = []
    for example in examples:
        js = await compiled(engine, example.source.read_text())
        spans = scene_spans(example.props["script"])
        duration = sum(span.length for span in spans)
        props = {**example.props, "code": js, "durationInFrames": duration, "width": 270, "height": 480}
        frames = [spans[0].start + spans[0].length // 2, spans[-1].start + spans[-1].length // 2]
        requests.append((example.id, props, frames))
    async with EngineClient(env={"PPR_BENCH_WITHOUT_WALLS": "1"}) as unwalled:
        walls_off = await unwalled.bundle()
        assert walls_off.hash != (await engine.bundle()).hash
        differences = []
        for name, props, frames in requests:
            for frame in frames:
                pictures = []
                for label, client in (("walls", engine), ("none", unwalled)):
                    still = await client.still(
                        "DynamicVideo",
                        tmp_path / f"{name}-{frame}-{label}.png",
                        frame=frame,
                        input_props=props,
                    )
                    assert still.runtime_errors == [], (name, label, still.runtime_errors)
                    pictures.append(still.path.read_bytes())
                if pictures[0] != pictures[1]:
                    differences.append(f"{name} frame {frame}")
    assert not differences
