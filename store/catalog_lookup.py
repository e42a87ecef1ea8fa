"""Finding the store, course or product a request names, among the requesting creator's own catalog only."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlmodel import Session, col, select

from domain.errors import NotFound, UserError
from store.models import Course, DigitalProduct, Store, User
from store.requests import VideoRequest

T = TypeVar("T", Course, DigitalProduct)


@dataclass(frozen=True)
class VideoSubject:
    store: Store
    course: Course | None = None
    product: DigitalProduct | None = None


def resolve_subject(session: Session, user: User, request: VideoRequest) -> VideoSubject:
    stores = _owned_stores(session, user, request.store)
    store_ids = [store.id for store in stores]
    if request.course is not None:
        courses = session.exec(
            select(Course).where(col(Course.store_id).in_(store_ids), Course.slug == request.course)
        ).all()
        course = _only(courses, "course", request.course)
        return VideoSubject(store=_store_of(stores, course.store_id), course=course)
    if request.product is not None:
        products = session.exec(
            select(DigitalProduct).where(
                col(DigitalProduct.store_id).in_(store_ids), DigitalProduct.slug == request.product
            )
        ).all()
        product = _only(products, "product", request.product)
        return VideoSubject(store=_store_of(stores, product.store_id), product=product)
    return VideoSubject(store=stores[0])


def _owned_stores(session: Session, user: User, slug: str | None) -> list[Store]:
    query = select(Store).where(Store.owner_id == user.id).order_by(col(Store.id))
    if slug is not None:
        query = query.where(Store.slug == slug)
    stores = list(session.exec(query).all())
    if stores:
        return stores
    if slug is not None:
        raise NotFound(f"request.store: you have no store '{slug}'; check the slug")
    raise UserError(
        "request.store: you have no store yet; run `ppr-video demo-data` or generate from a brief"
    )


def _only(found: Sequence[T], field: str, slug: str) -> T:
    if not found:
        raise NotFound(f"request.{field}: you have no {field} '{slug}'; check the slug")
    if len(found) > 1:
        raise UserError(
            f"request.{field}: '{slug}' is in several of your stores; name one with request.store"
        )
    return found[0]


def _store_of(stores: list[Store], store_id: int) -> Store:
    return next(store for store in stores if store.id == store_id)
