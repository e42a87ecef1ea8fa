"""The runtime corpus of issue 14: compiled code that skips the validator, one sample per technique
(samples/), run straight through DynamicVideo. Rendered and still-checked with a canary listener on
loopback, every sample

- reaches nothing: no connection to the canary, and each refusal shows as the render error the sample expects
  (the media allowlist, wall 2, and the hardened realm, wall 3, stop it in the page, before any request);
- hangs nothing: the samples that block the page (an endless loop, a catastrophic regex, an allocation that
  grows until the tab dies) fail in bounded time and the engine serves the next job (the watchdog, wall 4);
- paints the same every time: two renders give identical frames, a still is the same PNG whatever frames were
  rendered before it, and the preview page hashes every frame the same from a fresh mount as after the others.
"""

import asyncio
import hashlib
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.runtime_corpus.conftest import SAMPLES, Canary, compiled, video_props
from video.engine import EngineClient, EngineError
from video.engine.media import compositor_tool
from video.stills import StillChecker

pytestmark = pytest.mark.render

SIZE = (120, 160)
FRAMES = 8
# Generous for a loaded machine; a sample that hangs is stopped sooner.
FRAME_TIMEOUT_MS = 30_000
HANG_TIMEOUT_MS = 5000
# A render that hangs stops after HANG_TIMEOUT_MS without a frame, then the browser is replaced.
HANG_BOUND_S = 90.0


@dataclass(frozen=True)
class Sample:
    name: str
    # Every runtime error the sample raises matches this (None: it renders without any error).
    refusal: str | None
    # The frame from which the sample misbehaves (before it, it renders cleanly).
    from_frame: int = 0
    # It blocks the page from `from_frame` on: the render must fail in bounded time (wall 4's watchdog).
    hangs: bool = False


CORPUS = [
    Sample(
        "function_constructor",
        r"Error: escapes: arrow=TypeError array=TypeError async=TypeError generator=TypeError "
        r"async-generator=TypeError bound=TypeError name=ReferenceError globalThis=ReferenceError",
    ),
    Sample("create_element_alias", r"SandboxViolation: <[\w-]+> (\w+ )?is not allowed"),
    Sample("css_loads", r"SandboxViolation: .*(CSS escapes|may refer only to this job's assets)"),
    Sample("smil_href", r"SandboxViolation: <(set|animate)> is not allowed"),
    Sample(
        "media_ssrf",
        r"SandboxViolation: <\w+> src \"http://127\.0\.0\.1:\d+/.*\" is not one of this job's assets",
    ),
    Sample("endless_loop", None, from_frame=2, hangs=True),
    Sample("catastrophic_regex", None, from_frame=2, hangs=True),
    Sample("undamped_spring", r"SandboxViolation: spring\(\): ", from_frame=2),
    Sample("huge_allocation", None, from_frame=2, hangs=True),
    Sample("delay_render", r"SandboxViolation: delayRender from remotion is not available to generated code"),
    Sample("random_null", r"SandboxViolation: (random\(null\)|Math\.random) "),
    Sample("module_state", None),
    Sample("date_intl", r"ReferenceError: (Date|Intl|performance) is not available in a video composition"),
    Sample(
        "easing_rewrite",
        r"Error: rewrites: Easing\.linear=TypeError Easing\.define=TypeError Easing\.assign=TypeError "
        r"Remotion\.interpolate=TypeError React\.createElement=TypeError Array\.prototype\.map=TypeError "
        r"Object\.prototype=TypeError Math\.sin=TypeError JSON\.parse=TypeError linear\(0\.5\)=0\.5",
    ),
    Sample(
        "dom_escape",
        r"SandboxViolation: <\w+> \w+ is not allowed: "
        r"(a composition does not touch DOM nodes|event handlers)",
    ),
    Sample(
        "forged_element", r"(SandboxViolation: .*(looks like one|made with React\.createElement)|TypeError: )"
    ),
]

HEALTHY = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

export default function Video() {
  return <AbsoluteFill style={{ backgroundColor: '#FFFFFF' }} />;
}
"""


def test_every_sample_is_in_the_corpus() -> None:
    assert {path.stem for path in SAMPLES.glob("*.tsx")} == {sample.name for sample in CORPUS}


def frame_hashes(video: Path) -> list[str]:
    """A hash of the pixels of every decoded frame of `video` (the compositor's ffmpeg writes PNGs)."""
    ffmpeg, env = compositor_tool("ffmpeg")
    folder = video.with_suffix("")
    folder.mkdir()
    subprocess.run(
        [str(ffmpeg), "-v", "error", "-i", str(video), "-c:v", "png", str(folder / "frame-%03d.png")],
        capture_output=True,
        check=True,
        env=env,
    )
    return [
        hashlib.sha256(Image.open(png).convert("RGB").tobytes()).hexdigest()
        for png in sorted(folder.glob("*.png"))
    ]


def assert_refusals(
    sample: Sample, errors: Sequence[tuple[int | None, str]], frames: range, *, within: bool = False
) -> None:
    """Every error is the sample's refusal (`within`: somewhere in a longer text); every frame from
    `from_frame` on (of `frames`) has one."""
    match = re.search if within else re.match
    for frame, message in errors:
        assert sample.refusal and match(sample.refusal, message), (sample.name, frame, message)
        assert frame is None or frame >= sample.from_frame, (sample.name, frame, message)
    if sample.refusal:
        refused = {frame for frame, _ in errors}
        assert {frame for frame in frames if frame >= sample.from_frame} <= refused, (sample.name, errors)


async def source_of(engine: EngineClient, canary: Canary, sample: Sample) -> tuple[str, dict[str, Any]]:
    js = await compiled(engine, canary.fill((SAMPLES / f"{sample.name}.tsx").read_text()))
    return js, video_props(js, frames=FRAMES, size=SIZE)


async def assert_nothing_reached(canary: Canary) -> None:
    # A request made at the last frame may still be on its way.
    await asyncio.sleep(0.5)
    assert canary.connections == 0


@pytest.mark.parametrize(
    "sample", [sample for sample in CORPUS if not sample.hangs], ids=lambda sample: sample.name
)
async def test_sample_reaches_nothing_and_paints_the_same(
    engine: EngineClient, checker: StillChecker, canary: Canary, sample: Sample, tmp_path: Path
) -> None:
    js, props = await source_of(engine, canary, sample)

    renders = []
    for run in (1, 2):
        result = await asyncio.wait_for(
            engine.render(
                "DynamicVideo",
                tmp_path / f"render-{run}.mp4",
                input_props=props,
                x264_preset="ultrafast",
                muted=True,
                frame_timeout_ms=FRAME_TIMEOUT_MS,
            ),
            HANG_BOUND_S,
        )
        assert_refusals(
            sample, [(error.frame, error.message) for error in result.runtime_errors], range(FRAMES)
        )
        renders.append(frame_hashes(result.path))
    assert len(renders[0]) == FRAMES and renders[0] == renders[1]

    # The same frame as a still, once rendered first and once after another frame.
    stills: dict[int, list[bytes]] = {}
    for order in ((1, FRAMES - 2), (FRAMES - 2, 1)):
        for frame in order:
            still = await engine.still(
                "DynamicVideo", tmp_path / f"still-{frame}.png", frame=frame, input_props=props
            )
            assert_refusals(
                sample, [(error.frame, error.message) for error in still.runtime_errors], range(0)
            )
            stills.setdefault(frame, []).append(still.path.read_bytes())
    assert all(first == second for first, second in stills.values())

    # Each frame hashes the same from a fresh mount (a chunk of one frame) as after every frame before it.
    fingerprints = [
        await checker.fingerprints(
            "DynamicVideo",
            props,
            width=SIZE[0],
            height=SIZE[1],
            duration_in_frames=FRAMES,
            chunk_frames=chunk,
        )
        for chunk in (FRAMES, 1)
    ]
    assert fingerprints[0].hashes == fingerprints[1].hashes

    # The still check (the Player in the preview page) sees the same refusals.
    check_props = {key: value for key, value in props.items() if key != "code"}
    report = await checker.check(
        js=js, props=check_props, frames=list(range(FRAMES)), out_dir=tmp_path / "check"
    )
    runtime = [(issue.frame, issue.message) for issue in report.issues if issue.kind == "runtime_error"]
    assert_refusals(sample, runtime, range(0), within=True)
    if sample.refusal:
        assert runtime
    assert not [issue for issue in report.issues if issue.kind == "broken_image"]

    await assert_nothing_reached(canary)


@pytest.mark.parametrize(
    "sample", [sample for sample in CORPUS if sample.hangs], ids=lambda sample: sample.name
)
async def test_hanging_sample_fails_in_bounded_time(
    engine: EngineClient, checker: StillChecker, canary: Canary, sample: Sample, tmp_path: Path
) -> None:
    js, props = await source_of(engine, canary, sample)
    started = time.perf_counter()
    with pytest.raises(EngineError) as failure:
        await asyncio.wait_for(
            engine.render(
                "DynamicVideo",
                tmp_path / "hang.mp4",
                input_props=props,
                x264_preset="ultrafast",
                muted=True,
                frame_timeout_ms=HANG_TIMEOUT_MS,
            ),
            HANG_BOUND_S,
        )
    assert time.perf_counter() - started < HANG_BOUND_S
    # The watchdog's frame limit, or the page's heap limit (wall 4).
    assert failure.value.kind in {"frame_timeout", "frame_crashed", "render_failed"}, failure.value
    if failure.value.frame is not None:
        assert failure.value.frame >= sample.from_frame

    # The engine serves the next job.
    healthy = video_props(await compiled(engine, HEALTHY), frames=2, size=SIZE)
    result = await engine.render(
        "DynamicVideo", tmp_path / "after.mp4", input_props=healthy, x264_preset="ultrafast"
    )
    assert result.frames == 2 and result.runtime_errors == []

    # The still check of the hanging frame ends too (with an error or a report), and the next check works.
    started = time.perf_counter()
    check_props = {key: value for key, value in props.items() if key != "code"}
    try:
        await asyncio.wait_for(
            checker.check(js=js, props=check_props, frames=[sample.from_frame], out_dir=tmp_path / "check"),
            HANG_BOUND_S,
        )
    except Exception as error:
        assert not isinstance(error, AssertionError)
    assert time.perf_counter() - started < HANG_BOUND_S
    healthy_report = await checker.check(
        js=healthy["code"],
        props={key: value for key, value in healthy.items() if key != "code"},
        frames=[0],
        out_dir=tmp_path / "after-check",
    )
    assert not [issue for issue in healthy_report.issues if issue.kind == "runtime_error"]

    await assert_nothing_reached(canary)
