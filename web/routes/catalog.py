"""The creator's stores, courses and products, for the Studio's picker."""

from fastapi import APIRouter

from store.catalog_listing import creator_catalog
from web.auth.deps import CurrentUser
from web.db import SessionDep, SessionRoute
from web.routes.schemas import CatalogOut, CourseOut, ProductOut, StoreOut

router = APIRouter(prefix="/api/catalog", tags=["catalog"], route_class=SessionRoute)


@router.get("")
def catalog(user: CurrentUser, db: SessionDep) -> CatalogOut:
    return CatalogOut(
        stores=[
            StoreOut(
                slug=entry.store.slug,
                name=entry.store.name,
                courses=[CourseOut(slug=c.slug, title=c.title) for c in entry.courses],
                products=[ProductOut(slug=p.slug, name=p.name, type=p.type) for p in entry.products],
            )
            for entry in creator_catalog(db, user)
        ]
    )
