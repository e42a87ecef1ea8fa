"""Publishing a rendered job: thumbnail, subtitles, script and code files, captions, the library entry."""

import json
from pathlib import Path

from agent.assets.subtitles import cues_from_script, cues_from_words, to_srt, to_vtt
from agent.captions import Captions, offline_captions
from agent.deps import VideoDeps
from agent.rendering import composition_and_props, output_size
from store.models import VideoLibraryEntry
from store.results import VideoArtifacts, store_video_result

THUMBNAIL_AT = 0.3


async def make_thumbnail(deps: VideoDeps, out: Path) -> Path:
    """A JPEG still at about 30 % of the video, rendered by the engine from the same composition."""
    assert deps.state.draft is not None
    composition, props = composition_and_props(deps)
    frame = int(deps.state.draft.script.total_frames() * THUMBNAIL_AT)
    result = await deps.services.engine.still(
        composition,
        out,
        frame=frame,
        input_props=props,
        size=output_size(deps),
        image_format="jpeg",
        allowed_origins=deps.services.allowed_origins,
    )
    return result.path


def write_subtitles(deps: VideoDeps, folder: Path) -> tuple[Path, Path]:
    """SRT and WebVTT from the narration's word timings, or from the scene text and timing without voice."""
    assert deps.state.draft is not None
    voice = deps.state.voice
    cues = cues_from_words(voice.words) if voice else cues_from_script(deps.state.draft.script)
    srt, vtt = folder / "subtitles.srt", folder / "subtitles.vtt"
    srt.write_text(to_srt(cues))
    vtt.write_text(to_vtt(cues))
    return srt, vtt


async def publish_job(deps: VideoDeps, captions: Captions | None) -> VideoLibraryEntry:
    state = deps.state
    assert state.draft is not None and state.facts is not None and state.render is not None
    folder = deps.work_dir
    thumbnail = await make_thumbnail(deps, folder / "thumbnail.jpg")
    srt, vtt = write_subtitles(deps, folder)
    captions = captions or offline_captions(state.facts, state.draft.script)
    script_file = folder / "script.json"
    script_file.write_text(json.dumps(state.draft.script.to_json_dict(), indent=2, ensure_ascii=False))
    (folder / "voiceover.txt").write_text(state.draft.voiceover)
    (folder / "captions.json").write_text(json.dumps(captions.model_dump(), indent=2, ensure_ascii=False))
    composition = folder / "composition.tsx"
    composition.write_text(state.tsx or "")
    render = state.render
    artifacts = VideoArtifacts(
        out_dir=folder,
        video=render.path,
        thumbnail=thumbnail,
        srt=srt,
        vtt=vtt,
        script=script_file,
        composition=composition,
        report=folder / "report.json",
        title=state.facts.title[:200],
        duration_s=render.frames / render.fps,
        captions=captions.by_platform(),
        hashtags=captions.hashtags,
    )
    entry = store_video_result(deps.session, deps.job, artifacts)
    state.published = True
    return entry
