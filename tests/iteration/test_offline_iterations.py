"""Offline iterations end to end: the offline director revises the shared parent video, and the new version's
script, code, files and frames show the change, keep the rest, and reuse the parent's assets unless the
feedback needed new ones."""

import json
from pathlib import Path

import pytest
import pytest_asyncio

from agent.offline.director.design import read_design
from agent.runner import JobOutcome
from domain.script import VideoScript
from store.context import gather_context
from store.facts import facts_from_context
from store.library import get_video_for_job
from store.models import VideoJob
from tests.agent.conftest import TEST_SETTINGS
from tests.iteration.conftest import Studio
from tests.iteration.frames import Frame
from video.engine.media import probe

pytestmark = pytest.mark.render


def files_of(job: VideoJob) -> Path:
    assert job.out_dir is not None
    return Path(job.out_dir)


def script_of(job: VideoJob) -> VideoScript:
    return VideoScript.model_validate_json((files_of(job) / "script.json").read_text())


def assets_of(job: VideoJob) -> dict[str, object]:
    snapshot: dict[str, object] = json.loads((files_of(job) / "assets.json").read_text())
    return snapshot


def middle_of(script: VideoScript, scene_id: str, offset: int | None = None) -> int:
    """A frame inside the scene: `offset` frames after it starts, else its middle."""
    index = [scene.id for scene in script.scenes].index(scene_id)
    start = script.scene_starts()[index]
    return start + (offset if offset is not None else script.scenes[index].duration_frames() // 2)


def opacity_of(frame: Frame, starting: str) -> float:
    return max((text.opacity for text in frame.report.texts if text.text.startswith(starting)), default=0.0)


def changed_lines(before: str, after: str) -> set[str]:
    return set(after.splitlines()) - set(before.splitlines())


@pytest_asyncio.fixture(scope="module")
async def aggressive_square(studio: Studio, parent: VideoJob) -> JobOutcome:
    return await studio.iterate(
        parent, "make the hook more aggressive, add the enrollment count and make it square"
    )


async def test_a_code_only_iteration_changes_what_was_asked_and_reuses_every_asset(
    faster_blue: JobOutcome, parent: VideoJob
) -> None:
    job = faster_blue.job
    assert job.status == "completed" and job.stop_reason == "the model finished", job.error
    assert (job.parent_id, job.thread_id, job.version) == (parent.id, parent.thread_id, 2)
    assert job.asset_work == {}
    assert assets_of(job) == assets_of(parent)
    assert (files_of(job) / "voiceover.txt").read_text() == (files_of(parent) / "voiceover.txt").read_text()
    assert "generating_assets" not in job.step_timings and "generating_voice" not in job.step_timings

    assert job.generated_code and parent.generated_code
    assert changed_lines(parent.generated_code, job.generated_code) == {
        "  pace: 1.55,",
        "  showPrice: false,",
    }
    before, after = script_of(parent), script_of(job)
    assert after.color_palette.primary == "#60A5FA"
    assert after.scenes[-1].emphasis == "Join the course"
    assert after.scenes[0] == before.scenes[0] and after.scenes[1] == before.scenes[1]
    assert "$" not in (after.scenes[2].headline or "") and after.scenes[2].emphasis is None

    info = probe(files_of(job) / "video.mp4")
    assert abs(info.frames - 450) <= 1 and info.has_audio


async def test_what_the_director_could_not_do_is_in_the_job_notes(faster_blue: JobOutcome) -> None:
    notes = faster_blue.job.notes
    assert any("could not do this part of the request: 'add a drum solo'" in note for note in notes)
    assert faster_blue.summary and "faster pace" in faster_blue.summary and "drum solo" in faster_blue.summary


async def test_the_code_only_iteration_shows_its_changes_in_the_frames(
    studio: Studio, faster_blue: JobOutcome, parent: VideoJob
) -> None:
    script = script_of(parent)
    picks = [13, middle_of(script, "hook"), middle_of(script, "offer"), middle_of(script, "cta")]
    early, hook, offer, cta = picks
    old, new = await studio.read_frames(parent, picks), await studio.read_frames(faster_blue.job, picks)

    assert old[hook].hue_shares()["warm"] > 0.6 and new[hook].hue_shares()["blue"] > 0.6
    # Faster: the hook's subhead has started its entrance at a frame where the original's has not.
    subhead = script.scenes[0].subhead
    assert subhead
    assert opacity_of(new[early], subhead[:20]) > opacity_of(old[early], subhead[:20]) + 0.1
    assert "$79" in old[offer].text() and "$79" not in new[offer].text()
    assert "Join the course" in new[cta].text() and "Join the course" not in old[cta].text()
    # The rest is as it was.
    assert new[hook].text() == old[hook].text()


async def test_new_copy_gets_new_narration_and_a_new_scene_one_new_image(
    aggressive_square: JobOutcome, parent: VideoJob
) -> None:
    job = aggressive_square.job
    assert job.status == "completed" and job.stop_reason == "the model finished", job.error
    # The new hook is narrated; the new proof scene gets one image, the other four come from the cache.
    assert set(job.asset_work) == {"images", "voice"}
    outcomes = [item["outcome"] for item in job.asset_work["images"]["items"]]
    assert sorted(outcomes) == ["cache_hit"] * 4 + ["generated"]
    images = assets_of(job)["images"]
    assert isinstance(images, list) and images[:2] + images[3:] == assets_of(parent)["images"]
    assert assets_of(job)["voice"] != assets_of(parent)["voice"]

    before, after = script_of(parent), script_of(job)
    assert after.scenes[0].headline != before.scenes[0].headline
    assert (after.scenes[0].headline or "").rstrip(".?!") in (files_of(job) / "voiceover.txt").read_text()
    assert [scene.id for scene in after.scenes] == ["hook", "solution", "proof", "offer", "cta"]
    assert after.color_palette == before.color_palette and after.total_frames() == before.total_frames()
    design = read_design(job.generated_code or "")
    assert design is not None and design.energy == 1 and design.pace == 1.15

    info = probe(files_of(job) / "video.mp4")
    side = round(1080 * TEST_SETTINGS.render_scale / 2) * 2
    assert (info.width, info.height) == (side, side) and abs(info.frames - 450) <= 1


async def test_the_aggressive_square_version_shows_its_hook_and_the_enrollments(
    studio: Studio, aggressive_square: JobOutcome
) -> None:
    job = aggressive_square.job
    assert job.aspect == "1:1"
    entry = get_video_for_job(studio.db, studio.creator, job.id or 0)
    assert entry is not None and entry.aspect == "1:1"
    script = script_of(job)
    # Late in the proof scene: its numbers have finished counting up, its exit has not begun.
    proof_frames = script.scenes[[scene.id for scene in script.scenes].index("proof")].duration_frames()
    hook, proof = middle_of(script, "hook"), middle_of(script, "proof", offset=proof_frames - 18)
    frames = await studio.read_frames(job, [hook, proof])
    weights = {text.text: text.font_weight for text in frames[hook].texts()}
    headline = script.scenes[0].headline or ""
    assert headline and all(weights.get(word) == 900 for word in headline.split())
    assert (frames[hook].report.width, frames[hook].report.height) == (1080, 1080)
    enrolled = facts_from_context(gather_context(studio.db, job)).enrollment_count
    assert enrolled and f"{enrolled:,}+" in frames[proof].text()
    assert "producers enrolled" in frames[proof].text()
