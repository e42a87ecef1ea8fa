"""A job's published files (with Range requests), the Player's preview input and the assets it loads.
Names are looked up in tables; nothing from the URL is ever joined onto a path."""

from fastapi import APIRouter, HTTPException, Response, status
from fastapi.responses import FileResponse

from service.captioned import CAPTIONED_FILE, CaptionedStatus, captioned_status, start_captioned
from service.job_files import job_asset, job_file
from service.preview import Preview, job_preview
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute

router = APIRouter(prefix="/api/videos", tags=["files"], route_class=SessionRoute)

MEDIA_TYPES = {
    ".mp4": "video/mp4",
    ".jpg": "image/jpeg",
    ".srt": "application/x-subrip",
    ".vtt": "text/vtt",
    ".json": "application/json",
}


@router.get("/{job_id}/files/{name}", response_class=FileResponse)
def get_file(job_id: int, name: str, user: CurrentUser, db: SessionDep) -> FileResponse:
    """video.mp4 (Range requests give 206 with Content-Range), thumbnail.jpg, subtitles.srt,
    subtitles.vtt, captions.json and video-captioned.mp4, once the job has completed."""
    path = job_file(db, user, job_id, name)
    if path is None:
        raise HTTPException(404, f"file: job {job_id} has no file '{name[:60]}'")
    media_type = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, media_type=media_type, content_disposition_type="inline", filename=path.name)


class CaptionedOut(CaptionedStatus):
    url: str | None = None


def _captioned_out(found: CaptionedStatus) -> CaptionedOut:
    url = f"/api/videos/{found.job_id}/files/{CAPTIONED_FILE}" if found.state == "ready" else None
    return CaptionedOut(**found.model_dump(), url=url)


@router.post("/{job_id}/captioned", status_code=status.HTTP_202_ACCEPTED)
def render_captioned(job_id: int, response: Response, user: CurrentUser, db: SessionDep) -> CaptionedOut:
    """Renders the completed job's MP4 with subtitles burned in, in the background: 202 with its state
    ("rendering", and the running render again if one is), or 200 with its `url` when it exists. 409 when
    the job cannot have one (not completed, a template, no voice-over)."""
    found = start_captioned(db, user, job_id)
    if found.state == "ready":
        response.status_code = status.HTTP_200_OK
    return _captioned_out(found)


@router.get("/{job_id}/captioned")
def get_captioned(job_id: int, user: CurrentUser, db: SessionDep) -> CaptionedOut:
    """The MP4 with subtitles: "none", "rendering" with `progress` (0 to 1), "ready" with `url`, or
    "failed" with `error`."""
    return _captioned_out(captioned_status(db, user, job_id))


@router.get("/{job_id}/preview")
def get_preview(job_id: int, user: CurrentUser, db: SessionDep) -> Preview:
    """The Player's input once the composition has validated: 404 until then."""
    preview = job_preview(db, user, job_id, lambda key: f"/api/videos/{job_id}/assets/{key}")
    if preview is None:
        raise HTTPException(404, f"preview: job {job_id} has no validated composition yet")
    return preview


@router.get("/{job_id}/assets/{key}", response_class=FileResponse)
def get_asset(job_id: int, key: str, user: CurrentUser, db: SessionDep) -> FileResponse:
    """An image or the narration of the job's composition (only those its assets.json lists)."""
    path = job_asset(db, user, job_id, key)
    if path is None:
        raise HTTPException(404, f"asset: job {job_id} uses no asset '{key[:80]}'")
    return FileResponse(path)
