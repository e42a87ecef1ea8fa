"""The creator's whole catalog at a glance: each store with its courses and products, by name."""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from store.models import Course, DigitalProduct, Store, User


@dataclass(frozen=True)
class StoreCatalog:
    store: Store
    courses: list[Course]
    products: list[DigitalProduct]


def creator_catalog(session: Session, user: User) -> list[StoreCatalog]:
    stores = session.exec(select(Store).where(Store.owner_id == user.id).order_by(col(Store.id))).all()
    ids = [store.id for store in stores]
    courses = session.exec(
        select(Course).where(col(Course.store_id).in_(ids)).order_by(col(Course.title))
    ).all()
    products = session.exec(
        select(DigitalProduct).where(col(DigitalProduct.store_id).in_(ids)).order_by(col(DigitalProduct.name))
    ).all()
    return [
        StoreCatalog(
            store,
            [course for course in courses if course.store_id == store.id],
            [product for product in products if product.store_id == store.id],
        )
        for store in stores
    ]
