"""Seeding the demo catalog: idempotent, in one transaction; only missing courses and products are added."""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, insert, select

from store.catalog_writes import upsert_course, upsert_product, upsert_store
from store.clock import utc_now
from store.demo.catalog import ACTIVITY, COURSES, PRODUCTS, REVIEW_TEXTS, REVIEWS_PER_SALE, SOCIALS, STORE
from store.models import Course, DigitalProduct, Enrollment, Review, Sale, Store, User, saved_id
from store.users import LOCAL_CREATOR_EMAIL, local_creator

REVIEWERS = ["Sam K.", "Lena M.", "Tomás R.", "Priya S.", "Jonah B.", "Mei L.", "Kwame A.", "Ines V."]


@dataclass
class DemoSeedReport:
    creator_email: str
    store_slug: str
    added: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)


def seed_demo_catalog(session: Session, user: User | None = None) -> DemoSeedReport:
    """The Pause Play Repeat store for `user` (default: the local creator): courses, products, enrollments,
    sales, reviews. Store slugs are unique, so another creator's copy has its id in its slug."""
    try:
        user = user or local_creator(session)
        report = _seed(session, user)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


def _seed(session: Session, user: User) -> DemoSeedReport:
    described = STORE
    if user.email != LOCAL_CREATOR_EMAIL:
        described = STORE.model_copy(update={"slug": f"{STORE.slug}-{saved_id(user)}"})
    store, _ = upsert_store(session, user, described)
    store.socials = dict(SOCIALS)
    session.add(store)
    report = DemoSeedReport(creator_email=user.email, store_slug=store.slug)
    existing_courses = set(session.exec(select(Course.slug).where(Course.store_id == store.id)).all())
    existing_products = set(
        session.exec(select(DigitalProduct.slug).where(DigitalProduct.store_id == store.id)).all()
    )
    for described_course in COURSES:
        if described_course.slug in existing_courses:
            report.already_there.append(f"course {described_course.slug}")
            continue
        course, _ = upsert_course(session, store, described_course)
        _add_activity(session, store, course)
        report.added.append(f"course {course.slug}")
    for described_product in PRODUCTS:
        if described_product.slug in existing_products:
            report.already_there.append(f"product {described_product.slug}")
            continue
        product, _ = upsert_product(session, store, described_product)
        _add_activity(session, store, product)
        report.added.append(f"product {product.slug}")
    return report


def _add_activity(session: Session, store: Store, subject: Course | DigitalProduct) -> None:
    """Enrollments, sales and reviews spread over the past year, the same on every machine."""
    enrollments, sales, five_star_share = ACTIVITY[subject.slug]
    rng = random.Random(subject.slug)
    now = utc_now()
    about = {"course_id" if isinstance(subject, Course) else "product_id": saved_id(subject)}

    def days_ago() -> datetime:
        return now - timedelta(days=rng.uniform(1, 365))

    if enrollments:
        session.exec(
            insert(Enrollment),
            params=[
                {
                    **about,
                    "student_email": f"student{n}@example.com",
                    "source": "store",
                    "enrolled_at": days_ago(),
                }
                for n in range(1, enrollments + 1)
            ],
        )
    sale = {"store_id": saved_id(store), "amount_cents": subject.price_cents, "currency": subject.currency}
    session.exec(insert(Sale), params=[{**about, **sale, "sold_at": days_ago()} for _ in range(sales)])
    reviews = []
    for _ in range(round(sales * REVIEWS_PER_SALE)):
        rating = _rating(rng, five_star_share)
        body = rng.choice(REVIEW_TEXTS[rating])
        author = rng.choice(REVIEWERS)
        reviews.append(
            {
                **about,
                "rating": rating,
                "author_name": author,
                "body": body,
                "source": "store",
                "created_at": days_ago(),
            }
        )
    session.exec(insert(Review), params=reviews)


def _rating(rng: random.Random, five_star_share: float) -> int:
    roll = rng.random()
    if roll < five_star_share:
        return 5
    return 4 if roll < five_star_share + (1 - five_star_share) * 0.8 else 3
