"""The creator's finished videos, newest first."""

from fastapi import APIRouter

from service.job_files import files_published
from store.library_rows import library_rows
from web.auth.deps import CurrentUser
from web.db import SessionDep
from web.routes.schemas import LibraryItem
from web.routes.videos import file_urls

router = APIRouter(prefix="/api/library", tags=["videos"])


# One indexed read, inline (cheaper than a trip through the thread pool), however many videos there are.
@router.get("")
async def library(user: CurrentUser, db: SessionDep) -> list[LibraryItem]:
    return [
        LibraryItem(
            video_id=row.video_id,
            job_id=row.job_id,
            title=row.title,
            version=row.version,
            version_label=row.version_label,
            duration_s=row.duration_s,
            aspect=row.aspect,
            created_at=row.created_at,
            files=file_urls(row.job_id, list(files_published(row.job_id, row.job_status))),
        )
        for row in library_rows(db, user)
    ]
