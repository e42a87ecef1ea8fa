"""Inside the seal the job's own assets still load, at the URLs Python gives them: the engine serves the asset
folder again at the asset server's origin, and the still checker's browser is answered from the folder."""

import asyncio
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from playwright.async_api import async_playwright

from tests.contracts import samples
from tests.engine.props import dynamic_props
from tests.sandbox.conftest import IMAGE_RGB, JobAssets
from video.engine import EngineClient
from video.engine.media import probe
from video.seal import Seal
from video.stills import StillChecker
from video.stills.browser import NetworkPolicy, launch_chromium
from video.stills.static_server import StaticServer

pytestmark = pytest.mark.render

SMALL = (216, 384)
GREEN = IMAGE_RGB.index(max(IMAGE_RGB))

PICTURE = """
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';

// DynamicVideo itself plays the narration (props.audioUrl).
export default function Video({ images }: { images: string[] }) {
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000' }}>
      <Img src={images[0]} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
    </AbsoluteFill>
  );
}
"""


def mean_rgb(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB"), dtype=float).mean(axis=(0, 1))


async def test_a_template_shows_the_jobs_image_and_plays_its_narration(
    sealed_engine: EngineClient, job_assets: JobAssets, tmp_path: Path
) -> None:
    props = samples.course(job_assets.image_url, job_assets.audio_url)
    origins = [job_assets.server.origin]
    plain = await sealed_engine.still(
        "CoursePromoTemplate", tmp_path / "plain.png", frame=10, input_props=samples.course(), size=SMALL
    )
    pictured = await sealed_engine.still(
        "CoursePromoTemplate",
        tmp_path / "pictured.png",
        frame=10,
        input_props=props,
        size=SMALL,
        allowed_origins=origins,
    )
    assert mean_rgb(pictured.path)[GREEN] > mean_rgb(plain.path)[GREEN] + 5
    rendered = await sealed_engine.render(
        "CoursePromoTemplate",
        tmp_path / "clip.mp4",
        input_props=props,
        scale=0.2,
        frame_range=(0, 5),
        x264_preset="ultrafast",
        allowed_origins=origins,
    )
    assert rendered.runtime_errors == []
    assert probe(rendered.path).has_audio


async def test_generated_code_shows_the_jobs_image_and_plays_its_narration(
    sealed_engine: EngineClient, job_assets: JobAssets, tmp_path: Path
) -> None:
    props = await dynamic_props(sealed_engine, PICTURE, seconds=1, size=SMALL)
    props |= {"images": [job_assets.image_url], "audioUrl": job_assets.audio_url}
    origins = [job_assets.server.origin]
    still = await sealed_engine.still(
        "DynamicVideo", tmp_path / "frame.png", frame=5, input_props=props, allowed_origins=origins
    )
    assert still.runtime_errors == []
    assert mean_rgb(still.path)[GREEN] > 150, mean_rgb(still.path)
    rendered = await sealed_engine.render(
        "DynamicVideo",
        tmp_path / "clip.mp4",
        input_props=props,
        frame_range=(0, 5),
        x264_preset="ultrafast",
        allowed_origins=origins,
    )
    assert rendered.runtime_errors == []
    assert probe(rendered.path).has_audio


async def test_the_still_checks_see_the_jobs_image(
    sealed_engine: EngineClient, job_assets: JobAssets, tmp_path: Path
) -> None:
    props: dict[str, Any] = await dynamic_props(sealed_engine, PICTURE, seconds=1, size=SMALL)
    props |= {"images": [job_assets.image_url], "audioUrl": job_assets.audio_url}
    js = props.pop("code")
    async with StillChecker() as checker:
        report = await checker.check(
            js=js, props=props, frames=[5], out_dir=tmp_path, allowed_origins=[job_assets.server.origin]
        )
    assert [issue for issue in report.issues if issue.kind in ("broken_image", "runtime_error")] == []
    assert mean_rgb(report.frames[0].png)[GREEN] > 150


MEASURE = """async () => {
  const audio = document.getElementById("voice");
  const image = document.getElementById("image");
  if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve));
  if (!image.complete) await new Promise((resolve) => image.addEventListener("load", resolve));
  audio.currentTime = audio.duration * 0.75;
  await new Promise((resolve) => audio.addEventListener("seeked", resolve, { once: true }));
  return { duration: audio.duration, position: audio.currentTime, imageWidth: image.naturalWidth };
}"""


async def test_a_sealed_page_plays_and_seeks_audio_answered_from_the_folder(
    seal: Seal, job_assets: JobAssets, tmp_path: Path
) -> None:
    """Routing answers media range requests as the asset server would: the page seeks the narration."""
    (tmp_path / "index.html").write_text(
        f'<!doctype html><img id="image" src="{job_assets.image_url}">'
        f'<audio id="voice" src="{job_assets.audio_url}" preload="auto"></audio>'
    )
    with StaticServer(tmp_path) as site:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, seal=seal)
            try:
                page = await browser.new_page()
                policy = NetworkPolicy(site.origin)
                policy.allow([job_assets.server.origin])
                await policy.attach(page)
                await page.goto(f"{site.origin}/index.html")
                measured = await asyncio.wait_for(page.evaluate(MEASURE), 20)
            finally:
                await browser.close()
    assert abs(measured["duration"] - 3.0) < 0.01
    assert abs(measured["position"] - 2.25) < 0.01
    assert measured["imageWidth"] == 96
