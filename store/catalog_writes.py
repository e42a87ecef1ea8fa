"""Writing catalog entries described by brief models: upserts by slug, flushed but not committed."""

from typing import Any

from sqlmodel import Session, col, delete, select

from domain.errors import UserError
from store.brief.model import BriefCourse, BriefProduct, BriefStore
from store.models import Course, CourseModule, DigitalProduct, Lesson, Store, User, saved_id


def upsert_store(session: Session, user: User, described: BriefStore) -> tuple[Store, bool]:
    """The store with the brief's slug, updated or created for `user`, and whether it was created."""
    store = session.exec(select(Store).where(Store.slug == described.slug)).first()
    if store is not None and store.owner_id != user.id:
        raise UserError(
            f"brief.store.slug: '{described.slug}' is another creator's store; choose another slug"
        )
    values: dict[str, Any] = {
        "name": described.name,
        "domain": described.domain,
        "brand_primary": described.brand.primary,
        "brand_secondary": described.brand.secondary,
        "brand_accent": described.brand.accent,
        "brand_background": described.brand.background,
    }
    if described.logo is not None:
        values["logo_path"] = described.logo
    created = store is None
    if store is None:
        store = Store(owner_id=saved_id(user), slug=described.slug, **values)
    else:
        store.sqlmodel_update(values)
    session.add(store)
    session.flush()
    return store, created


def upsert_course(session: Session, store: Store, described: BriefCourse) -> tuple[Course, bool]:
    """The course with the brief's slug in `store`, updated or created; given modules replace the old."""
    course = session.exec(
        select(Course).where(Course.store_id == store.id, Course.slug == described.slug)
    ).first()
    values: dict[str, Any] = {
        "title": described.title,
        "description": described.description,
        "price_cents": round(described.price * 100),
        "currency": described.currency,
        "creator_name": described.creator or store.name,
    }
    created = course is None
    if course is None:
        course = Course(store_id=saved_id(store), slug=described.slug, **values)
    else:
        course.sqlmodel_update(values)
    session.add(course)
    session.flush()
    if described.modules is not None:
        _replace_modules(
            session, course, [(module.title, module.lesson_titles()) for module in described.modules]
        )
    return course, created


def upsert_product(session: Session, store: Store, described: BriefProduct) -> tuple[DigitalProduct, bool]:
    """The product with the brief's slug in `store`, updated or created."""
    product = session.exec(
        select(DigitalProduct).where(
            DigitalProduct.store_id == store.id, DigitalProduct.slug == described.slug
        )
    ).first()
    values: dict[str, Any] = {
        "name": described.name,
        "type": described.type,
        "price_cents": round(described.price * 100),
        "currency": described.currency,
        "description": described.description,
        "features": list(described.features),
    }
    created = product is None
    if product is None:
        product = DigitalProduct(store_id=saved_id(store), slug=described.slug, **values)
    else:
        product.sqlmodel_update(values)
    session.add(product)
    session.flush()
    return product, created


def _replace_modules(session: Session, course: Course, modules: list[tuple[str, list[str]]]) -> None:
    old_modules = select(CourseModule.id).where(CourseModule.course_id == course.id)
    session.exec(delete(Lesson).where(col(Lesson.module_id).in_(old_modules)))
    session.exec(delete(CourseModule).where(col(CourseModule.course_id) == course.id))
    for position, (title, lesson_titles) in enumerate(modules, start=1):
        module = CourseModule(course_id=saved_id(course), position=position, title=title)
        session.add(module)
        session.flush()
        session.add_all(
            Lesson(module_id=saved_id(module), position=number, title=lesson_title)
            for number, lesson_title in enumerate(lesson_titles, start=1)
        )
    session.flush()
