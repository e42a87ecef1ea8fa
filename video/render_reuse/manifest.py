"""The render manifest beside a version's video: its chunks in order, for later versions to copy from."""

import os
from pathlib import Path

from pydantic import BaseModel, ValidationError

MANIFEST_FILE = "render-manifest.json"


class RenderManifest(BaseModel):
    job_id: int
    video: str
    video_size: int
    video_mtime_ns: int
    identity: str
    chunk_frames: int
    frames: int
    fps: int
    chunk_keys: list[str]


class SourceVideo(BaseModel):
    """An earlier version's video whose chunks can be copied: its manifest and the file it describes."""

    manifest: RenderManifest
    path: Path


def write_manifest(
    video: Path,
    *,
    job_id: int,
    identity: str,
    chunk_frames: int,
    frames: int,
    fps: int,
    chunk_keys: list[str],
) -> Path:
    """Written once the video is complete, and replaced atomically: it always describes a whole video."""
    stat = video.stat()
    manifest = RenderManifest(
        job_id=job_id,
        video=video.name,
        video_size=stat.st_size,
        video_mtime_ns=stat.st_mtime_ns,
        identity=identity,
        chunk_frames=chunk_frames,
        frames=frames,
        fps=fps,
        chunk_keys=chunk_keys,
    )
    path = video.parent / MANIFEST_FILE
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.write_text(manifest.model_dump_json())
    partial.replace(path)
    return path


def read_source(video: Path, job_id: int) -> SourceVideo | None:
    """`video` as a source, if the manifest beside it was written for it by job `job_id` and the file is
    unchanged since (a later job writing to the same folder replaces both)."""
    try:
        manifest = RenderManifest.model_validate_json((video.parent / MANIFEST_FILE).read_text())
        stat = video.stat()
    except (OSError, ValidationError):
        return None
    unchanged = (stat.st_size, stat.st_mtime_ns) == (manifest.video_size, manifest.video_mtime_ns)
    if manifest.job_id != job_id or manifest.video != video.name or not unchanged:
        return None
    return SourceVideo(manifest=manifest, path=video)
