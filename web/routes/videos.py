"""Videos: queueing one from a brief or a request, reading jobs and threads, iterating, retrying, deleting."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response, status

from domain.errors import NotFound, UserError
from domain.vocab import JOB_STATUSES
from service import JobOptions, cancel_job, generate_from_brief, generate_video, iterate_video, retry_job
from service.job_files import delete_job
from service.last_built import LastBuilt
from service.status import VideoStatus, statuses_of, video_status
from store.brief.load import parse_brief
from store.jobs import list_jobs
from store.models import saved_id
from store.requests import video_request
from store.versions import get_thread_versions
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import IterationIn, JobAccepted, StepOut, VersionOut, VideoOut

router = APIRouter(prefix="/api/videos", tags=["videos"], route_class=SessionRoute)

Scale = Annotated[float | None, Query(ge=0.1, le=1.0, description="Render at a fraction of full size")]
Captions = Annotated[bool | None, Query(description="Burn captions into the video")]


def file_urls(job_id: int, names: list[str]) -> dict[str, str]:
    return {name: f"/api/videos/{job_id}/files/{name}" for name in names}


def video_out(report: VideoStatus) -> VideoOut:
    return VideoOut(
        job_id=report.job_id,
        status=report.status,
        progress=report.progress,
        render_progress=report.render_progress,
        steps=[StepOut(name=s.name, detail=s.detail, seconds=s.seconds, ok=s.ok) for s in report.steps],
        version=report.version,
        version_label=report.version_label,
        parent_job_id=report.parent_job_id,
        error=report.error,
        created_at=report.created_at,
        files=file_urls(report.job_id, report.files),
    )


@router.post("", status_code=status.HTTP_202_ACCEPTED)
def create_video(
    user: CurrentUser,
    db: SessionDep,
    body: Annotated[dict[str, Any], Body(description="A brief (brief-file format) or a video request")],
    scale: Scale = None,
    captions: Captions = None,
) -> JobAccepted:
    """A brief (its `store` is a mapping) upserts its catalog data and queues the video; a request
    (`prompt`, `course` or `product` of the creator's own catalog) queues it. A bad one writes nothing."""
    options = JobOptions(render_scale=scale, burn_captions=captions)
    if isinstance(body.get("store"), dict):
        if body["store"].get("logo") is not None:
            raise UserError("brief.store.logo: the API takes no logo files; leave it out")
        job = generate_from_brief(db, user, parse_brief(body), options)
    else:
        try:
            job = generate_video(db, user, video_request(**body), options)
        except NotFound as error:
            raise UserError(str(error)) from None
    return JobAccepted(job_id=saved_id(job))


@router.get("")
def list_videos(
    user: CurrentUser, db: SessionDep, status: Annotated[str | None, Query()] = None
) -> list[VideoOut]:
    """The creator's jobs, newest first, failed ones included; `status` keeps one status."""
    if status is not None and status not in JOB_STATUSES:
        raise UserError(f"status: must be one of {', '.join(JOB_STATUSES)} (got {status[:40]!r})")
    return [video_out(report) for report in statuses_of(db, list_jobs(db, user, status))]


# The JSON sent last for each key, serialized again only when what it shows changed.
_bodies: LastBuilt[bytes] = LastBuilt()


# The most polled route: two indexed reads run inline, cheaper than a trip through the thread pool.
@router.get("/{job_id}", response_model=VideoOut)
async def get_video(job_id: int, user: CurrentUser, db: SessionDep) -> Response:
    report = video_status(db, user, job_id)
    body = _bodies.get(job_id, report, lambda: video_out(report).model_dump_json().encode())
    return Response(body, media_type="application/json")


@router.post("/{job_id}/iterations", status_code=status.HTTP_202_ACCEPTED)
def iterate(job_id: int, body: IterationIn, user: CurrentUser, db: SessionDep) -> JobAccepted:
    """Queues the next version of the thread, revised as `feedback` says."""
    return JobAccepted(job_id=saved_id(iterate_video(db, user, job_id, body.feedback)))


@router.get("/{job_id}/versions")
def versions(job_id: int, user: CurrentUser, db: SessionDep) -> list[VersionOut]:
    """The thread's versions, oldest first."""
    return [
        VersionOut(
            job_id=version.job_id,
            version=version.version,
            label=version.label,
            status=version.status,
            parent_job_id=version.parent_id,
            created_at=version.created_at,
        )
        for version in get_thread_versions(db, user, job_id)
    ]


@router.post("/{job_id}/cancel", status_code=status.HTTP_202_ACCEPTED)
def cancel(job_id: int, user: CurrentUser, db: SessionDep) -> JobAccepted:
    """A queued job never starts; a running one stops at its next step (its stream ends with `failed`)."""
    return JobAccepted(job_id=saved_id(cancel_job(db, user, job_id)))


@router.post("/{job_id}/retry", status_code=status.HTTP_202_ACCEPTED)
def retry(
    job_id: int,
    user: CurrentUser,
    db: SessionDep,
    template: Annotated[bool, Query(description="Render the template fallback, no agent")] = False,
) -> JobAccepted:
    return JobAccepted(job_id=saved_id(retry_job(db, user, job_id, template=template)))


@router.delete("/{job_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete(job_id: int, user: CurrentUser, db: SessionDep) -> None:
    """Deletes a finished job with its files, library entry and scheduled posts."""
    delete_job(db, user, job_id)
