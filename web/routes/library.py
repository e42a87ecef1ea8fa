"""The creator's finished videos, newest first."""

from fastapi import APIRouter, Response
from pydantic import TypeAdapter

from service.job_files import published_names
from service.last_built import LastBuilt
from store.library_rows import LibraryRow, library_rows
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import LibraryItem
from web.routes.videos import file_urls

router = APIRouter(prefix="/api/library", tags=["videos"], route_class=SessionRoute)

_items = TypeAdapter(list[LibraryItem])
# The JSON sent last for each key, serialized again only when what it shows changed.
_bodies: LastBuilt[bytes] = LastBuilt()


# One indexed read, inline (cheaper than a trip through the thread pool), however many videos there are.
@router.get("", response_model=list[LibraryItem])
async def library(user: CurrentUser, db: SessionDep) -> Response:
    rows = library_rows(db, user)
    listing = tuple((row, tuple(published_names(row.job_id, row.job_status))) for row in rows)
    body = _bodies.get(user.id, listing, lambda: _items.dump_json(_library_items(listing)))
    return Response(body, media_type="application/json")


def _library_items(listing: tuple[tuple[LibraryRow, tuple[str, ...]], ...]) -> list[LibraryItem]:
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
            files=file_urls(row.job_id, list(names)),
        )
        for row, names in listing
    ]
