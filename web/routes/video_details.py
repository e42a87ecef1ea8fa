"""What a job was asked for and what it made, for the Studio's job page: its title, prompt, feedback (the
creator's words for an iteration), options, script and notes."""

import json
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from domain.paths import job_dir
from store.library import get_video_for_job
from store.ownership import owned_job
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute

router = APIRouter(prefix="/api/videos", tags=["videos"], route_class=SessionRoute)


class VideoDetailsOut(BaseModel):
    job_id: int
    title: str
    prompt: str
    feedback: str | None
    style: str
    duration_s: int
    aspect: str
    notes: list[str]
    script: dict[str, Any] | None


@router.get("/{job_id}/details")
def video_details(job_id: int, user: CurrentUser, db: SessionDep) -> VideoDetailsOut:
    """The script (camelCase, as the compositions read it) once it is written; the title once the video is
    in the library."""
    job = owned_job(db, user, job_id)
    entry = get_video_for_job(db, user, job_id)
    script_file = job_dir(job_id) / "script.json"
    script = json.loads(script_file.read_text()) if script_file.is_file() else None
    return VideoDetailsOut(
        job_id=job_id,
        title=entry.title if entry is not None else "",
        prompt=job.prompt,
        feedback=job.feedback,
        style=job.style,
        duration_s=job.duration_s,
        aspect=job.aspect,
        notes=list(job.notes),
        script=script,
    )
