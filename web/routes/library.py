"""The creator's finished videos, newest first."""

from fastapi import APIRouter

from service.job_files import published_files
from store.library import get_video_library
from store.models import saved_id
from store.ownership import owned_jobs
from web.auth.deps import CurrentUser
from web.db import SessionDep
from web.routes.schemas import LibraryItem
from web.routes.videos import file_urls

router = APIRouter(prefix="/api/library", tags=["videos"])


# Two indexed reads, inline (cheaper than a trip through the thread pool), however many videos there are.
@router.get("")
async def library(user: CurrentUser, db: SessionDep) -> list[LibraryItem]:
    entries = get_video_library(db, user)
    jobs = {saved_id(job): job for job in owned_jobs(db, user, [entry.job_id for entry in entries])}
    items = []
    for entry in entries:
        job = jobs[entry.job_id]
        items.append(
            LibraryItem(
                video_id=saved_id(entry),
                job_id=entry.job_id,
                title=entry.title,
                version=entry.version,
                version_label=entry.version_label,
                duration_s=entry.duration_s,
                aspect=entry.aspect,
                created_at=entry.created_at,
                files=file_urls(entry.job_id, list(published_files(job))),
            )
        )
    return items
