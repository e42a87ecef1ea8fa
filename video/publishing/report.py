"""The job report: what `generate --json` prints and report.json holds."""

import json
from pathlib import Path
from typing import Any

from store.models import VideoJob, VideoLibraryEntry

REPORT_FILE = "report.json"


def job_report(job: VideoJob, entry: VideoLibraryEntry | None) -> dict[str, Any]:
    artifacts = job.artifacts
    return {
        "job_id": job.id,
        "status": job.status,
        "video": artifacts.get("video"),
        "thumbnail": artifacts.get("thumbnail"),
        "script": artifacts.get("script"),
        "composition": artifacts.get("composition"),
        "subtitles": {"srt": artifacts.get("srt"), "vtt": artifacts.get("vtt")},
        "duration_s": round(entry.duration_s, 3) if entry else None,
        "aspect": job.aspect,
        "timings": job.step_timings,
        "validation": {"attempts": job.validation_attempts, "passed": job.validation_passed},
        "fallback": job.fallback,
        "model": job.model,
        "stop_reason": job.stop_reason,
        "notes": job.notes,
        "asset_work": job.asset_work,
        "render_work": job.render_work,
        "video_id": entry.id if entry else None,
        "version": job.version,
        "version_label": job.version_label,
        "parent_job_id": job.parent_id,
        "thread_id": job.thread_id,
        "error": job.error,
    }


def write_report(job: VideoJob, entry: VideoLibraryEntry | None, folder: Path) -> Path:
    path = folder / REPORT_FILE
    path.write_text(json.dumps(job_report(job, entry), indent=2, default=str))
    return path
