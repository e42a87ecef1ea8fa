"""A render manifest vouches for one video file of one job; anything else makes the folder no source."""

import os
from pathlib import Path

from video.render_reuse.manifest import MANIFEST_FILE, read_source, write_manifest


def written(folder: Path, job_id: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    video = folder / "video.mp4"
    video.write_bytes(b"not really a video, but a file with a size")
    write_manifest(
        video, job_id=job_id, identity="id", chunk_frames=30, frames=60, fps=30, chunk_keys=["a", "b"]
    )
    return video


def test_the_manifest_describes_the_video_beside_it(tmp_path: Path) -> None:
    video = written(tmp_path)
    found = read_source(video, 7)
    assert found is not None and found.path == video
    assert found.manifest.chunk_keys == ["a", "b"] and found.manifest.frames == 60


def test_another_jobs_manifest_or_file_is_no_source(tmp_path: Path) -> None:
    video = written(tmp_path, job_id=7)
    assert read_source(video, 8) is None
    other = tmp_path / "other.mp4"
    other.write_bytes(video.read_bytes())
    assert read_source(other, 7) is None


def test_a_video_changed_after_its_manifest_is_no_source(tmp_path: Path) -> None:
    video = written(tmp_path)
    video.write_bytes(b"a different file of another size")
    assert read_source(video, 7) is None
    video = written(tmp_path / "again")
    stat = video.stat()
    os.utime(video, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert read_source(video, 7) is None


def test_a_missing_or_broken_manifest_or_video_is_no_source(tmp_path: Path) -> None:
    video = written(tmp_path)
    (tmp_path / MANIFEST_FILE).write_text("{ not json")
    assert read_source(video, 7) is None
    video = written(tmp_path / "gone")
    video.unlink()
    assert read_source(video, 7) is None
    assert read_source(tmp_path / "nowhere" / "video.mp4", 7) is None
