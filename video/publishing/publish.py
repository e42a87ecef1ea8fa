"""Publishing a rendered version: thumbnail, subtitles, script and code files, captions, the library entry."""

import json
from pathlib import Path

from store.models import VideoLibraryEntry
from store.results import VideoArtifacts, store_video_result
from video.assets.subtitles import cues_from_script, cues_from_words, to_srt, to_vtt
from video.engine.results import RenderResult
from video.publishing.captions import Captions, offline_captions
from video.publishing.report import REPORT_FILE
from video.rendering import composition_and_props, output_size
from video.services import Services
from video.version import RenderSettings, VersionMedia, VersionTarget

THUMBNAIL_AT = 0.3


async def make_thumbnail(
    services: Services, media: VersionMedia, settings: RenderSettings, out: Path
) -> Path:
    """A JPEG still at about 30 % of the video, rendered by the engine from the same composition."""
    composition, props = composition_and_props(services, media, settings)
    frame = int(media.script.total_frames() * THUMBNAIL_AT)
    result = await services.engine.still(
        composition,
        out,
        frame=frame,
        input_props=props,
        size=output_size(media.aspect, settings),
        image_format="jpeg",
        allowed_origins=services.allowed_origins,
    )
    return result.path


def write_subtitles(media: VersionMedia, folder: Path) -> tuple[Path, Path]:
    """SRT and WebVTT from the narration's word timings, or from the scene text and timing without voice."""
    voice = media.voice
    cues = cues_from_words(voice.words) if voice else cues_from_script(media.script)
    srt, vtt = folder / "subtitles.srt", folder / "subtitles.vtt"
    srt.write_text(to_srt(cues))
    vtt.write_text(to_vtt(cues))
    return srt, vtt


async def publish_version(
    services: Services,
    media: VersionMedia,
    target: VersionTarget,
    settings: RenderSettings,
    render: RenderResult,
    captions: Captions | None,
) -> VideoLibraryEntry:
    """Writes the version's published files into its folder and completes the job with its library entry."""
    folder = target.folder
    thumbnail = await make_thumbnail(services, media, settings, folder / "thumbnail.jpg")
    srt, vtt = write_subtitles(media, folder)
    captions = captions or offline_captions(media.facts, media.script)
    script_file = folder / "script.json"
    script_file.write_text(json.dumps(media.script.to_json_dict(), indent=2, ensure_ascii=False))
    (folder / "voiceover.txt").write_text(media.voiceover)
    (folder / "captions.json").write_text(json.dumps(captions.model_dump(), indent=2, ensure_ascii=False))
    composition = folder / "composition.tsx"
    composition.write_text(media.tsx or "")
    artifacts = VideoArtifacts(
        out_dir=folder,
        video=render.path,
        thumbnail=thumbnail,
        srt=srt,
        vtt=vtt,
        script=script_file,
        composition=composition,
        report=folder / REPORT_FILE,
        title=media.facts.title[:200],
        duration_s=render.frames / render.fps,
        captions=captions.by_platform(),
        hashtags=captions.hashtags,
    )
    return store_video_result(target.session, target.job, artifacts)
