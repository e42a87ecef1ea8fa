"""Copies of a version's published files in a folder of the creator's choosing (`--out`); the originals stay
in the version's folder in the data directory."""

import json
import shutil
from pathlib import Path

from store.models import VideoJob, VideoLibraryEntry
from video.publishing.report import REPORT_FILE, job_report

EXTRA_FILES = ("voiceover.txt", "captions.json")


def export_version(job: VideoJob, entry: VideoLibraryEntry | None, out: Path) -> Path:
    """Copies the job's files into `out` and writes a report that names the copies; returns the report."""
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(job.out_dir or "")
    copies: dict[str, str] = {}
    for role, source in job.artifacts.items():
        path = Path(source)
        if role == "report" or not path.is_file():
            continue
        copies[role] = str(_copy(path, out))
    for name in EXTRA_FILES:
        if (folder / name).is_file():
            _copy(folder / name, out)
    report = job_report(job, entry) | _paths(copies)
    (out / REPORT_FILE).write_text(json.dumps(report, indent=2, default=str))
    return out / REPORT_FILE


def _copy(path: Path, out: Path) -> Path:
    target = out / path.name
    if target.resolve() != path.resolve():
        shutil.copy2(path, target)
    return target


def _paths(copies: dict[str, str]) -> dict[str, object]:
    return {
        "video": copies.get("video"),
        "thumbnail": copies.get("thumbnail"),
        "script": copies.get("script"),
        "composition": copies.get("composition"),
        "subtitles": {"srt": copies.get("srt"), "vtt": copies.get("vtt")},
    }
