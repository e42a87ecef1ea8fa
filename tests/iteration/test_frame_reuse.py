"""A version's render copies the chunks it shares with earlier versions and paints only the rest: an
iteration that changes the last scene paints that scene, the copied frames are the parent's own, the painted
ones match a render from scratch, and a version made that way is a source for the next. Anything that makes
copying unsafe paints everything, and says why."""

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pytest_asyncio

from agent.runner import JobOutcome
from domain.script import VideoScript
from store.models import VideoJob
from tests.agent.conftest import TEST_SETTINGS
from tests.iteration.conftest import Studio
from tests.iteration.frames import version_input
from tests.render_reuse.decode import decoded_frames, keyframe_indices
from video.engine.media import compositor_tool, probe
from video.render_reuse.identity import CHUNK_FRAMES
from video.render_reuse.manifest import (
    MANIFEST_FILE,
    RenderManifest,
    SourceVideo,
    read_source,
    write_manifest,
)
from video.render_reuse.render import ReusableRender, render_reusing_frames

pytestmark = pytest.mark.render

SMALL = (270, 480)


def video_of(job: VideoJob) -> Path:
    return Path(job.artifacts["video"])


def script_of(job: VideoJob) -> VideoScript:
    return VideoScript.model_validate_json(Path(job.artifacts["script"]).read_text())


def with_one_keyframe(video: Path, out: Path) -> None:
    """`video` encoded again with a keyframe on its first frame only."""
    ffmpeg, env = compositor_tool("ffmpeg")
    command = [str(ffmpeg), "-v", "error", "-i", str(video), "-c:v", "libx264", "-preset", "ultrafast"]
    subprocess.run(
        [*command, "-g", "100000", "-sc_threshold", "0", "-c:a", "copy", str(out)], check=True, env=env
    )


def manifest_of(job: VideoJob) -> RenderManifest:
    return RenderManifest.model_validate_json((video_of(job).parent / MANIFEST_FILE).read_text())


async def render_input(studio: Studio, job: VideoJob) -> dict[str, Any]:
    """The version's DynamicVideo props at the tests' render size, with its compiled code."""
    js, props = await version_input(studio.services, studio.db, job)
    return {**props, "code": js, "width": SMALL[0], "height": SMALL[1]}


async def rendering_of(
    studio: Studio,
    version: VideoJob,
    out: Path,
    *,
    sources: Sequence[SourceVideo] = (),
    code: str | None = None,
    frames: int | None = None,
) -> ReusableRender:
    """A render of `version` (or of other compiled `code` with its data, `frames` long) into `out`."""
    props = await render_input(studio, version)
    if code is not None:
        props["code"] = code
    if frames is not None:
        props["durationInFrames"] = frames
    return ReusableRender(
        props=props,
        out=out,
        job_id=10_000,
        x264_preset=TEST_SETTINGS.x264_preset,
        narration=narration_of(studio, version),
        sources=list(sources),
    )


def ignore_progress(fraction: float, detail: str) -> None:
    assert 0.0 <= fraction <= 1.0 and detail


@pytest_asyncio.fixture(scope="module")
async def new_cta(studio: Studio, parent: VideoJob, faster_blue: JobOutcome) -> JobOutcome:
    """faster_blue is the package's version 2: it is made first, this branch of the parent after it."""
    return await studio.iterate(parent, "change the CTA to 'Start today'")


@pytest_asyncio.fixture(scope="module")
async def without_price(studio: Studio, new_cta: JobOutcome) -> JobOutcome:
    return await studio.iterate(new_cta.job, "remove the price")


@pytest_asyncio.fixture(scope="module")
async def faster(studio: Studio, new_cta: JobOutcome) -> JobOutcome:
    """A code-only revision: the pace knob, no new script."""
    return await studio.iterate(new_cta.job, "make it faster")


@pytest_asyncio.fixture(scope="module")
async def last_call(studio: Studio, faster: JobOutcome) -> JobOutcome:
    return await studio.iterate(faster.job, "change the CTA to 'Last call'")


async def test_the_first_version_paints_everything_with_a_keyframe_every_chunk(parent: VideoJob) -> None:
    frames = probe(video_of(parent)).frames
    assert parent.render_work["mode"] == "painted"
    assert parent.render_work["painted_frames"] == frames and parent.render_work["reused_frames"] == 0
    assert set(range(0, frames, CHUNK_FRAMES)) <= set(keyframe_indices(video_of(parent)))
    manifest = manifest_of(parent)
    assert (manifest.job_id, manifest.frames, len(manifest.chunk_keys)) == (
        parent.id,
        frames,
        -(-frames // 30),
    )


async def test_changing_the_last_scene_paints_only_the_chunks_it_is_in(
    studio: Studio, new_cta: JobOutcome, parent: VideoJob, tmp_path: Path
) -> None:
    job = new_cta.job
    assert job.status == "completed", job.error
    script = script_of(job)
    total, cta_start = script.total_frames(), script.scene_starts()[-1]
    untouched = cta_start // CHUNK_FRAMES * CHUNK_FRAMES
    work = job.render_work
    assert work["mode"] == "spliced" and work["reused_from_jobs"] == [parent.id], work
    assert (work["reused_frames"], work["painted_frames"]) == (untouched, total - untouched)

    info = probe(video_of(job))
    assert (info.frames, info.width, info.height, info.has_audio) == (total, *SMALL, True)
    assert info.duration_s == pytest.approx(total / 30, abs=0.05)
    spliced, before = decoded_frames(video_of(job)), decoded_frames(video_of(parent))
    assert np.array_equal(spliced[:untouched], before[:untouched])
    assert np.abs(spliced[untouched:] - before[untouched:]).mean() > 1.0

    props = await render_input(studio, job)
    scratch = tmp_path / "scratch.mp4"
    await studio.services.engine.render(
        "DynamicVideo",
        scratch,
        input_props=props,
        size=SMALL,
        x264_preset=TEST_SETTINGS.x264_preset,
        allowed_origins=studio.services.allowed_origins,
    )
    fresh = decoded_frames(scratch)
    # Encoder noise only: the painted frames are the new version's frames.
    assert np.abs(spliced[untouched:] - fresh[untouched:]).mean() < 1.0


async def test_a_spliced_version_is_a_source_for_the_next(
    without_price: JobOutcome, new_cta: JobOutcome
) -> None:
    job = without_price.job
    assert job.status == "completed", job.error
    work = job.render_work
    assert work["mode"] == "spliced" and new_cta.job.id in work["reused_from_jobs"], work
    assert work["reused_frames"] > 0 and work["painted_frames"] < work["frames"]
    info = probe(video_of(job))
    assert info.frames == work["frames"] and info.has_audio
    assert read_source(video_of(job), job.id or 0) is not None


async def test_a_version_whose_revision_was_code_only_is_iterated_from_its_own_script_and_code(
    last_call: JobOutcome, faster: JobOutcome, new_cta: JobOutcome
) -> None:
    assert "generating_script" not in faster.job.step_timings
    assert script_of(faster.job) == script_of(new_cta.job)
    assert faster.job.generated_code and new_cta.job.generated_code
    pace = next(line for line in faster.job.generated_code.splitlines() if line.startswith("  pace: "))
    assert pace not in new_cta.job.generated_code
    job = last_call.job
    assert job.status == "completed" and job.parent_id == faster.job.id, job.error
    assert job.generated_code and pace in job.generated_code.splitlines()
    before, after = script_of(faster.job), script_of(job)
    assert after.scenes[-1].emphasis == "Last call"
    assert after.scenes[:-1] == before.scenes[:-1] and after.color_palette == before.color_palette
    assert job.render_work["mode"] == "spliced" and faster.job.id in job.render_work["reused_from_jobs"]


async def test_the_same_frames_again_are_copied_whole_without_painting(
    studio: Studio, parent: VideoJob, tmp_path: Path
) -> None:
    source = read_source(video_of(parent), parent.id or 0)
    assert source is not None
    render = await rendering_of(studio, parent, tmp_path / "again.mp4", sources=[source])
    result, work = await render_reusing_frames(studio.services, render, ignore_progress)
    assert (work.mode, work.painted_frames, work.reused_frames) == ("spliced", 0, result.frames)
    assert np.array_equal(decoded_frames(render.out), decoded_frames(video_of(parent)))
    assert read_source(render.out, render.job_id) is not None


async def test_a_source_that_cannot_be_cut_where_needed_is_not_used(
    studio: Studio, parent: VideoJob, tmp_path: Path
) -> None:
    # The parent's video encoded again with a single keyframe, under a manifest that claims its chunks.
    folder = tmp_path / "one-keyframe"
    folder.mkdir()
    damaged = folder / "video.mp4"
    with_one_keyframe(video_of(parent), damaged)
    claimed = manifest_of(parent)
    keys = ["not this chunk", *claimed.chunk_keys[1:]]
    write_manifest(
        damaged,
        job_id=42,
        identity=claimed.identity,
        chunk_frames=30,
        frames=claimed.frames,
        fps=30,
        chunk_keys=keys,
    )
    source = read_source(damaged, 42)
    assert source is not None
    render = await rendering_of(studio, parent, tmp_path / "painted.mp4", sources=[source])
    result, work = await render_reusing_frames(studio.services, render, ignore_progress)
    assert (work.mode, work.painted_frames, work.reused_frames) == ("painted", result.frames, 0)
    assert work.reason and "no keyframe at frame 30" in work.reason
    assert probe(render.out).frames == result.frames


def narration_of(studio: Studio, job: VideoJob) -> Path:
    snapshot = json.loads((video_of(job).parent / "assets.json").read_text())
    return Path(studio.services.asset_store.path_or_url(snapshot["voice"]["audio_key"]))


CANVAS = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

export default function WithCanvas() {
  return (
    <AbsoluteFill style={{ backgroundColor: '#101018' }}>
      <canvas width={32} height={32} />
    </AbsoluteFill>
  );
}
"""

THROWS_LATE = """
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function ThrowsLate() {
  const frame = useCurrentFrame();
  if (frame >= 20) {
    throw new Error('broken after frame 20');
  }
  return <AbsoluteFill style={{ backgroundColor: '#101018' }} />;
}
"""


async def short_render(studio: Studio, parent: VideoJob, tsx: str, out: Path) -> ReusableRender:
    compiled = await studio.services.engine.compile(tsx)
    assert compiled["ok"], compiled
    return await rendering_of(studio, parent, out, code=compiled["js"], frames=45)


async def test_a_composition_with_a_canvas_is_rendered_whole_and_offers_nothing_to_copy(
    studio: Studio, parent: VideoJob, tmp_path: Path
) -> None:
    render = await short_render(studio, parent, CANVAS, tmp_path / "canvas.mp4")
    result, work = await render_reusing_frames(studio.services, render, ignore_progress)
    assert (work.mode, work.painted_frames, result.frames) == ("whole", 45, 45)
    assert work.reason and "<canvas>" in work.reason
    assert not (tmp_path / MANIFEST_FILE).exists()


async def test_a_render_with_runtime_errors_offers_nothing_to_copy(
    studio: Studio, parent: VideoJob, tmp_path: Path
) -> None:
    render = await short_render(studio, parent, THROWS_LATE, tmp_path / "broken.mp4")
    result, work = await render_reusing_frames(studio.services, render, ignore_progress)
    assert work.mode == "painted" and result.runtime_errors
    assert not (tmp_path / MANIFEST_FILE).exists()


def test_no_pieces_are_left_beside_a_spliced_video(new_cta: JobOutcome) -> None:
    folder = video_of(new_cta.job).parent
    assert not (folder / ".render-pieces").exists()
    assert {path.name for path in folder.iterdir()} >= {"video.mp4", MANIFEST_FILE}
